"""Rules from the blind page set pages_final169 (measured once on 067f0601; bot.web.page_rules, page_tree,
page_boxes, page_columns, page_lexicon): a line sending the reader on an errand of the story's own to an address or
an office, a captioned table in a box named for an embed among the paragraphs and a short sentence in bold closing a run
of bare text blocks stay; an e-mail's "Having trouble viewing this email? View as a webpage", an old layout's side column
of bold names each over its own lines in one run ("Museum Hours", "Find Us", a notice "… under construction" under
them), a box headed by a call to join over a price and a charity's wish list under its heading go. Pages and lines
written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_offer_boxes
from bot.web.page_columns import mark_side_box_columns
from bot.web.page_rules import furniture_rule
from bot.web.page_tree import leaf_divs_as_paragraphs
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


def _among_story(box: str) -> str:
    """``QUAY_STORY`` with ``box`` between its third and fourth paragraphs."""
    half = QUAY_STORY.split("</p>")
    return "</p>".join(half[:3]) + "</p>" + box + "</p>".join(half[3:])


# -- a line sending the reader on an errand of the story's own ----------------------------------------------------------


def test_a_line_sending_the_reader_on_the_storys_errand_to_an_address_stays():
    errands = [
        "If you'd like to crew the safety boat next year, or help at the two summer regattas, email "
        "regatta@example.org.",
        "To book a mooring inspection, call Harbour Services on 01632 960 412 or email moorings@example.org.",
    ]
    for line in errands:
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line, FERRY_STORY[0]])
    # near misses: the site's own errands (the press, its support, its writers), or a line the site signs, still go
    for line in (
        "To arrange an interview with a harbour expert, contact media@example.org or +44 1632 960 000.",
        "If you'd like to support the blog, email me at jo@example.org.",
        "To reach the author, email jo@example.org.",
        "To advertise, email ads@example.org.",
        "If you would like to volunteer, email us at help@example.org.",
    ):
        assert furniture_rule(line) is not None, line


# -- an e-mail's view-in-browser line asking after the reader's trouble --------------------------------------------------


def test_an_emails_trouble_viewing_line_goes():
    assert_rule_takes(
        "e-mail trailer",
        [
            "Having trouble viewing this email? View as a webpage",
            "Problems viewing this newsletter? View it as a web page",
        ],
        [
            "Residents had trouble viewing the email on their phones.",
            "The minutes can be read as a web page or a PDF at the town hall.",
        ],
    )


# -- a layout's side column of bold names, each over its own lines, in one run ---------------------------------------------

_SIDE_CELL = (
    '<font size="2"><b>Quay Hours</b><br>Daily 9 to 5<br>Closed on bank holidays<br><br><b>Find Us</b><br>'
    "1 Harbour Row<br>Portwell<br><br>Our photo archive pages are under construction. Please check back soon!<br></font>"
)


def _layout(side: str) -> str:
    story = QUAY_STORY.replace("<p>", "<p><font size=3>").replace("</p>", "</font></p>")
    return (
        f'<table width="760"><tr><td width="160" valign="top">{side}</td>'
        f'<td valign="top"><table width="100%"><tr><td>{story}</td></tr></table></td></tr></table>'
    )


def test_a_side_column_of_bold_names_over_their_lines_goes():
    text = page_text(_layout(_SIDE_CELL))
    assert "Paragraph 5" in text
    assert (
        "Closed on bank holidays" not in text
        and "1 Harbour Row" not in text
        and "under construction" not in text
    )
    tree = _tree(_layout(_SIDE_CELL))
    mark_side_box_columns(tree)
    assert tree.xpath("//td[@width='160'][@data-side-column]")
    # near misses: one bold name (the story's own box beside it), bold words inside a line, or linked bold names (a
    # short menu's), mark no column
    for side in (
        '<font size="2"><a href="/a.html"><b>Home</b></a><br><a href="/b.html"><b>News</b></a><br>Open daily.</font>',
        '<font size="2"><b>Timeline</b><br>1890: the quay is built<br>1952: the north quay is extended</font>',
        '<font size="2">The quay opens <b>Daily</b> from 9<br>and is <b>Closed</b> on bank holidays.</font>',
    ):
        tree = _tree(_layout(side))
        mark_side_box_columns(tree)
        assert not tree.xpath("//*[@data-side-column]"), side


# -- a box headed by a call to join, over a price --------------------------------------------------------------------------

_JOIN_BOX = (
    "<div><h4>Become a member</h4><p>Members get free entry to the quay museum and our quarterly newsletter. Family "
    "memberships start at $40 a year.</p></div>"
)
_JOIN_CELL = (
    '<table border="1"><tr><td><font size="2"><b>Become a Member!</b><br>Members receive our newsletter and free '
    "entry all year. Single memberships are $8, families $12. Print the "
    '<a href="form.html">membership form</a> and post it with your cheque.</font></td></tr></table>'
)


def test_a_box_headed_by_a_call_to_join_over_a_price_goes():
    text = page_text(_among_story(_JOIN_BOX))
    assert "Paragraph 5" in text and "$40 a year" not in text
    tree = _tree(_JOIN_CELL + "<p>The quay museum opens at nine.</p>")
    drop_offer_boxes(tree)
    assert "$8" not in tree.text_content() and "opens at nine" in tree.text_content()
    # near misses: a subheading that calls no one to join, or a call to join over no price, stays
    for box in (
        "<div><h4>Order of events</h4><p>The parade leaves the quay at ten; tickets for the tea are $5.</p></div>",
        "<div><h4>Become a member</h4><p>Members elect the harbour board every spring.</p></div>",
    ):
        tree = _tree(box)
        drop_offer_boxes(tree)
        assert tree.text_content() == _tree(box).text_content(), box


# -- a charity's wish list under its heading ---------------------------------------------------------------------------------

_WISH_LIST = (
    '<div class="editor-text"><div><span style="font-weight: bold;">Our Wish List</span></div>'
    "<div>Old towels, bleach-free detergent, tinned sardines and gift cards for the feed store. Drop-offs are welcome "
    "any weekday morning.</div></div>"
)


def test_a_charitys_wish_list_under_its_heading_goes():
    text = page_text(QUAY_STORY + _WISH_LIST)
    assert "Paragraph 5" in text and "tinned sardines" not in text
    # near miss: the story's own subheading naming a wish list heads a part of the story's box, and stays
    story = QUAY_STORY.replace(
        "<p>Paragraph 3",
        "<h3>The harbour board's wish list</h3><p>The board wants a new crane, two pontoons and a slipway. "
        "<p>Paragraph 3",
    )
    assert "two pontoons and a slipway" in page_text(story + _WISH_LIST)


# -- a captioned table in a box named for an embed ----------------------------------------------------------------------------

_FEES_TABLE = (
    '<div class="embed table-responsive"><table><caption>Berth fees for a season by boat length</caption>'
    "<thead><tr><th>Length</th><th>Now</th><th>From April</th></tr></thead><tbody>"
    "<tr><td>Under 8 m</td><td>$310</td><td>$355</td></tr><tr><td>8 to 12 m</td><td>$480</td><td>$545</td></tr>"
    "</tbody></table><p>Source: Harbour board</p></div>"
)


def test_a_captioned_table_in_an_embeds_box_among_the_paragraphs_stays():
    text = page_text(_among_story(_FEES_TABLE))
    assert "Berth fees for a season by boat length" in text and "Under 8 m" in text
    # near miss: a results widget, headed, uncaptioned and linking away, keeps its embed's name
    widget = (
        '<div class="results-embed"><h3>Harbour ward</h3><table><tr><td>Ames</td><td>512</td></tr>'
        '<tr><td>Brook</td><td>498</td></tr></table><a href="/results">See all results</a></div>'
    )
    text = page_text(_among_story(widget))
    assert "Paragraph 5" in text and "Ames" not in text


# -- a short sentence closing a run of bare text blocks -------------------------------------------------------------------

_LONG = "The owl spent two weeks in the flight cage at the centre and ate a great many thawed mice before release."


def test_a_short_sentence_closing_a_run_of_bare_blocks_is_a_paragraph():
    run = f"<div><div>{_LONG}</div><div><br></div><div>{_LONG}</div><div><br></div><div><b>Status: Released.</b></div></div>"
    tree = _tree(run)
    leaf_divs_as_paragraphs(tree)
    assert tree.xpath("//b")[0].getparent().tag == "p"
    text = page_text(QUAY_STORY + run)
    assert "Status: Released." in text
    # near misses: after one paragraph only, or opening the run, a short sentence stays a div, and so does a plain one
    # closing the run (a loose "Thanks for reading.")
    for box in (
        f"<div><div>{_LONG}</div><div><b>Status: Released.</b></div></div>",
        f"<div><div><b>Status: Released.</b></div><div>{_LONG}</div><div>{_LONG}</div></div>",
        f"<div><div>{_LONG}</div><div><br></div><div>{_LONG}</div><div><br></div><div><i>Thanks for reading.</i></div></div>",
    ):
        tree = _tree(box)
        leaf_divs_as_paragraphs(tree)
        assert tree.xpath("//b | //i")[0].getparent().tag == "div", box
