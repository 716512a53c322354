"""The HTTP request layer in front of Bolt: every request that is not a well-formed, signed Slack
request is answered here with a 4xx and one short log line, never a 500 or a traceback.

In order: only ``POST /slack/events`` reaches Bolt (``/healthz`` is answered by ``handlers.serve``); a
body must declare its length, no larger than ``BRIEF_HTTP_MAX_BODY`` (413 otherwise, unread); the
signature must check out (``X-Slack-Request-Timestamp`` a number within five minutes, ``X-Slack-Signature``
the HMAC of the body with ``SLACK_SIGNING_SECRET``: 401 otherwise, logged as one line that never echoes
the body); a signed body must be the shape Slack sends (a JSON object with a ``type``, an event with its
own ``type``; a form with a ``command`` or a JSON ``payload`` object): 400 otherwise.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

log = logging.getLogger(__name__)

MAX_SKEW = 300  # seconds a signed request stays valid (Slack's own rule)
MAX_DEPTH = 32  # nesting of a JSON body; Slack's are a few levels deep
# Fields Slack always sends as strings (when it sends them): anything else would trip Bolt or a listener.
EVENT_STRINGS = (
    "channel",
    "ts",
    "text",
    "user",
    "thread_ts",
    "event_ts",
    "subtype",
    "bot_id",
    "channel_type",
    "tab",
)
ENVELOPE_STRINGS = ("team_id", "api_app_id", "event_id", "enterprise_id")

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


class Refused(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


_STATUS = {
    400: "400 Bad Request",
    401: "401 Unauthorized",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    411: "411 Length Required",
    413: "413 Content Too Large",
}


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of parsed JSON, iteratively (a deep body must not blow the stack here either)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def _json_object(text: str | bytes, what: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise Refused(400, f"{what} is not valid JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, f"{what} is not a JSON object")
    if _depth(data) > MAX_DEPTH:
        raise Refused(400, f"{what} is nested too deeply")
    return data


def _good_actions(payload: dict[str, Any]) -> bool:
    """A ``block_actions`` payload as Slack sends it: a user, and actions with a string ``action_id``,
    a string ``value`` if any and a ``selected_option`` object with a string value if any."""
    actions, user = payload.get("actions"), payload.get("user")
    if not isinstance(user, dict) or not isinstance(actions, list) or not actions:
        return False
    for action in actions:
        if not isinstance(action, dict) or not isinstance(action.get("action_id"), str):
            return False
        if "value" in action and not isinstance(action["value"], str):
            return False
        option = action.get("selected_option")
        if option is not None and not (isinstance(option, dict) and isinstance(option.get("value"), str)):
            return False
    return True


def check_signature(secret: str, headers: dict[str, str], body: bytes, now: float | None = None) -> None:
    """Raise ``Refused(401)`` unless the body is signed with ``secret`` within ``MAX_SKEW`` seconds."""
    stamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12:
        raise Refused(401, "missing or malformed timestamp")
    if abs((now if now is not None else time.time()) - int(stamp)) > MAX_SKEW:
        raise Refused(401, "stale timestamp")
    if not signature.isascii():
        raise Refused(401, "invalid signature")
    basis = b"v0:" + stamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), basis, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise Refused(401, "invalid signature")


def check_shape(content_type: str, body: bytes) -> None:
    """Raise ``Refused(400)`` unless ``body`` looks like something Slack sends to the events URL."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json":
        data = _json_object(body, "the body")
        if not isinstance(data.get("type"), str):
            raise Refused(400, "the body has no type")
        if data["type"] == "event_callback":
            event = data.get("event")
            if not isinstance(event, dict) or not isinstance(event.get("type"), str):
                raise Refused(400, "the event has no type")
            if any(key in event and not isinstance(event[key], str) for key in EVENT_STRINGS):
                raise Refused(400, "an event field that should be text is not")
            if any(key in data and not isinstance(data[key], str) for key in ENVELOPE_STRINGS):
                raise Refused(400, "an envelope field that should be text is not")
        if data["type"] == "url_verification" and not isinstance(data.get("challenge"), str):
            raise Refused(400, "url_verification without a challenge")
        return
    if media == "application/x-www-form-urlencoded":
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
        except (UnicodeDecodeError, ValueError):
            raise Refused(400, "the form is malformed") from None
        if "payload" in form:
            payload = _json_object(form["payload"][0], "the payload")
            if not isinstance(payload.get("type"), str):
                raise Refused(400, "the payload has no type")
            if payload["type"] == "block_actions" and not _good_actions(payload):
                raise Refused(400, "block_actions without well-formed actions or user")
            return
        if "command" in form or "ssl_check" in form:
            return
        raise Refused(400, "the form is neither a command nor a payload")
    raise Refused(400, "unsupported content type")


def guarded(slack: WSGIApp, *, path: str, secret: str, max_body: int) -> WSGIApp:
    """``slack`` (Bolt's WSGI handler) behind the checks above; ``path`` is the events URL's path."""

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        try:
            body = _read_checked(environ, path=path, secret=secret, max_body=max_body)
        except Refused as refusal:
            peer = environ.get("REMOTE_ADDR", "?")
            length = environ.get("CONTENT_LENGTH") or "?"
            log.warning(
                "Refused %s %s from %s (%s bytes): %s",
                str(environ.get("REQUEST_METHOD", "?"))[:10],
                str(environ.get("PATH_INFO", "?"))[:100],
                peer,
                str(length)[:20],
                refusal.reason,
            )
            data = json.dumps({"ok": False, "error": refusal.reason}).encode()
            headers = [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
            start_response(_STATUS[refusal.status], headers)
            return [data]
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        try:
            return slack(environ, start_response)
        except Exception as error:  # a signed body odd enough to trip Bolt itself: malformed all the same
            log.warning("Refused a signed request Bolt could not read: %s", type(error).__name__)
            data = json.dumps({"ok": False, "error": "malformed request"}).encode()
            start_response(
                _STATUS[400],
                [("Content-Type", "application/json"), ("Content-Length", str(len(data)))],
                sys.exc_info(),
            )
            return [data]

    return application


def _read_checked(environ: dict, *, path: str, secret: str, max_body: int) -> bytes:
    if environ.get("PATH_INFO") != path:
        raise Refused(404, "no such path")
    if environ.get("REQUEST_METHOD") != "POST":
        raise Refused(405, "only POST")
    length_text = str(environ.get("CONTENT_LENGTH") or "").strip()
    if not length_text.isdigit():
        raise Refused(411, "no Content-Length")
    length = int(length_text)
    if length > max_body:
        raise Refused(413, f"body larger than {max_body} bytes")
    body = environ["wsgi.input"].read(length) if length else b""
    if len(body) != length:
        raise Refused(400, "body shorter than its Content-Length")
    headers = {
        key[5:].replace("_", "-").lower(): str(value)
        for key, value in environ.items()
        if key.startswith("HTTP_")
    }
    check_signature(secret, headers, body)
    check_shape(str(environ.get("CONTENT_TYPE") or ""), body)
    return body
