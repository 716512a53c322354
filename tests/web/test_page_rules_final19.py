"""Rules written on pages_final19's leaks: a show's support call closing on where to give, a caption closing with
"Photo courtesy <Name>.", a sponsors' thank-you label, a hosting service's "Try … for free today!" and a
comments heading left over its count (bot.web.page_rules); a call box whose button is styled as one by its class
and a sponsor's box in a table cell (bot.web.page_boxes). Pages and lines written for the test; near misses must
stay.
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


def _page(after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>Quarry road to reopen</title></head><body>"
        f"<main><article><h1>Quarry road to reopen</h1><div class='body'>{body}</div>{after}</article></main>"
        "</body></html>"
    )


def _email(row: str) -> str:
    """A newsletter's web view: a layout table (it holds another table) of one row a block, ``row`` after the
    text."""
    body = "".join(f"<tr><td><p>{p}</p></td></tr>" for p in BODY)
    return (
        "<html><head><title>Quarry road to reopen</title></head><body>"
        "<table class='layout' width='100%'><tr><td><h1>Quarry road to reopen</h1></td></tr>"
        f"{body}<tr><td><table><tr><td>Mar. 3 – Parish meeting, village hall, 7 p.m.</td></tr></table></td></tr>"
        f"{row}</table></body></html>"
    )


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


def _kept(text: str) -> None:
    assert "bridge maintenance fund" in text and "school crossing" in text


# -- a show's support call closing on where to give -------------------------------------------------------


def test_a_support_call_closing_on_a_web_address_goes():
    for line in (
        "Music: “Holler Morning” by The Broken Fence, used with permission. Support the show: The Millrace Hour is "
        "listener-supported. Become a monthly supporter at millracehour.example.org/support.",
        "The Fenwick Post is free to read. Donate at https://fenwickpost.example/give",
    ):
        assert furniture_rule(line) == "appeal for support", line


def test_a_station_said_to_be_listener_supported_stays():
    for line in (
        "The station is listener-supported, and its members give about half of its budget.",
        "Supporters were asked to donate at the village hall on Saturday.",
    ):
        assert furniture_rule(line) is None, line


# -- a caption closing with "Photo courtesy <Name>." ------------------------------------------------------


def test_a_caption_closing_with_photo_courtesy_or_by_a_name_goes():
    for line in (
        "Crews set the last section of pavers at the Millrace bridge last week. Photo courtesy City of Fenwick.",
        "Agnieszka Turner at the school gates on Tuesday. Photo courtesy of the family.",
        "The new piers under the bridge. Photo by Dan Moeller/Fenwick Courier.",
    ):
        assert furniture_rule(line) == "photo credit", line


def test_a_sentence_that_goes_on_past_the_name_stays():
    for line in (
        "The gallery reopened on Friday. Photographs by Ansel Adams line the walls of its new wing.",
        "The exhibition opens on Friday. Pictures by local pupils hang in the hall.",
    ):
        assert furniture_rule(line) is None, line


# -- a sponsors' thank-you label ---------------------------------------------------------------------------


def test_a_sponsors_thank_you_label_goes_with_its_box_in_a_table_cell():
    assert furniture_rule("Thank you to our 2026 Downtown Partners") == "sponsor read"
    assert furniture_rule("Thanks to our sponsors") == "sponsor read"
    row = (
        "<tr><td><p><strong>Thank you to our 2026 Fenwick Partners</strong></p>"
        "<p>Fenwick Credit Union · Millrace Title &amp; Escrow · Hollis Family Dental</p></td></tr>"
    )
    text = _text(_email(row))
    assert "Fenwick Partners" not in text
    assert "Hollis Family Dental" not in text
    _kept(text)


def test_a_thank_you_that_goes_on_stays():
    for line in (
        "Thank you to our partners at the county highways department for the new crossing.",
        "Thank you to our partners.",
    ):
        assert furniture_rule(line) is None, line


# -- a hosting service's "Try … for free today!" ----------------------------------------------------------


def test_a_services_try_for_free_today_goes():
    for line in ("Try email marketing for free today!", "| Try email marketing for free today! |"):
        assert furniture_rule(line) == "call to action", line


def test_a_free_trial_in_the_news_stays():
    for line in (
        "Try the new trail for free on Sunday.",
        "Residents can try the pool for free today.",
        "Try it for free today, the gym's owner said.",
    ):
        assert furniture_rule(line) is None, line


# -- a comments heading left over its count ----------------------------------------------------------------


def test_a_comments_heading_with_its_count_goes():
    for line in ("Comments (2)", "Responses (14)"):
        assert furniture_rule(line) == "comments button", line
    assert furniture_rule("Comments (2) on the draft plan are due by Friday.") is None


# -- a call box whose button is styled as one ---------------------------------------------------------------


def test_a_call_box_with_a_button_styled_by_its_class_goes():
    box = (
        "<section class='episode-badge'><h3>Generate a badge</h3>"
        "<p>Get a badge for your website that links back to this episode</p>"
        "<a class='pb-btn' href='/badge/ep112'>Select a badge color and size</a></section>"
    )
    text = _text(_page(after=box))
    assert "Get a badge for your website" not in text
    _kept(text)


def test_a_long_unstyled_link_beside_a_paragraph_stays():
    box = (
        "<section><h3>Road works</h3>"
        "<p>If you drive the quarry road, expect one lane to close from Monday.</p>"
        "<a href='/roads/quarry'>Read the council's notice on the closure</a></section>"
    )
    text = _text(_page(after=box))
    assert "expect one lane to close" in text
