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


# Another story about the seed's people (tests/conftest.py SEED), written for these tests: the seed again
# with a paragraph added would be the same article (bot.storage.history fingerprints), not another one.
FOLLOW_UP_ARTICLE = (
    "Putin and Xi to meet again in autumn\n\n"
    "BEIJING (Reuters) - Russian President Vladimir Putin will travel to Beijing in the autumn for "
    "talks with Chinese leader Xi Jinping, the Kremlin said on Friday, weeks after the two countries "
    "agreed to widen their security cooperation.\n\n"
    "Kremlin spokesman Dmitry Peskov told reporters that the visit would focus on trade, energy "
    'supplies and a planned gas pipeline. "The agenda is very full," Peskov said.\n\n'
    "Chinese officials have not confirmed the dates. Analysts in Moscow said the trip would be "
    "closely watched in Washington, where officials have warned Beijing against supplying Russia."
)
