"""Own-cue rules: a quote's speaker named by something next to the quote itself (a dash sign-off, a
reporting cue in the clause around it, "X said:" ending the previous paragraph)."""

from __future__ import annotations

import re

from bot.nlp.actors import normalise_name
from bot.nlp.actors.furniture import CREDIT_RUN
from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import POST_NOMINALS
from bot.nlp.quotes.confidence import names_thing
from bot.nlp.quotes.context import Attribution, Context
from bot.nlp.quotes.cues import (
    clause_subject_before,
    closed_relative,
    cue_text,
    cues_by_distance,
    is_cue,
    subject,
)
from bot.nlp.quotes.filters import is_partial
from bot.nlp.quotes.lexicon import (
    ANOTHER_WORDS,
    FINITE_TAGS,
    HEADLINE_NOUNS,
    INSCRIPTION_NOUNS,
    INSCRIPTION_VERBS,
    ORG_NOUNS,
    PROMISE_NOUNS,
    PUBLIC_BODIES,
    SENT_END,
    SPEECH_NOUNS,
    SPOKESPERSON_NOUNS,
    TITLE_ABBREVIATIONS,
)
from bot.nlp.quotes.speakers import owner_of_words, speaker_of

# A dash after the closing mark, or a hyphen typed for one with a space on each side ("…" - Jane Doe).
_DASH_SIGNOFF = re.compile(r"(?:[ \t]*[―—–]|[ \t]+--?(?=[ \t]))[ \t]*(?=[A-Za-z])")


def dash_signoff(ctx: Context, k: int) -> Attribution | None:
    """'“…” ― Jane Doe', '‘…’ – Wales coach Tom Bright': a closing mark followed by a dash and a name
    (after any role words) signs the quote."""
    span = ctx.spans[k]
    if not span.closed:
        return None
    m = _DASH_SIGNOFF.match(ctx.text, span.close_end)
    if m is None:
        return None
    first = ctx.tok_at(m.end())
    if not ctx.text[m.end()].isupper() and not _verbless_to_comma(ctx, first):
        return None  # "– former captain Jo Reid" signs; "– and then he left" goes on with the sentence
    if "-" in m.group() and not _verbless_to_comma(ctx, first, whole=True):
        return (
            None  # a hyphen signs only a line with no verb ("- Pennard CFO Rachel Ambrose, on a call"), not
        )
        # a list's next item joined on ("- House Agriculture Committee Chair Ron Bettencourt … told reporters")
    return _signed_by(ctx, first)


def _verbless_to_comma(ctx: Context, i: int, whole: bool = False) -> bool:
    """Whether the words from token ``i`` to the first comma (with ``whole``, to the paragraph's end) have no
    verb."""
    doc, para = ctx.doc, ctx.para_of[i]
    while i < len(doc) and ctx.para_of[i] == para and (whole or doc[i].text != ","):
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ != "amod":
            return (
                False  # (a participle describing a noun is none: "- Joan Fairley, 72, retired dinner lady")
            )
        i += 1
    return True


def next_line_signoff(ctx: Context, k: int) -> Attribution | None:
    """A paragraph that opens with a quote and ends in a short line that is only a name and a role
    (‘…’ Dr Ana Ruiz, virologist), or is only the quote and the next paragraph is that line, a dash
    before it or not ("— Deb Van Wyk, Waukee Northwest coach"): the line signs the quote (pull quotes,
    captions, a sports story's "QUOTABLE" box)."""
    span = ctx.spans[k]
    pstart, pend = ctx.para_bounds[span.para]
    if span.open_mark - pstart > 1 or not span.closed:
        return None
    start, end = span.close_end, pend
    while start < end and ctx.text[start] in " \t":
        start += 1
    bare_line_below = False
    if start == end:
        if span.para + 1 >= len(ctx.para_bounds):
            return None
        start, end = ctx.para_bounds[span.para + 1]
        opening = start
        while start < end and ctx.text[start] in _LINE_DASHES:
            start += 1  # the line below may open with a dash ("— Deb Van Wyk, Waukee Northwest coach")
        bare_line_below = ctx.text[opening:start].strip() == ""
    line = ctx.text[start:end]
    if (
        len(line.split()) > _SIGNOFF_WORDS
        or line.rstrip().endswith((".", "?", "!", ":"))
        or not line[:1].isupper()
        # (a list below the quote, a line to each word, is the page's: "Tags ⏎ Health ⏎ Leitrim ⏎ GPs")
        or "\n" in line.strip()
        # ("With files from Marjorie Dumas" under the last quote credits a reporter)
        or CREDIT_RUN.match(line)
    ):
        return None
    first, last = ctx.tok_at(start), ctx.tok_at(end - 1)
    if any(
        (ctx.doc[i].pos_ in ("VERB", "AUX") and i not in ctx.actors.tok2actor) or ctx.qid[i] != -1
        for i in range(first, last + 1)
    ):
        return None  # (a word of a name the tagger read as a verb is none: "Cllr Gareth ap Ifan")
    signed = _signed_by(ctx, first)
    if bare_line_below and signed is not None and _an_organisation(ctx, signed):
        return None  # a body's name alone on the line below, no dash: the desk's or source's line ("CBC News
        # Manitoba" closing the page), not a quote signed by a body ("— Sandcastle Petroleum spokesperson" is)
    return signed


