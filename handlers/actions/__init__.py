"""Interactive components: the "Share in channel" button of a ``/brief`` digest."""

from __future__ import annotations

from slack_bolt import App

from bot.digest import SHARE_ACTION_ID
from handlers.actions.share import handle_share
from handlers.roundups import SHARE_ROUNDUP_ACTION_ID, handle_share_roundup


def register(app: App) -> None:
    app.action(SHARE_ACTION_ID)(handle_share)
    app.action(SHARE_ROUNDUP_ACTION_ID)(handle_share_roundup)
