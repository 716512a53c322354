"""Whose son: "her son said" speaks for the one person the article ties to that relation.

A possessive kin or agent phrase ("her son", "his mother", "their lawyer", "his agent") names a person
only when the article itself ties the relation to exactly one named person:

- apposition either way: "her son, Jake Moore, 12," / "Jake, her son," / "The striker's agent, Ana Diaz";
- a copula: "Jake is her son";
- a title right before the name: "her son Jake Moore", "defence lawyer Ana Diaz", "Trump lawyer X";
- the other side of a kin tie, when the article gives that person's sex: "Morag's daughter, Eilidh"
  makes Morag (a woman) Eilidh's mother.

Each tie keeps whose relation it is when the article says (a name, or a pronoun resolved as speakers'
pronouns are), and which of two siblings came first when it writes that ("His younger brother, Kyle": "the younger
brother" is Kyle, "the elder brother" the other of the pair). The phrase's owner must fit: the same person when both are known, else no clash of sex
("her son" is not the son of a man the article named); the holder is never the owner ("his agent" is
not the athlete), and a sex the relation gives ("son", "mother") must not clash with the holder's.
Resolved, the speaker is shown "her son, Jake Moore", as role nouns are (``roles.shown_as``).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.nlp.quotes.context import Context
from bot.nlp.quotes.cues import parent_of_a_number
from bot.nlp.quotes.lexicon import (
    BIRTH_ORDER,
    FEMININE_PRONOUNS,
    KIN_INVERSE,
    MASCULINE_PRONOUNS,
    RELATION_NOUNS,
)
from bot.nlp.quotes.pronouns import resolve_pronoun


@dataclass(frozen=True)
class _Owner:
    """Whose relation it is: an actor, or only a sex (an unresolved pronoun), or nothing known."""

    actor: int | None = None
    sex: str | None = None
    # the surname of an owner known only by one two people share ("his" for "Brooks")
    family: str | None = None


@dataclass(frozen=True)
class _Tie:
    holder: int
    relation: str
    owner: _Owner
    # "younger" or "older", when the article wrote which of two siblings came first ("His younger brother, Dale")
    order: str | None = None


def relation_of(tok) -> tuple[str, str | None] | None:
    """(relation, the sex it gives its holder) of a singular kin or agent noun ("mum" -> mother, f)."""
    if tok.tag_ in ("NNS", "NNPS") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return RELATION_NOUNS.get(tok.lower_)


def _sex(ctx: Context, idx: int | None) -> str | None:
    return None if idx is None else ctx.actors.person_gender(idx)


def _owner(ctx: Context, noun) -> _Owner:
    """Whose relation ``noun`` is: its possessive ("Morag's", "his", resolved) or a name compounded
    before it ("Trump lawyer")."""
    actors = ctx.actors
    for c in noun.children:
        if c.dep_ == "poss":
            low = c.lower_
            if low in MASCULINE_PRONOUNS or low in FEMININE_PRONOUNS:
                sex = "m" if low in MASCULINE_PRONOUNS else "f"
                idx = _named_before_in_sentence(ctx, c, sex)
                if idx is None:
                    idx = resolve_pronoun(ctx, c)
                if idx is not None and _bare_shared_surname(ctx, idx) and _sex(ctx, idx) in (None, sex):
                    # "Mr Pōtae" beside Hēmi and Ani Pōtae: only the sex and the family are known
                    return _Owner(None, sex, actors.actors[idx].name)
                if idx is None or _sex(ctx, idx) not in (None, sex) or _bare_shared_surname(ctx, idx):
                    return _Owner(None, sex)
                return _Owner(idx, sex)
            if low == "whose":
                return _antecedent_owner(ctx, c)
            for t in c.subtree:
                idx = actors.tok2actor.get(t.i)
                if idx is not None and actors.actors[idx].kind == "person":
                    return _Owner(idx, _sex(ctx, idx))
            return _Owner()
        if c.dep_ == "compound" and c.i < noun.i:
            idx = actors.tok2actor.get(c.i)
            if idx is not None and actors.actors[idx].kind == "person":
                return _Owner(idx, _sex(ctx, idx))
    return _Owner()


def kin_owner(ctx: Context, noun) -> int | None:
    """The person whose relation the kin noun ``noun`` is ("her" of "Her husband", resolved), or None."""
    return _owner(ctx, noun).actor


def _named_before_in_sentence(ctx: Context, pronoun, sex: str) -> int | None:
    """The one person of the pronoun's sex (or of none the article gives) named before a possessive in its own
    sentence, outside quotes, as the subject of a clause holding it or coordinated with its noun: "Jonas Lafferty,
    left, and his daughter Kiera Lafferty" is Jonas's daughter, whoever the sentence before was about. None when
    no one or several."""
    actors = ctx.actors
    start = actors.sent_starts[actors.sent_index(pronoun.i)]
    noun, above = pronoun.head, set(pronoun.ancestors)
    found = {
        idx
        for i in range(start, pronoun.i)
        if ctx.qid[i] == -1
        and (idx := actors.tok2actor.get(i)) is not None
        and actors.actors[idx].kind == "person"
        and _sex(ctx, idx) in (None, sex)
        and _binds(ctx.doc[i], noun, above)
    }
    return next(iter(found)) if len(found) == 1 else None


def _binds(name, noun, above: set) -> bool:
    """Whether a name before a possessive is whose it is by the parse: the subject of a verb above it ("Jonas said
    his daughter …") or coordinated with its noun ("Jonas Lafferty, left, and his daughter")."""
    if name.dep_ in ("nsubj", "nsubjpass") and name.head in above:
        return True
    return noun in name.conjuncts


def _antecedent_owner(ctx: Context, whose) -> _Owner:
    """The person a relative "whose" stands for ("Carmen Ruiz of Mesa, whose son, Mateo, …": Carmen Ruiz), the
    name the relative clause hangs on (or the one its "of" phrase is set after), else no one."""
    verb = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
    if verb is None:
        return _Owner()
    ant = verb.head
    while True:
        idx = ctx.actors.tok2actor.get(ant.i)
        if idx is not None and ctx.actors.actors[idx].kind == "person":
            return _Owner(idx, _sex(ctx, idx))
        if ant.dep_ != "pobj" or ant.head.dep_ != "prep":
            return _Owner()
        ant = ant.head.head  # "Carmen Ruiz of Mesa, whose …"


def _bare_shared_surname(ctx: Context, idx: int) -> bool:
    """Whether actor ``idx`` is a bare surname that named people of the article carry ("Pōtae" beside Hēmi
    and Ani Pōtae), which the actor table keeps apart because it cannot say whose it is."""
    actors = ctx.actors.actors
    name = actors[idx].name
    return " " not in name and any(
        a.kind == "person" and a.name.split()[-1] == name for a in actors if a is not actors[idx]
    )


def _ties(ctx: Context) -> list[_Tie]:
    """Every relation the article ties to a named person (see the module doc), built once."""
    if ctx.kin is not None:
        return ctx.kin
    actors = ctx.actors
    ties: list[_Tie] = []
    for t, idx in actors.mentions:
        if actors.actors[idx].kind != "person" or ctx.qid[t] != -1:
            continue
        for noun in _relation_words(ctx, t, idx):
            rel = relation_of(noun)
            if rel is not None and ctx.qid[noun.i] == -1:
                owner = _other_of_surname(ctx, _owner(ctx, noun), idx)
                ties.append(_Tie(idx, rel[0], owner, birth_order(noun)))
    ties += [inv for inv in (_inverse(ctx, t) for t in ties) if inv is not None]
    ties += _sibling_pairs(ctx)
    ties += _couple_pairs(ctx)
    ctx.kin = ties
    return ties


def the_late(ctx: Context) -> set[int]:
    """The people the article calls late ("his late father, Thomas Durkan", "the late Marjorie Ashby"): no description
    of a living parent is theirs ("“…,” the father-of-four added" is no dead man's)."""
    if ctx.late is not None:
        return ctx.late
    doc, actors = ctx.doc, ctx.actors
    late: set[int] = set()
    for t, idx in actors.mentions:
        if actors.actors[idx].kind != "person" or ctx.qid[t] != -1:
            continue
        if t > 0 and doc[t - 1].lower_ == "late":
            late.add(idx)  # "the late Marjorie Ashby"
        elif any(any(c.lower_ == "late" for c in noun.children) for noun in _relation_words(ctx, t, idx)):
            late.add(idx)  # "his late father, Thomas Durkan"
    ctx.late = late
    return late


def _sibling_pairs(ctx: Context) -> list[_Tie]:
    """ "brothers Nick and Gus Papadakis", "sisters Ana and Rosa Diaz": each named is the other's brother
    (or sister), so "His brother was blunter" after Nick speaks is Gus."""
    doc, actors = ctx.doc, ctx.actors
    ties = []
    for t, a in actors.mentions:
        word = doc[t - 1].lower_ if t > 0 else ""
        relation = _SIBLINGS.get(word)
        if relation is None or doc[t - 1].tag_ != "NNS" or ctx.qid[t] != -1:
            continue
        k = ctx.mention_end(t, a) + 1
        b = actors.tok2actor.get(k + 1) if k + 1 < len(doc) and doc[k].lower_ == "and" else None
        if b is None or b == a or actors.actors[a].kind != "person" or actors.actors[b].kind != "person":
            continue
        ties += [_Tie(a, relation, _Owner(b, _sex(ctx, b))), _Tie(b, relation, _Owner(a, _sex(ctx, a)))]
    return ties


_SIBLINGS = {"brothers": "brother", "sisters": "sister"}


def _parents_by_their_children(ctx: Context) -> list[_Tie]:
    """ "Anika Patel’s eldest daughter is in Year 11." … "“…,” the mother of three told Stuff": a person the article
    names as the owner of a child ("X's daughter", "X's two sons") is a parent, the mother or the father by the
    person's sex (either, when it is not known)."""
    doc, actors = ctx.doc, ctx.actors
    ties = []
    for t, idx in actors.mentions:
        if actors.actors[idx].kind != "person" or ctx.qid[t] != -1:
            continue
        name = doc[ctx.mention_end(t, idx)]
        if name.tag_ == "POS" and name.i > t:
            name = doc[name.i - 1]  # the model's entity ran over the possessive's "'s"
        if name.dep_ != "poss" or name.head.lemma_.lower() not in _CHILD_NOUNS:
            continue
        relation = {"m": "father", "f": "mother"}.get(_sex(ctx, idx) or "", "father|mother")
        ties.append(_Tie(idx, relation, _Owner()))
    return ties


# The nouns for a person's children, singular and plural ("her son", "Patel's two daughters", "their kids").
_CHILD_NOUNS = frozenset("son daughter child kid boy girl twin".split())


def _couple_pairs(ctx: Context) -> list[_Tie]:
    """ "Glen and Patrice Dombrowski of Toledo … booked the trip to celebrate their 45th wedding anniversary": a man and
    a woman named together with one surname, not as brothers, sisters or twins, are each other's husband and wife, so
    "said her husband" after Patrice speaks is Glen. Both sexes must be known and differ."""
    doc, actors = ctx.doc, ctx.actors
    ties = []
    for t, a in actors.mentions:
        k = ctx.mention_end(t, a) + 1
        if k + 1 >= len(doc) or doc[k].lower_ != "and" or ctx.qid[t] != -1:
            continue
        if t > 0 and doc[t - 1].lower_ in _NOT_COUPLES:
            continue
        b = actors.tok2actor.get(k + 1)
        if b is None or b == a or actors.actors[a].kind != "person" or actors.actors[b].kind != "person":
            continue
        names = [actors.actors[a].name.split(), actors.actors[b].name.split()]
        if (
            len(names[0]) < 2
            or len(names[1]) < 2
            or names[0][-1] != names[1][-1]
            or names[0][0] == names[1][0]
        ):
            continue
        sexes = (_sex(ctx, a), _sex(ctx, b))
        if set(sexes) != {"m", "f"}:
            continue
        for holder, owner, sex in ((a, b, sexes[0]), (b, a, sexes[1])):
            ties.append(
                _Tie(holder, "husband" if sex == "m" else "wife", _Owner(owner, "f" if sex == "m" else "m"))
            )
    return ties


# Words before names joined by "and" that make them other than a couple ("brothers Nick and Gus Papadakis").
_NOT_COUPLES = frozenset("brothers sisters siblings twins sons daughters children".split())


def _other_of_surname(ctx: Context, owner: _Owner, holder: int) -> _Owner:
    """A bare surname the holder shares, as the owner ("Sanderson's daughter, Kayla Sanderson"): the one
    other person of the article with that surname, since no one is their own relative."""
    actors = ctx.actors.actors
    if owner.actor is None or " " in actors[owner.actor].name:
        return owner
    surname = actors[owner.actor].name
    if actors[holder].name.split()[-1] != surname:
        return owner
    others = _namesakes(ctx, surname, holder)
    return _Owner(others[0], owner.sex) if len(others) == 1 else owner


def _namesakes(ctx: Context, surname: str, but: int) -> list[int]:
    """The people named in full with ``surname`` as their last word, but actor ``but``."""
    return [
        j
        for j, a in enumerate(ctx.actors.actors)
        if j != but and a.kind == "person" and a.mentions and " " in a.name and a.name.split()[-1] == surname
    ]


def _relation_words(ctx: Context, t: int, idx: int) -> list:
    """The nouns the article ties to the mention of actor ``idx`` starting at token ``t``: the word right
    before it ("her son Jake Moore"), appositions either way, the attribute of a copula."""
    doc, actors = ctx.doc, ctx.actors
    span = range(t, ctx.mention_end(t, idx) + 1)
    out = [doc[t - 1]] if t > 0 and actors.sent_index(t - 1) == actors.sent_index(t) else []
    for i in span:
        tok = doc[i]
        if tok.dep_ == "appos" and tok.head.i not in span:
            out.append(tok.head)  # "her son, Jake Moore,"
        out += [c for c in tok.children if c.dep_ == "appos"]  # "Jake, her son,"
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ == "be":
            out += [c for c in tok.head.children if c.dep_ == "attr"]  # "Jake is her son"
    return out


def _inverse(ctx: Context, t: _Tie) -> _Tie | None:
    """The other side of a kin tie: "Morag's daughter, Eilidh" -> Morag is Eilidh's mother; when the
    article does not give Morag's sex, Eilidh's parent, either word ("father|mother"): "her father" or
    "her mother" then finds the one parent the article named for her."""
    pair = KIN_INVERSE.get(t.relation)
    owner = t.owner.actor
    if pair is None or owner is None or owner == t.holder:
        return None
    sex = _sex(ctx, owner)
    relation = "|".join(dict.fromkeys(pair)) if sex is None else pair[0] if sex == "m" else pair[1]
    # "His younger brother, Dale" makes him Dale's older brother; a child's order says nothing of the parent
    order = _OTHER_ORDER.get(t.order or "") if t.relation in _SIBLING_WORDS else None
    return _Tie(owner, relation, _Owner(t.holder, _sex(ctx, t.holder)), order)


def _fits(ctx: Context, t: _Tie, owner: _Owner, sex: str | None) -> bool:
    if t.holder == t.owner.actor:
        return False
    if owner.actor == t.holder:
        # the pronoun went to the holder, the last subject ("Vidal's agent, Rui Campos, confirmed
        # talks. … his agent said"): no one is his own agent, so only its sex is known
        owner = _Owner(None, owner.sex)
    if sex is not None and _sex(ctx, t.holder) not in (None, sex):
        return False
    if owner.actor is not None and t.owner.actor is not None:
        return owner.actor == t.owner.actor
    mine = owner.sex if owner.actor is None else _sex(ctx, owner.actor)
    theirs = t.owner.sex if t.owner.actor is None else _sex(ctx, t.owner.actor)
    return mine is None or theirs is None or mine == theirs


def kin_holder(ctx: Context, tok, owner_only: bool = False) -> int | None:
    """The one person a possessive kin or agent phrase ending at ``tok`` names ("her son"), or a bare
    definite one ("the agent"), or None. ``owner_only``: only a relative the article ties to that very owner (or
    the owner's one namesake), never one whose tie to someone else fits by sex alone."""
    rel = relation_of(tok)
    if rel is None:
        return None
    order = birth_order(tok)
    family = _family_before(tok) if order is not None else None
    if not any(c.dep_ == "poss" for c in tok.children) and not _bare_definite(tok, family):
        return None
    relation, sex = rel
    # "the father-of-four", "the mother of three": a living parent described, never one the article calls late ("his
    # late father, Thomas Durkan"), whom a son's remembered words may still quote ("My father used to say, “…”")
    counted = parent_of_a_number(tok)
    # nothing known for "the agent": any owner fits, one holder still needed; nor for "the elder Corliss brother",
    # whose name is the family's
    owner = _Owner() if family is not None else _owner(ctx, tok)
    fitting = [
        t
        for t in _ties(ctx)
        if relation in t.relation.split("|")
        and ctx.actors.actors[t.holder].mentions > 0
        and _fits(ctx, t, owner, sex)
        and not (counted and t.holder in the_late(ctx))
    ]
    if order is not None:
        # "the younger brother" of two brothers: the one the article wrote so ("His younger brother, Kyle"), or the
        # other of a pair it wrote the other way; the ties as they are when it never wrote which came first
        if family is not None:
            fitting = [t for t in fitting if ctx.actors.actors[t.holder].name.split()[-1].lower() == family]
        ordered = [t for t in fitting if t.order == order]
        if not ordered and any(t.order is not None for t in fitting):
            return None
        fitting = ordered or fitting
    # the owner's own relative before one whose tie fits only by sex: "her sister, Mélanie" makes each
    # sister the other's, and "Her sister put it more simply" after Jocelyn speaks is Mélanie
    exact = {t.holder for t in fitting if owner.actor is not None and t.owner.actor == owner.actor}
    holders = exact if len(exact) == 1 or owner_only else {t.holder for t in fitting}
    if not holders and not fitting and _bare_definite(tok) and relation in ("mother", "father"):
        # "the mother of three told Stuff": no tie names a mother; the one person named as a child's owner
        holders = {t.holder for t in _parents_by_their_children(ctx) if relation in t.relation.split("|")}
    if not holders and relation in _FAMILY:
        return _only_namesake(ctx, owner, sex)
    return next(iter(holders)) if len(holders) == 1 else None


# Relatives who often share a surname, the only word a story gives for the tie ("Aisha and Kwame Boateng,
# both nurses, …" then "Her husband said").
_FAMILY = frozenset("husband wife father mother son daughter brother sister".split())


def _only_namesake(ctx: Context, owner: _Owner, sex: str | None) -> int | None:
    """The one other person named in full with the owner's surname, when no tie the article wrote fits
    ("Aisha and Kwame Boateng" … "Her husband said" is Kwame): a relative is who shares a family's name;
    of several, the one of the relation's sex when every one's sex is known. None when the owner is not known by
    a full name, when two others fit, or when the sex clashes."""
    actors = ctx.actors.actors
    if owner.actor is None and owner.family is not None and sex is not None:
        # "his mother" whose "his" is a Brooks of several: the one Brooks of the relation's sex ("Keisha Brooks"
        # beside Tavion and Marcus Brooks); never when the owner could be that one ("his father" of a Brooks)
        one = _one_of_sex(ctx, _namesakes(ctx, owner.family, -1), sex)
        return one if owner.sex not in (None, sex) else None
    if owner.actor is None or " " not in actors[owner.actor].name:
        return None
    others = _namesakes(ctx, actors[owner.actor].name.split()[-1], owner.actor)
    if sex is not None and len(others) > 1 and all(_sex(ctx, j) is not None for j in others):
        # "His mother" beside Keisha Brooks and his brother Darnell Brooks: the one of the relation's sex
        return _one_of_sex(ctx, others, sex)
    if sex is not None and len(others) > 1:
        # "Her husband" beside Ray Tillman and their daughter Brooke Tillman: the one left when the others are of the
        # other sex
        others = [j for j in others if _sex(ctx, j) in (None, sex)]
    if len(others) != 1 or (sex is not None and _sex(ctx, others[0]) not in (None, sex)):
        return None
    return others[0]


def _one_of_sex(ctx: Context, people: list[int], sex: str) -> int | None:
    """The one of ``people`` the article gives ``sex``, or None when no one or several."""
    of_sex = [j for j in people if _sex(ctx, j) == sex]
    return of_sex[0] if len(of_sex) == 1 else None


def _bare_definite(tok, family: str | None = None) -> bool:
    """ "the agent said", "the widow said": a relation noun with "the" and nothing else before it, which
    points back to the one person the article tied to that relation ("The applicant's agent, Tomos
    Prydderch, said …"), whoever's relation it was; a word of feeling between changes nothing ("the proud father
    said"), nor one of birth order ("the younger brother"), nor then the family's name ("the elder Corliss
    brother", ``family``)."""
    before = [
        c
        for c in tok.children
        if c.i < tok.i
        and not (c.dep_ == "amod" and (c.lower_ in _FEELINGS or c.lower_ in BIRTH_ORDER))
        and not (family is not None and c.lower_ == family)
    ]
    return len(before) == 1 and before[0].dep_ == "det" and before[0].lower_ == "the"


def birth_order(noun) -> str | None:
    """ "younger" or "older" for a relative written with a word of birth order ("his younger brother", "the
    eldest daughter", "her big sister"), else None."""
    return next(
        (BIRTH_ORDER[c.lower_] for c in noun.children if c.i < noun.i and c.lower_ in BIRTH_ORDER), None
    )


def _family_before(noun) -> str | None:
    """The family's name written before a relative with "the" ("the elder Corliss brother"), lower-cased, or None."""
    return next(
        (
            c.lower_
            for c in noun.children
            if c.i < noun.i and c.pos_ == "PROPN" and c.dep_ in ("amod", "compound")
        ),
        None,
    )


# Relations between siblings, whose birth order a tie's other side turns round.
_SIBLING_WORDS = frozenset("brother sister sibling".split())
_OTHER_ORDER = {"younger": "older", "older": "younger"}


# Words of feeling a story puts before a relative ("the proud father", "the grieving mother"): they pick out no one.
_FEELINGS = frozenset(
    "proud grieving heartbroken emotional tearful delighted relieved beaming anxious worried devastated jubilant".split()
)
