"""Rules from the thirty-sixth pass's closing sets mixed171 and mixed172 (each measured once on de8fb37 first): a name
the article says a person is known as ("… known to everyone on the block as Marge") is that person when written alone;
a trade written as a title before a full name is no part of it ("Landlord Gary Pike"); the one who sends a statement
in a participle ("did not appear, instead sending a written statement") issued it; a traditional ruler's name with a
regnal number ("Nana Kwabena Boakye-Mensah II", then "Nana Boakye-Mensah") is a person's. Sentences written for these
tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def _people(text, nlp):
    """The people a brief lists, the headline split off as the bot splits it."""
    return {a.name for a in analyze(text, nlp).actors if a.kind == "person"}


def test_the_name_a_person_is_known_as(nlp):
    text = (
        "Marathon\n\nMargaret Sobieska, who has lived next door for 40 years and is known to everyone on the block as "
        'Marge, made a sign for the finish line.\n\n"I have watched her run past my window for 16 years," Marge said.'
    )
    assert speakers(text, nlp)["I have watched her run past my window for 16 years,"] == "Margaret Sobieska"


def test_a_trade_written_as_a_title_is_no_part_of_the_name(nlp):
    text = (
        "Quiz\n\nLandlord Gary Pikeman, 56, fumed: 'I have never seen anything like it in 22 years.'\n\n"
        "'That told me everything,' Gary said."
    )
    people = _people(text, nlp)
    assert "Gary Pikeman" in people
    assert not any(name.startswith("Landlord") for name in people)


def test_the_sender_of_a_statement_in_a_participle(nlp):
    text = (
        "Hearing\n\nAirline chief executive Gregory Pasquale did not appear, instead sending a written statement that "
        "was entered into the record. “This combination will add capacity, not cut it,” the statement said."
    )
    assert "Gregory Pasquale" in speakers(text, nlp)["This combination will add capacity, not cut it,"]


def test_a_traditional_rulers_name_is_a_persons(nlp):
    text = (
        "Water\n\nThe chief of Asuakrom, Nana Kwabena Boakye-Mensah II, said the river had served his people for "
        'generations.\n\n"They come at night with excavators," Nana Boakye-Mensah alleged.'
    )
    assert "Boakye-Mensah" in (speakers(text, nlp)["They come at night with excavators,"] or "")
    assert any("Boakye-Mensah" in name for name in _people(text, nlp))
