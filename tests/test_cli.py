"""The ``brief`` command end to end, in a subprocess, against a real Redis and the real model."""

import json

import pytest

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow  # each test runs the brief command in a subprocess that loads the model


def test_seed_brief_is_printed_for_a_person(run_cli):
    proc = run_cli("analyze", str(SEED))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Russia and China agree to expand security ties" in out
    assert "People" in out and "Vladimir Putin" in out and "Nikolai Patrushev" in out
    assert "under current conditions" in out
    assert "Back to top" not in out


def test_json_contract_and_second_run_is_served_from_cache(run_cli):
    first = run_cli("analyze", "--json", str(SEED))
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert set(data) >= {"title", "url", "words", "cached", "text", "actors", "quotes"}
    assert data["url"] is None and data["cached"] is False and data["words"] > 300
    for actor in data["actors"]:
        assert set(actor) >= {"name", "kind", "mentions", "aliases"}
        assert actor["kind"] in {"person", "organization", "place", "group"}
    for quote in data["quotes"]:
        assert set(quote) >= {"quote", "speaker", "cue", "partial"}
        assert not quote["quote"].startswith(("“", '"'))
        assert (quote["speaker"] or "").lower() not in {"he", "she", "they", "it"}
    # The second run must not touch the model: point it at a model that does not exist.
    second = run_cli("analyze", "--json", str(SEED), env={"BRIEF_SPACY_MODEL": "no_such_model_installed"})
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["cached"] is True
    assert again["actors"] == data["actors"] and again["quotes"] == data["quotes"]


def test_stdin_source(run_cli, seed_text):
    proc = run_cli("analyze", "--json", "-", input=seed_text)
    assert proc.returncode == 0, proc.stderr
    assert "Nikolai Patrushev" in {a["name"] for a in json.loads(proc.stdout)["actors"]}


def test_redis_unavailable_still_briefs_with_a_warning(run_cli):
    proc = run_cli("analyze", "--json", str(SEED), env={"REDIS_URL": "redis://127.0.0.1:1/0"})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["cached"] is False
    assert "warning" in proc.stderr and "Redis" in proc.stderr
    assert "Traceback" not in proc.stderr


def _one_line_error(proc, *words):
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0]


