"""Rules from the blind page set pages_final170 (measured once on ed794168; bot.web.page_lines, page_boxes, page_tree):
a colleague's credit under one separator closing a wire story and a standfirst between the headline and the text's box
stay; a shop's box of a heading naming the shop over paragraphs each closing on a call to buy goes. Pages and lines
written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_shop_boxes
from bot.web.page_tree import standfirst_into_text
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- a colleague's credit under one separator closing a wire story ------------------------------------------------------

_CREDIT = "Associated Press writer Jane Doe in Tulsa contributed to this report."
_RIGHTS = "Copyright 2025 The Associated Press. All rights reserved."


def test_a_credit_under_one_separator_closing_the_story_stays():
    assert _CREDIT in cleaned([*FERRY_STORY, "___", _CREDIT, _RIGHTS])
    assert _CREDIT in cleaned([*FERRY_STORY, "* * *", _CREDIT])
    # near miss: a credit set between two separators, one piece of the wire's trailer with its hub pointer, goes
    hub = "Follow AP's coverage of harbours at https://apnews.example/hub/harbours."
    kept = cleaned([*FERRY_STORY, "___", _CREDIT, "___", hub, _RIGHTS])
    assert _CREDIT not in kept and FERRY_STORY[-1] in kept


# -- a shop's box ---------------------------------------------------------------------------------------------------------

_CALENDAR = (
    "Our 2026 tide calendar is out, with a different boat for every month. Every copy sold buys a lifebuoy."
)
_MUGS = "New this winter: enamel mugs painted by the sea scouts, and cards drawn by the crews' children."


def _shop_box(heading: str, first: str = "Order the calendar", second: str = "Visit the shop") -> str:
    return (
        f"<div><h3>{heading}</h3>"
        f'<p>{_CALENDAR} <a href="https://shop.example.org/calendar">{first}</a></p>'
        f'<p>{_MUGS} <a href="https://shop.example.org/">{second}</a></p></div>'
    )


def test_a_shops_box_of_paragraphs_closing_on_calls_to_buy_goes():
    text = page_text(QUAY_STORY + _shop_box("From the harbour shop"))
    assert "Paragraph 5" in text and _CALENDAR not in text and _MUGS not in text
    # an e-mail's table cell is such a box too
    cell = (
        _shop_box("New in our gift shop")
        .replace("<div>", "<table><tr><td>")
        .replace("</div>", "</td></tr></table>")
    )
    text = page_text(QUAY_STORY + cell)
    assert "Paragraph 5" in text and _CALENDAR not in text and _MUGS not in text


def test_a_box_under_a_shop_heading_that_sells_nothing_stays():
    # near misses: a paragraph closing on a link that calls to nothing bought, a heading naming no shop, a paragraph
    # closing on its own sentence
    for box in (
        _shop_box("From the harbour shop", second="Harbour Gazette"),
        _shop_box("From the harbour office"),
        "<div><h3>The chandlery shop</h3><p>The chandlery on the quay has sold rope and paint since 1936, and its "
        "owners say the rebuild will close it for a month.</p><p>They hope to reopen by the summer.</p></div>",
    ):
        tree = lxml_html.fromstring(f"<html><body>{QUAY_STORY}{box}</body></html>")
        before = tree.text_content()
        drop_shop_boxes(tree)
        assert tree.text_content() == before


# -- a standfirst between the headline and the text's box ----------------------------------------------------------------

_DEK = "The board will borrow £4 million for the work, and the fish market will move to the south quay until it is done."


def _story(dek: str) -> str:
    return (
        '<article class="story"><h1>Quay to be rebuilt</h1>'
        f'<p class="story__dek">{dek}</p>'
        '<div class="story__byline">By Ana Ruiz <time datetime="2025-03-03">March 3, 2025</time></div>'
        f'<div class="article-body">{QUAY_STORY}</div></article>'
    )


def test_a_standfirst_between_the_headline_and_the_texts_box_stays():
    text = page_text(_story(_DEK))
    assert _DEK in text and "Paragraph 5" in text
    assert text.index(_DEK) < text.index("Paragraph 0")


def test_a_line_under_the_headline_that_is_no_standfirst_stays_where_it_was():
    # near misses: a line closing no sentence (a byline, a label), one holding a link, one inside the text's box
    for dek in (
        "By Ana Ruiz, harbour reporter · Updated 4:05 p.m. · Filed under Harbour news",
        'The board will borrow £4 million for the work, <a href="/fish">the fish market</a> said on Tuesday.',
    ):
        tree = lxml_html.fromstring(
            f"<html><head><title>Quay to be rebuilt</title></head><body>{_story(dek)}</body></html>"
        )
        standfirst_into_text(tree)
        assert tree.find(".//h1").getnext().get("class") == "story__dek"
    inside = (
        '<article class="story"><div class="article-body"><h1>Quay to be rebuilt</h1>'
        f'<p class="story__dek">{_DEK}</p>{QUAY_STORY}</div></article>'
    )
    tree = lxml_html.fromstring(
        f"<html><head><title>Quay to be rebuilt</title></head><body>{inside}</body></html>"
    )
    standfirst_into_text(tree)
    assert tree.find(".//h1").getnext().get("class") == "story__dek"
