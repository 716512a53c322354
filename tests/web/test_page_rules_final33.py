"""Rules written on pages_final33's misses: a paywall's heading naming the plan before "subscription" ("Continue reading
with a Grainlines Weekly subscription", bot.web.page_rules), a release's "About <Name>" boilerplate opening with when
and where the body began ("Founded in 1979 in Yakima, Inland Cold Chain Partners provides …") or under an acronym the
paragraph spells out ("About CBNL" over "Columbia Basin National Laboratory draws on …"), a press office's contacts
under "Further information", a show's credits with a second role ("… is produced by Sam Whitcomb and edited by Dana
Lefebvre.") or right over the transcript's heading (bot.web.page_lines), a key-points box above the text whose items
the paragraphs tell again (bot.web.page_boxes, bot.web.page_tree), a newsletter's masthead line opening with its issue
number ("Issue #212 · A free weekly newsletter about …") and the link to the writer's page under the tagline ("See
stories by Mirella Tso", bot.web.page_rules). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule
from bot.web.page_tree import without_key_points

BODY = [
    "The harbour board voted on Tuesday to lease the old ferry terminal to a boatbuilding school for 25 years, ending "
    "a decade in which the building stood empty.",
    '"It is the first time in ten years that anyone has asked to use it for what it was built for," the board\'s chair '
    "said after the vote, which was five to two.",
]


def _clean(*lines: str, before: tuple[str, ...] = ()) -> str:
    text = clean_extracted("\n".join([*before, *BODY, *BODY, *lines]))
    assert BODY[0] in text and BODY[1] in text
    return text


# -- a paywall's heading naming the plan ---------------------------------------------------------------------------


def test_a_continue_reading_heading_naming_the_plan_cuts_the_pitch():
    text = _clean(
        "Continue reading with a Grainlines Weekly subscription",
        "- Daily rail and barge freight dashboards",
        "- Full archive since 1998",
    )
    assert "Continue reading" not in text and "dashboards" not in text and "archive" not in text


def test_a_sentence_about_reading_on_with_a_card_stays():
    text = _clean("Residents can keep reading with a library card from any branch until the terminal opens.")
    assert "library card" in text


# -- a release's "About <Name>" boilerplate --------------------------------------------------------------------------


def test_about_boilerplate_opening_with_when_and_where_the_company_began_goes():
    text = _clean(
        "About Inland Cold Chain Partners",
        "Founded in 1979 in Yakima, Inland Cold Chain Partners provides temperature-controlled warehousing to food "
        "producers across the Pacific Northwest. Learn more at inlandcoldchain.example.org.",
    )
    assert "About Inland" not in text and "Founded in 1979" not in text


def test_about_boilerplate_under_an_acronym_the_paragraph_spells_out_goes():
    text = _clean(
        "About CBNL",
        "Columbia Basin National Laboratory draws on its strengths in chemistry and data science to advance "
        "scientific knowledge. CBNL is operated for the Department of Energy's Office of Science.",
    )
    assert "About CBNL" not in text and "draws on its strengths" not in text


def test_about_sections_that_are_no_boilerplate_stay():
    # an acronym the paragraph's opening name does not spell
    text = _clean(
        "About NASA",
        "Columbia Basin National Laboratory draws on its strengths in chemistry and data science to advance "
        "scientific knowledge.",
    )
    assert "draws on its strengths" in text
    # a topic, not a body, after the opening clause
    text = _clean(
        "About the terminal",
        "Built in 1962 in the old harbour, the terminal served ferries to the islands until 2014.",
    )
    assert "Built in 1962" in text


# -- a press office's contacts under "Further information" -----------------------------------------------------------


def test_contacts_under_further_information_go():
    text = _clean("Further information", "Press Office, University of Northmoor", "Telephone: 0113 555 0190")
    assert "Press Office" not in text and "0113" not in text and "Further information" not in text


def test_further_information_over_text_without_a_number_stays():
    text = _clean("Further information", "The school will publish its first course list in March.")
    assert "first course list" in text


# -- a show's credits ----------------------------------------------------------------------------------------------


def test_show_credits_with_a_second_role_go():
    text = _clean(
        "The Harbour Line is produced by Sam Whitcomb and edited by Dana Lefebvre. Music by Blue Dot Sessions."
    )
    assert "produced by" not in text


def test_show_credits_right_over_the_transcript_heading_go():
    text = _clean(
        "Dispatch From Tri-County is produced by Ellie Park. Music by Broke For Free.",
        "Transcript",
        *BODY,
        *BODY,
    )
    assert "produced by" not in text and "Transcript" in text


def test_a_credit_midway_through_a_review_stays():
    line = "The film is produced by Jane Ortiz and edited by Sam Lee. Music by Max Richter."
    text = _clean(line, *BODY, *BODY)
    assert line in text


# -- a key-points box above the text ----------------------------------------------------------------------------------

STORY = [
    "Valley Metro has signed a $214 million contract with Siemens for 28 new light rail vehicles, with options for 22 "
    "more, the agency said on Monday.",
    "The new cars will replace the original 2008 fleet, and the first vehicle is due in Phoenix for testing in late "
    "2028, according to the contract.",
]


def _page(box: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"<html><body><article><h1>Metro orders cars</h1>{box}<div class='body'>{paragraphs}</div></article></body></html>"


def _without_box(box: str, lines: list[str]) -> str:
    tree = lxml_html.fromstring(_page(box))
    text = without_key_points("\n\n".join([*lines, *STORY]), tree)
    assert all(p in text for p in STORY)
    return text


def test_a_key_points_box_the_text_tells_again_goes():
    box = (
        "<div class='key-highlights'><h4>Key Highlights</h4><ul><li>Contract covers 28 vehicles with options for 22 "
        "more.</li><li>New cars will replace the original 2008 fleet.</li></ul></div>"
    )
    lines = [
        "Key Highlights",
        "- Contract covers 28 vehicles with options for 22 more.",
        "- New cars will replace the original 2008 fleet.",
    ]
    text = _without_box(box, lines)
    assert "Key Highlights" not in text and "Contract covers" not in text and "- New cars" not in text
    # the list itself classed
    box = "<ul class='article__key-points'><li>New cars will replace the original 2008 fleet.</li></ul>"
    assert "- New cars" not in _without_box(box, ["- New cars will replace the original 2008 fleet."])


def test_key_points_that_say_what_the_text_does_not_or_have_no_class_stay():
    # an explainer's key points, facts of their own
    box = (
        "<div class='key-points'><h2>Key points</h2><ul><li>Wales revalued its bands in 2003; Scotland never has.</li>"
        "<li>Appeals are heard by an independent tribunal.</li></ul></div>"
    )
    lines = ["Key points", "- Wales revalued its bands in 2003; Scotland never has."]
    assert "Wales revalued" in _without_box(box, lines)
    # a paragraph of its own beside the list: the box's own text
    box = (
        "<div class='key-points'><h2>In short:</h2><ul><li>New cars will replace the original 2008 fleet.</li></ul>"
        "<h2>What's next?</h2><p>The board will pick a depot for the new cars in the spring.</p></div>"
    )
    assert "- New cars will replace" in _without_box(
        box, ["- New cars will replace the original 2008 fleet."]
    )
    # no class naming key points
    box = "<div class='box'><h4>Highlights</h4><ul><li>New cars will replace the original 2008 fleet.</li></ul></div>"
    assert "- New cars will replace" in _without_box(
        box, ["- New cars will replace the original 2008 fleet."]
    )


# -- line rules ---------------------------------------------------------------------------------------------------


def test_an_issue_line_opening_with_its_number_goes():
    assert furniture_rule(
        "Issue #212 · A free weekly newsletter about local government in Halton and Marsh counties"
    )
    assert furniture_rule("Issue 3: roads, bridges and the new bypass") is None


def test_the_link_to_the_writers_page_goes_and_the_tagline_with_it():
    assert furniture_rule("See stories by Mirella Tso")
    assert furniture_rule("See stories by local students in Sunday's paper") is None
    text = _clean(
        "Mirella Tso covers water, land and the environment for RGPR. She previously reported for the Farmington "
        "Daily Times.",
        "See stories by Mirella Tso",
    )
    assert "Mirella Tso" not in text
