"""From mentions to actors: one actor per real name, its forms joined and its repeats counted.

Plural forms join their person, full names join their longer forms, single words are found to be
places or people, every mention is assigned to one actor of the table, organisations merge with
their acronyms and tails, untagged repeats of a person's name are counted, and an actor shows its
unshouted name.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.nlp.actors.build import PLACE_LABELS, SUBJ, Build, drop_mentions, name_key, name_tail
from bot.nlp.actors.evidence import before_a_speech_verb, find_all, line_at, word_hits
from bot.nlp.actors.lexicon import (
    CLUB_HEADS,
    COMPANY_DESIGNATORS,
    DATELINE_REST,
    DEMONYM,
    FIRM_NAME_ENDINGS,
    GATHERING_HEADS,
    GIVEN_NAMES,
    INSTITUTION_ENDINGS,
    KIND_OF_LABEL,
    LEGAL_FORMS,
    ORG_TITLE,
    PLACE_AFTER,
    PLACE_ALIASES,
    PLACE_BEFORE,
    PLACE_PREPOSITION,
    POST_NOMINALS,
    ROLE_INITIALS,
    ROLE_NOUNS,
    ROMAN_NUMERALS,
    SHORT_GIVEN_NAMES,
    SOFT_TITLES,
    TITLES,
)
from bot.nlp.actors.names import Mention, honorific_of, strip_possessive, title_key
from bot.nlp.actors.table import ActorRec, name_ends, opens_longer_name


def merge_plural_names(b: Build) -> None:
    """A plural of a person's name ("more Audrey Parkers") is a mention of that person; the plural of a
    name that is no person's here ("the Golden Globes" beside "the Golden Globe", "U.S. Opens") is none."""
    text = b.text
    persons = {m.norm for m in b.mentions if m.label == "PERSON"}
    person_words = {w for n in persons for w in n.split()}
    drop, hits = set(), {}  # hits: the singular's places in the text, found once per name
    for m in b.mentions:
        n = m.norm
        if (
            m.label != "PERSON"
            or m.gender
            or not n.endswith("s")
            or n.endswith("ss")
            or len(n.split()[-1]) < 4
        ):
            continue
        single = n[:-1]
        if " " in n and single in persons:
            m.norm = single
        elif single.split()[-1] not in person_words:
            if single not in hits:
                hits[single] = word_hits(text, single)
            if any(e == len(text) or text[e] not in "’'" for _, e in hits[single]):
                drop.add(n)
    drop_mentions(b, lambda m: not (m.label == "PERSON" and m.norm in drop))


def link_full_names(b: Build) -> None:
    """Full names that are one another's longer form ("Hillary Clinton" / "Hillary Rodham Clinton",
    "Abu Salem" / "Omar Abu Salem")."""
    b.person_forms = Counter(m.norm for m in b.mentions if m.label == "PERSON")
    full = {n for n in b.person_forms if len(n.split()) >= 2}
    for n in sorted(full, key=lambda s: (-len(s.split()), -b.person_forms[s])):
        w = n.split()
        target = n
        for other in b.full_key.values():
            ow = other.split()
            if ow[-1] in _GENERATION_WORDS and w[-1] not in _GENERATION_WORDS:
                ow = ow[:-1]  # "Nana Agyeman" is "Nana Kwaku Agyeman III"
            if ow != w and ow[0] == w[0] and ow[-1] == w[-1] and len(ow) > len(w):
                target = other
                break
        if target == n and len(w) == 2:
            # "Greg Ames" is "Gregory Ames" when the article writes both
            longer = [
                o
                for o in full
                if len(o.split()) == 2
                and o.split()[1] == w[1]
                and o.split()[0].lower() in SHORT_GIVEN_NAMES.get(w[0].lower(), ())
            ]
            if len(longer) == 1:
                target = longer[0]
        if target == n and len(w) == 2 and len(w[0].rstrip(".")) == 1 and w[0][:1].isupper():
            # "C Moriarty" of a scorers' line is "Cathal Moriarty" when the article names one Moriarty so, and only
            # one ("E Moriarty" beside him is Eoin)
            initialled = [
                o
                for o in full
                if o != n
                and len(o.split()) >= 2
                and o.split()[-1] == w[1]
                and o[:1] == w[0][:1]
                and len(o.split()[0].rstrip(".")) > 1
            ]
            if len(initialled) == 1:
                target = initialled[0]
        if target == n and len(w) == 2 and title_key(w[0]) in SOFT_TITLES:
            # "Pak Budi" is "Budi Santosa" when the article names exactly one person so: a title that is
            # also a given name stays in the name only while nothing else says who is meant
            named = {o for o in full if o != n and len(o.split()) >= 2 and w[1] in name_ends(o.split())}
            if len(named) == 1:
                target = named.pop()
        if target == n and len(w) >= 2 and not b.person_forms[w[-1]]:
            # "Haraldur Ingi" is "Haraldur Ingi Ólafsson" when exactly one name one word longer opens
            # with it; never a son's ("Donald Trump Jr."), nor when the article calls someone by the
            # last word alone: then it is a surname and the longer run a headline's ("Donald Trump Says")
            opening = {o for o in full if opens_longer_name(w, o.split()) and _in_running_text(b, o)}
            if len(opening) == 1:
                target = opening.pop()
        if target == n:
            # "Abu Salem" is "Omar Abu Salem" when exactly one longer name ends that way.
            tails = {
                o
                for o in b.full_key.values()
                if len(o.split()) > len(w) and name_tail(o.split(), len(w)) == name_key(w)
            }
            if len(tails) == 1:
                target = tails.pop()
        b.full_key[n] = target
    b.canon_full = set(b.full_key.values())


