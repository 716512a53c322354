"""Rules written on pages_final21's leaks (bot.web.page_rules): an agency's sign-off of its name, desks' initials and
the year ("CMC/ir/kb/2026"), a gate naming a plan ("exclusive to Pro subscribers") that cuts the pitch after it, a
live page's note that it updates by itself, a distribution service's notes on its releases (given "as is" without
warranty; its editors review every release) and a page's review stamp ("Page last reviewed: …"). Lines written for
the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

TEXT = [
    "The county's harbor commission voted on Monday to dredge the north channel next autumn, after two fishing "
    "boats ran aground on the shoal there in the last year and a third lost its rudder.",
    "The channel has not been dredged since 2009, and the commission's engineer said the shoal has grown by "
    "nearly a meter in the last three winters alone, faster than any survey had predicted.",
]


def test_agency_sign_off_with_desk_initials_and_year():
    assert furniture_rule("CMC/ir/kb/2026")
    assert furniture_rule("ANA/jm/2025")
    assert not furniture_rule("USD/EUR")  # a currency pair: no desks' initials, no year
    assert not furniture_rule("CMC/2026")


def test_gate_naming_a_plan_cuts_the_pitch_after_it():
    lines = [
        *TEXT,
        "The Ledger Pro",
        "This article is exclusive to Pro subscribers.",
        "Pro subscribers get the full story, plus bill tracking and a daily briefing before 6 a.m.",
    ]
    out = clean_extracted("\n".join(lines))
    assert "exclusive to Pro subscribers" not in out
    assert "bill tracking" not in out
    assert TEXT[1] in out


def test_gate_naming_a_plan_leaves_a_sentence_about_subscribers():
    line = "The newsletter said its deals are open to Pro subscribers only."
    assert not furniture_rule(line)


def test_live_page_note_that_it_updates_by_itself():
    assert furniture_rule("This page updates automatically. If new posts don’t appear, please refresh.")
    assert furniture_rule("The live blog will refresh automatically.")
    assert not furniture_rule("The timetable updates automatically every night, the operator said.")


def test_distribution_service_notes_on_its_releases():
    assert furniture_rule(
        "Wirehouse provides this news content “as is” without warranty of any kind. We do not accept any "
        "responsibility or liability for the accuracy of the information contained in this article."
    )
    assert furniture_rule(
        "Wirehouse’s priority is source transparency. We do not allow anonymous clients, and our editors review "
        "every release for false or misleading content before distribution."
    )
    assert not furniture_rule("The used car was sold as is, without a warranty, the buyer told the court.")
    assert not furniture_rule(
        "Our editors review every letter before it is printed, the paper said in a statement."
    )


def test_page_review_stamp():
    assert furniture_rule("Page last reviewed: 2 December 2026")
    assert furniture_rule("Next review due: 2 December 2027")
    assert not furniture_rule("The page was last reviewed in 2019 and is out of date, the trust admitted.")
