"""Reporting cues and the grammar around them: which tokens are cues, and which token is a cue's
speaker (its grammatical subject, or the name the parser missed)."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.nlp.actors.evidence import demonym_of_a_place, demonym_places
from bot.nlp.actors.lexicon import REGION_DEMONYM_PHRASES, TITLES
from bot.nlp.quotes.context import Context, ends_sentence
from bot.nlp.quotes.lexicon import (
    ADDRESSEE_CUES,
    AGE_WORD,
    ANOTHER_WORDS,
    ASPECT_CUES,
    AUTHORING_VERBS,
    CLAUSE_END,
    COLLECTIVE_NOUNS,
    CUE_VERBS,
    DASHES,
    DOC_NOUNS,
    FURNITURE_LINE,
    HEADLINE_NOUNS,
    INSCRIPTION_NOUNS,
    MANNER_CUES,
    MISTAGGED_CUES,
    NOT_SPEAKER_ENTS,
    ORG_NOUNS,
    ORIGIN_NOUNS,
    ORIGIN_PARTICIPLES,
    PARTY_TAG,
    PASSIVE_LISTENER_CUES,
    PASSIVE_SPEAKER_CUES,
    PEOPLE_NOUNS,
    PERCEPTION_VERBS,
    PERSON_DESCRIPTIONS,
    PERSONAL_PRONOUNS,
    PHRASAL_CUES,
    PLACE_DESCRIBED_NOUNS,
    POSSESSIVE_PRONOUNS,
    PROXY_NOUNS,
    PROXY_ROLES,
    RECORD_NOUNS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SETTING_OUT_VERBS,
    SPEECH_NOUNS,
    TITLE_RUN_HEADS,
    UNSPOKEN_MODALS,
    WORK_NOUNS,
)
from bot.nlp.quotes.marks import looks_like_title


def is_cue(tok) -> bool:
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    if tok.pos_ == "NOUN":
        if tok.lower_ in MISTAGGED_CUES and _right_after_a_closed_quote(tok):
            return True  # '“…,” the 27-year-old said': the tagger read "the … old said" as a noun phrase
        if (
            tok.lower_ in ("read", "reads")
            and _right_after_a_closed_quote(tok)
            and _document_right_before(tok)
        ):
            return True  # '“…,” the post read': the tagger read "the post read" as one noun
        return _with_noun_writing(tok) is not None or _in_the_words_of(tok) is not None
    if tok.pos_ in ("VERB", "AUX"):
        if _modifies_a_noun(tok) or any(
            c.dep_ == "aux" and c.lower_ in UNSPOKEN_MODALS for c in tok.children
        ):
            return False  # 'a telling detail', 'the council should ask': no one spoke
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in DOC_NOUNS:
            return False  # "In a statement posted to Facebook, the council said: “…”": the council speaks
        if tok.lemma_.lower() == "go":
            return _goes_on(tok)
        if (
            tok.lemma_.lower() == "cry"
            and tok.tag_ == "VBG"
            and not any(c.lower_ == "out" for c in tok.children)
        ):
            return False  # 'Mateo coughed up water and started crying, “which is the best sound …”': weeping
        if tok.lemma_.lower() == "add" and _adds_a_thing(tok):
            return False  # 'the province had added 1,000 physicians': nothing was said
        if tok.lemma_.lower() == "sign" and _signs_a_thing(tok):
            return False  # 'Northgate had signed benefit agreements … and that the rest had been offered “…”'
        if tok.lemma_.lower() == "give":
            return _gives_evidence(tok)
        if tok.lemma_.lower() == "read" and _reads_a_thing(tok):
            return False  # 'the chancellor had read the law “far more narrowly …”': read as construed
        if tok.lemma_.lower() in PHRASAL_CUES:
            return _phrasal_cue(tok)
        return tok.lemma_.lower() in CUE_VERBS or tok.lower_ in CUE_VERBS
    return False


def _phrasal_cue(tok) -> bool:
    """A verb that speaks only with its particle ("Ruiz shot back", "chimed in"); one of setting out only with what it
    sets out, a thing or a "what" clause ("laid out her thinking:", "set out what they intended to argue:"), never alone
    ("had set out Thursday afternoon on the loop": left)."""
    if tok.lemma_.lower() in SETTING_OUT_VERBS and not any(
        c.dep_ == "dobj" or (c.dep_ == "ccomp" and _opens_with_what(c)) for c in tok.children
    ):
        return False
    particle = PHRASAL_CUES[tok.lemma_.lower()]
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in tok.children)


def _opens_with_what(clause) -> bool:
    """Whether a clause opens with "what" or "how" ("what they intended to argue"): a thing said, set out."""
    return clause.left_edge.lower_ in ("what", "how")


_CLOSED_QUOTE_GAP = 7  # tokens from the closing mark to the verb: a description's words


def _document_read_as_one_noun(tok):
    """ "“…,” the post read", the tagger reading "the post read" as one noun: the document before "read"."""
    if tok.pos_ == "NOUN" and tok.lower_ in ("read", "reads") and _document_right_before(tok):
        return tok.doc[tok.i - 1]
    return None


def _document_right_before(tok) -> bool:
    """Whether a document's noun stands right before ``tok`` ("post" of "the post read")."""
    return tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in DOC_NOUNS


def _right_after_a_closed_quote(tok) -> bool:
    """Whether a quotation mark closed by a comma, ? or ! stands a few words before ``tok``, nothing but a
    description between ('“…,” the 27-year-old said')."""
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.i - _CLOSED_QUOTE_GAP, 1) - 1, -1):
        if doc[j].text in ('"', "”", "’", "'") and doc[j - 1].text in (",", "?", "!"):
            return True
        if doc[j].is_punct and doc[j].text != "-":
            return False
    return False


def _reads_a_thing(tok) -> bool:
    """ "had read the law narrowly", "read the ruling as": "read" with an object right after it, before any
    quotation mark, is interpreting, not words read out ("the sign read: …", "she read from a statement"
    have none; in 'One message read “…,” a website' the noun after the quote is no object of reading)."""
    doc = tok.doc
    return any(
        c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.lower() not in _READ_OUT
        and not _quoted(doc, c.i)
        and c.i > tok.i
        and not any(m in doc.text[tok.idx : doc[c.i].idx] for m in '“”"')
        for c in tok.children
    )


# What is read out, not construed: "he read a statement: “…”", "she read a passage from the letter".
_READ_OUT = (
    DOC_NOUNS
    | SPEECH_NOUNS
    | WORK_NOUNS
    | frozenset(
        "passage excerpt extract verse line lines speech remarks note message text transcript script".split()
    )
)


def _quoted(doc, i: int) -> bool:
    """Whether token ``i`` is inside quotation marks on its line (an odd count of marks before it)."""
    line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
    before = doc.text[line_start : doc[i].idx]
    return (before.count("“") - before.count("”")) > 0 or before.count('"') % 2 == 1


_NOUN_PHRASE_BEFORE = frozenset({"DET", "ADJ", "ADV", "PUNCT", "ADP", "NUM", "CCONJ"})


