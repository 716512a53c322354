"""Inline mode's durable intake: nothing acknowledged is lost when the process dies or is stopped.

Once the bot has answered Slack 200, Slack will not send the event again, so the bot alone answers for
it. ``DurableDispatcher.submit`` (called by the listener before the ack) writes the job and its payload
to Redis (``Store`` key ``intake:{owner}``, on the embedded server persisted to ``BRIEF_DATA_DIR``)
before handing it to the pool, and removes it only once the job has finished (its digest or warning
posted). At start-up, and every few seconds after, the process resumes every record of its own that is
not running (``resume``): what a killed process accepted runs again at once, not after a claim TTL.
Records of another owner whose heartbeat stopped (a dead replica) are adopted and resumed too.

Resuming is safe because posting is exactly-once: the job's claim token is in the payload (the resumed
job renews its own claim), and a resumed job checks Slack for its post before posting when Redis holds
no marker for it (``handlers.posting``, ``payload["resumed"]``). ``/brief`` jobs are resumed only
while Slack's ``response_url`` still works (30 minutes). A job resumed ``MAX_TRIES`` times without
finishing (it kills the process?) is given up: the user is told (``handlers.job_routes``).

Stopping (``close``, on SIGTERM): no new jobs, the running ones get ``BRIEF_STOP_GRACE`` seconds, the
waiting ones stay in the intake for the next start; one log line says how many. A job that could not be
written to Redis (Redis down or full) runs in memory only; if the process stops before it finished,
the stop is logged as an error and ``brief serve`` exits 1.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from bot.storage.store import REDIS_ERRORS, IntakeStore, Store
from handlers.job_routes import job_by_name, name_of_job, route_of
from handlers.pool import Submission, Ticket, WorkerPool
from handlers.runtime import Job, Runtime

log = logging.getLogger(__name__)

HEARTBEAT_TTL = 15
SWEEP_EVERY = 5.0
MAX_TRIES = 3  # starts of one job (first run included) before it is given up
RESPONSE_URL_LIFETIME = 30 * 60 - 60  # Slack's response_url works 30 minutes; keep a minute spare


def owner_id(instance: str | None, port: int | None = None) -> str:
    """Who holds the intake records of this process: ``BRIEF_INSTANCE``, else host and port, stable
    across a restart, so a restarted process takes back its own records at once."""
    return instance or f"{socket.gethostname()}:{port or 'socket'}"


@dataclass
class _Running:
    record: dict[str, Any]
    saved: bool  # written to Redis
    started: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class DurableDispatcher:
    """The in-process pool, with every accepted job written to Redis first (see the module docstring)."""

    runs_jobs_here = True

    def __init__(self, pool: WorkerPool, store: Store, owner: str):
        self.pool = pool
        self.store = store
        self.owner = owner
        self.intake = IntakeStore(store, owner) if store.client is not None else None
        self._lock = threading.Lock()
        self._running: dict[str, _Running] = {}  # record id → job submitted to the pool, not finished
        self._finished: set[str] = set()  # record ids finished since the current sweep began
        self._sweeps = False  # start() was called: sweeps read (and clear) ``_finished``
        self._stopping = threading.Event()
        self._sweeper: threading.Thread | None = None
        self._runtime: Runtime | None = None
        self.resumed = 0
        self.left_at_stop = 0
        self.lost_at_stop = 0

    # -- taking jobs ------------------------------------------------------------------------------

    def submit(self, job: Job, payload: dict[str, Any], runtime: Runtime) -> Ticket:
        self._runtime = runtime
        if self._stopping.is_set():
            return Ticket(Submission.REJECTED)
        name = name_of_job(job)
        record_id = uuid.uuid4().hex
        record = {"job": name, "payload": payload, "at": time.time(), "tries": 1}
        running = _Running(record, saved=False)
        with self._lock:  # running before saved: a sweep never takes a record being submitted
            self._running[record_id] = running
        running.saved = name is not None and self._save(record_id, record)
        ticket = self.pool.submit(self._run, job, payload, runtime, record_id)
        if not ticket.accepted:
            self._forget(record_id, running)
        return ticket

    def _save(self, record_id: str, record: dict[str, Any]) -> bool:
        if self.intake is None:
            return False
        try:
            self.intake.put(record_id, record)
            return True
        except REDIS_ERRORS as error:
            self.store.warn_unavailable(error)
            log.warning("Job %s runs without its durable record (Redis: %s)", record["job"], error)
            return False

    def _forget(self, record_id: str, running: _Running) -> None:
        if running.saved and self.intake is not None:
            try:
                self.intake.remove(record_id)
            except REDIS_ERRORS as error:  # it runs again at the next start: claims make that harmless
                self.store.warn_unavailable(error)
        with self._lock:
            self._running.pop(record_id, None)
            if self._sweeps:
                self._finished.add(record_id)
        running.done.set()

    def _run(self, job: Job, payload: dict[str, Any], runtime: Runtime, record_id: str) -> None:
        with self._lock:
            running = self._running.get(record_id)
            if running is None:
                return
            if self._stopping.is_set():
                return  # stays in the intake (or is counted as lost by close)
            running.started = True
        try:
            job(payload, runtime=runtime)
        finally:
            self._forget(record_id, running)

    # -- resuming ---------------------------------------------------------------------------------

    def start(self, runtime: Runtime) -> int:
        """Resume this owner's unfinished records now, then keep sweeping in the background."""
        self._runtime = runtime
        with self._lock:
            self._sweeps = True
        count = self.resume()
        if self.intake is not None and self._sweeper is None:
            self._sweeper = threading.Thread(target=self._sweep_forever, name="intake-sweeper", daemon=True)
            self._sweeper.start()
        return count

    def _sweep_forever(self) -> None:
        while not self._stopping.wait(SWEEP_EVERY):
            try:
                self.resume()
            except Exception:
                log.warning("Could not sweep the durable intake", exc_info=True)

    def resume(self) -> int:
        """Submit every record of this owner (and of dead owners) that is not running; the count."""
        if self.intake is None or self._runtime is None or self._stopping.is_set():
            return 0
        with self._lock:
            self._finished.clear()
        try:
            self.intake.heartbeat(HEARTBEAT_TTL)
            adopted = self.intake.adopt_orphans()
            if adopted:
                log.info("Adopted %d unfinished jobs of a stopped process", adopted)
            self._save_unsaved()
            records = self.intake.records()
        except REDIS_ERRORS as error:
            self.store.warn_unavailable(error)
            return 0
        with self._lock:
            busy = self._running.keys() | self._finished
            waiting = {rid: r for rid, r in records.items() if rid not in busy}
        count = 0
        for record_id, record in sorted(waiting.items(), key=lambda item: item[1].get("at", 0)):
            if self._resume_one(record_id, record):
                count += 1
        if count:
            log.info("Resumed %d accepted jobs from the durable intake", count)
        self.resumed += count
        return count

    def _resume_one(self, record_id: str, record: dict[str, Any]) -> bool:
        job = job_by_name(record.get("job"))
        payload = record.get("payload")
        if job is None or not isinstance(payload, dict):
            log.warning("Dropping intake record %s: unknown job %r", record_id, record.get("job"))
            self.intake.remove(record_id)
            return False
        if payload.get("response_url") and time.time() - record.get("at", 0) > RESPONSE_URL_LIFETIME:
            log.warning(
                "Dropping %s accepted %.0f s ago: its response_url has expired",
                record["job"],
                time.time() - record.get("at", 0),
            )
            self.intake.remove(record_id)
            return False
        tries = int(record.get("tries", 1)) + 1
        if tries > MAX_TRIES:
            self._give_up(job, payload, record_id)
            return False
        record = {**record, "tries": tries, "payload": {**payload, "resumed": True}}
        with self._lock:
            if record_id in self._running or record_id in self._finished:
                return False
            self._running[record_id] = running = _Running(record, True)
        self.intake.put(record_id, record)
        ticket = self.pool.submit(self._run, job, record["payload"], self._runtime, record_id)
        if not ticket.accepted:  # the pool is full: the next sweep tries again
            with self._lock:
                self._running.pop(record_id, None)
            running.done.set()
            return False
        return True

    def _give_up(self, job: Job, payload: dict[str, Any], record_id: str) -> None:
        log.error("Giving up %s after %d starts without finishing", job.__name__, MAX_TRIES)
        give_up = route_of(job).give_up
        try:
            if give_up is not None and self._runtime is not None:
                give_up(self._runtime, payload)
        except Exception:
            log.exception("Could not tell the user that %s was given up", job.__name__)
        self.intake.remove(record_id)

    def _save_unsaved(self) -> None:
        """Redis is reachable again: write the records of jobs accepted while it was not."""
        with self._lock:
            unsaved = [(rid, r) for rid, r in self._running.items() if not r.saved and r.record["job"]]
        for record_id, running in unsaved:
            self.intake.put(record_id, running.record)
            running.saved = True
            if running.done.is_set():  # it finished meanwhile
                self.intake.remove(record_id)

    # -- stopping ---------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        with self._lock:
            unsaved = sum(1 for r in self._running.values() if not r.saved)
        return {"pool": self.pool.stats(), "intake": {"owner": self.owner, "unsaved": unsaved}}

    def close(self, timeout: float) -> None:
        """Stop taking jobs; running ones get ``timeout`` seconds; the rest stay in the intake."""
        self._stopping.set()
        self.pool.shutdown(wait=True, timeout=timeout)
        with self._lock:
            unfinished = list(self._running.values())
        self.left_at_stop = sum(1 for r in unfinished if r.saved)
        self.lost_at_stop = sum(1 for r in unfinished if not r.saved)
        if self.intake is not None:
            try:
                self.left_at_stop = self.intake.count()
                self.intake.end_heartbeat()
            except REDIS_ERRORS:
                pass
        if self.lost_at_stop:
            log.error(
                "Stopped with %d accepted jobs unfinished that Redis could not hold: they are lost "
                "(%d more stay in the durable intake for the next start)",
                self.lost_at_stop,
                self.left_at_stop,
            )
        else:
            log.info(
                "Stopped: %d accepted jobs left in the durable intake for the next start", self.left_at_stop
            )
