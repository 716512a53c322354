"""A brief laid out as a Slack message: Block Kit blocks plus a plain-text fallback. Pure data.

The layout, top to bottom, written for a reader who glances:

- the title (linked to the article when there is a link) and a context line: site, date, author, length;
- who is in it, one compact line per kind, each list most mentioned first: people (with labelled
  counts: "Vladimir Putin (6 mentions, 2 quotes)"), then organisations, places and groups, which show
  only their top few names ("and 7 more") so they never crowd the people out;
- up to ``BRIEF_MAX_QUOTES`` quotes with their speakers, and a **Show all N quotes** button when there
  are more (its value names the stored quotes, ``bot.storage.quotes``);
- context lines: "seen before" (actors this channel met in the last days, never counting the article
  itself), any extra lines the caller adds (the source mix), who shared it;
- a "Share in channel" button for digests shown only to the person who asked (never in a DM).

Slack's limits are kept by construction, never discovered as an API error: at most ``MAX_BLOCKS``, at most
``MAX_SECTION_TEXT`` characters in a section's text (``bot.render.limits``), a fallback ``text`` for notifications and screen readers. Every
outside piece (title, URL, names, quotes, site) goes through ``bot.render.escape``, cut to its own budget
*before* it is marked up, so no section is ever cut in the middle of its markup. Nothing here imports
Slack: the Slack layer sends what this returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.brief import KIND_TITLES, Actor, Brief, Quote
from bot.render.escape import escape, join_within, link
from bot.render.limits import MAX_BLOCKS, MAX_SECTION_TEXT
from bot.render.sources import source_line
from bot.storage.history import SEEN_BEFORE_DAYS

MAX_FALLBACK_CHARS = 3000  # our own bound on the notification text (Slack allows far more)
MAX_QUOTE_CHARS = 600
MAX_NAMES = 15  # names shown in a long list (seen before) before "and N more"
MAX_TITLE_CHARS = 300
MAX_NAME_CHARS = 150  # one actor, speaker, site, date or author
MAX_PEOPLE = 8  # people shown before "and N more"
MAX_OTHERS = 5  # organisations, places, groups shown (each) before "and N more"
SHARE_ACTION_ID = "brief_share"
SHOW_QUOTES_ACTION_ID = "brief_show_quotes"
_WORD = re.compile(r"[^\W_]+")  # a quote's words, case and punctuation aside, to show the same words once


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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def by_mentions(actors: list[Actor]) -> list[Actor]:
    """Most mentioned first; ties keep the article's order (the order a reader can see)."""
    return sorted(actors, key=lambda a: -a.mentions)


def person_label(actor: Actor) -> str:
    """``Vladimir Putin (6 mentions, 2 quotes)``: every number says what it counts."""
    counts = _plural(actor.mentions, "mention")
    if actor.quotes:
        counts += f", {_plural(actor.quotes, 'quote')}"
    return f"{escape(actor.name, MAX_NAME_CHARS)} ({counts})"


def actor_lines(brief: Brief, *, max_people: int = MAX_PEOPLE, max_others: int = MAX_OTHERS) -> list[str]:
    """One line per kind that has actors: people first with their counts, the others by name only."""
    lines = []
    for kind, label in KIND_TITLES.items():
        actors = by_mentions(brief.actors_of_kind(kind))
        if not actors:
            continue
        if kind == "person":
            names = cut_list([person_label(a) for a in actors], max_items=max_people, max_chars=1200)
            lines.append(f"*{label}*, most mentioned first: {names}")
        else:
            names = cut_list(
                [escape(a.name, MAX_NAME_CHARS) for a in actors], max_items=max_others, max_chars=500
            )
            lines.append(f"*{label}:* {names}")
    return lines


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


def quote_body(text: str) -> str:
    """A quote as shown: whitespace folded, without the comma (or colon) that led to its attribution
    ("…for decades," she said → “…for decades”)."""
    return " ".join(text.split()).rstrip(",;: ")


def _quote_line(quote) -> str:
    speaker = escape(quote.speaker, MAX_NAME_CHARS) if quote.speaker else "_unattributed_"
    body = escape(quote_body(quote.quote), MAX_QUOTE_CHARS)
    return f"> “{body}”\n— *{speaker}*"


def digest_quotes(quotes: list[Quote], limit: int) -> list[Quote]:
    """The quotes worth a reader's glance, in article order: whole attributed statements before
    fragments ("strong support"), substantive before short, and a speaker's first quote before their
    second; words said again (a headline's quote the body repeats) shown once. The rest are counted as
    "and N more"."""

    def worth(item: tuple[int, Quote]) -> tuple:
        index, quote = item
        words = len(quote.quote.split())
        repeat = sum(1 for other in quotes[:index] if other.speaker and other.speaker == quote.speaker)
        return (quote.speaker is None, quote.partial and words < 8, words < 5, repeat, index)

    seen: set[str] = set()
    once = []
    for index, quote in enumerate(quotes):
        key = " ".join(_WORD.findall(quote.quote.casefold()))
        if key not in seen:
            seen.add(key)
            once.append((index, quote))
    chosen = sorted(once, key=worth)[:limit]
    return [quote for _, quote in sorted(chosen, key=lambda item: item[0])]


def _button(action_id: str, label: str, value: str, *, primary: bool = False) -> Block:
    button: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label},
        "value": value,
    }
    if primary:
        button["style"] = "primary"
    return button


