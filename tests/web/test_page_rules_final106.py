"""Rules from the blind page sets pages_final106 and pages_final107 (measured once on 5371808; bot.web.page_tree,
page_boxes, page_lines, page_rules): a short sentence in a block of the same inline style as the page's paragraphs is a
paragraph too; a quote box named a pull quote that repeats nothing the page says stays; a poll put as submit buttons
goes with its box; a chart drawn in boxes goes with its heading; a caption named so right after a picture's own wrapper
goes; the readers' replies closing a thread of one writer's posts go; a calendar's entries under the heading's own cell
go; an old site's "click here" button cell goes; an old footer's cell of its rights and hit counter goes; a server
clock's date stamp goes; a closing tagline's past beat ("wrote about") reports no one; a photo essay's closing credits
go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web import page_tree
from bot.web.page_rules import fold, furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, cleaned, page_text

# -- a short sentence styled as the page's paragraphs ------------------------------------------------------------------

_STYLED = '<div style="text-align: left;">{}</div><div style="text-align: left;"><br /></div>'
_BLOG_PARAGRAPHS = [
    "The board voted four to three to approve the bus route consolidation after a long debate on Tuesday night.",
    "For the third meeting in a row, the board did not vote on the revised library policy, tabling it again.",
    "The next regular meeting is on October 24, and the agenda is supposed to include the budget update.",
]


def _turned(*extra: str) -> list[str]:
    """The texts of the blocks ``page_tree.leaf_divs_as_paragraphs`` makes paragraphs of a blog post's divs."""
    body = "".join(_STYLED.format(p) for p in [*_BLOG_PARAGRAPHS[:2], *extra, _BLOG_PARAGRAPHS[2]])
    tree = lxml_html.fromstring(f"<html><body><div class='post-body'>{body}</div></body></html>")
    page_tree.leaf_divs_as_paragraphs(tree)
    return [" ".join(p.text_content().split()) for p in tree.iter("p")]


def test_a_short_sentence_in_the_paragraphs_inline_style_is_a_paragraph():
    assert _turned("So, still no vote.") == [*_BLOG_PARAGRAPHS[:2], "So, still no vote.", _BLOG_PARAGRAPHS[2]]


def test_a_short_styled_line_closing_no_sentence_or_of_another_style_stays_a_div():
    # (a styled label closing no sentence; a short sentence of another style; a bare div with neither)
    extra = [
        '<div style="text-align: left;">Posted by Maureen</div>',
        '<div style="font-size: 10px;">So, still no vote.</div>',
        "<div>Still no vote here.</div>",
    ]
    body = "".join(_STYLED.format(p) for p in _BLOG_PARAGRAPHS) + "".join(extra)
    tree = lxml_html.fromstring(f"<html><body><div class='post-body'>{body}</div></body></html>")
    page_tree.leaf_divs_as_paragraphs(tree)
    assert [" ".join(p.text_content().split()) for p in tree.iter("p")] == _BLOG_PARAGRAPHS


# -- a pull quote that repeats nothing ---------------------------------------------------------------------------------

_QUOTE = (
    '"We are not clearing a single tree or taking a single paddock out of production. The panels also shade the '
    "water, which slows evaporation and algal growth. I understand the anglers are upset, and I think we have listened "
    'to them, but this is a good project for the whole shire."'
)
_SHORT_QUOTE = '"The town lost its clock when the whistle stopped, and it never found another one."'


def test_a_pull_quote_box_the_page_says_nowhere_else_stays():
    body = f'<article>{QUAY_STORY[:600]}<blockquote class="pull-quote"><p>{_QUOTE}</p></blockquote>{QUAY_STORY}</article>'
    assert "We are not clearing a single tree" in page_text(body)


