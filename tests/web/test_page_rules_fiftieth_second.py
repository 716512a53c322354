"""Rules from the blind page set pages_final176 (measured once on 6b0c719f; bot.web.page_rules, page_lines, page_boxes,
page_tree, bot.text.clean): a correction note naming a figure with a decimal point, a notice's sentence telling its
public whom to contact under a "Contacts" heading, a show secretary's offer to post the prizes not collected and a
magazine's standfirst in the headline's own header box stay; a society's motto closing on the year it began, a
newsletter's call to send the reader's personal referral link, a donation box's cost of a day's care with the gift that
covers it and its call to give monthly (with the box's heading, when its table cell runs them into one line) and an
outlet's note on its own newsroom go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.text.clean import is_furniture
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- a correction note saying what it corrected, a figure with a decimal point in it ------------------------------------


def test_a_correction_note_naming_a_decimal_figure_stays():
    for line in (
        "This story has been corrected to show that the harbour survey put the cost of new piers at $2.4 million, not "
        "$4.2 million.",
        "This article was updated to correct the depth of the channel, which is 7.5 metres.",
    ):
        assert not is_furniture(line), line
        assert line in cleaned([*FERRY_STORY, line])


def test_a_bare_note_of_a_change_still_goes():
    # near misses: a note saying nothing of what changed, one whose purpose ends at a stop before its figure
    for line in ("This story has been corrected.", "This story has been corrected. It said 3.1."):
        assert is_furniture(line), line


# -- a society's motto under its banner -------------------------------------------------------------------------------


def test_a_bodys_motto_closing_on_the_year_it_began_goes():
    assert_rule_takes(
        "masthead's motto",
        [
            "Preserving the Maritime History of Port Ellery Since 1962",
            "Promoting the Golden Guernsey goat in the Vale since 1971",
        ],
        [
            # a sentence going on past the year, a motto with a stop in it, no verb in -ing opening it
            "Preserving the ferry since 1962 has cost the trust £2 million",
            "Recording the harbour's wrecks since 1962. The register is online.",
            "Boats, tides and friendship for harbour folk since 1962",
        ],
    )


# -- a newsletter's call to send the reader's own referral link --------------------------------------------------------


def test_a_call_to_send_the_readers_personal_link_goes():
    assert_rule_takes(
        "call to pass the issue on",
        [
            "Know someone who spends every Saturday on the quay? Send them your personal link and get rewards when "
            "they sign up.",
            "Share your unique referral link with a neighbour who loves the harbour.",
        ],
        [
            # a link of no reader's own, the reader's link to a petition, a speaker's words
            "The harbour board sent them a link to the survey on Friday.",
            "Share your link to the petition with the neighbours.",
            "“Send them your personal link,” the organiser told volunteers.",
        ],
    )


# -- a donation box's cost of a day's care and its call to give monthly ------------------------------------------------


def test_a_days_care_cost_with_its_gift_and_a_call_to_give_monthly_go():
    assert_rule_takes(
        "donation box's pitch",
        [
            "It costs about $9 a day to care for one seal pup: fish, antibiotics and a warm pool. A gift of $30 covers "
            "more than three days.",
            "Become a monthly Tide Keeper and your gift goes to work all year round, so we're ready when the next pup "
            "strands.",
            "Give monthly and your donation feeds a rescued pup all winter.",
        ],
        [
            # a sum that pays for no one's care, a cost with no gift, a monthly role that is no gift, a narration
            "It costs $2 million a year to run the ferry. A gift of $30 covers nothing.",
            "It costs about $9 a day to care for one seal pup, and the centre took in 40 this winter.",
            "Become a monthly columnist and your words reach 10,000 readers.",
            "Donors who give monthly kept the centre open through the winter.",
            "It costs about $9 a day to care for one seal pup. A gift of $30 covers three days, the director said.",
        ],
    )


def _letter_with_box(paragraphs: list[str]) -> str:
    cells = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<div>{QUAY_STORY}</div>"
        '<table width="100%"><tr><td><table width="100%"><tr><td style="border: 2px solid #c60;">'
        f"<h2>Help us get ready for the next storm</h2>{cells}</td></tr></table></td></tr></table>"
    )


_COST = (
    "It costs about $9 a day to care for one seal pup: fish, antibiotics and a warm pool. A gift of $30 covers more "
    "than three days."
)
_MONTHLY = "Become a monthly Tide Keeper and your gift goes to work all year round, so we're ready when the next pup strands."


def test_a_donation_box_read_as_one_cell_goes_with_its_heading():
    text = page_text(_letter_with_box([_COST, _MONTHLY]))
    assert "Paragraph 5" in text
    assert "next storm" not in text and "seal pup" not in text and "Tide Keeper" not in text


def test_a_box_with_a_paragraph_no_appeal_rule_takes_stays():
    # near miss: the box's second paragraph is news of the rescue, no appeal
    news = "Volunteers released the last three pups from the beach below the station on Sunday morning."
    text = page_text(_letter_with_box([_COST, news]))
    assert "next storm" in text and news in text


# -- an outlet's note on its own newsroom ------------------------------------------------------------------------------


def test_an_outlets_note_on_its_own_newsroom_goes():
    assert_rule_takes(
        "outlet's note on its own newsroom",
        [
            "The Harbour Gazette has covered Port Ellery since 1888. Our reporters live here, fish here and send "
            "their kids to school here, and we answer to you.",
            "The Quay Courier has served the east shore since 1921. Our journalists are your neighbours.",
        ],
        [
            # a paper's record in the news, with no newsroom speaking; a line quoting someone
            "The Harbour Gazette has covered Port Ellery since 1888. Its last edition ran on Thursday.",
            "The Harbour Gazette has covered Port Ellery since 1888. Our reporters will miss it, the editor said.",
        ],
    )


# -- a notice's sentence telling its public whom to contact, under "Contacts" ------------------------------------------

_PUBLIC_LINE = (
    "Skippers with questions about mooring allocation should contact the Harbour Office on +1 555 0144 or "
    "moorings@example.org. For navigational matters, contact Port Control on VHF Channel 14."
)


def test_a_sentence_telling_the_notices_public_whom_to_contact_stays_under_contacts():
    kept = cleaned([*FERRY_STORY, "Contacts", _PUBLIC_LINE, "The dredging will finish by the end of March."])
    assert _PUBLIC_LINE in kept


def test_a_press_offices_contact_block_still_goes():
    # near misses: the press as the public sent on, a block of names, titles and numbers
    for block in (
        [
            "Media contacts",
            "Members of the media should contact the Harbour Office on +1 555 0144 or press@example.org.",
        ],
        ["Contacts", "Dana Whitcombe", "Communications Officer", "+1 555 0144", "press@example.org"],
    ):
        kept = cleaned([*FERRY_STORY, *block])
        assert FERRY_STORY[-1] in kept and not any("555 0144" in line for line in kept), block


# -- the story's things left to be collected, and the offer to post them -----------------------------------------------


def test_an_offer_to_post_the_things_not_collected_stays():
    for line in (
        "Trophies not collected on the night can be picked up from me at the November meeting, or I can post them if "
        "you email secretary@example.org with your address.",
        "Lost property can be claimed at the fair office until Friday, or email lostproperty@example.org.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_a_collection_the_site_signs_or_the_readers_own_still_goes():
    # near misses: the site's own office, the site's own paper, the reader doing the picking up
    for line in (
        "Prizes can be collected from our office, or email prizes@example.org.",
        "Copies of the newsletter can be picked up at the library, or email news@example.org.",
        "You can pick up your trophy at the meeting or email show@example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a standfirst in the headline's own header box ---------------------------------------------------------------------

_DECK = (
    "After 60 years on the north quay, the fish market moves inland next month. We spent a week on its floor."
)


def _magazine_page(under_headline: str) -> str:
    return (
        '<article><header class="story-header"><h1>Quay to be rebuilt</h1>'
        f'{under_headline}<div class="story-header__meta"><span class="byline">By Dana Whitcombe</span> '
        '<time datetime="2025-03-04">March 4, 2025</time></div></header>'
        '<figure><img src="https://example.org/quay.jpg" alt=""><figcaption>The quay at dawn.</figcaption></figure>'
        f'<div class="article-body">{QUAY_STORY}</div></article>'
    )


def test_a_standfirst_in_the_headlines_header_box_opens_the_text():
    text = page_text(_magazine_page(f'<p class="story-header__deck">{_DECK}</p>'))
    assert text.startswith(_DECK) and "Paragraph 5" in text


def test_a_label_under_the_headline_in_its_header_box_stays_out():
    # near miss: a label under the headline closes no sentence
    text = page_text(
        _magazine_page('<p class="story-header__kicker">Harbour news and the people of the quay</p>')
    )
    assert "Harbour news" not in text and "Paragraph 5" in text
