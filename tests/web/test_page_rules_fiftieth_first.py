"""Rules from the forty-ninth pass's closing set pages_final175 (measured once on its final page code; bot.web.page_rules):
a meeting's "Public comment is allowed … by email to <address>" and "Questions about <activity> or <activity> can go to
<role> <Name> at <number> …" stay; a credit for the post's pictures under "Photos in this post:", an old site's "Site
designed and maintained by …" with its "Webspace kindly provided by …", and a neighbourhood platform's "Posted to <Place>
and 12 nearby neighborhoods" go. Lines written for the test; near misses must stay."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY, assert_rule_takes, cleaned, page_text

# -- the public's say at a body's meeting, sent by e-mail ---------------------------------------------------------------


def test_public_comment_a_meeting_allows_by_email_to_an_office_stays():
    for line in (
        "The harbour board's finance committee meets April 9 at 6 p.m. in the ferry terminal's upper hall. Public "
        "comment is allowed in person and by email to board@harbour.example.org.",
        "Written testimony will be accepted by email to clerk@harbour.example.org until noon on the day of the hearing.",
        "The hearing starts at 7 p.m. Public comments are also welcome by email at hearings@harbour.example.org.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_comment_by_email_to_the_site_or_with_no_public_say_goes():
    # near misses: comment sent to the site's desk or signed by the site, comments that are no public say
    for line in (
        "Public comment is accepted by email to editor@gazette.example.org.",
        "Public comments are welcome by email to our newsroom at news@gazette.example.org.",
        "Comments are welcome by email to board@harbour.example.org.",
        "Public comments on this story are welcome by email to letters@gazette.example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- questions about the story's activities, sent to a person under a role ----------------------------------------------


def test_questions_about_the_storys_activities_sent_to_a_named_role_stay():
    for line in (
        "Questions about vending or volunteering can go to events coordinator Maren Holt at 555-0172 or "
        "events@harbourfest.example.org.",
        "Questions about sailing, rowing and kayaking should go to harbour master Ewan Price at sailing@example.org.",
        "Questions about parking can be directed to the Harbour Office at 555-0139 or parking@harbour.example.org.",
    ):
        assert furniture_rule(line) is None, line
        assert line in cleaned([*FERRY_STORY, line])


def test_questions_about_the_sites_own_dealings_or_about_nothing_go():
    # near misses: the site's business put as a gerund, a thing of nothing, a line the site signs
    for line in (
        "Questions about advertising can go to sales manager Maren Holt at 555-0172 or ads@gazette.example.org.",
        "Questions about subscribing can go to circulation manager Maren Holt at subs@gazette.example.org.",
        "Questions about anything can go to office manager Maren Holt at 555-0172 or office@gazette.example.org.",
        "Questions about volunteering can go to our editor Maren Holt at 555-0172 or news@gazette.example.org.",
    ):
        assert furniture_rule(line) == "contact e-mail", line


# -- a credit for the post's pictures ------------------------------------------------------------------------------------


def test_a_credit_for_the_posts_pictures_under_its_label_goes():
    assert_rule_takes(
        "photo credit",
        [
            "Photos in this post: Maren Holt. Please ask before sharing outside the club.",
            "Pictures in this article: Ewan Price",
            "All photos in this recap: the Holt family. Do not reuse without permission.",
        ],
        [
            # no label, no name, a second sentence asking nothing of the pictures' use
            "Photos in this post show the slipway after the storm.",
            "Photos in this post: the start, the swim and the finish.",
            "Photos in this post: Maren Holt. She joined the club in 2019.",
            "Photos in this post: Maren Holt. She used a borrowed camera.",
        ],
    )


# -- an old site's makers and its web space -----------------------------------------------------------------------------


def test_an_old_sites_makers_credit_and_its_web_space_go():
    assert_rule_takes(
        "site credit",
        [
            "Site designed and maintained by Ewan Price. Webspace kindly provided by Quayside Internet Services.",
            "This site built, hosted and maintained by the Harbour Model Boat Club.",
            "Webspace kindly provided by Quayside Internet Services.",
            "Web hosting generously donated by Quayside Internet.",
        ],
        [
            # no line or sentence opening on the site's credit
            "The site designed and maintained by volunteers was hacked in March.",
            "Hosting provided by the city, the final drew 4,000 fans.",
        ],
    )


# -- a neighbourhood platform's audience line ---------------------------------------------------------------------------


def test_a_posts_audience_line_goes():
    assert_rule_takes(
        "social post's audience line",
        [
            "Posted to Quayside and 12 nearby neighborhoods",
            "Shared with 3 groups",
            "Posted to Old Harbour & 4 other neighbourhoods",
        ],
        [
            # a line going on past the count, one opening on no label, no count
            "Posted to 12 neighborhoods, the flyer drew 40 replies.",
            "The sheriff posted the warning to 12 nearby neighborhoods.",
            "Posted to Quayside",
        ],
    )


def test_a_posts_audience_line_under_its_post_goes_and_the_post_stays():
    post = (
        "<article><p>Sharing this because my neighbour nearly paid a caller who claimed to be from the harbour "
        "police and said her boat licence had lapsed and a fine was owed by the end of the day.</p>"
        "<p>The harbour police say they never ask for payment over the phone, and anyone who gets such a call should "
        "hang up and ring the station's front desk instead of the number the caller gives.</p>"
        "<p>Please check on anyone on your street who lives alone and might not have heard about this yet, because "
        "the callers sound convincing and know people's names.</p>"
        "<div>Posted to Quayside and 12 nearby neighborhoods</div></article>"
    )
    text = page_text(post)
    assert "front desk" in text and "nearby neighborhoods" not in text
