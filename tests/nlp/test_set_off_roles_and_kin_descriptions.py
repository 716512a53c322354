"""Rules written late in the thirtieth pass from mixed108 and mixed110 (after their one measurement each): a name the
model tagged a body is a person's when a person's role is set off right after it ("Lalitha Venkatesh, secretary of
the … Welfare Association,"; not a body's own officer, "Unifor, its president, …"); a cue with no subject after a
name set off with a description of kin ("Caroline Hartwell Dunmore, the granddaughter of founder Walter Hartwell,
said") is the first name's, not the relative's the description ends in. Sentences written for these tests; near
misses keep the old reading."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers


def test_a_name_with_a_persons_role_set_off_after_it_is_a_persons(nlp):
    text = (
        "Lake encroachment\n\nResidents of Kannalli Layout gathered outside the BBMP ward office on Tuesday.\n\n"
        "Lalitha Venkatesh, secretary of the Kannalli Layout Residents' Welfare Association, alleged that larger "
        'structures had been left untouched.\n\n"Where were the officials when the layout was coming up?" she said.'
    )
    assert "Lalitha Venkatesh" in people(text, nlp)
    assert (
        speakers(text, nlp)["Where were the officials when the layout was coming up?"] == "Lalitha Venkatesh"
    )
    # a description of a thing with a role inside it is no person's role
    bill = (
        "Language bill\n\nThe government tabled the bill in the National Assembly, a move the mayor of one bilingual "
        'town called "an attack dressed up as housekeeping."'
    )
    assert "National Assembly" not in people(bill, nlp)


def test_a_cue_after_a_kin_description_is_the_first_names(nlp):
    text = (
        "Grocery chain sold\n\nHartwell's Markets has agreed to be acquired by FreshWay Holdings, the companies "
        "announced Monday.\n\nIn an email obtained by the Gazette, Hartwell's chief executive, Caroline Hartwell "
        'Dunmore, the granddaughter of founder Walter Hartwell, said the decision to sell "was the hardest I have '
        'ever made."'
    )
    assert speakers(text, nlp)["was the hardest I have ever made."] == "Caroline Hartwell Dunmore"
    # a name set off in apposition right before the cue is still the speaker
    adviser = (
        "Talks\n\nThe president met the premier on Monday. Her adviser, Jake Sullivan, said the talks had gone well "
        'and called them "frank and useful."'
    )
    assert speakers(adviser, nlp)["frank and useful."] == "Jake Sullivan"
