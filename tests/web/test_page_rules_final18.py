"""Rules written on pages_final18's leaks: a caption or credit beside a picture by its class and a summary list
between the headline and the byline (bot.web.page_boxes); a credit naming who supplied the story, a labelled
reference to a paper, a page's copyright notice and a channel's "Watch the latest news on …" (bot.web.page_rules).
Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule

BODY = [
    "The county will reopen the old quarry road to lorries next spring, its highways committee agreed on "
    "Tuesday, after a year of repairs to the bridge over the Millrace brook.",
    "Residents of Upper Fenwick had asked for a weight limit on the road, which passes the village school, and "
    "the committee agreed to a speed limit of twenty miles an hour near the gates.",
    '"We have waited a long time for this, and the school crossing was the part that mattered most," said '
    "Agnieszka Turner, who chairs the parish council.",
    "The repairs cost about two million pounds, most of it from a national bridge maintenance fund.",
]


def _page(before: str = "", middle: str = "", after: str = "", head: str = "") -> str:
    first = "".join(f"<p>{p}</p>" for p in BODY[:2])
    rest = "".join(f"<p>{p}</p>" for p in BODY[2:])
    return (
        "<html><head><title>Quarry road to reopen</title></head><body>"
        f"<main><article><h1>Quarry road to reopen</h1>{head}{before}"
        f"<div class='body'>{first}{middle}{rest}</div>{after}</article></main></body></html>"
    )


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


def _kept(text: str) -> None:
    assert "bridge maintenance fund" in text and "school crossing" in text


# -- a caption or credit beside a picture, by its class ---------------------------------------------------

CAPTION = "Agnieszka Turner at the Millrace bridge with the parish clerk on Tuesday"


def test_a_caption_named_by_its_class_beside_a_picture_goes():
    for cls in ("imageCaption", "image-caption", "photo_caption"):
        box = (
            "<div class='img-group'><div class='img'><img src='/bridge.jpg' alt=''></div>"
            f"<p class='{cls}'>{CAPTION}</p><p class='imageCredit'>+3<br>View gallery</p></div>"
        )
        text = _text(_page(middle=box))
        assert CAPTION not in text, cls
        assert "View gallery" not in text, cls
        _kept(text)


def test_a_line_beside_a_picture_with_no_caption_class_stays():
    # the same line in a plain paragraph beside the picture: nothing in the markup names it a caption
    box = (
        f"<div class='img-group'><div class='img'><img src='/bridge.jpg' alt=''></div><p>{CAPTION}.</p></div>"
    )
    text = _text(_page(middle=box))
    assert CAPTION in text


# -- a summary list between the headline and the byline ----------------------------------------------------

SUMMARY = (
    "<ul class='bullets'><li>Lorries will use the quarry road again from next spring</li>"
    "<li>A twenty miles an hour limit will apply near the village school gates</li></ul>"
)


def test_a_summary_list_between_the_headline_and_the_byline_goes():
    for byline in (
        "<p class='author-section'>By <a href='/authors/jo-hale'>JO HALE</a></p>",
        "<div class='byline'>By Jo Hale and Sam Reed</div>",
        "<p>By Jo Hale, County Reporter</p>",
    ):
        text = _text(_page(head=SUMMARY + byline))
        assert "A twenty miles an hour limit" not in text, byline
        _kept(text)


def test_a_list_after_the_byline_or_before_no_byline_stays():
    byline = "<div class='byline'>By Jo Hale</div>"
    # after the byline: the text's own key points
    text = _text(_page(head=byline + "<h2>Key points</h2>" + SUMMARY))
    assert "A twenty miles an hour limit" in text
    # right after the headline with no byline under it: the text's own list
    text = _text(_page(head=SUMMARY + "<p>The committee's decision follows a public consultation.</p>"))
    assert "A twenty miles an hour limit" in text


# -- a credit naming who supplied the story --------------------------------------------------------------


def test_a_credit_naming_who_supplied_the_story_goes():
    for line in (
        "Provided by Upper Midwest Agricultural Research Center",
        "Supplied by the Office of the Premier",
    ):
        assert furniture_rule(line) == "source credit", line
    for line in (
        "Provided by the council, the grant covers the cost of the new crossing.",
        "Provided by volunteers.",
    ):
        assert furniture_rule(line) is None, line


# -- a labelled reference to a paper ----------------------------------------------------------------------


def test_a_labelled_reference_to_a_paper_goes():
    for line in (
        "More information: Karin Olsen et al, Meadow planting under panels and colony weight, Journal of "
        "Applied Agroecology (2026). DOI: 10.0000/jaa.2026.04412",
        "Journal Reference: Hale J, Reed S. Bridge scour in chalk streams. Water Research, 2026; doi:10.5555/wr.2026.1",
        "Citation: Quarry road to reopen (2026, December 2) retrieved 2 December 2026 from "
        "https://news.example.org/quarry-road.html",
    ):
        assert furniture_rule(line) == "paper reference", line


def test_a_sentence_citing_its_study_stays():
    for line in (
        "Using their model, the team found the bridge would last forty years longer with the new piers "
        "(Journal of Bridge Engineering, DOI: 10.0000/jbe.2026.77).",
        "More information: the committee meets again on January 14 at the village hall.",
    ):
        assert furniture_rule(line) is None, line


# -- a page's copyright notice -----------------------------------------------------------------------------


def test_a_pages_copyright_notice_goes():
    for line in (
        "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or "
        "research, no part may be reproduced without the written permission.",
        "No part of this publication may be reproduced without the publisher's permission.",
    ):
        assert furniture_rule(line) == "small print", line
    assert furniture_rule("The song is subject to copyright until 2040, the estate's lawyer said.") is None


# -- a channel's "Watch the latest news on …" --------------------------------------------------------------


def test_a_channels_call_to_watch_the_news_goes():
    for line in (
        "Watch the latest news on Channel 7 or stream for free on SevenPlay »",
        "Stream the latest headlines on KXTL+ anytime",
        "Watch live news and weather on NewsNow 24",
    ):
        assert furniture_rule(line) == "call to action", line
    for line in (
        "Viewers watched the latest news on Channel 7 in record numbers last night.",
        "Watch the latest news conference from the county hall on our page.",
    ):
        assert furniture_rule(line) is None, line
