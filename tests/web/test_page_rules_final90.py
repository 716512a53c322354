"""Rules from the thirtieth pass's blind page sets pages_final89 and pages_final90 (each measured once on 47bdd2c;
bot.web.page_rules, bot.web.page_lines, bot.text.clean): a reader's comment opened by its signature and a stamp in
figures; a layout row holding the page's print and e-mail tools beside the byline; a newsletter's note of what its paid
tier gets with the call to upgrade; a call to join the outlet on WhatsApp for its news; "Share this live blog"; a
most-read list's numbered links; a card's date stamp between related links; a comments heading run into its first
comment's "Posted by …:". Lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.text.clean import is_furniture
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned


def test_a_readers_comment_under_its_signature_goes():
    assert_rule_takes(
        "reader's comment under its signature",
        [
            "oldminer62 wrote on 4/12/2024 11:58 AM: Worked in Chuquicamata in the 80s. Water was a problem then too.",
            "| jd_harlow said on 03/02/2025 at 9:14 pm: The council never listens. |",
        ],
        [
            "Ruiz wrote on March 3: “We will not close the clinic while I am mayor.”",
            "The union wrote on 4/12/2024 that its members would strike, the company said.",
        ],
    )


def test_a_row_with_the_pages_tools_beside_the_byline_goes():
    assert_rule_takes(
        "row with the page's tools",
        [
            "| By LAURA MÉNDEZ Global Wire Service Posted: 04/12/2024 10:41:22 AM EDT | Print this story E-mail to a friend |",
            "| Sections | E-mail to a friend |",
        ],
        [
            "| Mayor | Council | Staff |",
            "| The mayor said she would print this story for the council. | E-mail to a friend |",
        ],
    )


def test_a_paid_tiers_extra_and_a_call_to_join_on_whatsapp_go():
    assert_rule_takes(
        "paid tier's note",
        ["Paid subscribers get the full spreadsheet of state BEAD timelines. Upgrade here."],
        ["Paid subscribers get the spreadsheet too, the founder said in an interview."],
    )
    assert_rule_takes(
        "call to get the news on a platform",
        ["Join Daily Frontline Nigeria on WhatsApp for breaking news and updates."],
        ["Residents join groups on WhatsApp for news about the flood, the chief said."],
    )
    assert is_furniture("Share this live blog") and is_furniture("Share this post")
    assert not is_furniture("Share this post with your neighbours, the council urged.")


def test_a_most_read_lists_numbered_links_and_cards_with_their_stamps_go():
    links = frozenset(
        {
            "polling percentage in hyderabad lowest in state",
            "heatwave schools told to end classes by noon",
            "northwind logistics to present at midwinter transportation conference",
            "northwind logistics completes acquisition of sierra carga",
        }
    )
    most_read = [
        "1. Polling percentage in Hyderabad lowest in State",
        "2. Heatwave: schools told to end classes by noon",
    ]
    assert cleaned([*FERRY_STORY, *most_read], links) == FERRY_STORY
    cards = [
        "Northwind Logistics to Present at Midwinter Transportation Conference",
        "Feb 06, 2024, 08:30 ET",
        "Northwind Logistics Completes Acquisition of Sierra Carga",
        "Dec 14, 2023, 07:00 ET",
    ]
    kept = cleaned([*FERRY_STORY, *cards], links)
    assert not any("Northwind" in line for line in kept) and kept[:3] == FERRY_STORY
    # a linked heading alone between the text's paragraphs stays
    alone = cleaned(
        [FERRY_STORY[0], "1. Polling percentage in Hyderabad lowest in State", *FERRY_STORY[1:]], links
    )
    assert "1. Polling percentage in Hyderabad lowest in State" in alone


def test_a_comments_heading_run_into_its_first_posters_signature_ends_the_text():
    heading = (
        "Readers' Comments Posted by Ravi Shankar, Attapur: Board should first stop the illegal connections in our "
        "area, then there will be enough water for everybody."
    )
    lines = [*FERRY_STORY, *FERRY_STORY, heading, "Posted by N. Lakshmi: Tanker booking site is not working."]
    assert cleaned(lines) == [*FERRY_STORY, *FERRY_STORY]
    story = "Public comments posted by residents to the council's website ran two to one against the plan."
    assert story in cleaned([*FERRY_STORY, *FERRY_STORY, story])
