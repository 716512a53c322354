#!/usr/bin/env python3
"""Inline bot across cores: digests per minute with ``BRIEF_WORKERS=2`` against 1, side by side.

    python benchmarks/bench_inline.py [--events 60] [--rate 100] [--workers 1,2] [--rounds 1]

For each worker count, in one run: the real ``brief serve --http`` (default inline mode, embedded Redis
in a fresh data dir) against the fake Slack Web API; once ``/healthz`` says the analysis processes are
ready, ``--events`` signed message events with distinct pasted articles are sent at ``--rate`` a second
(faster than one core answers them, so the workers are the limit). Measured: digests per minute (events
over the time from the first event to the last digest), ack latency p99 (Slack's deadline is 3 s; goal
< 300 ms) and the memory of each analysis process (``/healthz``, RSS and USS).

With ``--rounds N`` the worker counts alternate N times (1, 2, 1, 2...) and the medians count, so a
noisy neighbour does not decide the figure. Prints the ratio of digests per minute with the most workers
over the fewest (goal on 2 cores: ≥ 1.7). Exit 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loadkit import SECRET, SEED, free_port, percentile, start_bot

from tests.support.fake_slack import FakeSlack
from tests.support.slack_signing import SignedSender, event_envelope, message_event


def health(base: str) -> dict | None:
    try:
        with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
            return json.loads(response.read())
    except (urllib.error.URLError, ConnectionError, ValueError):
        return None
    except urllib.error.HTTPError as error:  # 503 while starting still has a body
        return json.loads(error.read() or b"{}")


def one_run(workers: int, args: argparse.Namespace, fake: FakeSlack, tmp: Path, run: int) -> dict:
    port = free_port()
    bot = start_bot(
        port,
        fake.api_url,
        BRIEF_DATA_DIR=str(tmp / f"data{run}"),
        BRIEF_REDIS_IDLE="2",
        BRIEF_WORKERS=str(workers),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:  # healthy: every analysis process has its model
            body = health(base) or {}
            analysis = (body.get("pool") or {}).get("analysis") or {}
            if body.get("model") and analysis.get("started", workers) >= workers:
                break
            if time.monotonic() > deadline or bot.poll() is not None:
                raise SystemExit(f"the bot with {workers} workers did not start")
            time.sleep(0.1)

        sender = SignedSender(base + "/slack/events", SECRET)
        channel = f"CINLINE{run:03d}"
        events = [
            message_event(
                SEED + f"\n\nUpdate {run}.{i}: reporters asked officials for comment on talks number {i}.",
                channel=channel,
                ts=f"1800000{run:03d}.{i:06d}",
            )
            for i in range(args.events)
        ]
        acks = [0.0] * args.events

        def send(i: int, at: float) -> None:
            delay = at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            acks[i] = sender.event(event_envelope(events[i])).seconds

        start = time.monotonic()
        with ThreadPoolExecutor(max_workers=32) as pool:
            for i in range(args.events):
                pool.submit(send, i, start + i / args.rate)

        def digests(f: FakeSlack) -> list:
            return [c for c in f.calls_to("chat.postMessage", channel=channel) if c.params.get("blocks")]

        fake.wait_for(lambda f: len(digests(f)) >= args.events, timeout=args.timeout, message="all digests")
        seconds = max(c.at for c in digests(fake)) - start
        stats = ((health(base) or {}).get("pool") or {}).get("analysis") or {}
        return {
            "workers": workers,
            "events": args.events,
            "seconds_to_last_digest": round(seconds, 2),
            "digests_per_minute": round(args.events * 60 / seconds, 1),
            "ack_p50_ms": round(percentile(acks, 50) * 1000, 1),
            "ack_p99_ms": round(percentile(acks, 99) * 1000, 1),
            "analysis_rss_mb": stats.get("rss_mb"),
            "analysis_uss_mb": stats.get("uss_mb"),
        }
    finally:
        bot.send_signal(signal.SIGTERM)
        try:
            bot.wait(timeout=60)
        except subprocess.TimeoutExpired:
            bot.kill()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=60, help="articles per run")
    ap.add_argument("--rate", type=float, default=100.0, help="events per second (faster than answered)")
    ap.add_argument("--rounds", type=int, default=1, help="times each worker count runs (medians count)")
    ap.add_argument("--workers", default="1,2", help="comma-separated BRIEF_WORKERS values to compare")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",")]

    fake = FakeSlack().start()
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-inline-") as tmp:
        try:
            for run, workers in enumerate(counts * args.rounds):
                runs.append(one_run(workers, args, fake, Path(tmp), run))
                print(json.dumps(runs[-1]), file=sys.stderr)
        finally:
            fake.stop()
        time.sleep(3)  # the embedded servers stop (BRIEF_REDIS_IDLE) before their dirs go

    def median_dpm(workers: int) -> float:
        return statistics.median(r["digests_per_minute"] for r in runs if r["workers"] == workers)

    result = {
        "runs": runs,
        "digests_per_minute": {str(w): median_dpm(w) for w in counts},
        "ratio": round(median_dpm(max(counts)) / median_dpm(min(counts)), 2),
        "ack_p99_ms_max": max(r["ack_p99_ms"] for r in runs),
        "cpu_count": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(result, indent=2))
    ok = result["ratio"] >= 1.7 and result["ack_p99_ms_max"] < 300
    print("goals met" if ok else "GOALS MISSED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
