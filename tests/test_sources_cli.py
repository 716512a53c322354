"""`brief sources`: a channel's attributed quotes exported as CSV or JSON, or its mix for a terminal."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bot.brief import Actor
from bot.storage import history
from bot.storage.store import Store, connect
from tests.conftest import SEED
from tests.support.history_briefs import hours_ago, make_brief


@pytest.fixture
def recorded(settings):
    store = Store(connect(settings), settings)
    brief = make_brief(
        "story",
        [],
        [("Ann Lee", "One."), ("Ann Lee", "Two."), ("Bob Stone", "Three."), ("City Council", "Four.")],
        url="https://news.example/story",
        title="=Council, vote",
    )
    brief.actors = [
        Actor("Ann Lee", "person", 3, quotes=2, gender="female", gender_basis="pronoun"),
        Actor("Bob Stone", "person", 1, quotes=1),
        Actor("City Council", "organization", 1, quotes=1),
    ]
    assert history.record_article(store, "CSRC", brief, workspace="T1", when=hours_ago(2))
    return store


@pytest.mark.usefixtures("recorded")
def test_csv_has_one_row_per_attributed_quote(run_cli):
    out = run_cli("sources", "--channel", "CSRC", "--csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert list(rows[0]) == ["date", "title", "url", "speaker", "kind", "gender", "basis"]
    assert [(r["speaker"], r["kind"], r["gender"], r["basis"]) for r in rows] == [
        ("Ann Lee", "person", "female", "pronoun"),
        ("Ann Lee", "person", "female", "pronoun"),
        ("Bob Stone", "person", "", ""),
        ("City Council", "organization", "", ""),
    ]
    assert rows[0]["title"] == "'=Council, vote" and rows[0]["url"] == "https://news.example/story"
    assert rows[0]["date"] == hours_ago(2).date().isoformat()  # BRIEF_TIMEZONE is UTC here


@pytest.mark.usefixtures("recorded")
def test_json_carries_the_mix_and_the_rows(run_cli):
    out = run_cli("sources", "--channel", "CSRC", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["channel"] == "CSRC" and len(data["rows"]) == 4
    assert data["sources"] == {"female": 1, "male": 0, "nonbinary": 0, "unknown": 1}
    assert data["women_share"] == 1.0
    assert [o["name"] for o in data["organisations"]] == ["City Council"]
    assert set(data["rows"][0]) == {"date", "title", "url", "speaker", "kind", "gender", "basis"}


@pytest.mark.usefixtures("recorded")
def test_text_and_date_bounds(run_cli):
    text = run_cli("sources", "--channel", "CSRC")
    assert text.returncode == 0, text.stderr
    assert "1 woman · 1 unknown (estimated)" in text.stdout and "City Council" in text.stdout
    past = run_cli("sources", "--channel", "CSRC", "--since", "2020-01-01", "--until", "2020-01-31", "--csv")
    assert past.returncode == 0 and past.stdout.splitlines() == ["date,title,url,speaker,kind,gender,basis"]
    empty = run_cli("sources", "--channel", "NOBODY")
    assert empty.returncode == 0 and "No attributed quotes" in empty.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "--since must be a date like 2026-03-01, got 'yesterday'"),
        (["--until", "2026-13-45"], "--until must be a date like"),
        (["--since", "2026-02-01", "--until", "2026-01-01"], "--since must be before --until"),
        (["--since", "x" * 40_000], "--since must be a date like"),
    ],
)
def test_bad_dates_are_one_line_errors(run_cli, args, message):
    out = run_cli("sources", "--channel", "C1", *args)
    assert out.returncode == 2
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1 and len(out.stderr) < 200


def test_csv_and_json_together_are_refused(run_cli):
    out = run_cli("sources", "--channel", "C1", "--csv", "--json")
    assert out.returncode == 2 and "not allowed with" in out.stderr


def test_unreachable_redis_is_an_error_not_an_empty_export(run_cli):
    out = run_cli("sources", "--channel", "C1", "--csv", env={"REDIS_URL": "redis://127.0.0.1:1/0"})
    assert out.returncode == 1 and out.stdout == ""
    assert "Redis could not be read, so nothing was exported" in out.stderr


@pytest.mark.slow
def test_analyze_prints_the_mix_line_unless_switched_off(run_cli):
    on = run_cli("analyze", str(SEED))
    assert on.returncode == 0, on.stderr
    assert "Quoted: " in on.stdout and "(estimated)" in on.stdout
    off = run_cli("analyze", str(SEED), env={"BRIEF_SOURCE_MIX": "off"})
    assert off.returncode == 0 and "Quoted: " not in off.stdout
    data = json.loads(run_cli("analyze", "--json", str(SEED), env={"BRIEF_SOURCE_MIX": "off"}).stdout)
    assert set(data["sources"]) == {"female", "male", "nonbinary", "unknown"}  # the JSON always has it
    bad = run_cli("analyze", str(SEED), env={"BRIEF_SOURCE_MIX": "sometimes"})
    assert bad.returncode == 2 and "BRIEF_SOURCE_MIX" in bad.stderr


def test_analyze_into_a_channel_then_export_its_quotes(run_cli):
    assert run_cli("analyze", "--channel", "CSEED", str(SEED)).returncode == 0
    analysed = json.loads(run_cli("analyze", "--json", str(SEED)).stdout)
    out = run_cli("sources", "--channel", "CSEED", "--csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    attributed = [q for q in analysed["quotes"] if q["speaker"]]
    assert len(rows) == len(attributed) > 0
    # a row names the source as an actor: "Nikolai Patrushev" for the brief's "Nikolai Patrushev’s office"
    assert {r["speaker"] for r in rows} == {q.get("speaker_actor") or q["speaker"] for q in attributed}
    assert {r["title"] for r in rows} == {analysed["title"]}
    people = {a["name"]: a for a in analysed["actors"] if a["kind"] == "person"}
    for row in rows:
        if row["speaker"] in people:
            assert row["gender"] == (people[row["speaker"]]["gender"] or "")
