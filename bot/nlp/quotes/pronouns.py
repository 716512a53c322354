"""Pronoun speakers: he/she to a person of the article, they/we to a group, organisation or plural
noun phrase. A small within-article resolver; it reads the actor table and never changes it."""

from __future__ import annotations

import re

from bot.nlp.actors.lexicon import HONORIFICS, OCCUPATION_NOUNS, TITLES
from bot.nlp.actors.names import title_gender, title_key
from bot.nlp.quotes.context import Attribution, Context
from bot.nlp.quotes.cues import (
    describes_person,
    description,
    heads_a_title_run,
    in_dateline,
    is_cue,
    noun_phrase,
    person_word,
    title_run,
    unclosed_apposition,
    with_the,
)
from bot.nlp.quotes.lexicon import (
    AGE_WORD,
    CLAUSE_END,
    DOC_NOUNS,
    FEMININE_PRONOUNS,
    FINITE_TAGS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    MASCULINE_PRONOUNS,
    NAMED_AS,
    PARTY_MEMBER_NOUNS,
    PEOPLE_NOUNS,
    PRONOUNS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SPELT_NUMBERS,
    TOPIC_PREPOSITIONS,
)


def resolve_plural(ctx: Context, tok) -> Attribution | None:
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
        if t.lower_ in RELATIVE_PRONOUNS or (t.head.dep_ == "ccomp" and is_cue(t.head.head)):
            continue  # the subject of reported speech ("said flights would resume") is not a speaker
        idx = actors.tok2actor.get(i)
        if idx is not None:
            kind = actors.actors[idx].kind
            if kind in ("organization", "group"):
                return Attribution(actors.actors[idx].name, None, idx)
            if kind == "person":
                return None  # "they" after a person subject: leave it to the general resolver
            continue
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            phrase = noun_phrase(t)
            return Attribution(phrase, None) if phrase else None
        if t.tag_ == "NNPS" and t.pos_ == "PROPN" and (body := _body_ending_with(ctx, t.text)) is not None:
            return Attribution(actors.actors[body].name, None, body)  # "The Ironbacks announced … they will"
    return None


def _body_ending_with(ctx: Context, word: str) -> int | None:
    """The one organisation or group of the article whose name ends with ``word`` ("Richmond Ironbacks" for
    "Ironbacks", a team the model tagged in full once and not when the article shortened it), or None."""
    return one_organisation(ctx, lambda a: a.name.split()[-1] == word, kinds=("organization", "group"))


def one_organisation(ctx: Context, fits, kinds: tuple[str, ...] = ("organization",)) -> int | None:
    """The index of the one organisation actor (of ``kinds``) mentioned in the article that ``fits`` accepts (a name it
    goes by, a name it opens with); None when none or several do."""
    found = [j for j, a in enumerate(ctx.actors.actors) if a.kind in kinds and a.mentions > 0 and fits(a)]
    return found[0] if len(found) == 1 else None


def _resolve_group(ctx: Context, tok) -> int | None:
    """they/we/it: a recent organisation or group, unless a person was named more recently. "it" never
    stands for a person: past a person named since, it still finds an organisation that was the subject
    of a clause in this or the three previous sentences ("BC Hydro said in a statement …" ¶ a pull quote
    signed by the mayor ¶ "“…,” it said": BC Hydro)."""
    actors = ctx.actors
    it = tok.lower_ == "it"
    if it and (own := _organisation_heading_the_sentence(ctx, tok)) is not None:
        return own
    past_person = False
    here = actors.sent_index(tok.i) if actors.sent_starts else 0
    for t, idx in reversed(actors.mentions):
        if t >= tok.i or ctx.qid[t] != -1 or sent_a_document(ctx, t):
            continue
        a = actors.actors[idx]
        if past_person and here - actors.sent_index(t) > 3:
            return None
        if a.kind in ("organization", "group"):
            if not past_person:
                return idx if tok.i - t < 80 else None
            if is_subject(ctx, t):
                return idx
            continue
        if a.kind == "person":
            if not it:
                return None
            past_person = True
    return None


