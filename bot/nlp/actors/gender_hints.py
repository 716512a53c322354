"""Grammatical gender hints for the pronoun resolver of ``bot.nlp.quotes``.

Not the public gender estimate (that is ``gender.estimate_genders``, after attribution): a person's
``gender`` from a given name and ``gender_votes`` from he/she subjects, so "she said" can be given to
the one woman of the sentence before.
"""

from __future__ import annotations

import re

from bot.nlp.actors.build import SUBJ, Build
from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    FAMILY_TERM_KIN,
    FEMALE_KIN,
    FEMALE_NAMES,
    HE,
    MALE_KIN,
    MALE_NAMES,
    QUOTE_CLOSERS,
    RUSSIAN_PATRONYMICS_FEMALE,
    RUSSIAN_PATRONYMICS_MALE,
    SHE,
    TURKIC_PATRONYMICS_FEMALE,
    TURKIC_PATRONYMICS_MALE,
)

_KIN = "|".join(sorted(MALE_KIN | FEMALE_KIN))
# "Her father, Vongsa Phommachanh, died …", "Vongsa Phommachanh, her late father,": a kin noun of someone's
# set off right before or after the name tells the sex the given name may not.
_KIN_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:late\s+|elder\s+|younger\s+|older\s+)?({_KIN})\s*,\s*$"
)
_KIN_AFTER = re.compile(
    rf"\s*,\s+(?:his|her|their|my|our)\s+(?:late\s+|elder\s+|younger\s+|older\s+)?({_KIN})\s*[,.;)]"
)  # set off, not listed: "Tavon Middleton, his wife and their two daughters" tells no one's sex


def guess_gender_from_kin(b: Build) -> None:
    """A person with no title hint, set off beside a kin noun ("Her father, Vongsa Phommachanh,"), gets
    that noun's sex, for the pronoun resolver (before the given name's, which the name data may not know)."""
    table, doc, text = b.table, b.doc, b.text
    for t, idx in table.mentions:
        a = table.actors[idx]
        if a.kind != "person" or a.gender:
            continue
        end = t
        while end + 1 < len(doc) and table.tok2actor.get(end + 1) == idx:
            end += 1
        start_char, end_char = doc[t].idx, doc[end].idx + len(doc[end].text)
        hit = _KIN_BEFORE.search(text, max(0, start_char - 40), start_char) or _KIN_AFTER.match(
            text, end_char
        )
        if hit is not None and not _kin_in_a_clause_before(doc, hit, end):
            a.gender = "m" if hit.group(1) in MALE_KIN else "f"


def _kin_in_a_clause_before(doc, hit, end: int) -> bool:
    """Whether the kin noun a match found is the object of a clause set before a name that a verb follows
    ("Asked what it was like to win a title for her father, Tessa Whitfield laughed": she is the subject of
    "laughed", not the father); a name set off after the noun is its apposition ("talked through his
    daughter, Linh, a nurse")."""
    span = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
    if span is None or span.root.dep_ not in ("pobj", "dobj"):
        return False
    return end + 1 < len(doc) and doc[end + 1].pos_ in ("VERB", "AUX")


def guess_gender_from_given_name(b: Build) -> None:
    """A person with no title hint gets the sex a family term says ("Mum", "Grandad": whatever the name data
    holds for "Nan"), else the gender of a given name (the hand list, else the name data when near-certain),
    for the pronoun resolver."""
    for a in b.table.actors:
        if a.kind == "person" and not a.gender:
            first = a.name.split()[0].lower()
            if kin := FAMILY_TERM_KIN.get(a.name.lower()):
                a.gender = "f" if kin in FEMALE_KIN else "m"
            elif first in MALE_NAMES:
                a.gender = "m"
            elif first in FEMALE_NAMES:
                a.gender = "f"
            elif named := given_name_gender(a.name):
                a.gender = named[0]
            elif formed := _gender_of_name_form(a.name):
                a.gender = formed


# Patronymics and surname forms that carry a sex, as Russian and Central Asian names are written
# ("Almazbek Toktogulovich Sydykov", "Aigul Zhenishbekova", "Yerlan Dauletuly", "Galina Petrovna").
_MALE_FORMS = RUSSIAN_PATRONYMICS_MALE + TURKIC_PATRONYMICS_MALE
_FEMALE_FORMS = RUSSIAN_PATRONYMICS_FEMALE + TURKIC_PATRONYMICS_FEMALE
_MALE_SURNAME_FORMS = ("ov", "ev")
_FEMALE_SURNAME_FORMS = ("ova", "eva")


