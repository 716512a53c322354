"""Rules written on the misses of pages_final34, pages_final35 and pages_final36: a podcast host's privacy line alone
("See omnystudio.com/listener for privacy information."), a feedback form's line ("Use this form to send a message to
the author of this post. If you want to post a public comment, …"), a sponsor's credit after a label of the coverage it
pays for ("Kentucky football coverage presented by Commonwealth Ford") or in capitals run into its pitch ("SUPPORTED BY
Harbor Light Hardware — …"), a newsletter's "Know something we should look into? Just hit reply.", a postal address bar
closing on its country, an appeal's "Every contribution, however large or small, will make a difference."
(bot.web.page_rules); a contact block under "Department Contact" and a show's people list closing the text ("Creators &
Guests" over "- Host Mark Haddad …", bot.web.page_lines); the site's tagline beside its name in the masthead
(bot.web.page_boxes). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_masthead_taglines
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

BODY = [
    "The harbour board voted on Tuesday to lease the old ferry terminal to a boatbuilding school for 25 years, ending "
    "a decade in which the building stood empty.",
    '"It is the first time in ten years that anyone has asked to use it for what it was built for," the board\'s chair '
    "said after the vote, which was five to two.",
]


def _clean(*lines: str) -> str:
    text = clean_extracted("\n".join([*BODY, *BODY, *lines]))
    assert BODY[0] in text and BODY[1] in text
    return text


# -- line rules ------------------------------------------------------------------------------------------------------


def test_a_podcast_hosts_privacy_line_alone_is_furniture():
    assert furniture_rule("See omnystudio.com/listener for privacy information.") is not None
    assert furniture_rule("Visit megaphone.fm/adchoices for ad choices information") is not None


def test_a_sentence_pointing_to_privacy_information_without_an_address_stays():
    assert (
        furniture_rule("See the county's website for privacy information about the new parking meters.")
        is None
    )


def test_a_feedback_forms_line_is_furniture():
    line = (
        "FEEDBACK: Use this form to send a message to the author of this post. If you want to post a public comment, "
        "you can do that at the bottom of the page."
    )
    assert furniture_rule(line) is not None
    assert furniture_rule("Use this form to send a message to the editors.") is not None


def test_a_form_or_a_comment_in_the_news_stays():
    assert (
        furniture_rule("Residents can use the form on the city's website to send a message to the council.")
        is None
    )
    assert (
        furniture_rule(
            "Anyone who wants to post a public comment on the plan can do so at the library until May 1."
        )
        is None
    )
    line = "If you want to leave a comment on the draft plan, you can do that at the bottom of the page on the city's site."
    assert furniture_rule(line) is None


def test_a_sponsor_credit_after_a_label_of_coverage_is_furniture():
    assert furniture_rule("Kentucky football coverage presented by Commonwealth Ford") is not None
    assert furniture_rule("Weather forecast sponsored by Tri-County Ag Supply") is not None


def test_an_event_presented_by_someone_stays():
    assert furniture_rule("Holiday concert presented by the Harwood Arts Council") is None
    assert furniture_rule("Holiday concert presented by Harwood Arts Council") is None
    assert furniture_rule("Its playoff coverage was presented by Ford.") is None


def test_a_sponsor_label_in_capitals_run_into_its_pitch_is_furniture():
    line = (
        "SUPPORTED BY Harbor Light Hardware — snow shovels, ice melt and storm windows in stock at 14 Front Street. "
        "Open 7 days until Christmas."
    )
    assert furniture_rule(line) is not None


def test_a_sentence_opening_supported_by_stays():
    line = "Supported by a state grant and two local banks, the library will open on Sundays from January through March."
    assert furniture_rule(line) is None


def test_a_newsletters_know_something_prompt_answered_by_a_reply_is_furniture():
    line = "Know something we should look into? Just hit reply. Every email is read by a real person, usually over coffee."
    assert furniture_rule(line) is not None


def test_a_question_about_what_someone_knows_stays():
    assert (
        furniture_rule("Do you know something about the fire? Call the sheriff's office at 555-0100.") is None
    )


def test_a_postal_address_bar_closing_on_its_country_is_furniture():
    assert furniture_rule("The Straits Weekly · PO Box 212 · St. James, MI 49782 · United States") is not None


def test_an_address_in_a_sentence_or_a_bar_without_a_box_or_street_stays():
    assert furniture_rule("Letters go to PO Box 212, St. James, MI 49782, United States, by Friday.") is None
    assert furniture_rule("Ferry schedule · Winter · St. James, MI 49782 · United States") is None


def test_an_appeal_closing_every_contribution_makes_a_difference_is_furniture():
    line = (
        "Now more than ever, your support is critical to help us keep our community informed about the evolving "
        "pandemic and the impact it is having locally. Every contribution, however large or small, will make a "
        "difference."
    )
    assert furniture_rule(line) is not None


def test_a_story_closing_every_donation_makes_a_difference_stays():
    assert furniture_rule("The food bank collects until Friday. Every donation makes a difference.") is None
    quoted = '"Every contribution, however large or small, will make a difference," you told us, the director said.'
    assert furniture_rule(quoted) is None


# -- passes over several lines ----------------------------------------------------------------------------------------


def test_a_contact_block_under_department_contact_goes():
    text = _clean(
        "Department Contact",
        "Lassiter County Public Works",
        "1420 Mill Street, Corbett, OR 97398",
        "Phone: (541) 555-0162",
    )
    assert "Department Contact" not in text and "Mill Street" not in text and "555-0162" not in text


def test_department_contact_without_a_number_under_it_stays():
    text = _clean("Department Contact", "Lassiter County Public Works")
    assert "Department Contact" in text and "Public Works" in text


PEOPLE = [
    "Creators & Guests",
    "- Host Mark Haddad Managing editor of County Line News.",
    "- Guest Dana Ruiz Reporter covering Harlan County government and utilities.",
    "- Producer Theo Gaskins",
]


def test_a_shows_people_list_closing_the_text_goes_with_its_heading():
    text = _clean(*PEOPLE)
    assert "Creators" not in text and "Mark Haddad" not in text and "Reporter covering" not in text
    assert "Theo Gaskins" not in text


def test_a_list_of_names_that_is_no_credits_or_that_the_text_goes_on_after_stays():
    text = _clean("Winners", "- Ward 1 Jane Doe", "- Ward 2 John Roe")
    assert "Jane Doe" in text and "John Roe" in text
    text = _clean(*PEOPLE, "The school board will take up the bus contract again at its January meeting.")
    assert "Mark Haddad" in text and "Theo Gaskins" in text


# -- a box before trafilatura -----------------------------------------------------------------------------------------

POST = (
    '<div class="post"><h2><a href="https://notes.example.org/post/12/rezoning">Rezoning goes to council</a></h2>'
    "<p>The planning commission deadlocked 3-3 on Tuesday night on the request to rezone the old bus barn.</p></div>"
)


def _after(html: str) -> str:
    tree = lxml_html.fromstring(html)
    drop_masthead_taglines(tree)
    return tree.text_content()


def test_the_sites_tagline_beside_its_name_linking_home_goes():
    header = (
        '<div id="header"><h1><a href="/">Eastside Planning Notes</a></h1><p class="description">Notes from planning '
        "meetings, written up by a neighbor who goes so you don't have to.</p>"
        '<ul class="nav"><li><a href="/archive">Archive</a></li></ul></div>'
    )
    text = _after(f"<html><body>{header}{POST}</body></html>")
    assert (
        "written up by a neighbor" not in text and "deadlocked" in text and "Eastside Planning Notes" in text
    )


def test_a_paragraph_beside_a_heading_linking_elsewhere_or_a_box_with_the_post_stays():
    linked = (
        '<div class="lead"><h2><a href="/post/12/rezoning">Rezoning goes to council</a></h2>'
        "<p>The commission deadlocked on Tuesday night.</p></div>"
    )
    assert "deadlocked on Tuesday" in _after(f"<html><body>{linked}</body></html>")
    with_post = (
        '<div id="header"><h1><a href="/">Eastside Planning Notes</a></h1><p>Notes from planning meetings.</p>'
        "<h2>Rezoning goes to council</h2><p>The commission deadlocked on Tuesday night.</p></div>"
    )
    text = _after(f"<html><body>{with_post}</body></html>")
    assert "Notes from planning meetings" in text and "deadlocked on Tuesday" in text
