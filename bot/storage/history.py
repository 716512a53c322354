"""A channel's history: every article briefed in it, compactly, for the roundup and "seen before".

Stored per channel (the keys, their types and expiry are in the table of ``bot/storage/store.py``; the
channel id is a Redis Cluster hash tag, so one channel's keys live together and every multi-key
command or script declares them all):

- the channel's index: its article ids scored by when each was recorded. Members older than
  ``BRIEF_HISTORY_DAYS`` are trimmed on every write (``ZREMRANGEBYSCORE``) and ignored on every read.
- one small hash per article that expires ``BRIEF_HISTORY_DAYS`` after it was recorded (Redis
  ``EXPIRE``: retention cannot fail the way a cleanup job can), with these fields:

  ====== =========================================================================
  field  holds
  ====== =========================================================================
  ``t``  when, epoch seconds
  ``ti`` title (up to 200 characters)
  ``da`` the article's own date (as the page or text gives it), when known
  ``u``  the article's canonical URL, when it was a link
  ``p``  the Slack permalink of the digest, when there is one
  ``th`` the Slack thread ts of the digest, when there is one
  ``w``  the Slack workspace (team id)
  ``a``  actors, JSON ``[[name, kind letter, mentions(, quote strength)], ...]`` (at most 60)
  ``q``  the strongest quote of each speaking actor, JSON ``{name: [quote, strength]}``
  ``s``  who was quoted (``bot.roundup.sources``), JSON ``[[actor, quotes, evidence], ...]``: one
         row per speaker with attributed quotes (at most 60); ``actor`` is its index in ``a`` (else
         ``[name, kind letter]``), ``evidence`` that article's gender estimate and its basis as two
         letters (``f``/``m``/``n``; ``o`` override, ``p`` pronoun, ``h`` honorific, ``g`` given
         name), ``""`` when unknown
  ====== =========================================================================

- Pre-aggregated on write, so a roundup never reads every article of its window:

  - per hour with articles (and per UTC day), actor (``{kind letter}:{name}``) → ``"articles
    mentions"``, plus ``" strength when article_id"`` of the actor's strongest quote in that period.
    A bucket expires when its newest possible article leaves retention. A window is the sum of at
    most 168 hours (or 7 days) of them, plus the few articles of the hours it cuts.
  - per actor, the ids of its articles by time (the roundup's thread links, "new today", exact
    counts when an alias joins two names).
  - the channel's actors (``{kind letter}:{name}``) scored by last seen.

  The sorted sets are trimmed on write and expire like the index.

An article is one article however it arrives (a link, a paste, ``/brief``, a re-share). Its id is a hash
of its canonical URL (a link) or of its normalised text (pasted), and its text leaves a few fingerprints
(``h:{channel}:f:{fingerprint}`` → id; ``fingerprints``): the same article pasted after its link was
shared (or the other way round) shares most of them, and is recognised as the article already recorded.
One short script (its keys declared) checks the id and the fingerprints and, only when the article is
new, writes it and its aggregates, atomically. "Seen before" leaves the article itself out the same way.
Recording also refreshes the workspace's registry of known actors that ``bot.storage.identity`` joins
surnames against.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo

from bot.brief import GENDERS, Brief, Quote
from bot.storage import identity
from bot.storage.scripts import Script
from bot.storage.store import REDIS_ERRORS, Store

log = logging.getLogger(__name__)

KIND_CODES = {"person": "p", "organization": "o", "place": "l", "group": "g"}
CODE_KINDS = {v: k for k, v in KIND_CODES.items()}
UNNAMED = "u"  # a speaker who is no actor: the article's description of an unnamed source
SPEAKER_KINDS = {**CODE_KINDS, UNNAMED: "unnamed"}
MAX_ACTORS = 60
SEEN_BEFORE_DAYS = 7  # how far back a digest's "seen in this channel" line looks
GENDER_CODES = {gender: gender[0] for gender in GENDERS}  # female → f, male → m, nonbinary → n
CODE_GENDERS = {v: k for k, v in GENDER_CODES.items()}
BASIS_CODES = {"override": "o", "pronoun": "p", "honorific": "h", "given_name": "g"}
CODE_BASES = {v: k for k, v in BASIS_CODES.items()}
MAX_TITLE = 200
MAX_QUOTE = 280
DAY = 24 * 3600
HOUR = 3600
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
        from bot.web.links import canonical_url

        basis = "u:" + canonical_url(brief.url)
    else:
        # The same normalisation as the brief cache key (bot.briefing.normalise).
        basis = "t:" + _SPACE.sub(" ", unicodedata.normalize("NFC", brief.text or "")).strip()
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


FINGERPRINT_WORDS = 8  # words per shingle
FINGERPRINTS = 16  # shingles kept per article (the smallest hashes: a bottom-k sketch)
SAME_ARTICLE_MATCHES = 8  # shared fingerprints (half) that make two texts one article
_WORD = re.compile(r"\w+")


def fingerprints(text: str | None) -> list[str]:
    """An article's text fingerprints: the ``FINGERPRINTS`` smallest hashes of its 8-word runs.

    The same article pasted as text and read from its link differ at the edges (a headline, a caption,
    a byline, spacing, curly quotes) but share nearly all their 8-word runs, so they share most of these
    hashes (half of them make two texts one article); two different articles share few, even when one
    reprints a long passage of the other. Case, accents'
    composition and punctuation do not count.
    """
    words = _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())
    if len(words) < FINGERPRINT_WORDS:
        return []
    hashes = {
        hashlib.blake2b(" ".join(words[i : i + FINGERPRINT_WORDS]).encode(), digest_size=8).hexdigest()
        for i in range(len(words) - FINGERPRINT_WORDS + 1)
    }
    return sorted(hashes)[:FINGERPRINTS]


def known_article(store: Store, channel: str, brief: Brief) -> str | None:
    """The id under which this article is already in the channel's history (its own id, or the id of
    the same article that arrived another way), or None when the channel has not had it."""
    client = store.client
    if client is None:
        return None
    aid, prints = article_key(brief), fingerprints(brief.text)
    index = store.key_history_articles(channel)
    try:
        pipe = client.pipeline(transaction=False)
        pipe.zscore(index, aid)
        for fp in prints:
            pipe.get(store.key_history_fingerprint(channel, fp))
        own, *others = pipe.execute()
        if own is not None:
            return aid
        counts = Counter(other.decode() for other in others if other is not None)
        for other, count in counts.most_common():
            if count < min(SAME_ARTICLE_MATCHES, len(prints)):
                break
            if client.zscore(index, other) is not None:
                return other
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
    return None


def actor_member(name: str, code: str) -> str:
    """How a channel's aggregates name an actor: ``{kind letter}:{name}``."""
    return f"{code}:{name}"


