"""The roundup jobs: ``/brief actors`` (the roundup now, to the user only, with a Share button), its
Share button (post it in the channel once), and a scheduled roundup post (queue mode)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from bot.render.digest import message_digest
from bot.render.roundup import roundup_blocks
from bot.roundup import schedule
from bot.roundup.compute import Roundup, compute_roundup
from handlers.guard import button_value
from handlers.posting import post_id_for
from handlers.roundups import post_roundup, poster_for
from handlers.runtime import Runtime, default_runtime
from handlers.slack_io import respond, respond_digest

log = logging.getLogger(__name__)

SHARE_ROUNDUP_ACTION_ID = "roundup_share"


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


def actors_job(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """``/brief actors [day|week]``: the roundup now, to the user only, with a Share button."""
    rt = runtime or default_runtime()
    roundup = compute_roundup(rt.store, payload["channel"], payload["window"], workspace=payload.get("team"))
    value = button_value(
        rt.settings,
        user=payload.get("user"),
        channel=payload["channel"],
        id=uuid.uuid4().hex,
        window=roundup.window,
    )
    text, blocks = with_share_button(roundup, value if payload.get("user") else None)
    respond(payload["response_url"], {"response_type": "ephemeral", "text": text, "blocks": blocks})


def share_roundup_job(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """The Share button: post the roundup (as of now) in the channel, once however often pressed."""
    rt = runtime or default_runtime()
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
            verify_since=payload.get("resumed"),
        )
    except Exception:
        store.release_claim(keys, payload["token"])
        log.exception("Could not share the roundup in %s", payload["channel"])
        raise
    store.mark_done(keys, settings.dedup_ttl)
    if payload.get("response_url"):  # the presser's private copy becomes "Shared in #… by @…"
        respond_digest(
            payload["response_url"],
            message_digest(f"Shared in <#{payload['channel']}> by <@{payload['user']}>.", mrkdwn=True),
            replace=True,
        )


def scheduled_roundup(payload: dict[str, Any], runtime: Runtime | None = None) -> str:
    """Post a channel's scheduled roundup once (the roundup lock guards it, whoever enqueued it).
    Enqueued by ``brief scheduler`` in queue mode."""
    rt = runtime or default_runtime()
    channel = payload["channel"]
    sched = schedule.load_schedule(rt.store, channel)
    if sched is None:
        log.info("Roundup for %s: schedule was turned off; skipped", channel)
        return "off"
    return schedule.post_roundup_once(rt.store, channel, sched, poster_for(rt.client, rt.store))
