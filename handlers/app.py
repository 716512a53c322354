"""The one factory for the Bolt app: settings → runtime (Redis, briefer, pool, Slack client) → listeners."""

from __future__ import annotations

import logging

from slack_bolt import App, BoltContext

from bot.config import Settings, require_slack
from handlers import actions, commands, events
from handlers.compose import serving_runtime
from handlers.runtime import Runtime
from handlers.slack_io import web_client

log = logging.getLogger(__name__)


class _OwnClientIsMeant(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN is unused when a client is given; ours carries that token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def build_app(settings: Settings, *, runtime: Runtime | None = None, socket_mode: bool = False) -> App:
    """A Bolt app with every listener group registered; ``runtime`` defaults to one built from ``settings``.

    HTTP mode needs ``SLACK_SIGNING_SECRET`` (signature verification stays on); both modes need
    ``SLACK_BOT_TOKEN``. The app's runtime is ``app.runtime`` (and ``context["runtime"]`` in listeners).
    """
    require_slack(settings, "post" if socket_mode else "http")
    runtime = runtime or serving_runtime(settings)
    bolt_logger = logging.getLogger("handlers.bolt")
    if not any(isinstance(f, _OwnClientIsMeant) for f in bolt_logger.filters):
        bolt_logger.addFilter(_OwnClientIsMeant())
    app = App(
        client=web_client(settings),
        signing_secret=settings.slack_signing_secret or "unused-in-socket-mode",
        request_verification_enabled=not socket_mode,
        logger=bolt_logger,
    )

    def add_runtime(context: BoltContext, next) -> None:
        context["runtime"] = runtime
        next()

    app.use(add_runtime)
    events.register(app)
    commands.register(app)
    actions.register(app)
    app.runtime = runtime  # type: ignore[attr-defined]
    return app