def split_member(member: str) -> tuple[str, str]:
    """(name, kind) of an ``actor_member``."""
    code, _, name = member.partition(":")
    return name, CODE_KINDS.get(code, "group")


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
    """[name, kind letter, mentions] per actor; one row per (name, kind), mentions summed."""
    rows: dict[tuple[str, str], list] = {}
    for actor in sorted(brief.actors, key=lambda a: -a.mentions)[:MAX_ACTORS]:
        name = identity.clean_name(actor.name)
        if name:
            code = KIND_CODES.get(actor.kind, "g")
            row = rows.get((name, code))
            if row is None:
                rows[(name, code)] = [name, code, int(actor.mentions)]
            else:
                row[2] += int(actor.mentions)
    return list(rows.values())


def _best_quotes(brief: Brief, names: set[str]) -> dict[str, list]:
    best: dict[str, list] = {}
    for quote in brief.quotes:
        speaker = identity.clean_name(quote.speaker_actor or quote.speaker or "")
        if not speaker or speaker not in names or not quote.quote.strip():
            continue
        strength = quote_strength(quote)
        if speaker not in best or strength > best[speaker][1]:
            best[speaker] = [_shorten(quote.quote, MAX_QUOTE), strength]
    return best


def _source_rows(brief: Brief, actor_rows: list[list]) -> list[list]:
    """Per speaker with attributed quotes: ``[actor, quotes, evidence]``. ``actor`` is the speaker's
    index in ``actor_rows`` (the ``a`` field: name and kind are not written twice), or, for a speaker
    not among them, ``[name, kind letter]`` (``u``: no actor at all, an unnamed source described by the
    article, "a campaign spokesman"); ``evidence`` is the gender letter and the basis letter
    (``"fp"``: female, from a pronoun), ``""`` when unknown. A quote joins its actor by
    ``speaker_actor`` when it has one ("Doug McCallum" for "the mayor, Doug McCallum")."""
    index = {(row[0], row[1]): n for n, row in enumerate(actor_rows)}
    actors = {identity.clean_name(actor.name): actor for actor in brief.actors}
    counts: Counter = Counter()
    for quote in brief.quotes:
        speaker = identity.clean_name(quote.speaker_actor or quote.speaker or "")
        if speaker:
            counts[speaker] += 1
    rows = []
    for speaker, quotes in counts.most_common(MAX_ACTORS):
        actor = actors.get(speaker)
        code = KIND_CODES.get(actor.kind, "g") if actor else UNNAMED  # "a campaign spokesman"
        gender = GENDER_CODES.get(actor.gender, "") if actor and code == "p" else ""
        basis = BASIS_CODES.get(actor.gender_basis, "") if gender else ""
        ref = index.get((speaker, code), [speaker, code])
        rows.append([ref, quotes, gender + basis])
    return rows


