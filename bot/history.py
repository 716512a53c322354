"""A channel's history: every article briefed in it, compactly, for the roundup and "seen before".

Stored per channel (keys in ``bot.store``):

- ``h:{channel}:articles``, a sorted set of article ids scored by when each was recorded. Members
  older than ``BRIEF_HISTORY_DAYS`` are trimmed on every write (``ZREMRANGEBYSCORE``) and ignored
  on every read; the set itself expires ``BRIEF_HISTORY_DAYS`` after the last write.
- ``h:{channel}:a:{article_id}``, one small hash per article that expires ``BRIEF_HISTORY_DAYS``
  after it was recorded (Redis ``EXPIRE``: retention cannot fail the way a cleanup job can):

  ====== =========================================================================
  field  holds
  ====== =========================================================================
  ``t``  when, epoch seconds
  ``ti`` title (up to 200 characters)
  ``u``  the article's canonical URL, when it was a link
  ``p``  the Slack permalink of the digest, when there is one
  ``th`` the Slack thread ts of the digest, when there is one
  ``w``  the Slack workspace (team id)
  ``a``  actors, JSON ``[[name, kind letter, mentions], ...]`` (at most 60)
  ``q``  the strongest quote of each speaking actor, JSON ``{name: [quote, strength]}``
  ====== =========================================================================

An article's id is a hash of its canonical URL (a link) or of its normalised text (pasted), so an
article shared twice in a channel is recorded once (``ZADD NX`` decides, atomically). Recording also
refreshes the workspace's registry of known actors that ``bot.identity`` joins surnames against.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot import identity
from bot.brief import Brief, Quote
from bot.store import REDIS_ERRORS, Store

log = logging.getLogger(__name__)

KIND_CODES = {"person": "p", "organization": "o", "place": "l", "group": "g"}
CODE_KINDS = {v: k for k, v in KIND_CODES.items()}
MAX_ACTORS = 60
MAX_TITLE = 200
MAX_QUOTE = 280
DAY = 24 * 3600
_SPACE = re.compile(r"\s+")


def epoch(when: datetime | float | int | None) -> float:
    """Epoch seconds of a datetime (naive means UTC), a number, or now."""
    if when is None:
        return time.time()
    if isinstance(when, datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return when.timestamp()
    return float(when)


def article_key(brief: Brief) -> str:
    """An article's identity: its canonical URL when it was a link, else its normalised text."""
    if brief.url:
        from bot.links import canonical_url

        basis = "u:" + canonical_url(brief.url)
    else:
        # The same normalisation as the brief cache key (bot.briefing.normalise).
        basis = "t:" + _SPACE.sub(" ", unicodedata.normalize("NFC", brief.text or "")).strip()
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


def quote_strength(quote: Quote) -> float:
    """How strong a quote is for a roundup: whole statements over fragments, substance over length."""
    n = len(quote.quote)
    score = 0.0 if quote.partial else 2.0
    score += min(n, 240) / 240
    if n < 30:
        score -= 0.5
    if n > 400:
        score -= 1.0
    if quote.cue and quote.cue.lower() in {"said", "says", "told", "added", "wrote"}:
        score += 0.25
    return round(score, 3)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _actor_rows(brief: Brief) -> list[list]:
    rows = []
    for actor in sorted(brief.actors, key=lambda a: -a.mentions)[:MAX_ACTORS]:
        name = identity.clean_name(actor.name)
        if name:
            rows.append([name, KIND_CODES.get(actor.kind, "g"), int(actor.mentions)])
    return rows


def _best_quotes(brief: Brief, names: set[str]) -> dict[str, list]:
    best: dict[str, list] = {}
    for quote in brief.quotes:
        speaker = identity.clean_name(quote.speaker or "")
        if not speaker or speaker not in names or not quote.quote.strip():
            continue
        strength = quote_strength(quote)
        if speaker not in best or strength > best[speaker][1]:
            best[speaker] = [_shorten(quote.quote, MAX_QUOTE), strength]
    return best


def retention_seconds(store: Store) -> int:
    return store.settings.history_days * DAY


