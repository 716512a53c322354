"""From the thirty-second pass's last end sets (mixed125, mixed126), after their one measurement: a party's
nickname qualifies a role as the party does ("the Tory leader" is the "Welsh Conservative Senedd leader"); a
one-word person the model tagged right after a name it left untagged is that name's last word ("Prof Naomi Chebet
Wanyama"); a role written only in capitals ("Transport MEC Lerato Mahlangu-Botha" … "the MEC said") titles an
untagged name and, tagged a body, is still the role; a person's response as a speaker is the person's ("Pellow’s
response was curt — ‘…’"). Sentences written for the test."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers


def test_a_partys_nickname_qualifies_a_role(nlp):
    text = (
        "Welsh Conservative Senedd leader Huw Bevan-Morris said: 'The First Minister told the people of Wales "
        "something that was simply not true.'\n\n"
        "'Will the First Minister now apologise?' asked Plaid Cymru leader Non Griffiths.\n\n"
        "'I stand by every word I said,' the First Minister replied.\n\n"
        "Speaking to reporters afterwards, Mr Bevan-Morris said he would write to the Standards Commissioner. "
        "'Someone else will have to correct the record,' the Tory leader said."
    )
    assert (
        speakers(text, nlp)["Someone else will have to correct the record,"]
        == "the Tory leader, Huw Bevan-Morris"
    )


def test_a_surname_tagged_after_an_untagged_name_ends_it(nlp):
    text = (
        'Speaking in Kisumu, Education Cabinet Secretary Prof Naomi Chebet Wanyama said the government had "stretched '
        'itself to the limit".\n\n'
        '"The Treasury has given what the Treasury has," Prof Wanyama said.'
    )
    assert "Naomi Chebet Wanyama" in people(text, nlp)
    assert speakers(text, nlp)["The Treasury has given what the Treasury has,"] == "Naomi Chebet Wanyama"


def test_a_role_in_capitals_before_an_untagged_name(nlp):
    text = (
        "Gauteng Transport MEC Lerato Mahlangu-Botha said the impoundments were lawful.\n\n"
        '"Nobody will hold the province hostage," the MEC said.\n\n'
        "The MEC's spokesperson, Kagiso Mahlangu, said an urgent meeting had been set."
    )
    assert "Lerato Mahlangu-Botha" in people(text, nlp)
    assert speakers(text, nlp)["Nobody will hold the province hostage,"] == "the MEC, Lerato Mahlangu-Botha"


def test_a_persons_response_is_theirs(nlp):
    text = (
        "Castlebridge manager Graham Pellow was asked about the bid on Friday.\n\n"
        "When told of the comments last night, Pellow’s response was curt — ‘No comment. Ask the chairman.’"
    )
    assert speakers(text, nlp)["No comment. Ask the chairman."] == "Graham Pellow"
