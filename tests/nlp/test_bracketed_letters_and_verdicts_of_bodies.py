"""Rules from the thirty-fifth pass's closing sets mixed163 and mixed164 (each measured once on 119c211 first): a body's
letters in brackets after its name, which the model left untagged, are that body wherever the article writes them ("the
Bangladesh Inland Water Transport Authority (BIWTA)" … "BIWTA said"); "That was the message from" a body names the quote
before when no person is named there; the person set off after a body's phrase that closes on a role speaks, not the
body ("The Kenya National Union of Nurses Kanyimbo branch chairman, Mr Samson Wafula, said"). Sentences written for
these tests."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_bracketed_letters_the_model_left_untagged_are_the_body(nlp):
    text = (
        "Capsize\n\nAccording to the Bangladesh Inland Water Transport Authority (BIWTA), the launch was licensed to "
        "carry 120 passengers.\n\nBIWTA said in a statement that the launch's master had been \"absconding since the "
        'incident".'
    )
    assert (
        speakers(text, nlp)["absconding since the incident"] == "Bangladesh Inland Water Transport Authority"
    )


def test_the_message_from_a_body_names_the_quote_before(nlp):
    text = (
        "Fire\n\nFirefighters spent the night at the bonded warehouse.\n\n“The industry takes fire safety extremely "
        "seriously.”\n\nThat was the message from the Scotch Whisky Association last night, which said it would support "
        "the investigation."
    )
    assert (
        speakers(text, nlp)["The industry takes fire safety extremely seriously."]
        == "Scotch Whisky Association"
    )


def test_the_person_set_off_after_a_bodys_role_speaks(nlp):
    text = (
        "Strike\n\nThe Kenya National Union of Nurses Kanyimbo branch chairman, Mr Samson Wafula, said nurses would "
        '"continue to offer skeleton services" but warned that they too were owed pay.'
    )
    assert speakers(text, nlp)["continue to offer skeleton services"] == "Samson Wafula"
