"""A brief laid out as a Slack message: Block Kit blocks plus a plain-text fallback. Pure data.

The layout, top to bottom: the title (linked to the article when there is a link), a context line with
site, date and length; people, organisations, places and groups, each with mention counts; up to
``BRIEF_MAX_QUOTES`` quotes with their speakers; an optional "seen before" context line (actors this
channel met in the last days, from the roundup history); an optional "Share in channel" button.

Slack's limits are kept by construction, never discovered as an API error: at most 50 blocks, at most
3,000 characters in a section's text, a fallback ``text`` for notifications and screen readers. Long
lists are cut with "and 12 more". Every outside piece (title, URL, names, quotes, site) goes through
``bot.render.escape``, cut to its own budget *before* it is marked up, so no section is ever cut in the
middle of its markup. Nothing here imports Slack: the Slack layer sends what this returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.brief import Actor, Brief, Quote
from bot.render.escape import escape, join_within, link
from bot.render.sources import source_line

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_FALLBACK_CHARS = 3000
MAX_QUOTE_CHARS = 600
MAX_NAMES = 15  # names shown per list before "and N more"
MAX_TITLE_CHARS = 300
MAX_NAME_CHARS = 150  # one actor, speaker, site, date or author
SHARE_ACTION_ID = "brief_share"

KIND_HEADINGS = (
    ("person", "People"),
    ("organization", "Organisations"),
    ("place", "Places"),
    ("group", "Groups"),
)

Block = dict[str, Any]


@dataclass
class Digest:
    """What to send: ``blocks`` for Block Kit, ``text`` as the plain-text fallback."""

    blocks: list[Block] = field(default_factory=list)
    text: str = ""


def _section(text: str) -> Block:
    """A mrkdwn section; ``text`` is already escaped and within budget (never cut here: that could
    break its markup)."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def cut_list(items: list[str], *, max_items: int = MAX_NAMES, max_chars: int = 2800) -> str:
    """``"A, B, C and 12 more"``: at most ``max_items`` items and ``max_chars`` characters."""
    shown: list[str] = []
    length = 0
    for item in items[:max_items]:
        extra = len(item) + (2 if shown else 0)
        if length + extra > max_chars - 20:  # room for " and NNNN more"
            break
        shown.append(item)
        length += extra
    rest = len(items) - len(shown)
    text = ", ".join(shown)
    if rest:
        text = f"{text} and {rest} more" if shown else f"{rest} names"
    return text


def _actor_label(actor: Actor) -> str:
    return f"{escape(actor.name, MAX_NAME_CHARS)} ({actor.mentions})"


def _title(brief: Brief) -> str:
    if brief.title:
        return brief.title.strip()
    words = brief.text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "") if words else "Untitled article"


def _meta_line(brief: Brief) -> str:
    parts = [
        escape(p, MAX_NAME_CHARS)
        for p in (brief.site, brief.date, brief.author and f"by {brief.author}")
        if p
    ]
    parts.append(f"{brief.words:,} words")
    return " · ".join(parts)


def _quote_line(quote) -> str:
    speaker = escape(quote.speaker, MAX_NAME_CHARS) if quote.speaker else "_unattributed_"
    body = escape(quote.quote, MAX_QUOTE_CHARS)
    return f"> “{body}”\n— *{speaker}*"


def digest_quotes(quotes: list[Quote], limit: int) -> list[Quote]:
    """The quotes worth a reader's glance, in article order: whole attributed statements before
    fragments ("strong support"), substantive before short, and a speaker's first quote before their
    second. The rest are counted as "and N more"."""

    def worth(item: tuple[int, Quote]) -> tuple:
        index, quote = item
        words = len(quote.quote.split())
        repeat = sum(1 for other in quotes[:index] if other.speaker and other.speaker == quote.speaker)
        return (quote.speaker is None, quote.partial and words < 8, words < 5, repeat, index)

    chosen = sorted(enumerate(quotes), key=worth)[:limit]
    return [quote for _, quote in sorted(chosen, key=lambda item: item[0])]


def render_digest(
    brief: Brief,
    *,
    max_quotes: int = 5,
    seen_before: list[str] | None = None,
    share: str | None = None,
    max_names: int = MAX_NAMES,
    source_mix: bool = True,
) -> Digest:
    """Blocks and fallback text for one brief.

    ``source_mix``: the "Quoted: 3 men · 1 woman (estimated)" line (``BRIEF_SOURCE_MIX``, per channel).

    ``seen_before``: actor names this channel has met recently (a context line); ``share``: the value of
    a "Share in channel" button (signed by the Slack layer), for digests shown only to the person who asked.
    """
    title = _title(brief)
    heading = link(brief.url, title, limit=MAX_TITLE_CHARS) if brief.url else escape(title, MAX_TITLE_CHARS)
    blocks: list[Block] = [_section(f"*{heading}*"), _context(_meta_line(brief))]
    fallback = [f"Brief: {escape(title, MAX_TITLE_CHARS)}"]

    lines = []
    for kind, label in KIND_HEADINGS:
        actors = brief.actors_of_kind(kind)
        if actors:
            names = cut_list([_actor_label(a) for a in actors], max_items=max_names, max_chars=700)
            lines.append(f"*{label}:* {names}")
            short = [escape(a.name, MAX_NAME_CHARS) for a in actors]
            fallback.append(f"{label}: {cut_list(short, max_items=5, max_chars=300)}")
    blocks.append(_section("\n".join(lines) if lines else "_No people, organisations or places found._"))
    mix = source_line(brief) if source_mix else None
    if mix:  # counts and fixed words only: nothing from outside to escape
        blocks.append(_context(mix))
        fallback.append(mix)

    quotes = digest_quotes(brief.quotes, max_quotes)
    if quotes:
        blocks.append({"type": "divider"})
        more = len(brief.quotes) - len(quotes)
        heading_text = f"*Quotes* ({len(brief.quotes)})" if more else "*Quotes*"
        blocks.append(_section(heading_text))
        for quote in quotes:
            blocks.append(_section(_quote_line(quote)))
        if more:
            blocks.append(_context(f"and {more} more"))
        fallback.append(f"{len(brief.quotes)} quotes")
    else:
        blocks.append(_context("No direct quotes found."))

    if seen_before:
        names = cut_list(
            [escape(n, MAX_NAME_CHARS) for n in seen_before], max_items=max_names, max_chars=2000
        )
        blocks.append(_context(f":repeat: Seen in this channel in the last 7 days: {names}"))

    if share:
        blocks.append(
            {
                "type": "actions",
                "block_id": "brief_share",
                "elements": [
                    {
                        "type": "button",
                        "action_id": SHARE_ACTION_ID,
                        "text": {"type": "plain_text", "text": "Share in channel"},
                        "style": "primary",
                        "value": share,
                    }
                ],
            }
        )

    if len(blocks) > MAX_BLOCKS:  # only reachable with an absurd BRIEF_MAX_QUOTES; keep the ends
        blocks = blocks[: MAX_BLOCKS - 2] + blocks[-2:]
    return Digest(blocks=blocks, text=join_within(fallback, MAX_FALLBACK_CHARS))


def message_digest(text: str, *, mrkdwn: bool = False) -> Digest:
    """A one-line message (a warning, a notice) as a digest-shaped value.

    ``mrkdwn=True`` keeps Slack markup (``<#C123>``, ``<@U123>``) the caller built from trusted ids;
    otherwise the whole text goes through ``escape`` (one line, cut to a section's size).
    """
    body = text if mrkdwn else escape(text, MAX_SECTION_CHARS)
    return Digest(blocks=[_section(body)], text=body)
