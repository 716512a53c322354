"""Running the app: Socket Mode, or HTTP on gunicorn (``/slack/events`` and ``/healthz``).

Start-up reads top to bottom: settings → logging → runtime (Redis, briefer, worker pool, Slack
client) → Bolt app → spaCy warm-up in the background → serve. In HTTP mode everything is built inside
the gunicorn worker (one worker process, ``BRIEF_HTTP_THREADS`` request threads), after the fork, so the
pool's threads and the Redis connections belong to the process that serves.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.cli import quiet_noisy_loggers
from bot.config import Settings, require_slack
from handlers.app import build_app
from handlers.jobs import Runtime
from handlers.roundups import start_roundup_scheduler, stop_roundup_scheduler

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def setup_server_logging(level: str) -> None:
    """Timestamped lines on stderr. Slack libraries stay at INFO or above: their DEBUG output echoes
    request bodies, which carry response URLs."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("slack_bolt", "slack_sdk", "handlers.bolt"):
        logging.getLogger(name).setLevel(max(logging.INFO, logging.getLevelName(level)))
    quiet_noisy_loggers()


def warm_up(runtime: Runtime) -> threading.Thread:
    """Load the spaCy model in the background; ``/healthz`` reports ``model: false`` until it is in."""

    def load() -> None:
        from bot.nlp.model import get_nlp

        try:
            get_nlp(runtime.settings.spacy_model)
        except Exception as error:
            log.error("Could not load the spaCy model: %s", error)

    thread = threading.Thread(target=load, name="spacy-warm-up", daemon=True)
    thread.start()
    return thread


def health(runtime: Runtime) -> tuple[int, dict[str, Any]]:
    """``/healthz``: 200 once the model is loaded (Redis down is ``degraded``, still serving), else 503."""
    from bot.nlp.model import is_loaded

    redis_ok = runtime.store.ping()
    model_ok = is_loaded() or getattr(runtime, "queue", None) is not None  # queue mode: workers load it
    status = "starting" if not model_ok else ("ok" if redis_ok else "degraded")
    body: dict[str, Any] = {"status": status, "redis": redis_ok, "model": model_ok}
    if runtime.pool is not None:
        body["pool"] = runtime.pool.stats()
    if getattr(runtime, "queue", None) is not None:
        body["queue_mode"] = "rq"
        try:
            body["queue"] = runtime.queue.lengths()
        except Exception:
            body["queue"] = None
    return (200 if model_ok else 503), body


WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def wsgi_app(app: App) -> WSGIApp:
    """The WSGI application: Bolt on ``/slack/events`` (events, commands, interactivity), ``/healthz``."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    runtime: Runtime = app.runtime  # type: ignore[attr-defined]

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in {"GET", "HEAD"}:
            code, body = health(runtime)
            data = json.dumps(body).encode()
            reason = "OK" if code == 200 else "Service Unavailable"
            start_response(
                f"{code} {reason}", [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
            )
            return [data]
        return slack(environ, start_response)

    return application


def serve_socket(settings: Settings) -> int:
    """Socket Mode: no public URL needed (a laptop, or behind a firewall)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    require_slack(settings, "socket")
    setup_server_logging(settings.log_level)
    app = build_app(settings, socket_mode=True)
    warm_up(app.runtime)  # type: ignore[attr-defined]
    if settings.queue_mode != "rq":  # queue mode: `brief scheduler` is the one scheduler
        start_roundup_scheduler(app.runtime)  # type: ignore[attr-defined]
    log.info("Newsroom Brief: Socket Mode, %d analysis workers", settings.workers)
    handler = SocketModeHandler(app, settings.slack_app_token)
    try:
        handler.start()
    finally:
        app.runtime.close()  # type: ignore[attr-defined]  # let running jobs finish first
        stop_roundup_scheduler()
    return 0


def serve_http(settings: Settings, port: int, host: str = "0.0.0.0") -> int:
    """HTTP mode on gunicorn (one gthread worker; see the module docstring)."""
    from gunicorn.app.base import BaseApplication

    require_slack(settings, "http")
    setup_server_logging(settings.log_level)
    built: dict[str, App] = {}

    def load() -> WSGIApp:
        app = build_app(settings)
        built["app"] = app
        if settings.queue_mode != "rq":  # queue mode: the workers load spaCy, not the replicas
            warm_up(app.runtime)  # type: ignore[attr-defined]
        if settings.queue_mode != "rq":  # queue mode: `brief scheduler` is the one scheduler
            start_roundup_scheduler(app.runtime)  # type: ignore[attr-defined]
        log.info(
            "Newsroom Brief: HTTP on %s:%d%s, %d analysis workers", host, port, EVENTS_PATH, settings.workers
        )
        return wsgi_app(app)

    def worker_exit(server, worker) -> None:
        if "app" in built:
            built["app"].runtime.close()  # type: ignore[attr-defined]  # let running jobs finish first
        stop_roundup_scheduler()

    class Server(BaseApplication):
        def load_config(self) -> None:
            options = {
                "bind": f"{host}:{port}",
                "workers": 1,
                "worker_class": "gthread",
                "threads": settings.http_threads,
                "timeout": 60,
                "graceful_timeout": 30,
                "keepalive": 5,
                "loglevel": settings.log_level.lower(),
                "accesslog": None,
                "worker_exit": worker_exit,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> WSGIApp:
            return load()

    Server().run()
    return 0
