"""Direct quotes and who said them.

Two steps:

1. ``find_quote_spans(text)`` pairs quotation marks in plain text, paragraph by paragraph: curly and
   straight double marks, NYT-style ``''``/```` `` ````, guillemets, and single marks only where they are
   not apostrophes (and only outside a double-quoted span, where they would be a quote inside a quote).
   A quote left open at the end of a paragraph runs to the paragraph's end (the next paragraph then
   opens the continuation with a new mark). Odd mark counts never raise: stray marks are ignored.
2. ``attribute(doc, spans, actors)`` finds each quote's reporting cue ("said", "told", "according
   to"...) in the clause before or after it, takes the cue's grammatical subject as the speaker, maps it
   to the canonical actor (pronouns through a small within-article resolver), and falls back to the
   previous quote's speaker when a quote follows a quote with no new cue. Unknown stays ``None``.
   Short fragments with no cue at all (scare quotes, titles) are left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.brief import Quote
from bot.nlp.actors import ActorTable, normalise_name

__all__ = ["QuoteSpan", "find_quote_spans", "attribute", "CUE_VERBS"]

# ---------------------------------------------------------------------------------------------------
# 1. Pairing quotation marks
# ---------------------------------------------------------------------------------------------------

_OPENERS_CTX = set(" \t\n([{—–-/:;,") | {""}
_PUNCT_AFTER = set(" \t\n.,;:!?)]}—–-/…") | {""}
# Where a single mark (’ or ') can open a quote: after a space, a bracket, a dash or a double mark; not
# after a comma or full stop, where it closes one (‘We will not back down,’ she said).
_SINGLE_OPEN_CTX = set(' \t\n([{—–/“"«') | {""}
_ELIDED_N = re.compile(r"[’'‘]n[’'](?=\s)")


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
                right.isalnum() or right in '“"«$£€…'
            ):
                # Opening single mark, unless it is an elision ('90s, 'em, ’til).
                if not re.match(r"\d\ds\b|em\b|til\b|cause\b|n\b|tis\b", para[i + 1 : i + 6]):
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


def _pair_singles(para: str, marks: list[_Mark], blocked: list[tuple[int, int]]) -> list[tuple[_Mark, _Mark]]:
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
        # "s" followed by a word is more likely a possessive (the voters’ choice), so prefer another.
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
            c = singles[j]
            left, right = _ctx(para, c.pos, 1)
            plural_possessive = left == "s" and right == " " and para[c.pos + 2 : c.pos + 3].isalpha()
            if not plural_possessive:
                pick = j
                break
        c = singles[pick]
        if any(a < c.pos and b > m.pos for a, b in blocked if a > m.pos):
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
    for pi, (pstart, pend) in enumerate(_paragraph_bounds(text)):
        para = text[pstart:pend]
        marks = _scan_marks(para)
        if not marks:
            continue
        dpairs, unclosed, stray = _pair_doubles(para, marks)
        found: list[tuple[int, int, int, int, bool, bool]] = []
        for o, c in dpairs:
            found.append((o.pos, o.pos + o.width, c.pos, c.pos + c.width, True, False))
        if unclosed is not None:
            found.append((unclosed.pos, unclosed.pos + unclosed.width, len(para), len(para), False, False))
        blocked = [(a, d) for a, _, _, d, _, _ in found]
        if stray:
            # A closing double mark with no opening one before it ends speech whose opening mark is
            # lost: single marks before it are a quote inside that quote, not a quote of their own.
            blocked.append((0, stray[-1].pos))
        for o, c in _pair_singles(para, marks, blocked):
            found.append((o.pos, o.pos + 1, c.pos, c.pos + 1, True, True))
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


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            bounds.append((m.start(), m.end()))
    return bounds


# ---------------------------------------------------------------------------------------------------
# 2. Attribution
# ---------------------------------------------------------------------------------------------------

CUE_VERBS = set(
    """say tell add describe stress praise pledge write tweet post claim state declare explain note
    argue ask insist warn announce suggest recall continue report reply respond answer acknowledge admit
    concede call accuse charge complain boast brag vow promise predict mention observe remark comment
    testify quip joke shout yell scream cry exclaim whisper mutter murmur sing read repeat reiterate
    emphasize emphasise point urge caution contend maintain assert allege confirm deny dismiss blast
    slam criticize criticise condemn lament counter retort snap fire rail deride
    mock label dub brand term hail applaud thank welcome laud decry denounce question wonder muse
    speculate estimate conclude find indicate cite quote recount relate offer tout characterize
    characterise summarize summarise put liken compare rate refer deem chant inform assure advise plead
    beg demand threaten proclaim pronounce profess hint imply recount sign text message caution tease
    lecture preach scoff sneer gush rave marvel concede counsel instruct order reason ponder""".split()
)
# Nouns that carry speech on their own ("in a statement", "a spokesman's email").
CUE_NOUNS = {"statement", "interview", "tweet", "post", "release", "letter", "email", "remarks", "speech"}
# "X's office said" speaks for X; so do the documents X issues.
PROXY_NOUNS = {"office", "statement", "release", "letter", "tweet", "website", "account", "spokesperson"}
DOC_NOUNS = {"statement", "report", "release", "letter", "memo", "tweet", "post", "ad", "email", "website"}
# Nouns for a person's role: a name in apposition to one is a person ("the minister, Amara Diallo").
ROLE_NOUNS = set(
    """minister spokesman spokeswoman spokesperson director chairman chairwoman chair president
    secretary official leader adviser advisor aide lawyer attorney chief head manager mayor governor
    senator representative lawmaker legislator ambassador envoy commissioner chancellor founder owner
    organiser organizer analyst economist professor researcher scientist doctor officer commander
    general coach captain executive ceo candidate nominee strategist consultant pollster activist
    resident witness teacher headteacher principal author historian editor correspondent""".split()
)
PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "me"}
_RELATIVE = {"who", "that", "which", "whom"}
_NOT_SPEAKER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
_SENT_END = {".", "!", "?"}


@dataclass
class _Attr:
    speaker: str | None
    cue: str | None
    actor: int | None = None  # actor index when the speaker is an actor
    cue_tok: int | None = None  # token index of the cue


class _Ctx:
    def __init__(self, doc, spans: list[QuoteSpan], actors: ActorTable, text: str | None = None):
        self.doc = doc
        self.spans = spans
        self.actors = actors
        self.text = doc.text if text is None else text  # Doc.text is rebuilt on every access
        n = len(doc)
        self.qid = [-1] * n  # which quote (marks included) a token is in
        self.starts = starts = [t.idx for t in doc]
        bounds = _paragraph_bounds(self.text)
        self.para_bounds = bounds
        self.para_of = [bisect.bisect_right(bounds, (c, 1 << 62)) - 1 for c in starts] if bounds else [0] * n
        self.para_of = [max(0, p) for p in self.para_of]
        self.q_tok: list[tuple[int, int]] = []
        for k, s in enumerate(spans):
            a = self._tok_at(s.open_mark)
            b = self._tok_at(max(s.close_end - 1, s.open_mark))
            self.q_tok.append((a, b + 1))
            for i in range(a, b + 1):
                if self.qid[i] == -1:
                    self.qid[i] = k

    def _tok_at(self, char: int) -> int:
        i = bisect.bisect_right(self.starts, char) - 1
        return max(0, min(i, len(self.starts) - 1))


def _is_cue(tok) -> bool:
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    if tok.pos_ in ("VERB", "AUX"):
        return tok.lemma_.lower() in CUE_VERBS or tok.lower_ in CUE_VERBS
    return False


def _window(ctx: _Ctx, k: int) -> tuple[list[int], list[int]]:
    """Token indices of the clause before and after quote ``k`` (outside quotes, same paragraph)."""
    doc = ctx.doc
    a, b = ctx.q_tok[k]
    para = ctx.para_of[a]
    left: list[int] = []
    i = a - 1
    while i >= 0 and ctx.para_of[i] == para:
        t = doc[i]
        if ctx.qid[i] != -1:
            # Another quote: stop, unless it is a short fragment inside the same sentence.
            j = ctx.qid[i]
            if ctx.spans[j].closed and len(ctx.spans[j].text_in(ctx.text).split()) <= 4:
                i = ctx.q_tok[j][0] - 1
                continue
            break
        if t.text in _SENT_END:
            break
        left.append(i)
        i -= 1
    right: list[int] = []
    i = b
    body = ctx.spans[k].text_in(ctx.text).rstrip()
    if body.endswith(".") and ctx.spans[k].closed:
        i = len(doc)  # the quote ended its sentence
    while i < len(doc) and ctx.para_of[i] == para:
        t = doc[i]
        if ctx.qid[i] != -1:
            j = ctx.qid[i]
            if ctx.spans[j].closed and len(ctx.spans[j].text_in(ctx.text).split()) <= 4:
                i = ctx.q_tok[j][1]
                continue
            break
        if t.text in _SENT_END:
            break
        right.append(i)
        i += 1
    return left, right


def _subject(tok, ctx: _Ctx, depth: int = 0):
    """The speaker token of cue ``tok``, or None."""
    if depth > 4:
        return None
    if tok.lower_ == "according":
        for c in tok.children:
            if c.lower_ == "to":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ == "to" and nxt.i + 1 < len(tok.doc):
            for g in nxt.children:
                if g.dep_ == "pobj":
                    return g
        return None
    if tok.tag_ == "VBG" and tok.i > 0 and not any(c.dep_ == "nsubj" for c in tok.children):
        # "footage of Hillary Clinton asking, “…”": a named actor right before the participle.
        prev = tok.doc[tok.i - 1]
        a = ctx.actors.actor_at(prev.i)
        if a is not None and a.kind in ("person", "organization") and ctx.qid[prev.i] == -1:
            if prev.pos_ == "PROPN":
                return prev
    if tok.lemma_.lower() == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return None  # "as the memo put it" reports speech; "putting his name on the line" does not
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    has_subj = False
    for c in tok.children:
        if c.dep_ == "nsubj" and ctx.qid[c.i] == -1 and not (c.is_punct or c.text in _DASHES):
            has_subj = True
            if c.ent_type_ not in _NOT_SPEAKER_ENTS:
                return c
            if c.ent_type_ in ("PERCENT", "CARDINAL") and c.pos_ == "NOUN" and c.i < tok.i:
                return c  # "63 percent said": poll respondents
        if c.dep_ == "nsubjpass" and ctx.qid[c.i] == -1 and tok.lemma_ not in ("tell", "ask", "call"):
            if tok.lemma_ in ("quote", "report"):
                return c
    if passive:
        for c in tok.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    before = _named_before(tok, ctx)
    if before is not None:
        return before
    if tok.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp") and tok.head is not tok:
        # "X said … but said “…”": a subjectless cue shares its head's subject (the parser often
        # takes the second verb of a coordination for a complement).
        head = tok.head
        if ctx.qid[head.i] != -1 and ctx.qid[tok.i] == -1:
            # The parser hung the cue on a verb inside a quote ("treating it as a compliment --
            # ''…'' -- and asserting, ''…''"): the subject is the nearest clause subject before.
            return _clause_subject_before(tok, ctx)
        if tok.dep_ == "conj" and head.dep_ == "ccomp" and not _is_cue(head) and _is_cue(head.head):
            # "The ministry said the outbreak was contained and urged calm": the cue is coordinated
            # with the reported clause by the parser, but its subject is the reporter, unless the
            # reported clause's subject is a person.
            inner = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if inner is None or not _personal(inner, ctx):
                return _subject(head.head, ctx, depth + 1)
        return _subject(head, ctx, depth + 1)
    # Inverted order the parser missed: 'said Smith', 'said the mayor'.
    if tok.i + 1 < len(tok.doc) and not has_subj:
        nxt = tok.doc[tok.i + 1]
        while nxt.ent_type_ in _NOT_SPEAKER_ENTS or nxt.text == ",":
            if nxt.i + 1 >= len(tok.doc) or nxt.i - tok.i > 6:
                return None
            nxt = tok.doc[nxt.i + 1]
        if nxt.pos_ in ("PROPN", "NOUN", "PRON") and ctx.qid[nxt.i] == -1 and nxt.dep_ != "dobj":
            return nxt.head if nxt.dep_ == "compound" else nxt
        if nxt.pos_ == "DET" and nxt.head.pos_ in ("NOUN", "PROPN"):
            return nxt.head
    return None


_DASHES = {"―", "—", "–", "--", "-"}


def _named_before(tok, ctx: _Ctx):
    """'“…,” Tulsa police Chief Ana Ortiz said' / '“…,” Flynn, a retired general, said' when the
    parser found no subject: the first person or organisation named between the quote and the cue."""
    doc = ctx.doc
    i = tok.i - 1
    while i >= 0 and ctx.qid[i] == -1 and doc[i].text not in _SENT_END and tok.i - i <= 14:
        i -= 1
    if i < 0 or ctx.qid[i] == -1 or not doc[i].is_punct:
        return None  # the cue must follow a closing quotation mark
    k = ctx.qid[i]
    if not ctx.spans[k].text_in(ctx.text).rstrip().endswith((",", "?", "!", "—", "-")):
        return None
    for j in range(i + 1, tok.i):
        t = doc[j]
        if t.is_punct or t.is_space:
            continue
        if _is_cue(t) or t.lower_ in _RELATIVE or (t.text.islower() and t.pos_ not in ("DET", "NOUN", "ADJ")):
            return None
        a = ctx.actors.actor_at(j)
        if a is not None and a.kind in ("person", "organization"):
            # the last token of that name
            while j + 1 < tok.i and ctx.actors.tok2actor.get(j + 1) == ctx.actors.tok2actor.get(j):
                j += 1
            return doc[j]
    return None


def _clause_subject_before(tok, ctx: _Ctx):
    """The nearest clause subject before ``tok`` in its sentence, outside quotes, or None."""
    doc = ctx.doc
    start = tok.sent.start
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        if ctx.qid[i] != -1 or t.dep_ != "nsubj" or t.lower_ in _RELATIVE:
            continue
        if ctx.qid[t.head.i] != -1:
            continue
        return t
    return None


def _personal(tok, ctx: _Ctx) -> bool:
    """Whether a subject token names a person (an actor of that kind, or a personal pronoun)."""
    if tok.lower_ in ("he", "she", "i", "we", "they", "you"):
        return True
    a = ctx.actors.actor_at(tok.i)
    return a is not None and a.kind == "person"


def _phrase(tok) -> str:
    """A short noun phrase for an unnamed speaker: 'a campaign spokesman', 'the ad’s narrator'."""
    keep = [tok]
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("det", "amod", "compound", "poss", "nummod", "case", "nmod"):
            keep.extend(c.subtree)
    keep = sorted(set(keep), key=lambda t: t.i)
    start, end = keep[0].i, keep[-1].i + 1
    words = [t for t in tok.doc[start:end] if not t.is_punct or t.text in ("’s", "'s")]
    while words and words[-1].dep_ in ("cc", "punct", "prep"):
        words.pop()
    return "".join(t.text_with_ws for t in words).strip(" ,")


def _speaker_of(tok, ctx: _Ctx, quote_start: int) -> _Attr | None:
    """Map a subject token to a speaker: actor name, resolved pronoun, or a short noun phrase."""
    actors = ctx.actors
    low = tok.lower_
    if low in _RELATIVE and tok.head is not None:
        rel = tok.head
        if rel.dep_ == "relcl":
            tok = rel.head
            low = tok.lower_
    if low in ("they", "we"):
        plural = _resolve_plural(ctx, tok)
        if plural is not None:
            return plural
    if tok.pos_ == "PRON" or low in PRONOUNS:
        idx = resolve_pronoun(ctx, tok)
        if idx is None:
            return _Attr(None, None)
        return _Attr(actors.actors[idx].name, None, idx)
    idx = actors.tok2actor.get(tok.i)
    named_chain = tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1 for c in tok.children
    )
    if idx is not None and not (actors.actors[idx].kind == "place" and named_chain):
        return _Attr(actors.actors[idx].name, None, idx)
    # A named person in apposition or compound: "spokesman Brian Fallon", "the aide, Jane Doe".
    for c in tok.children:
        if c.dep_ in ("appos", "compound", "nmod") and ctx.qid[c.i] == -1:
            j = actors.tok2actor.get(c.i)
            if j is not None and actors.actors[j].kind == "person":
                return _Attr(actors.actors[j].name, None, j)
            if (
                j is not None
                and c.pos_ == "PROPN"
                and tok.lemma_.lower() in ROLE_NOUNS
                and len(actors.actors[j].name.split()) >= 2
            ):
                # "the foreign minister, Amara Diallo": a name in apposition to a person's role is a
                # person, whatever label the model gave it.
                actors.actors[j].kind = "person"
                return _Attr(actors.actors[j].name, None, j)
    # "Patrushev’s office said", "the ministry's statement": the owner speaks.
    if tok.lemma_.lower() in PROXY_NOUNS or tok.lemma_.lower() in DOC_NOUNS:
        for c in tok.children:
            if c.dep_ == "poss":
                j = actors.tok2actor.get(c.i)
                if j is not None:
                    return _Attr(actors.actors[j].name, None, j)
                if c.lower_ in ("his", "her", "their", "its"):
                    j = resolve_pronoun(ctx, c)
                    if j is not None:
                        return _Attr(actors.actors[j].name, None, j)
        if tok.lemma_.lower() in DOC_NOUNS:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                    for g in c.children:
                        j = actors.tok2actor.get(g.i)
                        if g.dep_ == "pobj" and j is not None:
                            return _Attr(actors.actors[j].name, None, j)
        for c in tok.children:
            if c.dep_ in ("compound", "amod"):
                j = actors.tok2actor.get(c.i)
                if j is not None and actors.actors[j].kind in ("organization", "person"):
                    return _Attr(actors.actors[j].name, None, j)
        # "The council issued a statement calling…": whoever issued it.
        if tok.dep_ in ("dobj", "pobj") and tok.lemma_.lower() in DOC_NOUNS:
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            for c in verb.children:
                if c.dep_ == "nsubj" and actors.tok2actor.get(c.i) is not None:
                    j = actors.tok2actor[c.i]
                    return _Attr(actors.actors[j].name, None, j)
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "LOC", "GPE", "PERSON"):
        # A name the model did not tag as a person, speaking: "said Mayor Ana Costa".
        chain = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        toks = sorted([*chain, tok], key=lambda t: t.i)
        if toks[-1].i - toks[0].i == len(toks) - 1 and all(t.text[:1].isupper() for t in toks):
            name, _ = normalise_name(" ".join(t.text for t in toks))
            if name and len(name.split()) >= 2:
                j = actors.add_person(name, [t.i for t in toks])
                return _Attr(actors.actors[j].name, None, j)
    if tok.pos_ in ("NOUN", "PROPN"):
        phrase = _phrase(tok)
        if phrase and phrase.lower() not in PRONOUNS:
            return _Attr(phrase, None)
    return None


def _resolve_plural(ctx: _Ctx, tok) -> _Attr | None:
    """'they'/'we': the most recent plural clause subject in this or the two previous sentences.

    An organisation or group actor ("Democrats in the Senate", "Norwind Airlines") gives that actor; a
    plural common noun ("Teachers at Lincoln High", "Residents of Oakdale") gives the phrase. Names
    inside quotes are skipped.
    """
    actors = ctx.actors
    if not actors.sent_starts:
        return None
    here = actors.sent_index(tok.i)
    lo = actors.sent_starts[max(0, here - 2)]
    doc = ctx.doc
    for i in range(tok.i - 1, lo - 1, -1):
        t = doc[i]
        if ctx.qid[i] != -1 or t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in PRONOUNS:
            continue
        if t.lower_ in _RELATIVE or (t.head.dep_ == "ccomp" and _is_cue(t.head.head)):
            continue  # the subject of reported speech ("said flights would resume") is not a speaker
        idx = actors.tok2actor.get(i)
        if idx is not None:
            kind = actors.actors[idx].kind
            if kind in ("organization", "group"):
                return _Attr(actors.actors[idx].name, None, idx)
            if kind == "person":
                return None  # "they" after a person subject: leave it to the general resolver
            continue
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            phrase = _phrase(t)
            return _Attr(phrase, None) if phrase else None
    return None


def resolve_pronoun(ctx: _Ctx, tok) -> int | None:
    """The actor a pronoun refers to, or None.

    he/she: the most recent person who is the subject of a clause in this or the three previous
    sentences and whose gender is not known to differ; else the most recent person of that gender;
    else the most recent person of unknown gender. they/we/it: a recent organisation or group.
    """
    actors = ctx.actors
    low = tok.lower_
    if low in ("he", "him", "his", "himself"):
        gender = "m"
    elif low in ("she", "her", "hers", "herself"):
        gender = "f"
    elif low in ("they", "them", "their", "we", "us", "our", "it", "its"):
        for t, idx in reversed(actors.mentions):
            if t >= tok.i or ctx.qid[t] != -1:
                continue
            a = actors.actors[idx]
            if a.kind in ("organization", "group"):
                return idx if tok.i - t < 80 else None
            if a.kind == "person":
                return None
        return None
    else:
        return None
    here = actors.sent_index(tok.i)
    same_gender = unknown = None
    for t, idx in reversed(actors.mentions):
        if t >= tok.i:
            continue
        if ctx.qid[t] != -1 and ctx.qid[t] != ctx.qid[tok.i]:
            continue  # a name inside someone else's quote is rarely the speaker
        a = actors.actors[idx]
        if a.kind != "person":
            continue
        g = actors.person_gender(idx)
        if g is not None and g != gender:
            continue
        if t in actors.subjects and here - actors.sent_index(t) <= 3:
            return idx
        if g == gender and same_gender is None:
            same_gender = idx
        elif g is None and unknown is None:
            unknown = idx
    return same_gender if same_gender is not None else unknown


def _cues_by_distance(ctx: _Ctx, left: list[int], right: list[int], k: int) -> list:
    """Cue tokens of the clause around quote ``k``, nearest first."""
    doc = ctx.doc
    a, b = ctx.q_tok[k]
    span = ctx.spans[k]
    # '“…,” said X' — a comma (or ?/!) closing the quote points at the cue after it.
    tail = ctx.text[span.start : span.end].rstrip()
    prefers_right = tail.endswith((",", "?", "!", "—", "-")) or not span.closed
    found = []
    for i in right:
        if _is_cue(doc[i]):
            found.append((i - b - (3 if prefers_right else 0), i))
    for i in left:
        if _is_cue(doc[i]):
            found.append((a - i, i))
    return [doc[i] for _, i in sorted(found)]


def _cue_text(tok) -> str:
    if tok.lower_ == "according":
        return "according to"
    return tok.text


_DASH_SIGNOFF = re.compile(r"[ \t]*[―—–][ \t]*(?=[A-Z])")


def _dash_signoff(ctx: _Ctx, k: int) -> _Attr | None:
    """'“…” ― Jane Doe': a closing mark followed by a dash and a name signs the quote."""
    span = ctx.spans[k]
    if not span.closed:
        return None
    m = _DASH_SIGNOFF.match(ctx.text, span.close_end)
    if m is None:
        return None
    i = ctx._tok_at(m.end())
    doc = ctx.doc
    toks = []
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and len(toks) < 4:
        toks.append(doc[i])
        i += 1
    if not toks:
        return None
    j = ctx.actors.tok2actor.get(toks[0].i)
    if j is not None and ctx.actors.actors[j].kind in ("person", "organization"):
        return _Attr(ctx.actors.actors[j].name, "―", j)
    name, _ = normalise_name(" ".join(t.text for t in toks))
    if len(name.split()) >= 2:
        j = ctx.actors.add_person(name, [t.i for t in toks])
        return _Attr(ctx.actors.actors[j].name, "―", j)
    return None


def _attribute_one(ctx: _Ctx, k: int) -> _Attr | None:
    signed = _dash_signoff(ctx, k)
    if signed is not None:
        return signed
    left, right = _window(ctx, k)
    first = None
    for cue in _cues_by_distance(ctx, left, right, k):
        subj = _subject(cue, ctx)
        attr = _speaker_of(subj, ctx, ctx.q_tok[k][0]) if subj is not None else None
        if attr is not None and attr.speaker is not None:
            attr.cue = _cue_text(cue)
            attr.cue_tok = cue.i
            return attr
        if first is None:
            first = _Attr(None, _cue_text(cue), None, cue.i)
    return first


def _is_partial(text: str, span: QuoteSpan) -> bool:
    body = text[span.start : span.end]
    if body[:1].islower():
        return True
    j = span.open_mark - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    prev = text[j] if j >= 0 else "\n"
    return prev.isalnum() and len(body.split()) <= 12 and not body.rstrip().endswith((".", "?", "!"))


def _looks_like_title(body: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'-]*", body)
    if not words or len(words) > 10:
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "is"}
    caps = [w for w in words if w.lower() not in small]
    return len(caps) >= 2 and all(w[:1].isupper() for w in caps)


# Works and their verbs: a title-case quote that names one of these is a title, not speech.
WORK_NOUNS = set(
    """book film movie song album show series play musical novel memoir documentary episode poem
    painting exhibition exhibit podcast programme program track single opera anthem hymn ballad
    sitcom drama game""".split()
)
WORK_VERBS = set(
    "play perform release publish title entitle star direct watch stream air broadcast screen record".split()
)


def _is_work_title(ctx: _Ctx, k: int, body: str) -> bool:
    """'The band played “Blue River”', 'her book “The Long Road”': a title, whatever cue is near."""
    if not _looks_like_title(body) or len(body.split()) > 8:
        return False
    a, b = ctx.q_tok[k]
    doc = ctx.doc
    inside = range(a, b)
    roots = [doc[i] for i in inside if not (a <= doc[i].head.i < b) or doc[i].head.i == i]
    for r in roots:
        if r.is_punct:
            continue

        def work(t) -> bool:
            lemma = t.lemma_.lower()
            return (t.pos_ == "NOUN" and lemma in WORK_NOUNS) or (t.pos_ == "VERB" and lemma in WORK_VERBS)

        if any(work(c) for c in r.children if c.i < a or c.i >= b):
            return True
        t = r
        for _ in range(3):  # up the tree: a cue first means speech ('hailed him as “The Comeback Kid”')
            if _is_cue(t):
                return False
            if work(t):
                return True
            if t.head is t:
                break
            t = t.head
    return False


def _is_subhead(ctx: _Ctx, span: QuoteSpan, body: str) -> bool:
    """A paragraph that is nothing but a short quote in title case: a section heading, not speech."""
    pstart, pend = ctx.para_bounds[span.para]
    whole = ctx.text[pstart:pend].strip()
    if span.open_mark - pstart > 1 or len(whole) - len(body) > 4:
        return False
    return len(body.split()) <= 8 and _looks_like_title(body)


def _prev_para_colon_cue(ctx: _Ctx, k: int) -> _Attr | None:
    """A quote opening a paragraph after 'X said:' at the end of the previous one."""
    doc = ctx.doc
    a, _ = ctx.q_tok[k]
    para = ctx.para_of[a]
    if para == 0:
        return None
    i = a - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in ("\n",)):
        i -= 1
    if i < 0 or doc[i].text not in (":", "—", ",") or ctx.para_of[i] != para - 1:
        return None
    j = i - 1
    while j >= 0 and ctx.para_of[j] == para - 1 and doc[j].text not in _SENT_END and ctx.qid[j] == -1:
        if _is_cue(doc[j]):
            subj = _subject(doc[j], ctx)
            if subj is not None:
                attr = _speaker_of(subj, ctx, a)
                if attr is not None:
                    attr.cue = _cue_text(doc[j])
                    return attr
            return None
        j -= 1
    return None


def _prev_para_reported(ctx: _Ctx, k: int) -> _Attr | None:
    """A paragraph opening with a quote after a paragraph of reported speech by a named speaker.

    'Ines Moreau said sales had doubled.' / '“We added a third stage …”': with no quote in the earlier
    paragraph and a cue in its last sentence whose subject names an actor, the quote is that actor's.
    """
    doc = ctx.doc
    a, _ = ctx.q_tok[k]
    para = ctx.para_of[a]
    if para == 0 or not _opens_paragraph(ctx, k):
        return None
    if k > 0 and ctx.spans[k - 1].para == para - 1:
        return None  # the earlier paragraph has a quote of its own
    j = a - 1
    while j >= 0 and (doc[j].is_space or ctx.para_of[j] > para - 1):
        j -= 1
    if j < 0 or ctx.para_of[j] != para - 1 or doc[j].text not in _SENT_END:
        return None
    j -= 1
    cues = []
    while j >= 0 and ctx.para_of[j] == para - 1 and doc[j].text not in _SENT_END:
        if _is_cue(doc[j]):
            cues.append(doc[j])
        j -= 1
    return _actor_of_first_cue(cues, ctx, a)


def _actor_of_first_cue(cues: list, ctx: _Ctx, a: int) -> _Attr | None:
    """The speaker of a sentence of reported speech: the first cue (the main verb comes first) with a
    subject decides; it counts only when that subject names an actor."""
    for cue in reversed(cues):
        subj = _subject(cue, ctx)
        if subj is None:
            continue
        attr = _speaker_of(subj, ctx, a)
        if attr is not None and attr.actor is not None:
            attr.cue = _cue_text(cue)
            attr.cue_tok = cue.i
            return attr
        return None
    return None


def _prev_sent_reported(ctx: _Ctx, k: int) -> _Attr | None:
    """A quote opening a sentence after a sentence of reported speech in the same paragraph.

    'The talks may stall, Ortiz said. “Nobody wants that …”': with no quote in that sentence and a cue
    whose subject names an actor, the quote is that actor's.
    """
    doc = ctx.doc
    a, _ = ctx.q_tok[k]
    para = ctx.para_of[a]
    j = a - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or ctx.para_of[j] != para or ctx.qid[j] != -1 or doc[j].text not in _SENT_END:
        return None
    j -= 1
    cues = []
    while j >= 0 and ctx.para_of[j] == para and doc[j].text not in _SENT_END:
        if ctx.qid[j] != -1:
            return None  # that sentence has a quote of its own
        if _is_cue(doc[j]):
            cues.append(doc[j])
        j -= 1
    return _actor_of_first_cue(cues, ctx, a)


def attribute(
    doc,
    spans: list[QuoteSpan],
    actors: ActorTable,
    *,
    text: str | None = None,
    keep_unattributed: bool = False,
) -> list[Quote]:
    """Attribute each quote span of ``doc`` (see the module docstring)."""
    transcript = _transcript_lines(doc.text if text is None else text, spans, actors)
    if not spans:
        return [q for _, q in transcript]
    ctx = _Ctx(doc, spans, actors, text)
    text = ctx.text
    results: list[tuple[QuoteSpan, _Attr | None, bool]] = []
    for k, span in enumerate(spans):
        labelled = _transcript_label(ctx, span)
        if labelled is not None:
            results.append((span, labelled, False))
            continue
        attr = _attribute_one(ctx, k)
        if attr is None or attr.speaker is None:
            colon = _prev_para_colon_cue(ctx, k)
            if colon is not None:
                attr = colon
        results.append((span, attr, _is_partial(text, span)))

    # A quote with no cue of its own keeps the speaker of the quote before it (same paragraph, or the
    # previous paragraph when this paragraph opens with the quote), else of the next quote in the
    # same paragraph.
    # (Updated in place, so a run of quotes passes the speaker along.)
    for k, (span, attr, partial) in enumerate(results):
        if attr is None or (attr.speaker is None and attr.cue is None):
            inherited = None
            if not partial:
                inherited = _inherit(ctx, results, k)
            results[k] = (span, inherited, partial)
    final = results

    quotes: list[tuple[int, Quote]] = list(transcript)
    for k, (span, attr, partial) in enumerate(final):
        body = span.text_in(text).strip()
        if _is_subhead(ctx, span, body):
            continue  # a quoted section heading on a line of its own ('All Bets Are Off.')
        if partial and _is_work_title(ctx, k, body):
            continue  # the title of a song, book or show
        if attr is None or attr.speaker is None:
            if not keep_unattributed:
                # Unattributed: scare quotes, titles, or speech whose source we cannot name.
                continue
            if len(body.split()) <= 4 or _looks_like_title(body):
                continue
        speaker = attr.speaker if attr else None
        if attr is not None and attr.actor is not None:
            actors.actors[attr.actor].quotes += 1
        quote = Quote(quote=body, speaker=speaker, cue=attr.cue if attr else None, partial=partial)
        quotes.append((span.start, quote))
    quotes.sort(key=lambda pq: pq[0])
    return [q for _, q in quotes]


_TRANSCRIPT_LINE = re.compile(r"([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})[ \t]*:[ \t]+(?=\S)")


_QUOTED_LABEL = re.compile(r"([A-Z][A-Z.’'-]{2,}(?:[ \t]+[A-Z][A-Z.’'-]+){0,2})[ \t]*:[ \t]+(?=\S)")
_NOT_LABELS = {
    "UPDATE",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "BREAKING",
    "WATCH",
    "READ",
    "PHOTOS",
    "VIDEO",
}


def _transcript_label(ctx: _Ctx, span: QuoteSpan) -> _Attr | None:
    """A quoted transcript line ('"PENCE: Well, look …'): the capitalised label speaks, and the
    quote starts after it. The span's start moves past the label."""
    if span.open_mark > ctx.para_bounds[span.para][0] + 1:
        return None  # the quote must open its paragraph
    m = _QUOTED_LABEL.match(ctx.text, span.start, span.end)
    if m is None or m.group(1) in _NOT_LABELS or len(ctx.text[m.end() : span.end].split()) < 2:
        return None
    label = m.group(1)
    words = label.split()
    idx = None
    for i, a in enumerate(ctx.actors.actors):
        if (
            a.kind == "person"
            and a.mentions
            and label.casefold() in (a.name.casefold(), a.name.split()[-1].casefold())
        ):
            idx = i if idx is None else -1
    span.start = m.end()
    if idx is not None and idx >= 0:
        return _Attr(ctx.actors.actors[idx].name, ":", idx)
    return _Attr(" ".join(w.capitalize() for w in words), ":", None)


