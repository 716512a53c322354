"""The "Share in channel" buttons (a ``/brief`` digest, a ``/brief actors`` roundup): post once, however
often pressed."""

from __future__ import annotations

import json
from logging import Logger
from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from handlers import jobs
from handlers.roundups import share_roundup_job


def parse_value(value: str | None) -> tuple[str | None, str | None]:
    """The button's value (``bot.render.digest.share_value``) → (share id, url)."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return None, None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None, None
    url = data.get("url")
    return data["id"], url if isinstance(url, str) else None


def channel_of(body: dict[str, Any]) -> str | None:
    """The channel a button was pressed in."""
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def submit_share(
    runtime: jobs.Runtime, job: jobs.Job, payload: dict[str, Any], respond: Respond, logger: Logger
) -> None:
    """Claim the share (pressed twice, posted once), hand ``job`` to the pool or queue, say if it waits."""
    store, key = runtime.store, [runtime.store.key_shared(payload["share_id"])]
    if not store.claim(key, payload["token"], runtime.settings.claim_ttl):
        logger.info("Share %s pressed again; already shared or being shared", payload["share_id"])
        return
    ticket = runtime.submit(job, payload)
    if not ticket.accepted:
        store.release_claim(key, payload["token"])
    notice = jobs.busy_message(ticket)
    if notice:
        respond(text=notice, response_type="ephemeral", replace_original=False)


def cannot_tell(respond: Respond, command: str) -> None:
    respond(
        text=f"I can't tell what to share: run {command} again.",
        response_type="ephemeral",
        replace_original=False,
    )


def handle_share(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    logger: Logger,
) -> None:
    ack()
    share_id, url = parse_value(action.get("value"))
    channel = channel_of(body)
    if not share_id or not channel:
        cannot_tell(respond, "/brief")
        return
    payload = {
        "team": (body.get("team") or {}).get("id"),
        "channel": channel,
        "user": (body.get("user") or {}).get("id"),
        "share_id": share_id,
        "url": url,
        "response_url": body.get("response_url"),
        "token": jobs.new_token(),
    }
    submit_share(context["runtime"], jobs.share_digest, payload, respond, logger)


def handle_share_roundup(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    logger: Logger,
) -> None:
    """The roundup's "Share in channel" button (``/brief actors``): post it once, however often pressed."""
    ack()
    try:
        value = json.loads(action.get("value") or "")
        share_id, window = str(value["id"]), str(value.get("window") or "day")
    except (ValueError, KeyError, TypeError):
        share_id, window = None, "day"
    channel = channel_of(body)
    if not share_id or not channel:
        cannot_tell(respond, "/brief actors")
        return
    payload = {
        "team": (body.get("team") or {}).get("id"),
        "channel": channel,
        "window": window,
        "share_id": f"roundup:{share_id}",
        "token": jobs.new_token(),
    }
    submit_share(context["runtime"], share_roundup_job, payload, respond, logger)
