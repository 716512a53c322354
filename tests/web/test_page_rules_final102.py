"""Rules from the blind page sets pages_final102 and pages_final103 (measured once on 0a44e27; bot.web.page_rules,
page_boxes): an appeal's heading naming the outlet's own work goes; a member wall's perk opening on "Access all"
goes; the readers' replies that close a thread of posts go while the thread's own posts stay. Pages and lines written
for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web import page_boxes
from tests.support.page_lines import assert_rule_takes


def test_an_appeals_heading_naming_the_outlets_own_work_goes():
    assert_rule_takes(
        "donation box's pitch",
        ["Support our work", "Support our mission", "Please support our work today"],
        [
            # (someone else's cause, or support as news)
            "Support our troops",
            "Support our schools",
            "Support for our work grew",
        ],
    )


def test_a_member_walls_perk_opening_on_access_all_goes():
    assert_rule_takes(
        "paywall's access offer",
        ["Access all member-only stories on Harbourline", "- Access every subscriber story and the archive"],
        [
            # (access to anything but stories, or reported)
            "Access all areas passes sold out in an hour",
            "Access all the records, the lawyer told the court",
        ],
    )


def _post(who: str, handle: str, text: str, *, reply_to: str | None = None) -> str:
    mention = (
        f'<a href="https://social.example/@{reply_to}" class="mention">@<span>{reply_to}</span></a> '
        if reply_to
        else ""
    )
    return (
        f'<article><div class="status"><a href="https://social.example/@{handle}">'
        f'<img src="a.png" alt=""><strong>{who}</strong> <span>@{handle}</span></a>'
        f'<time datetime="2026-06-03T14:00:00Z">06/03</time><p>{mention}{text}</p></div></article>'
    )


def _thread(*posts: str) -> str:
    tree = lxml_html.fromstring(
        f"<html><body><h1>Harbour fees</h1><div class='thread'>{''.join(posts)}</div></body></html>"
    )
    page_boxes.drop_reply_runs(tree)
    return " ".join(tree.text_content().split())


_OWN = [
    _post(
        "Ann Lee",
        "annlee",
        f"Part {i}: the harbour board voted to raise mooring fees by 12 percent next spring.",
    )
    for i in range(3)
]


def test_the_replies_that_close_a_thread_go_and_its_own_posts_stay():
    text = _thread(
        *_OWN,
        _post("Bo Finn", "bofinn", "Great news, thanks for posting the whole story here.", reply_to="annlee"),
        _post("Cy Ross", "cyross", "Did the board say when the vote takes effect?", reply_to="annlee"),
    )
    assert "Part 0" in text and "Part 2" in text
    assert "Great news" not in text and "Did the board say" not in text


def test_a_single_reply_or_a_reply_inside_the_thread_stays():
    lone = _thread(*_OWN, _post("Bo Finn", "bofinn", "Great news, thanks for posting.", reply_to="annlee"))
    assert "Great news" in lone
    # (a post answering someone in the middle of the thread, followed by the thread's own posts)
    middle = _thread(
        _OWN[0],
        _post("Ann Lee", "annlee", "Part 1: as Bo asked, the vote takes effect in March.", reply_to="bofinn"),
        _post("Ann Lee", "annlee", "Part 2: fees for visiting yachts stay the same.", reply_to="bofinn"),
        _OWN[2],
    )
    assert "as Bo asked" in middle and "visiting yachts" in middle
