"""A nickname in quotation marks between a given name and a surname is no part of the name and no quote:
"Ger ‘the Bomber’ Hehir" is Ger Hehir, and "Hehir" later is the same man. A capitalised word after a quoted
phrase that the article never uses again stays out of the name ("Mayor Hale ‘Disappointed’ Over …")."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import rule_quotes


def test_a_nickname_between_given_name_and_surname_is_dropped(nlp):
    text = (
        "Ballycorrig won their first county title in 31 years on Sunday.\n\n"
        "Ballycorrig manager Ger ‘the Bomber’ Hehir admitted he had to change things at the interval.\n\n"
        "‘We were too slow on the ball,’ the Ballycorrig boss said.\n\n"
        "Hehir moved his wing-back to midfield for the second half."
    )
    names = people(text, nlp)
    assert "Ger Hehir" in names and "Ger" not in names and "Hehir" not in names
    quotes = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert "the Bomber" not in quotes
    assert quotes["We were too slow on the ball,"].endswith("Ger Hehir")


def test_a_word_after_a_quoted_phrase_in_a_headline_is_no_surname(nlp):
    text = (
        "Hale ‘Disappointed’ Over the Vote\n\n"
        "Mayor Tom Hale said on Tuesday he was disappointed that the council had rejected the budget."
    )
    assert "Hale Over" not in people(text, nlp) and "Tom Hale" in people(text, nlp)