def _an_organisation(ctx: Context, attr: Attribution) -> bool:
    return attr.actor is not None and ctx.actors.actors[attr.actor].kind == "organization"


_SIGNOFF_WORDS = 8
_LINE_DASHES = frozenset("—–―- \t")

# When the words were said, written between the noun and its speaker ("That was the message Tuesday from Fire Chief
# Dale Hinrichs", "the warning on Monday night from", "the advice this week from").
_WHEN_SAID = (
    r"(?:(?:on |late |early )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)"
    r"(?: (?:morning|afternoon|evening|night))? |(?:this|last) (?:week|month|morning|night) )?"
)
# The paragraph after a quote that says whose words they were: "That was the verdict of … chairwoman Isla Ferguson, who
# said …", "Such was the warning from Dr Ana Ruiz", "That's the view of the union's president, Tom Hale".
_WORDS_OF = (
    r"(?: was|['’]s| is| has been)(?: the| his| her| their)? (?:[a-z-]+ )?("
    + "|".join(sorted(SPEECH_NOUNS | PROMISE_NOUNS))
    + r")s? "
    + _WHEN_SAID
    + r"(?:of|from)\s"
)
_WORDS_OF_NEXT = re.compile(r"(?P<words>(?:That|This|Such)" + _WORDS_OF + ")")
# "‘…’ So said Dave Kitching, branch secretary of …": the person named right after "So said", after the quote or opening
# the next paragraph.
_SO_SAID = re.compile(r"[ \t]*(?P<words>So (?:said|says|wrote|writes))\s")
# "That is how Euan Gillies, chairman of the council, describes the consultation": the person named after "how",
# when a verb of speech or of describing follows the name in its sentence.
_HOW_NEXT = re.compile(r"(?P<words>(?:That|This)(?: is|['’]s| was) how)\s")
_DESCRIBING_VERBS = frozenset({"describe", "put", "sum", "explain", "characterise", "characterize"})
# (a dash, or a hyphen set off by spaces: "“…” - that is the view of Ivan McCandless, who runs …")
_WORDS_OF_AFTER_DASH = re.compile(
    r"[ \t]*(?:[—–]+|-(?=[ \t]))[ \t]*(?P<words>(?:that|this|such)" + _WORDS_OF + ")"
)
_WORDS_OF_REACH = 16  # tokens after "of" within which the person is named


def verdict_on_the_next_line(ctx: Context, k: int) -> Attribution | None:
    """A paragraph that is only a quote, and the next paragraph opens by naming whose words they were ("“…”" ¶ "That
    was the verdict of Auchterlea and District Community Council chairwoman Isla Ferguson, who said …"), or a dash right
    after the quote does so in its own paragraph ("“…” — that was the verdict of Sr. Bernadette Quinn, who …"), or "So
    said" does after it or opening the next paragraph ("‘…’ So said Dave Kitching, branch secretary of …"): the person
    named after "of", "from" or "said", within a few words; none named, no speaker from here."""
    span = ctx.spans[k]
    pstart, pend = ctx.para_bounds[span.para]
    if not span.closed or ctx.text[pstart : span.open_mark].strip():
        return None
    found = _WORDS_OF_AFTER_DASH.match(ctx.text, span.close_end, pend) or _SO_SAID.match(
        ctx.text, span.close_end, pend
    )
    if found is not None:
        para = span.para
    else:
        if ctx.text[span.close_end : pend].strip() or span.para + 1 >= len(ctx.para_bounds):
            return None
        nstart, nend = ctx.para_bounds[span.para + 1]
        found = _WORDS_OF_NEXT.match(ctx.text, nstart, nend) or _SO_SAID.match(ctx.text, nstart, nend)
        para = span.para + 1
        if found is None and (how := _HOW_NEXT.match(ctx.text, nstart, nend)) is not None:
            return _described_how(ctx, how, para)
    if found is None:
        return None
    first = ctx.tok_at(found.end())
    actors = ctx.actors
    for i in range(first, min(len(ctx.doc), first + _WORDS_OF_REACH)):
        j = actors.tok2actor.get(i)
        if j is not None and actors.actors[j].kind == "person" and ctx.para_of[i] == para:
            return Attribution(actors.actors[j].name, found.group("words").strip(), j, basis="name")
    # a body right after "from"/"of" when no person is named ("That was the message from the Scotch Whisky Association")
    j = actors.tok2actor.get(first + (ctx.doc[first].lower_ == "the"))
    if j is not None and actors.actors[j].kind == "organization" and ctx.para_of[first] == para:
        return Attribution(actors.actors[j].name, found.group("words").strip(), j, basis="name")
    return None


