"""Whom a description and a set-off name stand for: a name closing a relative clause before an auxiliary
is no subject ("…, who plays the youngest sister, Rosita, was not born"), a name after a set-off noun for
what the person is stands where the subject stands (", contortionist Imani Okafor-Lee, grew up"), a person who
speaks of the description is not the one it describes ("Hale said of the rookie"), "the former" opener is
not the side's opener, and a party-and-district tag is no speaker ("Dana Voss, D-Erie, posted")."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_name_closing_a_relative_clause_before_an_auxiliary_is_no_subject(nlp):
    text = (
        "The company is staging the play for the third time.\n\n"
        "Marisol Quintero-Vega, who plays the middle sister, Rosita, was not born when the play was written. "
        "The 23-year-old grew up two streets from the theatre.\n\n"
        "“I used to watch from the back row,” the 23-year-old said."
    )
    found = speakers(text, nlp)["I used to watch from the back row,"]
    assert found is not None and found.endswith("Marisol Quintero-Vega")


def test_a_name_after_a_set_off_noun_for_what_the_person_is_is_the_subject(nlp):
    text = (
        "The troupe raised most of the money for the new roof itself. The rest came from a loan that Bastien "
        "Laroche personally guaranteed.\n\n"
        "The youngest member of the troupe, contortionist Imani Okafor-Lee, grew up four blocks from the mill.\n\n"
        "“My uncle worked in a warehouse on this road,” the 20-year-old said."
    )
    found = speakers(text, nlp)["My uncle worked in a warehouse on this road,"]
    assert found is not None and found.endswith("Imani Okafor-Lee")


def test_who_speaks_of_the_rookie_is_not_the_rookie(nlp):
    text = (
        "The defence held the visitors scoreless after half-time. Rookie safety Kofi Mensah-Arthur had nine "
        "tackles and an interception.\n\n"
        '"He reads the game like a veteran," Brennan Hale said of the rookie.\n\n'
        '"I am just doing what the coaches ask," the rookie said.'
    )
    found = speakers(text, nlp)["I am just doing what the coaches ask,"]
    assert found != "the rookie, Brennan Hale"
    assert found is not None and found.endswith("Kofi Mensah-Arthur")


def test_the_former_opener_is_not_the_sides_opener(nlp):
    text = (
        "Opener Faisal Qureshi made a century as the hosts won by 60 runs on Sunday.\n\n"
        "Head coach Tariq Shafiq was pleased but warned against complacency.\n\n"
        '"We are not getting carried away," the former Test opener said.'
    )
    assert speakers(text, nlp)["We are not getting carried away,"] != "the former Test opener, Faisal Qureshi"


def test_a_party_and_district_tag_is_no_speaker(nlp):
    text = (
        "The state Senate passed the bill 41-9 on Tuesday.\n\n"
        'House Majority Leader Dana Voss, D-Erie, posted on X minutes after the vote: "The House will take a '
        'hard look at this."'
    )
    assert speakers(text, nlp)["The House will take a hard look at this."] == "Dana Voss"
