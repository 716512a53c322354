"""Rule from the twenty-ninth pass's blind page set pages_final84 (measured once on c281f67; bot.web.page_lines): an
old layout table's cells above the headline go, a menu cell beside an empty one whose own text writes bars ("| |
Member Login \\| Send a Release |") among them. Lines written for the test; the near miss must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, cleaned

_HEADLINE = "Harbour board votes to close old ferry terminal in June"


def test_sidebar_cells_beside_an_empty_cell_above_the_headline_go():
    lines = [
        "| | Member Login \\| Send a Release \\| RSS Feeds \\| Contact Us |",
        "| Home > News Releases > Transportation |",
        "| News Releases by Industry |",
        "| Distribute your news to 5,000+ newsrooms. Plans starting at $149 per release. Learn more |",
        "| Sponsored Link |",
        _HEADLINE,
        *FERRY_STORY,
    ]
    assert cleaned(lines, title=_HEADLINE)[:2] == [_HEADLINE, FERRY_STORY[0]]


def test_a_row_of_two_filled_cells_above_the_headline_keeps_the_lines_above_it():
    row = "| The board met on Tuesday evening at the town hall. | Fares will rise by ten per cent in July. |"
    lines = [row, "| News Releases by Industry |", _HEADLINE, *FERRY_STORY]
    assert cleaned(lines, title=_HEADLINE)[:2] == [row, "| News Releases by Industry |"]