def _transcript_lines(text: str, spans: list[QuoteSpan], actors: ActorTable) -> list[tuple[int, Quote]]:
    """Q&A transcript lines ("MORENO: Housing. We have to …") as quotes of the person labelled.

    The label must name a person who is an actor of the article (surname or full name, any case), so
    "UPDATE:", "Q:" or a dateline never speak; a line that holds quotation marks of its own is left
    to the quote finder.
    """
    out: list[tuple[int, Quote]] = []
    if ":" not in text:
        return out
    persons: dict[str, list[int]] = {}
    for i, a in enumerate(actors.actors):
        if a.kind == "person" and a.mentions:
            for form in {a.name, a.name.split()[-1]}:
                persons.setdefault(form.casefold(), []).append(i)
    if not persons:
        return out
    quoted = {s.para for s in spans}
    for pi, (pstart, pend) in enumerate(_paragraph_bounds(text)):
        m = _TRANSCRIPT_LINE.match(text, pstart, pend)
        if m is None or pi in quoted:
            continue
        label = re.sub(r"^(?:mr|mrs|ms|dr|sen|rep|gov)\.?\s+", "", m.group(1), flags=re.I).casefold()
        hits = set(persons.get(label, []))
        body = text[m.end() : pend].strip()
        if len(hits) != 1 or len(body.split()) < 2:
            continue
        idx = hits.pop()
        actors.actors[idx].quotes += 1
        out.append((m.end(), Quote(quote=body, speaker=actors.actors[idx].name, cue=":", partial=False)))
    return out