def sent_a_document(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` is whom a document went to or was lodged with ("a notice to the
    Nigerian Exchange", "a filing with Bursa Malaysia", "In a statement to HuffPost Canada, the City of Hamilton said
    it …"): no one who speaks, nor the "it" that does."""
    last = ctx.doc[ctx.mention_end(t)]
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in ("to", "with"):
        return False
    held = prep.head
    if held.tag_ == "VBN" and held.dep_ == "acl":
        held = (
            held.head
        )  # "In a longer statement provided to WIRED, the company wrote": the participle's document
    return held.pos_ == "NOUN" and held.lemma_.lower() in _LODGED_DOCUMENTS


_LODGED_DOCUMENTS = DOC_NOUNS | {"submission"}  # (a notice and a filing are DOC_NOUNS already)


def _organisation_heading_the_sentence(ctx: Context, tok) -> int | None:
    """ "Eastgate Foods Plc … has suspended production at its factory in Ota, Ogun State, citing what it
    called …": "it" later in a sentence whose subject is an organisation is that organisation, past
    bodies and places named in passing after it; not when one of those is the subject of a clause of its
    own ("The firm said the regulator ruled that it …": either could be meant)."""
    actors = ctx.actors
    start = tok.sent.start
    found = None
    for t, idx in actors.mentions:
        if t < start or ctx.qid[t] != -1:
            continue
        if t >= tok.i:
            break
        kind = actors.actors[idx].kind
        if found is None:
            if kind not in ("organization", "group") or not is_subject(ctx, t):
                return None  # the sentence opens with someone or something else
            found = idx
        elif idx != found and kind in ("organization", "group", "person") and is_subject(ctx, t):
            return None
    return found


# A name in apposition starts this many tokens or fewer after its head ("One of them, Kai Mendez"):
# an apposition the parser hung further back is mostly a parse error.
_APPOS_GAP = 4


def is_subject(ctx: Context, t: int) -> bool:
    """Whether the mention starting at token ``t`` is a clause subject: as the actor table marks it, or
    a name opening a clause the parser ran into the line before ("READ MORE: … the victims" ¶
    "Bissonnette had a history …": the name hung on "victims", its verb right after it); a name in
    apposition to a subject ("One of them, Kai Mendez, says"). Answered once per mention and article:
    the resolvers ask it of every mention they walk back over."""
    found = ctx.subject_memo.get(t)
    if found is None:
        found = ctx.subject_memo[t] = _is_subject(ctx, t)
    return found


def _is_subject(ctx: Context, t: int) -> bool:
    actors, doc = ctx.actors, ctx.doc
    end = ctx.mention_end(t)
    last = doc[end]
    if t in actors.subjects:
        # "…, Mr. Tom Ode, the governor also appealed": the governor is the subject, not the name
        return not any(unclosed_apposition(c) for c in last.children)
    head = last.head
    anchor = last
    while t <= anchor.head.i <= end and anchor.head.i != anchor.i:
        anchor = anchor.head  # "Gareth ap Iorwerth": the parser hung the surname on the given name
    if anchor.dep_ == "appos" and _apposed_to_subject(ctx, anchor, t):
        return True
    if (
        anchor.dep_ == "appos"
        and anchor.head.dep_ in ("nsubj", "nsubjpass")
        and in_dateline(anchor.head, ctx)
        and not in_dateline(anchor, ctx)
    ):
        return True  # "ZURICH, June 3 (Reuters) - Swiss drugmaker Halbrecht Pharma said": the parser made the
        # dateline the subject and the name after it its apposition
    if (
        anchor.dep_ == "dobj"
        and anchor.head.i == t - 1
        and anchor.head.pos_ == "NOUN"
        and anchor.head.dep_ in ("nsubj", "nsubjpass")
    ):
        return True  # "Grizzlies coach Lamar Pettigrew … said": the parser made the name the title's object
    idx = actors.tok2actor.get(t)
    person = idx is not None and actors.actors[idx].kind == "person"
    if person and _named_after_a_title_run(ctx, t, last):
        return True  # "Member of Parliament for St Catherine Upper Eastern Juliet Ferron-Barnes, who …, said"
    if person and last.dep_ == "pobj" and head.dep_ == "agent" and _agent_of_thing(ctx, head.head):
        return True  # "The survey was led by Pierre-Luc Thériault", "Campaigners, led by Ezra Holt,"
    if last.dep_ == "attr" and head.lemma_ == "be":
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects or all(c.lower_ == "name" for c in subjects):
            return True  # "Among the victims was Hermann Schötzle", "Her name is Harpreet Dhillon"
    if last.dep_ == "conj" and _conjunct_subject(ctx, t, end, last, person):
        return True
    if _subject_by_position(ctx, t, end) or _name_the_subject_goes_by(ctx, t, last):
        return True
    if last.dep_ == "ROOT":
        # "Athletic director Ron Fitzgibbon, who hired Delahunt …, watched from the front row": the parser made the
        # name the root and hung the clause's finite verb on it, after the set-off clause (a past tense the tagger
        # read as a participle too)
        after = _after_set_off(ctx, end + 1)
        return (
            after > end + 1
            and after < len(doc)
            and doc[after].tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and doc[after].head.i == last.i
            and ctx.para_of[after] == ctx.para_of[t]
        )
    if ctx.para_of[last.head.i] == ctx.para_of[t]:
        return False
    after = _after_set_off(ctx, end + 1)  # "Dufresne, the reigning world champion, led …"
    return after < len(doc) and doc[after].pos_ in ("VERB", "AUX") and ctx.para_of[after] == ctx.para_of[t]


def _named_after_a_title_run(ctx: Context, t: int, last) -> bool:
    """ "Member of Parliament for St Catherine Upper Eastern Juliet Ferron-Barnes … said": a name the parser hung
    under the "of" or "for" of a capitalised title that is the clause's subject is that subject, when nothing but
    capitalised words and "of", "for" or "the" stand between the title and the name."""
    title = last
    while title.dep_ in ("pobj", "prep", "compound") and title.head.i != title.i and title.head.i < title.i:
        title = title.head
    if (
        title is last
        or title.dep_ not in ("nsubj", "nsubjpass")
        or not title.text[:1].isupper()
        or not heads_a_title_run(title)
    ):
        return False
    return title_run(ctx.doc[title.i + 1 : t])


def _conjunct_subject(ctx: Context, t: int, end: int, last, person: bool) -> bool:
    """Whether a name the parser made a conjunct (its last token ``last``) is a clause's subject all the same."""
    actors, doc = ctx.actors, ctx.doc
    first = last.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    # "Harpreet Sandhu, of Pinnacle Wealth, and Cyrus Bharucha both said": each is a subject
    if first.dep_ in ("nsubj", "nsubjpass") and first.i in actors.tok2actor:
        return True
    # "In Ogden, Utah, IRS processing clerk Harold Benning said …": a person's name the parser joined to the place
    # fronted before it, right before a finite verb with no subject of its own, is that verb's subject
    verb = doc[end + 1] if end + 1 < len(doc) else None
    if (
        person
        and verb is not None
        and verb.tag_ in ("VBD", "VBZ")
        and ctx.para_of[verb.i] == ctx.para_of[t]
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return True
    # "Everton had 21 shots to Palace's six, and Sarasola, who replaced caretaker Mick Farrow, was in no doubt":
    # the name the parser joined to the noun before "and", then a clause set off, then a finite verb with no subject
    after = _after_set_off(ctx, end + 1)
    return (
        person
        and end + 1 < after < len(doc)
        and doc[after].tag_ in ("VBD", "VBZ", "VBP")
        and ctx.para_of[after] == ctx.para_of[t]
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[after].children)
    )


def _name_the_subject_goes_by(ctx: Context, t: int, last) -> bool:
    """Whether the name at ``t`` is the one a subject left otherwise unnamed gave, inside the subject's own
    phrase ("a retired teacher from Carson City who gave only her first name, Carol, said …"): that person is
    the clause's subject (``NAMED_AS``)."""
    subject = next((a for a in last.ancestors if a.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        subject = _subject_the_parser_missed(last)
    if subject is None or subject.pos_ not in ("NOUN", "NUM", "PRON"):
        return False
    doc = ctx.doc
    phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
    hit = NAMED_AS.search(phrase.text)
    return hit is not None and phrase.start_char + hit.start(1) == doc[t].idx


def _subject_the_parser_missed(tok):
    """The noun above ``tok`` whose phrase runs right up to a finite verb that has no subject of its own ("That
    evening, at the Tākaro Hotel, a man at the bar who would only give his name as “Shorty” told me …", the parser
    having hung "a man" on the hotel): that verb's subject, or None."""
    doc = tok.doc
    for a in tok.ancestors:
        after = a.right_edge.i + 1
        if a.pos_ != "NOUN" or after >= len(doc):
            continue
        verb = doc[after]
        if verb.tag_ in FINITE_TAGS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
        ):
            return a
    return None


def _apposed_to_subject(ctx: Context, anchor, t: int) -> bool:
    """ "One of them, Kai Mendez, 19, says …": the name at ``t`` (hung on the parse by ``anchor``) in apposition to the
    subject; "Jenna Ostrowski and her husband, Sam Ostrowski, … say": to a subject joined to another; "Member of
    Parliament for St Elizabeth South Eastern, Dr Andrea Whyte-Campbell, said": to the subject whose field the parser
    hung it on the last word of, when the field names no one else ("A spokesman for the governor, Jared Kolbeck,"
    may name the governor)."""
    head = anchor.head
    if head.dep_ == "appos" and head.i < t and head.lower_.rstrip(".") in TITLES and head.text[:1].isupper():
        # "…, Hon. Gifty Owusu-Sarpong,": the parser made the title the apposition, the name its own
        if _apposed_to_subject_head(ctx, head.head, t):
            return True
    return _apposed_to_subject_head(ctx, head, t)


def _apposed_to_subject_head(ctx: Context, head, t: int) -> bool:
    """``_apposed_to_subject`` for the token ``head`` the name hangs on."""
    if _subject_or_joined_to_one(ctx, head, t):
        return 0 < t - head.i <= _APPOS_GAP or _set_off_after_its_field(head, t)
    field_head = _head_of_its_field(head)
    if field_head is head or any(_names_a_person(w.lower_) for w in ctx.doc[field_head.i + 1 : t]):
        return False
    return _subject_or_joined_to_one(ctx, field_head, t) and _set_off_after_its_field(field_head, t)


def _head_of_its_field(tok):
    """The common noun whose "of"/"for" phrase (or a chain of them) ends in ``tok`` ("Member" of "Member of Parliament
    for St Elizabeth South Eastern"), or ``tok`` (a name's "at the University of Bristol, UK" is no role's)."""
    head = tok
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.head.i:
        head = head.head.head
    if head is tok or head.ent_type_ or head.pos_ not in ("NOUN", "PROPN"):
        return tok  # a name's own phrase ("Daniel Okoro at the University of Bristol, UK")
    return head


def _set_off_after_its_field(head, t: int) -> bool:
    """Whether the name at ``t`` is set off after ``head``'s own "of" phrase and any titles ("The Iyaloja of the
    market, Chief (Mrs) Abike Salami,"): further than an apposition's usual gap, but nothing between is another
    person's ("the mother of the victim, Jane Doe," names the victim)."""
    doc = head.doc
    field = {w.i for c in head.children if c.dep_ == "prep" and c.i > head.i for w in c.subtree}
    for w in doc[head.i + 1 : t]:
        if w.is_punct or title_key(w.text) in TITLES:
            continue
        if w.i not in field or names_someone(w):
            return False
    return doc[t - 1].is_punct or title_key(doc[t - 1].text) in TITLES


def names_someone(tok) -> bool:
    """Whether ``tok`` in a role's "of"/"for" phrase is itself a person a name set off after the phrase could be:
    a person's name, a role, a relation or a word for one person ("the lawyer for the victim, Jane Doe," names the
    victim); a group is none ("the ruler of the community, X," is the ruler)."""
    low = tok.lemma_.lower()
    one_person = low in PEOPLE_NOUNS and low not in GROUP_NOUNS
    return tok.ent_type_ == "PERSON" or one_person or low in ROLE_NOUNS or low in RELATION_NOUNS


def _subject_or_joined_to_one(ctx: Context, tok, t: int) -> bool:
    """``tok`` is a clause subject, or joined by "and" to one that names a person of the other sex than the
    one named at ``t`` ("Jenna Ostrowski and her husband, Sam Ostrowski,": "he" can only be Sam; "Aaliyah
    Brooks-Tate and her point guard, Rowan Fitzgerald," leaves "she" to the first)."""
    if tok.dep_ in ("nsubj", "nsubjpass") or _root_with_its_verb_misread(tok):
        return True
    if tok.dep_ != "conj":
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    actors = ctx.actors
    other, this = actors.tok2actor.get(first.i), actors.tok2actor.get(t)
    if other is None or this is None:
        return False
    sexes = {actors.person_gender(other), actors.person_gender(this)}
    return None not in sexes and len(sexes) == 2


def _root_with_its_verb_misread(tok) -> bool:
    """A noun the parser made its sentence's root, the sentence's verb hung on it as a participle after a set-off
    name ("The sisters' mother, Janice Hartwell, watched from the front row": "watched" read as "mother"'s
    modifier): the noun is that verb's subject."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = tok.doc
    return any(
        c.dep_ == "acl"
        and c.tag_ in ("VBD", "VBN")
        and c.i > 0
        and doc[c.i - 1].text == ","
        and c.i > tok.i + 2
        for c in tok.children
    )


def _set_off_descriptor(tok) -> bool:
    """Whether ``tok`` is one lower-case noun for what a person is, right after a comma and before a name
    (", contortionist Samira Belkacem-Roy,", ", defenceman Luc Roy,"), where the parser may hang the name
    on the noun as its object."""
    doc = tok.doc
    return (
        tok.tag_ in ("NN", "VB", "VBP")  # the tagger reads a rare noun as a verb ("contortionist")
        and tok.is_alpha
        and tok.text.islower()
        and doc[tok.i - 1].text == ","
        and tok.dep_ in ("appos", "amod")
    )


def _after_set_off(ctx: Context, i: int) -> int:
    """The token after a phrase set off by commas that starts at ``i`` (the comma after a name), within its
    paragraph; ``i`` itself when no comma opens one there."""
    doc = ctx.doc
    if i >= len(doc) or doc[i].text != ",":
        return i
    for k in range(i + 1, min(len(doc), i + _SET_OFF_REACH)):
        if ctx.para_of[k] != ctx.para_of[i] or doc[k].text in CLAUSE_END or ctx.qid[k] != -1:
            return i
        if doc[k].text == ",":
            return k + 1
    return i


_SET_OFF_REACH = 40  # tokens an apposition or relative clause set off by commas may run


def line_start(tok) -> int:
    """Where ``tok``'s sentence starts within its line: the parser may run a sentence on from the paragraph
    before (over a closing quote mark and the break), which the words before the break are no part of."""
    doc, i = tok.doc, tok.i
    while i > tok.sent.start and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def _described_opening(doc, start: int) -> bool:
    """Whether only a description of the person opens the paragraph's sentence before the name: an owner or
    article, words that qualify, and a noun ("His former workmate Jimmy Kerrigan, who …, said", "The singer
    Ruairidh MacLeòid"), where the parser may hang the name anywhere."""
    words = doc[line_start(doc[start]) : start]
    return (
        1 < len(words) <= 5
        and words[0].lower_ in _DESCRIPTION_OPENERS
        and all(w.is_alpha and w.text.islower() for w in words[1:])
        and words[-1].tag_ in ("NN", "VBP")  # the tagger reads a rare noun as a verb ("workmate")
    )


# Words that open a description of one person before the name ("The singer …", "Her former coach …").
_DESCRIPTION_OPENERS = frozenset("the his her their our my".split())


# Prepositions inside a described subject before the name set off after it ("The chairman of the
# association, X,", "An official at the Civil Affairs Bureau, Chen Yuqing,", "the executive member in charge of
# markets, KHADC, Shaniah Marbaniang,"); not "for": the name after "A
# spokesman for the governor," is the spokesman's, and taking it for the subject ties "the governor" to him.
_DESCRIPTION_PREPOSITIONS = frozenset({"of", "at", "with", "from", "in", "on"})


def _reported(verb) -> bool:
    """A verb of the clause a cue reports ("said the move was made …"): what someone says, not the
    sentence's own action."""
    return verb.dep_ == "ccomp" and is_cue(verb.head)


def _agent_of_thing(ctx: Context, verb) -> bool:
    """A passive verb whose own subject (or the noun it qualifies) names no person: its "by" agent is
    who acted ("The survey was led by …"); not "Hale was fouled by Costigan", Hale the subject."""
    if _reported(verb):
        return False  # what someone says was done ("De Blasio said the move was made by Bratton")
    if verb.dep_ == "acl":
        patient = verb.head  # only a subject's description set off by commas ("Campaigners, led by …,");
        # not "the approach put forward by Trump", "the deal negotiated by Obama"
        if patient.dep_ not in ("nsubj", "nsubjpass") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
            return False
    else:
        patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if patient is None or patient.pos_ == "PRON":
        return False
    idx = ctx.actors.tok2actor.get(patient.i)
    return idx is None or ctx.actors.actors[idx].kind != "person"


def _subject_by_position(ctx: Context, t: int, end: int) -> bool:
    """A name the parser hung elsewhere that stands where a subject stands: opening the sentence or after
    a comma, then, bare or set off by commas, right before a finite verb that has no subject of its own
    after the name ("Reached by phone in Portree, Callum MacInnes, who runs the garage, said": the name
    hung on the town; "one of the tenants, Gareth Price, a bus driver, said": on "one" as a list). Not a
    name after a preposition ("In a letter to Martin Shaw, who chairs the trust, the minister said": a
    noun, not the verb, follows the commas), nor in what someone else says, nor when the verb's subject is
    someone named or a pronoun ("Ruth Hale, 61, the daughter of the founder, Agnes Whitby, said") or a
    word the name is not set off after."""
    doc = ctx.doc
    start = t
    while start > 0 and doc[start - 1].dep_ == "compound" and t <= doc[start - 1].head.i <= end:
        start -= 1  # a title the model left out of the name ("Chief Emeka Nwachukwu")
    descriptor = start > 1 and _set_off_descriptor(doc[start - 1])
    if descriptor:
        start -= 1  # "The youngest member of the troupe, contortionist Samira Belkacem-Roy, grew up"
    if (
        start > 0
        and doc[start - 1].text != ","
        and not doc[start].is_sent_start
        and not _described_opening(doc, start)
    ):
        return False
    k = end + 1
    if k < len(doc) and doc[k].text == ",":
        k = next(
            (
                j + 1
                for j in range(k, min(len(doc) - 1, k + _SET_OFF_REACH))
                if doc[j].text == "," and doc[j + 1].tag_ in FINITE_TAGS
            ),
            len(doc),
        )
    if k >= len(doc) or doc[k].tag_ not in FINITE_TAGS or doc[k].pos_ not in ("VERB", "AUX"):
        return False
    verb = doc[k]
    if ctx.para_of[k] != ctx.para_of[t] or any(ctx.qid[i] != -1 for i in range(t, k + 1)):
        return False
    if any(doc[i].is_sent_start for i in range(t + 1, k + 1)):
        return False
    if _reported(verb):
        return False  # what someone else says ("He said the business, run by Martin Legere, gave …")
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        # "Lupita Zavala-Huerta, who plays the youngest sister, Toñita, was not born": the subjects are born's
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(end < c.i < k or c.i in ctx.actors.tok2actor or c.lower_ in PRONOUNS for c in subjects):
        return False
    return not subjects or _set_off_after_subject(doc[end], subjects, start if descriptor else None)


def _set_off_after_subject(tok, subjects: list, descriptor: int | None) -> bool:
    """Whether the name ending at ``tok`` is set off after one of the verb's ``subjects``, one apposition or
    list item after another ("Outside court, Mr Marchetti's mother, Denise Marchetti, held"), or after
    the set-off noun at ``descriptor`` that the parser made the name's head."""
    while tok.head.i < tok.i:
        if tok.dep_ in ("appos", "conj") or descriptor in (tok.i, tok.head.i):
            tok = tok.head
        elif (
            tok.dep_ == "pobj"
            and tok.head.lower_ in _DESCRIPTION_PREPOSITIONS
            and tok.head.head.i < tok.head.i
        ):
            tok = tok.head.head  # "The chairman of the association, Chief Emeka Nwachukwu, said"
        else:
            return False
        if tok in subjects:
            return True
    return False


def unnamed_subject(ctx: Context, tok):
    """he/she right after an unnamed person was the subject: "A spokesperson for the agency said … “It is
    not too late,” she said." The nearest clause subject before the pronoun, in its sentence or the one
    before and outside quotes, when it is the subject of that sentence's main verb, a speech verb, and a
    singular common noun naming a person (a role or people noun) with no name in its phrase and no sex
    clash ("spokesman" … "she"); else None. A named person who is the nearer subject keeps the
    pronoun."""
    actors, doc = ctx.actors, ctx.doc
    low = tok.lower_
    if low not in MASCULINE_PRONOUNS and low not in FEMININE_PRONOUNS or not actors.sent_starts:
        return None
    before = narrated_sentence_before(ctx, actors.sent_index(tok.i))
    lo = max(actors.sent_starts[before], tok.i - _SUBJECT_LOOKBACK)
    chained = unnamed_on_purpose = False
    i = tok.i
    while i > lo:
        i -= 1
        t = doc[i]
        if ctx.qid[i] != -1 or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.lower_ in PRONOUNS or t.lower_ in RELATIVE_PRONOUNS:
            if not _heads_its_sentence(t):
                continue  # a side clause's ("who asked not to be named because she was not authorized")
            if not chained and _same_pronoun(low, t.lower_) and _unnamed_sentence(ctx, i) and i < tok.i - 1:
                # "The survivor, a 29-year-old man, was flown … He later spoke to SRF." ¶ "“…,” he said"
                chained = True
                # "A woman in a green raincoat has brought a lamp. She asks me not to use her name"
                unnamed_on_purpose = bool(_WITHHELD_NAME.search(t.sent.text))
                lo = max(actors.sent_starts[narrated_sentence_before(ctx, actors.sent_index(i))], lo - 200)
            continue
        if not _main_clause_verb(ctx, t.head):
            continue  # a side clause ("before the police arrived", "said flights would resume")
        if _behind_a_paragraph(ctx, i, tok):
            return None
        named = {actors.tok2actor.get(c.i) for c in t.subtree} - {None}
        if i + 2 < len(doc) and doc[i + 1].text == "," and (j := actors.tok2actor.get(i + 2)) is not None:
            named.add(
                j
            )  # "her daughter, Carol Whitcomb-Hayes of Rutland, testified": the parser hung it elsewhere
        if i in actors.tok2actor or any(actors.actors[j].kind == "person" for j in named):
            return None  # a person named as (or in) the nearer subject: the general resolver decides
        if t.tag_ in ("NNS", "NNPS") and not named:
            continue  # "her neighbours, she says, would never let her hear the end of it": no he or she
        return t if _unnamed_person(t, low, chained, unnamed_on_purpose) else None
    return None


def _unnamed_person(t, pronoun: str, chained: bool, unnamed_on_purpose: bool) -> bool:
    """Whether the main subject ``t`` is the unnamed person a he/she continues from: a singular noun naming a
    person, a trade or one described as a person, just introduced as saying something (or described so), of no
    other sex; or any noun for someone the article leaves unnamed at their own wish ("One resident, who declined
    to give her name …, summed up the mood")."""
    if t.lower_ in GROUP_NOUNS or _sex_clash(pronoun, t.lower_):
        return False  # "The community has asked …" ¶ "she says": a he or she is never a group
    if t.pos_ in ("NOUN", "NUM") and (unnamed_on_purpose or _withholds_their_name(t)):
        return True
    one = t.lower_ == "one" and t.pos_ == "NUM" and _described_as_a_person(t)  # "One regular, a retired …"
    if not one and (
        t.pos_ != "NOUN"
        or t.tag_ != "NN"
        or not (_names_a_person(t.lower_) or _a_trade(t) or _described_as_a_person(t))
    ):
        return False
    # only an unnamed person just introduced as saying something, or as a person
    return (not chained and is_cue(t.head)) or _described_as_a_person(t)


# A person's wish not to be named, as a relative clause or the next sentence puts it: "who declined to give her
# name", "who asked not to be named", "who spoke on condition of anonymity", "She asks me not to use her name".
_WITHHELD_NAME = re.compile(
    r"\b(declined|refused)\s+to\s+(give|be|provide|share)\b[^.;]{0,20}?\b(name|named|identified)\b|"
    r"\b(asked|requested|wished|preferred)\s+not\s+to\s+be\s+(named|identified)\b|"
    r"\b(did not|didn't|does not|doesn't)\s+want\s+(to\s+be\s+(named|identified)|(his|her|their)\s+(full\s+)?name)\b|"
    r"\bnot\s+to\s+(use|print|publish)\s+(his|her|their)\s+(full\s+)?name\b|"
    r"\b(condition of|requested|on) anonymity\b|\banonymously\b",
    re.IGNORECASE,
)


def _withholds_their_name(t) -> bool:
    """Whether a relative clause in ``t``'s phrase says the person asked not to be named (the parser may hang it
    on the phrase's last noun: "One mechanic on St. Anne's Road, who asked not to be named, said"), or the verb
    ``t`` is the subject of, when the parser made the relative clause's second verb the sentence's ("A woman who
    lives near the station and declined to give her name because she works for the county said …")."""
    if any(
        c.dep_ == "relcl" and _WITHHELD_NAME.search(" ".join(w.text for w in c.subtree)) for c in t.subtree
    ):
        return True
    verb = t.head
    return t.dep_ == "nsubj" and bool(_WITHHELD_NAME.match(verb.doc[verb.i : verb.i + _WITHHELD_WORDS].text))


_WITHHELD_WORDS = 8  # words of the verb's phrase read for the wish not to be named


def _behind_a_paragraph(ctx: Context, i: int, pron) -> bool:
    """Whether a whole paragraph of narration stands between the subject at ``i`` and the pronoun's own
    paragraph: the parser ran a heading or a link line into the next paragraph's sentence ("RELATED: Alberta
    energy minister says …" ¶ "Caroline Desjarlais, an analyst, wrote …" ¶ "“…,” she wrote"), and the
    subject it found there is not the one the pronoun continues from."""
    here, there = ctx.para_of[pron.i], ctx.para_of[i]
    if here - there < 2:
        return False
    doc = ctx.doc
    return any(
        there < ctx.para_of[j] < here and ctx.qid[j] == -1 and doc[j].is_alpha for j in range(i + 1, pron.i)
    )


def described_subject(ctx: Context, tok, depth: int = 0):
    """he/she right after a sentence whose subject is a definite description of a person ("The Italian
    was honest at the finish." ¶ "“…,” he said"; "the chief superintendent was careful"; "the mother
    stood in the hallway"): the description's head, when it is the nearest clause subject before the
    pronoun, in its sentence or the narrated one before and outside quotes, the subject of that
    sentence's main verb, with no name in its phrase and no sex clash. The caller resolves the description
    (a role's holder, the person an age or nationality describes) or leaves the quote unattributed: a
    name further back would skip the person the pronoun continues from. A he/she of the same sex that is
    that subject continues the chain: the description it follows, if any ("The union president said he
    would push …. He said the company …" ¶ "“…,” he said")."""
    actors, doc = ctx.actors, ctx.doc
    low = tok.lower_
    if low not in MASCULINE_PRONOUNS and low not in FEMININE_PRONOUNS or not actors.sent_starts:
        return None
    lo = actors.sent_starts[narrated_sentence_before(ctx, actors.sent_index(tok.i))]
    for i in range(tok.i - 1, lo - 1, -1):
        t = doc[i]
        if ctx.qid[i] != -1 or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        named = [c.i for c in t.subtree if _names_someone(ctx, c.i)]
        if named and (_main_clause_verb(ctx, t.head) or any(_is_a_person(ctx, i) for i in named)):
            return None  # a named subject, a person's even of a side clause: the general resolver's
        if named:
            continue  # a body's in a side clause ("when private equity firm Lakemont Partners bought it")
        if t.head.dep_ == "relcl" or t.lower_ in RELATIVE_PRONOUNS:
            continue  # a relative clause's unnamed subject
        main = _main_clause_verb(ctx, t.head)
        if main and t.lower_ in PRONOUNS:
            if depth < _CHAIN_DEPTH and _same_pronoun(low, t.lower_):
                return described_subject(ctx, t, depth + 1)  # the chain this pronoun continues
            return None
        if not main:
            continue  # a side clause's unnamed subject ("hoping to catch him when he returned")
        if actors.sent_index(i) == actors.sent_index(tok.i):
            return None  # "the crowd booed when he told them": the pronoun's own sentence names another
        if _behind_a_paragraph(ctx, i, tok):
            return None
        if t.tag_ in ("NNS", "NNPS") or t.lower_ in GROUP_NOUNS:
            return None
        if not with_the(t):
            return t if _relative_of_the_other_sex(t, low) else None
        words = description(t)
        # a title written with its capital counts ("The Premier did not answer …")
        named_by_role = t.pos_ in ("NOUN", "PROPN") and (
            _names_a_person(t.lower_) or t.lower_ in PARTY_MEMBER_NOUNS
        )
        if not (named_by_role or (words and describes_person(words, t))):
            return None
        return None if _sex_clash(low, t.lower_) else t
    return None


def _main_clause_verb(ctx: Context, verb) -> bool:
    """Whether ``verb`` is its sentence's main verb: the root, or a verb the parser hung on one in the paragraph
    before (“Nobody answered me.” ¶ "A spaza shop owner …, said …" read as one sentence)."""
    return verb.head.i == verb.i or ctx.para_of[verb.head.i] != ctx.para_of[verb.i]


def _relative_of_the_other_sex(t, pronoun: str) -> bool:
    """ "Her husband was quieter." ¶ "He said …": a relation whose owner is a pronoun of the other sex than
    the he/she that follows, which so cannot be the owner and continues from the relative ("His father was
    a steelworker. He said …" may be either man, and stays with the general resolver)."""
    rel = RELATION_NOUNS.get(t.lower_)
    owners = [c.lower_ for c in t.children if c.dep_ == "poss"]
    sex = pronoun_sex(pronoun)
    if rel is None or rel[1] != sex or len(owners) != 1:
        return False
    return pronoun_sex(owners[0]) not in (None, sex)


def _is_a_person(ctx: Context, i: int) -> bool:
    return ctx.actors.actors[ctx.actors.tok2actor[i]].kind == "person"


def _names_someone(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is part of a person's name, or of an organisation's that is not a modifier
    of the description: "the senator from Tulsa", "the Montana senator", "The Kansas Republican" and "The
    Hotshots mentor" are still descriptions."""
    idx = ctx.actors.tok2actor.get(i)
    if idx is None:
        return False
    kind = ctx.actors.actors[idx].kind
    if kind in ("place", "group"):
        return False  # "The Kansas Republican was unmoved": a party or a nation describes, it names no one
    tok = ctx.doc[i]
    return not (kind == "organization" and tok.dep_ in ("compound", "poss") and tok.head.i > i)


def narrated_sentence_before(ctx: Context, here: int) -> int:
    """The index of the sentence before sentence ``here`` that has words outside quotes (a quote the
    parser split off as a sentence of its own is skipped)."""
    k = here - 1
    while k > 0 and k > here - _QUOTED_SENTENCES and not has_narration(ctx, k):
        k -= 1
    return max(0, k)


# Sentences of quotation looked back over for the narration before them: a long quote split into
# sentences is a dozen, never hundreds (a bound, so a text of nothing but nested quotes is not read
# back to its start for every pronoun).
_QUOTED_SENTENCES = 40
# Tokens looked back over for an unnamed subject: the pronoun's sentence and the narrated one before.
_SUBJECT_LOOKBACK = 1000


def sentence_bounds(ctx: Context, k: int) -> tuple[int, int]:
    """The first token of sentence ``k`` and the one after its last."""
    starts = ctx.actors.sent_starts
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(ctx.doc)


def has_narration(ctx: Context, k: int) -> bool:
    """Whether sentence ``k`` has words outside quotes."""
    doc = ctx.doc
    a, b = sentence_bounds(ctx, k)
    return any(ctx.qid[i] == -1 and not (doc[i].is_punct or doc[i].is_space) for i in range(a, b))


def _sex_clash(pronoun: str, noun: str) -> bool:
    """ "she" for "a spokesman", "he" for "a woman" ("woman" ends in "man" too: no clash with "she")."""
    female = noun.endswith(("woman", "women"))
    male = not female and noun.endswith(("man", "men"))
    return (pronoun in FEMININE_PRONOUNS and male) or (pronoun in MASCULINE_PRONOUNS and female)


def _unnamed_sentence(ctx: Context, i: int) -> bool:
    """The pronoun at ``i`` is its sentence's main subject and no one is named in that sentence outside
    quotes ("He later spoke briefly to broadcaster SRF."; not "As for Trump, he said …")."""
    doc, actors = ctx.doc, ctx.actors
    if not _heads_its_sentence(doc[i]):
        return False
    sent = doc[i].sent
    return not any(
        ctx.qid[k] == -1 and (j := actors.tok2actor.get(k)) is not None and actors.actors[j].kind == "person"
        for k in range(sent.start, sent.end)
    )


def _heads_its_sentence(t) -> bool:
    """Whether a pronoun is the subject of its sentence's main verb, or opens its sentence: one opening it is its
    subject, wherever the parser hung the rest ("She asks me not to use her name; her neighbours …")."""
    return t.head.head.i == t.head.i or t.i == t.sent.start


def _same_pronoun(a: str, b: str) -> bool:
    """Two pronouns of one sex ("he" … "he", "she" … "her")."""
    return (a in MASCULINE_PRONOUNS and b in MASCULINE_PRONOUNS) or (
        a in FEMININE_PRONOUNS and b in FEMININE_PRONOUNS
    )


def _described_as_a_person(t) -> bool:
    """ "The survivor, a 29-year-old man,": an unnamed subject the article describes in apposition as a
    person of an age, sex or role, set off by a comma (not "the number his father wore", a relative clause the
    parser read as an apposition)."""
    return any(
        c.dep_ == "appos"
        and c.tag_ == "NN"
        and _names_a_person(c.lower_)
        and not c.ent_type_
        and c.left_edge.i > 0
        and t.doc[c.left_edge.i - 1].text == ","
        for c in t.children
    )


def _names_a_person(word: str) -> bool:
    return word in ROLE_NOUNS or word in PEOPLE_NOUNS or word.endswith(("person", "man", "woman"))


def _a_trade(t) -> bool:
    """ "A dispatcher for the transit authority": one person introduced by an indefinite trade noun."""
    return t.lower_ in OCCUPATION_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children
    )


def fronted_topic(ctx: Context, t: int) -> bool:
    """ "For Megan Ruiz, Friday is a day she has waited for", "As for Hale, he …": a name after a
    preposition that opens its sentence, set off by a comma, is the sentence's topic, whom a he/she after
    it means as it would mean a subject (not a subject named before it in the paragraph); a courtesy title may come
    between ("For Mrs Tolland, the damage is done")."""
    doc = ctx.doc
    end = ctx.mention_end(t)
    first = t - 1
    if first > 0 and doc[first].lower_.rstrip(".") in HONORIFICS:
        first -= 1
    if (
        first < 0
        or doc[first].lower_ not in TOPIC_PREPOSITIONS
        or end + 1 >= len(doc)
        or doc[end + 1].text != ","
    ):
        return False
    opener = first - 1 if first > 0 and doc[first - 1].lower_ == "as" else first
    return opener == ctx.sent_start_tok(t) or (opener > 0 and doc[opener - 1].is_space)


def _owner_of_the_turn(ctx: Context, t: int) -> bool:
    """ "Then it was Stranaghan-Kerr's turn", "This is Okafor's team now": a name owning what an empty "it" or "this"
    is said to be is whom the sentence is about, as a subject would be (the parser made "it" the subject)."""
    doc = ctx.doc
    last = doc[ctx.mention_end(t)]
    if last.dep_ == "case":
        last = last.head  # the mention may end on its "'s"
    owned = last.head
    if last.dep_ != "poss" or owned.dep_ != "attr" or owned.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in owned.head.children)


def _subject_of_participle(ctx: Context, t: int) -> bool:
    """ "Trethewey remembers Walter building his first boat": the name is the subject of a participle
    inside another clause, what someone saw or remembers, not the clause's own subject."""
    doc, end = ctx.doc, ctx.mention_end(t)
    verb = doc[end].head
    return doc[end].dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ in ("ccomp", "xcomp", "acl", "advcl")


def reported_by_another(ctx: Context, t: int, idx: int, pron) -> bool:
    """ "Kerr confirmed Dyer had suffered a strain. “It didn't look great,” he said.": a name that is the
    subject of speech another person reports (the clause a cue governs, the cue's subject a person of the
    article or a he/she) is what was said, not who is speaking; the pronoun after it goes on with the
    reporter. Not when the cue is the pronoun's own ("Schumer, he said, “knows …”"), nor across a
    paragraph break; a subject of a side clause inside the speech too ("… said the family had been told to expect a
    transplant by the time Eli turned 5")."""
    last = ctx.doc[ctx.mention_end(t)]
    if last.dep_ == "appos" and last.head.dep_ in ("nsubj", "nsubjpass"):
        last = last.head  # "Lau-Ferreira said her mother, Lau Mei-Fong, spent …": set off after the subject
    clause = last.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head  # "said the bill … and that Shrewsbury “knows that …”": the second thing said
    cue = clause.head
    # "Okonkwo-Hart said he did think Pettaway had lost his mind": a thought inside the speech, the speech above it
    for _ in range(2):
        if is_cue(cue) or cue.dep_ != "ccomp" or clause.dep_ != "ccomp":
            break
        clause, cue = cue, cue.head
    if last.dep_ in ("nsubj", "nsubjpass") and (clause.dep_ != "ccomp" or not is_cue(cue)):
        cue = _cue_above_a_side_clause(clause)  # "said the family … by the time Eli turned 5"
        if cue is None:
            return False
    elif last.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or not is_cue(cue):
        return False
    if cue == pron.head:
        return False
    return _reporter_named(ctx, cue, t, idx)


# The dependencies through which a side clause inside reported speech hangs on the speech's verb ("by the time
# Eli turned 5": relcl, pobj, prep, xcomp, up to the reported clause, a ccomp of the cue).
_SIDE_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "pobj", "prep", "xcomp", "conj", "ccomp"})
_SIDE_CLAUSE_STEPS = 6
_TIME_NOUNS = frozenset({"time", "day", "moment", "night", "morning", "week", "year", "point"})


def _cue_above_a_side_clause(clause):
    """The cue whose reported clause (its ccomp) holds the side clause ``clause`` deeper down, or None. Only a clause
    that tells when ("when Eli turned 5", "by the time Eli turned 5": an adverbial clause opened by its conjunction, or
    a relative one on a noun of time): one on a thing names whom it is about ("a figure Begaye-Tso disputed", which the
    parser may hang as an adverbial clause, "a message Leung sent")."""
    # (an adverbial clause's conjunction: "when", "after", "until")
    marked = clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)
    if not (marked or (clause.dep_ == "relcl" and clause.head.lemma_.lower() in _TIME_NOUNS)):
        return None
    node = clause
    for _ in range(_SIDE_CLAUSE_STEPS):
        if node.dep_ not in _SIDE_CLAUSE_DEPS or node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and is_cue(node.head):
            return node.head
        node = node.head
    return None


def _reporter_named(ctx: Context, cue, t: int, idx: int) -> bool:
    """Whether the subject of ``cue`` is a he/she or names a person other than ``idx``, in the paragraph of the
    name at ``t``."""
    actors = ctx.actors
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    for subj in subjects:
        if ctx.qid[subj.i] != -1 or ctx.para_of[subj.i] != ctx.para_of[t]:
            continue  # a reporter in another paragraph is a parse run over the break
        if subj.lower_ in MASCULINE_PRONOUNS or subj.lower_ in FEMININE_PRONOUNS:
            return True
        named = {actors.tok2actor.get(c.i) for c in subj.subtree} - {None, idx}
        return any(actors.actors[j].kind == "person" for j in named)
    if not subjects and ctx.para_of[cue.i] == ctx.para_of[t]:
        # the parser lost the cue's subject ("His former workmate Jimmy Kerrigan, who …, said MacAskill
        # had been …"): another person named before the cue in its paragraph's sentence reports
        named = {actors.tok2actor.get(i) for i in range(line_start(cue), cue.i) if ctx.qid[i] == -1} - {
            None,
            idx,
        }
        return any(actors.actors[j].kind == "person" for j in named)
    return False


def _inside_anothers_relative(ctx: Context, t: int, idx: int) -> bool:
    """Whether the mention at ``t`` is the subject of a clause inside a relative clause hung on another
    person's name ("Councilwoman Teresa Villarreal-Ochoa, whose district includes the neighborhood where
    Guadalupe Reyna was killed, said …": the sentence is about the councilwoman), or on a noun whose verb
    has another person as subject ("Beauchamp was one of the first patients Nahwegahbow saw")."""
    actors = ctx.actors
    tok = ctx.doc[ctx.mention_end(t)]
    for _ in range(12):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl":
            owner = actors.tok2actor.get(tok.head.i)
            if owner is None:
                owner = _subject_person_of(
                    ctx, _verb_above(tok.head)
                )  # "Beauchamp was one of the patients X saw"
            if owner is not None and owner != idx and actors.actors[owner].kind == "person":
                return True
        tok = tok.head
    return False


def _verb_above(tok):
    """The nearest verb above ``tok`` over nouns and prepositions ("was" above "patients" in "was one of the
    first patients"), within four steps; ``tok`` itself when there is none."""
    up = tok
    for _ in range(4):
        if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
            return up
        up = up.head
    return up


def _subject_person_of(ctx: Context, verb) -> int | None:
    """The person actor that is the subject of ``verb``, if any (for a relative clause hung on a noun that
    verb governs: "Beauchamp was one of the first patients Nahwegahbow saw")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and ctx.qid[c.i] == -1:
            # the subject's name, or the name in apposition to it ("Whitfield's mother, Bernadette Whitfield,
            # was among the first people Acevedo hugged")
            for w in (c, *(a for a in c.children if a.dep_ == "appos")):
                j = ctx.actors.tok2actor.get(w.i)
                if j is not None and ctx.actors.actors[j].kind == "person":
                    return j
    return None


def _modifier(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` modifies a noun after it ("the Surrey school district", "Surrey
    families"): a name used as a word of description is no one a he or she stands for when nothing says
    whether it is a man or a woman."""
    last = ctx.doc[ctx.mention_end(t)]
    return last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN"


def _object_of_same_pronoun(ctx: Context, t: int, pron) -> bool:
    """ "Asked what he would tell Mayor John Tory, he said": a name in a clause whose subject is the same
    pronoun, in the pronoun's sentence, is someone else than that pronoun's person."""
    doc = ctx.doc
    if ctx.actors.sent_index(t) != ctx.actors.sent_index(pron.i):
        return False
    head = doc[t].head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == pron.lower_ and c.i != pron.i and c.i < t
        for c in head.children
    )


def _addressed_by(ctx: Context, pron) -> set[int]:
    """People the pronoun's own verb is said to ("“…,” he told Rubio"; "she told Mayor Ana Ruiz"): the
    one spoken to is not the one speaking."""
    verb, found = pron.head, set()
    for c in verb.children:
        if c.i < pron.i:
            continue
        if c.dep_ in ("dobj", "dative"):
            found.add(c)
        elif c.dep_ == "prep" and c.lower_ == "to":
            found.update(g for g in c.children if g.dep_ == "pobj")
    return {ctx.actors.tok2actor[t.i] for t in found if t.i in ctx.actors.tok2actor}


def _talked_about(ctx: Context, pron) -> set[int]:
    """People the quotes beside the pronoun's cue speak of by name, as a subject, object or owner ("“…,” he
    said. “… Kane will be filthy on himself …”" after "Ambrose's vice-captain, Kane Duffield, dropped a
    chance"): the speaker is someone else. The quotes are those of the pronoun's sentence and the run of
    quote around it in its paragraph, up to narration; not a name said to someone ("“Thanks, Kane,”")."""
    doc, actors = ctx.doc, ctx.actors
    para, sent = ctx.para_of[pron.i], actors.sent_index(pron.i)

    def in_run(j: int) -> bool:
        return ctx.para_of[j] == para and (
            ctx.qid[j] != -1 or not doc[j].is_alpha or actors.sent_index(j) == sent
        )

    lo = pron.i
    while lo > 0 and pron.i - lo < _RUN_REACH and in_run(lo - 1):
        lo -= 1
    hi = pron.i
    while hi + 1 < len(doc) and hi - pron.i < _RUN_REACH and in_run(hi + 1):
        hi += 1
    found = set()
    for t, idx in actors.mentions:
        if not lo <= t <= hi or ctx.qid[t] == -1 or actors.actors[idx].kind != "person":
            continue
        if doc[ctx.mention_end(t, idx)].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"):
            found.add(idx)
    return found


_RUN_REACH = 300  # tokens of quote read on either side of a pronoun's cue


def pronoun_sex(word: str) -> str | None:
    """ "m" for he/him/his/himself, "f" for she/her/hers/herself, else None."""
    return "m" if word in MASCULINE_PRONOUNS else "f" if word in FEMININE_PRONOUNS else None


def resolve_pronoun(ctx: Context, tok) -> int | None:
    """The actor a pronoun refers to, or None (see ``resolve_pronoun_how``)."""
    return resolve_pronoun_how(ctx, tok)[0]


def resolve_pronoun_how(ctx: Context, tok, depth: int = 0) -> tuple[int | None, str]:
    """The actor a pronoun refers to, or None, and which step found it ("subject", "gender",
    "unknown gender", "group", "chain").

    he/she: the one an earlier he/she subject of the narration stands for, when no person who could be
    meant is named between them (``_chained_pronoun``); else the most recent person who is the subject
    of a clause in this or the three previous sentences and whose gender is not known to differ; else
    the most recent person of that gender; else the most recent person of unknown gender. they/we/it: a
    recent organisation or group.
    """
    actors = ctx.actors
    low = tok.lower_
    if low in GROUP_PRONOUNS:
        return _resolve_group(ctx, tok), "group"
    gender = pronoun_sex(low)
    if gender is None:
        return None, ""
    if (found := _found_before_the_search(ctx, tok, gender, depth)) is not None:
        return found
    here = actors.sent_index(tok.i)
    same_gender = unknown = None
    addressed = _addressed_by(ctx, tok) | _talked_about(ctx, tok)
    for t, idx in reversed(actors.mentions):
        if not _a_person_before(ctx, t, idx, tok, addressed):
            continue
        if t > 0 and (title := ctx.doc[t - 1].lower_.rstrip(".")) in TITLES and title not in HONORIFICS:
            # "Chief Ashkewe said" beside Chief Marlene Ashkewe and her brother: the one an office's title says (a
            # courtesy title's sex is read below)
            idx = sharer_meant(ctx, t, idx)
        # "Janelle's sister said the family has started a petition." ¶ "“…,” she said": the sister, never Janelle
        if (relative := _relative_owned_as_subject(ctx, t, idx, here, tok)) is not None:
            return relative
        a = actors.actors[idx]
        g = titled_sex(ctx, t) if " " not in a.name else None
        g = g or actors.person_gender(idx)
        if _ruled_out(ctx, t, a.name, g, gender, low):
            continue
        if (
            (
                is_subject(ctx, t)
                or fronted_topic(ctx, t)
                or owns_the_subject(ctx, t, idx)
                or _sole_person_described(ctx, t, idx, here)
                or _only_one_of_the_sex(ctx, t, idx, here, gender)
            )
            and here - actors.sent_index(t) <= 3
            and not _subject_of_participle(ctx, t)
            and not reported_by_another(ctx, t, idx, tok)
            and not _inside_anothers_relative(ctx, t, idx)
        ):
            return idx, "subject"
        if _object_of_same_pronoun(ctx, t, tok):
            continue
        if g == gender and same_gender is None:
            same_gender = idx
        elif g is None and unknown is None and not _modifier(ctx, t):
            unknown = idx
    if same_gender is not None:
        return same_gender, "gender"
    return unknown, "unknown gender"


def _ruled_out(ctx: Context, t: int, name: str, g: str | None, gender: str, low: str) -> bool:
    """Whether the person at mention ``t`` (of sex ``g``) cannot be the he or she ``low``: the other sex; one who
    declined to speak ("beside his friend Tom Alvarado, who declined to comment": not Tom); or a surname of no known
    sex, subject of a clause under the sentence's own subject ("Corrigan-Tate said … the spot where Wrenfield went
    under." ¶ "“…,” she said": not whom the sentence is about)."""
    if (g is not None and g != gender) or (low in ("he", "she") and _declined_to_speak(ctx, t)):
        return True
    return g is None and " " not in name and is_subject(ctx, t) and under_the_sentence_subject(ctx, t)


def sharer_meant(ctx: Context, t: int, idx: int) -> int:
    """The person a bare surname two people share means at mention ``t`` ("the elder Garba" beside Senator Haruna
    Garba and his son, "Chief Ashkewe" beside Chief Marlene Ashkewe and her brother), as the speaker rules read it;
    else ``idx``."""
    actor = ctx.actors.actors[idx]
    if actor.kind != "person" or " " in actor.name or ctx.surname_owner is None:
        return idx
    return ctx.surname_owner(
        ctx, ctx.doc[t], idx
    )  # (set where the context is built: speakers reads these rules)


def _found_before_the_search(ctx: Context, tok, gender: str, depth: int) -> tuple[int | None, str] | None:
    """What decides a he/she before the search for a recent person: an answer to a question put just before
    (``_answer_to_a_question``), a chain of earlier he/she (``_chain_answer``), a first-person writer's one
    companion (``_writers_companion``); None when none of them does."""
    if (answer := _answer_to_a_question(ctx, tok, gender)) is not None:
        return answer[0], "subject" if answer[0] is not None else ""
    if (relative := _relative_subject_before(ctx, tok, gender)) is not None:
        return relative, "kin"
    if (chained := _chain_answer(ctx, tok, gender, depth)) is not None:
        return chained, "chain"
    if (companion := _writers_companion(ctx, tok, gender)) is not None:
        return companion, "subject"
    return None


def _relative_subject_before(ctx: Context, tok, gender: str) -> int | None:
    """ "His brother was more critical of the planning. “…,” he said": a he/she cue right after a narrated sentence
    of its paragraph whose main subject is a relative owned by "his" or "her", with no one named since, means that
    relative as the article names them (``ctx.relative_holder``), when of the pronoun's sex; else None."""
    if tok.dep_ != "nsubj" or not is_cue(tok.head):
        return None
    here = ctx.actors.sent_index(tok.i)
    k = narrated_sentence_before(ctx, here)
    a, e = sentence_bounds(ctx, k)
    if k == here or ctx.para_of[a] != ctx.para_of[tok.i]:
        return None
    if any(ctx.qid[i] == -1 and i in ctx.actors.tok2actor and _is_a_person(ctx, i) for i in range(a, tok.i)):
        return None
    root = next((t for t in ctx.doc[a:e] if t.dep_ == "ROOT" and ctx.qid[t.i] == -1), None)
    subject = (
        next(
            (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATION_NOUNS),
            None,
        )
        if root is not None
        else None
    )
    if subject is None or not any(
        c.dep_ == "poss" and c.lower_ in _OWNERS_BY_PRONOUN for c in subject.children
    ):
        return None
    if RELATION_NOUNS[subject.lower_][1] not in (None, gender):
        return None
    holder = _relative_named_so(ctx, subject)
    if holder is None or ctx.actors.person_gender(holder) not in (None, gender):
        return None
    return holder


_OWNERS_BY_PRONOUN = frozenset({"his", "her"})
_ASKING_VERBS = frozenset("ask question press quiz".split())
_QUESTION_OPENERS = frozenset("whether if what why how when where who which".split())
_ANSWER_CUES = frozenset("reply answer respond retort counter".split())


def _answer_to_a_question(ctx: Context, tok, gender: str) -> tuple[int | None] | None:
    """A he/she whose quote opens the paragraph right after one that put a question to someone speaks the
    answer: the person asked ("Defence lawyer Ari Feldman asked Pelletier whether she had read the documents."
    ¶ "“Not every page, no,” she said."), when the pronoun may be that person; after a quoted question
    answered by a verb of answering ("“…?” Ms. Charbonneau asked." ¶ "“Never,” she replied."), not the asker
    but the one other person of the pronoun's sex named in the narration of the two paragraphs before, else
    no one. A (person or None) tuple; None when the pronoun answers no question (a question asked in a quote
    and followed by "she said" goes on with the one who asked: "“Go where?” she asked.")."""
    doc, actors = ctx.doc, ctx.actors
    start = ctx.para_start_tok(tok.i)
    if start == 0 or tok.dep_ not in ("nsubj", "nsubjpass") or not is_cue(tok.head):
        return None
    between = range(start, tok.i)
    if not any(ctx.qid[i] != -1 for i in between) or any(
        ctx.qid[i] == -1 and not (doc[i].is_punct or doc[i].is_space) for i in between
    ):
        return None  # the paragraph opens with the pronoun's quote, its cue right after it
    before = ctx.para_start_tok(start - 1)
    asks = [
        t
        for t in doc[before:start]
        if t.lemma_.lower() in _ASKING_VERBS and t.pos_ == "VERB" and ctx.qid[t.i] == -1
    ]
    asker = _subject_person_of(ctx, asks[-1]) if asks else None
    if asker is None:
        return None
    asked = _person_asked(ctx, asks[-1], gender)
    if asked is not None:
        return (asked,)
    question = any(doc[i].text == "?" and ctx.qid[i] != -1 for i in range(before, start))
    if not question or tok.head.lemma_.lower() not in _ANSWER_CUES:
        return None
    if actors.person_gender(asker) not in (None, gender):
        return None  # the asker is not whom the pronoun could mean anyway
    lo = ctx.para_start_tok(before - 1) if before else before
    others = {
        idx
        for t, idx in actors.mentions
        if lo <= t < start
        and ctx.qid[t] == -1
        and idx != asker
        and actors.actors[idx].kind == "person"
        and actors.person_gender(idx) == gender
    }
    return (next(iter(others)),) if len(others) == 1 else (None,)


def _person_asked(ctx: Context, verb, gender: str) -> int | None:
    """The person ``verb`` asks a question of ("asked Pelletier whether …"), when they may be ``gender``."""
    if not any(c.dep_ == "ccomp" and c.left_edge.lower_ in _QUESTION_OPENERS for c in verb.children):
        return None  # "asked Jones to resign" is a request, not a question
    for c in verb.children:
        if c.dep_ not in ("dobj", "dative"):
            continue
        j = ctx.actors.tok2actor.get(c.i)
        if (
            j is not None
            and ctx.actors.actors[j].kind == "person"
            and ctx.actors.person_gender(j) in (None, gender)
        ):
            return j
    return None


def _writers_companion(ctx: Context, tok, gender: str) -> int | None:
    """A first-person writer's "I walked up the hill behind Frikkie. He stopped four times.": he/she opening the
    sentence after one whose subject is the writer ("I", "we") and which names one person only, of no other sex, is
    that person (the writer is never "he"); None when the sentence names no one or two, or someone is named between."""
    actors, doc = ctx.actors, ctx.doc
    if tok.dep_ not in ("nsubj", "nsubjpass") or not actors.sent_starts:
        return None
    here = actors.sent_index(tok.i)
    start = actors.sent_starts[here]
    if any(i in actors.tok2actor for i in range(start, tok.i)):
        return None
    before = narrated_sentence_before(ctx, here)
    if before == here:
        return None
    a = actors.sent_starts[before]
    b = actors.sent_starts[before + 1] if before + 1 < len(actors.sent_starts) else len(doc)
    root = next((t for t in doc[a:b] if t.dep_ == "ROOT"), None)
    if root is None or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children):
        return None
    people = {
        j
        for i in range(a, b)
        if ctx.qid[i] == -1
        and (j := actors.tok2actor.get(i)) is not None
        and actors.actors[j].kind == "person"
    }
    if len(people) != 1:
        return None
    (idx,) = people
    return (
        idx if actors.person_gender(idx) in (None, gender) and ctx.para_of[a] == ctx.para_of[tok.i] else None
    )


def titled_sex(ctx: Context, t: int) -> str | None:
    """The sex a courtesy title gives the mention at ``t`` of a bare surname ("Mrs Mulcahy" where Eoin and Bridget
    Mulcahy share it, and "Mr Mulcahy" was written of him): the title says which of them this one is."""
    doc = ctx.doc
    return title_gender(doc[t].text) or (title_gender(doc[t - 1].text) if t > 0 else None)


def _only_one_of_the_sex(ctx: Context, t: int, idx: int, here: int, gender: str) -> bool:
    """ "Ahmed Karim rides Delmore every morning with his daughter, Layla Karim, 12." ¶ "“…,” she said": in the
    narrated sentence just before the pronoun's, whose subject is a person of the other sex, the one person of
    the pronoun's sex (known, and no one else of it or of no known sex named there) is whom it stands for."""
    actors = ctx.actors
    sent = actors.sent_index(t)
    if actors.person_gender(idx) != gender or sent != narrated_sentence_before(ctx, here):
        return False
    people = {
        j: u
        for u, j in actors.mentions
        if actors.sent_index(u) == sent and ctx.qid[u] == -1 and actors.actors[j].kind == "person"
    }
    subjects = [j for j, u in people.items() if is_subject(ctx, u)]
    return (
        bool(subjects)
        and all(actors.person_gender(j) not in (None, gender) for j in subjects)
        and all(actors.person_gender(j) not in (None, gender) for j in people if j != idx)
    )


def _a_person_before(ctx: Context, t: int, idx: int, tok, addressed: set) -> bool:
    """Whether the mention at ``t`` is a person's before the pronoun ``tok`` that it may stand for: not one the
    pronoun's sentence addresses or talks about, and not inside someone else's quote (a name there is rarely the
    speaker)."""
    if t >= tok.i or idx in addressed or ctx.actors.actors[idx].kind != "person":
        return False
    return ctx.qid[t] == -1 or ctx.qid[t] == ctx.qid[tok.i]


def _relative_owned_as_subject(
    ctx: Context, t: int, idx: int, here: int, tok
) -> tuple[int | None, str] | None:
    """(the relative, "kin") when the mention at ``t``, in the narrated sentence just before the pronoun's or in its
    own, owns by its possessive a kin noun that is the main clause's subject ("Janelle's sister said …" ¶ "“…,” she
    said"): the pronoun stands for the relative the article names so (``ctx.relative_holder``, ``kin.kin_holder``), of
    its sex, not the owner; else None (the resolver reads on as before)."""
    owned = owned_subject(ctx, t, idx)
    if owned is None or owned.lower_ not in RELATION_NOUNS or ctx.qid[t] != -1 or owned.head.dep_ != "ROOT":
        return None  # (a clause's only: "… since April, after Tessa's previous partner retired" is about her)
    if ctx.actors.sent_index(t) not in (here, narrated_sentence_before(ctx, here)):
        return None
    holder = _relative_named_so(ctx, owned)
    sex = ctx.actors.person_gender(holder) if holder is not None else None
    if holder is None or holder == idx or (sex is not None and pronoun_sex(tok.lower_) not in (None, sex)):
        return None  # (no one named so, or not of the pronoun's sex: "Asante’s daughter is four." ¶ "“…,” he said")
    return holder, "kin"


def _relative_named_so(ctx: Context, kin) -> int | None:
    """The one the article names as the relative the kin noun ``kin`` stands for (``ctx.relative_holder``,
    ``kin.kin_holder``), or None; None too inside such a lookup, which reads pronouns itself (no second lookup inside
    it: ``Context.reading_kin``)."""
    if ctx.reading_kin or ctx.relative_holder is None:
        return None
    ctx.reading_kin = True
    try:
        return ctx.relative_holder(ctx, kin)
    finally:
        ctx.reading_kin = False


def owned_subject(ctx: Context, t: int, idx: int):
    """The clause subject the mention at ``t`` owns by its possessive ("Chernihivoblenergo's press service
    said", "Moreau's biggest save came"), or None."""
    end = ctx.doc[ctx.mention_end(t, idx)]
    if end.dep_ == "case" and end.i > t:
        end = end.head  # the model took the "’s" into the name ("Cody Olfert’s" tagged whole)
    owned = end.head
    return owned if end.dep_ == "poss" and owned.dep_ in ("nsubj", "nsubjpass") else None


def owns_the_subject(ctx: Context, t: int, idx: int) -> bool:
    """ "Moreau's biggest save came with 40 seconds left, when he sprawled to rob Ethan Hollins": the person
    whose possessive owns the main clause's subject is what the sentence is about; not when the subject's
    words name a person ("Smith's lawyer argued …", "Larchmont's co-founder and CTO": the sentence is about
    them) or the parser left the clause no verb. The description resolver reads it too
    (``roles.recent_role_free_person``: "Cody Olfert’s rink … beat …" ¶ "“…,” said the 29-year-old skip")."""
    owned = owned_subject(ctx, t, idx)
    if owned is None or owned.head.dep_ != "ROOT":
        return False
    root = owned.head
    if root.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "dobj" for c in root.children):
        return (
            False  # a root with a subject and an object is the clause's verb, whatever the tagger read ("Cody
        )
        # Olfert’s rink from Wheatley beat defending champion …", "beat" a noun); no other root is
    return not any(
        _names_a_person(w.lower_) or w.lower_ in OCCUPATION_NOUNS or w.lower_ in RELATION_NOUNS
        for w in owned.subtree
    )


