"""Line rules written on pages_final6's misses (bot.web.page_rules, bot.web.page_lines): calls to follow or
contact the outlet, credits and provenance trailers, a betting site's notices, a developer blog's boxes, an
appeal's closing call, a translation note. Sentences written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize(
    "line",
    [
        "Get the top headlines from Harbourton delivered to your inbox every morning.",
        "Sign up to get our weekly roundup straight to the inbox.",
        "The briefing lands in your inbox at 6 a.m. Sign up now!",
    ],
)
def test_a_newsletter_call_naming_the_inbox_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        # a writer's own inbox, in the closing paragraph of a post: the article's words
        "If you run a portal like ours and are thinking about the same move, my inbox is open, and our "
        "code is on the city's public repository.",
        "Our inbox was full of your questions about the bridge closure, so here are the answers.",
        "Inbox zero is a myth for most of our readers, a survey suggests.",
    ],
)
def test_an_inbox_that_delivers_nothing_stays(line):
    assert furniture_rule(line) is None
