"""Rules from the blind page sets pages_final110 and pages_final111 (measured once on d3c41d9; bot.web.page_lines,
page_rules, page_posts): a table's note closing on its source under a label goes; a bar of bracketed buttons with one
link to another page goes; a match report's player of the match and scorers' lines go; an old layout's side boxes after
the text go (a heading cell in capitals with the cells under it, a cell opening on its heading or label in capitals); a
line of nothing but labelled prices goes; the age run into a betting notice goes with it; a forum poster's closing note
in brackets under the story they pasted goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned

# -- a table's note closing on its source --------------------------------------------------------------------------------

_TABLE = [
    "| Candidate | Votes | Pct. |",
    "| Lydia Vance-Obi | 81,442 | 54.8% |",
    "| Curtis Dorsey | 67,190 | 45.2% |",
]


def test_a_tables_note_closing_on_its_source_under_a_label_goes():
    for note in (
        "Results as of 11:58 p.m. Source: Brennock County Elections Office",
        "Source: State Board of Elections.",
    ):
        assert cleaned([FERRY_STORY[0], *_TABLE, note, *FERRY_STORY[1:]]) == [
            FERRY_STORY[0],
            *_TABLE,
            *FERRY_STORY[1:],
        ]
    # (a paragraph under the table that goes on past the source's name, or the same note under no table, stays)
    going_on = (
        "Source: the county elections office, which said the count would resume at 9 a.m. on Wednesday."
    )
    assert going_on in cleaned([FERRY_STORY[0], *_TABLE, going_on, *FERRY_STORY[1:]])
    alone = "Results as of 11:58 p.m. Source: Brennock County Elections Office"
    assert alone in cleaned([FERRY_STORY[0], alone, *FERRY_STORY[1:]])


# -- a bar of bracketed buttons ------------------------------------------------------------------------------------------

_BAR = "[ Back to Top ] [ Front Page ] [ Printer Friendly Version ]"


def test_a_bar_of_bracketed_buttons_with_one_link_to_another_page_goes():
    # ("Back to Top" jumps within the page and "Printer Friendly Version" runs a script: neither is in the page's links)
    links = frozenset({"front page"})
    assert cleaned([*FERRY_STORY, _BAR], links) == FERRY_STORY
    # (no piece a link of the page, two pieces only, or a piece longer than a button: the bar stays)
    assert _BAR in cleaned([*FERRY_STORY, _BAR], frozenset({"city hall"}))
    assert "[ Back to Top ] [ Front Page ]" in cleaned(
        [*FERRY_STORY, "[ Back to Top ] [ Front Page ]"], links
    )
    long_piece = "[ Front Page ] [ The council will vote on the plan on Tuesday ] [ Print ]"
    assert long_piece in cleaned([*FERRY_STORY, long_piece], links)


# -- a match report's player of the match and scorers ------------------------------------------------------------------


def test_a_match_reports_player_of_the_match_and_scorers_go():
    assert_rule_takes(
        "match facts' line",
        [
            "Man of the match: Rhys Penhallow (Caldmoor Saints)",
            "Player of the game: Aoife Brennan",
            "Tries: Penhallow, Morcombe, Ashdown",
            "Tries: Aske, Ekwueme 2",
            "Cons: Tamblyn 3",
            "Pens: Tamblyn",
            "Goals: Okafor 23', 67'; Lindqvist 88'",
            "Scorers: Smith (pen), Jones",
        ],
        [
            # (a label over words that are no names, or a sentence that reports)
            "Goals: Reduce waiting lists and open two clinics",
            "Tries: the home side scored three in the second half.",
            "Man of the match: he was everywhere, and the crowd knew it.",
        ],
    )


# -- an old layout's side boxes after the text -----------------------------------------------------------------------------

_STORY = [
    f"Paragraph {i} of the newsletter's story says the membership voted on June 27 to ratify a new four-year "
    "agreement with the paper company, with wage increases every year and a higher pension multiplier for all."
    for i in range(4)
]
_SIDE_BOXES = [
    "| REMEMBER: Dues increase to 2.5 hours' pay per month takes effect with the first pay period in August. |",
    "| OFFICERS |",
    "| President: Walt Krzeminski Vice President: Tom Reinholt Treasurer: Gene Dufresne |",
    "| IN MEMORIAM |",
    "| The Local extends its sympathy to the family of Bro. Arnie Kessler, who passed away May 30. |",
    "| ENERGY SAVING TIP OF THE MONTH Clean or replace your furnace filter before the heating season starts. |",
    "| ALSO IN THIS ISSUE · Record crowd at the picnic | | SWAP SHOP FOR SALE: 14 ft. boat, $1,450. |",
]


def test_an_old_layouts_side_boxes_after_the_text_go():
    assert cleaned([*_STORY, *_SIDE_BOXES, "Local 418 · 1120 River Street · Cedar Bend"]) == [
        *_STORY,
        "Local 418 · 1120 River Street · Cedar Bend",
    ]
    # (the same cells above the text's last paragraph, a heading in lower case, a cell under no heading in capitals and
    # a data table's row stay)
    assert cleaned([*_STORY[:2], *_SIDE_BOXES[3:5], *_STORY[2:]]) == [
        *_STORY[:2],
        *_SIDE_BOXES[3:5],
        *_STORY[2:],
    ]
    kept = ["| In memoriam |", "| The Local extends its sympathy to the family of Bro. Arnie Kessler. |"]
    kept += ["| District 1 | Harlan Eide, President | Ostby |"]
    assert cleaned([*_STORY, *kept]) == [*_STORY, *kept]
    # (one box alone after the text may be the story's own: a timeline, a fact box)
    timeline = ["| TIMELINE |", "| June 27: Members vote 412 to 139 to ratify the agreement. |"]
    assert cleaned([*_STORY, *timeline]) == [*_STORY, *timeline]
    # (a story set one paragraph a row, its cells holding more words than the text above them, stays)
    cells = ["| IN BRIEF |", *(f"| {p} |" for p in _STORY[1:]), "| ALSO |", "| The picnic is on August 15. |"]
    assert cleaned([_STORY[0], *cells]) == [_STORY[0], *cells]


# -- a line of labelled prices -------------------------------------------------------------------------------------------


def test_a_line_of_nothing_but_labelled_prices_goes():
    assert_rule_takes(
        "price list",
        [
            "Tote: Win £5.60; Places £2.10, £1.50, £2.40. Exacta £16.90. Trifecta £71.30. CSF £15.82.",
            "Adults $12, Seniors $10, Students $8, Children $5, Family $30",
        ],
        [
            # (figures in a sentence, sums of news, fewer than five prices, a table's row)
            "Tickets are $7 for adults and $3 for children, $2 for seniors, $1 for students and $5 at the door.",
            "Revenue was $412.6 million, up from $349.7 million, $301 million, $288 million and $250 million.",
            "Win £5.60; Places £2.10, £1.50, £2.40.",
            "| Adult | $12 | Senior | $10 | Student | $8 | Child | $5 | Family | $30 |",
        ],
    )


# -- the age run into a betting notice ---------------------------------------------------------------------------------


def test_the_age_run_into_a_betting_notice_goes_with_it():
    assert_rule_takes(
        "betting notice",
        ["18+ Please gamble responsibly. When the fun stops, stop.", "18+ Please bet responsibly."],
        ["18+ fans please note the gates open at noon.", "18+ Please play the new course before it closes."],
    )


# -- a forum poster's closing note under the story they pasted ---------------------------------------------------------

_PASTED = [
    f"Paragraph {i} of the pasted story says the transit authority has tried to replace the 1987 minicomputer that "
    "runs the tram network three times, and that the third project is now scheduled to go live in 2027, four years "
    "late and well over its budget."
    for i in range(6)
]
_NOTE = "(Posted the full text because the paywall blocks most of Europe. Happy to remove if that's a problem, mods.)"


def _discussion(paste: list[str]) -> str:
    posts = [
        (
            "tramfan_82",
            "It's behind the paywall, so here's the text for anyone who can't read it:"
            + "".join(f"<p>{p}" for p in paste),
        ),
        ("kestrel_dev", "Thanks for posting. The bit about the spare parts is the whole story."),
        ("quietloop", "We only hear about the old systems that kept working.<p>Survivorship bias."),
    ]
    rows = "".join(
        f'<tr class="comtr"><td><span class="comhead"><a href="user?id={who}">{who}</a> '
        f'<a href="item?id={i}">3 hours ago</a></span><div class="comment"><div class="commtext">{text}</div>'
        f'<div class="reply"><a href="reply?id={i}">reply</a></div></div></td></tr>'
        for i, (who, text) in enumerate(posts)
    )
    return (
        "<html><head><title>Tram network still runs on a 1987 minicomputer | Linkboard</title></head><body>"
        '<table><tr><td><a href="https://courier.example/trams">Tram network still runs on a 1987 minicomputer</a> '
        '<span class="subline">487 points by <a href="user?id=tramfan_82">tramfan_82</a> | '
        '<a href="item?id=9">3 comments</a></span></td></tr></table>'
        '<form><textarea name="text"></textarea><input type="submit" value="add comment"></form>'
        f'<table class="comment-tree">{rows}</table></body></html>'
    )


def test_a_posters_closing_note_in_brackets_under_the_pasted_story_goes():
    url = "https://linkboard.example/item?id=9"
    assert extract_article(_discussion([*_PASTED, _NOTE]), url).text.split("\n\n") == _PASTED
    # (an aside in brackets inside the paste, or a closing paragraph in brackets as long as a paragraph, is the story's)
    inside = [*_PASTED[:3], _NOTE, *_PASTED[3:]]
    assert extract_article(_discussion(inside), url).text.split("\n\n") == inside
    long_note = "(" + " ".join(["The authority says the binder of notes will be scanned and kept."] * 4) + ")"
    assert extract_article(_discussion([*_PASTED, long_note]), url).text.split("\n\n") == [
        *_PASTED,
        long_note,
    ]
