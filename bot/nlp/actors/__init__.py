"""Actors: one per real name in an article, from spaCy's entities.

Surface forms are normalised (titles such as President, Mr., Secretary dropped; possessive "’s"/"'s"
dropped; a leading "the" dropped), then merged: a lone surname or given name joins the full name only
when exactly one full name in the article matches it, so two people sharing a surname stay apart. The
small model's label slips are corrected by evidence in the same article (a surname once tagged ORG or
NORP that belongs to a person becomes a mention of that person), and untagged repeats of a known
surname are counted as mentions. The table also records where each person is mentioned and a guessed
grammatical gender, which the pronoun resolver in ``bot.nlp.quotes`` uses.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from bot.brief import Actor

__all__ = ["ActorTable", "build_actors", "normalise_name", "KIND_OF_LABEL"]

KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

TITLES = {
    "president",
    "vice",
    "vice-president",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "lt",
    "secretary",
    "minister",
    "prime",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "state",
    "gen",
    "general",
    "adm",
    "admiral",
    "col",
    "colonel",
    "capt",
    "captain",
    "sgt",
    "maj",
    "major",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "mayor",
    "chancellor",
    "premier",
    "ambassador",
    "commissioner",
    "director",
    "chief",
    "leader",
    "former",
    "then",
    "candidate",
    "nominee",
    "sir",
    "lord",
    "lady",
    "dame",
    "rev",
    "reverend",
    "father",
    "sheikh",
    "ayatollah",
    "attorney",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "presidential",
    "democrat",
    "republican",
    "democratic",
    "sheriff",
    "officer",
    "detective",
    "coach",
    "host",
    "anchor",
    "gop",
}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "father", "congressman", "chairman", "spokesman"}
FEMALE_TITLES = {
    "mrs",
    "ms",
    "miss",
    "lady",
    "dame",
    "queen",
    "princess",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
}
# A small list of common given names, for gender agreement in pronoun resolution only.
MALE_NAMES = set(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
    arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
    elijah randy roy vincent ralph eugene russell bobby mason philip louis bill mike jim tom bob tim ted
    chris mitt barack joe bernie newt rudy jeb marco rand ben chuck mitch vladimir xi nikolai sergei
    dmitry emmanuel boris olaf justin narendra recep benjamin kim jair hugo ali ahmed mohammed muhammad
    omar hassan ivan igor viktor volodymyr luiz pedro carlos luis jorge miguel giuseppe hans klaus
    francois jean pierre""".split()
)
FEMALE_NAMES = set(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
    katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
    joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
    jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy
    grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla hillary chelsea melania ivanka kellyanne huma elizabeth nikki sarah
    condoleezza angela theresa jacinda ursula kamala nancy michelle hope kellyanne sheryl oprah
    giorgia marine sanna liz""".split()
)
PLACE_ALIASES = {
    "u.s.": "United States",
    "us": "United States",
    "u.s.a.": "United States",
    "usa": "United States",
    "america": "United States",
    "the united states": "United States",
    "u.k.": "United Kingdom",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
}
_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])$")
_JUNK = re.compile(r"https?:|www\.|@|^\W+$|^\d[\d\W]*$")
_EDGE_PUNCT = "\"'“”‘’«»()[]{},;:!?—–-•*_ "


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def normalise_name(text: str, label: str = "PERSON") -> tuple[str, str | None]:
    """The name without titles, possessives and edge punctuation, and a gender hint from a title."""
    words = text.replace("\n", " ").split()
    gender = None
    # Titles at the front; a nationality before a title ("Russian President") goes with it.
    while len(words) > 1 and label == "PERSON":
        w = words[0].lower().rstrip(".")
        if w in MALE_TITLES:
            gender = "m"
        elif w in FEMALE_TITLES:
            gender = "f"
        if w in TITLES:
            words = words[1:]
            continue
        if len(words) > 2 and words[1].lower().rstrip(".") in TITLES:
            words = words[1:]
            continue
        break
    if label != "PERSON" and words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if label == "PERSON":
        # Trailing suffixes stay ("Jr."); a trailing title word ("Putin aide") does not.
        while len(words) > 1 and words[-1].lower().rstrip(".") in {
            "aide",
            "adviser",
            "campaign",
            "spokesman",
        }:
            words = words[:-1]
    if words:
        words[-1] = _strip_possessive(words[-1])
    name = " ".join(words).strip(_EDGE_PUNCT)
    name = _strip_possessive(name).strip(_EDGE_PUNCT)
    return name, gender


@dataclass
class ActorRec:
    name: str
    kind: str
    mentions: int = 0
    aliases: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    gender: str | None = None
    gender_votes: Counter = field(default_factory=Counter)
    quotes: int = 0
    first: int = 0  # token index of the first mention

    def to_actor(self) -> Actor:
        aliases = [a for a, _ in self.aliases.most_common() if a != self.name]
        return Actor(
            name=self.name, kind=self.kind, mentions=self.mentions, aliases=aliases, quotes=self.quotes
        )


@dataclass
class ActorTable:
    actors: list[ActorRec] = field(default_factory=list)
    tok2actor: dict[int, int] = field(default_factory=dict)  # token index -> actor index
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (token index, actor index), sorted
    subjects: set[int] = field(default_factory=set)  # token indices of mentions that are clause subjects
    sent_starts: list[int] = field(default_factory=list)  # first token of each sentence

    def sent_index(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def actor_at(self, i: int) -> ActorRec | None:
        idx = self.tok2actor.get(i)
        return None if idx is None else self.actors[idx]

    def add_person(self, name: str, tokens: list[int]) -> int:
        """A person the model missed (a named speaker); joins an existing person of that name."""
        idx = next((i for i, a in enumerate(self.actors) if a.kind == "person" and a.name == name), None)
        if idx is None:
            last = name.split()[-1]
            hits = [i for i, a in enumerate(self.actors) if a.kind == "person" and a.name.split()[-1] == last]
            if len(name.split()) == 1 and len(hits) == 1:
                idx = hits[0]
        if idx is None:
            idx = len(self.actors)
            self.actors.append(ActorRec(name=name, kind="person", first=min(tokens)))
        a = self.actors[idx]
        if not any(self.tok2actor.get(t) == idx for t in tokens):
            a.mentions += 1
            a.aliases[name] += 1
            bisect.insort(self.mentions, (min(tokens), idx))
        for t in tokens:
            self.tok2actor[t] = idx
        return idx

    def by_name(self, name: str) -> ActorRec | None:
        for a in self.actors:
            if a.name == name:
                return a
        return None

    def person_gender(self, idx: int) -> str | None:
        a = self.actors[idx]
        if a.gender:
            return a.gender
        if a.gender_votes:
            (g, n), *rest = a.gender_votes.most_common()
            if not rest or n > rest[0][1]:
                return g
        return None

    def public(self) -> list[Actor]:
        ordered = sorted(
            (a for a in self.actors if a.mentions > 0),
            key=lambda a: (-a.quotes, -a.mentions, a.first),
        )
        return [a.to_actor() for a in ordered]


@dataclass
class _Mention:
    start: int
    end: int
    surface: str
    norm: str
    label: str
    gender: str | None


def _mentions(doc) -> list[_Mention]:
    out: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ not in KIND_OF_LABEL:
            continue
        surface = ent.text
        if _JUNK.search(surface) or len(surface) > 80:
            continue
        norm, gender = normalise_name(surface, ent.label_)
        # A title just before the entity ("Mr. Putin", "President Xi").
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None:
            p = prev.lower_.rstrip(".")
            if p in MALE_TITLES:
                gender = "m"
            elif p in FEMALE_TITLES:
                gender = "f"
        if not norm or not any(c.isalpha() for c in norm) or norm.lower() == norm:
            continue
        if ent.label_ == "PERSON" and len(norm) < 2:
            continue
        out.append(_Mention(ent.start, ent.end, surface.strip(), norm, ent.label_, gender))
    return out


_SUBJ = {"nsubj", "nsubjpass"}
_GIVEN = MALE_NAMES | FEMALE_NAMES


def build_actors(doc) -> ActorTable:
    """Build the article's actor table from ``doc.ents`` (see the module docstring for the rules)."""
    mentions = _mentions(doc)
    for m in mentions:
        w = m.norm.split()
        if m.label in ("ORG", "GPE", "NORP", "LOC") and 2 <= len(w) <= 3 and w[0].lower() in _GIVEN:
            if all(x[:1].isupper() and x.isalpha() for x in w):
                m.label = "PERSON"
    person_forms = Counter(m.norm for m in mentions if m.label == "PERSON")
    full = {n for n in person_forms if len(n.split()) >= 2}

    # Full names that are one another's longer form ("Hillary Clinton" / "Hillary Rodham Clinton").
    full_key: dict[str, str] = {}
    for n in sorted(full, key=lambda s: (-len(s.split()), -person_forms[s])):
        w = n.split()
        target = n
        for other in full_key.values():
            ow = other.split()
            if ow != w and ow[0] == w[0] and ow[-1] == w[-1] and len(ow) > len(w):
                target = other
                break
        full_key[n] = target
    canon_full = set(full_key.values())

    def person_target(word: str) -> str | None:
        """The unique full name a single name links to, or None."""
        hits = {c for c in canon_full if c.split()[-1] == word or c.split()[0] == word}
        if len(hits) == 1:
            return hits.pop()
        return None

    full_words = {w for c in canon_full for w in (c.split()[0], c.split()[-1])}
    places = _place_forms(doc, mentions, full_words)
    single_person = {n for n in person_forms if len(n.split()) == 1 and n not in places}
    person_words = full_words | single_person

    def resolve(m: _Mention) -> tuple[str, str]:
        """(canonical name, label) for one mention."""
        n = m.norm
        label = m.label
        if n in places:
            # A place the model once took for an organisation, a group or a person.
            return PLACE_ALIASES.get(n.lower(), n), "GPE" if label not in ("GPE", "LOC", "FAC") else label
        if label != "PERSON":
            # Label slips: a form that is, in this article, a person's name; or has a person's title
            # ("Ms. Kravets") or a common given name ("Maria Kravets").
            if n in full_key or (len(n.split()) == 1 and n in person_words) or m.gender:
                label = "PERSON"
        if label == "PERSON":
            if n in full_key:
                return full_key[n], label
            if len(n.split()) == 1:
                t = person_target(n)
                return (t or n), label
            return n, label
        if label in ("GPE", "LOC"):
            n = PLACE_ALIASES.get(n.lower(), n)
        return n, label

    table = ActorTable()
    index: dict[tuple[str, str], int] = {}
    covered: set[int] = set()
    for m in mentions:
        name, label = resolve(m)
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
        for i in range(m.start, m.end):
            table.tok2actor[i] = idx
            covered.add(i)
        table.mentions.append((m.start, idx))
        if doc[m.start : m.end].root.dep_ in _SUBJ:
            table.subjects.add(m.start)

    # Organisation acronyms ("NSC") merge with the one organisation whose initials they are.
    orgs = [i for i, a in enumerate(table.actors) if a.kind == "organization"]
    for i in orgs:
        a = table.actors[i]
        if a.name.isupper() and 2 <= len(a.name) <= 6 and a.mentions:
            hits = [
                j
                for j in orgs
                if j != i and "".join(w[0] for w in table.actors[j].name.split() if w[0].isupper()) == a.name
            ]
            if len(hits) == 1:
                _merge(table, i, hits[0])

    # "the Communist Party" is the "Chinese Communist Party" when no other organisation ends that way.
    orgs = [i for i, a in enumerate(table.actors) if a.kind == "organization" and a.mentions]
    for i in orgs:
        tail = table.actors[i].name.split()
        if not tail[0][:1].isupper():
            continue
        hits = [
            j
            for j in orgs
            if j != i
            and table.actors[j].mentions
            and len(table.actors[j].name.split()) > len(tail)
            and table.actors[j].name.split()[-len(tail) :] == tail
        ]
        if len(hits) == 1:
            _merge(table, i, hits[0])

    # Untagged repeats of a person's name (the model misses a surname now and then).
    person_idx = {}
    for i, a in enumerate(table.actors):
        if a.kind != "person":
            continue
        person_idx.setdefault(a.name, i)
        for w in {a.name.split()[-1], a.name.split()[0]} if len(a.name.split()) > 1 else {a.name}:
            if w == a.name or person_target(w) == a.name:
                person_idx.setdefault(w, i)
    if person_idx:
        for tok in doc:
            if tok.i in covered or tok.pos_ != "PROPN":
                continue
            word = _strip_possessive(tok.text)
            idx = person_idx.get(word)
            if idx is None:
                continue
            # Part of a longer unknown name ("Bill" in "Bill Clinton" when only Hillary is known).
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.i not in covered and nxt.text[:1].isupper():
                continue
            table.tok2actor[tok.i] = idx
            table.actors[idx].mentions += 1
            table.mentions.append((tok.i, idx))
            if tok.dep_ in _SUBJ or (tok.dep_ == "compound" and tok.head.dep_ in _SUBJ):
                table.subjects.add(tok.i)

    for i, a in enumerate(table.actors):
        if a.kind == "person" and not a.gender:
            first = a.name.split()[0].lower()
            if len(a.name.split()) > 1 or first in MALE_NAMES | FEMALE_NAMES:
                if first in MALE_NAMES and first not in FEMALE_NAMES:
                    a.gender = "m"
                elif first in FEMALE_NAMES and first not in MALE_NAMES:
                    a.gender = "f"
        table.actors[i] = a
    # A dateline or a shouted form ("MOSCOW") is not the name to show when the article also has "Moscow".
    for a in table.actors:
        if a.name.isupper() and len(a.name) > 4:
            better = [n for n, _ in a.aliases.most_common() if not n.isupper()]
            if better:
                a.name = better[0]
    table.mentions.sort()
    _vote_gender(doc, table)
    return table


# Evidence in the text that a single capitalised word is a place: "the city of X", "mayor of X",
# "X city", "X region" (a lower-case noun after it; "X City" may be a name of its own).
_PLACE_BEFORE = (
    r"(?:city|town|village|region|province|state|county|district|port|capital|mayor|governor|residents|"
    r"outskirts|streets|centre|center|suburbs?|people) of (?:the )?"
)
_PLACE_AFTER = r"[’']?s? (?:city|town|region|province|oblast|district|county|residents|airport|area)\b"
# Demonyms, religions and ideologies end like this; such a NORP stays a group.
_DEMONYM = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ch|ist|ists|ite|ites|ean|eans|s)$")


