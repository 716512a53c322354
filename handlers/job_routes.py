"""Every job the bot runs, by name: which queue it waits on in queue mode and who is told when it fails
for good. One table, so routing never depends on how a function happens to be named.

Queues (``handlers.queue``), taken by workers in this order:

* ``high``     — a person is waiting (``/brief``, Share and Show all quotes buttons, ``/brief actors``,
  ``/brief sources``);
* ``messages`` — channel messages and @mentions;
* ``roundups`` — scheduled roundup posts.

``MOVED_JOBS`` lists the dotted paths under which the previous release enqueued jobs that have since
moved: RQ stores the path in Redis, so each old path still resolves to the job (remove after one
release; ``tests/handlers/test_job_routes.py`` checks them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handlers import home, jobs, roundup_jobs, source_jobs
from handlers.runtime import Job, Runtime

GiveUp = Callable[[Runtime, dict[str, Any]], None]


@dataclass(frozen=True)
class Route:
    role: str  # the queue: "high", "messages" or "roundups"
    give_up: GiveUp | None = None  # tells the user when no retry is left


ROLES = ("high", "messages", "roundups")  # worker order: a waiting person first, roundups last
DEFAULT_ROUTE = Route("high")  # a job not in the table (a test's, a plugin's): a person is waiting

ROUTES: dict[Job, Route] = {
    jobs.brief_message: Route("messages", jobs.give_up_message),
    jobs.brief_command: Route("high", jobs.give_up_response),
    jobs.share_digest: Route("high", jobs.give_up_response),
    jobs.show_quotes: Route("high", jobs.give_up_response),
    jobs.brief_shortcut: Route("high", jobs.give_up_response),
    home.publish_home: Route("high"),
    home.change_from_home: Route("high"),
    roundup_jobs.actors_job: Route("high", jobs.give_up_response),
    roundup_jobs.share_roundup_job: Route("high", jobs.give_up_response),
    roundup_jobs.scheduled_roundup: Route("roundups"),
    source_jobs.sources_job: Route("high", jobs.give_up_response),
}

MOVED_JOBS = {
    "handlers.roundups.actors_job": "handlers.roundup_jobs.actors_job",
    "handlers.roundups.share_roundup_job": "handlers.roundup_jobs.share_roundup_job",
    "handlers.queue.scheduled_roundup": "handlers.roundup_jobs.scheduled_roundup",
}


def route_of(job: Job) -> Route:
    return ROUTES.get(job, DEFAULT_ROUTE)


def _name(job: Job) -> str:
    return f"{job.__module__}.{job.__qualname__}"


_BY_NAME: dict[str, Job] = {_name(job): job for job in ROUTES}


def name_of_job(job: Job) -> str | None:
    """The name the durable intake stores for ``job`` (its dotted path); None for a job not in the table."""
    return _name(job) if job in ROUTES else None


def job_by_name(name: str | None) -> Job | None:
    """The job of a stored name: only jobs of the table, never an arbitrary import from Redis data."""
    return _BY_NAME.get(name or "")
