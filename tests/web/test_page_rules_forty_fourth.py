"""Rules from the blind page sets pages_final146 and pages_final144 (measured once on 5f21b269; bot.web.page_boxes,
page_tree, page_lines, page_rules): a quotation block whose speaker the paragraph right before it reports, and the page
quotes nowhere, is the story's; a table of one cell holding a list between two of its paragraphs is read as a box (its
list kept); an old layout's cell of the site's menu with a short note under it goes; a line sending questions to an
office it names, with the office's number, stays; a footer's address bar spelling its state out or closing on a
telephone number, a webmaster's credit and a hit counter's label with the day it counts from, go. Pages and lines
written for the test; near misses must stay."""

from __future__ import annotations

from trafilatura.utils import load_html

from bot.web.page_rules import furniture_rule
from bot.web.page_tree import is_layout_table
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text


def _story(inserted: str, at: int = 3, after: str = "") -> str:
    """The quay story with ``inserted`` before its paragraph ``at`` (and ``after`` at its end), in an article."""
    cut = QUAY_STORY.index(f"<p>Paragraph {at}")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:cut]}{inserted}{QUAY_STORY[cut:]}{after}</article>"
    )


# -- a quotation block the story leads into ----------------------------------------------------------------------------

_LEAD = (
    "<p>The new pilot, Ines Marrow, took the first ship through the dredged channel on Monday. Harbour master Owen "
    "Tackley said the crossing had gone better than anyone on the quay expected.</p>"
)
_QUOTE = (
    "<figure><blockquote>“She brought it in on the top of the tide with a foot to spare. I have never seen it done so "
    "calmly.”</blockquote><figcaption>— Owen Tackley, harbour master</figcaption></figure>"
)
_OTHER = (
    "<p>The channel was last dredged in 1994, and silt from the river had narrowed it to a single lane for ships of "
    "any size by the time the board voted to clear it.</p>"
)


def test_a_quotation_block_after_the_paragraph_reporting_its_speaker_is_read():
    text = _story(_LEAD + _QUOTE)
    assert "on the top of the tide with a foot to spare" in text, text
    assert "— Owen Tackley, harbour master" in text
    assert "Paragraph 3 of the story" in text
    # near misses: a speaker the page quotes elsewhere ("…,” Tackley said.") is a pull quote's, and so is a block standing
    # away from the paragraph that reports its speaker; both go as before
    quoted = "<p>“We waited eleven years for this channel,” Tackley said on the quay.</p>"
    assert "on the top of the tide" not in _story(_LEAD + _QUOTE, after=quoted)
    assert "on the top of the tide" not in _story(_LEAD + _OTHER + _QUOTE)
    # (and a paragraph telling of the speaker writing, not saying, leads into no words of theirs)
    wrote = _LEAD.replace("said the crossing had gone", "wrote in the harbour log that the crossing had gone")
    assert "on the top of the tide" not in _story(wrote + _QUOTE)


# -- a table of one cell holding a list between its paragraphs ---------------------------------------------------------

_CELL = (
    "<p>Three things are coming up at the harbour before the summer timetable starts:</p><ul>"
    "<li>The lifeboat station holds its open day on Saturday, June 7, from 10 a.m. to 4 p.m.</li>"
    "<li>Volunteers for the beach clean meet at the slipway at 9 a.m. on June 14.</li>"
    "<li>The north quay reopens to foot traffic on June 21, a week ahead of the builders' date.</li></ul>"
    "<p>Thank you, as always, for reading, and for keeping the quay the place it is.</p>"
)


def _table(html: str):
    return load_html(f"<html><body>{html}</body></html>").find(".//table")


