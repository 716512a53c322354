"""Delayed identification: a news lede that describes its speaker before naming them.

Wire and local copy open "A Vancouver hockey coach says he is “amazed” …" and name him in the next
sentence ("Stephen Gillis said the video …"). The description is that person when nobody was
named before it and the very next sentence brings in a person, as its only person subject, for the
first time (others it names as objects do not matter: "Dwayne Maddox spent three hours on the stand in
the trial of Marcus Lyle"). The next paragraph may also bring the person in with the description's own role ("A
spokesman for … went after …" ¶ "Hunter Pryor, Tilghman's campaign spokesman, appeared …": ``named_with_the_role_next``).
Anywhere else "an aide said" is someone the article does not name, and stays a phrase.
"""

from __future__ import annotations

import re

from bot.nlp.actors.lexicon import OCCUPATION_NOUNS
from bot.nlp.quotes.confidence import names_thing
from bot.nlp.quotes.context import Context
from bot.nlp.quotes.cues import noun_phrase, with_the
from bot.nlp.quotes.lexicon import (
    COLLECTIVE_NOUNS,
    ORG_NOUNS,
    PEOPLE_NOUNS,
    PERSON_DESCRIPTIONS,
    PERSON_SUFFIXES,
    POSSESSIVE_PRONOUNS,
    PROXY_ROLES,
    RELATION_NOUNS,
    ROLE_NOUNS,
)
from bot.nlp.quotes.roles import modifiers, named_before, tied_holders

_INDEFINITE = frozenset({"a", "an", "the"})


def named_after_lede(ctx: Context, tok, phrase: str) -> int | None:
    """The person the next sentence names, for a lede's description ``tok`` ("a/the …"); else None."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children):
        return None
    if names_thing(phrase) or not _one_person(tok) or _on_a_title_line(ctx, tok.i) or _kin_of_someone(tok):
        return None
    actors, doc = ctx.actors, ctx.doc
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
    # (or the first of a family it lists as the subject: "Bríd Conneely, 46, and her daughters Siobhán, 19, and Aoife,
    # 12, were served …", the one the lede described)
    subjects -= _family_of(actors, idx, subjects)
    if subjects not in ({idx}, set()) or _coordinated(doc[ctx.mention_end(first, idx)], actors):
        return None
    if not subjects and not _family_of(actors, idx, {i for _, i in named}):
        return None
    before = _people_named_before(ctx, tok.i)
    lede = ctx.para_bounds[ctx.para_of[tok.i]][0]
    if before - {idx} or (
        before and (_quoted_before(ctx, tok.i) or _people_named_before(ctx, tok.i, since=lede))
    ):
        return None  # (a headline's deck may name the same person: "Furious Terry says: ‘…’" ¶ "A PUB landlord …";
        # so may a deck written as a sentence: "Tessa Kirkland's video … has been viewed 3 million times." ¶ "A
        # Burlington, Ont., teacher … says" ¶ "Tessa Kirkland, who teaches Grade 8, posted …")
    # a role the article ties to someone else ("with a judge describing the attack as …" ¶ "Tuan Nguyen,
    # 29, was sentenced …" beside "Judge Catherine Lo Russo"): not the person named next
    # (a holder the description's own words were never given is not it: "A bakery owner … has said her trade is ‘down
    # by half’" ¶ "Gráinne Mulholland has run Crust & Crumb …", not "Martin Devlin, who owns a hardware shop")
    words = {w for w in modifiers(tok) if w not in POSSESSIVE_PRONOUNS}  # (her father: any holder's)
    holders = {j for j, held in tied_holders(ctx, tok, "person").items() if words <= held}
    if holders and idx not in holders:
        return next(iter(holders)) if len(holders) == 1 else None  # the article's one judge
    return idx


def named_with_the_role_next(ctx: Context, tok) -> int | None:
    """The one person the next paragraph introduces with the role an indefinite subject is written by ("A spokesman
    for Ohio Senate candidate Brock Tilghman went after …" ¶ "Hunter Pryor, Tilghman's campaign spokesman,
    appeared …"): a lede's delayed naming, when no one named before holds the role."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    para = ctx.para_of[tok.i]
    holders = tied_holders(ctx, tok, "person")
    if any(named_before(ctx, j, tok.i) for j in holders):
        return None
    first = {j: min(t for t, k in ctx.actors.mentions if k == j) for j in holders}
    named = [
        j for j, t in first.items() if ctx.para_of[t] == para + 1 and _set_off_with(ctx, j, t, tok.lower_)
    ]
    return named[0] if len(named) == 1 else None


def _set_off_with(ctx: Context, idx: int, t: int, role: str) -> bool:
    """Whether the name at token ``t`` is set off with the role between commas right after it ("Hunter Pryor,
    Tilghman's campaign spokesman, appeared"): an introduction, not a title before a cue ("spokesperson Ivan
    Petrosyan said", who may be another)."""
    last = ctx.doc[ctx.mention_end(t, idx)]
    end = last.idx + len(last.text)
    return (
        re.match(rf",\s+[^,.;]{{0,60}}\b{re.escape(role)}\b[^,.;]{{0,30}},", ctx.text[end : end + 120])
        is not None
    )


def _family_of(actors, idx: int, others: set[int]) -> set[int]:
    """The people among ``others``, not ``idx``, whose surname is ``idx``'s."""
    surname = actors.actors[idx].name.split()[-1]
    return {
        i
        for i in others
        if i != idx and " " in actors.actors[i].name and actors.actors[i].name.split()[-1] == surname
    }


def person_of_lede(ctx: Context, tok, phrase: str) -> int | None:
    """The person a lede's description names next, for the description or a later definite use of its
    noun; else None."""
    found = named_after_lede(ctx, tok, phrase)
    return found if found is not None else _lede_description_used_again(ctx, tok)


def _lede_description_used_again(ctx: Context, tok) -> int | None:
    """ "A FURIOUS dad was booted out of his local …" ¶ "Gary Pritchard, 47, had popped into …" … "The
    dad-of-three said …": a definite description repeating the noun of the article's first indefinite one
    (outside quotes) is the person that lede named next (``named_after_lede``)."""
    if tok.pos_ != "NOUN" or not with_the(tok):
        return None
    lemma = tok.lemma_.lower()
    first = next(
        (
            e
            for e in ctx.doc[: tok.i]
            if e.lemma_.lower() == lemma
            and ctx.qid[e.i] == -1
            and e.pos_ == "NOUN"
            and any(c.dep_ == "det" for c in e.children)
        ),
        None,
    )
    if first is None or with_the(first):
        return None
    return named_after_lede(ctx, first, noun_phrase(first))


def _kin_of_someone(tok) -> bool:
    """ "The father of a teenager who bled to death …" ¶ "Kieran Pryce, 17, was stabbed …": a relative described by
    the one they are kin to, whom the next sentence may name first; which of the two it names is not for a rule to
    guess."""
    return tok.lemma_.lower() in RELATION_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and any(d.dep_ in ("det", "poss") for d in g.children)
            for g in c.children
        )  # (not "the mother of three, Kylie Marchetti,": no one else)
        for c in tok.children
    )


