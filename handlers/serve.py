"""Running the app: Socket Mode, or HTTP on waitress (``/slack/events`` and ``/healthz``).

Start-up reads top to bottom: settings → logging → runtime (Redis, briefer, worker pool, Slack
client) → Bolt app → spaCy warm-up in the background → serve.

HTTP runs on waitress, not gunicorn's threaded worker: waitress reads every request **whole** in its
event loop (with ``BRIEF_HTTP_MAX_BODY`` as the cap) before a request thread sees it, so slow or idle
clients (a ``Content-Length: 1000`` and one byte, or headers sent a byte at a time) hold only a socket,
never one of the ``BRIEF_HTTP_THREADS`` threads; gunicorn's gthread worker gave each such client a
thread until it finished, and eight of them froze the bot. Every request then passes
``handlers.http_guard`` (size, signature, shape: 4xx with one log line) before Bolt sees it. One
process: the worker pool and the Redis connections belong to the process that serves.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.cli import quiet_noisy_loggers
from bot.config import Settings, require_slack
from handlers.app import build_app
from handlers.compose import serving_runtime
from handlers.http_guard import guarded
from handlers.roundups import start_roundup_scheduler, stop_roundup_scheduler
from handlers.runtime import Runtime

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


def warm_up(runtime: Runtime) -> threading.Thread | None:
    """Load the spaCy model in the background; ``/healthz`` reports ``model: false`` until it is in.

    With analysis processes the model is loaded there (each at once, in the background), not here."""
    analysis = getattr(runtime.pool, "analysis", None)
    if analysis is not None:
        analysis.warm_up()
        return None

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
    """``/healthz``: 200 once the model is loaded, else 503. Redis down, full or read-only is
    ``degraded`` with the ``reason`` (the bot still answers, without its durable intake and cache)."""
    from bot.nlp.model import is_loaded

    reason = runtime.store.write_refused()  # a real write: a full or read-only Redis still answers PING
    redis_ok = reason is None
    dispatcher = runtime.dispatcher
    analysis = getattr(runtime.pool, "analysis", None)
    model_ok = (
        is_loaded()
        or (dispatcher is not None and not dispatcher.runs_jobs_here)  # queue mode: the workers load it
        or (analysis is not None and analysis.ready())  # analysis processes: one has it
    )
    status = "starting" if not model_ok else ("ok" if redis_ok else "degraded")
    body: dict[str, Any] = {"status": status, "redis": redis_ok, "model": model_ok}
    if reason:
        body["reason"] = reason
    if dispatcher is not None:
        body.update(dispatcher.health())
    return (200 if model_ok else 503), body


WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def wsgi_app(app: App) -> WSGIApp:
    """The WSGI application: Bolt on ``/slack/events`` (events, commands, interactivity) behind
    ``handlers.http_guard``, and ``/healthz``."""
    runtime: Runtime = app.runtime  # type: ignore[attr-defined]
    settings = runtime.settings
    slack = guarded(
        SlackRequestHandler(app, path=EVENTS_PATH),
        path=EVENTS_PATH,
        secret=settings.slack_signing_secret or "",
        max_body=settings.http_max_body,
    )

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
    app = build_app(settings, socket_mode=True, runtime=serving_runtime(settings))
    warm_up(app.runtime)  # type: ignore[attr-defined]
    if settings.queue_mode != "rq":  # queue mode: `brief scheduler` is the one scheduler
        start_roundup_scheduler(app.runtime)  # type: ignore[attr-defined]
    log.info("Newsroom Brief: Socket Mode, %d analysis workers", settings.workers)
    handler = SocketModeHandler(app, settings.slack_app_token)
    signal.signal(signal.SIGTERM, _stop_on_signal)
    signal.signal(signal.SIGINT, _stop_on_signal)
    try:
        handler.connect()
        app.runtime.start()  # type: ignore[attr-defined]  # resume what an earlier run accepted
        threading.Event().wait()
    finally:
        handler.close()
        stop_roundup_scheduler()
        app.runtime.close()  # type: ignore[attr-defined]  # running jobs finish, the rest stay durable
    return stop_status(app.runtime)  # type: ignore[attr-defined]


def http_server(application: WSGIApp, settings: Settings, port: int, host: str = "0.0.0.0"):
    """A waitress server for ``application`` (see the module docstring); ``.run()`` serves until
    SystemExit or KeyboardInterrupt, ``.close()`` stops it."""
    from waitress.server import create_server

    return create_server(
        application,
        host=host,
        port=port,
        threads=settings.http_threads,
        connection_limit=settings.http_connections,
        max_request_body_size=settings.http_max_body,
        max_request_header_size=64 * 1024,
        channel_timeout=30,  # an idle or stalled connection is closed after 30 s
        cleanup_interval=5,
        expose_tracebacks=False,
        ident="newsroom-brief",
        clear_untrusted_proxy_headers=True,
    )


def _stop_on_signal(_signum, _frame) -> None:
    raise SystemExit(0)


def stop_status(runtime: Runtime) -> int:
    """The exit status after a stop: 1 when accepted work was lost (Redis could not hold it), else 0."""
    return 1 if getattr(runtime.dispatcher, "lost_at_stop", 0) else 0


def serve_http(settings: Settings, port: int, host: str = "0.0.0.0") -> int:
    """HTTP mode on waitress (see the module docstring). SIGTERM or SIGINT stops taking requests, then
    lets running jobs finish."""
    require_slack(settings, "http")
    setup_server_logging(settings.log_level)
    app = build_app(settings, runtime=serving_runtime(settings, port=port))
    if settings.queue_mode != "rq":  # queue mode: the workers load spaCy, not the replicas
        warm_up(app.runtime)  # type: ignore[attr-defined]
    if settings.queue_mode != "rq":  # queue mode: `brief scheduler` is the one scheduler
        start_roundup_scheduler(app.runtime)  # type: ignore[attr-defined]
    server = http_server(wsgi_app(app), settings, port, host)
    log.info(
        "Newsroom Brief: HTTP on %s:%d%s, %d analysis workers", host, port, EVENTS_PATH, settings.workers
    )
    signal.signal(signal.SIGTERM, _stop_on_signal)
    signal.signal(signal.SIGINT, _stop_on_signal)
    try:
        app.runtime.start()  # type: ignore[attr-defined]  # resume what an earlier run accepted
        server.run()  # returns after SystemExit/KeyboardInterrupt, request threads stopped
    finally:
        server.close()
        stop_roundup_scheduler()
        app.runtime.close()  # type: ignore[attr-defined]  # running jobs finish, the rest stay durable
    return stop_status(app.runtime)  # type: ignore[attr-defined]