def render_digest(
    brief: Brief,
    *,
    max_quotes: int = 5,
    seen_before: list[str] | None = None,
    share: str | None = None,
    quotes_ref: str | None = None,
    shared_by: str | None = None,
    notes: list[str] | None = None,
    max_names: int = MAX_NAMES,
    source_mix: bool = True,
) -> Digest:
    """Blocks and fallback text for one brief.

    ``source_mix``: the "Quoted: 3 men · 1 woman (estimated)" line (``BRIEF_SOURCE_MIX``, per channel).

    ``seen_before``: actor names this channel has met recently (a context line); ``share``: the value of
    a "Share in channel" button (signed by the Slack layer), for digests shown only to the person who asked;
    ``quotes_ref``: the id of the brief's stored quotes, for a "Show all quotes" button when not all fit;
    ``shared_by``: the Slack user id of whoever shared it to the channel; ``notes``: extra context lines
    (Slack mrkdwn, already escaped), such as the source mix.
    """
    title = _title(brief)
    heading = link(brief.url, title, limit=MAX_TITLE_CHARS) if brief.url else escape(title, MAX_TITLE_CHARS)
    blocks: list[Block] = [_section(f"*{heading}*"), _context(_meta_line(brief))]
    fallback = [f"Brief: {escape(title, MAX_TITLE_CHARS)}"]

    lines = actor_lines(brief)
    blocks.append(_section("\n".join(lines) if lines else "_No people, organisations or places found._"))
    people = by_mentions(brief.actors_of_kind("person"))
    if people:
        short = [escape(a.name, MAX_NAME_CHARS) for a in people]
        fallback.append(f"People: {cut_list(short, max_items=5, max_chars=300)}")
    mix = source_line(brief) if source_mix else None
    if mix:  # counts and fixed words only: nothing from outside to escape
        blocks.append(_context(mix))
        fallback.append(mix)

    buttons: list[Block] = []
    quotes = digest_quotes(brief.quotes, max_quotes)
    if quotes:
        blocks.append({"type": "divider"})
        more = len(brief.quotes) - len(quotes)
        blocks.append(_section(f"*Quotes* · {len(quotes)} of {len(brief.quotes)}" if more else "*Quotes*"))
        for quote in quotes:
            blocks.append(_section(_quote_line(quote)))
        if more and quotes_ref:
            label = f"Show all {len(brief.quotes)} quotes"
            buttons.append(_button(SHOW_QUOTES_ACTION_ID, label, quotes_ref))
        elif more:
            blocks.append(_context(f"and {_plural(more, 'more quote')}"))
        fallback.append(_plural(len(brief.quotes), "quote"))
    else:
        blocks.append(_context("No direct quotes found."))

    context = []
    if seen_before:
        names = cut_list(
            [escape(n, MAX_NAME_CHARS) for n in seen_before], max_items=max_names, max_chars=2000
        )
        context.append(f":repeat: Seen in this channel in the last {SEEN_BEFORE_DAYS} days: {names}")
    context += notes or []
    if shared_by:
        context.append(f"Shared by <@{shared_by}>")
    for line in context:
        blocks.append(_context(line))

    if share:
        buttons.append(_button(SHARE_ACTION_ID, "Share in channel", share, primary=True))
    if buttons:
        blocks.append({"type": "actions", "block_id": "brief_buttons", "elements": buttons})

    if len(blocks) > MAX_BLOCKS:  # only reachable with an absurd BRIEF_MAX_QUOTES; keep the ends
        tail = 1 + len(context) + (1 if buttons else 0)
        blocks = blocks[: MAX_BLOCKS - tail] + blocks[-tail:]
    return Digest(blocks=blocks, text=join_within(fallback, MAX_FALLBACK_CHARS))


MAX_ALL_QUOTES_CHARS = 2900  # quotes packed into sections of at most this much text


def render_all_quotes(title: str | None, quotes: list[Quote]) -> Digest:
    """Every quote of a brief, in article order, packed into few sections (the "Show all quotes" button):
    at most ``MAX_BLOCKS``; a list too long for that says how many it left out."""
    head = f"*All {_plural(len(quotes), 'quote')}*" + (f" · {escape(title, 250)}" if title else "")
    blocks: list[Block] = [_section(head)]
    chunk: list[str] = []
    shown = 0
    for quote in quotes:
        line = _quote_line(quote)  # escaped and within budget: well under a section's size
        if chunk and len("\n".join([*chunk, line])) > MAX_ALL_QUOTES_CHARS:
            if len(blocks) >= MAX_BLOCKS - 2:
                break
            blocks.append(_section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
        shown += 1
    if chunk:
        blocks.append(_section("\n".join(chunk)))
    if shown < len(quotes):
        blocks.append(_context(f"and {_plural(len(quotes) - shown, 'more quote')}: too many to show here"))
    fallback = f"All {_plural(len(quotes), 'quote')}" + (f": {escape(title, 250)}" if title else "")
    return Digest(blocks=blocks, text=fallback)


def message_digest(text: str, *, mrkdwn: bool = False) -> Digest:
    """A one-line message (a warning, a notice) as a digest-shaped value.

    ``mrkdwn=True`` keeps Slack markup (``<#C123>``, ``<@U123>``) the caller built from trusted ids;
    otherwise the whole text goes through ``escape`` (one line, cut to a section's size).
    """
    body = text if mrkdwn else escape(text, MAX_SECTION_TEXT)
    return Digest(blocks=[_section(body)], text=body)
