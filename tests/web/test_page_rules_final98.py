"""Rules from the blind page sets pages_final98 and pages_final99 (measured once on 70b2a2c; bot.web.page_tree,
page_boxes, page_rules, article): a press office's contact box after the text goes even when trafilatura leaves out its
heading; a person's card alone after the text (a picture, the name, a bio about that person, a link to the profile)
goes; another mode's blocks that the page shows only beside its main box are not merged; the site's note that the story
passed its editorial review goes; a short label over one linked headline goes with it. Pages and lines written for the
test; near misses must stay."""

from __future__ import annotations

from bot.web import page_tree
from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text

_CONTACT = (
    '<div class="contactBox"><h4>Media Contact</h4><p>Jo Lim, Communications Manager<br>Harbour Board<br>'
    'Phone: 555-210-4417<br>Email: <a href="mailto:jlim@harbour.example.gov">jlim@harbour.example.gov</a></p></div>'
)
_MORE = (
    "<p>The board will meet again in April to choose a contractor, and the fish market will stay open on the east "
    "pontoon while the works go on.</p>"
)


def test_a_contact_box_after_the_text_goes_without_its_heading():
    # (a layout trafilatura reads without its headings: the name, the office and the number were left with no heading)
    text = page_text(f'<div class="news">{QUAY_STORY}{_CONTACT}</div>')
    assert "Paragraph 5 of the story" in text
    for line in ("Jo Lim, Communications Manager", "Harbour Board", "Phone: 555-210-4417"):
        assert line not in text


def test_a_contact_box_among_the_paragraphs_or_without_a_number_stays():
    # (a box with the story going on after it is not after the text; a heading over a name alone gives no contact)
    text = page_text(f'<div class="news">{QUAY_STORY}{_CONTACT}{_MORE}</div>')
    assert "Jo Lim, Communications Manager" in text
    no_number = '<div class="contactBox"><h4>Media Contact</h4><p>Jo Lim, Communications Manager<br>Harbour Board</p></div>'
    assert "Jo Lim, Communications Manager" in page_text(f'<div class="news">{QUAY_STORY}{no_number}</div>')


def _card(bio: str, link: str = '<a href="/people/ines-carvalho">View full profile</a>') -> str:
    return (
        '<div class="person-card"><div class="photo"><img src="/img/carvalho.jpg" alt=""></div><div class="body">'
        '<p class="label">Meet the harbourmaster</p><h3>Ines Carvalho, MBE</h3><p>Port Operations, Pilotage</p>'
        f"<p>{bio}</p>{link}</div></div>"
    )


_BIO = (
    "Captain Carvalho served twenty years with the coastal pilots before she joined the board in 2019. She leads "
    "the harbour's works team."
)
_TITLED_BIO = _BIO.replace("Captain Carvalho", "Ms. Carvalho")


def test_a_persons_card_alone_after_the_text_goes():
    body = f'<article><div class="body">{QUAY_STORY}</div>{_card(_TITLED_BIO)}</article>'
    text = page_text(body)
    assert "Paragraph 5 of the story" in text
    assert "served twenty years with the coastal pilots" not in text
    # (the bio may open with the full name or the surname alone)
    for bio in (
        _BIO.replace("Captain Carvalho", "Ines Carvalho"),
        _BIO.replace("Captain Carvalho", "Carvalho"),
    ):
        assert "coastal pilots" not in page_text(
            f'<article><div class="body">{QUAY_STORY}</div>{_card(bio)}</article>'
        )


def test_a_persons_card_among_the_paragraphs_or_without_a_profile_link_stays():
    among = f'<article><div class="body">{QUAY_STORY}</div>{_card(_TITLED_BIO)}<div class="body">{_MORE}</div></article>'
    assert "served twenty years with the coastal pilots" in page_text(among)
    no_link = f'<article><div class="body">{QUAY_STORY}</div>{_card(_TITLED_BIO, link="")}</article>'
    assert "served twenty years with the coastal pilots" in page_text(no_link)
    # (a sentence about someone else is the story's, whatever the box)
    other = "The board's survey, led by Jo Lim, found rot in more than a dozen of the quay's timber piles."
    assert other in page_text(f'<article><div class="body">{QUAY_STORY}</div>{_card(other)}</article>')


