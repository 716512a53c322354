"""Rules written on the misses of pages_final57 (bot.web.page_rules): a call to join the outlet's channel on a platform,
the outlet named as the channel's owner ("Join <Outlet>'s WhatsApp Channel and get the latest news") or the channel
closing a link's words ("Click here to join the official <Outlet> WhatsApp channel"); a donation box's pitch, its
heading ("Support our <Outlet> today"), a small price per period for which the reader can help "us" ("For the price of a
cup of coffee a month you can help us …") and a reader's "Want to help?" answered with where to give. Lines written for
the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize(
    "line",
    [
        "Join HB’s WhatsApp Channel and get the latest news and must-reads.",
        "Join Harbour Ledger's Telegram channel for breaking news.",
        "Please join Coast FM’s WhatsApp channel",
    ],
)
def test_a_call_to_join_the_outlets_channel_by_its_name_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "Click here to join the official Harbour Radio Online WhatsApp channel",
        "Tap here to follow the Quayside Daily Telegram channel.",
    ],
)
def test_a_link_to_join_a_platforms_channel_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "Support our Ledger today",
        "Support our Harbour Ledger now",
        "For the price of a cup of coffee a month you can help us build an independent news service for the valley.",
        "For less than a pint a week, you can help us cover every council meeting in the valley.",
        "Want to help? Donations to the Boiler Fund can be made through our website or at the booking office.",
        "Would you like to help? You can donate at the shop or online.",
    ],
)
def test_a_donation_boxs_pitch_goes(line):
    assert furniture_rule(line) == "donation box's pitch"


@pytest.mark.parametrize(
    "line",
    [
        # news copy on the same words
        "Residents can join the club’s WhatsApp channel for match updates.",
        "Join Maria’s WhatsApp group to swap seeds, neighbours were told.",
        "Join Maria’s WhatsApp group to swap seeds.",
        "He said: “Join the union’s WhatsApp channel.”",
        "Click here to join the waitlist for the pool.",
        "Residents can click here to join the council's WhatsApp channel.",
        "Support our troops",
        "Support for the plan grew today.",
        "Support our NHS today, the union urged.",
        "For the price of a coffee a month you can stream the whole catalogue.",
        "For the price of a cup of coffee a month you can help us keep the shelter open, the director said.",
        "Want to help? Volunteers were asked to bring blankets to the shelter.",
        "Want to help? Donations can be made at the shelter, she said.",
        "“Want to help? Give blood,” the nurse told the crowd.",
    ],
)
def test_news_lines_on_the_same_words_stay(line):
    assert furniture_rule(line) is None
