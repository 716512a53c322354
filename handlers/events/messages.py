"""Channel messages: a pasted article or a message with article links gets a digest in its thread, as
far as the channel's settings (``/brief settings articles|links on|off``) want it."""

from __future__ import annotations

from logging import Logger
from typing import Any

from slack_bolt import BoltContext, BoltRequest
from slack_sdk import WebClient

from bot.storage.channels import DEFAULTS, ChannelSettings, channel_settings
from bot.text.detect import looks_like_article
from bot.web.links import find_links
from handlers.events.enqueue import enqueue_brief, malformed, scrub

CHANNEL_TYPES = {"channel", "group"}
# A user's message with a file attached is still that user's message: its text may hold a link.
ANSWERED_SUBTYPES = {"file_share"}


def ignore_reason(event: dict[str, Any], bot_user_id: str | None) -> str | None:
    """Why a message event gets no reply, or None when it may deserve one."""
    if event.get("subtype") and event["subtype"] not in ANSWERED_SUBTYPES:
        return f"subtype {event['subtype']}"  # edits, deletions, joins, bot posts, topic changes...
    if event.get("bot_id") or event.get("bot_profile"):
        return "a bot's message"
    if not event.get("user") or event.get("user") == bot_user_id:
        return "our own message"
    if event.get("channel_type") and event["channel_type"] not in CHANNEL_TYPES:
        return f"channel type {event['channel_type']}"
    if event.get("thread_ts") and event.get("thread_ts") != event.get("ts"):
        return "a thread reply (only @mentions are answered in threads)"
    return None


def worth_briefing(settings, text: str, wanted: ChannelSettings = DEFAULTS) -> bool:
    """A pasted article (``bot.text.detect``) or at least one link worth reading (``bot.web.links``),
    of a kind the channel briefs on its own (``wanted``: its settings)."""
    if looks_like_article(
        text, min_words=settings.min_words, min_sentences=settings.min_sentences
    ).is_article:
        if wanted.articles:
            return True
    if not wanted.links:
        return False
    return bool(find_links(text, max_links=settings.max_links, ignore_domains=settings.ignore_domains))


def handle_message(
    event: dict[str, Any],
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    logger: Logger,
    request: BoltRequest,
) -> None:
    runtime = context["runtime"]
    reason = ignore_reason(event, context.bot_user_id)
    if reason is None:
        problem = malformed(event)
        if problem is not None:
            logger.info("Message event %s ignored: %s", str(body.get("event_id"))[:40], problem)
            return
    text = scrub(event.get("text") or "")
    if reason is None and context.bot_user_id and f"<@{context.bot_user_id}>" in text:
        reason = "mentions the bot (the app_mention listener answers)"
    if reason is not None:
        logger.debug("Message %s ignored: %s", event.get("ts"), reason)
        return
    wanted = channel_settings(runtime.store, event["channel"])
    if not worth_briefing(runtime.settings, text, wanted):
        logger.debug("Message %s not briefed: nothing this channel briefs on its own", event.get("ts"))
        return
    payload = {
        "kind": "message",
        "team": body.get("team_id") or context.team_id,
        "channel": event["channel"],
        "ts": event["ts"],
        "thread_ts": event["ts"],
        "user": event.get("user"),
        "text": text,
        "event_id": body.get("event_id"),
        "articles": wanted.articles,  # what the channel briefs on its own (/brief settings)
        "links": wanted.links,
    }
    enqueue_brief(runtime, client, payload, logger, request.headers.get("x-slack-retry-num", [None])[0])
