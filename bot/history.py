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
  ``a``  actors, JSON ``[[name, kind letter, mentions(, quote strength)], ...]`` (at most 60)
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
        quotes = _best_quotes(brief, {row[0] for row in rows})
        for row in rows:  # the strength rides with the actor, so a roundup reads quote texts only for winners
            if row[0] in quotes:
                row.append(quotes[row[0]][1])
        fields = {"t": str(int(ts)), "a": json.dumps(rows, ensure_ascii=False, separators=(",", ":"))}
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
            members = {identity.known_member(row[0], CODE_KINDS[row[1]]): ts for row in rows}
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
    actors: list | None = None  # [[name, kind letter, mentions(, quote strength)], ...]
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


# One round trip for a whole window: the script reads every article hash server-side and returns one
# JSON array ``[[id, t, field...], ...]`` (``a`` and ``q`` are stored as JSON and passed through; other
# fields are JSON-encoded; an expired article is left out). Thousands of HMGETs through a pipeline cost
# far more in client-side packing and parsing than the reads themselves.
_READ_SCRIPT = """
local fields = cjson.decode(ARGV[1])
local raw = {}
for i, name in ipairs(fields) do raw[i] = (name == 'a' or name == 'q') end
local out = {}
for k, key in ipairs(KEYS) do
  local values = redis.call('HMGET', key, 't', unpack(fields))
  if values[1] then
    local parts = {cjson.encode(ARGV[k + 1]), values[1]}
    for i = 1, #fields do
      local v = values[i + 1]
      if not v then
        parts[#parts + 1] = 'null'
      elseif raw[i] then
        parts[#parts + 1] = v
      else
        parts[#parts + 1] = cjson.encode(v)
      end
    end
    out[#out + 1] = '[' .. table.concat(parts, ',') .. ']'
  end
end
return '[' .. table.concat(out, ',') .. ']'
"""
READ_CHUNK = 2000


def read_articles(
    store: Store, channel: str, ids: Sequence[tuple[str, float]], fields: Iterable[str] = ("a", "w")
) -> list[ArticleRow]:
    """The asked-for fields of these articles; an article whose hash has expired is left out."""
    fields = [f for f in fields if f in FIELD_NAMES]
    if store.client is None or not ids:
        return []
    scores = dict(ids)
    rows = []
    try:
        script = store.client.register_script(_READ_SCRIPT)
        for at in range(0, len(ids), READ_CHUNK):
            chunk = [aid for aid, _ in ids[at : at + READ_CHUNK]]
            keys = [store.key_history_article(channel, aid) for aid in chunk]
            blob = script(keys=keys, args=[json.dumps(fields), *chunk])
            for row in _rows_from(json.loads(blob), fields):
                row.ts = scores.get(row.id, row.ts)
                rows.append(row)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    except ValueError:
        log.warning("Unreadable history in channel %s; reading it as empty", channel)
        return []
    return rows


# The same, for a time window read server-side from the channel's index (oldest first, or newest first
# with ZREVRANGEBYSCORE), one page at a time. Returns ``{"n": members scanned, "rows": [...]}``.
_WINDOW_SCRIPT = """
local prefix, fields = ARGV[1], cjson.decode(ARGV[4])
local ids
if ARGV[5] == '1' then
  ids = redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[3], ARGV[2], 'LIMIT', ARGV[6], ARGV[7])
else
  ids = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[2], ARGV[3], 'LIMIT', ARGV[6], ARGV[7])
end
local raw = {}
for i, name in ipairs(fields) do raw[i] = (name == 'a' or name == 'q') end
local out = {}
for _, id in ipairs(ids) do
  local values = redis.call('HMGET', prefix .. id, 't', unpack(fields))
  if values[1] then
    local parts = {cjson.encode(id), values[1]}
    for i = 1, #fields do
      local v = values[i + 1]
      if not v then
        parts[#parts + 1] = 'null'
      elseif raw[i] then
        parts[#parts + 1] = v
      else
        parts[#parts + 1] = cjson.encode(v)
      end
    end
    out[#out + 1] = '[' .. table.concat(parts, ',') .. ']'
  end
end
return '{"n":' .. #ids .. ',"rows":[' .. table.concat(out, ',') .. ']}'
"""


@dataclass
class WindowPage:
    rows: list[ArticleRow]
    scanned: int  # index members looked at (expired articles are scanned but not returned)


def _rows_from(records: list, fields: list[str]) -> list[ArticleRow]:
    rows = []
    for record in records:
        row = ArticleRow(record[0], float(record[1]))
        for name, value in zip(fields, record[2:], strict=True):
            if value is not None:
                setattr(row, FIELD_NAMES[name], value)
        rows.append(row)
    return rows