# A generation after a full name, set aside when a shorter form is matched against it (a numeral, not "Jr": a son's).
_GENERATION_WORDS = ROMAN_NUMERALS - {"JR", "SR"}


def _in_running_text(b: Build, name: str) -> bool:
    """Whether a person's name form is written at least once on a line of running text and not run into a
    capitalised word after it: a headline's line of capitalised words ("Donald Trump Rampages to …") or
    a longer run ("the Ted Cruz Super PAC") holds no one's full name."""
    text = b.text
    for m in b.mentions:
        if m.label != "PERSON" or m.norm != name:
            continue
        if m.end < len(b.doc) and b.doc[m.end].text[:1].isupper():
            continue
        start, end = b.doc[m.start].idx, b.doc[m.end - 1].idx + len(b.doc[m.end - 1])
        line = line_at(text, start, end)
        words = [t for t in line.split() if t[:1].isalpha()]
        if sum(t[:1].islower() for t in words) * 3 >= len(words):
            return True
    return False


def find_places(b: Build) -> None:
    """Single-word forms that are places here, and the single words that name a person."""
    full_words = {w for c in b.canon_full for w in name_ends(c.split())}
    b.places = _place_forms(b, full_words)
    single_person = {n for n in b.person_forms if len(n.split()) == 1 and n not in b.places}
    b.person_words = full_words | single_person


def _place_forms(b: Build, person_words: set[str]) -> set[str]:
    """Single-word forms that are places in this article, whatever label each mention got.

    A form is a place when the model tagged it a place at least once, or the text says so ("the city
    of X", "X region"), and it is not a person's name here (part of a full name, a given name, or with
    a personal title; a given name only when the model tagged it a place twice or more and more often than
    anything else: "Jordan" three times a country, once a person). A NORP form that looks like a demonym
    or creed ("Israeli", "Kurds") stays a group.
    """
    by_form: dict[str, set[str]] = {}
    tags: Counter = Counter()
    gendered = set()
    for m in b.mentions:
        if " " in m.norm:
            continue
        by_form.setdefault(m.norm, set()).add(m.label)
        tags[m.norm, m.label in PLACE_LABELS] += 1
        if m.gender:
            gendered.add(m.norm)
    out: set[str] = set()
    text = None
    for form, labels in by_form.items():
        if labels <= PLACE_LABELS or form in gendered or form in person_words:
            continue
        if not form[:1].isupper():
            continue
        if form.lower() in GIVEN_NAMES:
            if tags[form, True] >= 2 and tags[form, True] > tags[form, False]:
                out.add(form)  # "Jordan" the country, tagged a person once ("Jordan's problem alone")
            continue
        if "NORP" in labels and DEMONYM.search(form):
            continue
        if text is None:
            text = _PlaceWording(b.text)
        if text.after_org_title(form):
            continue  # "the high street retailer Brightwell" … "Shares in Brightwell": an organisation
        if labels & PLACE_LABELS:
            out.add(form)
            continue
        if text.worded_as_place(form) or text.opens_dateline(form):
            out.add(form)  # dateline: "MONTERREY, Mexico (AP) —" … "the hub of Monterrey"
    return out


_BOUNDARY = re.compile(r"\b")
# Where each wording that comes before a name ends; a lookahead finds them at every start, overlapping.
_ORG_TITLE_AT = re.compile(rf"(?=\b({ORG_TITLE}))")
_PLACE_BEFORE_AT = re.compile(rf"(?=\b({PLACE_BEFORE}))")
_PLACE_PREPOSITION_AT = re.compile(rf"(?=\b({PLACE_PREPOSITION}))")
_PLACE_AFTER = re.compile(PLACE_AFTER)
_DATELINE_REST = re.compile(DATELINE_REST)


