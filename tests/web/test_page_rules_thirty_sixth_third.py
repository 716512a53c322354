"""Rules from the blind page set pages_final120 (measured once on eb8cca2; bot.web.page_boxes, page_lexicon): replies
under a "Webmentions" heading go as a comment section; a flat thread whose posts stand at two depths goes as a threaded
comment run; the block right after a picture closing on a credit that names the photo goes; a run of cards one of which
is titled with the page's headline goes as a list of stories. Pages written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import QUAY_STORY, page_text


def _page(before: str = "", after: str = "") -> str:
    """The story's text in a page with no article container, between ``before`` and ``after`` (trafilatura reads
    such a page whole, its boxes beside the text too)."""
    return page_text(
        f'<div id="wrap"><h1>Quay to be rebuilt</h1>{before}<section class="body">{QUAY_STORY}</section>{after}</div>'
    )


# -- a comment section under "Webmentions" ------------------------------------------------------------------------------


def _mentions(heading: str) -> str:
    replies = "".join(
        f'<div class="mention"><span class="who">{who}</span> <span class="what">replied:</span><p>{words}</p></div>'
        for who, words in (
            ("Ines Varga", "Good to see the quay finally getting fixed, we moor there every summer."),
            ("Harbour Rowing Club", "Thanks for writing this up, and to the divers who did the survey!"),
        )
    )
    return (
        f'<section class="responses"><h3>{heading}</h3><div class="likes">14 likes</div>{replies}</section>'
    )


def test_replies_under_a_webmentions_heading_go():
    text = _page(after=_mentions("Webmentions"))
    assert "north quay next spring" in text
    assert "moor there every summer" not in text
    assert "divers who did the survey" not in text
    assert "moor there every summer" not in _page(after=_mentions("3 Webmentions"))
    # (the same posts under a heading that names no readers' posts are left to the other rules)
    kept = _page(after=_mentions("From the harbour log"))
    assert "moor there every summer" in kept


# -- a thread set flat, each post's depth in its markup -------------------------------------------------------------


def _flat_thread(depths: tuple[int, ...]) -> str:
    words = (
        "The piles were already soft when I dived there in 2019, this survey is years late.",
        "Agreed, and the pontoon they are promising is the one that sank in the storm of 2021.",
        "Does anyone know whether the fish market keeps its slot on the quay during the works?",
    )
    posts = "".join(
        f'<post-comment class="comment" depth="{depth}"><div class="meta"><a href="/u/reader{i}">reader{i}</a> '
        f'<time datetime="2026-03-0{i + 1}T10:00:00Z">{i + 1} hr. ago</time></div><p>{said}</p>'
        '<div class="actions"><button>Reply</button><button>Share</button></div></post-comment>'
        for i, (depth, said) in enumerate(zip(depths, words, strict=True))
    )
    return f'<div class="thread">{posts}</div>'


def test_a_flat_thread_whose_posts_stand_at_two_depths_goes():
    text = _page(after=_flat_thread((0, 1, 0)))
    assert "north quay next spring" in text
    assert "dived there in 2019" not in text
    assert "fish market keeps its slot" not in text
    # (a depth class part says the same)
    classed = _flat_thread((0, 1, 0)).replace('depth="0"', 'data-x="depth-0"')
    classed = classed.replace('class="comment" data-x="depth-0"', 'class="comment depth-0"')
    classed = classed.replace('class="comment" depth="1"', 'class="comment depth-1"')
    assert "dived there in 2019" not in _page(after=classed)
    # (posts all at one depth are no thread by their markup, and are left to the other rules)
    kept = _page(after=_flat_thread((0, 0, 0)))
    assert "dived there in 2019" in kept


# -- a caption right after a picture, closing on the photo's credit -------------------------------------------------


def _picture_then(line: str) -> str:
    return (
        '<div class="column"><h1>Quay to be rebuilt</h1><p class="dek">The harbour board will rebuild the north quay '
        'after divers found its timber piles had rotted through.</p><img src="https://img.example.org/quay.jpg" '
        f'alt="The north quay" width="1600"><p class="small">{line}</p><div class="prose">{QUAY_STORY}</div></div>'
    )


def test_a_block_right_after_a_picture_closing_on_the_photos_credit_goes():
    caption = "The north quay at low tide, its rotten piles plain to see. Photo by Ada Lund, Harbour Board"
    text = page_text(f"<main>{_picture_then(caption)}</main>")
    assert "north quay next spring" in text
    assert "rotten piles plain to see" not in text
    courtesy = "Divers at work under the north quay in March. Photo courtesy of the Harbour Board"
    assert "Divers at work" not in page_text(f"<main>{_picture_then(courtesy)}</main>")
    # (a line closing on a credit in brackets alone, or on none, stays: it may be the story's own paragraph)
    for line in (
        "The board's chair read the survey's findings aloud to the meeting on Tuesday night. (Applause)",
        "The north quay at low tide, its rotten piles plain to see from the harbour wall.",
    ):
        assert line.split(".")[0] in page_text(f"<main>{_picture_then(line)}</main>")


# -- a list of stories holding this one -----------------------------------------------------------------------------


def _story_list(titles: tuple[str, ...]) -> str:
    blurbs = (
        "The harbour board will rebuild the north quay next spring after divers found rotten piles…",
        "Fishermen say the new landing fees will drive the smaller boats to the next harbour down the coast.",
        "The ferry will run an hourly timetable from May, with a late boat on Fridays and Saturdays.",
    )
    cards = "".join(
        f'<div class="tile"><div class="tile-head"><span>Harbour Gazette</span><span>{i + 1}h</span></div>'
        f'<div class="tile-title"><a href="#">{title}</a></div><div class="tile-text">{blurb}</div></div>'
        for i, (title, blurb) in enumerate(zip(titles, blurbs, strict=True))
    )
    return f'<div id="list">{cards}</div>'


def test_a_run_of_cards_one_titled_with_the_pages_headline_goes():
    others = ("Landing fees to rise by a third", "Ferry timetable changes in May")
    text = _page(_story_list(("Quay to be rebuilt", *others)))
    assert "north quay next spring, after a survey" in text
    assert "drive the smaller boats" not in text
    assert "hourly timetable from May" not in text
    # (a run with no card titled as the page, an FAQ's questions over their answers, stays)
    questions = ("Who pays for the new quay?", "Will the fish market move?", "When do the works start?")
    kept = _page(_story_list(questions))
    assert "drive the smaller boats" in kept