def _place_forms(doc, mentions: list[_Mention], person_words: set[str]) -> set[str]:
    """Single-word forms that are places in this article, whatever label each mention got.

    A form is a place when the model tagged it a place at least once, or the text says so ("the city
    of X", "X region"), and it is not a person's name here (part of a full name, a given name, or with
    a personal title). A NORP form that looks like a demonym or creed ("Israeli", "Kurds") stays a group.
    """
    by_form: dict[str, set[str]] = {}
    gendered = set()
    for m in mentions:
        if " " in m.norm:
            continue
        by_form.setdefault(m.norm, set()).add(m.label)
        if m.gender:
            gendered.add(m.norm)
    out: set[str] = set()
    text = None
    for form, labels in by_form.items():
        if labels <= {"GPE", "LOC", "FAC"} or form in gendered or form in person_words:
            continue
        if form.lower() in _GIVEN or not form[:1].isupper():
            continue
        if "NORP" in labels and _DEMONYM.search(form):
            continue
        if labels & {"GPE", "LOC", "FAC"}:
            out.add(form)
            continue
        if text is None:
            text = doc.text
        f = re.escape(form)
        if re.search(rf"\b{_PLACE_BEFORE}{f}\b|\b{f}{_PLACE_AFTER}", text):
            out.add(form)
    return out


