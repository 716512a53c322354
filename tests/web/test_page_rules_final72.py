"""Rules written, after its one measurement, on the misses of pages_final72, the twenty-fifth pass's page set
(bot.web.page_rules, bot.web.page_boxes): a portal's market ticker read as a line, and an old site's picture
caption in a table cell (the picture, a <br>, then the caption and its credit in a <font>). Lines and pages
written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.article import extract_article
from tests.support.page_lines import assert_rule_takes

RULES = [
    (
        "market ticker",
        [
            "DOW 38,712.21 ▲ 0.3%",
            "S&P 500 5,421.03 ▲ 0.9% NASDAQ 17,608.44 ▼ 1.5%",
            "S&P/TSX 22,104.50 −0.41% | DOW 38,712 +0.12%",
            "Dow Jones 38,712 ▲ 0.3%",
        ],
        [
            "The Dow rose 0.3% to 38,712.21 on Tuesday.",
            "Temperatures hit 38 -5%",
            "Turnout 41,200 +3%",
            "GDP 2.1 3%",
        ],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "near_misses"), RULES, ids=[r[0] for r in RULES])
def test_the_new_rules_take_their_lines_and_leave_near_misses(rule, lines, near_misses):
    assert_rule_takes(rule, lines, near_misses)


BODY = [
    "The bell that called Willow Creek's children to class for 71 years rang again on Saturday, restored by the "
    "county historical society after three years of fundraising and repairs.",
    "The society raised $18,400 through bake sales, a quilt raffle and donations from about 200 local families, "
    "and a restoration company built a new oak yoke modelled on photographs of the original.",
    "Local contractor Dale Hibbard and his sons donated their time to repair the belfry, replacing rotten framing "
    "and installing new cedar shingles on the roof before the first snow.",
]


def _table_page(cell: str) -> str:
    first, *rest = BODY
    return (
        "<html><head><title>Schoolhouse bell rings again</title></head><body>"
        "<table width='600'><tr><td><font size='4'><b>Schoolhouse bell rings again</b></font><br><br>"
        f"{first}<br><br>{cell}{'<br><br>'.join(rest)}<br><br></td></tr></table></body></html>"
    )


def _text(html: str) -> str:
    return extract_article(html, "https://www.example.org/news/bell.html").text


def test_a_table_cell_caption_closing_with_its_credit_goes():
    cell = (
        "<table align='right' width='220' border='1'><tr><td><img src='/images/bell.jpg' width='210'><br>"
        "<font size='1'>Harold Lind, 96, rings the restored bell Saturday at the schoolhouse.<br>"
        "<i>Photo by Gazette staff</i></font></td></tr></table>"
    )
    text = _text(_table_page(cell))
    assert all(p in text for p in BODY)
    assert "rings the restored bell" not in text and "Photo by Gazette staff" not in text


def test_a_table_cell_of_a_picture_and_text_with_no_credit_stays():
    cell = (
        "<table align='right' width='220' border='1'><tr><td><img src='/images/bell.jpg' width='210'><br>"
        "<font size='1'>The bell was cast in Ohio in 1887 and hung in the belfry until the school closed in 1958."
        "</font></td></tr></table>"
    )
    text = _text(_table_page(cell))
    assert all(p in text for p in BODY)
