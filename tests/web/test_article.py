"""Article extraction and our cleanup rules (bot.web.article)."""

from __future__ import annotations

import pytest

from bot.errors import LinkError
from bot.web.article import (
    declared_canonical,
    extract_article,
    furniture_rule,
    is_page_furniture,
    plain_article,
)
from bot.web.page_lines import clean_extracted
from tests.support.article_server import (
    AUTHOR,
    CONSENT,
    DATE,
    FURNITURE,
    INDEX,
    PARAGRAPHS,
    PAYWALL,
    TITLE,
    article_html,
)


def test_realistic_page_gives_the_article_and_its_metadata():
    article = extract_article(article_html(), "https://www.coastal.example/news/breakwater")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for piece in FURNITURE:
        assert piece not in article.text
    assert "Home" not in article.text.split()
    assert article.title == TITLE
    assert article.author == AUTHOR
    assert article.date == DATE
    assert article.site == "The Coastal Courier"
    assert article.canonical_url == "https://www.coastal.example/article"
    assert article.text.count("\n\n") == len(PARAGRAPHS) - 1


@pytest.mark.parametrize("html", [PAYWALL, CONSENT, INDEX, "<html><body></body></html>", ""])
def test_pages_with_too_little_text_are_not_articles(html):
    with pytest.raises(LinkError, match=r"^not an article"):
        extract_article(html, "https://example.com/x")


@pytest.mark.parametrize(
    "line",
    [
        "News date : 04/21/2022 Category : Press Releases",
        "Tags: politics, elections, Senate",
        "Filed under World News",
        "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
        "View Comments",
        "12 comments",
        "March 3, 2024",
        "Published: 12 March 2024",
        "Subscribe now to our e-edition for the full story.",
        "Never miss the latest news by signing up to our newsletter today!",
        "For the latest stories download our apps for iOS and Android.",
        "Simply pop your email into the box above and get the news direct to you",
        "The minister (left) looks on as the director (right) addresses the meeting.",
        "© 2024 Example Media. All rights reserved.",
        "Sign up for our free daily newsletter",
        "Subscribe today for unlimited access",
        "All photographs © Jane Roe. Prints available from our shop.",
        "The views expressed in this article are those of the author and do not necessarily reflect ours.",
        "FOR IMMEDIATE RELEASE",
        "###",
        "press@example.org",
        "Have a news tip? Contact Jo Diaz at jdiaz@example.com.",
        "You have read 2 of 5 free articles this month.",
        "(Reporting by Anna Visser; Editing by Mark Dunn)",
        # a sponsor's offer with a code, read in a podcast's notes
        "Get R250 when you open an account with code LONGREAD at bank.example/podcast. T&Cs apply.",
        "Listeners save 20% on their first box: use promo code HARBOUR20.",
    ],
)
def test_furniture_lines(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The streaming company said it added 5 million subscribers in the quarter, beating forecasts.",
        "“We will not sign up to a deal that hurts our farmers,” the minister said on Tuesday.",
        "The council meets again on March 3, 2024, to vote on the budget.",
        "| gsoc-2018 | 3.3 GB/s | 0.091 GB/s |",
        "Prices rose 3% in 2023 | the sharpest rise in a decade, the bank said.",
        "Users who log in from abroad will be asked for a second code, the bank said.",
        # news words that are not calls to action
        "Residents can now sign up for the free shuttle at the library from today.",
        "Mr Okafor (pictured) said the deal would be signed next week.",
        "The chart (above) shows subscriptions falling for the third year.",
        # a credit-like name inside a sentence, a copyright story, a sign inside a word
        "The Reuters/Ipsos poll showed the senator doing better than in other polls after the debate.",
        "Footage credited to Reuters/Pool showed the crowd breaking through the cordon at the gate.",
        "Copyright claims against the platform rose by a third last year, the report found.",
        "Under state law the names of minors may not be published without a judge's order.",
        "It was a cliché of the naÃ¯vetÃ© years that every start-up would change the world.",
        # a reader-addressed word in narration is reporting, not a prompt
        "Its subscribers can now log in with a code, which the company announced last week.",
        "The app, which lets you sign up for alerts, was launched in 2019 and has 2 million users.",
        "She told readers to email her at the paper, and they did: 400 letters arrived in a week.",
        # a code in news copy: not an offer's (lower case, a number, or no "with/use code")
        "Users who sign in with the code you were sent will see the new page, the bank said.",
        "The virus was given the code H5N1 by scientists in 1997.",
        # a colleague's credit closing the story is the story's line (it goes only under a wire's separator, as a
        # trailer: tests/web/test_page_rules_final96.py)
        "Associated Press writer Sam Lee in Denver contributed to this report.",
    ],
)
def test_article_lines_are_kept(line):
    assert not is_page_furniture(line)


