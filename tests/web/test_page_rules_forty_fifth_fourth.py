"""Rules from the blind page sets pages_final155 and pages_final156 (measured once on 36c10e89; bot.web.page_tree,
page_boxes, page_rules): an old page's story set in a ``<font>`` whose opening text comes before its ``<p>`` children is
read from its first line, and the text after a list is a paragraph; a short pull quote the next paragraph points back
at by naming its speaker and when ("That was head coach <Name> afterwards, …") stays; a venue's box of show times
under its ticket call, a body's appeal for gifts under every page ("<Name> is a non-profit … organization. …
Donations are tax deductible …"), a newsletter platform's "This post is for paid subscribers" and a list archive's
counts ("Messages in this topic (3)", a row of one filled cell; "Recent Activity: 4 New Members · …") go. Pages and
lines written for the test; near misses must stay."""

from __future__ import annotations

from trafilatura.utils import load_html

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an old page's story in a <font> opening before its <p> children, and the text after a list ------------------------


def _old_page(font: str) -> str:
    cell = (
        "<td width='150'><a href='index.html'>Home</a><br><a href='news.html'>News</a></td>"
        f"<td><b>QUAY REPORT</b><hr><table width='100%'><tr><td><font face='Arial' size='2'>{font}</font>"
        "</td></tr></table></td>"
    )
    return page_text(f"<table><tr>{cell}</tr></table>")


_PARAGRAPHS = "".join(
    f"<p>Part {i} of the report says the divers found the old timber piles rotted through below the waterline in "
    "more than a dozen places, and the board asked for the rebuilding bids to be opened in March."
    for i in range(9)
)


def test_an_old_pages_font_opening_before_its_paragraphs_is_read_from_its_first_line():
    text = _old_page(
        "On Friday the harbour board's divers went down under the north quay for the last time before the "
        f"winter.{_PARAGRAPHS}<p><b>WHAT WE LEARNED:</b><ul><li>Dive at slack water, never on the ebb, when the "
        "current under the quay is strongest.<li>Bring a second torch.</ul>The board thanks the Fish Quay "
        "Traders for the hot soup and the loan of their shed for the weekend."
    )
    assert "On Friday the harbour board's divers went down under the north quay" in text, text
    assert "Dive at slack water, never on the ebb" in text, text
    assert "The board thanks the Fish Quay Traders for the hot soup" in text, text
    # near misses: a wrapper of one <p> is no story's run of paragraphs, and a few words after a list stay its tail
    from bot.web.page_tree import opening_text_of_wrappers, table_tails_as_paragraphs

    tree = load_html(
        "<html><body><div><font>A label over the box of its one line, set apart<p>"
        + "One line of the box, which holds the quay's opening hours and the harbour office's telephone. " * 4
        + "</p></font></div></body></html>"
    )
    opening_text_of_wrappers(tree)
    assert tree.find(".//font").text.startswith("A label")
    tree = load_html(
        "<html><body><div><ul><li>one</li><li>two</li></ul>More links below<p>x</p></div></body></html>"
    )
    table_tails_as_paragraphs(tree)
    assert tree.find(".//ul").tail == "More links below"


# -- a pull quote the next paragraph points back at by its speaker and when -------------------------------------------

_QUOTE = (
    "<blockquote class='pull-quote'><p>\"We told the crew on Friday that nobody would do it for us. Check the ropes, "
    'watch the tide, and the quay looks after itself."</p></blockquote>'
)


def _report(after: str) -> str:
    cut = QUAY_STORY.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:cut]}{_QUOTE}<p>{after}</p>{QUAY_STORY[cut:]}</article>"
    )


def test_a_pull_quote_the_next_paragraph_points_back_at_by_its_speaker_and_when_stays():
    for after in (
        "That was harbour master Dilys Penrose-Carr afterwards, and it was the tide that decided the week's work "
        "on the north quay and the dredging of the channel beside it.",
        "That was Dilys Penrose-Carr speaking after the meeting, and the board agreed with her on every point of "
        "the plan for the north quay and the dredging of the channel beside it.",
    ):
        text = _report(after)
        assert "nobody would do it for us" in text, (after, text)
    # near miss: a paragraph naming a time, no one after whom it was said, leaves the pull quote out
    text = _report(
        "That was Tuesday afternoon, and by then the tide had turned on the north quay and the dredging of the "
        "channel beside it had stopped for the day."
    )
    assert "nobody would do it for us" not in text, text


