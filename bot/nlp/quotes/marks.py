"""Pairing quotation marks in plain text, paragraph by paragraph.

Curly and straight double marks, NYT-style ``''``/```` `` ````, guillemets, and single marks only where
they are not apostrophes (and only outside a double-quoted span, where they would be a quote inside a
quote). A quote left open at the end of a paragraph runs to the paragraph's end (the next paragraph then
opens the continuation with a new mark). Odd mark counts never raise: stray marks are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlp.quotes.lexicon import ELISIONS, TITLE_SMALL_WORDS

__all__ = ["QuoteSpan", "find_quote_spans", "paragraph_bounds"]

_OPENERS_CTX = set(" \t\n([{—–-/:;,") | {""}
_PUNCT_AFTER = set(" \t\n.,;:!?)]}—–-/…") | {""}
# Where a single mark (’ or ') can open a quote: after a space, a bracket, a dash or a double mark; not
# after a comma or full stop, where it closes one (‘We will not back down,’ she said).
_SINGLE_OPEN_CTX = set(' \t\n([{—–/“"«') | {""}
_ELIDED_N = re.compile(r"[’'‘]n[’'](?=\s)")
_ELISION = re.compile(r"\d\ds\b|" + "|".join(rf"{w}\b" for w in ELISIONS))
# A year cut to its last two digits after a word ("when the pit closed in ’86", "the class of '09"): an apostrophe,
# not a quote opening with a number (a sentence, and so a quote, spells a number out at its start). Not a left
# mark (‘), which only opens, nor one opening a paragraph or following a colon or a dash.
_ELIDED_YEAR = re.compile(r"\d\d(?![\d.,:%])")


@dataclass
class QuoteSpan:
    start: int  # first character of the quoted text (after the opening mark)
    end: int  # one past the last character of the quoted text
    open_mark: int  # offset of the opening mark
    close_end: int  # one past the closing mark (or the paragraph end when unclosed)
    para: int  # paragraph number
    closed: bool = True
    single: bool = False  # paired with single marks

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class _Mark:
    pos: int
    width: int
    role: str  # "open", "close", "amb"
    family: str  # "d" (double) or "s" (single)


def _ctx(para: str, i: int, width: int) -> tuple[str, str]:
    left = para[i - 1] if i > 0 else ""
    right = para[i + width] if i + width < len(para) else ""
    return left, right


def _scan_marks(para: str) -> list[_Mark]:
    marks: list[_Mark] = []
    i, n = 0, len(para)
    while i < n:
        c = para[i]
        two = para[i : i + 2]
        if two == "``":
            marks.append(_Mark(i, 2, "open", "d"))
            i += 2
            continue
        if two == "''" and not (i + 2 < n and para[i + 2] == "'"):
            marks.append(_Mark(i, 2, _straight_role(para, i, 2), "d"))
            i += 2
            continue
        if c in "“„«":
            marks.append(_Mark(i, 1, "open", "d"))
        elif c in "”»":
            # A closing mark that opens a paragraph stays a (stray) closing mark: treating it as an
            # opening one typed the wrong way round finds real quotes, but the dev annotators left
            # those out, so it was measured and not adopted (README, "Who said what").
            marks.append(_Mark(i, 1, "close", "d"))
        elif c == '"':
            marks.append(_Mark(i, 1, _straight_role(para, i, 1), "d"))
        elif c in "‘'’":
            left, right = _ctx(para, i, 1)
            if left.isalnum() and right.isalnum():
                pass  # apostrophe inside a word: don't, Clinton’s
            elif _ELIDED_N.match(para, i):
                i += 3  # rock ’n’ roll
                continue
            elif (left in _SINGLE_OPEN_CTX or (c == "‘" and left in _OPENERS_CTX)) and (
                right.isalnum() or (right != "" and right in '“"«$£€…')
            ):  # (a mark ending the paragraph opens nothing: ‘… said, “Go home.”’ closes at the end)
                # Opening single mark, unless it is an elision ('90s, 'em, ’til, ’86).
                if not _ELISION.match(para[i + 1 : i + 6]) and not (
                    c != "‘" and i >= 2 and para[i - 2].isalnum() and _ELIDED_YEAR.match(para, i + 1)
                ):
                    marks.append(_Mark(i, 1, "open", "s"))
            elif c != "‘" and left and not left.isspace() and not right.isalnum():
                # A closing mark after a word or punctuation: ‘…,’ she said / ‘…’. / the voters’
                marks.append(_Mark(i, 1, "close", "s"))
        i += 1
    return marks


def _straight_role(para: str, i: int, width: int) -> str:
    left, right = _ctx(para, i, width)
    opener = left in _OPENERS_CTX or left in "‘'"
    closer = right in _PUNCT_AFTER or right in "’'"
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    return "amb"


def _pair_doubles(
    para: str, marks: list[_Mark]
) -> tuple[list[tuple[_Mark, _Mark | None]], _Mark | None, list[_Mark]]:
    pairs: list[tuple[_Mark, _Mark | None]] = []
    cur: _Mark | None = None
    stray: list[_Mark] = []
    for m in marks:
        if m.family != "d":
            continue
        if cur is None:
            if m.role in ("open", "amb"):
                cur = m
            elif not pairs:
                stray.append(m)  # a stray closing mark is ignored (but see find_quote_spans)
        elif m.role in ("close", "amb"):
            pairs.append((cur, m))
            cur = None
        else:  # a new opening mark while one is open: the earlier one was never closed
            if cur.width == m.width and para[cur.pos] == '"' and para[m.pos] == '"':
                pairs.append((cur, m))  # two straight marks, whatever their context
                cur = None
            else:
                cur = m
    return pairs, cur, stray


def _possessive_like(para: str, c: _Mark) -> bool:
    """Whether closing mark ``c`` is more likely a plural possessive (the voters’ choice) or a dropped g (we’re goin’
    to win) than a quote's end."""
    left, right = _ctx(para, c.pos, 1)
    plural_possessive = left == "s" and right == " " and para[c.pos + 2 : c.pos + 3].isalpha()
    dropped_g = para[c.pos - 2 : c.pos] == "in" and right == " " and para[c.pos + 2 : c.pos + 3].islower()
    return plural_possessive or dropped_g


