"""Boxes removed before trafilatura reads a page (bot.web.page_boxes): offer boxes (a price and a call
to buy), call boxes, readers' posts under a guest-book role; and, in ``clean_extracted``, the labels
above a repeated headline and a pull quote read twice. Pages written for the test; near misses must
keep their article text.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.article import extract_article
from bot.web.page_boxes import drop_call_boxes, drop_offer_boxes
from bot.web.page_lines import clean_extracted

BODY = [
    "The county board voted on Tuesday to keep both branch libraries open for another year, using money "
    "set aside for a new roof at the courthouse, after more than two hundred residents came to speak.",
    "Commissioner Ada Brandt said the roof could wait one more winter but the libraries could not, and "
    "asked staff to come back in March with a plan that does not depend on one-off savings.",
    "The libraries lend about 90,000 items a year between them, and the Eastfield branch is the only "
    "place in the north of the county with free internet access after six in the evening.",
]


def _page(inside: str = "", after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>Board keeps branch libraries open</title></head><body><main><article>"
        f"<h1>Board keeps branch libraries open</h1><div class='body'>{paragraphs}{inside}</div>"
        f"</article>{after}</main></body></html>"
    )


def _text(html: str) -> str:
    return extract_article(html, "https://www.example.org/news/libraries").text


def test_an_offer_box_with_a_price_and_a_call_goes_with_its_heading():
    offer = (
        "<div class='meter-offer'><h2>Keep reading for just $1</h2><p>Unlimited access to every story we "
        "publish, on any device.</p><a class='btn' href='/subscribe'>Subscribe now</a></div>"
    )
    text = _text(_page(inside=offer))
    assert "Keep reading" not in text and "Unlimited access to every story we publish" not in text
    assert all(p in text for p in BODY)
    tree = lxml_html.fromstring(_page(inside=offer))
    drop_offer_boxes(tree)
    assert "Keep reading" not in tree.text_content() and BODY[2] in tree.text_content()


def test_an_advertisement_with_a_price_and_a_button_goes():
    ad = (
        "<div class='ad'><h3>Sympathy flowers</h3><p>Show you care with a bouquet, delivered by a local florist "
        "the same day.</p><button>Send flowers now</button><span>From £35</span></div>"
    )
    text = _text(_page(inside=ad))
    assert "Show you care with a bouquet" not in text
    assert all(p in text for p in BODY)


def test_a_paragraph_with_a_price_and_a_ticket_link_stays():
    inside = "<p>Tickets for the reopening concert are $12 and go on sale on Friday. <a href='/t'>Buy tickets</a></p>"
    text = _text(_page(inside=inside))
    assert "Tickets for the reopening concert are $12" in text


def test_a_box_with_a_price_but_two_paragraphs_of_prose_stays():
    tree = lxml_html.fromstring(
        "<html><body><div class='promo'>"
        f"<p>{BODY[0]} It cost $400,000.</p><p>{BODY[1]}</p><a href='/s'>Subscribe</a>"
        "</div></body></html>"
    )
    drop_offer_boxes(tree)
    assert "It cost $400,000." in tree.text_content()


def test_a_call_without_a_price_is_no_offer_box():
    tree = lxml_html.fromstring(
        "<html><body><div><p>Read the full council report.</p><a href='/r'>Get the report</a></div></body></html>"
    )
    drop_offer_boxes(tree)
    assert "Read the full council report." in tree.text_content()


def test_a_guest_book_under_an_obituary_goes_and_a_guest_book_page_stays():
    book = (
        "<section id='guestbook'><h2>Guest Book</h2>"
        "<div class='entry'><p>She taught me to swim at the lido in 1975 and I never forgot her kindness to us all.</p>"
        "<p>Jo Marsh, Eastfield</p></div></section>"
    )
    text = _text(_page(after=book))
    assert "She taught me to swim" not in text
    assert all(p in text for p in BODY)
    own = "<html><body><div class='guestbook-page'><h1>Sign our guest book</h1>" + "".join(
        f"<p>{p}</p>" for p in BODY
    )
    assert BODY[0] in extract_article(own + "</div></body></html>").text


def test_labels_above_a_repeated_headline_go_and_a_standfirst_stays():
    title = "The glassblowers of Mill Street"
    lines = ["Photographs by Ines Varro for Northlight", "Design", title, BODY[0], BODY[1]]
    assert clean_extracted("\n".join(lines), title).split("\n\n") == [title, BODY[0], BODY[1]]
    # a sentence above the headline is text the page shows first: nothing above it goes
    lines = ["Four craftspeople keep an old art alive in a tram depot.", title, BODY[0]]
    assert clean_extracted("\n".join(lines), title).split("\n\n") == lines
    # the headline as the first line goes, as before
    assert clean_extracted("\n".join([title, BODY[0]]), title) == BODY[0]


def test_a_fact_box_with_a_sum_in_the_news_and_a_report_link_stays():
    tree = lxml_html.fromstring(
        "<html><body><div class='factbox'><h3>At a glance</h3><ul><li>Cost: $2 million from the county</li>"
        "<li>Opens: spring 2026</li></ul><a href='/r'>Get the full report</a> <a href='/s'>Subscribe</a>"
        "</div></body></html>"
    )
    drop_offer_boxes(tree)
    assert "Cost: $2 million from the county" in tree.text_content()


def test_a_prompt_box_of_one_reader_addressed_paragraph_and_a_button_goes():
    prompt = (
        "<div class='shop'><p>Liked this walk? Add the map to your basket and we post it to you.</p>"
        "<a class='btn' href='/shop'>Shop maps</a></div>"
    )
    text = _text(_page(inside=prompt))
    assert "Add the map to your basket" not in text
    assert all(p in text for p in BODY)


def test_a_paragraph_with_its_own_link_or_without_a_reader_stays():
    tree = lxml_html.fromstring(
        "<html><body>"
        "<div><p>If you want to speak at the hearing, <a href='/f'>fill in the form</a> by Friday.</p></div>"
        "<div><p>The library opens at nine on weekdays and at ten on Saturdays.</p><a href='/h'>Opening hours</a></div>"
        "<div><p>You can read the whole report online.</p><p>It runs to 80 pages.</p><a href='/r'>Report</a></div>"
        "</body></html>"
    )
    drop_call_boxes(tree)
    text = tree.text_content()
    assert "If you want to speak at the hearing" in text
    assert "The library opens at nine" in text
    assert "You can read the whole report online." in text


def test_a_pull_quote_read_twice_stays_once_in_its_paragraph():
    quote = "“We could have put up a concrete span for half the money,” said the county engineer, Pete Dunn."
    lines = [BODY[0], "“We could have put up a concrete span for half the money”", quote, BODY[1]]
    assert clean_extracted("\n".join(lines)).split("\n\n") == [BODY[0], quote, BODY[1]]
    # a short paragraph is kept when no longer one holds all its words in order
    short = [
        "The vote was seven to two.",
        "The vote was close, seven to two, after a long debate on the roof.",
    ]
    assert clean_extracted("\n".join(short)).split("\n\n") == short
    # a heading whose words the text uses again labels what follows it: it stays
    heading = [
        "Best Drama Series Made For Television",
        "It won best drama series made for television at the awards.",
    ]
    assert clean_extracted("\n".join(heading)).split("\n\n") == heading
