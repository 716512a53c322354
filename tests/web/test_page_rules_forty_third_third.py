"""Rules from the blind page set pages_final145 (measured once on 3593139a; bot.web.page_boxes, page_lines): cards whose
buttons name their own headings go when the heading opens on a label closing with a colon ("<Label>: <Name>" over
"Meet <Name>"); a sign-off alone as the text's last line, heading nothing and asking no reply, stays; and on a page
listing posts each of its own page, the small posts after the first, which holds the story, go. Pages and lines written
for the test; near misses must stay."""

from __future__ import annotations

from bot.web.article import extract_article
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- cards whose buttons name their headings after a label and a colon ---------------------------------------------------


def _crew_card(heading: str, line: str, button: str) -> str:
    crew = heading.rsplit(" ", 1)[-1].lower()
    return (
        f"<div class='kg-card crew-card'><div class='crew-card-inner'><img src='/crews/{crew}.jpg' width='400'>"
        f"<div class='crew-card-title'><h4>{heading}</h4></div><div class='crew-card-text'><p>{line}</p></div>"
        f"<a class='crew-card-button' href='/crews/{crew}/'>{button}</a></div></div>"
    )


_KITTIWAKE = (
    "We row on Tuesday evenings and need a stroke who can keep a steady rate when the tide turns against us."
)
_SHEARWATER = (
    "A gig crew of retired coastguards, short of a cox since ours moved inland. We promise biscuits."
)


def _with_cards(first: str, second: str = "") -> str:
    one = QUAY_STORY.index("<p>Paragraph 2")
    two = QUAY_STORY.index("<p>Paragraph 4")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[:one]}{first}{QUAY_STORY[one:two]}{second}"
        f"{QUAY_STORY[two:]}</article>"
    )


def test_cards_whose_buttons_name_their_headings_after_a_label_go():
    text = _with_cards(
        _crew_card("Crew wanted: Kittiwake", _KITTIWAKE, "Join Kittiwake"),
        _crew_card("Cox wanted: Shearwater", _SHEARWATER, "Join Shearwater"),
    )
    assert "steady rate" not in text and "retired coastguards" not in text and "Crew wanted" not in text, text
    assert "Paragraph 1 of the story" in text and "Paragraph 4 of the story" in text
    # near misses: one such card alone …
    assert "steady rate" in _with_cards(_crew_card("Crew wanted: Kittiwake", _KITTIWAKE, "Join Kittiwake"))
    # … buttons that name nothing after the colon …
    assert "steady rate" in _with_cards(
        _crew_card("Crew wanted: Kittiwake", _KITTIWAKE, "Join a crew"),
        _crew_card("Cox wanted: Shearwater", _SHEARWATER, "Join a crew"),
    )
    # … or a heading whose words before the colon run on past a label's, stays
    assert "steady rate" in _with_cards(
        _crew_card("The crew that rows on Tuesdays: Kittiwake", _KITTIWAKE, "Join Kittiwake"),
        _crew_card("The crew that rows on Fridays: Shearwater", _SHEARWATER, "Join Shearwater"),
    )


# -- a sign-off alone as the text's last line ----------------------------------------------------------------------------


def test_a_sign_off_closing_the_text_with_nothing_under_it_stays():
    for line in ("See you soon.", "That's it for this week.", "See you on the quay!"):
        assert cleaned([*FERRY_STORY, line]) == [*FERRY_STORY, line], line
    # near misses: the formula over a signature or the masthead's credits, or asking a reply, still goes
    for tail in (
        ["See you soon.", "— Jo"],
        ["That's it for this week.", "The Quay Letter is written by Jo Pell and edited by Sam Idle."],
        ["See you next week. Just hit reply with your tips."],
        ["That's all from me. If you have a story about the quay, get in touch."],
    ):
        assert cleaned([*FERRY_STORY, *tail]) == FERRY_STORY, tail


# -- a page listing posts each of its own page -------------------------------------------------------------------------

