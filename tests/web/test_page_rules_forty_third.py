"""Rules from the blind page set pages_final142 (measured once on ec5cab47; bot.web.page_boxes, page_rules): an agency's
"This report by … was first published <date>." is the story's last paragraph when the page prints it as one of the
text's paragraphs, and goes only when a class the text's paragraphs lack sets it apart; a quote block crediting a
writing of a given date is the story's, though the story tells of the writer writing; a card of a heading, two short
paragraphs and a styled button between the story's paragraphs goes; a sponsorship's card in an e-mail's table cell, its
button holding the price, goes; a web ring's line naming the site a member goes, and so does a footer's address bar of
a name, a post office box and a town with no postcode. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text


def _story(inserted: str, at: int = 3) -> str:
    """The quay story with ``inserted`` before its paragraph ``at``, in an article."""
    cut = QUAY_STORY.index(f"<p>Paragraph {at}")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:cut]}{inserted}{QUAY_STORY[cut:]}</article>"
    )


# -- an agency's first-published line ----------------------------------------------------------------------------------

_AGENCY_LINE = "This report by The Harbour Press was first published March 9, 2026."


def test_an_agencys_first_published_line_goes_only_when_its_class_sets_it_apart():
    text = page_text(f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<p>{_AGENCY_LINE}</p></article>")
    assert _AGENCY_LINE in text, text
    # (the same class on every paragraph, the line's too, sets nothing apart)
    classed = QUAY_STORY.replace("<p>", "<p class='body-text'>")
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{classed}<p class='body-text'>{_AGENCY_LINE}</p></article>"
    )
    assert _AGENCY_LINE in text, text
    assert furniture_rule(_AGENCY_LINE) is None
    assert furniture_rule("This story was first published on 9 March.") is None
    # a class of its own after the text's paragraphs: the page's sign-off, which goes
    for cls in ("story__signoff", "wire-tagline", "credit"):
        text = page_text(
            f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<p class='{cls}'>{_AGENCY_LINE}</p></article>"
        )
        assert _AGENCY_LINE not in text, cls
        assert "Paragraph 5 of the story" in text
    # near misses: a paragraph of the story under such a class is no agency's line, and stays; a mirror's note naming
    # where the story ran first is still a line rule's
    own = "The Harbour Press first reported the survey's findings in March, and the board confirmed them on Tuesday."
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<p class='story__signoff'>{own}</p></article>"
    )
    assert own in text
    assert furniture_rule("This article was first published on The Quayside Post.") == "small print"
    assert furniture_rule(
        "This story was first published by Harbour Radio and is republished with permission."
    )


# -- a quote block crediting a dated writing ---------------------------------------------------------------------------

_LOG = (
    "“Wind backing south-west, a heavy swell on the bar. Took the lifeboat out at four and brought the Mary Ellen's "
    "crew in, all seven, cold but whole.”"
)
_WROTE = (
    "<p>The quay's first harbour master, Edwin Tolley, wrote down every boat that crossed the bar in a log the museum "
    "now keeps, from the first timber pile in 1887 to the day he retired.</p>"
)


def _quoted(credit: str) -> str:
    return _story(
        f"{_WROTE}<figure><blockquote>{_LOG}</blockquote><figcaption>{credit}</figcaption></figure>"
    )


def test_a_quote_block_crediting_a_dated_writing_is_read():
    for credit in (
        "— Edwin Tolley, harbour log, November 3, 1893",
        "— Edwin Tolley, letter to the harbour board, 1893",
        "— Edwin Tolley, diary, 3 November 1893",
    ):
        text = _quoted(credit)
        assert "Took the lifeboat out at four" in text, credit
        assert "Paragraph 3 of the story" in text
    # near misses: a credit naming a role, or a year run into its words, is a pull quote's of a speaker the story gives
    # words ("wrote"), and goes as before
    for credit in ("— Edwin Tolley, harbour master", "— Edwin Tolley, Class of 1893"):
        assert "Took the lifeboat out at four" not in _quoted(credit), credit


# -- a card of a heading, two short paragraphs and a styled button among the story's paragraphs ----------------------

_HOURS = "The quay gallery is open Tuesday to Saturday, 9 a.m. to 5 p.m. Entry is £4 for adults and free for children."
_WHERE = "The gallery is in the old net loft on Harbour Road, with parking on the fish quay. There is step-free access."


def _card(button: str, extra: str = "") -> str:
    return f"<div class='summary-block'><h3>Visiting the quay</h3><p>{_HOURS}</p><p>{_WHERE}{extra}</p>{button}</div>"


def test_a_card_of_two_paragraphs_and_a_styled_button_among_the_text_goes():
    for button in (
        "<a class='sqs-block-button-element' href='/visit'>Plan your trip</a>",
        "<a class='btn btn--primary' href='https://example.org/gallery'>Opening times</a>",
    ):
        text = _story(_card(button))
        assert "step-free access" not in text and "Entry is £4" not in text, button
        assert "Paragraph 2 of the story" in text and "Paragraph 3 of the story" in text
    # near misses: a plain link, a button leading nowhere, or a box longer than a card's, stays
    assert "step-free access" in _story(_card("<a href='/visit'>Plan your trip</a>"))
    assert "step-free access" in _story(_card("<a class='btn' href='#'>Plan your trip</a>"))
    longer = (
        " The gallery was the harbour's net loft until 1962, when the last drifters were sold, and the trust bought it"
        " from the council for a pound. The trust's volunteers rebuilt its roof in 1990 and opened it as a gallery."
    )
    assert "step-free access" in _story(_card("<a class='btn' href='/visit'>Plan your trip</a>", longer))


# -- a sponsorship's card in an e-mail's table cell --------------------------------------------------------------------

_PARAGRAPHS = [
    "Dear members, the boatyard has had its busiest spring in years, with eleven boats on the hard and two more waiting "
    "for a berth on the slip.",
    "The new winch arrived on April 2 and was bolted to the slipway on April 5, two days early, which meant the first "
    "launch of the season went ahead on the spring tide.",
    "Our thanks to everyone who came to the work party. We scraped, caulked and painted four hulls in one weekend, and "
    "the tea urn held out until the very end.",
    "The yard's open day is Saturday, June 7, from ten until four. Bring the children; the rope-making table will be "
    "out again.",
]


def _email(card: str) -> str:
    cells = "".join(f"<tr><td class='textContent'><p>{p}</p></td></tr>" for p in _PARAGRAPHS[:2])
    rest = "".join(f"<tr><td class='textContent'><p>{p}</p></td></tr>" for p in _PARAGRAPHS[2:])
    return page_text(
        "<table width='100%' class='bodyTable'><tr><td><table class='container'>"
        f"<tr><td><h1>Yard news, May</h1></td></tr>{cells}"
        f"<tr><td><table class='captionBlock'><tr><td><img src='/pics/skiff.jpg' alt='Skiff'></td>{card}</tr></table>"
        f"</td></tr>{rest}</table></td></tr></table>"
    )


_PITCH = (
    "I'm Skiff Nell, a 1931 clinker dinghy with a sprung plank. My new plank costs about $90. Will you help?"
)


def test_a_sponsorships_card_in_an_emails_table_cell_goes():
    for button in ("Sponsor Nell for $5 a month", "Sponsor me for $5 a month"):
        text = _email(
            f"<td class='textContent'><h4>Adopt a boat: Nell</h4><p>{_PITCH}</p>"
            f"<p><a href='https://example.org/sponsor/nell'>{button}</a></p></td>"
        )
        assert "sprung plank" not in text and "$5 a month" not in text, button
        assert all(p[:40] in text for p in _PARAGRAPHS), text
    # near misses: no price in the cell, or a credit ("Sponsored by"), stays
    text = _email(
        "<td class='textContent'><h4>Adopt a boat: Nell</h4><p>I'm Skiff Nell, a 1931 clinker dinghy with a sprung"
        " plank.</p><p><a href='https://example.org/sponsor/nell'>Sponsor Nell</a></p></td>"
    )
    assert "sprung plank" in text
    text = _email(
        f"<td class='textContent'><h4>Adopt a boat: Nell</h4><p>{_PITCH}</p>"
        "<p><a href='https://example.org/sponsors'>Sponsored by Harbour Chandlery</a></p></td>"
    )
    assert "sprung plank" in text


# -- line rules ----------------------------------------------------------------------------------------------------------


def test_a_web_rings_member_line_goes():
    assert_rule_takes(
        "web ring's member line",
        [
            "Member of the Harbour Towns of the North Sea WebRing",
            "This site is a proud member of the Clinker Boats Web Ring.",
            "A member of the Lifeboat Stations Webring",
            "Part of the Fishing Villages WebRing",
        ],
        [
            "The museum joined the Harbour Towns Web Ring in 1998.",
            "Member of the harbour board since 1998, she chairs its finance committee.",
            "She is a member of the Clinker Boats Web Ring, which links forty builders' sites.",
        ],
    )


def test_a_footers_address_bar_with_no_postcode_goes():
    assert_rule_takes(
        "postal address",
        [
            "Quayside Boatbuilders' Society · P.O. Box 41 · Pellmouth",
            "Pellmouth Sailing Club | PO Box 7 | Harbour Road | Pellmouth",
            "Pellmouth Lifeboat Guild • Post Office Box 12 • Suite 3 • Pellmouth",
        ],
        [
            # (a street with no box may be a venue a story lists; a line with words of its own, or no box, is no bar)
            "Pellmouth Harbour Museum · 14 Net Loft Lane · Pellmouth",
            "Fire at 14 Net Loft Lane · Pellmouth · Monday",
            "Harbour · Quay · Pellmouth",
            "Tickets from the harbour office · P.O. Box 41 · Pellmouth",
        ],
    )
