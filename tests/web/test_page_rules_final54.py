"""Rules written on the misses of pages_final54, pages_final55 and pages_final56 (bot.web.page_rules): a call to get the
outlet's news by following it on a platform ("Get the latest <Town> news by following <Outlet> on Google News"); a call
to join the outlet's channels after "For more news," ("For more news, join <Outlet>'s WhatsApp and Telegram channels.");
a call to answer in the comments closing the line ("… Let us know in the comments below"); a copyright line of a name
and a year without the sign ("Copyright <Outlet>, 2026"); a sign-up call for "our" stories closing the line; a
sponsor's discount for the outlet's readers ("20% off … for <Outlet> readers"); a station's call to reach its studio by
a number ("Have your say: Text the studio on 51964 or WhatsApp …"); a comment page's call for a letter in reply ("If you
would like to submit a response … in our letters section, please click here."). Lines written for the test; near misses
must stay.
"""

from __future__ import annotations

import pytest

from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest Ashby news by following Ashby Today on Google News",
        "Get breaking Midlands news by adding the Herald Live on Google News",
        "Receive the top stories by joining our community on WhatsApp",
    ],
)
def test_a_call_to_get_the_news_by_following_the_outlet_goes(line):
    assert furniture_rule(line) == "call to get the news on a platform"


@pytest.mark.parametrize(
    "line",
    [
        "For more news, join The Coastal Courier’s WhatsApp and Telegram channels.",
        "For the latest updates, join our Telegram channel",
        "For more local news, join the Valley Post WhatsApp groups.",
    ],
)
def test_a_call_to_join_the_outlets_channels_after_the_news_it_brings_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "Have you eaten at any of these cafes? Let us know in the comments below",
        "Which of these walks is your favourite? Tell us in the comments section.",
        "What do you make of the new timetable? Share your thoughts in the comments below!",
    ],
)
def test_a_call_to_answer_in_the_comments_goes(line):
    assert furniture_rule(line) == "comments button"


@pytest.mark.parametrize(
    "line",
    [
        "Copyright Harbour Business Daily, 2026",
        "Copyright Lakeside Ledger Media, 2025.",
        "Copyright Northern Courier 2026",
    ],
)
def test_a_copyright_line_of_a_name_and_a_year_goes(line):
    assert furniture_rule(line) == "copyright line"


@pytest.mark.parametrize(
    "line",
    [
        "The Beacon is an independent newsroom covering the state capitol. Sign up to receive our best stories as soon "
        "as they’re published.",
        "Sign up to receive our investigations as soon as they are published.",
        "Read the full series. Sign up for our stories on the water crisis as they’re published.",
    ],
)
def test_a_sign_up_call_for_our_stories_goes(line):
    assert furniture_rule(line) == "sign-up call for our stories"


@pytest.mark.parametrize(
    "line",
    [
        "Spring tune-ups are 15% off through April for Commute Weekly readers. Mention the newsletter at the counter.",
        "Tickets are 25% off this month for Lakeside Ledger subscribers with the code LEDGER25.",
    ],
)
def test_a_sponsors_discount_for_the_outlets_readers_goes(line):
    assert furniture_rule(line) == "sponsor's discount for readers"


@pytest.mark.parametrize(
    "line",
    [
        "Have your say: Text the studio on 53100 or WhatsApp 086 555 0142.",
        "Call the newsroom at 555-0148",
        "Have your say: call the studio on 1850 715 715 or text 51515",
    ],
)
def test_a_call_to_reach_the_studio_by_a_number_goes(line):
    assert furniture_rule(line) == "call to reach the studio"


@pytest.mark.parametrize(
    "line",
    [
        "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up "
        "to 250 words by email to be considered for publication in our letters section, please click here.",
        "If you would like to submit a letter for publication in our letters page, you can email us.",
    ],
)
def test_a_call_for_a_letter_in_reply_goes(line):
    assert furniture_rule(line) == "call for a letter in reply"


@pytest.mark.parametrize(
    "line",
    [
        # news copy on the same words
        "Residents get the latest flood news by following the council on Facebook, the mayor said.",
        "For more news, residents joined the council's WhatsApp group in their hundreds.",
        "He asked viewers to let us know in the comments which route they take.",
        "“Let us know in the comments below,” the streamer told her audience every night.",
        "Copyright law changed in 2026.",
        "Copyright claims rose sharply in 2026, the agency said.",
        "Residents can sign up to receive the county's flood alerts at the library.",
        "“Sign up to receive our stories as soon as they’re out,” the organiser said.",
        "Copyright Office records show 4,000 claims in 2026",
        "Fares are 20% off through February for seniors and students.",
        "Shops offered 10% off for Gazette readers, the owner said.",
        "She tried to call the studio on Monday but the line was busy.",
        "Listeners could text the studio on 51964, the station said.",
        "The council asked residents to submit a response to the plan by March 3.",
        "If you would like to submit a response to the consultation, the deadline is Friday.",
    ],
)
def test_news_lines_on_the_same_words_stay(line):
    assert furniture_rule(line) is None
