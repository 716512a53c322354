"""Rules from the blind page set pages_final119 (measured once on 6d72c48; bot.web.page_lines, page_boxes, page_rules,
page_mail, page_lexicon): a writer's tagline naming a newsroom role with no article goes; a caption set in a small table
of its own right after the picture goes; a box score's players' line and its shares ("1 of 3") go with its notes; a
mailing list's footer, the archive's note on a scrubbed attachment, the earlier messages quoted under their attribution
line, the signature and a poster's note above a pasted story's separator go. Pages and lines written for the test;
near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- lines ------------------------------------------------------------------------------------------------------------


def test_a_writers_tagline_naming_a_bare_newsroom_role_goes():
    tagline = (
        "Dana Whitlock is senior editor at Harbour Weekly, covering ports and shipping. She previously worked the "
        "night shift on the fish quay for ten years."
    )
    assert cleaned([*FERRY_STORY, tagline]) == FERRY_STORY
    assert cleaned([*FERRY_STORY, "Tomas Ekberg is staff photographer for The Quay Gazette."]) == FERRY_STORY
    # (a role that is no newsroom's, and a newsroom's role held by a person the story quoted, stay)
    director = "Dana Whitlock is executive director of the Harbour Trust, which runs the ferry."
    assert director in cleaned([*FERRY_STORY, director])
    quoted = (
        "“We have waited ten years for this,” said Dana Whitlock, who has sailed from the old terminal since the "
        "nineties."
    )
    subject = "Dana Whitlock is editor of the Harbour Trust newsletter."
    assert subject in cleaned([*FERRY_STORY, quoted, subject])


_LINE_SCORE = [
    "| | 1st | 2nd | 3rd | T |",
    "| Quayside Saints | 1 | 0 | 1 | 2 |",
    "| Harbour Rovers | 0 | 2 | 1 | 3 |",
]


def test_a_box_scores_players_line_goes_with_its_notes():
    notes = "Goalies: Quist (HR) 29 saves on 31 shots; Ames (QS) 40 saves on 43 shots. Attendance: 6,120."
    assert cleaned([*FERRY_STORY, *_LINE_SCORE, notes]) == [*FERRY_STORY, *_LINE_SCORE]
    assert_rule_takes(
        "box score's notes",
        [notes, "Winning pitcher: Ames 7 innings, 9 strikeouts. Attendance: 2,480."],
        [
            # (a sentence about a goalie's night puts a verb between, and a players' line alone is no notes)
            "Goalies: Quist said she made 29 saves on 31 shots. Attendance: 6,120.",
            "Goalies: Quist (HR) 29 saves on 31 shots; Ames (QS) 40 saves on 43 shots.",
        ],
    )


def test_a_box_scores_shares_go_with_its_notes():
    notes = "Power plays: HR 2 of 5; QS 1 of 4. Faceoffs: HR 31, QS 27. Attendance: 6,120."
    assert cleaned([*FERRY_STORY, *_LINE_SCORE, notes]) == [*FERRY_STORY, *_LINE_SCORE]
    assert_rule_takes(
        "box score's notes",
        [notes, "Penalty minutes: Harbour Rovers 8; Quayside Saints 12. Attendance: 6,120."],
        [
            # (a share told in a sentence stays)
            "Power plays: the Rovers scored on 2 of 5 chances. Attendance: 6,120.",
        ],
    )


# A message of a mailing list's archive, one line of the message a line: the poster's own words, the story.
_MESSAGE = [
    "The board voted on Tuesday to close the old ferry terminal in June,",
    "after an engineering survey found corrosion in two of the piers that",
    "carry the passenger walkway. Passengers will use a temporary pontoon.",
]


def test_a_mailing_lists_footer_goes():
    footer = [
        "_______________________________________________",
        "Harbour-watch mailing list",
        "Harbour-watch at lists.example.org",
        "https://lists.example.org/mailman/listinfo/harbour-watch",
        "To report a sighting, put the vessel's name in the subject line.",
    ]
    assert cleaned([*_MESSAGE, *footer]) == _MESSAGE
    # (a rule of underscores over lines that name no list stays with them)
    form = ["_______________________________________________", "Signed, the harbour master."]
    assert form[1] in cleaned([*_MESSAGE, *form])


def test_an_archives_note_on_a_scrubbed_attachment_goes():
    note = [
        "-------------- next part --------------",
        "An HTML attachment was scrubbed...",
        "URL: <https://lists.example.org/pipermail/harbour-watch/attachments/20250311/attachment.html>",
    ]
    assert cleaned([*_MESSAGE, *note]) == _MESSAGE
    # (a line with a URL label under no "next part" separator is the poster's own)
    own = "URL: the survey is on the board's website under Ferry works."
    assert own in cleaned([*_MESSAGE, own])


def test_an_earlier_message_quoted_under_its_attribution_line_goes():
    quoted = [
        "On Mon, Mar 10, 2025 at 8:02 PM Nora Quist <nquist at example.net> wrote:",
        "> Does anyone know when the old terminal shuts? I heard June but",
        "> nobody at the quay seemed sure.",
        ">",
        "> On Sun, Mar 9, 2025, Pavel Ames wrote:",
        ">> Meeting is Tuesday at the harbour office.",
    ]
    assert cleaned([*_MESSAGE, *quoted]) == _MESSAGE
    assert cleaned(["On 3/10/25 8:02 PM, Nora Quist wrote:", "> When does it shut?", *_MESSAGE]) == _MESSAGE
    # (a story's "On Tuesday, the mayor wrote:" names no address and no clock time, and stays)
    story = ["On Tuesday, the harbour master wrote:", "> The terminal will close in June."]
    assert cleaned([*_MESSAGE, *story])[-2:] == story


def test_a_signature_under_its_separator_closing_the_message_goes():
    signature = ["--", "Nora Quist", "Harbour Road, by the lighthouse", '"Fair winds."']
    assert cleaned([*_MESSAGE, *signature]) == _MESSAGE
    # (a separator over more than a signature's few short lines stays with them)
    more = ["--", *_MESSAGE]
    assert cleaned([*_MESSAGE, *more])[-3:] == _MESSAGE


def test_a_posters_note_above_a_pasted_storys_separator_goes():
    note = [
        "Hi all,",
        "In case you missed it, this ran in the Gazette this morning.",
        "Posting the full text since their site is paywalled now.",
    ]
    separator = "---------- pasted article ----------"
    story = ["Harbour board to close old ferry terminal", *FERRY_STORY]
    assert cleaned([*note, separator, *story]) == story
    # (a note naming no paste, as a newsletter's greeting over its first section, stays)
    greeting = ["Hi all,", "Here is this week's news from the harbour."]
    kept = cleaned([*greeting, "===== This week =====", *story])
    assert greeting[1] in kept


# -- boxes ------------------------------------------------------------------------------------------------------------


def _picture_with_caption_table(cell_class: str) -> str:
    return (
        '<div class="sep"><a href="https://img.example.org/quay.jpg"><img src="https://img.example.org/quay-s.jpg" '
        'width="400"></a></div><table class="caption-box"><tbody><tr>'
        f'<td class="{cell_class}">The north quay at low tide, its rotten piles plain to see.</td>'
        "</tr></tbody></table>"
    )


def test_a_caption_set_in_a_table_right_after_the_picture_goes():
    paragraphs = QUAY_STORY.split("</p>")
    first, rest = "</p>".join(paragraphs[:3]) + "</p>", "</p>".join(paragraphs[3:])
    page = f"<main><article><h1>Quay to be rebuilt</h1>{first}{{}}{rest}</article></main>"
    text = page_text(page.format(_picture_with_caption_table("tr-caption")))
    assert "north quay next spring" in text
    assert "rotten piles plain to see" not in text
    # (a table after the picture whose cell its class names no caption is left to the other rules)
    kept = page_text(page.format(_picture_with_caption_table("note")))
    assert "rotten piles plain to see" in kept
