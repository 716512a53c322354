"""``/brief settings``: what the bot does in this channel, changed by any of its members.

``/brief settings`` shows them; ``/brief settings articles off`` (``links``, ``sources``) switches one;
``/brief settings roundup at 08:30`` (anything ``/brief roundup`` takes) sets the roundup. After a change
the member's App Home is published again, so it never shows a stale setting.
"""

from __future__ import annotations

from bot.errors import BriefError
from bot.render.escape import escape
from bot.roundup import schedule
from bot.storage.channels import DESCRIPTIONS, channel_settings, parse_setting, set_channel_setting
from handlers import home, roundups
from handlers.commands.base import CommandRequest, Reply
from handlers.commands.roundup import channel_only

USAGE = (
    "`/brief settings` shows this channel's settings; `/brief settings articles on|off`, "
    "`links on|off`, `sources on|off`, `roundup at 08:30` (or `weekly mon 09:00`, `off`) change them"
)
LABELS = {"articles": "Pasted articles", "links": "Links", "sources": "Source mix"}
ROUNDUP_WORDS = {"roundup", "roundups", "schedule"}


def settings_text(request: CommandRequest) -> str:
    store, channel = request.runtime.store, request.channel_id
    current = channel_settings(store, channel)
    lines = [f"*Settings of <#{channel}>* (any member can change them)"]
    for name, on in current.as_dict().items():
        lines.append(
            f"• {LABELS[name]}: *{'on' if on else 'off'}*, I {'' if on else 'do not '}{DESCRIPTIONS[name]}"
        )
    lines.append(f"• {schedule.schedule_status(store, channel, scheduler=roundups.current_scheduler())}")
    lines.append(USAGE)
    return "\n".join(lines)


def handle_settings(request: CommandRequest) -> Reply:
    refusal = channel_only(request, "Settings")
    if refusal:
        return refusal
    words = request.args.split()
    if not words:
        return settings_text(request)
    store, channel = request.runtime.store, request.channel_id
    try:
        if words[0].lower() in ROUNDUP_WORDS:
            reply = schedule.run_command(
                store,
                channel,
                " ".join(words[1:]),
                request.runtime.settings,
                scheduler=roundups.current_scheduler(),
            )
        else:
            if len(words) != 2:
                return f"Usage: {USAGE}"
            name, on = parse_setting(words[0], words[1])
            set_channel_setting(store, channel, name, on)
            reply = f"{LABELS[name]} turned *{'on' if on else 'off'}* in <#{channel}>: I {'' if on else 'no longer '}{DESCRIPTIONS[name]}."
    except BriefError as error:
        return f"{escape(str(error), 500)}. Usage: {USAGE}"  # the error may echo what was typed
    home.refresh(request.runtime, request.user_id, request.team_id)
    return reply
