"""The one path from input to brief, shared by the CLI, the Slack bot and the workers.

text → clean → cache lookup (by a hash of the cleaned, normalised text) → analyse → cache store.
An article pasted twice is analysed once; a cache that is down only costs speed, never the brief.
Analysis runs where the ``analyzer`` says (``bot.nlp.workers``): in this process by default, or in
worker processes (the batch CLI, the inline bot). A cached brief never imports spaCy.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass

from bot.brief import SCHEMA_VERSION, Brief
from bot.config import Settings
from bot.errors import BriefError, LinkError, LinkTimeout
from bot.nlp.workers import AnalysisProcesses, LocalAnalyzer
from bot.storage.store import Store, text_digest
from bot.text.clean import clean_text
from bot.text.inputs import check_text, describe_limit

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")

URL_LOCK_POLL_SECONDS = 0.2  # how often a link's second asker looks for the first one's brief
URL_LOCK_ANALYSIS_SECONDS = 60  # how long, beyond the fetch timeout, it waits before fetching itself


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
    """Briefs texts (and, through ``bot.web.links``, URLs) with the Redis cache in front of spaCy."""

    def __init__(self, settings: Settings, store: Store, analyzer=None):
        self.settings = settings
        self.store = store
        # LocalAnalyzer or AnalysisProcesses: analyze / analyze_article / analyze_many
        self.analyzer = analyzer if analyzer is not None else LocalAnalyzer(settings.spacy_model)

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
        brief = self.analyzer.analyze(as_cleaned(cleaned))
        self.remember_text_brief(cleaned, brief)
        return brief

    # -- links ----------------------------------------------------------------------------------
    #: Replaces DNS for the link fetcher (host, port) -> addresses; tests set it, production leaves None.
    resolver = None

    def cached_url_brief(self, canonical: str) -> Brief | None:
        data = self.store.get_json(self.store.key_url_brief(SCHEMA_VERSION, canonical))
        if data is None:
            return None
        brief = Brief.from_dict(data)
        brief.cached = True
        return brief

    def remember_url_brief(self, canonicals: Iterable[str], brief: Brief) -> None:
        data = brief.to_dict()
        data["cached"] = False
        for canonical in dict.fromkeys(canonicals):
            self.store.set_json(
                self.store.key_url_brief(SCHEMA_VERSION, canonical), data, self.settings.url_cache_ttl
            )

    def remember_url_failure(self, canonical: str, error: BriefError) -> None:
        failure = {"error": str(error)}
        if isinstance(error, LinkTimeout):
            failure["timeout"] = True  # read back as a LinkTimeout: still worth a retry
        self.store.set_json(self.store.key_url_failure(canonical), failure, self.settings.failure_cache_ttl)

    def brief_url(self, url: str) -> Brief:
        """Brief the article behind a link; raises ``LinkError`` (one line saying why) when it cannot.

        canonical URL → URL brief cache → failure cache → safe fetch (``bot.web.fetch``) → extraction
        (``bot.web.article``) → ``analyzer.analyze_article`` → cache. ``Brief.url`` is the canonical URL (the
        page's own, when it names one on the same site), ``Brief.text`` the extracted article text. A
        failure is remembered for ``BRIEF_FAILURE_CACHE_TTL`` so a dead link shared ten times is fetched
        once. An AMP page is folded into the article it names as canonical: cached under both URLs.
        """
        from bot.web.links import canonical_url

        canonical = canonical_url(url)
        known = self._known_url_outcome(canonical)
        if known is not None:
            return known
        # One fetch at a time per link, across threads, workers and replicas: the others wait for
        # its brief (or its failure) instead of fetching and analysing the same article again.
        lock, token = [self.store.key_url_lock(canonical)], uuid.uuid4().hex
        deadline = time.monotonic() + self.settings.fetch_timeout + URL_LOCK_ANALYSIS_SECONDS
        while not self.store.claim(lock, token, int(deadline - time.monotonic()) + 1):
            if time.monotonic() > deadline:
                break  # the one fetching is stuck or gone: do it ourselves
            time.sleep(URL_LOCK_POLL_SECONDS)
            known = self._known_url_outcome(canonical)
            if known is not None:
                return known
        try:
            return self._fetch_and_brief(canonical)
        finally:
            self.store.release_claim(lock, token)

    def _known_url_outcome(self, canonical: str) -> Brief | None:
        """The cached brief of a canonical URL; raises its cached failure; None when neither is known."""
        cached = self.cached_url_brief(canonical)
        if cached is not None:
            return cached
        failure = self.store.get_json(self.store.key_url_failure(canonical))
        if isinstance(failure, dict) and failure.get("error"):
            raise (LinkTimeout if failure.get("timeout") else LinkError)(str(failure["error"]))
        return None

    def _fetch_and_brief(self, canonical: str) -> Brief:
        """Fetch, extract, analyse and cache one canonical URL (see ``brief_url``)."""
        from bot.web.article import extract_article, plain_article
        from bot.web.fetch import Fetcher
        from bot.web.links import canonical_url, is_amp_variant, same_site

        try:
            page = Fetcher(self.settings, resolver=self.resolver).fetch(canonical)
            if page.content_type == "text/plain":
                article = plain_article(page.text)
            else:
                article = extract_article(page.text, page.url)
            if len(article.text.encode("utf-8", "surrogatepass")) > self.settings.max_input_bytes:
                # The analysis obeys the same bound as pasted text: a page cannot buy a longer one.
                raise LinkError(
                    "page too big to read: its article text is larger than the limit of "
                    + describe_limit(self.settings.max_input_bytes)
                )
        except LinkError as error:
            self.remember_url_failure(canonical, error)
            raise
        except Exception as error:  # a page that breaks the reader is a failed link all the same
            failure = LinkError(f"could not read the link ({type(error).__name__})")
            self.remember_url_failure(canonical, failure)
            raise failure from None
        final = canonical_url(page.url)
        keys = [canonical, final]
        brief_url = final
        declared = canonical_url(article.canonical_url) if article.canonical_url else None
        if declared and same_site(declared, page.url):
            brief_url = declared
            # Only an AMP (or otherwise marked) variant may fold into another URL's cache entry: a page
            # cannot otherwise write a brief under a URL it was not fetched from.
            if declared in keys or is_amp_variant(page.url) or is_amp_variant(canonical):
                folded = self.cached_url_brief(declared)
                if folded is not None:
                    self.remember_url_brief(keys, folded)
                    return folded
                keys.append(declared)
        brief = self.analyzer.analyze_article(article.text, article.title)
        brief.url = brief_url
        brief.site = brief.site or article.site
        brief.author = brief.author or article.author
        brief.date = brief.date or article.date
        brief.title = brief.title or article.title
        self.remember_url_brief(keys, brief)
        return brief

    def brief_links(self, message_text: str) -> list[LinkResult]:
        """Every link worth briefing in a Slack message (up to ``BRIEF_MAX_LINKS``): a brief or the error."""
        from bot.web.links import find_links

        results: list[LinkResult] = []
        links = find_links(
            message_text, max_links=self.settings.max_links, ignore_domains=self.settings.ignore_domains
        )
        for link in links:
            result = LinkResult(url=link.url, canonical=link.canonical, label=link.label, error=link.error)
            if result.error is None:
                try:
                    result.brief = self.brief_url(link.url)
                except BriefError as error:
                    result.error = error
            results.append(result)
        return results

    def brief_many(
        self, texts: Iterable[str], batch_size: int = 16, *, processes: AnalysisProcesses | None = None
    ) -> Iterator[BatchItem]:
        """Brief many texts, running uncached ones through spaCy in batches; order is kept.

        With ``processes``, chunks of a few texts go to the analysis processes, several at a time, while
        the texts after them are read, cleaned and looked up; at most a bounded number of texts is held
        (in flight or waiting for an earlier one), so memory stays flat however long the input.
        """
        batch = _Batch(self, batch_size, processes)
        for index, text in enumerate(texts):
            batch.add(index, text)
            yield from batch.ready()
            while batch.too_much_held():
                batch.collect_oldest()  # wait for the oldest chunk
                yield from batch.ready()
        batch.flush()
        while batch.in_flight:
            batch.collect_oldest()
            yield from batch.ready()
        yield from batch.ready()


PROCESS_CHUNK = 4  # texts per task sent to an analysis process: small, so the cores finish together
BUFFER_LIMIT = 256  # texts held at most while an earlier one is still being analysed (times chunks)


def as_cleaned(cleaned: str) -> str:
    """Cleaned text, spelt so that the analyser's own ``clean_text`` gives it back unchanged: its Slack
    entities escaped again. Cleaning twice used to unescape twice, so a pasted "&lt;!channel&gt;" (sent
    by Slack as "&amp;lt;…") became a real "<!channel>", and a literal "<b>" was read as a Slack link."""
    return cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


Chunk = list[tuple[int, str]]  # (index in the input, cleaned text) of texts analysed together


class _Batch:
    """The state of one ``Briefer.brief_many``: texts waiting, chunks in flight, results to put in order."""

    def __init__(self, briefer: Briefer, batch_size: int, processes: AnalysisProcesses | None):
        self.briefer, self.batch_size, self.processes = briefer, batch_size, processes
        self.chunk_size = batch_size if processes is None else max(1, min(batch_size, PROCESS_CHUNK))
        self.max_in_flight = 0 if processes is None else 2 * processes.processes
        self.hold_limit = max(BUFFER_LIMIT, 4 * self.chunk_size * max(1, self.max_in_flight))
        self.pending: Chunk = []
        self.in_flight: deque[tuple[Chunk, Future]] = deque()
        self.buffered: dict[int, BatchItem] = {}
        self.next_out = 0

    def add(self, index: int, text: str) -> None:
        settings = self.briefer.settings
        try:
            check_text(text, "the text", settings.max_input_bytes)
            cleaned = clean_text(text)
            check_text(cleaned, "the text", settings.max_input_bytes)
        except BriefError as error:
            self.buffered[index] = BatchItem(index, error=error)
            return
        cached = self.briefer.cached_text_brief(cleaned)
        if cached is not None:
            self.buffered[index] = BatchItem(index, brief=cached)
            return
        self.pending.append((index, cleaned))
        if len(self.pending) >= self.chunk_size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        chunk, self.pending = self.pending, []
        texts = [as_cleaned(cleaned) for _, cleaned in chunk]
        if self.processes is None:
            self._store(chunk, self.briefer.analyzer.analyze_many(texts, batch_size=self.batch_size))
        else:
            self.in_flight.append((chunk, self.processes.submit_many(texts, self.batch_size)))

    def _store(self, chunk: Chunk, briefs: list[Brief]) -> None:
        for (index, cleaned), brief in zip(chunk, briefs, strict=True):
            self.briefer.remember_text_brief(cleaned, brief)
            self.buffered[index] = BatchItem(index, brief=brief)

    def _collect(self, chunk: Chunk, future: Future) -> None:
        try:
            self._store(chunk, [Brief.from_dict(d) for d in future.result()])
        except BriefError as error:
            if len(chunk) > 1:  # find the one text that failed: the others still get briefed
                for one in chunk:
                    self._collect([one], self.processes.submit_many([as_cleaned(one[1])], self.batch_size))
                return
            self.buffered[chunk[0][0]] = BatchItem(chunk[0][0], error=error)
        except Exception as error:
            log.warning("Analysis failed on a batch", exc_info=True)
            for index, _ in chunk:
                self.buffered[index] = BatchItem(index, error=BriefError(f"analysis failed ({error})"))

    def collect_oldest(self) -> None:
        self._collect(*self.in_flight.popleft())

    def too_much_held(self) -> bool:
        held = len(self.buffered) + sum(len(chunk) for chunk, _ in self.in_flight)
        return bool(self.in_flight) and (len(self.in_flight) >= self.max_in_flight or held > self.hold_limit)

    def ready(self) -> Iterator[BatchItem]:
        """The results that are next in input order, as far as they are known."""
        while self.in_flight and self.in_flight[0][1].done():
            self.collect_oldest()
        while self.next_out in self.buffered:
            yield self.buffered.pop(self.next_out)
            self.next_out += 1


@dataclass
class LinkResult:
    """One link of a Slack message (``Briefer.brief_links``): its brief, or the error to reply with."""

    url: str  # as written in the message
    canonical: str
    label: str | None = None
    brief: Brief | None = None
    error: BriefError | None = None
