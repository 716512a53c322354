"""Rules from the blind page set pages_final171 (the forty-eighth pass's closing set, measured once on its final page
code; bot.web.page_rules, page_boxes, page_columns, page_lexicon): a sentence leading into its list on "three
categories:" and a line sending the reader on the story's errand after "If you can help with …," stay; a player's "Up
next: <title>", a run-in bold call to join the club by its name over a price, a mailer's cards whose buttons name the
bold name over each, and a side column of headed boxes beside a headline under the site's logo heading go. Pages and
lines written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_button_cards, drop_offer_boxes
from bot.web.page_columns import mark_side_box_columns
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text


def _tree(body: str, head: str = ""):
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


# -- a player's or a station's next item ----------------------------------------------------------------------------------


def test_a_players_up_next_label_goes():
    assert_rule_takes(
        "promotion label",
        [
            "Up Next: Lifeboat crew rescues two kayakers off Portwell Head Autoplay is on",
            "Next up: Harbour Hour with Dana Quill at 6:30",
        ],
        [
            "Up next: the board will vote on the quay rebuild.",
            "Up next, the harbour board will vote on the quay rebuild in June.",
        ],
    )
    player = (
        '<div class="video-wrap" data-video-id="pw-1"><div class="up-next">Up Next: <span>Lifeboat crew rescues two '
        'kayakers off Portwell Head</span> <span class="autoplay">Autoplay is on</span></div></div>'
    )
    text = page_text(player + QUAY_STORY)
    assert "Paragraph 5" in text and "kayakers" not in text


# -- a sentence leading into its list --------------------------------------------------------------------------------------


def test_a_sentence_leading_into_its_list_on_a_count_of_categories_stays():
    for line in (
        "Berths in the new quay fall into three categories:",
        "The survey asked boat owners about the following topics:",
        "The harbour board sorts its grants into several broad categories:",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line, "- Moorings for boats under 8 m;", "- Pontoon berths."])
    # near misses: a metadata label, alone or after the post's other labels, still goes
    for line in ("Categories: Harbour, Council", "Posted in News | Tags: quay, ferry", "Topics:"):
        assert furniture_rule(line) == "metadata line", line


# -- a line sending the reader on the story's errand -------------------------------------------------------------------------


def test_an_if_you_can_help_errand_to_an_address_stays():
    line = (
        "If you can help with fostering over the winter, please email Jo at fostering@example.org or ring the "
        "rescue line on 01632 960 390."
    )
    assert furniture_rule(line) is None
    assert line in cleaned([*FERRY_STORY, line])
    # near misses: the site's own errands (a gift to it), a line the site signs, or one about its own pages, still go
    for line in (
        "If you can donate, please email give@example.org.",
        "If you can help, email us at help@example.org.",
        "If you can share this newsletter with a friend, email jo@example.org.",
    ):
        assert furniture_rule(line) is not None, line


# -- a run-in bold call to join the club by its name, over a price --------------------------------------------------------------

_JOIN_CELL = (
    '<table width="100%" bgcolor="#330066"><tr><td><font size="2"><b>Join PHS!</b> Annual dues are only $12 ($4 for '
    "students) and include the quarterly newsletter and a key to the boathouse. Click "
    '<a href="join.html">here</a> for a membership form.</font></td></tr></table>'
)


def test_a_run_in_bold_call_to_join_over_a_price_goes():
    tree = _tree(_JOIN_CELL + "<p>The quay museum opens at nine.</p>")
    drop_offer_boxes(tree)
    assert "$12" not in tree.text_content() and "opens at nine" in tree.text_content()
    # the call naming the club may be a heading of its own too
    box = "<div><h4>Join the Friends of Portwell Quay</h4><p>Membership is $15 a year and includes a tide table.</p></div>"
    tree = _tree(box + "<p>The quay museum opens at nine.</p>")
    drop_offer_boxes(tree)
    assert "$15" not in tree.text_content()
    # near misses: a bold run with no "!" inside a line, a shout with no price, or one that calls no one to join, stays
    for cell in (
        _JOIN_CELL.replace("<b>Join PHS!</b>", "<b>Join us</b> at the boathouse:"),
        _JOIN_CELL.replace("$12 ($4 for students)", "modest"),
        _JOIN_CELL.replace("<b>Join PHS!</b>", "<b>Tides turn!</b>"),
    ):
        tree = _tree(cell)
        drop_offer_boxes(tree)
        assert tree.text_content() == _tree(cell).text_content(), cell


# -- a mailer's cards whose buttons name the bold name over each -----------------------------------------------------------------


def _card(name: str, blurb: str, button: str | None = None) -> str:
    slug = name.lower().replace(" & ", "-and-")
    return (
        '<td width="50%" valign="top"><table width="100%"><tr><td><img src="/img/'
        f'{slug}.jpg" alt=""></td></tr><tr><td><strong>{name}</strong><br>{blurb}</td></tr>'
        f'<tr><td><a href="/adopt/{slug}" style="background:#7a9a5b;color:#fff;padding:8px 16px">'
        f"{button or 'Meet ' + name}</a></td></tr></table></td>"
    )


_BISCUIT = "Biscuit is a four-year-old lop who loves a cardboard castle and follows you round the garden."
_PEPPER = "A pair of chatty guinea pig sisters who squeak the moment the fridge opens, looking for a home."


def _cards(first: str, second: str) -> str:
    return f'<table width="100%"><tr>{first}{second}</tr></table>'


def test_cards_whose_buttons_name_the_bold_name_over_each_go():
    tree = _tree(QUAY_STORY + _cards(_card("Biscuit", _BISCUIT), _card("Pepper & Salt", _PEPPER)))
    drop_button_cards(tree)
    text = tree.text_content()
    assert "Paragraph 5" in text and "cardboard castle" not in text and "chatty guinea pig" not in text
    # near misses: a bold word inside the card's line names no card, and a card of two bold runs has no one name
    for first in (
        _card("Biscuit", _BISCUIT).replace("<strong>Biscuit</strong><br>", "Our <strong>Biscuit</strong> "),
        _card("Biscuit", _BISCUIT).replace("<br>", "<br><b>Lop</b><br>"),
    ):
        tree = _tree(QUAY_STORY + _cards(first, _card("Pepper & Salt", _PEPPER)))
        drop_button_cards(tree)
        assert "cardboard castle" in tree.text_content(), first


# -- a side column of headed boxes beside a headline under the site's logo heading -------------------------------------------

_VOLUNTEER = (
    "The club runs entirely on volunteers. Every crew needs a cox, a coach and a boat parent, and the committee has "
    "two open seats this year. Find out how you can help."
)


def _grid(side_note: str, second_box: bool = True) -> str:
    boxes = f"<div><h3>Volunteer With Us</h3><p>{side_note}</p></div>"
    if second_box:
        boxes += "<div><h3>Club Nights</h3><ul><li>Tuesday: ergs, 7 p.m.</li><li>Thursday: water, 6 p.m.</li></ul></div>"
    return (
        '<div class="header"><h1>Portwell Rowing Club</h1></div><div class="grid">'
        f'<div class="two-thirds"><h2>Quay to be rebuilt</h2>{QUAY_STORY}</div>'
        f'<div class="one-third">{boxes}</div></div>'
    )


_HEAD = "<title>Quay to be rebuilt | Portwell Rowing Club</title>"


def test_a_side_column_beside_a_headline_under_the_sites_logo_heading_goes():
    tree = _tree(_grid(_VOLUNTEER), _HEAD)
    mark_side_box_columns(tree)
    assert tree.xpath("//div[@class='one-third'][@data-side-column]")
    # near misses: a column of one headed box, or a sibling block whose paragraph runs on as the story's, is no column
    long_note = " ".join(
        [_VOLUNTEER, "The committee meets monthly in the boathouse and minutes go to every member."]
    )
    for body in (_grid(_VOLUNTEER, second_box=False), _grid(long_note)):
        tree = _tree(body, _HEAD)
        mark_side_box_columns(tree)
        assert not tree.xpath("//*[@data-side-column]"), body