def _sole_person_described(ctx: Context, t: int, idx: int, here: int) -> bool:
    """The one person of the narrated sentence just before the pronoun's, named with a "who" clause on the
    name: the sentence is about them, whatever the name's place in it ("That set up Villanueva, who had
    missed an extra point in the first half." ¶ "“…,” he said")."""
    actors, doc = ctx.actors, ctx.doc
    end = ctx.mention_end(t, idx)
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "who":
        return False
    if t > 0 and doc[t - 1].lower_ in ("from", "of", "in", "at", "near"):
        return False  # "Sonam Dorji, 41, from Laya, who has guided …": a home the model took for a name
    sent = actors.sent_index(t)
    if sent >= here or narrated_sentences_between(ctx, sent, here) > 1:
        return False  # a sentence before the pronoun's, not its own ("President Obama, who he said was …")
    start = t  # the sentence as written: the parser may run the one before into it past a quote's full stop
    while start > actors.sent_starts[sent] and doc[start - 1].text not in (".", "!", "?"):
        start -= 1
    others = {
        j
        for u, j in actors.mentions
        if start <= u
        and actors.sent_index(u) == sent
        and ctx.qid[u] == -1
        and actors.actors[j].kind == "person"
    }
    return others == {idx}


_WHO_REACH = 7  # tokens after a name within which a "who" clause may still be about it

