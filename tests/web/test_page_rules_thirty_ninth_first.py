"""Rules from the blind page set pages_final127 (measured once on b9c8638; bot.web.page_rules, page_merge, page_tree,
page_boxes): a weekly's "Week of <date>" stamp is a date on its own (its masthead bar with the paper's motto goes); a list
under the story's lead-in closing on a colon is merged between its paragraphs on a page with no article container; an
``<article>`` set around the page's sections is no article when the one inside it holds the headline and the text; a
box of the text's own prose among its paragraphs keeps its place whatever its class names (an attachment); a list of
names, each with a phrase in lower case, is the story's, not a record's fields. Pages and lines written for the test;
near misses must stay."""

from __future__ import annotations

from bot.web.page_merge import merge_missing
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a weekly's issue stamp --------------------------------------------------------------------------------------------


def test_a_weeklys_issue_stamp_is_a_date_on_its_own():
    assert_rule_takes(
        "date on its own",
        ["Week of March 4, 2026", "Week ending Saturday, March 7, 2026", "For the week of Oct. 4"],
        [
            "Week of March 4, 2026, was the wettest the valley has had on record.",
            "The week of March 4 the harbour board met twice.",
            "Week of action against the quarry begins on Monday",
        ],
    )


def test_the_masthead_bar_of_a_motto_and_the_weeks_stamp_goes():
    bar = "Serving Millbrook, Dutch Hollow and the Upper Valley since 1911 | Week of March 4, 2026"
    assert cleaned([bar, *FERRY_STORY]) == FERRY_STORY
    # (a part that no rule removes keeps the bar)
    kept = "Harbour board votes to close the terminal | Week of March 4, 2026"
    assert cleaned([kept, *FERRY_STORY]) == [kept, *FERRY_STORY]


# -- a list under the story's lead-in ------------------------------------------------------------------------------------

_PROSE = (
    "The harbour board's winter auction raised $14,200 for the new pontoon, more than three times what it brought in "
    "last year."
)
_LEAD_IN = "The highest bids included:"
_ITEMS = [
    "- $410 for a week's mooring at the fish quay, from the sailing club",
    "- $275 for a painted oar from the lifeboat crew",
]
_AFTER = "Work on the pontoon begins in April and should be finished by the start of the summer timetable, the board said."


def test_a_list_under_the_storys_lead_in_is_merged():
    text = "\n\n".join([_PROSE, _LEAD_IN, _AFTER])
    other = "\n\n".join([_PROSE, _LEAD_IN, *_ITEMS, _AFTER])
    assert merge_missing(text, other, lists_only=True).split("\n\n") == [_PROSE, _LEAD_IN, *_ITEMS, _AFTER]


def test_a_list_under_a_label_with_no_prose_on_both_sides_is_not():
    # the label under a calendar's short line, not under prose
    text = "\n\n".join([_PROSE, "Harbour board, 6 p.m.", "Also this week:", _AFTER])
    other = "\n\n".join([_PROSE, "Harbour board, 6 p.m.", "Also this week:", *_ITEMS, _AFTER])
    assert "painted oar" not in merge_missing(text, other, lists_only=True)
    # the label closing the text: a box of other stories after it
    text = "\n\n".join([_AFTER, _PROSE, "Also in this week's issue:"])
    other = "\n\n".join([_AFTER, _PROSE, "Also in this week's issue:", *_ITEMS])
    assert "painted oar" not in merge_missing(text, other, lists_only=True)


def test_an_old_pages_list_under_its_lead_in_is_read():
    # (an old layout's story in a <font>, loose paragraphs and a list with no closing tags, no article container)
    paragraphs = "".join(f"<P>{p}\n" for p in (*_body(), _PROSE))
    page = (
        "<TABLE><TR><TD><FONT SIZE=3>"
        f"{paragraphs}<P>{_LEAD_IN}\n<UL><LI>$410 for a week's mooring at the fish quay, from the sailing club\n"
        f"<LI>$275 for a painted oar from the lifeboat crew\n</UL>\n<P>{_AFTER}\n</FONT></TD></TR></TABLE>"
    )
    text = page_text(page)
    assert "$275 for a painted oar from the lifeboat crew" in text
    assert _AFTER in text


def _body() -> list[str]:
    return [
        f"Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey "
        "found the old timber piles had rotted through below the waterline in more than a dozen places."
        for i in range(9)  # (a page of 300 words or more: a thinner one is read in trafilatura's recall mode)
    ]


# -- an article set around the page's sections ----------------------------------------------------------------------------

