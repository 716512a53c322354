"""Rules written on pages_final29's leaks: a mirror's note on the agency it took the story from ("This article was sourced
from Reuters. …"), a release's number under it ("Release ID: 23815547"), an editing note with where the full version is
("Transcripts are lightly edited for clarity. The full transcript is available to supporters."), a sentence's call to
subscribe at a price per period ("…, or subscribe for $48 a year.") (bot.web.page_rules); a table's note closing with the
table's credit ("… paid $118.40. Official chart courtesy of Equibase.", bot.web.page_lines); and before trafilatura
(bot.web.page_boxes), a teaser card whose read-on link stands after its paragraph ("Market Pulse" over one figure and
"See all commodity prices"). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_call_boxes
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "Bayou Cadet came from ninth in a field of 11 to win the $150,000 Pelican Juvenile Stakes by a length and a "
    "quarter on Saturday, giving his trainer her first stakes victory of the meet.",
    '"I told Luis to leave him alone early, because this horse will give you one big run," the trainer said after '
    "the race, which drew the largest crowd of the season.",
]


# -- a mirror's note on its agency ------------------------------------------------------------------------------


def test_an_agency_source_note_goes():
    line = (
        "This article was sourced from Reuters. The Windhoek Herald is not responsible for the content of external "
        "agency copy."
    )
    assert furniture_rule(line) == "small print"
    assert furniture_rule("This story was taken from Agence France-Presse.") == "small print"


def test_a_story_sourced_from_its_own_reporting_stays():
    assert (
        furniture_rule("This story was sourced from court filings and interviews with 14 former employees.")
        is None
    )
    line = (
        "This report was obtained from the Ministry of Mines, which had refused to release it for two years."
    )
    assert furniture_rule(line) is None


# -- a release's number ------------------------------------------------------------------------------------------


def test_a_release_id_goes():
    assert furniture_rule("Release ID: 23815547") == "metadata line"
    assert furniture_rule("Story No. 4471") == "metadata line"


def test_a_sentence_with_a_release_number_stays():
    assert furniture_rule("Release 4 of the software fixed the bug.") is None
    assert furniture_rule("Story number 12 in the series ran on Monday.") is None


# -- an editing note with where the full version is ------------------------------------------------------------


def test_an_editing_note_with_the_full_transcript_goes():
    line = "Transcripts are lightly edited for clarity. The full transcript is available to supporters."
    assert furniture_rule(line) == "small print"
    assert furniture_rule("Full transcript available to members.") == "small print"


def test_a_story_about_an_available_report_stays():
    assert furniture_rule("The full report is available on the council's website.") is None
    line = "Transcripts are edited for clarity. The board voted 5-2 to keep the old policy."
    assert furniture_rule(line) is None


# -- a call to subscribe at a price per period ------------------------------------------------------------------


def test_a_subscription_price_call_goes():
    line = (
        "Read more local stories in this week's print edition. Single copies are $1.50 at 14 locations across "
        "Republic County, or subscribe for $48 a year."
    )
    assert furniture_rule(line) == "paywall offer"


def test_a_reported_or_narrated_price_stays():
    assert furniture_rule("Residents can subscribe for $48 a year, the clerk said.") is None
    assert (
        furniture_rule("Readers could subscribe for $12 a month before the paper was sold in 2019.") is None
    )


# -- a table's note closing with its credit ---------------------------------------------------------------------


def _clean(*lines: str) -> str:
    text = clean_extracted("\n".join([BODY[0], *lines, BODY[1]]))
    assert BODY[0] in text and BODY[1] in text
    return text


def test_a_table_note_with_its_credit_goes():
    text = _clean(
        "| Fin | Horse | Win |",
        "| 1 | Bayou Cadet | $14.60 |",
        "$2 Exacta (4-7) paid $118.40. $1 Trifecta (4-7-1) paid $251.30. Official chart courtesy of Equibase.",
    )
    assert "Exacta" not in text and "Bayou Cadet | $14.60" in text


def test_a_paragraph_after_a_table_stays():
    text = _clean(
        "| Fin | Horse | Win |",
        "| 1 | Bayou Cadet | $14.60 |",
        "The exacta paid $118.40, the best return of the meet.",
    )
    assert "exacta paid" in text
    text = _clean("Official chart courtesy of Equibase.", "The stewards reviewed the start.")
    assert "stewards reviewed" in text


# -- a teaser card whose read-on link stands after its paragraph -----------------------------------------------


def _without_calls(box: str) -> str:
    tree = lxml_html.fromstring(f"<div class='story'><p>{BODY[0]}</p>{box}<p>{BODY[1]}</p></div>")
    drop_call_boxes(tree)
    text = tree.text_content()
    assert BODY[0] in text and BODY[1] in text
    return text


def test_a_card_with_its_read_on_link_after_the_paragraph_goes():
    text = _without_calls(
        "<div class='market-pulse'>\n <h4>Market Pulse</h4>\n <p>Old corrugated containers averaged $92 per ton in "
        "November.</p>\n <a href='/prices/'>See all commodity prices</a>\n</div>"
    )
    assert "corrugated" not in text and "See all" not in text


def test_a_section_of_sentences_with_a_link_after_it_stays():
    text = _without_calls(
        "<div class='results'>\n <h4>Results</h4>\n <p>The favourite faded. The stewards reviewed the start.</p>\n "
        "<a href='/results/'>See all results</a>\n</div>"
    )
    assert "favourite faded" in text
