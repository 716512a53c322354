"""A role given to a surname alone ("Sheriff Dawes") is held by the one person of that surname given it in full
("Sheriff Clayton Dawes"), not a second holder beside him; and a name the model tagged a place whose last
word is a firm's ("West Coast Ferries") is the company "the company" then stands for. From the thirty-first
pass's end sets (mixed117, mixed118), after their one measurement; sentences written for the test."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_the_sheriff_is_the_sheriff_named_in_full_beside_his_son(nlp):
    text = (
        "EXCLUSIVE — Sheriff Dawes: ICE Raid Nets 41 Arrests at Meatpacking Plant\n\nJordan Kessler\n14 Jun 2018\n\n"
        "Federal agents, working alongside the Tremont County Sheriff's Office, arrested 41 workers at a plant on "
        "Wednesday, Sheriff Clayton Dawes told Breitbart News in an interview.\n\n"
        '"This was about public safety," Dawes said.\n\n'
        "Chief Deputy Wade Dawes, the sheriff's son, said deputies handled the perimeter.\n\n"
        '"Nobody got hurt," the younger Dawes said.\n\n'
        'Rep. Buck Halvorsen praised the raid. "Sheriff Dawes is doing the job Washington refused to do," '
        "Halvorsen said in a statement.\n\n"
        "The sheriff said he expects more operations.\n\n"
        '"We will be doing more of these," the sheriff said.'
    )
    assert speakers(text, nlp)["We will be doing more of these,"] == "the sheriff, Clayton Dawes"


def test_the_company_is_a_ferry_firm_tagged_a_place(nlp):
    text = (
        "Ferry cancelled again\n\nIslanders are angry about the cancellations.\n\n"
        "In a statement, West Coast Ferries said: ‘We sincerely apologise to the communities of Rònach and "
        "Kilbrennan for the ongoing disruption. Replacement parts have been sourced from Norway.’\n\n"
        "The company added that the relief vessel would continue to operate ‘for as long as is required’."
    )
    found = speakers(text, nlp)
    assert found["for as long as is required"] == "the company, West Coast Ferries"


def test_a_rank_after_a_title_is_no_given_name(nlp):
    text = (
        "Man jailed for assault\n\nDet Garda Cian Moriarty told Sinéad Lacey SC, prosecuting, that Mr Fitzgibbon "
        "had been waiting for a taxi.\n\n"
        '"He was unconscious before he hit the ground, judge," Det Garda Moriarty said.'
    )
    assert speakers(text, nlp)["He was unconscious before he hit the ground, judge,"] == "Cian Moriarty"