def _described_how(ctx: Context, how: re.Match, para: int) -> Attribution | None:
    """The person named right after "That is how", when the verb their name is the subject of reports speech or
    describes ("That is how Euan Gillies, chairman of …, describes the consultation"); not "That is how Ana Ruiz
    lost her seat"."""
    doc, actors = ctx.doc, ctx.actors
    i = ctx.tok_at(how.end())
    while i < len(doc) and doc[i].is_space:
        i += 1
    j = actors.tok2actor.get(i)
    if j is None or actors.actors[j].kind != "person" or ctx.para_of[i] != para:
        return None
    verb = doc[ctx.mention_end(i, j)].head
    while verb.dep_ in ("appos", "compound", "flat") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or not (is_cue(verb) or verb.lemma_.lower() in _DESCRIBING_VERBS):
        return None
    return Attribution(
        actors.actors[j].name,
        f"{how.group('words')} {doc[i : ctx.mention_end(i, j) + 1].text} {verb.text}",
        j,
        basis="name",
    )


def _signed_by(ctx: Context, i: int) -> Attribution | None:
    """The name at the head of a sign-off starting at token ``i``: a person among its first words, else an
    organisation, else a run of two or more capitalised proper nouns (a person the model missed)."""
    doc = ctx.doc
    para = ctx.para_of[i] if i < len(doc) else -1
    toks = []
    while i < len(doc) and ctx.para_of[i] == para and len(toks) < _SIGNOFF_WORDS and doc[i].text != ",":
        if toks and "\n" in doc[i].whitespace_ + doc[i - 1].whitespace_ + doc[i].text:
            break  # a sign-off is one line: "Tags ⏎ Health ⏎ Leitrim ⏎ GPs" below the quote is the page's list
        if not doc[i].is_space:  # the paragraph break may be a token of its own
            toks.append(doc[i])
        i += 1
    found = [ctx.actors.tok2actor[t.i] for t in toks if t.i in ctx.actors.tok2actor]
    actors = ctx.actors.actors
    # "– Ulster winger Ben Mulholland": a full name before a one-word one, a person before a club
    for j in sorted(found, key=lambda j: len(actors[j].name.split()) < 2):
        if actors[j].kind == "person":
            return Attribution(actors[j].name, "―", j, basis="signoff")
    if (
        len(toks) >= 2
        and toks[-1].lower_ in SPOKESPERSON_NOUNS
        and all(t.text[:1].isupper() for t in toks[:-1])
    ):
        # "— Sandcastle Petroleum spokesperson": the body's spokesperson signs, as the article words it (the body's
        # name is no person the model missed, and the body itself did not say it)
        return Attribution(" ".join(t.text for t in toks), "―", basis="phrase")
    missed = _name_run(toks)  # "— opener Mitchell Cole on Fox Cricket": a person the model missed
    if missed is not None and given_name_gender(missed[0] + " X") is not None:
        return Attribution(missed[0], "―", basis="signoff", new_person=missed)
    for j in found:
        if actors[j].kind == "organization":
            return Attribution(actors[j].name, "―", j, basis="signoff")
    body = _body_of_organisation(toks)
    if body is not None:
        return Attribution(body, "―", basis="signoff")
    if missed is not None:
        return Attribution(missed[0], "―", basis="signoff", new_person=missed)
    return None


def _name_run(toks: list) -> tuple[str, list[int]] | None:
    """The first run of two or more capitalised proper nouns, as a name, and its tokens: a given name the tagger read as
    another word may open it ("— Rosalind Achterberg MP", "Rosalind" a verb), and a member's letters end it."""
    run: list = []
    for t in toks:
        if run and t.text in POST_NOMINALS:
            break
        if t.text[:1].isupper() and (
            t.pos_ == "PROPN" or (not run and t.is_alpha and given_name_gender(t.text + " X") is not None)
        ):
            run.append(t)
        elif len(run) >= 2:
            break
        else:
            run = []
    if len(run) < 2:
        return None
    name, _ = normalise_name(" ".join(t.text for t in run[:4]))
    return (name, [t.i for t in run[:4]]) if len(name.split()) >= 2 else None


