"""Article text that sits only in a page's JSON data, for a page whose HTML holds no article.

A page rendered by script may carry its article only in a data block; it is read by structure, never
by a site's field names (``data_article_text``).
"""

from __future__ import annotations

import re

from bot.web.page_merge import word_triples
from bot.web.page_rules import fold, word_count

__all__ = ["data_article_text"]

# A page rendered by script (a Next.js site) may carry the article only in a JSON data block
# (``<script id="__NEXT_DATA__" type="application/json">``), the HTML holding a skeleton. When the HTML
# gives no article, the data is read by its structure, never by a site's field names: inside the record
# that carries the page's own headline (so a list of other stories' teasers is not read as the article),
# the list whose items hold the most prose (each item a paragraph) or a string of HTML with paragraphs.
_DATA_PROSE_WORDS = 8  # a string this long ending a sentence is a paragraph, not a label or a slug
_DATA_MIN_PARAGRAPHS = 3


def _is_prose(value) -> bool:
    return (
        isinstance(value, str)
        and word_count(value) >= _DATA_PROSE_WORDS
        and bool(re.search(r"[.!?…\"”’)]\s*$", value))
        and not value.lstrip().startswith(("<", "http", "{"))
    )


def _item_prose(item) -> str | None:
    """A list item's paragraph: the item itself, or the longest prose string among a record's values."""
    if _is_prose(item):
        return item
    if isinstance(item, dict):
        found = [v for v in item.values() if _is_prose(v)]
        return max(found, key=len) if found else None
    return None


def _html_paragraphs(value: str) -> list[str]:
    from lxml import html as lxml_html

    try:
        fragments = lxml_html.fragments_fromstring(value)
    except Exception:  # not markup after all
        return []
    return [
        re.sub(r"\s+", " ", el.text_content()).strip()
        for el in fragments
        if not isinstance(el, str) and el.tag in ("p", "blockquote", "li", "h2", "h3")
    ]


def _data_candidates(node, headline: str, out: list[list[str]], titled: bool = False, depth: int = 0) -> None:
    """Lists of paragraphs (or HTML strings of them) under a record whose string values hold the headline."""
    if depth > 40:  # (deeper data is no article body)
        return
    if isinstance(node, dict):
        titled = titled or any(
            isinstance(v, str) and word_count(v) >= 4 and fold(v) in headline for v in node.values()
        )
        for value in node.values():
            _data_candidates(value, headline, out, titled, depth + 1)
    elif isinstance(node, list):
        paragraphs = [p for p in (_item_prose(item) for item in node) if p]
        if titled and len(paragraphs) >= _DATA_MIN_PARAGRAPHS:
            out.append(paragraphs)
        for item in node:
            _data_candidates(item, headline, out, titled, depth + 1)
    elif titled and isinstance(node, str) and "<p" in node and len(node) > 400:
        paragraphs = [p for p in _html_paragraphs(node) if p]
        if len(paragraphs) >= _DATA_MIN_PARAGRAPHS:
            out.append(paragraphs)


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph most of whose word triples are in a longer one (a pull quote of its paragraph)."""
    triples = [word_triples(p) for p in paragraphs]
    kept = []
    for i, mine in enumerate(triples):
        repeated = any(
            j != i and len(paragraphs[j]) > len(paragraphs[i]) and len(mine & other) * 2 >= len(mine)
            for j, other in enumerate(triples)
        )
        if not repeated:
            kept.append(paragraphs[i])
    return kept


def data_article_text(tree, title: str | None = None) -> str:
    """The article held in the page's JSON data blocks (not JSON-LD, which trafilatura reads), or ""."""
    import json

    headline = fold(" ".join([title or "", *(t.text or "" for t in tree.iter("title", "h1"))]))
    candidates: list[list[str]] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if kind.endswith("json") and "ld+json" not in kind and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            _data_candidates(data, headline, candidates)
    if not candidates:
        return ""
    best = max(candidates, key=lambda paragraphs: sum(word_count(p) for p in paragraphs))
    return "\n".join(_without_repeats(best))
