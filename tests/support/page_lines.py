"""The cleanup of extracted page text as the line-rule tests read it (``tests/web/test_page_rules_*``)."""

from __future__ import annotations

from bot.web.article import extract_article
from bot.web.page_lines import clean_extracted
from bot.web.page_rules import furniture_rule

# Three paragraphs of a story that no rule touches, to put furniture between.
FERRY_STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal in June, after an engineering survey "
    "found corrosion in two of the piers that carry the passenger walkway.",
    "Passengers will use a temporary pontoon at the fish quay until the new terminal opens in 2028, the board "
    "said, and the timetable will not change.",
    "The board will publish the survey on its website next week.",
]


def cleaned(lines: list[str], links: frozenset[str] = frozenset(), title: str | None = None) -> list[str]:
    """The paragraphs ``clean_extracted`` keeps of ``lines`` (one paragraph a line)."""
    return clean_extracted("\n".join(lines), title, links).split("\n\n")


# Six paragraphs of a story in markup, for a page's furniture to sit beside (``page_text``).
QUAY_STORY = "".join(
    f"<p>Paragraph {i} of the story says the harbour board will rebuild the north quay next spring, after a survey "
    "found the old timber piles had rotted through below the waterline in more than a dozen places.</p>"
    for i in range(6)
)


def page_text(body: str) -> str:
    """The article text the link path extracts from a page whose ``<body>`` is ``body``."""
    page = f"<html><head><title>Quay to be rebuilt</title></head><body>{body}</body></html>"
    return extract_article(page, "https://example.org/news/quay").text


def assert_rule_takes(rule: str, lines: list[str], near_misses: list[str]) -> None:
    """Each of ``lines`` is furniture by ``rule`` (``furniture_rule``); none of ``near_misses`` is furniture."""
    for line in lines:
        assert furniture_rule(line) == rule, line
    for line in near_misses:
        assert furniture_rule(line) is None, line
