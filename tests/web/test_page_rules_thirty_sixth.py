"""Rules from the blind page set pages_final118 (measured once on 6d72c48; bot.web.page_rules, page_lines, page_boxes,
page_lexicon): an editor's credit in brackets goes; a headed list of other stories, each a linked headline over its
source and its age, goes; a box score's American scoreboard line beside its table goes; a box score's notes run into
one line go; a game listing with where it is carried goes; a visit box's hours and admission go; a poster's lead-in
closing on a colon and naming the paste goes above the pasted headline when the thread is titled otherwise. Pages and
lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- lines ------------------------------------------------------------------------------------------------------------


def test_an_editors_credit_in_brackets_goes():
    assert cleaned([*FERRY_STORY, "[Editor: Dana Whitlock]"]) == FERRY_STORY
    assert_rule_takes(
        "small print",
        ["[Editor: Dana Whitlock]", "(Reporter: Ana Ruiz and Jo Lee)", "[ Writer: Tomas Ekberg ]"],
        [
            # (a Q&A's line of talk in brackets, and a sentence going on past the name, stay)
            "[Editor: Yes]",
            "[Editor: Dana Whitlock signed off on the harbour plan]",
            "[Editor: Dana Whitlock]. The board met again on Friday.",
        ],
    )


_LINE_SCORE = [
    "| | 1st | 2nd | T |",
    "| Quayside Saints | 41 | 33 | 74 |",
    "| Harbour Rovers | 34 | 44 | 78 |",
]


def test_a_box_scores_american_scoreboard_line_beside_its_table_goes():
    line = "Box score: Harbour Rovers 78, Quayside Saints 74"
    assert cleaned([*FERRY_STORY, line, *_LINE_SCORE]) == [*FERRY_STORY, *_LINE_SCORE]
    final = "Final: Harbour Rovers 78, Quayside Saints 74 (OT)"
    assert cleaned([*FERRY_STORY, *_LINE_SCORE, final]) == [*FERRY_STORY, *_LINE_SCORE]
    # (away from a table the line may head a post, and stays; beside one, a sentence with a verb stays)
    assert line in cleaned([*FERRY_STORY[:1], line, *FERRY_STORY[1:]])
    verb = "Final: Harbour Rovers beat Quayside Saints 78, the club said."
    assert verb in cleaned([*FERRY_STORY, verb, *_LINE_SCORE])


def test_a_box_scores_notes_run_into_one_line_go():
    notes = (
        "Halftime: Quayside Saints 41, Harbour Rovers 34. Turnovers: Quayside Saints 13, Harbour Rovers 9. "
        "Attendance: 6,120. Officials: Nora Quist, Pavel Ames, Lee Ortega."
    )
    assert cleaned([*FERRY_STORY, *_LINE_SCORE, notes]) == [*FERRY_STORY, *_LINE_SCORE]
    assert_rule_takes(
        "box score's notes",
        [notes, "Rebounds: Harbour Rovers 38, Quayside Saints 33. Attendance: 6,120."],
        [
            # (a report's sentences put a verb between, and a label over anything but figures or names is no fact)
            "At halftime the Saints led 41-34. Attendance was 6,120.",
            "Turnovers: the coach said they cost the game. Attendance: 6,120.",
            "Halftime: Quayside Saints 41, Harbour Rovers 34.",
        ],
    )


def test_a_game_listing_with_where_it_is_carried_goes():
    listing = (
        "Quayside Saints at Harbour Rovers, Friday, 7 p.m., Pier Arena. TV: Coast Sports. Radio: 98.1 FM."
    )
    assert cleaned([*FERRY_STORY, listing]) == FERRY_STORY
    assert_rule_takes(
        "game listing with its broadcast",
        [listing, "Harbour Rovers vs. Quayside Saints, Saturday, 2:30 p.m. Stream: Rovers TV."],
        [
            # (a listing with no broadcast label may be a calendar's, the story's own; a sentence has a verb)
            "Jazz at the Pier, Friday, 7 p.m., Harbour Hall.",
            "Quayside Saints at Harbour Rovers, Friday, 7 p.m.",
            "Quayside Saints play at Harbour Rovers on Friday at 7 p.m. on Coast Sports TV.",
        ],
    )


def test_a_visit_boxs_hours_and_admission_go():
    visit = (
        "Hours & Admission: Tuesday–Sunday, 10 a.m.–5 p.m. Closed Mondays and public holidays. Adults $12, seniors "
        "$9, children under 5 free."
    )
    assert cleaned([*FERRY_STORY, visit]) == FERRY_STORY
    assert_rule_takes(
        "visit box's hours and admission",
        [visit, "Admission: Free. Open Thursday–Sunday, noon to 6 p.m.", "Gallery hours: Friday 1-4 p.m."],
        [
            # (a sentence under the label has words of its own, and a line with no clock time is no hours box)
            "Admission: the museum said it would stay free on Sundays until 5 p.m.",
            "Hours: volunteers worked 10 a.m. to 4 p.m. to clear the quay.",
            "Admission: adults $12, children free.",
        ],
    )


def test_a_posters_lead_in_closing_on_a_colon_and_naming_the_paste_goes_above_the_pasted_headline():
    thread = "Old ferry terminal closing in June, finally"
    headline = "Harbour board to close old ferry terminal"
    lead = "Saw this in the Gazette today. Pasting it all since their site is paywalled after two stories:"
    assert lead not in cleaned(["harbour_hal", lead, headline, *FERRY_STORY], title=thread)
    # (a colon line naming no paste, a note naming it but closing on a full stop, and a lead-in above a sentence, stay)
    plain = "Saw this in the Gazette today:"
    assert plain in cleaned([plain, headline, *FERRY_STORY], title=thread)
    stop = "Pasting it all since their site is paywalled after two stories."
    assert stop in cleaned([stop, headline, *FERRY_STORY], title=thread)
    assert lead in cleaned([lead, *FERRY_STORY], title=thread)


# -- boxes ------------------------------------------------------------------------------------------------------------


def _more_like_this(stamps: tuple[str, str]) -> str:
    return (
        '<div class="more"><h3>More like this</h3><ul>'
        f'<li><a href="/entry/r1">Seals return to the beach below the north quay</a><span>{stamps[0]}</span></li>'
        f'<li><a href="/entry/r2">Fish market to close for a week during pier works</a><span>{stamps[1]}</span></li>'
        "</ul></div>"
    )


def test_a_headed_list_of_linked_headlines_over_their_source_and_age_goes():
    page = f"<main><article><h1>Quay to be rebuilt</h1>{QUAY_STORY}{{}}</article></main>"
    text = page_text(page.format(_more_like_this(("Quay Gazette / 3d", "Harbour Notes · 2 hours ago"))))
    assert "north quay next spring" in text
    assert "Seals return" not in text and "Fish market to close" not in text
    # (the same list with words after each link that are no posting's age stays: a list of the story's own sources)
    kept = page_text(
        page.format(_more_like_this(("minutes of the board, page 4", "the board's survey, 2 pages")))
    )
    assert "Seals return" in kept
