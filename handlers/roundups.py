"""Slack side of the roundup: posting it (with the weekly chart) and the scheduler of ``brief serve``.
All the work is in ``bot.roundup.compute`` and ``bot.roundup.schedule``; this module only talks to
Slack. The roundup jobs (``/brief actors``, its Share button, a scheduled post) are in
``handlers.roundup_jobs``.
"""

from __future__ import annotations

import importlib
import logging
import threading
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings, require_slack
from bot.errors import BriefError
from bot.render.chart import articles_per_day_png
from bot.render.roundup import roundup_blocks
from bot.roundup import schedule
from bot.roundup.compute import Roundup
from bot.storage.store import Store
from handlers.posting import post_id_for, post_once
from handlers.runtime import Runtime
from handlers.slack_io import web_client

log = logging.getLogger(__name__)


def channel_name(client: WebClient, channel: str) -> str | None:
    """The channel's name (``politics``) for headings and charts; None when Slack will not say."""
    try:
        return (client.conversations_info(channel=channel).get("channel") or {}).get("name")
    except SlackApiError as error:
        log.info("No name for channel %s: %s", channel, error.response.get("error"))
        return None


def post_roundup(
    client: WebClient,
    channel: str,
    roundup: Roundup,
    *,
    store: Store | None = None,
    post_id: str | None = None,
    ttl: int = 8 * 24 * 3600,
    verify_since: float | None = None,
) -> str:
    """Post a roundup in a channel; the weekly one gets its chart in the thread. Returns the message ts.

    With a ``store``, the post is made once per ``post_id`` (by default: channel, window and end of the
    window), even if an earlier attempt died right after Slack answered (``handlers.posting``).
    A failed chart upload is logged, not raised: the roundup itself was posted, and raising would let
    the scheduler's lock be given back and the roundup posted twice.
    """
    if roundup.channel_name is None:
        roundup.channel_name = channel_name(client, channel)
    text, blocks = roundup_blocks(roundup)
    message = dict(text=text, blocks=blocks, unfurl_links=False, unfurl_media=False)
    if store is None:
        ts, fresh = client.chat_postMessage(channel=channel, **message)["ts"], True
    else:
        post_id = post_id or post_id_for("roundup", channel, roundup.window, roundup.end.isoformat())
        ts, fresh = post_once(
            client, store, post_id, channel=channel, ttl=ttl, verify_since=verify_since, **message
        )
    if fresh and roundup.window == "week" and not roundup.empty:
        try:
            png = articles_per_day_png(roundup)
            if png:
                client.files_upload_v2(
                    channel=channel,
                    thread_ts=ts,
                    file=png,
                    filename="roundup-week.png",
                    title="Articles per day, top recurring actors",
                )
        except (SlackApiError, OSError, ValueError) as error:
            log.warning("Could not upload the weekly chart to %s: %s", channel, error)
    return ts


class RoundupUndeliverable(BriefError):
    """Slack refused a scheduled roundup (bot not in the channel, channel archived, token revoked)."""


# Slack's refusal → (the schedule stays: the cause can go away, what the user who set it is told).
REFUSALS = {
    "not_in_channel": (
        True,
        "I couldn't post the scheduled roundup in <#{channel}>: I'm not in that channel. Invite me "
        "with `/invite @Newsroom Brief` and the next roundup will come through.",
    ),
    "channel_not_found": (
        False,
        "I couldn't post the scheduled roundup in <#{channel}>: the channel is gone or I can't see "
        "it, so I turned its roundup off.",
    ),
    "is_archived": (
        False,
        "I couldn't post the scheduled roundup in <#{channel}>: the channel is archived, so I turned "
        "its roundup off. Set it again with `/brief roundup` if it comes back.",
    ),
}
# The bot's own token no longer works: no one can be told through Slack; the schedule stays for when
# the app is reinstalled, and the log says so.
AUTH_REFUSALS = {"invalid_auth", "token_revoked", "token_expired", "account_inactive", "not_authed"}


def tell_scheduler(client: WebClient, store: Store, channel: str, code: str) -> None:
    """A scheduled roundup was refused with ``code``: tell the user who set it (once per cause, by
    DM), turn the schedule off when the cause cannot go away; then raise ``RoundupUndeliverable``."""
    keep, message = REFUSALS.get(
        code,
        (True, f"I couldn't post the scheduled roundup in <#{{channel}}>: Slack said `{code}`."),
    )
    if code in AUTH_REFUSALS:
        keep, message = True, None
        log.error("Roundup for %s: Slack refused the bot's token (%s); reinstall the app", channel, code)
    sched = schedule.load_schedule(store, channel)
    if not keep:
        schedule.turn_off(store, channel, scheduler=current_scheduler())
    user = sched.by if sched else None
    fresh = store.client is not None and store.client.set(
        store.key_roundup_notice(channel, code), "1", nx=True, ex=30 * 24 * 3600
    )
    if message and user and fresh:
        try:
            client.chat_postMessage(channel=user, text=message.format(channel=channel))
        except SlackApiError as error:
            log.warning("Could not tell %s that the roundup of %s failed: %s", user, channel, error)
    state = "kept" if keep else "turned off"
    raise RoundupUndeliverable(f"Slack refused it ({code}); schedule {state}; told {user or 'no one'}")


def poster_for(client: WebClient, store: Store | None = None) -> schedule.Poster:
    """What the scheduler posts with. With a ``store``, a refusal from Slack reaches the user who set
    the schedule (``tell_scheduler``) instead of only the log."""

    def post(channel: str, roundup: Roundup) -> None:
        try:
            post_roundup(client, channel, roundup, store=store)
        except SlackApiError as error:
            if store is None:
                raise
            tell_scheduler(client, store, channel, str(error.response.get("error") or "unknown"))

    return post


def make_poster(settings: Settings, store: Store) -> schedule.Poster:
    """Entry point ``newsroom_brief.posters``/``roundup``: what ``brief roundup --post`` posts with."""
    require_slack(settings, "post")
    return poster_for(web_client(settings), store)


# -- the scheduler of this process ------------------------------------------------------------------

_scheduler: Any = None
_scheduler_lock = threading.Lock()


def start_roundup_scheduler(runtime: Runtime):
    """Start this process's roundup scheduler (``brief serve``); None when Redis is not there."""
    global _scheduler
    with _scheduler_lock:
        if _scheduler is not None:
            return _scheduler
        try:
            _scheduler = schedule.start_scheduler(runtime.store, poster_for(runtime.client, runtime.store))
        except BriefError as error:
            log.warning("Roundups will not be posted on schedule: %s", error)
            return None
        return _scheduler


def stop_roundup_scheduler() -> None:
    global _scheduler
    with _scheduler_lock:
        if _scheduler is not None and _scheduler.running:
            _scheduler.shutdown(wait=False)
        _scheduler = None


def current_scheduler():
    """The running scheduler of this process, or None (schedules are then only saved in Redis)."""
    return _scheduler


# -- jobs queued before they moved to ``handlers.roundup_jobs`` --------------------------------------
# RQ stores a job's function as a dotted path. Jobs enqueued by the previous release name
# ``handlers.roundups.actors_job`` and ``handlers.roundups.share_roundup_job``; they resolve here, lazily
# (``handlers.roundup_jobs`` imports this module). Remove in the release after next.

_MOVED_JOBS = {"actors_job": "handlers.roundup_jobs", "share_roundup_job": "handlers.roundup_jobs"}


def __getattr__(name: str) -> Any:
    if name in _MOVED_JOBS:
        return getattr(importlib.import_module(_MOVED_JOBS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
