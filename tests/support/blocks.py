"""Block Kit checks and a plain-text view of blocks, for tests and for reading payloads by eye.

``block_problems(blocks, surface)`` parses every block with ``slack_sdk.models.blocks`` and runs its
own validation (text lengths, element counts, required fields), then adds the limits slack_sdk does not
check (blocks per message or view, button text and value lengths, unknown block types, fields the model
dropped). The fake Slack (``tests/support/fake_slack.py``) runs it on every payload it receives and
answers ``invalid_blocks`` like Slack does, so no test can pass with a payload Slack would refuse.

``blocks_as_text(blocks)`` lays blocks out as a person would read them (for docs and reports).
"""

from __future__ import annotations

import re
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

MAX_BLOCKS = {"message": 50, "modal": 100, "home": 100}
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTION_ID = 255


def _dropped(original: Any, parsed: Any, path: str) -> list[str]:
    """Keys of ``original`` that the parsed model lost (a misspelled or misplaced field)."""
    problems = []
    if isinstance(original, dict) and isinstance(parsed, dict):
        for key, value in original.items():
            if key not in parsed:
                problems.append(f"{path}.{key} is not a field of this object")
            else:
                problems += _dropped(value, parsed[key], f"{path}.{key}")
    elif isinstance(original, list) and isinstance(parsed, list):
        for i, (a, b) in enumerate(zip(original, parsed, strict=False)):
            problems += _dropped(a, b, f"{path}[{i}]")
    return problems


def _elements(block: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(block.get("elements") or [])
    if isinstance(block.get("accessory"), dict):
        found.append(block["accessory"])
    return [e for e in found if isinstance(e, dict)]


def block_problems(blocks: Any, surface: str = "message") -> list[str]:
    """Everything Slack would refuse in ``blocks`` (empty when they are fine)."""
    if not isinstance(blocks, list):
        return [f"blocks must be a list, got {type(blocks).__name__}"]
    problems = []
    if len(blocks) > MAX_BLOCKS[surface]:
        problems.append(f"{len(blocks)} blocks; a {surface} takes at most {MAX_BLOCKS[surface]}")
    ids = [b.get("block_id") for b in blocks if isinstance(b, dict) and b.get("block_id")]
    if len(ids) != len(set(ids)):
        problems.append(f"block_ids repeat: {ids}")
    for i, raw in enumerate(blocks):
        where = f"blocks[{i}]"
        if not isinstance(raw, dict):
            problems.append(f"{where} is not an object")
            continue
        try:
            block = Block.parse(raw)
            if block is None or type(block) is Block:
                problems.append(f"{where}: unknown block type {raw.get('type')!r}")
                continue
            block.validate_json()
            problems += _dropped(raw, block.to_dict(), where)
        except (SlackObjectFormationError, TypeError, KeyError, AttributeError) as error:
            problems.append(f"{where} ({raw.get('type')}): {error}")
            continue
        for element in _elements(raw):
            if element.get("type") == "button":
                text = (element.get("text") or {}).get("text") or ""
                if len(text) > MAX_BUTTON_TEXT:
                    problems.append(f"{where}: button text longer than {MAX_BUTTON_TEXT}")
                if len(element.get("value") or "") > MAX_BUTTON_VALUE:
                    problems.append(f"{where}: button value longer than {MAX_BUTTON_VALUE}")
            if len(element.get("action_id") or "") > MAX_ACTION_ID:
                problems.append(f"{where}: action_id longer than {MAX_ACTION_ID}")
    return problems


def assert_valid_blocks(blocks: Any, surface: str = "message") -> None:
    problems = block_problems(blocks, surface)
    assert not problems, "invalid Block Kit:\n" + "\n".join(problems)


# -- blocks as text -------------------------------------------------------------------------------

_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_CHANNEL = re.compile(r"<#([A-Z0-9]+)(?:\|([^>]*))?>")
_USER = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")


def mrkdwn_as_text(text: str) -> str:
    """Slack mrkdwn as plain text: links as ``label [url]``, entities unescaped."""
    text = _LINK.sub(lambda m: f"{m[2]} [{m[1]}]", text)
    text = _CHANNEL.sub(lambda m: f"#{m[2] or m[1]}", text)
    text = _USER.sub(lambda m: f"@{m[1]}", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _text_of(obj: Any) -> str:
    if isinstance(obj, dict):
        return mrkdwn_as_text(obj.get("text") or "")
    return ""


def _element_text(element: dict[str, Any]) -> str:
    """A button as ``[ Label ]``, a menu as ``[ Chosen option ▾ ]`` (or its placeholder)."""
    if element.get("type") == "static_select":
        chosen = element.get("initial_option") or {}
        return f"[ {_text_of(chosen.get('text') or element.get('placeholder'))} ▾ ]"
    return f"[ {_text_of(element.get('text'))} ]"


def blocks_as_text(blocks: list[dict[str, Any]]) -> str:
    """Blocks laid out as lines of text: headers underlined, context in a lighter ``·`` margin,
    buttons as ``[ Label ]``."""
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _text_of(block.get("text"))
            lines += [title, "=" * len(title)]
        elif kind == "section":
            if block.get("text"):
                lines += _text_of(block["text"]).split("\n")
            for field in block.get("fields") or []:
                lines.append(_text_of(field))
            accessory = block.get("accessory") or {}
            if accessory.get("type") == "button":
                lines.append(f"    [ {_text_of(accessory.get('text'))} ]")
        elif kind == "context":
            parts = [_text_of(e) for e in block.get("elements") or [] if e.get("type") != "image"]
            lines.append("  · " + " ".join(parts))
        elif kind == "divider":
            lines.append("-" * 40)
        elif kind == "actions":
            lines.append("  ".join(_element_text(e) for e in block.get("elements") or []))
        elif kind == "image":
            lines.append(f"(image: {block.get('alt_text')})")
    return "\n".join(lines)
