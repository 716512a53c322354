"""A company officer's title by its initials is the one person the article titles in full ("Chief Financial
Officer Raymond Tan" … "the CFO replied"), and a bare surname two named people share has the sex they both
have, whatever pronouns stand near it ("Whitfield asked. ¶ “…,” she replied" is not a Whitfield)."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_the_cfo_is_the_chief_financial_officer_named_in_full(nlp):
    text = (
        "The retailer cut its outlook on Thursday.\n\n"
        'Chief Financial Officer Dmitri Okafor said tariffs would cost the company about $35 million. "We have '
        'not mitigated all of it," Okafor said on the call.\n\n'
        "Analyst Jessica Lund, who covers the company, asked whether prices would rise.\n\n"
        '"We are being very careful," the CFO replied.'
    )
    assert speakers(text, nlp)["We are being very careful,"] == "the CFO, Dmitri Okafor"


def test_initials_no_one_holds_in_full_name_no_one(nlp):
    text = (
        "The retailer cut its outlook on Thursday, and analyst Jessica Lund asked whether prices would rise.\n\n"
        '"We are being very careful," the CFO replied.'
    )
    assert speakers(text, nlp)["We are being very careful,"] != "the CFO, Jessica Lund"


def test_she_is_not_a_surname_two_men_share(nlp):
    text = (
        "Gen. Renata Okonkwo told the committee the backlog had grown for three years.\n\n"
        "Sen. Thomas Harrow pressed the general on the budget request. Staff Sgt. Andre Harrow, who is not "
        "related to the senator, testified later.\n\n"
        '"You knew about this in February. What happened in between?" Harrow asked.\n\n'
        '"Senator, the request was made inside the building," she replied.'
    )
    assert speakers(text, nlp)["Senator, the request was made inside the building,"] == "Renata Okonkwo"
