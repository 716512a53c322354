"""Rules from the blind page set pages_final177 (measured once on 6b0c719f; bot.web.page_tree, page_boxes, page_lines,
page_rules): a post's footnotes whose every item closes on an arrow back up the text, an old page's closing run after
a paragraph of its text wrapper, and a league's "Volunteers are still needed … Families who can help should contact …"
stay; a newsletter's note setting what paid members get against what everyone else gets, its question on the issue and
its one-click poll, the motto under an old site's name over its side column, and a row of priced cards set in an
e-mail's cells with their buttons in tables of their own, with the small print under the row, go. Pages and lines
written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web import page_tree
from bot.web.page_boxes import drop_offer_boxes
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a post's footnotes with their arrows back up the text ---------------------------------------------------------------

_NOTES = (
    '<li id="fn1">Survey figures from the harbour board’s 2023 inspection of the north quay. '
    '<a href="#fnref1" class="footnote-backref">↩︎</a></li>'
    '<li id="fn2">The board shared its repair estimates with me; I will publish them once an engineer has read them. '
    '<a href="#fnref2" class="footnote-backref">↩︎</a></li>'
)


def _post(notes_box: str, after_body: str = "") -> str:
    return f'<article><h1>Quay to be rebuilt</h1><section class="post-body">{QUAY_STORY}{notes_box}</section>{after_body}</article>'


def test_footnotes_closing_on_arrows_back_up_the_post_stay():
    for box in (f'<hr><section class="footnotes"><ol>{_NOTES}</ol></section>', f"<ol>{_NOTES}</ol>"):
        text = page_text(_post(box))
        assert "Paragraph 5" in text and "I will publish them once an engineer has read them." in text, box


def test_footnote_lists_that_are_no_notes_of_the_body_keep_their_links():
    # near misses: a notes box of its own after the body, a box marked as the text's endnotes, one note alone, notes
    # whose links are words
    pages = [
        _post("", f'<section class="footnotes"><ol>{_NOTES}</ol></section>'),
        _post(f'<div class="notes" role="doc-endnotes"><h3>Notes</h3><ol>{_NOTES}</ol></div>'),
        _post(f'<section class="footnotes"><ol>{_NOTES.split("</li>")[0]}</li></ol></section>'),
        _post(f'<section class="footnotes"><ol>{_NOTES.replace("↩︎", "Back to the text")}</ol></section>'),
    ]
    for page in pages:
        tree = lxml_html.fromstring(f"<html><body>{page}</body></html>")
        page_tree.footnotes_without_back_links(tree)
        assert tree.find(".//a[@href='#fnref1']") is not None, page


# -- an old page's closing run after a paragraph of its text wrapper -----------------------------------------------------

_SLIPWAY = (
    "The Harbour Sailing Club rebuilt its slipway over three weekends in April, the first repair since the storm of "
    "1987 washed out the lower ramp and two of the mooring posts."
)
_APRON = (
    "Members laid 40 tons of stone and poured a new concrete apron, and the work cost the club $12,400 from its "
    "reserve fund, money raised at two auctions and the summer regatta."
)
_COMMODORE = (
    '"We had boats sitting on trailers all last summer because nobody could launch at low tide," Commodore Ray Dunn '
    'said. "Now we can get the whole fleet in the water in an hour."'
)
_WINCH = (
    "The new winch was fitted in May, in time for the first launch of the season, and the old one went to the "
    "scrapyard on Quay Lane after forty years of service."
)
_FIRST_LINES = "<br><br>".join([_SLIPWAY, _APRON, _COMMODORE, _WINCH, "Here is how the fleet grew:"])
_SECOND_LINES = "<br><br>".join([_APRON, _COMMODORE, _SLIPWAY, _APRON, _COMMODORE, _WINCH, "We need:"])
_OLD_PAGE = (
    '<table width="760"><tr><td width="600"><table width="100%"><tr><td>'
    f'<p><font size="3">{_FIRST_LINES}</font></p><p><font size="3">{_SECOND_LINES}</font></p>'
    '<font size="3">The club lends boats to members who take the safety course in June.<br><br>To join, come to a '
    "meeting on the first Monday of any month at 7 p.m. at the clubhouse, 4 Quay Lane, or call Membership Secretary "
    "Ann Hale at 555-0178.</font></td></tr></table></td></tr></table>"
)


def test_the_closing_run_after_a_paragraph_of_an_old_pages_wrapper_stays():
    text = page_text(_OLD_PAGE)
    assert "The club lends boats to members" in text
    assert "call Membership Secretary Ann Hale at 555-0178." in text


def test_a_wrappers_short_run_or_a_wrapper_of_many_runs_or_no_paragraph_stays_as_it_was():
    # near misses: a run of a few words after the paragraph (a date), a story written in runs after its paragraph, a
    # wrapper whose run follows no paragraph
    for body in (
        "<font><p>The club lends boats to members who take the safety course.</p><br><br>May 2, 2001</font>",
        f"<font><p>{_SLIPWAY}</p><br><br>{_APRON}<br><br>{_WINCH}</font>",
        "<font>The club lends boats to members who take the safety course.<br><br>To join, come to a meeting on "
        "the first Monday of any month.</font>",
    ):
        tree = lxml_html.fromstring(f"<html><body><div>{body}</div></body></html>")
        before = len(tree.findall(".//p"))
        page_tree.closing_runs_of_wrappers(tree)
        assert len(tree.findall(".//p")) == before, body


# -- a league's call for the help its event still needs -----------------------------------------------------------------


def test_the_help_an_event_still_needs_and_whom_the_public_should_contact_stays():
    for line in (
        "Volunteers are still needed to run the snack stand and keep the clock. Families who can help should contact "
        "tournament director Ruth Ames at tournaments@example.org.",
        "Marshals are urgently needed for the Sunday race. Club members who can help should email the race "
        "secretary at race@example.org.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_a_call_for_help_the_site_signs_or_with_no_public_stays_furniture():
    # near misses: the site's own desk, the reader called on, no need told before the contact
    for line in (
        "Writers are wanted for the spring issue. Freelancers should email the editor at pitches@example.org.",
        "Volunteers are still needed. You can email us at help@example.org.",
        "Families who can help at the snack stand, email tournaments@example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a newsletter's note on its paid tier, its question on the issue, its one-click poll ---------------------------------


def test_a_note_setting_what_paid_members_get_against_the_rest_goes():
    assert_rule_takes(
        "paid tier's note",
        [
            "Members-only on Friday: the full recording of my interview with the harbour master. Paid members get it "
            "in their inbox; everyone else gets the first ten minutes.",
            "Paid subscribers get the whole data set, while free subscribers get the summary chart.",
        ],
        [
            # a perk told alone, a split reported as someone's words, members of no paid tier
            "Paid members get voting rights at the annual meeting.",
            "Paid members get a vote; everyone else gets the newsletter, the club’s president said.",
            "Club members get a key to the boathouse; everyone else gets a day pass.",
        ],
    )


def test_a_newsletters_question_on_its_issue_and_its_one_click_poll_go():
    assert_rule_takes(
        "newsletter's question on its issue",
        [
            "What did you think of today’s issue?",
            "How did you like this edition?",
            "Hit reply and tell me, or click one: Loved it · It was fine · Not for me. I read every response.",
            "Tap one: Great | Okay | Not for me",
        ],
        [
            # a question on the story's matter, a choice in a sentence, a poll answer reported
            "What did you think of the harbour board’s plan?",
            "Voters could pick one: the levy, the bond or neither.",
            "Readers could click one: Yes · No · Unsure, the editor said.",
        ],
    )


# -- the motto under an old site's name over its side column ------------------------------------------------------------

_NAME = "Harbour Sailing Club"
_MOTTO = "Sailing Together Since 1952"
_CELLS = ["| Home |", "| Club News |", "| Our Boats |", "| Join The Club! |", "| Photo Album |"]


def test_the_motto_under_the_sites_name_over_its_side_column_goes():
    kept = cleaned([_NAME, _MOTTO, *_CELLS, *FERRY_STORY], title=_NAME)
    assert _MOTTO not in kept and "| Home |" not in kept and kept[-3:] == FERRY_STORY


def test_a_line_under_the_title_that_is_no_banners_motto_stays():
    # near misses: a deck over the story with no cells, a short line over cells with no prose after them
    assert _MOTTO in cleaned([_NAME, _MOTTO, *FERRY_STORY], title=_NAME)
    assert _MOTTO in cleaned([_NAME, _MOTTO, "| Home |", "| Club News |"], title=_NAME)


# -- a row of priced cards in an e-mail's cells, with the small print under it ------------------------------------------

_LETTER = "".join(
    f'<p style="font-size: 16px;">Paragraph {i} of the letter says the rescue took in eleven seals this winter, and '
    "seven of them have already gone back to the sea from the beach below the station.</p>"
    for i in range(5)
)


def _offer_card(name: str, blurb: str) -> str:
    return (
        f'<td width="50%"><img src="https://example.org/{name.lower()}.jpg" alt="{name}"><h3>{name}</h3>'
        f'<p style="font-size: 14px;">{blurb}</p><table class="button"><tr><td>'
        f'<a href="https://example.org/sponsor/{name.lower()}">Sponsor {name} for $10 a month</a></td></tr></table></td>'
    )


_PEBBLE = "Pebble came to us in 2022 with a torn flipper and has lived in the big pool ever since."
_SKIPPER = "Skipper is a grey seal of twelve who naps on the pontoon and eats a bucket of herring a day."
_TERMS = "Sponsors get a photo update every quarter and a card signed by their seal."


def _cards_email(note_style: str = "font-size: 12px;", second: str | None = None) -> str:
    cards = _offer_card("Pebble", _PEBBLE) + (_offer_card("Skipper", _SKIPPER) if second is None else second)
    return (
        f'<table width="600"><tr><td style="font-size: 16px;">{_LETTER}</td></tr>'
        f'<tr><td><h2>Seal of the Month</h2><table width="100%"><tr>{cards}</tr></table>'
        f'<p style="{note_style}">{_TERMS}</p></td></tr></table>'
    )


def test_a_row_of_priced_cards_with_button_tables_and_its_small_print_goes():
    text = page_text(_cards_email())
    assert "Paragraph 4" in text
    assert "torn flipper" not in text and "bucket of herring" not in text and _TERMS not in text


def test_cards_in_cells_that_are_a_layouts_columns_or_notes_in_the_texts_type_stay():
    # near misses: a cell holding a menu's table (a layout's column), the note under the row in the text's own size,
    # the note under one priced card alone
    menu = '<table><tr><td><a href="/">Home</a></td></tr><tr><td><a href="/seals">Our seals</a></td></tr></table>'
    column = _offer_card("Skipper", _SKIPPER).replace("<h3>", f"{menu}<h3>")
    tree = lxml_html.fromstring(f"<html><body>{_cards_email(second=column)}</body></html>")
    drop_offer_boxes(tree)
    assert "bucket of herring" in tree.text_content()
    for page in (_cards_email(note_style="font-size: 16px;"), _cards_email(second="<td>Pictures soon.</td>")):
        tree = lxml_html.fromstring(f"<html><body>{page}</body></html>")
        drop_offer_boxes(tree)
        assert _TERMS in tree.text_content(), page
