"""The actor table: every actor of one article, and which tokens mention whom.

The quote attribution reads it (``actor_at``, ``mentions``, ``subjects``, ``person_gender``) and may add
a person the model missed (``add_person``); ``public`` turns it into the brief's ``Actor`` list.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from bot.brief import Actor
from bot.nlp.actors.lexicon import (
    CHINESE_SURNAMES,
    CLUB_HEADS,
    COMPANY_DESIGNATORS,
    COUNTRY_HEADS,
    FAMILY_TERMS,
    GIVEN_NAMES,
    HYPHENED_GIVEN,
    MALAY_NAME_FIRSTS,
    ORG_HEADS,
    SURNAME_HEADS,
)


def _core(words: list[str]) -> list[str]:
    """A name's words without a closing generation suffix ("Curtis Pennington Jr.", "Pennington Sr.")."""
    return words[:-1] if len(words) > 1 and words[-1].rstrip(".,").lower() in NAME_SUFFIXES else words


def opens_longer_name(short: list[str], longer: list[str]) -> bool:
    """Whether ``longer`` is ``short`` and one word more, not a generation suffix ("Haraldur Ingi" of
    "Haraldur Ingi Ólafsson"; not "Donald Trump" of "Donald Trump Jr."); or, for a Malay name, its given name
    and the father's name after ("Mohd Hafiz" of "Mohd Hafiz Abdul Rahman")."""
    if len(short) == 2 and short[0].lower() in MALAY_NAME_FIRSTS and len(longer) in (3, 4, 5):
        return longer[:2] == short and _core(longer) == longer
    return len(longer) == len(short) + 1 and longer[: len(short)] == short and _core(longer) == longer


def name_ends(words: list[str]) -> set[str]:
    """The words of a full name a lone name may stand for: the first and the last (before a "Jr." or "Sr."),
    the surname before a hyphenated Cantonese given name ("Lam" of "Grace Lam Man-yee", the English
    name first) or two syllables written apart ("Lau" of "Victor Lau Chee Meng"), the second word of a Malay name opening with "Muhammad" or "Siti" ("Faizal" of "Muhammad Faizal Abdul
    Rahman"), and the first of two surnames after one given name, as Spanish and Portuguese names are
    shortened ("Acuña" of "Ramón Acuña Villalba", "Sánchez" of "Juan Carlos Sánchez Ortega"; not a second given
    name, "Ann" of "Mary Ann Hale")."""
    words = _core(words)  # "Pennington" of "Curtis Pennington Jr.": the surname, not the suffix
    out = {words[0], words[-1]}
    if len(words) >= 3 and HYPHENED_GIVEN.match(words[-1]):
        out.add(words[-2])
    if len(words) >= 3 and words[0].lower() in MALAY_NAME_FIRSTS:
        out.add(words[1])  # "Faizal" of "Muhammad Faizal Abdul Rahman": the name he is called by
    if len(words) == 4 and words[1].lower() in CHINESE_SURNAMES and all(len(w) <= 5 for w in words[2:]):
        out.add(words[1])  # "Lau" of "Victor Lau Chee Meng": an English name, the surname, two syllables
    given = 2 if len(words) == 4 and words[1].lower() in GIVEN_NAMES else 1  # "Juan Carlos Sánchez Ortega"
    if (
        len(words) == given + 2
        and words[given][:1].isupper()
        and words[given].lower() not in GIVEN_NAMES
        and len(words[given]) > 2
    ):
        out.add(words[given])
    return out


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
    honorifics: Counter = field(default_factory=Counter)  # "female"/"male" -> courtesy titles seen
    estimate: str | None = None  # the public gender estimate (``bot.nlp.actors.gender``)
    estimate_basis: str | None = None

    def to_actor(self) -> Actor:
        aliases = [a for a, _ in self.aliases.most_common() if a != self.name]
        return Actor(
            name=self.name,
            kind=self.kind,
            mentions=self.mentions,
            aliases=aliases,
            quotes=self.quotes,
            gender=self.estimate,
            gender_basis=self.estimate_basis,
        )