_FIXTURES = (
    "<section class='page-section'><h3>Club diary</h3><table><tr><th>Date</th><th>Event</th></tr>"
    "<tr><td>Sun 17 Nov</td><td>Regatta committee at the Anchor Rooms</td></tr>"
    "<tr><td>Sat 23 Nov</td><td>Winter series race three, Portwell Harbour</td></tr></table></section>"
)


def test_an_article_around_the_pages_sections_is_not_read_as_the_story():
    post = f"<article class='blog-item'><h1>Quay to be rebuilt</h1>{QUAY_STORY}</article>"
    text = page_text(f"<main><article class='sections'><section>{post}</section>{_FIXTURES}</article></main>")
    assert "north quay next spring" in text
    assert "Regatta committee" not in text


def test_an_article_holding_the_headline_or_its_own_articles_is_read_whole():
    # the headline's own article holds a deck only: the text is the outer one's
    header = "<article class='head'><h1>Quay to be rebuilt</h1><p>The board votes on Tuesday.</p></article>"
    text = page_text(f"<article class='sections'>{header}{QUAY_STORY}{_FIXTURES}</article>")
    assert "Paragraph 5 of the story" in text
    # readers' comments set as articles hold no headline: the story is the outer one
    comment = (
        "<article class='comment'><p>Regatta committee members say they were never asked about the quay, and want a "
        "meeting with the board before any work starts on the piles.</p></article>"
    )
    text = page_text(f"<article class='story'><h1>Quay to be rebuilt</h1>{QUAY_STORY}{comment}</article>")
    assert "Paragraph 5 of the story" in text


# -- a box of the text's own prose named as an attachment ---------------------------------------------------------------

_BACKGROUNDER = (
    "<div class='release-attachments'><h2 class='attachment-heading'>BACKGROUNDER</h2>"
    "<p>The full list of the 31 harbour projects funded this year is on the board's website, and the next round of "
    "applications opens in the spring.</p></div>"
)


def test_a_box_of_the_texts_prose_named_as_an_attachment_stays():
    text = page_text(
        f"<main><h1>Quay to be rebuilt</h1><div class='release-body'>{QUAY_STORY}{_BACKGROUNDER}</div></main>"
    )
    assert "next round of applications opens in the spring" in text


def test_an_attachments_box_of_files_or_beside_the_text_goes():
    # a file's link, however long its title
    files = (
        "<div class='release-attachments'><h2>Attachments</h2><p><a href='/files/survey.pdf'>Harbour survey: the full "
        "report and its appendices on the north quay piles and the timber</a> (PDF, 2.4 MB).</p></div>"
    )
    text = page_text(
        f"<main><h1>Quay to be rebuilt</h1><div class='release-body'>{QUAY_STORY}{files}</div></main>"
    )
    assert "appendices" not in text
    # a box in a column of its own beside the text, no paragraph of prose beside it
    side = f"<div class='rail'>{_BACKGROUNDER}</div>"
    text = page_text(
        f"<main><h1>Quay to be rebuilt</h1><div class='release-body'>{QUAY_STORY}</div>{side}</main>"
    )
    assert "next round of applications" not in text


# -- a list of names, each with what it gets ------------------------------------------------------------------------------


def _release(items: list[tuple[str, str]]) -> str:
    listed = "".join(f"<li><strong>{label}</strong> {value}</li>" for label, value in items)
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<h3>Projects funded</h3><ul>{listed}</ul></article>"
    )


def test_a_list_of_names_each_with_a_phrase_in_lower_case_stays():
    text = _release(
        [
            ("Village of Portwell:", "new pontoon and a shelter for the ferry landing, $1.2 million"),
            ("Harbour Point:", "replacement of the timber piles under the north quay, $940,000"),
            ("Dunlin Bay:", "a new slipway for the lifeboat station, $610,000"),
        ]
    )
    assert "replacement of the timber piles under the north quay, $940,000" in text


def test_a_list_of_fields_stays_out():
    # a field's label and its value, a figure or a name
    assert "$940,000" not in _release(
        [("Harbour Point:", "$940,000"), ("Dunlin Bay:", "$610,000 and a slipway")]
    )
    # a field's name in capitals over a phrase in lower case
    fields = [
        ("Contract Price:", "$2,940,000 for the whole works"),
        ("Main Contractor:", "high desert concrete of Portwell"),
    ]
    assert "high desert concrete" not in _release(fields)
    # one name twice: a record's field, not an enumeration
    twice = [
        ("Harbour Point:", "new pontoon for the ferry landing"),
        ("Harbour Point:", "a slipway for the lifeboat crew"),
    ]
    assert "slipway for the lifeboat crew" not in _release(twice)
