"""Rules written on the misses of pages_final59, pages_final60 and pages_final61 (bot.web.page_rules): a print
service's tool tip ("Tip: Click on any paragraph … before you print"), the page's address under its label ("Source URL:
https://…"), a broadcaster's crew credit ("Reporter: … | Camera: …"), a pointer to the report's clip ("Watch the report
from …"), a live page's refresh note, a profile box's line ("<Name> - Born 1998 in …"), a letters policy with its word
limit, a free-to-read outlet's donation pitch, a call to like the outlet's page on a platform, a date stamp with the
editor's credit, a sponsored section's label hanging on "by", a newspaper's own photo credit ("<Paper> photo by <Name>")
and the post's own reference under a bare citation label; (bot.web.page_lines) a bar of the page's links under its
heading on one line; (bot.web.page_tree, bot.web.page_boxes) a live list's entries read with the story's lede above
them, an AMP embed's placeholder, and a caption cell named "cutline". Lines and markup written for the test; near
misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.article import extract_article
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

RULES = [
    ("Tip: Click on any paragraph or image to remove it before you print.", "print tool's tip"),
    ("Hover over a block and click the bin to delete it before printing.", "print tool's tip"),
    ("Source URL: https://www.example.org/news/2025/04/council-budget/", "page's address under its label"),
    ("Original article: https://example.org/story/88123", "page's address under its label"),
    ("Reporter: Jo Lindqvist | Camera: Sam Oduya", "crew credit"),
    ("Words: Ana Petrova · Video editor: Tom Reyes", "crew credit"),
    ("Watch the report from Evening News at 6", "pointer to the report's clip"),
    ("Watch the full interview", "pointer to the report's clip"),
    (
        "New posts appear automatically. Tap here if you don't see the latest updates.",
        "live page's refresh note",
    ),
    ("Click here to load the latest updates", "live page's refresh note"),
    (
        "Mara Olsen - Born 1996 in Easton. Left-handed pitcher. Signed as a free agent in 2019.",
        "profile box's line",
    ),
    (
        "The Valley Courier welcomes letters to the editor of 250 words or fewer. Letters must be signed.",
        "letters policy",
    ),
    (
        "Harbour Notes is independent and free to read. If you enjoy it, support us with a monthly donation.",
        "free-to-read donation pitch",
    ),
    ("Like our Facebook page to get the latest news from the islands.", "call to like our page"),
    ("Like our Instagram page for more stories from the valley", "call to like our page"),
    ("14-03-2025 09:20 Edited by Dara Kovač", "date stamp with the editor's credit"),
    ("2025-03-14 Written by Lena Park", "date stamp with the editor's credit"),
    ("Friday Night Football coverage presented by", "sponsored section's hanging label"),
    ("Live Election Night updates sponsored by:", "sponsored section's hanging label"),
    ("Courier photo by Dana Whitfield", "paper's own photo credit"),
    ("Herald staff photo by Joe Ames", "paper's own photo credit"),
    (
        "Forward Mia Duarte (7) heads the ball clear in the first half Saturday. (Gazette photo by Lou Brand)",
        "paper's own photo credit",
    ),
    ("For attribution, please cite this work as:", "how to cite the post"),
]


@pytest.mark.parametrize(("line", "rule"), RULES)
def test_the_new_rules_take_their_lines(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        # print tips: a click with no printing, a story about printing
        "Click on the map to see each county's results before Tuesday's vote.",
        "Volunteers were told to remove the posters before printing new ones, the organiser said.",
        # address lines: a sentence going on past the address
        "The original URL was https://example.org/old until the site moved in March.",
        # crew credits: a role with no name
        "Reporter: the meeting ran late | Camera: none of it was filmed",
        # report pointers: no report, a sentence
        "Watch the skies on Tuesday night for the meteor shower",
        "Watch the report, the minister told reporters, and judge for yourselves.",
        # refresh notes: no reader asked
        "New cases appear in the weekly data every Thursday.",
        # profiles: the birth inside a sentence
        "Olsen, born in 1996, pitched six scoreless innings on Sunday.",
        "Mara Olsen was born 1996 in Easton and moved to the city at 12.",
        # letters: no word limit, someone reporting
        "The mayor welcomes letters from residents about the new bus routes.",
        "The board welcomes letters of up to 300 words, the clerk said.",
        # free to read: asks nothing of the reader
        "The museum is free to visit and relies on donations from local businesses.",
        # like our page: not a call, words reported
        "Residents like the Facebook page for outage updates, the utility said.",
        # date stamps: a stamp with a story after it
        "14-03-2025 09:20 The council met to discuss the budget.",
        # hanging "by": a sentence going on past the verb
        "The coverage was presented by the station's longtime anchor on Friday.",
        "The award was sponsored by the chamber of commerce.",
        "The concert series has been presented by",
        # paper credits: a sentence about photos
        "Archive photos by Jo Lim hang in the library's hall until May.",
        "Photos by the family were shown at the funeral.",
        # a caption that reports words keeps them
        "Fans cheer at the final whistle, the coach said. (Gazette photo by Lou Brand)",
        # citation labels: no label, a count
        "For attribution, the authors thanked the survey's volunteers.",
    ],
)
def test_near_misses_stay(line):
    assert furniture_rule(line) is None


def test_the_posts_own_reference_goes_under_a_bare_citation_label():
    body = "The buses on route 9 ran late on four days of five, the data from the transit board shows. " * 2
    ref = "Lindqvist, Ana. 2025. “Where the Buses Run Late.” March 3, 2025. https://example.org/posts/buses/."
    text = "\n\n".join([body, "Please cite this work as:", ref])
    assert clean_extracted(text) == body.strip()
    # the same line without the label over it is the text's own (a reference list, a quoted title)
    assert ref in clean_extracted("\n\n".join([body, ref]))
    # a line under the label that is no reference stays
    plain = "The board's figures were published in March and cover every route in the city."
    assert plain in clean_extracted("\n\n".join([body, "Please cite this work as:", plain]))


def test_a_bar_of_links_under_its_heading_goes():
    body = (
        "The council voted 4-1 to raise water rates to pay for repairs to the town's only water tower. " * 2
    )
    bar = "More from this week's paper • School board sets bond forum • Fire damages grain dryer • Homecoming court named"
    links = frozenset({"school board sets bond forum", "fire damages grain dryer", "homecoming court named"})
    assert clean_extracted("\n\n".join([body, bar]), links=links) == body.strip()
    # a piece that is no link keeps the line
    mixed = "More from this week's paper • School board sets bond forum • the council said on Monday"
    assert mixed in clean_extracted("\n\n".join([body, mixed]), links=links)


_PARA = (
    "<p>Crews worked through the night to raise the levee with sandbags as the river rose toward its crest, "
    "and officials said the water would stay high into Saturday before it slowly begins to fall back.</p>"
)


def _entry(i: int) -> str:
    return (
        f'<div class="entry"><div class="entry-time">{i}:00 PM</div><h3>Update number {i} from the river</h3>'
        f"<p>Update {i}: the county said the bridge on Route {i} stays closed while engineers inspect the deck "
        "and the approaches after the water reached the beams overnight.</p></div>"
    )


def _live_page(lede: str) -> str:
    entries = "".join(_entry(i) for i in range(1, 5))
    return (
        "<html><head><title>River crests</title></head><body><main><article><h1>River crests</h1>"
        f"{lede}<amp-live-list id='l'><div items>{entries}</div></amp-live-list></article></main></body></html>"
    )


def test_a_live_lists_entries_are_read_with_the_lede_above_them():
    text = extract_article(_live_page(_PARA), "https://example.org/live").text
    assert "Crews worked through the night" in text
    assert "Update 4: the county said" in text


def test_a_live_list_with_no_lede_is_read_as_before():
    text = extract_article(_live_page(""), "https://example.org/live").text
    assert "Update 1: the county said" in text and "Update 4: the county said" in text


def test_an_amp_embeds_placeholder_goes():
    page = _live_page(
        _PARA + '<amp-iframe src="https://example.org/w"><div placeholder>River gauge: 31 ft · Loading…</div>'
        "</amp-iframe>"
    )
    text = extract_article(page, "https://example.org/live").text
    assert "Loading" not in text and "Crews worked through the night" in text


def test_a_cutline_cell_beside_a_picture_goes():
    story = "".join(
        f"<p>Paragraph {i} of the council story says the water rates go up in January to pay for the tower's "
        "repairs, which the engineers put at more than half a million dollars.</p>"
        for i in range(6)
    )
    page = (
        "<html><body><article><h1>Rates rise</h1>"
        '<table class="photo"><tr><td><img src="t.jpg"></td></tr>'
        '<tr><td class="cutline">Rust streaks run down one leg of the old water tower near the park.</td></tr></table>'
        f"{story}</article></body></html>"
    )
    text = extract_article(page, "https://example.org/rates").text
    assert "Rust streaks" not in text and "Paragraph 5 of the council story" in text
