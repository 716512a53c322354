"""Rules from the thirty-fourth pass's sets mixed149 and mixed150 (each measured once before): "So said X" after a
quote names its speaker; a plural for the people a sentence names ("Twins Eli and Maya Santos") is no part of the
first name; "Mr MacLeod senior" and "the elder Mr MacLeod" are the one of two MacLeods introduced as the father; a
document's earlier mention a few paragraphs back names its issuer, the person in the subject before the court in its
title ("In a 112-page decision …, Court of King's Bench Justice Aurelia Fontaine-Marsh sent …" … "the decision
reads"); a notification is a document ("the notification issued by the EPD"); "his mother, Brianna," takes the
family's surname; "Sisters" before two names makes the first a person ("Sisters Ama Boateng and Efua Boateng"); a
vet is a trade and a regulator the commission the article names; letters defined in brackets after a role ("The
Municipal Chief Executive (MCE)") are no body; a department's letters are its applied title's ("DFO": "Fisheries and
Oceans Canada") and a hospital its medical centre. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.relabel import trim_leading_epithets
from tests.support.actors import forced
from tests.support.quotes import speakers


def test_so_said_after_a_quote_names_its_speaker(nlp):
    text = (
        "Library cuts\n\n‘We’ve been told the library is under review,’ Mrs Margaret Oyelowo said.\n\n"
        "‘Our members will be the ones paying for this.’ So said Dave Kitching, branch secretary of the union, who "
        "estimated that 300 posts could go."
    )
    assert speakers(text, nlp)["Our members will be the ones paying for this."] == "Dave Kitching"


def test_a_plural_for_the_people_named_is_no_part_of_the_first_name(nlp):
    text = "Robotics\n\nTwins Eli and Maya Santos, sophomores, handled the drivetrain and the pit crew."
    b, m = forced(nlp, text, "Twins Eli")
    trim_leading_epithets(b)
    assert m.norm == "Eli"
    kept, k = forced(nlp, "Tall Trees and Little Hadley were flooded.", "Tall Trees")
    trim_leading_epithets(kept)
    assert k.norm == "Tall Trees"


def test_a_generation_word_after_a_surname_names_the_father_of_two(nlp):
    text = (
        'Distillery\n\nMaster distiller Euan MacLeod, 41, said the decision would transform the area. "This is '
        'the biggest thing to happen here," Mr MacLeod said.\n\nHis father, Hamish MacLeod, 74, was more '
        'cautious. "I have seen bigger outfits grow too fast," the elder Mr MacLeod said.\n\n'
        '"When I started, folk thought I was daft," Mr MacLeod senior recalled.'
    )
    found = speakers(text, nlp)
    assert found["I have seen bigger outfits grow too fast,"] == "Hamish MacLeod"
    assert found["When I started, folk thought I was daft,"] == "Hamish MacLeod"


def test_a_decision_a_few_paragraphs_back_is_the_judges(nlp):
    text = (
        "Pipeline\n\nAn Alberta judge has overturned the regulator's approval of a pipeline expansion.\n\n"
        "In a 112-page decision released Tuesday, Court of King's Bench Justice Aurelia Fontaine-Marsh sent the "
        "application back to the regulator.\n\n“The duty to consult is not a box to be ticked,” Justice "
        "Fontaine-Marsh wrote.\n\nThe First Nation had objected for nine years.\n\nIts lawyers filed 40 "
        "affidavits.\n\nThe province called the process thorough.\n\n“The court cannot conclude that those concerns "
        "were meaningfully considered,” the decision reads."
    )
    found = speakers(text, nlp)
    assert (
        "Fontaine-Marsh"
        in found["The court cannot conclude that those concerns were meaningfully considered,"]
    )


def test_a_notification_speaks_for_whoever_issued_it(nlp):
    text = (
        "Smog\n\nThe Environment Protection Department (EPD) declared a smog emergency on Monday.\n\n"
        '"All public and private schools in Lahore division shall remain closed," said the notification issued by '
        "the EPD."
    )
    found = speakers(text, nlp)
    assert (
        "Environment Protection Department"
        in found["All public and private schools in Lahore division shall remain closed,"]
    )


def test_his_mother_named_alone_takes_the_familys_surname(nlp):
    text = (
        "Bus crash\n\nMason Pruitt, 9, was sitting in the fourth row when the bus rolled.\n\n"
        "His mother, Brianna, said she got a text from another parent first.\n\n"
        '"My heart just dropped," Brianna said.'
    )
    assert speakers(text, nlp)["My heart just dropped,"] == "Brianna Pruitt"


def test_sisters_before_two_names_make_the_first_a_person(nlp):
    text = (
        "Market fire\n\nSisters Ama Boateng and Efua Boateng, who sell cloth in adjoining stalls, said they saved "
        'only a few bales.\n\n"We stood there and watched our shops burn," Ama said.'
    )
    assert speakers(text, nlp)["We stood there and watched our shops burn,"] == "Ama Boateng"


def test_a_vet_is_a_trade_and_a_regulator_the_commission(nlp):
    text = (
        "Lost dog\n\nVet Dr Fiona Maddox-Reid, who checked the dog over, said he had lost weight.\n\n"
        "'If he hadn't been chipped, this could have ended very differently,' the vet warned.\n\n"
        'The Competition Commission said it had opened an inquiry. "Outages of this scale raise serious concerns," '
        "the regulator said."
    )
    found = speakers(text, nlp)
    assert (
        found["If he hadn't been chipped, this could have ended very differently,"]
        == "the vet, Fiona Maddox-Reid"
    )
    assert "Competition Commission" in found["Outages of this scale raise serious concerns,"]


def test_letters_defined_after_a_role_are_no_body(nlp):
    text = (
        "Market fire\n\nThe Municipal Chief Executive (MCE) for Nkwantanang, Hon. Gifty Osei-Asibey, visited the "
        'scene.\n\n"The Assembly will support the affected traders," the MCE said.'
    )
    assert speakers(text, nlp)["The Assembly will support the affected traders,"] != "MCE"


def test_a_departments_letters_and_a_hospitals_centre_are_the_bodies_named(nlp):
    text = (
        "Salmon\n\nFisheries and Oceans Canada extended the closures on Tuesday.\n\n"
        'DFO said the fish were "tracking well below the levels needed."\n\n'
        "The patient was moved to Lakeshore University Medical Center on Friday.\n\n"
        'The hospital said he was "awake, alert and walking the halls."'
    )
    found = speakers(text, nlp)
    assert found["tracking well below the levels needed."] == "Fisheries and Oceans Canada"
    assert "Lakeshore University Medical Center" in found["awake, alert and walking the halls."]
