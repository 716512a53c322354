"""Rules from the blind page set pages_final159 (measured once on 97fa62cd; bot.web.page_rules, page_lines): a release's
closing line sending the reader on an errand of the story's to a person under a role in lower case at a number stays, and
so does a notice's closing sign-up for alerts of further changes to what it told; a text-message sign-up (a keyword to a
short code, "Reply STOP to cancel"), a download's note closing on "For personal use only" and a card's button closing its
blurb on an arrow go. Lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned

# -- an errand of the story's sent to a person by role and number -------------------------------------------------------


def test_an_errand_sent_to_a_named_role_at_a_number_stays():
    for line in (
        "To sign up for a pier tour or ask about the closures, contact harbour engineer Nadia Ferrante at 555-201-0193 "
        "or nferrante@harbourboard.example.",
        "To book a place on the survey walk, call board secretary Tom Ahern at (555) 201-0147 or e-mail tours@hb.example.",
    ):
        assert furniture_rule(line) is None, line
        assert cleaned([*FERRY_STORY, line]) == [*FERRY_STORY, line], line
    # near misses: the site's own errands, or a line the site signs, stay its furniture
    for line in (
        "To advertise, contact sales manager Jane Doyle at 555-201-0100 or ads@quaynews.example.",
        "To report an error, contact our editor Sam Reyes at 555-201-0111 or desk@quaynews.example.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a notice's sign-up for alerts of further changes -------------------------------------------------------------------


def test_a_sign_up_for_alerts_of_further_changes_closing_a_notice_stays():
    line = (
        "Printed timetables are at the ticket office. Sign up for text alerts to get notice of any further changes, "
        "including storm closures."
    )
    assert furniture_rule(line) is None
    assert cleaned([*FERRY_STORY, line]) == [*FERRY_STORY, line]
    # near misses: the site's stream of news, named by no change, is still a call
    for line in (
        "Printed timetables are at the ticket office. Sign up for text alerts for further updates.",
        "Printed timetables are at the ticket office. Sign up for text alerts to get notice of breaking news.",
    ):
        assert furniture_rule(line) == "call to action", line


# -- a text-message sign-up -------------------------------------------------------------------------------------------


def test_a_text_message_sign_up_goes():
    assert_rule_takes(
        "call to action",
        [
            "Text QUAY to 55123 for closures on your crossing. Reply STOP to cancel.",
            "Text NORTH, SOUTH or PIER to 20455 to get harbour alerts.",
            "Get sailing alerts on your phone. Reply STOP to opt out.",
        ],
        [
            "Supporters were asked to text VOTE to 50555, the campaign said.",
            "Residents can text their questions to the harbour office.",
            "She told the crew to stop and reply to the board by Friday.",
        ],
    )


# -- a download's note closing on its terms -------------------------------------------------------------------------------


def test_a_downloads_note_closing_on_personal_use_only_goes():
    assert_rule_takes(
        "small print",
        [
            "The printable chart includes the tide tables and a blank page for your own notes. For personal use only, "
            "please!",
            "Free to download and print. For personal and non-commercial use only.",
        ],
        [
            "The museum said the photographs are for personal use only.",
            "For personal use only, the permits allow a single boat per household and expire at the end of March.",
            "The quay's slipway is for residents' use only.",
        ],
    )


# -- a card's button closing its blurb on an arrow ---------------------------------------------------------------------

_CARD = "| BOAT OF THE MONTH The Gannet, a 1958 clinker launch, was restored by volunteers this winter. She is for sale!"


def test_a_cards_linked_button_closing_on_an_arrow_goes():
    links = frozenset({"see the gannet", "the gannet"})
    assert cleaned([*FERRY_STORY, f"{_CARD} See the Gannet → |"], links) == [*FERRY_STORY, _CARD]
    # near misses: the same words linked nowhere, or a link without the arrow, stay
    line = f"{_CARD} See the Gannet → |"
    assert cleaned([*FERRY_STORY, line], frozenset({"the gannet"})) == [*FERRY_STORY, line]
    line = f"{_CARD} See the Gannet |"
    assert cleaned([*FERRY_STORY, line], links) == [*FERRY_STORY, line]
