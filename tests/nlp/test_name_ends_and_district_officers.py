"""Where a name ends when the model stops early, and a district's officer by initials: "Hinrich von der" is
"Hinrich von der Heyde" (the entity ended on its particles), "SSP Amanjot" | "Singh Brar" is one man,
Amanjot Singh Brar (Singh and Kaur stand between a Sikh given name and the family name, and "SSP" is a
rank), and "The DC said" is the one person titled Deputy Commissioner in full."""

from __future__ import annotations

from bot.nlp.analysis import extract
from tests.support.quotes import speakers


def people(text: str, nlp) -> set[str]:
    doc = nlp(text)
    actors, _ = extract(doc, text, threshold=0)
    return {a.name for a in actors if a.kind == "person"}


def test_a_name_the_model_ended_on_its_particles_runs_on_to_the_surname(nlp):
    text = (
        "Hinrich von der Heyde, president of the Lower Saxony Farmers Association, said the approach was "
        '"too little, too slow and too late for the shepherds."'
    )
    assert (
        speakers(text, nlp)["too little, too slow and too late for the shepherds."] == "Hinrich von der Heyde"
    )


def test_singh_joins_a_sikh_given_name_to_the_family_name(nlp):
    text = (
        "Deputy Commissioner Manpreet Kaur Dhillon and SSP Amanjot Singh Brar reached the spot around 3 pm and "
        "held talks with the union leaders."
    )
    found = people(text, nlp)
    assert "Amanjot Singh Brar" in found
    assert not any(name in found for name in ("SSP Amanjot", "Singh Brar"))


def test_the_dc_is_the_deputy_commissioner_named_in_full(nlp):
    text = (
        "Deputy Commissioner Manpreet Kaur Dhillon and SSP Amanjot Singh Brar reached the spot around 3 pm and "
        "held talks with the union leaders.\n\n"
        'The DC said that lifting would be completed "within 72 hours in all major mandis."'
    )
    assert speakers(text, nlp)["within 72 hours in all major mandis."] == "the DC, Manpreet Kaur Dhillon"


def test_initials_no_one_holds_in_full_name_no_one(nlp):
    text = (
        "Commissioner Manpreet Kaur Dhillon reached the spot around 3 pm.\n\n"
        'The DC said that lifting would be completed "within 72 hours in all major mandis."'
    )
    assert speakers(text, nlp)["within 72 hours in all major mandis."] != "the DC, Manpreet Kaur Dhillon"


def test_a_sikh_name_after_a_seat_and_a_title_is_the_name_alone(nlp):
    text = (
        "The spokesperson added that lifting would resume.\n\n"
        "Talwandi Sabo MLA Sukhjinder Kaur Sidhu, who joined the protest, called the situation "
        '"a total collapse of the procurement system."'
    )
    found = people(text, nlp)
    assert found == {"Sukhjinder Kaur Sidhu"}


def test_kaur_tells_a_woman_and_an_inner_singh_a_man(nlp):
    text = (
        "Deputy Commissioner Manpreet Kaur Dhillon and SSP Amanjot Singh Brar reached the spot around 3 pm.\n\n"
        '"I have personally spoken to the transport contractors," she said.'
    )
    assert (
        speakers(text, nlp)["I have personally spoken to the transport contractors,"]
        == "Manpreet Kaur Dhillon"
    )


def test_initials_written_as_a_title_name_the_one_person_after_them(nlp):
    text = (
        "Deputy Commissioner Manpreet Kaur Dhillon and SSP Amanjot Singh Brar reached the spot around 3 pm.\n\n"
        'The SSP said the police had shown "maximum restraint" and appealed to the protesters.'
    )
    assert speakers(text, nlp)["maximum restraint"] == "the SSP, Amanjot Singh Brar"


def test_initials_two_people_are_written_with_name_neither(nlp):
    text = (
        "SSP Amanjot Singh Brar and SSP Harpreet Singh Gill reached the spot around 3 pm.\n\n"
        'The SSP said the police had shown "maximum restraint" and appealed to the protesters.'
    )
    assert speakers(text, nlp)["maximum restraint"] not in (
        "the SSP, Amanjot Singh Brar",
        "the SSP, Harpreet Singh Gill",
    )
