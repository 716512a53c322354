"""Merging what trafilatura's modes find: the article blocks one extraction has that another lacks.

Its default, precision and recall modes each drop something on some layouts (an ingredient list, a
bullet list, a standfirst); each mode's cleaned text is read, and the blocks that look like article
text and repeat no paragraph already there are put back in place (``merge_missing``).
"""

from __future__ import annotations

import re

from bot.web.page_lines import SENTENCE_END
from bot.web.page_rules import LIST_ITEM, SENTENCE_CLOSE, WORD, fold, is_page_furniture, word_count

__all__ = ["merge_missing", "word_triples"]

_EXTRA_MIN_WORDS = 6
_PROSE_WORDS = 15
_SEEN_SHARE = 0.5  # a block whose word triples are half in the text already is a variant of a paragraph


def word_triples(line: str) -> set[tuple[str, ...]]:
    """Each run of three words in ``line``, lower-case: how much of a block a text already holds."""
    words = [w.lower() for w in WORD.findall(line)]
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))} if words else set()


def _is_article_block(line: str) -> bool:
    """A list item of three words or with a figure ("- 250 g minced lamb"; "- Home", "- More sport" are
    menus), or a sentence of ``_EXTRA_MIN_WORDS`` words or more ("News provided by", "Close",
    "Written: 2023-11-07 15:03" are labels and bars, not text)."""
    if LIST_ITEM.match(line):
        return word_count(line) >= 3 or bool(re.search(r"\d", line))
    return word_count(line) >= _EXTRA_MIN_WORDS and bool(SENTENCE_END.search(line))


def _is_prose(line: str) -> bool:
    """A paragraph of the story's prose: a sentence of ``_PROSE_WORDS`` words or more, no list item."""
    return word_count(line) >= _PROSE_WORDS and bool(SENTENCE_END.search(line)) and not LIST_ITEM.match(line)


def _opens_list_after_prose(base: list[str], i: int, items: list[str]) -> bool:
    """Whether the text's paragraph ``i``, before a list, is prose, or the story's lead-in to the list right after its
    prose: a line closing on a colon ("Other high bids included:") under a paragraph of prose. The colon says a list
    follows, on any site; a label after a calendar's short lines or over the last paragraph has no prose on one side.
    A lead-in under a section's subheading ("Other Actions" over "In other business, the council:") has no prose right
    above it: its list's ``items`` then tell the story themselves (``_told_items``). So does a list right under a
    section's own subheading between the text's paragraphs ("What changes for families" over "- Classes will begin at
    8:40 a.m. …"; ``_is_subheading``): the prose above and below it, and the items' sentences, make it the story's, where
    a rail's or a menu's heading stands over links and headlines closing on no stop."""
    line = base[i]
    if _is_prose(line):
        return True
    if _is_subheading(line):
        return i > 0 and _is_prose(base[i - 1]) and _told_items(items)
    if not line.endswith(":") or LIST_ITEM.match(line):
        return False
    return (i > 0 and _is_prose(base[i - 1])) or _told_items(items)


_SUBHEADING_WORDS = 8


def _is_subheading(line: str) -> bool:
    """A short line closing on no end mark nor colon, no list item: a section's subheading."""
    return (
        word_count(line) <= _SUBHEADING_WORDS
        and not LIST_ITEM.match(line)
        and not re.search(r"""[.!?:;,"”’']$""", line)
    )


def _told_items(items: list[str]) -> bool:
    """Whether every item of a list is a sentence of the story: ``_EXTRA_MIN_WORDS`` words or more closing on a stop
    ("- Approved a contract with Halvorsen Paving for the street overlay program."). A menu's, a rail's or a box of other
    stories' items are links and headlines, closing on no stop."""
    return bool(items) and all(
        word_count(item) >= _EXTRA_MIN_WORDS and bool(SENTENCE_CLOSE.search(item)) for item in items
    )


