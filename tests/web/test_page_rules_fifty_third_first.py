"""Rules from the fifty-second pass's last closing page set pages_final185 (measured once on 23d1eb77; bot.web.page_rules,
page_tree, page_boxes, page_lexicon): a data table's row with a price in one cell and "only" in another, queries about
the story's thing sent to the event's officer by role and name after a sentence of the report's, the next edition's date
with its officer, a notice's call to its desk with the hours closing the line, stay; a standfirst closing on no stop
under a class naming it the deck, the description sharing a clause of it, is read first; a guest-book call with the
visitor's word asked, and picture cards whose bold name carries an age with its unit, go. Pages and lines written for
the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- a data table's row with the price in one cell and "only" in another --------------------------------------------------


def test_a_table_row_with_only_in_another_cell_than_its_price_is_no_offer():
    for row in (
        "| Weekly cap (smart card only) | None | $18.00 |",
        "| Family ticket (weekends only) | £12.50 | £14.00 |",
    ):
        assert furniture_rule(row) is None, row


def test_an_offer_with_its_price_in_one_cell_still_goes():
    # near misses: the offer and the price in one cell, the offer as a line of its own
    for line in ("| Digital access | Just $1 a week |", "Only $2 for your first month"):
        assert furniture_rule(line) == "paywall offer", line


# -- queries about the story's thing sent to the event's officer by role and name --------------------------------------------


def test_queries_to_the_events_officer_by_name_are_read():
    for line in (
        "Queries about results should go to the show secretary, Morwenna Trelawney, at shows@example.org.uk.",
        "Placings for every class are posted in the members' pages. Queries about the placings should go to the "
        "race secretary, Idris Pengelly, at races@example.org.uk.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_queries_after_furniture_to_a_newsroom_role_or_about_the_reader_still_go():
    # near misses: a sentence of furniture before it, a newsroom's role, the reader's own dealings
    for line in (
        "Subscribe to our newsletter. Queries about results should go to the show secretary, Morwenna Trelawney, at "
        "shows@example.org.uk.",
        "Queries about the results should go to the news editor, Morwenna Trelawney, at news@example.org.uk.",
        "Queries about your subscription should go to the membership officer, Idris Pengelly, at subs@example.org.uk.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- the next edition's date with its officer ---------------------------------------------------------------------------------


def test_the_next_editions_date_with_its_officer_is_read():
    for line in (
        "The 31st count will be held on Sunday, January 4, 2026. Coordinator: Talia Morcombe, birds@example.org.",
        "The next show will be held on June 7. Show secretary: Idris Pengelly, shows@example.org.uk.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_an_officer_alone_or_the_sites_next_issue_still_goes():
    # near misses: the role and address with no date before it, the site's next issue, a newsroom's role
    for line in (
        "Coordinator: Talia Morcombe, birds@example.org.",
        "The next issue will be out on Friday, May 2. Editor: Talia Morcombe, editor@example.org.",
        "The next show will be held on June 7. Editor: Talia Morcombe, editor@example.org.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a notice's call to its desk with the hours closing the line --------------------------------------------------------------


def test_a_call_to_the_desk_with_the_hours_after_the_address_is_read():
    for line in (
        "If you have a question about the new timetables, contact our customer team on 0300 555 0199 or at "
        "help@example.co.uk, 7am to 8pm every day.",
        "If you have any questions about these works, call the project team on 01632 960 555 or email "
        "works@example.co.uk, 9am to 5pm on weekdays.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_a_call_with_no_thing_the_sites_thing_or_a_press_desk_still_goes():
    # near misses: no thing asked about, the site's own thing, the reader's account, a press office
    for line in (
        "If you have a question, contact our customer team on 0300 555 0199 or at help@example.co.uk, 7am to 8pm "
        "every day.",
        "If you have a question about this story, contact our newsroom on 0300 555 0199 or at news@example.co.uk, 7am "
        "to 8pm every day.",
        "If you have a question about your subscription, contact our customer team on 0300 555 0199 or at "
        "help@example.co.uk, 7am to 8pm every day.",
        "If you have any questions about these works, call the press office on 01632 960 555 or email "
        "press@example.co.uk, 9am to 5pm on weekdays.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a standfirst with no stop under a class naming it the deck, the description sharing a clause of it ---------------------

_DECK = "The harbour board will spend £4 million on the north quay after a survey found its piles had rotted through"
# the description in other words, sharing a clause of seven words and more
_TOLD = "After a survey found its piles had rotted through, the north quay is to be rebuilt at a cost of £4 million."


def _paper(cls: str, description: str | None = _TOLD) -> str:
    meta = f'<meta name="description" content="{description}">' if description is not None else ""
    return (
        f"<html><head><title>Quay to be rebuilt</title>{meta}</head><body><article><header><h1>Quay to be rebuilt</h1>"
        f'<p class="{cls}">{_DECK}</p><div class="byline">Ann Hale, Harbour Correspondent</div></header>'
        f'<div class="article-body">{QUAY_STORY}</div></article></body></html>'
    )


def _text_of(page: str) -> str:
    return extract_article(page, "https://example.org/news/quay").text


def test_a_standfirst_with_no_stop_under_a_deck_class_the_description_shares_is_read_first():
    for cls in ("story__deck", "article-dek", "c-standfirst", "entry-subtitle"):
        assert _text_of(_paper(cls)).startswith(_DECK), cls


def test_a_line_under_another_class_or_sharing_a_few_words_stays_out():
    # near misses: a plain class, a word holding "deck" inside it, a class naming subtitles; a deck the description
    # shares a few words with only, or with no description
    for cls, description in (
        ("summary-line", _TOLD),
        ("sundeck-note", _TOLD),
        ("video-subtitles", _TOLD),
        ("story__deck", "A survey found the piles of the north quay had rotted through."),
        ("story__deck", None),
    ):
        assert _DECK not in _text_of(_paper(cls, description)), (cls, description)


# -- a guest-book call asking what the visitor thought --------------------------------------------------------------------------


def test_a_guestbook_call_asking_what_the_visitor_thought_goes():
    for line in (
        "Did you come to our open day? Please sign our guestbook and tell us what you thought!",
        "Sign my guest book and let us know what you think.",
    ):
        assert furniture_rule(line) == "site credit", line


def test_a_guestbook_told_of_or_another_book_still_stays():
    # near misses: visitors told of, a book not the site's
    for line in (
        "Visitors were asked to sign our guestbook and tell us what they thought!",
        "Please sign the guest book at the library and tell us what you thought.",
    ):
        assert furniture_rule(line) is None, line


# -- picture cards whose bold name carries an age with its unit ---------------------------------------------------------------

_HAZEL = "<strong>Hazel, 14 weeks</strong><br>Hazel is a ginger kitten who climbs the curtains and purrs at the kettle."
_BRAMBLE = (
    "<strong>Bramble &amp; Fig, 9 weeks</strong><br>Sisters who must go home together. One explores the shed, the "
    "other keeps watch from the step."
)


def _card(alt: str, blurb: str) -> str:
    return (
        '<table class="capBlock"><tr><td>'
        f'<table><tr><td><img alt="{alt}" src="https://img.example.org/{alt[:4]}.jpg"></td></tr></table>'
        f'<table><tr><td class="capText">{blurb}</td></tr></table>'
        "</td></tr></table>"
    )


_BUTTON = (
    '<table class="buttonBlock"><tr><td><a class="btn" href="https://rescue.example.org/adopt">See all our cats</a>'
    "</td></tr></table>"
)


def _letter(cards: str) -> str:
    letter = QUAY_STORY + "<p>With thanks,<br>Ana Ruiz<br>Director</p>"
    return (
        f'<table><tr><td><table class="textBlock"><tr><td>{letter}</td></tr></table>{cards}</td></tr></table>'
    )


def test_picture_cards_with_an_age_in_weeks_go():
    text = page_text(_letter(_card("Hazel", _HAZEL) + _card("Bramble and Fig", _BRAMBLE) + _BUTTON))
    assert "Paragraph 5" in text and "Ana Ruiz" in text
    assert "climbs the curtains" not in text and "keeps watch from the step" not in text


def test_cards_with_an_age_in_other_words_or_a_name_told_in_the_letter_stay():
    # near misses: a bold line that is no age after the name, a name the letter tells of
    odd = _HAZEL.replace("14 weeks", "the curtain climber")
    text = page_text(_letter(_card("Hazel", odd) + _card("Bramble and Fig", _BRAMBLE) + _BUTTON))
    assert "climbs the curtains" in text
    told = QUAY_STORY + "<p>Hazel came to us in a shoebox in August.</p>"
    page = (
        f'<table><tr><td><table class="textBlock"><tr><td>{told}<p>With thanks,<br>Ana Ruiz</p></td></tr></table>'
        f"{_card('Hazel', _HAZEL)}{_card('Bramble and Fig', _BRAMBLE)}{_BUTTON}</td></tr></table>"
    )
    assert "climbs the curtains" in page_text(page)
