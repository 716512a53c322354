"""The one way outside text reaches Slack: escaped once, formatting neutralised, cut before markup.

Everything the bot did not write itself (article titles, names, quotes, sites, URLs, a remote server's
reason phrase, a user's own words echoed back, alias targets) goes through ``escape`` (or ``link`` for
a URL) before it is put into a Slack message, whether in blocks, the fallback ``text``, a warning, an
ephemeral hint or a roundup. What that guarantees:

- ``&``, ``<`` and ``>`` are escaped exactly once, and nothing is ever unescaped here, so a pasted
  ``&lt;!channel&gt;`` stays visible text and never becomes a live ``<!channel>``;
- Slack's formatting characters ``*``, ``_``, ``~`` and the backtick are replaced by look-alikes
  (``∗``, ``ˍ``, ``∼``, ``ˋ``): a quote keeps its words and reads the same, but cannot turn bold,
  italic, struck or code;
- bidi and other invisible control characters (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C, C0/C1
  controls) are removed, lone surrogates become U+FFFD, line breaks become spaces (so outside text can
  never start a ``>`` quote line);
- with ``limit``, the text is cut **before** it is marked up, on a whole character, so an entity or a
  link is never cut in half; the result, escaped, is at most ``limit`` characters.

Nothing here imports Slack: this is text in, text out.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"

# Slack's mrkdwn formatting characters and their look-alikes.
_LOOKALIKES = {"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"}
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}

# Bidi embeddings/overrides/isolates and marks, plus C0/C1 controls (tab and newline become spaces).
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_URL_SAFE = re.compile(r"^https?://[^\s<>|\"`]+$", re.IGNORECASE)

_TABLE = str.maketrans({**_LOOKALIKES, **_ENTITIES})


def plain(text: object) -> str:
    """Outside text as one clean line: no lone surrogates, no control or bidi characters, single spaces.

    Not escaped: for the length of a piece, or for places Slack never parses (a terminal)."""
    text = "" if text is None else str(text)
    text = _SURROGATE.sub("\ufffd", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def escape(text: object, limit: int | None = None) -> str:
    """Outside text made inert for Slack mrkdwn (see the module docstring); at most ``limit`` characters
    once escaped, cut with "…" on a whole character when longer."""
    whole = plain(text).translate(_TABLE)
    if limit is None or len(whole) <= limit:
        return whole
    if limit <= 0:
        return ""
    out: list[str] = []
    length = 0
    for char in plain(text):
        piece = char.translate(_TABLE)
        if length + len(piece) > limit - 1:
            break
        out.append(piece)
        length += len(piece)
    return "".join(out).rstrip() + ELLIPSIS


def safe_url(url: object, limit: int = 2000) -> str | None:
    """``url`` as a Slack link target, or None when it cannot be one: not http(s), longer than ``limit``,
    or carrying characters a Slack link cannot hold (``|``, ``<``, ``>``, spaces, controls)."""
    url = plain(url)
    if not url or len(url) > limit or not _URL_SAFE.match(url):
        return None
    return url.replace("&", "&amp;")


def link(url: object, label: object, *, limit: int = 300, url_limit: int = 2000) -> str:
    """``<url|label>`` with the label escaped and cut to ``limit``; only the escaped label when the URL
    cannot be a safe link (too long, not http(s), odd characters), never a cut URL."""
    target = safe_url(url, url_limit)
    text = escape(label, limit).replace("|", "\u00a6")
    if target is None:
        return text
    return f"<{target}|{text}>"


def join_within(parts: list[str], limit: int, sep: str = " · ") -> str:
    """Already escaped ``parts`` joined with ``sep``, whole parts only, at most ``limit`` characters: a
    cut never falls inside a part's markup. A part that does not fit is dropped with those after it."""
    out = ""
    for part in parts:
        candidate = f"{out}{sep}{part}" if out else part
        if len(candidate) > limit:
            break
        out = candidate
    return out
