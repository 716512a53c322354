"""``brief worker``, ``brief scheduler`` and ``brief status``: the process roles of queue mode
(``BRIEF_QUEUE=rq``), contributed to ``brief`` through the ``newsroom_brief.commands`` entry points."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import socket
import threading

log = logging.getLogger(__name__)


def cmd_worker(args: argparse.Namespace, ctx) -> int:
    from handlers.queue import ROLES, run_worker
    from handlers.serve import setup_server_logging

    setup_server_logging(ctx.settings.log_level)
    roles = [r.strip() for part in (args.queues or []) for r in part.split(",") if r.strip()] or list(ROLES)
    try:
        return run_worker(ctx.settings, roles, burst=args.burst, fork=args.fork)
    except ValueError as error:
        ctx.error(str(error))
        return 2


def run_scheduler(settings, *, stop: threading.Event | None = None) -> int:
    """The one roundup scheduler: APScheduler on the Redis job store. In queue mode its jobs only
    enqueue ``handlers.roundup_jobs.scheduled_roundup`` on the roundups queue (a worker posts, under the
    roundup lock); inline it posts itself. Every ``BRIEF_SCHEDULER_SYNC`` s it picks up schedules that
    ``/brief roundup`` saved on any replica."""
    from bot.roundup import schedule
    from bot.storage.store import open_store
    from handlers import roundups
    from handlers.queue import RQDispatcher
    from handlers.roundup_jobs import scheduled_roundup
    from handlers.slack_io import web_client

    stop = stop or threading.Event()
    store = open_store(settings)
    if store.client is None or not store.ping():
        log.error("brief scheduler needs Redis (REDIS_URL), and it could not be reached")
        return 1
    me = f"{socket.gethostname()}.{os.getpid()}"
    other = store.client.get(store.key_scheduler())
    if other and other.decode() != me:
        log.warning(
            "Another brief scheduler (%s) seems to be running; the roundup lock still posts each "
            "roundup once, but run one scheduler",
            other.decode(),
        )
    if settings.queue_mode == "rq":
        dispatcher = RQDispatcher(settings, store)

        def dispatch(channel: str) -> None:
            ticket = dispatcher.submit(scheduled_roundup, {"channel": channel})
            log.info("Roundup for %s enqueued (%s)", channel, ticket.status.value)

        schedule.configure_dispatch(dispatch)
        poster = None
    else:
        schedule.configure_dispatch(None)
        poster = roundups.poster_for(web_client(settings), store)

    def no_post(_channel, _roundup) -> None:  # queue mode: the worker posts
        raise RuntimeError("brief scheduler only enqueues roundups in queue mode")

    scheduler = schedule.start_scheduler(store, poster or no_post)
    log.info("brief scheduler %s running (%s mode)", me, settings.queue_mode)
    try:
        while True:
            store.client.set(store.key_scheduler(), me, ex=max(60, 2 * settings.scheduler_sync))
            if stop.wait(settings.scheduler_sync):
                break
            try:
                schedule.restore_schedules(scheduler, store)
            except Exception:
                log.warning("Could not refresh the roundup schedules", exc_info=True)
    finally:
        scheduler.shutdown(wait=False)
        store.release_claim([store.key_scheduler()], me)
    return 0


def cmd_scheduler(_args: argparse.Namespace, ctx) -> int:
    from handlers.serve import setup_server_logging

    setup_server_logging(ctx.settings.log_level)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return run_scheduler(ctx.settings, stop=stop)


def status(settings) -> dict:
    """What ``brief status`` prints: Redis, model, queue mode, queue lengths, failed jobs, workers."""
    from bot.nlp.model import model_name
    from bot.storage.store import open_store
    from handlers.queue import queue_status

    store = open_store(settings)
    redis_ok = store.ping()
    name = model_name(settings.spacy_model)
    try:
        import spacy.util

        installed = bool(spacy.util.is_package(name))
    except Exception:
        installed = False
    out: dict = {
        "redis": redis_ok,
        "model": name,
        "model_installed": installed,
        "queue_mode": settings.queue_mode,
    }
    if redis_ok:
        out.update(queue_status(store))
        scheduler = store.client.get(store.key_scheduler())
        out["scheduler"] = scheduler.decode() if scheduler else None
    return out


def cmd_status(args: argparse.Namespace, ctx) -> int:
    data = status(ctx.settings)
    if args.json:
        print(json.dumps(data, indent=2), file=ctx.stdout)
    else:
        p = lambda line: print(line, file=ctx.stdout)  # noqa: E731
        p(f"Redis:      {'reachable' if data['redis'] else 'NOT reachable'}")
        p(f"Model:      {data['model']} ({'installed' if data['model_installed'] else 'NOT installed'})")
        p(f"Queue mode: {data['queue_mode']}")
        if data["redis"]:
            for name, q in data["queues"].items():
                p(
                    f"Queue {name}: {q['waiting']} waiting, {q['running']} running, "
                    f"{q['scheduled']} to retry, {q['failed']} failed"
                )
            p(f"Failed:     {data['failed']}")
            p(f"Workers:    {data['workers']}")
            for name, w in sorted(data["worker_states"].items()):
                p(f"  {name}: {w['state']} on {', '.join(w['queues'])}")
            p(f"Scheduler:  {data['scheduler'] or 'none running'}")
    return 0 if data["redis"] else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "worker",
        help="run an analysis worker for queue mode (BRIEF_QUEUE=rq)",
        description="Work the RQ queues: load the spaCy model once, then brief and post to Slack.",
    )
    p.add_argument(
        "--queues",
        action="append",
        metavar="ROLE",
        help="queues to work, in order: high, messages, roundups (default: all; repeat or comma-separate)",
    )
    p.add_argument("--burst", action="store_true", help="quit when the queues are empty")
    p.add_argument(
        "--fork", action="store_true", help="fork a work-horse per job (RQ's Worker) instead of no fork"
    )
    p.set_defaults(func=cmd_worker)

    p = subparsers.add_parser(
        "scheduler",
        help="run the one roundup scheduler (enqueues roundups in queue mode)",
        description="Run the roundup scheduler. With BRIEF_QUEUE=rq it only enqueues roundup jobs.",
    )
    p.set_defaults(func=cmd_scheduler)

    p = subparsers.add_parser(
        "status", help="Redis, model, queue mode, queue lengths, failed jobs and workers"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_status)
