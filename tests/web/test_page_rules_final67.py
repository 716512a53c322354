"""Rules written on the misses of pages_final67 and pages_final66 (bot.web.page_rules): a live page's counter of new
posts with its click to refresh, a photo desk's sales line, the US form of a betting notice and an odds credit, a
membership pitch opening on "Become a member" with its price, a gated download's offer, a weather box's reading, an old
site's print and e-mail tools side by side on one line, a cookie banner left in the publisher's own language;
(bot.web.page_boxes) a comment section under a heading naming its audience ("Listener comments (2)"); (bot.web.page_lines)
a line in another language at an edge of an English text. Lines and markup written for the test; near misses must stay.
"""

from __future__ import annotations

import pytest

from bot.web.page_lines import clean_extracted
from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text

RULES = [
    (
        "live page's refresh note",
        [
            "5 new posts — click to refresh",
            "One new update. Tap to load",
            "12 new entries: click here to see them",
        ],
        [
            "3 new updates to the bylaw were tabled on Monday.",
            "Two new posts were created in the planning department, the council said.",
        ],
    ),
    (
        "photo desk's sales line",
        [
            "Buy prints of Gazette photos at example.com/prints.",
            "Order reprints of this photo online",
            "Purchase this image",
        ],
        [
            "She bought prints of her father's photos at an auction in Leeds.",
            "Prints of the photos went on sale at the museum shop on Saturday.",
        ],
    ),
    (
        "betting notice",
        [
            "Odds supplied by QuickBet. Must be 21+.",
            "Lines via OddsHouse. Gambling problem? Call 1-800-555-0100.",
        ],
        [
            "The odds provided by the bookmaker were long, but the horse won anyway.",
            "Does he have a gambling problem? His lawyer would not say.",
        ],
    ),
    (
        "membership pitch",
        [
            "Become a paying member for $8 a month and keep the Ledger free to read.",
            "Become a supporter from £3 per month.",
        ],
        [
            "Become a member of the allotment society for $8 a month, the flyer said.",
            "Becoming a paying member for $8 a month was too much for some families.",
        ],
    ),
    (
        "download offer",
        [
            "Download the free whitepaper: Ten ways to cut cold-chain waste",
            "Get our free e-book on school budgets",
            "Claim your free guide to home solar",
        ],
        [
            "Download the report from the council's website, residents were told.",
            "Get the guide to the festival from the library desk.",
        ],
    ),
    (
        "weather box's reading",
        [
            "Harbourtown weather: 12°C, light drizzle",
            "WEATHER Tonight: Clear, low of 28 Tomorrow: Sunny, high of 44",
        ],
        [
            "Weather: gusts of 90mph have been recorded at the headland, the strongest since 2015.",
            "Weather warning: high winds expected",
        ],
    ),
    (
        "print or e-mail tool",
        [
            "Printable Version Email this article to a friend",
            "Send this story to a colleague Print version",
        ],
        [
            "Printable version of the ballot went out by email to a friend of the clerk",
        ],
    ),
    (
        "cookie notice",
        [
            "Nous utilisons des cookies pour améliorer votre expérience.",
            "Este sitio utiliza cookies para mejorar la navegación. Al continuar, acepta nuestra política de privacidad.",
            "Wir verwenden Cookies, um unsere Website zu verbessern.",
        ],
        [
            "The bakery's cookies, utilizamos in its Lisbon shop, sold out, the owner said.",
        ],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "near_misses"), RULES, ids=[r[0] for r in RULES])
def test_the_new_rules_take_their_lines_and_leave_near_misses(rule, lines, near_misses):
    assert_rule_takes(rule, lines, near_misses)


def test_a_comment_section_under_a_heading_naming_its_audience_goes():
    posts = "".join(
        f'<div class="vc"><p class="vc-who">viewer{i} · {i + 2} days ago</p><p class="vc-txt">Comment {i}: about time '
        "the board fixed that quay, it has been falling apart for years.</p></div>"
        for i in range(2)
    )

    def page(heading: str) -> str:
        return page_text(
            f'<div class="k1"><h1>Quay to be rebuilt</h1><div class="k3">{QUAY_STORY}</div>'
            f'<section class="vx"><h2>{heading}</h2>{posts}</section></div>'
        )

    text = page("Viewer comments (2)")
    assert "Paragraph 5 of the story" in text
    assert "Comment 1: about time" not in text
    # a heading naming something else over the same run is no comment section's
    assert "Comment 1: about time" in page("Viewer photos (2)")


_ENGLISH = [
    f"Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey found "
    "the old timber piles had rotted through."
    for i in range(5)
]


def test_a_line_in_another_language_at_an_edge_of_an_english_text_goes():
    first = "Aceite os termos da nossa política para continuar a ler as notícias do jornal."
    last = "Apoie o jornalismo local. Assine a partir de 2€ por mês."
    text = clean_extracted("\n".join([first, *_ENGLISH, last]))
    assert "Paragraph 4 of the story" in text
    assert first not in text and last not in text
    # inside the text, or a run longer than an edge's note (a bilingual page's other half), it stays
    middle = clean_extracted("\n".join([*_ENGLISH[:2], last, *_ENGLISH[2:]]))
    assert last in middle
    other_half = [
        f"Parágrafo {i}: o porto de Alvaredo vai ter um novo cais, disse o presidente da câmara."
        for i in range(3)
    ]
    assert all(ln in clean_extracted("\n".join([*_ENGLISH, *other_half])) for ln in other_half)
    # a text in that language keeps its own lines
    portuguese = [
        f"Parágrafo {i}: a câmara aprovou o plano para o porto e os pescadores dizem que vão recorrer da decisão."
        for i in range(5)
    ]
    assert last in clean_extracted("\n".join([*portuguese, last]))
