"""A brief laid out for a person reading a terminal (``brief analyze`` without ``--json``)."""

from __future__ import annotations

import textwrap

from bot.brief import KIND_TITLES, Brief
from bot.render.sources import source_line


def render_brief(brief: Brief, width: int = 88, *, source_mix: bool = True) -> str:
    lines: list[str] = []
    lines.append(brief.title or "(untitled)")
    facts = [f"{brief.words:,} words"]
    for fact in (brief.site, brief.author, brief.date, brief.url):
        if fact:
            facts.append(fact)
    facts.append("from cache" if brief.cached else "analysed now")
    lines.append(" · ".join(facts))

    for kind, heading in KIND_TITLES.items():
        actors = brief.actors_of_kind(kind)
        if not actors:
            continue
        lines.append("")
        lines.append(f"{heading} ({len(actors)})")
        for actor in actors:
            entry = f"  {actor.name} ×{actor.mentions}"
            if actor.quotes:
                entry += f", {actor.quotes} quote{'s' if actor.quotes != 1 else ''}"
            if source_mix and actor.gender:
                entry += f", {actor.gender} ({(actor.gender_basis or 'estimated').replace('_', ' ')})"
            others = [a for a in actor.aliases if a != actor.name]
            if others:
                entry += f"  (also: {', '.join(others)})"
            lines.append(entry)

    mix = source_line(brief) if source_mix else None
    if mix:
        lines += ["", mix]
    lines.append("")
    if brief.quotes:
        lines.append(f"Quotes ({len(brief.quotes)})")
        for quote in brief.quotes:
            body = textwrap.fill(
                f"“{quote.quote}”", width=width, initial_indent="  ", subsequent_indent="   "
            )
            lines.append(body)
            who = quote.speaker or "unattributed"
            how = f" ({quote.cue})" if quote.cue else ""
            kind = " · partial" if quote.partial else ""
            lines.append(f"      — {who}{how}{kind}")
    else:
        lines.append("No direct quotes found.")
    return "\n".join(lines)
