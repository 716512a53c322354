"""From mixed129 after its one measurement (on a4abfc0): a given name set off after a surname's possessive and a
child's noun ("Marcantonio’s son Luca") is that family's, and "the younger Marcantonio" is then the one introduced as
the child, not his father named in full before; of two sharing a surname, "the elder" is the other of the one
introduced as the child; a mother is no more "the elder" than the father beside her. Sentences written for the
test."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers

_TEXT = (
    "“We bought it fair and square,” Silvio Marcantonio, founder of Marcantonio Homes, told the Star on Tuesday.\n\n"
    "Marcantonio’s son Luca, the company’s vice-president, said the firm had never met with the minister.\n\n"
    "“We’ve shown the auditor every e-mail,” the younger Marcantonio said."
)


def test_a_child_after_a_surnames_possessive_takes_the_surname(nlp):
    assert "Luca Marcantonio" in people(_TEXT, nlp)


def test_the_younger_of_a_surname_is_the_one_introduced_as_the_child(nlp):
    assert speakers(_TEXT, nlp)["We’ve shown the auditor every e-mail,"] == "Luca Marcantonio"


def test_the_elder_of_two_is_the_other_of_the_one_introduced_as_the_child(nlp):
    text = (
        "Carol Dyck has worked as a nurse in the emergency department for 26 years. Her daughter, Jenna Dyck, joined "
        "the same unit in 2022.\n\n"
        "“I've never seen it like this,” the elder Dyck said.\n\n"
        "“My patients are here,” the younger Dyck said."
    )
    found = speakers(text, nlp)
    assert found["I've never seen it like this,"] == "Carol Dyck"
    assert found["My patients are here,"] == "Jenna Dyck"


def test_a_mother_is_no_more_the_elder_than_the_father(nlp):
    text = (
        "Steve Rennard has vowed to drop his son Callum Rennard if the goals do not come.\n\n"
        "Callum’s mum Lisa Rennard, who watches every home game, defended them both.\n\n"
        "“Never say never,” the elder Rennard said."
    )
    assert speakers(text, nlp)["Never say never,"] != "Lisa Rennard"
