"""Rules written on the misses of pages_final49: a recirculation label set off in brackets ("[ Related: … ]"), the lead
picture's credit after "via", an appeal to readers who find the outlet's coverage useful, a social embed's fixed lines
("View this post on Instagram", "A post shared by … (@…)") and a plug for the outlet's podcast (bot.web.page_rules); a
link preview opening on its host name, and a thread's replies in classless wrappers, avatar or not when each opens on a
mention (bot.web.page_boxes). Lines and pages written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule

# -- line rules -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "[ Related: Harbour board says the north wall needs rebuilding within five years ]",
            "promotion label",
        ),
        ("[Read more: Skippers face higher mooring fees]", "promotion label"),
        ("Top image via Jo Marsh / Instagram and a Ledger reader", "photo credit"),
        ("Featured photo via Harbour Board", "photo credit"),
        (
            "The Quay Notes is written by volunteers. If our harbour coverage is useful to you, chip in $4 a month.",
            "appeal to readers who value the news",
        ),
        (
            "If our court reporting is useful, contribute $3 on Ko-fi toward transcript fees.",
            "appeal to readers who value the news",
        ),
        ("View this post on Instagram", "social embed's fixed line"),
        ("A post shared by Quay Skippers (@quay.skippers)", "social embed's fixed line"),
        ("A video shared by jo.marsh (@jo.marsh)", "social embed's fixed line"),
        (
            "Follow and listen to our podcast, Low Tide, here. New episodes every Monday wherever you listen.",
            "podcast plug",
        ),
        ("Tune in to our daily podcast for the week's harbour news.", "podcast plug"),
    ],
)
def test_furniture_lines_go(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "[Related: to the 2019 ruling] the judge wrote that the board had erred.",
        "(Related: the board's earlier vote on the wall.)",
        "Images via satellite show the gap in the north wall widening since January.",
        "Top image via the harbour board's drone shows the breach, officials said.",
        "If our coverage is useful to you, tell us, the editor wrote.",
        "If this work is valuable to the town, the council should fund it, she said.",
        "He viewed the post on Instagram last week and called the board.",
        "A post shared by the mayor on Monday drew more than 2,000 replies.",
        "Listeners who follow our podcast know the wall has been failing for years.",
        "Listen to our podcast interview with the harbour master, the editor told listeners.",
    ],
)
def test_news_lines_stay(line):
    assert furniture_rule(line) is None


# -- pages ------------------------------------------------------------------------------------------------------------

_POST = [
    "The harbour board voted on Wednesday to rebuild the north breakwater over the next two winters, after storms in "
    "January opened a gap of nearly forty metres in the old stone wall.",
    "The board expects the work to cost about eleven million pounds, most of it from a coastal defence grant, and the "
    "rest from a rise in mooring fees that members agreed in principle last month.",
    "Skippers who moor in the inner basin said the rise was a fair price for a wall that keeps their boats afloat, "
    "though several asked the board to spread it over three years rather than two.",
]
_CARD = (
    '<a class="status-card" href="https://www.harbourledger.example.org/news/breakwater/">'
    '<div class="status-card__content"><span class="status-card__host">harbourledger.example.org</span>'
    "<strong>Board votes to rebuild the north breakwater by 2028</strong>"
    "<span>Mooring fees will rise to cover part of the cost.</span></div></a>"
)


def _reply(handle: str, to: str, words: str, avatar: bool) -> str:
    picture = '<img src="/avatars/a.png" alt="">' if avatar else ""
    return (
        '<div tabindex="-1"><div class="status__wrapper"><div class="status">'
        f'<div class="status__info"><a href="/@{handle}/1"><time datetime="2026-03-19T21:19:41Z">Mar 19</time></a>'
        f'<a href="/@{handle}">{picture}<span>{handle.title()}</span> <span>@{handle}</span></a></div>'
        f'<div class="status__content"><p><span class="h-card"><a class="mention" href="/@{to}">@<span>{to}</span>'
        f"</a></span> {words}</p></div></div></div></div>"
    )


def _status_page(after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _POST)
    return (
        "<html><head><title>Quay Notes</title></head><body><div class='column'><h1>Post</h1>"
        "<div class='item-list'><div tabindex='-1'><div class='focusable detailed-status__wrapper'>"
        f"<div class='detailed-status'><div class='status__content__text'>{body}</div>{_CARD}</div></div></div>"
        f"{after}</div></div></body></html>"
    )


_REPLIES = _reply(
    "jomarsh", "quaynotes", "Will the fees rise for the small boats as well, or only the big ones?", True
) + (
    _reply("quaynotes", "jomarsh", "Only the boats over ten metres, the board says, from next April.", False)
    + _reply(
        "skipper",
        "quaynotes",
        "Inner basin mooring here. A fair price if the wall actually holds this time.",
        False,
    )
)


def test_a_link_preview_goes():
    text = extract_article(_status_page(""), "https://social.example.org/@quaynotes/1", min_words=1).text
    assert all(p in text for p in _POST), text
    assert "harbourledger.example.org" not in text and "Board votes to rebuild" not in text


def test_a_thread_of_replies_goes_avatars_or_not():
    text = extract_article(
        _status_page(_REPLIES), "https://social.example.org/@quaynotes/1", min_words=1
    ).text
    assert all(p in text for p in _POST), text
    assert "small boats as well" not in text and "ten metres" not in text and "fair price if" not in text


def test_a_host_name_linked_in_a_sentence_stays():
    linked = (
        'The full plan is on <a href="https://harbourledger.example.org/plan"><span>harbourledger.example.org</span>'
        "</a>, where the board has posted its drawings for the new wall and its timetable."
    )
    page = _status_page("").replace(f"<p>{_POST[2]}</p>", f"<p>{_POST[2]}</p><p>{linked}</p>")
    text = extract_article(page, "https://social.example.org/@quaynotes/1", min_words=1).text
    assert "The full plan is on harbourledger.example.org, where the board" in text


def test_posts_that_answer_no_one_stay_without_avatars():
    # look-alike dated posts with no avatar that open on no mention (a self-thread's parts) are not replies
    thread = "".join(
        _reply("quaynotes", "x", w, False).replace('<a class="mention" href="/@x">@<span>x</span></a>', "")
        for w in (
            "Part two: the fees will rise from April for the boats over ten metres.",
            "Part three: work starts in October.",
        )
    )
    text = extract_article(_status_page(thread), "https://social.example.org/@quaynotes/1", min_words=1).text
    assert "fees will rise from April" in text and "work starts in October" in text
