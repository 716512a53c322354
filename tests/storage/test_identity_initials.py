"""Rule 4 of ``bot.storage.identity``: a person with and without middle initials is one actor."""

from __future__ import annotations

from bot.storage import identity


def resolver(known, rules=None):
    return identity.Resolver(rules or identity.Rules(), known)


def test_with_and_without_a_middle_initial_is_one_person_shown_in_full():
    r = resolver([("Donald Trump", "person"), ("Donald J. Trump", "person")])
    assert r.resolve("Donald Trump", "person") == "Donald J. Trump"
    assert r.resolve("Donald J. Trump", "person") == "Donald J. Trump"
    assert r.resolve("Trump", "person") == "Donald J. Trump"  # the surname finds one person, not two


def test_an_unknown_form_joins_the_known_one():
    r = resolver([("James B. Comey", "person")])
    assert r.resolve("James Comey", "person") == "James B. Comey"
    assert r.resolve("James Comey", "organization") == "James Comey"  # only people


def test_two_people_who_differ_only_in_initials_stay_apart():
    r = resolver([("George W. Bush", "person"), ("George H. W. Bush", "person")])
    assert r.resolve("George W. Bush", "person") == "George W. Bush"
    assert r.resolve("George H. W. Bush", "person") == "George H. W. Bush"
    assert r.resolve("George Bush", "person") == "George Bush"  # which one is not known
    assert r.resolve("Bush", "person") == "Bush"


def test_ignoring_the_full_form_ignores_the_short_one():
    rules = identity.Rules(ignored={"john f. kerry": "John F. Kerry"})
    r = resolver([("John F. Kerry", "person")], rules)
    assert r.resolve("John Kerry", "person") is None


def test_without_initials_keeps_first_and_last_words():
    assert identity.without_initials("donald j. trump") == "donald trump"
    assert identity.without_initials("george h. w. bush") == "george bush"
    assert identity.without_initials("j. k. rowling") == "j. rowling"
    assert identity.without_initials("martin luther king jr.") == "martin luther king jr."
