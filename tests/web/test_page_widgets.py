"""Widgets and cards a page sets among or beside its article (issue 16, pages never seen): a modal
dialog over the page (a registration wall), a poll's radio buttons, a card headed by a link to another
page, a media player's clock, a feedback prompt, a republishing licence, a read-on link closing a
paragraph. Pages and sentences written for the test; near misses must keep their article text.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.article import extract_article
from bot.web.page_boxes import drop_choice_boxes, drop_link_cards
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import fold, furniture_rule

BODY = [
    "The harbour board agreed on Thursday to raise mooring fees by eight per cent from April, the first "
    "rise in four years, after the cost of dredging the outer channel doubled since the last contract.",
    "Board chair Nadia Kovac said the increase would still leave the harbour among the cheapest on the "
    "coast, and that a discount for fishing boats registered in the town would stay in place.",
    "Several yacht owners told the meeting that they had not been consulted and asked the board to phase "
    "the rise over two years, a request it said it would consider at its next meeting in February.",
]
URL = "https://www.example.org/news/harbour-fees"


def _page(inside: str = "", after: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html><head><title>Harbour board raises mooring fees</title>{head}</head><body><main><article>"
        f"<h1>Harbour board raises mooring fees</h1><div class='body'>{paragraphs}{inside}</div>"
        f"</article>{after}</main></body></html>"
    )


def _text(html: str) -> str:
    return extract_article(html, URL).text


# -- dialogs shown over the page -------------------------------------------------------------------


def test_a_modal_registration_wall_over_the_page_goes_whatever_it_says():
    wall = (
        "<div class='gate' role='dialog' aria-modal='true'><h2>Keep reading for free</h2>"
        "<p>Register with your email address to keep reading the stories from your town this month.</p>"
        "<ul><li>Every story on the website and in the app, on any device</li>"
        "<li>The printed edition as a digital replica from six in the morning</li></ul>"
        "<p>We will send you occasional offers, which you may opt out of whenever you like.</p></div>"
    )
    text = _text(_page(after=wall))
    assert all(p in text for p in BODY)
    assert "digital replica" not in text and "occasional offers" not in text and "Every story" not in text
    # a <dialog> element is one too
    dialog = wall.replace("<div class='gate' role='dialog' aria-modal='true'>", "<dialog open>").replace(
        "</div>", "</dialog>"
    )
    text = _text(_page(after=dialog))
    assert "occasional offers" not in text and all(p in text for p in BODY)


def test_an_article_shown_in_a_dialog_stays():
    # the whole article inside a modal reader view: what is left outside is too little to be the article
    html = _page().replace("<article>", "<article role='dialog' aria-modal='true'>")
    assert all(p in _text(html) for p in BODY)


# -- polls -------------------------------------------------------------------------------------------


def _poll(note: str = "This poll is not scientific and shows only the views of readers who voted.") -> str:
    return (
        "<div class='widget-9'><div class='w-in'><h3>Should the harbour raise its fees?</h3>"
        "<div class='opts'><label><input type='radio' name='q17' value='1'> Yes, it has to pay for dredging</label>"
        "<label><input type='radio' name='q17' value='2'> Yes, but more slowly</label>"
        "<label><input type='radio' name='q17' value='3'> No</label></div>"
        f"<button>Vote</button><a href='#'>View results</a><p>{note}</p></div></div>"
    )


def test_a_poll_among_the_paragraphs_goes_with_its_question_and_small_print():
    text = _text(_page(inside=_poll()))
    assert all(p in text for p in BODY)
    assert "Should the harbour raise its fees" not in text and "not scientific" not in text
    assert "but more slowly" not in text


def test_the_poll_box_stops_below_the_article_text():
    # radio buttons set straight in the text's box: the box holds paragraphs of prose, so it stays
    tree = lxml_html.fromstring(_page(inside="<input type='radio' name='a'><input type='radio' name='a'>"))
    drop_choice_boxes(tree)
    assert all(p in tree.text_content() for p in BODY)
    # one radio button is no choice put to the reader
    tree = lxml_html.fromstring(_page(inside=_poll().replace("name='q17' value='2'", "name='other'")))
    tree_text = tree.text_content()
    drop_choice_boxes(tree)
    assert "Should the harbour" not in tree.text_content() and tree_text != tree.text_content()
    one = "<div class='x'><p>Pick one.</p><label><input type='radio' name='solo'> only</label></div>"
    tree = lxml_html.fromstring(_page(inside=one))
    drop_choice_boxes(tree)
    assert "Pick one." in tree.text_content()


# -- cards headed by a link to another page ----------------------------------------------------------


def _card(href: str = "/news/dredging-contract", blurb: str | None = None) -> str:
    blurb = (
        blurb or "The council's contract for dredging the outer channel has gone to a firm from Rotterdam."
    )
    return (
        "<div class='rel-item'><h4><a href='" + href + "'>Dredging contract goes to Dutch firm</a></h4>"
        f"<p>{blurb}</p><p>March 3, 2025</p></div>"
    )


def test_a_card_headed_by_a_link_to_another_story_goes_with_its_blurb():
    text = _text(_page(inside=_card()))
    assert all(p in text for p in BODY)
    assert "has gone to a firm from Rotterdam" not in text


def test_a_heading_linking_to_the_page_itself_or_a_card_without_a_blurb_stays():
    canonical = f"<link rel='canonical' href='{URL}'>"
    # a live post's permalink is the page's own
    tree = lxml_html.fromstring(_page(inside=_card(href=URL + "?post=12"), head=canonical))
    drop_link_cards(tree)
    assert "firm from Rotterdam" in tree.text_content()
    # a byline's card (a name over a date) holds no blurb: trafilatura reads the author and date there
    byline = (
        "<div class='by'><h4><a href='/author/ana'>Ana Ruiz</a></h4><p>June 2, 2025 - 5 min read</p></div>"
    )
    tree = lxml_html.fromstring(_page(inside=byline))
    drop_link_cards(tree)
    assert "Ana Ruiz" in tree.text_content()
    # a heading that is only partly a link is a section's heading
    section = (
        "<div class='s'><h3>Why the <a href='/topics/dredging'>dredging</a> costs more</h3>"
        "<p>The outer channel silts up faster since the new breakwater was built in 2019.</p></div>"
    )
    tree = lxml_html.fromstring(_page(inside=section))
    drop_link_cards(tree)
    assert "silts up faster" in tree.text_content()


def test_a_linked_heading_over_more_than_a_blurb_stays():
    long_blurbs = "".join(f"<p>{p}</p>" for p in BODY[:2])
    box = f"<div class='s'><h3><a href='/news/fees-2021'>The last rise</a></h3>{long_blurbs}</div>"
    tree = lxml_html.fromstring(f"<html><body>{box}</body></html>")
    drop_link_cards(tree)
    assert BODY[0] in tree.text_content()


# -- one-line widgets ----------------------------------------------------------------------------------


def test_a_players_clock_a_feedback_prompt_and_a_republishing_licence_go():
    for line in [
        "0:00 / 47:12",
        "00:00 of 1:02:33",
        "The last dairy in the valley0:00 / 47:12",  # a track's title run into the clock
        "Was this page helpful? Yes No",
        "Was this explainer useful?",
        "Did you find this article helpful?",
        "How useful was this guide?",
        "Harbour Ledger stories may be republished for free under a Creative Commons license.",
        "This article can be reproduced with credit to the Ledger.",
        "Republish this story",
    ]:
        assert furniture_rule(line) == "widget line", line


def test_the_same_words_in_news_copy_stay():
    for line in [
        "She finished the 10,000 metres in 31:00 / 31:12 on the two clocks, the referee said.",
        "Was this the right decision?",
        "Was this decision helpful to the harbour? Several owners doubt it.",
        "The court ruled that the photographs may be republished, the paper's lawyer said.",
        "The score was 2:1 at half-time.",
    ]:
        assert furniture_rule(line) is None, line


def test_a_read_on_link_closing_a_paragraph_goes_and_the_paragraph_stays():
    links = frozenset({"see all galleries in the series", "read the full report"})
    lines = BODY + [
        "This is part of Working Harbours, a series about the people who keep the port open. "
        "See all galleries in the series"
    ]
    out = clean_extracted("\n".join(lines), None, links).split("\n\n")
    assert out[:3] == BODY
    assert out[3] == "This is part of Working Harbours, a series about the people who keep the port open."
    # a read-on phrase that is no link of the page, or a link inside the sentence, stays
    kept = BODY[0] + " Read the full report"
    assert clean_extracted(kept, None, frozenset()) == kept
    inside = "The board will read the full report at its next meeting in February."
    assert clean_extracted(inside, None, links) == inside


def test_an_old_sites_guest_book_and_hit_counter_go():
    for line in [
        "Sign our Guestbook!",
        "You are visitor number",
        "You are visitor number 017342",
        "View my guestbook",
    ]:
        assert furniture_rule(line) == "site credit", line
    for line in [
        "Sign the guestbook at the door when you arrive.",
        "Visitors were asked to sign the guest book.",
    ]:
        assert furniture_rule(line) is None, line


def test_a_corrections_call_a_platforms_activity_and_a_provenance_note_go():
    widget = [
        "Click here to report a typo. Please include the headline of the story.",
        "Spotted a mistake? Let us know.",
        "- gullwatcher liked this",
        "- northsounder reblogged this from harbourlights",
        "Ana Ruiz and 3 others like this",
        "- saltmarshwitch reblogged this from harbourlights and added: sending love to everyone on that island, "
        "we had the same thing in 2019 and it was grim",
    ]
    for line in widget:
        assert furniture_rule(line) == "widget line", line
    # the bare button is furniture anywhere, a pasted article's line too (bot.text.clean)
    assert furniture_rule("Report an error") == "site furniture"
    for line in [
        "(Except for the headline, this story has not been edited by Pulse staff and is published from a "
        "syndicated feed.)",
        "This article was generated from an automated news agency feed without modifications to text.",
        "A version of this article appears in print on Jan. 22, 2026, Section A, Page 14 of the Lakeland edition.",
    ]:
        assert furniture_rule(line) == "small print", line


def test_news_sentences_with_those_words_stay():
    for line in [
        "Residents can report a pothole on the council website.",
        "Voters liked this plan more than the last one.",
        "The minister said this story has not been edited to suit anyone.",
        "The paper said the article appeared in print on Monday.",
        "The agency feed was cut for six hours on Friday.",
    ]:
        assert furniture_rule(line) is None, line


def test_a_paragraph_wholly_one_link_goes_and_a_short_linked_heading_stays():
    comment = "the lobster line is going to live in my head for weeks, sending love to everyone stuck on that island"
    links = frozenset({fold(comment), "the harbour in numbers"})  # (the page's link texts, folded)
    out = clean_extracted("\n".join([*BODY, comment]), None, links).split("\n\n")
    assert out == BODY
    # a short linked line alone may be the text's own heading
    out = clean_extracted("\n".join([BODY[0], "The harbour in numbers", BODY[1]]), None, links)
    assert "The harbour in numbers" in out


def _promo_list(items: int = 2) -> str:
    promo = (
        "<li><div class='pc'><div class='pc-title'><a href='/news/{n}'>Dredging firm named for outer channel {n}"
        "</a></div><div class='pc-desc'>The contract runs for five years and covers both the outer and inner "
        "channels.</div></div></li>"
    )
    return "<h2>Related</h2><ul>" + "".join(promo.format(n=i) for i in range(items)) + "</ul>"


def test_a_run_of_cards_titled_by_a_linked_block_goes():
    text = _text(_page(after=_promo_list(2)))
    assert all(p in text for p in BODY)
    assert "The contract runs for five years" not in text


def test_a_lone_card_titled_by_a_block_a_byline_or_a_picture_link_stays():
    # one such card alone: a block title needs a run (a heading title does not)
    tree = lxml_html.fromstring(_page(after=_promo_list(1)))
    drop_link_cards(tree)
    assert "The contract runs for five years" in tree.text_content()
    # a byline under the author's linked name, even in a run
    byline = (
        "<div class='by'><div><a href='/staff/ana'>Ana Ruiz</a></div><div>Published: June 2, 2025 at 11:02 a.m. "
        "and updated later that day.</div></div>"
    )
    tree = lxml_html.fromstring(_page(inside=byline + byline))
    drop_link_cards(tree)
    assert "Published: June 2" in tree.text_content()
    # a picture's "click to enlarge" over its caption
    figure = (
        "<div class='fig'><a href='/img/tower.jpg'>click to enlarge</a><p>The seafood tower is among the "
        "unique dishes on the new harbour menu.</p></div>"
    )
    tree = lxml_html.fromstring(_page(inside=figure + figure))
    drop_link_cards(tree)
    assert "seafood tower" in tree.text_content()


# -- third batch: forms, labelled cards, digests, boilerplate ------------------------------------------


def test_a_form_asking_the_reader_to_type_goes_with_its_pitch():
    gate = (
        "<div class='promo-x'><div>Free White Paper</div><h4><a href='/papers/moorings'>The Harbour Operator's "
        "Guide</a></h4><p>Compare the lifetime costs of pontoons and swinging moorings in this 24-page guide.</p>"
        "<form><input type='text' placeholder='First name'><input type='email' placeholder='Business email'>"
        "<button type='submit'>Download now</button></form><p>Your details may be shared with the sponsor.</p></div>"
    )
    text = _text(_page(inside=gate))
    assert all(p in text for p in BODY)
    assert "lifetime costs of pontoons" not in text and "shared with the sponsor" not in text


def test_a_page_wrapped_in_one_form_keeps_its_article():
    html = _page().replace(
        "<main>", "<main><form id='aspnetForm'><input type='text' name='q'><button>Go</button>"
    )
    html = html.replace("</main>", "</form></main>")
    assert all(p in _text(html) for p in BODY)


def test_a_card_whose_title_follows_a_short_label_goes():
    webinar = (
        "<div class='up'><h3>Upcoming Webinar</h3><h4><a href='/webinars/dredging'>Dredging on a budget</a></h4>"
        "<p>Join our panel of harbour masters for a practical look at what a survey finds.</p>"
        "<a class='button' href='/webinars/dredging/register'>Register now</a></div>"
    )
    text = _text(_page(after=webinar))
    assert "Join our panel of harbour masters" not in text and all(p in text for p in BODY)


def test_a_card_linking_to_the_same_script_with_another_query_is_another_page():
    canonical = "<link rel='canonical' href='https://www.example.org/News.aspx?AID=1187'>"
    others = "<ul>" + _promo_list(2).split("<ul>", 1)[1].replace("/news/", "/News.aspx?AID=11")
    tree = lxml_html.fromstring(_page(after=others, head=canonical))
    drop_link_cards(tree)
    assert "The contract runs for five years" not in tree.text_content()


def test_a_digest_item_reporting_in_several_sentences_keeps_its_read_on_link_box():
    item = (
        "<div class='item'><h2>The bridge is open again</h2><p>The Canal Street bridge reopened at 5 a.m. after "
        "11 weeks of repairs. The county said buses can use it again. <a href='/news/bridge'>Read the full "
        "story</a></p></div>"
    )
    text = _text(_page(inside=item))
    assert "The Canal Street bridge reopened at 5 a.m." in text


def test_legal_boilerplate_disclosures_and_widget_prompts_go():
    small_print = [
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the meaning of the Private Securities "
        "Litigation Reform Act of 1995. Actual results may differ materially. The company undertakes no "
        "obligation to update any forward-looking statement.",
        "Disclosure: The author holds no position in any of the stocks mentioned.",
        "This article is for information only and is not investment advice.",
    ]
    for line in small_print:
        assert furniture_rule(line) == "small print", line
    for line in [
        "Tried this recipe?",
        "Made this recipe? Tag us on Instagram!",
        "There are currently no active alerts.",
    ]:
        assert furniture_rule(line) == "widget line", line
    assert furniture_rule("Have your say in the comments below. Show comments") == "comments button"
    assert (
        furniture_rule("Like recipe? Add the ingredients to your basket and deliver to you.")
        == "call to action"
    )
    for line in [
        "The company said it undertakes no obligation to update its forecast.",
        "Disclosure of the documents was ordered by the court on Friday.",
        "Have your say on the plans at the town hall on Monday.",
        "Add the garlic to the pan and stir.",
        "The fund holds no position in the bank, a spokesman said.",
    ]:
        assert furniture_rule(line) is None, line


def test_a_wires_end_mark_and_its_pointer_to_more_coverage_go():
    assert furniture_rule("(END)") == "press-release label"
    assert furniture_rule("[END]") == "press-release label"
    for line in [
        "Follow AP's coverage of severe weather at https://apnews.example/hub/weather.",
        "More AP coverage: https://apnews.example/hub/elections",
    ]:
        assert furniture_rule(line) == "newswire trailer", line
    for line in ["Follow the coverage of the trial at the courthouse.", "The end of an era."]:
        assert furniture_rule(line) is None, line


def test_a_gate_saying_the_story_is_exclusive_to_subscribers_cuts_the_pitch():
    """ "This story is exclusive to subscribers. Get unlimited access …" after a teaser: the gate."""
    lede = (
        "The shire council voted on Tuesday night to close the Yarram pool for the winter, a decision "
        "swimmers say will leave the town's children with nowhere to train until October."
    )
    body = "\n".join([lede, "This story is exclusive to subscribers. Get unlimited access to local news."])
    assert clean_extracted(body) == lede