def read_source_rows(article: ArticleRow) -> list[tuple[str, str, int, str | None, str | None]]:
    """(speaker, kind, quotes, gender, basis) of an article read with fields ``a`` and ``s``; a
    damaged entry is skipped, never fatal."""
    out = []
    actors = article.actors or []
    for entry in article.sources or []:
        try:
            ref, quotes, evidence = entry
            name, code = (actors[ref][0], actors[ref][1]) if isinstance(ref, int) else (ref[0], ref[1])
            quotes = max(1, min(int(quotes), 1000))
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        gender = CODE_GENDERS.get(evidence[:1]) if isinstance(evidence, str) else None
        basis = CODE_BASES.get(evidence[1:2]) if gender else None
        out.append((str(name), SPEAKER_KINDS.get(code, "group"), quotes, gender, basis))
    return out


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
    (within ``BRIEF_HISTORY_DAYS``: the same link, the same text, or the same article arriving another
    way, see ``fingerprints``), when ``when`` is older than that, or when Redis is unavailable.
    """
    client = store.client
    if client is None:
        return False
    ts = epoch(when)
    ttl = retention_seconds(store)
    real_now = time.time()  # Redis expiry runs on the real clock
    remaining = min(ttl, int(ts + ttl - real_now) + 1)
    if remaining <= 0:
        return False
    hour = int(ts // HOUR)
    bucket_ttl = max(1, min(ttl + HOUR, int((hour + 1) * HOUR + ttl - real_now) + 1))
    day = int(ts // DAY)
    day_ttl = max(1, min(ttl + DAY, int((day + 1) * DAY + ttl - real_now) + 1))
    aid = article_key(brief)
    rows = _actor_rows(brief)
    quotes = _best_quotes(brief, {row[0] for row in rows})
    for row in rows:  # the strength rides with the actor, so a roundup reads quote texts only for winners
        if row[0] in quotes:
            row.append(quotes[row[0]][1])
    fields = {"t": str(int(ts)), "a": json.dumps(rows, ensure_ascii=False, separators=(",", ":"))}
    if quotes:
        fields["q"] = json.dumps(quotes, ensure_ascii=False, separators=(",", ":"))
    speakers = _source_rows(brief, rows)
    if speakers:
        fields["s"] = json.dumps(speakers, ensure_ascii=False, separators=(",", ":"))
    optional = {
        "ti": _shorten(brief.title, MAX_TITLE) if brief.title else None,
        "da": _shorten(brief.date, 40) if brief.date else None,
        "u": brief.url,
        "p": permalink,
        "th": thread_ts,
        "w": workspace,
    }
    fields.update({k: v for k, v in optional.items() if v})
    members = [actor_member(row[0], row[1]) for row in rows]
    prints = fingerprints(brief.text)
    keys = [
        store.key_history_articles(channel),
        store.key_history_article(channel, aid),
        store.key_history_bucket(channel, hour),
        store.key_history_day(channel, day),
        store.key_history_names(channel),
        *(store.key_history_fingerprint(channel, fp) for fp in prints),
        *(store.key_history_actor(channel, member) for member in members),
    ]
    need = min(SAME_ARTICLE_MATCHES, len(prints))
    args: list = [aid, repr(ts), ttl, repr(ts - ttl), remaining, bucket_ttl, day_ttl, len(prints), need]
    args.append(len(fields))
    for name, value in fields.items():
        args += [name, value]
    for member, row in zip(members, rows, strict=True):
        args += [member, row[2], repr(row[3]) if len(row) > 3 else ""]
    try:
        recorded, _ = store.scripts.record_article(keys=keys, args=args)
        if not recorded:
            return False
        if rows:  # the workspace's registry lives elsewhere (another hash slot): a second, plain write
            registry = store.key_workspace_actors(identity.workspace_key(workspace))
            known = {identity.known_member(row[0], CODE_KINDS[row[1]]): ts for row in rows}
            pipe = client.pipeline(transaction=False)
            pipe.zadd(registry, known, gt=True)  # GT: new members added, old ones only moved forward
            pipe.zremrangebyscore(registry, "-inf", f"({ts - ttl}")
            pipe.expire(registry, ttl)
            pipe.execute()
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return False
    return True


# -- reading articles ------------------------------------------------------------------------------


@dataclass
class ArticleRow:
    """One recorded article as read back (the fields asked for; others are None)."""

    id: str
    ts: float
    title: str | None = None
    date: str | None = None  # the article's own date, as given
    url: str | None = None
    permalink: str | None = None
    thread_ts: str | None = None
    workspace: str | None = None
    actors: list | None = None  # [[name, kind letter, mentions(, quote strength)], ...]
    quotes: dict | None = None  # {name: [quote, strength]}
    sources: list | None = None  # [[actor index or [name, kind letter], quotes, evidence], ...]

    @property
    def link(self) -> str | None:
        """Where a reader should go: the digest's thread, else the article itself."""
        return self.permalink or self.url


