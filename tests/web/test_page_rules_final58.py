"""Rules written on the misses of pages_final58: a chart's or a figure's title under its number ("Chart 1: Share of …"), a
note on the series a post belongs to ("This post is part of our symposium on …"), how to cite the post ("Suggested
citation: …"), the lead picture's caption under its label closing with its credit ("Featured image: …, public domain.")
and a newsletter's referral counter ("You currently have 0 referrals, …") (bot.web.page_rules); a link to another page
read as a line between the headline and the first paragraph (a note tree's entry) and a recirculation box's list closing
the text under its heading ("Recommended newsletters") (bot.web.page_lines). Lines written for the test; near misses
must stay.
"""

from __future__ import annotations

import pytest

from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize(
    "line",
    [
        "Chart 1: Share of household loans on variable rates, by region",
        "Figure 3. Average commute time by county, 2010–2024",
        "Figure 2. Reservoir levels against the ten-year average. Source: Water Authority daily readings.",
        "Table 4: Grants awarded to rural schools, 2025",
        "Fig. 1: Where the new homes are being built",
        "Chart 2b: Cumulative share of tenants who have moved since the rent freeze ended",
    ],
)
def test_a_figures_title_goes(line):
    assert furniture_rule(line) == "figure's title"


@pytest.mark.parametrize(
    "line",
    [
        "This post is part of our symposium on Water Rights After the Drought. Read the other contributions:",
        "This article is part of a series on rural broadband in the hill villages.",
        "This essay is the third in our series on the history of the town’s mills.",
        "This piece is part of our roundtable on the future of local courts.",
        "This post is the latest installment in our Ask a Planner series.",
    ],
)
def test_a_note_on_the_posts_series_goes(line):
    assert furniture_rule(line) == "note on the post's series"


@pytest.mark.parametrize(
    "line",
    [
        "Suggested citation: Jane Okafor, Why Rent Boards Fail, Harbor Law Notes (Mar. 4, 2025), "
        "https://notes.example.org/2025/03/04/rent-boards/.",
        "Cite this article as: Okafor, J. (2025). Why rent boards fail. Harbor Law Notes.",
        "Recommended citation: Okafor, Jane. “Why Rent Boards Fail.” Harbor Law Notes, www.notes.example.org.",
        "Suggested citation:",
    ],
)
def test_how_to_cite_the_post_goes(line):
    assert furniture_rule(line) == "how to cite the post"


@pytest.mark.parametrize(
    "line",
    [
        "Featured image: Dockers at the old grain quay, c. 1910. Port Museum collection, public domain.",
        "Header image: The ferry leaving the harbour at dawn (Jo Lim)",
        "Cover photo: A hand-drawn map of the parish, 1840. Courtesy of the county record office.",
    ],
)
def test_the_lead_pictures_caption_goes(line):
    assert furniture_rule(line) == "lead picture's caption"


@pytest.mark.parametrize(
    "line",
    [
        "You currently have 0 referrals, only 5 away from receiving a Harbour Notes mug.",
        "You have 2 referrals. Share your link to earn a free month.",
        "You’re only 3 referrals away from unlocking the sticker pack.",
    ],
)
def test_a_referral_counter_goes(line):
    assert furniture_rule(line) == "referral counter"


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentences on the same words
        "Chart 1 shows the share of loans on variable rates, which rose to 41% last year.",
        "The chart: a steep fall in new mortgages since the spring.",
        "Figure skaters from 14 countries will compete in the city this weekend.",
        "Table 4: the grants rose by a third, the minister said.",
        "Exhibit 4: a letter from the contractor to the mayor dated March 3",
        "The bill is part of a package of housing reforms due before the assembly in June.",
        "This report is part of a series of audits the council commissions every year.",
        "This story is part of a series of thefts from allotment sheds since January.",
        "This post is part of our symposium, the dean said in her opening remarks.",
        "The museum’s new exhibition is part of a series on the river’s history.",
        "Suggested citation counts rose sharply in 2024 as journals changed their rules.",
        "Suggested citation: none was given, and the editor declined to add one.",
        "How to cite the statute correctly remains a matter of dispute among the judges.",
        "The featured image on the council’s homepage was changed after complaints.",
        "Featured image: the mayor said the photo showed the wrong bridge. Courtesy of the council.",
        "Top image: Volunteers sort donations at the food bank",
        "Top image: Readers at the town library. Opening hours were cut in May.",
        "Header image: The harbour wall after the storm (Saturday)",
        "Her cover photo was taken at the harbour in 1998.",
        "The clinic receives about 40 referrals a week and is only 3 away from its monthly cap.",
        "You have 2 referrals left this month, the nurse told her.",
        "Referrals to the scheme have doubled since the spring.",
    ],
)
def test_news_lines_on_the_same_words_stay(line):
    assert furniture_rule(line) is None


_TITLE = "Why the river path keeps flooding - Field Notes"
_FIRST = (
    "The path along the river flooded again on Tuesday, the fourth time since September, and the council has still "
    "not said when the drainage works will start."
)
_SECOND = (
    "Walkers have been using the road instead, which has no pavement for most of its length, and two of them were "
    "nearly hit by a van on the bend by the mill."
)


def test_a_linked_line_between_the_headline_and_the_text_goes():
    lines = ["Why the river path keeps flooding", "Notes I have sent to the drainage board", _FIRST, _SECOND]
    links = frozenset({"notes i have sent to the drainage board"})
    text = clean_extracted("\n".join(lines), _TITLE, links)
    assert "Notes I have sent to the drainage board" not in text
    assert text.startswith("Why the river path keeps flooding")
    assert _FIRST in text and _SECOND in text


def test_the_headline_and_a_linked_heading_inside_the_text_stay():
    # the headline links to its own page (a forum topic's title); a linked heading after the first paragraph may be
    # the text's own; and with no headline read above it, a linked line is left to the other passes
    links = frozenset({"why the river path keeps flooding", "what the drainage board said"})
    lines = ["Why the river path keeps flooding", _FIRST, "What the drainage board said", _SECOND]
    text = clean_extracted("\n".join(lines), _TITLE, links)
    assert "Why the river path keeps flooding" in text and "What the drainage board said" in text
    lines = ["Notes I have sent to the drainage board", _FIRST, _SECOND]
    text = clean_extracted("\n".join(lines), _TITLE, frozenset({"notes i have sent to the drainage board"}))
    assert "Notes I have sent to the drainage board" in text


def test_a_recommendation_list_closing_the_text_goes():
    lines = [
        _FIRST,
        _SECOND,
        "Recommended newsletters",
        "- The Harbour Ledger Weekly port and shipping news, from a former harbour master.",
        "- Parish Pump Plain-English notes on every parish council meeting.",
    ]
    text = clean_extracted("\n".join(lines))
    assert text == f"{_FIRST}\n\n{_SECOND}"


def test_a_list_under_another_heading_or_with_text_after_it_stays():
    items = ["- Sandbags at the mill car park from 8am", "- A pump on loan from the fire service"]
    text = clean_extracted("\n".join([_FIRST, _SECOND, "What the council has promised", *items]))
    assert all(item in text for item in items)
    closing = "The board meets again in March, and residents have been invited to bring their photographs."
    text = clean_extracted("\n".join([_FIRST, _SECOND, "Related stories", *items, closing]))
    assert all(item in text for item in items) and closing in text
