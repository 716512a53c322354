"""Rules from the blind page set pages_final129 (measured once on b84a2e9; bot.web.page_boxes, bot.web.page_rules,
bot.web.page_lines): an aside of the story's own prose among its paragraphs is kept; a live blog's pinned headline
above its posts goes; a reader's picture credited and thanked goes, and so does the writer's call to e-mail the
reader's stories; a newsletter's closing line whose reply call follows a condition of the writer's own news stays.
Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_lines import clean_extracted
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an aside of the story's own prose ----------------------------------------------------------------------------------

_OPENING = (
    "<p>The harbour board walked the north quay on Tuesday with the engineers who surveyed it, and the rot they found "
    "in the old timber piles was worse than anyone on the board had expected to see.</p>"
    "<p>Most of the damage is below the waterline, where the piles have been soaking since they were driven in 1931, "
    "and the board says it cannot be patched from the surface.</p>"
)
_SIDEBAR = (
    '<aside class="survey-notes"><h3>What the divers saw</h3>'
    "<p>Diver one found fourteen piles on the east face soft enough to push a knife into by hand, most of them at "
    "the tide line.</p>"
    "<p>Diver two measured the worst pile at half its original width, eaten through by shipworm over decades.</p>"
    "</aside>"
)


def _quay_page(box: str) -> str:
    return page_text(f"<article><h1>Quay to be rebuilt</h1>{_OPENING}{box}{QUAY_STORY}</article>")


def test_an_aside_of_the_storys_own_prose_among_its_paragraphs_is_kept_and_other_asides_go():
    text = _quay_page(_SIDEBAR)
    assert "soft enough to push a knife" in text and "eaten through by shipworm" in text
    assert "north quay next spring" in text
    # (an aside of one paragraph, of links, or outside the text's paragraphs still goes)
    bio = (
        '<aside class="bio"><p>Nell Carver covers the harbour and its boats for the Quay Times, and has walked every '
        "pier on this coast at least twice in the last ten years.</p></aside>"
    )
    assert "Nell Carver covers the harbour" not in _quay_page(bio)
    related = (
        '<aside class="related"><p><a href="/a">The harbour board votes to close the old ferry terminal next June '
        'after a survey</a></p><p><a href="/b">Passengers will use a temporary pontoon at the fish quay until the '
        "new terminal opens</a></p></aside>"
    )
    assert "temporary pontoon" not in _quay_page(related)
    page = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}</article><div class='rail'>{_SIDEBAR}<p>x</p></div>"
    )
    assert "shipworm" not in page


# -- a live blog's pinned headline above its posts ----------------------------------------------------------------------

_LIVE = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting"}</script>'


def _live_blog(head: str, box: str) -> str:
    posts = "".join(
        f'<article class="post"><time datetime="2025-06-0{i}T10:00">10:0{i}</time><h3>Update {i}</h3>'
        f"<p>Post {i} of the day: the fleet rounded the harbour mark in a freshening breeze, the leaders close "
        "enough to call to each other across the water as they tacked for the line.</p></article>"
        for i in range(1, 5)
    )
    page = (
        f"<html><head><title>Regatta live</title>{head}</head><body><h1>Regatta live</h1>"
        f'<p class="intro">Follow the harbour regatta as it happens.</p>{box}<div class="posts">{posts}</div>'
        "</body></html>"
    )
    return extract_article(page, "https://example.org/live/regatta").text


def test_a_live_blogs_pinned_headline_above_its_posts_goes():
    pinned = '<div class="pinned"><span>Latest</span><p>Gull takes the cup; Tern Express protest still to be heard</p></div>'
    text = _live_blog(_LIVE, pinned)
    assert "Post 1 of the day" in text and "Post 4 of the day" in text
    assert "Gull takes the cup" not in text
    # (on a page that is no live blog it stays; so does a sentence under the label, or a line with no label)
    assert "Gull takes the cup" in _live_blog("", pinned)
    sentence = pinned.replace("still to be heard</p>", "still to be heard, the committee said tonight.</p>")
    assert "Gull takes the cup" in _live_blog(_LIVE, sentence)
    unlabelled = '<div class="pinned"><p>Gull takes the cup; Tern Express protest still to be heard</p></div>'
    assert "Gull takes the cup" in _live_blog(_LIVE, unlabelled)


# -- a reader's picture, credited and thanked; the writer's call to e-mail stories ------------------------------------


def test_a_readers_picture_credited_and_thanked_goes():
    assert_rule_takes(
        "photo credit",
        [
            "Photo by reader Ana Ruiz — thanks, Ana!",
            "Picture sent in by subscriber Tom Pike - many thanks",
            "Photo from our listener Dee Marsh. Thank you, Dee!",
        ],
        [
            "Photos by readers show the flood reached Main Street.",
            "Photo by reader Ana Ruiz — thanks, Ana! She waited two hours on the pier for the light.",
            "The photo by reader Ana Ruiz won the prize, and the board said thanks.",
        ],
    )
    assert cleaned([*FERRY_STORY, "Photo by reader Ana Ruiz — thanks, Ana!"]) == FERRY_STORY


def test_the_writers_call_to_email_the_readers_stories_goes():
    assert_rule_takes(
        "contact e-mail",
        [
            "E-mail me with your stories and corrections!",
            "Write to us with your memories of the old ferry.",
            "Please email us with any tips",
        ],
        [
            "She e-mailed me with her stories and corrections.",
            "E-mail me with your stories and I will print the best ones in next week's paper.",
            "The ferry's captain asked passengers to write to him with their memories.",
        ],
    )


# -- a newsletter's closing line of the writer's own news --------------------------------------------------------------


def _closing(*tail: str) -> list[str]:
    return clean_extracted("\n".join([*FERRY_STORY, *tail])).split("\n\n")


def test_a_closing_line_whose_reply_call_follows_the_writers_own_news_stays():
    news = (
        "That's it for this week. If you see the first swifts over the harbour before I do, you know where to find "
        "me — just hit reply."
    )
    assert news in _closing(news, "— Jo")
    # (the formula with a call about what the reader sends, or about the issue itself, still goes)
    for call in (
        "That's it for this week. If you have a tip about the ferry, just hit reply.",
        "That's all from me. If you spot a typo, hit reply.",
        "That's it for today. If you enjoyed this issue, reply and tell me.",
    ):
        assert _closing(call, "— Jo") == FERRY_STORY, call
