"""Rules written on pages_final10's leaks (bot.web.page_rules): an editor's date stamp, the licence a site puts
its own work under, and a regulatory announcement's tail (a distribution service's trailer, a privacy notice in
the site's voice, the service's message code, a disclaimer turned round). Sentences and pages written for the
test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_rules import furniture_rule
from tests.support.page_lines import FERRY_STORY as BODY_LINES
from tests.support.page_lines import cleaned as _clean

BODY = [
    "The county fair board agreed on Monday to move the livestock barns to the north field, after two "
    "summers in which heavy rain flooded the pens and the sheep show had to be cancelled.",
    "The move will cost about $900,000, paid for from gate receipts and a state agriculture grant, and "
    "the barns should be ready for the August fair, the board said.",
    "Board president Lyle Marsh said exhibitors had waited long enough for pens that stay dry, and that "
    "the old barn site would become parking for the grandstand.",
]
TITLE = "Fair board moves livestock barns to the north field"


def _text(after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY) + after
    page = f"<html><body><main><h1>{TITLE}</h1><div class='story'>{body}</div></main></body></html>"
    return extract_article(page, "https://www.example.org/news/barns").text


def _kept(line: str) -> list[str]:
    return _clean([BODY_LINES[0], line] + BODY_LINES[1:])


def test_an_editors_date_stamp_is_a_date_on_its_own():
    for line in (
        "Last edited December 1, 2026",
        "Last modified: 3 March 2026 14:05",
        "Edited on Nov. 30, 2026",
        "Revised 12 January 2027",
    ):
        assert furniture_rule(line) == "date on its own", line
    assert "Last edited" not in _text("<p><em>Last edited December 1, 2026</em></p>")
    for line in (
        "Last edited in December, the plan now runs to 400 pages.",
        "The bill was last edited on December 1, 2026.",
        "Edited by volunteers since 1971, the almanac lists every fair champion.",
    ):
        assert furniture_rule(line) is None, line
