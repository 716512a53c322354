"""Rules written on the misses of pages_final37: a statistics release's next-release note ("Next release: The November
unemployment rate will be released on December 18, 2026."), a publisher credit ("Article published by Ibrahim Sow",
bot.web.page_rules); a sender's postal address set with commas closing the text ("School Board Week, 410 Second Ave SE,
Suite 5, Cedar Rapids, IA 52401"), a reference list under its "Citations:" label, a bar of short labels before the first
paragraph ("Americas Last Chance Qualifier · Grand Final · Best of 5", bot.web.page_lines). Lines written for the test;
near misses must stay.
"""

from __future__ import annotations

from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule, is_postal_address

BODY = [
    "The county school board voted 5-2 on Monday night to postpone until February a decision on whether to close two "
    "elementary schools, after more than 200 parents filled the district office.",
    '"You are asking us to trust a plan that we have not seen," a parent told the board during public comment, which '
    "ran for nearly three hours.",
]


def _clean(*lines: str, before: tuple[str, ...] = ()) -> str:
    text = clean_extracted("\n".join([*before, *BODY, *BODY, *lines]))
    assert BODY[0] in text and BODY[1] in text
    return text


# -- line rules ------------------------------------------------------------------------------------------------------


def test_a_next_release_note_is_furniture():
    line = "Next release: The November unemployment rate will be released on December 18, 2026."
    assert furniture_rule(line) is not None
    assert furniture_rule("Next release: 14 January 2027") is not None
    line = "Next release: Fourth-quarter GDP figures are scheduled to be published on January 29, 2027."
    assert furniture_rule(line) is not None


def test_a_sentence_about_the_next_release_stays():
    assert furniture_rule("The next release of the jobs report is due on December 18, 2026.") is None
    line = "Next release: the band's third album will be released on March 3, 2027."
    assert furniture_rule(line) is None


def test_a_publisher_credit_is_furniture():
    assert furniture_rule("Article published by Ibrahim Sow") is not None
    assert furniture_rule("Story posted by Jane Doe") is not None


def test_a_sentence_about_who_published_an_article_stays():
    assert furniture_rule("Article published by Ibrahim Sow in 2019 drew dozens of complaints.") is None
    assert furniture_rule("The article published by the Ledger drew complaints.") is None


# -- a sender's address set with commas, closing the text ------------------------------------------------------------


def test_a_postal_address_set_with_commas_is_an_address():
    assert is_postal_address("School Board Week, 410 Second Ave SE, Suite 5, Cedar Rapids, IA 52401")
    assert is_postal_address("The Westbrook Weekly, PO Box 220, Westbrook, ME 04092, United States")
    # (the street's quarter and the suite are parts of the bar set out with marks too)
    line = "School Board Week · 410 Second Ave SE · Suite 5 · Cedar Rapids, IA 52401"
    assert furniture_rule(line) == "postal address"


def test_a_sentence_naming_an_address_is_no_address():
    assert not is_postal_address(
        "The district office is at 410 Second Ave SE, Suite 5, Cedar Rapids, IA 52401."
    )
    assert not is_postal_address("Cedar Rapids, IA 52401")


def test_a_postal_address_set_with_commas_closing_the_text_goes():
    text = _clean("School Board Week, 410 Second Ave SE, Suite 5, Cedar Rapids, IA 52401")
    assert "410 Second Ave" not in text


def test_an_address_the_text_goes_on_after_stays():
    line = "Harlan Hardware, 12 Mill Street, Hays, KS 67601"
    text = _clean(
        line, "The store opens at 7 a.m. on weekdays and closes at noon on Saturdays, its owner said."
    )
    assert line in text


# -- a reference list under its label --------------------------------------------------------------------------------

CITATION = (
    "Villanueva, J., & Ortega, R. (2025). Hydrological restoration outperforms planting in abandoned fishponds. "
    "Estuarine Restoration Letters, 12(3), 211-224. doi:10.0000/erl.2025.0311"
)


def test_a_reference_list_under_its_label_goes():
    text = _clean("Citations:", CITATION)
    assert "Citations" not in text and "Hydrological" not in text


def test_a_label_over_a_paragraph_or_a_sentence_citing_its_study_stays():
    line = "The study was paid for by the regional fisheries bureau and took six years to complete."
    text = _clean("Sources:", line)
    assert line in text
    line = (
        "The study, in Estuarine Restoration Letters (doi:10.0000/erl.2025.0311), found catches had tripled since "
        "the dikes were breached."
    )
    assert line in _clean(line)


# -- a bar of short labels before the first paragraph ----------------------------------------------------------------


def test_a_bar_of_labels_before_the_first_paragraph_goes():
    text = _clean(before=("Americas Last Chance Qualifier · Grand Final · Best of 5",))
    assert "Grand Final" not in text


def test_a_bar_after_the_first_paragraph_or_a_line_with_one_mark_stays():
    line = "Ascent 13-10 · Bind 8-13 · Lotus 14-12"
    assert line in _clean(line)
    line = "Grand final · Owls beat Valkyr"
    assert line in _clean(before=(line,))
