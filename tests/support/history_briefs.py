"""Small hand-made briefs for the history, identity and roundup tests (no spaCy needed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.brief import Actor, Brief, Quote

# A fixed point near the real clock: Redis expiry runs on real time, so history is recorded close to it.
NOW = datetime.now(UTC).replace(microsecond=0)


def hours_ago(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


def make_brief(
    text: str,
    actors: list[tuple[str, str, int]],
    quotes: list[tuple[str, str]] = (),
    *,
    url: str | None = None,
    title: str | None = None,
) -> Brief:
    return Brief(
        title=title or text[:40],
        url=url,
        words=len(text.split()),
        text=text,
        actors=[Actor(name=n, kind=k, mentions=m) for n, k, m in actors],
        quotes=[Quote(quote=q, speaker=s, cue="said") for s, q in quotes],
    )
