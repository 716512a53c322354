"""Rules written on the misses of pages_final38, pages_final39 and pages_final40: a first-published stamp ("First
Published: May 14, 2026 19:42 IST"), a newsletter's sign-off asking for a reply, a paywall's "Keep reading with a
7-day free trial" button, a press officer's title line ("Senior Media Relations Specialist", "Public Affairs Officer
Martin Delacroix"), a partnership note ("This story was produced in partnership with …"), a follow call after a dash
("Stay current – follow … on Telegram …"), a call to get the stories on a platform ("Get … top stories on WhatsApp"),
a printed page's jump line ("See LIBRARY, Page A6"), a print view's source line and link footnotes (bot.web.page_rules);
a short button inside a sentence read as the sentence's word (a glossary term, bot.web.page_tree) and a picture's
caption cell in a small table of its own (a blog editor's "tr-caption", bot.web.page_boxes). Lines written for the
test; near misses must stay.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bot.web import page_tree
from bot.web.page_boxes import PRUNE_XPATH, drop_classed_captions, drop_masthead_taglines
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The harbour board voted 6-1 on Thursday to raise mooring fees by 12 per cent from April, after a review found the "
    "marina had run at a loss for three straight years.",
    '"Nobody likes paying more, but the pontoons are falling apart," the board chair told the meeting, which drew about '
    "40 boat owners.",
]


def _clean(*lines: str) -> str:
    text = clean_extracted("\n".join([*BODY, *BODY, *lines]))
    assert BODY[0] in text and BODY[1] in text
    return text


# -- line rules ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["First Published: May 14, 2026 19:42 IST", "First published: 5 Mar 2026, 10:12 AM IST"]
)
def test_a_first_published_stamp_is_furniture(line):
    assert furniture_rule(line) is not None


def test_a_sentence_about_when_something_was_first_published_stays():
    assert furniture_rule("First published on May 14, 2026, the report was withdrawn a week later.") is None
    assert furniture_rule("First Published: the story of a harbour town, by a local author") is None


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading the Dispatch. Hit reply if you have a question about the bridge. I read every email.",
        "Thank you for reading! Just reply to this email to tell me what I missed.",
    ],
)
def test_a_newsletters_sign_off_asking_for_a_reply_is_furniture(line):
    assert furniture_rule(line) == "newsletter sign-off"


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading my letter, the mayor wrote back, but the answer is still no.",
        "Thanks for reading. See you next week.",
        "He replied within the hour. Thanks for reading to the end of this long piece.",
    ],
)
def test_a_thanks_without_a_call_to_reply_or_reporting_stays(line):
    assert furniture_rule(line) is None


def test_a_paywalls_read_on_trial_button_is_furniture():
    assert furniture_rule("Keep reading with a 7-day free trial") is not None
    assert furniture_rule("Continue reading with a free trial") is not None


def test_a_sentence_about_free_trials_stays():
    assert furniture_rule("Readers can keep reading with a free trial, the publisher said.") is None
    assert furniture_rule("Keep reading with a free trial of patience, the coach told his players.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Senior Media Relations Specialist",
        "Public Affairs Officer Martin Delacroix",
        "Press Officer Jane Doe",
        "Media Relations Manager",
    ],
)
def test_a_press_officers_title_line_is_furniture(line):
    assert furniture_rule(line) == "press officer's title"


@pytest.mark.parametrize(
    "line",
    [
        "Public Affairs Officer Martin Delacroix said the office would not comment.",
        "Public affairs",
        "The public affairs officer declined to comment.",
        "Media relations specialists say the rule is rarely enforced.",
    ],
)
def test_a_sentence_naming_a_press_officer_stays(line):
    assert furniture_rule(line) is None


def test_a_partnership_note_is_furniture():
    line = (
        "This story was produced in partnership with the Prairie Health Reporting Collaborative, a group of "
        "newsrooms covering rural health care."
    )
    assert furniture_rule(line) == "partnership note"
    assert furniture_rule("This article is published in collaboration with Grist.") == "partnership note"


@pytest.mark.parametrize(
    "line",
    [
        "The series was produced in partnership with the university's journalism school.",
        "This story was produced in partnership with the museum, its director said.",
        "This project was built in partnership with the county, which paid half the cost.",
    ],
)
def test_a_sentence_about_another_partnership_stays(line):
    assert furniture_rule(line) is None


def test_a_follow_call_after_a_dash_is_furniture():
    line = "Stay current – follow the Harbour Daily on Telegram and WhatsApp for the latest news."
    assert furniture_rule(line) is not None
    assert furniture_rule("Don't miss out — follow us on Instagram") is not None


def test_a_dash_in_a_sentence_before_follow_stays():
    line = "The club's supporters – who follow the team on YouTube since the ban – were told to stay home, he said."
    assert furniture_rule(line) is None
    line = (
        "Officials say the two agencies will now – as the law requires – follow the ruling on Facebook posts."
    )
    assert furniture_rule(line) is None


def test_a_call_to_get_the_stories_on_a_platform_is_furniture():
    assert (
        furniture_rule("Get Harbour Today's top stories on WhatsApp") == "call to get the news on a platform"
    )
    assert furniture_rule("Receive breaking news alerts on Telegram") is not None


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest stories on WhatsApp, the minister told party workers.",
        "Residents get news on WhatsApp more than from the paper.",
        "Get the stories on WhatsApp checked before you share them, police urged, after the hoax spread.",
    ],
)
def test_a_sentence_about_news_on_a_platform_stays(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "See LIBRARY, Page A6",
        "Continued on Page B2",
        "Continued from FLOOD, page A1",
        "See SCHOOL BOARD, Page 3",
    ],
)
def test_a_printed_pages_jump_line_is_furniture(line):
    assert furniture_rule(line) == "jump line"


@pytest.mark.parametrize(
    "line",
    [
        "See page 4 of the report for the figures.",
        "See page 4",
        "See Spot Run, page 12",
        "Continued on page 4, the report says the bridge is safe.",
    ],
)
def test_a_sentence_pointing_to_a_page_stays(line):
    assert furniture_rule(line) is None


def test_a_print_views_source_line_and_link_footnotes_are_furniture():
    line = "Published on The Harbour Ledger (https://www.harbourledger.example.org)"
    assert furniture_rule(line) == "print view's source line"
    line = "[2] https://www.harbourledger.example.org/news/local/marina-fees-rise"
    assert furniture_rule(line) == "print view's source line"


def test_a_sentence_with_an_address_or_a_cited_reference_stays():
    line = "Published on Monday, the report (https://example.org/report) found the marina ran at a loss."
    assert furniture_rule(line) is None
    line = "[2] Smith, J. (2020). Harbour finances. https://doi.example.org/10.1/hf"
    assert furniture_rule(line) is None


def test_the_rules_close_a_text():
    text = _clean(
        "This story was produced in partnership with the Coast Reporting Project.",
        "Published on The Harbour Ledger (https://www.harbourledger.example.org)",
        "[1] https://www.harbourledger.example.org/news/local/marina-fees-rise",
    )
    assert "Coast Reporting" not in text and "[1]" not in text and "Published on" not in text


# -- a short button inside a sentence ------------------------------------------------------------------------------


def _read(html: str) -> str:
    tree = lxml_html.fromstring(html)
    page_tree.inline_buttons_as_text(tree)
    return " ".join(" ".join(p.text_content().split()) for p in tree.iter("p") if p.find(".//button") is None)


def test_a_glossary_button_inside_a_sentence_is_its_word():
    html = (
        "<html><body><p>These snails cannot swim, so they float wherever the wind and "
        '<button class="glossary-term" type="button">currents</button> take them across the ocean.</p>'
        "<p>Then it coats the air pocket in <button>mucus</button>. When it hardens, the bubble is done.</p>"
        "</body></html>"
    )
    text = _read(html)
    assert "wind and currents take them" in text and "air pocket in mucus." in text


def test_a_button_after_a_sentence_or_alone_stays_a_button():
    html = (
        "<html><body><p>The council will vote on the plan next month, officials said. <button>Read more</button></p>"
        "<p><button>Subscribe</button></p>"
        "<p>Share this: <button>Facebook</button> the council's plan, in full, for the harbour.</p></body></html>"
    )
    tree = lxml_html.fromstring(html)
    page_tree.inline_buttons_as_text(tree)
    assert len(tree.findall(".//button")) == 3


# -- a picture's caption cell in a small table of its own ---------------------------------------------------------


def _captions_dropped(html: str) -> str:
    tree = lxml_html.fromstring(html)
    drop_classed_captions(tree)
    return " ".join(tree.text_content().split())


def test_a_pictures_caption_cell_in_its_own_table_goes():
    html = (
        '<html><body><div class="post"><p>The ferry board voted to cut winter sailings on Thursday night.</p>'
        '<table class="tr-caption-container"><tbody><tr><td><a href="/img/ferry.jpg"><img src="/img/ferry.jpg">'
        '</a></td></tr><tr><td class="tr-caption">The ferry tied up at the landing on a quieter day. (My photo.)'
        "</td></tr></tbody></table><p>About 70 people came to the meeting.</p></div></body></html>"
    )
    text = _captions_dropped(html)
    assert "quieter day" not in text and "About 70 people" in text and "ferry board voted" in text


def test_a_caption_column_of_a_data_table_stays():
    rows = "".join(
        f'<tr><td><img src="/img/{i}.jpg"></td><td class="caption">Entry {i}: a long description of the exhibit '
        "and the artist who made it, with the year and the medium used for the piece.</td></tr>"
        for i in range(8)
    )
    html = f"<html><body><table>{rows}</table></body></html>"
    assert "Entry 3: a long description" in _captions_dropped(html)


# -- a sponsor's credit ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Today's match ball was kindly sponsored by Coopers Skip Hire & Recycling.",
        "The programme is kindly sponsored by Hale & Sons.",
        "Sponsor's Man of the Match: Jamie Okoro (chosen by Millward Plumbing & Heating)",
    ],
)
def test_a_sponsors_credit_is_furniture(line):
    assert furniture_rule(line) == "sponsor's credit"


@pytest.mark.parametrize(
    "line",
    [
        "The match ball was sponsored by a local firm, the club said.",
        "The concert was kindly sponsored by the Lions Club, which raised $2,000 for the school.",
        "Meals were kindly provided by the Red Cross.",
        "The sponsor's man of the match award went to Okoro, who scored twice.",
    ],
)
def test_a_sentence_about_a_sponsor_or_a_gift_stays(line):
    assert furniture_rule(line) is None


# -- boxes: an alert ticker, an events widget, a motto in the page's banner -----------------------------------------

STORY = (
    "<article><h1>Board moves high school start to 8:30</h1>"
    "<p>The board of education voted 4-1 on Wednesday to move the start of the school day at both high schools "
    "to 8:30 a.m. from next fall, after a year of forums and a survey of families.</p>"
    "<p>Trustee Janet Okafor, who cast the lone dissenting vote, said she had wanted a pilot at one campus.</p>"
    "</article>"
)


def _pruned(body: str) -> str:
    tree = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    for xpath in PRUNE_XPATH:
        for el in tree.xpath(xpath):
            if el.getparent() is not None:
                el.getparent().remove(el)
    drop_masthead_taglines(tree)
    return " ".join(tree.text_content().split())


def test_an_alert_ticker_an_events_widget_and_a_banners_motto_go():
    body = (
        '<div id="site-emergency-ticker" role="region"><span>Alert:</span> <span>Winter recess: all schools '
        "closed Feb. 16–20. Classes resume Monday, Feb. 23.</span></div>"
        '<header role="banner"><div><h1>Lakeside Unified School District</h1><p class="tagline">Every Student. '
        "Every Day.</p></div></header>"
        f"<main>{STORY}"
        '<div class="widget upcomingevents"><h2>Upcoming Events</h2><ul><li><h3>February 25, 2026</h3>'
        "<p>Regular Board Meeting, 6:00 PM – District Office Board Room</p></li></ul></div></main>"
    )
    text = _pruned(body)
    assert "lone dissenting vote" in text and "Lakeside Unified" in text
    assert "Winter recess" not in text and "Every Student" not in text and "Regular Board Meeting" not in text


def test_a_sticker_box_and_a_story_header_without_the_banner_role_stay():
    body = (
        '<main><article><header class="entry-header"><h1>Board moves high school start to 8:30</h1>'
        "<p>Every student will start later next fall, the board decided after a year of forums.</p></header>"
        '<div class="sticker">Winter recess ends Monday, Feb. 23.</div>'
        "<p>The board of education voted 4-1 on Wednesday to move the start of the school day at both high schools "
        "to 8:30 a.m. from next fall, after a year of forums and a survey of families.</p>"
        "</article></main>"
    )
    text = _pruned(body)
    assert "Every student will start later" in text and "Winter recess ends" in text
