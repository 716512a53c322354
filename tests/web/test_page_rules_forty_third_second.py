"""Rules from the blind page set pages_final143 (measured once on 054eedb8; bot.web.page_rules, page_columns,
page_lines, page_mail): a body's line sending its members' questions about a thing of their own to an office it names
stays; a column of boxes beside a headline set in an ``<h2>`` (a page with no ``<h1>``, the heading named by the page's
title) goes; so does an old layout's cell of a body's standing meetings under a calendar's heading, a lone box after the
text opening on its label in capitals and closing on a button to the page that tells the rest, and a list message's
signature over the forward under it. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_columns import mark_side_box_columns, side_column_text
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- a body's line sending its members' questions to an office it names --------------------------------------------------


def test_questions_about_the_readers_own_thing_sent_to_a_named_office_stay():
    for line in (
        "Questions about your March water bill can go to the Utility Billing Office at 555-0140 or "
        "billing@portwell.example.gov. The office is open weekdays from 8 a.m. to 4 p.m.",
        "Questions about your mooring renewal can be directed to Harbour Services at moorings@portwell.example.org.",
        "Questions about the dredging can go to the Harbour Engineer at 555-0177 or engineer@portwell.example.gov.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line]), line
    # near misses: the reader's dealings with the site, its pages, or the site itself, are still its contact lines
    for line in (
        "Questions about your subscription can go to Customer Service at 1-800-555-0100 or help@quaytimes.example.com.",
        "Questions about your account can be directed to Reader Services at readers@quaytimes.example.com.",
        "Questions about this story can go to the Newsdesk at news@quaytimes.example.com.",
        "Questions about your statement can go to our Member Services team at members@portwell.example.org.",
        "Questions about your bill? E-mail Member Services at billing@portwell.example.gov.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a column of boxes beside a headline in an <h2> ------------------------------------------------------------------

_STANDINGS = (
    "<div class='box standings'><div class='bar'><h3>Harbour League Table</h3></div><table><tr><th>Crew</th><th>Pts"
    "</th></tr><tr><td>Portwell Gigs</td><td>41</td></tr><tr><td>Quay Rowers</td><td>37</td></tr></table>"
    "<p class='note'>Table after the autumn regatta</p></div>"
)
_LATEST = (
    "<div class='box latest'><div class='bar'><h3>Club News</h3></div><p>Winter training starts on the first "
    "Sunday of November at the boathouse.</p></div>"
)
_SPONSOR = (
    "<div class='box sponsor'><p>The winter series is presented by Portwell Mutual. Members row free at every "
    "regatta.</p></div>"
)


def _league_page(heading: str, column: str) -> str:
    return (
        f"<div id='wrap' class='two-col'><div class='col main'><div class='item'><h2>{heading}</h2>{QUAY_STORY}"
        f"</div></div><div class='col side'>{column}</div></div>"
    )


def test_a_column_of_boxes_beside_a_headline_in_an_h2_goes():
    page = _league_page("Quay to be rebuilt", _STANDINGS + _LATEST + _SPONSOR)
    tree = lxml_html.fromstring(
        f"<html><head><title>Quay to be rebuilt | Portwell Rowing League</title></head><body>{page}</body></html>"
    )
    mark_side_box_columns(tree)
    assert "presented by portwell mutual" in side_column_text(tree)
    text = page_text(page)
    assert "Portwell Mutual" not in text and "Table after the autumn regatta" not in text, text
    assert "Paragraph 5 of the story" in text
    # near misses: a heading that is not the page's title (a section's name) has no column beside it …
    assert "Portwell Mutual" in page_text(_league_page("Harbour news", _STANDINGS + _LATEST + _SPONSOR))
    # … and beside the headline, a column of one headed box may be the story's own, and stays
    assert "Winter training starts" in page_text(_league_page("Quay to be rebuilt", _LATEST + _SPONSOR))


# -- an old layout's cell of a body's standing meetings ---------------------------------------------------------------

_MEETINGS = (
    "Harbour Board - 1st Tuesday of each month, 7:00 PM at the Harbour Office "
    "Moorings Committee - 3rd Thursday, 6:30 PM"
)


def test_a_cell_of_standing_meetings_under_a_calendars_heading_goes():
    for heading in ("UPCOMING MEETINGS", "Meeting calendar", "Coming up"):
        kept = cleaned([f"| {heading} {_MEETINGS} |", *FERRY_STORY])
        assert kept == FERRY_STORY, heading
    weekly = "| Coming up Lifeboat Crew - every Wednesday, 7 PM Sea Scouts - 2nd and 4th Fridays |"
    assert cleaned([weekly, *FERRY_STORY]) == FERRY_STORY
    # near misses: the same entries under another heading, one entry alone, or a line of the text that is no cell, stay
    for line in (
        f"| WHO WE ARE {_MEETINGS} |",
        "| UPCOMING MEETINGS Harbour Board - 1st Tuesday of each month, 7:00 PM at the Harbour Office |",
        f"Upcoming meetings {_MEETINGS}.",
    ):
        assert line in cleaned([line, *FERRY_STORY]), line


# -- a lone box after the text closing on a button to another page --------------------------------------------------

_TEASER = (
    "| ALSO IN THE NEWS: The harbour office moves to the old customs house on June 2. Opening hours stay the same. "
    "More info... |"
)


def test_a_lone_teaser_box_after_the_text_goes():
    links = frozenset({"more info", "harbour office"})
    assert cleaned([*FERRY_STORY, _TEASER], links) == FERRY_STORY
    details = _TEASER.replace("More info...", "Full details »")
    assert cleaned([*FERRY_STORY, details], frozenset({"full details"})) == FERRY_STORY
    # near misses: the button no link of the page, a box closing on its own words or on a link that is no button to
    # read on, no label in capitals, or the box above the text's last paragraph, stay
    for line, page_links in (
        (_TEASER, frozenset({"harbour office"})),
        ("| ALSO IN THE NEWS: The harbour office moves to the old customs house on June 2. |", links),
        ("| NOTICE: The harbour office moves to the old customs house on June 2. Harbour Office |", links),
        ("| The harbour office moves to the old customs house on June 2. More info... |", links),
    ):
        assert line in cleaned([*FERRY_STORY, line], page_links), line
    assert _TEASER in cleaned([FERRY_STORY[0], _TEASER, FERRY_STORY[1]], links)


# -- a list message's signature over the forward under it -------------------------------------------------------------

_NOTE = (
    "Hi all, passing this on from the harbour office since a lot of us moor on the north side. The steps close on "
    "Monday for about a month."
)
_SIGNATURE = ["Nora Pell", "Portwell Harbour Trust Secretary, 2023-2026", '"Fair winds and a dry bilge."']
_FORWARD = [
    "---------- Forwarded message ---------",
    "Subject: North quay steps closed from Monday",
    *FERRY_STORY,
]


def test_a_signature_over_a_forward_goes():
    kept = cleaned([_NOTE, "Nora", "--", *_SIGNATURE, *_FORWARD])
    assert not set(_SIGNATURE) & set(kept), kept
    assert _NOTE in kept and "Nora" in kept and all(p in kept for p in FERRY_STORY)
    # near misses: a "--" over lines that run on past a signature's, or over no framed label, stays with them
    long = (
        "I will be at the steps on Monday morning with the harbourmaster if anyone wants to see the new gate."
    )
    kept = cleaned([_NOTE, "--", long, *_SIGNATURE, *_FORWARD])
    assert long in kept and _SIGNATURE[1] in kept
    kept = cleaned([_NOTE, "--", *_SIGNATURE, *FERRY_STORY])
    assert _SIGNATURE[1] in kept