def _with_noun_writing(tok):
    """ "…, with one fan writing: “…”": a speech verb's -ing form after "with" and a noun, which the
    parser took for a noun ("fan writing") and its object: the noun before it, or None. (Parsed as a
    verb, "with one supporter saying" has its subject already.)"""
    low = tok.lower_
    if (
        tok.pos_ != "NOUN"
        or not low.endswith("ing")
        or tok.dep_ != "pobj"
        or tok.head.lower_ != "with"
        or tok.i < 1
    ):
        return None
    if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text not in (":", ",", "“", '"', "‘"):
        return None  # the words follow ("with one fan writing: …"), not "helped with song writing"
    stem = low[:-3]
    if not {stem, stem + "e", stem[:-1]} & CUE_VERBS or stem[:-1] in MANNER_CUES:
        return None
    noun = tok.doc[tok.i - 1]
    if noun.head.i != tok.i or noun.dep_ != "compound" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def _in_the_words_of(tok):
    """ "in the words of one steward, ‘…’", "In the words of her coach, Ana Ruiz: “…”": the person whose
    words they are, the last word of the phrase after "of" (up to a comma, colon or quotation mark,
    whatever the parser made of it), when it is a person or organisation actor or a word for people
    ("steward", "coach"): "in the words of the song" is no one. Else None."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "words" or i < 2 or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ != "in":
        return None
    if i + 1 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    end = i + 2
    while end < len(doc) and end - i <= 8 and not (doc[end].is_punct or doc[end].is_space):
        end += 1
    if end == i + 2 or end >= len(doc) or doc[end].text not in (",", ":", "“", "‘", '"', "'"):
        return None
    if doc[end].text == ",":  # "of her coach, Ana Ruiz:": the name in apposition
        j = end + 1
        while j < len(doc) and (doc[j].ent_type_ == "PERSON" or doc[j].pos_ == "PROPN"):
            j += 1
        if j > end + 1 and j < len(doc) and doc[j].text in (",", ":"):
            return doc[j - 1]
    last = doc[end - 1]
    low = last.lemma_.lower()
    if last.pos_ not in ("NOUN", "PROPN") or low in _WORDS_OF_THINGS or last.ent_type_ in NOT_SPEAKER_ENTS:
        return None
    return last  # "one steward", "her coach", "Ana Ruiz"


# Whose words are no one's: "in the words of the song", "of the report", "of the banner".
_WORDS_OF_THINGS = (
    frozenset(WORK_NOUNS) | DOC_NOUNS | SPEECH_NOUNS | set(INSCRIPTION_NOUNS) | set(HEADLINE_NOUNS)
)


def _modifies_a_noun(tok) -> bool:
    """A speech verb's participle used as an adjective inside a noun phrase ('the small, telling
    detail', 'so-called reforms'). The parser also tags some real cues amod ('Trump blasted Disney'),
    so only a lower-case participle right after a word of a noun phrase counts."""
    if tok.dep_ != "amod" or tok.head.i <= tok.i or not tok.text[:1].islower():
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].pos_ in _NOUN_PHRASE_BEFORE


def _goes_on(tok) -> bool:
    """ "he went on", "as Trump went on about “…”": to go on is to keep talking (not "went on to win")."""
    kids = list(tok.children)
    return any(c.dep_ == "prt" and c.lower_ == "on" for c in kids) and not any(
        c.dep_ in ("xcomp", "dobj") for c in kids
    )


# Writings whose words a signer puts their name to: "signed a letter calling the cuts “reckless”".
_SIGNED_WRITINGS = DOC_NOUNS | {"petition", "declaration", "pledge", "card", "op-ed", "editorial"}


def _signs_a_thing(tok) -> bool:
    """ "sign" with a noun object that is no writing ('signed benefit agreements', 'signed a three-year contract') is
    signing a deal, not putting words out ('signed a letter saying “…”' and 'signed off: “…”' still speak)."""
    return any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in _SIGNED_WRITINGS
        for c in tok.children
    )


def _adds_a_thing(tok) -> bool:
    """ "add" with a noun object that is no quote and no speech noun ('added 1,000 nurses', 'added a
    stage') is adding, not speaking ('she added', 'he added a warning', 'added “…”' speak). Right after
    a quote closed by a comma it speaks, whatever the parser made of the words after it ('“…,” added
    another volunteer': the one who added it, not a volunteer added)."""
    if _after_comma_quote(tok):
        return False
    for c in tok.children:
        if c.dep_ != "dobj" or c.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        a, b = sorted((tok.i, c.i))
        if {c.lemma_.lower(), c.lower_} & SPEECH_NOUNS or any(t.tag_ in ("``", "''") for t in tok.doc[a:b]):
            continue  # a speech noun, or a word of the quote itself ('Pence added, “It would be …”')
        return True
    return False


def _after_comma_quote(tok) -> bool:
    """Whether ``tok`` comes right after a closing quotation mark with a comma, ? or ! before it
    ('“…,” added …')."""
    doc, i = tok.doc, tok.i
    return i >= 2 and doc[i - 1].tag_ == "''" and doc[i - 2].text in (",", "?", "!")


def _gives_evidence(tok) -> bool:
    """ "she gave evidence that he had shown ‘genuine remorse’": to give evidence or testimony is to say
    it in court (not "gave him a chance")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("evidence", "testimony") for c in tok.children)


def cue_text(tok) -> str:
    if tok.lower_ == "according":
        return "according to"
    return tok.text


def cues_by_distance(ctx: Context, left: list[int], right: list[int], k: int) -> list:
    """Cue tokens of the clause around quote ``k``, nearest first."""
    doc = ctx.doc
    a, b = ctx.q_tok[k]
    span = ctx.spans[k]
    # '“…,” said X' — a comma (or ?/!) closing the quote points at the cue after it.
    tail = ctx.text[span.start : span.end].rstrip()
    prefers_right = tail.endswith((",", "?", "!", "—", "-")) or not span.closed
    found = []
    for i in right:
        if (
            (is_cue(doc[i]) or (prefers_right and span.closed and _verb_closing_a_quote(doc[i], ctx, b)))
            and not _goes_on_doing(doc[i], a, b)
            and _manner_beside(doc[i], a, b, prefers_right)
        ):
            found.append((i - b - (3 if prefers_right else 0), i))
    reported_after = bool(found)
    for i in left:
        if (
            is_cue(doc[i])
            and not _goes_on_doing(doc[i], a, b)
            and _manner_beside(doc[i], a, b, prefers_right)
            and not closed_relative(doc[i], a, b)
            and not (
                tail[:1].islower()
                and _object_gapped_relative(doc[i], a)
                and not _holds_the_words(doc[i], a, b)
            )
            and not (reported_after and _what_label(doc[i], a))
            and not _asked_whether(doc[i])
        ):
            found.append((a - i, i))
    if tail[:1].islower() and span.closed:
        # A fragment inside a reported clause belongs to the cue that reports it ('a spokesperson said
        # vaccination was “the best protection we have” and urged …': not "urged", which the parser
        # coordinated with a verb inside the fragment), before any nearer cue that does not.
        reporting = {i for _, i in found if _reports(doc[i], a, b)}
        # of two cues that report it, the one inside the other's clause ("After Sen. Ruiz blasted the plan as
        # “dangerous,” Kessler fired back": Ruiz's, not the main verb's)
        inner = {i for i in reporting if any(t.i in reporting for t in doc[i].ancestors)}
        found = [(i not in reporting, i not in inner, d, i) for d, i in found]
        return [doc[i] for *_, i in sorted(found)]
    return [doc[i] for _, i in sorted(found)]


def _object_gapped_relative(tok, a: int) -> bool:
    """A cue in a relative clause whose object is the noun it hangs on ("each of the votes it cited “would have …”"):
    what it cites is that noun, never a fragment after it outside its clause ("an idea Pasko dismissed as “…”" holds
    its own, and "a post Marchetti wrote on X: “Every customer …”" the post's words)."""
    return (
        tok.dep_ == "relcl"
        and tok.head.i < tok.i
        and tok.head.pos_ == "NOUN"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "nsubjpass") for c in tok.children)
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        # ("a project she describes as “supervised, in every sense”", the parser hanging "as" elsewhere)
        and not any(t.lower_ == "as" for t in tok.doc[tok.i + 1 : a])
    )


def _holds_the_words(tok, a: int, b: int) -> bool:
    """Whether cue ``tok``'s clause holds the quote's words (tokens ``a``..``b``), its marks and closing stop aside,
    which the parser may hang on the sentence's root."""
    doc = tok.doc
    words = [i for i in range(a, b) if not (doc[i].is_punct or doc[i].is_space)]
    return bool(words) and tok.left_edge.i <= words[0] and words[-1] <= tok.right_edge.i


def _asked_whether(tok) -> bool:
    """ "Asked whether his party would condemn the alleged threats, the DUP man said: “…”": a verb inside an indirect
    question ("whether", "if") is what was asked about, never the report of the quote."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)


def _what_label(tok, a: int) -> bool:
    """ "What they're saying: “…,” Attorney General Dolores Whitfield-Obi said": a label over the quotes that follow,
    a "what" its cue's object, a colon right after it; the quote's own cue after it reports it (the label's "they"
    is whoever the section quotes)."""
    doc = tok.doc
    if tok.i >= a or not any(doc[j].text == ":" for j in range(tok.i + 1, a)):
        return False
    if any(not (doc[j].is_punct or doc[j].is_space) for j in range(tok.i + 1, a)):
        return False
    return any(
        c.lower_ == "what" and c.i < tok.i and c.dep_ in ("dobj", "ccomp", "attr") for c in tok.children
    )


# Words between a closing mark and the verb that reports the quote: the subject ("an angry Hollande").
_BOOKISM_GAP = 6


def _verb_closing_a_quote(tok, ctx: Context, b: int) -> bool:
    """'“…,” Hale pressed.', '“…?” reacted the mayor.', '“…,” she surmised.': any verb with its subject
    right after a quote closed by a comma, ? or !, that takes nothing but the quote and ends the clause,
    reports it, whatever the verb (newspapers vary the word for "said" without end). Only the subject
    may come between the mark and the verb; after it only adverbs ("pressed again", "agreed later")."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i - b > _BOOKISM_GAP:
        return False
    if tok.dep_ == "compound" or tok.head.i > tok.i:
        # '“…,” Jets head coach Doug Ferrante said': a noun's word the tagger read as a verb, hung on a word
        # after it (the name, or the cue whose clause it was made: "Jets" its subject)
        return False
    doc = tok.doc
    subj = [c for c in tok.children if c.dep_ == "nsubj" and ctx.qid[c.i] == -1]
    if len(subj) != 1 or not (b <= subj[0].left_edge.i) or subj[0].lower_ in RELATIVE_PRONOUNS:
        return False  # '“… to California,” which votes June 7': the clause is about a word of the quote
    before = subj[0].i < tok.i
    if before and subj[0].right_edge.i != tok.i - 1:
        return False  # only the subject between the mark and the verb
    if not before and any(not doc[j].is_punct for j in range(b, tok.i)):
        return False  # inverted: the verb right after the mark
    for c in tok.children:
        if c.i == subj[0].i or c.dep_ in ("punct", "advmod", "npadvmod"):
            continue
        if ctx.qid[c.i] != -1 and c.i < b:
            continue  # the quote itself, hung on the verb
        if before and c.dep_ == "dobj" and c.i == tok.i + 1 and c.lower_ in _SPOKEN_TO:
            continue  # '“Two years and three months,” his wife corrected him': the one spoken to
        return False  # an object, a clause, a preposition: the verb does something else
    return True


# Pronouns for whom a quote is said to, as the one object of the verb closing it.
_SPOKEN_TO = frozenset({"him", "her", "them", "me", "us"})


def closed_relative(tok, a: int, b: int) -> bool:
    """ "Rui Teixeira, an engineer at the University of Porto who has written extensively on the network, was
    cautious: ‘…’": a cue inside a relative clause that ends before the sentence's own verb (no cue), which
    a colon and the quote follow, tells what the person does, not who says the quote."""
    if tok.dep_ != "relcl" or _reports(tok, a, b):
        return False
    doc, root = tok.doc, tok.sent.root
    colon = a - 1
    while colon > 0 and (doc[colon].is_space or doc[colon].is_quote):
        colon -= 1
    return (
        doc[colon].text == ":"
        and root.pos_ in ("VERB", "AUX")
        and tok.right_edge.i < root.i < colon
        and not is_cue(root)
    )


def _reports(tok, a: int, b: int) -> bool:
    """Whether quote tokens ``a``..``b`` lie inside what cue ``tok`` governs (less closing stops and marks for a clause
    with no relative word: "an answer Pruitt called “disqualifying, full stop.”"), or the quote is what "what X called"
    names, X a name ("in what Minister Ana Ruiz called “the last mile of a very long road.”", its closing stop and
    marks hung on the sentence's main verb; "what she called" stays with her sentence's own cue)."""
    if tok.left_edge.i <= a and b - 1 <= tok.right_edge.i:
        return True
    if _subject_of_a_zero_relative(tok) is not None:
        last = b - 1
        while last > a and tok.doc[last].is_punct:
            last -= 1  # the closing stop and marks the parser hung on the sentence's main verb
        return tok.i < a and last <= tok.right_edge.i
    kids = list(tok.children)
    return (
        any(c.dep_ == "dobj" and c.lower_ == "what" for c in kids)
        and any(c.dep_ == "oprd" and a <= c.i < b for c in kids)
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in kids)
    )


def _manner_beside(tok, a: int, b: int, prefers_right: bool) -> bool:
    """A manner cue (laugh, smile, shrug …) reports the quote only right beside it: '“…,” she laughs'
    (at most three words of subject between) or 'She laughed: “…”' (only punctuation between)."""
    if tok.lemma_.lower() not in MANNER_CUES:
        return True
    if tok.i >= b:
        return prefers_right and tok.i - b <= 3
    return all(t.is_punct for t in tok.doc[tok.i + 1 : a]) and tok.doc[a - 1].text in (":", ",")


def _goes_on_doing(tok, a: int, b: int) -> bool:
    """ "the government will continue to fight": an aspect verb with a verb after it says what someone
    goes on doing; it reports the quote only when the quote is inside what follows it ("Trump
    continued to call them “illegal”"), never a quote beside it; with a thing it goes on with ("the union would
    continue with the strike “until the Cabinet Secretary sits down …”"), it reports nothing."""
    if tok.lemma_.lower() not in ASPECT_CUES:
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and not a <= g.i < b for g in c.children)
        for c in tok.children
    ):
        return True
    if not any(c.dep_ == "xcomp" for c in tok.children):
        return False
    return not (tok.left_edge.i <= a and b - 1 <= tok.right_edge.i)


