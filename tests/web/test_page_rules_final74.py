"""Rules written, after its one measurement, on the misses of pages_final74, the twenty-sixth pass's blind page set
(bot.web.page_rules, bot.web.page_lines, bot.web.page_boxes): an advertisement label set off by dashes, a clip's label
in capitals before a title that closes like a sentence, a portal's news ticker, a football line-up (as a line and as
a box by its class), a reporter's tagline naming the outlet by its possessive, and a readers' comments heading in
the second half of the text. Lines and pages written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

RULES = [
    (
        "advertisement marker",
        ["- Advertisement -", "— Advertisement —", "• Advertisement"],
        ["- The advertisement ran for a week -", "Advertisement spending rose"],
    ),
    (
        "promotion label",
        [
            "WATCH: How the thermal cameras detect koalas near the roadside.",
            "PHOTOS: Flood waters rise across the valley.",
        ],
        [
            "Watch: the council voted 7-2 on Tuesday to close the pool.",
            "WATCH: The mayor said the pool would reopen in June.",
            "UPDATE: The council has since replied.",
        ],
    ),
    (
        "news ticker",
        [
            "LATEST: Tinubu departs Abuja for FOCAC summit in Beijing ● Super Eagles arrive Uyo ahead of AFCON "
            "qualifier ● CBN retains MPR at 26.75 per cent",
            "BREAKING NEWS: Bridge closed • Council meets tonight • Storm warning lifted",
        ],
        [
            "BREAKING: The council has voted to close the pool.",
            "LATEST: Police reopened the road • traffic is moving",
        ],
    ),
    (
        "team line-up",
        [
            "Ogunleye; Barnes, Kerr, Adeyemi, Shaw; Doyle (c), Marchetti, Lyle (Cragg 78); Pennington, Mensah, "
            "Osei (Hart 66).",
            "Pryor; Collier, Bakare, Stott, Hughes; Vance, Tomlinson (c), Reid; Whitlock, Okafor (Dale 84), Mills.",
        ],
        [
            "Doyle, Marchetti and Lyle started; Pennington, Mensah and Osei did not.",
            "Barnes; Kerr; Adeyemi.",
        ],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "near_misses"), RULES, ids=[r[0] for r in RULES])
def test_the_new_rules_take_their_lines_and_leave_near_misses(rule, lines, near_misses):
    assert_rule_takes(rule, lines, near_misses)


def test_a_reporters_tagline_naming_the_outlet_by_its_possessive_closes_no_text():
    tagline = (
        "Samir Khoury is Driveline's senior micromobility reporter, covering e-bikes, scooters and the gig "
        "workers who ride them. He previously reported for Streetsblog and The City."
    )
    assert cleaned([*FERRY_STORY, tagline]) == FERRY_STORY
    # the story's own closing line about a person by a place's possessive stays
    closing = (
        "Mara Oduya is Harbourtown's longest-serving ferry captain, and she will steer the last crossing."
    )
    assert cleaned([*FERRY_STORY, closing]) == [*FERRY_STORY, closing]


def test_a_readers_comments_heading_ends_the_text():
    comments = [
        "READERS' COMMENTS (3)",
        "| Emeka from Enugu wrote on 10/09/2024 08:14: Every year the same story. When will this country get it right? |",
        "Comments are the opinions of readers and do not reflect the views of The Capital Herald. Post your comment",
    ]
    assert cleaned([*FERRY_STORY, *comments]) == FERRY_STORY
    # a story's own subhead about public comments stays, and so does a heading in the first half
    subhead = [
        "Public comments",
        "Residents spoke for two hours at the hearing, most of them against the plan.",
    ]
    assert cleaned([*FERRY_STORY, *subhead]) == [*FERRY_STORY, *subhead]
    early = cleaned([FERRY_STORY[0], "Reader comments", *FERRY_STORY, *FERRY_STORY])
    assert early[-len(FERRY_STORY) :] == FERRY_STORY


def test_a_line_up_box_goes_by_its_class_and_a_line_up_paragraph_stays():
    box = (
        "<section class='lineups'><h2>Line-ups</h2><div class='lineup lineup-home'><h3>Harbourside Athletic</h3>"
        "<p>Ogunleye; Barnes, Kerr, Adeyemi, Shaw; Doyle (c), Marchetti, Lyle (Cragg 78); Pennington, Mensah, "
        "Osei (Hart 66).</p><p class='subs'>Subs not used: Fleming, Rooke, Dwyer.</p></div></section>"
    )
    text = page_text(f"<article>{QUAY_STORY}{box}</article>")
    assert "Paragraph 5 of the story" in text
    assert "Harbourside Athletic" not in text and "Subs not used" not in text and "Line-ups" not in text
    own = (
        "<section class='match-report'><p>The manager changed his line-up for the third time in a week, and "
        "the new back four held firm until the last minute of the match at the quay ground.</p></section>"
    )
    assert "changed his line-up" in page_text(f"<article>{QUAY_STORY}{own}</article>")
