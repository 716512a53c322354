"""Rules from the forty-eighth pass's closing page set pages_final172 (measured once on its final page code;
bot.web.page_rules, page_boxes, page_lexicon, bot.text.clean): a line sending the questions about the story's thing to
an office with no modal ("… go to the <Team> at …"), a notice that entries to the story's own event are open with the
call to the officer taking them, and a note that the story was changed saying what the change did stay; the reward for
passing a newsletter on promised by its one writer ("… and I'll mail you …"), a donation box's ladder of what each sum
buys, and a poll whose answers are links numbered at the end of one address go. Pages and lines written for the test;
near misses must stay as they were."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.text.clean import is_furniture
from bot.web.page_boxes import drop_choice_boxes
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- questions about the story's thing that go to an office ---------------------------------------------------------------

_QUESTIONS = (
    "Questions about the survey or the pontoon go to the Harbour Works Team at works@harbour.example. Questions about "
    "a mooring go to the harbourmaster."
)


def test_questions_about_the_storys_thing_that_go_to_an_office_stay():
    assert _QUESTIONS in cleaned([*FERRY_STORY, _QUESTIONS])
    # near misses: the site's own things, the reader's account with it, no office named go as a contact e-mail
    for line in (
        "Questions about this story go to Dana Reyes at news@harbour.example.",
        "Questions about your subscription go to Reader Services at help@harbour.example.",
        "Questions go to works@harbour.example.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- entries to the story's own event open, with the officer taking them ---------------------------------------------------

_ENTRIES = (
    "Entries for the Autumn Regatta on 4–5 October are now open. Contact the regatta secretary on 01632 960 731 or at "
    "regatta@harbourrowing.example."
)


def test_a_notice_that_entries_are_open_with_the_officer_taking_them_stays():
    assert _ENTRIES in cleaned([*FERRY_STORY, _ENTRIES])
    bookings = (
        "Bookings for the Harbour Dinner are open until May 1. Call the club's social secretary on 555-201-0144 or "
        "email dinner@harbourrowing.example."
    )
    assert bookings in cleaned([*FERRY_STORY, bookings])
    # near misses: the site itself, its desk, no phone number, no call to an officer by role
    for line in (
        "Entries for the Autumn Regatta are now open. Contact us on 01632 960 731 or at news@harbour.example.",
        "Entries for the Photo Prize are now open. Contact the editor on 01632 960 731 or at news@harbour.example.",
        "Entries for the Autumn Regatta are now open. Contact the regatta secretary at regatta@harbourrowing.example.",
        "Entries for the Autumn Regatta are now open. Email regatta@harbourrowing.example.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a note that the story was changed, saying what the change did ----------------------------------------------------------

_CHANGE = "This story was updated on March 4 to correct the number of piles found rotten."


def test_a_note_saying_what_a_change_to_the_story_did_stays():
    assert _CHANGE in cleaned([*FERRY_STORY, _CHANGE])
    corrected = "This article has been corrected to reflect that the board voted 5-2."
    assert corrected in cleaned([*FERRY_STORY, corrected, FERRY_STORY[0]])
    for line in (_CHANGE, corrected):  # (the analysis reads the text again with ``is_furniture``)
        assert not is_furniture(line) and not is_furniture(line, last=True), line


def test_a_bare_note_that_the_story_changed_still_goes():
    # near misses: a stamp saying nothing of the text, a republishing credit
    for line in (
        "This story was updated.",
        "This article was updated at 4:05 p.m.",
        "This story has been updated with additional reporting.",
        "This story was originally published by the Harbour Gazette.",
    ):
        assert is_furniture(line), line
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- the reward for passing a newsletter on, promised by its writer ---------------------------------------------------------


def test_a_referral_reward_promised_by_the_newsletters_writer_goes():
    assert_rule_takes(
        "call to pass the issue on",
        [
            "Harbour Notes grows by word of mouth. Refer two friends and I'll post you a tide table. Refer five and "
            "I'll buy you a pint at the Anchor.",
            "Refer 3 readers and I will send you the harbour calendar.",
        ],
        [
            # narration: the writer tells what someone did, no reward promised to the reader
            "Last winter the harbourmaster referred three skippers to the boatyard, and I watched them haul out.",
            "Refer to the tide table and I'll explain the rest at the meeting.",
        ],
    )
    line = "Refer two friends and I'll post you a tide table."
    assert cleaned([*FERRY_STORY, line]) == FERRY_STORY


# -- a donation box's ladder of what each sum buys --------------------------------------------------------------------------

_LADDER = (
    "Every gift stays on the quay. $20 buys a lifejacket for a cadet. $80 covers a season of engine servicing, and you "
    "can give monthly from as little as $5."
)


def test_a_ladder_of_what_each_gift_buys_goes():
    assert_rule_takes(
        "donation box's pitch",
        [
            _LADDER,
            "A gift of £15 pays for a day of lock-keeping. A gift of £60 pays for a new paddle gear.",
        ],
        [
            # a sum of the news, one sum alone, sums that ask no one to give
            "$2 million covers the first phase. $5 million covers the quay wall, and you will see cranes by May.",
            "$12 covers entry to the regatta for a crew of four.",
            "$12 covers entry for a crew. $30 covers a club of three crews at the regatta.",
        ],
    )
    assert cleaned([*FERRY_STORY, _LADDER]) == FERRY_STORY


# -- a poll whose answers are links numbered at the end of one address -------------------------------------------------------


def _poll(question: str, hrefs: list[str], labels: list[str]) -> str:
    answers = "".join(
        f'<a class="answer" href="{href}">{label}</a>' for href, label in zip(hrefs, labels, strict=True)
    )
    return f'<div class="poll-box"><p><b>{question}</b></p>{answers}<p>Sign in to vote.</p></div>'


_ANSWERS = ["⚓ Keep the old quay", "🐟 A fish market", "🚤 More moorings"]


def test_a_poll_of_links_numbered_at_the_end_of_one_address_goes():
    hrefs = [f"https://notes.example/polls/7c1d/{i}" for i in (1, 2, 3)]
    text = page_text(QUAY_STORY + _poll("What should replace the north quay sheds?", hrefs, _ANSWERS))
    assert "Paragraph 5" in text and "replace the north quay sheds" not in text and "fish market" not in text


def test_numbered_links_that_are_no_poll_stay():
    for box in (
        # a pager: numbers with no word
        _poll(
            "Looking for older notices?",
            [f"https://notes.example/notices/page/{i}" for i in (1, 2, 3)],
            ["1", "2", "3"],
        ),
        # the same links under no question
        _poll(
            "Other harbour notices",
            [f"https://notes.example/polls/7c1d/{i}" for i in (1, 2, 3)],
            _ANSWERS,
        ),
        # links to pages of their own
        _poll(
            "What should replace the north quay sheds?",
            ["https://notes.example/quay", "https://notes.example/market", "https://notes.example/moorings"],
            _ANSWERS,
        ),
    ):
        tree = lxml_html.fromstring(f"<html><body>{QUAY_STORY}{box}</body></html>")
        before = tree.text_content()
        drop_choice_boxes(tree)
        assert tree.text_content() == before, box