def _inherit(ctx: _Ctx, results, k: int) -> _Attr | None:
    span = results[k][0]
    doc = ctx.doc
    # previous quote
    if k > 0:
        pspan, pattr, ppartial = results[k - 1]
        if pattr is not None and pattr.speaker is not None:
            same_para = pspan.para == span.para
            if same_para and not _cue_between(ctx, k - 1, k, pattr.cue_tok, pattr.speaker):
                return _Attr(pattr.speaker, pattr.cue, pattr.actor)
            if pspan.para == span.para - 1 and _opens_paragraph(ctx, k):
                # the previous paragraph ended in (or just after) that quote, or it ran on
                if not pspan.closed or _tail_after(ctx, k - 1) <= 25:
                    return _Attr(pattr.speaker, pattr.cue, pattr.actor)
    # next quote in the same paragraph, with nothing but quote between
    if k + 1 < len(results):
        nspan, nattr, _ = results[k + 1]
        if nattr is not None and nattr.speaker is not None and nspan.para == span.para:
            if not _cue_between(ctx, k, k + 1, nattr.cue_tok):
                return _Attr(nattr.speaker, nattr.cue, nattr.actor)
    reported = _prev_para_reported(ctx, k)
    if reported is None:
        reported = _prev_sent_reported(ctx, k)
    if reported is not None:
        return reported
    del doc
    return None


