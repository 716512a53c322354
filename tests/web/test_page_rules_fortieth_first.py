"""Rules from the blind page set pages_final130 (measured once on 2c9565f; bot.web.page_merge, page_boxes, page_rules):
a list under a lead-in that a section's subheading opens is merged when its items are sentences of the story; a figure
of a quotation crediting a speaker the page names nowhere else keeps its place, with its credit; a comments box whose
posts went leaves neither its count nor its help line; a gallery's note to enlarge its pictures goes, alone or after
their credit. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_merge import merge_missing
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a list under a subheading's lead-in ---------------------------------------------------------------------------------

_PROSE = (
    "The harbour board spent most of Tuesday's meeting on the ferry terminal, and voted five to two to close it in June "
    "after hearing from the engineers who surveyed its piers."
)
_SHORT = "The board will vote on the new timetable on May 6."
_SUBHEADING = "Other Business"
_LEAD_IN = "In other business, the board:"
_TOLD = [
    "- Renewed the lease of the fish quay's ice plant to the fishermen's cooperative for five years.",
    "- Named Tamsin Orr to the moorings committee.",
]
_AFTER = (
    "The board meets next on Tuesday, May 6, at 7 p.m. in the harbour office on Quay Street, and the meeting is open to "
    "the public."
)


def test_a_list_of_sentences_under_a_subheadings_lead_in_is_merged():
    text = "\n\n".join([_PROSE, _SHORT, _SUBHEADING, _LEAD_IN, _AFTER])
    other = "\n\n".join([_PROSE, _SHORT, _SUBHEADING, _LEAD_IN, *_TOLD, _AFTER])
    merged = merge_missing(text, other, lists_only=True).split("\n\n")
    assert merged == [_PROSE, _SHORT, _SUBHEADING, _LEAD_IN, *_TOLD, _AFTER]
    # near misses: a list of headlines or short labels under the same lead-in is a box of links, and stays out
    for items in (
        [
            "- Harbour board votes to close the old ferry terminal",
            "- Fish quay ice plant lease renewed for five years",
        ],
        ["- Moorings", "- Timetables", "- Contact the harbour office"],
        [*_TOLD, "- More harbour news"],  # (one item that is no sentence)
    ):
        other = "\n\n".join([_PROSE, _SHORT, _SUBHEADING, _LEAD_IN, *items, _AFTER])
        assert merge_missing(text, other, lists_only=True) == text, items
    # (nor a list after the text's last paragraph, whatever its items)
    text = "\n\n".join([_PROSE, _SHORT, _SUBHEADING, _LEAD_IN])
    other = "\n\n".join([_PROSE, _SHORT, _SUBHEADING, _LEAD_IN, *_TOLD])
    assert merge_missing(text, other, lists_only=True) == text


def test_a_council_recaps_list_under_a_subheading_is_read():
    # (a page with no article container: loose paragraphs, a bold subheading and a list in one div)
    paragraphs = "".join(f"<p>{p}</p>" for p in (*_body(), _SHORT))
    items = "".join(f"<li>{item[2:]}</li>" for item in _TOLD)
    page = (
        f"<div class='notice'><h1>Board votes to close ferry terminal</h1>{paragraphs}"
        f"<p><strong>{_SUBHEADING}</strong></p><p>{_LEAD_IN}</p><ul>{items}</ul><p>{_AFTER}</p></div>"
    )
    text = page_text(page)
    assert "Named Tamsin Orr to the moorings committee." in text
    assert "Renewed the lease of the fish quay's ice plant" in text
    assert _AFTER in text


def _body() -> list[str]:
    return [
        f"Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey "
        "found the old timber piles had rotted through below the waterline in more than a dozen places."
        for i in range(9)  # (a page of 300 words or more: a thinner one is read in trafilatura's recall mode)
    ]


# -- a figure of a quotation ---------------------------------------------------------------------------------------------

_QUOTE = "“You could feel the whole pier shiver when the swell came in, and that was on a calm day.”"


def _figure_page(figure: str, story: str = QUAY_STORY) -> str:
    half = len(story) // 2
    cut = story.index("<p>", half)
    return page_text(f"<article><h1>Quay to be rebuilt</h1>{story[:cut]}{figure}{story[cut:]}</article>")


def test_a_figure_of_a_quotation_crediting_a_speaker_named_nowhere_else_is_the_storys():
    figure = f"<figure><blockquote>{_QUOTE}</blockquote><figcaption>— Harbour pilot Maren Oyelaran</figcaption></figure>"
    text = _figure_page(figure)
    assert _QUOTE in text and "— Harbour pilot Maren Oyelaran" in text
    assert "Paragraph 5 of the story" in text
    # near misses, still left out: the same quotation with no credit (a writer's line set large) …
    assert "whole pier shiver" not in _figure_page(f"<figure><blockquote>{_QUOTE}</blockquote></figure>")
    # … crediting a speaker the story names (a pull quote of her words) …
    named = (
        QUAY_STORY
        + "<p>Maren Oyelaran, the harbour pilot, has asked the board for a speed limit on the quay.</p>"
    )
    assert "whole pier shiver" not in _figure_page(figure, named)
    # … with a picture in it, or a link (an embedded post) …
    pictured = figure.replace("<figure>", "<figure><img src='/pier.jpg' alt=''>")
    assert "whole pier shiver" not in _figure_page(pictured)
    linked = figure.replace("Maren Oyelaran", "<a href='https://social.example/@maren'>Maren Oyelaran</a>")
    assert "whole pier shiver" not in _figure_page(linked)
    # … or a line the story says, once only
    said = (
        QUAY_STORY
        + f"<p>{_QUOTE} said Maren Oyelaran, who has piloted ships into the harbour for 20 years.</p>"
    )
    assert _figure_page(figure, said).count("whole pier shiver") == 1


# -- a comments box whose posts went ------------------------------------------------------------------------------------

_POSTS = "".join(
    f'<li class="mention"><a class="author" href="https://{who}.example.net/">{who.title()} Vance</a>'
    f'<div class="mention-text">{said}</div><time datetime="2025-03-0{i}T10:00:00Z">Mar {i}, 2025</time></li>'
    for i, (who, said) in enumerate(
        [
            ("rowan", "Walked the quay last week and you could see the rot from the steps. About time."),
            ("ines", "The board said the same in 2019. I will believe it when the piling rig turns up."),
        ],
        start=1,
    )
)


def _with_responses(box: str) -> str:
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{QUAY_STORY}</div>{box}</article>"
    )


def test_a_comments_box_whose_posts_went_leaves_no_count_nor_help_line():
    box = (
        "<section class='responses'><h2>Responses</h2><p class='count'>14 likes · 5 reposts · 2 replies</p>"
        f"<ol class='response-list'>{_POSTS}</ol>"
        "<p class='help'>Wrote about this on your own blog? Send me the link and it will show up here.</p></section>"
    )
    text = _with_responses(box)
    assert "Paragraph 5 of the story" in text
    assert "14 likes" not in text and "Send me the link" not in text and "rot from the steps" not in text
    # near miss: a heading "Responses" over the story's own paragraphs stays
    told = (
        "<section class='responses'><h2>Responses</h2><p>The harbour board received 212 written responses to its "
        "consultation on the quay, most of them from fishermen who asked that the ice plant stay open while the work "
        "goes on.</p><ol class='response-list'></ol><p>The board will publish every response on its website next "
        "month, with the names of those who asked to be named.</p></section>"
    )
    assert "212 written responses" in _with_responses(told)


# -- a gallery's note to enlarge its pictures --------------------------------------------------------------------------


def test_a_gallerys_note_to_enlarge_its_pictures_goes():
    assert_rule_takes(
        "gallery's note to enlarge its pictures",
        [
            "Click photo for larger version.",
            "Click any photo to enlarge.",
            "Tap an image to view it full size",
            "Photos by Sgt. Ria Mendel, Harbour Police. Click any photo to enlarge.",
            "Pictures by Jo Lim/Quay Times. Click on a thumbnail for a larger image.",
        ],
        [
            "Visitors can click any photo to enlarge it.",
            "Click any photo to enlarge, and the rot in the piles is plain to see.",
            "Pictures by local pupils hang in the hall. Click any photo to enlarge.",
            "Photos by Jo Lim, who said the quay shook. Click any photo to enlarge.",
            "The survey's photos show the rot below the waterline. Click any photo to enlarge.",
        ],
    )
    assert cleaned([*FERRY_STORY, "Photos by Jo Lim, Quay Times. Click any photo to enlarge."]) == FERRY_STORY
