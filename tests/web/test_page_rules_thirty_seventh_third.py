"""Rules from the blind page set pages_final123 (measured once on 5c1a871; bot.web.page_columns, page_boxes): a column of
headed boxes beside the block holding the headline and the text goes as a side column (its list lines too, read with
their dates run in); a headed box after the text of short lines, two of them running three labelled fields or more,
goes; a box of tables between a live blog's headline and its first post goes. Pages written for the test; near misses
must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from tests.support.page_lines import QUAY_STORY, page_text

# -- a column of headed boxes beside the headline's block ------------------------------------------------------------

_OFFICE = (
    '<div class="panel"><div class="panel-title">Harbour Office</div><div class="panel-body">'
    "<p>12 Quay Street, Portwell PW4 1QS</p><p>Open weekdays from nine to five; moorings by appointment only.</p>"
    "</div></div>"
)
_HEADLINES = (
    "Slipway at the east pier closed for resurfacing",
    "New marker buoys laid off the harbour mouth",
    "Harbour master retires after thirty years at the helm",
    "Fish market hours change for the winter season",
    "Dredging of the inner basin to begin in April",
    "Lifeboat crew named volunteers of the year",
)
# (each item a linked headline and its date in an element of its own, which trafilatura runs into the headline)
_NOTICES = (
    '<div class="panel"><div class="panel-title">More Notices</div><ul class="items">'
    + "".join(
        f'<li class="item"><a href="/notices/{i}">{headline}</a><span class="date">0{i + 1}/02/2025</span></li>'
        for i, headline in enumerate(_HEADLINES)
    )
    + "</ul></div>"
)


def _grid(side: str) -> str:
    return (
        f'<div class="grid"><div class="wide"><h1>Quay to be rebuilt</h1><div class="copy">{QUAY_STORY}</div></div>'
        f'<div class="narrow">{side}</div></div>'
    )


def test_a_column_of_headed_boxes_beside_the_headlines_block_goes():
    text = page_text(_grid(_OFFICE + _NOTICES))
    assert "north quay next spring" in text
    assert "12 Quay Street" not in text and "moorings by appointment" not in text
    assert not any(headline in text for headline in _HEADLINES)
    # (one headed box beside the story may be its own, and a block of a paragraph's length is the story read on)
    assert "12 Quay Street" in page_text(_grid(_OFFICE))
    long_note = (
        "<p>The harbour board said the work would be paid for from the port's reserves and a loan from the county, and "
        "that the fishing fleet would move to the west basin while the piles were replaced one bay at a time.</p>"
    )
    kept = page_text(_grid(_OFFICE + _NOTICES.replace("</ul>", f"</ul>{long_note}")))
    assert "12 Quay Street" in kept


# -- a box of labelled fields run together, after the text --------------------------------------------------------------


def _summary(lines: list[str], heading: str = "Match summary") -> str:
    rows = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f'<article><h1>Quay to be rebuilt</h1><div class="copy">{QUAY_STORY}</div>'
        f'<section class="extra"><h3>{heading}</h3>{rows}</section></article>'
    )


_FIELD_LINES = [
    "<b>Portwell:</b> Goals: Harker 2, Osei. Assists: Lind. Cards: Moyo.",
    "<b>Tarn Vale:</b> Goals: Brightwell. Assists: Crane. Cards: Pym 2.",
    "Half-time: 1-1.",
]


def test_a_box_of_lines_running_labelled_fields_together_after_the_text_goes():
    text = page_text(_summary(_FIELD_LINES))
    assert "north quay next spring" in text
    assert "Harker 2" not in text and "Brightwell" not in text and "Half-time: 1-1." not in text
    # (lines of one field each, an "If you go" box's, stay; so do the same lines among the text's paragraphs)
    one_field = ["When: Saturday from ten.", "Where: The north quay, Portwell.", "Cost: Free for members."]
    assert "Where: The north quay" in page_text(_summary(one_field, "If you go"))
    among = (
        f'<article><h1>Quay to be rebuilt</h1><div class="copy"><section><h3>Match summary</h3>'
        f"{''.join(f'<p>{line}</p>' for line in _FIELD_LINES)}</section>{QUAY_STORY}</div></article>"
    )
    assert "Harker 2" in page_text(among)


# -- a box of tables above a live blog's posts -------------------------------------------------------------------------

_LIVE = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting"}</script>'
_BOARD = (
    '<section class="board"><h2>Standings after the second race</h2><table><tr><td>1</td><td>Gull</td>'
    "<td>4 pts</td></tr><tr><td>2</td><td>Tern Express</td><td>7 pts</td></tr></table>"
    "<p>Provisional, subject to protest.</p></section>"
)


def _live_blog(head: str, board: str) -> str:
    posts = "".join(
        f'<article class="post"><time datetime="2025-06-0{i}T10:00">10:0{i}</time><h3>Update {i}</h3>'
        f"<p>Post {i} of the day: the fleet rounded the harbour mark in a freshening breeze, the leaders close "
        "enough to call to each other across the water as they tacked for the line.</p></article>"
        for i in range(1, 5)
    )
    page = (
        f"<html><head><title>Regatta live</title>{head}</head><body><h1>Regatta live</h1>"
        f'<p class="intro">Follow the harbour regatta as it happens.</p>{board}<div class="posts">{posts}</div>'
        "</body></html>"
    )
    return extract_article(page, "https://example.org/live/regatta").text


def test_a_box_of_tables_above_a_live_blogs_posts_goes():
    text = _live_blog(_LIVE, _BOARD)
    assert "Post 1 of the day" in text and "Post 4 of the day" in text
    assert "Tern Express" not in text and "subject to protest" not in text
    # (on a page that is no live blog the table stays, and so does a box with a paragraph of its own)
    assert "Tern Express" in _live_blog("", _BOARD)
    told = _BOARD.replace(
        "</section>",
        "<p>The race committee will hear two protests tonight and publish the final standings in the morning.</p>"
        "</section>",
    )
    assert "Tern Express" in _live_blog(_LIVE, told)
