"""Rules from the blind page set pages_final121 (measured once on 95f7dc4; bot.web.page_columns, page_boxes,
page_lexicon): an old layout's side column whose box headings are set apart by one class on their cells, not by bold,
goes; a heading over a row an earlier rule emptied still heads a box of the column; a small box holding a price and a
"Become a member" button goes as an offer. Pages written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import QUAY_STORY, page_text

# -- an old layout's side column, its headings styled by a class ------------------------------------------------------

_TIDES = "High water 6:12 a.m. and 6:40 p.m., low water 12:20 a.m. and 12:51 p.m. at the harbour mouth"
_SWAP = "Rowing boat, 14 ft, oars and trailer included, offers over 300 pounds, call 555-0148 after six"


def _layout(column: str) -> str:
    """An old two-cell layout: the story's cell and ``column`` beside it, a table of boxes."""
    story = f"<b>Quay to be rebuilt</b><br>{QUAY_STORY}"
    return f"<table><tr><td>{story}</td><td><table>{column}</table></td></tr></table>"


def _box(heading: str, body: str, look: str = "boxhead") -> str:
    return f'<tr><td class="{look}">{heading}</td></tr><tr><td class="boxtext">{body}</td></tr>'


def test_a_side_column_whose_headings_share_a_class_goes():
    text = page_text(_layout(_box("Tide Table", _TIDES) + _box("Swap Shop", _SWAP)))
    assert "north quay next spring" in text
    assert "High water 6:12" not in text and "Rowing boat" not in text
    # (the two headings in two looks are no column's headings: the boxes stay)
    mixed = page_text(_layout(_box("Tide Table", _TIDES) + _box("Swap Shop", _SWAP, look="label")))
    assert "High water 6:12" in mixed
    # (a class the boxes' own rows wear too marks no heading)
    worn = page_text(
        _layout(_box("Tide Table", _TIDES, look="boxtext") + _box("Swap Shop", _SWAP, look="boxtext"))
    )
    assert "High water 6:12" in worn


# -- a heading over a row an earlier rule emptied ---------------------------------------------------------------------


def _menu() -> str:
    return "".join(
        f'<a href="/{part}.html">{part.title()}</a><br>'
        for part in ("news", "sport", "obits", "ads", "weddings")
    )


def test_a_heading_over_an_emptied_row_still_heads_a_box_of_the_column():
    column = _box("Sections", _menu()) + _box("Tide Table", _TIDES)
    text = page_text(_layout(column))
    assert "north quay next spring" in text
    assert "High water 6:12" not in text
    # (the heading over a row of nothing but spaces heads no box: one headed box beside the story stays)
    spacer = '<tr><td class="boxhead">Sections</td></tr><tr><td class="boxtext">&nbsp;</td></tr>'
    assert "High water 6:12" in page_text(_layout(spacer + _box("Tide Table", _TIDES)))


# -- an offer box whose call is to become a member --------------------------------------------------------------------

_PITCH = "Members get free entry to the maritime museum all year and 10% off in the shop. Family memberships start at $95."


def _prompt(button: str) -> str:
    return f'<div class="block"><h4>Visit all year long</h4><p>{_PITCH}</p><p><a href="/join">{button}</a></p></div>'


def test_a_small_box_with_a_price_and_a_become_a_member_button_goes():
    page = f'<article><h1>Quay to be rebuilt</h1><div class="content">{QUAY_STORY}{_prompt("Become a Member")}</div></article>'
    text = page_text(page)
    assert "north quay next spring" in text and "Family memberships" not in text
    # (a button that sells nothing leaves the box to the other rules)
    kept = page.replace("Become a Member", "Meet our members")
    assert "Family memberships" in page_text(kept)