# What someone declines or refuses to do that means they said nothing ("declined to comment").
_SILENT_OBJECTS = frozenset({"comment", "speak", "talk", "interview", "elaborate", "respond"})


def _declined_to_speak(ctx: Context, t: int) -> bool:
    """Whether the person named at ``t`` is said to have said nothing: the subject of "declined to
    comment" (or "refused to speak", "declined to be interviewed"), itself or in a "who" clause on the name
    ("his friend Tom Alvarado, another survivor, who declined to comment"), or of "could not be reached"."""
    doc = ctx.doc
    end = ctx.mention_end(t)
    root = doc[end]
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    for w in (root, *(c for c in root.children if c.dep_ == "appos")):
        verbs += [c for c in w.children if c.dep_ == "relcl"]
    # a "who" clause after a description set off after the name, however the parser hung it ("his friend
    # Tom Alvarado, another survivor, who declined to comment")
    for k in range(end + 1, min(len(doc), end + _WHO_REACH)):
        if k in ctx.actors.tok2actor or doc[k].text in (".", ";", "\n\n") or ctx.qid[k] != -1:
            break
        if doc[k].lower_ == "who" and doc[k - 1].text == "," and doc[k].head.dep_ == "relcl":
            verbs.append(doc[k].head)
            break
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in ("decline", "refuse") and any(
            c.dep_ == "xcomp" and (c.lemma_.lower() in _SILENT_OBJECTS or _be_interviewed(c))
            for c in verb.children
        ):
            return True
        if lemma == "reach" and any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


