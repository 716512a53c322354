"""Rules from the blind page sets pages_final96 and pages_final97 (measured once on 6f832b7; bot.web.page_lines,
page_rules): a colleague's "… contributed to this report." closing the story stays, and goes only under a wire's
separator; a sentence telling the public whom to call or e-mail is no contact prompt; a scoreboard's lines closing on
figures in brackets above the headline are labels; a run of layout cells opening the text above its first paragraph is
a side column; a comments heading run into a reader's signature and stamp ends the text. Pages and lines written for
the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, cleaned

_CREDIT = "Associated Press writer Jo Lim in Tulsa contributed to this report."


def test_a_colleagues_credit_closing_the_story_stays_and_goes_under_a_wires_separator():
    assert cleaned([*FERRY_STORY, _CREDIT]) == [*FERRY_STORY, _CREDIT]
    assert furniture_rule(_CREDIT) is None
    trailer = [
        "___",
        _CREDIT,
        "___",
        "Follow the Wire's coverage of the harbour at https://wire.example/hub/harbour.",
    ]
    assert _CREDIT not in cleaned([*FERRY_STORY, *trailer])
    # (other credits keep their own rule: "Reporting by …" goes wherever it stands)
    assert furniture_rule("Reporting by Jo Lim; Editing by Ana Ruiz") == "small print"


def test_a_sentence_telling_the_public_whom_to_contact_is_the_texts():
    for line in [
        "Residents with questions about the program may call the Public Works Department at 555-0172 or email "
        "lines@harbour.example.gov.",
        "Anyone with information is asked to contact Detective Jo Lim at 555-0100 or jlim@police.example.gov.",
        "Property owners can also email the harbour office at quay@harbour.example.gov.",
    ]:
        assert furniture_rule(line) is None, line
    # (the site's own prompts still go: the reader addressed, the site named, an imperative)
    for line in [
        "You can contact the Ledger on Facebook, or email news@ledger.example.",
        "Readers may email letters to letters@ledger.example.",
        "Residents can email us at news@ledger.example.",
        "Contact Jo Lim at jlim@ledger.example or 555-0148.",
        "Have a news tip? Email news@ledger.example.",
    ]:
        assert furniture_rule(line) == "contact e-mail", line


def test_a_scoreboard_above_the_headline_goes():
    title = "Khan's 87 powers Hawks past Royals"
    above = [
        "Harbour Hawks178/4 (19.2)",
        "Harbour Hawks won by 6 wickets (4 balls left)",
        "Player of the Match: Rafi Khan, 87* (52)",
    ]
    assert cleaned([*above, title, *FERRY_STORY], title=title) == [title, *FERRY_STORY]
    # (a line closing a sentence before its bracket is no label, and the headline under it stays where it is)
    said = "The harbour board met on Tuesday. (Updated)"
    assert cleaned([said, title, *FERRY_STORY], title=title)[0] == said


def test_a_run_of_layout_cells_opening_the_text_is_a_side_column():
    cells = [
        "| SECTIONS |",
        "| QUOTE OF THE WEEK |",
        '| "A calm sea never made a good sailor." - submitted by a reader in Portree |',
    ]
    assert cleaned([*cells, *FERRY_STORY]) == FERRY_STORY
    # (a lone cell, or a cell closing a sentence, may be the story's own box; cells over a short line are no column)
    assert cleaned([cells[2], *FERRY_STORY])[0] == cells[2]
    note = "| Editor's note: The board's survey is published in full on its website. |"
    assert cleaned([cells[0], note, *FERRY_STORY])[:2] == [cells[0], note]
    assert cleaned([*cells, "By Jo Lim", *FERRY_STORY])[:3] == cells


def test_a_comments_heading_run_into_a_readers_signature_ends_the_text():
    comments = (
        "| Reader Comments (2) seadog56 wrote on 6/12/2006 9:14 PM: The quay has been rotten for years. Jim R. wrote "
        "on 6/12/2006 10:02 PM: About time. Post a comment |"
    )
    assert cleaned([*FERRY_STORY, comments, "| COMMUNITY CALENDAR |"]) == FERRY_STORY
    # (a story's sentence about the comments the board heard, with no reader's signature and stamp, stays)
    heard = "Comments (14) filed by residents by 6/12/2006 ran two to one against the plan, the clerk said."
    assert cleaned([*FERRY_STORY, heard]) == [*FERRY_STORY, heard]
