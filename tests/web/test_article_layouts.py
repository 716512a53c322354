"""Cleanup rules for layouts beyond news CMSs (issue 16, pages never seen): ad markers, support appeals,
a call opening a later sentence, "ALSO READ |" labels, reactions bars, forum profiles, paywall offers.

Every sentence here is written for the test; each rule has near misses that must stay article text.
"""

from __future__ import annotations

import pytest

from bot.web import article
from bot.web.article import furniture_rule
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import fold
from bot.web.page_tree import is_layout_table

PROSE = [
    "The county board voted on Tuesday to keep both branch libraries open for another year, using "
    "money set aside for a new roof at the courthouse, after more than two hundred residents came.",
    "Commissioner Ada Brandt said the roof could wait one more winter but the libraries could not, "
    "and asked staff to come back in March with a plan that does not depend on one-off savings.",
]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Story continues below advertisement",
            "site furniture",
        ),  # the line pasted text drops too (bot.text.clean)
        ("Article continues after this ad", "advertisement marker"),
        ("Story continues", "advertisement marker"),
        (
            "The Valley Voice is reader-funded. If this story helped you, become a member.",
            "appeal for support",
        ),
        (
            "The Gazette is a nonprofit newsroom. Reader donations pay for stories like this one.",
            "appeal for support",
        ),
        ("Support independent local journalism", "appeal for support"),
        ("This essay ran in our spring print issue. Subscribe to the magazine.", "call to action"),
        ("What did you make of it? Join the conversation (12)", "comments button"),
        ("- Joined: Tue Feb 02, 2016 8:40 am", "metadata line"),
        ("Posts: 418", "metadata line"),
        ("— ENDS —", "press-release label"),
    ],
)
def test_layout_furniture_lines_are_recognised(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The story continues a long run of coverage on the port, the paper's editor said in a statement.",
        "The hospital foundation asked residents to donate to the new wing, and gifts passed $2 million.",
        "The Herald became a nonprofit in 2019; reader donations now cover about a third of its budget.",
        "Members of the club said they would fund the repairs themselves if the council did not.",
        "The union's members voted to join the strike. Register offices will close at noon on Friday.",
        "She joined the company in 2009 and posts about 40 photographs a week from the plant floor.",
        "| hidari | left | (left) the side of the heart |",
        "The subscription service, which was launched in May, has been joined by 40,000 households.",
    ],
)
def test_article_sentences_near_the_layout_rules_are_kept(line):
    assert furniture_rule(line) is None


def test_a_labelled_link_with_a_bar_goes_like_one_with_a_colon():
    link = "Heatwave closes schools in three districts"
    lines = [PROSE[0], f"ALSO READ | {link}", PROSE[1], f"Related: {link}"]
    kept = clean_extracted("\n".join(lines), links=frozenset({fold(link)}))
    assert kept.split("\n\n") == PROSE


def test_a_subscription_offer_after_the_teaser_cuts_the_price_plans():
    lines = [
        *PROSE,
        "Continue reading with a subscription",
        "- Unlimited access on every device",
        "Digital $1 for 6 months then $9.99/month. Cancel anytime. Get started",
        "Print + Digital $4.99/week Get started",
    ]
    assert clean_extracted("\n".join(lines)).split("\n\n") == PROSE


def test_a_free_preview_notice_cuts_the_pitch_after_it():
    lines = [*PROSE, "You've reached the end of your free preview.", "Plans from $2 a week", "Get started"]
    assert clean_extracted("\n".join(lines)).split("\n\n") == PROSE


# -- layout tables and link bars --------------------------------------------------------------------

STORY = "".join(f"{p}<br><br>" for p in PROSE * 2)
SIDEBAR = (
    "<b>MORE NEWS</b><br><a href='/n/1'>Township hires a new fire chief</a><br>"
    "<a href='/n/2'>Parade route announced for Monday</a><br>"
)


def _text(html: str) -> str:
    return article.extract_article(html, "https://paper.example/news/1.html").text


