"""The build state every actor pass reads and changes (``Build``), and the few helpers all passes share.

A pass is a function ``def my_rule(b: Build) -> None``: it sees the parse, the name mentions found so
far and, from ``assign_mentions`` on, the actor table. Keeping the state in one small module lets each
pass module import it without importing the others.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from bot.nlp.actors.evidence import said_words
from bot.nlp.actors.lexicon import NAME_PARTICLES, SHORT_GIVEN_NAMES
from bot.nlp.actors.names import Mention
from bot.nlp.actors.table import ActorTable, name_ends

SUBJ = {"nsubj", "nsubjpass"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass
class Build:
    """What the passes share: the parse, its name mentions, the table being built, and name facts."""

    doc: object
    mentions: list[Mention]
    table: ActorTable = field(default_factory=ActorTable)
    covered: set[int] = field(default_factory=set)  # tokens inside an entity mention
    excluded: set[int] = field(default_factory=set)  # tokens of dropped mentions (credits, non-names)
    person_forms: Counter = field(default_factory=Counter)  # person name forms -> count
    full_key: dict[str, str] = field(default_factory=dict)  # full name -> its longest form
    canon_full: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # single-word forms that are places here
    person_words: set[str] = field(default_factory=set)  # single words that name a person here

    @cached_property
    def text(self) -> str:
        """``doc.text``, built once: spaCy joins every token again on each read."""
        return self.doc.text

    @cached_property
    def tokens(self) -> list:
        """The parse's tokens, made once: spaCy builds a new ``Token`` on every ``doc[i]`` and every walk of
        the doc, and the passes walk it dozens of times."""
        return list(self.doc)

    @cached_property
    def said(self) -> set[str]:
        """The capitalised words right before a speech verb ("Laurin said": ``evidence.said_words``), read once."""
        return said_words(self.doc)

    @cached_property
    def lettered(self) -> set[str]:
        """The words written in capitals, two to six letters ("CBP", "ERCOT"): the letters a body may go by."""
        return {
            t.text for t in self.tokens if t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 6
        }

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's lower-cased text, by index: the cheap first test of a walk looking for given words."""
        return [t.lower_ for t in self.tokens]

    @cached_property
    def _at(self) -> dict[str, list[int]]:
        at: dict[str, list[int]] = {}
        for t in self.tokens:
            at.setdefault(t.text, []).append(t.i)
        return at

    def uses(self, word: str) -> list:
        """The tokens written exactly ``word``, in text order: a word's uses without a walk of the doc."""
        return [self.tokens[i] for i in self._at.get(word, ())]

    def tail_target(self, name: str) -> str | None:
        """The one longer full name that ends with the words of ``name`` ("Abu Salem"), or None."""
        w = name.split()
        if len(w) < 2:
            return None
        hits = {
            c
            for c in self.canon_full
            if len(c.split()) > len(w) and name_tail(c.split(), len(w)) == name_key(w)
        }
        return hits.pop() if len(hits) == 1 else None

    def person_target(self, word: str) -> str | None:
        """The unique full name a single name links to, or None."""
        hits = {c for c in self.canon_full if word in name_ends(c.split())}
        if not hits:  # "Pete" for "Peter Santilli" when the article also wrote "Pete Santilli"
            full = SHORT_GIVEN_NAMES.get(word.lower(), ())
            hits = {
                c for c in self.canon_full if c.split()[0].lower() in full and self._written_short(word, c)
            }
        if len(hits) == 1:
            return hits.pop()
        return None

    def _written_short(self, word: str, full: str) -> bool:
        """Whether the article wrote ``full`` with the short given name ``word`` ("Pete Santilli")."""
        rest = " ".join(full.split()[1:])
        return self.full_key.get(f"{word} {rest}") == full


def name_key(words: list[str]) -> list[str]:
    """Name words compared with a name particle in any case ("Van Koeverden" opening a sentence is the
    tail of "Adam van Koeverden")."""
    return [w.lower() if w.lower() in NAME_PARTICLES else w for w in words]


def name_tail(words: list[str], n: int) -> list[str]:
    """The last ``n`` words of a name, compared as ``name_key`` compares them."""
    return name_key(words[-n:])


def span_chars(doc, m: Mention) -> tuple[int, int]:
    """The character span of a mention in the text."""
    last = doc[m.end - 1]
    return doc[m.start].idx, last.idx + len(last.text)


def drop_mentions(b: Build, keep) -> None:
    """Drop the mentions ``keep`` rejects; their tokens are never counted as a repeat of a name."""
    kept = []
    for m in b.mentions:
        if keep(m):
            kept.append(m)
        else:
            b.excluded.update(range(m.start, m.end))
    b.mentions = kept
