"""Line rules written after the eighth blind page set (tests/data/pages_final5): the gate over a comment
form, and the other furniture its layouts showed. Every line here is written for the test; each rule
has near misses that must stay article text.
"""

from __future__ import annotations

import pytest

from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize(
    "line",
    [
        "- Log in or register to post comments",
        "You must be logged in to post a comment.",
        "Sign in to comment",
        "Please log in to reply",
        "Register to leave a comment",
    ],
)
def test_the_gate_over_a_comment_form_goes(line):
    assert furniture_rule(line) == "comments button"


@pytest.mark.parametrize(
    "line",
    [
        "Register to comment on the draft plan before March 31.",
        "Residents must register to comment on the plan.",
        "You must log in to post comments, the site said.",
    ],
)
def test_a_report_about_commenting_stays(line):
    assert furniture_rule(line) is None