def _speaker_on_record(tok, ctx: Context):
    """The person the clause "according to" a record opens has speak ("According to the Senate Journal, she opened
    by addressing the chair: “…”"), or whose message it reports ("Ashcombe texted the holdouts, according to two
    people who saw the message: “…”": the two saw it, Ashcombe wrote it), or who said the words it reports ("Ellery-Voss
    said, according to a pool report: “…”"): the clause's subject, when it is a person or he/she; else None."""
    source = _according_to_object(tok)
    if source is None or tok.head is tok:
        return None
    lemma = tok.head.lemma_.lower()
    if ctx.qid[tok.head.i] != -1:
        return None  # '“… they tell us the air is fine,” according to Marisol Pena': the quote's own verb
    if source.lower_ not in RECORD_NOUNS and lemma not in _MESSAGE_VERBS and lemma not in _SAYING_VERBS:
        return None
    who = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return who if who is not None and personal(who, ctx) else None


# Verbs of sending a written message, whose subject wrote the words an "according to" source saw (by lemma; the
# lemmatizer makes "texted" "texte").
_MESSAGE_VERBS = frozenset("text texte message email e-mail tweet post write wire".split())
# Verbs of saying whose subject spoke the words an "according to" source reports ("Ellery-Voss said, according to a
# pool report: “…”": the report heard her).
_SAYING_VERBS = frozenset("say tell add".split())


def _according_to_object(tok):
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


def subject(tok, ctx: Context, depth: int = 0):
    """The speaker token of cue ``tok``, or None."""
    if depth > 4:
        return None
    if FURNITURE_LINE.match(ctx.text, ctx.para_bounds[ctx.para_of[tok.i]][0]):
        return None  # 'READ MORE: Judge rules Ed Sheeran may have …': another story's headline
    if tok.lower_ == "according":
        return _speaker_on_record(tok, ctx) or _according_to_object(tok)
    if _says_nothing(tok, ctx):
        return None
    named = (
        _named_before_participle(tok, ctx)
        or _document_read_as_one_noun(tok)
        or _quoted_as_saying(tok)
        or _with_noun_writing(tok)
        or _in_the_words_of(tok)
        or _participle_after_clause(tok, ctx, depth)
        or _name_before_who_aside(tok, ctx)
        or _agent_of_a_participle(tok)
    )
    if named is not None:
        return named
    found, has_subj = _grammatical_subject(tok, ctx)
    if found is not None:
        return found
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return _passive_agent(tok)
    noun = _noun_of_clause(tok, ctx)
    if noun is not None:
        return noun
    before = named_before(tok, ctx)
    if before is not None:
        return before
    described = _description_before(tok, ctx)
    if described is not None:
        return described
    if not has_subj and ctx.para_of[tok.head.i] != ctx.para_of[tok.i]:
        # a head in another paragraph is a parse error: its subject is not shared
        return _name_opening_paragraph(tok, ctx) or _inverted_subject(tok, ctx)
    if tok.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp") and tok.head is not tok:
        return _shared_subject(tok, ctx, depth)
    if not has_subj:
        opening = (
            _name_opening_paragraph(tok, ctx)
            or (depth == 0 and (_person_right_before(tok, ctx) or _person_set_off_before(tok, ctx)))
            or None
        )
        if opening is not None:
            return opening
        return _inverted_subject(tok, ctx)
    return None


def _says_nothing(tok, ctx: Context) -> bool:
    """A cue word that reports no one's speech here: "put" with no "it" ("as the memo put it" reports speech;
    "putting his name on the line" does not), or "told" with no one told (``_told_no_one``)."""
    if tok.lemma_.lower() == "put":
        return not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    return _told_no_one(tok, ctx) or _what_was_heard(tok)


def _what_was_heard(tok) -> bool:
    """ "Told what it said, she laughed": a cue in a "what it said" clause that someone is told, asked, shown or hears
    names what reached the listener, not words spoken here (the post's "it" says nothing of the quote after)."""
    return (
        tok.dep_ in ("ccomp", "dobj", "xcomp", "pcomp")
        and tok.head.lemma_.lower() in _HEARING_VERBS
        and any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < tok.i for c in tok.children)
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children)
    )  # (not "he heard what he described as “a freight train”", "an MRI showed what Tolliver called “…”")


# Verbs of being told or taking in words: "what it said" under them is what the listener got.
_HEARING_VERBS = frozenset("tell ask show hear read learn see".split())


def _told_no_one(tok, ctx: Context) -> bool:
    """Whether "told" stands with no one told outside the quote and the quote right after it ("residents told
    ‘it is too late to leave’"): a headline's "are told", whose subject hears the words and does not say them.
    Whoever tells, tells someone ("told reporters", "told CBC News: “…”")."""
    doc = tok.doc
    if tok.lemma_.lower() != "tell" or tok.tag_ not in ("VBD", "VBN") or tok.i + 2 >= len(doc):
        return False
    nxt = doc[tok.i + 1] if doc[tok.i + 1].text != ":" else doc[tok.i + 2]
    k = ctx.qid[nxt.i]
    if k == -1 or looks_like_title(ctx.spans[k].text_in(ctx.text)):
        return False  # 'Fiorina told “Fox and Friends”': the show is who was told
    span = ctx.spans[k]
    if ctx.text[span.close_end : ctx.para_bounds[span.para][1]].strip(" .,;:!?"):
        return False  # the words go on after the quote: no headline's line
    return not any(c.dep_ in ("dative", "dobj", "iobj") and ctx.qid[c.i] == -1 for c in tok.children)


def _participle_after_clause(tok, ctx: Context, depth: int):
    """A participle set off by a comma ('…, saying', '…, adding', '…, calling it “…”') tells what the
    subject of the sentence did; the parser hangs it on the nearest word instead, and that word's
    subject is no speaker:

    - on a noun that names no one ('Ruiz rejected the idea that the plan had failed, saying …': not
      "the idea"): the subject of the verb that noun belongs to speaks;
    - on the verb of what someone reported ('Ruiz said the process could be “messy,” adding, “…”':
      not "the process"), when that clause's subject is no person: the reporter speaks.

    None when the participle is not set off, or the word it hangs on may speak (a person, a document:
    "a statement saying" is the issuer's, found elsewhere)."""
    doc = ctx.doc
    if tok.tag_ != "VBG" or tok.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    i = tok.i - 1
    if doc[i].lower_ in ("and", "but", "while"):
        i -= 1  # "…, and adding", "…, while chanting"
    while i > 0 and doc[i].tag_ == "''":
        i -= 1  # 'could be “slow,” adding': the comma inside the closing mark
    if doc[i].text not in (",", "—", "–", "--", "-"):
        return None
    head = tok.head
    if ctx.qid[head.i] != -1 or ctx.para_of[head.i] != ctx.para_of[tok.i]:
        return None
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if not _names_no_one(head, ctx):
            return None
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or ctx.qid[verb.i] != -1 or verb.i == tok.i:
            return None
        return subject(verb, ctx, depth + 1)
    if tok.dep_ == "advcl" and (head.dep_ == "relcl" or any(c.lower_ in _WH_PLACES for c in head.children)):
        return _outside_place_clause(head, ctx, depth)
    if tok.dep_ in ("advcl", "conj") and head.pos_ in ("VERB", "AUX") and not is_cue(head):
        if head.dep_ != "ccomp" or not is_cue(head.head) or ctx.qid[head.head.i] != -1:
            return None
        inner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if inner is not None and (personal(inner, ctx) or word_for_people(inner)):
            return None
        return subject(head.head, ctx, depth + 1)
    return None


def _outside_place_clause(head, ctx: Context, depth: int):
    """A participle on the verb ``head`` of a relative clause with a subject of its own ('Fans marched past
    the ground where the Rovers play, chanting, “…”': not the Rovers): the subject of the verb the
    clause's noun belongs to, or None."""
    inner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if inner is None or inner.lower_ in RELATIVE_PRONOUNS:
        return None
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or ctx.qid[verb.i] != -1 or verb.dep_ == "relcl":
        return None
    return subject(verb, ctx, depth + 1)


# Words opening a clause about a place or time ("the ground where the Rovers play"), whatever the parser
# made of it (a relative clause or a complement).
_WH_PLACES = frozenset({"where", "when"})


def word_for_people(tok) -> bool:
    """A role, people, relation or description noun ("the congressman", "voters", "his son")."""
    lemma = tok.lemma_.lower()
    return (
        lemma in ROLE_NOUNS
        or lemma in PEOPLE_NOUNS
        or lemma in PERSON_DESCRIPTIONS
        or lemma in RELATION_NOUNS
        or tok.lower_ in PEOPLE_NOUNS
    )


def _names_no_one(tok, ctx: Context) -> bool:
    """Whether a noun surely names no one who could speak: not an actor, not a name, not a word for
    people, a role, a body or a document ("the idea", "the process", "voter mistrust")."""
    if tok.i in ctx.actors.tok2actor or tok.pos_ not in ("NOUN",) or tok.ent_type_:
        return False
    if tok.lower_ in PERSONAL_PRONOUNS:
        return False
    lemma = tok.lemma_.lower()
    return not (
        word_for_people(tok)
        or lemma in ORG_NOUNS
        or lemma in COLLECTIVE_NOUNS
        or lemma in DOC_NOUNS
        or lemma in PROXY_NOUNS
        or lemma in SPEECH_NOUNS
    )


_SET_OFF_WORDS = 16


def _person_set_off_before(tok, ctx: Context):
    """'Col. Ana Ruiz, a military spokeswoman in Kabul, said …', 'Levine, who has given money to the
    mayor, said …', 'her adviser, Jake Sullivan, said' when the parser hung the name on a noun before it
    and left the cue without a subject: a person named right before the comma before the cue, or right
    before a description set off by commas (no quote, no verb but in a relative clause) ending there,
    is its subject."""
    doc = ctx.doc
    i = tok.i - 1
    if i < 2 or doc[i].text != "," or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    a = ctx.actors.actor_at(i - 1)
    if a is not None and a.kind == "person" and ctx.qid[i - 1] == -1:
        described = _described_by_kin_of(doc[i - 1], ctx) or _inside_a_description_of(doc[i - 1], ctx)
        return described if described is not None else doc[i - 1]  # "her adviser, Jake Sullivan, said"
    j = i - 1
    relative = False
    while j > 0 and doc[j].text != "," and i - j <= _SET_OFF_WORDS:
        t = doc[j]
        if ctx.qid[j] != -1 or ctx.para_of[j] != ctx.para_of[tok.i] or t.text in CLAUSE_END:
            return None
        if t.lower_ in ("who", "whose"):
            relative = True
        j -= 1
    if j <= 0 or doc[j].text != "," or j == i - 1:
        return None
    words = doc[j + 1 : i]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if verbs and not (relative and words[0].lower_ in ("who", "whose")):
        return None
    name = doc[j - 1]
    a = ctx.actors.actor_at(name.i)
    if a is None or a.kind != "person" or ctx.qid[name.i] != -1:
        return None
    return name


