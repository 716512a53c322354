"""Rules written after the thirty-sixth pass's last sets mixed177 and mixed178 (measured once on 23cc028 first): a
state's demonym is the one person whose party tag names the state ("Sen. Tom Halvorsen (D-Minn.)" … "the Minnesotan");
a "… Maritime" firm is a body. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def test_a_states_demonym_is_the_one_whose_party_tag_names_it(nlp):
    text = (
        "Whip race\n\nSen. Tom Halvorsen (D-Minn.), a three-term appropriator, has spent two weeks working the phones.\n\n"
        "The vacancy was created when Sen. Frank Castellan (D-N.J.) announced he would not seek reelection.\n\n"
        '"The job is 90 percent listening," Castellan said.\n\nHalvorsen, for his part, projected calm.\n\n'
        '"If I lose, I lose," the Minnesotan said.'
    )
    assert "Tom Halvorsen" in speakers(text, nlp)["If I lose, I lose,"]


def test_a_maritime_firm_is_a_body(nlp):
    text = (
        "Seizure\n\nThe tanker is operated by Kallindra Maritime, which said its crew were safe.\n\n"
        "Kallindra Maritime said it was in contact with the authorities."
    )
    people = {a.name for a in analyze(text, nlp).actors if a.kind == "person"}
    assert "Kallindra Maritime" not in people