def _be_interviewed(verb) -> bool:
    """ "(declined) to be interviewed": the verb, or the passive's participle under it."""
    return verb.lemma_.lower() == "interview" or any(c.lemma_.lower() == "interview" for c in verb.children)


_CHAIN_DEPTH = 8  # pronouns followed back through earlier pronouns at most


def _chain_answer(ctx: Context, tok, gender: str, depth: int) -> int | None:
    """Whom the earlier pronoun a he/she follows (``_chained_pronoun``) stands for, when it was found by
    more than a guess at an unknown gender; else None."""
    if depth >= _CHAIN_DEPTH or (prior := _chained_pronoun(ctx, tok, gender)) is None:
        return None
    idx, how = resolve_pronoun_how(ctx, prior, depth + 1)
    return idx if how != "unknown gender" else None


def _chained_pronoun(ctx: Context, tok, gender: str):
    """The nearest earlier "he" or "she" of ``tok``'s gender that is the subject of a narrated sentence
    (``_narrating``) in this or the three previous sentences, with no person who could be meant named between them
    ("Pangnirtung Mayor Leesee Kilabuk said …" ¶ "She credited the health workers …" ¶ "“…,” she said":
    the second "she" is whom the first stands for, however far back that name is); else None."""
    actors, doc = ctx.actors, ctx.doc
    word = "he" if gender == "m" else "she"
    lo = actors.sent_starts[max(0, actors.sent_index(tok.i) - 3)]
    between: list[int] = []  # people who could be meant, named after the earlier pronoun
    for i in range(tok.i - 1, lo - 1, -1):
        idx = actors.tok2actor.get(i)
        if idx is not None and ctx.qid[i] == -1 and actors.actors[idx].kind == "person":
            # (a bare surname two people share is of the sex its courtesy title says: "For Mrs Tolland, …")
            sex = titled_sex(ctx, i) if " " not in actors.actors[idx].name else None
            if (sex or actors.person_gender(idx)) in (None, gender) and not (
                tok.lower_ in ("he", "she") and _declined_to_speak(ctx, i)
            ):
                between.append(i)
        t = doc[i]
        if t.lower_ == word and t.dep_ in ("nsubj", "nsubjpass") and ctx.qid[i] == -1 and _narrating(t):
            # "She noted that the commissions paid for the program that Sheriff Dale Renner launched": a name
            # inside what the pronoun's own verb reports is no rival, unless it speaks or answers there
            reported = {w.i for w in t.head.subtree}
            return t if all(j in reported and not _answers(doc[j]) for j in between) else None
        if between and actors.sent_index(i) < actors.sent_index(between[0]):
            return None  # a rival named in a later sentence than any pronoun found so far
    return None


