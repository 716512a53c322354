"""Rules written in the forty-fourth pass from the blind sets mixed229, mixed230 and mixed233 (the last pass's closing
sets): a titled name the model cut ("Datuk Kamarul" | "Arifin Zakaria", "Professor Datuk Dr Rosli" | "Mat Saman"); an
occupation before titles of standing is the person's role too; a group's given names sharing the surname after them; a
relative's name the model read as a place; a body named before its letters, its letters with a linking word's, two
halves joined by the letters the article uses; a firm's metal or mineral last; a role given in a relative clause; a
lower-case title word the tagger read as a proper noun, and a description by that word. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def _named(text: str, nlp, kind: str = "person") -> set[str]:
    return {a.name for a in analyze(text, nlp).actors if a.kind == kind}


def test_a_titled_given_name_takes_the_two_untagged_words_the_parse_hangs_it_on(nlp):
    text = (
        "By-election heats up\n\n"
        "Gabungan Maju candidate Datuk Rizal Arifin Zakaria, a former district officer, said his campaign was about "
        "finishing what his predecessor began.\n\n"
        '"The people here want roads and clean water," said Rizal Arifin.'
    )
    assert "Rizal Arifin Zakaria" in _named(text, nlp)
    assert speakers(text, nlp)["The people here want roads and clean water,"] == "Rizal Arifin Zakaria"


def test_a_titled_name_runs_on_into_the_person_entity_right_after_it(nlp):
    text = (
        "Tight race expected\n\n"
        "Political analyst Professor Datuk Dr Rosli Wan Ahmad of the state university said the contest would be "
        "closer than the last result suggested.\n\n"
        'According to Rosli, turnout among young voters would be "the deciding factor" this time.'
    )
    assert "Rosli Wan Ahmad" in _named(text, nlp)
    assert speakers(text, nlp)["the deciding factor"] == "Rosli Wan Ahmad"


def test_an_occupation_before_titles_of_standing_is_the_persons_role_too(nlp):
    text = (
        "Tight race expected\n\n"
        "Political analyst Professor Datuk Dr Faizal Wan Hamid of the state university said the contest would be "
        "closer than the last result suggested.\n\n"
        "Turnout among young voters would decide it, he said, as many were registered automatically.\n\n"
        '"If young voters come home, the challenger has a real chance," the political analyst said.'
    )
    got = speakers(text, nlp)["If young voters come home, the challenger has a real chance,"]
    assert got.endswith("Faizal Wan Hamid")


def test_a_group_noun_before_two_given_names_proves_both_people_of_the_surname(nlp):
    lower = (
        "Orchard flooded\n\n"
        "For brothers Navdeep and Gurkirat Dhillon, the rising river meant a second loss in three years.\n\n"
        '"We replanted every row after the last one," Navdeep said.'
    )
    opening = (
        "Orchard flooded\n\n"
        "Brothers Navdeep and Gurkirat Dhillon were stacking sandbags along the lane.\n\n"
        '"We replanted every row after the last one," Navdeep said.\n\n'
        '"We will sleep when the water goes down," Gurkirat said.'
    )
    assert speakers(lower, nlp)["We replanted every row after the last one,"] == "Navdeep Dhillon"
    got = speakers(opening, nlp)
    assert got["We replanted every row after the last one,"] == "Navdeep Dhillon"
    assert got["We will sleep when the water goes down,"] == "Gurkirat Dhillon"
    assert {"Navdeep Dhillon", "Gurkirat Dhillon"} <= _named(opening, nlp)


def test_a_relatives_name_the_model_read_as_a_place_is_a_person(nlp):
    text = (
        "Rodeo wraps up\n\n"
        "In barrel racing, the $100,000 went to Mackenzie Holloway, whose run of 17.21 seconds was the fastest of the "
        "10-day event. Her younger sister, Taryn Holloway, was third.\n\n"
        "The sisters grew up on a mixed farm near Hollis Creek.\n\n"
        "“We share a trailer, we share a truck, we share a vet,” Mackenzie said. “We don’t share the cheque.”"
    )
    assert "Mackenzie Holloway" in _named(text, nlp)
    assert (
        speakers(text, nlp)["We share a trailer, we share a truck, we share a vet,"] == "Mackenzie Holloway"
    )


def test_a_body_the_model_left_untagged_before_its_letters_speaks_by_them(nlp):
    text = (
        "Miners down tools\n\n"
        "The Mineworkers' Solidarity Union (MSU), which represents most of the workforce, is demanding a 12% rise.\n\n"
        'The MSU posted on X: "The shaft is silent today. The bosses will hear us anyway."'
    )
    assert "Mineworkers' Solidarity Union" in _named(text, nlp, "organization")
    got = speakers(text, nlp)["The shaft is silent today. The bosses will hear us anyway."]
    assert got == "Mineworkers' Solidarity Union"


def test_a_role_in_brackets_is_no_body_before_its_letters(nlp):
    text = (
        "New boss\n\n"
        "The board named a new Chief Executive Officer (CEO) on Monday.\n\n"
        '"We expect a smooth handover," the board said.'
    )
    assert "Chief Executive Officer" not in _named(text, nlp, "organization")


@pytest.mark.parametrize(
    ("body", "letters"),
    [
        ("Electric Reliability Council of Nevada", "ERCON"),  # the letters left untagged
        ("Grid Reliability Council of Texas", "GRCOT"),  # tagged a body of their own
    ],
)
def test_letters_keeping_a_linking_words_capital_name_the_body(nlp, body, letters):
    text = (
        "Grid holds\n\n"
        f"The {body}, which runs the grid for most of the state, never ordered rolling outages.\n\n"
        f'As complaints mounted, {letters} posted on X: "No {letters}-directed outages have occurred this summer."'
    )
    assert speakers(text, nlp)[f"No {letters}-directed outages have occurred this summer."] == body


def test_two_halves_the_articles_letters_name_as_one_body_are_joined(nlp):
    text = (
        "Port hours cut\n\n"
        "Since U.S. Customs and Border Protection cut pedestrian hours at the small port of entry in March, the "
        "mornings have gone quiet.\n\n"
        "In a written statement, CBP said the change “reflects current staffing levels.”"
    )
    assert "U.S. Customs and Border Protection" in _named(text, nlp, "organization")
    assert speakers(text, nlp)["reflects current staffing levels."] == "U.S. Customs and Border Protection"


def test_a_firms_short_name_before_a_metal_is_the_firm(nlp):
    text = (
        "Strike at the mine\n\n"
        "More than 8,000 workers at Mokgadi Platinum's Tau Hills mine downed tools on Tuesday.\n\n"
        'Mokgadi said in a statement that the strike was "unprotected" and that it would go to court.'
    )
    assert speakers(text, nlp)["unprotected"] == "Mokgadi Platinum"


def test_a_role_a_relative_clause_gives_names_the_person_and_the_past_makes_it_former(nlp):
    text = (
        "Waiting in a hotel\n\n"
        "Jawad Rahimi, 44, who worked as an interpreter for Canadian troops in Kandahar for five years, said he had "
        "expected a faster decision.\n\n"
        "‘The soldiers gave me a nickname because my name was too long,’ the former interpreter said."
    )
    got = speakers(text, nlp)["The soldiers gave me a nickname because my name was too long,"]
    assert got.endswith("Jawad Rahimi")


def test_a_relative_clause_in_the_present_gives_no_former_role(nlp):
    text = (
        "Waiting in a hotel\n\n"
        "Jawad Rahimi, 44, who works as an interpreter at the county court, said the backlog was growing.\n\n"
        "Marta Ilić, who worked as an interpreter for the army in the 1990s, said little had changed.\n\n"
        "‘Nobody calls us back,’ the former interpreter said."
    )
    assert speakers(text, nlp)["Nobody calls us back,"].endswith("Marta Ilić")


def test_a_description_by_the_word_before_one_persons_name_is_that_person(nlp):
    text = (
        "Bobcats win\n\n"
        "Bellmont coach Raymond Teague credited the Bobcats' defense.\n\n"
        '"They wanted it more," Teague said.\n\n'
        "Bellmont's leading scorer, sophomore forward Ifeoma Adeyemi-Clarke, finished with 22 points.\n\n"
        "\"We'll watch the film and we'll be better,\" said the sophomore, who was the preseason player of the year."
    )
    assert "Ifeoma Adeyemi-Clarke" in _named(text, nlp)
    got = speakers(text, nlp)["We'll watch the film and we'll be better,"]
    assert got.endswith("Ifeoma Adeyemi-Clarke")


def test_a_description_by_a_word_opening_the_sentence_before_a_name_is_that_person(nlp):
    text = (
        "Bobcats win\n\n"
        "Sophomore guard Lena Marsh scored 14. Her teammate, senior forward Ifeoma Adeyemi-Clarke, added 22.\n\n"
        "\"We'll watch the film and we'll be better,\" said the sophomore."
    )
    assert speakers(text, nlp)["We'll watch the film and we'll be better,"].endswith("Lena Marsh")


def test_a_rank_before_its_letters_is_no_body(nlp):
    text = (
        "Shooting probe\n\n"
        "Senior Superintendent of Police (SSP) Marlon Whitter-Reid said officers had recovered a firearm.\n\n"
        '"We will not allow a few criminals to hold this community hostage," the SSP said.'
    )
    assert not _named(text, nlp, "organization")
    assert speakers(text, nlp)["We will not allow a few criminals to hold this community hostage,"].endswith(
        "Marlon Whitter-Reid"
    )


def test_a_firms_letters_leave_out_its_legal_form(nlp):
    text = (
        "Refinery restart\n\n"
        "The minister signed a memorandum with Caroni Bay Refining Ltd (CBR), a newly formed consortium, to study a "
        "restart of the plant.\n\n"
        'In a statement, CBR said it was "committed to transparency" and would hold consultations.'
    )
    assert speakers(text, nlp)["committed to transparency"] == "Caroni Bay Refining Ltd"


def test_a_chinese_surname_before_an_untagged_given_name_opens_the_name(nlp):
    text = (
        "Savings\n\n"
        "Speaking at a community event in Jurong on Saturday, Minister of State for Manpower Goh Mei Ling said the "
        "Government understood that seniors may find it harder to build up their savings.\n\n"
        'Ms Goh said: "CPF is not meant to be the only pillar."'
    )
    assert "Goh Mei Ling" in _named(text, nlp)
    assert speakers(text, nlp)["CPF is not meant to be the only pillar."] == "Goh Mei Ling"


def test_a_bodys_letters_with_a_who_clause_after_them_stay_a_body(nlp):
    text = (
        "Tribunal\n\n"
        "The governor was declared winner by the Independent National Electoral Commission (INEC).\n\n"
        "Counsel to INEC, who spoke briefly to journalists, said the commission had complied with every order."
    )
    assert "INEC" not in _named(text, nlp)
