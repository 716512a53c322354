"""Rules from the fiftieth pass's closing set pages_final178 (measured once on its final page code; bot.web.page_tree,
page_boxes, page_rules): a post's footnotes that open on their number linking back to the mark, a letter's greeting and
signature set as short bare blocks, a line sending the questions about the notes to the secretary, and one about a thing
named bare to an office at its number, stay; the motto beside an old site's logo, a web ring's member line with its
steps, a paper's issue stamp run into one line, an e-mail's caption in italics by its style, its cards of named animals
with their blurbs, a box headed by a call to sponsor one over its price, and a newsletter's question on its issue with
its call to reply, go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web import page_boxes, page_tree
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text


def _tree(body: str, head: str = ""):
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


# -- a post's footnotes opening on their number, which links back to the mark ---------------------------------------------

_MARKED = (
    '<p>The harbour board moved $1.2 million into a new line called "quay readiness" on Tuesday night, a few minutes '
    'before the vote, and nobody on the board asked what it meant.<sup><a class="footnote-anchor" '
    'id="footnote-anchor-1" href="#footnote-1">1</a></sup></p>'
    "<p>The works on the north quay will now wait until the autumn, the harbour master told me after the meeting, and "
    'the fish market will keep its old pontoon for one more summer.<sup><a class="footnote-anchor" '
    'id="footnote-anchor-2" href="#footnote-2">2</a></sup></p>'
)
_NOTE_ONE = "The amendment was one sentence long and did not name the quay."
_NOTE_TWO = "The harbour master said the date depends on the tides, which the board cannot move."


def _note(n: int, words: str, back: str | None = None) -> str:
    return (
        f'<div class="footnote"><a id="footnote-{n}" href="#{back or f"footnote-anchor-{n}"}" '
        f'class="footnote-number">{n}</a><div class="footnote-content"><p>{words}</p></div></div>'
    )


def _noted_post(notes: str, marked: str = _MARKED) -> str:
    return (
        f'<article><h1>Quay to be rebuilt</h1><div class="body">{QUAY_STORY}{marked}</div>'
        '<div class="paywall"><h2>Keep reading with a free trial</h2><button>Start trial</button></div>'
        f"{notes}</article>"
    )


_NOTES = f'<div class="footnotes">{_note(1, _NOTE_ONE)}{_note(2, _NOTE_TWO)}</div>'


def test_footnotes_opening_on_their_number_back_to_the_mark_are_read():
    text = page_text(_noted_post(_NOTES))
    assert "Paragraph 5" in text and _NOTE_ONE in text and _NOTE_TWO in text


def test_numbers_that_lead_to_no_mark_leading_back_keep_their_links():
    # near misses: marks that lead elsewhere than the notes, a box marked as the text's endnotes, a number after words in
    # its block
    for page in (
        _noted_post(_NOTES, marked=_MARKED.replace('href="#footnote-', 'href="#elsewhere-')),
        _noted_post(_NOTES.replace('class="footnotes"', 'class="endnotes"')),
        _noted_post(_NOTES.replace('<div class="footnote"><a ', '<div class="footnote">See <a ')),
    ):
        tree = _tree(page)
        page_tree.numbered_footnotes_as_text(tree)
        assert len(tree.xpath("//a[@class='footnote-number']")) == 2, page


# -- a letter's greeting and signature in an e-mail's bare blocks ---------------------------------------------------------

_LETTER_LINES = [
    "On the first Saturday in March a storm took the roof off the seal hospital, and the volunteers moved nine pups "
    "into the garage of the station overnight.",
    "Six weeks on, the roof is back, the pups are fat, and four of them went back to the sea from the beach below the "
    "station last Tuesday.",
    "Thank you for sticking with us through a very wet winter, and for the towels.",
]


def _letter(greeting: str, closing: str, signature: str) -> str:
    blocks = "<div><br></div>".join(f"<div>{line}</div>" for line in _LETTER_LINES)
    return (
        '<table role="presentation"><tr><td><div class="text-block"><div>'
        f"<div>{greeting}</div><div><br></div>{blocks}<div><br></div><div>{closing}</div><div>{signature}</div>"
        "</div></div></td></tr></table>"
    )


def test_a_letters_greeting_and_signature_in_bare_blocks_are_read():
    for closing in ("With love from the whole team,", "Warmly,"):
        text = page_text(_letter("Dear members,", closing, "Ruth Ames, founder"))
        assert text.startswith("Dear members,"), closing
        assert closing in text and text.endswith("Ruth Ames, founder"), closing


def test_short_blocks_that_greet_no_reader_or_sign_no_letter_stay_blocks():
    # near misses: a label over the letter closing on no comma, a name after a paragraph with no closing words, a
    # greeting over a label rather than a paragraph
    for body, short in (
        (_letter("Meet the herd", "Warmly,", "Ruth Ames"), "Meet the herd"),
        (_letter("Dear members,", "Photos by the team", "Ruth Ames"), "Ruth Ames"),
        (
            "<div><div>Dear members,</div><div>Spring 2024</div><div>"
            f"{_LETTER_LINES[0]}</div><div>{_LETTER_LINES[1]}</div></div>",
            "Dear members,",
        ),
    ):
        tree = _tree(body)
        page_tree.leaf_divs_as_paragraphs(tree)
        assert short not in [p.text_content() for p in tree.iter("p")], short


# -- questions about the notes sent to the secretary; about a thing named bare, to an office at its number ----------------


def test_questions_about_the_storys_thing_sent_to_a_bodys_officer_stay():
    for line in (
        "Questions about these notes can go to the secretary at secretary@example.org.",
        "Questions about the spring show should go to the show secretary at show@example.org.",
        "Questions about the minutes go to the clerk at clerk@example.org.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_questions_sent_to_the_sites_own_desk_or_writer_stay_furniture():
    # near misses: the editor, the author, the site's newsroom
    for line in (
        "Questions about these notes can go to the editor at editor@example.org.",
        "Questions about the recipe can go to the author at cook@example.org.",
        "Questions about the recipe can go to our newsroom at news@example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


def test_questions_about_a_thing_named_bare_sent_to_an_office_at_its_number_stay():
    for line in (
        "Questions about leaf collection can be directed to Public Works at 218-555-0164 or works@example.gov.",
        "Questions about brush pickup can go to the Streets Division at 555-0142 or streets@example.gov.",
    ):
        assert furniture_rule(line) is None, line


def test_questions_about_the_sites_own_matter_named_bare_stay_furniture():
    # near misses: the reader's dealings with the site, its own matter, an activity of its business, no number
    for line in (
        "Questions about home delivery can be directed to Circulation Services at 555-0164 or help@example.com.",
        "Questions about obituaries can be directed to the Obituary Desk at 555-0164 or obits@example.com.",
        "Questions about advertising can be directed to Display Sales at 555-0164 or ads@example.com.",
        "Questions about leaf collection can be directed to Public Works at works@example.gov.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- the motto beside an old site's logo ---------------------------------------------------------------------------------

_STORY_CELL = f'<td width="500">{QUAY_STORY}</td>'


def _banner(cell: str) -> str:
    return (
        f'<table width="640"><tr><td colspan="2" align="center">{cell}</td></tr>'
        f'<tr><td width="140"><a href="/">Home</a></td>{_STORY_CELL}</tr></table>'
    )


def test_the_motto_beside_a_sites_logo_goes():
    for cell in (
        '<img src="images/club_logo.gif" alt="Harbour Sailing Club"><br><font size="2"><i>Sailing on the Estuary '
        "Since 1952</i></font>",
        '<a href="/" class="site-logo"><img src="/img/mast.png" alt=""></a> <span>Your harbour, your club</span>',
    ):
        text = page_text(_banner(cell))
        assert "Since 1952" not in text and "Your harbour, your club" not in text, cell
        assert "Paragraph 5" in text


def test_a_picture_no_logo_or_a_logo_beside_a_sentence_keeps_its_words():
    # near misses: a picture with its short caption, a logo beside a sentence, a logo's box holding a paragraph
    for cell, words in (
        (
            '<img src="/img/quay.jpg" alt="The quay"><br><i>The north quay at low tide</i>',
            "The north quay at low tide",
        ),
        (
            '<img src="/img/logo.gif" alt="Harbour Sailing Club"><br>The club meets every Monday at the quay.',
            "The club meets every Monday at the quay.",
        ),
        ('<img src="/img/logo.gif" alt=""><p>Sailing on the Estuary Since 1952</p>', "Since 1952"),
    ):
        tree = _tree(_banner(cell))
        page_boxes.drop_logo_taglines(tree)
        assert words in tree.text_content(), cell


# -- a web ring's member line with its steps; a paper's issue stamp run into one line -------------------------------------


def test_a_web_rings_member_line_with_its_steps_goes():
    assert_rule_takes(
        "web ring's member line",
        [
            "This site is a member of the Coastal Clubs Webring [ Previous | Next | Random | List Sites ]",
            "Proud member of the Harbour Towns Web Ring [ Prev | Next ]",
        ],
        [
            # a bracket of no ring's steps, a sentence naming the ring
            "This site is a member of the Coastal Clubs Webring [ see the photos ]",
            "The club joined the Coastal Clubs Webring in 1998 [ Previous | Next ]",
        ],
    )


def test_a_papers_issue_stamp_run_into_one_line_goes():
    assert_rule_takes(
        "paper's issue stamp",
        [
            "Thursday, June 17, 1999 Vol. 91, No. 24 50 cents",
            "Vol. 12, No. 3 March 4, 2002",
            "| | | Wednesday, May 5, 2004 Volume 8, Number 17 $1.25 |",
        ],
        [
            # a sentence naming a volume, a date with its price alone
            "Vol. 91 of the paper ran on June 17, 1999",
            "Thursday, June 17, 1999 50 cents",
        ],
    )


# -- an e-mail's caption in italics by its style, its cards of named animals, a box headed by a call to sponsor -----------

_PICTURE_CELL = (
    '<table role="presentation"><tr><td><img src="https://example.org/pups.jpg" alt="" width="600">'
    '<div class="text-block"><div><div style="text-align:center"><span style="font-size:12px;{style}">Nine pups in the '
    "station's garage on the night of the storm.</span></div></div></div></td></tr></table>"
)


def test_a_caption_in_italics_by_its_inline_style_goes():
    tree = _tree(_PICTURE_CELL.format(style="font-style:italic"))
    page_boxes.drop_italic_captions(tree)
    assert "Nine pups" not in tree.text_content()


def test_a_caption_in_upright_type_stays():
    # near miss: the same line, not in italics
    tree = _tree(_PICTURE_CELL.format(style="color:#777"))
    page_boxes.drop_italic_captions(tree)
    assert "Nine pups" in tree.text_content()


def _animal_card(name: str, blurb: str) -> str:
    return (
        f'<td width="50%" style="padding:8px"><img src="https://example.org/{name.lower()}.jpg" alt="">'
        f"<div><div><strong>{name}</strong></div><div>{blurb}</div></div></td>"
    )


_PEBBLE = "Pebble came to us in 2022 with a torn flipper. She naps on the pontoon every afternoon."
_SKIPPER = "Skipper is a grey seal of twelve who eats a bucket of herring a day."


def test_cards_of_named_animals_in_an_emails_cells_go():
    tree = _tree(
        f"<table><tr>{_animal_card('Pebble', _PEBBLE)}{_animal_card('Skipper', _SKIPPER)}</tr></table>"
    )
    page_boxes.drop_picture_cards(tree)
    assert "torn flipper" not in tree.text_content() and "bucket of herring" not in tree.text_content()


def test_cells_whose_words_tell_of_no_name_of_their_own_or_one_card_stay():
    # near misses: a blurb not opening with the card's name, a card alone
    for row in (
        _animal_card("Pebble", _PEBBLE)
        + _animal_card("Skipper", "A grey seal of twelve who eats a bucket a day."),
        _animal_card("Pebble", _PEBBLE),
    ):
        tree = _tree(f"<table><tr>{row}</tr></table>")
        page_boxes.drop_picture_cards(tree)
        assert "torn flipper" in tree.text_content(), row


_SPONSOR_BOX = (
    '<div class="text-block"><div><div><strong>{heading}</strong></div><p>{price}</p>'
    '<div><a href="https://example.org/sponsor">Choose your seal</a></div></div></div>'
)
_PRICE = "For $25 a month you can sponsor one of our seals and get a photo and a card every season."


def test_a_box_headed_by_a_call_to_sponsor_one_over_its_price_goes():
    for heading in ("Sponsor a seal", "Adopt a grey seal today"):
        tree = _tree(QUAY_STORY + _SPONSOR_BOX.format(heading=heading, price=_PRICE))
        page_boxes.drop_offer_boxes(tree)
        assert "$25 a month" not in tree.text_content(), heading


def test_a_heading_calling_no_one_to_sponsor_or_a_box_with_no_price_stays():
    # near misses: a subheading naming the seals, the call over no price
    for heading, price in (
        ("Our seals", _PRICE),
        ("Sponsor a seal", "Sponsors get a photo and a card every season."),
    ):
        tree = _tree(QUAY_STORY + _SPONSOR_BOX.format(heading=heading, price=price))
        page_boxes.drop_offer_boxes(tree)
        assert price in tree.text_content(), heading


# -- a newsletter's question on its issue with its call to reply ---------------------------------------------------------


def test_a_question_on_the_issue_with_its_call_to_reply_goes():
    assert_rule_takes(
        "newsletter's question on its issue",
        [
            "What did you think of this issue? Hit reply and tell us. Ruth reads every one, usually to the seals.",
            "How did you like this edition? Just reply to this email. We read all of them.",
        ],
        [
            # a question on the story's matter, a sentence after the call about something else
            "What did you think of the harbour board’s plan? Hit reply and tell us. Ruth reads every one.",
            "What did you think of this issue? Hit reply and tell us. The board meets again on Monday.",
        ],
    )