# Words after a name that make another person of it ("Donald Trump Jr.").
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _family_term(a: ActorRec) -> bool:
    """ "Mum", "Grandad": a relative called what the family calls them, not a name (``FAMILY_TERMS``)."""
    return a.kind == "person" and a.name.lower() in FAMILY_TERMS


def _unsupported_word(a: ActorRec, written: bool) -> bool:
    """A "person" named by one word, never quoted, with no courtesy title, pronoun or common given name,
    written once, or never as a clause subject, after a title or role or with a possessive ("the
    herbarium at Kew", "a Thistle legend", "between Gilmore and Yarran"): more often a thing, place or
    club the model took for a name than a person, so it is not listed ("Obama said", "President Obama",
    "Obama's" keep a lone surname)."""
    return (
        a.kind == "person"
        and " " not in a.name
        and (a.mentions == 1 or not written)
        and not a.quotes
        and not a.gender
        and not a.honorifics
        and not a.gender_votes
        and a.estimate_basis not in ("pronoun", "override")
    )


def _institution_name(name: str) -> bool:
    """Several words ending in an institution's, club's or country's word that is no surname too ("Age
    Concern UK", "Ashby Town"; not "Ryan Hall")."""
    words = name.split()
    last = words[-1].lower() if len(words) >= 2 else ""
    return last not in SURNAME_HEADS and (last in ORG_HEADS or last in CLUB_HEADS or last in COUNTRY_HEADS)


