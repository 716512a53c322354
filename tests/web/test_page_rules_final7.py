"""Rules written on pages_final7's misses (bot.web.page_rules, bot.web.page_lines): a labelled list of links,
a site's calls and buttons, a player's duration, an alert banner, sponsor and ad labels, a comments policy, an
appeal for the site's journalism and a visitor counter. Sentences written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bot.web.page_boxes import drop_labelled_link_boxes
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY as BODY


def _boxes_left(body: str) -> str:
    tree = lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")
    drop_labelled_link_boxes(tree)
    return " ".join(" ".join(tree.itertext()).split())


def test_a_short_label_over_links_and_nothing_else_goes():
    box = (
        "<div class='promo'><strong>Read more:</strong> <a href='/news/fares'>Ferry fares to rise in April</a>"
        "<br><a href='/news/pontoon'>New pontoon opens at the fish quay</a></div>"
    )
    assert _boxes_left(f"<p>{BODY[0]}</p>{box}<p>{BODY[1]}</p>") == f"{BODY[0]} {BODY[1]}"
    bar = "<p>RELATED | <a href='/a'>Harbour dredging starts</a> · <a href='/b'>Quay cafe reopens</a></p>"
    assert _boxes_left(f"<p>{BODY[0]}</p>{bar}") == BODY[0]


@pytest.mark.parametrize(
    "box",
    [
        # a sentence around its links, or a label of a sentence's length, is text
        "<p>The board's <a href='/survey'>engineering survey</a> and its <a href='/minutes'>minutes</a> are "
        "online.</p>",
        "<p>Both documents the board relied on: <a href='/survey'>the survey</a>, <a href='/m'>the minutes</a></p>",
        # one link under a label is the line rules' to judge
        "<p>Read more: <a href='/news/fares'>Ferry fares to rise in April</a></p>",
        # a heading over cards is another rule's
        "<section><h2>More episodes</h2><a href='/e/1'>Ep. 1 The quay</a><a href='/e/2'>Ep. 2 The pier</a></section>",
    ],
)
def test_links_inside_a_sentence_or_under_a_long_label_stay(box):
    assert _boxes_left(box) == " ".join(" ".join(lxml_html.fromstring(box).itertext()).split())


@pytest.mark.parametrize(
    "line, rule",
    [
        (
            "Track Latest News Live on Harbourton.in and get news updates from the coast and around the world.",
            "call to action",
        ),
        ("Get the latest headlines from the harbour on our app", "call to action"),
        ("Stay updated with breaking news from Harbourton", "call to action"),
        ("Show full article", "widget line"),
        ("Read the full story", "widget line"),
    ],
)
def test_a_call_to_get_the_outlets_news_and_an_expander_button_go(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Read the latest updates on the harbour vote below:",
        "Residents can track the latest updates on the council's website, the board said.",
        '"Get the latest news to the crews first," the harbour master told his deputies.',
        "Follow the latest news on the ferry closure through the winter, the board said.",
        "Read the full report on the board's website, where the survey's tables are published too.",
        "Show the full article's sources to the board, Coun. Ana Ruiz asked.",
    ],
)
def test_reported_calls_and_pointers_in_the_text_stay(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line", ["Duration: 1 minute 48 seconds", "Duration 2:14", "Running time: 1 hr 12 min"]
)
def test_a_players_duration_label_goes(line):
    assert furniture_rule(line) == "widget line"


@pytest.mark.parametrize(
    "line",
    [
        "Duration: three days of hearings, two of them closed",
        "The duration of the closure is 18 months, the board said.",
        "Length: 42 metres",
    ],
)
def test_a_duration_in_the_news_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Related video: Copper prices hit record as AI data centres drive demand (Bloomberg)",
        "Related stories | Harbour dredging starts next week",
        "Related coverage: Ferry fares to rise in April",
    ],
)
def test_a_related_media_label_over_a_headline_goes(line):
    assert furniture_rule(line) == "promotion label"


@pytest.mark.parametrize(
    "line",
    [
        "Related video: the board released footage of the pier's corroded supports on Tuesday.",
        "Related stories ran in the Harbour Post in 2019, when the first survey was published.",
        "Related: the survey found corrosion in two piers.",
    ],
)
def test_a_related_sentence_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    ["Continue reading on the NewsWave app", "Read this story in our app", "Open in app", "Get the app"],
)
def test_a_call_to_go_on_in_the_app_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "The council's new app lets residents report potholes from their phones.",
        "Get the app from the council's site, Coun. Ana Ruiz said.",
        "Open in app stores since Tuesday, the ferry timetable has had 4,000 downloads.",
    ],
)
def test_news_about_an_app_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Due to the sensitive and/or legal subject matter of some of the content on harbourpost.example, we "
        "reserve the ability to disable comments from time to time.",
        "Comments closed.",
        "Please see our Commenting Policy for more.",
        "We reserve the right to remove comments that break these rules.",
    ],
)
def test_the_sites_comments_policy_goes(line):
    assert furniture_rule(line) == "comments button"


@pytest.mark.parametrize(
    "line",
    [
        "The paper closed comments on the story after threats, its editor said.",
        "Comments closed on the harbour plan on Friday, and the board will publish all 412 of them in March.",
        "The board reserves the right to close the pier without notice in a storm.",
        "We reserve the right to be angry about this, the harbour master told the meeting.",
    ],
)
def test_news_about_comments_and_rights_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line", ["(Release ID: 2109874) Visitor Counter : 1462", "Views: 12,408", "Hits: 311", "Page views: 98"]
)
def test_a_hit_counter_goes(line):
    assert furniture_rule(line) == "site credit"


@pytest.mark.parametrize(
    "line",
    [
        "Visits to the clinic: up 12% on last year",
        "The harbour museum counted 14,000 visitors: 1,400 more than in 2024.",
        "Visitors: the pier will stay open to visitors until 6 p.m.",
    ],
)
def test_counts_in_the_news_stay(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Northfield Athletics is proudly supported by First Prairie Bank, the Official Bank of the Panthers.",
        "The Harbour Hour is proudly brought to you by Glenmoor Credit Union",
    ],
)
def test_a_proud_sponsor_line_goes(line):
    assert furniture_rule(line) == "sponsor read"


@pytest.mark.parametrize(
    "line",
    [
        "The festival, proudly supported by the council, drew 4,000 people to the quay.",
        "The club said it is proudly supported by First Prairie Bank, which renewed its deal on Monday.",
        "The team is proudly supported by its fans. Attendance rose by a third this season, to 2,400 a game.",
    ],
)
def test_sponsorship_in_the_news_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "TEXT AD: Call Chukwudi on 0803 555 0147 for genuine Toyota spare parts. Nationwide delivery.",
        "ADVERTISEMENT: Harbour Motors, the coast's biggest dealer, opens on Saturday.",
        "Sponsored: Glenmoor Credit Union's new saver pays 4% a year.",
    ],
)
def test_an_advertisement_under_its_own_label_goes(line):
    assert furniture_rule(line) == "advertisement marker"


@pytest.mark.parametrize(
    "line",
    [
        "AD: We started in 2019 with two boats and a borrowed pier.",
        "Advertisements for the ferry's new timetable will run in March, the board said.",
        "Sponsored by the council, the regatta drew 40 boats.",
    ],
)
def test_initials_and_news_about_advertising_stay(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good "
        "society. For continued free access to the best investigative journalism in the country we ask you to "
        "consider making a modest support to this noble endeavour.",
        "By contributing to The Harbour Post, you are helping to sustain a journalism of relevance and ensuring "
        "it remains free and available to all.",
    ],
)
def test_an_appeal_to_the_reader_for_journalism_goes(line):
    assert furniture_rule(line) == "appeal for support"


@pytest.mark.parametrize(
    "line",
    [
        "The foundation's grants support local journalism in 14 counties, its director said.",
        '"If you support journalism, you pay for it," the publisher told the meeting.',
        "Donations to the newsroom's journalism fund fell by a third last year as two funders pulled out.",
        "Your support for the harbour plan matters, the mayor wrote in a letter to residents.",
    ],
)
def test_news_about_funding_journalism_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Road Closure: Main Street between 4th and 6th closed for water main repair through March 9. View All "
        "Alerts",
        "Boil water notice lifted for the east side. See all notices",
    ],
)
def test_an_alert_banner_with_its_view_all_link_goes(line):
    assert furniture_rule(line) == "widget line"


@pytest.mark.parametrize(
    "line",
    [
        "Main Street between 4th and 6th will be closed for water main repair through March 9.",
        "Residents can view all alerts on the county's website, the sheriff's office said.",
        "The county sends alerts by text and e-mail; 12,000 people have signed up since January.",
    ],
)
def test_news_about_alerts_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Receive email or text alerts when new press releases are posted.",
        "Get push notifications for breaking news from the coast",
        "Sign up for text alerts",
    ],
)
def test_a_notify_me_call_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "Residents can receive text alerts about flooding by signing up with the county.",
        "Receive text alerts about flooding by texting FLOOD to 555-0100, the county said.",
        "Get text alerts out to every household before the surge, the mayor told staff on Tuesday.",
    ],
)
def test_news_about_alert_services_stays(line):
    assert furniture_rule(line) is None
