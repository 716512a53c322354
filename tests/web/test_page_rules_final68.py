"""Rules written on the misses of pages_final68: (bot.web.page_rules) a browser's note asking for JavaScript, a pointer to
the outlet's editorial standards under the story; (bot.web.page_boxes) a comment section in an old site's table cell;
(bot.web.page_tree) a box's leading text set apart by a line break, beside blocks of its own, read as a paragraph.
Lines and markup written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bot.web.page_boxes import drop_comment_sections
from bot.web.page_tree import leading_text_as_paragraph
from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text

RULES = [
    (
        "browser's script note",
        [
            "Please turn on JavaScript to use this feature",
            "Show latest firstPlease enable JavaScript to view the comments",
            "You need to enable JavaScript to run this app.",
            "Enable JavaScript in your browser and reload the page.",
            "JavaScript is required to view this map.",
            "This video requires JavaScript.",
            "Your browser does not support the video tag.",
        ],
        [
            "The bank told customers to enable JavaScript before logging in.",
            "To fix it, users must enable JavaScript and reload the app.",
            "JavaScript is required for most modern web apps, the developers said.",
            "Her first job was writing JavaScript for a travel site in Leeds.",
        ],
    ),
    (
        "pointer to the editorial standards",
        [
            "Our Standards: The Northwire Trust Principles.",
            "Our editorial standards: how we report",
            "Read our ethics policy.",
            "Our Code of Practice",
        ],
        [
            "Our standards of care slipped, the trust's chief executive said.",
            "Our principles are simple: we listen first and we answer every letter.",
            "Our standards are higher than the state requires, said the head of the water board.",
        ],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "near_misses"), RULES, ids=[r[0] for r in RULES])
def test_the_new_rules_take_their_lines_and_leave_near_misses(rule, lines, near_misses):
    assert_rule_takes(rule, lines, near_misses)


def test_a_comment_section_in_a_table_cell_goes():
    posts = "".join(
        f'<div class="rc"><b>reader{i}</b> wrote: <span>Comment {i}: about time the board fixed that quay, it has '
        "been falling apart for years.</span></div>"
        for i in range(2)
    )

    def left(heading: str) -> str:
        tree = lxml_html.fromstring(
            '<html><body><table width="100%"><tr><td class="main"><h1>Quay to be rebuilt</h1>'
            f'<table class="story" width="100%"><tr><td>{QUAY_STORY}</td></tr></table>'
            f'<table class="rcs" width="100%"><tr><td><h4>{heading}</h4>{posts}'
            '<p class="rc-gate"><a href="/login">Log in</a> or <a href="/join">join</a> to post a comment.</p>'
            '</td></tr></table></td><td class="side">Tide times</td></tr></table></body></html>'
        )
        drop_comment_sections(tree)
        return " ".join(tree.text_content().split())

    text = left("Readers' comments (2)")
    assert "Paragraph 5 of the story" in text
    assert "Comment 1: about time" not in text and "to post a comment" not in text
    # a heading naming something else over the same run heads no comment section: the cell stays
    assert "Comment 1: about time" in left("Readers' letters (2)")


_OPENING = (
    "My sister and I walked the whole of the old quay path on Sunday, from the lifeboat station to the harbour "
    "wall, and I am writing this with cold hands."
)


def test_a_box_s_leading_text_closed_by_a_line_break_is_a_paragraph():
    # a blog editor's post: paragraphs set apart by <br>, a picture's table, then a heading over paragraph boxes (turned
    # into <p>, after which trafilatura read the box's own leading text no more)
    later = "".join(
        f"<div>\nLater paragraph {i} says the harbour board will rebuild the north quay next spring, after a survey "
        "found the old timber piles had rotted through below the waterline in more than a dozen places, and that the "
        "work will close the slipway to the lifeboat crew for six weeks.</div>\n<div>\n<br /></div>\n"
        for i in range(5)
    )
    post = (
        '<div class="post hentry"><h3 class="post-title entry-title">Quay walk</h3>'
        '<div class="post-body entry-content">\n<div dir="ltr">\n'
        f"{_OPENING}<br />\n<br />\n"
        "The second paragraph says the path is gravel for the first mile and mud after the old fish market.<br />\n"
        '<br />\n<table class="cap"><tr><td><img src="/quay.jpg" /></td></tr></table>\n<br />\n'
        "The third paragraph says a volunteer was clearing brambles by the slipway when we passed.<br />\n<br />\n"
        f"<h2>After the harbour</h2>\n{later}</div></div></div>"
    )
    text = page_text(f"<h1>Blog</h1>{post}")
    assert _OPENING in text
    assert "Later paragraph 4 says" in text


def test_only_a_run_closed_by_a_line_break_becomes_a_paragraph():
    def turned(inner: str) -> list[str]:
        tree = lxml_html.fromstring(f"<html><body><div>{inner}</div></body></html>")
        leading_text_as_paragraph(tree)
        return [" ".join(p.text_content().split()) for p in tree.iter("p")]

    block = "<ul><li>One item of the list</li></ul>"
    assert turned(f"{_OPENING} <a href='/quay'>More</a><br />Second line.{block}") == [f"{_OPENING} More"]
    # a label before a block, a short run, a run that is mostly a link, and a leaf box (all inline) stay
    assert turned(f"Filed under harbour news and the north quay {block}") == []
    assert turned(f"Filed under news<br />{block}") == []
    assert turned(f"See <a href='/a'>the whole of the harbour board's minutes here</a><br />{block}") == []
    assert turned(f"{_OPENING}<br />Second line.") == []
