"""Rules written on pages_final14's leaks: a tip line's call for the reader's pictures, a call to share this
story, a link's label run into a short call (bot.web.page_rules), and an "About <the site>" box closing the
text (bot.web.page_boxes). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule

BODY = [
    "The county will close the old quarry road to through traffic from January, its highways committee "
    "decided on Monday, after three lorries overturned on the steep bend above the village this year.",
    "Residents of the hamlet at the top of the hill will keep access, and a new signed route through the "
    "valley will add about four minutes to most journeys, officers told the meeting.",
    '"We have asked for this for a decade, and we are glad someone finally listened," said Mirela Dunn, '
    "who chairs the parish council.",
    "The closure will be reviewed after a year, when the council has counted traffic on the new route.",
]


# -- a tip line's call for the reader's pictures or stories ----------------------------------------------


def test_a_call_for_the_readers_photos_or_tips_goes():
    for line in (
        "Do you have a photo or video of a breaking news story? Send it to us here with a brief description.",
        "Got pictures of the flooding? Email them to us at the newsdesk.",
        "Did you see the crash? Get in touch with our reporters.",
    ):
        assert furniture_rule(line) == "call to action", line


def test_a_question_in_a_story_stays():
    for line in (
        "Do you have a photo of him? She asked the neighbours to send them to us.",
        "Have you seen this man? Police asked anyone with information to call them.",
        '"Do you have any news?" she asked. "Tell us everything."',
    ):
        assert furniture_rule(line) is None, line


# -- a call to share this story, a link's label run into a call -------------------------------------------


def test_a_call_to_share_this_story_goes():
    for line in (
        "Share this story on WhatsApp and Facebook to keep your friends informed.",
        "Kindly share this article with your friends and family.",
    ):
        assert furniture_rule(line) == "call to action", line


def test_sharing_in_a_story_stays():
    for line in (
        "Share this post, the minister urged supporters on Facebook.",
        "Share this story's lesson with the board before it votes, the auditor told the clerk.",
        "Sharing this article on Facebook got her banned for a week.",
    ):
        assert furniture_rule(line) is None, line


def test_a_links_label_run_into_a_short_call_goes():
    for line in (
        "Join Naija Daily Courier WhatsApp Channel for breaking news updates Click here",
        "Get the full fixture list for the new season Tap here",
    ):
        assert furniture_rule(line) == "call to action", line


def test_a_click_here_that_closes_its_sentence_or_is_reported_stays():
    for line in (
        "For the council's full report on the closure of the quarry road, click here.",
        "The banner at the top of the page said Click here, she said.",
    ):
        assert furniture_rule(line) is None, line


# -- an "About <the site>" box closing the text ------------------------------------------------------------

ABOUT = (
    "<div class='boiler'><h2>About the Dale Trust</h2><p>Since 1988 the trust's volunteers have "
    "looked after footpaths, walls and barns across the upper valley.</p></div>"
)


def _page(title: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY) + ABOUT
    return (
        f"<html><head><title>{title}</title>{head}</head><body><main><article><h1>Quarry road to close</h1>"
        f"<div class='field-body'>{body}</div></article></main></body></html>"
    )


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


def test_an_about_box_under_the_sites_own_name_inside_the_text_goes():
    for page in (
        _page("Quarry road to close | Dale Trust for the Upper Valley"),
        _page("Quarry road to close", "<meta property='og:site_name' content='The Dale Trust'>"),
        _page(
            "Quarry road to close",
            '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization",'
            '"name":"Dale Trust"}}</script>',
        ),
    ):
        text = _text(page)
        assert "looked after footpaths" not in text and "About the Dale Trust" not in text
        assert "counted traffic on the new route" in text


def test_an_about_box_under_another_name_inside_the_text_stays():
    for page in (
        _page("Quarry road to close | Valley Gazette"),
        _page("Quarry road to close"),
        _page("Quarry road to close", "<meta property='og:site_name' content='Dale Gazette'>"),
    ):
        assert "looked after footpaths" in _text(page)