class _PlaceWording:
    """Where an article's text words a single-word form as a place or an organisation.

    The wordings are found once per article; a pattern built for each form (as ``re.search`` of an
    f-string would) costs a compile each, and the forms of a day's articles overflow ``re``'s cache.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._org_title = _ends(_ORG_TITLE_AT, text)
        self._place_before = _ends(_PLACE_BEFORE_AT, text)
        # "city of the X" also ends before "the " ("city of X" reads the same words without it)
        self._place_before |= {
            e - 4
            for e in self._place_before
            if text.startswith("the ", e - 4) and text.startswith(" of ", e - 8)
        }
        self._preposition = _ends(_PLACE_PREPOSITION_AT, text)

    def after_org_title(self, form: str) -> bool:
        """A title of an organisation right before the form ("the retailer Brightwell")."""
        return any(
            a in self._org_title and _BOUNDARY.match(self.text, a + len(form))
            for a in find_all(self.text, form)
        )

    def worded_as_place(self, form: str) -> bool:
        """ "the city of X", "X's mayor", "in X" (not "in X's view")."""
        t, n = self.text, len(form)
        for a in find_all(self.text, form):
            if a in self._place_before and _BOUNDARY.match(t, a + n):
                return True
            if _BOUNDARY.match(t, a) and _PLACE_AFTER.match(t, a + n):
                return True
            if (
                a in self._preposition
                and _BOUNDARY.match(t, a + n)
                and t[a + n : a + n + 1] not in ("’", "'")
            ):
                return True
        return False

    def opens_dateline(self, form: str) -> bool:
        """The form in capitals opens a line, then the rest of a dateline ("MONTERREY, Mexico (AP) —")."""
        upper = form.upper()
        return any(
            (a == 0 or self.text[a - 1] == "\n") and _DATELINE_REST.match(self.text, a + len(upper))
            for a in find_all(self.text, upper)
        )


def _ends(at: re.Pattern, text: str) -> set[int]:
    """The end of every match of ``at``'s captured wording, at every start."""
    return {m.start() + len(m.group(1)) for m in at.finditer(text)}


def _resolve(b: Build, m: Mention) -> tuple[str, str]:
    """(canonical name, label) for one mention."""
    n = m.norm
    label = m.label
    if n in b.places:
        # A place the model once took for an organisation, a group or a person.
        return PLACE_ALIASES.get(n.lower(), n), "GPE" if label not in PLACE_LABELS else label
    if label != "PERSON":
        # Label slips: a form that is, in this article, a person's name; or has a person's title
        # ("Ms. Kravets") or a common given name ("Maria Kravets").
        if n in b.full_key or (len(n.split()) == 1 and n in b.person_words) or m.gender or b.tail_target(n):
            label = "PERSON"
    if label == "PERSON":
        if n in b.full_key:
            return b.full_key[n], label
        if b.tail_target(n):
            return b.tail_target(n), label
        if len(n.split()) == 1:
            return (b.person_target(n) or n), label
        return n, label
    if label in ("GPE", "LOC"):
        n = PLACE_ALIASES.get(n.lower(), n)
    return n, label


def assign_mentions(b: Build) -> None:
    """One actor per (canonical name, kind); every mention counted on it."""
    table = b.table
    index: dict[tuple[str, str], int] = {}
    for m in b.mentions:
        name, label = _resolve(b, m)
        kind = KIND_OF_LABEL[label]
        key = (name.casefold(), kind)
        idx = index.get(key)
        if idx is None:
            idx = len(table.actors)
            index[key] = idx
            table.actors.append(ActorRec(name=name, kind=kind, first=m.start))
        rec = table.actors[idx]
        rec.mentions += 1
        rec.aliases[m.norm] += 1
        rec.labels[m.label] += 1
        if m.gender and kind == "person":
            rec.gender = rec.gender or m.gender
        if m.honorific and kind == "person":
            rec.honorifics[m.honorific] += 1
        for i in range(m.start, m.end):
            table.tok2actor[i] = idx
            b.covered.add(i)
        table.mentions.append((m.start, idx))
        if _name_root(b.doc, m).dep_ in SUBJ or word_is_subject(b.doc, m.start, m.end):
            table.subjects.add(m.start)
        if kind == "person" and _written_as_a_person(b.doc, m):
            table.personal.add(m.start)