def test_action_bar_before_the_text_goes_but_lists_in_the_text_stay():
    lines = ["- Share", "- Save to list", "- Cite", PARAGRAPHS[0], "- Flour", "- Salt", PARAGRAPHS[1]]
    cleaned = clean_extracted("\n".join(lines)).split("\n\n")
    assert cleaned == [PARAGRAPHS[0], "- Flour", "- Salt", PARAGRAPHS[1]]


def test_a_list_with_figures_before_the_text_is_content_not_a_menu():
    lines = ["- 2 cups flour", "- 1 tsp salt", "- 300 ml water", PARAGRAPHS[0]]
    assert clean_extracted("\n".join(lines)).split("\n\n") == lines


def test_a_paywall_like_sentence_followed_by_the_article_keeps_the_article():
    # A page that shows the whole story: the notice goes, the paragraphs after it stay.
    long_tail = PARAGRAPHS[1] + " " + PARAGRAPHS[2]
    text = "\n".join([PARAGRAPHS[0], PARAGRAPHS[3], "Already a subscriber? Log in.", long_tail])
    cleaned = clean_extracted(text)
    assert long_tail in cleaned
    assert "Already a subscriber" not in cleaned


def test_lines_that_are_links_to_elsewhere_go_in_a_run_or_with_a_label():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    html = (
        f"<html><body><article><h1>{TITLE}</h1>"
        f"{body}"
        "<p>READ MORE: <a href='/x'>Costs are rising for the third year</a></p>"
        "<ul><li><a href='/a'>Oil steadies after a two-day fall</a></li>"
        "<li><a href='/b'>Central bank holds its rates</a></li></ul>"
        "</article></body></html>"
    )
    text = extract_article(html, "https://paper.example/story").text
    assert PARAGRAPHS[2] in text
    for gone in ("Costs are rising", "Oil steadies", "Central bank holds"):
        assert gone not in text


def test_one_linked_heading_inside_the_text_stays():
    links = frozenset({"how the vote works"})
    lines = [PARAGRAPHS[0], "How the vote works", PARAGRAPHS[1]]
    assert clean_extracted("\n".join(lines), links=links).split("\n\n") == lines


def test_each_furniture_line_names_its_rule():
    assert furniture_rule("© 2024 Example Media. All rights reserved.") == "site furniture"
    assert furniture_rule("Have a news tip? Contact Jo Diaz at jdiaz@example.com.") == "contact e-mail"
    assert furniture_rule("The council voted 7 to 2 on Tuesday night.") is None


def test_a_post_whose_container_is_called_newsletter_is_not_pruned():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        '<html><body><article class="newsletter-post">'
        f"<h1>{TITLE}</h1>{body}"
        '<div class="subscription-widget"><p>Type your email to get new posts.</p></div>'
        "</article></body></html>"
    )
    text = extract_article(html, "https://letters.example/p/1").text
    assert PARAGRAPHS[3] in text
    assert "Type your email" not in text


def test_paywall_notice_cuts_the_rest():
    text = "\n".join(
        [
            *PARAGRAPHS,
            "To view the full story, please subscribe.",
            "When you join you get unlimited access.",
            "— perks",
        ]
    )
    cleaned = clean_extracted(text)
    assert cleaned.endswith(PARAGRAPHS[-1])


def test_declared_canonical():
    html = '<html><head><link href="/story/1" rel="canonical"></head></html>'
    assert declared_canonical(html, "https://m.example.com/story/1/amp") == "https://m.example.com/story/1"
    og = '<meta property="og:url" content="https://example.com/s?id=1&amp;x=2">'
    assert declared_canonical(og) == "https://example.com/s?id=1&x=2"
    assert declared_canonical('<link rel="canonical" href="javascript:alert(1)">') is None
    assert declared_canonical("<p>no head</p>") is None


def test_plain_text_articles():
    article = plain_article(TITLE + "\n\n" + "\n\n".join(PARAGRAPHS))
    assert PARAGRAPHS[2] in article.text
    with pytest.raises(LinkError, match="too little text"):
        plain_article("Just a line.")
