"""From the end sets mixed118 and mixed117 (each measured once on 6f832b7): a numbered part of a document ("Paragraph
23 of the affidavit reads:") is the document speaking, never the part; an affidavit is a document; a party's whip and
a cop are roles. Sentences written for the tests."""

from __future__ import annotations

from tests.support.quotes import speakers

_QUOTE = "On or about 9 June 2021, Mr Dlamini told me the evaluation scores had to work."


def test_a_numbered_part_of_a_document_is_the_documents(nlp):
    text = (
        "Whistleblower alleges rigged tender\n\nIn an affidavit deposed to in Pretoria on 14 February, Johan Botha "
        "states that the tender was written around one bidder.\n\nParagraph 23 of the affidavit reads: "
        f'"{_QUOTE}"'
    )
    assert speakers(text, nlp)[_QUOTE] == "the affidavit from Johan Botha"


def test_a_part_of_no_document_named_is_no_ones(nlp):
    text = f'Tender row\n\nJohan Botha filed the papers on Monday.\n\nSection 4 reads: "{_QUOTE}"'
    assert speakers(text, nlp).get(_QUOTE) is None


def test_a_party_whip_is_a_role(nlp):
    # from mixed118 after its one measurement: "the whip said" names the whip the article titled before the name
    text = (
        "House passes stopgap\n\nWASHINGTON — The House passed the stopgap bill on Thursday. Majority Whip Kathleen "
        '"Kit" Brannigan (R-Ga.) told reporters she was "comfortable" with the count.\n\nBrannigan, for her part, was '
        'already looking ahead to the next deadline. "We will be right back here in ten weeks," the whip said.'
    )
    assert (
        speakers(text, nlp)["We will be right back here in ten weeks,"]
        == 'the whip, Kathleen "Kit" Brannigan'
    )


def test_a_cop_is_a_role(nlp):
    # from mixed117 after its one measurement: "the senior cop" is the superintendent titled before
    text = (
        "Two killed in St Mary\n\nSuperintendent Andre Blackwood, commander of the division, said detectives were "
        'deployed.\n\nThe senior cop said investigators believe the killings were "a reprisal" linked to a feud.'
    )
    assert speakers(text, nlp)["a reprisal"] == "the senior cop, Andre Blackwood"
