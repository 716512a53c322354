"""Rules written on pages_final25's leaks: an embed's caption named by its class (bot.web.page_boxes); a contact
block's after-hours line giving a number, and a news list's items dated beside their links (bot.web.page_lines); a
newsletter's "You received this email because …" trailer, its masthead line closed by the issue's number and date,
and a radio story's "Heard on <programme>, <date>" note (bot.web.page_rules). Pages and lines written for the test;
near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.article import extract_article
from bot.web.page_boxes import drop_classed_captions
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The river authority opened the spillway gates at the Hollins dam on Thursday for the first time in eleven "
    "years, after a week of rain pushed the reservoir within a meter of its crest.",
    "Engineers said the release would raise the river downstream by about forty centimeters, enough to close two "
    "low-water crossings near Amberley but not enough to reach any homes.",
    '"We would rather let the water go slowly now than all at once later," said the authority\'s chief engineer, '
    "Ruth Abernathy, who has worked at the dam since it was last opened.",
    "The gates are expected to stay open through the weekend, and the authority will post the river's level on "
    "its website every hour until they close again.",
]


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


def _kept(text: str) -> None:
    assert "low-water crossings" in text and "every hour until they close" in text


# -- an embed's caption, named by its class -------------------------------------------------------------------


def _embed_box(caption_class: str):
    return lxml_html.fromstring(
        "<div class='story'><p>" + BODY[0] + "</p><div class='map-frame'>"
        "<iframe src='https://gauges.example.org/embed/hollins' title='River gauge'></iframe>"
        f"<p class='{caption_class}'>River gauge from the Hollins River Authority. If you can't see the gauge, "
        "<a href='https://gauges.example.org/'>tap here</a>.</p></div><p>" + BODY[1] + "</p></div>"
    )


def test_an_embeds_classed_caption_goes():
    tree = _embed_box("embed-caption")
    drop_classed_captions(tree)
    text = tree.text_content()
    assert "River gauge from the Hollins" not in text and "spillway gates" in text and "low-water" in text


def test_a_paragraph_beside_an_embed_without_a_caption_class_stays():
    tree = _embed_box("gauge-note")
    drop_classed_captions(tree)
    assert "River gauge from the Hollins" in tree.text_content()


# -- a contact block's after-hours line -----------------------------------------------------------------------

AFTER_HOURS = "After hours, call the authority's duty officer at 555-201-0100 and ask for the communications staff on call."


def test_a_contact_blocks_after_hours_line_with_a_number_goes():
    lines = [*BODY, "Media Contact", "Dana Whitlock", "Communications Manager", "555-201-0168", AFTER_HOURS]
    text = clean_extracted("\n".join(lines))
    assert "duty officer" not in text and "Dana Whitlock" not in text
    _kept(text)


def test_a_long_paragraph_after_a_contact_block_stays():
    after = (
        "Residents along the river can call the authority at 555-201-0100 to ask whether their crossing is closed, "
        "and the county will send text alerts to anyone who signs up on its website before the weekend begins."
    )
    lines = [*BODY, "Media Contact", "Dana Whitlock", "555-201-0168", after]
    text = clean_extracted("\n".join(lines))
    assert "text alerts to anyone" in text


# -- a news list's items dated beside their links -------------------------------------------------------------


def _news_list_page(tail: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    items = "".join(
        f"<li><a href='/news/{i}'>{title}</a> <span>{tail}</span></li>"
        for i, title in enumerate(
            (
                "Boat Ramp Closures for the Spring Season",
                "Authority Hiring Seasonal Lock Tenders",
                "Dam Safety Open House on Saturday",
            )
        )
    )
    return (
        "<html><head><title>Spillway opened</title></head><body><main><article><h1>Spillway opened</h1>"
        f"<div class='story-body'>{paras}</div><div class='otherNews'><h3>Other News in River Authority</h3>"
        f"<ul>{items}</ul></div></article></main></body></html>"
    )


def test_a_run_of_links_each_dated_beside_it_goes():
    for tail in ("Posted on: November 24, 2026", "November 24, 2026", "Posted 11/24/2026"):
        text = _text(_news_list_page(tail))
        assert "Boat Ramp Closures" not in text and "Seasonal Lock Tenders" not in text, tail
        _kept(text)


def test_a_link_with_more_than_a_date_after_it_stays():
    lines = [*BODY, "- Boat Ramp Closures reopen after the flood on November 24, 2026, the county said"]
    links = frozenset({"boat ramp closures reopen"})
    text = clean_extracted("\n".join(lines), None, links)
    assert "Boat Ramp Closures reopen" in text


# -- a newsletter's trailer and masthead line -----------------------------------------------------------------


def test_a_you_received_this_email_trailer_goes():
    for line in (
        "You received this email because you signed up for River Notes.",
        "You received this message because you follow River Notes.",
        "You were sent this email as a member of the Amberley Rowing Club.",
    ):
        assert furniture_rule(line) == "e-mail trailer", line


def test_a_story_of_a_received_email_stays():
    assert furniture_rule("Residents said they received an email from the authority on Tuesday.") is None


def test_a_masthead_line_with_one_mark_closed_by_the_issue_number_and_date_goes():
    for line in (
        "River valley news, every Thursday. Issue #42 · December 3, 2026",
        "Vol. 4, No. 12 | 3 March 2026",
    ):
        assert furniture_rule(line) == "metadata bar", line


def test_an_issue_number_in_a_sentence_stays():
    for line in (
        "Voters raised issue 42 in the May 2026 ballot.",
        "The council took up issue No. 12 on March 3, 2026, and tabled it.",
    ):
        assert furniture_rule(line) is None, line


# -- a radio story's "Heard on …" note ------------------------------------------------------------------------


def test_a_heard_on_programme_note_goes():
    for line in (
        "Heard on Morning Edition, December 2, 2026",
        "As heard on All Things Considered",
        "Aired on Weekend Edition Sunday",
    ):
        assert furniture_rule(line) == "broadcast note", line


def test_a_sentence_of_hearing_stays():
    for line in (
        "She was heard on the radio all week.",
        "Heard on the radio, the warning reached few of the campers.",
    ):
        assert furniture_rule(line) is None, line
