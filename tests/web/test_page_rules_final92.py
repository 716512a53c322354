"""Rules from the thirtieth pass's last blind page set, pages_final92 (measured once on 9c4e035; bot.web.page_rules): a
market ticker whose indexes move by points after an arrow ("DOW 38,521.36 ▲ 141.24"); a sports page's fixture list
and its heading; a small paper's classified ads by their capitals' labels; another story's headline on one line under a
recirculation label ("OTHER STORIES THIS WEEK • …"); "This site best viewed at 1024x768 resolution." Lines written
for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import assert_rule_takes


def test_a_ticker_moving_by_points_goes():
    assert_rule_takes(
        "market ticker",
        ["DOW 38,521.36 ▲ 141.24 S&P 500 4,954.23 ▲ 11.42 FTSE 100 7,681.01 ▲ 68.15 EUR/USD 1.0755 ▲ 0.09%"],
        ["The Dow rose 141.24 points to 38,521.36, its best day since March."],
    )


def test_a_fixture_list_and_its_heading_go():
    assert_rule_takes(
        "fixture list's line",
        [
            "- Alder County v Northgate City — Sat 23 Nov, 15:00",
            "Harbour Athletic vs Carrow Rovers - 24 Nov 14:00",
            "Next fixtures",
        ],
        [
            "Alder County beat Northgate City 2-1 on Saturday, their first win since 23 Nov.",
            "Alder County v Northgate City — the derby nobody wanted to lose, and both did.",
        ],
    )


def test_classified_ads_and_a_labelled_headline_go():
    assert_rule_takes(
        "classified ad",
        [
            "FOR SALE: Oak dining table w/ 6 chairs, good cond. $250 OBO. Call 555-0122. HELP WANTED: Part-time cook.",
            "YARD SALE: Sat. 8-2, 418 Elm St. Tools, toys, household. Call 555-0180.",
        ],
        [
            "For sale: the old depot, the council said on Tuesday, for $250,000.",
            "WANTED: a new fire chief, by spring.",
        ],
    )
    assert_rule_takes(
        "another story's headline under its label",
        [
            "OTHER STORIES THIS WEEK • Village board tables sewer rate increase until May",
            "More news: Fire hall gets new truck",
        ],
        ["More news: the council voted 5-2 to close the depot."],
    )
    assert_rule_takes(
        "site credit",
        ["This site best viewed at 1024x768 resolution."],
        ["The site, best viewed from the bridge, will open in May."],
    )