def _name_root(doc, m: Mention):
    """The token a mention hangs on: its root, or the letters after the name the parser made the head
    ("Dr Anna Lowe MSP said": "Lowe" a compound of "MSP", the subject)."""
    root = doc[m.start : m.end].root
    if root.dep_ == "compound" and root.head.i == m.end and root.head.text.strip(",.") in POST_NOMINALS:
        return root.head
    return root


def word_is_subject(doc, start: int, end: int) -> bool:
    """A word of the name at tokens ``start``..``end`` is the subject of a verb outside it, however the parser hung
    the rest ("Hagg Sayed Abdel-Fattah, 67, … said": "Sayed" taken for a verb, "Fattah" the subject of "said")."""
    return any(t.dep_ in SUBJ and not start <= t.head.i < end for t in doc[start:end])


def _written_as_a_person(doc, m: Mention) -> bool:
    """A title or role noun before or in the mention ("President Obama", "striker Ana Ruiz"), a possessive
    after it ("Obama's") or a person beside it in a coordination ("Kerry and Obama"): how a person is
    written, kept for the listing of lone words."""
    words = m.surface.split()
    before = doc[m.start - 1].lower_.rstrip(".") if m.start else ""
    root = doc[m.start : m.end].root
    beside = [root.head] if root.dep_ == "conj" else []
    beside += [c for c in root.children if c.dep_ == "conj"]
    return (
        any(t.ent_type_ == "PERSON" for t in beside)  # "Kerry and Obama"
        or len(words) > len(m.norm.split())
        or before in TITLES
        or before in ROLE_NOUNS
        or doc[m.end - 1].tag_ == "POS"
        or (m.end < len(doc) and doc[m.end].tag_ == "POS")
    )


def merge_org_acronyms(b: Build) -> None:
    """An acronym ("NSC") merges with the one organisation whose initials it is; with none, with the one whose
    initials after its first word are, as a place's name opens a court's or a force's ("the HC" beside the "Bombay
    High Court"), unless the letters are a role's ("MP"); with none, with the department whose applied title's letters
    they are ("DFO" beside "Fisheries and Oceans Canada")."""
    table = b.table
    orgs = [i for i, a in enumerate(table.actors) if a.kind == "organization"]
    for i in orgs:
        a = table.actors[i]
        if a.name.isupper() and 2 <= len(a.name) <= 6 and a.mentions:
            hits = [j for j in orgs if j != i and _initials(table.actors[j].name.split()) == a.name]
            if not hits and a.name.lower() not in ROLE_INITIALS:
                hits = [
                    j
                    for j in orgs
                    if j != i
                    and len(words := table.actors[j].name.split()) >= 3
                    and _initials(words[1:]) == a.name
                ]
            if not hits:
                hits = [
                    j
                    for j in orgs
                    if j != i and a.name in _applied_title_initials(table.actors[j].name.split())
                ]
            if not hits:
                # "ERCOT" beside "the Electric Reliability Council of Texas": a linking word's letter too; "TGR" beside
                # "Trinity Gulf Refining Ltd": no letter for the legal form
                hits = [j for j in orgs if j != i and a.name in _letter_forms(table.actors[j].name.split())]
            if len(hits) > 1:
                hits = _bodies_over_gatherings(table, hits)
            if len(hits) == 1:
                table.merge(i, hits[0])
        elif _mixed_case_letters(a.name) and a.mentions:
            # "the MoD" beside "the Ministry of Defence", "DfE", "DoJ": its small letters a linking word's
            hits = [
                j
                for j in orgs
                if j != i and _initials_with_linking_words(table.actors[j].name.split()) == a.name
            ]
            if len(hits) == 1:
                table.merge(i, hits[0])


def _bodies_over_gatherings(table, hits: list[int]) -> list[int]:
    """Of the organisations an acronym's letters fit, the one that is a body when the others are gatherings ("the RNC"
    beside the "Republican National Committee" and the "Republican National Convention": a convention issues no
    statement); all of them when that leaves none or several."""
    bodies = [j for j in hits if table.actors[j].name.split()[-1].lower() not in GATHERING_HEADS]
    return bodies if len(bodies) == 1 else hits


def _mixed_case_letters(name: str) -> bool:
    """Letters of a body written with a linking word's small letter ("MoD", "DfE"): 3-5 letters, capitals first
    and last, one small letter or two between."""
    return (
        3 <= len(name) <= 5
        and name.isalpha()
        and name[0].isupper()
        and name[-1].isupper()
        and 1 <= sum(c.islower() for c in name) <= 2
    )


def _initials_with_linking_words(words: list[str]) -> str:
    """A name's initials with its linking words' in small letters ("Ministry of Defence": "MoD")."""
    return "".join(
        w[0] if w[0].isupper() else w[0].lower()
        for w in words
        if w.lower() in _LINKING_WORDS or w[0].isupper()
    )


