"""Lines that close a page's text and are no part of the article (bot.web.page_lines.clean_extracted and
bot.web.page_rules): a press office's contact block, a label left with nothing after it, the heading
over a run of links, a sponsor's label. Sentences written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The county will spend 3.2 million dollars on flood defences along the Arden river this year, the "
    "environment department said on Monday, after two winters in which the town centre flooded.",
    "The money will pay for a new embankment at Weir Meadow and for raising the footbridge at Station Road "
    "by half a metre, work that the department expects to finish before the autumn rains.",
    "Residents who lost their homes in the January floods will also be able to claim up to 5,000 dollars "
    "each towards flood doors and pumps.",
]


def _clean(lines: list[str], links: frozenset[str] = frozenset()) -> list[str]:
    return clean_extracted("\n".join(lines), None, links).split("\n\n")


def test_a_contact_block_after_the_text_goes():
    contacts = [
        "Media contact",
        "Priya Shah",
        "Communications Officer",
        "555-201-3344",
        "press@arden.example",
    ]
    assert _clean(BODY + contacts) == BODY
    # "For more information:" over a name and a phone number
    assert _clean(BODY + ["For more information:", "Tom Reyes, county engineer", "(555) 201-9900"]) == BODY


def test_a_contact_heading_without_a_number_or_before_text_stays():
    # no phone number nor e-mail under it: a heading of the text ("Contacts" between two councils)
    lines = BODY + ["Contacts", "The two councils last met in March."]
    assert _clean(lines) == lines
    # a paragraph after the contact lines is text again: only the block goes
    lines = BODY[:2] + ["Press enquiries", "Jo Bell", "555-201-3344", BODY[2]]
    assert _clean(lines) == BODY
    # in the first half of the text it is not a trailer
    lines = ["Contacts", "Jo Bell", "555-201-3344", *BODY, BODY[0].replace("county", "city")]
    assert _clean(lines)[:3] == ["Contacts", "Jo Bell", "555-201-3344"]


def test_a_label_left_with_nothing_after_it_goes():
    assert _clean(BODY + ["- Date modified:"]) == BODY
    assert _clean(BODY + ["Share:"]) == BODY
    # a label with text after it, or a longer line ending with a colon, stays
    lines = BODY + ["Ingredients:", "- 2 cups of flour"]
    assert _clean(lines) == lines
    lines = BODY + ["The department listed three reasons for the delay:"]
    assert _clean(lines) == lines


def test_the_heading_over_a_run_of_links_goes_with_the_run():
    links = frozenset({"weir meadow embankment plans", "flood grants how to apply"})
    lines = BODY + ["More from the county", "Weir Meadow embankment plans", "Flood grants: how to apply"]
    assert _clean(lines, links) == BODY
    # one linked line is no run: the line above it stays (a subhead of the text)
    lines = [BODY[0], "What happens next", "Weir Meadow embankment plans", BODY[1]]
    assert _clean(lines, links) == lines
    # a sentence above a run is text
    lines = [*BODY, "The plans are online.", "Weir Meadow embankment plans", "Flood grants: how to apply"]
    assert _clean(lines, links) == [*BODY, "The plans are online."]


def test_a_sponsors_label_goes_and_a_sponsorship_in_the_news_stays():
    assert (
        furniture_rule("This week's Riverside Letter is supported by Arden Building Society")
        == "sponsor read"
    )
    assert furniture_rule("Sponsored by Kettle & Sons Hardware") == "sponsor read"
    assert furniture_rule("Today's edition is brought to you by Fenwick Books") == "sponsor read"
    assert furniture_rule("Together with Fenwick Books") == "sponsor read"
    assert furniture_rule("Together with her sister, she runs the bookshop") is None
    # a sentence of the news, or a longer line naming who paid for something
    assert furniture_rule("This year's regatta is sponsored by the harbour board.") is None
    assert furniture_rule("The regatta, supported by the harbour board, drew 40 boats on Saturday") is None


def test_a_notice_to_the_reader_above_the_headline_goes():
    title = "Arden flood defences to get 3.2 million dollars"
    notice = "Arden Today is the news site you can write for. Send us your story!"
    assert _clean_titled([notice, title, *BODY], title) == [title, *BODY]
    # the page's title may add the site's name after the headline
    assert _clean_titled([notice, title, *BODY], f"{title} - Arden Today") == [title, *BODY]
    # a sentence above the headline that speaks to no reader is the text's own: it stays
    lines = ["The river rose two metres in a night.", title, *BODY]
    assert _clean_titled(lines, title) == lines


def _clean_titled(lines: list[str], title: str) -> list[str]:
    return clean_extracted("\n".join(lines), title).split("\n\n")


def test_a_free_registration_wall_cuts_the_pitch_after_it():
    wall = [
        "Register for free to keep reading",
        "This article is available to registered readers. Create a free account to continue reading and get:",
        "- Unlimited access to news and analysis",
        "- Our daily newsletter",
    ]
    assert _clean(BODY + wall) == BODY
    # the same words reported in the news stay
    line = "The council said residents must register for free parking permits before June."
    assert _clean([*BODY, line]) == [*BODY, line]


def test_an_appeal_naming_the_newsroom_or_reporting_like_this_goes():
    appeal = "The Arden Ledger is a nonprofit newsroom. We rely on donations from readers to do reporting like this."
    assert furniture_rule(appeal) == "appeal for support"
    assert furniture_rule("The nonprofit newsroom said donations fell by a third last year.") is None
    assert furniture_rule("The nonprofit newsroom, which relies on donations, cut three jobs in May.") is None
