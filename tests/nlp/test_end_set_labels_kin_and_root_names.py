"""Rules written from the twenty-eighth pass's end set mixed98 after its one measurement (on e01cb3e): a page's short
labels above the headline do not hide the headline and deck from the echo of their quotes, a relative "whose" stands
for the name its clause hangs on ("Carmen Ruiz of Mesa, whose son, Mateo," … "his mother said"), and a name the
parser made the root, its verb hung on it after a set-off clause, is the subject ("Athletic director Ron Fitzgibbon,
who hired …, watched …"). Sentences written for these tests; near misses keep the old reading."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def speakers(text: str, nlp) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in rule_quotes(text, nlp)}


def test_a_decks_quote_under_a_pages_labels_is_the_speaker_the_body_gives_it(nlp):
    text = (
        "The Globe and Mail\n\nBusiness\n\nSubscribe\n\nNorthvane to cut 15% of staff as AI push reshapes Waterloo "
        "software maker\n\nCEO tells employees in memo the company must become ‘smaller and faster’\n\nNorthvane "
        "Software Inc. is laying off about 15 per cent of its work force.\n\nIn the memo, chief executive officer "
        'Priya Venkataraman wrote that the company had grown too fast.\n\n"We need to become smaller and faster, and '
        'we need to put more of our resources behind the products," Ms. Venkataraman wrote.'
    )
    assert speakers(text, nlp)["smaller and faster"] == "Priya Venkataraman"


def test_whose_relative_is_the_relation_of_the_name_its_clause_hangs_on(nlp):
    text = (
        "Heat\n\nThat was the case for Carmen Ruiz of Mesa, whose son, Mateo, then 3, spent two days at Lakemont "
        "last July.\n\n“He stopped crying, and that is what scared me,” Ruiz said.\n\nHer husband, Luis Ruiz, drove "
        'them to the hospital. He said the drive "felt like two hours."\n\nMateo recovered fully. The boy, now 4, is '
        '"back to being a menace," his mother said, laughing.'
    )
    found = speakers(text, nlp)["back to being a menace,"]
    assert found is not None and "Carmen Ruiz" in found


def test_a_name_the_parser_made_the_root_is_the_subject_of_the_verb_after_its_clause(nlp):
    text = (
        "Hawks\n\nThe Hawks were picked to finish sixth. The campus newspaper ran a headline in November that read "
        '"Rebuilding Year?" and Delahunt said he kept a copy taped inside his office door.\n\n'
        "Athletic director Ron Fitzgibbon, who hired Delahunt from a Division II program five years ago, watched "
        "from the front row behind the bench.\n\n"
        '"I don\'t think I breathed for the last 40 seconds," he said.'
    )
    assert speakers(text, nlp)["I don't think I breathed for the last 40 seconds,"] == "Ron Fitzgibbon"