def _described_by_kin_of(name, ctx: Context):
    """The person before a description set off by commas that ends in ``name`` as whose relative they are
    ("Caroline Hartwell Dunmore, the granddaughter of founder Walter Hartwell, said": Caroline, not the founder),
    or None."""
    doc = ctx.doc
    j = name.i
    while j > 0 and doc[j].text != "," and name.i - j <= _SET_OFF_WORDS:
        j -= 1
    words = doc[j + 1 : name.i]
    if (
        j <= 1
        or doc[j].text != ","
        or len(words) < 3
        or words[0].lower_ not in ("the", "a", "an", "his", "her")
    ):
        return None
    if words[1].lower_ not in RELATION_NOUNS or not any(t.lower_ == "of" for t in words):
        return None
    a = ctx.actors.actor_at(j - 1)
    return doc[j - 1] if a is not None and a.kind == "person" and ctx.qid[j - 1] == -1 else None


def phrase_end(tok, skip: tuple[str, ...] = ("appos", "punct")) -> int:
    """Where the phrase of ``tok`` ends: the last word, not a mark, of the children after it, less those the parser
    hung on it by a relation in ``skip`` (a name set off in apposition, the commas around it)."""
    return max(
        (
            w.i
            for c in tok.children
            if c.i > tok.i and c.dep_ not in skip
            for w in c.subtree
            if not w.is_punct
        ),
        default=tok.i,
    )


def _inside_a_description_of(tok, ctx: Context):
    """The person a description set off after their name is of, when the name at ``tok`` is inside it ("Scott
    Lyle, press secretary to Alberta Health Minister Colleen Vandermeer, said": Lyle), else None."""
    t = tok
    for _ in range(_DESCRIPTION_DEPTH):
        if t.head.i == t.i:
            return None
        if t.dep_ == "appos":
            owner = ctx.actors.tok2actor.get(t.head.i)
            if owner is not None and owner != ctx.actors.tok2actor.get(tok.i) and personal(t.head, ctx):
                return t.head
        t = t.head
    return None


_DESCRIPTION_DEPTH = 5  # heads climbed from a name to the description holding it: "to" "Minister" "secretary"


def _person_right_before(tok, ctx: Context):
    """'In the press release that accompanied the album, Reyes-Whitaker said …', the parser hanging the
    name on "album" as an apposition and leaving "said" without a subject: a person named right before
    a subjectless cue (an adverb between at most: "Reyes-Whitaker also said") is its subject."""
    i = tok.i - 1
    if i > 0 and ctx.doc[i].pos_ == "ADV":
        i -= 1
    a = ctx.actors.actor_at(i) if i >= 0 else None
    if a is None or ctx.qid[i] != -1 or ctx.para_of[i] != ctx.para_of[tok.i]:
        return None
    if a.kind in ("organization", "place") and _set_off_after_fronted_phrase(ctx.doc[i], ctx):
        return ctx.doc[i]  # "In a statement to HuffPost Canada, the City of Toronto said …"
    return ctx.doc[i] if a.kind == "person" else None


def _set_off_after_fronted_phrase(last, ctx: Context) -> bool:
    """Whether the name ending at ``last`` follows the comma closing a phrase that opens its sentence with a
    preposition ("In a statement to HuffPost Canada, the City of Toronto"): the parser hung it on that phrase's
    last noun as an apposition, and it is the clause's subject."""
    doc = ctx.doc
    k = ctx.mention_start(last.i) - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    if k <= 0 or doc[k].text != ",":
        return False
    opening = doc[ctx.actors.sent_starts[ctx.actors.sent_index(k)]]
    return opening.pos_ == "ADP" and opening.head.i > last.i


def _noun_of_clause(tok, ctx: Context):
    """The noun a cue clause hangs on ("a statement saying …", "the official who said"), or None."""
    if tok.dep_ not in ("relcl", "acl") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    head = tok.head
    if (named := _subject_of_a_zero_relative(tok)) is not None:
        return named  # "an answer Pruitt called “disqualifying, full stop.”"
    if head.dep_ == "dobj" and head.lemma_.lower() in DOC_NOUNS and tok.tag_ == "VBG":
        # "The minister's office, asked about waitlists, sent a statement saying …": the sender speaks
        sender = next((c for c in head.head.children if c.dep_ == "nsubj" and ctx.qid[c.i] == -1), None)
        if sender is not None and sender.lower_ not in RELATIVE_PRONOUNS:
            return sender
    antecedent = _antecedent_of_aside(tok, ctx)
    if antecedent is not None:
        return antecedent
    if head.ent_type_ in _TIMES_AND_AMOUNTS:
        return None  # "…, whose members have campaigned for three decades, called Sunday ‘…’": a span of time
    if head.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        # "Sen. Jim Pratt (R-Neb.) — no relation to the majority leader — called it": an aside denying a
        # tie names no one; the name it is set off after speaks
        return head.head if head.head.i in ctx.actors.tok2actor else None
    if (
        tok.dep_ == "relcl"
        or tok.tag_ in ("VBG", "VBN")
        or head.dep_ != "pobj"
        or head.i in ctx.actors.tok2actor
        or any(c.dep_ == "appos" for c in head.children)
    ):
        return head
    return None  # a finite verb hung on the object of a preposition ("members dressed for a game say")
    # is a parse error, and that noun no speaker


def _subject_of_a_zero_relative(tok):
    """ "an answer Pruitt called “disqualifying”", "a plan Mayor Ruiz described as “…”": a clause with no relative word,
    its subject a name right between the noun and the cue, which the parser hung on the noun: that name speaks."""
    name = tok.doc[tok.i - 1]
    head = tok.head
    if (
        tok.tag_ not in ("VBD", "VBN", "VBZ")
        or name.pos_ != "PROPN"
        or name.ent_type_ not in ("PERSON", "ORG")
        or not head.i < name.i
        or name.head.i != head.i
        or name.dep_ not in ("appos", "compound")
        or any(w.is_punct for w in tok.doc[head.i + 1 : tok.i])
    ):
        return None
    return name


_TIMES_AND_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})  # what a cue hung on them never says
_ASIDE_DEPTH = 4  # heads climbed from the noun a cue hangs on to the relative clause holding it


def _antecedent_of_aside(tok, ctx: Context):
    """ "The Alliance, which represents about 21,000 firms, called the rule “…”", "Hofbauer, who now has six
    world titles, called it “…”": the parser reads the finite cue after the comma closing a relative clause as a
    participle on the clause's last noun ("firms called the rule"); the one the clause is set off after speaks.
    Only a finite verb, or a participle with an object (a passive one may be the noun's: "the bill, called …"),
    right after the comma, in a clause opened by a relative pronoun right after a comma."""
    if tok.dep_ != "acl" or ctx.doc[tok.i - 1].text != ",":
        return None
    if tok.tag_ not in ("VBD", "VBZ", "VBP") and not (
        tok.tag_ == "VBN" and any(c.dep_ == "dobj" for c in tok.children)
    ):
        return None
    clause = tok.head
    # "…, a group that says it represents 1,200 firms, called": the clause beside the cue
    if clause.dep_ == "appos":
        clause = next((c for c in clause.children if c.dep_ == "relcl" and c.i < tok.i), clause)
    for _ in range(_ASIDE_DEPTH):
        if clause.dep_ == "relcl" or clause.head is clause:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    antecedent = clause.head
    if pronoun is None or pronoun.lower_ not in RELATIVE_PRONOUNS:
        return None
    set_off = ctx.doc[pronoun.i - 1].text == ","
    if not (set_off or antecedent.dep_ == "appos"):
        return None
    if not antecedent.i < pronoun.i < tok.i or ctx.qid[antecedent.i] != -1:
        return None
    # "Marcus Feld, president of the Alliance, a group that says it represents 1,200 firms, called …": the clause
    # describes the apposition set off after the name; the name speaks
    return antecedent if set_off else antecedent.head


def _name_before_who_aside(tok, ctx: Context):
    """ "Jericho Bautista, who … now leads the transport group Samahan ng mga Tsuper (STKM), called the program a
    “…”", "Dr Anna Heather, who co-authored the 2021 study “…”, said": a finite cue right after the comma that
    closes a "who" or "whose" clause set off after a person's name is that person's, whatever the parser made the cue's
    subject (a name inside the clause) or left it without one. The clause holds no other comma: it is one aside,
    not a list that may bring in another subject. Read back from the cue over the paragraph's words, since the parser
    may end a sentence inside the clause. The name's last token, or None."""
    doc, actors = ctx.doc, ctx.actors
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or (
        tok.tag_ == "VBN" and tok.dep_ == "acl" and any(c.dep_ in ("dobj", "oprd") for c in tok.children)
    )  # ("called Little Harbour “…”" read as a participle on the clause's last noun)
    if tok.i < 4 or doc[tok.i - 1].text != "," or not finite:
        return None
    para = ctx.para_of[tok.i]
    for w in range(tok.i - 2, 1, -1):
        if doc[w].text in (",", ".", ";", "!", "?") or ctx.para_of[w] != para:
            return None
        if doc[w].lower_ not in ("who", "whose") or doc[w - 1].text != ",":
            continue
        idx = actors.tok2actor.get(w - 2)
        if idx is None or actors.actors[idx].kind != "person" or ctx.qid[w - 2] != -1:
            return None
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(not w < c.i < tok.i for c in subj):
            return None  # a subject of its own outside the aside: the parser's reading stands
        return doc[w - 2]
    return None


_TITLE_WORDS = 4
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PUNCT"})


def _name_opening_paragraph(tok, ctx: Context):
    """'Sen. Debbie Stabenow, D-Mich., a member of the leadership team, said …' when the parser hung the
    name on the line before: a subjectless cue whose paragraph opens with a person's name, with only its
    description (no verb, no quote) between, is that person's (the last token of the name)."""
    doc, actors = ctx.doc, ctx.actors
    para = ctx.para_of[tok.i]
    i = tok.i - 1
    while i >= 0 and ctx.para_of[i] == para:
        i -= 1
    start = i + 1
    while start < tok.i and doc[start].is_space:
        start += 1
    i = start  # past a title the model left out of the name ("Sen. Debbie Stabenow", "Chief executive")
    while i < tok.i and i - start < _TITLE_WORDS and actors.actor_at(i) is None and doc[i].pos_ in _TITLE_POS:
        i += 1
    a = actors.actor_at(i) if i < tok.i else None
    start = i
    if a is None or a.kind != "person":
        return None
    idx = actors.tok2actor[start]
    end = start
    while end + 1 < tok.i and actors.tok2actor.get(end + 1) == idx:
        end += 1
    if any(ctx.qid[j] != -1 or doc[j].pos_ in ("VERB", "AUX") for j in range(end + 1, tok.i)):
        return None
    return doc[end]


def _quoted_as_saying(tok):
    """'State media quoted Li Wen as saying: “…”': the one quoted speaks, not the one quoting (for the
    cue "quoted" and for the "saying" under it)."""
    verb = tok
    if tok.lemma_.lower() == "say" and tok.dep_ == "pcomp" and tok.head.lower_ == "as":
        verb = tok.head.head
    if verb.lemma_.lower() != "quote" or not any(c.lower_ == "as" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z0-9][A-Za-z0-9.]*){0,2})?\s*(?:\([A-Za-z. ]+\))?\s*(?:—|–|-{1,2}|:)\s"
)


