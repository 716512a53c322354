"""Rules written on pages_final27's leaks: a gate's heading "This article is for <Plan> subscribers" (the paywall cut), a
transcript's heading with its note in brackets ("Transcript excerpt (auto-generated, lightly edited)"), an appeal's
heading naming the outlet ("Keep the Report free for everyone"), a newsletter's "You received this because you
subscribed to …" (bot.web.page_rules) and the editor's signature closing with a call to reply (bot.web.page_lines).
Lines written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The county commission voted 3-2 on Tuesday night to put a quarter-cent sales tax for road repairs on the May "
    "ballot, ending a debate that stretched over four meetings and two public hearings.",
    "The tax would raise about $4.1 million a year for ten years, and the county engineer said the first repairs "
    "would start on the roads rated worst in the spring survey.",
    '"People are going to ask us why we need more money when there is money in the bank," said Commissioner Ed '
    "Barlow, who voted no.",
    "Commission chair Linda Frey said the reserve was needed for emergencies and that a third of the paved roads "
    "are rated poor by the county's own engineers.",
]


def _clean(*tail: str) -> str:
    text = clean_extracted("\n".join([*BODY, *tail]))
    assert all(p in text for p in BODY)
    return text


# -- a gate's heading with "for" alone ---------------------------------------------------------------------------


def test_a_gate_for_a_plans_subscribers_cuts_the_pitch():
    text = _clean(
        "This article is for GridWatch Pro subscribers",
        "Get full access to market and policy coverage, plus our project tracker.",
        "- Daily analysis of filings",
        "- Weekly briefings",
    )
    assert "Pro subscribers" not in text and "full access" not in text and "Weekly briefings" not in text


def test_a_story_for_readers_stays():
    line = (
        "This story is for anyone who has waited in the county's permit queue, the clerk wrote in her letter."
    )
    assert furniture_rule(line) is None


# -- a transcript's heading with its note -----------------------------------------------------------------------


def test_a_transcript_heading_with_its_note_goes():
    assert furniture_rule("Transcript excerpt (auto-generated, lightly edited)") == "small print"
    assert furniture_rule("Full transcript (machine-generated)") == "small print"


def test_a_transcript_heading_without_a_note_or_a_sentence_stays():
    assert furniture_rule("Transcript (page 4)") is None
    assert furniture_rule("Transcripts (edited) of the hearing were released to the court on Friday.") is None


# -- an appeal's heading naming the outlet ----------------------------------------------------------------------


def test_an_appeal_heading_naming_the_outlet_goes():
    assert furniture_rule("Keep the Report free for everyone") == "appeal for support"
    assert furniture_rule("Keep The Ledger independent") == "appeal for support"


def test_a_sentence_keeping_something_free_stays():
    assert furniture_rule('"Keep the park free for everyone," the mayor said.') is None
    assert furniture_rule("Keep the park free for everyone") is None
    assert furniture_rule("Keep the Trail free for everyone, the board urged hikers on Monday.") is None


# -- a newsletter's trailer with the e-mail unnamed -------------------------------------------------------------


def test_you_received_this_because_you_subscribed_goes():
    line = "You received this because you subscribed to The Ridge County Report."
    assert furniture_rule(line) == "e-mail trailer"


def test_a_story_about_a_letter_received_stays():
    line = "You received this because of a clerical error, the county's letter to 4,000 residents said."
    assert furniture_rule(line) is None


# -- the editor's signature with a call to reply ----------------------------------------------------------------


def test_a_signature_with_a_reply_call_goes_with_the_short_lines_under_it():
    text = _clean(
        "— Maggie Lund, editor. Reply to this email with tips, corrections or questions.",
        "Paying members cover about two-thirds of our costs.",
        "The Ridge County Report, PO Box 118, Ridgeville",
    )
    assert "Maggie Lund" not in text and "Reply to this email" not in text and "PO Box" not in text


def test_an_epigraphs_attribution_stays():
    text = _clean("— Mark Twain, novelist.", "The next meeting is on Jan. 9.")
    assert "Mark Twain" in text
    text = _clean("— Maggie Lund, editor. The tax vote is on May 5.")
    assert "Maggie Lund" in text