# Small words an acronym may keep a letter of ("MoD", "DfE", "DoJ").
_LINKING_WORDS = frozenset({"of", "for", "and"})


def is_applied_title(name: str) -> bool:
    """Whether ``name`` is a Canadian federal department's applied title ("Fisheries and Oceans Canada"): a
    department, though its name does not say so."""
    return bool(_applied_title_initials(name.split()))


def _applied_title_initials(words: list[str]) -> tuple[str, ...]:
    """A Canadian federal department's letters from its applied title ("Fisheries and Oceans Canada": "DFO", the
    Department of Fisheries and Oceans; "Environment and Climate Change Canada": "ECCC"); none for another name."""
    if len(words) < 2 or words[-1] != "Canada" or words[0] in ("Department", "Ministry"):
        return ()
    field = _initials(words[:-1])
    return ("D" + field, field + "C")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper())


def is_initials_of(letters: str, name: str) -> bool:
    """Whether ``letters`` ("INMO", "MoD") are the initials of the organisation ``name`` ("Irish Nurses and
    Midwives Organisation", "Ministry of Defence"), as ``merge_org_acronyms`` reads them."""
    words = name.split()
    return len(words) >= 2 and letters in _letter_forms(words)


def _letter_forms(words: list[str]) -> tuple[str, ...]:
    """The ways a body's name is written in letters: its capitals' initials ("NSC"), with its linking words' letters
    small ("MoD") or in capitals ("ERCOT", the Electric Reliability Council of Texas); a firm's without its legal form
    ("TGR", Trinity Gulf Refining Ltd); a body's without the letters of its state or country before it ("RFS", NSW
    Rural Fire Service)."""
    linking = _initials_with_linking_words(words)
    forms = (_initials(words), linking, linking.upper())
    if len(words) > 2 and words[-1].lower().rstrip(".") in LEGAL_FORMS:
        forms += (_initials(words[:-1]),)
    if len(words) > 3 and words[0].isupper() and words[0].isalpha():
        # a state's or a country's letters before the body's name ("NSW Rural Fire Service": "the RFS")
        forms += (_initials(words[1:]),)
    return forms


def merge_org_tails(b: Build) -> None:
    """ "the Communist Party" is the "Chinese Communist Party" when no other organisation ends that way; not
    the name after "for" in a body's name ("NSW" of "Transport for NSW", the state it serves)."""
    _merge_into_one_longer_org(
        b, lambda short, long: long[-len(short) :] == short and long[-len(short) - 1 : -len(short)] != ["for"]
    )


def merge_org_short_names(b: Build) -> None:
    """ "Suncor" is "Suncor Energy" ("Palmetto Pointe" is "Palmetto Pointe Residential") when that is the one
    organisation of the article named by the words and a company designator ("Energy", "Inc", "Group": ``COMPANY_DESIGNATORS``)
    or a firm's last word ("Northshore Bank", "Sable Ridge Capital": ``FIRM_NAME_ENDINGS``), or a pair of them
    ("Gulfstar Property & Casualty"), or by
    the words, one more and a legal form ("Corvane Semiconductor Inc.", "Ford Motor Co."); the fuller name is
    shown. "Ford" and the "Ford Foundation" stay two: a foundation is no designator. A name with a place after
    "of" is tested by the words before it ("Northshore Bank of Canada"): "Northshore Bank" and "Northshore" are it."""
    _merge_into_one_longer_org(
        b,
        lambda short, long: (
            (core := _before_its_place(long))[: len(short)] == short
            and (
                len(core) == len(short) + 1
                or (len(core) == len(short) + 2 and core[-1].lower().rstrip(".") in LEGAL_FORMS)
                or (
                    len(core) == len(short) + 2 and core[-2][:1].isupper()
                )  # "North Star" | "Regional Airlines"
                or (
                    len(short) >= 2 and core == short and len(long) > len(core)
                )  # "Northshore Bank" | "of Canada"
                or (
                    len(core) == len(short) + 3 and core[-2] in ("&", "and") and core[-3][:1].isupper()
                )  # "Gulfstar" | "Property & Casualty", "Harbor" | "Gas and Electric": a firm's pair of lines
            )
        ),
        lambda long: (
            _before_its_place(long)[-1].lower().rstrip(".") in COMPANY_DESIGNATORS | FIRM_NAME_ENDINGS
        ),
    )