def _gender_of_name_form(name: str) -> str | None:
    """ "m" or "f" from a patronymic among a name's later words, else from a Slavic surname's ending
    ("-ov", "-ova"; not "-nova", as in "Casanova", nor a word of fewer than six letters); None for one word."""
    words = [w.lower().strip(".,") for w in name.split()[1:]]
    if any(w.endswith(_FEMALE_FORMS) for w in words):
        return "f"
    if any(w.endswith(_MALE_FORMS) for w in words):
        return "m"
    last = words[-1] if words else ""
    if len(last) < 6 or not last.isalpha():
        return None
    if last.endswith(_FEMALE_SURNAME_FORMS) and not last.endswith("nova"):
        return "f"
    if last.endswith(_MALE_SURNAME_FORMS):
        return "m"
    return None


def vote_gender_from_pronouns(b: Build) -> None:
    """Gender evidence from pronouns: a he/she subject right after a lone person subject (the first such
    pronoun of a sentence only: a later one is often about someone the person talks of); a pronoun inside
    a quotation votes only for a name inside it ("“Judge Lamberth was right when he suggested …”"), never
    for the speaker before it ("Losa Faleolo said her son came home hungry." ¶ "“He says it's mushy,” she
    said": her son)."""
    doc, table = b.doc, b.table
    table.mentions.sort()
    table.sent_starts = [s.start for s in doc.sents]
    persons = [(t, i) for t, i in table.mentions if table.actors[i].kind == "person" and t in table.subjects]
    if not persons:
        return
    voted: set[int] = set()
    for i, low in enumerate(b.lowers):
        g = "m" if low in HE else "f" if low in SHE else None
        if g is None:
            continue
        tok = b.tokens[i]
        if tok.dep_ not in SUBJ:
            continue
        si = table.sent_index(tok.i)
        if si in voted:
            continue  # "Brennan said she had cast Furlong because he had grown up …": only "she" votes
        voted.add(si)
        if _noun_subject_before(b, tok, si):
            continue  # "His wife said she grabbed the photo box": she is the wife, not the man before
        opened = _quote_opened_at(b.text, tok.idx)  # inside a quote, only a name in it can be meant
        near = [(t, i) for t, i in persons if t < tok.i and (opened is None or doc[t].idx > opened)]
        here = {i for t, i in near if table.sent_index(t) == si and not _quoted_before(doc, t, tok.i)}
        cands = here or {i for t, i in near if table.sent_index(t) == si - 1}
        if len(cands) == 1:
            table.actors[next(iter(cands))].gender_votes[g] += 1


def _noun_subject_before(b: Build, tok, si: int) -> bool:
    """Whether a common noun no actor names is a clause subject earlier in the pronoun's sentence ("His wife said
    she …", "The nurse said she …"): the pronoun may be that person's, so it votes for no one."""
    doc, table = b.doc, b.table
    start = table.sent_starts[si]
    return any(
        t.dep_ in SUBJ
        and t.pos_ == "NOUN"
        and t.i not in table.tok2actor
        and _quote_opened_at(b.text, t.idx) is None  # "“The canal belongs to all of us,” he said": a quote's
        and not _quoted_before(doc, t.i, tok.i)
        for t in doc[start : tok.i]
    )


def _quoted_before(doc, t: int, pron: int) -> bool:
    """A quotation mark stands between the mention and the pronoun: the name is inside the quote the
    pronoun's clause attributes ("“… until Sizwe showed me,” she said"), not the speaker."""
    return any(doc[i].text in QUOTE_CLOSERS for i in range(t + 1, pron))


def _quote_opened_at(text: str, at: int) -> int | None:
    """Where the double quotation mark still open at ``at`` in its paragraph opened, or None."""
    start = text.rfind("\n", 0, at) + 1
    seg = text[start:at]
    if seg.count("“") > seg.count("”"):
        return start + seg.rfind("“")
    if seg.count('"') % 2 == 1:
        return start + seg.rfind('"')
    return None