def _opens_speech(para: str, m: _Mark) -> bool:
    """Whether opening mark ``m`` opens the paragraph or follows a colon: speech in full, which may run on (not a
    fragment inside a sentence: "there had been ‘missed chances’ to make …")."""
    before = para[: m.pos].rstrip()
    return before == "" or before.endswith(":")


def _pair_singles(
    para: str, marks: list[_Mark], blocked: list[tuple[int, int]], runs_on: bool = False
) -> list[tuple[_Mark, _Mark]]:
    """Pairs of single marks; with ``runs_on`` (the next paragraph opens with a single mark), an opening mark only a
    possessive could close is left unpaired, a quote running on."""

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in blocked)

    singles = [m for m in marks if m.family == "s" and not inside(m.pos)]
    pairs: list[tuple[_Mark, _Mark]] = []
    k = 0
    while k < len(singles):
        m = singles[k]
        if m.role != "open":
            k += 1
            continue
        # The nearest closing mark before the next opening one; a closing mark right after a plural
        # "s" followed by a word is more likely a possessive (the voters’ choice), and one after "in"
        # followed by a lower-case word a dropped g (we’re goin’ to win), so prefer another.
        closes = []
        for j in range(k + 1, len(singles)):
            if singles[j].role == "open":
                break
            closes.append(j)
        if not closes:
            k += 1
            continue
        pick = closes[0]
        for j in closes:
            if not _possessive_like(para, singles[j]):
                pick = j
                break
        else:
            if runs_on and _opens_speech(para, m):
                # only a possessive closes (said: ‘… residents’ frustration … ¶ ‘…’): the quote runs on
                k += 1
                continue
        c = singles[pick]
        # A double-quoted span that starts inside the pair must end inside it too: British style nests
        # double marks in single ones (‘He said, “Go home,” and I did.’); a double span that runs past
        # the closing mark means the single marks are not a pair.
        if any(m.pos < a < c.pos < b for a, b in blocked):
            k += 1
            continue
        if len(para[m.pos + 1 : c.pos].split()) <= 80:
            pairs.append((m, c))
        k = pick + 1
    return pairs


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text`` (see the module docstring). Never raises."""
    spans: list[QuoteSpan] = []
    if not text:
        return spans
    bounds = paragraph_bounds(text)
    paras = [text[pstart:pend] for pstart, pend in bounds]
    scanned = [
        _scan_marks(para) for para in paras
    ]  # each paragraph's marks, read once: the one before reads them too
    carried: str | None = None  # the family of a quote the previous paragraph left open
    for pi, (pstart, _) in enumerate(bounds):
        para, marks = paras[pi], scanned[pi]
        nxt = (paras[pi + 1], scanned[pi + 1]) if pi + 1 < len(bounds) else None
        left_open, carried = carried, None
        if not marks:
            continue
        found: list[tuple[int, int, int, int, bool, bool]] = []
        close = _unopened_continuation(para, marks, left_open)
        if close is not None:
            # The quote the previous paragraph left open goes on here with no opening mark of its own
            # (a slip of the usual convention) and closes in this paragraph; the marks after it pair.
            found.append((0, 0, close.pos, close.pos + close.width, True, close.family == "s"))
            marks = [m for m in marks if m.pos > close.pos]
        dpairs, unclosed, stray = _pair_doubles(para, marks)
        for o, c in dpairs:
            found.append((o.pos, o.pos + o.width, c.pos, c.pos + c.width, True, False))
        if unclosed is not None:
            found.append((unclosed.pos, unclosed.pos + unclosed.width, len(para), len(para), False, False))
            carried = "d"
        blocked = [(a, d) for a, _, _, d, _, _ in found]
        if stray:
            # A closing double mark with no opening one before it ends speech whose opening mark is
            # lost: single marks before it are a quote inside that quote, not a quote of their own.
            blocked.append((0, stray[-1].pos))
        singles = _pair_singles(para, marks, blocked, nxt is not None and _opens_with_single(*nxt))
        for o, c in singles:
            found.append((o.pos, o.pos + 1, c.pos, c.pos + 1, True, True))
        run_on = _runs_on_in_single_marks(para, nxt, marks, singles, blocked)
        if run_on is not None:
            # British style: a quote running over several paragraphs in single marks opens each one
            # with ‘ and closes only the last (the first may open after a closed quote and its cue).
            found.append((run_on, run_on + 1, len(para), len(para), False, True))
            carried = "s"
        # A double-quoted span inside a single-quoted one is a quote inside that quote, not a quote.
        outer = [(a, d) for a, _, _, d, _, single in found if single]
        found = [f for f in found if f[5] or not any(a < f[0] and f[3] <= d for a, d in outer)]
        for a, b, c, d, closed, single in sorted(found):
            # trim whitespace inside the marks
            while b < c and para[b].isspace():
                b += 1
            while c > b and para[c - 1].isspace():
                c -= 1
            if c <= b or not any(ch.isalnum() for ch in para[b:c]):
                continue
            spans.append(QuoteSpan(pstart + b, pstart + c, pstart + a, pstart + d, pi, closed, single))
    return spans


def _runs_on_in_single_marks(para, nxt, marks, singles, blocked) -> int | None:
    """Where in paragraph ``para`` a quote in single marks opens that nothing closes while the next
    paragraph (``nxt``: its text and its marks, None after the last) opens with a single mark too: a quote that runs on
    (the double-mark convention, in single marks). It is the paragraph's last single opening mark when nothing pairs
    it, no single mark closes after it and no double-quoted span holds it; it may follow a closed quote and its cue
    (‘…,’ she said. ‘… ¶ ‘…’). None when there is no such mark."""
    if nxt is None:
        return None
    paired = {o.pos for o, _ in singles} | {c.pos for _, c in singles}
    opener = None
    for m in marks:
        if m.family != "s" or m.pos in paired or any(a <= m.pos < b for a, b in blocked):
            continue
        if m.role == "open":
            opener = m
        elif m.role == "close" and opener is not None and not _possessive_like(para, m):
            opener = None  # closed after all (a pair the pairing refused): not a run-on
    if opener is None or any(o.pos > opener.pos for o, _ in singles):
        return None
    if any(a < opener.pos < b for a, b in blocked):
        return None
    if not _opens_with_single(*nxt) and _unopened_continuation(*nxt, "s") is None:
        return None
    return opener.pos


def _opens_with_single(para: str, marks: list[_Mark]) -> bool:
    """Whether paragraph ``para`` (its ``marks`` scanned) opens with a single opening mark."""
    return para.startswith(("‘", "'")) and any(m.pos == 0 and m.role == "open" for m in marks)


def _unopened_continuation(para: str, marks: list[_Mark], family: str | None) -> _Mark | None:
    """The closing mark that ends a quote carried over from the previous paragraph when this paragraph
    goes on with it without opening a mark of its own: the paragraph's first mark of ``family`` closes,
    right after the end of a sentence or clause (‘… ¶ I grew up here. And now I can’t stay.’). None
    otherwise (the usual continuation opens with a mark; a stray mark mid-sentence is no evidence)."""
    if family is None:
        return None
    first = next((m for m in marks if m.family == family), None)
    if first is None or first.role != "close" or first.pos == 0:
        return None
    if para[first.pos - 1] not in ".,!?…":
        return None
    return first


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():  # a paragraph starts at its first non-space character
            bounds.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end()))
    return bounds


def looks_like_title(body: str) -> bool:
    """Whether a quote's words are set as a title is: two to ten words, every one capitalised but the small words
    ("The Art of the Deal", "Fox and Friends")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", body)
    if not words or len(words) > 10:
        return False
    caps = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return len(caps) >= 2 and all(w[:1].isupper() for w in caps)
