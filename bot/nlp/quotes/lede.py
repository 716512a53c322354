"""Delayed identification: a news lede that describes its speaker before naming them.

Wire and local copy open "A Vancouver hockey coach says he is “amazed” …" and name him in the next
sentence ("Stephen Gillis said the video …"). The description is that person when nobody was
named before it and the very next sentence brings in a person, as its only person subject, for the
first time (others it names as objects do not matter: "Dwayne Maddox spent three hours on the stand in
the trial of Marcus Lyle"). Anywhere else "an aide said" is someone the article does not name, and stays a phrase.
"""

from __future__ import annotations

from bot.nlp.actors.furniture import caption_spans
from bot.nlp.quotes.confidence import names_thing
from bot.nlp.quotes.context import Context

_INDEFINITE = frozenset({"a", "an", "the"})


def named_after_lede(ctx: Context, tok, phrase: str) -> int | None:
    """The person the next sentence names, for a lede's description ``tok`` ("a/the …"); else None."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children):
        return None
    if names_thing(phrase):
        return None
    actors, doc = ctx.actors, ctx.doc
    if _person_named_before(ctx, tok.i):
        return None
    here = actors.sent_index(tok.i)
    if here + 1 >= len(actors.sent_starts):
        return None
    lo = actors.sent_starts[here + 1]
    hi = actors.sent_starts[here + 2] if here + 2 < len(actors.sent_starts) else len(doc)
    named = [
        (t, idx)
        for t, idx in actors.mentions
        if lo <= t < hi and ctx.qid[t] == -1 and actors.actors[idx].kind == "person"
    ]
    if not named:
        return None
    subjects = {i for t, i in named if any(u in actors.subjects for u in range(t, ctx.mention_end(t, i) + 1))}
    first, idx = named[0]  # the first person the sentence names, its only person subject
    return idx if subjects == {idx} and not _coordinated(doc[ctx.mention_end(first, idx)], actors) else None


def _coordinated(tok, actors) -> bool:
    """ "Ana Ruiz and Tom Baker said": two people are the subject."""
    return any(c.dep_ == "conj" and actors.actor_at(c.i) is not None for c in tok.children)


def _person_named_before(ctx: Context, end: int) -> bool:
    """Whether a person is named before token ``end`` outside quotes and photo captions."""
    if ctx.captions is None:
        ctx.captions = caption_spans(ctx.text)
    actors = ctx.actors
    for t, idx in actors.mentions:
        if t >= end:
            break
        if ctx.qid[t] != -1 or actors.actors[idx].kind != "person":
            continue
        p0, p1 = ctx.para_bounds[ctx.para_of[t]]
        if not any(a <= p0 and p1 <= b for a, b in ctx.captions):
            return True
    return False
