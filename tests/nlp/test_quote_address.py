"""A person a quote speaks to is not its speaker (``bot.nlp.quotes.address``), on sentences written
for these tests."""

from __future__ import annotations

from bot.nlp.quotes.address import addresses
from tests.support.quotes import rule_quotes


def test_a_name_set_off_and_closing_the_sentence_is_spoken_to():
    assert addresses("That is not what I asked you, Mr. Pryce.", "Owen Pryce")
    assert addresses("Thank you for coming, Maria.", "Maria Lopez")
    assert addresses("Ms Grant, where were you that night?", "Ruth Grant")
    assert addresses("As you know, Senator Hale, the vote is Tuesday.", "Amy Hale")


def test_a_name_spoken_about_is_not_spoken_to():
    assert not addresses("I spoke to Dr. Pryce about it last week.", "Owen Pryce")
    assert not addresses("Pryce, who ran the yard, was a friend.", "Owen Pryce")
    assert not addresses("We will win this, I promise.", "Ann Promise")
    assert not addresses("It was a long day, young man.", "Tom Young")
    # someone else's words quoted inside the quote: read out, not said to her
    assert not addresses(
        "She kept saying, ‘Mrs Hale, can you read me the code again?’ and I froze.", "Amy Hale"
    )


def test_a_line_spoken_to_the_person_named_nearest_has_no_speaker(nlp):
    """In a hearing the rules can hand the prosecutor's question to the witness the article names; the
    question addresses him, so neither it nor the speech that goes on after it is his."""
    text = (
        "Owen Pryce told the court he had seen nothing that night.\n\n"
        "“That is not what I asked you, Mr. Pryce,” the prosecutor said. “Where were you at nine?”\n\n"
        "“I was at home,” Pryce said."
    )
    assert [(q.quote[:12], q.speaker) for q in rule_quotes(text, nlp)] == [
        ("That is not ", None),
        ("Where were y", None),
        ("I was at hom", "Owen Pryce"),
    ]
