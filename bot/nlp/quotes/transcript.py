"""Q&A transcripts: a capitalised label and a colon ("MORENO: Housing. …") name the speaker."""

from __future__ import annotations

import re

from bot.brief import Quote
from bot.nlp.actors import ActorTable
from bot.nlp.quotes.context import Attribution, Candidate, Context
from bot.nlp.quotes.lexicon import (
    FURNITURE_LINE,
    LABEL_TITLES,
    NOT_LABELS,
    ORG_NOUNS,
    PUBLIC_BODIES,
    ROLE_NOUNS,
)
from bot.nlp.quotes.marks import QuoteSpan, paragraph_bounds
from bot.nlp.quotes.roles import role_map

_TRANSCRIPT_LINE = re.compile(r"([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})[ \t]*:[ \t]+(?=\S)")
_QUOTED_LABEL = re.compile(r"([A-Z][A-Z.’'-]{2,}(?:[ \t]+[A-Z][A-Z.’'-]+){0,2})[ \t]*:[ \t]+(?=\S)")
# A question paragraph of a Q&A is short.
_QUESTION_WORDS = 40
_LABEL_TITLE = re.compile(r"^(?:" + "|".join(LABEL_TITLES) + r")\.?\s+", re.I)


def transcript_label(ctx: Context, k: int) -> Attribution | None:
    """A quoted transcript line ('"PENCE: Well, look …'): the capitalised label speaks, and the
    quote starts after it (on commit). Or an interview's answer (see ``interview_answer``), or a
    labelled line (see ``label_line``)."""
    return _quoted_label(ctx, k) or interview_answer(ctx, k) or label_line(ctx, k)


# A label before a colon and a quote that fills the rest of the paragraph: one to four words, the first
# capitalised ("Minister: “…”", "Tom Reyes: ‘…’", "A: “…”").
_LABEL_BEFORE_QUOTE = re.compile(r"([A-Z][\w.’'-]*(?:[ \t]+[\w.’'-]+){0,3})[ \t]*:[ \t]*$")
_ANSWER_LABELS = frozenset({"a", "answer"})
_QUESTION_LINE = re.compile(r"(?:q|question)[ \t]*[:.]", re.I)


def label_line(ctx: Context, k: int) -> Attribution | None:
    """A paragraph that is a label, a colon and one whole quote, or one left open to run on into the next
    paragraph (a live blog's entry heading, a list of reactions, an interview's answers): 'Tom Reyes: “…”' is the person the label names (full name or a surname one person has);
    'Minister: “…”' the one person the article ties to that role ("Energy minister Ana Ruiz"), else
    speech of unknown source (``echoed_speaker`` may name it later). 'A: “…”' after a 'Q: …' paragraph is
    the answer of the one person named in the paragraph before the questions ("we put your questions to
    our correspondent, Ana Ruiz."). Any other label ("Verdict: ‘…’") claims nothing."""
    span = ctx.spans[k]
    pstart, pend = ctx.para_bounds[span.para]
    m = _LABEL_BEFORE_QUOTE.fullmatch(ctx.text, pstart, span.open_mark)
    if m is None or (span.closed and ctx.text[span.close_end : pend].strip(" .\t")):
        return None  # (an answer left open runs on into the next paragraph: it is the label's too)
    label = _LABEL_TITLE.sub("", m.group(1)).strip()
    if label.upper() in NOT_LABELS or FURNITURE_LINE.match(ctx.text, pstart):
        return None
    if label.casefold() in _ANSWER_LABELS:
        return _answer_after_question(ctx, span.para)
    idx = _person_named(ctx, label, span.para)
    if idx is not None:
        return Attribution(ctx.actors.actors[idx].name, ":", idx, basis="label")
    role = label.split()[-1].casefold()
    if role in ORG_NOUNS or role in PUBLIC_BODIES:
        return Attribution(None, ":", basis="label")  # 'Police: “…”': the body may say it again
    if role not in ROLE_NOUNS:
        return None
    holders = [i for i in role_map(ctx).get(role, {}) if ctx.actors.actors[i].kind == "person"]
    if len(holders) == 1:
        return Attribution(ctx.actors.actors[holders[0]].name, ":", holders[0], basis="label")
    return Attribution(None, ":", basis="label")


def _person_named(ctx: Context, label: str, para: int) -> int | None:
    """The one person or organisation actor whose full name, or (for a person) surname, the label is,
    when the article names it outside the label's paragraph too (a lone "Verdict:" the model tagged a
    person is no one). A name the label spells out whole outweighs surnames it shares: "Keohane:" is the
    Keohane the story calls by that name alone, not her grandmother Nora Keohane."""
    key = label.casefold()
    named_elsewhere = {idx for tok, idx in ctx.actors.mentions if ctx.para_of[tok] != para}
    people = [(i, a) for i, a in enumerate(ctx.actors.actors) if a.kind in ("person", "organization")]
    exact = {i for i, a in people if key == a.name.casefold()} & named_elsewhere
    if len(exact) == 1:
        return exact.pop()
    found = exact | {i for i, a in people if a.kind == "person" and key == a.name.split()[-1].casefold()}
    found &= named_elsewhere
    return found.pop() if len(found) == 1 else None


