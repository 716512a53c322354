"""Rules written, after its one measurement, on the misses of pages_final71, the twenty-fourth pass's page end set
(bot.web.page_rules): a visit counter's label whose count is a picture, an old site's footer cell of rights and
its own links read as one table row, an opinion page's call for a letter of a length. Lines written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from tests.support.page_lines import assert_rule_takes

RULES = [
    (
        "site credit",
        ["You are visitor number", "You are visitor #:", "You are guest number"],
        [
            "You are visitor number one in the queue.",
            "You are the visitor the museum waited for, the curator told her.",
        ],
    ),
    (
        "small print",
        [
            "| All logos and trademarks in this site are property of their respective owner. The comments are "
            "property of their posters, all the rest © 1998-2025 by Cedar Hollow Online You are visitor number "
            "0,048,213 since May 1999 Privacy Policy \\| Contact the Webmaster Page Generation: 0.17 Seconds |",
        ],
        [
            "| The trademarks were registered in 1998, the court heard, and the firm kept them until 2025, when the "
            "webmaster left. |",
            "All logos and trademarks in this site are a matter for the court, the judge said, adding that the "
            "privacy policy, which the company changed in 2019 after complaints from hundreds of readers who had "
            "written to the webmaster and to the regulator about the way their data was shared with advertisers "
            "and with other parts of the group, would be examined at a later hearing in the spring.",
        ],
    ),
    (
        "letters policy",
        [
            "Have something to say about this column? Send a letter to the editor of 250 words or fewer through our "
            "website, and include your full name, your neighbourhood and a daytime phone number so that we can "
            "verify it before publication.",
            "Agree or disagree? Submit your letter of no more than 300 words using the form below, with your name and "
            "the town where you live; letters may be edited for length and clarity before they appear in print.",
            "Please write us a letter to the editor of 200 words or fewer.",
        ],
        [
            "She sent a letter to the editor of 400 words last year, and the paper printed it.",
            "Residents can send a letter to the council before Friday.",
            "The mayor said he would write a letter to the minister this week.",
        ],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "near_misses"), RULES, ids=[r[0] for r in RULES])
def test_the_new_rules_take_their_lines_and_leave_near_misses(rule, lines, near_misses):
    assert_rule_takes(rule, lines, near_misses)
