"""Cleanup rules for layouts beyond news CMSs (issue 16, pages never seen): ad markers, support appeals,
a call opening a later sentence, "ALSO READ |" labels, reactions bars, forum profiles, paywall offers.

Every sentence here is written for the test; each rule has near misses that must stay article text.
"""

from __future__ import annotations

import pytest

from bot.web import article
from bot.web.article import furniture_rule

PROSE = [
    "The county board voted on Tuesday to keep both branch libraries open for another year, using "
    "money set aside for a new roof at the courthouse, after more than two hundred residents came.",
    "Commissioner Ada Brandt said the roof could wait one more winter but the libraries could not, "
    "and asked staff to come back in March with a plan that does not depend on one-off savings.",
]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Story continues below advertisement", "advertisement marker"),
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
        "The subscription service, which was launched in May, has been joined by 40,000 households.",
    ],
)
def test_article_sentences_near_the_layout_rules_are_kept(line):
    assert furniture_rule(line) is None


def test_a_labelled_link_with_a_bar_goes_like_one_with_a_colon():
    link = "Heatwave closes schools in three districts"
    lines = [PROSE[0], f"ALSO READ | {link}", PROSE[1], f"Related: {link}"]
    kept = article.clean_extracted("\n".join(lines), links=frozenset({article._fold(link)}))
    assert kept.split("\n\n") == PROSE


def test_a_subscription_offer_after_the_teaser_cuts_the_price_plans():
    lines = [
        *PROSE,
        "Continue reading with a subscription",
        "- Unlimited access on every device",
        "Digital $1 for 6 months then $9.99/month. Cancel anytime. Get started",
        "Print + Digital $4.99/week Get started",
    ]
    assert article.clean_extracted("\n".join(lines)).split("\n\n") == PROSE


def test_a_free_preview_notice_cuts_the_pitch_after_it():
    lines = [*PROSE, "You've reached the end of your free preview.", "Plans from $2 a week", "Get started"]
    assert article.clean_extracted("\n".join(lines)).split("\n\n") == PROSE
