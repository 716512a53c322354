"""Queue mode (``BRIEF_QUEUE=rq``): jobs go to RQ queues in our Redis and run on ``brief worker``.

``Runtime.submit`` hands every job to ``RQDispatcher.submit`` in queue mode (``handlers.compose``
chooses it). The job function and its JSON payload are the same as on the in-process pool; only where
it runs changes. Three queues, named from ``BRIEF_REDIS_PREFIX`` (``Store.queue_name``), taken by
workers in this order; which job goes where is the table in ``handlers.job_routes``:

* ``brief-high``     — ``/brief`` digests, Share buttons, ``/brief actors`` (a person is waiting);
* ``brief``          — channel messages and @mentions;
* ``brief-roundups`` — scheduled roundup posts (enqueued by ``brief scheduler``).

Every job is enqueued with ``Retry(max=BRIEF_JOB_RETRIES, interval=BRIEF_JOB_BACKOFF)`` and
``job_timeout=BRIEF_JOB_TIMEOUT``. A job that raises is retried by RQ after the backoff; the failure
callback (``on_job_failure``) tells the user (the job's ``give_up`` in ``handlers.job_routes``) only
once no retry is left. A
worker killed mid-job leaves its job in RQ's ``StartedJobRegistry``; once the job's heartbeat expires
(``BRIEF_JOB_TIMEOUT`` + ``BRIEF_WORKER_GRACE`` on our no-fork worker) another worker's maintenance
(every ``BRIEF_WORKER_MAINTENANCE`` s) retries it. The job's claim (``Store.claim``) still guards the
post: a retry of a job that already posted finds its event ``done`` and stops.

``brief worker`` loads the spaCy model and the runtime once, then works jobs in that process (see
``run_worker`` for why no fork per job).
"""

from __future__ import annotations

import logging
import os
import socket
import time
from typing import Any

from rq import Callback, Queue, Retry, SimpleWorker, Worker
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

from bot.config import Settings
from bot.storage.store import REDIS_ERRORS, Store
from handlers.job_routes import ROLES, route_of
from handlers.pool import Submission, Ticket, job_name
from handlers.roundup_jobs import scheduled_roundup  # noqa: F401  (the previous release's job path)
from handlers.runtime import Job, Runtime, default_runtime

log = logging.getLogger(__name__)


def queue_names(store: Store) -> dict[str, str]:
    """Role → RQ queue name, for this install's prefix."""
    return {role: store.queue_name(role) for role in ROLES}


def role_of(job: Job) -> str:
    """The queue role of ``job`` (``handlers.job_routes``)."""
    return route_of(job).role


def retry_policy(settings: Settings) -> Retry | None:
    if settings.job_retries < 1:
        return None
    return Retry(max=settings.job_retries, interval=list(settings.job_backoff) or 0)


class RQDispatcher:
    """``Runtime.submit`` in queue mode: enqueue ``job(payload)`` on its RQ queue."""

    runs_jobs_here = False  # the workers load the model and run the jobs

    def __init__(self, settings: Settings, store: Store):
        if store.client is None:
            raise RuntimeError("BRIEF_QUEUE=rq needs Redis, and Redis could not be reached")
        self.settings = settings
        self.store = store
        self.queues = {
            role: Queue(name, connection=store.client, default_timeout=settings.job_timeout)
            for role, name in queue_names(store).items()
        }
        self.retry = retry_policy(settings)

    def submit(
        self,
        job: Job,
        payload: dict[str, Any],
        runtime: Runtime | None = None,  # noqa: ARG002 (the Dispatcher protocol; a worker builds its own)
    ) -> Ticket:
        """Like ``WorkerPool.submit``: STARTED when nothing waits (a free worker takes it at once),
        QUEUED with a position when jobs wait ahead of it, REJECTED beyond ``BRIEF_QUEUE_LIMIT``."""
        queue = self.queues[role_of(job)]
        try:
            waiting = queue.count
            if waiting >= self.settings.queue_limit:
                log.warning("Queue %s full (%d waiting); refused %s", queue.name, waiting, job_name(job))
                return Ticket(Submission.REJECTED)
            queue.enqueue(
                job,
                payload,
                job_timeout=self.settings.job_timeout,
                retry=self.retry,
                on_failure=Callback(on_job_failure),
                result_ttl=0,
                failure_ttl=7 * 24 * 3600,
                description=f"{job_name(job)} {payload.get('channel') or ''}".strip(),
            )
        except REDIS_ERRORS as error:
            log.error("Could not enqueue %s on %s: %s", job_name(job), queue.name, error)
            return Ticket(Submission.REJECTED)
        return Ticket(Submission.STARTED) if waiting == 0 else Ticket(Submission.QUEUED, waiting + 1)

    def lengths(self) -> dict[str, int]:
        """Jobs waiting per queue name (for ``/healthz``)."""
        return {q.name: q.count for q in self.queues.values()}

    def health(self) -> dict[str, Any]:
        try:
            lengths: dict[str, int] | None = self.lengths()
        except Exception:
            lengths = None
        return {"queue_mode": "rq", "queue": lengths}

    def start(self, runtime: Runtime) -> int:  # noqa: ARG002 (the Dispatcher protocol)
        """Nothing to resume here: the jobs wait in RQ's queues for the workers."""
        return 0

    def close(self, timeout: float) -> None:
        """Nothing runs here: the jobs wait in Redis for the workers."""


