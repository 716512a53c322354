"""Rules written, after its one measurement, on the misses of pages_final73, the twenty-fifth pass's page end set
(bot.web.page_rules, bot.web.page_boxes): a print view's site address alone on a line, and a broadcaster's video
blurb kept beside its player ("<p class="videoDescription">…</p>", "… Amrit Sandhu reports."). Lines and pages
written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.article import extract_article
from tests.support.page_lines import assert_rule_takes

RULES = [
    (
        "site's address",
        [
            "www.landweekly.com.au",
            "landweekly.com.au",
            "URL: https://www.landweekly.com.au/story/8841207/dry-spring/",
        ],
        ["Visit www.landweekly.com.au for more.", "3.5", "St.John", "U.S.", "a.m."],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "near_misses"), RULES, ids=[r[0] for r in RULES])
def test_the_new_rules_take_their_lines_and_leave_near_misses(rule, lines, near_misses):
    assert_rule_takes(rule, lines, near_misses)


BODY = [
    "Residents of three northern communities were ordered out on Tuesday as a wildfire jumped the highway and "
    "moved to within four kilometres of the nearest homes, the public safety agency said.",
    "Evacuees were being registered at the arena in Prince Albert, and a second reception centre opened in "
    "Saskatoon for those needing a place to stay overnight, officials said.",
    "The agency said people with medical needs were being flown out separately and that it expected the fire "
    "to keep growing through the afternoon as winds picked up from the southwest.",
]


def _page(embed: str) -> str:
    first, *rest = BODY
    return (
        "<html><head><title>Wildfire forces evacuations</title></head><body><main><article>"
        f"<h1>Wildfire forces evacuations</h1><p>{first}</p>{embed}"
        + "".join(f"<p>{p}</p>" for p in rest)
        + "</article></main></body></html>"
    )


def _text(html: str) -> str:
    return extract_article(html, "https://www.example.org/news/wildfire").text


@pytest.mark.parametrize(
    "blurb",
    [
        "<p class='videoDescription'>Evacuees arriving at the reception centre describe packing in minutes as "
        "smoke thickened.</p>",
        "<p class='c-video__desc'>The minister announced the limit on Tuesday. Amrit Sandhu reports.</p>",
    ],
)
def test_a_video_blurb_beside_its_player_goes(blurb):
    embed = (
        "<div class='mediaEmbed'><div class='videoPlayer' data-media-id='1'><div class='videoTitle'>WATCH: "
        f"Evacuees describe leaving</div><div class='videoDuration'>Duration 2:14</div>{blurb}</div></div>"
    )
    text = _text(_page(embed))
    assert all(p in text for p in BODY)
    assert "describe packing in minutes" not in text and "Amrit Sandhu reports" not in text


def test_a_story_paragraph_in_a_video_section_stays():
    # a class naming a video section, not a clip's description, keeps its paragraph
    embed = (
        "<section class='video-coverage'><p>Crews filmed the fire from the air on Monday, and the footage shows "
        "the flames crossing the highway near the bridge before noon.</p></section>"
    )
    text = _text(_page(embed))
    assert all(p in text for p in BODY)
    assert "Crews filmed the fire from the air" in text
