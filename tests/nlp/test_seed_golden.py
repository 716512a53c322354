"""The seed article's brief, as the digest should show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.nlp.analysis import analyze
from tests.support.quotes import rule_quotes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_b4144648db288aab.txt"


@pytest.fixture(scope="module")
def brief(nlp):
    return analyze(SEED.read_text(encoding="utf-8"), nlp)


def test_title_and_text(brief):
    assert brief.title == "Russia and China agree to expand security ties"
    assert brief.text.startswith("MOSCOW — A senior Russian security official")
    assert brief.text.endswith("four former Soviet countries in Central Asia.")
    for furniture in ("Not all news on the site", "Back to top", "ABC News"):
        assert furniture not in brief.text
    assert brief.words == len(brief.text.split()) - brief.text.count(" — ")


def test_people_one_actor_each(brief):
    people = {a.name: a for a in brief.actors if a.kind == "person"}
    assert set(people) == {"Vladimir Putin", "Xi Jinping", "Nikolai Patrushev", "Guo Shengkun"}
    assert "Putin" in people["Vladimir Putin"].aliases
    assert "Xi" in people["Xi Jinping"].aliases
    assert "Patrushev" in people["Nikolai Patrushev"].aliases
    names = {a.name for a in brief.actors} | {al for a in brief.actors for al in a.aliases}
    for stray in ("Putin", "Xi", "Patrushev", "Patrushev’s", "Putin’s", "Xi’s"):
        assert stray not in {a.name for a in brief.actors}
    assert not any(n.endswith(("’s", "'s")) for n in names)
    assert people["Vladimir Putin"].mentions >= 6
    assert people["Nikolai Patrushev"].mentions >= 3


def test_other_actors(brief):
    kinds = {a.name: a.kind for a in brief.actors}
    for place in ("Moscow", "China", "Russia", "Ukraine", "Beijing", "Taiwan"):
        assert kinds.get(place) == "place", place
    assert kinds.get("Kremlin") == "organization"
    assert kinds.get("Shanghai Cooperation Organization") == "organization"
    assert "ABC News" not in kinds


def test_quotes(brief, nlp):
    ruled = rule_quotes(SEED.read_text(encoding="utf-8"), nlp)
    # a speaker withheld for low confidence is blank, never another name
    assert [q.quote for q in brief.quotes] == [q.quote for q in ruled]
    assert all(b.speaker in (None, r.speaker) for b, r in zip(brief.quotes, ruled, strict=True))
    by_start = {" ".join(q.quote.lower().split()[:2]): q for q in ruled}
    assert by_start["under current"].speaker == "Nikolai Patrushev"
    assert by_start["strengthening comprehensive"].speaker == "Nikolai Patrushev"
    assert by_start["to expand"].speaker == "Nikolai Patrushev’s office"  # "Patrushev’s office said"
    assert by_start["to expand"].speaker_actor == "Nikolai Patrushev"
    assert by_start["strong support"].speaker == "Xi Jinping"
    assert by_start["strong support"].partial
    assert by_start["concerns"].speaker == "Vladimir Putin"
    assert all(q.speaker not in {"he", "she", "they"} for q in ruled)
    patrushev = next(a for a in brief.actors if a.name == "Nikolai Patrushev")
    assert patrushev.quotes == sum(q.speaker_actor == "Nikolai Patrushev" for q in brief.quotes) >= 1