@dataclass
class ActorTable:
    actors: list[ActorRec] = field(default_factory=list)
    tok2actor: dict[int, int] = field(default_factory=dict)  # token index -> actor index
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (token index, actor index), sorted
    subjects: set[int] = field(default_factory=set)  # token indices of mentions that are clause subjects
    personal: set[int] = field(default_factory=set)  # ... of mentions titled or possessive ("Mr X", "X's")
    sent_starts: list[int] = field(default_factory=list)  # first token of each sentence

    def sent_index(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def actor_at(self, i: int) -> ActorRec | None:
        idx = self.tok2actor.get(i)
        return None if idx is None else self.actors[idx]

    def add_person(self, name: str, tokens: list[int]) -> int:
        """A person the model missed (a named speaker); joins an existing person of that name. A name
        shaped like an institution ("Age Concern UK said", "Ashby Town said") is that organisation."""
        if _institution_name(name):
            return self.add_organisation(name, tokens)
        if (org := self._organisation_holding(name)) is not None:
            return self.add_organisation(org, tokens)
        idx = next((i for i, a in enumerate(self.actors) if a.kind == "person" and a.name == name), None)
        if idx is None:
            last = name.split()[-1]
            hits = [i for i, a in enumerate(self.actors) if a.kind == "person" and a.name.split()[-1] == last]
            if len(name.split()) == 1 and len(hits) == 1:
                idx = hits[0]
            # "Haraldur Ingi said" beside "Haraldur Ingi Þorsteinsson": the one longer name opening so
            opening = [
                i
                for i, a in enumerate(self.actors)
                if a.kind == "person"
                and len(name.split()) >= 2
                and opens_longer_name(name.split(), a.name.split())
            ]
            if idx is None and len(opening) == 1:
                idx = opening[0]
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

    def _organisation_holding(self, name: str) -> str | None:
        """The one organisation of the table whose name ends like one and holds ``name`` as a run of its
        words, not at its start ("Valley Leisure said" beside "Cerrig Valley Leisure Ltd", the parser
        having cut the first word off): the speaker is that body. A name opening with a common given
        name is left alone, and so is a "body" whose name ends in no institution's or company's word
        (a person the model tagged an organisation: "Cathal Mac Giolla Bhríde")."""
        first = name.split()[0].lower()
        if " " not in name or first in GIVEN_NAMES:
            return None
        hits = {
            a.name
            for a in self.actors
            if a.kind == "organization"
            and f" {name} " in f" {a.name} "
            and not a.name.startswith(name)
            and a.name.split()[-1].lower().rstrip(".") in ORG_HEADS | CLUB_HEADS | COMPANY_DESIGNATORS
        }
        return hits.pop() if len(hits) == 1 else None

    def add_organisation(self, name: str, tokens: list[int]) -> int:
        """An organisation the model missed (named as "the company" speaks); joins one of that name."""
        idx = next(
            (i for i, a in enumerate(self.actors) if a.kind == "organization" and a.name == name), None
        )
        if idx is None:
            idx = len(self.actors)
            self.actors.append(ActorRec(name=name, kind="organization", first=min(tokens)))
        if not any(self.tok2actor.get(t) == idx for t in tokens):
            self.actors[idx].mentions += 1
            self.actors[idx].aliases[name] += 1
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
        if a.kind == "person" and " " not in a.name and (shared := self._shared_surname_sex(a.name)):
            return shared  # what the named holders are, not a vote of the pronouns near the surname
        if a.gender_votes:
            (g, n), *rest = a.gender_votes.most_common()
            if not rest or n > rest[0][1]:
                return g
        return None

    def _shared_surname_sex(self, word: str) -> str | None:
        """The sex every listed person whose full name ``word`` may stand for shares, when there are two or
        more by their given names ("Whitfield" of Sen. Thomas Whitfield and Sgt. Maj. Andre Whitfield: "she"
        is neither)."""
        holders = [
            b
            for b in self.actors
            if b.kind == "person"
            and b.mentions
            and " " in b.name
            and word in name_ends(_core(b.name.split()))
        ]
        sexes = {b.gender for b in holders}
        given = {b.name.split()[0] for b in holders}  # "Donald Trump" and "Donald J. Trump" are one person
        return sexes.pop() if len(given) >= 2 and len(sexes) == 1 else None

    def merge(self, src: int, dst: int) -> None:
        """Fold actor ``src`` into ``dst`` (``src`` keeps its slot with no mentions)."""
        a, b = self.actors[src], self.actors[dst]
        b.mentions += a.mentions
        b.aliases.update(a.aliases)
        b.labels.update(a.labels)
        b.honorifics.update(a.honorifics)
        b.first = min(a.first, b.first)
        a.mentions = 0
        for t, idx in list(self.tok2actor.items()):
            if idx == src:
                self.tok2actor[t] = dst
        self.mentions = [(t, dst if idx == src else idx) for t, idx in self.mentions]

    def _shared_names(self) -> set[str]:
        """Surnames that end, or given names that open, two or more listed person names ("Vickers": Kevin
        and Andrew Vickers; "George": George Pullman and George Garraway)."""
        fulls = [
            _core(a.name.split()) for a in self.actors if a.kind == "person" and a.mentions and " " in a.name
        ]
        ends = Counter(x for w in fulls for x in (name_ends(w) - {w[0]} if len(w) > 1 else {w[0]}))
        starts = Counter(w[0] for w in fulls if len(w) > 1)
        # a surname of several words two people share ("Ó Murchú": Bríd and Seán Ó Murchú; "der Hoek")
        tails = Counter(" ".join(w[k:]) for w in set(map(tuple, fulls)) for k in range(1, len(w) - 1))
        return {
            w for w, n in (ends + starts + tails).items() if ends[w] >= 2 or starts[w] >= 2 or tails[w] >= 2
        }

    def public(self) -> list[Actor]:
        """The actors to show, most quoted then most mentioned first; lone unsupported words left out,
        and a bare surname (or given name) two listed people share, even when quotes are credited to it
        (each of its mentions is one of them: listing it would count a third person; its quotes keep
        the article's word as their speaker, filed under no actor)."""
        shared = self._shared_names()
        written = {self.tok2actor.get(t) for t in self.subjects | self.personal}
        ordered = sorted(
            (
                a
                for i, a in enumerate(self.actors)
                if a.mentions > 0
                and not _unsupported_word(a, i in written)
                and not _family_term(a)
                and not (a.kind == "person" and a.name in shared)
            ),
            key=lambda a: (-a.quotes, -a.mentions, a.first),
        )
        return [a.to_actor() for a in ordered]
