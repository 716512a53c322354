"""The cleanup of extracted page text as the line-rule tests read it (``tests/web/test_page_rules_*``)."""

from __future__ import annotations

from bot.web.page_lines import clean_extracted

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
