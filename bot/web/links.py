"""Finding the links in a Slack message, and the canonical form of a URL used as its cache key.

Slack sends links as ``<https://…>`` or ``<https://…|label>`` (with ``&amp;`` for ``&``); text from
elsewhere has bare URLs. ``find_links`` returns them in order, without duplicates (by canonical URL),
at most ``BRIEF_MAX_LINKS`` of them, and leaves out:

* links to Slack itself (``slack.com`` and its file/CDN hosts);
* images, video and audio (by file extension or a known video/GIF host): nothing to brief, no reply;
* hosts the workspace ignores (``BRIEF_IGNORE_DOMAINS``; ``example.com`` also ignores
  ``www.example.com`` and every other subdomain).

Documents we cannot read (PDF, Word, spreadsheets, archives) are kept with an ``error`` saying so
("can't read this kind of link: PDF"), so the bot can reply instead of staying silent.

``canonical_url``: lower-case scheme and host, no default port, no fragment, no tracking parameters
(``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``mc_eid``…); the rest of the query keeps its order.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlsplit, urlunsplit

from bot.errors import LinkError

__all__ = ["FoundLink", "find_links", "canonical_url", "same_site", "host_of", "is_amp_variant"]

# Slack's own hosts: messages link to files, channels and profiles there; never articles.
SLACK_HOSTS = (
    "slack.com",
    "slack-edge.com",
    "slack-files.com",
    "slack-imgs.com",
    "slack-redir.net",
    "slackb.com",
)
# Hosts that serve only video, GIFs or images.
MEDIA_HOSTS = (
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "tiktok.com",
    "giphy.com",
    "tenor.com",
    "i.imgur.com",
    "twitch.tv",
    "pbs.twimg.com",
    "video.twimg.com",
)
MEDIA_EXTENSIONS = {
    # images
    "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "heic", "heif", "avif", "ico",
    # video
    "mp4", "m4v", "mov", "webm", "avi", "mkv", "wmv", "flv", "m3u8", "mpd",
    # audio
    "mp3", "m4a", "wav", "ogg", "oga", "flac", "aac", "opus",
}  # fmt: skip
DOCUMENT_EXTENSIONS = {
    "pdf": "PDF",
    "doc": "Word document",
    "docx": "Word document",
    "odt": "text document",
    "rtf": "text document",
    "xls": "spreadsheet",
    "xlsx": "spreadsheet",
    "ods": "spreadsheet",
    "csv": "spreadsheet",
    "ppt": "presentation",
    "pptx": "presentation",
    "odp": "presentation",
    "zip": "archive",
    "gz": "archive",
    "rar": "archive",
    "7z": "archive",
    "epub": "e-book",
}

# Query parameters that only track who shared what; they never change the article.
TRACKING_PARAMS = {
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "li_fat_id", "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking",
    "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wickedid", "rb_clickid", "s_cid",
    "cmpid", "ncid", "ocid", "smid", "smtyp", "sr_share", "share_id", "ref_src", "ref_url", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "spm", "__twitter_impression",
}  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "itm_", "stm_")

_SLACK_LINK = re.compile(r"<([^<>\s|]+)(?:\|([^<>]*))?>")
_BARE_URL = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"”’»*_~"


@dataclass
class FoundLink:
    """One link in a message: what was written, its canonical form, and an error if we can't read it."""

    url: str
    canonical: str
    label: str | None = None
    error: LinkError | None = None


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def _host_in(host: str, domains) -> bool:
    host = host.rstrip(".").lower()
    for d in domains:
        d = d.strip().lower().lstrip(".").rstrip(".")
        if d.startswith("*."):
            d = d[2:]
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


