"""Line rules written after the eighth blind page set (tests/data/pages_final5): the gate over a comment
form, and the other furniture its layouts showed. Every line here is written for the test; each rule
has near misses that must stay article text.
"""

from __future__ import annotations

import pytest

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import cleaned as _clean


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


BODY = [
    "The county will spend 3.2 million dollars on flood defences along the Arden river this year, the "
    "environment department said on Monday, after two winters in which the town centre flooded.",
    "The money will pay for a new embankment at Weir Meadow and for raising the footbridge at Station Road "
    "by half a metre, work that the department expects to finish before the autumn rains.",
]


def test_a_reporters_tagline_closing_the_story_goes():
    tagline = "Tomas Reyes covers water and farming for the Arden Ledger. Send tips to the newsroom."
    assert _clean([*BODY, tagline]) == BODY


def test_a_last_paragraph_about_someone_covering_something_stays():
    for last in (
        "Harlan County covers the cost of the footbridge for Weir Meadow residents.",
        "Tomas Reyes covers the cost of his own pumps, he said.",
        "Tomas Reyes covers the night shift at the pumping station.",
    ):
        assert _clean([*BODY, last]) == [*BODY, last]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Catch all the Local News and Weather Updates on Arden Today. Download The Arden Today App to get "
            "Daily Alerts.",
            "call to action",
        ),
        ("These takeaways are AI-generated and reviewed by our editors.", "small print"),
        ("This summary was AI-generated.", "small print"),
        ("Summary generated automatically. Read the full article below.", "small print"),
    ],
)
def test_an_app_call_in_a_later_sentence_and_a_summary_boxs_note_go(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The city launched a parking app last week. Download figures show 40,000 users.",
        "The summary, which was AI-generated, contained errors, the court heard.",
        "The summary was machine-generated and riddled with errors, the judge found.",
        "The fake video was generated using AI, police said.",
    ],
)
def test_news_about_apps_and_machine_written_text_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("lr/mv/jg", "newswire trailer"),
        ("ef/ale", "newswire trailer"),
        ("Video Player Close", "widget line"),
        ("Play Video", "widget line"),
        ("Video Player is loading.", "widget line"),
    ],
)
def test_a_desks_initials_and_a_players_controls_go(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Replay",
        "Play ball",
        "Stop the video",
        "Player of the match",
        "Video player fails",
        "Lr/MV/JG went public.",
    ],
)
def test_lines_near_the_initials_and_the_player_stay(line):
    assert furniture_rule(line) is None


def test_an_appeal_closing_with_its_call_goes():
    appeal = "Enjoying The Arden Note? It's free, and it stays free because 300 readers chip in $5 a month. Become a supporter."
    assert furniture_rule(appeal) == "appeal for support"
    assert furniture_rule("Like this newsletter? Become a paying member.") == "appeal for support"


@pytest.mark.parametrize(
    "line",
    [
        "Residents were asked to give. Donate now, the posters said.",
        "Become a member of the library to borrow e-books.",
        "The club wants 200 new members. Become a member at the clubhouse on Saturday.",
        "The hospice was supported by 300 donors last year. Donations fell in the winter.",
    ],
)
def test_news_about_giving_and_membership_stays(line):
    assert furniture_rule(line) is None


def test_an_advertisements_placeholder_goes():
    line = "This advertisement has not loaded yet, but your article continues below."
    assert furniture_rule(line) == "advertisement marker"
    assert (
        furniture_rule("The advertisement has not been shown on television since 2019, the regulator said.")
        is None
    )


def test_a_short_label_repeated_between_paragraphs_goes():
    label = "Article content"
    lines = [BODY[0], label, BODY[1], label, BODY[0].replace("county", "city"), label]
    assert _clean(lines) == [BODY[0], BODY[1], BODY[0].replace("county", "city")]


def test_repeated_names_salutations_and_twice_said_labels_stay():
    speaker = [
        BODY[0],
        "PRIYA SHAH",
        BODY[1],
        "PRIYA SHAH",
        "We lost the ground floor twice.",
        "PRIYA SHAH",
        "Yes.",
    ]
    assert _clean(speaker) == speaker
    letters = [
        "Dear Editor,",
        BODY[0],
        "Dear Editor,",
        BODY[1],
        "Dear Editor,",
        "The footbridge must be raised.",
    ]
    assert _clean(letters) == letters
    # (a label said twice; "Article content" itself is a chain's furniture by name since the twenty-ninth pass)
    twice = [BODY[0], "Story so far", BODY[1], "Story so far"]
    assert _clean(twice) == twice