def _body_of_organisation(toks: list) -> str | None:
    """A sign-off that is a place and a public body ("– Cumbria police", "– Leeds city council"): that
    body, as written."""
    if not 2 <= len(toks) <= 4 or not toks[0].text[:1].isupper():
        return None
    last = toks[-1].lower_
    if last not in ORG_NOUNS and last not in PUBLIC_BODIES:
        return None
    if any(t.is_punct or (t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper()) for t in toks[:-1]):
        return None  # a capitalised place and the body's noun may be tagged verbs ("– Dorset police")
    return " ".join(t.text for t in toks)


def cue_in_clause(ctx: Context, k: int) -> Attribution | None:
    """The nearest reporting cue in the clause around the quote whose subject names a speaker; else
    the nearest cue, speakerless (the quote is speech, its source unknown)."""
    left, right = ctx.window(k)
    first = None
    for cue in cues_by_distance(ctx, left, right, k):
        if _clause_of_its_own(ctx, cue, k):
            first = first or Attribution(None, cue_text(cue), None, cue.i)  # speech, whose the cue cannot say
            continue
        subj = subject(cue, ctx)
        if subj is not None and _shows_writing(cue, subj):
            continue
        attr = speaker_of(subj, ctx) if subj is not None else None
        if attr is not None and attr.speaker is not None and cue.lemma_.lower() in _EVIDENCE_VERBS:
            cue, attr = _reporter_set_off_inside(ctx, cue, attr)
        if attr is not None and attr.speaker is not None:
            if not attr.names_actor and names_thing(attr.speaker):
                cue, attr = _reporter_of(ctx, cue, attr)
                if not attr.names_actor and cue.dep_ == "acl":
                    cue, attr = _speaker_of_the_quotes_clause(ctx, cue, attr, k)
            elif is_partial(ctx.text, ctx.spans[k]):
                cue, attr = _outer_reporter(ctx, cue, attr, k)
            attr.cue = cue_text(cue)
            attr.cue_tok = cue.i
            return attr
        if first is None:
            # (a person the description names but the rules cannot: "the 61-year-old said", kept as speech)
            first = Attribution(
                None, cue_text(cue), None, cue.i, basis=attr.basis if attr is not None else None
            )
        if subj is not None and subj.lower_ in ANOTHER_WORDS:
            return first  # 'Yet another said, “…”': someone else than any speaker further off
    return first


def _reporter_set_off_inside(ctx: Context, cue, attr: Attribution) -> tuple:
    """ "The crystal record, Solberg says, implies “…”": a cue of what a thing shows (``_EVIDENCE_VERBS``), with a
    reporting clause set off inside it, or reporting it, whose subject names an actor, is the reporter's: the words are
    how the named person puts it. Else ``(cue, attr)``."""
    reporters = [c for c in cue.children if c.dep_ == "parataxis"]
    if cue.dep_ == "ccomp" and cue.head.lemma_.lower() in _WRITING_OR_SAYING:
        # "Zhang was more sceptical, writing in a note that the board's decisions suggest “…”"
        reporters.append(cue.head)
    for c in reporters:
        if ctx.qid[c.i] != -1 or not is_cue(c):
            continue
        who = subject(c, ctx)
        found = speaker_of(who, ctx) if who is not None else None
        if found is not None and found.speaker is not None and found.names_actor:
            return c, found
    return cue, attr


# Verbs of what a thing shows ("the record implies “…”", "the decisions suggest “…”"): no one's speech of their own.
_EVIDENCE_VERBS = frozenset("imply suggest show indicate mean point prove reveal demonstrate signal".split())


# Verbs of saying or writing whose subject reports the clause they take.
_WRITING_OR_SAYING = frozenset("say write tell add note argue warn explain".split())


def _clause_of_its_own(ctx: Context, cue, k: int) -> bool:
    """Whether a semicolon between the cue before the quote and the quote opens a clause of its own, a verb
    before the quote ("Mayor says city had no choice; councillors who opposed budget call it “a failure of
    nerve”"): the cue reports the other clause, not the quote."""
    a, _ = ctx.q_tok[k]
    doc = ctx.doc
    if cue.i >= a:
        return False
    semis = [i for i in range(cue.i + 1, a) if doc[i].text == ";"]
    if not semis:
        return False
    return any(t.pos_ == "VERB" for t in doc[semis[-1] + 1 : a])  # the parser may not join them