def _site_key(host: str) -> str:
    for prefix in ("www.", "amp.", "m.", "mobile."):
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are on the same site, allowing www./amp./m. variants of one host."""
    ha, hb = host_of(a), host_of(b)
    return bool(ha) and _site_key(ha) == _site_key(hb)


def is_amp_variant(url: str) -> bool:
    """Whether a URL names an AMP version of a page (``amp.`` host, ``/amp`` segment, ``?amp``...)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    segments = [seg.lower() for seg in parts.path.split("/") if seg]
    query = {k.lower(): v.lower() for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    return (
        host.startswith("amp.")
        or "amp" in segments
        or any(seg.endswith((".amp", ".amp.html", "-amp", "_amp")) for seg in segments)
        or "amp" in query
        or query.get("outputtype") == "amp"
        or query.get("output") == "amp"
    )


def _is_tracking(name: str) -> bool:
    n = name.lower()
    return n in TRACKING_PARAMS or n.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The form of a URL its cache keys are built from (see the module docstring)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    if ":" in host:
        host = f"[{host}]"
    if (scheme, port) in (("http", 80), ("https", 443)):
        port = None
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    netloc = (userinfo + "@" if userinfo else "") + host + (f":{port}" if port else "")
    path = _normalise_escapes(parts.path or "/")
    # Tracking parameters go; every other parameter stays exactly as written, in its order.
    kept = [
        pair for pair in parts.query.split("&") if pair and not _is_tracking(unquote(pair.split("=", 1)[0]))
    ]
    query = "&".join(_normalise_escapes(pair) for pair in kept)
    return urlunsplit((scheme, netloc, path, query, ""))


_ESCAPE = re.compile(r"%([0-9a-fA-F]{2})")
_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _normalise_escapes(part: str) -> str:
    """One spelling per URL: %7e → ~ (unreserved characters unescaped), other escapes upper-case,
    spaces and non-ASCII escaped; reserved escapes such as %2F stay escaped (they mean something else)."""

    def fix(m: re.Match) -> str:
        char = chr(int(m.group(1), 16))
        return char if char in _UNRESERVED else "%" + m.group(1).upper()

    return quote(_ESCAPE.sub(fix, part), safe="/:@!$&'()*+,;=-._~%?")


def _extension(url: str) -> str:
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    last = unquote(path).rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def _strip_trailing(url: str) -> str:
    """Drop punctuation that ends the sentence, not the URL (keeping balanced parentheses)."""
    while url:
        if url[-1] in _TRAILING:
            url = url[:-1]
        elif url[-1] == ")" and url.count("(") < url.count(")"):
            url = url[:-1]
        elif url[-1] in "]}>" and url.count(url[-1]) > url.count({"]": "[", "}": "{", ">": "<"}[url[-1]]):
            url = url[:-1]
        else:
            break
    return url


def _candidates(text: str) -> list[tuple[str, str | None]]:
    """(url, label) in the order they appear, Slack-wrapped and bare."""
    found: list[tuple[int, str, str | None]] = []

    def take(m: re.Match) -> str:
        target, label = m.group(1), m.group(2)
        if target.lower().startswith(("http://", "https://")):
            found.append((m.start(), html.unescape(target), html.unescape(label) if label else None))
        return " " * (m.end() - m.start())

    rest = _SLACK_LINK.sub(take, text)
    for m in _BARE_URL.finditer(rest):
        url = _strip_trailing(html.unescape(m.group(0)))
        if len(url) > len("https://"):
            found.append((m.start(), url, None))
    found.sort(key=lambda item: item[0])
    return [(url, label) for _, url, label in found]


def find_links(text: str, *, max_links: int = 3, ignore_domains=()) -> list[FoundLink]:
    """The links in a message worth briefing (or replying about), in order, at most ``max_links``."""
    links: list[FoundLink] = []
    seen: set[str] = set()
    for url, label in _candidates(text or ""):
        host = host_of(url)
        if not host:
            continue
        if _host_in(host, SLACK_HOSTS) or _host_in(host, ignore_domains):
            continue
        ext = _extension(url)
        if ext in MEDIA_EXTENSIONS or _host_in(host, MEDIA_HOSTS):
            continue
        canonical = canonical_url(url)
        if canonical in seen:
            continue
        seen.add(canonical)
        error = None
        if ext in DOCUMENT_EXTENSIONS:
            error = LinkError(f"can't read this kind of link: {DOCUMENT_EXTENSIONS[ext]}")
        links.append(FoundLink(url=url, canonical=canonical, label=label or None, error=error))
        if len(links) >= max_links:
            break
    return links
