"""The gender estimate per person actor, on sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors import build_actors
from bot.nlp.actors.gender import estimate_genders, given_name_gender
from bot.nlp.analysis import analyze


def estimates(text: str, nlp, overrides=None) -> dict[str, tuple[str, str | None, str | None]]:
    doc = nlp(text)
    table = build_actors(doc)
    estimate_genders(doc, table, overrides)
    return {a.name: (a.kind, a.gender, a.gender_basis) for a in table.public()}


def test_given_name_only_when_near_certain():
    assert given_name_gender("John Smith") == "male"
    assert given_name_gender("Margaret Oduya") == "female"
    assert given_name_gender("François Lemieux") == "male"  # diacritics do not hide a name
    assert given_name_gender("Taylor Brooks") is None  # given to both sexes
    assert given_name_gender("Jean Tremblay") is None
    assert given_name_gender("Smith") is None  # a lone word may be a surname
    assert given_name_gender("J. Smith") is None  # an initial says nothing


def test_pronoun_that_fits_one_person_only(nlp):
    got = estimates("Taylor Brooks opened the clinic in 2019. She said demand had doubled since.", nlp)
    assert got["Taylor Brooks"] == ("person", "female", "pronoun")


def test_honorific_when_no_pronoun(nlp):
    got = estimates("The report was written by Ms. Quilla Renwick. It runs to 80 pages.", nlp)
    assert got["Quilla Renwick"] == ("person", "female", "honorific")


def test_given_name_basis(nlp):
    got = estimates("John Harwell runs the bakery on Elm Street.", nlp)
    assert got["John Harwell"] == ("person", "male", "given_name")


def test_no_evidence_stays_unknown(nlp):
    got = estimates("Taylor Brooks runs the bakery on Elm Street.", nlp)
    assert got["Taylor Brooks"] == ("person", None, None)


def test_pronoun_for_another_person_does_not_beat_an_honorific(nlp):
    got = estimates("Mr. Quen Vaillard met Taylor Brooks on Monday, and she thanked him for coming.", nlp)
    assert got["Quen Vaillard"][1:] == ("male", "honorific")
    assert got["Taylor Brooks"][1] is None  # two people before "she": no vote for either


def test_pronoun_contradicting_an_honorific_loses(nlp):
    got = estimates("Mr. Quen Vaillard spoke first. She said the vote was close.", nlp)
    assert got["Quen Vaillard"][1:] == ("male", "honorific")


def test_gendered_noun_is_another_possible_referent(nlp):
    text = "Officers found a 39-year-old woman in the house, Chief Paul Amos said. She was taken to hospital."
    got = estimates(text, nlp)
    assert got["Paul Amos"][1:] == ("male", "given_name")


def test_one_stray_pronoun_does_not_beat_a_clear_given_name(nlp):
    got = estimates("Margaret Oduya chairs the board. He said the budget was tight.", nlp)
    assert got["Margaret Oduya"][1] is None


def test_organisations_and_places_have_no_gender(nlp):
    got = estimates("The Harbour Trust said it would appeal. Mr. Quen Vaillard lives in Halifax.", nlp)
    assert got["Harbour Trust"] == ("organization", None, None)
    assert got["Halifax"] == ("place", None, None)


def test_override_wins_and_unknown_clears(nlp):
    text = "John Harwell runs the bakery. Taylor Brooks owns the shop next door."
    got = estimates(text, nlp, {"john harwell": "nonbinary", "Taylor Brooks": "unknown"})
    assert got["John Harwell"][1:] == ("nonbinary", "override")
    assert got["Taylor Brooks"][1:] == (None, None)


def test_brief_counts_distinct_quoted_people_by_gender(nlp):
    text = (
        "Council votes on the harbour plan\n\n"
        "“We will reopen the pier,” said Margaret Oduya, the council chair. "
        "“It is overdue,” Oduya added.\n\n"
        "“The costs are too high,” said John Harwell. "
        "“Nobody asked us,” said Taylor Brooks."
    )
    brief = analyze(text, nlp=nlp)
    assert brief.sources == {"female": 1, "male": 1, "nonbinary": 0, "unknown": 1}
    assert brief.to_dict()["sources"] == brief.sources


def test_patronymics_and_slavic_surname_forms_give_a_sex_for_pronouns():
    from bot.nlp.actors.gender_hints import _gender_of_name_form

    assert _gender_of_name_form("Almazbek Toktogulovich Sydykov") == "m"
    assert _gender_of_name_form("Galina Petrovna") == "f"
    assert _gender_of_name_form("Aigerim Tolegenkyzy") == "f"
    assert _gender_of_name_form("Aigul Zhenishbekova") == "f"
    assert _gender_of_name_form("Yerlan Dauletuly") == "m"
    assert _gender_of_name_form("Marco Casanova") is None  # not "-nova"
    assert _gender_of_name_form("Sydykov") is None  # one word: as likely a surname of either
    assert _gender_of_name_form("Dale Sorensen") is None