def _answers(tok) -> bool:
    """Whether the name at ``tok`` is the subject of a verb of speaking or of answering ("a figure Begaye-Tso
    disputed", "though Ferreira-Kwan acknowledged outside court that …"): someone the next quote may be
    from, so a rival to the pronoun's chain."""
    name = tok
    for _ in range(_NAME_WORDS):
        if name.dep_ not in ("compound", "flat"):
            break
        name = name.head  # "Dale" of "Dale Renner" to the name's last word
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return is_cue(name.head) or name.head.lemma_.lower() in _ANSWERING_VERBS


_ANSWERING_VERBS = frozenset("dispute contest reject challenge rebut refute counter disagree".split())
_NAME_WORDS = 3  # words climbed inside a name to its last


def _narrating(pron) -> bool:
    """Whether a pronoun is the subject of the narration: of its sentence's main verb (or one joined to
    it), or opening its sentence however the parser hung the verb; never of a cue with a quote in its
    sentence (which other rules attribute; "She said co-ops that survive …", reported speech with no
    quote, narrates) nor in a clause of reported speech ("said … that he would install a camera", whose
    subject the reporting may decide)."""
    verb = pron.head
    if is_cue(verb) and _quote_in_paragraph(pron):
        return False
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or pron.i == pron.sent.start


