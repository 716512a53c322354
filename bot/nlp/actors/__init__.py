"""Actors: one per real name in an article, from spaCy's entities.

Surface forms are normalised (titles such as President, Mr., Secretary dropped; possessive "’s"/"'s"
dropped; a leading "the" dropped), then merged: a lone surname or given name joins the full name only
when exactly one full name in the article matches it, so two people sharing a surname stay apart. The
small model's label slips are corrected by evidence in the same article (a surname once tagged ORG or
NORP that belongs to a person becomes a mention of that person), and untagged repeats of a known
surname are counted as mentions. The table also records where each person is mentioned and a guessed
grammatical gender, which the pronoun resolver in ``bot.nlp.quotes`` uses.

Modules: ``lexicon`` (every word list), ``names`` (entity -> normalised name), ``table`` (the
``ActorTable`` the quote attribution reads), ``passes`` (``PASSES``, the build steps in order), and the
passes by concern: ``build`` (the state they share), ``furniture`` (credits, captions, lists),
``relabel`` (a mention's kind from evidence), ``untagged`` (people the model missed), ``evidence``
(tests of a name several of them ask), ``merge`` (mentions to actors), ``gender_hints`` (for the
pronoun resolver); ``gender`` is the public gender estimate, made after attribution.
"""

from __future__ import annotations

from bot.nlp.actors.lexicon import KIND_OF_LABEL
from bot.nlp.actors.names import normalise_name
from bot.nlp.actors.passes import PASSES, build_actors
from bot.nlp.actors.table import ActorRec, ActorTable

__all__ = ["PASSES", "ActorRec", "ActorTable", "build_actors", "normalise_name", "KIND_OF_LABEL"]