# -- a venue's box of show times under its ticket call ----------------------------------------------------------------

_SHOWS = (
    "<div class='quay-box' style='background:#123'><h3>On the quay this week</h3><p>Boat tours from the pontoon:"
    "</p><p>Fri 6:30 pm – Lights of the Harbour<br>Sat 11:00 am – Seals and Seabirds<br>Sun 2:00 pm – Lights of "
    "the Harbour</p><p><a href='/book'>Buy tickets</a> · Members sail free</p></div>"
)


def test_a_venues_box_of_show_times_under_its_ticket_call_goes():
    cut = QUAY_STORY.index("<p>Paragraph 3")
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:cut]}{_SHOWS}{QUAY_STORY[cut:]}</article>"
    )
    assert "Seals and Seabirds" not in text and "Buy tickets" not in text, text
    assert "Paragraph 5 of the story" in text
    # near misses: a box with one time only, or a paragraph of the story with its ticket link, stays
    one = _SHOWS.replace("<br>Sat 11:00 am – Seals and Seabirds<br>Sun 2:00 pm – Lights of the Harbour", "")
    one = one.replace(
        "Boat tours from the pontoon:", "Boat tours leave from the new pontoon once the quay reopens:"
    )
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:cut]}{one}{QUAY_STORY[cut:]}</article>"
    )
    assert "Lights of the Harbour" in text, text
    own = (
        "<p>The first boat tours leave Fri 6:30 pm and Sat 11:00 am from the pontoon, and the board says the old "
        "quay will be lit for both of them. <a href='/book'>Buy tickets</a></p>"
    )
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:cut]}{own}{QUAY_STORY[cut:]}</article>"
    )
    assert "The first boat tours leave Fri 6:30 pm" in text, text


# -- a body's appeal for gifts ------------------------------------------------------------------------------------------


def test_a_bodys_appeal_for_gifts_goes():
    assert_rule_takes(
        "body's appeal for gifts",
        [
            "Harbour Cliff Rescue is a non-profit, all-volunteer organization. Our crews are not paid and buy their "
            "own kit. Donations are tax deductible and pay for fuel and radios. Send checks to P.O. Box 40, Quayside.",
            "The Friends of Quay Park is a nonprofit organization. Gifts to the Friends are tax-deductible.",
        ],
        [
            # a story's line about a nonprofit tells what it did
            "The Quay Trust is a nonprofit organization. It raised $40,000 last year for the new pontoon.",
            # reported
            "Harbour Cliff Rescue is a non-profit organization. Donations are tax deductible, the treasurer said.",
            # the gift's line alone, no status before it
            "Donations are tax deductible and go straight to rope, radios and batteries.",
            # a status with no gifts
            "Harbour Cliff Rescue is a volunteer organization. It was founded in 1971 by three fishermen.",
        ],
    )


# -- a newsletter platform's paywall line --------------------------------------------------------------------------


def test_a_newsletter_platforms_paid_post_gate_goes():
    for gate in ("This post is for paid subscribers", "This issue is for paying subscribers"):
        assert cleaned([*FERRY_STORY, gate, "Keep reading with a 7-day free trial"]) == FERRY_STORY, gate
    # near misses: a line for readers of another kind, or staff, is the story's
    for line in (
        "This post is for anyone who has ever missed the last ferry home.",
        "The post is for paid staff only.",
    ):
        assert cleaned([*FERRY_STORY, line]) == [*FERRY_STORY, line], line


# -- a list archive's counts ---------------------------------------------------------------------------------------


def test_a_list_archives_counts_go():
    assert_rule_takes(
        "list archive's counts",
        ["Recent Activity: 3 New Members · 1 New File · 6 New Photos", "Recent Activity: 2 New Links"],
        [
            "Recent activity on the quay has been light, the harbour master said.",
            "Recent Activity: the board met twice",
        ],
    )
    # a row of one filled cell is judged by that cell, as a row of one cell is; a row of the list's own cells is not
    assert furniture_rule("| Messages in this topic (12) | | |") is not None
    assert furniture_rule("| Messages in this topic (12) | Ann Lee | Sep 3 |") is None
