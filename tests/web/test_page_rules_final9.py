"""Rules written on pages_final9's leaks (bot.web.page_boxes, bot.web.page_rules): a sponsor's box under a
bare label over its logo, a call-to-action box by its role name, an affiliate disclosure in the site's
voice. Pages and sentences written for the test; near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.article import extract_article
from bot.web.page_boxes import drop_sponsor_boxes
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY as BODY_LINES
from tests.support.page_lines import cleaned as _clean

BODY = [
    "The county fair board agreed on Monday to move the livestock barns to the north field, after two "
    "summers in which heavy rain flooded the pens and the sheep show had to be cancelled.",
    "The move will cost about $900,000, paid for from gate receipts and a state agriculture grant, and "
    "the barns should be ready for the August fair, the board said.",
    "Board president Lyle Marsh said exhibitors had waited long enough for pens that stay dry, and that "
    "the old barn site would become parking for the grandstand.",
]
TITLE = "Fair board moves livestock barns to the north field"


def _text(inside: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY[:2]) + inside + f"<p>{BODY[2]}</p>"
    page = f"<html><body><main><h1>{TITLE}</h1><div class='story'>{body}</div></main></body></html>"
    return extract_article(page, "https://www.example.org/news/barns").text


def test_a_bare_sponsor_label_over_a_logo_opens_a_sponsors_box():
    for label in ("Powered by", "Presented by:", "In partnership with"):
        box = (
            f"<div class='promo'><span>{label}</span> <img src='/logos/prairie-bank.svg' alt='Prairie Bank'> "
            "<p>Prairie Bank is the Official Bank of the County Fair.</p></div>"
        )
        text = _text(box)
        assert all(p in text for p in BODY), label
        assert "Official Bank" not in text, label
    tree = lxml_html.fromstring(
        "<html><body><div><span>Sponsored by</span><img src='/l.png'><p>Spring sale at Quay Chandlery.</p>"
        "<a href='https://ads.example/q'>Shop now</a></div></body></html>"
    )
    drop_sponsor_boxes(tree)
    assert "Spring sale" not in tree.text_content()


def test_a_bare_label_without_a_logo_or_over_prose_stays():
    tree = lxml_html.fromstring(
        "<html><body>"
        "<div><span>Powered by</span><p>volunteers, the food bank served 2,000 families in March.</p></div>"
        f"<div><span>Presented by</span><img src='/a.jpg'><p>{BODY[0]}</p><p>{BODY[1]}</p></div>"
        "<div><p>Powered by solar panels, the new barn needs no grid connection.</p><img src='/b.jpg'></div>"
        "</body></html>"
    )
    drop_sponsor_boxes(tree)
    text = tree.text_content()
    assert "the food bank served 2,000 families" in text and BODY[1] in text
    assert "Powered by solar panels" in text


def test_a_call_to_action_box_goes_by_its_role_name():
    for cls in ("wp-block-group cta-box", "article-cta", "ctaBlock", "inline_cta"):
        box = (
            f"<div class='{cls}'><h3>Know the signs of a barn fire</h3><p>Smoke, heat, restless animals: call "
            "911 first.</p><p><a class='button' href='https://www.example.org/fire-safety'>Learn more about "
            "barn fire safety</a></p></div>"
        )
        text = _text(box)
        assert all(p in text for p in BODY), cls
        assert "restless animals" not in text and "Know the signs" not in text, cls


def test_a_class_that_only_holds_the_letters_a_quote_box_or_a_story_named_cta_stays():
    # "selectable", "expectation": the letters, not the name; a story's own container with a cta class
    # holds its paragraphs of prose
    for cls in ("selectable", "expectation-note"):
        box = f"<div class='{cls}'><p>Exhibitors expect the new pens to hold 400 sheep.</p></div>"
        assert "hold 400 sheep" in _text(box), cls
    # GOV.UK's govspeak sets a minister's quote in a "call-to-action" box: the name spelt out is no cta
    quote = (
        "<div class='call-to-action'><p>Exhibitors have waited long enough for pens that stay dry, and this "
        "grant means the sheep show will go ahead whatever the weather does in August.</p></div>"
    )
    assert "pens that stay dry, and this grant" in _text(quote)
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = f"<html><body><main><h1>{TITLE}</h1><div class='story has-cta'>{paragraphs}</div></main></body></html>"
    text = extract_article(page, "https://www.example.org/news/barns").text
    assert all(p in text for p in BODY)


def test_an_affiliate_disclosure_in_the_sites_voice_is_small_print():
    for line in (
        "All products featured on Harbour Sound are independently selected by our editors. However, when you buy "
        "something through our retail links, we may earn an affiliate commission.",
        "We may earn a commission from purchases made through links on this page.",
        "When you buy through links on our site, we may earn a small commission at no extra cost to you.",
        "As an Amazon Associate I earn from qualifying purchases.",
    ):
        assert furniture_rule(line) == "small print", line
    for line in (
        "The broker said it earns a commission on policies bought through its links.",
        "Creators who earn a commission through links must now say so under the new rules.",
        "Our agents earn a commission when customers buy through the app.",
        "“We make a commission on each purchase, so we only list shops we trust,” Ms Lee told the hearing.",
        "We earn a commission on every house we sell, and prices fell 4% this year.",
    ):
        assert furniture_rule(line) is None, line
    kept = _clean(
        [BODY_LINES[0], "We may earn a commission from purchases made through links on this page."]
        + BODY_LINES[1:]
    )
    assert kept == BODY_LINES
