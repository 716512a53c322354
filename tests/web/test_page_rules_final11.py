"""Rules written on pages_final11's leaks (bot.web.page_rules): a numbered advertisement slot's label and a
station's closing call to go on to its site or app. Lines written for the test; near misses must stay.
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


@pytest.mark.parametrize(
    "line",
    [
        "For the latest news, weather, sports, and streaming video, head to KTWO News 4.",
        "For more local news, download the Herald app.",
    ],
)
def test_a_stations_sign_off_sending_the_reader_on_goes(line):
    assert furniture_rule(line) == "call to action"


@pytest.mark.parametrize(
    "line",
    [
        "For the latest news on the storm, residents should visit the county website, the mayor said.",
        "For more news about the plant, the council will hold a meeting on Monday.",
    ],
)
def test_a_sentence_that_reports_stays(line):
    assert furniture_rule(line) is None
