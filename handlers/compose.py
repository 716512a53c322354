"""The composition root: the one place that decides where this process's jobs run.

Inline mode (the default): a bounded pool of this process. Queue mode (``BRIEF_QUEUE=rq``): RQ queues
in Redis, worked by ``brief worker``. Everything else (listeners, jobs) only sees a ``Runtime`` and its
``Dispatcher`` (``handlers.runtime``).
"""

from __future__ import annotations

from bot.config import Settings
from bot.storage.store import Store, open_store
from handlers.intake import DurableDispatcher, owner_id
from handlers.pool import WorkerPool
from handlers.queue import RQDispatcher
from handlers.runtime import Dispatcher, InlineDispatcher, Runtime, build_runtime


def dispatcher_for(settings: Settings, store: Store, *, port: int | None = None) -> Dispatcher:
    """RQ in queue mode, else the in-process pool of ``BRIEF_WORKERS`` threads, behind the durable
    intake when there is Redis (``handlers.intake``; ``port`` names this process's records), each job's
    analysis in one of ``BRIEF_WORKERS`` analysis processes (``BRIEF_WORKER_PROCESSES``, on by default)."""
    if settings.queue_mode == "rq":
        return RQDispatcher(settings, store)
    analysis = None
    if settings.worker_processes:
        from bot.nlp.workers import AnalysisProcesses

        analysis = AnalysisProcesses(settings.workers, settings.spacy_model)
    pool = WorkerPool(settings.workers, settings.queue_limit, analysis=analysis)
    if store.client is None:
        return InlineDispatcher(pool)
    return DurableDispatcher(pool, store, owner_id(settings.instance, port))


def serving_runtime(settings: Settings, *, store: Store | None = None, port: int | None = None) -> Runtime:
    """The runtime of a process that takes Slack requests (``brief serve``, the tests' app)."""
    store = store if store is not None else open_store(settings)
    dispatcher = dispatcher_for(settings, store, port=port)
    analyzer = getattr(getattr(dispatcher, "pool", None), "analysis", None)
    return build_runtime(settings, store=store, dispatcher=dispatcher, analyzer=analyzer)
