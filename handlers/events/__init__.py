"""Event listeners: channel messages, @mentions and the App Home tab being opened. ``register(app)`` wires them to a Bolt app."""

from __future__ import annotations

from slack_bolt import App

from handlers.events.app_home import handle_app_home_opened
from handlers.events.app_mention import handle_app_mention
from handlers.events.messages import handle_message


def register(app: App) -> None:
    app.event("message")(handle_message)
    app.event("app_mention")(handle_app_mention)
    app.event("app_home_opened")(handle_app_home_opened)
