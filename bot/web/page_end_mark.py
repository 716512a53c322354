"""The headed boxes a page sets after a press release's end mark, outside the block the mark closes.

A release ends on its mark ("###", "-30-", "- 30 -"), a paragraph of its own that closes the block of the release's
paragraphs. Whatever box the page sets after that block, under a heading of its own ("Recent incidents", "Fire safety
tip of the month", "About the department"), is the site's and not the release: the writer said where the release
ends, on any site. Only when the mark closes a block of ``_RELEASE_MIN_WORDS`` words or more (a release, not a
section break between a story's parts), and only boxes outside that block: a paragraph after the mark inside the
release's own block is read by the line rules (``page_lines._drop_after_end_mark``), not here.
"""

from __future__ import annotations

from bot.web.page_boxes import remove_keeping_tail
from bot.web.page_lines import END_MARK
from bot.web.page_rules import word_count

__all__ = ["drop_boxes_after_end_mark"]

# (the candidates found in one pass of the parser's own XPath, the mark's spaces taken out; ``END_MARK`` then checks)
_BARE_TEXT = "translate(normalize-space(), ' ', '')"
_MARK_XPATH = f"//*[self::p or self::div][{_BARE_TEXT} = '###' or {_BARE_TEXT} = '-30-']"
_RELEASE_MIN_WORDS = 150
_BOX_TAGS = frozenset(("div", "aside", "section"))
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_BOX_MAX_WORDS = 200  # a box's few lines; a block this long is more than a box
_TOP = frozenset(("body", "html"))


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _closing_mark(el) -> bool:
    """``el`` is an end mark with no text after it in its block, and the release's words before it."""
    if not END_MARK.match(_text(el)) or el.getparent() is None:
        return False
    if (el.tail or "").strip() or any(
        isinstance(s.tag, str) and _text(s) or (s.tail or "").strip() for s in el.itersiblings()
    ):
        return False
    before = sum(word_count(_text(s)) for s in el.itersiblings(preceding=True) if isinstance(s.tag, str))
    return before >= _RELEASE_MIN_WORDS


def _headed_box(el) -> bool:
    """A small box opening on a heading (its first element)."""
    if el.tag not in _BOX_TAGS:
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return first is not None and first.tag in _HEADINGS and word_count(_text(el)) <= _BOX_MAX_WORDS


def drop_boxes_after_end_mark(tree) -> None:
    """Without the headed boxes after the block a release's end mark closes (its siblings' and its ancestors')."""
    mark = next((el for el in tree.xpath(_MARK_XPATH) if _closing_mark(el)), None)
    if mark is None:
        return
    boxes, block = [], mark.getparent()
    while block is not None and block.tag not in _TOP:
        boxes.extend(s for s in block.itersiblings() if isinstance(s.tag, str) and _headed_box(s))
        block = block.getparent()
    for box in boxes:
        remove_keeping_tail(box)