def unclosed_apposition(tok) -> bool:
    """Whether ``tok``, which the parser hung in apposition on a subject, is the subject itself: nothing
    closes it before the verb (only adverbs or auxiliaries between) and the name it hangs on is set off
    by a comma before it ("In a statement signed by his press secretary, Mr. Tom Ode, the governor also
    appealed …": the governor appealed; "Tom Ode, the governor, appealed" closes it)."""
    head = tok.head
    if tok.dep_ != "appos" or head.dep_ not in ("nsubj", "nsubjpass") or tok.i < head.i:
        return False
    doc, verb = tok.doc, head.head
    before = head.left_edge.i - 1
    if before < 0 or doc[before].text != "," or verb.i <= tok.right_edge.i or tok.right_edge.is_punct:
        return False  # (a comma the parser hung inside the apposition closes it too)
    between = doc[tok.right_edge.i + 1 : verb.i]
    return all(t.dep_ in ("advmod", "aux", "auxpass", "neg") and not t.is_punct for t in between)


def in_dateline(c, ctx: Context) -> bool:
    """Whether token ``c`` is in the dateline opening its paragraph ("WASHINGTON (AP) —", or with a colon
    as South Asian and African papers write it, "NEW DELHI:"): a place, never a cue's subject."""
    start = ctx.para_bounds[ctx.para_of[c.i]][0]
    m = _DATELINE.match(ctx.text, start)
    return m is not None and c.idx < m.end()


def _named_before_participle(tok, ctx: Context):
    """ "footage of Hillary Clinton asking, “…”": a named actor right before a subjectless participle.
    Also before a subjectless finite cue the parser coordinated with an earlier verb ("… asked him
    about his health and Gillis suggested “…”": "Gillis" hung on "health"): a name right before a
    verb is its subject."""
    finite = tok.tag_ in ("VBD", "VBZ", "VBP")
    if not (tok.tag_ == "VBG" or finite) or tok.i == 0 or any(c.dep_ == "nsubj" for c in tok.children):
        return None
    prev = tok.doc[tok.i - 1]
    a = ctx.actors.actor_at(prev.i)
    if finite and tok.dep_ != "conj":
        # '“…,” Edgerly told reporters': the tagger read the surname as an adverb (-ly), so the
        # verb has no subject; a person's name right before it is the subject.
        if a is not None and a.kind == "person" and prev.pos_ != "PROPN" and ctx.qid[prev.i] == -1:
            return prev
        return None
    if finite and prev.pos_ == "ADV" and tok.i > 1:
        prev = tok.doc[tok.i - 2]  # "and Gillis also suggested"
        a = ctx.actors.actor_at(prev.i)
    if a is not None and a.kind in ("person", "organization") and ctx.qid[prev.i] == -1:
        if prev.pos_ == "PROPN" and (not finite or a.kind == "person"):
            return prev
    return None


def _subject_hung_on_participle(tok, ctx: Context):
    """ "Justice Daniel Okafor, writing for the three dissenters, said …": the parser made the name the
    subject of the participle set off before the cue, which it left with none; the name, before the
    participle, is the cue's."""
    doc = tok.doc
    for c in tok.children:
        if c.i >= tok.i or c.tag_ not in ("VBG", "VBN", "VBD"):
            continue
        # (or its complement, set off by commas, the participle read as a past tense: "Energy minister Rhys
        # Pemberton, asked about the rise …, said")
        set_off = c.dep_ == "ccomp" and doc[c.i - 1].text == "," and doc[tok.i - 1].text == ","
        if (c.dep_ == "advcl" and c.tag_ != "VBD") or set_off:
            for g in c.children:
                a = ctx.actors.actor_at(g.i)
                if (
                    g.dep_ == "nsubj"
                    and g.i < c.i
                    and ctx.qid[g.i] == -1
                    and a is not None
                    and a.kind == "person"
                ):
                    return g
    return None


def _grammatical_subject(tok, ctx: Context):
    """(the cue's subject if it can speak, or None; whether the cue has a subject outside quotes)."""
    has_subj = False
    for c in _named_people_first(tok, ctx):
        if (
            c.dep_ == "nsubj"
            and ctx.qid[c.i] == -1
            and not (c.is_punct or c.text in DASHES or _prefix(c, ctx))
        ):
            if in_dateline(c, ctx):
                continue  # 'WASHINGTON (AP) — “…,” Holt told reporters': the parser's other subject
            has_subj = True
            if ctx.para_of[c.i] != ctx.para_of[tok.i]:
                c = _part_in_paragraph(c, tok, ctx)  # a subhead the parser ran into the clause
                if c is None:
                    continue
            c = _noun_before_adverb(c, tok)
            c = _name_before_dashed_aside(c, tok, ctx) or c
            c = _name_after_fronted_participle(c, tok, ctx) or c
            c = next((a for a in c.children if unclosed_apposition(a)), c)
            c = _holder_after_a_bodys_role(c, ctx) or c
            c = _name_closing_a_title_run(c, ctx) or c
            if PARTY_TAG.fullmatch(c.doc[c.left_edge.i : c.i + 1].text):
                c = _name_before_party_tag(c, ctx)
                if c is None:
                    continue
            if c.ent_type_ not in NOT_SPEAKER_ENTS or AGE_WORD.fullmatch(c.text) or _an_age(c):
                return c, has_subj
            if c.ent_type_ in ("PERCENT", "CARDINAL") and c.pos_ == "NOUN" and c.i < tok.i:
                return c, has_subj  # "63 percent said": poll respondents
            if part_of_group(c) is not None:
                return c, has_subj  # "says one of the players"
        if c.dep_ == "nsubjpass" and ctx.qid[c.i] == -1 and tok.lemma_ not in PASSIVE_LISTENER_CUES:
            if tok.lemma_ in PASSIVE_SPEAKER_CUES or tok.lemma_ in PERCEPTION_VERBS:
                return c, has_subj
    return (None if has_subj else _subject_hung_on_participle(tok, ctx)), has_subj


_ASIDE_WORDS = 5  # words of a remark set off between dashes ("— no relation —", "— not his real name —")


def _name_before_dashed_aside(c, tok, ctx: Context):
    """ "Rep. Nadine Whitaker (D-Texas) — no relation — said …": the parser made the short remark set off between
    dashes right before the cue its subject; the actor named right before the first dash (past a bracketed party
    tag) speaks, or None."""
    doc = ctx.doc
    if c.i + 2 != tok.i or doc[c.i + 1].text not in DASHES:
        return None
    opening = c.i - 1
    while opening > max(0, c.i - _ASIDE_WORDS) and doc[opening].text not in DASHES:
        opening -= 1
    aside = doc[opening + 1 : c.i + 1]
    if doc[opening].text not in DASHES or any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in aside):
        return None
    last = opening - 1
    if doc[last].text == ")":  # "(D-Texas)"
        while last > 0 and doc[last].text != "(":
            last -= 1
        last -= 1
    if last < 0 or ctx.qid[last] != -1 or ctx.actors.actor_at(last) is None:
        return None
    return doc[last]


def _name_after_fronted_participle(c, tok, ctx: Context):
    """ "Reached by text message in Whitehorse, her mother, Kirsten Sheardown, wrote: “…”": the parser made the
    opening participle the subject and hung the real one on its last noun ("Whitehorse, her mother, Kirsten
    Sheardown"); the person set off closest before the cue speaks, past a phrase set off after the name ("Reacting,
    the Commissioner …, Dr Folasade Bamgbose, in a statement signed by the ministry's Director of Information, Mr
    Gbenga Ajayi, said": the commissioner, never the signer inside the "by" phrase), or None."""
    if not _fronted_participle(c) or c.left_edge.i != c.i or c.i > tok.i:
        return None
    best = None
    for t in c.subtree:
        if t.i >= tok.i or t.dep_ not in ("appos", "conj") or ctx.qid[t.i] != -1:
            continue
        if any(a.dep_ == "agent" for a in t.ancestors):
            continue
        actor = ctx.actors.actor_at(t.i)
        if actor is not None and actor.kind == "person" and _only_set_off_between(t, tok):
            best = t
    return best


def _only_set_off_between(t, tok) -> bool:
    """Whether only punctuation, or a prepositional phrase opened after ``t``, stands between ``t`` and the cue."""
    return all(
        u.is_punct or u.is_space or any(a.dep_ == "prep" and a.i > t.i for a in (u, *u.ancestors))
        for u in t.doc[t.i + 1 : tok.i]
    )


def _fronted_participle(c) -> bool:
    """A participle, or a sentence's first word the tagger read as a name for its capital ("Reacting, the Special
    Adviser …, Alhaji Sani Umar, said"), that ends in "-ing" or "-ed", set off by a comma, in no entity."""
    if c.pos_ == "VERB" and c.tag_ in ("VBN", "VBG"):
        return True
    return (
        c.pos_ == "PROPN"
        and c.is_sent_start
        and not c.ent_type_
        and c.lower_.endswith(("ing", "ed"))
        and c.i + 1 < len(c.doc)
        and c.doc[c.i + 1].text == ","
    )


def _holder_after_a_bodys_role(c, ctx: Context):
    """The person named in apposition to a role the parser hung on a body's name made the subject ("the ASUU
    National President, Prof. Victor Ukaegbu-Hart, had told journalists": "ASUU" the subject, "President" its
    apposition and the name the role's), or to an office the model tagged a body, or a name with its role before it
    hung on the body, or None."""
    actors = ctx.actors
    if (body := actors.actor_at(c.i)) is None or body.kind != "organization":
        return None

    def persons_name(tok) -> bool:
        return (a := actors.actor_at(tok.i)) is not None and a.kind == "person"

    if c.lower_ in ROLE_NOUNS:
        # "the Minister for Agriculture, Food and the Marine, Fergal Dunleavy, said": an office the model tagged a
        # body, the person set off after it
        named = [name for name in c.children if name.dep_ == "appos" and persons_name(name)]
        if len(named) == 1:
            return named[0]
    for role in c.children:
        if role.dep_ in ("appos", "npadvmod") and role.lower_ in ROLE_NOUNS:
            for name in role.children:
                if name.dep_ == "appos" and persons_name(name):
                    return name
        # "Kenya Union of Teachers and Educators (Kute) secretary-general Wycliffe Barasa told": the name, its role run
        # into it, hung on the body
        if role.dep_ == "appos" and persons_name(role):
            if any(t.dep_ in ("nmod", "compound") and t.lower_ in ROLE_NOUNS for t in role.children):
                return role
            # "The Kenya National Union of Nurses Kanyimbo branch chairman, Mr Samson Wafula, said": the role closes
            # the body's phrase right before the comma that sets the name off
            start = role.left_edge.i
            if start >= 2 and c.doc[start - 1].text == "," and c.doc[start - 2].lower_ in ROLE_NOUNS:
                return role
    return None