_OPENING_MARKS = frozenset({"“", "”", '"', "‘"})


def _quote_in_paragraph(tok) -> bool:
    """Whether a quotation mark stands in ``tok``'s sentence, within its paragraph (the parser may run a
    sentence across a paragraph break, from the closing mark of the quote before)."""
    doc, sent = tok.doc, tok.sent
    i = line_start(tok)
    while i < sent.end and "\n" not in doc[i].text:
        if doc[i].text in _OPENING_MARKS:
            end = _title_in_marks(doc, i)
            if end is None:
                return True
            i = end  # the “Second Start” program: a name in quotation marks, no one's words
        i += 1
    return False


def _title_in_marks(doc, i: int) -> int | None:
    """The closing mark's index when the marks opening at ``i`` hold a short run of capitalised words (a
    title or a name: “Second Start”, “The Pit”), else None."""
    for j in range(i + 1, min(len(doc), i + 8)):
        if doc[j].text in _CLOSING_MARKS:
            inner = [w for w in doc[i + 1 : j] if w.is_alpha]
            return j if inner and all(w.text[:1].isupper() for w in inner) else None
    return None


_CLOSING_MARKS = frozenset({"”", '"', "’"})


def resolve_description(ctx: Context, tok, skip: frozenset[int] = frozenset()) -> int | None:
    """The person a definite description ("the 24-year-old") refers to: the most recent person who is
    a clause subject, or a sentence's topic ("For Ashworth, …"), in this or the three previous sentences
    (sentences of quote alone not counted, nor those a he or she of the person's sex is the subject of with no one else
    named or described since: they go on about them), outside other quotes, other than the people in ``skip``; else
    None."""
    actors = ctx.actors
    here = actors.sent_index(tok.i)
    own = actors.tok2actor.get(tok.i)
    for t, idx in reversed(actors.mentions):
        if t >= tok.i or ctx.qid[t] != -1 or actors.actors[idx].kind != "person" or idx == own or idx in skip:
            continue
        there = actors.sent_index(t)
        away = narrated_sentences_between(ctx, there, here)
        # (the sentences that go on about the person are read only when they could bring them back into reach)
        if away > 3 and away - _told_by_pronoun_between(ctx, there, here, idx) > 3:
            return None
        if _speaks_of(ctx, t, tok):
            continue  # "“…,” Ferraro said of the rookie." ¶ "“…,” the rookie said": the rookie is another
        if is_subject(ctx, t) and reported_by_another(ctx, t, idx, tok):
            continue  # "he said through a translator that Andre was “a good boy …”" ¶ "“…,” the Cuban said"
        if is_subject(ctx, t) and under_the_sentence_subject(ctx, t):
            continue  # "Veteran center Luis Ferreira … drew a charge … that coach Tamara Welch argued should have
            # been a block." ¶ "“…,” the 35-year-old said": whom the sentence is about
        if _description_beside(ctx, t, idx, tok):
            continue  # "But Ashdown-Price broke back, and the Spaniard's first serve deserted him" ¶ "“…,” the Spaniard
            # admitted": the sentence gave the description to someone beside its subject
        if (
            is_subject(ctx, t)
            or fronted_topic(ctx, t)
            or _owner_of_the_turn(ctx, t)
            or _introduced_by_a_who_clause(ctx, t, idx)
            or _set_off_after_a_subject_noun(ctx, t, idx)
        ):
            if _untagged_name_subject_between(ctx, ctx.mention_end(t, idx) + 1, tok.i):
                return None  # "Lachance, who had hammer, came up light …" ¶ "“…,” the 33-year-old said": a name the
                # model missed was the subject since
            return idx  # "For Ashworth, who scored the opener, it was …" ¶ "“…,” the 31-year-old said"
    return None


def _told_by_pronoun_between(ctx: Context, first: int, last: int, idx: int) -> int:
    """How many sentences after sentence ``first`` and before sentence ``last`` have a he or she of person ``idx``'s
    sex for a subject outside quotes ("Chloe Brennan-Taufa has lost count … She has applied for 19. ¶ Twice, she says,
    an agent rang her …"): the narration still on ``idx``, which does not put them out of a description's reach. 0
    when ``idx``'s sex is not known or the sentences name or describe anyone else."""
    actors, doc = ctx.actors, ctx.doc
    pronoun = {"f": "she", "m": "he"}.get(actors.person_gender(idx) or "")
    if pronoun is None or first + 1 >= last:
        return 0
    lo, hi = sentence_bounds(ctx, first + 1)[0], sentence_bounds(ctx, last)[0]
    if any(lo <= t < hi and j != idx and actors.actors[j].kind == "person" for t, j in actors.mentions):
        return 0  # someone else named since: the he or she may be theirs
    if any(
        _subject_outside_quotes(ctx, i) and doc[i].pos_ == "NOUN" and with_the(doc[i]) for i in range(lo, hi)
    ):
        return 0  # someone described since ("The 28-year-old, who was born in Kostelec, met reporters"): the he may be
        # theirs
    return sum(
        any(
            _subject_outside_quotes(ctx, i) and doc[i].lower_ == pronoun
            for i in range(*sentence_bounds(ctx, k))
        )
        for k in range(first + 1, last)
    )


def _subject_outside_quotes(ctx: Context, i: int) -> bool:
    return ctx.doc[i].dep_ in ("nsubj", "nsubjpass") and ctx.qid[i] == -1


