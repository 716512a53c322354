"""Queue mode in one process: the RQ dispatcher behind ``Runtime.submit``, its tickets, retries and the
failure callback, ``brief status``, and the settings. (Timing is in ``benchmarks/bench_queue.py``.)"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from rq import Queue

from bot.config import load_settings
from bot.errors import ConfigError
from handlers import jobs, roundup_jobs
from handlers.compose import serving_runtime
from handlers.pool import Submission
from handlers.queue import RQDispatcher, build_worker, queue_names, role_of

RAN: list[dict] = []


def record(payload: dict, runtime=None) -> None:  # noqa: ARG001 (a job's signature)
    RAN.append(payload)


def always_fails(payload: dict, runtime=None) -> None:  # noqa: ARG001 (a job's signature)
    RAN.append(payload)
    raise RuntimeError("Slack answered 500")


@pytest.fixture
def rq_settings(settings):
    return replace(settings, queue_mode="rq", queue_limit=3, job_retries=2, job_backoff=(0,))


def test_queue_names_follow_the_prefix(store):
    base = store.prefix.rstrip(":")
    assert queue_names(store) == {"high": f"{base}-high", "messages": base, "roundups": f"{base}-roundups"}
    assert role_of(jobs.brief_message) == "messages"
    assert role_of(roundup_jobs.scheduled_roundup) == "roundups"
    assert role_of(jobs.brief_command) == "high"
    assert role_of(record) == "high"  # a job not in the table: a person is waiting


def test_tickets_started_queued_rejected_like_the_pool(rq_settings, store):
    dispatcher = RQDispatcher(rq_settings, store)
    tickets = [dispatcher.submit(record, {"n": i}) for i in range(5)]
    assert [t.status for t in tickets] == [
        Submission.STARTED,
        Submission.QUEUED,
        Submission.QUEUED,
        Submission.REJECTED,
        Submission.REJECTED,
    ]
    assert [t.position for t in tickets[1:3]] == [2, 3]
    assert dispatcher.lengths()[store.queue_name("high")] == 3
    job = Queue(store.queue_name("high"), connection=store.client).jobs[0]
    assert job.retries_left == 2 and job.timeout == rq_settings.job_timeout


def test_runtime_submit_enqueues_and_a_worker_runs_the_same_job(rq_settings, store):
    runtime = serving_runtime(rq_settings, store=store)
    assert runtime.pool is None and isinstance(runtime.dispatcher, RQDispatcher)
    RAN.clear()
    assert runtime.submit(record, {"channel": "C1", "x": 1}).accepted
    build_worker(rq_settings, store).work(burst=True)
    assert RAN == [{"channel": "C1", "x": 1}]


def test_failing_job_is_retried_then_failed_once(rq_settings, store, monkeypatch):
    calls = []
    monkeypatch.setattr("handlers.queue.log.error", lambda *a, **_k: calls.append(a))
    dispatcher = RQDispatcher(rq_settings, store)
    RAN.clear()
    dispatcher.submit(always_fails, {"channel": "C2"})
    build_worker(rq_settings, store).work(burst=True)
    assert len(RAN) == 3  # one try and two retries (backoff 0: straight back on the queue)
    assert len(calls) == 1 and "failed for good" in calls[0][0]
    queue = Queue(store.queue_name("high"), connection=store.client)
    assert queue.failed_job_registry.count == 1


def test_inline_mode_is_unchanged(settings, store):
    runtime = serving_runtime(settings, store=store)
    try:
        assert runtime.pool is not None and runtime.dispatcher.runs_jobs_here
    finally:
        runtime.close()


def test_settings():
    s = load_settings({})
    assert (s.job_timeout, s.job_retries, s.job_backoff) == (180, 3, (10, 60, 300))
    s = load_settings({"BRIEF_JOB_BACKOFF": "1, 5", "BRIEF_JOB_RETRIES": "0", "BRIEF_WORKER_GRACE": "5"})
    assert (s.job_backoff, s.job_retries, s.worker_grace) == ((1, 5), 0, 5)
    with pytest.raises(ConfigError, match="BRIEF_JOB_BACKOFF"):
        load_settings({"BRIEF_JOB_BACKOFF": "soon"})


def test_brief_status_json(run_cli):
    proc = run_cli("status", "--json", env={"BRIEF_QUEUE": "rq"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["redis"] is True and data["queue_mode"] == "rq"
    assert data["waiting"] == 0 and data["failed"] == 0 and "workers" in data
    assert len(data["queues"]) == 3