def _outer_reporter(ctx: Context, cue, attr: Attribution, k: int) -> tuple:
    """Nested reported speech: a fragment quoted inside what someone reports another said ('Ruiz said
    the mayor had called the plan “a disgrace”', 'It was described by staff as “chaotic,” she said')
    is in the reporter's words, the words the writer heard: the cue that reports the inner cue's clause
    (up through complements, in the same paragraph, governing the fragment) speaks, when its subject
    names an actor. Only for an inner cue before the fragment: '“…,” Ruiz added' parsed as a
    complement of the verb before the quote is no nesting."""
    a, b = ctx.q_tok[k]
    t = cue
    for _ in range(3):
        if t.head is t or t.dep_ not in ("ccomp",):
            break
        t = t.head
        if ctx.para_of[t.i] != ctx.para_of[cue.i] or ctx.qid[t.i] != -1:
            break
        if any(ctx.doc[i].text == ";" for i in range(min(t.i, cue.i), max(t.i, cue.i))):
            break  # "He accused her of “grandstanding” …; she responded that …": two clauses, not a report
        if is_cue(t) and cue.i < a and t.left_edge.i <= a and b - 1 <= t.right_edge.i:
            subj = subject(t, ctx)
            outer = speaker_of(subj, ctx) if subj is not None else None
            if (
                outer is not None
                and outer.speaker is not None
                and (outer.names_actor or _speaks_for(outer, attr))
            ):
                return t, outer
    return cue, attr


def _speaks_for(outer: Attribution, inner: Attribution) -> bool:
    """An unnamed spokesperson reporting what their body did ("the spokesperson said the company did not
    comment on “market speculation”"): the fragment is the spokesperson's words, not the body's."""
    words = (outer.speaker or "").lower().split()
    return bool(words) and words[-1] in SPOKESPERSON_NOUNS and inner.speaker is not None


def _shows_writing(cue, subj) -> bool:
    """'banners reading “…”', 'the sign said “…”': a sign, banner or headline showing words is no one
    speaking, so it is no cue for a quote beside it ('marchers chanted “…” and carried banners reading
    “…”': the chant is not the banners')."""
    nouns = INSCRIPTION_NOUNS + HEADLINE_NOUNS
    return cue.lower_ in INSCRIPTION_VERBS and subj.lemma_.lower() in nouns


def _reporter_of(ctx: Context, cue, attr: Attribution) -> tuple:
    """A cue whose subject names a thing inside what an actor is reported to say ('Lam said the guidance
    implied a “very weak” half': not "the guidance"; 'Grieve, who presented a later series with her,
    called Marlowe …' parsed with the series as subject): the reporting cue above it, and its actor."""
    t = cue
    for _ in range(3):
        if t.head is t or t.dep_ not in ("ccomp", "xcomp"):
            break
        t = t.head
        if ctx.para_of[t.i] != ctx.para_of[cue.i]:
            break  # the parser ran the sentence on into the next paragraph
        if is_cue(t):
            subj = subject(t, ctx)
            outer = speaker_of(subj, ctx) if subj is not None else None
            if (
                outer is not None
                and outer.speaker is not None
                and (outer.names_actor or _speaks_for(outer, attr))
            ):
                return t, outer
    return cue, attr


def _speaker_of_the_quotes_clause(ctx: Context, cue, attr: Attribution, k: int) -> tuple:
    """ "In a video posted to the company's app, CEO Grant Polhemus struck a personal note: “…”": a participle
    describing a thing ("a video posted") is no one speaking; the person who is the subject of the clause the quote
    hangs on, in the same sentence and paragraph as the participle, speaks, whatever that clause's verb."""
    doc, (a, b) = ctx.doc, ctx.q_tok[k]
    governors = {doc[i].head for i in range(a, b) if not a <= doc[i].head.i < b}
    verbs = [
        v
        for v in governors
        if v.pos_ == "VERB" and ctx.qid[v.i] == -1 and v.i < a and ctx.para_of[v.i] == ctx.para_of[a]
    ]  # (before the quote, in its paragraph: the parser may run the sentence on into the next one)
    if len(verbs) != 1 or cue not in verbs[0].subtree or ctx.para_of[verbs[0].i] != ctx.para_of[cue.i]:
        return cue, attr
    subj = subject(verbs[0], ctx)
    outer = speaker_of(subj, ctx) if subj is not None else None
    if outer is None or outer.actor is None or ctx.actors.actors[outer.actor].kind != "person":
        return cue, attr
    return verbs[0], outer


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
        if is_cue(doc[j]) and not _describes_a_noun(doc[j]):
            cue = _reporting_cue(ctx, doc[j]) or doc[j]
            subj = subject(cue, ctx)
            if subj is not None:
                attr = speaker_of(subj, ctx)
                if attr is not None:
                    attr.cue = cue_text(cue)
                    return attr
            return None
        j -= 1
    return None