def test_a_one_cell_table_with_a_list_between_its_paragraphs_is_read_as_a_box():
    cell = f"<table align='left' width='100%' class='textContentContainer'><tr><td>{_CELL}</td></tr></table>"
    text = page_text(f"<div class='body'>{QUAY_STORY}</div>{cell}")
    assert "- Volunteers for the beach clean meet at the slipway at 9 a.m. on June 14." in text.split(
        "\n\n"
    ), text
    assert "Thank you, as always, for reading, and for keeping the quay the place it is." in text.split(
        "\n\n"
    )
    assert is_layout_table(_table(cell))
    # near misses: a cell floated beside the text at a width of its own (a side box), a heading over a list with no
    # paragraph around it ("Also this week"), and a table of two cells, stay tables
    assert not is_layout_table(_table(f"<table align='right' width='180'><tr><td>{_CELL}</td></tr></table>"))
    assert not is_layout_table(
        _table(f"<table style='float: right; width: 30%'><tr><td>{_CELL}</td></tr></table>")
    )
    items = _CELL[_CELL.index("<ul>") : _CELL.index("</ul>") + 5]
    assert not is_layout_table(
        _table(f"<table width='100%'><tr><td><h2>Also this week</h2>{items}</td></tr></table>")
    )
    assert not is_layout_table(_table(f"<table><tr><td>{_CELL}</td><td>Harbour notes</td></tr></table>"))


# -- an old layout's cell of the site's menu -----------------------------------------------------------------------------

_MENU_LINKS = frozenset(
    {"opening hours", "tide tables", "lifeboat station", "harbour history", "contact the harbour office"}
)


def test_a_cell_of_the_sites_menu_with_a_short_note_goes():
    for line in (
        "| Home Opening Hours Tide Tables Lifeboat Station Harbour History Contact the Harbour Office The history "
        "pages are being rebuilt. Please visit again soon! |",
        "| Opening Hours Tide Tables Lifeboat Station Harbour History |",
    ):
        assert cleaned([line, *FERRY_STORY], _MENU_LINKS) == FERRY_STORY, line
    # near misses: a cell of the text naming what the site links to in its sentences, and the menu's words on a line
    # that is no cell, stay
    for line in (
        "| The lifeboat station and the harbour history room open on Saturday, when the tide tables for the summer go on "
        "sale at the opening hours desk, the board said. |",
        "Home Opening Hours Tide Tables Lifeboat Station Harbour History Contact the Harbour Office",
    ):
        assert line in cleaned([FERRY_STORY[0], line, *FERRY_STORY[1:]], _MENU_LINKS), line


# -- questions sent to an office the line names, with its number -------------------------------------------------------


def test_questions_sent_to_a_named_office_at_its_number_stay():
    for line in (
        "Questions may be directed to the Harbour Office at (555) 555-0142 or office@portwell.example.gov.",
        "Inquiries can be sent to Portwell Public Works at 555-0177 or works@portwell.example.gov.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line]), line
    # near misses: the site's own desk, a line the site signs, and questions sent to an address alone, are its contact
    # lines still
    for line in (
        "Questions can be directed to Customer Service at 555-555-0100 or help@quaytimes.example.com.",
        "Questions may be directed to our newsroom at 555-0110 or news@quaytimes.example.com.",
        "Questions or comments can be directed to editor@quaytimes.example.com.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a footer's address bar, a webmaster's credit, a hit counter's label -------------------------------------------------


def test_a_footers_address_bar_with_its_state_spelled_out_or_its_telephone_goes():
    assert_rule_takes(
        "postal address",
        [
            "Portwell Harbour Trust • 12 Quay Street • Portwell, Maine 04999 • (207) 555-0142",
            "Quay Times | 40 Harbour Road | Portwell, ME 04999 | Phone: 207-555-0100",
            "St. Brendan's Church · 9 Chapel Lane · Portwell, New Hampshire 03999",
        ],
        [
            "The crew met at 12 Quay Street in Portwell, Maine 04999 on Tuesday • (207) 555-0142",
            "Harbour Museum · 14 Net Loft Lane · Portwell · (207) 555-0142",
            "Call the harbour office • (207) 555-0142",
        ],
    )


def test_a_webmasters_credit_and_a_counters_label_with_its_start_go():
    assert_rule_takes(
        "site credit",
        [
            "Webmaster: Jo Lim",
            "Webmaster: Jo Lim | Last updated 3/2/2004",
            "Webmistress: Ann Roe",
            "You are visitor number since May 1999",
            "You are visitor number since January 1, 2002.",
        ],
        [
            "Our webmaster, Jo Lim, rebuilt the harbour's site in 2003.",
            "The webmaster: a volunteer who keeps the site running.",
            "You are visitor number one in the queue.",
        ],
    )
