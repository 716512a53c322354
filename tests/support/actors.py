"""Build states and person lists for the actor pass tests (``tests/nlp/actors``)."""

from __future__ import annotations

from bot.nlp.actors import build_actors, normalise_name
from bot.nlp.actors.build import Build
from bot.nlp.actors.names import Mention


def forced(nlp, text: str, surface: str, label: str = "PERSON") -> tuple[Build, Mention]:
    """A build state holding one mention of ``surface`` (its first occurrence) with ``label``."""
    doc = nlp(text)
    at = text.index(surface)
    span = doc.char_span(at, at + len(surface), alignment_mode="expand")
    norm, gender = normalise_name(span.text, label)
    m = Mention(span.start, span.end, span.text, norm, label, gender)
    return Build(doc=doc, mentions=[m]), m


def people(text: str, nlp) -> set[str]:
    """The names of the person actors the table lists for ``text``."""
    return {a.name for a in build_actors(nlp(text)).public() if a.kind == "person"}
