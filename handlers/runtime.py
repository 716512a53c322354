"""What every job runs with (``Runtime``) and where jobs go to run (a ``Dispatcher``).

A job is a plain module-level function ``job(payload, runtime=None)`` taking one JSON-serialisable
dict, so the same function runs on the in-process pool (inline mode) and on an RQ worker (queue mode,
``BRIEF_QUEUE=rq``). Which dispatcher a process uses is decided in one place, ``handlers.compose``.
On an RQ worker the job gets no runtime and builds one per process from the environment
(``default_runtime``).

This module imports no job and no dispatcher implementation, so jobs, queue mode and the Slack
listeners can all depend on it without depending on each other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from rq import get_current_job
from slack_sdk import WebClient

from bot.briefing import Briefer
from bot.config import Settings, load_settings
from bot.storage.store import Store, open_store
from handlers.pool import Ticket, WorkerPool
from handlers.slack_io import web_client

Job = Callable[..., Any]


class Dispatcher(Protocol):
    """Runs ``job(payload)`` off the request path and says at once what became of it."""

    runs_jobs_here: bool  # False in queue mode: the workers load the model, not this process

    def submit(self, job: Job, payload: dict[str, Any], runtime: Runtime) -> Ticket: ...

    def start(self, runtime: Runtime) -> int:
        """The process is ready to serve: resume what an earlier run accepted (the count)."""
        ...

    def health(self) -> dict[str, Any]:
        """What ``/healthz`` shows about the dispatcher (pool stats, queue lengths)."""
        ...

    def close(self, timeout: float) -> None:
        """Take no more jobs; let running ones finish within ``timeout`` seconds."""
        ...


class InlineDispatcher:
    """Inline mode: the bounded pool of this process (``handlers.pool``)."""

    runs_jobs_here = True

    def __init__(self, pool: WorkerPool):
        self.pool = pool

    def submit(self, job: Job, payload: dict[str, Any], runtime: Runtime) -> Ticket:
        return self.pool.submit(job, payload, runtime=runtime)

    def start(self, runtime: Runtime) -> int:  # noqa: ARG002 (nothing survives a stop without Redis)
        return 0

    def health(self) -> dict[str, Any]:
        return {"pool": self.pool.stats()}

    def close(self, timeout: float) -> None:
        self.pool.shutdown(wait=True, timeout=timeout)


@dataclass
class Runtime:
    """What jobs need, built once per process: settings, Redis, the briefer, Slack, the dispatcher."""

    settings: Settings
    store: Store
    briefer: Briefer
    client: WebClient
    dispatcher: Dispatcher | None = None  # None on an RQ worker: it only runs jobs

    @property
    def pool(self) -> WorkerPool | None:
        """The in-process pool (inline mode), else None."""
        return getattr(self.dispatcher, "pool", None)

    def submit(self, job: Job, payload: dict[str, Any]) -> Ticket:
        """Run ``job(payload)`` off the request path; the ticket says started, queued or refused."""
        if self.dispatcher is None:
            raise RuntimeError("this runtime has no dispatcher")
        return self.dispatcher.submit(job, payload, self)

    def start(self) -> int:
        """Ready to serve: the dispatcher resumes what an earlier run of this process accepted."""
        return self.dispatcher.start(self) if self.dispatcher is not None else 0

    def close(self) -> None:
        """Stop taking jobs; running ones get ``BRIEF_STOP_GRACE`` seconds (``handlers.intake``)."""
        if self.dispatcher is not None:
            self.dispatcher.close(self.settings.stop_grace)


def build_runtime(
    settings: Settings,
    *,
    store: Store | None = None,
    dispatcher: Dispatcher | None = None,
    analyzer: Any = None,
) -> Runtime:
    """A runtime for ``settings``: Redis (``store`` or a new connection), the briefer (analysing in
    ``analyzer``: analysis processes, or None for this thread), a Slack client."""
    store = store if store is not None else open_store(settings)
    return Runtime(
        settings=settings,
        store=store,
        briefer=Briefer(settings, store, analyzer=analyzer),
        client=web_client(settings),
        dispatcher=dispatcher,
    )


_default: Runtime | None = None
_default_lock = threading.Lock()


def default_runtime() -> Runtime:
    """The process's runtime from the environment (used by RQ workers, which get only the payload)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = build_runtime(load_settings())
        return _default


def in_queue_worker() -> bool:
    """True inside a job run by an RQ worker (queue mode)."""
    return get_current_job() is not None


def will_retry() -> bool:
    """True inside an RQ job that RQ will run again if it raises now (retries are left)."""
    job = get_current_job()
    return job is not None and bool(job.retries_left)
