"""The "Share in channel" buttons (a ``/brief`` digest, a ``/brief actors`` roundup): post once, however
often pressed, and only for the person the digest was made for, in the channel it was made in.

Button values are signed (``handlers.guard``); a press with a forged value, by someone else, in another
channel or with a ``response_url`` that is not Slack's is refused with one log line and posts nothing.
"""

from __future__ import annotations

from logging import Logger
from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from handlers import jobs
from handlers.guard import ButtonRefused, read_button, response_url_allowed
from handlers.roundup_jobs import share_roundup_job
from handlers.runtime import Job, Runtime


def channel_of(body: dict[str, Any]) -> str | None:
    """The channel a button was pressed in."""
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def submit_share(
    runtime: Runtime, job: Job, payload: dict[str, Any], respond: Respond, logger: Logger
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


def checked_press(
    runtime: Runtime, body: dict[str, Any], action: dict[str, Any], logger: Logger
) -> dict[str, Any] | None:
    """The button's signed fields when this press may share, else None (one log line saying why)."""
    user = (body.get("user") or {}).get("id")
    channel = channel_of(body)
    response_url = body.get("response_url")
    if response_url is not None and not response_url_allowed(response_url, runtime.settings):
        logger.warning("Share press by %s refused: response_url is not a Slack host", user)
        return None
    try:
        fields = read_button(runtime.settings, action.get("value"), user=user, channel=channel)
    except ButtonRefused as refusal:
        logger.warning("Share press by %s in %s refused: %s", user, channel, refusal)
        return None
    if not isinstance(fields.get("id"), str) or not fields["id"]:
        logger.warning("Share press by %s in %s refused: no share id", user, channel)
        return None
    return fields


def refuse(body: dict[str, Any], respond: Respond, runtime: Runtime) -> None:
    """Tell the presser, when their response URL is Slack's, that this button is not theirs to press."""
    if response_url_allowed(body.get("response_url"), runtime.settings):
        respond(
            text="I can't share this: the button was made for someone else or another channel.",
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
    runtime = context["runtime"]
    fields = checked_press(runtime, body, action, logger)
    if fields is None:
        refuse(body, respond, runtime)
        return
    url = fields.get("url")
    payload = {
        "team": (body.get("team") or {}).get("id"),
        "channel": fields["c"],
        "user": fields["u"],
        "share_id": fields["id"],
        "url": url if isinstance(url, str) else None,
        "response_url": body.get("response_url"),
        "token": jobs.new_token(),
    }
    submit_share(runtime, jobs.share_digest, payload, respond, logger)


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
    runtime = context["runtime"]
    fields = checked_press(runtime, body, action, logger)
    if fields is None or fields.get("window") not in {"day", "week"}:
        refuse(body, respond, runtime)
        return
    payload = {
        "team": (body.get("team") or {}).get("id"),
        "channel": fields["c"],
        "window": fields["window"],
        "user": fields["u"],
        "response_url": body.get("response_url"),
        "share_id": f"roundup:{fields['id']}",
        "token": jobs.new_token(),
    }
    submit_share(runtime, share_roundup_job, payload, respond, logger)
