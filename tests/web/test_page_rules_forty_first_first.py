"""Rules from the blind page set pages_final134 (measured once on 48ef822; bot.web.page_boxes, page_rules, page_mail):
a pull quote kept as the story's is read whatever its tag, an ``<aside>`` too; a quote block crediting a speaker the
story names but gives no words of their own elsewhere is the story's; a posting stamp with its poster and a year-less
date ("Posted on Saturday, June 7 @ 09:41:03 PDT by <handle>") goes; a thread whose first post holds the story loses the
replies under it and that post's signature; a table of other threads under a thread list's columns goes; a forum's
clock line goes; a forwarded message's framed label takes the forwarder's note above it. Pages and lines written for
the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a pull quote set as an aside ---------------------------------------------------------------------------------------


def _with_aside_pull_quote(line: str, story: str = QUAY_STORY) -> str:
    cut = story.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{story[:cut]}"
        f"<aside class='pullquote'><p>{line}</p></aside>{story[cut:]}</div></article>"
    )


def test_a_pull_quote_aside_giving_a_figure_said_nowhere_else_is_the_storys():
    line = "Rebuilding the south quay as well was costed at $2.4 million in a 2019 survey, and nothing has been saved."
    assert line in _with_aside_pull_quote(line)
    # near misses: an aside lifting the story's figure, or giving none, still goes (once, in its paragraph)
    told = (
        QUAY_STORY
        + "<p>Rebuilding the south quay as well was costed at $2.4 million, the treasurer said.</p>"
    )
    assert _with_aside_pull_quote(line, told).count("$2.4 million") == 1
    bare = "Rebuilding the south quay as well would cost far more, and nothing has been saved for it."
    assert bare not in _with_aside_pull_quote(bare)


# -- a quote crediting a speaker the story names but gives no words ------------------------------------------------------

_QUOTE = "“I have dived under a lot of quays, and I have never seen timber go this soft this fast.”"
_DID = (
    "<p>Maren Oyelaran piloted the survey barge along the north quay for three days in March, in a swell.</p>"
)


def _quote_page(box: str, named: str = _DID) -> str:
    story = QUAY_STORY + named
    cut = story.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{story[:cut]}{box}{story[cut:]}</div></article>"
    )


def test_a_quote_crediting_a_speaker_the_story_gives_no_words_is_the_storys():
    figure = f"<figure><blockquote>{_QUOTE}</blockquote><figcaption>— Maren Oyelaran, Quay Divers</figcaption></figure>"
    pull = f"<div class='pullquote'><p>{_QUOTE}</p><cite>— Maren Oyelaran, Quay Divers</cite></div>"
    for box in (figure, pull):
        text = _quote_page(box)
        assert _QUOTE in text and "— Maren Oyelaran, Quay Divers" in text, box
        assert "Paragraph 5 of the story" in text
        # near misses: a story that reports her words, or quotes them, makes the box a pull quote, and it goes
        for named in (
            "<p>Maren Oyelaran, the diver who surveyed the piles, told the board the timber was soft to the core.</p>",
            "<p>“It is the worst I have seen,” Maren Oyelaran, the diver who surveyed the piles, said on Tuesday.</p>",
        ):
            assert "timber go this soft" not in _quote_page(box, named), (box, named)


# -- line rules ----------------------------------------------------------------------------------------------------------


def test_a_posting_stamp_with_its_poster_goes():
    assert_rule_takes(
        "posting stamp with its poster",
        [
            "Posted on Saturday, June 7 @ 09:41:03 PDT by harbourmaster",
            "Posted by quaywatcher on Sat, June 7 @ 9:41 am",
            "Submitted by jhale on Sat, 06/07/2025 - 09:41",
            "Posted on Saturday, June 7 @ 09:41:03 PDT",
        ],
        [
            "Posted on June 7 by the harbourmaster, the notice said the quay would close.",
            "Published on June 7 by Quay Books, the guide sold out in a week.",
            "Submitted by the board on June 7, the plan drew 40 objections.",
        ],
    )


def test_a_forums_clock_goes():
    assert_rule_takes(
        "forum's clock",
        [
            "All times are GMT -5. The time now is 08:14 PM.",
            "All times are UTC - 5 hours [ DST ]",
            "All times are GMT. The time now is 21:02.",
            "All times are UTC+01:00. It is currently Sat Jun 07, 2025 9:41 pm.",
        ],
        [
            "All times are GMT.",
            "All times are local, the organisers said.",
            "All times are GMT -5, the harbour office said, and the ferry leaves at 8:14.",
        ],
    )


# -- a forwarded message's label ------------------------------------------------------------------------------------------


def test_a_forwarded_messages_label_takes_the_forwarders_note():
    note = [
        "3 views",
        "Nora Pike",
        "Oct 4, 2025, 8:12 AM",
        "At last! This ran in the Quay Times this morning.",
        "Nora",
    ]
    story = [
        *FERRY_STORY,
        "Ferry crews had asked the board to close the terminal since the winter storms, when the walkway moved.",
        "The pontoon at the fish quay will have a ramp for wheelchairs and a shelter, the board said.",
    ]
    forwarded = ["Subject: Harbour board to close old ferry terminal", *story]
    kept = cleaned([*note, "---------- Forwarded message ---------", *forwarded])
    assert kept[-5:] == story and not any("At last!" in ln or "Forwarded" in ln for ln in kept)
    # near misses: a reply's framed original stays under the reply; a note longer than the forward stays
    reply = [
        "Thanks Nora, the board's vote is good news for the quay and for the ferry crews who asked for it."
    ]
    assert reply[0] in cleaned([*reply, "-----Original Message-----", *forwarded])
    long_note = [*note[:3], " ".join(FERRY_STORY) + " " + " ".join(FERRY_STORY)]
    assert long_note[-1] in cleaned([*long_note, "---------- Forwarded message ---------", *forwarded])


# -- a thread whose first post holds the story ---------------------------------------------------------------------------

_STORY_POST = "".join(
    f"<div>Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey "
    "found the old timber piles had rotted through below the waterline in more than a dozen places.</div><br>"
    for i in range(9)
)
_REPLIES = (
    (
        "Tom Reyes",
        "9:02 AM",
        "Good news at last. I moor at the north quay and the ladder has been loose for two years.",
    ),
    (
        "Ana Ruiz",
        "12:47 PM",
        "Does anyone know whether the fish market moves while the work goes on? I sell there.",
    ),
    ("Nora Pike", "1:15 PM", "Ana, yes: the board says the market moves to the car park from March to June."),
)


def _post(name: str, clock: str, body: str) -> str:
    return (
        f"<section class='msg'><div class='head'><h3>{name}</h3><span>Oct 4, 2025, {clock}</span></div>"
        f"<div class='body'>{body}</div></section>"
    )


def _thread(first: str, replies=_REPLIES, first_clock: str = "8:14 AM") -> str:
    posts = _post("Nora Pike", first_clock, first) + "".join(_post(*reply) for reply in replies)
    return page_text(f"<div class='conversation'><h1>Fwd: Quay to be rebuilt</h1>{posts}</div>")


def test_the_replies_under_a_threads_story_go():
    signed = _STORY_POST + "<div>__________________<br>Fair winds — Kestrel, a 1979 Westerly 26</div>"
    text = _thread(signed)
    assert "Paragraph 8 of the story" in text and "Paragraph 0 of the story" in text
    assert "ladder has been loose" not in text and "fish market moves" not in text
    assert "Fair winds" not in text
    # near misses: a live blog's run, newest first …
    newest_first = _thread(_STORY_POST, first_clock="2:30 PM")
    assert "ladder has been loose" in newest_first and "fish market moves" in newest_first
    # … a conversation with no story in its first post …
    short = _thread(
        "<div>Has anyone heard what the harbour board decided about the north quay on Tuesday night?</div>"
    )
    assert "ladder has been loose" in short and "fish market moves" in short
    # … and a thread whose later post is more than a reply
    long_reply = ("Tom Reyes", "9:02 AM", _STORY_POST.replace("Paragraph", "My own note, part"))
    kept = _thread(_STORY_POST, (long_reply, *_REPLIES[1:]))
    assert "fish market moves" in kept and "My own note, part 8" in kept


# -- a table of other threads ---------------------------------------------------------------------------------------------


def _with_table(table: str) -> str:
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{QUAY_STORY}</div>{table}</article>"
    )


def test_a_table_of_other_threads_goes():
    rows = "".join(
        f"<tr><td><a href='/t/{i}'>{title}</a></td><td>{who}</td><td>{n}</td><td>06-0{i}-2025 07:12 PM</td></tr>"
        for i, (title, who, n) in enumerate(
            (
                ("Ladder on the north quay loose again?", "tomr", 19),
                ("Fish market hours this summer", "anar", 6),
            ),
            1,
        )
    )
    listing = (
        "<table><thead><tr><td colspan='4'>Similar Threads</td></tr><tr><td>Thread</td><td>Thread Starter</td>"
        f"<td>Replies</td><td>Last Post</td></tr></thead><tbody>{rows}</tbody></table>"
    )
    text = _with_table(listing)
    assert "Ladder on the north quay loose again?" not in text and "Fish market hours" not in text
    assert "Paragraph 5 of the story" in text
    # near misses: a table of results under other columns, or one listing column, stays
    for heads in (
        "<th>Race</th><th>Winner</th><th>Boats</th><th>Finish</th>",
        "<th>Race</th><th>Winner</th><th>Replies</th><th>Finish</th>",
    ):
        results = listing.replace(
            "<tr><td>Thread</td><td>Thread Starter</td><td>Replies</td><td>Last Post</td></tr>",
            f"<tr>{heads}</tr>",
        )
        assert "Ladder on the north quay loose again?" in _with_table(results), heads