def _description_beside(ctx: Context, t: int, idx: int, tok) -> bool:
    """Whether the sentence of the mention at ``t`` writes the same definite description ("the Spaniard") outside quotes
    for someone else: not set off beside the name ("Zubeldia, the Spaniard, …") nor run before it ("the Spaniard Iker
    Zubeldia"), so a noun two people in one sentence cannot share ("Ashdown-Price broke back, and the Spaniard's serve
    deserted him")."""
    sent = ctx.doc[t].sent
    words = description(tok)
    if words is None or tok.i in range(sent.start, sent.end):
        return False
    end = ctx.mention_end(t, idx)
    head = _name_head(ctx, t)
    beside = [c for c in head.children if c.dep_ == "appos"]
    for u in sent:
        if u.lower_ != tok.lower_ or ctx.qid[u.i] != -1 or t <= u.i <= end:
            continue
        if (description(u) or "").lower() != words.lower():
            continue  # "A Lagos-based economist, Dr. Folake Adeyemi-Bello,": no definite description of another
        if (
            any(c.left_edge.i <= u.i <= c.right_edge.i for c in beside)
            or t <= u.head.i <= end
            or u.i == head.i
        ):
            continue  # (the name set off after it: "The Assemblyman for the area, Mr Abdul-Rahman Issahaku,")
        return True
    return False


def _name_head(ctx: Context, t: int):
    """The token the mention at ``t`` hangs on the parse by, through the words of its name and an apposition."""
    head = ctx.doc[t]
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    return head


def _subject_of_a_clause(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` is the subject of a clause describing a noun of its sentence or set under its verb,
    not of the sentence ("Veteran center Luis Ferreira … drew a charge … that Nashville coach Tamara Welch argued should
    have been a block"; "Shanique Brissett scored with 11 seconds remaining as Kingston Sapphires edged …")."""
    head = _name_head(ctx, t)
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ in ("relcl", "acl", "advcl")


def under_the_sentence_subject(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` is the subject of a clause inside its sentence after a person named as the
    sentence's own subject, or, for a clause of time or cause, a he or she as the subject of its main verb ("He said he
    found out on Monday, when Desjardins-Kerr called him into his office": the sentence is about him), outside
    quotes."""
    if not _subject_of_a_clause(ctx, t):
        return False
    actors = ctx.actors
    start = ctx.doc[t].sent.start
    if _name_head(ctx, t).head.dep_ == "advcl" and any(
        u.dep_ == "nsubj" and u.head.dep_ == "ROOT" and u.lower_ in ("he", "she") and ctx.qid[u.i] == -1
        for u in ctx.doc[start:t]
    ):
        return True  # (not a clause describing a noun: "She read out a message Leung sent": Leung wrote it)
    return any(
        start <= u < t
        and ctx.qid[u] == -1
        and actors.actors[j].kind == "person"
        and " " in actors.actors[j].name  # (a person named in full: "The Miss Odile leaves …" is a boat)
        and is_subject(ctx, u)
        and not _subject_of_a_clause(ctx, u)
        for u, j in actors.mentions
    )


def _set_off_after_a_subject_noun(ctx: Context, t: int, idx: int) -> bool:
    """ "Only one passer, Ohio Valley's Dmitri Vance, went in the top 10": a name set off in apposition to a common
    noun that is the clause's subject is whom the clause is about."""
    last = ctx.doc[ctx.mention_end(t, idx)]
    head = last.head
    return (
        last.dep_ == "appos"
        and head.i < t
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.pos_
        not in ("PROPN", "PRON")  # (a common noun, which the tagger may read as an adjective: "passer")
        and head.is_lower
        and ctx.actors.tok2actor.get(head.i) is None
    )


def _untagged_name_subject_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a capitalised singular proper noun of no actor, no entity of another kind and no article ("Lachance"; not
    "the Gold") is the subject of a clause of the narration between ``start`` and ``end``, outside quotes and not in
    what a cue reports."""
    doc, actors = ctx.doc, ctx.actors
    for w in doc[start:end]:
        if (
            w.dep_ == "nsubj"
            and w.pos_ == "PROPN"
            and w.tag_ == "NNP"
            and w.is_title
            and w.head.dep_ not in ("ccomp", "xcomp")  # "said the Gold would …": what was said, not who acts
            and not any(c.dep_ == "det" for c in w.children)  # "the Gold": a team, never a person
            and ctx.qid[w.i] == -1
            and w.i not in actors.tok2actor
            and w.ent_type_ in ("", "PERSON")
            and not any(c.dep_ == "compound" for c in w.children if c.i in actors.tok2actor)
        ):
            return True
    return False


def _introduced_by_a_who_clause(ctx: Context, t: int, idx: int) -> bool:
    """ "Much of the digging has fallen to graduate students such as Amara Nwosu, who spent this summer …" ¶
    "“…,” the 24-year-old said": a person named for the first time with a "who" clause of their own, in a
    sentence no person is the subject of, is whom the narration turned to."""
    doc, actors = ctx.doc, ctx.actors
    end = ctx.mention_end(t, idx)
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "who":
        return False  # (read first: the cheap test most mentions fail, before the scans below)
    if doc[end].dep_ == "appos":
        return False  # "The CM also took a dig at his nephew, Vikram Deshmukh, who …": the CM's sentence
    if any(u < t for u, j in actors.mentions if j == idx):
        return False
    if any(_person_subject(w) for w in doc[t].sent if w.dep_ == "nsubj" and w.head.dep_ == "ROOT"):
        return False
    sent = actors.sent_index(t)
    return not any(
        actors.sent_index(u) == sent and actors.actors[j].kind == "person" and is_subject(ctx, u)
        for u, j in actors.mentions
        if u != t and ctx.qid[u] == -1
    )


def _person_subject(w) -> bool:
    """A main subject that is a person's: he or she, a name, a role or a person's noun ("The CM")."""
    return w.lower_ in ("he", "she", "i", "we") or w.pos_ == "PROPN" or person_word(w)


def person_of_age(ctx: Context, words: str, tok) -> int | None:
    """The one person the article gave the age a description states ("Dean Mulvaney, 44, pleaded guilty
    …" ¶ "The 44-year-old, who briefly addressed the court, said"): by a number set off after the name
    ("Mulvaney, 44,", "Mulvaney (44)", "Mulvaney, aged 44,") or the age right before it ("the 44-year-old
    Dean Mulvaney"), outside quotes and before the description. Stated for the description's person, the
    age outweighs who was the last subject; None when no one or several were given it."""
    age = age_in(words)
    if age is None:
        return None
    aged = {idx for idx, ages in stated_ages(ctx, tok).items() if age in ages}
    return aged.pop() if len(aged) == 1 else None


def age_in(words: str) -> str | None:
    """The age a description states ("24" of "24-year-old"), or None."""
    found = AGE_WORD.search(words)
    if found is None:
        return None
    number = found.group(0).lower()[: -len("-year-old")]
    return SPELT_NUMBERS.get(number, number)  # "nine-year-old": 9


def stated_ages(ctx: Context, tok, certain: bool = False) -> dict[int, set[str]]:
    """The ages the article gives people before ``tok``, outside quotes: a number set off after the name
    ("Mulvaney, 44,", "Mulvaney (44)", "Mulvaney, aged 44,") or the age right before it ("the 44-year-old Dean
    Mulvaney"); with ``certain``, not a number in brackets, which may be a player's shirt."""
    doc, actors = ctx.doc, ctx.actors
    ages: dict[int, set[str]] = {}
    for t, idx in actors.mentions:
        if t >= tok.i or ctx.qid[t] != -1 or actors.actors[idx].kind != "person":
            continue
        end = ctx.mention_end(t, idx)
        after = [w.lower_ for w in doc[end + 1 : end + 4]]
        before = doc[max(0, t - 6) : _before_nouns(doc, t)].text.replace(" ", "")
        if len(after) >= 2 and (after[0] == "," or (after[0] == "(" and not certain)) and after[1].isdigit():
            # (a number in brackets may be a player's shirt: "Ekström (47)")
            ages.setdefault(idx, set()).add(after[1])
        elif after[:2] in ([",", "aged"], [",", "now"]) and len(after) == 3 and after[2].isdigit():
            ages.setdefault(idx, set()).add(after[2])  # "Mulvaney, aged 44,", "Luke Halvorsen, now 37,"
        elif (m := re.search(r"(\d{1,3})-year-old$", before)) is not None:
            ages.setdefault(idx, set()).add(m.group(1))
    for idx, age in _ages_by_copula(ctx, tok):
        ages.setdefault(idx, set()).add(age)
    return ages


def _ages_by_copula(ctx: Context, tok):
    """(person, age) of each narrated "She is 68." or "Mary Poe is 54 and …" before ``tok``: a bare number the
    copula gives a person's name, or a he or she standing for one, is their age."""
    if ctx.copula_ages is None:
        ctx.copula_ages = list(_copula_ages(ctx))
    return ((idx, age) for i, idx, age in ctx.copula_ages if i < tok.i)


def _copula_ages(ctx: Context):
    """(token, person, age) of every narrated age a copula gives (``_ages_by_copula``), read once per article."""
    doc, actors = ctx.doc, ctx.actors
    for w in doc:
        if w.dep_ != "attr" or not w.text.isdigit() or not 0 < int(w.text) < 120 or ctx.qid[w.i] != -1:
            continue
        if w.head.lower_ not in ("is", "'s", "’s") or (w.i + 1 < len(doc) and doc[w.i + 1].pos_ == "NOUN"):
            continue  # (not "It is 40 kilometres", nor "She was 12 when she started": an age then)
        subj = next((c for c in w.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        idx = resolve_pronoun(ctx, subj) if subj.lower_ in ("he", "she") else actors.tok2actor.get(subj.i)
        if idx is not None and actors.actors[idx].kind == "person":
            yield w.i, idx, w.text


def _before_nouns(doc, t: int) -> int:
    """Where one or two lower-case nouns written right before the name at ``t`` start ("22-year-old pacer
    Harshit Malviya", "the 31-year-old nurse practitioner Ana Ruiz"): the age before them is the name's."""
    start = t
    while start > max(0, t - 2) and doc[start - 1].pos_ == "NOUN" and doc[start - 1].text.islower():
        start -= 1
    return start


def _speaks_of(ctx: Context, t: int, tok) -> bool:
    """Whether the sentence of the mention at ``t`` names the description ``tok`` heads as an object, outside
    quotes ("Ferraro said of the rookie", "Kerr praised the 19-year-old"): its subject is someone else."""
    sent = ctx.doc[t].sent
    return any(
        w.lower_ == tok.lower_ and w.dep_ in ("pobj", "dobj", "iobj") and w.i != tok.i and ctx.qid[w.i] == -1
        for w in sent
    )


def narrated_sentences_between(ctx: Context, first: int, last: int) -> int:
    """How many sentences after sentence ``first`` up to sentence ``last`` have words outside quotes: a
    quote the parser split into sentences of its own does not push the narration out of reach."""
    n = 0
    for k in range(first + 1, last + 1):
        # far back: counted without looking (the callers look a few sentences back)
        if last - k > 12 or has_narration(ctx, k):
            n += 1
    return n
