"""Rules from the thirty-sixth pass's last sets mixed173 and mixed174 (each measured once on 465a541 first): "the fire
marshal" of "Fire Marshal Gregory Nwosu"; "the chairman" of a committee's "Chair"; "the teacher" of "schoolteacher Meena
Pun"; a role joined by "and" to the trade set off after a name ("…, an otolaryngologist at … and the study's lead
author"); the coach of "X has coached Y", the trade of "X has worked as a vaccinator"; a name opening with an initial
after a capitalised occupation inside one entity ("District Collector K. Srinivasa Rao"). Sentences written for these
tests."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_fire_marshal_a_chair_and_a_schoolteacher(nlp):
    text = (
        "Leak\n\nOakdale Fire Marshal Gregory Nwankwo said crews were called just after 2 a.m.\n\n"
        '"Readings were over 300 parts per million," Nwankwo said.\n\nA guest, Tom Eady, said he had smelled '
        'nothing.\n\nThe alarms "were either disconnected or never installed," the fire marshal said.\n\n'
        "Senate Judiciary Chair Thomas Garrison (D-Ill.) opened the hearing.\n\n"
        '"We will not be rushed," the chairman said.\n\n'
        "In the village, schoolteacher Meena Pandey said she ran out when the shaking started.\n\n"
        '"The children keep asking me when school will start again," the teacher said.'
    )
    found = speakers(text, nlp)
    assert "Gregory Nwankwo" in found["were either disconnected or never installed,"]
    assert "Thomas Garrison" in found["We will not be rushed,"]
    assert "Meena Pandey" in found["The children keep asking me when school will start again,"]


def test_a_role_joined_to_the_trade_set_off(nlp):
    text = (
        "Hearing\n\n“We did not expect this,” said Dr. Hannah Okoro-Ruiz, an otolaryngologist at Great Lakes "
        "Children’s Hospital and the study’s lead author.\n\nSamuel Oye, who was not involved, called it thorough.\n\n"
        "“We don’t fully understand why,” the lead author said."
    )
    assert "Hannah Okoro-Ruiz" in speakers(text, nlp)["We don’t fully understand why,"]


def test_the_coach_of_has_coached_and_a_trade_after_worked_as(nlp):
    text = (
        "Diving\n\nBrooke Tremaine had never finished higher than sixth.\n\n"
        "Isabelle Royer has coached Tremaine since she was 11 at a club in west Edmonton.\n\n"
        '"She did not miss a single entry tonight," Royer said.\n\nTremaine scored 371 points.\n\n'
        '"There were days when I wondered if she still wanted it," the coach said.\n\n'
        "Naheed Akhter, 34, has worked as a vaccinator in Peshawar for nine years.\n\n"
        '"We walk 15 kilometres some days," the vaccinator added.'
    )
    found = speakers(text, nlp)
    assert "Isabelle Royer" in found["There were days when I wondered if she still wanted it,"]
    assert "Naheed Akhter" in found["We walk 15 kilometres some days,"]


def test_a_name_with_an_initial_after_an_occupation_in_one_entity(nlp):
    text = (
        'Stampede\n\n"Nearly 15,000 people had gathered," District Collector K. Srinivasa Rao told PTI.\n\n'
        '"A magisterial inquiry has been ordered," the collector said.'
    )
    found = speakers(text, nlp)
    assert (found["A magisterial inquiry has been ordered,"] or "").endswith("Srinivasa Rao")
