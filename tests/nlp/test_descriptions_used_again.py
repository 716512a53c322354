"""A description the article uses again: "The redshirt sophomore finished 24 of 35 …" right after Thibodeaux
spoke, then "“…,” the redshirt sophomore said", is Thibodeaux both times, even when someone else was the subject in
between (a bare trade opening the sentence after a named subject is theirs); and the descriptions newsrooms use for an age ("the septuagenarian") or an office ("the
delegate") stand for the person just named."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_description_used_again_is_whom_it_first_stood_for(nlp):
    text = (
        'Quarterback Jaylen "Bookie" Thibodeaux found Malik Fontenot on a post route with 12 seconds left.\n\n'
        '"I told the guys in the huddle, we have been here before," Thibodeaux said. "Nobody panicked."\n\n'
        "The redshirt sophomore finished 24 of 35 for 291 yards and two touchdowns, both to Malik Fontenot, and "
        "ran for 48 yards. His only interception set up the Mariners' go-ahead field goal.\n\n"
        '"That one\'s on me, all day," the redshirt sophomore said.'
    )
    assert speakers(text, nlp)["That one's on me, all day,"] == "the redshirt sophomore, Jaylen Thibodeaux"


def test_a_bare_description_opening_the_sentence_after_the_subject_stays_theirs_past_another_subject(nlp):
    """Once "the description used again" kept this unnamed (the coach was the subject between the two uses); since the
    forty-first pass the first use, a bare trade opening the sentence right after Thibodeaux spoke, gives him the trade
    (``roles._described_after_named``), and the coach, who holds another role, is no redshirt sophomore."""
    text = (
        "Jaylen Thibodeaux threw the winning touchdown with 38 seconds left.\n\n"
        '"Nobody panicked," Thibodeaux said.\n\n'
        "The redshirt sophomore finished 24 of 35 for 291 yards and two touchdowns.\n\n"
        "Head coach Earl Jenkins praised a defence that held the Mariners to 61 yards after halftime.\n\n"
        '"That one\'s on me, all day," the redshirt sophomore said.'
    )
    assert speakers(text, nlp)["That one's on me, all day,"] == "the redshirt sophomore, Jaylen Thibodeaux"


def test_the_septuagenarian_is_the_man_of_seventy_just_named(nlp):
    text = (
        "Balwinder Singh (70), of Mehraj village, said he had spent nine nights beside his heap of paddy. "
        'Pointing at the sky, he said the paddy would be "finished" if it rained again.\n\n'
        '"My grandson is doing the night duty now," the septuagenarian said.'
    )
    assert (
        speakers(text, nlp)["My grandson is doing the night duty now,"]
        == "the septuagenarian, Balwinder Singh"
    )


def test_the_delegate_is_the_council_delegate_just_named(nlp):
    text = (
        "Harrison Begay said housing was the biggest obstacle to hiring on the reservation.\n\n"
        "\"You can't recruit a doctor to a place where there's no house,\" the delegate said."
    )
    assert speakers(text, nlp)["You can't recruit a doctor to a place where there's no house,"] == (
        "the delegate, Harrison Begay"
    )