def _answer_after_question(ctx: Context, para: int) -> Attribution | None:
    """'A: “…”' right after a 'Q: …' paragraph: the one person named in the paragraph before the first
    question of the run, else speech of unknown source."""
    p = para - 1
    if p < 0 or not _QUESTION_LINE.match(ctx.text, ctx.para_bounds[p][0]):
        return None
    walked = []
    while p >= 2 and p not in ctx.question_runs and _QUESTION_LINE.match(ctx.text, ctx.para_bounds[p - 2][0]):
        walked.append(p)
        p -= 2  # back over earlier question-and-answer pairs
    p = ctx.question_runs.get(p, p)
    for q in walked:  # each question's run start, kept: the next answer does not walk the run again
        ctx.question_runs[q] = p
    if p == 0:
        return Attribution(None, ":", basis="label")
    named = {idx for tok, idx in ctx.actors.mentions if ctx.para_of[tok] == p - 1}
    people = [i for i in named if ctx.actors.actors[i].kind == "person"]
    if len(people) == 1:
        return Attribution(ctx.actors.actors[people[0]].name, ":", people[0], basis="label")
    return Attribution(None, ":", basis="label")


def echoed_speaker(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """A labelled line left without a speaker ('Minister: “We will not leave anyone behind”') whose words
    a quote elsewhere in the article repeats: the one speaker of those quotes."""
    key = ctx.words_of(cands[k].k)
    if key.count(" ") < 3:  # fewer than two words
        return None
    found = {}
    stem = _without_final_s(key)
    for j, other in enumerate(cands):
        if j == k or other.attr is None or other.attr.speaker is None:
            continue
        words = ctx.words_of(other.k)
        if key in words or stem in _without_final_s(words):
            found[other.attr.speaker] = other.attr
    if len(found) != 1:
        return None
    attr = next(iter(found.values()))
    return Attribution(attr.speaker, ":", attr.actor, basis=attr.basis, how=attr.how)


# A final "s" a headline's present tense adds or a plural takes ("moves people from one ditch to another" of "All
# this does is move people from one ditch to another"), read past when one quote's words are sought in another's.
_FINAL_S = re.compile(r"(?<=\w{3})s(?= )")


def _without_final_s(words: str) -> str:
    return _FINAL_S.sub("", words)


def interview_answer(ctx: Context, k: int) -> Attribution | None:
    """A Q&A printed as questions and quoted answers ('Why Leith?' ¶ '“The rent was cheap …”'): a
    paragraph that is one whole quote, after a short question paragraph with no quotation marks, is the
    answer of the person the article names first, when the article has two such pairs or more (one
    rhetorical question before a quote is not an interview)."""
    if ctx.answers is None:
        ctx.answers = _interviewee(ctx)  # once per article: asked for every quote
    k_answers, who = ctx.answers
    if k not in k_answers or who is None:
        return None
    return Attribution(ctx.actors.actors[who].name, ":", who, basis="label")


def _interviewee(ctx: Context) -> tuple[set[int], int | None]:
    """The answer quotes of a Q&A and the person the article names before its first question."""
    answers = _answer_spans(ctx)
    if not answers:
        return answers, None
    first_q = ctx.spans[min(answers)].para - 1
    for tok, idx in ctx.actors.mentions:
        if ctx.para_of[tok] >= first_q:
            break
        if ctx.actors.actors[idx].kind == "person":
            return answers, idx
    return answers, None


def _answer_spans(ctx: Context) -> set[int]:
    quoted_paras = {s.para for s in ctx.spans}
    answers = set()
    for k, span in enumerate(ctx.spans):
        p = span.para
        if p == 0 or p - 1 in quoted_paras or not span.closed:
            continue
        start, end = ctx.para_bounds[p]
        if span.open_mark != start or ctx.text[span.close_end : end].strip():
            continue
        question = ctx.text[slice(*ctx.para_bounds[p - 1])].strip()
        if question.endswith("?") and len(question.split()) <= _QUESTION_WORDS:
            answers.add(k)
    return answers if len(answers) >= 2 else set()


def _quoted_label(ctx: Context, k: int) -> Attribution | None:
    span = ctx.spans[k]
    if span.open_mark > ctx.para_bounds[span.para][0] + 1:
        return None  # the quote must open its paragraph
    m = _QUOTED_LABEL.match(ctx.text, span.start, span.end)
    if m is None or m.group(1) in NOT_LABELS or len(ctx.text[m.end() : span.end].split()) < 2:
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
    if idx is not None and idx >= 0:
        return Attribution(ctx.actors.actors[idx].name, ":", idx, basis="label", label_end=m.end())
    return Attribution(" ".join(w.capitalize() for w in words), ":", None, basis="label", label_end=m.end())


def transcript_lines(text: str, spans: list[QuoteSpan], actors: ActorTable) -> list[tuple[int, int, Quote]]:
    """Q&A transcript lines ("MORENO: Housing. We have to …") as (offset, actor index, quote) of the
    person labelled.

    The label must name a person who is an actor of the article (surname or full name, any case), so
    "UPDATE:", "Q:" or a dateline never speak, and an exchange has two labelled lines at least (a
    dateline run in with a colon, "PATHRI: Chief minister …", is one line, whatever the model made of
    the place); a line that holds quotation marks of its own is left to the quote finder.
    """
    out: list[tuple[int, int, Quote]] = []
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
    labelled = [
        (m, pend)
        for pi, (pstart, pend) in enumerate(paragraph_bounds(text))
        if pi not in quoted and (m := _TRANSCRIPT_LINE.match(text, pstart, pend)) is not None
    ]
    if len(labelled) < 2:
        return out  # one line is no exchange: "PATHRI: Chief minister …" is a dateline
    for m, pend in labelled:
        label = _LABEL_TITLE.sub("", m.group(1)).casefold()
        hits = set(persons.get(label, []))
        body = text[m.end() : pend].strip()
        if len(hits) != 1 or len(body.split()) < 2:
            continue
        idx = hits.pop()
        quote = Quote(quote=body, speaker=actors.actors[idx].name, cue=":", partial=False)
        out.append((m.end(), idx, quote))
    return out
