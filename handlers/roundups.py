"""Slack side of the roundup: posting it (with the weekly chart), the scheduler of ``brief serve``,
``/brief actors`` jobs and its "Share in channel" button. All the work is in ``bot.roundup.compute`` and
``bot.roundup.schedule``; this module only talks to Slack.
"""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings, require_slack
from bot.errors import BriefError
from bot.render.chart import articles_per_day_png
from bot.roundup import schedule
from bot.roundup.compute import Roundup, compute_roundup, roundup_blocks
from bot.storage.store import Store
from handlers import jobs
from handlers.guard import button_value
from handlers.posting import post_id_for, post_once

log = logging.getLogger(__name__)

SHARE_ROUNDUP_ACTION_ID = "roundup_share"


def post_roundup(
    client: WebClient,
    channel: str,
    roundup: Roundup,
    *,
    store: Store | None = None,
    post_id: str | None = None,
    ttl: int = 8 * 24 * 3600,
) -> str:
    """Post a roundup in a channel; the weekly one gets its chart in the thread. Returns the message ts.

    With a ``store``, the post is made once per ``post_id`` (by default: channel, window and end of the
    window), even if an earlier attempt died right after Slack answered (``handlers.posting``).
    A failed chart upload is logged, not raised: the roundup itself was posted, and raising would let
    the scheduler's lock be given back and the roundup posted twice.
    """
    text, blocks = roundup_blocks(roundup)
    message = dict(text=text, blocks=blocks, unfurl_links=False, unfurl_media=False)
    if store is None:
        ts, fresh = client.chat_postMessage(channel=channel, **message)["ts"], True
    else:
        post_id = post_id or post_id_for("roundup", channel, roundup.window, roundup.end.isoformat())
        ts, fresh = post_once(client, store, post_id, channel=channel, ttl=ttl, **message)
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


def poster_for(client: WebClient, store: Store | None = None) -> schedule.Poster:
    def post(channel: str, roundup: Roundup) -> None:
        post_roundup(client, channel, roundup, store=store)

    return post


def make_poster(settings: Settings, store: Store) -> schedule.Poster:
    """Entry point ``newsroom_brief.posters``/``roundup``: what ``brief roundup --post`` posts with."""
    require_slack(settings, "post")
    return poster_for(jobs.web_client(settings), store)


# -- the scheduler of this process ------------------------------------------------------------------

_scheduler: Any = None
_scheduler_lock = threading.Lock()


def start_roundup_scheduler(runtime: jobs.Runtime):
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


# -- /brief actors and its Share button ------------------------------------------------------------


def with_share_button(roundup: Roundup, value: str | None) -> tuple[str, list[dict]]:
    """The roundup's blocks, with a "Share in channel" button carrying ``value`` (signed: see
    ``handlers.guard``) when there is something to share."""
    text, blocks = roundup_blocks(roundup)
    if not roundup.empty and value:
        button = {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "action_id": SHARE_ROUNDUP_ACTION_ID,
                    "text": {"type": "plain_text", "text": "Share in channel"},
                    "value": value,
                }
            ],
        }
        blocks = blocks[:49] + [button]
    return text, blocks


def actors_job(payload: dict[str, Any], runtime: jobs.Runtime | None = None) -> None:
    """``/brief actors [day|week]``: the roundup now, to the user only, with a Share button."""
    rt = runtime or jobs.default_runtime()
    roundup = compute_roundup(rt.store, payload["channel"], payload["window"], workspace=payload.get("team"))
    value = button_value(
        rt.settings,
        user=payload.get("user"),
        channel=payload["channel"],
        id=uuid.uuid4().hex,
        window=roundup.window,
    )
    text, blocks = with_share_button(roundup, value if payload.get("user") else None)
    jobs._respond(payload["response_url"], {"response_type": "ephemeral", "text": text, "blocks": blocks})


def share_roundup_job(payload: dict[str, Any], runtime: jobs.Runtime | None = None) -> None:
    """The Share button: post the roundup (as of now) in the channel, once however often pressed."""
    rt = runtime or jobs.default_runtime()
    store, settings = rt.store, rt.settings
    keys = [store.key_shared(payload["share_id"])]
    if not store.renew_claim(keys, payload["token"], settings.claim_ttl):
        return
    try:
        roundup = compute_roundup(store, payload["channel"], payload["window"], workspace=payload.get("team"))
        post_roundup(
            rt.client,
            payload["channel"],
            roundup,
            store=store,
            post_id=post_id_for("roundup-share", payload["share_id"]),
            ttl=settings.dedup_ttl,
        )
    except Exception:
        store.release_claim(keys, payload["token"])
        log.exception("Could not share the roundup in %s", payload["channel"])
        raise
    store.mark_done(keys, settings.dedup_ttl)
