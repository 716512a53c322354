"""``@Newsroom Brief <link or text>``: a digest in the thread, also inside threads."""

from __future__ import annotations

import re
from logging import Logger
from typing import Any

from slack_bolt import BoltContext, BoltRequest
from slack_sdk import WebClient

from handlers.events.enqueue import enqueue_brief, malformed, scrub

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def mention_text(text: str, bot_user_id: str | None) -> str:
    """The message without the bot's @mention (other mentions stay)."""
    if bot_user_id:
        return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text).strip()
    return _MENTION.sub(" ", text, count=1).strip()


def handle_app_mention(
    event: dict[str, Any],
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    logger: Logger,
    request: BoltRequest,
) -> None:
    if event.get("bot_id") or event.get("subtype") or not event.get("user"):
        logger.debug("Mention %s ignored: from a bot or not a plain message", event.get("ts"))
        return
    problem = malformed(event)
    if problem is not None:
        logger.info("Mention event %s ignored: %s", str(body.get("event_id"))[:40], problem)
        return
    payload = {
        "kind": "mention",
        "team": body.get("team_id") or context.team_id,
        "channel": event["channel"],
        "ts": event["ts"],
        "thread_ts": event.get("thread_ts") or event["ts"],
        "user": event.get("user"),
        "text": mention_text(scrub(event["text"]), context.bot_user_id),
        "event_id": body.get("event_id"),
    }
    enqueue_brief(
        context["runtime"], client, payload, logger, request.headers.get("x-slack-retry-num", [None])[0]
    )
