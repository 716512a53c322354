"""A two- or three-word name after a personal title is a person's, whatever the model tagged it ("Dr Nkechi
Obi-Lawrence", tagged an organisation), unless its words say an institution or a company ("Dr Hale Foundation
Ltd" stays a body)."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def test_a_full_name_after_dr_is_a_person_who_speaks(nlp):
    text = (
        "The village has lost 40 metres of cliff since 2000.\n\n"
        "Dr Nkechi Obi-Lawrence, a coastal engineer who has spent 15 years modelling the Holderness cliffs, says "
        "that decision is not as callous as it sounds.\n\n"
        "“If you armour this bit of coast, you move the problem to somebody else’s village,” she says."
    )
    speakers = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert speakers["If you armour this bit of coast, you move the problem to somebody else’s village,"] == (
        "Nkechi Obi-Lawrence"
    )