FIELD_NAMES = {
    "ti": "title",
    "da": "date",
    "u": "url",
    "p": "permalink",
    "th": "thread_ts",
    "w": "workspace",
    "a": "actors",
    "q": "quotes",
    "s": "sources",
}
_JSON_FIELDS = {"a", "q", "s"}


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


def count_articles(store: Store, channel: str, low: float, high: float | str) -> int:
    """How many articles the channel recorded in [low, high] (``high`` may be ``"(x"``, exclusive)."""
    if store.client is None:
        return 0
    try:
        return int(store.client.zcount(store.key_history_articles(channel), low, high))
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return 0


# Batched reads. Each script call declares its keys (all of one channel: one hash slot) and returns
# one string per key, so the client parses a few hundred strings instead of tens of thousands of
# replies; a call covers at most ``BATCH`` keys, so each stays well under a millisecond of server time.
BATCH = 200


def _batched(store: Store, runner: Script, calls: list[tuple[list[str], list]]) -> list:
    """Run the script once per (keys, args), pipelined in one round trip; the replies in order."""
    pipe = store.client.pipeline(transaction=False)
    for keys, args in calls:
        runner(keys=keys, args=args, client=pipe)
    return pipe.execute()


def read_articles(
    store: Store, channel: str, ids: Sequence[tuple[str, float]], fields: Iterable[str] = ("a", "w")
) -> list[ArticleRow]:
    """The asked-for fields of these articles; an article whose hash has expired is left out."""
    fields = [f for f in fields if f in FIELD_NAMES]
    if store.client is None or not ids:
        return []
    keys = [store.key_history_article(channel, aid) for aid, _ in ids]
    try:
        blobs = _batched(
            store,
            store.scripts.hash_fields,
            [(keys[at : at + BATCH], ["t", *fields]) for at in range(0, len(keys), BATCH)],
        )
        replies = [values for blob in blobs for values in json.loads(blob)]
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    except ValueError:
        log.warning("Unreadable history in channel %s; reading it as empty", channel)
        return []
    rows = []
    for (aid, ts), values in zip(ids, replies, strict=True):
        if not values[0]:
            continue
        row = ArticleRow(aid, ts)
        for name, value in zip(fields, values[1:], strict=True):
            if value is False:
                continue
            try:
                setattr(row, FIELD_NAMES[name], json.loads(value) if name in _JSON_FIELDS else value)
            except ValueError:
                log.warning("Unreadable field %s of an article in channel %s", name, channel)
        rows.append(row)
    return rows


# -- reading aggregates ----------------------------------------------------------------------------


@dataclass
class ActorTally:
    """One actor name (``{kind letter}:{name}``, as extracted) over a window."""

    member: str
    articles: int = 0
    mentions: int = 0
    best: tuple[float, float, str] | None = None  # its strongest quote: (strength, when, article id)
    per_day: Counter = field(default_factory=Counter)  # ISO date (in the window's zone) → articles

    @property
    def name(self) -> str:
        return split_member(self.member)[0]

    @property
    def kind(self) -> str:
        return split_member(self.member)[1]


@dataclass
class WindowTally:
    articles: int  # articles in the window
    tallies: dict[str, ActorTally]  # by member
    newest: str | None = None  # the newest article's id