# -- the failure callback: the user hears about a job only when RQ gives up on it ---------------------


def on_job_failure(job, _connection, exc_type=None, _exc_value=None, _tb=None) -> None:
    """RQ failure callback (runs on every failed attempt, and for abandoned jobs): the job's ``give_up``
    (``handlers.job_routes``), once, when no retry is left."""
    if job.retries_left:
        log.info(
            "Job %s (%s) failed (%s); %d retries left", job.id, job.func_name, exc_type, job.retries_left
        )
        return
    log.error("Job %s (%s) failed for good: %s", job.id, job.func_name.rsplit(".", 1)[-1], exc_type)
    try:
        give_up = route_of(job.func).give_up
        if give_up is not None:
            give_up(default_runtime(), job.args[0] if job.args else {})
    except Exception:
        log.exception("Could not tell the user that job %s failed", job.id)


# -- status: what ``/healthz`` and ``brief status`` show --------------------------------------------


def queue_status(store: Store, *, workers: bool = True) -> dict[str, Any]:
    """Per queue: waiting, running, scheduled (retry backoff) and failed jobs; the live workers."""
    out: dict[str, Any] = {"queues": {}}
    conn = store.client
    names = queue_names(store)
    for role, name in names.items():
        q = Queue(name, connection=conn)
        out["queues"][name] = {
            "role": role,
            "waiting": q.count,
            "running": StartedJobRegistry(queue=q).count,
            "scheduled": ScheduledJobRegistry(queue=q).count,
            "failed": FailedJobRegistry(queue=q).count,
        }
    out["waiting"] = sum(q["waiting"] for q in out["queues"].values())
    out["failed"] = sum(q["failed"] for q in out["queues"].values())
    if workers:
        seen: dict[str, Any] = {}
        for name in names.values():
            for w in Worker.all(queue=Queue(name, connection=conn)):
                seen[w.name] = {"state": str(w.get_state()), "queues": w.queue_names()}
        out["workers"] = len(seen)
        out["worker_states"] = seen
    return out


# -- the worker ---------------------------------------------------------------------------------------


class BriefWorker(SimpleWorker):
    """RQ's no-fork worker, with a shorter heartbeat grace so an abandoned job is retried sooner.

    SimpleWorker does not heartbeat while a job runs, so a job's heartbeat covers its whole timeout;
    RQ adds 60 s on top. ``grace`` (``BRIEF_WORKER_GRACE``) replaces those 60 s: a worker killed
    mid-job has its job retried ``BRIEF_JOB_TIMEOUT`` + grace seconds after the job started.
    """

    grace = 60

    def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
        if job.timeout == -1:
            return super().get_heartbeat_ttl(job, working_time)
        return int(job.timeout or self.worker_ttl) + self.grace


class BriefForkWorker(Worker):
    """RQ's forking worker (one work-horse process per job, forked from the preloaded parent)."""

    grace = 60

    def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
        if job.timeout and job.timeout > 0:
            return int(min(job.timeout - working_time, self.job_monitoring_interval)) + self.grace
        return self.job_monitoring_interval + self.grace


def preload(settings: Settings):
    """Load what every job needs once, before any job runs: the spaCy model and the runtime."""
    from bot.nlp.model import get_nlp

    started = time.monotonic()
    get_nlp(settings.spacy_model)
    runtime = default_runtime()
    log.info("Worker preloaded the spaCy model and runtime in %.1f s", time.monotonic() - started)
    return runtime


def build_worker(settings: Settings, store: Store, roles: list[str] | None = None, *, fork: bool = False):
    names = queue_names(store)
    roles = roles or list(ROLES)
    unknown = [r for r in roles if r not in names and r not in names.values()]
    if unknown:
        raise ValueError(f"unknown queue(s) {unknown}; choose from {', '.join(ROLES)}")
    queues = [Queue(names.get(r, r), connection=store.client) for r in roles]
    cls = BriefForkWorker if fork else BriefWorker
    worker = cls(
        queues,
        connection=store.client,
        name=f"{socket.gethostname()}.{os.getpid()}",
        maintenance_interval=settings.worker_maintenance,
        worker_ttl=settings.worker_maintenance + 15,  # RQ blocks on the queues worker_ttl - 15 s at most
        job_monitoring_interval=min(30, max(1, settings.worker_maintenance)),
    )
    worker.grace = settings.worker_grace
    return worker


def run_worker(
    settings: Settings, roles: list[str] | None = None, *, burst: bool = False, fork: bool = False
) -> int:
    """``brief worker``: preload, then work the queues until stopped (or until empty with ``burst``).

    The default is RQ's no-fork model (``SimpleWorker``): the model is loaded once and every job reuses
    it together with the Redis and Slack connections. ``--fork`` runs RQ's classic forking worker
    instead (the horse inherits the preloaded model copy-on-write); it isolates each job in its own
    process at a measured cost per job (``benchmarks/bench_queue.py``).
    """
    from bot.storage.store import open_store

    store = open_store(settings)
    if store.client is None or not store.ping():
        log.error("brief worker needs Redis (REDIS_URL), and it could not be reached")
        return 1
    preload(settings)
    worker = build_worker(settings, store, roles, fork=fork)
    log.info(
        "Worker %s on %s (%s)", worker.name, ", ".join(worker.queue_names()), "fork" if fork else "no fork"
    )
    worker.work(burst=burst, with_scheduler=True, logging_level=settings.log_level)
    return 0
