"""Rules from the blind page set pages_final128 (measured once on 257bfc8; bot.web.page_tree, page_boxes): a short bare
``<div>`` closing as a sentence between two bare ``<div>`` paragraphs is one of them; a short paragraph closing on a paid
link set as a sentence of its own goes; a short pull quote crediting a speaker the page names nowhere else keeps its
place, with its credit; a contact box under a field's label rather than a heading is read as one. Pages and lines
written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_tree import leaf_divs_as_paragraphs
from tests.support.page_lines import QUAY_STORY, page_text

# -- a short bare <div> between bare <div> paragraphs -------------------------------------------------------------------

_BLOG_PARAGRAPHS = [
    "The regatta committee met in the back room of the Anchor on Thursday to settle the date of the winter series.",
    "Half the club turned up, which has not happened since the year the slipway washed away in the March storms.",
    "The vote went the way everyone expected, and the first race will be on the second Sunday of November again.",
    "I stayed for one more cup of tea and walked home along the harbour wall in the dark, which I always enjoy.",
]


def _blog(middle: str, closing: str = "") -> str:
    """A blog post set as bare ``<div>`` paragraphs with blank lines between them (a compose mode with no class)."""
    first, second, third, fourth = (f"<div>{p}</div>" for p in _BLOG_PARAGRAPHS)
    blank = "<div><br></div>"
    return (
        f"<div class='post-body'>{first}{blank}{second}{blank}{middle}{blank}{third}{blank}{fourth}"
        f"{blank}{closing}</div>"
    )


def _turned(body: str) -> list[str]:
    """The texts of the blocks ``leaf_divs_as_paragraphs`` turns into paragraphs."""
    tree = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    leaf_divs_as_paragraphs(tree)
    return [p.text_content() for p in tree.iter("p")]


def test_a_short_bare_div_between_bare_div_paragraphs_is_a_paragraph():
    assert "Nobody argued." in _turned(_blog("<div><b>Nobody argued.</b></div>"))
    assert "Was it worth it?" in _turned(_blog("<div>Was it worth it?</div>"))
    text = page_text(f"<h1>Winter series date settled</h1>{_blog('<div><b>Nobody argued.</b></div>')}")
    assert "Nobody argued." in text
    assert _BLOG_PARAGRAPHS[2] in text
    # near misses: a subheading between the paragraphs closes no sentence
    assert "Getting there" not in _turned(_blog("<div><b>Getting there</b></div>"))
    # a loose line after the last paragraph is outside the run
    assert "Thanks for reading." not in _turned(_blog("", closing="<div>Thanks for reading.</div>"))
    # between paragraphs of a class, not bare ones: the class's own run decides, and it has none
    run = "".join(f"<div class='entry'>{p}</div>" for p in _BLOG_PARAGRAPHS[:2])
    assert "Nobody argued." not in _turned(
        f"{run}<div>Nobody argued.</div><div class='entry'>{_BLOG_PARAGRAPHS[2]}</div>"
    )


# -- a short paragraph closing on a paid link's call -------------------------------------------------------------------

_PAID = 'rel="sponsored nofollow" href="https://example.org/go/harbour-inn"'


def _story_with(paragraph: str) -> str:
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}<div class='box'>{paragraph}</div></article>"
    )


def test_a_short_paragraph_closing_on_a_paid_link_as_its_own_sentence_goes():
    pitch = (
        "<p><strong>Where to stay:</strong> We booked two nights at a small inn above the fish quay. "
        f"<a {_PAID}>See rooms and prices here</a>.</p>"
    )
    text = _story_with(pitch)
    assert "north quay next spring" in text
    assert "small inn above the fish quay" not in text
    assert "See rooms and prices" not in text
    # the call alone on its line
    assert "Book your room" not in _story_with(f"<p><a {_PAID}>Book your room at the Harbour Inn</a></p>")
    # near misses: a paid link inside a sentence, a call no one paid for, a longer paragraph
    inside = (
        f"<p>We stayed at the <a {_PAID}>Harbour Inn</a>, two streets back from the quay, for two nights.</p>"
    )
    assert "two streets back from the quay" in _story_with(inside)
    closing = f"<p>For the two nights of the survey we stayed at the <a {_PAID}>Harbour Inn by the fish quay</a>.</p>"
    assert "For the two nights of the survey we stayed" in _story_with(closing)
    unpaid = (
        "<p>The survey found rot in more than a dozen piles. "
        '<a href="https://example.org/survey.pdf">Read the full survey here</a>.</p>'
    )
    assert "The survey found rot in more than a dozen piles." in _story_with(unpaid)
    long = (
        "<p>The inn above the fish quay has been run by the same family since 1952, and the landlady remembers the "
        "night the old pier lost its lamps in the storm, when the lifeboat crew slept in the bar because the road out "
        f"of the village was under water until morning. <a {_PAID}>See rooms and prices here</a>.</p>"
    )
    assert "the same family since 1952" in _story_with(long)


# -- a pull quote crediting a speaker the page names nowhere else -------------------------------------------------------

_OPENING = (
    "<p>The harbour board voted on Tuesday to rebuild the north quay, after an engineering survey found that the timber "
    "piles under it had rotted through in more than a dozen places.</p>"
    "<p>“We have patched it for twenty years,” said Mara Quist, the board's engineer. “There is nothing left to patch, "
    "and the next storm could take the walkway with it.”</p>"
)


def _with_pull_quote(box: str) -> str:
    return page_text(f"<article><h1>Quay to be rebuilt</h1>{_OPENING}{box}{QUAY_STORY}</article>")


def test_a_short_pull_quote_crediting_a_speaker_named_nowhere_else_is_the_storys():
    box = (
        "<blockquote class='pullquote'><p>“The quay is how the boats earn their living. Without it the whole "
        "village goes quiet.”</p><footer>— Owen Tregarth, Portwell Fishermen's Association</footer></blockquote>"
    )
    text = _with_pull_quote(box)
    assert "The quay is how the boats earn their living. Without it the whole village goes quiet." in text
    assert "Owen Tregarth, Portwell Fishermen's Association" in text
    # near misses: a speaker the story names (a line lifted from what she says), no credit, a repeated line
    named = (
        "<blockquote class='pullquote'><p>“A quay is only as good as the piles that nobody ever sees.”</p>"
        "<cite>Mara Quist</cite></blockquote>"
    )
    assert "the piles that nobody ever sees" not in _with_pull_quote(named)
    uncredited = (
        "<blockquote class='pullquote'><p>“The quay is how the boats earn their living. Without it the whole "
        "village goes quiet.”</p></blockquote>"
    )
    assert "how the boats earn their living" not in _with_pull_quote(uncredited)
    repeated = (
        "<blockquote class='pullquote'><p>“We have patched it for twenty years. There is nothing left to patch.”</p>"
        "<footer>— Owen Tregarth</footer></blockquote>"
    )
    text = _with_pull_quote(repeated)
    assert "Owen Tregarth" not in text
    assert text.count("We have patched it for twenty years") == 1


# -- a contact box under a field's label --------------------------------------------------------------------------------


def _with_contact(box: str, after: str = "") -> str:
    story = f"<div class='body'>{QUAY_STORY}</div>"
    return page_text(f"<article><h1>Quay to be rebuilt</h1>{story}{box}{after}</article>")


def test_a_contact_box_under_a_fields_label_goes():
    box = (
        "<div class='field field--media-contact'><div class='field__label'>Media contact</div><div class='field__item'>"
        "<p>Jo Lindqvist, Harbour Board Communications<br>555-0142 | <a href='mailto:jl@harbour.example'>"
        "jl@harbour.example</a></p></div></div>"
    )
    text = _with_contact(box)
    assert "north quay next spring" in text
    assert "Jo Lindqvist, Harbour Board Communications" not in text
    # near misses: no number, a label other than a contact's, more text after the box
    line = "Jo Lindqvist, Harbour Board Communications"
    no_number = (
        "<div class='field'><div class='field__label'>Media contact</div><div class='field__item'>"
        f"<p>{line}, at the harbour office on the fish quay.</p></div></div>"
    )
    assert line in _with_contact(no_number)
    other_label = (
        "<div class='field'><div class='field__label'>Project lead</div><div class='field__item'>"
        f"<p>{line}<br>555-0142</p></div></div>"
    )
    assert line in _with_contact(other_label)
    more = (
        "<p>The board will publish the full survey on its website next week, with the engineers' drawings of the new "
        "concrete piles and the timetable for the works.</p>"
    )
    among = (
        "<div class='field'><div class='field__label'>Media contact</div><div class='field__item'>"
        f"<p>{line}<br>555-0142</p></div></div>"
    )
    assert line in _with_contact(among, after=more)
