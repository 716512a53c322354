"""Claim a message event and hand it to the pool: the part the message and mention listeners share."""

from __future__ import annotations

from logging import Logger
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers import jobs
from handlers.runtime import Runtime


def malformed(event: dict[str, Any]) -> str | None:
    """Why an event cannot be answered (no channel, ts or text as strings), or None when it can."""
    for key in ("channel", "ts"):
        if not isinstance(event.get(key), str) or not event[key]:
            return f"no {key}"
    if event.get("thread_ts") is not None and not isinstance(event["thread_ts"], str):
        return "a thread_ts that is not a string"
    if not isinstance(event.get("text"), str):
        return "no text"
    return None


def scrub(text: str) -> str:
    """The event's text with lone surrogates (``\ud800``, which no encoder takes) made U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def enqueue_brief(
    runtime: Runtime, client: WebClient, payload: dict[str, Any], logger: Logger, retry_num: str | None
) -> bool:
    """Claim the event (id and channel + ts) and submit ``jobs.brief_message``; False if not taken.

    A duplicate (a Slack retry, the message event of an @mention, another replica's delivery) fails the
    claim and is dropped here. A full pool gives the claim back and says so in the thread.
    """
    store, settings = runtime.store, runtime.settings
    payload["token"] = jobs.new_token()
    keys = jobs.event_keys(store, payload)
    if not store.claim(keys, payload["token"], settings.claim_ttl):
        logger.info(
            "Duplicate delivery of %s (%s/%s, retry %s); skipped",
            payload.get("event_id"),
            payload["channel"],
            payload["ts"],
            retry_num or "0",
        )
        return False
    ticket = runtime.submit(jobs.brief_message, payload)
    notice = jobs.busy_message(ticket)
    if notice is None:
        return True
    try:
        if ticket.accepted:
            # A short wait goes unremarked (the :eyes: reaction comes when work starts); a long one is told.
            if payload.get("user") and ticket.position > settings.queue_notice_after:
                client.chat_postEphemeral(channel=payload["channel"], user=payload["user"], text=notice)
        else:
            store.release_claim(keys, payload["token"])
            client.reactions_add(
                channel=payload["channel"], timestamp=payload["ts"], name=jobs.REACTION_FAILED
            )
            client.chat_postMessage(
                channel=payload["channel"],
                thread_ts=payload.get("thread_ts") or payload["ts"],
                text=f":warning: {notice}",
            )
    except SlackApiError as error:
        logger.warning(
            "Could not tell %s about the queue: %s", payload.get("user"), error.response.get("error")
        )
    return ticket.accepted