def heads_a_title_run(tok) -> bool:
    """Whether ``tok`` is a role noun that may open a long title a name closes with no comma ("Member of Parliament
    for … Juliet Ferron-Barnes", "Commanding officer for … Superintendent Marcia Gayle-Ferguson")."""
    return tok.lower_ in ROLE_NOUNS or tok.lower_ in TITLE_RUN_HEADS


def title_run(words) -> bool:
    """Whether ``words``, between a title's head and the name that closes it, are the title's own: capitalised words,
    "of", "for", "the" and hyphens only."""
    return all(w.text[:1].isupper() or w.lower_ in ("of", "for", "the", "-") for w in words)


def _name_closing_a_title_run(c, ctx: Context):
    """ "Commanding officer for the Upper St Catherine Police Division Superintendent Marcia Gayle-Ferguson told …": a
    role the parser made the subject, its "for" or "of" phrase running with no comma into a person's name, is that
    person's; the name's last token, or None."""
    if (
        not heads_a_title_run(c)
        or c.lower_ in PROXY_ROLES
        or any(d.dep_ in ("det", "poss") for d in c.children)
    ):
        return None  # ("A spokesman for Gemma Holloway said": one speaking for her, not she)
    actors, doc = ctx.actors, ctx.doc
    for t, idx in actors.mentions:
        if t <= c.i or actors.actors[idx].kind != "person":
            continue
        end = ctx.mention_end(t, idx)
        between = doc[c.i + 1 : t]
        if (
            not c.i < doc[end].i <= c.right_edge.i
            or not any(w.lower_ in ("for", "of") for w in between)
            or not title_run(between)
            or not doc[t - 1].text[:1].isupper()
            or (
                doc[t - 1].lower_.rstrip(".") not in TITLES
                and doc[t - 1].lower_.rstrip(".") not in ROLE_NOUNS
            )
        ):
            return None  # (the name's own title right before it: "… Police Division Superintendent Marcia …")
        return doc[end]
    return None


def _named_people_first(tok, ctx: Context) -> list:
    """``tok``'s children, and when the parser gave it several subjects ("says co-author Professor Ann
    Lee": "co", "author" and "Lee"), a named person's first and a place's last."""
    children = list(tok.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return children
    # a place is the last of them ("Kenora—Rainy River MPP Darlene Munroe's office said": the office), and so
    # is a phrase set off by a comma before another subject ("Outside court, Fairbairn's mum told reporters";
    # a name closing a fronted clause: "Asked whether he had heard from coach Graeme Laidlaw, Drummond grinned")
    fronted = [
        c for c in subjects if _inside_fronted_phrase(c, subjects) or _apposed_to_an_agent(c, tok, subjects)
    ]
    fronted += [c for c in subjects if c not in fronted and _object_of_anothers_preposition(c, subjects)]
    named = [
        c
        for c in subjects
        if (a := ctx.actors.actor_at(c.i)) is not None and a.kind == "person" and c not in fronted
    ]
    places = [c for c in subjects if (a := ctx.actors.actor_at(c.i)) is not None and a.kind == "place"]
    places += [c for c in subjects if c not in named + places and _set_off_before_another(c, subjects)]
    places += [c for c in fronted if c not in places]
    return named + [c for c in children if c not in named and c not in places] + places


def _object_of_anothers_preposition(c, subjects: list) -> bool:
    """Subject ``c`` closes the "for" or "of" phrase of another subject before it, with nothing but its words between
    ("A top surrogate for Pennsylvania Republican Senate candidate Bill Kessler went on the attack": the parser made
    both subjects, and the surrogate is the one who went), not a subject of its own; the other is written with an
    article, a description and not a title before the name."""
    doc = c.doc
    for other in subjects:
        if other.i >= c.i or other.i + 1 >= c.i or doc[other.i + 1].lower_ not in _OWNING_PREPOSITIONS:
            continue
        if not any(d.dep_ == "det" for d in other.children):
            continue  # a title before the name, the "for" its own ("Independent TD for Donegal Rónán Mac Suibhne said")
        if all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") for t in doc[other.i + 2 : c.i]):
            return True
    return False


# Prepositions that say whose a subject is ("a surrogate for …", "the mother of …").
_OWNING_PREPOSITIONS = frozenset({"for", "of"})


def _apposed_to_an_agent(c, tok, subjects: list) -> bool:
    """Subject ``c`` is a name set off after the end of a "by" phrase of a participle inside the verb's clause, with
    another subject before it ("the Minister of Education, Prof. Ibrahim Lawal, in a statement signed by the
    ministry's Director of Press, Mrs. Ngozi Bello, described …": the signer's name, not who speaks)."""
    doc = c.doc
    comma = c.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or not any(o.i < comma for o in subjects if o is not c):
        return False
    before = doc[comma - 1]
    # (not "the regulator, through its spokesperson, Dr Chinedu Okafor-Eze, said": the spokesperson speaks)
    return any(a.dep_ == "agent" and tok in a.ancestors for a in before.ancestors)


def _set_off_before_another(c, subjects: list) -> bool:
    """Subject ``c``'s phrase ends in a comma and another subject comes after it: a fronted phrase ("Outside
    court,"), not who speaks."""
    end = c.right_edge.i + 1
    return end < len(c.doc) and c.doc[end].text == "," and any(o.i > end for o in subjects)


def _inside_fronted_phrase(c, subjects: list) -> bool:
    """Subject ``c`` is a name closing a fronted participle or subordinate clause, before the comma that
    ends it, with another subject after ("Asked whether he had heard from coach Graeme Laidlaw,
    Drummond grinned"); not a subject that opens the sentence and is set off ("Gavin Ashcombe, commentating
    for the BBC, said")."""
    doc = c.doc
    first = doc[c.sent.start]
    end = c.right_edge.i
    if doc[end].text != ",":  # the parser may hang the comma on the phrase
        end += 1
    return (
        (first.tag_ in ("VBN", "VBG") or first.pos_ == "SCONJ")  # "Asked whether …", "After …", "Speaking …"
        and first.i < c.left_edge.i
        and end < len(doc)
        and doc[end].text == ","
        and any(o.i > end for o in subjects)
    )


def _prefix(tok, ctx: Context) -> bool:
    """ "says co-author Professor Ann Lee": a word cut off before a hyphen ("co", "ex", "vice") is part of
    the word after it, never the subject the parser made it; unless the word is inside a name the article
    tagged ("Bay Gold Kiwifruit Co-operative, which packs fruit …, says"), which speaks through it."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.i in ctx.actors.tok2actor and ctx.actors.tok2actor.get(tok.i + 2) == ctx.actors.tok2actor[tok.i]:
        return False
    if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ == "of":
        return False  # "the mother-of-two said": the noun heads the hyphened phrase, no prefix of it
    return nxt is not None and not tok.whitespace_ and nxt.text == "-"


def _name_before_party_tag(tag, ctx: Context):
    """ "Sen. Ann Lee, D-Ore., called the vote …": the parser made the party tag the subject; the
    name before its comma is. None when no named person stands there."""
    comma = tag.left_edge.i - 1
    if comma < 1 or tag.doc[comma].text != ",":
        return None
    name = tag.doc[comma - 1]
    a = ctx.actors.actor_at(name.i)
    return name if a is not None and a.kind == "person" else None


def _noun_before_adverb(c, tok):
    """ "said the 29-year-old afterwards": the parser made the adverb after an inverted subject the
    subject, with the subject's words hung on it; the word right before the adverb is the subject."""
    if c.pos_ != "ADV" or c.i <= tok.i + 1:
        return c
    prev = c.doc[c.i - 1]
    if (
        prev.head.i == c.i
        and prev.dep_ in ("amod", "compound", "nmod")
        and prev.pos_ in ("NOUN", "ADJ", "PROPN")
    ):
        return prev
    return c


def _an_age(tok) -> bool:
    """'said the 19-year-old': the tokenizer split the age, so the subject is "old" with the rest of
    the age before it."""
    words = tok.doc[tok.left_edge.i : tok.i + 1].text
    if words.lower().startswith("the "):
        words = words[4:]
    return AGE_WORD.fullmatch(words) is not None


def _part_in_paragraph(subj, tok, ctx: Context):
    """A subject the parser found in an earlier paragraph ("Claims about the costs" ¶ "McCallum also
    claimed"): a subhead is never the speaker; the name or pronoun of the subject's subtree that stands
    in the cue's own paragraph, before the cue, is (the last such), else None."""
    para = ctx.para_of[tok.i]
    part = [t for t in subj.subtree if ctx.para_of[t.i] == para and t.i < tok.i and ctx.qid[t.i] == -1]
    heads = [
        t for t in part if t.head not in part and (t.pos_ in ("PROPN", "PRON") or t.i in ctx.actors.tok2actor)
    ]
    return heads[-1] if heads else None


def part_of_group(tok):
    """The group noun of "one of the players", "two of the residents" (a number with "of" and a plural
    noun after it), or None."""
    if tok.pos_ != "NUM" and tok.lower_ not in ("one", "some", "several", "many", "most", "few"):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS"):
                    return g
    return None


def _agent_of_a_participle(tok):
    """ "Mr Tierney read to the court a letter of apology written by Dylan Kavanagh:": a participle cue on a noun, its
    "by" the writer: the writer speaks, not the letter; None for another cue."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in AUTHORING_VERBS:
        return None  # (not "Hollis, asked by reporters …, was brief:", nor "answered by email:")
    return _passive_agent(tok)


def _passive_agent(tok):
    """ "it was described by the minister as …": the agent of a passive cue, or None."""
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _noun_run_into_cue(tok, head, ctx: Context):
    """ "… will close for three weeks, a move a nurse who works there says “…”": a finite cue coordinated with
    nothing (no "and", "but" or comma before it) that follows a noun phrase closing right before it is that
    phrase's verb, which the parser hung on the clause before; the phrase's innermost noun that is no object of a
    preposition ("a nurse", not "a move"; "the head of the union", not "the union") speaks."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBZ", "VBD", "VBP") or not head.i < tok.i:
        return None
    between = ctx.doc[head.i + 1 : tok.i]
    if (
        any(t.dep_ == "cc" or t.lower_ in ("and", "but", "or") for t in between)
        or ctx.doc[tok.i - 1].is_punct
    ):
        return None
    found = None
    for t in between:
        if (
            t.pos_ in ("NOUN", "PROPN")
            and t.right_edge.i == tok.i - 1
            and t.dep_ not in ("pobj", "compound", "dobj", "attr")
            and ctx.qid[t.i] == -1
            and (found is None or t.left_edge.i > found.left_edge.i)
        ):
            found = t
    return found