def test_a_pull_quote_repeating_the_story_or_in_a_side_column_still_goes():
    repeated = f"<p>At the meeting the mayor spoke. {_QUOTE} Councillors then voted on the plan.</p>"
    body = f'<article>{QUAY_STORY}<blockquote class="pull-quote"><p>{_QUOTE}</p></blockquote>{repeated}</article>'
    assert page_text(body).count("We are not clearing a single tree") == 1
    # (a quote box in a side column, no paragraphs of its own beside it)
    side = f'<article>{QUAY_STORY}</article><aside><div class="pullquote"><p>{_QUOTE}</p></div></aside>'
    assert "We are not clearing" not in page_text(side)
    # (a short pull quote, a line or two, though the page says it nowhere else: a paraphrase, or a later page's line)
    short = f'<article>{QUAY_STORY[:600]}<blockquote class="pull-quote"><p>{_SHORT_QUOTE}</p></blockquote>{QUAY_STORY}</article>'
    assert "lost its clock" not in page_text(short)


# -- a poll put as submit buttons --------------------------------------------------------------------------------------


def test_a_poll_of_submit_buttons_of_one_name_goes_with_its_question():
    poll = (
        '<div class="poll-block"><p>Poll</p><p>How has the new quay changed your commute?</p>'
        '<form method="post" action="/polls/1/vote"><button type="submit" name="choice" value="1">Faster</button>'
        '<button type="submit" name="choice" value="2">About the same</button>'
        '<button type="submit" name="choice" value="3">Slower</button></form></div>'
    )
    text = page_text(f"<article>{QUAY_STORY[:600]}{poll}{QUAY_STORY}</article>")
    assert "How has the new quay changed your commute?" not in text


def test_a_form_with_one_button_or_buttons_of_no_shared_name_stays():
    # (a question over one submit button, and over two buttons of no name: a form's "Cancel" and "Save")
    one = (
        "<div><p>How has the new quay changed your commute, asked the harbour board in its survey of residents?</p>"
        '<form action="/s"><button type="submit" name="go" value="1">Send</button></form></div>'
    )
    two = (
        "<div><p>Which of the two designs do residents prefer for the new quay, the board asked last week?</p>"
        '<form action="/s"><button type="submit">Cancel</button><button type="submit">Save</button></form></div>'
    )
    text = page_text(f"<article>{QUAY_STORY[:600]}{one}{two}{QUAY_STORY}</article>")
    assert "asked the harbour board" in text
    assert "the board asked last week" in text


# -- a chart drawn in boxes --------------------------------------------------------------------------------------------


def _chart(widths: list[str], extra: str = "") -> str:
    rows = "".join(
        f'<div><div class="bar" style="background:#1f5fa8;width:{w}"></div><b>Party {i}</b> {i * 40}</div>'
        for i, w in enumerate(widths, 1)
    )
    return f'<section class="tally"><h3>Seats declared: 447 of 450 · 226 needed</h3>{rows}{extra}</section>'


def test_a_chart_of_bars_in_boxes_goes_with_its_heading():
    text = page_text(f"<article>{QUAY_STORY[:600]}{_chart(['89%', '69%', '17%'])}{QUAY_STORY}</article>")
    assert "Seats declared" not in text


def test_one_bar_bars_of_one_width_or_a_chart_with_prose_stay():
    prose = (
        "<p>The chart shows the seats each party has won so far, and our data team expects the final count to "
        "land close to the exit poll published at ten o'clock.</p>"
    )
    for chart in (_chart(["40%"]), _chart(["100%", "100%"]), _chart(["89%", "69%"], prose)):
        assert "Seats declared" in page_text(f"<article>{QUAY_STORY[:600]}{chart}{QUAY_STORY}</article>"), (
            chart
        )


# -- a caption right after a picture's own wrapper ---------------------------------------------------------------------


def test_a_caption_named_so_after_the_pictures_wrapper_goes():
    body = (
        '<div data-tag="post-card"><h1>Quay to be rebuilt</h1>'
        '<div data-tag="post-image"><img src="/a.jpg" alt=""></div>'
        '<p data-tag="post-image-caption">Two stacks of survey reports and one patient cat. Photo by me.</p>'
        f'<div data-tag="post-content">{QUAY_STORY}</div></div>'
    )
    assert "Photo by me" not in page_text(body)


