"""The one path from input to brief, shared by the CLI, the Slack bot and the workers.

text → clean → cache lookup (by a hash of the cleaned, normalised text) → analyse → cache store.
An article pasted twice is analysed once; a cache that is down only costs speed, never the brief.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot import analysis
from bot.brief import SCHEMA_VERSION, Brief
from bot.clean import clean_text
from bot.config import Settings
from bot.errors import BriefError
from bot.sources import check_text
from bot.store import Store, text_digest

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form of a text its cache key is computed from: NFC, whitespace folded, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass
class BatchItem:
    """One result of ``Briefer.brief_many``: a brief, or the error that stopped it."""

    index: int
    brief: Brief | None = None
    error: BriefError | None = None


class Briefer:
    """Briefs texts (and, through ``bot.links``, URLs) with the Redis cache in front of spaCy."""

    def __init__(self, settings: Settings, store: Store):
        self.settings = settings
        self.store = store

    def _nlp(self):
        from bot.nlp import get_nlp

        return get_nlp(self.settings.spacy_model)

    def _text_key(self, cleaned: str) -> str:
        return self.store.key_text_brief(SCHEMA_VERSION, text_digest(normalise(cleaned)))

    def cached_text_brief(self, cleaned: str) -> Brief | None:
        data = self.store.get_json(self._text_key(cleaned))
        if data is None:
            return None
        brief = Brief.from_dict(data)
        brief.cached = True
        return brief

    def remember_text_brief(self, cleaned: str, brief: Brief) -> None:
        self.store.set_json(self._text_key(cleaned), brief.to_dict(), self.settings.cache_ttl)

    def brief_text(self, text: str, label: str = "the text") -> Brief:
        """Brief pasted or read text; raises ``BadInput`` for text that cannot be briefed."""
        check_text(text, label, self.settings.max_input_bytes)
        cleaned = clean_text(text)
        check_text(cleaned, label, self.settings.max_input_bytes)
        cached = self.cached_text_brief(cleaned)
        if cached is not None:
            return cached
        brief = analysis.analyze(cleaned, nlp=self._nlp())
        self.remember_text_brief(cleaned, brief)
        return brief

    def brief_many(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[BatchItem]:
        """Brief many texts, running uncached ones through spaCy in batches; order is kept."""
        pending: list[tuple[int, str]] = []
        buffered: dict[int, BatchItem] = {}
        next_out = 0

        def flush() -> None:
            if not pending:
                return
            briefs = analysis.analyze_many([c for _, c in pending], nlp=self._nlp(), batch_size=batch_size)
            for (index, cleaned), brief in zip(pending, briefs, strict=True):
                self.remember_text_brief(cleaned, brief)
                buffered[index] = BatchItem(index, brief=brief)
            pending.clear()

        def drain() -> Iterator[BatchItem]:
            nonlocal next_out
            while next_out in buffered:
                yield buffered.pop(next_out)
                next_out += 1

        for index, text in enumerate(texts):
            try:
                check_text(text, "the text", self.settings.max_input_bytes)
                cleaned = clean_text(text)
                check_text(cleaned, "the text", self.settings.max_input_bytes)
            except BriefError as error:
                buffered[index] = BatchItem(index, error=error)
            else:
                cached = self.cached_text_brief(cleaned)
                if cached is not None:
                    buffered[index] = BatchItem(index, brief=cached)
                else:
                    pending.append((index, cleaned))
                    if len(pending) >= batch_size:
                        flush()
            yield from drain()
        flush()
        yield from drain()