def _reporting_cue(ctx: Context, cue):
    """ "Local 4407 president Delroy Mathers said front-line workers had been warning management for two years:" ¶
    "“Our members …”": a cue whose subject is a common noun, inside what a named speaker's cue reports, gives the
    words after the colon to that speaker, whose statement they are: the reporting cue; else None. So too one the cue
    is the verb an intention or a wish of its clause takes ("Mr Pelling set out what they intended to argue:", its
    subject a pronoun)."""
    inner = subject(cue, ctx)
    clause = cue
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # ("intended to argue")
    outer = clause.head
    if (
        inner is None
        or inner.pos_ not in ("NOUN", "PRON")
        or (inner.pos_ == "PRON" and clause is cue)
        or clause.dep_ != "ccomp"
        or not is_cue(outer)
        or ctx.qid[outer.i] != -1
    ):
        return None
    found = subject(outer, ctx)
    return outer if found is not None and found.pos_ == "PROPN" else None


def _describes_a_noun(tok) -> bool:
    """Whether the cue ``tok`` heads a relative clause with a subject of its own, describing a noun of the
    sentence ("Rafael tells the story the way other men tell war stories:"): the sentence's speaker is its main
    verb's; not "a neighbour who put it bluntly:", whose relative word is the speaker."""
    return tok.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in tok.children
    )


def colon_after_clause(ctx: Context, k: int) -> Attribution | None:
    """'Persaud is more blunt: “…”', 'Ruiz, 37, had one message: “…”': a quote right after a colon that
    ends a clause with no cue speaks for that clause's subject, when the subject names an actor; else for
    the owner of a speech noun before the colon ('His verdict: “…”'). The colon may close the paragraph
    before, the quote opening its own ('Kennedy-Bell was having none of it:' ¶ '“…”')."""
    doc = ctx.doc
    a, b = ctx.q_tok[k]
    i = a - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i <= 0 or ctx.qid[i] != -1 or not (doc[i].text == ":" or _dash_before_whole_quote(ctx, i, k)):
        return None
    if ctx.para_of[i] != ctx.para_of[a] and ctx.para_of[i] != ctx.para_of[a] - 1:
        return None  # the colon may end the paragraph before ("He spoke through tears:" ¶ "“…”")
    if (labelled := _bullet_label(ctx, i, k)) is not None:
        labelled.cue = ":"
        return labelled  # "• Veridian CEO Samuel Osei-Bonsu: “…”", "• Osei-Bonsu, on why Kansas won: “…”"
    subj = _name_right_before_the_verb(ctx, i) or clause_subject_before(doc[i], ctx, outer=True)
    if subj is None and doc[i].text != ":":
        return None
    if ctx.para_of[i] != ctx.para_of[a] and subj is not None and subj.lower_ in _NO_ONE:
        return None  # "Wait, it gets better:" ¶ "“…”": the clause is the writer's, not a speaker's
    if subj is not None and any(
        is_cue(doc[j]) and not closed_relative(doc[j], a, b) for j in range(subj.i, i)
    ):
        return None  # 'Ruiz, 37, said:' is a cue whose speaker was not found, not a clause to lean on
    attr = speaker_of(subj, ctx) if subj is not None else None
    if subj is not None and (attr is None or not attr.names_actor):
        attr = _person_set_off(ctx, subj, i) or attr
    if attr is None or not attr.names_actor:
        attr = _owner_before_colon(ctx, i)
    if attr is None or not (attr.names_actor):
        attr = _person_label(ctx, i, k)
    if (attr is None or not attr.names_actor) and subj is None:
        attr = _person_opening_paragraph(ctx, i)
    if attr is None or not attr.names_actor:
        return None
    attr.cue = ":"
    return attr


def _dash_before_whole_quote(ctx: Context, i: int, k: int) -> bool:
    """Whether token ``i`` is a dash set off before quote ``k`` as a colon would be, the quote whole sentences that
    close the paragraph ("Glenys Pritchard … was more direct – “If it has to be flats, …”", "Doris … had the last word
    — “Those two never needed a tractor. …”"): a clause's verdict on who speaks next, not a title after a dash."""
    doc, span = ctx.doc, ctx.spans[k]
    if doc[i].text not in ("–", "—") or i == 0 or not doc[i - 1].is_alpha:
        return False
    body = span.text_in(ctx.text).strip()
    _, pend = ctx.para_bounds[span.para]
    return (
        span.closed
        and body[:1].isupper()
        and body.rstrip("”\"’' ").endswith((".", "!", "?"))
        and not ctx.text[span.close_end : pend].strip()
    )


_VERB_BEFORE_COLON = 3  # words back from a colon to the clause's verb ("was blunt:", "was more blunt:")


