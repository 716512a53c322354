"""Rules from the twenty-ninth pass's blind page sets written after its end set, pages_final86 and pages_final87 (each
measured once on dcc45e1; bot.web.page_rules, bot.web.page_lines): a caption closing with a tech site's "Image
Credits: …", a tabloid's tip box run into one line ("We pay for your stories! Do you have a story …? Email us …"), a
readers' comments heading run into its first signature or set in a cell ("| Your Comments |"), and a link of a few
words alone after the text (an author card's "View Bio"). Lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import fold
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned


def test_a_captions_image_credits_label_goes():
    assert_rule_takes(
        "photo credit",
        ["Voltaris' pilot facility outside Reno, Nevada. Image Credits: Voltaris"],
        [
            "The firm filed its plans in March. Image credits: the firm owns all of them, the lawyer said on Friday."
        ],
    )


def test_a_tabloids_tip_box_run_into_one_line_goes():
    assert_rule_takes(
        "call to action",
        [
            "We pay for your stories! Do you have a story for The Daily Blaze news team? Email us at "
            "tips@dailyblaze.co.uk or call 0207 782 4104. You can WhatsApp us on 07423 720 250. We pay for videos too."
        ],
        [
            "We pay for your stories. Do you think that is fair? The editor said readers have asked that question "
            "for years, and the answer is yes."
        ],
    )


def test_a_comments_heading_run_into_its_first_signature_cuts_the_comments():
    lines = [
        *FERRY_STORY,
        "The board will meet again in May.",
        "Readers' Comments (2) Cheruiyot, Litein - 10/12/2013 9:14:02 AM",
        "These board members must go home. Every year it is the same story.",
    ]
    assert cleaned(lines) == [*FERRY_STORY, "The board will meet again in May."]


def test_your_comments_in_a_cell_cuts_the_comments():
    lines = [
        *FERRY_STORY,
        "The board will meet again in May.",
        "| Your Comments |",
        "| Government must release payment immediately. - Ravi, Bangalore |",
    ]
    assert cleaned(lines) == [*FERRY_STORY, "The board will meet again in May."]


def test_a_comments_count_inside_a_sentence_stays():
    lines = [
        *FERRY_STORY,
        "Readers' comments (2) on the plan were read out at the meeting on 10/12/2013, the clerk said.",
    ]
    assert cleaned(lines)[-1] == lines[-1]


def test_a_short_link_alone_after_the_text_goes_and_a_sentence_stays():
    links = frozenset({fold("View Bio"), fold("Read the survey")})
    assert cleaned([*FERRY_STORY, "View Bio"], links) == FERRY_STORY
    assert cleaned([*FERRY_STORY, "Read the survey."], links)[-1] == "Read the survey."