def _shared_subject(tok, ctx: Context, depth: int):
    """A subjectless cue ("X said … but said “…”") shares its head's subject; the parser often takes
    the second verb of a coordination for a complement."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ in _PHRASE_PREPOSITIONS and _main_verb(head.head):
        head = head.head  # "began by saying", "after admitting …, she was": the verb the phrase modifies
    if ctx.qid[head.i] != -1 and ctx.qid[tok.i] == -1:
        # The parser hung the cue on a verb inside a quote ("treating it as a compliment --
        # ''…'' -- and asserting, ''…''"): the subject is the nearest clause subject before.
        return clause_subject_before(tok, ctx)
    if tok.dep_ == "conj" and head.dep_ == "ccomp" and not is_cue(head) and is_cue(head.head):
        # "The ministry said the outbreak was contained and urged calm": the cue is coordinated
        # with the reported clause by the parser, but its subject is the reporter, unless the
        # reported clause's subject is a person.
        inner = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if inner is None or not personal(inner, ctx):
            return subject(head.head, ctx, depth + 1)
    if (run_into := _noun_run_into_cue(tok, head, ctx)) is not None:
        return run_into
    if _participle_set_off(tok) and any(_embedded_clause(t, ctx) for t in (head, *head.ancestors)):
        # "X has dismissed reports that Y is planning to defect, describing the claim as “…”": the parser hung
        # the participle inside a clause on a noun or a verb; it tells what the sentence's subject did (inside what
        # a person is said to have done, "said Hart left the flat, telling a neighbour", it may be Hart's: left to
        # the rules below)
        head = next(t for t in (head, *head.ancestors) if t.head.i == t.i)
    shared = subject(head, ctx, depth + 1)
    if shared is None or not _names_no_one(shared, ctx):
        return shared
    if tok.dep_ == "conj":
        # "The issue spilled into question period, where MP Brent Skoglund, whose riding …, accused …": a thing
        # says nothing; the person the parser made a subject between the two verbs is whoever speaks
        return next(
            (
                t
                for t in ctx.doc[head.i + 1 : tok.i]
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and personal(t, ctx)
            ),
            shared,
        )
    if tok.dep_ in ("ccomp", "advcl"):
        # "The sharpest exchange came …, when Reyes-Whitman, noting that …, called him “…”": the parser hung
        # the cue under the clause of a thing; the one person named after that thing, as a subject or set off
        # (one of them, however often named), is whoever speaks
        named = [
            t
            for t in ctx.doc[shared.i + 1 : tok.i]
            if t.dep_ in ("nsubj", "nsubjpass", "appos") and t.pos_ == "PROPN" and personal(t, ctx)
        ]
        return named[-1] if len({ctx.actors.tok2actor[t.i] for t in named}) == 1 else shared
    return shared


def _embedded_clause(verb, ctx: Context) -> bool:
    """A clause on a noun or a verb ("reports that …", "the plan, which …", "warned that …"), but not a person's
    deed reported ("said Hart left the flat"): a clause under a cue whose own subject is a person."""
    if verb.dep_ in ("acl", "relcl"):
        return True
    if verb.dep_ != "ccomp":
        return False
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return not (is_cue(verb.head) and own is not None and personal(own, ctx))


def _participle_set_off(tok) -> bool:
    """An -ing form after a comma ("…, describing the claim as “…”"), hung as a side clause."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == ","


# "began by saying", "after admitting", "despite claiming": a speech verb's -ing form in a phrase that
# tells when or how someone did something ("without" is left out: "it goes without saying").
_PHRASE_PREPOSITIONS = frozenset({"by", "after", "before", "despite", "while", "upon", "on", "in"})


