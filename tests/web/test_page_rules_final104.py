"""Rules from the blind page sets pages_final104 and pages_final105 (measured once on 2bcd0f2; bot.web.page_rules,
page_lines, page_boxes, page_posts): the site's own note labelled by its name or its initials goes; a pager's or back
link's line opening on an arrow goes; an old site's news list run into one line, a date before each link, goes; a
layout cell of a calendar's dates or a guest book's entries goes; a longer side column of cells goes when one of its
boxes closes a sentence or the issue's label stands under it; a newsletter's call to pass the issue on goes; a forum
topic's summary line goes; a follow call under a label in capitals goes; and a discussion page whose submitter pasted
the article into a post of their own is read from that post. Pages and lines written for the test; near misses must
stay."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bot.errors import LinkError
from bot.web import page_boxes
from bot.web.article import extract_article
from bot.web.page_rules import fold
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned

# -- the site's own note, labelled by its name or its initials ---------------------------------------------------------


def _page_paragraphs(title: str, paragraphs: list[str]) -> list[str]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    tree = lxml_html.fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    page_boxes.drop_site_notes(tree)
    return [" ".join(p.text_content().split()) for p in tree.iter("p")]


_CLUB_TITLE = "Member News: Ferry terminal to close - Harbour County Press Club"


def test_the_sites_note_labelled_by_its_initials_or_its_name_goes():
    notes = [
        "<strong>HCPC note:</strong> The Harbour County Press Club has asked the board to publish the survey in full.",
        "Harbour County Press Club note: Members with questions should contact the club office.",
        "HCPC editor's note: This story first ran in the Quay Gazette.",
    ]
    assert _page_paragraphs(_CLUB_TITLE, [*FERRY_STORY, *notes]) == FERRY_STORY
    # (an editor's note naming no site, another body's initials, one word of the site's name, a page naming no site)
    kept = [
        "Editor's note: This story was updated to correct the date of the vote.",
        "EPA note: The agency's survey covers only the north pier.",  # (not this site's initials)
        "Press note: The board's survey is published on its website.",  # (one word of the site's name)
        "HCPC note: the same note on a site with no name given",
    ]
    assert _page_paragraphs(_CLUB_TITLE, [*FERRY_STORY, *kept[:3]]) == [*FERRY_STORY, *kept[:3]]
    assert _page_paragraphs("Ferry terminal to close", [*FERRY_STORY, kept[3]]) == [*FERRY_STORY, kept[3]]


# -- a pager's or a back link's line opening on an arrow ---------------------------------------------------------------


def test_a_back_or_next_link_line_opening_or_closing_on_an_arrow_goes():
    lines = ["<< Back to index", "« Previous: Quay fees rise again", "Next story: Pier survey published »"]
    links = frozenset(fold(line) for line in lines)
    assert cleaned([*FERRY_STORY[:2], lines[0], FERRY_STORY[2], *lines[1:]], links) == FERRY_STORY
    # (a quotation in guillemets, linked or not, and an arrow line that is no link of the page)
    quote = "« Nous fermerons le terminal en juin »"
    arrow = "<< Back to index"
    kept = cleaned([*FERRY_STORY, quote, arrow], frozenset({fold(quote)}))
    assert kept[-2:] == [quote, arrow]


# -- an old site's news list run into one line, a date before each link ------------------------------------------------

_NEWS = ["Quorum court tables jail budget vote", "Ice storm leaves 1,100 without power", "Back to index"]
_NEWS_LINKS = frozenset(fold(t) for t in _NEWS)


def test_a_news_list_of_dated_links_under_its_heading_goes():
    line = f"RECENT LOCAL NEWS 03/08/2007 {_NEWS[0]} 03/01/2007 {_NEWS[1]} << {_NEWS[2]}"
    assert cleaned([*FERRY_STORY, line], _NEWS_LINKS) == FERRY_STORY
    by_month = f"| LATEST Mar 8 {_NEWS[0]} Mar 1 {_NEWS[1]} |"
    assert cleaned([*FERRY_STORY, by_month], _NEWS_LINKS) == FERRY_STORY
    # (a dated line with words that are no link's)
    line = f"RECENT LOCAL NEWS 03/08/2007 {_NEWS[0]} 03/01/2007 the board met again on Tuesday"
    assert cleaned([*FERRY_STORY, line], _NEWS_LINKS)[-1] == line


# -- a layout cell of a calendar's dates or a guest book's entries -----------------------------------------------------


def test_a_calendar_cell_of_dated_entries_goes():
    cells = [
        "| Community Calendar Mar. 17 - Pancake breakfast, Fire Hall, 7-11 a.m. Mar. 20 - County Commission, "
        "Courthouse, 9 a.m. Full calendar |",
        "| COMING UP May 12 - Township engineer at the schoolhouse May 17 - Plant sale, church basement |",
    ]
    assert cleaned([*FERRY_STORY, *cells]) == FERRY_STORY
    # (dated lines under another heading, outside a cell, or one entry alone)
    timeline = "| TIMELINE Mar. 3 - Fire breaks out at the mill Mar. 4 - Owners promise to rebuild |"
    line = "Community Calendar Mar. 17 - Pancake breakfast, Fire Hall Mar. 20 - County Commission, Courthouse"
    single = "| Coming up May 12 - Township engineer at the schoolhouse |"
    assert cleaned([*FERRY_STORY, timeline, line, single])[-3:] == [timeline, line, single]


def test_a_guest_book_cell_goes():
    cell = (
        '| FROM OUR GUESTBOOK "Found your page looking for my great-grandpa. Do you have any pictures?" - Janet K., '
        'Sacramento CA "Great site!!" - the Lindqvist family Read more entries - Sign our guestbook |'
    )
    assert cleaned([*FERRY_STORY, cell, "| GUESTBOOK Sign it today |"]) == FERRY_STORY
    # (a cell mentioning a guest book in its words, or the box's words in a line that is no cell)
    own = "| The museum's guest book, signed by the governor in 1861, is on show until June. |"
    line = 'FROM OUR GUESTBOOK "Great site!!" - the Lindqvist family'
    assert cleaned([*FERRY_STORY, own, line])[-2:] == [own, line]


# -- a longer side column of cells above the text ----------------------------------------------------------------------

_COLUMN = [
    "| | Riverside Neighbors News from along the river since 1996 | |",
    "| MENU |",
    "| Home Current Issue Back Issues Photo Album Links E-mail us |",
    "| BIRTHDAYS Ann Berg (May 3) Grandpa Olaf - 90 years young! (May 21) |",
]
_WEATHER = "| WEATHER CORNER Rain for April: 3.4 inches. Last frost was April 19th. |"
_ISSUE = "Spring 2003 | Volume 8, Issue 2"


def test_a_side_column_of_four_cells_or_more_loses_its_cells_closing_no_sentence():
    assert cleaned([*_COLUMN, _WEATHER, _ISSUE, *FERRY_STORY]) == [_WEATHER, _ISSUE, *FERRY_STORY]
    # (with no cell closing a sentence, over the issue's label)
    assert cleaned([*_COLUMN, _ISSUE, *FERRY_STORY]) == [_ISSUE, *FERRY_STORY]
    # (three cells over a short line may be the story's own kicker, headline and byline)
    assert cleaned([*_COLUMN[1:], _ISSUE, *FERRY_STORY])[:3] == _COLUMN[1:]
    # (as many cells closing a sentence as not: the story's own boxes)
    boxes = [
        *_COLUMN[1:3],
        "| The harbour board met on Tuesday. |",
        "| Its survey is online. |",
    ]
    assert cleaned([*boxes, _ISSUE, *FERRY_STORY])[:4] == boxes
    # (a column over two short lines, not the text)
    assert cleaned([*_COLUMN, _ISSUE, "By Jo Lim", *FERRY_STORY])[:4] == _COLUMN


# -- line rules -------------------------------------------------------------------------------------------------------


def test_a_newsletters_call_to_pass_the_issue_on_goes():
    assert_rule_takes(
        "call to pass the issue on",
        [
            "Know someone who would like this? Forward it to a friend. It costs nothing and it makes my week.",
            "Enjoyed this issue? Share it with a friend.",
            "Do you know anyone who might enjoy this?",
            "Enjoyed this? Pass it on to a friend.",
        ],
        [
            # (who passed what on, in the story's words)
            "She forwarded it to a friend at the council.",
            "Know someone who would like this? the mayor asked the crowd.",
            "The clerk said residents could forward it to a friend.",
        ],
    )


def test_a_forum_topics_summary_line_goes():
    assert_rule_takes(
        "forum topic's summary line",
        [
            "There are 5 replies with an estimated read time of 2 minutes.",
            "There is 1 reply.",
            "There are 12 comments on this story.",
        ],
        [
            # (a count that goes on about something else)
            "There were 5 replies to the council's survey.",
            "There are 5 replies to the consultation so far, the clerk said.",
        ],
    )


def test_a_follow_call_under_a_label_in_capitals_goes():
    assert_rule_takes(
        "call to action",
        [
            "PAY ATTENTION: Join Harbourline’s WhatsApp channel for the latest news, delivered straight to your phone.",
            "IMPORTANT: Follow Harbourline on Telegram for breaking news.",
        ],
        [
            # (the label over a line that narrates, or a label that is no capitals)
            "PAY ATTENTION: Residents can join the council's WhatsApp group to hear about closures.",
            "Note: the board will follow the survey's advice on the north pier.",
        ],
    )


# -- a discussion page whose submitter pasted the article into a post --------------------------------------------------

_PASTED = [
    f"Paragraph {i} of the pasted story says the harbour board voted on Tuesday to close the old ferry terminal in "
    "June, after an engineering survey found corrosion in two of the piers that carry the passenger walkway, and that "
    "passengers will use a temporary pontoon at the fish quay until the new terminal opens."
    for i in range(6)
]
_LEAD_IN = "It's paywalled for most people, so here is the full text of the article:"


def _discussion(poster: str, paste: list[str], meta_author: str | None = None) -> str:
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    posts = [
        (poster, _LEAD_IN + "".join(f"<p>{p}" for p in paste)),
        ("kestrel_dev", "Thanks for pasting. The bit about the piers is the whole story."),
        ("quietloop", "The pontoon at the fish quay floods at every spring tide.<p>Good luck to them."),
    ]
    rows = "".join(
        f'<tr class="comtr"><td><span class="comhead"><a href="user?id={who}">{who}</a> '
        f'<a href="item?id={i}">3 hours ago</a></span><div class="comment"><div class="commtext">{text}</div>'
        f'<div class="reply"><a href="reply?id={i}">reply</a></div></div></td></tr>'
        for i, (who, text) in enumerate(posts)
    )
    return (
        f"<html><head><title>Harbour board to close ferry terminal | Linkboard</title>{meta}</head><body>"
        '<table><tr><td><a href="https://quaygazette.example/ferry">Harbour board to close ferry terminal</a> '
        '<span class="subline">147 points by <a href="user?id=kit_w">kit_w</a> | '
        '<a href="item?id=9">3 comments</a></span></td></tr></table>'
        f'<form><textarea name="text"></textarea><input type="submit" value="add comment"></form>'
        f'<table class="comment-tree">{rows}</table></body></html>'
    )


def test_the_article_the_submitter_pasted_into_a_post_is_read():
    text = extract_article(_discussion("kit_w", _PASTED), "https://linkboard.example/item?id=9").text
    assert text.split("\n\n") == _PASTED  # (the lead-in closing on its colon goes, and so do the other posts)
    # (the submitter named by the page's metadata rather than a link above the posts)
    page = _discussion("kit_w", _PASTED, meta_author="kit_w").replace(
        'by <a href="user?id=kit_w">kit_w</a>', ""
    )
    assert extract_article(page, "https://linkboard.example/item?id=9").text.split("\n\n") == _PASTED
    # (a long post by another reader, or a paste shorter than an article, is not read)
    with pytest.raises(LinkError):
        extract_article(_discussion("quietloop", _PASTED), "https://linkboard.example/item?id=9")
    with pytest.raises(LinkError):
        extract_article(_discussion("kit_w", _PASTED[:3]), "https://linkboard.example/item?id=9")
