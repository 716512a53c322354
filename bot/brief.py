"""The brief: what Newsroom Brief says about one article, and its JSON shape.

The JSON shape (``Brief.to_dict``) is a contract: ``brief analyze --json`` prints it, the cache stores
it, the Slack digest and the roundup history read it. ``SCHEMA_VERSION`` is part of every cache key, so
a release that changes the shape never reads a stale one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# 3: a described speaker reads "the mayor, Doug McCallum"; 2: actors carry a gender estimate
SCHEMA_VERSION = 3

ACTOR_KINDS = ("person", "organization", "place", "group")  # in the order every listing uses
KIND_TITLES = {"person": "People", "organization": "Organisations", "place": "Places", "group": "Groups"}

# A person's estimated gender (``Actor.gender``; ``None`` means unknown) and what it rests on
# (``Actor.gender_basis``), strongest evidence first. "nonbinary" comes only from an editor's override.
GENDERS = ("female", "male", "nonbinary")
GENDER_BASES = ("override", "pronoun", "honorific", "given_name")
# The keys of ``Brief.sources``: distinct quoted people by estimated gender.
SOURCE_KEYS = (*GENDERS, "unknown")


@dataclass
class Quote:
    quote: str  # without its quotation marks
    speaker: str | None  # canonical actor name, or None when unknown; never a pronoun
    cue: str | None = None  # the reporting verb or phrase ("said", "according to")
    partial: bool = False  # a fragment inside paraphrase rather than a whole quoted statement
    # How sure the extractor is of the speaker (0-1); below the threshold the speaker is left None
    # (shown as unattributed). None when there was no speaker to weigh, or in briefs cached before it.
    speaker_confidence: float | None = None
    # The canonical name of the actor who spoke, when the speaker is one: "Doug McCallum" for the speaker
    # "the mayor, Doug McCallum" (a role the article tied to him). None for an unnamed source.
    speaker_actor: str | None = None


@dataclass
class Actor:
    name: str  # canonical name ("Vladimir Putin")
    kind: str  # one of ACTOR_KINDS
    mentions: int
    aliases: list[str] = field(default_factory=list)  # other surface forms seen ("Putin")
    quotes: int = 0  # how many of the brief's quotes are attributed to this actor
    gender: str | None = None  # one of GENDERS for a person with evidence, else None (unknown)
    gender_basis: str | None = None  # one of GENDER_BASES when gender is set, else None


@dataclass
class Brief:
    title: str | None
    url: str | None
    words: int
    text: str
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    cached: bool = False
    site: str | None = None
    author: str | None = None
    date: str | None = None
    # distinct quoted people by estimated gender (SOURCE_KEYS); empty means "count from the actors"
    sources: dict[str, int] = field(default_factory=dict, compare=False)  # derived from the actors

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {
            "title": data["title"],
            "url": data["url"],
            "words": data["words"],
            "cached": data["cached"],
            "text": data["text"],
            "actors": data["actors"],
            "quotes": data["quotes"],
            "site": data["site"],
            "author": data["author"],
            "date": data["date"],
            "sources": self.sources or source_counts(self.actors),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        return cls(
            title=data.get("title"),
            url=data.get("url"),
            words=int(data.get("words") or 0),
            text=data.get("text") or "",
            actors=[Actor(**a) for a in data.get("actors") or []],
            quotes=[Quote(**q) for q in data.get("quotes") or []],
            cached=bool(data.get("cached")),
            site=data.get("site"),
            author=data.get("author"),
            date=data.get("date"),
            sources=_read_sources(data.get("sources")),
        )

    def actors_of_kind(self, kind: str) -> list[Actor]:
        return [a for a in self.actors if a.kind == kind]


def source_counts(actors: list[Actor]) -> dict[str, int]:
    """Distinct quoted people by estimated gender; organisations, places and groups never count."""
    counts = dict.fromkeys(SOURCE_KEYS, 0)
    for actor in actors:
        if actor.kind == "person" and actor.quotes > 0:
            counts[actor.gender if actor.gender in GENDERS else "unknown"] += 1
    return counts


def _read_sources(value: Any) -> dict[str, int]:
    """``sources`` as stored, or empty (recount from the actors) for briefs cached before it existed."""
    if not isinstance(value, dict):
        return {}
    return {key: int(value.get(key) or 0) for key in SOURCE_KEYS}
