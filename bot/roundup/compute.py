"""The roundup: which actors keep coming back in a channel's articles, over a day or a week.

For a window (``day``: the last 24 hours, ``week``: the last 7 days) the roundup lists the actors that
appeared in at least ``BRIEF_ROUNDUP_MIN_ARTICLES`` of the channel's articles, people first, then
organisations, places and groups, each ranked by articles then mentions. For each: its kind, article
and mention counts, its strongest quote in the window with the date, links to the threads where it
appeared (the digest's permalink, else the article's link), whether it is new (not seen in the
channel's history before the window), and articles per day (for the weekly chart).

Actors are joined across articles by ``bot.storage.identity`` at read time, so an editor's alias or ignore
changes the next roundup. Rendered here for the terminal, as JSON (a contract: ``brief roundup
--json``) and as Block Kit dicts (no Slack import; ``handlers/`` posts them).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.errors import BadInput
from bot.render.escape import escape, join_within
from bot.render.escape import link as slack_link
from bot.roundup.sources import ShareTrend, share_trend
from bot.storage import history, identity
from bot.storage.store import Store

WINDOWS = {"day": 1, "week": 7}
WINDOW_LABELS = {"day": "the last 24 hours", "week": "the last 7 days"}
NEW_LABELS = {"day": "new today", "week": "new this week"}
KIND_ORDER = {"person": 0, "organization": 1, "place": 2, "group": 3}
KIND_TITLES = {"person": "People", "organization": "Organisations", "place": "Places", "group": "Groups"}
MAX_LINKS = 5

# Slack limits (Block Kit): 50 blocks a message, 3,000 characters a section text, 150 a header.
MAX_BLOCKS = 50
MAX_BLOCK_ACTORS = 40


@dataclass
class RoundupQuote:
    quote: str
    date: str  # ISO date of the article, in the roundup's time zone
    link: str | None = None


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

    @property
    def empty(self) -> bool:
        return not self.actors

    def to_dict(self) -> dict[str, Any]:
        """The ``brief roundup --json`` shape (a contract; keys may be added, never renamed)."""
        return {
            "channel": self.channel,
            "window": self.window,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "articles": self.articles,
            "min_articles": self.min_articles,
            "actors": [
                {
                    "name": a.name,
                    "kind": a.kind,
                    "articles": a.articles,
                    "mentions": a.mentions,
                    "quote": None if a.quote is None else {"quote": a.quote.quote, "date": a.quote.date},
                    "links": a.links,
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
    if store.settings.source_mix:
        roundup.sources = share_trend(store, channel, start, end, workspace=workspace)
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
    prior = (retention_start, f"({start}")
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
        for r in history.read_articles(store, channel, [(i, 0.0) for i in sorted(link_ids)], ("p", "u"))
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
                date = datetime.fromtimestamp(when, zone).date().isoformat()
                quote = RoundupQuote(text[0], date, row.link if row else None)
        actor_links = [rows[aid].link for aid, _ in reversed(recent) if aid in rows and rows[aid].link]
        actors.append(
            RoundupActor(
                name=name,
                kind=history.split_member(member)[1],
                articles=articles,
                mentions=mentions,
                quote=quote,
                links=list(dict.fromkeys(actor_links)),
                new=name not in seen,
                per_day=dict(sorted(per_day.items())),
            )
        )
    actors.sort(key=lambda a: (KIND_ORDER.get(a.kind, 9), -a.articles, -a.mentions, a.name.casefold()))
    roundup.actors = actors
    return roundup


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
            lines.append(f"      “{actor.quote.quote}” ({actor.quote.date})")
        for link in actor.links[:3]:
            lines.append(f"      {link}")
        if len(actor.links) > 3:
            lines.append(f"      and {len(actor.links) - 3} more")
    return "\n".join(lines)


def render_json(roundup: Roundup) -> str:
    return json.dumps(roundup.to_dict(), ensure_ascii=False)


def _actor_text(actor: RoundupActor, window: str) -> str:
    head = f"*{escape(actor.name, 150)}* · {_plural(actor.articles, 'article')} · {_plural(actor.mentions, 'mention')}"
    if actor.new:
        head += f" · :new: _{NEW_LABELS[window]}_"
    parts = [head]
    if actor.quote:
        parts.append(f"> “{escape(actor.quote.quote, 400)}” ({_short_date(actor.quote.date)})")
    if actor.links:
        shown = " ".join(
            slack_link(url, str(n), url_limit=400) for n, url in enumerate(actor.links[:5], start=1)
        )
        more = f" and {len(actor.links) - 5} more" if len(actor.links) > 5 else ""
        parts.append(f"Threads: {shown}{more}")
    return "\n".join(parts)  # at most ~2,600 characters by construction: never cut through markup


def roundup_blocks(roundup: Roundup) -> tuple[str, list[dict]]:
    """(fallback text, Block Kit blocks) for Slack: at most 50 blocks, 3,000 characters a text."""
    title = f"Recurring actors, {WINDOW_LABELS[roundup.window]}"
    summary = (
        f"{_plural(roundup.articles, 'article')} · actors in {roundup.min_articles}+ articles · "
        f"{roundup.start:%-d %b %H:%M} – {roundup.end:%-d %b %H:%M %Z}"
    )
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": title}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": escape(summary)}]},
    ]
    share = roundup.sources.line() if roundup.sources else None
    if share:  # counts and fixed words: nothing from outside
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f":busts_in_silhouette: {share}"}]}
        )
    if roundup.empty:
        line = quiet_line(roundup)
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": escape(line)}})
        return line, blocks
    shown = roundup.actors[:MAX_BLOCK_ACTORS]
    kinds = len({a.kind for a in shown})
    room = MAX_BLOCKS - len(blocks) - kinds - 1  # a heading per kind, one "and N more" line
    shown = shown[:room]
    kind = None
    for actor in shown:
        if actor.kind != kind:
            kind = actor.kind
            title_text = f"*{KIND_TITLES.get(kind, kind.title())}*"
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": title_text}})
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": _actor_text(actor, roundup.window)}}
        )
    hidden = len(roundup.actors) - len(shown)
    if hidden:
        blocks.append(
            {
                "type": "context",
                "elements": [{"type": "mrkdwn", "text": f"and {hidden} more recurring actors"}],
            }
        )
    names = join_within([escape(a.name, 150) for a in roundup.actors[:10]], 2500, sep=", ")
    more = f" and {len(roundup.actors) - 10} more" if len(roundup.actors) > 10 else ""
    fallback = f"{title}: {names}{more}"
    return fallback, blocks
