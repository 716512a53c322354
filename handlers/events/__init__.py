"""Event listeners: channel messages and @mentions. ``register(app)`` wires them to a Bolt app."""

from __future__ import annotations

from slack_bolt import App

from handlers.events.app_mention import handle_app_mention
from handlers.events.messages import handle_message


def register(app: App) -> None:
    app.event("message")(handle_message)
    app.event("app_mention")(handle_app_mention)
