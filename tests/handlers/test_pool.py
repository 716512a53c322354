"""The bounded worker pool: started, queued, refused; nothing lost, failures survive."""

import threading

import pytest

from handlers.pool import Submission, WorkerPool


@pytest.fixture
def gate():
    event = threading.Event()
    yield event
    event.set()


def test_started_queued_rejected_then_everything_runs(gate):
    pool = WorkerPool(workers=2, queue_limit=2)
    done = []

    def job(n):
        gate.wait(10)
        done.append(n)

    tickets = [pool.submit(job, n) for n in range(5)]
    assert [t.status for t in tickets] == [
        Submission.STARTED,
        Submission.STARTED,
        Submission.QUEUED,
        Submission.QUEUED,
        Submission.REJECTED,
    ]
    assert [t.position for t in tickets[2:4]] == [1, 2]
    assert not tickets[4].accepted
    stats = pool.stats()
    assert stats["waiting"] + stats["running"] == 4 and stats["rejected"] == 1
    gate.set()
    assert pool.wait_idle(10)
    assert sorted(done) == [0, 1, 2, 3]
    assert pool.submit(job, 9).status is Submission.STARTED
    pool.shutdown()
    assert sorted(done) == [0, 1, 2, 3, 9]


def test_a_failing_job_is_counted_and_the_worker_lives_on():
    pool = WorkerPool(workers=1, queue_limit=5)

    def boom():
        raise RuntimeError("boom")

    results = []
    pool.submit(boom)
    pool.submit(results.append, "after")
    assert pool.wait_idle(10)
    assert results == ["after"]
    assert pool.stats()["failed"] == 1 and pool.stats()["completed"] == 1
    pool.shutdown()


def test_shut_down_pool_refuses_work():
    pool = WorkerPool(workers=1, queue_limit=1)
    pool.shutdown()
    assert pool.submit(print).status is Submission.REJECTED


def test_wait_idle_times_out(gate):
    pool = WorkerPool(workers=1, queue_limit=1)
    pool.submit(gate.wait, 10)
    assert not pool.wait_idle(0.05)
    gate.set()
    assert pool.wait_idle(10)
    pool.shutdown()
