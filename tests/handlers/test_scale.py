"""Queue mode end to end: two ``brief serve --http`` replicas and two ``brief worker`` processes (all
separate processes on loopback), the session's embedded Redis and the fake Slack.

- 100 message events spread over both replicas, each delivered twice → exactly 100 digests;
- Slack answering 5xx twice → retried with backoff, posted once; always 5xx → the warning reply;
- two ``brief scheduler`` processes with a due roundup → one roundup;
- a worker SIGKILLed mid-job → the job is retried by the other worker and posts once.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import redis
import requests

from tests.conftest import ROOT, SIGNING_SECRET
from tests.support.quiet import wait_until_quiet
from tests.support.slack_signing import SignedSender, event_envelope, message_event

pytestmark = pytest.mark.slow

ARTICLE = (
    "Officials in Berlin met on Monday to discuss item {i}. Chancellor Olaf Scholz said the plan "
    "would work, according to aides. The committee chair Anna Berg called it a fair deal for everyone."
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, redis_url: str, api_url: str, tmp_path):
        self.prefix = f"t{uuid.uuid4().hex[:10]}:"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
        self.env.update(
            PYTHONPATH=str(ROOT),
            REDIS_URL=redis_url,
            BRIEF_REDIS_PREFIX=self.prefix,
            BRIEF_DATA_DIR=str(tmp_path / "data"),
            BRIEF_QUEUE="rq",
            SLACK_BOT_TOKEN="xoxb-test-token-not-a-secret",
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=api_url,
            BRIEF_MIN_WORDS="10",
            BRIEF_MIN_SENTENCES="2",
            BRIEF_FETCH_ALLOW_PRIVATE="1",
            BRIEF_JOB_TIMEOUT="8",
            BRIEF_JOB_RETRIES="3",
            BRIEF_JOB_BACKOFF="0,1",
            BRIEF_WORKER_GRACE="1",
            BRIEF_WORKER_MAINTENANCE="2",
            BRIEF_SCHEDULER_SYNC="1",
            BRIEF_HTTP_THREADS="8",
            BRIEF_LOG_LEVEL="INFO",
        )
        self.logs = tmp_path
        self.procs: dict[str, subprocess.Popen] = {}
        self.replicas: list[SignedSender] = []
        self.redis = redis.Redis.from_url(redis_url)

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            env=self.env,
            cwd=str(ROOT),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.procs[name] = proc
        return proc

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def start_replica(self, name: str) -> None:
        port = free_port()
        self.start(name, "serve", "--http", "--port", str(port), "--host", "127.0.0.1")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or self.procs[name].poll() is not None:
                raise AssertionError(f"replica {name} did not come up:\n{self.log(name)}")
            time.sleep(0.1)
        self.replicas.append(SignedSender(base + "/slack/events", SIGNING_SECRET))
        self.health_url = base + "/healthz"

    def workers(self) -> list:
        from rq import Queue, Worker

        return Worker.all(queue=Queue(self.prefix.rstrip(":"), connection=self.redis))

    def busy(self) -> bool:
        """Is any job queued, running, or waiting for its retry, on any of our queues?"""
        from rq import Queue
        from rq.registry import ScheduledJobRegistry, StartedJobRegistry

        base = self.prefix.rstrip(":")
        for name in (base, f"{base}-high", f"{base}-roundups"):
            queue = Queue(name, connection=self.redis)
            if (
                queue.count
                or StartedJobRegistry(queue=queue).count
                or ScheduledJobRegistry(queue=queue).count
            ):
                return True
        return False

    def wait_workers(self, count: int) -> None:
        deadline = time.monotonic() + 60
        while len(self.workers()) < count:
            if time.monotonic() > deadline:
                raise AssertionError("workers did not register:\n" + self.log("worker-1"))
            time.sleep(0.2)

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def cluster(redis_url, fake_slack, tmp_path_factory):
    c = Cluster(redis_url, fake_slack.api_url, tmp_path_factory.mktemp("scale"))
    try:
        c.start("worker-1", "worker")
        c.start("worker-2", "worker")
        c.start_replica("replica-1")
        c.start_replica("replica-2")
        c.wait_workers(2)
        yield c
    finally:
        c.stop()


def digests(fake_slack, channel: str) -> list:
    return [c for c in fake_slack.calls_to("chat.postMessage", channel=channel) if c.params.get("blocks")]


def test_hundred_events_twice_over_two_replicas_give_hundred_digests(cluster, fake_slack):
    channel = f"CSCALE{uuid.uuid4().hex[:6].upper()}"
    envelopes = [
        event_envelope(message_event(ARTICLE.format(i=i), channel=channel, ts=f"1700000000.{i:06d}"))
        for i in range(100)
    ]
    a, b = cluster.replicas

    def deliver(i: int) -> list[float]:
        first, second = (a, b) if i % 2 else (b, a)
        started = time.monotonic()
        r1 = first.event(envelopes[i])
        mid = time.monotonic()
        r2 = second.event(envelopes[i], retry_num=1)
        assert r1.status == 200 and r2.status == 200
        return [mid - started, time.monotonic() - mid]

    with ThreadPoolExecutor(8) as pool:
        acks = [t for pair in pool.map(deliver, range(100)) for t in pair]
    fake_slack.wait_for(lambda f: len(digests(f, channel)) >= 100, timeout=60, message="100 digests")
    wait_until_quiet(fake_slack, busy=cluster.busy, channel=channel)  # a duplicate would come by now
    posted = digests(fake_slack, channel)
    assert len(posted) == 100
    assert len({c.params["thread_ts"] for c in posted}) == 100
    assert max(acks) < 3.0
    health = requests.get(cluster.health_url, timeout=5).json()
    assert health["queue_mode"] == "rq" and set(health["queue"]) == {
        cluster.prefix.rstrip(":"),
        cluster.prefix.rstrip(":") + "-high",
        cluster.prefix.rstrip(":") + "-roundups",
    }


def test_slack_5xx_twice_is_retried_and_posted_once(cluster, fake_slack):
    channel = f"CFIVE{uuid.uuid4().hex[:6].upper()}"
    fake_slack.fail("chat.postMessage", times=2, status=500, channel=channel)
    cluster.replicas[0].event(event_envelope(message_event(ARTICLE.format(i="5xx"), channel=channel)))
    fake_slack.wait_for(lambda f: digests(f, channel), timeout=30, message="the digest after two 5xx")
    wait_until_quiet(fake_slack, busy=cluster.busy, channel=channel)
    assert len(digests(fake_slack, channel)) == 1
    assert len(fake_slack.calls_to("chat.postMessage", status=500, channel=channel)) == 2
    warnings = [
        c for c in fake_slack.calls_to("chat.postMessage", channel=channel) if not c.params.get("blocks")
    ]
    assert not warnings


def test_slack_5xx_every_time_ends_in_the_warning_reply(cluster, fake_slack):
    channel = f"CDOWN{uuid.uuid4().hex[:6].upper()}"
    fake_slack.fail("chat.postMessage", times=4, status=500, channel=channel)  # 1 try + 3 retries
    cluster.replicas[1].event(event_envelope(message_event(ARTICLE.format(i="down"), channel=channel)))
    [warning] = fake_slack.wait_calls("chat.postMessage", channel=channel, timeout=30)
    assert "couldn't finish" in warning.params["text"]
    assert fake_slack.calls_to("reactions.add", channel=channel, name="warning")
    assert not digests(fake_slack, channel)


def test_two_schedulers_post_one_roundup(cluster, fake_slack):
    from apscheduler.job import Job

    from bot.roundup import schedule
    from bot.storage.store import Store
    from tests.conftest import slack_settings_for

    channel = f"CROUND{uuid.uuid4().hex[:6].upper()}"
    settings = slack_settings_for(cluster.env["REDIS_URL"], cluster.env["SLACK_API_URL"], cluster.logs)
    settings = replace(settings, redis_prefix=cluster.prefix)
    store = Store(cluster.redis, settings)
    due = (datetime.now(UTC) - timedelta(minutes=3)).replace(second=0, microsecond=0)
    sched = schedule.Schedule("day", due.hour, due.minute, "UTC", quiet=True)
    schedule.save_schedule(store, channel, sched)
    # the job is in the store and due 3 minutes ago (the schedulers were "down" at that time)
    setup = schedule.build_scheduler(store)  # never started: only its job store is used
    job = Job(
        setup,
        id=schedule.job_id(channel),
        func=schedule.run_scheduled_roundup,
        args=[channel],
        kwargs={},
        name=f"roundup {channel}",
        trigger=sched.trigger(),
        executor="default",
        misfire_grace_time=6 * 3600,
        coalesce=True,
        max_instances=1,
        next_run_time=due,
    )
    setup._jobstores["default"].add_job(job)

    cluster.start("scheduler-1", "scheduler")
    cluster.start("scheduler-2", "scheduler")
    fake_slack.wait_calls("chat.postMessage", channel=channel, timeout=30)
    # both schedulers have looked at the job (they sync every second) and their jobs have run
    wait_until_quiet(fake_slack, busy=cluster.busy, quiet=2.5, channel=channel)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1
    assert store.client.exists(store.key_roundup_lock(channel, schedule.period_key(sched, due)))
    both = cluster.log("scheduler-1") + cluster.log("scheduler-2")
    assert "Roundup scheduler started" in both and "enqueued" in both
    # and the replicas run no scheduler of their own in queue mode
    assert "Roundup scheduler started" not in cluster.log("replica-1") + cluster.log("replica-2")


def test_worker_killed_mid_job_is_retried_elsewhere_and_posts_once(cluster, fake_slack):
    from rq import Queue
    from rq.registry import StartedJobRegistry

    channel = f"CKILL{uuid.uuid4().hex[:6].upper()}"
    fake_slack.delay("reactions.add", 12, channel=channel)  # the job hangs on its :eyes: reaction
    cluster.replicas[0].event(event_envelope(message_event(ARTICLE.format(i="kill"), channel=channel)))
    fake_slack.wait_for(
        lambda f: f.calls_to("reactions.add", status=0, channel=channel), timeout=20, message="job start"
    )
    registry = StartedJobRegistry(queue=Queue(cluster.prefix.rstrip(":"), connection=cluster.redis))
    [job_id] = registry.get_job_ids()
    from rq.job import Job

    worker_name = Job.fetch(job_id.split(":")[0], connection=cluster.redis).worker_name
    pid = int(worker_name.rsplit(".", 1)[1])
    victim = next(name for name, p in cluster.procs.items() if p.pid == pid)
    os.kill(pid, signal.SIGKILL)
    cluster.procs[victim].wait(5)
    started = time.monotonic()
    fake_slack.wait_for(lambda f: digests(f, channel), timeout=40, message="the digest from the other worker")
    retried_after = time.monotonic() - started
    wait_until_quiet(fake_slack, busy=cluster.busy, channel=channel)
    assert len(digests(fake_slack, channel)) == 1
    assert retried_after < 30
