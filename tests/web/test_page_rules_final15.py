"""Rules written on pages_final15's leaks: a picture's caption closing with its credit and a reader-support box
under a prefixed class (bot.web.page_boxes), a newsletter's sign-off closing the text (bot.web.page_lines).
Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_lines import clean_extracted

BODY = [
    "The county will close the old quarry road to through traffic from January, its highways committee "
    "decided on Monday, after three lorries overturned on the steep bend above the village this year.",
    "Residents of the hamlet at the top of the hill will keep access, and a new signed route through the "
    "valley will add about four minutes to most journeys, officers told the meeting.",
    '"We have asked for this for a decade, and we are glad someone finally listened," said Mirela Dunn, '
    "who chairs the parish council.",
    "The closure will be reviewed after a year, when the council has counted traffic on the new route.",
]


def _page(before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><title>Quarry road to close</title></head><body><main><article>"
        f"<h1>Quarry road to close</h1>{before}<div class='body'>{body}</div>{after}</article></main></body></html>"
    )


def _text(page: str) -> str:
    return extract_article(page, min_words=1).text


# -- a picture's caption closing with its credit ----------------------------------------------------------


def test_a_caption_beside_a_picture_closing_with_its_credit_goes():
    for caption in (
        "<p class='img_caption'>A lorry waits at the foot of the quarry road on Tuesday. (Dalesnews)</p>",
        "<div class='picinfo'>A lorry waits at the foot of the quarry road on Tuesday. DNA file photo</div>",
        "<span>A lorry waits at the foot of the quarry road on Tuesday. (Gazette photo by Ann Reid)</span>",
        "<div>A lorry waits at the foot of the quarry road on Tuesday. – Supplied photo</div>",
    ):
        for picture in ("<img src='/lorry.jpg' alt=''>", "<a href='/lorry.jpg'><img src='/lorry.jpg'></a>"):
            text = _text(_page(f"<div class='view_img'>{picture}{caption}</div>"))
            assert "A lorry waits" not in text, caption
            assert "counted traffic on the new route" in text


def test_a_caption_without_a_credit_or_a_bracket_in_the_text_stays():
    # a caption with no credit after its sentence
    text = _text(
        _page("<div class='pic'><img src='/lorry.jpg'><p>A lorry waits at the foot of the road.</p></div>")
    )
    assert "A lorry waits at the foot of the road." in text
    # a paragraph closing with a bracket, with no picture beside it (a speech's "(Applause)")
    text = _text(
        _page(after="<div><p>We will reopen the road when it is safe to do so. (Applause)</p></div>")
    )
    assert "We will reopen the road when it is safe to do so. (Applause)" in text
    # a block beside a picture that holds more than the caption: text of its own in the box
    text = _text(
        _page(
            after="<div class='note'><img src='/map.png'>The map shows the new route. "
            "<p>The diversion opens on Monday, officers said. (Updated)</p></div>"
        )
    )
    assert "The diversion opens on Monday, officers said. (Updated)" in text


# -- a reader-support box under a prefixed class ----------------------------------------------------------

SUPPORT = (
    "<p class='{cls}-headline'>Keep the Dale Post free</p><p>Since we started the Dale Post it has been the "
    "free, independent voice of the valley, and we'd like to keep it that way. You can help by joining our "
    "supporters' programme today.</p><a href='/support/'>I Support</a>"
)


def test_a_support_box_named_inside_a_prefixed_compound_goes():
    for cls in ("fdn-support-box", "site_support_panel"):
        text = _text(_page(after=f"<div class='{cls}'>{SUPPORT.format(cls=cls)}</div>"))
        assert "independent voice of the valley" not in text, cls
        assert "counted traffic on the new route" in text


def test_a_class_that_only_holds_the_letters_stays():
    for cls in ("tech-supported-list", "fdn-supporting-box"):
        text = _text(_page(after=f"<div class='{cls}'>{SUPPORT.format(cls=cls)}</div>"))
        assert "independent voice of the valley" in text, cls


# -- a newsletter's sign-off closing the text -------------------------------------------------------------


def _cleaned(*tail: str) -> list[str]:
    return clean_extracted("\n".join([*BODY, *tail])).split("\n\n")


def test_a_newsletters_sign_off_goes_with_its_signature_and_credits():
    for tail in (
        (
            "That's it for today. Reply to this email with tips, corrections or questions; it comes straight to me.",
            "— Anna",
            "The Dale Post is written by Anna Reid and edited by Tom Hall. We're supported by readers.",
        ),
        (
            "That's all from me this week. As always, if you have a story I should be chasing, just hit reply.",
        ),
        ("See you next Tuesday,", "Anna"),
        ("That's it for this week. See you next Thursday.", "— Anna"),
    ):
        lines = _cleaned(*tail)
        assert lines == BODY, tail


def test_a_closing_paragraph_that_goes_on_or_a_reported_sign_off_stays():
    for tail in (
        # the formula, then the writer's own news
        "That is it for this season. The shed roof needs fixing before the January storms. See you in spring.",
        # reported
        '"That\'s it for today," the chair said, and closed the meeting.',
        "That's all for now, the council said in a statement on Tuesday.",
    ):
        assert _cleaned(tail)[-1] == tail


def test_a_sign_off_before_the_text_goes_on_stays():
    # not among the last lines: the text goes on after it
    lines = _cleaned("That's it for today.", *BODY)
    assert "That's it for today." in lines
    # a long paragraph after it is text, not a signature
    long = " ".join(BODY[:2])
    assert _cleaned("That's it for today.", long)[-2:] == ["That's it for today.", long]
