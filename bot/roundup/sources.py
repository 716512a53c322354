"""Who a channel quotes: its source mix over a window, its most-quoted people, and the export rows.

Read from the channel's history (``bot.storage.history``, field ``s``: per article, each speaker with
attributed quotes, its kind and that article's gender estimate). Names are joined across articles by
``bot.storage.identity`` (aliases, ignores, surname joins) and the workspace's overrides
(``bot.storage.genders``) win over every estimate, both when the history is read: an editor's fix
changes the next answer, nothing stored is rewritten.

Only people count for the balance: organisations, places and groups that "said" something, and
unnamed sources the article only describes ("a campaign spokesman", kind ``unnamed``), are listed apart.
A person quoted in several articles counts once; their gender is the strongest evidence any of those
articles had (override, then pronoun, then honorific, then given name); equally strong evidence that
disagrees leaves them unknown.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.brief import GENDER_BASES, SOURCE_KEYS
from bot.errors import BadInput
from bot.render.escape import escape
from bot.render.sources import counts_phrase, share_phrase
from bot.storage import genders, history, identity
from bot.storage.store import Store

WINDOWS = {"day": 1, "week": 7, "month": 30}
WINDOW_LABELS = {"day": "the last 24 hours", "week": "the last 7 days", "month": "the last 30 days"}
ROW_FIELDS = ("date", "title", "url", "speaker", "kind", "gender", "basis")
TOP_PEOPLE = 10
OTHERS_HEADING = "Other sources: organisations, places, groups, unnamed"
_KIND_WORDS = {"organization": "organisation", "place": "place", "group": "group", "unnamed": "unnamed"}
_RANK = {basis: n for n, basis in enumerate(GENDER_BASES)}  # override first


def parse_window(window: str | None) -> str:
    value = (window or "week").strip().lower()
    value = {"today": "day", "24h": "day", "daily": "day", "7d": "week", "weekly": "week"}.get(value, value)
    value = {"30d": "month", "monthly": "month"}.get(value, value)
    if value not in WINDOWS:
        shown = value if len(value) <= 20 else value[:19] + "…"
        raise BadInput(f"window must be day, week or month, got {shown!r}")
    return value


@dataclass
class SourceRow:
    """One attributed quote, as exported: when, which article, who, and the gender as now known."""

    date: str  # ISO date the article was recorded, in the settings' time zone
    title: str | None
    url: str | None
    speaker: str  # the workspace's name for the speaker (aliases applied)
    kind: str  # person, organization, place, group, or unnamed (a described source, no actor)
    gender: str | None  # female, male, nonbinary or None (unknown)
    basis: str | None  # override, pronoun, honorific, given_name or None
    article: str = ""  # the article's history id (not exported: which quotes share an article)

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ROW_FIELDS}


@dataclass
class Person:
    name: str
    kind: str = "person"
    quotes: int = 0
    articles: int = 0
    gender: str | None = None
    basis: str | None = None


@dataclass
class SourceMix:
    """A channel's quoted sources over a window: distinct people by gender, and who they were."""

    articles: int = 0  # articles in the window with at least one attributed quote
    sources: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SOURCE_KEYS, 0))
    people: list[Person] = field(default_factory=list)  # most-quoted first
    organisations: list[Person] = field(default_factory=list)  # non-people quoted, most-quoted first

    @property
    def known(self) -> int:
        return self.sources["female"] + self.sources["male"] + self.sources["nonbinary"]

    @property
    def women_share(self) -> float | None:
        """Women among quoted people whose gender is known (estimated or overridden); None with none."""
        return round(self.sources["female"] / self.known, 4) if self.known else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sources": dict(self.sources),
            "women_share": self.women_share,
            "people": [_person_dict(p) for p in self.people],
            "organisations": [
                {"name": o.name, "kind": o.kind, "quotes": o.quotes, "articles": o.articles}
                for o in self.organisations
            ],
        }


def _person_dict(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "quotes": person.quotes,
        "articles": person.articles,
        "gender": person.gender,
        "basis": person.basis,
    }


