"""Rules written on pages_final26's leaks: a small classed fact box among the text's blocks (a heading over a
line or two, never a list) (bot.web.page_boxes);
a live page's time-only stamp ("Last updated 10:42 p.m.") and an issue's sponsor slot named by its week ("This
week's issue is supported by …") (bot.web.page_rules). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_fact_boxes
from bot.web.page_rules import furniture_rule

BODY = [
    "The ferry service between Kells Point and the island resumed on Wednesday after a six-day halt caused by a "
    "cracked propeller shaft on the only vessel that can carry trucks.",
    "About 140 residents had been relying on a smaller passenger boat, and the island's only grocery ran out of "
    "fresh milk on Monday, the store's owner said.",
    '"We were down to tinned food and patience," said Agnes Moray, who runs the grocery with her two sons.',
    "The operator said a spare shaft has been ordered so that a repeat breakdown would be fixed within two days.",
]


def _page(box: str) -> str:
    return f"<div class='story'><p>{BODY[0]}</p><p>{BODY[1]}</p>{box}<p>{BODY[2]}</p><p>{BODY[3]}</p></div>"


def _after(box: str) -> str:
    tree = lxml_html.fromstring(_page(box))
    drop_fact_boxes(tree)
    text = tree.text_content()
    assert "cracked propeller shaft" in text and "tinned food" in text and "spare shaft" in text
    return text


# -- a fact box among the text's blocks -----------------------------------------------------------------------


def test_a_heading_over_labelled_figures_goes():
    text = _after(
        "<div class='statbox'><h4>The route at a glance</h4>"
        "<p>Crossings a day: 6 | Trucks a week: 90 | Passengers a year: 61,000</p></div>"
    )
    assert "at a glance" not in text and "Crossings a day" not in text


def test_a_card_of_a_name_and_fields_goes():
    text = _after(
        "<div class='vessel-card'><p>MV Islander</p><p>Built: 1998 | Length: 54 m | Capacity: 22 trucks</p></div>"
    )
    assert "MV Islander" not in text and "Capacity: 22 trucks" not in text


def test_a_key_points_list_stays():
    # a "What we know" / "At a glance" box of bullets is the story's own summary on some sites
    text = _after(
        "<div class='key-points'><h2>What we know</h2><ul><li>Service halted six days</li>"
        "<li>Spare shaft ordered Dec. 4</li><li>Grocery restocked</li></ul></div>"
    )
    assert "Spare shaft ordered" in text


def test_a_box_of_sentences_stays():
    text = _after(
        "<div class='callout'><h4>What happened</h4><p>The shaft cracked on the morning crossing.</p>"
        "<p>Nobody was hurt.</p></div>"
    )
    assert "The shaft cracked" in text


def test_a_box_without_a_class_or_with_a_link_stays():
    assert "Crossings a day" in _after(
        "<div><h4>The route</h4><p>Crossings a day: 6 | Trucks a week: 90</p></div>"
    )
    assert "Timetable" in _after(
        "<div class='statbox'><h4>The route</h4><p><a href='/timetable'>Timetable</a> | Fares</p></div>"
    )


def test_a_box_of_more_lines_stays():
    text = _after(
        "<div class='facts'><h3>Stops</h3><p>Kells Point</p><p>Ardmore</p><p>Island pier</p><p>Lower landing</p></div>"
    )
    assert "Lower landing" in text


def test_a_box_after_the_text_stays():
    tree = lxml_html.fromstring(
        f"<div class='story'><p>{BODY[0]}</p><p>{BODY[1]}</p><p>{BODY[2]}</p>"
        "<div class='statbox'><h4>The route</h4><p>Crossings a day: 6 | Trucks a week: 90</p></div></div>"
    )
    drop_fact_boxes(tree)
    assert "Crossings a day" in tree.text_content()


def test_a_box_that_is_most_of_its_parent_stays():
    tree = lxml_html.fromstring(
        "<div class='page'><div class='statbox'><h4>The route</h4><p>Crossings a day: 6 | Trucks a week: 90</p>"
        "</div><p>Short note</p></div>"
    )
    drop_fact_boxes(tree)
    assert "Crossings a day" in tree.text_content()


# -- a live page's time-only stamp ------------------------------------------------------------------------------


def test_a_time_only_stamp_goes():
    for line in ("Last updated 10:42 p.m.", "Updated: 3:15 PM ET", "Posted at 9.05am"):
        assert furniture_rule(line) is not None, line


def test_a_sentence_with_a_time_stays():
    for line in (
        "Updated figures will be released at 10:42 p.m., the board said.",
        "Polls close at 8:00 p.m.",
        "Last updated in 2019, the map is out of date.",
    ):
        assert furniture_rule(line) is None, line


# -- an issue's sponsor slot named by its week --------------------------------------------------------------------


def test_a_weeks_issue_sponsor_slot_goes():
    for line in (
        "This week's issue is supported by Harbor Credit Union. Open a holiday savings account with no minimum balance.",
        "This month’s newsletter is sponsored by Pine Ridge Hardware.",
    ):
        assert furniture_rule(line) is not None, line


def test_a_report_of_a_sponsorship_stays():
    for line in (
        "This week's fair is supported by the county's tourism fund, which gave $4,000.",
        "This week's issue is supported by readers, the editor said in a note.",
    ):
        assert furniture_rule(line) is None, line
