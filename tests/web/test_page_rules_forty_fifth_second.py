"""Rules from the blind page sets pages_final151 and pages_final152 (measured on 3485c0c7 and ab70bd55; bot.web.page_lines,
page_boxes, page_rules): a newsletter's closing line asking the reader to say what the writer got wrong stays, the lines
under it going; a short pull quote that the next paragraph points back at ("That was how <Name> … described …") stays,
whatever element of the box names the role; a poll set as a list of lone buttons goes with its box; cards whose buttons
name their headings go with a line of facts under the name; a lone reply answering the thread's first poster by name
goes; a body's tax status line goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_tree import readable_tree
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a newsletter's closing line asking for the writer's slips ----------------------------------------------------------

_SLIPS = (
    "That's it for this week. As always, if I got something wrong, reply to this email and tell me — I read every "
    "one, even the angry ones."
)


def test_a_closing_line_asking_what_the_writer_got_wrong_stays():
    for line in (
        _SLIPS,
        "That's all from me. If I've made a mistake about the terminal, just hit reply and I'll fix it.",
    ):
        assert cleaned([*FERRY_STORY, line]) == [*FERRY_STORY, line], line
    # the short lines under it still go
    assert cleaned([*FERRY_STORY, _SLIPS, "— Jo", "Share The Quay Letter"]) == [*FERRY_STORY, _SLIPS]
    # near misses: a call for tips or questions, or an "if I" naming no slip of the writer's, still goes
    for tail in (
        ["That's it for this week. If you have a tip about the ferry, just hit reply."],
        ["That's it for this week. If I see you at the quay, say hello — or just hit reply.", "— Jo"],
        ["That's it for today. Reply to this email with tips, corrections or questions."],
    ):
        assert cleaned([*FERRY_STORY, *tail]) == FERRY_STORY, tail


# -- a pull quote the next paragraph points back at -----------------------------------------------------------------------

_QUOTE = (
    "<aside class='story-pullquote'><p class='story-pullquote__text'>“It was never about the piles for me. It was "
    "about whether the people who fish off the quay were asked.”</p></aside>"
)


def _story(after: str) -> str:
    return page_text(f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY}{_QUOTE}<p>{after}</p></article>")


def test_a_pull_quote_the_next_paragraph_points_back_at_stays():
    text = _story(
        "That was how board member Lena Morrow, who cast the deciding vote, described her position after the meeting. "
        "Morrow said she backed the rebuilding but not the way it was planned."
    )
    assert "who fish off the quay were asked" in text, text
    # near misses: a next paragraph that points back at nothing said …
    text = _story(
        "That was in March, when the survey came back and the board first closed the north end of the quay."
    )
    assert "who fish off the quay were asked" not in text, text
    # … or that goes on with the story
    text = _story("The board will vote on the rebuilding contract on March 3, and bids close in February.")
    assert "who fish off the quay were asked" not in text, text


# -- a poll set as a list of lone buttons ---------------------------------------------------------------------------------


def _poll(items: str) -> str:
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{QUAY_STORY}"
        f"<div class='poll'><p>Will you still moor at the north quay next summer?</p><ul>{items}</ul>"
        "<p>Sign in to take part in polls.</p></div>"
        "<p>The harbour board meets again on March 3 to choose a contractor for the rebuilding work.</p></div></article>"
    )


def test_a_poll_of_lone_buttons_goes():
    text = _poll(
        "<li><button>Yes</button></li><li><button>No</button></li><li><button>Not sure yet</button></li>"
    )
    assert "moor at the north quay next summer" not in text, text
    assert "choose a contractor" in text and "Paragraph 5 of the story" in text
    # near miss: items with words of their own beside the button are no choice
    text = _poll(
        "<li>The north quay reopens in June for moorings. <button>Map</button></li>"
        "<li>The fish quay stays open all year for moorings. <button>Map</button></li>"
    )
    assert "moor at the north quay next summer" in text, text


# -- cards whose buttons name their headings, a line of facts under the name ----------------------------------------------


def _card(name: str, facts: str, bio: str) -> str:
    return (
        f"<div class='pet'><img src='/img/{name.lower()}.jpg' alt=''><span>Foster me!</span><h3>{name}</h3>"
        f"<p>{facts}</p><p>{bio}</p><a class='btn' href='/pets/{name.lower()}'>Meet {name}</a></div>"
    )


def _newsletter(cards: tuple[str, str]) -> str:
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1>{QUAY_STORY[: len(QUAY_STORY) // 2]}{cards[0]}"
        f"{QUAY_STORY[len(QUAY_STORY) // 2 :]}{cards[1]}<p>Thank you all for a wonderful spring at the shelter.</p>"
        "</article>"
    )


def test_cards_whose_buttons_name_them_go_with_a_line_of_facts():
    text = _newsletter(
        (
            _card(
                "Moss",
                "2 years · female · black lab mix",
                "Moss loves the beach and has never met a stick she did not want to carry home.",
            ),
            _card(
                "Pike",
                "6 months · male · brindle and white",
                "Pike came to us from a farm up the valley and sleeps through anything but the dinner bell.",
            ),
        )
    )
    assert "never met a stick" not in text and "dinner bell" not in text, text
    assert "Paragraph 5 of the story" in text
    # near miss: a second line of prose in each card makes it more than a card
    text = _newsletter(
        (
            _card(
                "Moss",
                "She is two years old and came to us in May.",
                "Moss loves the beach and has never met a stick she did not want to carry home.",
            ),
            _card(
                "Pike",
                "He is six months old and came to us in June.",
                "Pike came to us from a farm up the valley and sleeps through anything but the dinner bell.",
            ),
        )
    )
    assert "never met a stick" in text and "dinner bell" in text, text


# -- a lone reply answering the thread's first poster by name ---------------------------------------------------------------

_STORY_POST = "".join(
    f"<div>Part {i} of the notice says the harbour board will rebuild the north quay next spring, after a survey "
    "found the old timber piles had rotted through below the waterline in more than a dozen places.</div><br>"
    for i in range(9)
)


def _post(name: str, clock: str, body: str) -> str:
    return (
        f"<section class='message'><div class='top'><h3>{name}</h3><span>May 6, 2025, {clock}</span></div>"
        f"<div class='text'>{body}</div></section>"
    )


def _thread(reply: tuple[str, str, str]) -> str:
    """The page's tree as the boxes' rules leave it (trafilatura leaves a lone short post out on a page this small, so
    the rule is read before it)."""
    posts = _post("Maren Holt", "8:14 AM", _STORY_POST) + _post(*reply)
    page = (
        f"<html><body><div class='conversation'><h1>Fwd: Quay to be rebuilt</h1>{posts}</div></body></html>"
    )
    tree, _ = readable_tree(page)
    return " ".join(" ".join(tree.itertext()).split())


def test_a_lone_reply_answering_the_first_poster_by_name_goes():
    text = _thread(
        ("Ivo Brandt", "10:31 AM", "Thanks Maren. Does anyone know whether the fish market moves too?")
    )
    assert "fish market moves" not in text, text
    assert "Part 8 of the notice" in text and "Part 0 of the notice" in text
    # near misses: a lone post naming no one …
    text = _thread(
        ("Ivo Brandt", "10:31 AM", "Does anyone know whether the fish market moves while the work goes on?")
    )
    assert "fish market moves" in text, text
    # … or the first poster's own second post
    text = _thread(
        ("Maren Holt", "10:31 AM", "Maren again: the fish market moves to the car park from March.")
    )
    assert "fish market moves" in text, text


# -- a body's tax status ----------------------------------------------------------------------------------------------------


def test_a_bodys_tax_status_line_goes():
    assert_rule_takes(
        "body's tax status",
        [
            "A 501(c)(3) not-for-profit organization. All donations are tax deductible.",
            "Kelso Harbour Rowing Club is a registered 501(c)(3) nonprofit organization; contributions are "
            "tax-deductible to the extent allowed by law.",
            "The Friends of Marrow Park are a 501(c)(3) charitable organization.",
        ],
        [
            # goes on
            "The rowing club, a 501(c)(3) nonprofit, raised $40,000 for the new boathouse last year.",
            # reported
            "Donations are tax deductible, the club's treasurer said.",
            # the gift's line alone
            "Donations are tax deductible.",
            # narrates
            "The corps became a 501(c)(3) not-for-profit organization in 1987, and donations have grown since.",
        ],
    )