def merge_institution_short_names(b: Build) -> None:
    """ "Humberview General" is "Humberview General Hospital" ("Carbery Vale" is "Carbery Vale Co-operative") when
    that is the one organisation of the article named by those words and an institution's last word
    (``INSTITUTION_ENDINGS``): a short form of two words or more, so that a one-word place name's body ("Dalhousie")
    is left to the rules that know it."""
    _merge_into_one_longer_org(
        b,
        lambda short, long: len(short) >= 2 and len(long) == len(short) + 1 and long[: len(short)] == short,
        lambda long: long[-1].lower() in INSTITUTION_ENDINGS,
    )


def merge_bodies_named_short(b: Build) -> None:
    """ "the Halden Institute" is the "Halden Institute for Sleep Research" ("Coastshire Fire" the "Coastshire Fire and
    Rescue Service") when that is the one organisation of the article whose name goes on from those words with "for",
    "of", "on" or "and" and capitalised words: a body's name cut before its field, or its second line. A short form of
    two words or more, so that a one-word name ("Ford" beside the "Ford Foundation") is left to the rules that know it."""
    _merge_into_one_longer_org(
        b,
        lambda short, long: (
            len(short) >= 2
            and long[: len(short)] == short
            and long[len(short)] in _NAME_GOES_ON
            and all(w[:1].isupper() for w in long[len(short) + 1 :])
        ),
    )


# Words a body's name goes on with after a short form of it ("Halden Institute" | "for Sleep Research").
_NAME_GOES_ON = frozenset({"for", "of", "on", "and", "&"})


def _before_its_place(words: list[str]) -> list[str]:
    """A body's name less a place written after "of" at its end ("Northshore Bank" of "Northshore Bank of
    Canada"); the name itself when it has none."""
    if "of" in words[1:-1]:
        k = words.index("of", 1)
        if all(w[:1].isupper() for w in words[k + 1 :]):
            return words[:k]
    return words


def merge_groups_named_as_orgs(b: Build) -> None:
    """A "group" (a nationality's tag) written as the short name of one organisation of the article is that
    organisation ("According to the filing, Corvalis would lose …" beside "Corvalis Therapeutics"): the
    model read the firm's name as a people's."""
    table = b.table
    orgs = [(j, a) for j, a in enumerate(table.actors) if a.kind == "organization" and a.mentions]
    for i, g in enumerate(table.actors):
        if g.kind != "group" or not g.mentions or " " in g.name or not g.name[:1].isupper():
            continue
        owners = [j for j, a in orgs if g.name in a.aliases or a.name.split()[0] == g.name]
        if len(owners) == 1:
            table.merge(i, owners[0])


def merge_firms_read_as_people(b: Build) -> None:
    """One word the model read as a person's name that opens the name of one firm of the article and no
    person's ("Northshore said in a statement" beside "Northshore Bank of Canada") is that firm, when nothing
    makes it a person's: no given name, no courtesy title, no gender seen (``_firm_name_opened``)."""
    table = b.table
    people = [a for a in table.actors if a.kind == "person" and a.mentions]
    for i, a in enumerate(table.actors):
        if (
            a.kind != "person"
            or not a.mentions
            or " " in a.name
            or not a.name[:1].isupper()
            or a.honorifics
            or a.gender_votes
            or a.name.lower() in GIVEN_NAMES
            or any(p is not a and a.name in p.name.split() for p in people)
        ):
            continue
        firms = [
            j
            for j, o in enumerate(table.actors)
            if o.kind == "organization" and o.mentions and _firm_name_opened(a.name, o.name.split())
        ]
        if len(firms) == 1:
            table.merge(i, firms[0])


def _firm_name_opened(word: str, name: list[str]) -> bool:
    """Whether a firm's name is ``word`` and its designator or a firm's last word, a place after "of" aside
    ("Northshore Bank of Canada", "Corvane Semiconductor Inc.")."""
    core = _before_its_place(name)
    if core[-1].lower().rstrip(".") in LEGAL_FORMS and len(core) > 2:
        core = core[:-1]
    return (
        len(core) == 2
        and core[0] == word
        and core[-1].lower().rstrip(".") in COMPANY_DESIGNATORS | FIRM_NAME_ENDINGS
    )


def name_clubs_in_full(b: Build) -> None:
    """A club, school or paper the article names by one word ("Portbridge said in a statement") is shown
    by the full name the article also writes for it ("Portbridge Athletic manager Graeme Lennox"), when
    the article joins the word to one such name only (a club's, a school's or a paper's last word:
    ``CLUB_HEADS``); when the model tagged the full name too, the two are one organisation."""
    table, text = b.table, b.text
    named = {a.name: i for i, a in enumerate(table.actors) if a.mentions}
    for i, a in enumerate(table.actors):
        if a.kind != "organization" or not a.mentions or " " in a.name or not a.name[:1].isupper():
            continue
        fuller = {
            f"{a.name} {hit.group(1)}"
            for hit in re.finditer(rf"\b{re.escape(a.name)} ([A-Z][a-z]+)\b", text)
            if hit.group(1).lower() in CLUB_HEADS
        }
        if len(fuller) != 1:
            continue
        full = fuller.pop()
        if full not in named:
            a.aliases[a.name] += 1
            a.name = full
        elif table.actors[named[full]].kind == "organization":
            table.merge(i, named[full])  # the model tagged both: one club


