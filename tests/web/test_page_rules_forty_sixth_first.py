"""Rules from the blind page set pages_final157 (measured once on 97fa62cd; bot.web.page_boxes, page_rules): a box above
the text whose heading labels it a machine-written summary ("Key Points AI-assisted summary"), its items told again in
the paragraphs, goes as a key-points box does; a newsletter's call to forward it run into "Was this forwarded to you?",
its sponsor slot naming the issue by the newsletter's title ("This week's <Title> is supported by <Shop> …"), a live
page's feed title ("Latest updates"), a station's call for its readers' pictures ("… send us your storm photos at …")
and a membership box's pitch ("Your membership supports …") go. Pages and lines written for the test; near misses must
stay."""

from __future__ import annotations

from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text

# -- a box labelled a machine-written summary above the text ------------------------------------------------------------

_ITEMS = (
    "<ul><li>The harbour board will rebuild the north quay next spring.</li>"
    "<li>A survey found the old timber piles had rotted below the waterline.</li></ul>"
)


def test_a_box_headed_as_a_machine_summary_the_text_tells_again_goes():
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='kp'><h2>Key Points <span>AI-generated summary"
        f"</span></h2>{_ITEMS}</div>{QUAY_STORY}</article>"
    )
    assert "rotted below the waterline." not in text and "AI-generated summary" not in text
    # near misses: an unclassed "Highlights" heading over the same items, the text's own list
    text = page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='kp'><h2>Highlights</h2>{_ITEMS}</div>"
        f"{QUAY_STORY}</article>"
    )
    assert "rotted below the waterline." in text


# -- line rules ---------------------------------------------------------------------------------------------------------


def test_a_call_to_forward_the_issue_run_into_its_forwarded_question_goes():
    assert_rule_takes(
        "e-mail trailer",
        [
            "Forward this newsletter to a friend who likes maps. Was this forwarded to you? Sign up here, it's free."
        ],
        ["The clerk asked: Was this forwarded to you?", "Forward the form to the clerk's office by Friday."],
    )


def test_a_sponsor_slot_naming_the_issue_by_its_title_goes():
    assert_rule_takes(
        "sponsor read",
        [
            "Today's Harbour Note is supported by Quayside Chandlery, open every day from 8, where the rope is cheap."
        ],
        [
            "This year's Harbour Fair is supported by the Arts Council.",
            "This week's Note is supported by readers.",
        ],
    )


def test_a_live_pages_feed_title_goes():
    assert_rule_takes(
        "widget line",
        ["Latest updates", "Live updates"],
        ["Latest updates on the closure are posted at the depot.", "Latest figures"],
    )


def test_a_call_for_the_readers_pictures_goes():
    assert_rule_takes(
        "call for the readers' pictures",
        [
            "Report a flooded road or send us your flood videos at example.com/share.",
            "Share your photos with us!",
        ],
        [
            "Send your photos to the county assessor by May 1.",
            "“Send us your photos,” the mayor told residents.",
        ],
    )


def test_a_membership_boxs_pitch_goes():
    assert_rule_takes(
        "membership box's pitch",
        [
            "Members keep the gallery open. Your membership supports the print studio and gets you in free all year."
        ],
        ["Her membership supports the club's youth teams.", "“Your gift funds the lab,” the director said."],
    )


# -- the site's footer by its markup role --------------------------------------------------------------------------------

_ABOUT = "The Quay Society is a nonprofit organization of boat owners in four harbours."


def _with_footer(footer: str) -> str:
    return page_text(
        f"<h1>Quay to be rebuilt</h1><div class='content'><div class='body'>{QUAY_STORY}</div>{footer}</div>"
    )


def test_a_footer_named_by_its_markup_role_goes():
    for role in ("data-builder-type='footer'", "role='contentinfo'"):
        assert "nonprofit organization" not in _with_footer(
            f"<div {role}><div><p>{_ABOUT}</p><p>PO Box 12</p></div></div>"
        )
    # near misses: a data value that only holds the word, and a box of two prose paragraphs under the role
    assert "nonprofit organization" in _with_footer(
        f"<div data-slot='footer-note'><div><p>{_ABOUT}</p><p>PO Box 12</p></div></div>"
    )
    prose = (
        f"<p>{_ABOUT} It was founded in 1931 by the harbour's fishermen and now counts four hundred members.</p><p>Its "
        "members vote on the harbour board's fees every spring, and this year they asked the board to rebuild the north quay before the south one.</p>"
    )
    assert "nonprofit organization" in _with_footer(f"<div role='contentinfo'>{prose}</div>")