def _coordinated(tok, actors) -> bool:
    """ "Ana Ruiz and Tom Baker said": two people are the subject."""
    return any(c.dep_ == "conj" and actors.actor_at(c.i) is not None for c in tok.children)


# Nouns for many people or for a body: "the company said" or "the crowd chanted" is not the person named
# next.
_NOT_ONE_PERSON = frozenset(
    "public crowd staff crew team police army government administration audience community couple family".split()
)


def _one_person(tok) -> bool:
    """A singular noun for one person ("coach", "witness", "bus driver"): not a body ("the company"), a
    group ("the crowd"), or someone who speaks for another ("a spokesman for the ministry" is not the
    minister named next)."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or lemma in PROXY_ROLES or lemma in ORG_NOUNS or lemma in COLLECTIVE_NOUNS:
        return False
    return lemma not in _NOT_ONE_PERSON and (
        lemma in ROLE_NOUNS
        or lemma in OCCUPATION_NOUNS  # "A PUB landlord has barred …", "a Yorkshire baker"
        or lemma in PEOPLE_NOUNS
        or lemma in RELATION_NOUNS  # "a furious dad"
        or lemma in PERSON_DESCRIPTIONS
        or lemma.endswith("witness")
        or (lemma.endswith(PERSON_SUFFIXES) and not lemma.endswith("ment"))
    )


def _on_a_title_line(ctx: Context, i: int) -> bool:
    """Whether token ``i`` stands in a paragraph that ends with no full stop, a headline's ("A nurse told me the
    list is ‘a lie we tell patients.’ Premier Whitford should listen"): no lede, and the name after its quote is
    the one the headline addresses, not the one it describes."""
    start, end = ctx.para_bounds[ctx.para_of[i]]
    line = ctx.text[start:end].rstrip().rstrip("\"”’'")
    return (
        line[-1:] not in _SENTENCE_ENDS
    )  # (a deck may end on its quote: "Furious Terry says: ‘… 20 years’")


_SENTENCE_ENDS = frozenset(".!?…")


def _quoted_before(ctx: Context, end: int) -> bool:
    """Whether a quote stands before token ``end`` outside headline lines: the story is under way, and a description
    there is no lede's, whoever it names next ("… MacIsaac wrote: “…”" … "A user who identified himself as a Winnipeg
    father replied: “…”" ¶ "MacIsaac said …")."""
    return any(ctx.qid[i] != -1 and not _on_a_title_line(ctx, i) for i in range(end))


def _people_named_before(ctx: Context, end: int, since: int = 0) -> set[int]:
    """The people named before token ``end`` (and from character ``since``) outside quotes, photo captions and headline
    lines (a headline or deck names whom the story is about: "Furious Terry says: ‘…’" over "A PUB landlord has barred
    …")."""
    actors = ctx.actors
    named = set()
    for t, idx in actors.mentions:
        if t >= end:
            break
        if ctx.doc[t].idx >= since and (
            not _on_a_title_line(ctx, t)
            and ctx.qid[t] == -1
            and actors.actors[idx].kind == "person"
            and not ctx.in_caption(ctx.para_of[t])
        ):
            named.add(idx)
    return named