_NOTICE = [
    "Passing this on from the harbour office since half of us moor on the north side. I have copied the whole notice "
    "below because the link only opens as a download on some phones.",
    "The Portwell Harbour Board will close the north quay steps to all foot traffic from Monday, June 2, while "
    "contractors replace the timber treads and the handrail, which were last renewed in 1994.",
    "The steps are expected to reopen by Friday, July 11, weather permitting. Boat owners on the north pontoons can "
    "reach their moorings by the ramp at the fish quay while the work goes on.",
    '"We know the ramp is a longer walk with a full bag of gear, and we are sorry for that," said harbourmaster Ines '
    'Talbot. "The old treads are past patching, and doing it in one go is the quickest way."',
    "Work will generally run Monday to Friday from 7:30 a.m. to 5 p.m. The old treads will be lifted by crane from a "
    "barge moored off the north pier, so the inner channel may be closed for an hour at a time on the first two "
    "mornings.",
    "The board said the new treads are a hardwood from a certified forest and should last forty years with an oiling "
    "every spring. The handrail will be galvanised steel, and a second rail will be fitted on the seaward side.",
    "Moorings on the north pontoons will not be charged the summer levy for the weeks the steps are shut, the board "
    "said, and the refund will be taken off next year's invoice without owners having to ask.",
    "Night access to the north pontoons will be by the ramp only. The ramp lights have been checked and two new lamps "
    "fitted at the turn.",
    "The lifeboat crew have been told, and their launch from the south slip is not affected. Deliveries to the "
    "chandlery will come in by the east gate for the duration of the work.",
    "So yes, six weeks of the ramp. Please pass this on to anyone on the north pontoons who is not in this group!",
]
_FENDER = (
    "Found: a blue fender with a white stripe, washed up by the slipway this morning. It is in our shed and we will "
    "keep it till Sunday."
)
_RIGGER = "Does anyone know a rigger who still comes out to the harbour? Our forestay snapped in the gale on Friday."
_ARCHIVE = "https://moorings.example.org/club/2025/06/"
_STAMPS = ("/club/posts/0605-0912/", "/club/posts/0604-1931/", "/club/posts/0603-1002/")


def _post(name: str, stamp: str, href: str, paragraphs: list[str], replies: str = "") -> str:
    lines = "".join(f"<div class='line'><div dir='auto'>{p}</div></div>" for p in paragraphs)
    return (
        f"<div class='slot'><div role='article' class='card post-card'><div class='post-head'><h3><a "
        f"href='/club/members/{name.lower()}/'>{name}</a></h3><div class='post-time'><a href='{href}'><span>{stamp}"
        f"</span></a></div></div><div class='message'>{lines}</div><div class='reactions'><span>12</span> <span "
        "class='comment-count'>4 comments</span></div><div class='actions' role='toolbar'><div role='button'>Like</div>"
        f"<div role='button'>Comment</div><div role='button'>Share</div></div>{replies}</div></div>"
    )


_REPLY = (
    "<div class='comments-list'><ul><li><div role='article' class='comment'><a href='/club/members/al/'>Al Pike</a>"
    "<div dir='auto'>Good to know, thanks for passing it on. The ramp is steep at low water though.</div></div></li>"
    "</ul></div>"
)


def _archive(stamps=_STAMPS, head: str = f"<link rel='canonical' href='{_ARCHIVE}'>", first=_NOTICE) -> str:
    others = [p for p in (_NOTICE, [_FENDER], [_RIGGER]) if p is not first]
    feed = (
        _post("Nora", "June 5 at 9:12 AM", stamps[0], first, _REPLY)
        + _post("Gus", "June 4 at 7:31 PM", stamps[1], others[0])
        + _post("Mei", "June 3 at 10:02 AM", stamps[2], others[1])
    )
    page = (
        f"<html><head><title>Portwell Moorings Group | June archive</title>{head}</head><body><div class='top'><h1>"
        f"Portwell Moorings Group</h1></div><div class='columns main-column'><div role='main' class='feed'><h2>June "
        f"2025</h2><div role='feed'>{feed}</div></div><div role='complementary' class='side'><h2>About</h2><p>A place "
        "for boat owners on the Portwell moorings to share notices, lost gear and tips.</p></div></div></body></html>"
    )
    return extract_article(page, _ARCHIVE).text


def test_the_small_posts_listed_after_the_story_go():
    text = _archive()
    assert _FENDER not in text and _RIGGER not in text, text
    assert all(p in text for p in _NOTICE)
    # near misses: stamps linking to anchors on the page itself (a live blog's entries) …
    assert _FENDER in _archive(stamps=("#p1", "#p2", "#p3"))
    # … a page with no address of its own to tell the posts' pages from, or one declaring itself a live blog …
    assert _FENDER in _archive(head="")
    live = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting"}</script>'
    assert _FENDER in _archive(head=f"<link rel='canonical' href='{_ARCHIVE}'>{live}")
    # … one post stamped with no link to a page of its own …
    assert _FENDER in _archive(stamps=(*_STAMPS[:2], "#p3"))
    # … or a long post that is not the listing's first, stays
    text = _archive(first=[_FENDER])
    assert _FENDER in text and all(p in text for p in _NOTICE), text