def _main_verb(tok) -> bool:
    """A verb that is its sentence's root or coordinated with it ("appeared … and began"), not one inside
    what someone else is reported to say ("Mook said he expects Holt to insert himself … by calling")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")


def _person_after_lower_words(tok, ctx: Context):
    """'“…,” says lead author Fanomezantsoa Andrianjakarivelo, a herpetologist': the parser read "lead" as
    a verb; up to three lower-case words of a role, then a person's name, are the inverted subject. Only
    right after the quote ("called rival Donald Trump “divisive”" names the one called)."""
    doc = tok.doc
    if not _after_comma_quote(tok):
        return None
    for t in doc[tok.i + 1 : min(tok.i + 5, len(doc))]:
        idx = ctx.actors.tok2actor.get(t.i)
        if idx is not None:
            return t if ctx.actors.actors[idx].kind == "person" and t.i > tok.i + 1 else None
        if not (t.is_lower and t.is_alpha) or ctx.qid[t.i] != -1:
            return None
    return None


def _inverted_subject(tok, ctx: Context):
    """Inverted order the parser missed: 'said Smith', 'said the mayor'. Never after an -ing form: in
    '“…,” referencing the large number of …' the noun is what is referred to."""
    if tok.i + 1 >= len(tok.doc) or tok.tag_ == "VBG" or tok.lemma_.lower() in ADDRESSEE_CUES:
        return None  # "told the Herald": the one told, never the teller
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ in ANOTHER_WORDS and _after_comma_quote(tok) and ctx.qid[nxt.i] == -1:
        # '“…,” added another volunteer', '“…,” wrote another': another speaker, whatever its parse
        return nxt.head if nxt.dep_ == "det" and nxt.head.i > nxt.i else nxt
    if (
        nxt.lower_ == "one"
        and nxt.i + 1 < len(tok.doc)
        and tok.doc[nxt.i + 1].text == ","
        and ctx.qid[nxt.i] == -1
    ):
        return nxt  # '“…,” said one, who gave only his first name, Moussa': one of those just narrated
    while nxt.ent_type_ in NOT_SPEAKER_ENTS or nxt.text == ",":
        if nxt.i + 1 >= len(tok.doc) or nxt.i - tok.i > 6:
            return None
        nxt = tok.doc[nxt.i + 1]
    if nxt.pos_ in ("PROPN", "NOUN", "PRON") and ctx.qid[nxt.i] == -1 and nxt.dep_ != "dobj":
        found = nxt.head if nxt.dep_ == "compound" else nxt
    elif nxt.pos_ == "DET" and nxt.head.pos_ in ("NOUN", "PROPN"):
        found = nxt.head
    elif _misread_person(nxt, ctx):
        return nxt  # 'said Skelly,': a person's surname the tagger read as an adverb (-ly)
    else:
        return _person_after_lower_words(tok, ctx)
    verb = found.head
    if (
        found.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ == "NOUN"
        and verb.dep_ == "ccomp"
        and verb.head.i == tok.i
    ):
        # '“…,” said operations chief Martin Lacasse-Dubé': the parser made the role's noun a clause with "operations"
        # its subject; the person after the role's lower-case words is who speaks
        return _person_after_lower_words(tok, ctx) or found
    if found.dep_ in ("nsubj", "nsubjpass") and (
        (verb.i == found.i + 1 and verb.tag_ in ("VBZ", "VBD", "VBP", "MD"))
        or (
            verb.dep_ == "ccomp"
            and verb.head.i == tok.i
            and ctx.qid[verb.i] == -1
            and 0 < verb.i - found.i <= 4
        )
    ):
        return None  # 'said Schumer has “a way …”', 'said the band had decided …': the subject of
        # what was said, not who said it
    return found


def _misread_person(t, ctx: Context) -> bool:
    """A mention of a person the tagger gave another part of speech (a surname read as an adverb for
    its -ly), capitalised, outside quotes, with punctuation or the end of the sentence after it."""
    a = ctx.actors.actor_at(t.i)
    if a is None or a.kind != "person" or ctx.qid[t.i] != -1 or not t.text[:1].isupper():
        return False
    return t.i + 1 >= len(t.doc) or t.doc[t.i + 1].is_punct


def named_before(tok, ctx: Context):
    """'“…,” Tulsa police Chief Ana Ortiz said' / '“…,” Flynn, a retired general, said' when the
    parser found no subject: the first person named between the quote and the cue, else the first
    organisation (a word that is no name's ends the search)."""
    doc = ctx.doc
    i = tok.i - 1
    while i >= 0 and ctx.qid[i] == -1 and not ends_sentence(doc, i) and tok.i - i <= 14:
        i -= 1
    if i < 0 or ctx.qid[i] == -1 or not doc[i].is_punct:
        return None  # the cue must follow a closing quotation mark
    k = ctx.qid[i]
    if not ctx.spans[k].text_in(ctx.text).rstrip().endswith((",", "?", "!", "—", "-")):
        return None
    body = None  # an organisation named in a person's title ("Senate Minority Leader Harlan Voss") is not
    # the speaker: the first person named is; a body only when no person is
    j = i + 1
    while j < tok.i:
        t = doc[j]
        if t.is_punct or t.is_space:
            j += 1
            continue
        if (
            is_cue(t)
            or t.lower_ in RELATIVE_PRONOUNS
            or (t.text.islower() and t.pos_ not in ("DET", "NOUN", "ADJ"))
        ):
            break
        a = ctx.actors.actor_at(j)
        if a is not None and a.kind in ("person", "organization"):
            # the last token of that name
            while j + 1 < tok.i and ctx.actors.tok2actor.get(j + 1) == ctx.actors.tok2actor.get(j):
                j += 1
            if a.kind == "person":
                return doc[j]
            body = body or doc[j]
        j += 1
    return body


def clause_subject_before(tok, ctx: Context, outer: bool = False):
    """The nearest clause subject before ``tok`` in its sentence and paragraph, outside quotes, or None.
    (The parser may run a sentence across a paragraph break after a line with no full stop.) ``outer``: never a
    question word nor a subject "whose" owns, a clause inside another ("Greeley, a Democrat whose state is home to four
    mills, is blunter:", "She was blunter about what comes next:")."""
    doc = ctx.doc
    start = max(ctx.sent_start_tok(tok.i), ctx.para_start_tok(tok.i))
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        if ctx.qid[i] != -1 or t.dep_ != "nsubj" or t.lower_ in RELATIVE_PRONOUNS:
            continue
        if ctx.qid[t.head.i] != -1:
            continue
        if outer and (t.tag_ in ("WP", "WDT") or any(c.lower_ == "whose" for c in t.children)):
            continue
        return t
    return None


def personal(tok, ctx: Context) -> bool:
    """Whether a subject token names a person (an actor of that kind, or a personal pronoun)."""
    if tok.lower_ in PERSONAL_PRONOUNS:
        return True
    a = ctx.actors.actor_at(tok.i)
    return a is not None and a.kind == "person"


def with_the(tok) -> bool:
    """Whether "the" determines ``tok`` ("the mayor", "The footballer"): the word stands for one the reader
    already knows."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _glued_end(tok) -> int:
    """Where a word the tokenizer split at its hyphens after ``tok`` ends ("daughter-in-law",
    "editor-in-chief": the index of "law", "chief")."""
    doc, i = tok.doc, tok.i
    while i + 2 < len(doc) and _joins_word(doc[i + 1]) and doc[i + 2].is_alpha and doc[i + 2].is_lower:
        i += 2
    while i > tok.i and doc[i].pos_ != "NOUN":
        i -= 2  # a noun ends it: not "matter-of-factly", "database-a"
    return i


def noun_phrase(tok) -> str:
    """A short noun phrase for an unnamed speaker: 'a campaign spokesman', 'the ad’s narrator'."""
    keep = [tok]
    kids = list(tok.children)
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and is_cue(tok.head):
        kids += [c for c in tok.head.children if c.i < tok.i]  # "one fan writing": "one" is the cue's
    for c in kids:
        if c.i < tok.i and c.dep_ in ("det", "amod", "compound", "poss", "nummod", "case", "nmod"):
            keep.extend(c.subtree)
    if (
        tok.dep_ == "amod"
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "the"
        and tok.doc[tok.i - 1].head == tok.head
    ):
        keep.append(
            tok.doc[tok.i - 1]
        )  # "the collective wrote": the noun read as the verb's adjective, "the" the verb's
    glued = glued_start(tok)  # "the Vice-President": the parser's tree broken at the hyphen
    if glued < tok.i:
        keep.extend(tok.doc[glued - 1 if glued and tok.doc[glued - 1].lower_ == "the" else glued : tok.i])
    keep.extend(tok.doc[tok.i + 1 : _glued_end(tok) + 1])  # "Her daughter-in-law", not "Her daughter"
    keep = sorted(set(keep), key=lambda t: t.i)
    # never across a paragraph break (a photo credit the parser ran into the next line)
    keep = [t for t in keep if not any("\n" in u.text for u in tok.doc[min(t.i, tok.i) : max(t.i, tok.i)])]
    start, end = keep[0].i, keep[-1].i + 1
    words = [t for t in tok.doc[start:end] if not t.is_punct or t.text in ("’s", "'s") or _joins_word(t)]
    while words and words[-1].dep_ in ("cc", "punct", "prep"):
        words.pop()
    # a word after a dropped punctuation token keeps its space ('“risk mitigation” payments')
    out = "".join(t.text + (" " if t.whitespace_ or t.i + 1 != n.i else "") for t, n in pairwise(words))
    return (out + (words[-1].text if words else "")).strip(" ,")


_DESCRIBING_PREPS = frozenset("of from for to at".split())
_SETTING_NOUNS = DOC_NOUNS | SPEECH_NOUNS | frozenset("interview conference call hearing meeting".split())


def with_own_phrase(tok, phrase: str) -> str:
    """``phrase`` (a description ending at ``tok``) with the prepositional phrase that belongs to it, as a
    reader knows the person: "the senator from Vermont", "the mother of three", "the former top aide to
    President George W. Bush". At most eight words, within the sentence, no quote mark or comma, and never
    the setting of the words ("the senator in an interview", "the spokesman for the statement")."""
    doc = tok.doc
    if not phrase.endswith(tok.text):
        return phrase
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _DESCRIBING_PREPS or prep.i != tok.i + 1:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or objects[0].lemma_.lower() in _SETTING_NOUNS:
            return phrase
        words = doc[prep.i : prep.right_edge.i + 1]
        if len(words) > 8 or any(t.is_punct and t.text not in (".", "-", "’", "'") for t in words):
            return phrase
        if any("\n" in t.whitespace_ for t in doc[tok.i : prep.right_edge.i]):
            return phrase
        return f"{phrase} {words.text}"
    return phrase


def _joins_word(t) -> bool:
    """A hyphen inside a word ('52-count', 'Rolls-Royce'), kept in a phrase."""
    return t.text in ("-", "‑", "–") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def glued_start(tok) -> int:
    """Where a word the tokenizer split at its hyphens starts ("Vice-President": the index of "Vice")."""
    i = tok.i
    while i >= 2 and _joins_word(tok.doc[i - 1]):
        i -= 2
    return i


def description(tok) -> str | None:
    """The words of a definite description ending at ``tok`` ('the 24-year-old', 'the Brazilian'),
    without the article; None when ``tok`` ends none. Eight words back at most: an age is five tokens
    ('19', '-', 'year', '-', 'old') and a noun or two may follow it."""
    doc = tok.doc
    for j in range(tok.i - 1, max(-1, tok.i - 9), -1):
        if doc[j].lower_ == "the":
            return doc[j + 1 : tok.i + 1].text
        if doc[j].is_punct and doc[j].text not in ("-", "–"):
            return None
    return None


def names_age_or_nation(words: str, tok) -> bool:
    """An age ('24-year-old') or a tagged nationality ('Brazilian') alone."""
    return AGE_WORD.fullmatch(words) is not None or (tok.ent_type_ == "NORP" and len(words.split()) == 1)


def _origin(word: str, tok) -> bool:
    """A nationality the model tagged ("Brazilian") or a noun of origin ("Scot", "Kiwi")."""
    return (
        tok.ent_type_ == "NORP"
        or word.lower() in ORIGIN_NOUNS
        # (a word shaped like a demonym first: Doc.text is joined again on each read)
        or (bool(demonym_places(word)) and demonym_of_a_place(word, tok.doc.text))
    )


def _same_in_the_plural(tok) -> bool:
    """A nationality written the same for one as for many ("the Portuguese", "the Swiss"), which the tagger
    reads as a plural: one person when a cue's subject ("the Portuguese grinned")."""
    return tok.ent_type_ == "NORP" and (tok.lower_.endswith("ese") or tok.lower_ == "swiss")


# "17-year" of "the 17-year veteran": the years someone has served.
_YEARS_OF_SERVICE = re.compile(r"\d{1,2}-year")


def describes_person(words: str, tok) -> bool:
    """An age ('24-year-old'), a nationality or origin ('Brazilian', 'the Scot', 'the Corkman', after an
    age too: 'the 38-year-old Scot') or an age
    or standing noun ('the teenager', 'the veteran', 'the old man') standing alone as a description, or
    an age before one or two lower-case words ('the 19-year-old academy graduate', 'the 31-year-old
    lawyer': the age says one person, whatever the noun), as "retired" does ('the retired mail carrier')."""
    if tok.tag_ in ("NNS", "NNPS") and not _same_in_the_plural(tok):
        return False  # "the Conservatives" is a party, not one person
    if AGE_WORD.fullmatch(words) is not None:
        return True
    parts = words.split()
    if (
        2 <= len(parts) <= 4
        and AGE_WORD.fullmatch(parts[0])
        and all(w.isalpha() and w.islower() for w in parts[1:])
    ):
        return True  # (up to three words: "the 58-year-old retired dental hygienist")
    if len(parts) == 2 and AGE_WORD.fullmatch(parts[0]) and _origin(parts[1], tok):
        return True  # "the 38-year-old Scot", "the 24-year-old Brazilian"
    if len(parts) == 2 and _YEARS_OF_SERVICE.fullmatch(parts[0]) and parts[1] in PERSON_DESCRIPTIONS:
        return True  # "the 17-year veteran": years of service, one person as "the veteran" is
    if (
        2 <= len(parts) <= 3
        and parts[0] in ("retired", "former", "veteran")
        and all(w.isalpha() and w.islower() for w in parts[1:])
    ):
        # "the retired mail carrier", "the former trooper", "the veteran guide": retired from a trade or long in
        # it, one person, as an age says (a former office is the role rules': "the former president" beside
        # "President X", as is a title of two words: "the former first lady"; and "the veteran coach" one of
        # the coaches the role rules know)
        return parts[0] == "retired" or (len(parts) == 2 and parts[-1] not in ROLE_NOUNS)
    if place_description(words, tok) or _parent_of_number(words, tok):
        return True
    low = words.lower()
    if low in REGION_DEMONYM_PHRASES:
        return True  # "the British Columbian", "the Nova Scotian"
    if len(parts) == 1:
        if _origin(words, tok) or low in PERSON_DESCRIPTIONS:
            return True
        # "the Corkman", "the Englishwoman": a capitalised place word joined to man or woman
        # (never a role written with a capital: "The Chairman of the board, Chief …")
        return (
            words[:1].isupper() and low.endswith(("man", "woman")) and len(low) > 6 and low not in ROLE_NOUNS
        )
    return (
        len(parts) == 2
        and parts[0].lower() in ("old", "young", "older", "younger")
        and parts[1]
        in (
            "man",
            "woman",
        )
    )


_PARENTS = frozenset("mother father mom dad mum grandmother grandfather".split())


def _parent_of_number(words: str, tok) -> bool:
    """ "the mother of three", "the father-of-four": a description of one person by the children they have
    (not "the mother of the victim", a relation the kin rules read)."""
    return words.lower() in _PARENTS and parent_of_a_number(tok)


def parent_of_a_number(tok) -> bool:
    """Whether "of" and a number follow the noun, hyphened or not ("the mother of three", "the father-of-four")."""
    after = [t for t in tok.doc[tok.i + 1 : tok.i + 5] if t.text not in ("-", "‐")]
    return len(after) >= 2 and after[0].lower_ == "of" and after[1].like_num


_PLACE_WORD = re.compile(r"[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*")


def place_description(words: str, tok) -> bool:
    """One person described by a place ('the Halifax native', 'the Corner Brook native', 'the Bowen
    grandmother') or by where they were born, work or trained ('the Haifa-based geochemist', 'the
    Penang-born aviator', 'the Manila-trained nurse'): one to three capitalised words before a singular
    noun for a person; never a body ('the London-based company')."""
    parts = words.split()
    head = parts[-1]
    mods = parts[:-1]
    if not 1 <= len(mods) <= 3 or tok.tag_ != "NN" or not head.isalpha() or not head.islower():
        return False
    last, _, participle = mods[-1].rpartition("-")
    if last and participle in ORIGIN_PARTICIPLES:
        if not all(_PLACE_WORD.fullmatch(w) for w in [*mods[:-1], last]):
            return False
        return (
            head in ROLE_NOUNS
            or head in PERSON_DESCRIPTIONS
            or head in PLACE_DESCRIBED_NOUNS
            or (head.endswith(("ist", "ian")) and head not in ORG_NOUNS)
        )
    return all(_PLACE_WORD.fullmatch(w) for w in mods) and (
        head in PLACE_DESCRIBED_NOUNS or head in PERSON_DESCRIPTIONS
    )


def _description_before(tok, ctx: Context):
    """'“…,” the 24-year-old said' when the parser gave the cue no subject: the description's last word; a body's noun
    read as an adjective ('the collective wrote') too."""
    if tok.i == 0 or ctx.qid[tok.i - 1] != -1:
        return None
    last = tok.doc[tok.i - 1]
    words = description(last)
    if words is not None and describes_person(words, last):
        return last
    if words == last.text and last.dep_ == "amod" and last.lower_ in COLLECTIVE_NOUNS | ORG_NOUNS:
        return last  # '“…,” the collective wrote': a body's noun the tagger read as an adjective of the cue
    # '“…,” her brother counters', "counters" read as a noun the person's noun is compounded to
    if tok.pos_ == "NOUN" and last.pos_ == "NOUN" and person_word(last) and tok.i >= 2:
        owner = tok.doc[tok.i - 2]
        if owner.lower_ in ("the", *POSSESSIVE_PRONOUNS):
            return last
    return None


def person_word(tok) -> bool:
    """A noun for a person: a relation, a role, a kind of people ("brother", "coach", "neighbour")."""
    low = tok.lower_
    return low in RELATION_NOUNS or low in ROLE_NOUNS or low in PEOPLE_NOUNS
