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


def test_the_licence_a_site_puts_its_own_work_under_is_a_widget_line():
    for line in (
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
        "Except where otherwise noted, content on this site is licensed under a Creative Commons Attribution 4.0 "
        "International license.",
        "All content is available under the Open Government Licence v3.0, except where otherwise stated",
        "Our stories are published under a Creative Commons licence.",
        "Except where otherwise noted, content on this site is licensed under CC BY 4.0",
        "Licensed under CC BY-SA 4.0",
    ):
        assert furniture_rule(line) == "widget line", line
    box = (
        "<div class='republication-tracker-tool-wrapper'><button>Republish this story</button><p>This work is "
        "licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.</p></div>"
    )
    text = _text(box)
    assert all(p in text for p in BODY) and "Creative Commons" not in text


def test_a_licence_of_someone_elses_work_stays():
    for line in (
        "The photo, licensed under a Creative Commons licence, was used by the campaign without credit.",
        "This work is licensed under a Creative Commons licence, the museum said.",
        "The museum’s images are licensed under a Creative Commons licence so that schools can reuse them.",
        "All of the footage is licensed under CC BY, the broadcaster told the committee.",
        "“All our content is available under a Creative Commons licence,” the editor told the hearing.",
    ):
        assert furniture_rule(line) is None, line
        assert _kept(line)[1] == line


def test_a_distribution_services_trailer_is_a_newswire_trailer():
    for line in (
        "This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by "
        "the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom. Terms and "
        "conditions relating to the use and distribution of this information may apply.",
        "This press release was distributed by ACCESSWIRE.",
        "This announcement is distributed by West Wire Services on behalf of West clients.",
        "This information was brought to you by Cision",
    ):
        assert furniture_rule(line) == "newswire trailer", line
    for line in (
        "This information was provided by the police to the court, and it named the driver.",
        "This information was provided by Mr Hale, the farm’s owner, who found the coins in 1998.",
        "This announcement was issued by the Ministry of Health after weeks of pressure from parents.",
        "This information is provided by Harbour Council, the port’s owner, the report said.",
    ):
        assert furniture_rule(line) is None, line
        assert _kept(line)[1] == line


def test_a_privacy_notice_in_the_sites_voice_goes():
    for line in (
        "RNS may use your IP address to confirm compliance with the terms and conditions, to analyse how you "
        "engage with the information contained in this communication. For further information about how RNS "
        "uses the personal data you provide us, please see our Privacy Policy.",
        "We process your personal data as set out in our privacy notice.",
    ):
        assert furniture_rule(line) == "cookie notice", line
    assert _kept("We process your personal data as set out in our privacy notice.") == BODY_LINES
    for line in (
        "The regulator said the app’s privacy policy let it sell your personal data.",
        "Under the new privacy policy, the app can share personal data with advertisers, which critics call a "
        "breach of trust.",
        "Our privacy policy was rewritten after the breach exposed the IP address of every reader, the editor wrote.",
        "“Read our privacy notice and you will see we never sell your personal data,” the chief executive said.",
    ):
        assert furniture_rule(line) is None, line


def test_a_news_services_message_code_is_a_newswire_trailer():
    for line in ("TSTFLFSSVIIFLIR", "MSCFZGMKZDLGFZZ"):
        assert furniture_rule(line) == "newswire trailer", line
    for line in ("RECOMMENDATIONS", "ACKNOWLEDGEMENTS", "NORTHUMBERLAND", "TSTFLF SSVIIFLIR", "NHS"):
        assert furniture_rule(line) is None, line


def test_a_disclaimer_turned_round_is_small_print():
    for line in (
        "Announcements are provided for information only. Nothing on this page is investment advice.",
        "Nothing in this newsletter constitutes financial advice.",
    ):
        assert furniture_rule(line) == "small print", line
    for line in (
        "Nothing in the report is investment advice, the regulator said.",
        "Nothing on this page of the ledger was legal, the auditors concluded in March.",
    ):
        assert furniture_rule(line) is None, line


def test_a_recirculation_boxs_heading_left_alone_is_a_promotion_label():
    for line in (
        "Related stories",
        "Most read",
        "You might also like",
        "Recommended for you",
        "Related coverage:",
    ):
        assert furniture_rule(line) == "promotion label", line
    card = (
        "<div class='homepage-articles'><h2>Related stories</h2><article><h3><a href='/2026/10/02/fair-inspection/'>"
        "Fair barns failed state inspection for third year</a></h3><span>By Ana Ruiz</span></article></div>"
    )
    text = _text(card)
    assert all(p in text for p in BODY) and "Related stories" not in text
    for line in (
        "Related stories ran in the Herald the same week.",
        "Most read the report as a warning, the survey found.",
        "You might also like the new barns, Marsh told exhibitors.",
    ):
        assert furniture_rule(line) is None, line
