"""Interactive components: the "Share in channel" buttons of ``/brief`` digests and roundups, and the
digest's "Show all quotes" button."""

from __future__ import annotations

from slack_bolt import App

from bot.render.digest import SHARE_ACTION_ID, SHOW_QUOTES_ACTION_ID
from handlers.actions.quotes import handle_show_quotes
from handlers.actions.share import handle_share, handle_share_roundup
from handlers.roundup_jobs import SHARE_ROUNDUP_ACTION_ID


def register(app: App) -> None:
    app.action(SHARE_ACTION_ID)(handle_share)
    app.action(SHARE_ROUNDUP_ACTION_ID)(handle_share_roundup)
    app.action(SHOW_QUOTES_ACTION_ID)(handle_show_quotes)
