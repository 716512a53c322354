"""Rules from the fifty-first pass's closing set pages_final181 (measured once on its final page code, acdebb42;
bot.web.page_tree, page_columns, page_boxes, page_rules): a bullet summary set between the byline and the text's box,
told nowhere else on the page, stays; the site's note in an old layout's menu column (its menu a labelled block of
links, its note of two or three sentences), a run of picture cards each closing on a button naming its name ("Meet
<Name>") under an e-mail's letter, and a charity's wish list told of in its own voice go. Pages and lines written for
the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import assert_rule_takes, page_text

# A story long enough that trafilatura's recall mode is not asked (more than 300 words).
_STORY = "".join(
    f"<p>Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey "
    "found the old timber piles had rotted through below the waterline in more than a dozen places.</p>"
    for i in range(10)
)

# -- a bullet summary between the byline and the text's box -------------------------------------------------------------

_POINTS = (
    "The fish market moves to a pontoon beside the ferry slip for a year.",
    "Two crab boats will tie up at Millport until the work ends.",
)


def _summary_page(heading: str = "What to know:", points: tuple[str, ...] = _POINTS, tag: str = "h2") -> str:
    items = "".join(f"<li>{p}</li>" for p in points)
    return (
        '<article><h1>Quay to be rebuilt</h1><div class="byline">By Ann Hale</div>'
        f'<div class="story-summary"><{tag}>{heading}</{tag}><ul>{items}</ul></div>'
        f'<div class="article-body">{_STORY}</div></article>'
    )


def test_a_bullet_summary_over_the_text_box_is_read_first():
    for heading in ("What to know:", "Key takeaways", "The short version"):
        text = page_text(_summary_page(heading))
        assert all(p in text for p in _POINTS), heading
        assert text.index(_POINTS[1]) < text.index("Paragraph 0 of the story"), heading


def test_a_summary_told_again_of_labels_of_no_summary_or_a_machines_stays_out():
    # near misses: items the paragraphs tell again, items closing no sentence, a heading naming no summary, a machine's
    # summary, a list of links
    told = (
        "The harbour board will rebuild the north quay next spring.",
        "A survey found the timber piles rotted.",
    )
    for page, gone in (
        (_summary_page(points=told), told[1]),
        (
            _summary_page(points=("Fish market: on a pontoon for a year", "Crab boats: at Millport")),
            "Crab boats",
        ),
        (_summary_page("More from the coast"), _POINTS[1]),
        (_summary_page("AI-generated summary"), _POINTS[1]),
        (
            _summary_page(points=tuple(f'<a href="/news/{i}">{p}</a>' for i, p in enumerate(_POINTS))),
            _POINTS[1],
        ),
    ):
        assert gone not in page_text(page), page


# -- the site's note in an old layout's menu column ------------------------------------------------------------------

_NOTE = (
    "DO YOU LIKE TO SING? We rehearse every Monday at 7 PM in the hall of Grace Church, 14 Elm St. Singers of all "
    "ages are always welcome. No audition needed, and you do not have to read music!"
)


def _old_layout(note: str = _NOTE, links: int = 6) -> str:
    menu = "".join(f'&nbsp;&#149; <a href="page{i}.html">Page number {i}</a><br>' for i in range(links))
    head, body = note.split("? ", 1)
    return (
        '<table width="760"><tr><td width="170" valign="top">'
        f"<p><b>&nbsp;MENU</b><br>{menu}</p>"
        f'<table border="1"><tr><td><font size="1"><b>{head}?</b><br>{body}</font></td></tr></table>'
        f'</td><td width="590" valign="top"><center><b>Quay to be rebuilt</b></center>{_STORY}</td></tr></table>'
    )


def test_the_sites_note_in_its_menu_column_goes():
    text = page_text(_old_layout())
    assert "We rehearse every Monday" not in text and "Paragraph 9 of the story" in text


def test_a_longer_note_or_a_column_of_few_links_stays():
    # near misses: a note running past two or three sentences, a cell of two links (no menu)
    longer = _NOTE.replace(
        "No audition needed,", "No audition is needed, no robes or music folders to buy either,"
    )
    for page in (_old_layout(longer), _old_layout(links=2)):
        assert "We rehearse every Monday" in page_text(page), page


# -- picture cards each closing on a button naming its name, under an e-mail's letter ---------------------------------

_LETTER = "".join(
    f"<p>Paragraph {i} of the letter says the sanctuary took in nineteen goats from a farm in the hills this winter, the "
    "most in its ten years, and eleven of them have already gone to new homes with the families who fostered them "
    "through the snow.</p>"
    for i in range(5)
)
_BLURBS = {
    "Clover": "A tall brown nanny who will eat your hat and then look sorry about it for a minute.",
    "Pip & Moss": "Bonded brothers from the hill farm who would like a big field and a low fence.",
    "Juniper": "A young white billy with endless energy, best suited to a home with other goats.",
}


def _card(name: str, blurb: str, button: str | None = None) -> str:
    alt = name.replace("&", "and")
    label = f"Meet {name}" if button is None else button
    return (
        f'<td class="card" width="33%"><img src="https://example.org/{len(name)}.jpg" alt="{alt}">'
        f"<p><strong>{name}</strong>, 4 years</p><p>{blurb}</p>"
        f'<a href="https://example.org/goats/{len(name)}">{label}</a></td>'
    )


def _newsletter(cards: str) -> str:
    return (
        '<table width="600">'
        f'<tr><td class="section">{_LETTER}</td></tr>'
        '<tr><td class="section"><h2>Goats looking for homes</h2></td></tr>'
        f'<tr><td class="section"><table width="100%"><tr>{cards}</tr></table></td></tr>'
        '<tr><td class="section"><table><tr><td><a href="https://example.org/adopt">See all our goats</a></td></tr>'
        "</table></td></tr></table>"
    )


def test_picture_cards_each_closing_on_a_button_naming_its_name_go():
    text = page_text(_newsletter("".join(_card(n, b) for n, b in _BLURBS.items())))
    assert "Paragraph 4 of the letter" in text
    assert not any(blurb in text for blurb in _BLURBS.values()), text


def test_cards_with_a_button_to_elsewhere_or_a_name_told_in_the_letter_stay():
    # near misses: a button naming no card's name, a name the letter tells of
    elsewhere = "".join(_card(n, b, "Donate today") for n, b in _BLURBS.items())
    told = _newsletter("".join(_card(n, b) for n, b in _BLURBS.items())).replace(
        "Paragraph 0 of the letter says", "Paragraph 0 of the letter says Clover and"
    )
    for page in (_newsletter(elsewhere), told):
        assert _BLURBS["Clover"] in page_text(page), page


# -- a charity's wish list told of in its own voice -----------------------------------------------------------------------


def test_a_charitys_wish_list_in_its_own_voice_goes():
    assert_rule_takes(
        "charity's wish list pitch",
        [
            "Shopping online for the holidays? Our wish list has hay nets, hoof picks and the good brushes the goats "
            "actually like. Every item ships straight to the sanctuary.",
            "Our Amazon wishlist is full of the small things that keep the barn running.",
            "Check out our wish list before you shop this season.",
        ],
        [
            # a club's plans for itself, a story's list of someone else's, someone's reported words
            "Our wish list for the new hall is long, and the roof comes first.",
            "The shelter's wish list has grown since the flood, its director said.",
            '"Our wish list has hay nets and brushes," the manager said.',
        ],
    )
    assert furniture_rule("Our wish list has hay nets and brushes.") == "charity's wish list pitch"
