"""App Home: publishing each person's home view, and the changes they make from it.

``publish_home`` (a job) lists the channels the bot and the person share (``users.conversations`` for
each, intersected), reads each channel's settings, roundup schedule and this week's recurring actors,
and publishes ``bot.render.home`` with ``views.publish``. It runs when the Home tab is opened
(``app_home_opened``), after a change from App Home, and after ``/brief settings`` or ``/brief roundup``
changes something, so the view never shows a stale setting.

``change_from_home`` (a job) applies a button or menu choice, only for a member of that channel
(``conversations.members``), then publishes the view again with a line saying what changed (or why not).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.errors import BriefError
from bot.render.escape import escape
from bot.render.home import MAX_CHANNELS, ROUNDUP_CHOICES, HomeChannel, render_home
from bot.roundup import schedule
from bot.roundup.compute import compute_roundup
from bot.storage.channels import DESCRIPTIONS, channel_settings, set_channel_setting
from handlers import roundups
from handlers.runtime import Runtime, default_runtime

log = logging.getLogger(__name__)

_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,20}$")
MAX_PAGES = 5  # pages of 200 channels read per list
CHANNEL_TYPES = "public_channel,private_channel"


def _channels(client: WebClient, user: str | None = None) -> dict[str, str | None]:
    """id → name of the channels ``user`` (default: the bot) is in, as far as the bot can see."""
    found: dict[str, str | None] = {}
    cursor = None
    for _ in range(MAX_PAGES):
        args: dict[str, Any] = {"types": CHANNEL_TYPES, "exclude_archived": True, "limit": 200}
        if user:
            args["user"] = user
        if cursor:
            args["cursor"] = cursor
        response = client.users_conversations(**args)
        for channel in response.get("channels") or []:
            found[channel["id"]] = channel.get("name")
        cursor = (response.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            break
    return found


def shared_channels(client: WebClient, user: str) -> list[tuple[str, str | None]]:
    """(id, name) of the channels both the bot and ``user`` are in, by name."""
    mine, theirs = _channels(client), _channels(client, user)
    both = [(cid, mine[cid] or theirs.get(cid)) for cid in mine if cid in theirs]
    return sorted(both, key=lambda pair: (pair[1] or pair[0]).casefold())


def is_member(client: WebClient, channel: str, user: str) -> bool:
    cursor = None
    for _ in range(MAX_PAGES * 5):
        args: dict[str, Any] = {"channel": channel, "limit": 1000}
        if cursor:
            args["cursor"] = cursor
        response = client.conversations_members(**args)
        if user in (response.get("members") or []):
            return True
        cursor = (response.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            return False
    return False


def home_channel(rt: Runtime, channel: str, name: str | None, team: str | None) -> HomeChannel:
    store = rt.store
    plan = schedule.load_schedule(store, channel)
    week = compute_roundup(store, channel, "week", workspace=team)
    return HomeChannel(
        id=channel,
        name=name,
        settings=channel_settings(store, channel),
        schedule=plan.describe() if plan else None,
        schedule_window=plan.window if plan else None,
        articles=week.articles,
        recurring=[(a.name, a.articles) for a in week.actors],
    )


def publish_home(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """Publish the Home tab of ``payload["user"]`` (with ``payload["notice"]`` on top, when given)."""
    rt = runtime or default_runtime()
    user = payload["user"]
    try:
        channels = shared_channels(rt.client, user)
    except SlackApiError as error:
        log.warning("Could not list the channels of %s for App Home: %s", user, error.response.get("error"))
        channels = []
    shown = [home_channel(rt, cid, name, payload.get("team")) for cid, name in channels[:MAX_CHANNELS]]
    view = render_home(shown, channels_total=len(channels), notice=payload.get("notice"))
    rt.client.views_publish(user_id=user, view=view)


def refresh(rt: Runtime, user: str | None, team: str | None, notice: str | None = None) -> None:
    """Publish ``user``'s Home again, off the request path (after a settings change)."""
    if user:
        rt.submit(publish_home, {"user": user, "team": team, "notice": notice})


def change_from_home(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """A Home button or menu: ``channel``, and ``setting`` + ``on`` or ``roundup`` (a menu choice)."""
    rt = runtime or default_runtime()
    channel, user = payload["channel"], payload["user"]
    try:
        member = is_member(rt.client, channel, user)
    except SlackApiError as error:
        log.warning("Could not check %s's membership of %s: %s", user, channel, error.response.get("error"))
        member = False
    if not member:
        notice = f":warning: Only members of <#{channel}> can change its settings."
    else:
        try:
            notice = apply_change(rt, channel, payload)
        except BriefError as error:
            notice = f":warning: {escape(str(error), 500)}"  # it may echo a forged menu value
    publish_home({"user": user, "team": payload.get("team"), "notice": notice}, rt)


def apply_change(rt: Runtime, channel: str, payload: dict[str, Any]) -> str:
    setting = payload.get("setting")
    if setting in DESCRIPTIONS:
        on = bool(payload.get("on"))
        set_channel_setting(rt.store, channel, setting, on)
        return f"<#{channel}>: I {'' if on else 'no longer '}{DESCRIPTIONS[setting]}."
    choice = payload.get("roundup")
    if choice == "keep":
        return f"<#{channel}>: the roundup is unchanged."
    if choice not in ROUNDUP_CHOICES:
        raise BriefError("that roundup choice is not one I know")
    words = ROUNDUP_CHOICES[choice][1]
    reply = schedule.run_command(
        rt.store, channel, words, rt.settings, scheduler=roundups.current_scheduler()
    )
    return f"<#{channel}>: {reply}"


def parse_home_value(value: str | None) -> dict[str, Any] | None:
    """A Home control's value (``bot.render.home``): ``{"c": channel, "s": setting, "on": bool}`` or
    ``{"c": channel, "r": roundup choice}``; None when it is not one."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("c"), str) or not _CHANNEL_ID.match(data["c"]):
        return None  # a forged value: the channel id is echoed in notices, so it must be one
    return data
