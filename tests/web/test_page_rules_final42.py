"""Rules written on the misses of pages_final42, pages_final43 and pages_final44: a call box whose button stands in a
paragraph of its own (a heading, or a paragraph all in bold, over one paragraph and the button) and a news theme's
in-content ad slot ("td-a-rec", bot.web.page_boxes); a link's call to join the outlet on a platform ("Click here to
join … on WhatsApp"), a jump line's label over the jumped part ("ER from A1"), a co-publication note, a digital
edition's printer's line, a labelled pointer to a recording ("Watch the oral argument: Video … is available on …"), a
newsletter's note on its paid tier, a funder's "Support for … is provided by …" and a press room's terms for its
pictures (bot.web.page_rules); a reporter's "has covered … since 2015" tagline, a closing paragraph whose full name the
story named before (kept), and a creator platform's "About the Creator" card (bot.web.page_lines). Lines and boxes
written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bot.web import page_boxes
from bot.web.page_boxes import PRUNE_XPATH
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


def _calls_dropped(box: str) -> str:
    tree = lxml_html.fromstring(
        f"<html><body><div class='story'><p>{BODY[0]}</p>{box}<p>{BODY[1]}</p></div></body></html>"
    )
    page_boxes.drop_call_boxes(tree)
    text = " ".join(tree.text_content().split())
    assert BODY[0] in text and BODY[1] in text
    return text


def _pruned(box: str) -> str:
    """The page's text without what ``PRUNE_XPATH`` names (trafilatura's prune step)."""
    tree = lxml_html.fromstring(f"<div class='story'><p>{BODY[0]}</p>{box}<p>{BODY[1]}</p></div>")
    for xpath in PRUNE_XPATH:
        for el in tree.xpath(xpath):
            if el.getparent() is not None:
                el.getparent().remove(el)
    text = " ".join(tree.text_content().split())
    assert BODY[0] in text and BODY[1] in text
    return text


# -- a call box whose button stands in a paragraph of its own -------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        # a heading, the pitch and a button styled by its class
        '<div class="join-box"><h4>Write for the Ledger</h4><p>The Ledger is always looking for volunteer reporters and '
        'photographers. Come to our meeting on Mondays.</p><p><a class="button" href="/join/">Get involved</a></p></div>',
        # a heading, the pitch and a read-on link without a class
        '<div class="callout"><h3>Work with our team</h3><p>We are hiring nurses at both sites. Relocation support is '
        'available.</p><p><a href="/careers/nursing">Find out more about nursing careers</a></p></div>',
        # a paragraph all in bold as the heading
        '<div class="inline-box"><p><strong>The Ledger is free. Reporting is not.</strong></p><p>Friends of the Ledger '
        'keep it in print. Join for $5 a month.</p><p><a class="wp-block-button__link" href="/friends/">Become a '
        "Friend</a></p></div>",
    ],
)
def test_a_call_box_with_its_button_in_a_paragraph_goes(box):
    text = _calls_dropped(box)
    assert "always looking" not in text and "hiring nurses" not in text and "keep it in print" not in text


@pytest.mark.parametrize(
    "box",
    [
        # a section of the story: a heading, a paragraph and a link inside a sentence
        "<div class='section'><h3>What comes next</h3><p>The board meets again in May to set the winter rates.</p>"
        "<p>The full report is <a href='/report.pdf'>on the council's site</a>.</p></div>",
        # a heading, a paragraph and a bare link that is no button nor read-on label
        "<div class='section'><h3>Background</h3><p>The marina opened in 1987 with 40 berths.</p>"
        "<p><a href='/history'>The marina's 1987 opening and the forty berths it had then</a></p></div>",
        # no heading and a plain paragraph before the pitch
        "<div class='section'><p>The marina opened in 1987.</p><p>It has 212 berths today.</p>"
        "<p><a class='button' href='/map'>Map</a></p></div>",
    ],
)
def test_a_story_section_with_a_link_stays(box):
    text = _calls_dropped(box)
    assert "1987" in text or "winter rates" in text


# -- a news theme's in-content ad slot ------------------------------------------------------------------------------


def test_a_themes_in_content_ad_slot_goes():
    box = (
        '<div class="td-a-rec avis-public-box"><h5>PUBLIC NOTICE</h5><p>Special council meeting, March 30, 7 p.m., '
        "12 Main Street.</p></div>"
    )
    assert "Special council meeting" not in _pruned(box)


def test_a_box_with_the_letters_of_a_record_stays():
    box = "<div class='std-a-record'><p>Special council meeting, March 30, 7 p.m., 12 Main Street.</p></div>"
    assert "Special council meeting" in _pruned(box)


# -- line rules -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Click here to join the Harbour Ledger on WhatsApp and get the latest news and updates",
            "call to action",
        ),
        ("Tap here to follow Harbour Today on Telegram for breaking news", "call to action"),
        ("ER from A1", "jump line"),
        ("BUDGET from Page B1", "jump line"),
        (
            "This story was co-published with the Harbour Herald as part of our Coastal Water Project.",
            "partnership note",
        ),
        ("This article was co-produced by the Ledger and Harbour Radio.", "partnership note"),
        (
            "Printed and distributed by PressHub · reader.presshub.example.org · +1 604 555 0100 · COPYRIGHT AND "
            "PROTECTED BY APPLICABLE LAW",
            "print view's source line",
        ),
        (
            "Watch the oral argument: Video of the May 9 argument in this case is available on the court's archive.",
            "pointer to a recording",
        ),
        (
            "Listen: Audio of the full hearing is available at the council's website.",
            "pointer to a recording",
        ),
        (
            "Programming note: This is a free post. If you'd like more of it, a paid subscription is $6 a month and "
            "keeps me writing.",
            "paid tier's note",
        ),
        (
            "Support for Tides of the Sound is provided by the Harbour Family Foundation and the Coastal Arts Council.",
            "sponsor's credit",
        ),
        (
            "Images may be used only in connection with coverage of this exhibition and must carry the credit shown.",
            "terms of a picture's use",
        ),
        (
            "Photographs may be reproduced only with the credit shown and for coverage of the show.",
            "terms of a picture's use",
        ),
    ],
)
def test_furniture_lines_go(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Residents can click here to join the group on WhatsApp, the council said.",
        "Join the residents who met at the marina on Tuesday.",
        "UK from 2027",
        "Ferries from Pier 4 will run every hour.",
        "The series was co-published with the Herald.",
        "Printed and distributed by volunteers, the leaflets urged residents to vote.",
        "Watch the skies: the meteor shower peaks on Tuesday night.",
        "Video of the argument is available online, the clerk said.",
        "A paid subscription to the streaming service costs $15 a month.",
        "Support for the measure was provided by three of five commissioners.",
        "Support for the plan is provided by the county, which pays half of the cost.",
        "The images may be used in court, the judge ruled.",
        "Photos of the site were used in the council's report.",
    ],
)
def test_news_lines_stay(line):
    assert furniture_rule(line) is None


# -- a reporter's tagline and a closing paragraph about the story's subject -------------------------------------------


def test_a_reporters_since_tagline_closing_the_text_goes():
    text = _clean(
        "Jo Marsh has covered the port and the harbour board since 2015. She is a member of the press gallery."
    )
    assert "Jo Marsh" not in text


def test_a_closing_paragraph_about_a_name_the_story_used_stays():
    subject = (
        "Storm Harlan is expected to bring gusts of 70mph to the coast on Thursday, the forecaster said, with the "
        "harbour closed to small boats."
    )
    closing = "Storm Harlan is the fourth named storm of the season. Storms are named when they may cause high impacts."
    text = clean_extracted("\n".join([*BODY, subject, *BODY, closing]))
    assert closing in text


def test_a_bodys_boilerplate_closing_a_story_that_named_it_goes():
    subject = (
        "The Harbour Food Network said on Tuesday it had handed out 21,400 parcels in November, the most in a month "
        "since it opened."
    )
    closing = "Harbour Food Network is a 501(c)(3) nonprofit organization. Contributions are tax-deductible."
    text = clean_extracted("\n".join([*BODY, subject, *BODY, closing]))
    assert "501(c)(3)" not in text


def test_a_reporter_who_covered_a_beat_in_the_story_stays():
    text = _clean("Jo Marsh has covered the port for years, the chair said, and knows the pontoons well.")
    assert "Jo Marsh has covered" in text


# -- a creator platform's card ----------------------------------------------------------------------------------------


def test_a_creators_card_after_the_text_goes():
    text = _clean(
        "About the Creator",
        "Former county reporter, now writing from the valley. I write about small places.",
        "More stories from Jo Marsh and writers in Journal.",
    )
    assert "Former county reporter" not in text and "About the Creator" not in text


def test_a_creator_heading_in_the_first_half_stays():
    text = clean_extracted("\n".join([*BODY, "About the creator", *BODY, *BODY, *BODY]))
    assert "About the creator" in text