def _is_furniture_label(line: str) -> bool:
    """A list item closing on no stop that a line rule takes read without its bullet ("- By <Name>", a byline). An item
    that is a sentence ("- Sign up for the post office's delivery alerts to see what mail is coming.") is the story's
    advice, whatever a rule reads in it alone."""
    item = LIST_ITEM.match(line)
    return item is not None and not SENTENCE_CLOSE.search(line) and is_page_furniture(line[item.end() :])


def merge_missing(
    text: str, other: str, *, lists_only: bool = False, placed: frozenset[str] = frozenset()
) -> str:
    """``text`` with the article blocks of ``other`` it lacks, each after the last paragraph the two share.

    trafilatura's three modes choose differently: the default may read the page's consent box and
    method while its precision mode reads the ingredient list beside them; its recall mode keeps a
    bullet list the default drops. Both inputs are already cleaned, so the page rules hold for what is
    added; a block must still look like article text (``_is_article_block``) and not repeat a paragraph
    already there in another cut (``_SEEN_SHARE`` of its word triples). ``lists_only``: only the items of a list
    between two paragraphs the text has are taken (a page without an article container, whose default reading
    took its loose paragraphs only; the paragraph before the list may be the story's lead-in to it, closing on a colon,
    under a paragraph of prose). ``placed``: the items (folded) of the lists the page's markup sets between two of the
    text's paragraphs (``page_tree.lists_between_paragraphs``), taken between any two paragraphs the text has, prose or
    not.
    """
    base = [ln for ln in text.split("\n\n") if ln]
    position = {fold(ln): i for i, ln in enumerate(base)}
    seen: set[tuple[str, ...]] = set().union(*(word_triples(ln) for ln in base)) if base else set()
    after: dict[int, list[str]] = {}
    anchor = -1
    pending: list[str] = []  # (lists_only) items waiting for a shared paragraph after them
    head_row = False  # (lists_only) one of the pending items is furniture: the run is the page head's row
    for line in (ln for ln in other.split("\n\n") if ln):
        key = fold(line)
        if key in position:
            if (
                pending
                and position[key] > anchor >= 0
                and (
                    (not head_row and _opens_list_after_prose(base, anchor, pending) and _is_prose(line))
                    or (
                        (not head_row or base[anchor].endswith(":"))
                        and all(fold(item[LIST_ITEM.match(item).end() :]) in placed for item in pending)
                    )
                )
            ):
                after.setdefault(anchor, []).extend(pending)
            pending, head_row = [], False
            anchor = position[key]
            continue
        if lists_only and _is_furniture_label(line):
            # (a list with a label a line rule takes is a row of the page's furniture, not the story's list: a byline's
            # row under the standfirst, "- By <Name>" beside "- Spring 2025 issue of <Magazine>"; unless the markup sets
            # the list between two of the text's paragraphs, ``placed``, the first its lead-in closing on a colon: "…
            # on display during the open house:" over "- Monday, May 26, 1997", "- 10:00 a.m. to 2:00 p.m.", an
            # event's date and hours that read alone as a dateline)
            head_row = True
            pending.append(line)
            continue
        triples = word_triples(line)
        if not triples or len(triples & seen) >= _SEEN_SHARE * len(triples) or not _is_article_block(line):
            continue
        if lists_only:
            # only a list between two paragraphs of prose the text has, or under its lead-in after one (a list before
            # the first or after the last, or beside a calendar's or a footer's short lines, is a box of other stories,
            # a rail, a menu)
            if LIST_ITEM.match(line):
                seen |= triples
                pending.append(line)
            else:
                pending, head_row = [], False
            continue
        seen |= triples
        after.setdefault(anchor, []).append(line)
    if not after:
        return text
    merged = list(after.get(-1, []))
    for i, line in enumerate(base):
        merged.append(line)
        merged.extend(after.get(i, []))
    return "\n\n".join(merged)
