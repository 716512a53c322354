"""Rules from the blind page set pages_final141 (measured once on 9fb07e4; bot.web.article, page_tree, page_merge,
page_boxes, page_columns, page_rules): a list whose nearest elements in its parent are two of the text's paragraphs is
the story's on a page with no article container, however short those paragraphs; an italic caption after a break in
its picture's own paragraph goes; so does a side column whose second box is named with an exclamation mark; cards whose
buttons name their own headings, two or more on the page, go; and a body's equal opportunity statement goes. Pages and
lines written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_columns import mark_side_box_columns, side_column_text
from bot.web.page_merge import merge_missing
from bot.web.page_rules import fold
from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text

# -- a list between two of the text's paragraphs, on a page with no article container ----------------------------------

_ITEMS = [
    "Harbour Road between the ferry slip and Quay Street",
    "Net Loft Lane at the lifeboat station",
    "The fish quay car park, both entrances",
]
_LEAD = "The harbour master has shut the following roads while the piles are driven:"
_SHORT = "Follow the signed detour."
_AFTER = (
    "The roads will reopen at the end of each working day, and the ferry will run to its usual timetable throughout "
    "the work, the board said."
)


def _body() -> list[str]:
    return [
        f"Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey "
        "found the old timber piles had rotted through below the waterline in more than a dozen places."
        for i in range(9)  # (a page of 300 words or more: a thinner one is read in trafilatura's recall mode)
    ]


def _notice(items: str, before: str = f"<p>{_LEAD}</p>") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _body())
    return page_text(
        f"<div class='notice'><h1>Quay piling starts Monday</h1>{paragraphs}<p><strong>Road closures</strong></p>"
        f"{before}{items}<p>{_SHORT}</p><p>{_AFTER}</p></div>"
    )


def test_a_list_between_two_of_the_texts_paragraphs_is_read():
    text = _notice("<ul>" + "".join(f"<li>{item}</li>" for item in _ITEMS) + "</ul>")
    assert all(item in text for item in _ITEMS), text
    assert text.index(_LEAD) < text.index(_ITEMS[0]) < text.index(_SHORT)
    # near misses: a list of links between the same paragraphs (a menu, a rail) …
    linked = (
        "<ul>"
        + "".join(f"<li><a href='/roads/{i}'>{item}</a></li>" for i, item in enumerate(_ITEMS))
        + "</ul>"
    )
    assert _ITEMS[1] not in _notice(linked)
    # … and a list under a heading, not a paragraph of the text, stay out
    headed = _notice(
        "<ul>" + "".join(f"<li>{item}</li>" for item in _ITEMS) + "</ul>", before="<h3>Detours</h3>"
    )
    assert _ITEMS[1] not in headed


def test_merge_missing_takes_the_items_the_markup_places():
    text = "\n\n".join(["Road closures", _LEAD, _SHORT, _AFTER])
    other = "\n\n".join(["Road closures", _LEAD, *(f"- {item}" for item in _ITEMS), _SHORT, _AFTER])
    placed = frozenset(fold(item) for item in _ITEMS)
    merged = merge_missing(text, other, lists_only=True, placed=placed).split("\n\n")
    assert merged == ["Road closures", _LEAD, *(f"- {item}" for item in _ITEMS), _SHORT, _AFTER]
    # near misses: without the markup's word the short lines around the list keep it out, and so does one item the
    # markup does not place
    assert merge_missing(text, other, lists_only=True) == text
    assert merge_missing(text, other, lists_only=True, placed=placed - {fold(_ITEMS[2])}) == text


# -- an italic caption after a break in its picture's paragraph ----------------------------------------------------------

_CAPTION = "Rotted piles under the north quay at low tide, March 3."


def _pictured(paragraph: str) -> str:
    half = QUAY_STORY.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:half]}{paragraph}{QUAY_STORY[half:]}</article>"
    )


def test_an_italic_caption_after_a_break_in_its_pictures_paragraph_goes():
    for picture in (
        "<img src='/img/piles.jpg' alt='Piles'>",
        "<a href='/img/piles.jpg'><img src='/img/p.jpg'></a>",
    ):
        for run in (f"<font face='Arial' size='1'><i>{_CAPTION}</i></font>", f"<em>{_CAPTION}</em>"):
            text = _pictured(f"<p align='center'>{picture}<br>\n{run}</p>")
            assert "Rotted piles" not in text, (picture, run)
            assert "Paragraph 3 of the story" in text
    # near misses: plain words in the run, words beside the picture, or no picture: the text's own lines
    plain = (
        "Rotted piles under the north quay at low tide, the engineer said on Monday, and more will follow."
    )
    for paragraph in (
        f"<p><img src='/img/piles.jpg' alt=''><br><font size='1'>{plain}</font></p>",
        f"<p><img src='/img/piles.jpg' alt=''><br><i>Rotted piles</i> under the north quay, {plain}</p>",
        f"<p><font size='2'><i>{plain}</i></font></p>",
    ):
        assert "Rotted piles under the north quay" in _pictured(paragraph), paragraph


# -- a side column whose box is named with an exclamation mark ---------------------------------------------------------

_STORY_CELL = "".join(f"<p>{p}</p>" for p in _body()[:4])
_NOTICE = "The harbour office closes at noon on Fridays through the winter months."


def _column(name: str) -> str:
    return (
        "<table border='1'><tr><td><b>MORE NEWS</b></td></tr><tr><td><a href='/ferry.htm'>Ferry fares frozen</a>"
        f"</td></tr></table><p>&nbsp;</p><table border='1'><tr><td><b>{name}</b><br>{_NOTICE}<br>"
        "<a href='/office.htm'>Details here</a></td></tr></table>"
    )


def _layout(name: str) -> str:
    return (
        "<table width='780'><tr><td width='150'><a href='/'>Home</a></td>"
        f"<td width='480'><p><b>Quay to be rebuilt</b></p>{_STORY_CELL}</td>"
        f"<td width='150'>{_column(name)}</td></tr></table>"
    )


def test_a_box_named_with_an_exclamation_mark_makes_a_side_column():
    for name in ("Reminder!", "Office Hours!"):
        tree = lxml_html.fromstring(f"<html><body>{_layout(name)}</body></html>")
        mark_side_box_columns(tree)
        assert "harbour office closes at noon" in side_column_text(tree), name
        text = page_text(_layout(name))
        assert _NOTICE not in text and "Paragraph 3 of the story" in text
    # near miss: a longer line closing on "!" is a sentence, no box's name: one headed box, no column
    tree = lxml_html.fromstring(f"<html><body>{_layout('Come to the quay open day!')}</body></html>")
    mark_side_box_columns(tree)
    assert side_column_text(tree) == ""


# -- cards whose buttons name their own headings ------------------------------------------------------------------------


def _boat_card(name: str, line: str, button: str | None = None, extra: str = "") -> str:
    label = button if button is not None else f"See {name}"
    return (
        f"<div class='card-{name.lower().replace(' ', '-')} boat-card'><div class='pic'><img src='/boats/{name}.jpg'"
        f" alt='{name}'></div><div class='words'><p>For sale!</p><h3>{name} · 18 ft · clinker</h3><p>{line}</p>"
        f"{extra}</div><div class='btn'><a href='/boats/{name.lower()}'>{label}</a></div></div>"
    )


_HERON = "A day boat re-caulked last winter, with a new mast and two sets of oars."
_TERN = "A lug-rigged dinghy that has never missed a regatta, sold with her trailer."


def _with_cards(first: str, second: str = "") -> str:
    one = QUAY_STORY.index("<p>Paragraph 2")
    two = QUAY_STORY.index("<p>Paragraph 4")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:one]}{first}{QUAY_STORY[one:two]}{second}"
        f"{QUAY_STORY[two:]}</article>"
    )


def test_cards_whose_buttons_name_their_headings_go():
    text = _with_cards(_boat_card("Heron", _HERON), _boat_card("Tern", _TERN))
    assert "re-caulked" not in text and "lug-rigged" not in text and "18 ft" not in text, text
    assert "Paragraph 1 of the story" in text and "Paragraph 4 of the story" in text
    # near misses: one such card alone …
    assert "re-caulked" in _with_cards(_boat_card("Heron", _HERON))
    # … buttons that name nothing of the card's …
    assert "re-caulked" in _with_cards(
        _boat_card("Heron", _HERON, "Make an offer"), _boat_card("Tern", _TERN, "Make an offer")
    )
    # … or a card with a second paragraph of its own, stays
    more = "<p>The club's bosun has sailed her every summer since the club bought her from the Pell yard.</p>"
    assert "re-caulked" in _with_cards(
        _boat_card("Heron", _HERON, extra=more), _boat_card("Tern", _TERN, extra=more)
    )


# -- line rules ----------------------------------------------------------------------------------------------------------


def test_an_equal_opportunity_statement_goes():
    assert_rule_takes(
        "equal opportunity statement",
        [
            "Portwell Harbour Electric Cooperative is an equal opportunity provider and employer.",
            "This institution is an equal opportunity provider.",
            "An Equal Opportunity/Affirmative Action Employer.",
            "The Harbour Trust is an equal opportunity employer and service provider.",
        ],
        [
            "The trust says it is an equal opportunity employer.",
            "The yard is an equal opportunity employer, the union said.",
            "We want the new quay to be an equal opportunity playground for every boat in the harbour.",
            "The trust is an equal opportunity employer and does not discriminate in its hiring of harbour crews.",
        ],
    )
