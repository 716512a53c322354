"""Rules from the blind page sets pages_final114 and pages_final115 (measured once on 9a995dc; bot.web.page_columns,
page_boxes, page_rules): an old layout's side column of two headed boxes or more, beside the story's cell, goes (a
letters column, a classifieds box and its "To place an ad call …"); the writer's card headed "Written by <Name>" after
the text goes with its bio, whatever the bio opens with; a post pager's line of its two neighbours' titles goes. Pages
and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an old layout's side column of headed boxes ------------------------------------------------------------------------

_LETTER = (
    "I want to thank the volunteers who ran the harvest supper at the school, and everyone who came to eat, for a "
    "wonderful evening."
)
_AD = "FOR SALE: Rowing boat, 14 ft, oars and trailer included. Call 555-0148 after 6."


def _box(heading: str, body: str) -> str:
    return f'<tr><td bgcolor="#663300"><font color="#ffffff"><b>{heading}</b></font></td></tr><tr><td>{body}</td></tr>'


def _layout(column: str) -> str:
    """An old three-cell layout: a menu cell, the story's cell, and ``column`` beside it."""
    menu = '<table><tr><td><a href="/">Front page</a></td></tr><tr><td><a href="/sport/">Sport</a></td></tr></table>'
    story = f"<b>Quay to be rebuilt</b><br>{QUAY_STORY}"
    return f"<table><tr><td>{menu}</td><td>{story}</td><td><table>{column}</table></td></tr></table>"


def test_an_old_layouts_side_column_of_headed_boxes_goes():
    column = _box("Letters to the editor", f"<p>{_LETTER}</p><p><i>-- Ada Marsh, Pine Hill</i></p>") + _box(
        "Swap Shop", f"{_AD}<br>To place an ad call 555-0100. Ads are 10 cents a word."
    )
    text = page_text(_layout(column))
    assert "harbour board will rebuild the north quay" in text
    for gone in (_LETTER, "Rowing boat", "To place an ad call"):
        assert gone not in text
    # (one headed box beside the story may be its own, and stays)
    assert _LETTER in page_text(_layout(_box("Letters to the editor", f"<p>{_LETTER}</p>")))
    # (a column holding more words than the story's cell is no side column: it stays)
    long_letters = "".join(f"<p>{_LETTER} {_LETTER} {_LETTER}</p>" for _ in range(4))
    assert _LETTER in page_text(_layout(_box("Letters", long_letters) + _box("Swap Shop", _AD)))


# -- the writer's card named so in its heading ------------------------------------------------------------------------

_BIO = "Harbour historian and former ferry pilot. Essays about the coast and the people who work it."


def _card(heading: str) -> str:
    return (
        '<div class="card"><a href="/@maraquist"><img src="/m.jpg" alt="Mara Quist"></a>'
        f'<div><a href="/@maraquist"><h2>{heading}</h2></a>'
        '<div><a href="/@maraquist/followers">2.1K Followers</a></div>'
        f"<p><span>{_BIO}</span></p></div><button>Follow</button></div>"
    )


def test_the_writers_card_named_so_in_its_heading_goes_with_its_bio():
    story = f"<div><h1>Quay to be rebuilt</h1>{QUAY_STORY}</div>"
    responses = "<div><h2>Responses (3)</h2><p>What are your thoughts?</p></div>"
    text = page_text(f"{story}{_card('Written by Mara Quist')}{responses}")
    assert "north quay" in text and _BIO not in text
    # (a card headed by the name alone needs a bio opening with the name: this one stays)
    assert _BIO in page_text(f"{story}{_card('Mara Quist')}{responses}")


# -- a post pager's two titles ----------------------------------------------------------------------------------------


def test_a_post_pagers_line_of_its_two_neighbours_titles_goes():
    pager = (
        "‹ Previous: Board approves 2024 capital credit retirement Next: Youth Tour applications now open ›"
    )
    assert cleaned([*FERRY_STORY, pager]) == FERRY_STORY
    assert_rule_takes(
        "post pager's two titles",
        [
            pager,
            "« Older post: Ferry timetable for the winter Newer post: Quay works start in May »",
            "Previous: Ferry timetable for the winter Next: Quay works start in May",
            "<< Previous story Ferry timetable for the winter Next story Quay works start in May >>",
        ],
        [
            # (a sentence on what came before and what comes next has neither the arrows nor the labels' colons)
            "Previous owners sold the ferry in 1990. Next year the board will vote on a new one.",
            "Previous: the board voted. Next the harbour master spoke.",
            "« Previous: Ferry timetable for the winter",
        ],
    )
