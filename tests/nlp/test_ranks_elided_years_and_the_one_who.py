"""Rules from the thirty-sixth pass's sets mixed167 and mixed168 (each measured once on 6d72c48 first): a year cut
to two digits after a word ("in ’86") is no quote mark; a travel firm's name ("Bluegrass Sky Tours") is a body's, the
one "the company" stands for; a rank abbreviated before a name ("Lt. Dana Whitcomb") is the role "the lieutenant"
names; "has been compiled by" in a sentence is no writer's credit; "the younger Prydderch" is one of the two people
sharing the surname; "the MS" is the initials of "the Member of the Senedd" set off after a name; a given name the
model tagged a body is a person's where the sentence says the surname is withheld; "“…,” his wife corrected him"
reports the quote; "She is the one who posted: “…”" is hers; a person set off after the named person a spokesperson
speaks for is the spokesperson. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.passes import build_actors
from bot.nlp.analysis import analyze
from bot.nlp.quotes.marks import find_quote_spans
from tests.support.quotes import speakers


def _people(text, nlp):
    return {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}


def test_a_year_cut_to_two_digits_is_no_quote_mark():
    text = "‘The mill was the town. When it shut in ’92 we all felt it.’ He paused.\n"
    (span,) = find_quote_spans(text)
    assert span.text_in(text) == "The mill was the town. When it shut in ’92 we all felt it."


def test_a_quote_opening_a_paragraph_with_a_number_is_still_a_quote():
    text = "'42 people came, and every one of them stayed,' she said.\n"
    (span,) = find_quote_spans(text)
    assert span.text_in(text).startswith("42 people came")


def test_a_travel_firms_name_is_the_company(nlp):
    text = (
        "Crash\n\nThe boat, run by Harbourlight Harbour Cruises, struck a rock near the pier, the Marlow County "
        "Sheriff's Office said.\n\nHarbourlight Harbour Cruises identified the captain as Ed Moyes. In a statement, "
        'the company said it was "devastated" and would cooperate with investigators.'
    )
    assert "Harbourlight Harbour Cruises" in speakers(text, nlp)["devastated"]
    assert "Harbourlight Harbour Cruises" not in _people(text, nlp)


def test_an_abbreviated_rank_is_the_role(nlp):
    text = (
        "Fire\n\nSheriff's spokesperson Lt. Rosa Kimbrough said the pilot had tried to land early.\n\n"
        '"Nobody was badly hurt," Kimbrough said.\n\nA passenger, Tom Eady, said he had seen the fire first.\n\n'
        '"He did exactly what he was trained to do," the lieutenant said.'
    )
    assert "Rosa Kimbrough" in speakers(text, nlp)["He did exactly what he was trained to do,"]


def test_compiled_by_in_a_sentence_is_no_credit(nlp):
    text = (
        "Club\n\nThe club's history has been compiled by former secretary Morwenna Price-Jones, 74, who spent two "
        "years in the archives.\n\n‘Every name in that book is somebody’s grandfather,’ she said."
    )
    assert "Morwenna Price-Jones" in _people(text, nlp)


def test_the_younger_of_two_sharing_a_surname(nlp):
    text = (
        "Rugby\n\nCaptain Owain Trefor, 28, plays where his father, Dai Trefor, played for 14 seasons.\n\n"
        "‘He could walk. He just preferred being carried,’ Dai Trefor said.\n\n"
        "‘I’m not losing on the hundredth birthday,’ said the younger Trefor."
    )
    assert speakers(text, nlp)["I’m not losing on the hundredth birthday,"] == "Owain Trefor"


def test_a_members_initials_after_of_the(nlp):
    text = (
        "Club\n\nMegan ap Rhys, the Member of the Senedd for Cwm Uchaf, who will open the stand, said the club "
        "mattered.\n\n‘A hundred years is an achievement,’ she said.\n\nGareth Lowe, the club chairman, "
        "thanked the volunteers.\n\nThe MS said the sport minister had been warned that facilities were ‘falling "
        "apart at the seams’."
    )
    assert "Megan ap Rhys" in speakers(text, nlp)["falling apart at the seams"]


def test_a_withheld_surnames_given_name_tagged_a_body_is_a_person(nlp):
    text = (
        "Bus\n\nAmong the students on board was Ava, a third-grader whose family asked that her last name not be used. "
        'She said the bus started "going sideways."\n\nAva said a fifth-grader helped her out.'
    )
    assert "Ava" in _people(text, nlp)


def test_a_verb_with_the_one_spoken_to_reports_the_quote(nlp):
    text = (
        "Anniversary\n\nHarold and Bernice Dunleavy married in 1955.\n\n"
        '"I was only two years late," Harold Dunleavy said.\n\n"Two years and three months," his wife corrected him.'
    )
    assert "Bernice Dunleavy" in speakers(text, nlp)["Two years and three months,"]


def test_the_one_who_posted_is_the_subject(nlp):
    text = (
        "Bakery\n\nFrank's niece, Gianna Castell, 26, has worked the counter since high school. She is the one who "
        "set up the shop's Instagram account, and the one who posted the announcement in August: “After 73 years, "
        "we are hanging up our aprons.”"
    )
    assert speakers(text, nlp)["After 73 years, we are hanging up our aprons."] == "Gianna Castell"


def test_a_person_set_off_after_whom_a_spokesperson_speaks_for(nlp):
    text = (
        "Housing\n\nHousing Minister Raj Thiruvan defended the fund.\n\nA spokesperson for Thiruvan, Élodie "
        'Marchetti, said the program had "changed the conversation about zoning."'
    )
    assert speakers(text, nlp)["changed the conversation about zoning."] == "Élodie Marchetti"


def test_a_works_and_a_metal_firm_are_no_people(nlp):
    text = (
        "Boats\n\nDelmar Boatworks has built wooden skiffs since 1931. Its owner said orders had doubled.\n\n"
        "Marren Copper, which was fined in 2016, said it had paid the penalty."
    )
    people = _people(text, nlp)
    assert "Delmar Boatworks" not in people
    assert "Marren Copper" not in people


def test_a_time_stamps_label_is_no_person(nlp):
    text = (
        "Wedding\n\nBy Jenna Morrow\n\nSep 14, 2025, 03:12 PM EDT | Updated Sep 15, 2025\n\n"
        "A Moncton bride walked down the aisle with her father on Saturday."
    )
    assert not any(name.startswith("Updated") for name in _people(text, nlp))


def test_a_name_in_the_writers_box_is_no_person(nlp):
    text = (
        "Ferry cancelled again\n\nThe ferry was cancelled again on Monday, said transit spokesperson Lianne Roper.\n\n"
        "ABOUT THE AUTHOR\nHanna Pellow\nReporter\nHanna Pellow is a reporter with CBC Nova Scotia based in Halifax.\n\n"
        "Comments\n\nDartmouthDave\nI'll believe it when I see it. The boats have been late for years and nobody "
        "at city hall seems to care about the people who ride them every single day of the week."
    )
    people = {a.name for a in analyze(text, nlp).actors if a.kind == "person"}
    assert "Lianne Roper" in people
    assert "Hanna Pellow" not in people