def quote_rows(
    store: Store, channel: str, start: float, end: float, *, workspace: str | None = None
) -> list[SourceRow]:
    """One row per attributed quote in the channel's articles recorded in [start, end], oldest first."""
    ids = history.article_ids(store, channel, start, end)
    articles = history.read_articles(store, channel, ids, ("s", "a", "ti", "u", "w"))
    if workspace is None:
        workspace = next((a.workspace for a in reversed(articles) if a.workspace), None)
    speakers = {a.id: history.read_source_rows(a) for a in articles}
    raw = [(row[0], row[1]) for rows in speakers.values() for row in rows]
    resolver = identity.resolver_for(
        store, workspace, since=end - history.retention_seconds(store), extra=raw
    )
    overrides = genders.load_overrides(store, workspace)
    # An override on one spelling ("Kim") covers the person it resolves to ("Alex Kim").
    by_person = {}
    for typed, value in overrides.listed():
        resolved = resolver.resolve(typed, "person")
        if resolved:
            by_person.setdefault(identity.fold(resolved), value)
    zone = ZoneInfo(store.settings.timezone)
    rows: list[SourceRow] = []
    for article in articles:
        date = datetime.fromtimestamp(article.ts, zone).date().isoformat()
        for speaker, kind, quotes, gender, basis in speakers[article.id]:
            name = resolver.resolve(speaker, kind)
            if name is None:  # an editor ignores this actor
                continue
            if kind == "person":
                value = overrides.lookup(name, speaker) or by_person.get(identity.fold(name))
                if value is not None:
                    gender = None if value == genders.UNKNOWN else value
                    basis = genders.BASIS
            else:
                gender = basis = None
            row = SourceRow(date, article.title, article.url, name, kind, gender, basis, article.id)
            rows.extend([row] * quotes)
    return rows


def _combine(evidence: Counter) -> tuple[str | None, str | None]:
    """One person's gender over the articles that quoted them: the strongest basis wins; a tie between
    different genders at that strength leaves them unknown."""
    known = [(gender, basis) for (gender, basis) in evidence if gender]
    if not known:
        return None, None
    best = min(_RANK.get(basis, len(_RANK)) for _, basis in known)
    top = {(gender, basis) for gender, basis in known if _RANK.get(basis, len(_RANK)) == best}
    if len({gender for gender, _ in top}) != 1:
        return None, None
    return next(iter(top))


def mix_of(rows: list[SourceRow]) -> SourceMix:
    """The source mix of these rows: distinct people by gender, most-quoted people, organisations."""
    mix = SourceMix(articles=len({row.article for row in rows}))
    people: dict[str, Person] = {}
    others: dict[str, Person] = {}
    evidence: dict[str, Counter] = {}
    seen_in: dict[str, set[str]] = {}
    for row in rows:
        bucket = people if row.kind == "person" else others
        key = identity.fold(row.speaker)
        entry = bucket.get(key)
        if entry is None:
            bucket[key] = entry = Person(row.speaker, row.kind)
        entry.quotes += 1
        seen_in.setdefault(("p:" if bucket is people else "o:") + key, set()).add(row.article)
        if bucket is people:
            evidence.setdefault(key, Counter())[(row.gender, row.basis)] += 1
    for key, person in people.items():
        person.articles = len(seen_in["p:" + key])
        person.gender, person.basis = _combine(evidence[key])
        mix.sources[person.gender or "unknown"] += 1
    for key, other in others.items():
        other.articles = len(seen_in["o:" + key])

    def order(p: Person) -> tuple:
        return (-p.articles, -p.quotes, p.name.casefold())

    mix.people = sorted(people.values(), key=order)
    mix.organisations = sorted(others.values(), key=order)
    return mix


def channel_mix(
    store: Store, channel: str, start: float, end: float, *, workspace: str | None = None
) -> SourceMix:
    return mix_of(quote_rows(store, channel, start, end, workspace=workspace))


@dataclass
class ShareTrend:
    """The share of women among a window's quoted people, and the window before it (the roundup's)."""

    sources: dict[str, int]
    women_share: float | None
    previous_sources: dict[str, int]
    previous_women_share: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(self.sources),
            "women_share": self.women_share,
            "previous_counts": dict(self.previous_sources),
            "previous_women_share": self.previous_women_share,
        }

    def line(self) -> str | None:
        """``Women among quoted sources: 32% (up from 25%) · 9 people quoted, 2 unknown``."""
        share = share_phrase(self.women_share, self.previous_women_share)
        if share is None:
            return None
        people = sum(self.sources.values())
        unknown = self.sources.get("unknown", 0)
        return f"{share} · {people} {'person' if people == 1 else 'people'} quoted, {unknown} unknown"


def share_trend(
    store: Store, channel: str, start: float, end: float, *, workspace: str | None = None
) -> ShareTrend:
    """The mix of [start, end] and of the window of the same length just before it."""
    now = channel_mix(store, channel, start, end, workspace=workspace)
    before = channel_mix(store, channel, start - (end - start), start - 0.001, workspace=workspace)
    return ShareTrend(now.sources, now.women_share, before.sources, before.women_share)


