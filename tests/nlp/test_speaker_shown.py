"""How a speaker the article named through a description is shown (``roles.shown_as``,
``cues.with_own_phrase``): the article's words first, the name last, so a reader (and anything that reads a
speaker by its last word) gets the person's or the body's name, hyphens and accents included."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_role_holder_is_shown_after_the_articles_words(nlp):
    text = (
        "Sen. Curtis Oyelaran-Hale, a Democrat from Toledo, voted against the rule on Tuesday.\n\n"
        "“You're changing the rules on people who followed them,” the senator said."
    )
    found = speakers(text, nlp)["You're changing the rules on people who followed them,"]
    assert found == "the senator, Curtis Oyelaran-Hale"


def test_a_description_keeps_its_own_prepositional_phrase(nlp):
    text = (
        "Sen. Bernie Sanders of Vermont spoke to the crowd in Burlington on Saturday.\n\n"
        "“We are not going away,” the senator from Vermont said."
    )
    assert speakers(text, nlp)["We are not going away,"] == "the senator from Vermont, Bernie Sanders"


def test_a_spokesperson_is_shown_for_the_body_and_a_statement_from_its_issuer(nlp):
    text = (
        "Brightwater Airways cancelled 40 flights on Monday.\n\n"
        "“Safety comes first,” a spokesperson for Brightwater Airways said.\n\n"
        "Harlow Systems said it would appeal. “We will build it,” the statement said."
    )
    found = speakers(text, nlp)
    assert found["Safety comes first,"] == "a Brightwater Airways spokesperson"
    assert found["We will build it,"] == "the statement from Harlow Systems"