def test_a_layout_table_is_read_column_by_column():
    # An old template: a nested table, the story in one cell, headlines in the next. Read as a table,
    # the whole row came out as one "| … | … |" line with the sidebar inside it.
    page = (
        "<html><body><table width='780'><tr><td><table><tr><td>"
        f"<font size='3'>{STORY}</font></td></tr></table></td><td>{SIDEBAR}</td></tr></table></body></html>"
    )
    text = _text(page)
    assert PROSE[0] in text.split("\n\n") and PROSE[1] in text.split("\n\n")
    assert "Township hires" not in text and "|" not in text


def _table(html: str):
    from trafilatura.utils import load_html

    return load_html(f"<html><body>{html}</body></html>").find(".//table")


def test_a_data_table_stays_a_table_and_a_layout_table_is_known_by_its_structure():
    data = "<table><tr><th>Ward</th><th>Votes</th></tr><tr><td>North</td><td>1,204</td></tr></table>"
    assert not is_layout_table(_table(data))
    assert is_layout_table(_table(f"<table><tr><td>{' '.join(PROSE * 2)}</td></tr></table>"))
    assert is_layout_table(_table("<table role='presentation'><tr><td>Menu</td></tr></table>"))
    assert is_layout_table(_table(f"<table><tr><td>{data}</td></tr></table>"))


def test_a_bar_of_links_goes_but_a_line_naming_two_links_stays():
    links = frozenset({"back to local news", "e mail to a friend", "council agenda", "budget draft"})
    bar = "[ Back to Local News ] [ Print this story ] [ E-mail to a friend ]"
    named = "The council agenda | the budget draft and the minutes of the last three meetings are online"
    kept = clean_extracted("\n".join([PROSE[0], bar, PROSE[1], named]), links=links)
    assert kept.split("\n\n") == [PROSE[0], PROSE[1], named]


# -- an article held only in the page's JSON data ----------------------------------------------------

HEADLINE = "Library branches stay open for another year"
SKELETON = (
    "<html><head><title>{title} | The Valley Voice</title></head><body><div id='root'><h1>{title}</h1>"
    "<div class='skeleton'></div></div>"
    '<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>'
)
MORE = [
    "Residents who spoke at the meeting said the Millbrook branch is the only place in town with free internet.",
    "The board will take up the budget again in March, when the state's figures for road money are known.",
]


def _next_page(record: dict, title: str = HEADLINE) -> str:
    import json

    data = json.dumps({"props": {"pageProps": {"story": record, "site": "The Valley Voice"}}})
    return SKELETON.format(title=title, data=data.replace("</", "<\\/"))


def test_paragraph_records_in_the_page_data_are_the_article_without_their_pull_quote():
    record = {
        "headline": HEADLINE,
        "blocks": [
            {"type": "paragraph", "text": PROSE[0]},
            {"type": "pullquote", "text": "The roof could wait one more winter but the libraries could not."},
            {"type": "paragraph", "text": PROSE[1]},
            *({"type": "paragraph", "text": p} for p in MORE),
        ],
        "related": [{"title": "Ferry fares rise for the first time since 2019", "slug": "ferry"}],
    }
    text = _text(_next_page(record))
    assert text.split("\n\n") == [*PROSE, *MORE]


def test_an_html_body_string_in_the_page_data_is_read_as_paragraphs():
    body = "".join(f"<p>{p}</p>" for p in [*PROSE, *MORE])
    text = _text(_next_page({"title": HEADLINE, "content": {"rendered": body}}))
    assert text.split("\n\n") == [*PROSE, *MORE]


def test_other_stories_teasers_in_the_data_of_an_index_page_are_no_article():
    teasers = [{"title": f"Story {i}", "summary": p} for i, p in enumerate([*PROSE, *MORE])]
    with pytest.raises(article.LinkError, match="not an article"):
        _text(_next_page({"name": "Latest news", "items": teasers}, title="Latest news from the valley"))
