"""Interactive components: the "Share in channel" buttons of ``/brief`` digests and roundups, and the
digest's "Show all quotes" button, the App Home controls and the "Brief this message" shortcut."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.render.digest import SHARE_ACTION_ID, SHOW_QUOTES_ACTION_ID
from bot.render.home import ROUNDUP_ACTION_ID, SETTING_ACTION_PREFIX
from handlers.actions.home import handle_home_control
from handlers.actions.quotes import handle_show_quotes
from handlers.actions.share import handle_share, handle_share_roundup
from handlers.actions.shortcut import CALLBACK_ID, handle_brief_this_message
from handlers.roundup_jobs import SHARE_ROUNDUP_ACTION_ID


def register(app: App) -> None:
    app.action(SHARE_ACTION_ID)(handle_share)
    app.action(SHARE_ROUNDUP_ACTION_ID)(handle_share_roundup)
    app.action(SHOW_QUOTES_ACTION_ID)(handle_show_quotes)
    app.action(re.compile(f"^{SETTING_ACTION_PREFIX}"))(handle_home_control)
    app.action(ROUNDUP_ACTION_ID)(handle_home_control)
    app.shortcut(CALLBACK_ID)(handle_brief_this_message)
