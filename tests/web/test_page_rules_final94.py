"""Rules from the thirty-first pass's blind page sets, pages_final94 and pages_final95 (measured once on 11afef9;
bot.web.page_tree, page_boxes, page_lines, page_rules): a live blog whose every post marks its body as the article's is
read whole, with its standfirst's linked item and its pager's "Displaying 1-9 of 9 updates" gone; a short sentence in a
block of the paragraphs' class is a paragraph; a drop cap's letter stays with its word; a small table of one picture
and its caption goes; a match report's "Referee: …" line; an alert banner above the headline by its role; a nonprofit
newsroom's appeal that it depends "on readers like you"; "Cite this article" as a heading over the post's reference.
Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import fold
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# A live blog's posts, newest first, each with its heading, time, body marked as the article's and share buttons (the
# first long enough for trafilatura to take it as the article).
_POSTS = [
    (
        "Chair claims victory",
        [
            "The board's chair, Ines Carvalho, has just told the meeting that the vote gives the harbour its first new "
            "quay since the war, and thanked the traders for their patience.",
            "“We have patched this quay for thirty years and tonight we stop patching,” Carvalho said, to applause "
            "from the public gallery.",
            "She said the works would start in March and the fish market would move to the east pontoon for the "
            "summer.",
        ],
    ),
    (
        "Board votes to rebuild",
        [
            "The harbour board has voted eight to one to rebuild the north quay next spring, after a survey found the "
            "old timber piles had rotted through below the waterline.",
            "That is the board's largest works vote in a decade.",
        ],
    ),
    (
        "Chair speaks",
        [
            "The board's chair, Ines Carvalho, told the meeting the quay had been patched for thirty years and could "
            "not be patched again without closing the fish market for a summer.",
        ],
    ),
    (
        "Survey published",
        [
            "The engineering survey published this afternoon lists more than a dozen places where the piles have "
            "failed, most of them under the old crane berth at the seaward end.",
        ],
    ),
    (
        "Traders worried",
        [
            "Fish traders at the market say they fear a long closure, and want the works timed for the winter months "
            "when the boats land less and the market opens only three days a week.",
        ],
    ),
    ("Meeting opens", ["The harbour board's meeting has opened at the town hall."]),
]


def _live_blog() -> str:
    posts = "".join(
        f'<article class="block"><header><p><time datetime="2026-05-02T2{i}:00">2{i}:00</time></p><h2>{head}</h2>'
        '</header><div class="block-body" itemprop="articleBody">'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + '</div><footer><button>Copy link to this post</button><a href="#">Facebook</a><a href="#">X</a></footer>'
        "</article>"
        for i, (head, paragraphs) in enumerate(_POSTS)
    )
    return (
        '<main class="content"><h1>Quay to be rebuilt: live</h1><div class="standfirst"><ul>'
        "<li>The board backs the rebuild by eight votes to one</li>"
        '<li><a href="/news/quay-explainer">What happens to the fish market now?</a></li></ul></div>'
        f'<div class="feed">{posts}</div>'
        '<div class="pager"><span>Displaying 1-5 of 5 updates</span> <a href="?page=2">Oldest</a></div></main>'
        '<aside><h2>Most read</h2><ol><li><a href="/a">Ferry fares to rise in June</a></li></ol></aside>'
    )


def test_a_live_blog_whose_posts_mark_their_bodies_is_read_whole():
    text = page_text(_live_blog())
    for _, paragraphs in _POSTS:
        for paragraph in paragraphs:
            assert paragraph in text
    assert "What happens to the fish market now?" not in text
    assert "Displaying 1-5 of 5 updates" not in text


def test_a_story_before_a_feed_of_cards_is_read_as_before():
    # (the story's own container comes first, outside the cards: the cards' containers keep their marks)
    cards = "".join(
        f'<article class="card"><h3>Card {i}</h3><div class="post-content"><p>Another story number {i} about the '
        "ferry timetable, its fares and the works at the pontoon this summer.</p></div></article>"
        for i in range(3)
    )
    text = page_text(f'<div itemprop="articleBody">{QUAY_STORY}</div><section>{cards}</section>')
    assert "Paragraph 5 of the story" in text
    assert "Another story number 1" not in text


def test_a_linked_item_above_the_first_paragraph_goes():
    links = frozenset({fold("What happens to the fish market now?"), fold("The board met in the town hall.")})
    lines = [
        "- The board met in the town hall.",
        "- The board backs the rebuild by eight votes to one",
        "- What happens to the fish market now?",
        *FERRY_STORY,
        "- What happens to the fish market now?",
    ]
    # (a linked item closing with a full stop is a sentence, and one after the first paragraph is the text's)
    assert cleaned(lines, links) == [lines[0], lines[1], *FERRY_STORY, lines[-1]]


def test_a_live_blog_pager_counter_goes_in_its_other_words():
    assert_rule_takes(
        "widget line",
        ["Displaying 1-9 of 9 updates Oldest", "Viewing 11-20 of 48 posts Older Newer"],
        ["Displaying 19 of the 20 paintings, the museum reopened its east wing."],
    )


def test_a_short_sentence_in_a_block_of_the_paragraphs_class_is_a_paragraph():
    paragraphs = [
        "The harbour board voted on Tuesday to close the old ferry terminal in June.",
        "Riders were less forgiving.",
        "Passengers will use a temporary pontoon at the fish quay until the new terminal opens.",
        "The board will publish the survey on its website next week, its chair said.",
    ]
    body = "".join(
        f'<div class="Paragraph_text__x1"><div class="Paragraph_text__7hJ">{p}</div></div>'
        for p in paragraphs
    )
    labels = '<div class="Paragraph_text__7hJ">Advertisement</div><div class="Label_x">Ferry fares.</div>'
    text = page_text(f"<main>{body}{labels}{QUAY_STORY}</main>")
    for paragraph in paragraphs:
        assert paragraph in text
    assert "Advertisement" not in text and "Ferry fares." not in text


def test_a_drop_cap_stays_with_its_word():
    first = (
        "n the quay at dawn, the boats wait in rows under the crane, their nets hung out to dry on the rails."
    )
    body = (
        f'<article><p class="has-drop-cap"><span class="dropcap" aria-hidden="true">I</span>{first}</p>'
        f"<p><strong>Update:</strong> The board met again on Friday and confirmed its vote.</p>{QUAY_STORY}</article>"
    )
    text = page_text(body)
    assert "I" + first in text
    assert "Update: The board met again on Friday" in text


def test_a_small_table_of_a_picture_and_its_caption_goes():
    caption = "Staff photo: Crews clear the collapsed timber from the north quay on Monday morning."
    one_cell = (
        '<p><table width="300"><tr><td align="center"><img src="/img/quay.jpg" width="290"><br>'
        f'<font size="1"><i>{caption}</i></font></td></tr></table></p>'
    )
    two_rows = (
        '<table class="mcnCaptionBottomContent"><tr><td><img src="/img/pier.jpg"></td></tr>'
        "<tr><td>The lower quay at low tide. Normally you cannot see the piles for weed.</td></tr></table>"
    )
    text = page_text(f"<article>{QUAY_STORY}{one_cell}{two_rows}{QUAY_STORY}</article>")
    assert "Crews clear the collapsed timber" not in text
    assert "The lower quay at low tide" not in text
    assert "Paragraph 5 of the story" in text


def test_a_table_of_a_picture_beside_data_or_a_long_text_stays():
    data = (
        '<table><tr><td><img src="/img/chart.png"></td><td>Pier</td><td>Piles failed</td></tr>'
        "<tr><td>North</td><td>14</td><td>since 2019 survey</td></tr></table>"
    )
    long_text = " ".join(
        ["The board's survey found rot in the north quay's timber piles below the waterline."] * 6
    )
    long_cell = f'<table><tr><td><img src="/img/quay.jpg"></td><td>{long_text}</td></tr></table>'
    text = page_text(f"<article>{QUAY_STORY}{data}{long_cell}</article>")
    assert "Piles failed" in text
    assert "found rot in the north quay" in text


def test_a_match_report_facts_line_goes():
    assert_rule_takes(
        "match facts' line",
        [
            "Referee: Dominic Ashworth",
            "- Referee: Jo Lim (Leeds)",
            "Assistant referees: Sam Reyes, Ada Moss",
            "Attendance: 6,412",
        ],
        [
            "Referee: Dominic Ashworth sent off two players before half-time.",
            "The referee, Dominic Ashworth, said he saw no foul.",
            "Attendance: down by a third since the club moved grounds.",
        ],
    )


def test_an_alert_banner_above_the_headline_goes():
    banner = "Alert: Harbour offices will close at noon on Friday, March 8, for staff training."
    body = (
        f'<div role="alert"><strong>Alert:</strong> {banner[7:]} <a href="/alerts/12">Read On...</a></div>'
        f"<h1>Quay to be rebuilt</h1><article>{QUAY_STORY}</article>"
    )
    assert banner not in page_text(body)
    # (with no <h1>, above the first paragraph of prose)
    body = f'<div role="alert">{banner}</div><table><tr><td>{QUAY_STORY}</td></tr></table>'
    assert banner not in page_text(body)


def test_an_alert_inside_the_article_or_after_the_headline_stays():
    note = "Editor's note: This story was updated on Tuesday to add the board's vote on the quay."
    body = f'<h1>Quay to be rebuilt</h1><div class="alert alert-info" role="alert">{note}</div>{QUAY_STORY}'
    assert note in page_text(body)
    body = f'<article><div role="alert">{note}</div><h2>Quay to be rebuilt</h2>{QUAY_STORY}</article>'
    assert note in page_text(body)


def test_a_nonprofit_newsroom_depending_on_its_readers_is_an_appeal():
    assert_rule_takes(
        "appeal for support",
        [
            "The Quay Ledger is a nonprofit newsroom. We don't have a paywall, and we don't take money from the "
            "companies we cover. Reporting like this takes months and depends on readers like you."
        ],
        [
            "The Quay Ledger is a nonprofit newsroom that depends on readers like you, its editor said.",
            "The harbour board depends on readers of its survey to report rot.",
        ],
    )


def test_cite_this_article_as_a_heading_goes_with_the_reference_under_it():
    reference = (
        "Doe, J. Harbour piles rot below the waterline. Quay Ledger (2024). https://doi.org/10.5555/ql.2024.1"
    )
    assert cleaned([*FERRY_STORY, "Cite this article", reference]) == FERRY_STORY
    assert_rule_takes(
        "how to cite the post",
        ["Cite this article", "How to cite"],
        ["Cite this article's figures with care.", "Cite the survey, the board told its engineers."],
    )
    # (a reference under any other heading is the text's)
    assert cleaned([*FERRY_STORY, "Further reading", reference])[-1] == reference
