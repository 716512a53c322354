"""Inherit rules: a quote with no cue of its own takes its speaker from its neighbours (the quote
before or after it, or reported speech just before it)."""

from __future__ import annotations

import bisect
import re

from bot.nlp.quotes.confidence import names_thing
from bot.nlp.quotes.context import Attribution, Candidate, Context
from bot.nlp.quotes.cues import cue_text, description, is_cue, names_age_or_nation, subject, with_the
from bot.nlp.quotes.kin import kin_holder, relation_of
from bot.nlp.quotes.lexicon import ASKING_VERBS, SENT_END
from bot.nlp.quotes.pronouns import fronted_topic, resolve_pronoun
from bot.nlp.quotes.roles import is_role_noun, tied_holders
from bot.nlp.quotes.speakers import described_person, speaker_of
from bot.text.clean import reads_as_headline

# A paragraph that ends this many tokens or fewer after its quote still hands the speaker on.
_HANDOVER_TAIL = 25


def _copy(attr: Attribution) -> Attribution:
    return Attribution(attr.speaker, attr.cue, attr.actor, basis=attr.basis, how=attr.how)


def _no_speaker_to_pass_on(attr: Attribution | None) -> bool:
    """No speaker, or a thing's name given by "called" ("a beaded velvet panel called “Grand River, Eight
    Miles,”"): a work's title before a quote paragraph hands no speaker on."""
    if attr is None or attr.speaker is None:
        return True
    naming = (attr.cue or "").lower() in _NAMING_CUES
    return naming and attr.actor is None and names_thing(attr.speaker)


_NAMING_CUES = frozenset("called named titled entitled dubbed".split())


