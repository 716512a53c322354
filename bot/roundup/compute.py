"""The roundup: which actors keep coming back in a channel's articles, over a day or a week.

For a window (``day``: the last 24 hours, ``week``: the last 7 days) the roundup lists the actors that
appeared in at least ``BRIEF_ROUNDUP_MIN_ARTICLES`` of the channel's articles, people first, then
organisations, places and groups, each ranked by articles then mentions. For each: its kind, article
and mention counts, its strongest quote in the window with its date (the article's own date when the
article gave one, else the day it was shared), the threads where it appeared (title and link: the
digest's permalink, else the article's link), whether it is new (not in the channel's previous window;
when the previous window had no articles at all, nothing is marked new and the roundup says why), and
articles per day (for the weekly chart).

Actors are joined across articles by ``bot.storage.identity`` at read time, so an editor's alias or ignore
changes the next roundup. Rendered here for the terminal and as JSON (a contract: ``brief roundup
--json``); the Slack layout is ``bot.render.roundup``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.brief import ACTOR_KINDS, KIND_TITLES
from bot.errors import BadInput
from bot.roundup.sources import ShareTrend, share_trend
from bot.storage import history, identity
from bot.storage.channels import channel_settings
from bot.storage.store import Store

WINDOWS = {"day": 1, "week": 7}
WINDOW_LABELS = {"day": "the last 24 hours", "week": "the last 7 days"}
NEW_LABELS = {"day": "new today", "week": "new this week"}
KIND_ORDER = {kind: i for i, kind in enumerate(ACTOR_KINDS)}
MAX_LINKS = 5


@dataclass
class RoundupQuote:
    quote: str
    date: str  # ISO date: the article's own date when known, else the day it was shared (roundup's zone)
    link: str | None = None
    dated: str = "shared"  # what ``date`` is: "article" (the article's date) or "shared"


@dataclass
class RoundupThread:
    """Where an actor appeared: the article's title and the link to its digest's thread (or the article)."""

    title: str
    link: str


@dataclass
class RoundupActor:
    name: str
    kind: str
    articles: int
    mentions: int
    quote: RoundupQuote | None = None
    links: list[str] = field(default_factory=list)
    new: bool = False
    per_day: dict[str, int] = field(default_factory=dict)  # ISO date → articles that day
    threads: list[RoundupThread] = field(default_factory=list)  # newest first, the same as ``links``


@dataclass
class Roundup:
    channel: str
    window: str
    start: datetime
    end: datetime
    articles: int  # articles in the window
    actors: list[RoundupActor] = field(default_factory=list)
    min_articles: int = 2
    sources: ShareTrend | None = None  # women among quoted people, and before (BRIEF_SOURCE_MIX)
    previous_articles: int = 0  # articles in the window before this one ("new" compares with it)
    first: bool = False  # no article was briefed in the channel before this window (within retention)
    channel_name: str | None = None  # the channel's name, when the caller knows it (charts, headings)

    @property
    def empty(self) -> bool:
        return not self.actors

    @property
    def compared(self) -> bool:
        """Whether "new" means anything: the previous window had articles to compare with."""
        return self.previous_articles > 0

    def to_dict(self) -> dict[str, Any]:
        """The ``brief roundup --json`` shape (a contract; keys may be added, never renamed)."""
        return {
            "channel": self.channel,
            "window": self.window,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "articles": self.articles,
            "min_articles": self.min_articles,
            "previous_articles": self.previous_articles,
            "first": self.first,
            "actors": [
                {
                    "name": a.name,
                    "kind": a.kind,
                    "articles": a.articles,
                    "mentions": a.mentions,
                    "quote": None
                    if a.quote is None
                    else {"quote": a.quote.quote, "date": a.quote.date, "dated": a.quote.dated},
                    "links": a.links,
                    "threads": [{"title": t.title, "link": t.link} for t in a.threads],
                    "new": a.new,
                    "per_day": a.per_day,
                }
                for a in self.actors
            ],
            "sources": None if self.sources is None else self.sources.to_dict(),
        }


def parse_window(window: str | None) -> str:
    value = (window or "day").strip().lower()
    if value in ("today", "24h", "daily"):
        value = "day"
    if value in ("7d", "weekly"):
        value = "week"
    if value not in WINDOWS:
        raise BadInput(f"window must be day or week, got {window!r}")
    return value


def compute_roundup(
    store: Store,
    channel: str,
    window: str = "day",
    *,
    now: datetime | float | None = None,
    tz: str | None = None,
    min_articles: int | None = None,
    workspace: str | None = None,
) -> Roundup:
    """The roundup of ``channel`` for the window ending at ``now`` (default: the current time).

    Reads the hour buckets the window covers (``history.tally_window``: at most 168 small hashes and
    the few articles of the hours it cuts), joins names (``bot.storage.identity``), and only then, for the
    actors it lists, their newest articles (links), earlier articles ("new") and best quotes' texts.
    """
    window = parse_window(window)
    zone = ZoneInfo(tz or store.settings.timezone)
    minimum = min_articles or store.settings.roundup_min_articles
    end = history.epoch(now)
    start = end - WINDOWS[window] * history.DAY
    retention_start = end - history.retention_seconds(store)
    tally = history.tally_window(store, channel, start, end, zone)
    roundup = Roundup(
        channel,
        window,
        datetime.fromtimestamp(start, zone),
        datetime.fromtimestamp(end, zone),
        tally.articles,
        min_articles=minimum,
    )
    if store.settings.source_mix and channel_settings(store, channel).sources:
        roundup.sources = share_trend(store, channel, start, end, workspace=workspace)
    # "New" compares with the previous window of the same length (within retention).
    previous_start = max(start - WINDOWS[window] * history.DAY, retention_start)
    roundup.previous_articles = history.count_articles(store, channel, previous_start, f"({start}")
    roundup.first = not roundup.previous_articles and not history.count_articles(
        store, channel, retention_start, f"({start}"
    )
    if not tally.articles or not tally.tallies:
        return roundup
    if workspace is None and tally.newest:
        newest = history.read_articles(store, channel, [(tally.newest, end)], ("w",))
        workspace = newest[0].workspace if newest else None

    # Names that fold together ("The Kremlin", "Kremlin") show as the one most used in the window.
    by_use = sorted(tally.tallies.values(), key=lambda t: (-t.articles, min(t.per_day, default=""), t.member))
    resolver = identity.resolver_for(
        store, workspace, since=retention_start, extra=[(t.name, t.kind) for t in by_use]
    )
    # Join the names that are one actor (identity); most actors have exactly one name.
    groups: dict[str, list[history.ActorTally]] = {}
    for raw in tally.tallies.values():
        actor = resolver.resolve(raw.name, raw.kind)
        if actor is not None:
            groups.setdefault(actor, []).append(raw)
    # A name's own count is exact; joined names may share articles, so count their union (below).
    groups = {a: raws for a, raws in groups.items() if sum(r.articles for r in raws) >= minimum}
    if not groups:
        return roundup
    start = max(start, retention_start)
    singles = {raws[0].member: a for a, raws in groups.items() if len(raws) == 1}
    joined = [(a, raw.member) for a, raws in groups.items() if len(raws) > 1 for raw in raws]
    # The channel's names (within retention) that are listed actors: did any appear before the window?
    others = [
        (member, actor)
        for member in history.channel_names(store, channel, retention_start)
        if member not in singles and (actor := resolver.resolve(*history.split_member(member))) in groups
    ]
    prior = (max(previous_start, retention_start), f"({start}")
    found = history.actor_articles(store, channel, list(singles), start, end, MAX_LINKS, before=prior)
    newest = {singles[m]: pairs for m, (pairs, _) in zip(singles, found, strict=True)}
    seen = {singles[m] for m, (_, flag) in zip(singles, found, strict=True) if flag}
    found = history.actor_articles(store, channel, [m for m, _ in others], start, end, 0, before=prior)
    seen |= {actor for (_, actor), (_, flag) in zip(others, found, strict=True) if flag}
    union: dict[str, dict[str, float]] = {}
    first_seen: dict[str, float] = {}
    found = history.actor_articles(store, channel, [m for _, m in joined], start, end)
    for (actor, member), (pairs, _) in zip(joined, found, strict=True):
        union.setdefault(actor, {}).update(pairs)
        first_seen[member] = pairs[0][1] if pairs else end

    chosen: dict[str, tuple[int, int, str, tuple | None, list[tuple[str, float]], Counter]] = {}
    for actor, raws in groups.items():
        best = max(
            ((raw.best, raw.name) for raw in raws if raw.best is not None), key=lambda b: b[0], default=None
        )
        if len(raws) == 1:
            raw = raws[0]
            chosen[actor] = (raw.articles, raw.mentions, raw.member, best, newest[actor], raw.per_day)
            continue
        articles = sorted(union.get(actor, {}).items(), key=lambda p: (p[1], p[0]))
        if len(articles) < minimum:
            continue
        per_day = Counter(datetime.fromtimestamp(ts, zone).date().isoformat() for _, ts in articles)
        main = max(raws, key=lambda r: (r.articles, -first_seen.get(r.member, end))).member
        mentions = sum(raw.mentions for raw in raws)
        chosen[actor] = (len(articles), mentions, main, best, articles[-MAX_LINKS:], per_day)
    if not chosen:
        return roundup

    # A last read, only of what is shown: links of the newest articles and the winning quotes' texts.
    quote_ids = {c[3][0][2] for c in chosen.values() if c[3] is not None}
    link_ids = {aid for c in chosen.values() for aid, _ in c[4]} | quote_ids
    rows = {
        r.id: r
        for r in history.read_articles(
            store, channel, [(i, 0.0) for i in sorted(link_ids)], ("p", "u", "ti", "da")
        )
    }
    texts = {
        r.id: r.quotes or {}
        for r in history.read_articles(store, channel, [(i, 0.0) for i in sorted(quote_ids)], ("q",))
    }

    actors = []
    for name, (articles, mentions, member, best, recent, per_day) in chosen.items():
        quote = None
        if best is not None:
            (_, when, aid), raw_name = best
            text = texts.get(aid, {}).get(raw_name)
            if text:
                row = rows.get(aid)
                published = article_date(row.date) if row else None
                date = published or datetime.fromtimestamp(when, zone).date().isoformat()
                quote = RoundupQuote(
                    text[0], date, row.link if row else None, "article" if published else "shared"
                )
        shown = [rows[aid] for aid, _ in reversed(recent) if aid in rows and rows[aid].link]
        actor_links = [row.link for row in shown]
        threads = {
            row.link: RoundupThread(row.title or "Untitled article", row.link) for row in reversed(shown)
        }
        actors.append(
            RoundupActor(
                name=name,
                kind=history.split_member(member)[1],
                articles=articles,
                mentions=mentions,
                quote=quote,
                links=list(dict.fromkeys(actor_links)),
                new=roundup.compared and name not in seen,
                per_day=dict(sorted(per_day.items())),
                threads=[threads[link] for link in dict.fromkeys(actor_links)],
            )
        )
    actors.sort(key=lambda a: (KIND_ORDER.get(a.kind, 9), -a.articles, -a.mentions, a.name.casefold()))
    roundup.actors = actors
    return roundup


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def article_date(value: str | None) -> str | None:
    """The ISO date an article gave for itself (``2024-05-20``, ``2024-05-20T10:00:00Z``); None when it
    gave none or one that is not a date."""
    match = _ISO_DATE.match((value or "").strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


# -- rendering ---------------------------------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _short_date(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%-d %b")


def quiet_line(roundup: Roundup) -> str:
    if not roundup.articles:
        return f"Quiet day: no articles were briefed here in {WINDOW_LABELS[roundup.window]}."
    return (
        f"Quiet day: no actor appeared in {roundup.min_articles} or more of the "
        f"{_plural(roundup.articles, 'article')} briefed here in {WINDOW_LABELS[roundup.window]}."
    )


def comparison_line(roundup: Roundup) -> str:
    """Why nothing is marked new, said once: a first roundup, or an empty previous window."""
    if roundup.first:
        return (
            "This channel's first roundup: nothing is marked new yet. From the next one, actors who were "
            f"not in the previous roundup's window are marked {NEW_LABELS[roundup.window]}."
        )
    return (
        f"No articles were briefed here in the {WINDOW_LABELS[roundup.window].replace('the last', 'previous')} "
        "before this window, so nothing is marked new."
    )


def quote_text(text: str) -> str:
    """A quote as shown: whitespace folded, without the attribution comma (“…for decades,” she said)."""
    return " ".join(text.split()).rstrip(",;: ")


def quote_date(quote: RoundupQuote) -> str:
    """``20 May`` for the article's own date, ``shared 20 May`` when only the sharing day is known."""
    day = _short_date(quote.date)
    return day if quote.dated == "article" else f"shared {day}"