def _plan(
    start: float, end: float, zone: tzinfo
) -> tuple[list[int], list[int], list[tuple[float, float, bool]]]:
    """How to read [start, end]: whole UTC days (their day bucket, when the day is one local day, as in
    UTC), whole hours (their hour bucket, when in one local day), and the rest as index ranges
    ``(low, high, high excluded)`` whose articles are read one by one (the hours the window cuts)."""

    def one_day(low: float, high: float) -> bool:
        return datetime.fromtimestamp(low, zone).date() == datetime.fromtimestamp(high - 1, zone).date()

    days, hours, cut = [], [], []
    at = math.floor(start / HOUR) * HOUR
    while at <= end:
        if at % DAY == 0 and at >= start and at + DAY <= end and one_day(at, at + DAY):
            days.append(at // DAY)
            at += DAY
            continue
        low, high = at, at + HOUR
        if low >= start and high <= end and one_day(low, high):
            hours.append(at // HOUR)
        else:
            cut.append((max(low, start), min(high, end), high <= end))
        at += HOUR
    return days, hours, cut


# A day's running tally per actor member: [articles, mentions, best quote (strength, when, id) or None].
DayTally = dict[str, list]


def _add(acc: DayTally, member: str, articles: int, mentions: int, best: tuple | None) -> None:
    t = acc.get(member)
    if t is None:
        acc[member] = t = [0, 0, None]
    t[0] += articles
    t[1] += mentions
    if best is not None and (t[2] is None or best > t[2]):
        t[2] = best


def _add_bucket(acc: DayTally, blob: bytes) -> None:
    """A pre-aggregated bucket (``member\\tarticles mentions[ strength when id]`` lines)."""
    for line in blob.decode().split("\n"):
        member, _, value = line.partition("\t")
        parts = value.split(" ")
        best = (float(parts[2]), float(parts[3]), parts[4]) if len(parts) == 5 else None
        _add(acc, member, int(parts[0]), int(parts[1]), best)


def _add_article(acc: DayTally, row: ArticleRow) -> None:
    """One article read whole (from an hour the window cuts)."""
    for actor in row.actors or []:
        best = (float(actor[3]), row.ts, row.id) if len(actor) > 3 else None
        _add(acc, actor_member(actor[0], actor[1]), 1, int(actor[2]), best)


def _tallies(by_day: dict[str, DayTally]) -> dict[str, ActorTally]:
    """The days summed into one tally per actor (articles per day kept)."""
    tallies: dict[str, ActorTally] = {}
    for day, acc in by_day.items():
        for member, (articles, mentions, best) in acc.items():
            tally = tallies.get(member)
            if tally is None:
                tallies[member] = tally = ActorTally(member)
            tally.articles += articles
            tally.mentions += mentions
            tally.per_day[day] += articles
            if best is not None and (tally.best is None or best > tally.best):
                tally.best = best
    return tallies


def tally_window(store: Store, channel: str, start: float, end: float, zone: tzinfo = UTC) -> WindowTally:
    """Every actor name of the channel's articles in [start, end] (within retention): the hour buckets
    the window covers, summed, plus the articles of the hours it cuts (a few), read one by one."""
    empty = WindowTally(0, {})
    client = store.client
    start = max(start, end - retention_seconds(store))
    if client is None or start > end:
        return empty
    whole_days, whole_hours, cut = _plan(start, end, zone)
    keys = [store.key_history_day(channel, d) for d in whole_days]
    keys += [store.key_history_bucket(channel, h) for h in whole_hours]
    dates = [datetime.fromtimestamp(d * DAY, zone).date().isoformat() for d in whole_days]
    dates += [datetime.fromtimestamp(h * HOUR, zone).date().isoformat() for h in whole_hours]
    index = store.key_history_articles(channel)
    try:
        pipe = client.pipeline(transaction=False)
        pipe.zcount(index, start, end)
        pipe.zrevrangebyscore(index, end, start, start=0, num=1)
        for low, high, open_high in cut:
            pipe.zrangebyscore(index, low, f"({high}" if open_high else high, withscores=True)
        runner = store.scripts.hashes
        for at in range(0, len(keys), 24):
            runner(keys=keys[at : at + 24], client=pipe)
        replies = pipe.execute()
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return empty
    count, newest = replies[0], replies[1]
    cut_ids = replies[2 : 2 + len(cut)]
    blobs = [blob for batch in replies[2 + len(cut) :] for blob in batch]
    by_day: dict[str, dict[str, list]] = {}
    for date, blob in zip(dates, blobs, strict=True):
        if blob:
            _add_bucket(by_day.setdefault(date, {}), blob)
    ids = [(aid.decode(), ts) for pairs in cut_ids for aid, ts in pairs]
    for row in read_articles(store, channel, ids, ("a",)):
        _add_article(by_day.setdefault(datetime.fromtimestamp(row.ts, zone).date().isoformat(), {}), row)
    tallies = _tallies(by_day)
    return WindowTally(int(count), tallies, newest[0].decode() if newest else None)


def channel_names(store: Store, channel: str, since: float) -> list[str]:
    """The channel's actor members (``{kind letter}:{name}``) last seen at ``since`` or later."""
    if store.client is None:
        return []
    try:
        members = store.client.zrangebyscore(store.key_history_names(channel), since, "+inf")
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    return [m.decode() for m in members]


def actor_articles(
    store: Store,
    channel: str,
    members: Sequence[str],
    low: float,
    high: float | str,
    newest: int | None = None,
    *,
    before: tuple[float, float | str] | None = None,
) -> list[tuple[list[tuple[str, float]], bool | None]]:
    """For each actor member: (id, when) of its articles in [low, high] (``high`` may be ``"(x"``,
    exclusive), oldest first, only the newest ``newest`` when given (0: none); and, with ``before``
    = (low, high), whether it has any article in that range (else None)."""
    if store.client is None or not members:
        return [([], None) for _ in members]
    args = [high, low, -1 if newest is None else newest, *(("", "") if before is None else before[::-1])]
    calls = []
    for at in range(0, len(members), BATCH):
        calls.append(([store.key_history_actor(channel, m) for m in members[at : at + BATCH]], args))
    try:
        replies = [reply for batch in _batched(store, store.scripts.zset_ranges, calls) for reply in batch]
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return [([], None) for _ in members]
    out = []
    for reply in replies:
        text = reply.decode()
        flag = None
        if before is not None:
            flag, text = text[0] == "1", text[2:]
        words = text.split()
        out.append(([(words[i], float(words[i + 1])) for i in range(len(words) - 2, -1, -2)], flag))
    return out


def seen_before(
    store: Store,
    channel: str,
    actor_names: Iterable[str],
    *,
    days: int = SEEN_BEFORE_DAYS,
    now: datetime | float | None = None,
    exclude: Brief | str | None = None,
) -> list[str]:
    """The names among ``actor_names`` this channel already met in the last ``days`` days.

    Names are compared through ``bot.storage.identity`` (aliases, ignores, surname joins), so "Putin" is
    seen before when "Vladimir Putin" was. An article never counts for itself: pass it as ``exclude``
    (or its id), and neither it nor the same article arrived another way (``known_article``) counts.
    """
    names = list(actor_names)
    client = store.client
    if client is None or not names:
        return []
    end = epoch(now)
    start = max(end - days * DAY, end - retention_seconds(store))
    skip: set[str | None] = {None}
    if isinstance(exclude, str):
        skip.add(exclude)
    elif exclude is not None:
        skip |= {article_key(exclude), known_article(store, channel, exclude)}
    try:
        first = client.zrangebyscore(store.key_history_articles(channel), start, end, start=0, num=4)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    oldest = [aid.decode() for aid in first if aid.decode() not in skip]
    if not oldest:
        return []
    rows = read_articles(store, channel, [(aid, 0.0) for aid in oldest], ("w",))
    workspace = next((row.workspace for row in rows if row.workspace), None)
    # Every actor the channel met since ``start`` (a superset: last seen may be the excluded article).
    members = channel_names(store, channel, start)
    met_raw = [split_member(m) for m in members]
    resolver = identity.resolver_for(store, workspace, since=end - retention_seconds(store), extra=met_raw)
    wanted = {resolver.resolve(name) for name in names} - {None}
    candidates = [
        (member, actor)
        for member, (name, kind) in zip(members, met_raw, strict=True)
        if (actor := resolver.resolve(name, kind)) in wanted
    ]
    found = actor_articles(store, channel, [member for member, _ in candidates], start, end, 2)
    met = {
        actor
        for (_, actor), (pairs, _) in zip(candidates, found, strict=True)
        if any(a not in skip for a, _ in pairs)
    }
    return [name for name in names if resolver.resolve(name) in met]