def _merge(table: ActorTable, src: int, dst: int) -> None:
    a, b = table.actors[src], table.actors[dst]
    b.mentions += a.mentions
    b.aliases.update(a.aliases)
    b.labels.update(a.labels)
    b.first = min(a.first, b.first)
    a.mentions = 0
    for t, idx in list(table.tok2actor.items()):
        if idx == src:
            table.tok2actor[t] = dst
    table.mentions = [(t, dst if idx == src else idx) for t, idx in table.mentions]


_HE = {"he", "him", "his", "himself"}
_SHE = {"she", "her", "hers", "herself"}


def _vote_gender(doc, table: ActorTable) -> None:
    """Gender evidence from pronouns: a he/she subject right after a lone person subject."""
    table.sent_starts = [s.start for s in doc.sents]
    persons = [(t, i) for t, i in table.mentions if table.actors[i].kind == "person" and t in table.subjects]
    if not persons:
        return
    by_sent: dict[int, set[int]] = {}
    for t, i in persons:
        by_sent.setdefault(table.sent_index(t), set()).add(i)
    for tok in doc:
        low = tok.lower_
        g = "m" if low in _HE else "f" if low in _SHE else None
        if g is None or tok.dep_ not in _SUBJ:
            continue
        si = table.sent_index(tok.i)
        here = {i for t, i in persons if t < tok.i and table.sent_index(t) == si}
        cands = here or by_sent.get(si - 1, set())
        if len(cands) == 1:
            table.actors[next(iter(cands))].gender_votes[g] += 1
