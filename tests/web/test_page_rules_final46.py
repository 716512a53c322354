"""Rules written on the misses of pages_final46, pages_final47 and pages_final48: a series label above the headline
("Part 2 of 3 in “…”"), an authorisation line of a campaign's page, an agency's sign-off between dashes ("-NPS-"), a
beat's sponsor note with its "Sponsors have no input …", a paywall's access offer ("Get access to all … articles"), a
membership pitch opening on "Join", an accessible-formats note, an appeal to readers who value the news and a call to
join the outlet's channel on a platform (bot.web.page_rules); a box of paid links (``rel="sponsored"``, an affiliate
product box: bot.web.page_boxes); and a story set as sibling text blocks of one class, of which trafilatura read the
first only (bot.web.page_tree). Lines and pages written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule

# -- line rules -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Part 2 of 3 in “The Harbour Wall”", "series label"),
        ("Part three of four: The Water Wars", "series label"),
        (
            "Authorised by Jo Marsh, Branch Secretary, Harbour Workers Union, 4 Quay Street, Port Ness NSW.",
            "authorisation line",
        ),
        ("Promoted by Sam Reid, Agent, Coast Party, 9 Mill Lane, Ashby.", "authorisation line"),
        ("-USFS-", "agency sign-off"),
        ("— NOAA —", "agency sign-off"),
        (
            "Harbour business coverage is sponsored by Quay Savings Bank. Sponsors have no input on news content.",
            "sponsor's note on coverage",
        ),
        (
            "Get access to all Ledger+ articles, the weekend magazine every Saturday and the archive.",
            "paywall's access offer",
        ),
        ("Enjoy full access to every story in the print edition.", "paywall's access offer"),
        (
            "Join the hundreds of dockers standing together for fair rosters. Membership starts at $6.50 a week.",
            "membership pitch",
        ),
        (
            "Join Ledger+ for exclusive briefings, events with our reporters, and to keep independent journalism going.",
            "membership pitch",
        ),
        (
            "Accessible formats of this document are available upon request. Please contact the clerk at 555-0100.",
            "accessible formats note",
        ),
        ("Alternate formats are available on request.", "accessible formats note"),
        (
            "The Courier is run by volunteers. If you value local news, please chip in what you can.",
            "appeal to readers who value the news",
        ),
        ("If you enjoy the paper, please chip in.", "appeal to readers who value the news"),
        ("Stay informed. Join The Harbour Ledger channel on Telegram for breaking news.", "call to action"),
    ],
)
def test_furniture_lines_go(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Part 2 of the plan calls for new bus lanes on Quay Street.",
        "Part of the pier, the board said, will close for three weeks.",
        "Authorised by the council in March, the works began in May.",
        "Authorised by Jo Marsh, the works began in May, two weeks late.",
        "- NPS rangers closed the trail",
        "-30-",
        "The festival is sponsored by Quay Savings Bank, which paid for the stage.",
        "The harbour's reporting is supported in part by the Tidewater Trust. Underwriters have no role in its decisions.",
        "Get access to all the records, the lawyer told the court.",
        "Residents get access to all library articles with a card.",
        "Join the protest on Friday, organisers said.",
        "Membership starts at $30 a month under the gym's new plan.",
        "The union urged workers to join the thousands standing together for fair rosters.",
        "Accessible formats are available on request, the board said.",
        "The board said accessible formats of the budget are available upon request.",
        "If you value local news, you should worry about the closure, she said.",
        "Residents were urged to join the community group on WhatsApp, the council said.",
        "The Courier is run by volunteers and paid for by its readers and advertisers.",
    ],
)
def test_news_lines_stay(line):
    assert furniture_rule(line) is None


# -- pages ------------------------------------------------------------------------------------------------------------

_STORY = [
    "The harbour board voted on Wednesday to rebuild the north breakwater over the next two winters, after storms in "
    "January opened a gap of nearly forty metres in the old stone wall.",
    "The board expects the work to cost about eleven million pounds, most of it from a coastal defence grant, and the "
    "rest from a rise in mooring fees that members agreed in principle last month.",
    "Skippers who moor in the inner basin said the rise was a fair price for a wall that keeps their boats afloat, "
    "though several asked the board to spread it over three years rather than two, and one asked for a discount for "
    "the smallest boats.",
    "Work will start in October, when the fishing season winds down, and the contractor will bring stone by barge so "
    "that the quay road stays open to lorries through the winter months.",
]


def _page(body: str) -> str:
    return (
        "<html><head><title>Board votes to rebuild breakwater</title></head><body>"
        f"<main><h1>Board votes to rebuild breakwater</h1>{body}</main></body></html>"
    )


def _ps(paragraphs) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


_PAID_BOX = (
    '<div class="gear-box"><p class="gear-box__label">Kit We Used</p>'
    '<div class="gear-box__item"><p class="gear-box__name">Harbour Pro Tide Clock</p>'
    '<a href="https://shop.example.org/p/1?tag=x" rel="sponsored nofollow">Check Price</a></div>'
    '<div class="gear-box__item"><p class="gear-box__name">Quay Line 30 m Mooring Rope</p>'
    '<a href="https://shop.example.org/p/2?tag=x" rel="sponsored nofollow">Check Price</a></div></div>'
)


def test_a_box_of_paid_links_goes():
    page = _page(f"<div class='body'>{_ps(_STORY[:2])}{_PAID_BOX}{_ps(_STORY[2:])}</div>")
    text = extract_article(page, "https://news.example.org/a/1", min_words=1).text
    assert "Tide Clock" not in text and "Mooring Rope" not in text and "Check Price" not in text
    assert all(p in text for p in _STORY)


def test_a_paid_link_in_a_sentence_of_the_story_stays():
    linked = (
        "Skippers who moor in the inner basin said the rise was a fair price, and several have bought the "
        '<a href="https://shop.example.org/p/1?tag=x" rel="sponsored">Harbour Pro Tide Clock</a> the board recommends.'
    )
    page = _page(f"<div class='body'>{_ps(_STORY[:2])}<p>{linked}</p>{_ps(_STORY[3:])}</div>")
    text = extract_article(page, "https://news.example.org/a/1", min_words=1).text
    assert "several have bought the Harbour Pro Tide Clock the board recommends" in text


def _blocks(second_class: str, heading: str = "") -> str:
    media = (
        '<div class="teaser"><h3>Media assets</h3><p>Photos are available for download.</p>'
        '<a href="/kit.zip">Download media kit</a></div>'
    )
    return (
        f'<div class="text"><div class="cmp-text">{_ps(_STORY[:2])}</div></div>{media}'
        f'<div class="{second_class}"><div class="cmp-text">{heading}{_ps(_STORY[2:])}</div></div>'
    )


def test_a_story_set_as_sibling_text_blocks_is_read_whole():
    text = extract_article(_page(_blocks("text")), "https://news.example.org/a/2", min_words=1).text
    assert all(p in text for p in _STORY), text


def test_sibling_blocks_with_headings_of_their_own_are_left_to_trafilatura():
    # a live blog's entries (a heading and a time each) are read as trafilatura reads them: only the
    # blocks of one class without headings are joined
    page = _page(_blocks("text", "<h2>Later: the vote</h2>"))
    page_plain = _page(_blocks("text"))
    from bot.web.page_tree import readable_tree

    headed, _ = readable_tree(page)
    plain, _ = readable_tree(page_plain)
    assert len(headed.xpath('//div[@class="text"]')) == 2
    assert len(plain.xpath('//div[@class="text"]')) == 0