def record_article(
    store: Store,
    channel: str,
    brief: Brief,
    *,
    workspace: str | None = None,
    thread_ts: str | None = None,
    permalink: str | None = None,
    when: datetime | float | None = None,
) -> bool:
    """Record a briefed article in a channel's history.

    Returns True when recorded now; False when this article was already recorded in the channel
    (within ``BRIEF_HISTORY_DAYS``), when ``when`` is older than that, or when Redis is unavailable.
    """
    client = store.client
    if client is None:
        return False
    ts = epoch(when)
    ttl = retention_seconds(store)
    remaining = min(ttl, int(ts + ttl - time.time()) + 1)  # Redis expiry runs on the real clock
    if remaining <= 0:
        return False
    aid = article_key(brief)
    index_key = store.key_history_articles(channel)
    try:
        pipe = client.pipeline(transaction=True)
        pipe.zremrangebyscore(index_key, "-inf", f"({ts - ttl}")
        pipe.zadd(index_key, {aid: ts}, nx=True)
        pipe.expire(index_key, ttl)
        added = pipe.execute()[1]
        if not added:
            return False
        rows = _actor_rows(brief)
        fields = {"t": str(int(ts)), "a": json.dumps(rows, ensure_ascii=False, separators=(",", ":"))}
        quotes = _best_quotes(brief, {row[0] for row in rows})
        if quotes:
            fields["q"] = json.dumps(quotes, ensure_ascii=False, separators=(",", ":"))
        optional = {
            "ti": _shorten(brief.title, MAX_TITLE) if brief.title else None,
            "u": brief.url,
            "p": permalink,
            "th": thread_ts,
            "w": workspace,
        }
        fields.update({k: v for k, v in optional.items() if v})
        article = store.key_history_article(channel, aid)
        registry = store.key_workspace_actors(identity.workspace_key(workspace))
        pipe = client.pipeline(transaction=False)
        pipe.hset(article, mapping=fields)
        pipe.expire(article, remaining)
        if rows:
            members = {identity.known_member(name, CODE_KINDS[code]): ts for name, code, _ in rows}
            pipe.zadd(registry, members, gt=True)  # GT: new members added, old ones only moved forward
            pipe.zremrangebyscore(registry, "-inf", f"({ts - ttl}")
            pipe.expire(registry, ttl)
        pipe.execute()
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return False
    return True


# -- reading ---------------------------------------------------------------------------------------


@dataclass
class ArticleRow:
    """One recorded article as read back (the fields asked for; others are None)."""

    id: str
    ts: float
    title: str | None = None
    url: str | None = None
    permalink: str | None = None
    thread_ts: str | None = None
    workspace: str | None = None
    actors: list | None = None  # [[name, kind letter, mentions], ...]
    quotes: dict | None = None  # {name: [quote, strength]}

    @property
    def link(self) -> str | None:
        """Where a reader should go: the digest's thread, else the article itself."""
        return self.permalink or self.url


FIELD_NAMES = {
    "ti": "title",
    "u": "url",
    "p": "permalink",
    "th": "thread_ts",
    "w": "workspace",
    "a": "actors",
    "q": "quotes",
}


def article_ids(store: Store, channel: str, start: float, end: float) -> list[tuple[str, float]]:
    """(id, when) of the channel's articles recorded in [start, end], oldest first, within retention."""
    if store.client is None:
        return []
    start = max(start, end - retention_seconds(store))
    try:
        pairs = store.client.zrangebyscore(store.key_history_articles(channel), start, end, withscores=True)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    return [(member.decode(), score) for member, score in pairs]


def read_articles(
    store: Store, channel: str, ids: Sequence[tuple[str, float]], fields: Iterable[str] = ("a", "w")
) -> list[ArticleRow]:
    """The asked-for fields of these articles; an article whose hash has expired is left out."""
    fields = list(fields)
    if store.client is None or not ids:
        return []
    try:
        pipe = store.client.pipeline(transaction=False)
        for aid, _ in ids:
            pipe.hmget(store.key_history_article(channel, aid), ["t", *fields])
        results = pipe.execute()
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    rows = []
    for (aid, score), values in zip(ids, results, strict=True):
        if values[0] is None:
            continue  # expired
        row = ArticleRow(aid, score)
        for name, raw in zip(fields, values[1:], strict=True):
            if raw is None:
                continue
            value = raw.decode()
            if name in ("a", "q"):
                try:
                    value = json.loads(value)
                except ValueError:
                    continue
            setattr(row, FIELD_NAMES[name], value)
        rows.append(row)
    return rows


def channel_workspace(rows: Iterable[ArticleRow]) -> str | None:
    for row in rows:
        if row.workspace:
            return row.workspace
    return None


def seen_before(
    store: Store,
    channel: str,
    actor_names: Iterable[str],
    *,
    days: int = 7,
    now: datetime | float | None = None,
    exclude: Brief | str | None = None,
) -> list[str]:
    """The names among ``actor_names`` this channel already met in the last ``days`` days.

    Names are compared through ``bot.identity`` (aliases, ignores, surname joins), so "Putin" is
    seen before when "Vladimir Putin" was. Call it before ``record_article`` for the same article,
    or pass that article (or its ``article_key``) as ``exclude``.
    """
    names = list(actor_names)
    end = epoch(now)
    ids = article_ids(store, channel, end - days * DAY, end)
    if exclude is not None:
        skip = exclude if isinstance(exclude, str) else article_key(exclude)
        ids = [(aid, ts) for aid, ts in ids if aid != skip]
    if not names or not ids:
        return []
    rows = read_articles(store, channel, ids, ("a", "w"))
    met_raw = [(name, CODE_KINDS.get(code, "group")) for row in rows for name, code, _ in row.actors or []]
    resolver = identity.resolver_for(
        store, channel_workspace(rows), since=end - retention_seconds(store), extra=met_raw
    )
    met = {resolver.resolve(name, kind) for name, kind in met_raw} - {None}
    return [name for name in names if resolver.resolve(name) in met]
