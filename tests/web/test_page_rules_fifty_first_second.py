"""Rules from the blind page set pages_final179 (measured once on b421e962; bot.web.page_rules, page_boxes): a club's or
a body's own contact lines stay (questions about the story's thing sent straight to an address, a line opening on the
questions about the notice's thing before the office and its number, the day entries to the club's event close with the
address that takes them, the service's desk by its number and its hours before its address); a newsletter's cards of
named residents, each titled by its name in bold over its blurb, under a heading of their own, their names told nowhere
in its story, go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_named_picture_cards
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, cleaned, page_text


def _stays(lines: list[str]) -> None:
    for line in lines:
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line]), line


def _contact_lines(lines: list[str]) -> None:
    for line in lines:
        assert furniture_rule(line) == "contact e-mail", line


# -- questions about the story's thing, sent straight to an address ------------------------------------------------------


def test_questions_about_the_storys_thing_sent_straight_to_an_address_stay():
    _stays(
        [
            "Questions about the seed swap can go to swap@example.org.",
            "Questions about these results may be sent to results@example.org.",
        ]
    )


def test_questions_about_the_sites_own_things_or_about_nothing_named_stay_furniture():
    # near misses: the site's own pages, the reader's dealings with the site, no thing named, a line the site signs
    _contact_lines(
        [
            "Questions about the newsletter can go to editor@example.org.",
            "Questions about this story can go to news@example.org.",
            "Questions about your subscription can go to help@example.org.",
            "Questions can go to editor@example.org.",
            "Questions about the column can go to letters@example.org.",
        ]
    )


# -- a line opening on the questions about the notice's thing, then the office and its number ---------------------------


def test_questions_about_the_notices_thing_then_the_office_and_its_number_stay():
    _stays(
        [
            "For questions about the road closure, contact the Elm County Highway Department at 555-0143 or "
            "roads@example.gov.",
            "For information about the boil order, call the Water Office on 01632 960 555 or email water@example.org.",
        ]
    )


def test_questions_for_the_press_the_sites_desk_or_its_readers_accounts_stay_furniture():
    # near misses: the press's questions, a question about the site's story, the reader's subscription, the site's desk
    _contact_lines(
        [
            "For media enquiries, contact the press office at 555-0100 or press@example.org.",
            "For questions about this story, contact our newsroom at 555-0100 or news@example.org.",
            "For questions about your subscription, contact Customer Service at 555-0100 or subs@example.org.",
            "For questions about the closure, contact Customer Service at 555-0100 or help@example.org.",
        ]
    )


# -- the day entries to the club's own event close, and the address that takes them ------------------------------------


def test_the_day_entries_close_and_the_address_that_takes_them_stay():
    _stays(
        [
            "Next up is the Harbour Regatta on 14 June, on our own stretch. Entries close on 1 June; email "
            "regatta@example.org if you want a seat in a boat.",
            "The autumn show is on 12 October. Entries close on 28 September. Email entries@example.org with your "
            "classes.",
        ]
    )


def test_entries_the_site_takes_or_a_desk_of_its_own_stay_furniture():
    # near misses: the site's own address, the site's newsroom, registration for the site's own event
    _contact_lines(
        [
            "Entries close on Friday; email us at entries@example.org.",
            "Entries close on 3 May; email newsroom@example.org with your photos.",
            "Registration for our webinar closes on 3 May; email events@example.org to book.",
        ]
    )


# -- the service's desk by its number and the hours it answers, then its address ----------------------------------------


def test_the_services_desk_by_its_number_and_hours_then_its_address_stays():
    _stays(
        [
            "For help with your crossing, call our bookings team on 01632 960 777 (7am to 7pm daily) or email "
            "bookings@example.org.",
            "If you have any questions, please contact our harbour office on 01632 960 321, 8am to 6pm, or email "
            "harbour@example.org.",
        ]
    )


def test_a_desk_with_no_hours_the_press_office_or_the_readers_account_stays_furniture():
    # near misses: the reader's subscription, the press office, a desk with no hours given
    _contact_lines(
        [
            "For help with your subscription, call our customer service team on 01632 960 777 (8am to 6pm daily) or "
            "email subs@example.org.",
            "If you have any questions, please call our press office on 01632 960 777, 9am to 5pm, or email "
            "press@example.org.",
            "If you have any questions, please call our bookings team on 01632 960 777 or email bookings@example.org.",
        ]
    )


# -- a newsletter's cards of named residents under a heading of their own -----------------------------------------------

_LETTER = "".join(
    f"<p>Paragraph {i} of the letter says the farm took in nine goats from a closed petting zoo this autumn, and "
    "all of them have settled into the top barn with the older herd.</p>"
    for i in range(5)
)
_MOSS = (
    "Moss is the oldest goat on the farm and still the first to the hay rack every single morning. She has lived here "
    "since 2013."
)
_JUNIPER = (
    "Juniper arrived with a limp last spring and now climbs the woodpile whenever nobody is looking. He shares a pen "
    "with the two youngest kids."
)


def _card(name: str, label: str, blurb: str) -> str:
    return (
        f'<table class="card" width="100%"><tbody><tr><td class="cardInner"><table align="left" class="cardImage">'
        f'<tbody><tr><td><img src="https://example.org/{name.lower()}.jpg" alt="{name}"></td></tr></tbody></table>'
        f'<table align="right" class="cardText"><tbody><tr><td class="textContent">{label}{blurb}'
        "</td></tr></tbody></table></td></tr></tbody></table>"
    )


def _newsletter(
    heading: bool = True,
    letter: str = _LETTER,
    moss_label: str = "<strong>Moss, 12</strong><br>",
    juniper_label: str = "<strong>Juniper, 4</strong><br>",
) -> str:
    over = (
        '<table class="textBlock"><tbody><tr><td class="textContent"><h2>Meet the residents</h2></td></tr></tbody>'
        "</table>"
    )
    return (
        f'<table class="textBlock"><tbody><tr><td class="textContent">{letter}</td></tr></tbody></table>'
        f'{over if heading else ""}<table class="cardsBlock"><tbody><tr><td class="cardsInner">'
        f"{_card('Moss', moss_label, _MOSS)}{_card('Juniper', juniper_label, _JUNIPER)}</td></tr></tbody></table>"
    )


def test_named_cards_under_a_heading_of_their_own_go_with_it():
    text = page_text(_newsletter())
    assert "Paragraph 4" in text
    assert "first to the hay rack" not in text and "climbs the woodpile" not in text
    assert "Meet the residents" not in text


def test_named_cards_with_no_heading_a_name_told_in_the_story_or_no_title_in_bold_stay():
    # near misses: no heading block right before the run, a card's name told in the letter, a bold line that is no
    # name and an age, bold names run into their sentences as captions are (no title over a blurb)
    pages = [
        _newsletter(heading=False),
        _newsletter(
            letter=_LETTER + "<p>Moss turned twelve this week and had a carrot cake for the occasion.</p>"
        ),
        _newsletter(moss_label="<strong>Moss, our oldest</strong><br>"),
        _newsletter(moss_label="<strong>Moss</strong>, 12: ", juniper_label="<strong>Juniper</strong>, 4: "),
    ]
    for page in pages:
        tree = lxml_html.fromstring(f"<html><body>{page}</body></html>")
        drop_named_picture_cards(tree)
        assert "first to the hay rack" in tree.text_content(), page
