"""The docs are a contract too: the README's test command is what CI runs, the settings are the code's."""

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CONFIGURATION = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
TABLE_ROW = re.compile(r"^\| `([A-Z][A-Z0-9_]+)` \|", flags=re.M)


def _quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_quickstart_has_exactly_two_commands():
    commands = _quickstart_commands()
    assert len(commands) == 2
    assert "brief analyze seeds/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quickstart_commands()[1] in ci.splitlines()


def test_contributing_gives_the_same_test_command():
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert _quickstart_commands()[1] in contributing


def test_every_setting_the_code_reads_is_documented():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot").rglob("*.py"))
    code += "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "handlers").rglob("*.py"))
    names = set(re.findall(r'"((?:BRIEF|SLACK)_[A-Z0-9_]+|REDIS_URL|PORT)"', code))
    documented = set(TABLE_ROW.findall(CONFIGURATION))
    assert names, "no settings found in the code"
    assert not names - documented, (
        f"settings missing from docs/configuration.md: {sorted(names - documented)}"
    )


def test_the_readme_settings_are_real_settings():
    in_readme = set(TABLE_ROW.findall(README))
    assert in_readme, "the README lists no settings"
    assert in_readme <= set(TABLE_ROW.findall(CONFIGURATION))


def test_readme_stays_short_and_links_every_doc():
    assert len(README.splitlines()) <= 250
    for doc in (ROOT / "docs").glob("*.md"):
        assert f"docs/{doc.name}" in README, f"the README does not link docs/{doc.name}"


def test_relative_links_in_the_docs_resolve():
    pages = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", ROOT / "benchmarks" / "README.md"]
    pages += sorted((ROOT / "docs").glob("*.md"))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (page.parent / target).exists(), f"{page.relative_to(ROOT)} links to missing {target}"
