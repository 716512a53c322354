"""Rules written on the misses of pages_final41: a results widget's data credit ("Live results powered by … Figures
from …", bot.web.page_rules), the writer's card's label left with nothing under it ("About the Author",
bot.web.page_lines), readers' reviews by their star rating beside the text and a clip's title beside its player
("Video" in an element of its own, then the title, bot.web.page_boxes). Lines and boxes written for the test; near
misses must stay.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bot.web import page_boxes
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The harbour board voted 6-1 on Thursday to raise mooring fees by 12 per cent from April, after a review found the "
    "marina had run at a loss for three straight years.",
    '"Nobody likes paying more, but the pontoons are falling apart," the board chair told the meeting, which drew about '
    "40 boat owners.",
]


def _clean(*lines: str) -> str:
    text = clean_extracted("\n".join([*BODY, *BODY, *lines]))
    assert BODY[0] in text and BODY[1] in text
    return text


# -- a results widget's data credit ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Live results powered by the Harbour Data Desk. Figures from the Electoral Commission.",
        "Election results provided by the State Electoral Office",
        "Odds provided by Northline Sportsbook.",
        "Real-time data supplied by Harbour Tides Ltd",
    ],
)
def test_a_data_credit_under_a_widget_is_furniture(line):
    assert furniture_rule(line) == "sponsor read"


@pytest.mark.parametrize(
    "line",
    [
        "The grid is powered by coal.",
        "Data provided by the Ministry show a 12 per cent rise in arrivals.",
        "Results powered by a late surge in the north gave Labor the seat.",
        "Record results powered by the Asian Market.",
        "The results were provided by the Electoral Commission on Sunday.",
    ],
)
def test_a_sentence_about_results_or_power_stays(line):
    assert furniture_rule(line) is None


# -- the writer's card's label with nothing under it ---------------------------------------------------------------


BIO = (
    "Jo Marsh is a senior reporter at the Harbour Ledger covering fisheries, the port and the town council. She grew "
    "up on a trawler in the north of the county."
)


def test_a_writers_card_label_closing_the_text_goes():
    # (the bio, too long for the card's lines, goes as the writer's bio closing the text; its label then dangles)
    text = _clean("About the Author", BIO)
    assert "Jo Marsh" not in text and "About the Author" not in text


def test_a_writers_card_label_among_the_text_stays():
    text = clean_extracted("\n".join([*BODY, "About the author", *BODY, *BODY]))
    assert "About the author" in text


# -- readers' reviews by their star rating ---------------------------------------------------------------------------

STORY = (
    "<article><h1>The last grocery store in the north county</h1><div class='notes'>"
    "<p>This week we head to Dorrance, where the last grocery store in the north county closed its doors in March, "
    "leaving about 3,000 residents a 40-minute drive from the nearest supermarket.</p>"
    "<p>Reporter Maya Lind talks with the store's former owner about why he could not find a buyer after 31 years "
    "behind the register, and with the volunteers now running a produce stand.</p>"
    "<p>We also hear from a county commissioner about a proposal to put state money toward a member-owned co-op in "
    "the old market building, and from residents who worry the plan is being rushed.</p></div></article>"
)


def _boxes_dropped(body: str, drop) -> str:
    tree = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    drop(tree)
    return " ".join(tree.text_content().split())


def _review(stars: str, text: str, who: str) -> str:
    return (
        f'<div class="col"><div class="review-card"><div class="stars">{stars}</div><p>{text}</p>'
        f"<p>{who}</p></div></div>"
    )


def test_readers_reviews_with_a_star_rating_beside_the_text_go():
    body = (
        f"<main>{STORY}</main><section class='listeners'><h2>What listeners are saying</h2><div class='row'>"
        + _review("★★★★★", "The best show in the valley, I never miss it.", "harbourfan via Apple Podcasts")
        + _review("★★★★☆", "Clear and fair. Wish it were weekly.", "J. Moss via Podchaser")
        + "</div></section>"
    )
    text = _boxes_dropped(body, page_boxes.drop_reply_runs)
    assert "nearest supermarket" in text and "never miss it" not in text and "Wish it were weekly" not in text


def test_rated_items_in_the_story_and_unrated_cards_stay():
    rated = (
        "<article><h1>Five films to see this week</h1><div class='list'>"
        "<div class='item'><h3>The Tide Line</h3><div class='stars'>★★★★</div><p>A quiet, lovely film.</p></div>"
        "<div class='item'><h3>Night Ferry</h3><div class='stars'>★★★</div><p>Too long by half.</p></div>"
        "</div></article>"
    )
    text = _boxes_dropped(rated, page_boxes.drop_reply_runs)
    assert "A quiet, lovely film." in text and "Too long by half." in text
    unrated = (
        f"<main>{STORY}</main><div class='row'>"
        + _review("1/4", "Two new members joined the board this spring.", "Board news")
        + _review("", "The market opens on Saturdays at nine.", "Market news")
        + "</div>"
    )
    text = _boxes_dropped(unrated, page_boxes.drop_reply_runs)
    assert "Two new members joined" in text and "opens on Saturdays" in text


# -- a clip's title beside its player --------------------------------------------------------------------------------


def test_a_clips_title_beside_its_player_goes():
    body = (
        "<main><article><h1>Planning body refuses nursing home</h1>"
        '<div class="video-block"><div><span>Video</span> <span>The day in 90 seconds - 12 June</span></div>'
        '<div class="vb" data-player-id="daily" data-media-id="Qp7"></div></div>'
        '<div class="clip"><span class="label">Watch</span> <span>Flooding on Riverside Drive</span>'
        '<iframe src="https://video.example.org/embed/123"></iframe></div>'
        "<p>Plans for a 120-bed nursing home have been refused by the planning body, which found the site was at "
        "risk of flooding.</p></article></main>"
    )
    text = _boxes_dropped(body, page_boxes.drop_media_titles)
    assert "120-bed nursing home" in text and "90 seconds" not in text and "Riverside Drive" not in text


def test_a_captioned_clip_and_a_kicker_without_a_player_stay():
    body = (
        "<main><article><div class='kicker'><span>Video</span> <span>Nursing home refused</span></div>"
        "<h1>Planning body refuses nursing home</h1>"
        '<div class="clip"><span>Video</span> <span>Crowds gathered outside the council offices on Tuesday.</span>'
        '<video src="/v/crowds.mp4"></video></div>'
        "<p>Plans for a 120-bed nursing home have been refused by the planning body, which found the site was at "
        "risk of flooding.</p></article></main>"
    )
    text = _boxes_dropped(body, page_boxes.drop_media_titles)
    assert "Video Nursing home refused" in text and "Crowds gathered outside" in text
