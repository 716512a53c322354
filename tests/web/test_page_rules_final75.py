"""Rules written, after its one measurement, on the misses of pages_final75, the twenty-sixth pass's page end set
(bot.web.page_lines, bot.web.page_rules): an old site's cell of headlines under a heading in capitals, its links
run together ("| LOCAL HEADLINES Quorum court tables jail budget vote Tigers open summer camp … |"), and a wire
page's "News Releases in Similar Topics" left alone on its line. Lines written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned

RULES = [
    (
        "promotion label",
        [
            "News Releases in Similar Topics",
            "Local headlines",
            "LATEST HEADLINES",
            "Stories on related topics",
        ],
        ["Local headlines were dominated by the ferry vote.", "News releases in similar topics were few"],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "near_misses"), RULES, ids=[r[0] for r in RULES])
def test_the_new_rules_take_their_lines_and_leave_near_misses(rule, lines, near_misses):
    assert_rule_takes(rule, lines, near_misses)


LINKS = frozenset(
    {"quorum court tables jail budget vote", "tigers open summer camp with record turnout", "the ferry board"}
)


def test_a_cell_of_headlines_under_a_heading_in_capitals_goes():
    cell = (
        "| LOCAL HEADLINES Quorum court tables jail budget vote Tigers open summer camp with record turnout |"
    )
    assert cleaned([*FERRY_STORY, cell], LINKS) == FERRY_STORY
    # a cell with words that are no link's stays, and so does a heading over one link
    own = "| BOARD VOTE Quorum court tables jail budget vote after a long debate on Tuesday night |"
    assert cleaned([*FERRY_STORY, own], LINKS) == [*FERRY_STORY, own]
    one = "| LOCAL HEADLINES Quorum court tables jail budget vote |"
    assert cleaned([*FERRY_STORY, one], LINKS) == [*FERRY_STORY, one]