def _merge_into_one_longer_org(b: Build, part_of, joins=None) -> None:
    """Each organisation whose (capitalised) name is ``part_of(short, long)`` exactly one longer
    organisation name of the article merges into it, when ``joins(long)`` allows (names as word lists)."""
    table = b.table
    orgs = [i for i, a in enumerate(table.actors) if a.kind == "organization" and a.mentions]
    for i in orgs:
        short = table.actors[i].name.split()
        if not short[0][:1].isupper():
            continue
        longer = [
            j
            for j in orgs
            if j != i
            and table.actors[j].mentions
            and len(table.actors[j].name.split()) > len(short)
            and part_of(short, table.actors[j].name.split())
        ]
        if len(longer) == 1 and (joins is None or joins(table.actors[longer[0]].name.split())):
            table.merge(i, longer[0])


def count_untagged_full_names(b: Build) -> None:
    """An untagged repeat of a person's full name ("Raj Dhillon said the store would reopen", the model
    tagging it only the first time) is a mention of that person, and a subject when it is one: the
    pronoun after it must not reach back past it to someone named earlier."""
    table, doc = b.table, b.doc
    by_first: dict[str, list[tuple[list[str], int]]] = {}
    for i, a in enumerate(table.actors):
        words = a.name.split()
        if a.kind == "person" and len(words) >= 2:
            by_first.setdefault(words[0], []).append((words, i))
    if not by_first:
        return
    for tok in sorted((t for first in by_first for t in b.uses(first)), key=lambda t: t.i):
        for words, idx in by_first[tok.text]:
            span = doc[tok.i : tok.i + len(words)]
            if [t.text for t in span] != words or any(t.i in b.covered or t.i in b.excluded for t in span):
                continue
            before = doc[tok.i - 1] if tok.i > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            if any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (before, after)):
                continue  # part of a longer name ("Anil Raj Dhillon")
            for t in span:
                table.tok2actor[t.i] = idx
                b.covered.add(t.i)
            table.actors[idx].mentions += 1
            table.mentions.append((tok.i, idx))
            # the parser may hang the given name apart ("Raj" an adverb of "said"): any word of the name
            # that is the subject of a verb outside it makes the name a subject
            if any(t.dep_ in SUBJ and not span.start <= t.head.i < span.end for t in span):
                table.subjects.add(tok.i)
            break


def count_untagged_repeats(b: Build) -> None:
    """Untagged repeats of a person's name count as mentions (the model misses a surname now and then)."""
    table, doc = b.table, b.doc
    person_idx: dict[str, int] = {}
    for i, a in enumerate(table.actors):
        if a.kind != "person":
            continue
        person_idx.setdefault(a.name, i)
        for w in name_ends(a.name.split()) if len(a.name.split()) > 1 else {a.name}:
            if w == a.name or b.person_target(w) == a.name:
                person_idx.setdefault(w, i)
        for alias in a.aliases:  # a given name the model tagged as the person once ("Arne, 61, and his wife")
            if " " not in alias and alias != a.name and b.person_target(alias) == a.name:
                person_idx.setdefault(alias, i)
    if not person_idx:
        return
    shared = _shared_surnames_unlisted(table)
    inside: set[int] = set()
    for tok in b.tokens:
        if tok.i in inside:
            continue
        joined = _hyphen_joined_repeat(b, tok, person_idx)
        if joined is not None:  # "Théberge-Allard told the committee": the tokenizer split it in three
            idx, last = joined
            _count_repeat(b, doc, range(tok.i, last + 1), idx)
            inside.update(range(tok.i, last + 1))
            continue
        if tok.i in b.covered or tok.i in b.excluded or not _read_as_name(tok):
            continue
        idx = person_idx.get(strip_possessive(tok.text))
        if idx is None and strip_possessive(tok.text) in shared and (_says(tok) or _after_a_generation(tok)):
            # "Arcand said" beside Donnie and Colleen Arcand: the bare surname, one of them, is an actor of
            # its own the table never lists, and the quote resolver says which of them each use is (only as
            # a speech verb's subject: elsewhere it would stand as a rival to whoever the narration is about)
            idx = person_idx[strip_possessive(tok.text)] = len(table.actors)
            table.actors.append(ActorRec(name=strip_possessive(tok.text), kind="person", first=tok.i))
        if idx is None:
            continue
        # Part of a longer unknown name ("Bill" in "Bill Clinton" when only Hillary is known).
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.i not in b.covered and nxt.text[:1].isupper():
            continue
        _count_repeat(b, doc, range(tok.i, tok.i + 1), idx)


