"""Rules from mixed113 to mixed115 (measured once on this pass's f82b5e9): a role set off before a name the parser
hung on its titles or closed with "named", a term "known as" gives in lower case, and a firm's short name. Sentences
written for the tests."""

from __future__ import annotations

from tests.support.quotes import speakers

_HOUSE = (
    "Power cuts will end by June, Minister assures House\n\nBy Staff Writer\n\nThe Minister for Water, Hon. Dr. Yaw "
    'Ofori-Atta, has assured the House that the erratic water supply, popularly known as "tap wahala," will end by '
    'June.\n\nHon. Esi Mensah asked when her constituents could expect relief.\n\nThe Minister replied: "I will '
    'personally ensure that the pumping station is repaired within two weeks."'
)


def test_the_role_set_off_before_a_name_hung_on_its_titles_ties_the_name(nlp):
    got = speakers(_HOUSE, nlp)
    assert got["I will personally ensure that the pumping station is repaired within two weeks."] == (
        "the Minister, Yaw Ofori-Atta"
    )


def test_a_lower_case_term_known_as_is_no_quote(nlp):
    assert "tap wahala," not in speakers(_HOUSE, nlp)


def test_a_firms_short_name_is_the_firm_named_in_full(nlp):
    text = (
        "Family firm finds a lender\n\nTheir lender of three decades, Harrowgate Bank, said no to the buyout.\n\n"
        '"They loved us as a customer," Ms. Kowal said.\n\nIn a written statement, Harrowgate said it has '
        '"expanded dedicated succession financing" to 14 regional offices.'
    )
    assert speakers(text, nlp)["expanded dedicated succession financing"] == "Harrowgate Bank"


def test_a_role_a_name_closes_with_named_is_that_persons(nlp):
    # "named" hangs on the place of the phrase; the role is still the named person's (from mixed115)
    text = (
        "Rent cap column\n\nAfter my last column, I heard from dozens of readers. One, a retired teacher in Moose Jaw "
        "named Bev Sorensen, wrote to tell me her rent had gone up $310 a month.\n\nI asked Ms. Sorensen whether I "
        'could quote her. "Please do," the retired teacher replied. "Maybe he reads the paper."'
    )
    assert speakers(text, nlp)["Maybe he reads the paper."] == "the retired teacher, Bev Sorensen"
