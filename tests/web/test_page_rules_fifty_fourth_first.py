"""Rules from the fifty-third pass's closing page set pages_final187 (measured once on defcf502; bot.text.clean,
bot.web.page_rules, page_lines, page_boxes, page_lexicon): an editor's note of an update with its clock time before
what it added, a club's "any queries" to its officer, a reader's errand still owed to the officer sent to an address
after a sentence of the report's, and the questions of a notice's wait sent to an office by its number, stay; a
newsletter's credit whose writer is set off by what they are, with the line saying readers pay for it, a caption in the
smallest type after a break under its picture closing on "Click to enlarge.", and a labelled series of teaser cards whose
blurbs close on the call to click through, go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- an editor's note of an update, its clock time before what it added ----------------------------------------------------


def test_an_update_note_with_its_clock_time_and_what_it_added_is_read():
    for line in (
        "This story was updated at 9:15 a.m. to add the Grange Hall shelter, which the council opened after "
        "publication.",
        "This article has been updated at 4:40 p.m. to correct the height of the sea wall.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line]), line


def test_a_bare_update_note_with_its_time_still_goes():
    # near misses: the time and nothing the update did, an update bringing nothing named
    for line in (
        "This story was updated at 9:15 a.m.",
        "This story was updated at 9:15 a.m. with additional reporting.",
    ):
        assert furniture_rule(line) == "site furniture", line


# -- a newsletter's credit, the writer set off by what they are, and who pays for it ----------------------------------------


def test_a_newsletters_credit_with_its_readers_paying_goes():
    for line in (
        "Harbour Notes is written by Ines Okoro, a former Gazette court reporter who has covered the port since 2015. "
        "It is supported by readers and a few local sponsors who never see a story before it is sent.",
        "The Ridge Letter is written by Sam Ohlsson, an ex-council planner. We're funded entirely by our readers.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


def test_a_credit_alone_or_going_on_with_the_story_stays():
    # near misses: the credit alone, the credit with a sentence of the review after it, readers paying for something
    # else
    for line in (
        "The novel is written by Ines Okoro, a former court reporter who grew up on the island.",
        "The novel is written by Ines Okoro, a former court reporter. It sold 40,000 copies in its first month.",
        "The play is written by Sam Ohlsson, an ex-council planner. The tickets are paid for by the festival.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


# -- "any queries" about the story's thing to the club's officer --------------------------------------------------------------


def test_any_queries_about_the_storys_thing_to_an_officer_are_read():
    for line in (
        "Any queries about the placings should go to the race secretary at races@example.org.uk by Monday 6 May.",
        "Queries about the handicaps can go to the sailing secretary at sailing@example.org.uk.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_any_queries_about_the_readers_account_or_the_story_still_go():
    # near misses: the reader's own account, the site's story sent to its editor, nothing asked about
    for line in (
        "Any queries about your subscription should go to subs@example.org.uk.",
        "Any queries about this story should go to the news editor at news@example.org.uk.",
        "Any queries should go to the secretary at secretary@example.org.uk.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a reader's errand still owed to the officer, sent on to an address ---------------------------------------------------------


def test_an_errand_owed_to_the_officer_after_a_sentence_of_the_report_is_read():
    for line in (
        "Winnings will be paid out by cheque next week. If you haven’t sent your address to the club treasurer, "
        "please email treasurer@example.org.uk.",
        "If you have not yet returned your entry form to the show secretary, please email shows@example.org.uk.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line]), line


def test_an_errand_to_the_sites_desks_or_after_furniture_still_goes():
    # near misses: the site's own team, a newsroom's role, the reader's account, a sentence of furniture before it
    for line in (
        "If you haven’t sent your address to our subscriptions team, please email subs@example.org.uk.",
        "If you haven’t sent your story to the news editor, please email news@example.org.uk.",
        "If you haven’t paid your subscription to the membership secretary, please email members@example.org.uk.",
        "Subscribe to our newsletter. If you haven’t sent your address to the club treasurer, please email "
        "treasurer@example.org.uk.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- the questions of a notice's wait, sent to an office by its number -----------------------------------------------------------


def test_questions_before_then_to_an_office_by_its_number_are_read():
    for line in (
        "If you have questions before then, please contact the Eastfield School office at 555-0147 or email "
        "office@example.org.",
        "If you have any questions in the meantime, call the Harbour Master's Office on 01632 960 320.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line]), line


def test_questions_with_no_wait_or_to_the_sites_desk_still_go():
    # near misses: no wait named, the site's customer service, the site itself
    for line in (
        "If you have questions, please contact the Eastfield School office at 555-0147 or email office@example.org.",
        "If you have questions before then, please contact Customer Service at 555-0147 or email help@example.org.",
        "If you have questions before then, please contact our newsroom at 555-0147 or email news@example.org.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a caption in the smallest type under its picture, closing on "Click to enlarge." ---------------------------------------

_SKETCH = "Drawing of the north quay piles by Ellen Marsh"


def _captioned(run: str) -> str:
    return page_text(
        f'<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<p align="center"><img src="/img/quay.jpg" '
        f'width="400" height="300" alt="Quay sketch"><br>{run}</p>{QUAY_STORY}</article>'
    )


def test_a_smallest_type_caption_closing_on_the_enlarge_note_goes():
    for run in (
        f'<font size="1">{_SKETCH}. Click to enlarge.</font>',
        f'<span style="font-size: x-small;">{_SKETCH}. Click the picture for a larger version.</span>',
    ):
        text = _captioned(run)
        assert "Paragraph 5" in text and _SKETCH not in text, run


def test_a_caption_in_other_type_or_with_no_note_stays():
    # near misses: the caption in a bigger size, a small caption with no note to enlarge, a note with a link in the run
    for run in (
        f'<font size="2">{_SKETCH}. Click to enlarge.</font>',
        f'<font size="1">{_SKETCH}, from the survey of March 2024.</font>',
        f'<font size="1">{_SKETCH}. <a href="/img/quay-big.jpg">Click to enlarge.</a></font>',
    ):
        assert _SKETCH in _captioned(run), run


# -- a labelled series of teaser cards whose blurbs close on the call to click through ----------------------------------------


def _teaser(heading: str, blurb: str, button: str, picture: bool = True) -> str:
    img = (
        '<table align="left"><tr><td><img alt="" src="https://img.example.org/card.jpg" width="176"></td></tr></table>'
        if picture
        else ""
    )
    return (
        f'<table class="cardBlock"><tr><td class="cardInner">{img}<table align="right"><tr><td>'
        f'<h3>{heading}</h3><p>{blurb}</p><p><a href="https://club.example.org/news/{len(blurb)}">{button}</a></p>'
        "</td></tr></table></td></tr></table>"
    )


_MARGIT = (
    "Margit has run the tea urn at every home match since 2009 and knows every supporter by name. Find out why she "
    "says Saturday is the best day of her week."
)
_JUNIORS = (
    "Fourteen of our under-12s have planted more than 300 trees along the towpath this winter. Meet the players who "
    "turned a muddy morning into a tradition."
)
_MARGIT_PLAIN = (
    "Margit has run the tea urn at every home match since 2009 and knows every supporter by name, and she will retire "
    "at the end of the season."
)


def _mail(cards: str, told: str = "") -> str:
    letter = QUAY_STORY + told + "<p>With thanks,<br>Ana Ruiz<br>Chair</p>"
    return (
        f'<table><tr><td><table class="textBlock"><tr><td>{letter}</td></tr></table>{cards}</td></tr></table>'
    )


def test_a_labelled_series_of_teaser_cards_goes():
    cards = _teaser("Club spotlight: Margit", _MARGIT, "Read Margit’s story →") + _teaser(
        "Club spotlight: the under-12s", _JUNIORS, "Meet the team →", picture=False
    )
    text = page_text(_mail(cards))
    assert "Paragraph 5" in text and "Ana Ruiz" in text
    assert "tea urn" not in text and "300 trees" not in text


_TOLD = (
    "<p>The committee thanked Margit, who will be made a life member at the dinner, for fifteen seasons behind the "
    "counter of the clubhouse.</p>"
)


def test_teaser_cards_with_a_plain_blurb_a_name_told_or_under_other_labels_stay():
    # near misses: a blurb closing on a sentence of its own, a name the letter tells of, two cards under different
    # labels
    juniors = _teaser("Club spotlight: the under-12s", _JUNIORS, "Meet the team →", picture=False)
    for cards, told in (
        (_teaser("Club spotlight: Margit", _MARGIT_PLAIN, "Read Margit’s story →") + juniors, ""),
        (_teaser("Club spotlight: Margit", _MARGIT, "Read Margit’s story →") + juniors, _TOLD),
        (
            _teaser("Club spotlight: Margit", _MARGIT, "Read Margit’s story →")
            + _teaser("Youth news: the under-12s", _JUNIORS, "Meet the team →", picture=False),
            "",
        ),
    ):
        text = page_text(_mail(cards, told))
        assert "tea urn" in text or "300 trees" in text, cards
