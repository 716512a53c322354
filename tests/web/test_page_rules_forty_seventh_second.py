"""Rules from the blind page set pages_final162 (measured on 7571c299's page code; bot.web.page_boxes, page_lines,
page_rules): a mirrored wire story's "Most Read from <Wire>" heading goes; a box opening on a shout in capitals goes
between the paragraphs too when it closes on one of the page's links, its sentence opening on initials or not; an
e-mail's two cards whose buttons name them ("Meet <Name> & <Name> →", a feature's label over the name) go when another
link of the page leads to the buttons' host. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a wire's most-read heading naming the wire ------------------------------------------------------------------------


def test_a_most_read_heading_naming_its_source_goes():
    assert_rule_takes(
        "promotion label",
        ["Most Read from Reuters", "Most popular on The Harbour Courier", "Most viewed stories at AP:"],
        ["Most read from the report", "Most Read from Reuters went to the board last week."],
    )


# -- a shout box among the paragraphs closing on a link ---------------------------------------------------------------

_SHOUT = (
    "| CREW WANTED! QRC is always looking for new rowers. No experience is needed and we lend the boats. "
    "Find out how to join the club. |"
)
_LINKS = frozenset({"find out how to join the club", "harbour board minutes"})


def test_a_shout_box_among_the_paragraphs_closing_on_a_link_goes():
    lines = [FERRY_STORY[0], _SHOUT, *FERRY_STORY[1:]]
    assert cleaned(lines, _LINKS) == FERRY_STORY
    # near misses: the same box closing on words that are no link of the page, and a linked close with no shout
    for box in (
        _SHOUT.replace("Find out how to join the club.", "Boats go out at 6 a.m."),
        "| The board's survey is online. Harbour board minutes. |",
    ):
        lines = [FERRY_STORY[0], box, *FERRY_STORY[1:]]
        assert cleaned(lines, _LINKS) == lines, box


# -- two cards of an e-mail whose buttons name them, to the sender's site ---------------------------------------------


def _card(label: str, name: str) -> str:
    return (
        f"<table><tr><td><img src='https://cdn.example.net/{len(name)}.jpg' alt=''><p>FOSTER ME THIS SPRING</p>"
        f"<h3>{label}{name}</h3><p>{name} spend the day by the harbour wall and like long naps and the smell of "
        f"the fish quay.</p><p><a href='https://quayrescue.org/dogs/{len(name)}'>Meet {name} →</a></p></td></tr></table>"
    )


def _mail(footer: str) -> str:
    half = len(QUAY_STORY) // 2
    return page_text(
        f"<div><h1>Quay to be rebuilt</h1>{QUAY_STORY[:half]}{_card('🐾 Pup of the Week: ', 'Moss & Pike')}"
        f"{QUAY_STORY[half:]}{_card('', 'Juno & Fern')}<p>Thank you all for a wonderful spring at the shelter.</p>"
        f"<p>{footer}</p></div>"
    )


def test_two_cards_whose_buttons_name_them_go_when_the_page_links_their_host():
    text = _mail("<a href='https://quayrescue.org/'>Our website</a>")
    assert "spend the day by the harbour wall" not in text, text
    assert "Paragraph 5 of the story" in text and "wonderful spring" in text
    # near miss: no other link of the page leads to the buttons' host (a shop's pages)
    text = _mail("<a href='https://example.org/'>Our website</a>")
    assert "Moss & Pike spend the day" in text, text
