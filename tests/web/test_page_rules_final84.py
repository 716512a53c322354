"""Rules from the twenty-ninth pass's blind page sets (bot.web.page_lines, bot.web.page_rules): from pages_final84
(measured once on c281f67), an old layout table's cells above the headline go, a menu cell beside an empty one whose
own text writes bars ("| | Member Login \\| Send a Release |") among them; from the end set pages_final85 (measured
once on 52367da), a cell that is wholly one of the page's links, a blogging platform's follow box and a release
site's "Also from this source" and "Explore". Lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import fold
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned

# as ``page_lines.link_texts`` keeps a page's links
_LINKS = frozenset({fold("Download high-resolution image"), fold("Ferry terminal survey results")})

_HEADLINE = "Harbour board votes to close old ferry terminal in June"


def test_sidebar_cells_beside_an_empty_cell_above_the_headline_go():
    lines = [
        "| | Member Login \\| Send a Release \\| RSS Feeds \\| Contact Us |",
        "| Home > News Releases > Transportation |",
        "| News Releases by Industry |",
        "| Distribute your news to 5,000+ newsrooms. Plans starting at $149 per release. Learn more |",
        "| Sponsored Link |",
        _HEADLINE,
        *FERRY_STORY,
    ]
    assert cleaned(lines, title=_HEADLINE)[:2] == [_HEADLINE, FERRY_STORY[0]]


def test_a_row_of_two_filled_cells_above_the_headline_keeps_the_lines_above_it():
    row = "| The board met on Tuesday evening at the town hall. | Fares will rise by ten per cent in July. |"
    lines = [row, "| News Releases by Industry |", _HEADLINE, *FERRY_STORY]
    assert cleaned(lines, title=_HEADLINE)[:2] == [row, "| News Releases by Industry |"]


def test_a_cell_wholly_one_of_the_pages_links_goes():
    lines = [FERRY_STORY[0], "| Download high-resolution image |", *FERRY_STORY[1:]]
    assert cleaned(lines, _LINKS) == FERRY_STORY


def test_a_linked_line_with_no_bars_and_a_cell_with_words_of_its_own_stay():
    for line in [
        "Ferry terminal survey results",
        "| Ferry terminal survey results and the reply of the harbour users |",
    ]:
        lines = [FERRY_STORY[0], line, *FERRY_STORY[1:]]
        assert line in cleaned(lines, _LINKS), line


def test_a_blogging_platforms_follow_box_goes():
    assert_rule_takes(
        "call to action",
        [
            "Join Writeup for free to get updates from this writer.",
            "Subscribe to get updates from this author",
        ],
        ["The council will get updates from this writer of the report, the clerk said."],
    )


def test_a_release_sites_other_releases_and_topics_headings_go():
    assert_rule_takes(
        "promotion label",
        ["Also from this source", "More from this author", "Explore", "Explore related topics"],
        [
            "Explore the trails with a ranger on Saturday.",
            "Also from this source came the warning about the dam.",
        ],
    )
