"""Rules from the fifty-second pass's closing page set pages_final184 (measured once on 922ace07; bot.text.clean,
bot.web.page_rules, page_boxes): an editor's note saying what an update brought, questions about the story's thing sent
to the body's own officer by role and name, the day entries to a club's event open with its call to members who would
help, and a notice's enquiries line quoting the notice's reference, stay; a call to give monthly with what a month's
gift keeps, a place's hours line "Open for <what> …" starting at noon, and a caption set in a blog editor's smallest
type under its picture, go. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an editor's note saying what the update brought ------------------------------------------------------------------------


def test_an_update_note_saying_what_it_brought_is_read():
    for line in (
        "This story was updated Tuesday afternoon with the latest containment figures and readings from the 3 p.m. "
        "monitor report.",
        "This story has been updated with new figures from the harbour board's survey.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_a_bare_update_stamp_still_goes():
    # near misses: a time alone, no purpose, "with" naming nothing the update brought
    for line in (
        "This story was updated at 6:40 p.m.",
        "This story was updated.",
        "This article has been updated with",
        "This story has been updated with additional reporting.",
        "This story has been updated with new information.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- questions about the story's thing sent to the body's own officer by role and name -------------------------------------


def test_questions_to_the_bodys_own_officer_by_name_are_read():
    for line in (
        "Questions about the data can go to our science coordinator, Anya Brightwater, at data@example.org or "
        "519-555-0187.",
        "Questions about the survey should go to our volunteer coordinator, Tomas Elding, at 555-201-0144.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_questions_to_a_newsroom_role_or_about_the_site_still_go():
    # near misses: the newsroom's editor or reporter, the site's own thing
    for line in (
        "Questions about the data can go to our data editor, Anya Brightwater, at data@example.org.",
        "Questions about the data can go to our reporter, Tomas Elding, at tips@example.org.",
        "Questions about the newsletter can go to our office manager, Tomas Elding, at hello@example.org.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- the day entries to the club's own event open, and the call to members who would help -----------------------------------


def test_entries_opening_with_a_call_to_members_who_would_help_are_read():
    for line in (
        "Entries for next year's Autumn Fours open on 1 March. Any member wishing to help organise should speak to "
        "Maud in the clubhouse or email fours@example.org.",
        "Entries for the Harbour Open open on 3 May. Members who wish to volunteer can contact the secretary at "
        "secretary@example.org.",
    ):
        assert line in cleaned([*FERRY_STORY, line]), line


def test_entries_with_a_call_to_readers_or_signed_by_the_site_still_go():
    # near misses: the reader called, the site's own event
    for line in (
        "Entries for the Photo Awards open on 1 March. Readers wishing to take part should email awards@example.org.",
        "Entries for our Photo Awards open on 1 March. Any member wishing to help should email us@example.org.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a notice's enquiries line quoting the notice's own reference ------------------------------------------------------------


def test_an_enquiries_line_quoting_the_notices_reference_is_read():
    line = (
        "Enquiries: Eastshire Waterways customer services, 0300 555 0199, or help@example.org.uk, quoting reference "
        "ST-2026-031."
    )
    assert line in cleaned([*FERRY_STORY, line])


def test_an_enquiries_line_quoting_the_readers_own_number_still_goes():
    # near misses: the reader's own order number, no code given
    for line in (
        "Enquiries: customer services, 0300 555 0199, or help@example.org.uk, quoting your order number.",
        "Enquiries: help@example.org.uk, quoting reference.",
    ):
        assert line not in cleaned([*FERRY_STORY, line]), line


# -- a call to give monthly with what a month's gift keeps -----------------------------------------------------------------


def test_a_call_to_give_monthly_with_a_months_gift_goes():
    assert_rule_takes(
        "donation box's pitch",
        [
            "Give monthly, feed all year. Just $15 a month keeps one dog in food and flea prevention for a full year. "
            "Our monthly donors are the reason the lights stay on.",
            "Donate monthly. $10 a month feeds a rescued hen for a season.",
        ],
        [
            # the donors narrated, no price a month, a call someone reported
            "Donors who give monthly keep the shelter open. $15 a month keeps one dog fed.",
            "Give monthly, feed all year. Our donors are the reason the lights stay on.",
            '"Give monthly, feed all year. Just $15 a month keeps one dog fed," the director said.',
        ],
    )


# -- a place's hours line, what it opens for named, from noon ----------------------------------------------------------------


def test_an_hours_line_open_for_adoptions_from_noon_goes():
    assert_rule_takes(
        "opening hours",
        [
            "Open for adoptions Wednesday through Sunday, noon to 5 p.m.",
            "Open for tours daily, 10 a.m. to 4 p.m.",
        ],
        [
            # the story's sentence, a thing opened for no visit
            "The shelter will be open for adoptions Wednesday through Sunday, noon to 5 p.m.",
            "Open for debate Wednesday, noon to 5 p.m., the council said.",
        ],
    )


# -- a caption set in the blog editor's smallest type under its picture ------------------------------------------------------

_BLOG_PICTURE = (
    '<div class="separator" style="clear: both; text-align: center;"><a href="https://example.org/p/quay.jpg">'
    '<img border="0" src="https://example.org/p/quay.jpg" width="640"></a></div>'
)


def _blog_post(line: str) -> str:
    paragraphs = QUAY_STORY.replace("<p>", "<div>").replace("</p>", "</div><div><br></div>")
    return (
        '<div class="post hentry"><h3 class="post-title">Quay to be rebuilt</h3><div class="post-body entry-content">'
        f"{paragraphs[:400]}{paragraphs[400:].split('</div>', 1)[0]}</div>{_BLOG_PICTURE}{line}"
        f"{paragraphs[400:].split('</div>', 1)[1]}</div></div>"
    )


def test_a_caption_in_the_smallest_type_under_a_blog_picture_goes():
    caption = "The old piles at the seaward end, March 3. (My photo, from the harbour skiff.)"
    for line in (
        f'<div style="text-align: center;"><span style="font-size: x-small;">{caption}</span></div>',
        f'<div style="text-align: center;"><font size="1">{caption}</font></div>',
    ):
        text = page_text(_blog_post(line))
        assert "Paragraph 5" in text and caption not in text, line


def test_a_line_in_small_type_or_with_words_outside_its_run_stays():
    # near misses: a blogger's everyday "small" size, plain words beside the run, no note naming the photo
    caption = "The old piles at the seaward end, March 3. (My photo, from the harbour skiff.)"
    plain = "The old piles at the seaward end, March 3, and the board said more would follow this spring."
    for line, words in (
        (f'<div style="text-align: center;"><span style="font-size: small;">{caption}</span></div>', caption),
        (f'<div>Then: <span style="font-size: x-small;">{caption}</span></div>', caption),
        (f'<div style="text-align: center;"><span style="font-size: x-small;">{plain}</span></div>', plain),
    ):
        text = page_text(_blog_post(line))
        assert "Paragraph 5" in text and words in text, line
