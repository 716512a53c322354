"""``/brief actors``, ``/brief roundup``, ``/brief alias``, ``/brief ignore``, ``/brief aliases``
(rows of the table in ``handlers.commands``). Each answers at once (ephemeral); the roundup itself is
computed off the request path and comes back through the response URL. Every name or error echoed
back goes through ``bot.render.escape`` (an alias of ``<!channel>`` stays text).
"""

from __future__ import annotations

import shlex

from bot.errors import BriefError
from bot.render.escape import escape
from bot.roundup import schedule
from bot.roundup.compute import parse_window
from bot.storage import identity
from handlers import home, jobs, roundup_jobs, roundups
from handlers.commands.base import CommandRequest, Reply

MAX_ECHO = 100  # characters of a name echoed back
_SMART_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def names_in(args: str) -> list[str]:
    """``"Xi" "Xi Jinping"`` → ``["Xi", "Xi Jinping"]`` (Slack's curly quotes work too)."""
    try:
        return [part for part in shlex.split(args.translate(_SMART_QUOTES)) if part.strip()]
    except ValueError:  # an unclosed quote
        return []


def _name(name: str) -> str:
    return escape(name, MAX_ECHO)


def _said(error: Exception) -> str:
    """An error as the user sees it: it may echo what they typed, so it is escaped and cut."""
    return escape(str(error), 500)


def channel_only(request: CommandRequest, what: str) -> str | None:
    """The plain answer for a channel-only subcommand run in a DM (or with no channel), else None."""
    if not request.channel_id or jobs.is_direct_message(request.channel_id):
        return (
            f"{what} work only in channels, not in a direct message: run this in the channel it is for "
            "(and invite me there with `/invite @Newsroom Brief`)."
        )
    return None


def handle_actors(request: CommandRequest) -> Reply:
    refusal = channel_only(request, "Recurring actors")
    if refusal:
        return refusal
    try:
        window = parse_window(request.args or "day")
    except BriefError as error:
        return f"{_said(error)}. Usage: `/brief actors [day|week]`"
    if not request.channel_id or not request.response_url:
        return "I can only show the roundup in a channel: please try again there."
    payload = {
        "team": request.team_id,
        "channel": request.channel_id,
        "user": request.user_id,
        "window": window,
        "response_url": request.response_url,
    }
    ticket = request.runtime.submit(roundup_jobs.actors_job, payload)
    return jobs.busy_message(ticket) or "Counting who keeps coming back…"


def handle_roundup(request: CommandRequest) -> Reply:
    refusal = channel_only(request, "Roundups")
    if refusal:
        return refusal
    try:
        reply = schedule.run_command(
            request.runtime.store,
            request.channel_id,
            request.args,
            request.runtime.settings,
            scheduler=roundups.current_scheduler(),
            user=request.user_id,
        )
    except BriefError as error:
        return _said(error)
    if request.args.strip().lower() not in ("", "status"):  # changed: App Home shows it at once
        home.refresh(request.runtime, request.user_id, request.team_id)
    return reply


def handle_alias(request: CommandRequest) -> Reply:
    store, names = request.runtime.store, names_in(request.args)
    try:
        if len(names) == 2 and names[0].lower() == "remove":
            removed = identity.remove_alias(store, request.team_id, names[1])
            name = _name(names[1])
            return f'Alias "{name}" removed.' if removed else f'There is no alias "{name}".'
        if len(names) != 2:
            return 'Usage: `/brief alias "Xi" "Xi Jinping"` (or `/brief alias remove "Xi"`)'
        alias, actor = identity.add_alias(store, request.team_id, names[0], names[1])
    except BriefError as error:
        return _said(error)
    return f'From the next roundup, "{_name(alias)}" counts as "{_name(actor)}" in this workspace.'


def handle_ignore(request: CommandRequest) -> Reply:
    store, names = request.runtime.store, names_in(request.args)
    try:
        if len(names) == 2 and names[0].lower() == "remove":
            removed = identity.remove_ignore(store, request.team_id, names[1])
            name = _name(names[1])
            return f'"{name}" is counted again.' if removed else f'"{name}" was not ignored.'
        if len(names) != 1:
            return 'Usage: `/brief ignore "ABC News"` (or `/brief ignore remove "ABC News"`)'
        name = identity.add_ignore(store, request.team_id, names[0])
    except BriefError as error:
        return _said(error)
    return f'"{_name(name)}" is left out of roundups and "seen before" in this workspace.'


def handle_aliases(request: CommandRequest) -> Reply:
    rules = identity.load_rules(request.runtime.store, request.team_id)
    if not rules.aliases and not rules.ignored:
        return 'No aliases or ignores yet. Add them with `/brief alias "Xi" "Xi Jinping"` or `/brief ignore "ABC News"`.'
    lines = []
    if rules.aliases:
        lines.append("*Aliases*")
        lines += [
            f"• {_name(alias)} → {_name(actor)}"
            for alias, actor in sorted(rules.aliases.values(), key=lambda p: p[0].lower())
        ]
    if rules.ignored:
        lines.append("*Ignored*")
        lines += [f"• {_name(name)}" for name in sorted(rules.ignored.values(), key=str.lower)]
    return "\n".join(lines)