def previous_quote_same_paragraph(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """The quote before, in the same paragraph, with no other speaker's cue between; or the quote this
    one carries on, left open at the end of the paragraph before (one quote over two paragraphs:
    "“… they couldn't move. ¶ “That's the cost nobody counts.”")."""
    if k == 0:
        return None
    prev = cands[k - 1]
    pattr = prev.attr
    if _no_speaker_to_pass_on(pattr):
        return None
    carried = not prev.span.closed and prev.span.para == cands[k].span.para - 1 and ctx.opens_paragraph(k)
    if prev.span.para != cands[k].span.para and not carried:
        return None
    if cue_between(ctx, k - 1, k, pattr.cue_tok, pattr.speaker, pattr.actor):
        return None
    return _copy(pattr)


_EXCHANGE = "turn in an exchange"


def turn_in_an_exchange(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """A paragraph of quote alone in a hearing's or an interview's exchange of questions and answers: the
    one who asked two paragraphs before asks again, after the other's answer ("“So … is a public record?”
    Raman asked." ¶ "“That isn't our position,” Thole said." ¶ "“And the county doesn't control the
    commissioner?”"), and the one who answered answers again, after that question ("“Not her phone, no.”").
    The paragraph between must be one speaker's; the asking one must be a question put with "ask" (or one
    this rule found), the answering one must ask nothing, and the two speakers differ; once this rule has given
    the two turns before, the exchange goes on without a question."""
    cand = cands[k]
    para = cand.span.para
    if k < 2 or not ctx.opens_paragraph(k):
        return None
    between = [c for c in cands[:k] if c.span.para == para - 1]
    before = [c for c in cands[:k] if c.span.para == para - 2]
    if not between or not before or between[0] is not cands[k - len(between)]:
        return None
    turns = {_speaker(c) for c in between}
    last = before[-1]
    if len(turns) != 1 or None in turns or _speaker(last) in (None, *turns):
        return None
    if all(c.attr.rule == _EXCHANGE for c in (*between, last)):
        # two turns this rule gave in a row: the exchange goes on, whatever this turn asks ("“You don't have it,
        # or you don't want to give it?”" ¶ "“I'll have it for you by Friday.”" ¶ "“Friday. We've been hearing
        # Friday since 2022.”")
        return _copy(last.attr)
    if _asks(ctx, cand):
        asker, answer = last, between
    else:
        asker, answer = between[-1], before
    if not (_asks(ctx, asker) and _put_as_question(asker)) or any(_asks(ctx, c) for c in answer):
        return None
    return _copy(last.attr)


def _speaker(cand: Candidate) -> tuple | None:
    attr = cand.attr
    return None if attr is None or attr.speaker is None else (attr.speaker, attr.actor)


def _put_as_question(cand: Candidate) -> bool:
    """The quote's cue is a form of "ask", or this rule found its speaker."""
    attr = cand.attr
    return attr.rule == _EXCHANGE or (attr.cue or "").lower().startswith("ask")


def _asks(ctx: Context, cand: Candidate) -> bool:
    """Whether the quote's words end with a question mark."""
    return cand.span.text_in(ctx.text).rstrip(" ”’\"'").endswith("?")


def previous_quote_previous_paragraph(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """A paragraph opening with a quote after a paragraph that ended in (or just after) a quote, or
    whose quote ran on."""
    if k == 0:
        return None
    prev = cands[k - 1]
    pattr = prev.attr
    if _no_speaker_to_pass_on(pattr):
        return None
    if prev.span.para != cands[k].span.para - 1 or not ctx.opens_paragraph(k) or _headline_shaped(ctx, k):
        return None
    if (
        prev.span.closed
        and ctx.tail_after(k - 1) > _HANDOVER_TAIL
        and not _tail_is_attribution(ctx, k - 1, pattr.cue_tok)
    ):
        return None
    cue = _asking_verb(ctx, k - 1, pattr)
    if cue is not None and _asks(ctx, prev) and not _asks(ctx, cands[k]):
        if any(c.dep_ == "dobj" for c in cue.children):
            # "Board member Anand Subramaniam pressed her: “Did anyone tell you …?”" ¶ "“No one told me …”":
            # the one asked answers, or no one the rules can name
            idx, basis = _the_one_asked(ctx, cue)
            if idx is None:
                return Attribution(None, pattr.cue, cue_tok=cue.i, basis="phrase")
            return Attribution(ctx.actors.actors[idx].name, pattr.cue, idx, cue.i, basis=basis)
    return _copy(pattr)


_HEADLINE_REST = re.compile(r"\s*[:–—]\s+[^“”\"‘]{3,160}")


def _headline_shaped(ctx: Context, k: int) -> bool:
    """Whether quote ``k`` and the words after its colon or dash make up its paragraph with no full stop, as a
    headline is written ("‘It’s a gut punch’: Calgary families react to school bus route cuts", a link under
    "Trending"): its speaker is whoever the headline names, not the one quoted before."""
    span = ctx.spans[k]
    end = ctx.para_bounds[span.para][1]
    rest = ctx.text[span.close_end : end].rstrip()
    return span.closed and _HEADLINE_REST.fullmatch(rest) is not None and reads_as_headline(rest)


def _asking_verb(ctx: Context, k: int, attr: Attribution):
    """The verb of asking that put quote ``k``: its cue ("“…?” Raman asked her"), or the verb of the clause
    before its colon ("Anand Subramaniam pressed her: “…?”"); None when no such verb put it."""
    if attr.cue_tok is not None:
        verb = ctx.doc[attr.cue_tok]
    else:
        a = ctx.q_tok[k][0]
        colon = next((i for i in range(a - 1, max(-1, a - 4), -1) if ctx.doc[i].text == ":"), None)
        if colon is None:
            return None
        verb = ctx.doc[colon].head
    return verb if verb.lemma_.lower() in ASKING_VERBS else None


def _tail_is_attribution(ctx: Context, k: int, cue: int | None) -> bool:
    """What follows quote ``k`` to its paragraph's end is one sentence holding the quote's own cue
    ('“…,” Wilson-Raybould said in November, rejecting a plea from …')."""
    if cue is None:
        return False
    b = ctx.q_tok[k][1]
    p = ctx.para_of[b - 1]
    i = b
    ends = 0
    last = b
    while i < len(ctx.doc) and ctx.para_of[i] == p:
        if ctx.qid[i] != -1:
            return False
        if ctx.doc[i].text in SENT_END:
            ends += 1
        if not ctx.doc[i].is_space:
            last = i  # the paragraph break may be a token of its own
        i += 1
    return b <= cue < last and ends <= 1 and ctx.doc[last].text in SENT_END


def next_quote_same_paragraph(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """The next quote of the same paragraph, with nothing but quote between."""
    if k + 1 >= len(cands):
        return None
    nxt = cands[k + 1]
    nattr = nxt.attr
    if nattr is None or nattr.speaker is None or nxt.span.para != cands[k].span.para:
        return None
    if cue_between(ctx, k, k + 1, nattr.cue_tok):
        return None
    return _copy(nattr)


def quote_carried_on(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """A quote left open at its paragraph's end is one speech with the quote that carries it on, opening the
    next paragraph: that quote's own cue names the speaker of both ("“I was 9 years old … in his bathrobe. ¶
    “He stitched me up …,” Kowalczyk said."), over as many open paragraphs as the speech runs. Tried after the
    rules that hand on the speaker of a quote or of reported speech in the paragraph above."""
    j = k
    while j + 1 < len(cands):
        here, nxt = cands[j], cands[j + 1]
        if here.span.closed or nxt.span.para != here.span.para + 1 or not ctx.opens_paragraph(j + 1):
            return None
        nattr = nxt.attr
        if nattr is not None and nattr.speaker is not None and nattr.cue_tok is not None:
            return _copy(nattr)
        if nattr is not None:
            return None  # a cue that names no one, or a label's line with no cue word: nothing to carry back
        j += 1
    return None


def reported_previous_paragraph(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """A paragraph opening with a quote after a paragraph of reported speech by a named speaker.

    'Ines Moreau said sales had doubled.' / '“We added a third stage …”': with no quote in the earlier
    paragraph and a cue in its last sentence whose subject names an actor, the quote is that actor's.
    """
    doc = ctx.doc
    a, _ = ctx.q_tok[k]
    para = ctx.para_of[a]
    if para == 0 or not ctx.opens_paragraph(k):
        return None
    if k > 0 and cands[k - 1].span.para == para - 1:
        return None  # the earlier paragraph has a quote of its own
    j = a - 1
    while j >= 0 and (doc[j].is_space or ctx.para_of[j] > para - 1):
        j -= 1
    if j < 0 or ctx.para_of[j] != para - 1 or doc[j].text not in SENT_END:
        return None
    j -= 1
    cues = []
    while j >= 0 and ctx.para_of[j] == para - 1 and doc[j].text not in SENT_END:
        if is_cue(doc[j]):
            cues.append(doc[j])
        j -= 1
    return _actor_of_first_cue(cues, ctx, answer=not _asks(ctx, cands[k]))


def reported_previous_sentence(ctx: Context, _cands: list[Candidate], k: int) -> Attribution | None:
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
    if j < 0 or ctx.para_of[j] != para or ctx.qid[j] != -1 or doc[j].text not in SENT_END:
        return None
    j -= 1
    cues = []
    while j >= 0 and ctx.para_of[j] == para and doc[j].text not in SENT_END:
        if ctx.qid[j] != -1:
            return None  # that sentence has a quote of its own
        if is_cue(doc[j]):
            cues.append(doc[j])
        j -= 1
    return _actor_of_first_cue(cues, ctx)


def _actor_of_first_cue(cues: list, ctx: Context, answer: bool = False) -> Attribution | None:
    """The speaker of a sentence of reported speech: the first cue (the main verb comes first) with a
    subject decides; it counts only when that subject names an actor. With ``answer`` (the quote is no
    question), a cue of asking hands the quote to the one asked, never to the asker."""
    for cue in reversed(cues):
        subj = subject(cue, ctx)
        if subj is None:
            continue
        if answer and _asks_actively(cue):
            # "Editorial page editor Hélène Desjarlais asked him to put a figure on the gap." ¶ "“About $212
            # million …”": the answer is the one asked, or, when the rules cannot name them ("Ms Ní Bhriain
            # asked whether anyone had explained it to her."), kept unattributed
            idx, basis = _the_one_asked(ctx, cue)
            if idx is None:
                return Attribution(None, cue_text(cue), cue_tok=cue.i, basis="phrase")
            return Attribution(ctx.actors.actors[idx].name, cue_text(cue), idx, cue.i, basis=basis)
        attr = speaker_of(subj, ctx)
        if attr is not None and attr.names_actor:
            attr.cue = cue_text(cue)
            attr.cue_tok = cue.i
            return attr
        if attr is not None and attr.speaker is not None and is_role_noun(subj) and with_the(subj):
            # "the Kitchissippi councillor laughed. “…”": speech of someone the rules cannot name for
            # sure; kept as a quote, unattributed
            return Attribution(None, cue_text(cue), cue_tok=cue.i, basis="phrase")
        return None
    return None


def _asks_actively(cue) -> bool:
    """``cue`` is a verb of asking whose own subject asks ("Ms Ní Bhriain asked whether …"), not one
    asked ("ap Gwilym was asked about …", "Asked whether he would run, the mayor laughed")."""
    return (
        cue.lemma_.lower() in ASKING_VERBS
        and cue.tag_ in ("VBD", "VBZ", "VBP")
        and any(c.dep_ == "nsubj" for c in cue.children)
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)
        and not _asked_set_off(cue)
    )


def _asked_set_off(cue) -> bool:
    """ "Strand, asked whether the win could be a turning point, laughed.": a participle of asking set off by commas
    before the subject's own verb, which the parser read as the main verb with that verb under it; the subject was
    asked, and answers."""
    doc = cue.doc
    return (
        cue.i > 0
        and doc[cue.i - 1].text == ","
        and any(
            c.i > cue.i + 1
            and c.dep_ in ("ccomp", "conj")
            and c.tag_ in ("VBD", "VBZ")
            and doc[c.i - 1].text == ","
            for c in cue.children
        )
    )


def _the_one_asked(ctx: Context, cue) -> tuple[int | None, str]:
    """(the person a cue of asking asked, how they are named): the actor of the name ("pressed Ruiz on the
    date"), or the person the pronoun stands for ("asked him to put a figure on it"); None when the rules
    cannot tell ("asked whether anyone had explained it", "asked the council")."""
    actors = ctx.actors
    asker = {actors.tok2actor.get(c.i) for c in cue.children if c.dep_ == "nsubj"}
    for c in cue.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in ("him", "her"):
            # never the asker herself ("Gwendolyn Ashby asked her what time she went upstairs", "her" read
            # as Ashby, the last subject): the rules cannot say whom, so no one
            found = _person(ctx, c)
            return (None if found in asker else found), "pronoun"
        named = actors.tok2actor.get(c.i)
        if named is not None and actors.actors[named].kind == "person":
            return named, "name"
    return None, "name"


def cue_between(
    ctx: Context,
    k1: int,
    k2: int,
    own: int | None = None,
    speaker: str | None = None,
    actor: int | None = None,
) -> bool:
    """Whether a cue other than ``own`` (the earlier quote's) lies between two quotes.

    With ``speaker``, a cue that speaks for the same speaker or actor ("Obama said. He did not suggest …",
    "Ash wrote in the email, which was reported …") or
    has no subject of its own ("DuVernay said, emphasizing why …") does not count.
    """
    a = ctx.q_tok[k1][1]
    b = ctx.q_tok[k2][0]
    for i in range(a, b):
        if ctx.qid[i] != -1 or i == own or not is_cue(ctx.doc[i]):
            continue
        if speaker is None:
            return True
        t = ctx.doc[i]
        if own is not None and _same_attribution(t, ctx.doc[own]):
            continue
        if (
            t.tag_ == "VBG"
            and t.dep_ in ("advcl", "xcomp", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            continue
        subj = subject(t, ctx)
        attr = speaker_of(subj, ctx) if subj is not None else None
        if attr is not None and (attr.speaker == speaker or (actor is not None and attr.actor == actor)):
            continue
        return True
    return False


def _same_attribution(t, own) -> bool:
    """Whether cue ``t`` is part of the earlier quote's own attribution: one governs the other ("he was
    quoted as saying", "she said, adding")."""
    return own in t.ancestors or t in own.ancestors


def narrated_person(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """A paragraph that is a quote with no cue, after a paragraph with no quote that is about one
    person ('Maria Lopez has run the shelter for a decade.' / '“We had beds for twelve …”'): that
    person, when exactly one person is named there and is a clause subject. A quote closing a
    paragraph of narration is read the same way within it (``_narrated_before``)."""
    doc = ctx.doc
    a, b = ctx.q_tok[k]
    para = ctx.para_of[a]
    if b < len(doc) and ctx.para_of[b] == para and any(ctx.qid[i] == -1 for i in _rest_of_para(ctx, b)):
        return None  # the paragraph goes on after the quote
    if not ctx.opens_paragraph(k):
        return _narrated_before(ctx, cands, k)
    if para == 0:
        return None
    if k > 0 and cands[k - 1].span.para == para - 1 and cands[k - 1].attr is not None:
        return None  # the earlier paragraph has a quote of its own (a title or scare quote is none)
    actors = ctx.actors
    people, subject = _people_named(ctx, lambda t: t < len(doc) and ctx.para_of[t] == para - 1)
    if not people:
        tokens = _narration(ctx, para - 1)
        first = _first_main_subject(ctx, tokens)
        if first is not None and relation_of(first) is not None:
            # "His brother was blunter." ¶ "“…”": the brother the article names as such, or no one; never
            # whom "his" stands for
            idx = kin_holder(ctx, first)
            return Attribution(None if idx is None else actors.actors[idx].name, None, idx, basis="narration")
        if first is not None and is_role_noun(first) and with_the(first):
            # "The goalie, whose teammates call him “the Wall,” shrugged off the praise." ¶ "“…”": the one
            # person the article ties to the role, or no one; never whom a pronoun in the description stands for
            tied = tied_holders(ctx, first, "person")
            idx = next(iter(tied)) if len(tied) == 1 else None
            return None if idx is None else Attribution(actors.actors[idx].name, None, idx, basis="narration")
        if (described := _description_reporting(tokens)) is not None:
            # "The 29-year-old added that he had been frustrated …" ¶ "“…”": whom the description stands for, as
            # when it speaks ("the 29-year-old said"); never whom the "he" after it might be read as
            said = described_person(described, ctx)
            idx = None if said is None else said.actor
            return None if idx is None else Attribution(said.speaker, None, idx, basis="narration")
        idx = _pronoun_narrated(ctx, tokens, first)
        return None if idx is None else Attribution(actors.actors[idx].name, None, idx, basis="narration")
    if len(people) > 1:
        # "Jim Kowalczyk, 67, was among the patients Whitfield treated.": of a paragraph of narration (not one
        # opening with a quotation mark, a transcript's line the rules may have read as narration), whom its main
        # clause is about
        opens_quoted = ctx.text[ctx.para_bounds[para - 1][0]] in _DOUBLE_MARKS
        people = set() if opens_quoted else _main_subjects(ctx, para - 1)
        subject = True
    if len(people) != 1 or not subject:
        return None
    idx = people.pop()
    if _narrated_dead(ctx, para - 1, idx):
        return None  # "Idris Hughes died of silicosis in 1988." ¶ "“He used to say …”": his widow's words
    return Attribution(actors.actors[idx].name, None, idx, basis="narration")


def _main_subjects(ctx: Context, para: int) -> set[int]:
    """The people named in paragraph ``para`` as the subject of a sentence's main verb, or in apposition to it
    ("Wayne's son, Justin Kearley, 29, spent three years …"): whom the paragraph is about, of the several it names
    (not "Whitfield" in "the patients Whitfield treated", nor the "Wayne" whose son it is)."""
    doc, actors = ctx.doc, ctx.actors
    found = set()
    for t, idx in actors.mentions:
        if ctx.para_of[t] != para or ctx.qid[t] != -1 or actors.actors[idx].kind != "person":
            continue
        root = doc[t : ctx.mention_end(t, idx) + 1].root
        while root.dep_ in ("appos", "conj") and root.head is not root:
            root = root.head  # "Maria Lopez and Tom Reyes have run …": both, so no one
        if root.dep_ in ("nsubj", "nsubjpass") and _main_verb(root.head):
            found.add(idx)
    return found


def _main_verb(verb) -> bool:
    """A sentence's main verb, or one joined to it ("… spent three years … and came home")."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _narrated_dead(ctx: Context, para: int, idx: int) -> bool:
    """Whether paragraph ``para`` tells that person ``idx`` died ("died of silicosis in 1988", "passed away",
    "was killed"): the quote after it is someone else's memory of them, never their own words."""
    doc, actors = ctx.doc, ctx.actors
    for t, j in actors.mentions:
        if j != idx or ctx.para_of[t] != para or ctx.qid[t] != -1:
            continue
        root = doc[t : ctx.mention_end(t, idx) + 1].root
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            continue
        lemma = verb.lemma_.lower()
        if (
            (lemma == "die" and root.dep_ == "nsubj")
            or (lemma == "pass" and any(c.lower_ == "away" for c in verb.children))
            or (lemma == "kill" and root.dep_ == "nsubjpass")
        ):
            return True
    return False


def _narrated_before(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    """A quote that closes its paragraph after narration in it with no cue ('Cameron shrugs when I
    repeat this. ‘Eilidh worries. That is her job.’'): the one person named there as a clause subject,
    or, naming no one, the person its first subject he or she stands for."""
    a = ctx.q_tok[k][0]
    para = ctx.para_of[a]
    if k > 0 and cands[k - 1].span.para == para:
        return None  # an earlier quote of the paragraph: its speaker is handed on by other rules
    start = ctx.tok_at(ctx.para_bounds[para][0])
    before = [i for i in range(start, a) if ctx.qid[i] == -1 and not ctx.doc[i].is_space]
    if not before or not ctx.doc[before[-1]].is_punct or ctx.doc[before[-1]].text not in SENT_END:
        return None  # the quote goes on a sentence of narration, it does not follow one
    actors = ctx.actors
    people, subject = _people_named(ctx, lambda t: start <= t < a)
    if not people:
        first = next((ctx.doc[i] for i in before if ctx.doc[i].dep_ in ("nsubj", "nsubjpass")), None)
        idx = _person(ctx, first) if first is not None and first.lower_ in ("he", "she") else None
    else:
        idx = people.pop() if len(people) == 1 and subject else None
    return None if idx is None else Attribution(actors.actors[idx].name, None, idx, basis="narration")


def _people_named(ctx: Context, inside) -> tuple[set[int], bool]:
    """The people named outside quotes at the tokens ``inside`` accepts, and whether one of those
    mentions is a clause subject (or names the subject in apposition)."""
    actors = ctx.actors
    people, subject = set(), False
    for t, idx in actors.mentions:
        if inside(t) and ctx.qid[t] == -1 and actors.actors[idx].kind == "person":
            people.add(idx)
            # (or the topic fronted before the sentence: "For Mrs Tolland, the damage is done.")
            subject = (
                subject or t in actors.subjects or _named_in_subject(ctx, t, idx) or fronted_topic(ctx, t)
            )
    return people, subject


def _named_in_subject(ctx: Context, t: int, idx: int) -> bool:
    """Whether the mention at ``t`` names the clause subject in apposition ("Her neighbour, Tariq
    Hussain, a bus driver, was angrier still.")."""
    root = ctx.doc[t : ctx.mention_end(t, idx) + 1].root
    return root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")


_DOUBLE_MARKS = frozenset('"“”«»')
_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})


def _narration(ctx: Context, para: int) -> list:
    """The tokens of paragraph ``para`` outside quotes."""
    a = ctx.tok_at(ctx.para_bounds[para][0])
    b = bisect.bisect_right(ctx.para_of, para, a)  # the paragraph's end: not a walk to the article's
    return [ctx.doc[i] for i in range(a, b) if ctx.para_of[i] == para and ctx.qid[i] == -1]


def _description_reporting(tokens: list):
    """The last word of a description by age or nation that opens the narration right before its first cue ("The
    29-year-old added that …", the parser often reading "old" as the verb's modifier), or None."""
    if not tokens or tokens[0].lower_ != "the":
        return None
    for tok in tokens[1:_DESCRIPTION_REACH]:
        if is_cue(tok):
            last = tok.doc[tok.i - 1]
            words = description(last)
            return last if words is not None and names_age_or_nation(words, last) else None
    return None


# Tokens a description opening a paragraph may take before its cue ("The", "29", "-", "year", "-", "old", "added").
_DESCRIPTION_REACH = 8


def _first_main_subject(ctx: Context, tokens: list):
    """The first of ``tokens`` that is the subject of a main clause, or None."""
    return next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and _main_clause(ctx, t.head)), None)


def _pronoun_narrated(ctx: Context, tokens: list, first) -> int | None:
    """A paragraph naming no one whose first main-clause subject is he or she ('She pauses, and looks over
    at the pier.'; 'When he died, she took over.' is she: the subject of a clause inside the sentence is
    not whom the paragraph is about), or whose every he/she/his/her is of one sex ('It was not. Her
    landlord wanted the flat back.'): the person the pronoun stands for. ``tokens``: the paragraph's
    narration (``_narration``); ``first``: its first main-clause subject."""
    if first is not None and first.lower_ in ("he", "she"):
        return _person(ctx, first)
    if _unresolved_surname(ctx, tokens):
        return None  # "Polglase shrugs …" beside Derek and Sarah Polglase: about one of them, not "him"
    gendered = [t for t in tokens if t.lower_ in _HE or t.lower_ in _SHE]
    if not gendered or not (
        all(t.lower_ in _HE for t in gendered) or all(t.lower_ in _SHE for t in gendered)
    ):
        return None
    return _person(ctx, gendered[0])


def _unresolved_surname(ctx: Context, tokens) -> bool:
    """Whether the tokens hold a surname of the article's people that the actor table left unresolved
    (one shared by two of them): the paragraph names someone, though the rules cannot say whom."""
    actors = ctx.actors
    surnames = {a.name.split()[-1] for a in actors.actors if a.kind == "person" and len(a.name.split()) > 1}
    return any(t.text in surnames and t.i not in actors.tok2actor for t in tokens)


def _person(ctx: Context, pronoun) -> int | None:
    idx = resolve_pronoun(ctx, pronoun)
    return idx if idx is not None and ctx.actors.actors[idx].kind == "person" else None


def _main_clause(ctx: Context, verb) -> bool:
    """Whether ``verb`` heads a sentence's main clause, or one coordinated with it; or one the parser hung
    on a word outside its paragraph or inside a quote (the sentence it ran on into is not this one)."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    head = verb.head
    return verb.dep_ == "ROOT" or ctx.para_of[head.i] != ctx.para_of[verb.i] or ctx.qid[head.i] != -1


def _rest_of_para(ctx: Context, i: int):
    p = ctx.para_of[i]
    while i < len(ctx.doc) and ctx.para_of[i] == p:
        if not (ctx.doc[i].is_punct or ctx.doc[i].is_space):
            yield i
        i += 1
