"""Rules from the blind page set pages_final122 (measured once on 23ec012; bot.web.page_boxes, page_columns): a comments
box holding only its heading and a short note goes; a feed reader's run of tiles (a card and a bar of wordless buttons
each) holding this story's card goes; a short link alone on its line to the address the headline links to goes; a
headed field list's box goes whole with the short note under the fields; a look-back label may give the month and year
after a dash; two headed tables or more under the story in its own layout cell go as the side column's boxes. Pages
written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from tests.support.page_lines import QUAY_STORY, page_text

# -- a comments box with no comment in it -----------------------------------------------------------------------------

_NOTE = "Wrote about this on your own blog? Ping this address and your post will be listed here."


def _with_responses(heading: str, note: str) -> str:
    return (
        f'<article><h1>Quay to be rebuilt</h1><div class="content">{QUAY_STORY}</div>'
        f'<div class="responses"><h3>{heading}</h3><p class="note">{note}</p></div></article>'
    )


def test_a_comments_box_of_its_heading_and_a_short_note_goes():
    text = page_text(_with_responses("Responses", _NOTE))
    assert "north quay next spring" in text
    assert "Ping this address" not in text
    # (the same note under any other heading stays, and so does a note as long as a paragraph)
    assert "Ping this address" in page_text(_with_responses("Elsewhere", _NOTE))
    long_note = f"{_NOTE} {_NOTE} {_NOTE}"
    assert "Ping this address" in page_text(_with_responses("Responses", long_note))


# -- a feed reader's tiles, one of them this story's --------------------------------------------------------------------

_BLURBS = (
    "Paragraph 0 of the story says the harbour board will rebuild the north quay next spring…",
    "Anglers on the east pier counted more mackerel this week than in any week of last summer.",
    "The lifeboat crew will open the station doors to visitors on the first Saturday of June.",
    "Volunteers cleared four tonnes of rubbish from the shingle beach below the old lighthouse.",
)
_TITLES = ("Quay to be rebuilt", "Mackerel back on the east pier", "Lifeboat open day", "Beach clean record")


def _reader(tools: str) -> str:
    tiles = "".join(
        f'<div class="tile"><div class="tile-body"><div class="tile-title"><a href="#">{title}</a></div>'
        f'<div class="tile-summary">{blurb}</div></div><div class="tile-tools">{tools}</div></div>'
        for title, blurb in zip(_TITLES, _BLURBS, strict=True)
    )
    return f'<div class="list">{tiles}</div><div class="reader"><h1>Quay to be rebuilt</h1>{QUAY_STORY}</div>'


def test_a_run_of_tiles_around_cards_one_titled_as_the_page_goes():
    text = page_text(_reader('<span class="icon-star" title="Star"></span><span class="icon-share"></span>'))
    assert "north quay next spring" in text
    assert "Anglers on the east pier" not in text and "Volunteers cleared" not in text
    # (a tile with words of its own beside its card is no tile of a card alone: the run is not the tiles')
    kept = page_text(_reader('<span class="count">12 readers</span>'))
    assert "Anglers on the east pier" in kept


# -- a button to where the headline links -----------------------------------------------------------------------------

_ORIGINAL = "https://harbourgazette.example/2024/05/quay-to-be-rebuilt/"
_HEADLINE = "Harbour board to rebuild the north quay after survey finds rotten piles"


def _reader_page(button: str) -> str:
    """A reader app's page: the story's headline linked to its site, the byline, ``button``, then the story."""
    body = (
        f'<div class="entry"><div class="entry_header"><div class="entry_title"><a href="{_ORIGINAL}">{_HEADLINE}</a>'
        f'</div><div class="entry_sub"><span class="author">by Ann Reeve</span> in <a href="#">Harbour Gazette</a> · '
        f'<span class="date">May 19, 2024 07:12</span></div>{button}</div><div class="entry_content">{QUAY_STORY}</div>'
        "</div>"
    )
    page = f"<html><head><title>{_HEADLINE} - Reader</title></head><body>{body}</body></html>"
    return extract_article(page, "https://reader.example/article/1").text


def test_a_short_link_alone_to_the_headline_s_address_goes():
    text = _reader_page(f'<a class="go" href="{_ORIGINAL}">Open original</a>')
    assert "north quay next spring" in text
    assert "Open original" not in text
    # (the same words leading elsewhere stay)
    assert "Open original" in _reader_page('<a class="go" href="https://example.org/about">Open original</a>')


# -- a fact box's note under its fields ---------------------------------------------------------------------------------

_FACTS = "".join(
    f"<li><span>{label}:</span> {value}</li>"
    for label, value in (("Built", "1820"), ("Length", "340 metres"), ("Berths", "Twelve"))
)
_FACT_NOTE = "The quay's granite came down from the moor: teams of horses hauled the blocks to the harbour a mile a day in 1820."


def _fact_box(after: str) -> str:
    """A page builder's two columns: the story's widgets, and beside them a fact box (a heading, fields, ``after``)."""
    story = "".join(f'<div class="widget">{p}</p></div>' for p in QUAY_STORY.split("</p>") if p)
    return (
        f'<h1>Quay to be rebuilt</h1><section class="inner"><div class="col-main">{story}</div><div class="col-side">'
        f'<div class="facts"><h3>Quay Facts</h3><ul>{_FACTS}</ul>{after}</div></div></section>'
    )


def test_a_headed_field_list_s_box_goes_with_its_short_note():
    text = page_text(_fact_box(f"<p>{_FACT_NOTE}</p>"))
    assert "north quay next spring" in text
    assert "hauled the blocks" not in text and "340 metres" not in text
    # (a box with more than one paragraph under its fields loses only the fields)
    more = page_text(_fact_box(f"<p>{_FACT_NOTE}</p><p>{_FACT_NOTE.replace('granite', 'sandstone')}</p>"))
    assert "hauled the blocks" in more and "340 metres" not in more


# -- a look-back label with the month and year after a dash ----------------------------------------------------------

_LOOK_BACK = (
    "<b>25 Years Ago - May 1999:</b> The harbour board bought its first dredger, a second-hand boat from Hull.<br>"
    "<b>50 Years Ago - May 1974:</b> A storm tore the roof from the fish market on the north quay.<br>"
)


def test_a_look_back_label_with_a_month_and_year_after_a_dash():
    page = f'<div class="story"><h1>Quay to be rebuilt</h1>{QUAY_STORY}<div class="files">{_LOOK_BACK}</div></div>'
    text = page_text(page)
    assert "north quay next spring" in text
    assert "first dredger" not in text and "tore the roof" not in text
    # (one such label is a story's own part and stays)
    one = page.replace("<b>50 Years Ago - May 1974:</b>", "In 1974")
    assert "first dredger" in page_text(one)


# -- an old layout's boxes under the story in its own cell -----------------------------------------------------------

_NOTICES = (
    "<p><b>St. Anne's Church</b><br>The choir will rehearse on Thursday at seven in the vestry; new voices welcome.</p>"
    "<p><b>Harbour Chapel</b><br>The summer fair is Saturday on the chapel lawn, with teas from two o'clock.</p>"
)
_TIDES = "High water 6:12 a.m. and 6:40 p.m., low water 12:20 a.m. and 12:51 p.m. at the harbour mouth."


def _headed_table(heading: str, body: str) -> str:
    return (
        f'<table border="1"><tr><td bgcolor="#ccc"><b>{heading}</b></td></tr><tr><td>{body}</td></tr></table>'
    )


def _cell(*boxes: str) -> str:
    story = f"<table><tr><td><b>Quay to be rebuilt</b><br>{QUAY_STORY}</td></tr></table>"
    menu = "".join(f'<a href="/{part}.html">{part.title()}</a><br>' for part in ("news", "sport", "obits"))
    return f"<table><tr><td>{menu}</td><td>{story}<br>{'<br>'.join(boxes)}</td></tr></table>"


def test_two_headed_tables_under_the_story_in_its_cell_go():
    text = page_text(_cell(_headed_table("Church Notes", _NOTICES), _headed_table("Tide Table", _TIDES)))
    assert "north quay next spring" in text
    assert "choir will rehearse" not in text and "High water 6:12" not in text
    # (one headed table under the story may be its own and stays)
    assert "choir will rehearse" in page_text(_cell(_headed_table("Church Notes", _NOTICES)))
    # (tables of two columns under their titles' rows are data, a race's results, and stay)
    results = [
        '<table border="1"><tr><td colspan="2"><b>Harbour Swim, Women</b></td></tr>'
        "<tr><td>1. Ann Reeve, Harbour Rowing Club, first across the bay</td><td>21:04</td></tr>"
        "<tr><td>2. Jo Pike, Quay Street Swimmers, second across the bay</td><td>21:40</td></tr></table>",
        '<table border="1"><tr><td colspan="2"><b>Harbour Swim, Men</b></td></tr>'
        "<tr><td>1. Tom Hale, Harbour Rowing Club, first across the bay</td><td>19:52</td></tr>"
        "<tr><td>2. Sam Lee, North Quay Masters, second across the bay</td><td>20:13</td></tr></table>",
    ]
    assert "Ann Reeve" in page_text(_cell(*results))