def _after_a_generation(tok) -> bool:
    """Whether "the younger" or "the elder" stands right before ``tok`` ("said the younger Prydderch"): the article
    says which of the people sharing the surname it means (the quote resolver reads which)."""
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].lower_ in ("younger", "elder", "older")
        and doc[tok.i - 2].lower_ == "the"
    )


def _says(tok) -> bool:
    """Whether ``tok`` is the subject of a speech verb right after it ("Arcand said", "Moose told CBC")."""
    return before_a_speech_verb(tok) and tok.dep_ == "nsubj"


def _shared_surnames_unlisted(table) -> set[str]:
    """Surnames two listed people with different given names end in ("Arcand": Donnie and Colleen Arcand)
    that no actor of the table has as its whole name."""
    given: dict[str, set[str]] = {}
    for a in table.actors:
        words = a.name.split()
        if a.kind == "person" and a.mentions and len(words) > 1 and words[-1][:1].isupper():
            given.setdefault(words[-1], set()).add(words[0])
    names = {a.name for a in table.actors}
    return {w for w, firsts in given.items() if len(firsts) >= 2 and w not in names}


def _count_repeat(b: Build, doc, span: range, idx: int) -> None:
    """Count the untagged tokens ``span`` as a mention of person ``idx``."""
    table = b.table
    first, last = doc[span.start], doc[span.stop - 1]
    for i in span:
        table.tok2actor[i] = idx
    table.actors[idx].mentions += 1
    if first.i > 0 and (h := honorific_of([doc[first.i - 1].text])):
        table.actors[idx].honorifics[h] += 1
    table.mentions.append((first.i, idx))
    if last.dep_ in SUBJ or (last.dep_ == "compound" and last.head.dep_ in SUBJ):
        table.subjects.add(first.i)


def _hyphen_joined_repeat(b: Build, tok, person_idx: dict[str, int]) -> tuple[int, int] | None:
    """(person, last token) when ``tok`` opens an untagged hyphenated name that is a person's form here
    ("Théberge-Allard", split into three tokens, none of them a mention), else None."""
    doc = b.doc
    end = tok.i + 2
    if end >= len(doc) or tok.whitespace_ or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return None
    if not (tok.text[:1].isupper() and doc[end].text[:1].isupper()):
        return None
    if any(i in b.covered or i in b.excluded for i in range(tok.i, end + 1)):
        return None
    idx = person_idx.get(strip_possessive(f"{tok.text}-{doc[end].text}"))
    return None if idx is None else (idx, end)


def _read_as_name(tok) -> bool:
    """A proper noun, or a capitalised word inside a sentence the tagger read as another part of speech
    ("Edgerly told reporters": an adverb for its -ly). At a sentence's start a capital proves nothing
    ("Young people …"), so there only a proper noun counts, unless a quote has just closed or a speech verb or a
    description set off by a comma follows (``_opens_as_a_subject``: "Harms, the team's lead, said", a surname the
    tagger read as a verb, which it may be only there)."""
    if tok.pos_ == "PROPN":
        return True
    return (
        tok.text[:1].isupper()
        and tok.pos_ in ("ADV", "ADJ", "NOUN", "VERB")
        and (
            not tok.is_sent_start
            or (tok.i > 0 and tok.doc[tok.i - 1].is_quote)  # a quote has just closed
            or _opens_as_a_subject(tok)
        )
        and (tok.pos_ != "VERB" or tok.is_sent_start)
    )


def _opens_as_a_subject(tok) -> bool:
    """A capitalised word opening its sentence that a speech verb or a description set off by a comma follows
    ("Harms said …", "Harms, the team's lead, said …": the tagger read the surname as a verb), which no word of
    the language does."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if before_a_speech_verb(tok):
        return True
    return nxt.text == "," and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in ("the", "a", "an", "who")


def prefer_unshouted_names(b: Build) -> None:
    """A dateline or shouted form ("MOSCOW") is not the name to show when the article also has "Moscow"."""
    for a in b.table.actors:
        if a.name.isupper() and len(a.name) > 4:
            better = [n for n, _ in a.aliases.most_common() if not n.isupper()]
            if better:
                a.name = better[0]
