"""The roundup laid out as a Slack message: Block Kit blocks plus a plain-text fallback. Pure data.

Written for an editor who glances at it in the morning:

- a header ("Recurring actors, the last 24 hours in #politics") and a context line: how many articles,
  the rule (actors in 2+ articles), the window; the share of women among quoted sources (unless the
  source mix is off, ``bot.roundup.sources``); once, when nothing can be marked new, why (a first roundup, or
  an empty previous window) instead of tagging everything;
- **People** first, one section each: articles and mentions (labelled), :new: when the actor was not
  in the previous window, their best quote with its date (the article's own date when known, else
  "shared 20 May"), and the threads they appeared in by **title**, each linked to its thread;
- **Organisations** next, one line each (counts, :new:, the newest thread);
- **Places and groups** together in one line, names with their article counts.

Slack's limits (``bot.render.limits``) are kept by construction: people beyond the room for blocks
are counted in a closing line, sections and the header are cut to their lengths. Every outside piece
(names, quotes, titles, links) goes through ``bot.render.escape`` with its own budget before it is marked up, so a section is
never cut through its markup.
"""

from __future__ import annotations

from bot.render.escape import escape, join_within, link, plain
from bot.render.limits import MAX_BLOCKS, MAX_HEADER_TEXT, MAX_SECTION_TEXT
from bot.roundup.compute import (
    NEW_LABELS,
    WINDOW_LABELS,
    Roundup,
    RoundupActor,
    comparison_line,
    quiet_line,
    quote_date,
    quote_text,
)

MAX_QUOTE = 400
MAX_THREADS = 3  # thread titles shown per person
MAX_TITLE = 70  # characters of a thread title
MAX_ORG_LINES = 15
MAX_OTHERS = 20  # places and groups named in their one line


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


MAX_NAME = 150


def _section(text: str) -> dict:
    """A mrkdwn section; ``text`` is escaped and within budget by construction (never cut here)."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _link(url: str, label: str) -> str:
    return link(url, label, limit=MAX_TITLE, url_limit=400)


def _new(actor: RoundupActor, window: str) -> str:
    return f" · :new: _{NEW_LABELS[window]}_" if actor.new else ""


def person_text(actor: RoundupActor, window: str) -> str:
    """A person: counts, new, best quote with its date, threads by title."""
    counts = f"{_plural(actor.articles, 'article')} · {_plural(actor.mentions, 'mention')}"
    parts = [f"*{escape(actor.name, MAX_NAME)}* · {counts}{_new(actor, window)}"]
    if actor.quote:
        body = escape(quote_text(actor.quote.quote), MAX_QUOTE)
        parts.append(f"> “{body}” ({quote_date(actor.quote)})")
    if actor.threads:
        shown = " · ".join(_link(t.link, t.title) for t in actor.threads[:MAX_THREADS])
        more = len(actor.threads) - MAX_THREADS
        parts.append(f"In: {shown}" + (f" and {more} more" if more > 0 else ""))
    return "\n".join(parts)


def organisation_line(actor: RoundupActor, window: str) -> str:
    line = f"• *{escape(actor.name, MAX_NAME)}* · {_plural(actor.articles, 'article')}{_new(actor, window)}"
    if actor.threads:
        line += f" · latest: {_link(actor.threads[0].link, actor.threads[0].title)}"
    return line


def _fitting(parts: list[str], limit: int, sep: str) -> int:
    """How many of ``parts`` (whole) fit in ``limit`` characters joined with ``sep``."""
    length, count = 0, 0
    for part in parts:
        length += len(part) + (len(sep) if count else 0)
        if length > limit:
            break
        count += 1
    return count


def others_line(actors: list[RoundupActor]) -> str:
    names = [f"{escape(a.name, MAX_NAME)} ({_plural(a.articles, 'article')})" for a in actors[:MAX_OTHERS]]
    names = names[: _fitting(names, MAX_SECTION_TEXT - 60, ", ")]
    more = len(actors) - len(names)
    return "*Places and groups:* " + ", ".join(names) + (f" and {more} more" if more > 0 else "")


def organisation_lines(actors: list[RoundupActor], window: str) -> str:
    lines = [organisation_line(a, window) for a in actors[:MAX_ORG_LINES]]
    lines = lines[: _fitting(lines, MAX_SECTION_TEXT - 60, "\n")]
    more = len(actors) - len(lines)
    if more > 0:
        lines.append(f"and {_plural(more, 'more organisation')}")
    return "\n".join(lines)


def roundup_blocks(roundup: Roundup) -> tuple[str, list[dict]]:
    """(fallback text, Block Kit blocks) for Slack."""
    title = f"Recurring actors, {WINDOW_LABELS[roundup.window]}"
    if roundup.channel_name:
        title += f" in #{plain(roundup.channel_name)[:60]}"
    summary = (
        f"{_plural(roundup.articles, 'article')} · actors in {roundup.min_articles}+ articles · "
        f"{roundup.start:%-d %b %H:%M} – {roundup.end:%-d %b %H:%M %Z}"
    )
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": title[:MAX_HEADER_TEXT]}},
        _context(escape(summary)),
    ]
    share = roundup.sources.line() if roundup.sources else None
    if share:  # counts and fixed words: nothing from outside
        blocks.append(_context(f":busts_in_silhouette: {share}"))
    if roundup.empty:
        line = quiet_line(roundup)
        blocks.append(_section(escape(line)))
        return line, blocks
    if not roundup.compared:
        blocks.append(_context(escape(comparison_line(roundup))))

    people = [a for a in roundup.actors if a.kind == "person"]
    organisations = [a for a in roundup.actors if a.kind == "organization"]
    others = [a for a in roundup.actors if a.kind not in ("person", "organization")]
    # Room for people: what is left after the headings, the organisations and places lines, a closing line.
    tail = (2 if organisations else 0) + (1 if others else 0) + 1
    room = MAX_BLOCKS - len(blocks) - (1 if people else 0) - tail
    shown = people[: max(room, 0)]
    if shown:
        blocks.append(_section("*People*"))
        blocks += [_section(person_text(a, roundup.window)) for a in shown]
    if organisations:
        blocks += [_section("*Organisations*"), _section(organisation_lines(organisations, roundup.window))]
    if others:
        blocks.append(_section(others_line(others)))
    hidden = len(people) - len(shown)
    if hidden:
        blocks.append(_context(f"and {hidden} more recurring {'person' if hidden == 1 else 'people'}"))

    names = join_within([escape(a.name, MAX_NAME) for a in roundup.actors[:10]], 2500, sep=", ")
    more = f" and {len(roundup.actors) - 10} more" if len(roundup.actors) > 10 else ""
    return f"{escape(title)}: {names}{more}", blocks