_STORY_LINES = [
    f"Paragraph {i} of the story says the harbour board will rebuild the north quay." for i in range(4)
]
_SIDE_LINES = [
    "Welcome to the Harbour forum, the community for the town and its boats.",
    "- Be civil. Personal attacks will be removed.",
]


def _forum_tree(main: str = 'role="main"'):
    side = f'<div class="side"><div class="md"><p>{_SIDE_LINES[0]}</p><ol><li>{_SIDE_LINES[1][2:]}</li></ol></div></div>'
    story = "".join(f"<p>{line}</p>" for line in _STORY_LINES)
    page = f'<html><body>{side}<div class="content" {main}><div class="md">{story}</div></div></body></html>'
    return page_tree.readable_tree(page)[0]


def test_another_modes_blocks_from_beside_the_main_box_are_not_merged():
    text = "\n\n".join(_STORY_LINES)
    other = "\n\n".join(
        [*_SIDE_LINES, *_STORY_LINES[:2], "A line the page does not show anywhere, kept as read."]
    )
    kept = page_tree.without_side_blocks(other, text, _forum_tree()).split("\n\n")
    assert kept == [*_STORY_LINES[:2], "A line the page does not show anywhere, kept as read."]


def test_another_modes_blocks_merge_as_before_without_one_main_box_holding_the_text():
    other = "\n\n".join([*_SIDE_LINES, *_STORY_LINES])
    text = "\n\n".join(_STORY_LINES)
    # (no main box)
    assert page_tree.without_side_blocks(other, text, _forum_tree(main="")) == other
    # (the text read mostly outside the main box: the side column is what was read)
    assert page_tree.without_side_blocks(other, "\n\n".join(_SIDE_LINES), _forum_tree()) == other


def test_the_sites_note_on_the_storys_editorial_review_goes():
    assert_rule_takes(
        "note on the editorial review",
        [
            "This article has been reviewed according to Harbour Ledger's editorial process and policies. Editors "
            "have highlighted the following attributes while ensuring the content's credibility:",
            "This story was fact-checked in line with our editorial standards.",
        ],
        [
            "The study was reviewed according to the journal's editorial process before it was published.",
            "This article was reviewed under the journal's editorial policies, the authors said.",
            "This story has been reviewed by more than a thousand readers since Tuesday.",
        ],
    )


def test_a_short_label_over_one_linked_headline_goes():
    explore = (
        '<div class="explore"><h3>Explore further</h3>'
        '<a href="/news/ferry-fares-rise">Ferry fares to rise in June as the pontoon opens</a></div>'
    )
    # (the page's notice after it: the headline is not the text's last line, where a lone link goes anyway)
    notice = (
        "<div><p>Citation: Quay to be rebuilt (2026, March 3) retrieved 4 March 2026 from "
        "https://example.org/news/quay</p></div>"
    )
    text = page_text(f"<article>{QUAY_STORY}{explore}{notice}</article>")
    assert "Paragraph 5 of the story" in text
    assert "Explore further" not in text and "Ferry fares to rise in June" not in text


def test_a_short_heading_over_a_paragraph_with_its_link_stays():
    # (the link inside a sentence of the story: no headline alone under a label)
    section = (
        '<div class="section"><h3>The survey</h3><p>The <a href="/files/survey.pdf">board\'s survey</a> lists every '
        "failed pile by its number, its depth and the year it was last patched.</p></div>"
    )
    text = page_text(f"<article>{QUAY_STORY}{section}{QUAY_STORY}</article>")
    assert "The survey" in text
    assert "lists every failed pile by its number" in text
