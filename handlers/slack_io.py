"""The small Slack calls every job makes: a Web API client, reactions, permalinks, response_url replies.

``react`` and ``permalink`` log a failure instead of raising: a reaction or a permalink is not worth a
lost reply.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from bot.config import Settings
from bot.render.digest import Digest

log = logging.getLogger(__name__)


def retry_handlers() -> list:
    """429s wait for Retry-After and try again; dropped connections are retried too."""
    return [RateLimitErrorRetryHandler(max_retry_count=3), ConnectionErrorRetryHandler(max_retry_count=2)]


def web_client(settings: Settings) -> WebClient:
    """A Slack Web API client for ``SLACK_API_URL`` with the bot token and retries on."""
    return WebClient(
        base_url=settings.slack_api_url,
        token=settings.slack_bot_token,
        timeout=15,
        retry_handlers=retry_handlers(),
    )


def react(client: WebClient, channel: str, ts: str, name: str, *, remove: bool = False) -> None:
    """Add (or remove) reaction ``name`` on a message; already there / already gone is fine."""
    try:
        if remove:
            client.reactions_remove(channel=channel, timestamp=ts, name=name)
        else:
            client.reactions_add(channel=channel, timestamp=ts, name=name)
    except SlackApiError as error:
        if error.response.get("error") not in {"already_reacted", "no_reaction"}:
            log.warning(
                "Could not change reaction %s on %s/%s: %s", name, channel, ts, error.response.get("error")
            )


def permalink(client: WebClient, channel: str, ts: str) -> str | None:
    """The message's permalink, or None when Slack would not give it."""
    try:
        return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except SlackApiError as error:
        log.warning("Could not get a permalink for %s/%s: %s", channel, ts, error.response.get("error"))
        return None


def respond(response_url: str, body: dict[str, Any]) -> None:
    """POST ``body`` to a slash command's or button's ``response_url``."""
    client = WebhookClient(response_url, timeout=15, retry_handlers=retry_handlers())
    response = client.send_dict(body)
    if response.status_code >= 400:
        log.warning("response_url answered %s", response.status_code)


def respond_digest(response_url: str, digest: Digest, *, replace: bool = False) -> None:
    """Show a digest (or a notice) to the person who asked, ephemerally, through ``response_url``."""
    respond(
        response_url,
        {
            "response_type": "ephemeral",
            "replace_original": replace,
            "text": digest.text,
            "blocks": digest.blocks,
        },
    )
