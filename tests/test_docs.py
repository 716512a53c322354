"""The README is a contract too: its test command is what CI runs, its variables are the code's."""

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


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


def test_every_setting_the_code_reads_is_documented():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot").glob("*.py"))
    code += "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "handlers").rglob("*.py"))
    names = set(re.findall(r'"((?:BRIEF|SLACK)_[A-Z0-9_]+|REDIS_URL|PORT)"', code))
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", README, flags=re.M))
    assert names, "no settings found in the code"
    assert not names - documented, f"settings missing from the README table: {sorted(names - documented)}"