def test_a_block_after_the_wrapper_not_named_a_caption_stays():
    line = (
        "Two stacks of survey reports sat on the harbour master's desk when the board met on Tuesday night."
    )
    body = (
        '<div data-tag="post-card"><h1>Quay to be rebuilt</h1>'
        f'<div data-tag="post-image"><img src="/a.jpg" alt=""></div><p data-tag="post-lede">{line}</p>'
        f'<div data-tag="post-content">{QUAY_STORY}</div></div>'
    )
    assert line in page_text(body)


# -- the readers' replies closing a thread of one writer's posts -------------------------------------------------------


def _post(who: str, text: str, minute: int) -> str:
    return (
        f'<div tabindex="-1"><div class="status__wrapper"><div class="status__info">'
        f'<time datetime="2024-03-04T14:{minute:02d}:00Z">Mar 4, 2024, 14:{minute:02d}</time>'
        f'<a href="https://social.example/@{who}" class="status__display-name"><img src="/{who}.png" alt="">'
        f"<span>{who.title()} @{who}@other.example</span></a></div>"
        f'<div class="status__content"><p>{text}</p></div></div></div>'
    )


_THREAD = [
    "The harbour board voted on Tuesday to close the old ferry terminal in June, after a survey found corrosion.",
    "Passengers will use a temporary pontoon at the fish quay until the new terminal opens in 2028, the board said.",
    "The board will publish the full engineering survey on its website next week, with the two earlier reports.",
]
_REPLIES = [
    "Great thread. I have taken that ferry every day for fifteen years and never knew the piers were that bad.",
    "Will the number 14 bus still stop at the terminal while the pontoon is in use? It goes over the bridge.",
]


def _thread_page(posts: list[str]) -> str:
    return page_text(f'<div class="scrollable item-list" role="feed">{"".join(posts)}</div>')


def test_the_replies_closing_a_thread_of_one_writers_posts_go():
    posts = [_post("marisol", t, i) for i, t in enumerate(_THREAD)]
    posts += [_post("tom", _REPLIES[0], 40), _post("keisha", _REPLIES[1], 50)]
    text = _thread_page(posts)
    assert all(t in text for t in _THREAD)
    assert not any(r in text for r in _REPLIES)


def test_a_conversation_or_a_list_of_many_hands_keeps_its_posts():
    # (the writer answers between the replies: a conversation; the first two posts by two hands: a comment list)
    talk = [_post("marisol", t, i) for i, t in enumerate(_THREAD[:2])]
    talk += [
        _post("tom", _REPLIES[0], 40),
        _post("marisol", _THREAD[2], 45),
        _post("keisha", _REPLIES[1], 50),
    ]
    text = _thread_page(talk)
    assert all(r in text for r in _REPLIES)
    many = [_post("marisol", _THREAD[0], 1), _post("ann", _THREAD[1], 2), _post("bo", _THREAD[2], 3)]
    many += [_post("tom", _REPLIES[0], 40), _post("keisha", _REPLIES[1], 50)]
    text = _thread_page(many)
    assert all(r in text for r in _REPLIES)


# -- an old layout's cells: a calendar under its heading's cell, a "click here" button --------------------------------


def test_a_calendars_entries_under_the_headings_own_cell_go_with_it():
    cells = [
        "| COMMUNITY CALENDAR |",
        "| Oct. 20 - Fall festival, city park, 9 a.m. Oct. 27 - Fire Dept. benefit supper, Legion Hall, 5 p.m. |",
    ]
    assert cleaned([*FERRY_STORY, *cells]) == FERRY_STORY


def test_dated_entries_under_another_headings_cell_or_outside_a_cell_stay():
    timeline = ["| TIMELINE |", "| Mar. 3 - Fire breaks out at the mill Mar. 4 - Owners promise to rebuild |"]
    assert cleaned([*FERRY_STORY, *timeline])[-2:] == timeline
    line = "Oct. 20 - Fall festival, city park, 9 a.m. Oct. 27 - Benefit supper, Legion Hall, 5 p.m."
    assert cleaned([*FERRY_STORY, "| COMMUNITY CALENDAR |", line])[-1] == line


def test_a_click_here_button_cell_goes():
    links = frozenset({fold("Click here for the Classifieds")})
    cell = "| Click here for the Classifieds Place your ad by Monday noon! |"
    assert cleaned([*FERRY_STORY, cell], links) == FERRY_STORY


