"""The "Share in channel" button: post the digest to the channel once, however often it is pressed."""

from __future__ import annotations

import json
from logging import Logger
from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from handlers import jobs


def parse_value(value: str | None) -> tuple[str | None, str | None]:
    """The button's value (``bot.digest.share_value``) → (share id, url)."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return None, None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None, None
    url = data.get("url")
    return data["id"], url if isinstance(url, str) else None


def handle_share(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    logger: Logger,
) -> None:
    ack()
    runtime: jobs.Runtime = context["runtime"]
    share_id, url = parse_value(action.get("value"))
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    user = (body.get("user") or {}).get("id")
    if not share_id or not channel:
        respond(
            text="I can't tell what to share: run /brief again.",
            response_type="ephemeral",
            replace_original=False,
        )
        return
    payload = {
        "team": (body.get("team") or {}).get("id"),
        "channel": channel,
        "user": user,
        "share_id": share_id,
        "url": url,
        "response_url": body.get("response_url"),
        "token": jobs.new_token(),
    }
    store = runtime.store
    if not store.claim([store.key_shared(share_id)], payload["token"], runtime.settings.claim_ttl):
        logger.info("Share %s pressed again; already shared or being shared", share_id)
        return
    ticket = runtime.submit(jobs.share_digest, payload)
    if not ticket.accepted:
        store.release_claim([store.key_shared(share_id)], payload["token"])
    notice = jobs.busy_message(ticket)
    if notice:
        respond(text=notice, response_type="ephemeral", replace_original=False)