def test_bad_inputs_exit_2_with_one_line(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _one_line_error(run_cli("analyze", str(empty)), "empty")

    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    _one_line_error(run_cli("analyze", str(binary)), "binary")

    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(b"word " * (50 * 1024 * 1024 // 5))
    _one_line_error(run_cli("analyze", str(huge)), "limit", "1,000,000 bytes")

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le ministre a déclaré: « Nous sommes prêts ».".encode("latin-1"))
    _one_line_error(run_cli("analyze", str(latin1)), "UTF-8")

    _one_line_error(run_cli("analyze", str(tmp_path / "missing.txt")), "no such file")
    _one_line_error(run_cli("analyze"), "nothing to brief")


def test_jsonl_batch_skips_a_broken_line_and_runs_the_rest(run_cli, tmp_path, seed_text):
    batch = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": seed_text}),
        '{"id": "b", "text": "unterminated',
        json.dumps(
            {
                "id": "c",
                "text": "The mayor said on Friday that “the bridge will reopen in May”. "
                "Residents welcomed the news. Traffic has been heavy for weeks.",
            }
        ),
        json.dumps({"id": "d", "text": "   "}),
        json.dumps(["not", "an", "object"]),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_cli("analyze", "--jsonl", str(batch))
    assert proc.returncode == 2
    outputs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["a", "c"]
    assert any(a["name"] == "Nikolai Patrushev" for a in outputs[0]["actors"])
    assert "line 2" in proc.stderr and "line 4" in proc.stderr and "line 5" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_jsonl_batch_across_processes_keeps_order_errors_and_cache(run_cli, tmp_path, seed_text):
    paragraphs = seed_text.split("\n\n")
    texts = ["\n\n".join(paragraphs[i:] + paragraphs[:i]) for i in range(7)]  # 7 different articles
    lines = []
    for number, text in enumerate(texts):
        lines.append(json.dumps({"id": f"t{number}", "text": text}))
        if number in (1, 4):
            lines.append('{"id": "broken"')  # lines 3 and 7
    lines.append(json.dumps({"id": "empty", "text": ""}))  # line 10
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")

    single = run_cli("analyze", "--jsonl", str(batch), "--processes", "1", env={"BRIEF_REDIS_PREFIX": "p1:"})
    multi = run_cli("analyze", "--jsonl", str(batch), "--processes", "2")
    assert multi.returncode == single.returncode == 2
    assert multi.stdout == single.stdout  # same briefs, same order
    assert [json.loads(line)["id"] for line in multi.stdout.splitlines()] == [f"t{i}" for i in range(7)]
    errors = multi.stderr.splitlines()
    assert [e.split(":")[2].strip() for e in errors] == ["line 3", "line 7", "line 10"]
    assert errors == single.stderr.splitlines()

    again = run_cli("analyze", "--jsonl", str(batch), "--processes", "2")
    assert all(json.loads(line)["cached"] for line in again.stdout.splitlines())
    assert len(again.stdout.splitlines()) == 7


def test_processes_must_be_a_number_or_auto(run_cli, tmp_path):
    proc = run_cli("analyze", "--jsonl", str(tmp_path / "x.jsonl"), "--processes", "0")
    assert proc.returncode == 2
    assert "--processes" in proc.stderr


def test_jsonl_batch_skips_bad_encoding_and_lone_surrogates_by_line(run_cli, tmp_path):
    text = (
        "The mayor said on Friday that “the bridge will reopen in May”. "
        "Residents welcomed the news. Traffic has been heavy for weeks."
    )
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(
        json.dumps({"id": "a", "text": text}).encode()
        + b"\n"
        + b'{"id": "b", "text": "caf\xe9 latin-1 bytes"}\n'
        + b'{"id": "c", "text": "a lone \\ud800 surrogate"}\n'
        + json.dumps({"id": "d", "text": text + " Again."}).encode()
        + b"\n"
    )
    proc = run_cli("analyze", "--jsonl", str(batch))
    assert proc.returncode == 2
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == ["a", "d"]
    assert "line 2: not valid UTF-8" in proc.stderr and "line 3: contains a lone surrogate" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_debug_shows_the_traceback_of_an_internal_error(run_cli, tmp_path):
    plugin = tmp_path / "plugin"
    plugin.mkdir()
    # a command whose code fails at run time, as `brief status` did with a broken install
    (plugin / "sitecustomize.py").write_text(
        "import bot.cli\n"
        "def _boom(args, ctx):\n"
        "    import no_such_module_for_brief  # noqa: F401\n"
        "_original = bot.cli.build_parser\n"
        "def build_parser():\n"
        "    parser = _original()\n"
        "    sub = next(a for a in parser._actions if a.__class__.__name__ == '_SubParsersAction')\n"
        "    sub.add_parser('boom').set_defaults(func=_boom)\n"
        "    return parser\n"
        "bot.cli.build_parser = build_parser\n",
        encoding="utf-8",
    )
    env = {"PYTHONPATH": f"{plugin}:{ROOT}"}
    quiet = run_cli("boom", env=env)
    assert quiet.returncode == 1 and "internal error (ModuleNotFoundError)" in quiet.stderr
    assert "Traceback" not in quiet.stderr
    loud = run_cli("boom", env={**env, "BRIEF_LOG_LEVEL": "DEBUG"})
    assert loud.returncode == 1
    assert "Traceback (most recent call last)" in loud.stderr and "no_such_module_for_brief" in loud.stderr


def test_short_commands_skip_teardown_only_when_nothing_is_left_running():
    import subprocess
    import sys

    probe = (
        "import threading, time\n"
        "from bot.cli import may_exit_fast\n"
        "print(may_exit_fast(['analyze', 'f.txt']), may_exit_fast(['--json', 'status']),"
        " may_exit_fast(['serve', '--http']))\n"
        "t = threading.Thread(target=time.sleep, args=(2,)); t.start()\n"
        "print(may_exit_fast(['analyze', 'f.txt']))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split()
    assert out == ["True", "True", "False", "False"]


def test_fast_exit_keeps_the_whole_output_and_the_exit_code(run_cli, tmp_path):
    proc = run_cli("analyze", "--json", str(SEED))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["quotes"]  # every byte of the JSON made it out before the exit
    (tmp_path / "empty.txt").write_text("")
    assert run_cli("analyze", str(tmp_path / "empty.txt")).returncode == 2
