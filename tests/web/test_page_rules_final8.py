"""Rules written on pages_final8's misses (bot.web.page_rules, bot.web.page_lines): a reader's text-size
buttons, a site's closing calls and cards, a press office's contact label and a content-type note.
Sentences written for the test; near misses must stay.
"""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY as BODY
from tests.support.page_lines import cleaned as _clean


def test_text_size_buttons_left_as_text_go():
    for line in (
        "Normal text sizeLarger text sizeVery large text size",
        "Text size: A A A",
        "Decrease font size Reset font size Increase font size",
    ):
        assert furniture_rule(line) == "widget line", line
    for line in (
        "The council will print ballots in a larger text size.",
        "A larger text size helps older readers, the charity said.",
        "Larger text size",  # one word pair alone is no bar of buttons
    ):
        assert furniture_rule(line) is None, line


def test_a_supporter_call_may_say_what_the_gift_keeps():
    for line in (
        "We believe that everyone deserves free access to local news. Become a Harbour Post supporter to help "
        "keep it that way.",
        "Become a member to help keep us independent.",
    ):
        assert furniture_rule(line) == "appeal for support", line
    for line in (
        "Volunteers asked people to become a supporter to help keep the pool open, the chairman said.",
        "Residents can become a member to help keep the pool open until October.",
        "She became a supporter to help keep it going in 2019.",
    ):
        assert furniture_rule(line) is None, line


def test_a_tip_line_asking_for_typos_is_the_corrections_widget():
    for line in (
        "Have a story tip? Find a typo? Report an error or send us a news tip.",
        "Find a typo? Let us know.",
    ):
        assert furniture_rule(line) == "widget line", line
    for line in (
        "Readers who find a typo in the council's notices can call the clerk, who will reprint them.",
        "Have a story tip about the harbour? The board says it will answer every letter by Friday.",
    ):
        assert furniture_rule(line) is None, line


def test_a_card_read_as_one_line_closing_on_its_button_is_a_call():
    for line in (
        "Get the full picture on harbour policy with our daily Pro briefing. Request a demo",
        "Interested in marine biology? Find out about our degree courses. Explore our courses",
        "The judge delivered a summary of the ruling in court on 5 March. Watch the judgment summary",
        "Watch every game of the season live and on demand. New to StreamCo? Start your free trial today.",
    ):
        assert furniture_rule(line) == "call to action", line
    for line in (
        "1. Get a permit",
        "The council opened the new pool on Monday. Watch the video below.",
        "The app offers a free trial, the company said.",
        "Residents who want a place should apply by Friday. Apply online at the council website",
        "Customers can start a free trial in May, when the service launches in Canada.",
        "“Book a demo,” the sales manager told the room. Nobody did",
    ):
        assert furniture_rule(line) is None, line


def test_a_card_button_alone_on_its_line_goes_with_its_pitch():
    card = [
        "See what HarbourSoft can do for your team",
        "Get a personalized walkthrough with one of our product specialists.",
        "Book a demo",
    ]
    links = frozenset({"book a demo", "watch the board meeting"})
    assert _clean([BODY[0], *card, BODY[1], BODY[2]], links) == BODY
    assert _clean([BODY[0], "Watch the board meeting", BODY[1]], links) == BODY[:2]
    # Not a link on the page, or a report or a paragraph above it: text.
    assert _clean([BODY[0], "Book a demo", BODY[1]]) == [BODY[0], "Book a demo", BODY[1]]
    reported = "You can try it yourself, the harbour master said."
    assert _clean([BODY[0], reported, "Book a demo", BODY[1]], links) == [BODY[0], reported, BODY[1]]
    assert _clean([BODY[1], "Book a demo", BODY[2]], links) == [BODY[1], BODY[2]]


def test_a_contact_heading_may_offer_interviews():
    block = [
        "For more information or to arrange interviews, please contact:",
        "Ana Ruiz, Media Manager, ana.ruiz@harbour.example.org, +44 20 7946 0000",
    ]
    assert _clean([*BODY, *block]) == BODY
    # With no address under it, or in the first half of the text: kept.
    no_address = ["For more information or to arrange interviews, please contact:", "Ana Ruiz, Media Manager"]
    assert _clean([*BODY, *no_address]) == [*BODY, *no_address]
    interviews = "For more information or to arrange interviews, the board said, residents should call the quay office."
    assert interviews in _clean([BODY[0], interviews, BODY[1], BODY[2]])


def test_a_content_type_note_in_the_trust_project_words_is_small_print():
    for line in (
        "News Based on facts, either observed and verified directly by the reporter, or reported and verified "
        "from knowledgeable sources.",
        "Opinion Advocates for ideas and draws conclusions based on the author's interpretation of facts and data.",
        "Analysis Interpretation of the news based on evidence, including data, as well as anticipating how "
        "events might unfold based on past events.",
    ):
        assert furniture_rule(line) == "small print", line
    for line in (
        "The panel's findings were based on facts observed by its inspectors, the report said.",
        "The inspectors' report was based on facts, either observed and verified by staff or taken from records, "
        "and its conclusions were challenged by the board on Friday in a letter to the minister, who has not "
        "replied yet, and the union, which says the inspectors never visited the quay.",
    ):
        assert furniture_rule(line) is None, line


def test_a_shopping_card_goes_with_its_price_buttons():
    card = [
        "Quayside Video Doorbell 2",
        "No subscription needed: stores video on the device.",
        "$129.99 at Amazon$139.99 at Best Buy",
    ]
    assert _clean([BODY[0], *card, BODY[1], BODY[2]]) == BODY
    assert _clean([BODY[0], "Harbour Kettle", "£89 at Argos", BODY[1]]) == BODY[:2]
    # A price under a label, or in a sentence, and a report above a price line stay.
    for kept in (
        "Milk: $4.99 at Tesco",
        "A litre of milk now costs $4.99 at Tesco, up from $3.80 a year ago.",
    ):
        assert kept in _clean([BODY[0], kept, BODY[1]])
    reported = "It sold out in an hour, the shop said."
    assert reported in _clean([BODY[0], reported, "$129.99 at Amazon", BODY[1]])


def test_a_universitys_own_standing_is_boilerplate():
    for line in (
        "The University of Northmoor is a member of the Russell Group and is ranked in the top 100 universities "
        "in the world.",
        "Harbour State University is consistently ranked among the top 50 public universities in the US.",
    ):
        assert furniture_rule(line) == "small print", line
    for line in (
        "The university was ranked 40th last year, the vice-chancellor said.",
        "The University of Northmoor is a member of the group that brought the case.",
        "The college is one of the top employers in the county and has 900 staff.",
        "Northmoor University is ranked in the top 10 for complaints, a student survey found.",
    ):
        assert furniture_rule(line) is None, line
