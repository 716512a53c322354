"""How sure an attribution is: a small logistic model over what the rules know about it.

Features are what fired and how (the rule, how the speaker was named, the cue), how far apart cue and
quote are, how many people were in play, and what kind of speaker it is. The coefficients are learnt on
the PolNeAR train split and our own sets of every other register by ``benchmarks/fit_speaker_confidence.py``
and shipped in ``confidence_model.py``; the threshold below which a speaker is withheld (shown as unattributed) was
chosen there on the two dev sets. Changing a rule changes what the features mean: refit after it.
"""

from __future__ import annotations

import bisect
import math

from bot.nlp.actors.lexicon import OCCUPATION_NOUNS, ORG_HEADS
from bot.nlp.quotes.confidence_model import COEFFICIENTS, INTERCEPT
from bot.nlp.quotes.context import Candidate, Context
from bot.nlp.quotes.cues import is_cue
from bot.nlp.quotes.lexicon import (
    DOC_NOUNS,
    PEOPLE_NOUNS,
    PERSON_SUFFIXES,
    PROXY_NOUNS,
    RELATION_NOUNS,
    ROLE_NOUNS,
)

# Names of the one-hot features; a value not listed here sets none of them.
RULES = (
    "transcript label",
    "dash sign-off",
    "sign-off on the next line",
    "cue in the clause",
    "colon cue in the previous paragraph",
    "colon after a clause",
    "previous quote, same paragraph",
    "previous quote, previous paragraph",
    "next quote, same paragraph",
    "reported speech in the previous paragraph",
    "reported speech in the previous sentence",
    "person narrated in the previous paragraph",
)
BASES = (
    "name",
    "pronoun",
    "plural",
    "apposition",
    "proxy",
    "untagged",
    "phrase",
    "signoff",
    "label",
    "description",
    "narration",
    "role",
)
# Rules added since the model was fitted, weighed as the fitted rule they are closest to until the next
# refit (a new one-hot feature needs coefficients the model does not have): to give one its own weight, move it
# into RULES in its place and run benchmarks/fit_speaker_confidence.py.
RULE_ALIASES = {
    "turn in an exchange": "previous quote, previous paragraph",
    "verdict on the next line": "sign-off on the next line",
    "quote carried on": "next quote, same paragraph",
}
KINDS = ("person", "organization", "place", "group")
# The commonest rule and basis set no feature of their own: the intercept stands for them, so a rule
# seldom seen in training is weighed like the common case rather than like an unknown.
REFERENCE_RULE = "cue in the clause"
REFERENCE_BASIS = "name"
_PLAIN_CUES = {"say", "tell", "add", "according"}
INHERITED = frozenset(RULES[6:]) | {
    a for a, rule in RULE_ALIASES.items() if rule in RULES[6:]
}  # the inherit rules
_WINDOW_SENTENCES = 3


def feature_names() -> list[str]:
    return [
        *(f"rule={r}" for r in RULES if r != REFERENCE_RULE),
        *(f"basis={b}" for b in BASES if b != REFERENCE_BASIS),
        *(f"kind={k}" for k in KINDS),
        "plain cue",
        "cue after quote",
        "log cue distance",
        "log people nearby",
        "log speaker mentions",
        "one-word name",
        "shared surname",
        "partial",
        "log quote words",
        "phrase names a role",
        "pronoun by gender only",
        "pronoun of unknown gender",
        "inherited pronoun",
        "partial with a phrase",
        "log other people in the clause",
        "log other cues in the clause",
        "cue inside another cue's clause",
        "log distance to the speaker's mention",
        "phrase names a thing",
        "log rival people for the pronoun",
    ]


def features(ctx: Context, cand: Candidate) -> list[float]:
    """The feature vector of an attributed candidate (order of ``feature_names``)."""
    attr = cand.attr
    assert attr is not None and attr.speaker is not None
    actors = ctx.actors
    a, b = ctx.q_tok[cand.k]
    actor = actors.actors[attr.actor] if attr.actor is not None else None
    rule = RULE_ALIASES.get(attr.rule, attr.rule)
    x = [float(rule == r) for r in RULES if r != REFERENCE_RULE]
    x += [float(attr.basis == s) for s in BASES if s != REFERENCE_BASIS]
    x += [float(actor is not None and actor.kind == k) for k in KINDS]
    cue = ctx.doc[attr.cue_tok] if attr.cue_tok is not None else None
    plain = cue is not None and (cue.lemma_.lower() in _PLAIN_CUES or cue.lower_ in _PLAIN_CUES)
    after = cue is not None and cue.i >= b
    dist = 0 if cue is None else (cue.i - b if after else max(0, a - cue.i))
    x += [float(plain), float(after), math.log1p(dist)]
    x.append(math.log1p(_people_nearby(ctx, a)))
    x.append(math.log1p(actor.mentions) if actor is not None else 0.0)
    words = attr.speaker.split()
    x.append(float(len(words) == 1))
    x.append(float(actor is not None and actor.kind == "person" and _shared_surname(ctx, attr.actor)))
    x.append(float(cand.partial))
    x.append(math.log1p(len(cand.span.text_in(ctx.text).split())))
    head = words[-1].lower() if words else ""
    x.append(float(actor is None and (head in ROLE_NOUNS or head.rstrip("s") in ROLE_NOUNS)))
    inherited = attr.rule in INHERITED
    x += [float(attr.how == "gender"), float(attr.how == "unknown gender")]
    x += [float(inherited and attr.basis == "pronoun"), float(cand.partial and attr.basis == "phrase")]
    left, right = ctx.window(cand.k)
    clause = left + right
    others = {actors.tok2actor[i] for i in clause if i in actors.tok2actor} - {attr.actor}
    x.append(math.log1p(len(others)))
    cues = [i for i in clause if is_cue(ctx.doc[i])]
    x.append(math.log1p(max(0, len(cues) - 1)))
    nested = (
        cue is not None
        and cue.dep_ in ("ccomp", "xcomp", "advcl")
        and is_cue(cue.head)
        and cue.head.i != cue.i
    )
    x.append(float(nested))
    x.append(math.log1p(_mention_distance(ctx, attr.actor, a, b)))
    x.append(float(actor is None and attr.basis in ("phrase", "plural") and names_thing(attr.speaker)))
    x.append(math.log1p(_rival_people(ctx, attr, a)) if attr.basis == "pronoun" else 0.0)
    return x