def test_a_click_here_cell_that_is_no_link_or_runs_on_or_no_cell_stays():
    links = frozenset({fold("Click here for the Classifieds")})
    not_linked = "| Click here for the timetable Place your ad by Monday noon! |"
    runs_on = (
        "| Click here for the Classifieds The harbour board said on Tuesday that its classified notices of the "
        "terminal's closing would run for four more weeks in every edition. |"
    )
    no_cell = "Click here for the Classifieds Place your ad by Monday noon!"
    assert cleaned([*FERRY_STORY, not_linked], links)[-1] == not_linked
    assert cleaned([*FERRY_STORY, runs_on], links)[-1] == runs_on
    assert cleaned([*FERRY_STORY, no_cell], links)[-1] == no_cell


# -- an old footer's cell, a server's date stamp, a past beat in a tagline, a photo essay's credits --------------------


def test_an_old_footers_cell_of_its_rights_and_counter_goes():
    cells = [
        "| The Quay Gazette • 114 Main St. • Orrin • Phone 555-0121 • Fax 555-0122 Copyright © 2001 The Quay Gazette. "
        "All rights reserved. No part of this site may be reproduced without permission. You are visitor number "
        "0048217 since March 1, 1999. Best viewed with Netscape Navigator 4.7 or Internet Explorer 5.0 at 800x600. "
        "Site designed by Prairie Web Works |",
        "| The Quay Gazette, 114 Main Street, Orrin, published every Thursday by the Quay Gazette Company for the people "
        "of the north shore. © 2001 The Quay Gazette. All rights reserved. No part of this site may be reproduced, "
        "copied or sent on in any form without the written permission of the publisher. |",
    ]
    for cell in cells:
        assert furniture_rule(cell) == "small print", cell
    # (the same long cell with no sign and year: a sentence about rights, however long)
    kept = (
        "| The Quay Gazette, 114 Main Street, Orrin, published every Thursday by the Quay Gazette Company for the people "
        "of the north shore, said in 2001 that it reserved all rights to its photographs and that no part of its "
        "archive may be copied or sent on in any form without the written permission of the publisher. |"
    )
    assert furniture_rule(kept) is None


def test_a_server_clocks_date_stamp_goes():
    for line in ("Last modified: Mon Nov 4 14:22:07 CST 1996", "Mon Nov 4 14:22:07 CST 1996"):
        assert furniture_rule(line) == "date on its own", line
    for line in (
        "Last modified: Mon Nov 4 14:22:07 CST 1996 by the department's webmaster",
        "The server crashed on Mon Nov 4 14:22:07 CST 1996",
    ):
        assert furniture_rule(line) is None, line


def test_a_closing_tagline_with_the_writers_past_beat_goes():
    bio = (
        "Garth Winslow has covered the harbour board for the Quay Gazette since 2017. He previously wrote about "
        "high school sports and minor league baseball."
    )
    assert cleaned([*FERRY_STORY, bio]) == FERRY_STORY


def test_a_closing_paragraph_that_reports_or_quotes_stays():
    wrote = (
        "Garth Winslow has covered the harbour board for the Quay Gazette since 2017. He wrote in a letter that "
        "the board had ignored the survey."
    )
    quoted = (
        'Garth Winslow has covered the harbour board for the Quay Gazette since 2017. He wrote about it: "The '
        'piers are rotten."'
    )
    assert cleaned([*FERRY_STORY, wrote])[-1] == wrote
    assert cleaned([*FERRY_STORY, quoted])[-1] == quoted


def test_a_photo_essays_closing_credits_go():
    for line in (
        "Photography and reporting: Imogen Roe. Photo editing: Dan Pike. Text editing: Ruth Marsh.",
        "Photography: Imogen Roe. Digital production: Kenji Abe.",
    ):
        assert furniture_rule(line) == "crew credit", line
    for line in (
        "Photo editing: Dan Pike.",  # (one role alone: a byline)
        "Editing: the council said it would revise the plan. Design: Jane Doe.",
        "The design was approved. Production: begins Monday.",
    ):
        assert furniture_rule(line) is None, line
