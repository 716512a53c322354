"""Rules from the thirty-sixth pass's last sets mixed175 and mixed176 (each measured once on c1fd886 first): a name
addressed inside a quote nested in the quote ("the technician told me, ‘You’re done for the year, Mr. Lindqvist,’") is
the technician's words, so the speaker may be that man, an apostrophe inside a word no longer ending the nested quote;
a sign's "Thank You Jaylen", read as the name "You Jaylen", is no second name for Jaylen Morrow; a month that is a given
name before a family's surname ("June Calloway, 46") names a person, and "June says" is hers. Sentences written for
these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from bot.nlp.quotes.address import addresses
from tests.support.quotes import speakers


def test_a_name_addressed_in_a_nested_quote_with_an_apostrophe_is_not_addressed():
    quote = "the technician told me, ‘You’re done for the year, Mr. Lindgren,’ and I left"
    assert not addresses(quote, "Harold Lindgren")
    assert addresses("That is not what I asked you, Mr. Lindgren.", "Harold Lindgren")


def test_a_speaker_named_in_anothers_nested_words(nlp):
    text = (
        "Drugs\n\nWASHINGTON — For three years, Harold Lindgren split his tablets in half. In January, he stopped.\n\n"
        "“I went to the counter, and the technician told me, ‘You’re done for the year, Mr. Lindgren,’” said the "
        "74-year-old, a retired machinist who lives in Parma, Ohio."
    )
    found = speakers(text, nlp)
    quote = next(q for q in found if q.startswith("I went to the counter"))
    assert "Harold Lindgren" in (found[quote] or "")


def test_a_pronoun_opening_a_tagged_name_is_dropped(nlp):
    text = (
        "Robbery\n\nThe clerk, Jaylen Morrow, told News 4 he did not have time to be scared.\n\n"
        '"I was not trying to be a hero," Jaylen said.\n\nBy Thursday, someone had taped a hand-drawn sign reading '
        '"Thank You Jaylen" to the front door.'
    )
    people = {a.name for a in analyze(text, nlp).actors if a.kind == "person"}
    assert "Jaylen Morrow" in people
    assert not any(name.startswith("You") for name in people)


def test_a_month_as_a_given_name(nlp):
    text = (
        "Band\n\nThe fiddle belongs to June Calloway, 46. It belonged before that to her father, Harlan Calloway.\n\n"
        "“People think bluegrass is about speed,” June says after the first set."
    )
    assert speakers(text, nlp)["People think bluegrass is about speed,"] == "June Calloway"
