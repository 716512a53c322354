"""Rules from the twenty-seventh pass's blind page sets pages_final76 and pages_final77 (each measured once on
c4a49b6; bot.web.page_lines, bot.web.page_boxes): a writer's card whose bio runs past a line ("ABOUT THE AUTHOR" over
"Sarah Fraser is a reporter with …"), an old site's cell of headline links whose heading stood in a row of its own,
the cells of a layout table's sidebar above the headline, and a caption beside a picture in wrappers of nothing else
credited "<Name> for <Outlet>"; and, from the end set pages_final78 after its one measurement, a health site's
reviewer credit ("Medically reviewed by Dr. Sandra Kim, MD"). Pages and lines written for the test; near misses must
stay.
"""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

BIO = (
    "Sarah Fraser is a reporter with the Harbour News in Sydney, N.S. She has covered Cape Breton for a decade. "
    "You can reach her at sarah.fraser@example.org."
)


def test_a_writers_card_with_a_bio_of_a_few_sentences_goes():
    # (a line of the site's after the card: the bio is not the text's last line)
    assert (
        cleaned([*FERRY_STORY, "ABOUT THE AUTHOR", BIO, "Journalistic Standards and Practices"])
        == FERRY_STORY
    )
    # a long last section under the same label, which reads as no bio, stays
    section = (
        "The ferry board has met every month since the survey, and its minutes show how the engineers argued over "
        "the piers, the cost of the pontoon and the timetable for the new terminal, which slipped twice."
    )
    assert cleaned([*FERRY_STORY, "About the author", section])[-1] == section


LINKS = frozenset({"city council oks new water tower paint job", "rivertown rams fall to perryville 28 14"})


def test_a_cell_of_headline_links_whose_heading_stood_apart_goes():
    cell = "| City council OKs new water tower paint job Rivertown Rams fall to Perryville 28-14 |"
    assert cleaned([*FERRY_STORY, cell], LINKS) == FERRY_STORY
    # the same words as a line of the text, not a cell, stay; so does a cell with words that are no link's
    line = "City council OKs new water tower paint job Rivertown Rams fall to Perryville 28-14"
    assert cleaned([*FERRY_STORY, line], LINKS)[-1] == line
    own = "| City council OKs new water tower paint job after a long debate on Tuesday night |"
    assert cleaned([*FERRY_STORY, own], LINKS)[-1] == own


TITLE = "Harbour board to close the old ferry terminal"


def test_a_sidebars_cells_above_the_headline_go():
    lines = [
        "| NEWS SERVICE |",
        "| FOR JOURNALISTS Broadcast studio available for live interviews with our experts. Call 555-0140. |",
        "FOR IMMEDIATE RELEASE",
        "Nov. 12, 2024",
        TITLE,
        *FERRY_STORY,
    ]
    assert cleaned(lines, title=TITLE) == [TITLE, *FERRY_STORY]
    # with no headline on the page to stand under, nothing is known of the cells: they stay
    assert cleaned(lines[:2] + FERRY_STORY, title=TITLE)[:2] == lines[:2]


def _figure(caption: str) -> str:
    return (
        '<div class="sc-1c2d3e-0 yHn"><div class="sc-1c2d3e-1 ikM"><span style="display:block">'
        '<img alt="Chargers" src="/charger.jpg"/></span></div><div class="sc-1c2d3e-3 vFr">'
        f"{caption}</div></div>"
    )


def test_a_caption_beside_a_wrapped_picture_credited_to_a_photographer_for_an_outlet_goes():
    caption = (
        '<span class="sc-4 bGt">Chargers at a shopping center in Columbus, Ohio, displayed an "out of service" '
        'message Tuesday morning.</span> <span class="sc-5 nHy">Maren Ostby for Pulse</span>'
    )
    text = page_text(f"<article><h1>Quay to be rebuilt</h1>{_figure(caption)}{QUAY_STORY}</article>")
    assert "shopping center" not in text and "Maren Ostby" not in text
    assert "Paragraph 5 of the story" in text
    # a block with no credit beside the same picture stays to the other rules
    plain = '<span class="sc-4 bGt">The chargers were installed in 2021 by the city.</span>'
    text = page_text(f"<article><h1>Quay to be rebuilt</h1>{_figure(plain)}{QUAY_STORY}</article>")
    assert "installed in 2021" in text


def test_a_reviewers_credit_with_the_field_and_the_letters_after_the_name_goes():
    assert_rule_takes(
        "small print",
        ["Medically reviewed by Dr. Sandra Kim, MD", "Clinically reviewed by Ana Ruiz, RN, and Tom Lee, PhD"],
        [
            "Medically reviewed by a panel of doctors, the guide is updated yearly",
            "Reviewed by Dr. Sandra Kim, MD, who found no errors in the trial data published last year",
        ],
    )
