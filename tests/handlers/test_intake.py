"""The durable intake in one process (the process-level faults are in ``test_crash_safety.py``)."""

from __future__ import annotations

import threading
import time

import pytest

from bot.storage.store import IntakeStore
from handlers import intake as intake_module
from handlers.intake import DurableDispatcher
from handlers.job_routes import ROUTES
from handlers.pool import WorkerPool
from handlers.runtime import build_runtime

RAN: list[dict] = []


def record_job(payload: dict, runtime=None) -> None:  # noqa: ARG001 (a job's signature)
    RAN.append(payload)


@pytest.fixture(autouse=True)
def routed(monkeypatch):
    """``record_job`` in the job table, as if it were one of the bot's jobs."""
    from handlers import job_routes

    monkeypatch.setitem(ROUTES, record_job, job_routes.Route("high"))
    monkeypatch.setitem(job_routes._BY_NAME, job_routes._name(record_job), record_job)
    RAN.clear()


@pytest.fixture
def dispatcher(settings, store):
    made = DurableDispatcher(WorkerPool(1, 10), store, "test-owner")
    runtime = build_runtime(settings, store=store, dispatcher=made)
    yield made, runtime
    made.close(5)


def test_a_job_is_in_the_intake_until_it_finished(dispatcher):
    made, runtime = dispatcher
    gate = threading.Event()
    made.pool.submit(gate.wait, 10)  # the only worker is busy: the job waits
    assert runtime.submit(record_job, {"n": 1}).accepted
    [record] = made.intake.records().values()
    assert record["job"].endswith("record_job") and record["payload"] == {"n": 1}
    gate.set()
    assert made.pool.wait_idle(10)
    assert RAN == [{"n": 1}] and made.intake.records() == {}


def test_start_resumes_what_an_earlier_run_left_and_adopts_dead_owners(dispatcher, store):
    made, runtime = dispatcher
    name = f"{record_job.__module__}.{record_job.__qualname__}"
    IntakeStore(store, "test-owner").put(
        "left", {"job": name, "payload": {"n": 1}, "at": time.time(), "tries": 1}
    )
    dead = IntakeStore(store, "dead-owner")
    dead.put("orphan", {"job": name, "payload": {"n": 2}, "at": time.time(), "tries": 1})
    assert made.start(runtime) == 2
    assert made.pool.wait_idle(10)
    assert sorted(p["n"] for p in RAN) == [1, 2] and all(p["resumed"] for p in RAN)
    assert made.intake.records() == {} and dead.records() == {}


def test_expired_response_urls_and_unknown_jobs_are_dropped_and_a_crashing_job_given_up(
    dispatcher, monkeypatch
):
    made, runtime = dispatcher
    name = f"{record_job.__module__}.{record_job.__qualname__}"
    given_up = []
    monkeypatch.setitem(
        ROUTES,
        record_job,
        intake_module.route_of(record_job).__class__("high", lambda _rt, p: given_up.append(p)),
    )
    old = time.time() - 3600
    made.intake.put("old", {"job": name, "payload": {"response_url": "https://x"}, "at": old, "tries": 1})
    made.intake.put("unknown", {"job": "os.system", "payload": {}, "at": time.time(), "tries": 1})
    made.intake.put("poison", {"job": name, "payload": {"n": 3}, "at": time.time(), "tries": 3})
    assert made.start(runtime) == 0
    assert RAN == [] and given_up == [{"n": 3}]
    assert made.intake.records() == {}


def test_stop_leaves_waiting_jobs_durable(settings, store, caplog):
    made = DurableDispatcher(WorkerPool(1, 10), store, "stopping-owner")
    runtime = build_runtime(settings, store=store, dispatcher=made)
    gate = threading.Event()
    made.pool.submit(gate.wait, 2)  # busy while the three are submitted and the stop begins
    for n in range(3):
        runtime.submit(record_job, {"n": n})
    with caplog.at_level("INFO", logger="handlers.intake"):
        made.close(5)
    assert RAN == [] and made.left_at_stop == 3 and made.lost_at_stop == 0
    assert "3 accepted jobs left in the durable intake" in caplog.text
    assert len(IntakeStore(store, "stopping-owner").records()) == 3
