"""Hostile text for Slack output tests, and a checker that finds live markup in what the bot sends.

``HOSTILE`` holds every trick the bot must keep inert: a channel ping, a user and a channel mention, a
disguised link, formatting (``*``, ``_``, ``~``, backticks), bidi overrides and the Slack-escaped
spelling of a ping. ``live_markup(payload, allowed_links=…)`` walks any JSON-like payload (blocks,
``text``, attachments) and lists what in it would render as something else than text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

PING = "<!channel>"
MENTION = "<@U0EVIL1>"
CHANNEL = "<#C0EVIL1>"
DISGUISED = "<https://evil.example/login|log in to Slack again>"
BOLD, ITALIC, STRIKE, CODE = "*WIN*", "_now_", "~gone~", "`rm -rf`"
BIDI = "\u202egnp.exe\u202c \u2066iso\u2069"
ESCAPED_PING = "&lt;!here&gt;"

HOSTILE = f"{PING} {MENTION} {CHANNEL} {DISGUISED} {BOLD} {ITALIC} {STRIKE} {CODE} {BIDI} {ESCAPED_PING}"

FORMATTED = (BOLD, ITALIC, STRIKE, CODE)
BIDI_CHARS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ANGLE = re.compile(r"<([^<>]*)>")


def texts(payload: Any) -> Iterator[str]:
    """Every string Slack would render from a payload (mrkdwn and plain_text alike; values excluded)."""
    if isinstance(payload, str):
        yield payload
    elif isinstance(payload, dict):
        for key, value in payload.items():
            if key in {"value", "action_id", "block_id", "type", "url", "image_url", "response_url"}:
                continue
            yield from texts(value)
    elif isinstance(payload, list | tuple):
        for item in payload:
            yield from texts(item)


def live_markup(payload: Any, *, allowed_links: Iterable[str] = (), allowed_ids: Iterable[str] = ()) -> list:
    """What in ``payload`` is live markup the bot did not mean: ``<…>`` other than an allowed link
    target or id, hostile formatting pairs, bidi controls, and a ping spelt with entities twice over."""
    allowed = set(allowed_links)
    ids = set(allowed_ids)
    found = []
    for text in texts(payload):
        for m in _ANGLE.finditer(text):
            inner = m.group(1)
            target = inner.split("|", 1)[0]
            if inner in ids or target in ids or target in allowed:
                continue
            found.append(("angle", m.group(0)[:80]))
        for token in FORMATTED:
            if token in text:
                found.append(("format", token))
        if BIDI_CHARS.search(text):
            found.append(("bidi", text[:80]))
        if "<!here>" in text or "<!channel>" in text:
            found.append(("ping", text[:80]))
    return found
