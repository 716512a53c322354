"""From the thirty-second pass's last end sets (mixed125, mixed126), after their one measurement: a party's
nickname qualifies a role as the party does ("the Tory leader" is the "Welsh Conservative Senedd leader"); a
one-word person the model tagged right after a name it left untagged is that name's last word ("Prof Naomi Chebet
Wanyama"). Sentences written for the test."""

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