def names_thing(phrase: str) -> bool:
    """Whether a speaker phrase's head word names a thing ("a box", "the advertisement", "Language"),
    not a person (a relative too: "a furious dad"), a group of people, an organisation or a document that
    speaks for one."""
    words = phrase.lower().replace("’", "'").split()
    if not words:
        return False
    head = words[-1].removesuffix("'s").strip(",.'")
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    for word in (head, singular):
        if word in ROLE_NOUNS or word in PEOPLE_NOUNS or word in RELATION_NOUNS or word in ORG_HEADS:
            return False
        if word in OCCUPATION_NOUNS:
            return False  # a trade a person is named by ("a Yorkshire landlord", "the pianist")
        if word in DOC_NOUNS or word in PROXY_NOUNS:
            return False
        if word.endswith(PERSON_SUFFIXES) and not word.endswith("ment"):
            return False
    return True


def _rival_people(ctx: Context, attr, tok: int) -> int:
    """People other than the speaker, of the pronoun's gender or of unknown gender, named in the
    sentence of the cue and the two before it (outside quotes): others the pronoun could mean."""
    actors = ctx.actors
    if attr.actor is None or not actors.sent_starts:
        return 0
    tok = attr.cue_tok if attr.cue_tok is not None else tok
    here = actors.sent_index(tok)
    lo = actors.sent_starts[max(0, here - 2)]
    gender = actors.person_gender(attr.actor)
    rivals = set()
    for t, idx in actors.mentions:
        if not lo <= t <= tok or idx == attr.actor or ctx.qid[t] != -1:
            continue
        if actors.actors[idx].kind != "person":
            continue
        g = actors.person_gender(idx)
        if gender is None or g is None or g == gender:
            rivals.add(idx)
    return len(rivals)


def _mention_distance(ctx: Context, idx: int | None, a: int, b: int) -> int:
    """Tokens between the quote and the nearest mention of its speaker (0 when not an actor)."""
    if idx is None:
        return 0
    where = _mention_positions(ctx).get(idx, [])
    before, after = bisect.bisect_left(where, a) - 1, bisect.bisect_left(where, b)
    dists = ([a - where[before]] if before >= 0 else []) + ([where[after] - b] if after < len(where) else [])
    return min(dists) if dists else 0


def _people_nearby(ctx: Context, tok: int) -> int:
    """Distinct people named in the quote's sentence and the few before it."""
    actors = ctx.actors
    if not actors.sent_starts:
        return 0
    here = actors.sent_index(tok)
    lo = actors.sent_starts[max(0, here - _WINDOW_SENTENCES)]
    ordered = _mention_positions(ctx)[None]
    window = ordered[
        bisect.bisect_left(ordered, (lo, -1)) : bisect.bisect_right(ordered, (tok, len(actors.actors)))
    ]
    return len({idx for _, idx in window if actors.actors[idx].kind == "person"})


def _mention_positions(ctx: Context) -> dict:
    """Every mention as (token, actor) in text order under ``None``, and each actor's mention tokens in
    order under its index: built once per article, since the features of every quote look them up."""
    if ctx.mention_positions is None:
        ordered = sorted(ctx.actors.mentions)
        ctx.mention_positions = {None: ordered}
        for t, i in ordered:
            ctx.mention_positions.setdefault(i, []).append(t)
    return ctx.mention_positions


def _shared_surname(ctx: Context, idx: int) -> bool:
    """Whether another person of the article has this person's surname."""
    people = ctx.actors.actors
    last = people[idx].name.split()[-1]
    return any(
        i != idx and a.kind == "person" and a.mentions and a.name.split()[-1] == last
        for i, a in enumerate(people)
    )


def probability(x: list[float]) -> float:
    z = INTERCEPT + sum(c * v for c, v in zip(COEFFICIENTS, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
