"""A bounded worker pool of our own, so analysis never runs on a request thread.

``BRIEF_WORKERS`` threads take jobs in arrival order; at most ``BRIEF_QUEUE_LIMIT`` jobs wait behind
them. ``submit`` never blocks and never drops work silently: it says what happened to the job,

* ``STARTED``  — a worker was free; it is running now;
* ``QUEUED``   — every worker is busy; it waits (``position`` says how many jobs are ahead, counting it);
* ``REJECTED`` — the queue is full; the job was *not* taken and the caller must tell the user.

Jobs are plain callables. A job that raises is logged with its name and counted; the worker lives on.
The same job functions run unchanged on an RQ worker in queue mode (``BRIEF_QUEUE=rq``), which is why
the pool knows nothing of Slack.

spaCy holds the GIL for most of a parse, so the threads alone would keep one core busy. With
``analysis`` (``bot.nlp.workers.AnalysisProcesses``, ``BRIEF_WORKER_PROCESSES``, on by default) each
job's analysis runs in one of ``workers`` analysis processes, each with the model loaded once at start;
the job's thread waits for it, doing the Slack and Redis I/O around it. A process that dies mid-job is
replaced and the analysis run again, so the job is not lost. ``stats`` reports each process's memory.
"""

from __future__ import annotations

import enum
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

_STOP = object()


class Submission(enum.Enum):
    STARTED = "started"
    QUEUED = "queued"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Ticket:
    """What ``submit`` did with a job."""

    status: Submission
    position: int = 0  # for QUEUED: jobs waiting ahead of this one, plus one

    @property
    def accepted(self) -> bool:
        return self.status is not Submission.REJECTED


def job_name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn)


class WorkerPool:
    """``workers`` threads and room for ``queue_limit`` waiting jobs."""

    def __init__(self, workers: int, queue_limit: int, *, name: str = "brief-worker", analysis=None):
        if workers < 1 or queue_limit < 0:
            raise ValueError("a pool needs at least one worker and a non-negative queue limit")
        self.workers = workers
        self.queue_limit = queue_limit
        self.analysis = analysis  # AnalysisProcesses doing the jobs' analysis, or None (in the thread)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Condition()
        self._outstanding = 0  # running + waiting
        self._running = 0
        self.completed = 0
        self.failed = 0
        self.rejected = 0
        self._closed = False
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Ticket:
        """Run ``fn(*args, **kwargs)`` on a worker; never blocks (see the module docstring)."""
        with self._lock:
            if self._closed:
                self.rejected += 1
                return Ticket(Submission.REJECTED)
            waiting = self._outstanding - self.workers  # jobs already waiting (negative: idle workers)
            if waiting >= self.queue_limit:
                self.rejected += 1
                log.warning("Worker pool full (%d waiting); refused %s", waiting, job_name(fn))
                return Ticket(Submission.REJECTED)
            self._outstanding += 1
            ticket = Ticket(Submission.STARTED) if waiting < 0 else Ticket(Submission.QUEUED, waiting + 1)
            self._jobs.put((fn, args, kwargs))
        return ticket

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is _STOP:
                return
            fn, args, kwargs = item
            with self._lock:
                self._running += 1
            try:
                fn(*args, **kwargs)
            except Exception:
                with self._lock:
                    self.failed += 1
                log.exception("Job %s failed", job_name(fn))
            else:
                with self._lock:
                    self.completed += 1
            finally:
                with self._lock:
                    self._running -= 1
                    self._outstanding -= 1
                    self._lock.notify_all()

    def stats(self) -> dict[str, Any]:
        """Numbers for ``/healthz``: workers, running, waiting, limits, counters, analysis processes."""
        with self._lock:
            numbers: dict[str, Any] = {
                "workers": self.workers,
                "running": self._running,
                "waiting": max(0, self._outstanding - self._running),
                "queue_limit": self.queue_limit,
                "completed": self.completed,
                "failed": self.failed,
                "rejected": self.rejected,
            }
        if self.analysis is not None:
            numbers["analysis"] = self.analysis.stats()
        return numbers

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no job is running or waiting; False if ``timeout`` ran out first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while self._outstanding:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._lock.wait(remaining)
        return True

    def shutdown(self, wait: bool = True, timeout: float | None = None) -> None:
        """Refuse new jobs, let the queued ones finish, stop the threads."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        for _ in self._threads:
            self._jobs.put(_STOP)
        deadline = None if timeout is None else time.monotonic() + timeout
        if wait:
            for thread in self._threads:
                remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
                thread.join(remaining)
        if self.analysis is not None:  # after the jobs: a job still running has its analysis finish
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            self.analysis.shutdown(timeout=remaining if wait else 0)
