"""Turning what the user gave (a file, stdin, pasted bytes) into text we are willing to analyse.

All input checks live here so the CLI and the bot refuse the same things with the same words:
empty input, binary data, invalid UTF-8 and input over ``BRIEF_MAX_INPUT_BYTES``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from bot.errors import BadInput

# Share of control characters (other than tab/newline/CR/FF) above which input is called binary.
_BINARY_CONTROL_SHARE = 0.05


def describe_limit(limit: int) -> str:
    return f"{limit:,} bytes (BRIEF_MAX_INPUT_BYTES)"


def read_limited(stream: BinaryIO, limit: int, label: str) -> bytes:
    """Read at most ``limit`` bytes; refuse (without reading it all) anything larger."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{label} is larger than the limit of {describe_limit(limit)}")
    return data


def text_from_bytes(data: bytes, label: str, limit: int) -> str:
    """Validate and decode raw bytes into text, or raise ``BadInput`` saying what is wrong."""
    if len(data) > limit:
        raise BadInput(f"{label} is larger than the limit of {describe_limit(limit)}")
    if not data.strip():
        raise BadInput(f"{label} is empty: there is no text to brief")
    if b"\x00" in data[:65536]:
        raise BadInput(f"{label} looks like binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(
            f"{label} is not valid UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    return check_text(text, label, limit)


def check_text(text: str, label: str, limit: int) -> str:
    """Refuse empty, binary-looking or oversized text; return it unchanged otherwise."""
    if len(text.encode("utf-8", "surrogatepass")) > limit:
        raise BadInput(f"{label} is larger than the limit of {describe_limit(limit)}")
    if not text.strip():
        raise BadInput(f"{label} is empty: there is no text to brief")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if "\x00" in sample or controls > _BINARY_CONTROL_SHARE * len(sample):
        raise BadInput(f"{label} looks like binary data, not text")
    if not any(ch.isalpha() for ch in sample):
        raise BadInput(f"{label} has no words to brief")
    return text


def read_source(source: str, limit: int) -> str:
    """Text of a file path, or of stdin for ``-``."""
    if source == "-":
        return text_from_bytes(
            read_limited(sys.stdin.buffer, limit, "standard input"), "standard input", limit
        )
    path = Path(source)
    label = str(path)
    if path.is_dir():
        raise BadInput(f"{label} is a folder, not a file")
    try:
        with path.open("rb") as handle:
            data = read_limited(handle, limit, label)
    except FileNotFoundError:
        raise BadInput(f"{label}: no such file") from None
    except PermissionError:
        raise BadInput(f"{label}: permission denied") from None
    except OSError as error:
        raise BadInput(f"{label}: cannot be read ({error.strerror or error})") from None
    return text_from_bytes(data, label, limit)