def _name_right_before_the_verb(ctx: Context, colon: int):
    """'Asked whether he would back it, Tuttleby was blunt: “…”': a person named right before the verb of the
    clause the colon closes is its subject, whatever the parser made of the name (an adverb here, and the
    "he" of the opening clause the subject); None otherwise."""
    doc = ctx.doc
    for v in range(colon - 1, max(colon - 1 - _VERB_BEFORE_COLON, 0), -1):
        if doc[v].is_punct:
            return None
        if doc[v].pos_ in ("AUX", "VERB") and doc[v].tag_ in FINITE_TAGS:
            name = doc[v - 1]
            idx = ctx.actors.tok2actor.get(name.i)
            if idx is None or ctx.actors.actors[idx].kind != "person" or ctx.qid[name.i] != -1:
                return None
            return name
    return None


def _person_opening_paragraph(ctx: Context, colon: int) -> Attribution | None:
    """'Kennedy-Bell, for his part, was having none of it:' ¶ '“…”', the parser having run the name into
    the paragraph before and found no subject: the person whose name opens the colon's paragraph, as
    its subject (a comma or a finite verb after the name, not "'s"), no other person named before the
    colon and no cue between."""
    doc, actors = ctx.doc, ctx.actors
    first = ctx.para_start_tok(colon)
    while first < colon and doc[first].is_space:
        first += 1
    idx = actors.tok2actor.get(first)
    if idx is None or actors.actors[idx].kind != "person" or ctx.qid[first] != -1:
        return None
    end = ctx.mention_end(first, idx)
    after = doc[end + 1] if end + 1 < colon else None
    if after is None or not (after.text == "," or after.tag_ in FINITE_TAGS):
        return None
    for j in range(end + 1, colon):
        other = actors.tok2actor.get(j)
        if (
            ctx.qid[j] != -1
            or is_cue(doc[j])
            or (other not in (None, idx) and actors.actors[other].kind == "person")
        ):
            return None
    return Attribution(actors.actors[idx].name, None, idx)


_NO_ONE = frozenset({"it", "this", "that", "there", "here"})  # subjects that name no speaker
_BULLETS = frozenset("•·▪‣")  # (not a dash or a hyphen: "R-Texas", "Mehra-Kaplan")


def _person_label(ctx: Context, colon: int, k: int) -> Attribution | None:
    """A vox pop's label: 'Priya, a care co-ordinator in adult social care: “…”', 'Dr Ana Ruiz, a
    virologist: “…”': a paragraph opening with a person's name (an actor, or a given name alone the
    model left untagged), maybe a description set off by a comma, no verb, then the colon and a quote
    that ends the paragraph; never the article's first paragraph (a headline: 'Sanders: ‘Of Course’ …')."""
    doc, actors = ctx.doc, ctx.actors
    para = ctx.para_of[colon]
    if para == 0 or not _quote_closes_its_line(ctx, k, para):
        return None
    start = _last_bullet(ctx, colon)
    if start is None:
        start = ctx.tok_at(ctx.para_bounds[para][0])
    while start < colon and (
        doc[start].is_space
        or doc[start].text in _BULLETS
        or doc[start].text.rstrip(".") in TITLE_ABBREVIATIONS
    ):
        start += 1  # (a bulleted list's label: "• Rep. Joanne Cass (R-Texas), who chairs the committee: “…”")
    who = next((j for j in range(start, colon) if doc[j].lower_ == "who"), colon)
    if start >= colon or any(
        (doc[j].tag_ in FINITE_TAGS and j < who) or ctx.qid[j] != -1 for j in range(start, colon)
    ):
        return None  # (a verb of a "who" clause describing the person is no cue)
    idx = actors.tok2actor.get(start)
    if idx is not None:
        end = ctx.mention_end(start, idx) + 1
        if end < colon and doc[end].text == "(":  # a party tag in brackets after the name
            end = next((j + 1 for j in range(end, min(colon, end + 8)) if doc[j].text == ")"), end)
        if actors.actors[idx].kind != "person" or end + 1 >= colon or doc[end].text != ",":
            return None  # a name and its description set off by a comma: 'Verdict: “…”' is no label
        return Attribution(actors.actors[idx].name, None, idx, basis="label")
    first = doc[start]
    if (
        start + 2 >= colon
        or doc[start + 1].text != ","
        or not (doc[start + 2].lower_ in ("a", "an") or doc[start + 2].like_num)
    ):
        return None  # one given name, then a person's description: 'Stuart, a refuse driver at the depot:'
    if (
        not first.text.isalpha()
        or not first.text[:1].isupper()
        or given_name_gender(first.text + " X") is None
    ):
        return None
    return Attribution(first.text, None, basis="label", new_person=(first.text, [start]))


