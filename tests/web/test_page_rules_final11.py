"""Rules written on pages_final11's leaks (bot.web.page_rules): a numbered advertisement slot's label. Lines
written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize("line", ["Advertisement 2", "Advertisement 12", "ADVERTISEMENT 3"])
def test_a_numbered_advertisement_slots_label_goes(line):
    assert furniture_rule(line) == "advertisement marker"


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement 2024 spending rose by a tenth, the agency said.",
        "Advertisement revenue fell for the third year in a row.",
        "Advertisement 2024",
    ],
)
def test_a_line_about_advertising_stays(line):
    assert furniture_rule(line) is None
