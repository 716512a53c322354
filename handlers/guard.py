"""What the bot checks in a Slack request before acting on it: button values and response URLs.

A request's signature proves it came through Slack, not that its contents are ours: a user can craft a
block action with any button value and any ``response_url``. So:

- a "Share in channel" button's value is **signed** (HMAC-SHA256 with the signing secret, or the bot
  token in Socket Mode) over what it shares, who it was made for and the channel it was made in;
  ``read_button`` gives the value back only when the signature holds *and* the presser and channel are
  those it was made for. A forged or replayed button posts nothing.
- ``response_url_allowed``: the bot only ever posts to Slack's own response hosts
  (``hooks.slack.com``, ``hooks.slack-gov.com``) or, for tests and private deployments, the host of
  ``SLACK_API_URL``. Anything else is ignored (it would make the bot send digests to any site).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any
from urllib.parse import urlsplit

from bot.config import Settings

SLACK_RESPONSE_HOSTS = frozenset({"hooks.slack.com", "hooks.slack-gov.com"})
MAX_BUTTON_VALUE = 2000  # Slack's limit for a button's value


def _key(settings: Settings) -> bytes:
    secret = settings.slack_signing_secret or settings.slack_bot_token or ""
    return hashlib.sha256(b"newsroom-brief button:" + secret.encode()).digest()


def _signature(settings: Settings, fields: dict[str, Any]) -> str:
    message = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(_key(settings), message, hashlib.sha256).hexdigest()


def button_value(settings: Settings, *, user: str | None, channel: str | None, **fields: Any) -> str:
    """A signed button value carrying ``fields`` (e.g. ``id``, ``url``, ``window``) for ``user`` in
    ``channel``. A ``url`` that would make it longer than Slack allows is left out."""
    data: dict[str, Any] = {**fields, "u": user, "c": channel}
    text = json.dumps({**data, "sig": _signature(settings, data)}, separators=(",", ":"))
    if len(text) > MAX_BUTTON_VALUE and "url" in data:
        return button_value(settings, user=user, channel=channel, **{**fields, "url": None})
    return text


class ButtonRefused(Exception):
    """A button value that is not ours, or pressed by someone else or in another channel."""


def read_button(settings: Settings, value: str | None, *, user: str | None, channel: str | None) -> dict:
    """The fields of a button value made by ``button_value``; raises ``ButtonRefused`` when the value is
    malformed or forged, or when ``user``/``channel`` are not the ones it was made for."""
    if not isinstance(value, str):
        raise ButtonRefused("not a button of ours")
    try:
        data = json.loads(value)
    except ValueError:
        raise ButtonRefused("not a button of ours") from None
    if not isinstance(data, dict) or not isinstance(data.get("sig"), str):
        raise ButtonRefused("not a button of ours")
    sig = data.pop("sig")
    if not hmac.compare_digest(sig, _signature(settings, data)):
        raise ButtonRefused("the button's signature does not check out")
    if not user or data.get("u") != user:
        raise ButtonRefused("pressed by someone else than the one it was made for")
    if not channel or data.get("c") != channel:
        raise ButtonRefused("pressed in another channel than the one it was made in")
    return data


def response_url_allowed(url: object, settings: Settings) -> bool:
    """Whether ``url`` is a Slack response URL: https on Slack's own hosts, or the ``SLACK_API_URL`` host."""
    if not isinstance(url, str) or not url:
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if "@" in parts.netloc or "\\" in url or any(c.isspace() for c in url):
        return False  # user info or odd characters: clients disagree on which host is meant
    if parts.scheme == "https" and parts.hostname in SLACK_RESPONSE_HOSTS and port in (None, 443):
        return True
    api = urlsplit(settings.slack_api_url or "")
    return bool(api.hostname) and (parts.scheme, parts.hostname, port) == (api.scheme, api.hostname, api.port)