def _last_bullet(ctx: Context, colon: int) -> int | None:
    """The last bullet before ``colon`` in its paragraph (a bulleted list run into one paragraph: the label opens
    there), or None."""
    doc = ctx.doc
    pstart = ctx.tok_at(ctx.para_bounds[ctx.para_of[colon]][0])
    return next((j for j in range(colon - 1, pstart - 1, -1) if doc[j].text in _BULLETS), None)


def _quote_closes_its_line(ctx: Context, k: int, para: int) -> bool:
    """Whether quote ``k`` ends its paragraph ``para``, or its bullet in a list run into one paragraph (the next
    bullet ends it as the paragraph's end does), with at most punctuation after it."""
    doc, b = ctx.doc, ctx.q_tok[k][1]
    for j in range(b, min(b + 3, len(doc))):
        if ctx.para_of[j] != para or doc[j].text in _BULLETS:
            break
        if not (doc[j].is_punct or doc[j].is_space):
            return False
    return True


def _bullet_label(ctx: Context, colon: int, k: int) -> Attribution | None:
    """A list's bullet that labels its quote with a person ("• Veridian CEO Samuel Osei-Bonsu: “…”", "• Osei-Bonsu,
    on why Kansas beat finalists in Ohio: “…”"): the bullet opens with the person's name, maybe after title words,
    and holds no verb before the colon but in an aside set off by a comma after the name (the aside's subject,
    "Kansas", is no speaker); the quote runs to the bullet's end."""
    doc, actors = ctx.doc, ctx.actors
    start = _last_bullet(ctx, colon)
    if start is None or ctx.q_tok[k][0] <= colon or not _quote_closes_its_line(ctx, k, ctx.para_of[colon]):
        return None  # the quote must close the bullet

    def person_at(t: int) -> bool:
        found = actors.tok2actor.get(t)
        return found is not None and actors.actors[found].kind == "person"

    j = start + 1
    while j < colon and not person_at(j) and j - start <= _LABEL_TITLE_WORDS:
        if not (doc[j].text[:1].isupper() or doc[j].is_space):
            return None  # title words only ("Veridian CEO"), no clause ("• Kansas will pay …: “…”")
        j += 1
    idx = actors.tok2actor.get(j)
    if (
        idx is None
        or actors.actors[idx].kind != "person"
        or any(ctx.qid[t] != -1 for t in range(start, colon))
    ):
        return None
    end = ctx.mention_end(j, idx) + 1
    if end < colon and doc[end].text == "(":
        # "• State Sen. Marcus Oyelaran (R), the bill's sponsor:": a party's letters in brackets after the name
        close = next(
            (t for t in range(end + 1, min(end + _BRACKET_WORDS, colon)) if doc[t].text == ")"), None
        )
        end = end if close is None else close + 1
    if end < colon and doc[end].text != ",":
        return None  # the name, then the colon or an aside set off by a comma
    return Attribution(actors.actors[idx].name, None, idx, basis="label")


_BRACKET_WORDS = 5  # tokens of a party tag in brackets after a label's name: "(", "D", "-", "Ore.", ")"
_LABEL_TITLE_WORDS = (
    4  # title words before a bullet label's name ("Veridian CEO", "Sedgwick County Commissioner")
)


def _person_set_off(ctx: Context, subj, colon: int) -> Attribution | None:
    """'A reader in Keswick, Tom Salazar, has sent us this: “…”': the one person named between commas
    inside the subject's phrase (whatever word the parser hung the name on) is the subject."""
    doc, actors = ctx.doc, ctx.actors
    found = set()
    for t in subj.subtree:
        idx = actors.tok2actor.get(t.i)
        if t.i >= colon or idx is None or actors.actors[idx].kind != "person":
            continue
        a, b = ctx.mention_start(t.i, idx), ctx.mention_end(t.i, idx)
        if a > 0 and doc[a - 1].text == "," and b + 1 < colon and doc[b + 1].text == ",":
            found.add(idx)
    if len(found) != 1:
        return None
    idx = found.pop()
    return Attribution(actors.actors[idx].name, None, idx, basis="apposition")


def _owner_before_colon(ctx: Context, colon: int) -> Attribution | None:
    """'His verdict: “…”', 'Her message to critics was blunt: “…”': the owner of a speech noun in the
    sentence before the colon."""
    doc = ctx.doc
    for j in range(colon - 1, ctx.sent_start_tok(colon) - 1, -1):
        if ctx.qid[j] != -1 or ctx.para_of[j] != ctx.para_of[colon]:
            break
        attr = owner_of_words(doc[j], ctx)
        if attr is not None:
            return attr
    return None
