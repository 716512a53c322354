"""Rules written on the misses of pages_final53: a box score's data credit with the widget's status note after it
("Box score data provided by <name>. Unofficial until certified by the league.": bot.web.page_rules); a release's
media contact box by its class, set over the text, and a commentary's endnotes by their class (bot.web.page_boxes).
Lines and pages written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule

# -- line rules -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Box score data provided by Fieldline Stats. Unofficial until certified by the league.",
        "Boxscore statistics supplied by the Harbour Scoring Service.",
        "Play-by-play data provided by Courtside Numbers. Figures are provisional.",
        "Game stats provided by Rinkside Data. Subject to change.",
        "Results provided by the County Elections Office. Results are unofficial until certified by the board.",
    ],
)
def test_a_widgets_data_credit_with_its_status_note_goes(line):
    assert furniture_rule(line) == "sponsor read"


@pytest.mark.parametrize(
    "line",
    [
        "Box score data provided by the league show she played 42 minutes.",
        "Box score data provided by the league were wrong, the coach said.",
        "The results are unofficial until certified by the county board next week.",
        "Unofficial results provided by the clerk showed the measure passing by 14 votes.",
        "Game data provided by Fieldline Stats. The coach disputed the rebound totals after the game.",
    ],
)
def test_news_lines_on_data_and_results_stay(line):
    assert furniture_rule(line) is None


# -- boxes ------------------------------------------------------------------------------------------------------------

_STORY = [
    "The county health department confirmed the first case of the season on Thursday, in an adult from the north "
    "of the county who is recovering at home after a week in hospital.",
    "Officials said the mosquito samples that tested positive were collected in three towns between late June and "
    "the second week of July, earlier than in any year since testing began.",
    "“Finding it this early tells us the risk will grow through August,” the county epidemiologist said at a news "
    "conference, urging residents to empty standing water once a week.",
]


def _page(before: str, after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>First case of the season confirmed</title></head><body><main><article>"
        f'<h1>First case of the season confirmed</h1>{before}<div class="field-body">{body}</div>{after}'
        "</article></main></body></html>"
    )


def _text(before: str, after: str = "") -> str:
    return extract_article(
        _page(before, after), "https://health.example.org/news/2026/07/case", min_words=1
    ).text


@pytest.mark.parametrize(
    "cls", ["usa-summary-box media-contact-box", "press-contacts", "paragraph--media-contact"]
)
def test_a_media_contact_box_over_the_text_goes(cls):
    text = _text(
        f'<div class="{cls}"><h2>Media Contact</h2><p>Dana Whitlow, Communications Office<br/>(555) 010-4411<br/>'
        "press@health.example.org</p></div>"
    )
    assert "Dana Whitlow" not in text and "(555) 010-4411" not in text and "first case of the season" in text


def test_a_box_whose_class_only_holds_the_letters_or_comes_after_the_text_stays():
    text = _text(
        '<div class="multimedia-contactsheet"><p>Dana Whitlow, the department’s photographer, took the pictures of the '
        "traps in the three towns over two weeks in July.</p></div>"
    )
    assert "Dana Whitlow, the department’s photographer" in text
    text = _text(
        "",
        '<div class="media-contact"><h2>Media Contact</h2><p>Dana Whitlow, Communications Office</p>'
        "<p>The department does not comment on individual patients.</p></div>",
    )
    assert "does not comment on individual patients" in text


def test_an_endnotes_section_goes():
    text = _text(
        "",
        '<section class="endnotes"><h2>Endnotes</h2><ol><li>County Health Department, Arbovirus Surveillance Reports, '
        "2025, table 12, positive mosquito pools by trap site and by week of collection in all three districts. "
        '<a href="#ref1">↩</a></li><li>Author’s calculations based on the state’s weekly arbovirus bulletins. '
        '<a href="#ref2">↩</a></li><li>For a comparison of trap designs, see the state’s 2024 guidance, “Mosquito '
        'Surveillance in Practice,” chapter 3. <a href="#ref3">↩</a></li></ol></section>',
    )
    assert "Author’s calculations" not in text and "Surveillance Reports" not in text and "first case" in text


def test_a_footnotes_box_and_a_notes_class_only_holding_the_letters_stay():
    # (a blog's footnote may be the writer's own aside; "sendnotes" is no endnotes box)
    text = _text(
        "",
        '<div class="footnotes"><ol><li>The Saturday clinic is unchanged, the department said. '
        '<a href="#ref1">↩</a></li></ol></div><div class="sendnotes-panel"><p>The epidemiologist said the second '
        "round of testing would finish in August.</p></div>",
    )
    assert "The Saturday clinic is unchanged" in text and "second round of testing" in text
