"""Actor identity across articles: same names, surname joins, editor aliases and ignores."""

from __future__ import annotations

import pytest

from bot.errors import BadInput
from bot.storage import history, identity
from tests.support.history_briefs import NOW, hours_ago, make_brief


def resolver(known, rules=None):
    return identity.Resolver(rules or identity.Rules(), known)


def test_same_name_folds_case_spacing_and_the():
    r = resolver([("Vladimir Putin", "person"), ("Kremlin", "organization")])
    assert r.resolve("vladimir  putin", "person") == "Vladimir Putin"
    assert r.resolve("The Kremlin", "organization") == "Kremlin"
    assert r.resolve("Nobody Known", "person") == "Nobody Known"


def test_surname_joins_only_one_known_person():
    r = resolver([("Vladimir Putin", "person"), ("Joe Biden", "person"), ("Hunter Biden", "person")])
    assert r.resolve("Putin", "person") == "Vladimir Putin"
    assert r.resolve("Biden", "person") == "Biden"  # two known Bidens: stays separate
    assert r.resolve("Putin", "place") == "Putin"  # only people join by surname


def test_surname_skips_suffixes_and_places_do_not_count():
    r = resolver([("Martin Luther King Jr.", "person"), ("New York", "place")])
    assert r.resolve("King", "person") == "Martin Luther King Jr."
    assert r.resolve("York", "person") == "York"


def test_aliases_and_ignores_are_per_workspace(store):
    identity.add_alias(store, "T1", '"Xi"', "Xi Jinping")
    identity.add_ignore(store, "T1", "ABC News")
    rules = identity.load_rules(store, "T1")
    assert rules.aliases == {"xi": ("Xi", "Xi Jinping")}
    assert rules.ignored == {"abc news": "ABC News"}
    r = identity.Resolver(rules, [])
    assert r.resolve("Xi", "person") == "Xi Jinping"
    assert r.resolve("abc news", "organization") is None
    other = identity.Resolver(identity.load_rules(store, "T2"), [])
    assert other.resolve("Xi", "person") == "Xi"
    assert identity.remove_alias(store, "T1", "xi")
    assert not identity.remove_alias(store, "T1", "xi")
    assert identity.remove_ignore(store, "T1", "ABC NEWS")


def test_alias_loops_and_empty_names_are_refused(store):
    identity.add_alias(store, "T1", "Xi", "Xi Jinping")
    with pytest.raises(BadInput):
        identity.add_alias(store, "T1", "Xi Jinping", "Xi")
    with pytest.raises(BadInput):
        identity.add_alias(store, "T1", "Xi", "")
    with pytest.raises(BadInput):
        identity.add_alias(store, "T1", "Xi", "xi")
    with pytest.raises(BadInput):
        identity.add_ignore(store, "T1", '""')


def test_ignoring_the_full_name_ignores_its_surname_and_aliases(store):
    identity.add_alias(store, "T1", "Vlad", "Vladimir Putin")
    identity.add_ignore(store, "T1", "Vladimir Putin")
    r = identity.Resolver(identity.load_rules(store, "T1"), [("Vladimir Putin", "person")])
    assert r.resolve("Vlad", "person") is None
    assert r.resolve("Putin", "person") is None


def test_workspace_registry_joins_across_channels(store):
    """A full name met in one channel lets a surname in another channel of the workspace join it."""
    full = make_brief("Vladimir Putin spoke.", [("Vladimir Putin", "person", 2)])
    short = make_brief("Putin spoke again.", [("Putin", "person", 1)])
    history.record_article(store, "C1", full, workspace="T1", when=hours_ago(3))
    history.record_article(store, "C2", short, workspace="T1", when=hours_ago(2))
    known = identity.known_actors(store, "T1", since=NOW.timestamp() - 86400)
    assert ("Vladimir Putin", "person") in known
    r = identity.resolver_for(store, "T1", since=NOW.timestamp() - 86400)
    assert r.resolve("Putin", "person") == "Vladimir Putin"
    assert identity.resolver_for(store, "T9", since=0).resolve("Putin", "person") == "Putin"
