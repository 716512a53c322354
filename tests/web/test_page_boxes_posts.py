"""Boxes of readers' posts and promotions removed before trafilatura reads a page (bot.web.page_boxes):
a thread's replies, a posting form's wall of posts, a forum signature, a teaser card, a heading over a
list of links; and the lines of a pop-up hidden on load. Pages written for the test; near misses must
keep their article text.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.article import extract_article
from bot.web.page_boxes import (
    drop_call_boxes,
    drop_headed_link_lists,
    drop_posting_walls,
    drop_reply_posts,
    drop_sponsor_boxes,
    hidden_dialog_text,
)

BODY = [
    "The harbour board agreed on Thursday to dredge the inner channel before the summer, after two fishing "
    "boats ran aground at low tide in March and the lifeboat crew had to wait for the flood to launch.",
    "The work will cost about 1.4 million pounds and will be paid for from mooring fees, which go up by "
    "nine per cent in April, and a grant from the county's coastal fund.",
    "Board chair Wendy Okafor said the channel had not been dredged properly for eleven years and that the "
    "board could not ask the lifeboat crew to gamble on the tide again.",
]
TITLE = "Harbour board to dredge inner channel before summer"


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in BODY)


def _text(html: str) -> str:
    return extract_article(html, "https://www.example.org/news/dredging").text


def _thread(reply_heading: str) -> str:
    def post(n: int, heading: str, body: str, signature: str = "") -> str:
        sig = f"<div class='signature'>{signature}</div>" if signature else ""
        return (
            f"<div id='p{n}' class='post row{n % 2}'><div class='inner'><dl class='profile'><dt>user{n}</dt>"
            f"<dd>Posts: {n * 7}</dd></dl><div class='body'><h3><a href='#p{n}'>{heading}</a></h3>"
            f"<div class='content'>{body}</div>{sig}</div></div></div>"
        )

    return (
        f"<html><head><title>{TITLE} - Quayside Forum</title></head><body><h1>Quayside Forum</h1>"
        f"<div id='page-body'><h2 class='topic'>{TITLE}</h2>"
        + post(1, TITLE, "<br><br>".join(BODY), "Quayside Sailing Club - on the water since 1922")
        + post(2, reply_heading, "Long overdue. Will the slipway be shut while they work on the channel?")
        + post(3, reply_heading, "The slipway stays open, the notice to mariners says so on the last page.")
        + "</div></body></html>"
    )


def test_replies_under_the_threads_subject_go_and_the_first_post_stays():
    text = _text(_thread(f"Re: {TITLE}"))
    assert all(p in text for p in BODY)
    assert "Long overdue" not in text and "The slipway stays open" not in text
    # the poster's signature under the first post goes too
    assert "on the water since 1922" not in text


def test_a_heading_opening_with_re_that_names_no_other_subject_stays():
    tree = lxml_html.fromstring(
        "<html><head><title>Letters</title></head><body><div class='letter'><h3>Re: the bypass</h3>"
        "<p>Your report on the bypass left out the cost of the new junction at Mill Lane entirely.</p></div>"
        "<div class='letter'><h3>Parking</h3><p>The new charges at the station car park are too high.</p></div>"
        "</body></html>"
    )
    drop_reply_posts(tree, "Letters")
    assert "left out the cost of the new junction" in tree.text_content()
    # and replies are judged by their subject, not by the word: other posts' headings stay
    text = _text(_thread("Slipway question"))
    assert "Long overdue" in text


def test_a_posting_form_and_the_wall_of_posts_beside_it_go():
    wall = (
        "<section class='memories'><h2>Share a memory</h2><div class='memories__form'>"
        "<textarea placeholder='Write something'></textarea><button>Post</button></div>"
        "<div class='memory'><p>He taught my boys to sail and never once raised his voice at them.</p>"
        "<span>March 3, 2026</span></div>"
        "<div class='memory'><p>A gentleman on the quay every morning, whatever the weather was doing.</p>"
        "<span>2 days ago</span></div>"
        "</section>"
    )
    page = f"<html><body><main><h1>{TITLE}</h1><div class='story'>{_paragraphs()}</div>{wall}</main></body></html>"
    text = _text(page)
    assert all(p in text for p in BODY)
    assert "taught my boys to sail" not in text


def test_a_form_without_posts_beside_it_or_inside_the_article_stays():
    tree = lxml_html.fromstring(
        "<html><body><div class='contact'><p>Tell us what you saw on the quay that night.</p>"
        "<textarea></textarea><button>Send</button></div></body></html>"
    )
    drop_posting_walls(tree)
    assert "Tell us what you saw" in tree.text_content()
    tree = lxml_html.fromstring(
        f"<html><body><article><h1>{TITLE}</h1><div class='para'>{BODY[0]}</div><div class='para'>{BODY[1]}</div>"
        "<textarea></textarea></article></body></html>"
    )
    drop_posting_walls(tree)
    assert BODY[1] in tree.text_content()
    # a page builder's look-alike text blocks beside a contact form are the article's own (no dates)
    tree = lxml_html.fromstring(
        f"<html><body><h1>{TITLE}</h1><section><div class='text-block'><p>{BODY[0]}</p></div>"
        f"<div class='text-block'><p>{BODY[1]}</p></div><div class='form-block'><form><textarea></textarea>"
        "</form></div></section></body></html>"
    )
    drop_posting_walls(tree)
    assert BODY[0] in tree.text_content() and BODY[1] in tree.text_content()


def test_a_teaser_card_closing_with_a_read_on_link_goes():
    card = (
        "<div class='pinned'><h3>The channel: a short history</h3><p>Dredged in 1958, 1987 and 2013, each time "
        "after a grounding. <a href='/explainer/channel'>Read our explainer</a></p></div>"
    )
    page = f"<html><body><main><h1>{TITLE}</h1><div class='feed'>{card}{_paragraphs()}</div></main></body></html>"
    text = _text(page)
    assert all(p in text for p in BODY)
    assert "Dredged in 1958" not in text


def test_a_section_with_an_inline_link_or_no_heading_is_no_teaser():
    tree = lxml_html.fromstring(
        "<html><body>"
        "<div><h3>Background</h3><p>The board <a href='/minutes'>published its minutes</a> on Friday.</p></div>"
        "<div><p>Dredged in 1958 and 1987. <a href='/history'>Read more</a></p></div>"
        "<div><h3>Tides</h3><p>Low water is at 6.10am. <a href='#tides'>Read the table</a></p></div>"
        "</body></html>"
    )
    drop_call_boxes(tree)
    text = tree.text_content()
    assert "published its minutes" in text and "Dredged in 1958" in text and "Low water is at" in text


def test_a_heading_over_a_list_of_links_goes_and_a_list_of_facts_stays():
    tree = lxml_html.fromstring(
        "<html><body><h2>Related pages</h2><ul><li><a href='/a'>Mooring fees 2026</a></li>"
        "<li><a href='/b'>Notice to mariners</a></li></ul>"
        "<h2>Key facts</h2><ul><li>Cost: 1.4 million pounds, from <a href='/fees'>mooring fees</a></li>"
        "<li><a href='/w'>Work</a> starts in May</li></ul></body></html>"
    )
    drop_headed_link_lists(tree)
    text = tree.text_content()
    assert "Related pages" not in text and "Notice to mariners" not in text
    assert "Key facts" in text and "Cost: 1.4 million pounds" in text


def test_lines_of_a_pop_up_hidden_on_load_go():
    popup = (
        "<div class='popup' role='dialog' aria-hidden='true'><div><p><strong>ABOUT THE ACADEMY</strong></p>"
        "<p>The sailing academy trains about two hundred young people a year in dinghies and keelboats.</p>"
        "<p>Courses run from April to October and are free for pupils at the town's two schools.</p></div></div>"
    )
    page = (
        f"<html><head><title>{TITLE}</title></head><body><div id='page'><h1>{TITLE}</h1>"
        f"<div class='entry'>{_paragraphs()}{_paragraphs().replace('board', 'Board')}</div></div>{popup}</body></html>"
    )
    tree = lxml_html.fromstring(page)
    blocks, whole = hidden_dialog_text(tree)
    assert "about the academy" in blocks and "free for pupils" in whole
    text = _text(page)
    assert BODY[0] in text and "trains about two hundred young people" not in text


def test_a_page_whose_article_is_in_a_hidden_dialog_keeps_it():
    page = (
        f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<div role='dialog' aria-hidden='true'><h1>{TITLE}</h1>{_paragraphs()}</div></body></html>"
    )
    assert BODY[1] in _text(page)


def test_a_posting_form_under_its_heading_goes_before_any_post():
    box = (
        "<div class='reader-comments'><h3>Comments (0)</h3><p>We welcome comments from readers. Every comment is "
        "read before it appears.</p><form><textarea name='c'></textarea><button>Submit</button></form></div>"
    )
    page = f"<html><body><main><h1>{TITLE}</h1><div class='story'>{_paragraphs()}</div>{box}</main></body></html>"
    text = _text(page)
    assert all(p in text for p in BODY)
    assert "We welcome comments from readers" not in text


def test_a_dialog_line_the_page_also_shows_outside_it_stays():
    viewer = f"<div class='modal zoom' role='dialog' aria-hidden='true'><p>Close</p><p>{BODY[2]}</p></div>"
    page = (
        f"<html><head><title>{TITLE}</title></head><body><div id='page'><h1>{TITLE}</h1>"
        f"<div class='entry'>{_paragraphs()}{_paragraphs().replace('board', 'Board')}</div></div>{viewer}</body></html>"
    )
    assert BODY[2] in _text(page)


def test_a_reply_is_pruned_only_as_one_of_a_run_of_look_alike_posts():
    # the first post is no box of the same shape as the reply: nothing above the reply is pruned, so the
    # article cannot go with it
    page = (
        f"<html><head><title>{TITLE}</title></head><body><div id='wrap'><h2>Quayside Forum</h2>"
        f"<div class='opening'>{_paragraphs()}</div>"
        f"<div class='reply'><h3>Re: {TITLE}</h3><p>Long overdue, and about time too, says everyone.</p></div>"
        "</div></body></html>"
    )
    tree = lxml_html.fromstring(page)
    drop_reply_posts(tree, TITLE)
    assert BODY[0] in tree.text_content() and "Long overdue" in tree.text_content()


def test_a_box_opening_with_a_sponsors_label_goes_with_its_pitch():
    slot = (
        "<div class='slot'><p class='label'>Together with Harbour Kayaks</p><p><strong>Paddle the estuary this "
        "spring.</strong> Guided trips every weekend, all kit included.</p><a href='https://ads.example/k'>Book a "
        "trip</a></div>"
    )
    page = f"<html><body><main><h1>{TITLE}</h1><div class='story'>{_paragraphs()}{slot}</div></main></body></html>"
    text = _text(page)
    assert all(p in text for p in BODY)
    assert "Guided trips every weekend" not in text and "Together with Harbour Kayaks" not in text
    tree = lxml_html.fromstring(
        "<html><body><div class='ad'><span>Advertisement</span><p>Spring sale at Quay Chandlery.</p></div>"
        "</body></html>"
    )
    drop_sponsor_boxes(tree)
    assert "Spring sale" not in tree.text_content()


def test_a_box_whose_first_line_is_no_label_or_that_holds_prose_stays():
    tree = lxml_html.fromstring(
        "<html><body>"
        "<div><p>Together with her husband she ran the chandlery on the quay for forty years.</p>"
        "<p>She retired in 2019.</p></div>"
        f"<div><p>Supported by the Coastal Fund</p><p>{BODY[0]}</p><p>{BODY[1]}</p></div>"
        "</body></html>"
    )
    drop_sponsor_boxes(tree)
    text = tree.text_content()
    assert "Together with her husband" in text and BODY[1] in text