def render_text(roundup: Roundup, width: int = 88) -> str:
    """The roundup laid out for a terminal."""
    head = (
        f"Roundup for {roundup.channel}: {WINDOW_LABELS[roundup.window]} "
        f"({roundup.start:%Y-%m-%d %H:%M} – {roundup.end:%Y-%m-%d %H:%M %Z}), "
        f"{_plural(roundup.articles, 'article')}"
    )
    lines = [head, "=" * min(width, len(head))]
    share = roundup.sources.line() if roundup.sources else None
    if share:
        lines.append(share)
    if roundup.empty:
        lines.append(quiet_line(roundup))
        return "\n".join(lines)
    if not roundup.compared:
        lines.append(comparison_line(roundup))
    kind = None
    for actor in roundup.actors:
        if actor.kind != kind:
            kind = actor.kind
            lines += ["", KIND_TITLES.get(kind, kind.title())]
        marker = f"  [{NEW_LABELS[roundup.window]}]" if actor.new else ""
        lines.append(
            f"  {actor.name} — {_plural(actor.articles, 'article')}, {_plural(actor.mentions, 'mention')}{marker}"
        )
        if actor.quote:
            lines.append(f"      “{quote_text(actor.quote.quote)}” ({quote_date(actor.quote)})")
        for thread in actor.threads[:3]:
            lines.append(f"      {thread.title} — {thread.link}")
        if len(actor.threads) > 3:
            lines.append(f"      and {len(actor.threads) - 3} more")
    return "\n".join(lines)


def render_json(roundup: Roundup) -> str:
    return json.dumps(roundup.to_dict(), ensure_ascii=False)
