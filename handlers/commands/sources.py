"""``/brief sources [day|week|month]``, ``/brief gender "Name" woman|man|nonbinary|unknown``,
``/brief gender remove "Name"`` and ``/brief genders``: who a channel quotes, and editors' corrections.

Rows of the table in ``handlers.commands``. The mix is read from the channel's history off the request
path (``handlers.source_jobs``) and answered ephemerally through the response URL; an override is one
small Redis write and answers at once. The work is in ``bot.roundup.sources`` and ``bot.storage.genders``.
"""

from __future__ import annotations

from bot.errors import BriefError
from bot.render.escape import escape
from bot.roundup import sources
from bot.storage import genders
from handlers import jobs
from handlers.commands.base import CommandRequest, Reply
from handlers.commands.roundup import names_in
from handlers.source_jobs import sources_job

GENDER_USAGE = (
    'Usage: `/brief gender "Alex Kim" woman|man|nonbinary|unknown` (or `/brief gender remove "Alex Kim"`)'
)
SHOWN_OVERRIDES = 60  # per /brief genders answer: well inside one section's 3,000 characters
_LABELS = {"female": "woman", "male": "man", "nonbinary": "nonbinary", "unknown": "unknown"}


def handle_sources(request: CommandRequest) -> Reply:
    try:
        window = sources.parse_window(request.args or "week")
    except BriefError as error:
        return f"{escape(str(error))}. Usage: `/brief sources [day|week|month]`"
    if not request.channel_id or not request.response_url:
        return "I can only show who a channel quoted from inside that channel: please try again there."
    payload = {
        "team": request.team_id,
        "channel": request.channel_id,
        "window": window,
        "response_url": request.response_url,
    }
    ticket = request.runtime.submit(sources_job, payload)
    return jobs.busy_message(ticket) or "Counting who this channel quoted…"


def handle_gender(request: CommandRequest) -> Reply:
    store, names = request.runtime.store, names_in(request.args)
    try:
        if len(names) == 2 and names[0].lower() == "remove":
            removed = genders.remove_override(store, request.team_id, names[1])
            name = escape(names[1], 80)
            if removed:
                return f'The override for "{name}" is removed: estimates count again.'
            return f'There is no override for "{name}".'
        if len(names) != 2:
            return GENDER_USAGE
        name, value = genders.set_override(store, request.team_id, names[0], names[1])
    except BriefError as error:
        return escape(str(error))
    if value == genders.UNKNOWN:
        return f'"{escape(name)}" now counts as unknown in this workspace, whatever an article suggests.'
    return (
        f'"{escape(name)}" now counts as a {_LABELS[value]} in this workspace: in digests from now on, and in '
        "`/brief sources` and roundups, including articles already briefed."
    )


def handle_genders(request: CommandRequest) -> Reply:
    listed = genders.load_overrides(request.runtime.store, request.team_id).listed()
    if not listed:
        return 'No gender overrides yet. Add one with `/brief gender "Alex Kim" woman`.'
    lines = ["*Gender overrides in this workspace*"]
    lines += [f"• {escape(name, 80)} → {_LABELS[value]}" for name, value in listed[:SHOWN_OVERRIDES]]
    if len(listed) > SHOWN_OVERRIDES:
        lines.append(f"and {len(listed) - SHOWN_OVERRIDES} more")
    lines.append('Undo one with `/brief gender remove "Alex Kim"`.')
    return "\n".join(lines)
