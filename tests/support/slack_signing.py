"""Requests signed the way Slack signs them (v0: HMAC-SHA256 over ``v0:{timestamp}:{body}``).

``SignedSender`` posts events, slash commands and interactivity payloads to a running app, with
optional ``X-Slack-Retry-Num`` headers, and returns ``(status, body text, seconds taken)``.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tests.support.fake_slack import TEAM_ID

_ids = itertools.count(1)


def signature(secret: str, timestamp: str, body: bytes | str) -> str:
    raw = body.encode() if isinstance(body, str) else body
    base = b"v0:" + timestamp.encode() + b":" + raw
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(secret: str, body: bytes | str, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature(secret, ts, body)}


def event_envelope(
    event: dict[str, Any], event_id: str | None = None, team_id: str = TEAM_ID
) -> dict[str, Any]:
    """An Events API ``event_callback`` around ``event``."""
    return {
        "token": "unused-verification-token",
        "team_id": team_id,
        "api_app_id": "AFAKE0001",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):010d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": team_id, "user_id": "UBOTFAKE1", "is_bot": True}],
    }


def message_event(
    text: str, *, channel: str = "CNEWS0001", user: str = "UREPORTER1", ts: str | None = None, **extra: Any
):
    ts = ts or f"{int(time.time())}.{next(_ids):06d}"
    return {
        "type": "message",
        "channel": channel,
        "channel_type": "channel",
        "user": user,
        "text": text,
        "ts": ts,
        **extra,
    }


@dataclass
class Response:
    status: int
    text: str
    seconds: float
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.text)


@dataclass
class SignedSender:
    url: str  # http://127.0.0.1:PORT/slack/events
    secret: str

    def post(
        self, body: bytes, content_type: str, headers: dict[str, str] | None = None, timeout: float = 10
    ) -> Response:
        request = urllib.request.Request(self.url, data=body, method="POST")
        request.add_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        start = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                text = response.read().decode("utf-8", "replace")
                status, got = response.status, dict(response.headers)
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace")
            status, got = error.code, dict(error.headers)
        return Response(status, text, time.monotonic() - start, got)

    def signed(
        self, body: bytes, content_type: str, *, retry_num: int | None = None, secret: str | None = None
    ) -> Response:
        headers = signed_headers(secret or self.secret, body)
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        return self.post(body, content_type, headers)

    def event(
        self, envelope: dict[str, Any], *, retry_num: int | None = None, secret: str | None = None
    ) -> Response:
        body = json.dumps(envelope).encode()
        return self.signed(body, "application/json", retry_num=retry_num, secret=secret)

    def command(
        self, text: str, *, response_url: str, channel: str = "CNEWS0001", user: str = "UREPORTER1"
    ) -> Response:
        form = {
            "token": "unused",
            "team_id": TEAM_ID,
            "team_domain": "fake",
            "channel_id": channel,
            "channel_name": "news",
            "user_id": user,
            "user_name": "reporter",
            "command": "/brief",
            "text": text,
            "api_app_id": "AFAKE0001",
            "response_url": response_url,
            "trigger_id": f"trigger.{next(_ids)}",
        }
        return self.signed(urlencode(form).encode(), "application/x-www-form-urlencoded")

    def action(self, payload: dict[str, Any]) -> Response:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.signed(body, "application/x-www-form-urlencoded")
