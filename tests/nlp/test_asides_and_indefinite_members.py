"""From mixed130 after its one measurement (on a4abfc0): a subject the parser took from an aside between dashes,
joined by "and" to the noun after the closing dash, gives way to that noun ("— the highest number ever — and the
head of the city's largest food bank network says"); "a Democrat" as a speaker is one member, never the party.
Sentences written for the test."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_subject_after_an_aside_between_dashes(nlp):
    text = (
        "Toronto's food banks recorded more than 3.1 million client visits over the past year — the highest number "
        'ever — and the head of the city\'s largest food bank network says the system is "at its breaking point."'
    )
    assert speakers(text, nlp)["at its breaking point."] != "the highest number"
    assert speakers(text, nlp)["at its breaking point."].startswith("the head")


def test_a_party_member_with_an_indefinite_article_is_no_party(nlp):
    text = (
        "Banking Committee Republicans pressed the chair on a bank-capital rule, while a Democrat called the central "
        "bank’s stance “cruel” to renters."
    )
    assert speakers(text, nlp)["cruel"] == "a Democrat"
