"""Rules written on pages_final11's leaks: a numbered advertisement slot's label and a station's closing call
to go on to its site or app (bot.web.page_rules), a small box of a heading and link cards (bot.web.page_boxes).
Lines and pages written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize("line", ["Advertisement 2", "Advertisement 12", "ADVERTISEMENT 3"])
def test_a_numbered_advertisement_slots_label_goes(line):
    # (the pasted-text cleaner's own furniture since the twenty-ninth pass, ``bot.text.clean``: a Postmedia page pasted
    # keeps its "Advertisement 3" lines, which the page rules read first through it)
    assert furniture_rule(line) in ("advertisement marker", "site furniture")


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement 2024 spending rose by a tenth, the agency said.",
        "Advertisement revenue fell for the third year in a row.",
        "Advertisement 2024",
    ],
)
def test_a_line_about_advertising_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "For the latest news, weather, sports, and streaming video, head to KTWO News 4.",
        "For more local news, download the Herald app.",
    ],
)
def test_a_stations_sign_off_sending_the_reader_on_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "For the latest news on the storm, residents should visit the county website, the mayor said.",
        "For more news about the plant, the council will hold a meeting on Monday.",
    ],
)
def test_a_sentence_that_reports_stays(line):
    assert furniture_rule(line) is None


BODY = [
    "The surf club's new clubhouse will be built three metres further back from the beach after the council "
    "approved the plans on Tuesday night.",
    "Club president Greg Fairweather said volunteers had been running patrols out of shipping containers for "
    "most of the year, and that the new building would be ready before next summer.",
    "The state government has committed $4.5 million, with the rest to come from the council and the club's own "
    "fundraising, and construction is expected to start after Easter.",
]


def _text(box: str) -> str:
    paras = [f"<p>{p}</p>" for p in BODY]
    body = "".join(paras[:2]) + box + paras[2]
    page = f"<html><body><main><h1>Surf club clubhouse approved</h1><div class='story'>{body}</div></main></body></html>"
    return extract_article(page, "https://www.example.org/news/clubhouse").text


def test_a_small_box_of_a_heading_and_link_cards_goes():
    box = (
        "<div class='more-coverage'><h2>MORE COVERAGE</h2>"
        "<a href='/news/sand-pumping'><span>Sand pumping to start at Palm Beach as erosion bites</span></a>"
        "<a href='/news/lifeguards'><span>Lifeguard numbers boosted for holidays</span></a></div>"
    )
    text = _text(box)
    assert "Sand pumping" not in text and "MORE COVERAGE" not in text
    assert "construction is expected to start after Easter" in text


def test_a_box_with_text_of_its_own_beside_its_links_stays():
    box = (
        "<div class='fact-box'><h2>The plan</h2>The clubhouse will hold a first-aid room open to the public. "
        "<a href='/docs/plan'>Read the council's plan</a><a href='/docs/budget'>Read the budget papers</a></div>"
    )
    assert "first-aid room open to the public" in _text(box)


def test_a_small_box_whose_class_names_a_promotion_goes():
    box = (
        "<div class='promo-block promo-block--membership'><h3>2027 Memberships On Sale Now</h3>"
        "<p>Watch every day of cricket at the County Ground, with priority access to tickets.</p>"
        "<a class='btn' href='/membership'>Join Today</a></div>"
    )
    text = _text(box)
    assert "Memberships On Sale" not in text and "Join Today" not in text


def test_a_container_named_promo_that_holds_the_story_stays():
    box = "<div class='promo-story'>" + "".join(f"<p>{p} More detail followed.</p>" for p in BODY) + "</div>"
    assert "Club president Greg Fairweather said" in _text(box)