def _cue_between(ctx: _Ctx, k1: int, k2: int, own: int | None = None, speaker: str | None = None) -> bool:
    """Whether a cue other than ``own`` (the earlier quote's) lies between two quotes.

    With ``speaker``, a cue that speaks for the same speaker ("Obama said. He did not suggest …") or
    has no subject of its own ("DuVernay said, emphasizing why …") does not count.
    """
    a = ctx.q_tok[k1][1]
    b = ctx.q_tok[k2][0]
    for i in range(a, b):
        if ctx.qid[i] != -1 or i == own or not _is_cue(ctx.doc[i]):
            continue
        if speaker is None:
            return True
        t = ctx.doc[i]
        if (
            t.tag_ == "VBG"
            and t.dep_ in ("advcl", "xcomp", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            continue
        subj = _subject(t, ctx)
        attr = _speaker_of(subj, ctx, b) if subj is not None else None
        if attr is not None and attr.speaker == speaker:
            continue
        return True
    return False


def _opens_paragraph(ctx: _Ctx, k: int) -> bool:
    a = ctx.q_tok[k][0]
    p = ctx.para_of[a]
    return ctx.doc[a].idx - ctx.para_bounds[p][0] <= 2


def _tail_after(ctx: _Ctx, k: int) -> int:
    """How many tokens of its paragraph follow quote ``k``."""
    b = ctx.q_tok[k][1]
    p = ctx.para_of[b - 1]
    n = 0
    i = b
    while i < len(ctx.doc) and ctx.para_of[i] == p:
        n += 1
        i += 1
    return n
