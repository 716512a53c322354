"""Gender overrides in real Redis: set, list, undo, bad input, and applying them to a digest's brief."""

from __future__ import annotations

import pytest

from bot.brief import Actor
from bot.errors import BadInput
from bot.storage import genders
from bot.storage.store import Store
from tests.support.history_briefs import make_brief


def test_set_list_and_undo_an_override(store):
    assert genders.set_override(store, "T1", "  Alex   Kim ", "woman") == ("Alex Kim", "female")
    assert genders.set_override(store, "T1", "Sam Roe", "nonbinary") == ("Sam Roe", "nonbinary")
    assert genders.set_override(store, "T1", "alex kim", "Unknown") == ("alex kim", "unknown")  # replaced
    overrides = genders.load_overrides(store, "T1")
    assert overrides.listed() == [("alex kim", "unknown"), ("Sam Roe", "nonbinary")]
    assert overrides.lookup("ALEX KIM") == "unknown" and overrides.lookup("Nobody", "Sam  Roe") == "nonbinary"
    assert genders.load_overrides(store, "T2").listed() == []  # per workspace
    assert genders.remove_override(store, "T1", "Alex Kim") is True
    assert genders.remove_override(store, "T1", "Alex Kim") is False
    assert genders.load_overrides(store, "T1").listed() == [("Sam Roe", "nonbinary")]


@pytest.mark.parametrize(
    ("name", "word", "message"),
    [
        ("Alex Kim", "girl", '"girl" is not one of woman, man, nonbinary or unknown'),
        ("   ", "man", "say whose"),
        ("x" * 40_000, "man", "names are at most 80"),
    ],
)
def test_bad_overrides_are_refused_in_one_line(store, name, word, message):
    with pytest.raises(BadInput) as caught:
        genders.set_override(store, "T1", name, word)
    assert message in str(caught.value) and "\n" not in str(caught.value) and len(str(caught.value)) < 120
    assert genders.load_overrides(store, "T1").listed() == []


def test_without_redis_an_override_cannot_be_saved_and_nothing_breaks(settings):
    store = Store(None, settings)
    with pytest.raises(BadInput, match="Redis is not available"):
        genders.set_override(store, "T1", "Alex Kim", "man")
    assert not genders.load_overrides(store, "T1")


def test_overrides_win_over_the_estimate_in_a_brief_and_the_counts_follow(store):
    brief = make_brief("t", [], [("Alex Kim", "q1"), ("Bo Chan", "q2"), ("Acme", "q3")])
    brief.actors = [
        Actor("Alex Kim", "person", 2, aliases=["Kim"], quotes=1, gender="male", gender_basis="given_name"),
        Actor("Bo Chan", "person", 1, quotes=1, gender="male", gender_basis="honorific"),
        Actor("Acme", "organization", 1, quotes=1),
    ]
    genders.set_override(store, "T1", "Kim", "woman")  # by an alias
    genders.set_override(store, "T1", "Acme", "man")  # organisations never get a gender
    shown = genders.apply_to_brief(brief, genders.load_overrides(store, "T1"))
    assert (shown.actors[0].gender, shown.actors[0].gender_basis) == ("female", "override")
    assert shown.actors[2].gender is None
    assert shown.to_dict()["sources"] == {"female": 1, "male": 1, "nonbinary": 0, "unknown": 0}
