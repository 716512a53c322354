"""Rules from the blind page set pages_final163 (measured once on 7571c299; bot.web.page_lines, page_rules, page_boxes,
page_columns): an old site's box of the issue's other headlines under a label in capitals closing on a colon, a
registration wall's heading "Register to read more", a list archive's replies under header tables whose subject cell
repeats the message's with "Re:", a labelled series of cards ("<LABEL>: <Name>") whose buttons name each card's name in
one call to read on, and a layout table's side cell of blocks each opening on a bold heading, go. Pages and lines
written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- a box of headlines under a label closing on a colon ------------------------------------------------------------------

HEADLINES = (
    "Pier walk dates set for spring",
    "Ferry fares hold for a third year",
    "Tide table: the summer sailings",
)


def test_a_cell_of_headlines_under_a_label_in_capitals_with_a_colon_goes():
    links = frozenset(h.lower().replace(":", "") for h in HEADLINES)
    cell = "| MORE IN THIS EDITION: " + " ".join(HEADLINES) + " |"
    assert cleaned([*FERRY_STORY, cell], links) == FERRY_STORY
    # near misses: a word that is no link's, or a cell whose headlines are no links of the page, stays
    for near in ("| MORE IN THIS EDITION: " + " ".join(HEADLINES) + " and the harbour master's column |",):
        assert cleaned([*FERRY_STORY, near], links) == [*FERRY_STORY, near]
    assert cleaned([*FERRY_STORY, cell], frozenset()) == [*FERRY_STORY, cell]


# -- a registration wall's heading ----------------------------------------------------------------------------------------


REST = [
    "Passengers will use a temporary pontoon at the fish quay until the new terminal opens in 2028, the board said, "
    "and the timetable will not change, though the first sailing of the day may leave ten minutes later in winter.",
    "The board will publish the survey on its website next week, with a map of the piers and the repairs each needs, "
    "and will hold an open meeting on the plans at the harbour office on the first Monday of May.",
]


def test_a_registration_walls_heading_goes():
    for wall in ("Register to read more", "Sign in to read on", "Register for free to read more"):
        assert cleaned([FERRY_STORY[0], wall, *REST]) == [FERRY_STORY[0], *REST], wall
    near = "Members can register to read more than 300 back issues of the harbour gazette at the library, it said."
    assert cleaned([*FERRY_STORY, near]) == [*FERRY_STORY, near]


# -- a list archive's replies under their header tables -------------------------------------------------------------------


def _message(cls: str, label: str, subject: str, body: str) -> str:
    return (
        f'<div class="{cls}"><table class="hd"><tr><td>From:</td><td>a@example.org</td></tr>'
        "<tr><td>Date:</td><td>Tue Mar 3, 2009 9:02 am</td></tr>"
        f"<tr><td>{label}</td><td>{subject}</td></tr></table><div class=body>{body}</div></div>"
    )


def test_a_list_archives_replies_under_re_subject_cells_go():
    subject = "FW: Quay closure from June"
    reply = (
        "Thanks for posting this, does anyone know if the fish market moves too during the works on the quay?"
    )
    page = _message("msg", "Subject:", subject, QUAY_STORY) + (
        '<div class="thread">'
        + _message("msg reply", "Subject:", f"Re: {subject}", f"<p>{reply}</p>")
        + _message(
            "msg reply", "Subject:", f"Re: {subject}", "<p>The market stays where it is, the board said.</p>"
        )
        + "</div>"
    )
    text = page_text(page)
    assert "Paragraph 5" in text and reply not in text and "The market stays" not in text
    # near miss: a reply to another subject, or a row labelled other than "Subject:", stays
    for label, re_subject in (("Subject:", "Re: Fish market hours"), ("Topic:", f"Re: {subject}")):
        near = _message("msg", "Subject:", subject, QUAY_STORY) + (
            '<div class="thread">'
            + _message("msg reply", label, re_subject, f"<p>{reply}</p>")
            + _message("msg reply", label, re_subject, "<p>The market stays where it is, the board said.</p>")
            + "</div>"
        )
        assert reply in page_text(near), label


# -- a labelled series of cards whose buttons name each card's name ---------------------------------------------------------


def _card(heading: str, button: str) -> str:
    return (
        f'<div class="card"><img src="/p.jpg" alt=""><h4>{heading}</h4>'
        f'Rehomed in May by a family in Portwell, who say she rules the house.<br><a href="https://other.example/x">'
        f"{button} &rarr;</a></div>"
    )


def _cards_page(*cards: str) -> str:
    half = QUAY_STORY.split("</p>")
    return "</p>".join(half[:3]) + "</p>" + cards[0] + "</p>".join(half[3:]) + "".join(cards[1:])


def test_a_labelled_series_of_cards_naming_their_names_in_one_button_goes():
    text = page_text(
        _cards_page(
            _card("Rehomed: Mabel", "Read Mabel’s story"), _card("Rehomed: Otis", "Read Otis’s story")
        )
    )
    assert "Paragraph 5" in text and "Rehomed in May" not in text
    # near misses: one card alone, two labels, buttons in other words, or buttons calling to no reading, stay
    for cards in (
        (_card("Rehomed: Mabel", "Read Mabel’s story"),),
        (_card("Rehomed: Mabel", "Read Mabel’s story"), _card("Adoptable: Otis", "Read Otis’s story")),
        (_card("Rehomed: Mabel", "Read Mabel’s story"), _card("Rehomed: Otis", "Adopt Otis today")),
        (_card("Rehomed: Mabel", "Meet Mabel"), _card("Rehomed: Otis", "Meet Otis")),
    ):
        assert "Rehomed in May" in page_text(_cards_page(*cards)), cards


# -- a side cell of blocks each opening on a bold heading ---------------------------------------------------------------


def _column_page(*blocks: str) -> str:
    side = "".join(f"<div>{block}</div>" for block in blocks)
    return f"<table><tr><td>{QUAY_STORY}</td><td>{side}</td></tr></table>"


def test_a_side_cell_of_blocks_each_under_a_bold_heading_goes():
    about = (
        "A list for quay users to swap news of berths, tides and gear. Please keep it friendly and on topic."
    )
    info = "<b>List Information</b><br>Members: 208<br>Founded: May 2, 2004"
    activity = "<b>Recent Activity</b><br>4 New Members<br>1 New File"
    text = page_text(_column_page(info, activity, about))
    assert "Paragraph 5" in text and "Members: 208" not in text and about not in text
    # near miss: one such block beside the story may be its own box, and stays
    assert "Members: 208" in page_text(_column_page(info, about))
