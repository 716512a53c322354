"""Rules from pages_final103's old table layout (a 1998 county paper, the page ``KNOWN_MISSING`` held; bot.web.page_tree,
page_lines, page_rules): a story set in a ``<font>`` whose first paragraph is the font's own text and the others its
``<p>`` children keeps that first paragraph; a row of teaser cells for the issue's other stories goes; the site's
notice that a part of it is under construction goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

import lxml.html

from bot.web.page_rules import fold
from bot.web.page_tree import opening_text_of_wrappers
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned

_FIRST = (
    "The Mill Creek bridge on County Road 9 reopened to traffic Saturday morning, a little more than a year after "
    "floodwaters tore away its east approach and cut off the shortest route between two towns."
)
_OTHERS = [
    "About 50 people gathered at the bridge for a short ceremony at 10 o'clock, and the 4-H club held the ribbon.",
    "The repairs cost $180,000, most of it from state and federal disaster assistance, the county clerk said.",
    "Drivers had been sent the long way around on the highway, adding about 12 miles to the trip each way.",
]


def _cell(inner: str):
    return lxml.html.fromstring(
        '<html><body><div><table align="right"><tr><td><img src="p.jpg"> A caption.</td></tr></table>'
        f"{inner}</div></body></html>"
    )


def test_a_fonts_own_text_before_its_paragraphs_becomes_the_first_paragraph():
    tree = _cell('<font size="3">' + _FIRST + "".join(f"<p>{p}" for p in _OTHERS) + "</font>")
    opening_text_of_wrappers(tree)
    assert [" ".join(p.text_content().split()) for p in tree.iter("p")] == [_FIRST, *_OTHERS]


def test_a_short_label_before_paragraphs_or_a_wrapper_not_after_a_block_is_left_alone():
    # (a few words are a label; a font opening its cell is read whole, as it always was)
    tree = _cell('<font size="3">Bridge news' + "".join(f"<p>{p}" for p in _OTHERS) + "</font>")
    opening_text_of_wrappers(tree)
    assert [p.text for p in tree.iter("p")] == _OTHERS
    tree = lxml.html.fromstring(
        '<html><body><div><font size="3">'
        + _FIRST
        + "".join(f"<p>{p}" for p in _OTHERS)
        + "</font></div></body></html>"
    )
    opening_text_of_wrappers(tree)
    assert [p.text for p in tree.iter("p")] == _OTHERS


_TEASERS = ["Wheat harvest starts early in south county", "Legion team sweeps Ellery", "Obituaries"]
_TEASER_LINKS = frozenset(fold(t) for t in _TEASERS)


def test_a_row_of_teaser_cells_for_other_stories_goes():
    row = (
        f"| {_TEASERS[0]} Combines were rolling near Dunmore by Monday, nearly a week ahead of normal. | "
        f"{_TEASERS[1]} Post 212 won both ends of a doubleheader Tuesday night behind two complete games. |"
    )
    obits = f"| {_TEASERS[2]} Ruth Ellen Haskett, 88, Ellery; Walter Kranz, 79, Marlow Springs. | {row[2:]}"
    assert cleaned([*FERRY_STORY, row, obits], _TEASER_LINKS) == FERRY_STORY


def test_a_row_with_a_cell_of_the_texts_own_words_stays():
    # (a cell opening on words that are no link's, or one cell alone, or links of a word only)
    mixed = (
        f"| {_TEASERS[0]} Combines were rolling near Dunmore by Monday. | "
        "The county will post signs at both ends of the bridge this week, the road supervisor said. |"
    )
    alone = f"| {_TEASERS[0]} Combines were rolling near Dunmore by Monday, nearly a week ahead of normal. |"
    short = "| Obituaries Ruth Ellen Haskett, 88, Ellery. | Obituaries Walter Kranz, 79, Marlow Springs. |"
    kept = cleaned([*FERRY_STORY, mixed, alone, short], _TEASER_LINKS)
    assert mixed in kept and alone in kept and short in kept


def test_the_sites_notice_of_a_part_under_construction_goes():
    assert_rule_takes(
        "site's notice of a part under construction",
        [
            "Our classified ads section is under construction. Check back soon!",
            "This page is currently under construction.",
            "Our events calendar feature is coming soon",
        ],
        [
            # (a building, or the story's own sentence)
            "The new library is under construction and will open in 2027.",
            "Our new fire station is under construction, the chief said.",
            "This section of the highway is under construction until May.",
        ],
    )
