"""From the end set mixed118 (measured once on 6f832b7): a numbered part of a document ("Paragraph 23 of the
affidavit reads:") is the document speaking, never the part; an affidavit is a document. Sentences written for the
test."""

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