def read_window(
    store: Store,
    channel: str,
    start: float,
    end: float,
    fields: Iterable[str] = ("a", "w"),
    *,
    newest_first: bool = False,
    exclusive_end: bool = False,
    offset: int = 0,
    count: int = -1,
) -> WindowPage:
    """The channel's articles recorded in [start, end] (within retention), with the asked-for fields,
    in one round trip; ``offset``/``count`` page through them."""
    fields = [f for f in fields if f in FIELD_NAMES]
    if store.client is None:
        return WindowPage([], 0)
    start = max(start, end - retention_seconds(store))
    upper = f"({end}" if exclusive_end else str(end)
    try:
        script = store.client.register_script(_WINDOW_SCRIPT)
        blob = script(
            keys=[store.key_history_articles(channel)],
            args=[
                store.key_history_article(channel, ""),
                str(start),
                upper,
                json.dumps(fields),
                "1" if newest_first else "0",
                offset,
                count,
            ],
        )
        data = json.loads(blob)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return WindowPage([], 0)
    except ValueError:
        log.warning("Unreadable history in channel %s; reading it as empty", channel)
        return WindowPage([], 0)
    return WindowPage(_rows_from(data["rows"], fields), int(data["n"]))


# A window's actors tallied server-side, for the roundup: one round trip and a small reply however many
# articles the window holds. Per raw (name, kind letter): mentions, the indexes (into the returned id
# list, oldest first) of its articles, and its strongest quote's strength and article index; and each
# article's link.
_TALLY_SCRIPT = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[2], ARGV[3])
local prefix = ARGV[1]
local out_ids, out_ts, out_links, tallies, order = {}, {}, {}, {}, {}
for _, id in ipairs(ids) do
  local values = redis.call('HMGET', prefix .. id, 't', 'a', 'p', 'u')
  if values[1] and values[2] then
    local index = #out_ids
    out_ids[index + 1] = id
    out_ts[index + 1] = tonumber(values[1])
    out_links[index + 1] = values[3] or values[4] or false
    local ok, actors = pcall(cjson.decode, values[2])
    if ok then
      for _, e in ipairs(actors) do
        local key = e[2] .. e[1]
        local t = tallies[key]
        if not t then
          t = {e[1], e[2], 0, {}, false, false}
          tallies[key] = t
          order[#order + 1] = key
        end
        t[3] = t[3] + e[3]
        local rows = t[4]
        if rows[#rows] ~= index then rows[#rows + 1] = index end
        if e[4] and (not t[5] or e[4] >= t[5]) then
          t[5] = e[4]
          t[6] = index
        end
      end
    end
  end
end
local list = {}
for i, key in ipairs(order) do list[i] = tallies[key] end
if #out_ids == 0 then return '{"ids":[],"ts":[],"links":[],"tallies":[]}' end
if #list == 0 then return cjson.encode({ids = out_ids, ts = out_ts, links = out_links}) end
return cjson.encode({ids = out_ids, ts = out_ts, links = out_links, tallies = list})
"""


@dataclass
class RawTally:
    """One actor name (as extracted) over a window: see ``tally_window``."""

    name: str
    code: str  # kind letter
    mentions: int
    rows: list[int]  # indexes into ``WindowTally.ids``, oldest first
    strength: float | None  # of its strongest quote, when it has one
    quote_row: int | None  # the article index of that quote


@dataclass
class WindowTally:
    ids: list[str]
    ts: list[float]
    links: list[str | None]  # each article's link (digest permalink, else the article's URL)
    tallies: list[RawTally]


def tally_window(
    store: Store, channel: str, start: float, end: float, *, exclusive_end: bool = False
) -> WindowTally:
    """Every actor name of the channel's articles in [start, end] (within retention), tallied in Redis."""
    empty = WindowTally([], [], [], [])
    if store.client is None:
        return empty
    start = max(start, end - retention_seconds(store))
    try:
        script = store.client.register_script(_TALLY_SCRIPT)
        blob = script(
            keys=[store.key_history_articles(channel)],
            args=[
                store.key_history_article(channel, ""),
                str(start),
                f"({end}" if exclusive_end else str(end),
            ],
        )
        data = json.loads(blob)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return empty
    except ValueError:
        log.warning("Unreadable history in channel %s; reading it as empty", channel)
        return empty
    tallies = [
        RawTally(
            t[0],
            t[1],
            int(t[2]),
            t[3],
            t[4] if t[4] is not False else None,
            t[5] if t[5] is not False else None,
        )
        for t in data.get("tallies") or []
    ]
    links = [link or None for link in data.get("links") or []]
    return WindowTally(data["ids"], [float(x) for x in data["ts"]], links, tallies)


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
    met_raw = [(a[0], CODE_KINDS.get(a[1], "group")) for row in rows for a in row.actors or []]
    resolver = identity.resolver_for(
        store, channel_workspace(rows), since=end - retention_seconds(store), extra=met_raw
    )
    met = {resolver.resolve(name, kind) for name, kind in met_raw} - {None}
    return [name for name in names if resolver.resolve(name) in met]