# -- rendering ---------------------------------------------------------------------------------------


def slack_reply(mix: SourceMix, window: str) -> dict[str, Any]:
    """``/brief sources``: the channel's mix, the share of women, the most-quoted people and the
    organisations quoted, as an ephemeral message (text and blocks; names escaped)."""
    head = f"*Who this channel quoted in {WINDOW_LABELS[window]}*"
    if not mix.people and not mix.organisations:
        text = f"No attributed quotes in the articles briefed here in {WINDOW_LABELS[window]}."
        return {"text": text, "blocks": [_section(f"{head}\n{text}")]}
    lines = [
        head,
        f"People quoted: {counts_phrase(mix.sources) or 'none'} · {_plural(mix.articles, 'article')}",
    ]
    share = share_phrase(mix.women_share, None)
    if share:
        lines.append(share.split(" (")[0])
    blocks = [_section("\n".join(lines))]
    if mix.people:
        people = [f"• {escape(p.name, 80)} — {_count(p)}{_gender_note(p)}" for p in mix.people[:TOP_PEOPLE]]
        more = len(mix.people) - TOP_PEOPLE
        if more > 0:
            people.append(f"and {more} more")
        blocks.append(_section("*Most-quoted people*\n" + "\n".join(people)))
    if mix.organisations:
        names = [
            f"{escape(o.name, 80)} ({_KIND_WORDS.get(o.kind, o.kind)}, {o.quotes})"
            for o in mix.organisations[:TOP_PEOPLE]
        ]
        more = len(mix.organisations) - TOP_PEOPLE
        text = ", ".join(names) + (f" and {more} more" if more > 0 else "")
        blocks.append(_section(f"*{OTHERS_HEADING}* (not counted in the balance)\n{text}"))
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Gender is estimated from each article's text; fix one with "
                    '`/brief gender "Name" woman|man|nonbinary|unknown`.',
                }
            ],
        }
    )
    fallback = (
        f"Who this channel quoted in {WINDOW_LABELS[window]}: {counts_phrase(mix.sources) or 'no people'}"
    )
    return {"text": fallback, "blocks": blocks}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_rows_csv(rows: list[SourceRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ROW_FIELDS)
    for row in rows:
        writer.writerow(["" if value is None else _no_formula(value) for value in row.to_dict().values()])
    return out.getvalue()


def _no_formula(value: Any) -> Any:
    """A spreadsheet must not run what an article's title says: cells starting like a formula are quoted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render_json(channel: str, start: datetime, end: datetime, rows: list[SourceRow]) -> str:
    mix = mix_of(rows)
    data = {"channel": channel, "since": start.isoformat(), "until": end.isoformat(), **mix.to_dict()}
    data["rows"] = [row.to_dict() for row in rows]
    return json.dumps(data, ensure_ascii=False)


def render_text(channel: str, start: datetime, end: datetime, rows: list[SourceRow]) -> str:
    mix = mix_of(rows)
    head = f"Sources quoted in {channel}, {start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M %Z}"
    lines = [head, "=" * len(head)]
    if not rows:
        lines.append("No attributed quotes in this period.")
        return "\n".join(lines)
    lines.append(f"{_plural(len(rows), 'attributed quote')} in {_plural(mix.articles, 'article')}")
    lines.append(f"People quoted: {counts_phrase(mix.sources) or 'none'}")
    share = share_phrase(mix.women_share, None)
    if share:
        lines.append(share.split(" (")[0])
    if mix.people:
        lines += ["", "Most-quoted people"]
        for person in mix.people[:TOP_PEOPLE]:
            lines.append(f"  {person.name} — {_count(person)}{_gender_note(person)}")
    if mix.organisations:
        lines += ["", f"{OTHERS_HEADING} (not counted in the balance)"]
        for other in mix.organisations[:TOP_PEOPLE]:
            lines.append(f"  {other.name} ({_KIND_WORDS.get(other.kind, other.kind)}) — {_count(other)}")
    return "\n".join(lines)


def _count(person: Person) -> str:
    quotes = f"{person.quotes} quote{'s' if person.quotes != 1 else ''}"
    return f"{quotes} in {person.articles} article{'s' if person.articles != 1 else ''}"


def _gender_note(person: Person) -> str:
    if not person.gender:
        return ", unknown"
    return f", {person.gender} ({person.basis.replace('_', ' ') if person.basis else 'estimated'})"
