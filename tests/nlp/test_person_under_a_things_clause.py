"""A cue the parser hung under the clause of a thing ("The tensest moment came …, when Holloway, pointing out
that …, called the plan “…”") is said by the one person named after that thing, not by the thing; from mixed108's
leftover (the thirtieth pass's note). Sentences written for the test."""

from __future__ import annotations

from tests.support.quotes import speakers

_QUOTE = "a promise with no date on it and no money behind it."


def test_the_person_after_a_things_subject_speaks(nlp):
    text = (
        "Council split on library plan\n\nRIVERTON — Councillor Maxine Holloway and Mayor Gerald Pike clashed Monday "
        "over the delayed library renovation.\n\nThe tensest moment came about an hour into the meeting at Riverton "
        "Public Library, when Holloway, pointing out that the contractor had missed two deadlines since 2022, called "
        f"the plan “{_QUOTE}”\n\nPike did not respond."
    )
    assert speakers(text, nlp)[_QUOTE] == "Maxine Holloway"


def test_a_person_subject_still_speaks_for_a_participle(nlp):
    text = (
        "Council split on library plan\n\nCouncillor Maxine Holloway and Mayor Gerald Pike clashed Monday.\n\n"
        "Pike, pointing out that the contractor had missed two deadlines since 2022, called the plan "
        f"“{_QUOTE}”"
    )
    assert speakers(text, nlp)[_QUOTE] == "Gerald Pike"
