"""Own-cue rules: a quote's speaker named by something next to the quote itself (a dash sign-off, a
reporting cue in the clause around it, "X said:" ending the previous paragraph)."""

from __future__ import annotations

import re

from bot.nlp.actors import normalise_name
from bot.nlp.quotes.context import Attribution, Context
from bot.nlp.quotes.cues import cue_text, cues_by_distance, is_cue, subject
from bot.nlp.quotes.lexicon import SENT_END
from bot.nlp.quotes.speakers import speaker_of

_DASH_SIGNOFF = re.compile(r"[ \t]*[―—–][ \t]*(?=[A-Z])")


def dash_signoff(ctx: Context, k: int) -> Attribution | None:
    """'“…” ― Jane Doe': a closing mark followed by a dash and a name signs the quote."""
    span = ctx.spans[k]
    if not span.closed:
        return None
    m = _DASH_SIGNOFF.match(ctx.text, span.close_end)
    if m is None:
        return None
    i = ctx.tok_at(m.end())
    doc = ctx.doc
    toks = []
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and len(toks) < 4:
        toks.append(doc[i])
        i += 1
    if not toks:
        return None
    j = ctx.actors.tok2actor.get(toks[0].i)
    if j is not None and ctx.actors.actors[j].kind in ("person", "organization"):
        return Attribution(ctx.actors.actors[j].name, "―", j)
    name, _ = normalise_name(" ".join(t.text for t in toks))
    if len(name.split()) >= 2:
        return Attribution(name, "―", new_person=(name, [t.i for t in toks]))
    return None


def cue_in_clause(ctx: Context, k: int) -> Attribution | None:
    """The nearest reporting cue in the clause around the quote whose subject names a speaker; else
    the nearest cue, speakerless (the quote is speech, its source unknown)."""
    left, right = ctx.window(k)
    first = None
    for cue in cues_by_distance(ctx, left, right, k):
        subj = subject(cue, ctx)
        attr = speaker_of(subj, ctx) if subj is not None else None
        if attr is not None and attr.speaker is not None:
            attr.cue = cue_text(cue)
            attr.cue_tok = cue.i
            return attr
        if first is None:
            first = Attribution(None, cue_text(cue), None, cue.i)
    return first


def colon_cue_before(ctx: Context, k: int) -> Attribution | None:
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
    while j >= 0 and ctx.para_of[j] == para - 1 and doc[j].text not in SENT_END and ctx.qid[j] == -1:
        if is_cue(doc[j]):
            subj = subject(doc[j], ctx)
            if subj is not None:
                attr = speaker_of(subj, ctx)
                if attr is not None:
                    attr.cue = cue_text(doc[j])
                    return attr
            return None
        j -= 1
    return None
