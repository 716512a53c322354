"""App Home: what the bot does, how to use it, and the opener's channels with their settings. Pure data.

The view (``views.publish``, a ``home`` view of at most 100 blocks) holds, top to bottom:

- what Newsroom Brief does and the four ways to use it (a message in a channel, ``/brief``, the
  "Brief this message" shortcut, an @mention);
- the channels the bot and the person opening it are both in (at most ``MAX_CHANNELS``; the rest are
  counted), each with its settings (pasted articles, links, source mix: on or off), its roundup
  schedule, this week's recurring actors, and controls to change them: a button per setting and a
  roundup menu. Any member of the channel may change them; the view is published again after a change.

Every channel-derived text (names, actors) goes through ``bot.render.escape``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from bot.render.escape import escape, plain
from bot.storage.channels import ChannelSettings

MAX_BLOCKS = 100
MAX_CHANNELS = 20  # 4 blocks each, with the intro: under 100
MAX_ACTORS = 5  # recurring actors named per channel
SETTING_ACTION_PREFIX = "home_setting_"
ROUNDUP_ACTION_ID = "home_roundup"
LABELS = {"articles": "Pasted articles", "links": "Links", "sources": "Source mix"}
# The roundup menu: value → (label, the /brief roundup words it stands for)
ROUNDUP_CHOICES = {
    "off": ("No roundup", "off"),
    "day": ("Every day at 08:00", "at 08:00"),
    "week": ("Every Monday at 09:00", "weekly mon 09:00"),
}

Block = dict[str, Any]


@dataclass
class HomeChannel:
    """One channel as App Home shows it."""

    id: str
    name: str | None
    settings: ChannelSettings
    schedule: str | None = None  # "every day at 08:30 Europe/Berlin" (Schedule.describe), None when off
    schedule_window: str | None = None  # "day" or "week" when scheduled
    articles: int = 0  # articles briefed there in the last 7 days
    recurring: list[tuple[str, int]] = field(default_factory=list)  # (actor, articles) this week


INTRO = (
    "*Who is in an article and who said what.* I read news articles and answer with a digest: the "
    "people, organisations and places in it, and who said what."
)
HOW_TO = "\n".join(
    [
        "• *In a channel I'm in*, paste an article or a link: the digest comes in its thread.",
        "• *Anywhere*, `/brief &lt;link or pasted article&gt;`: the digest, shown only to you, with a Share button.",
        "• *On any message*, open its ⋯ menu and choose *Brief this message*.",
        "• *@Newsroom Brief &lt;link or text&gt;*, also inside a thread.",
        "• `/brief settings` in a channel changes what I do there; `/brief actors` shows who keeps "
        "coming back; `/brief roundup at 08:30` posts that every morning. `/brief help` lists everything.",
    ]
)


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def channel_label(channel: HomeChannel) -> str:
    """``<#C123|name>``: Slack shows the channel's current name to everyone who can see it (the name
    after the bar is only a fallback, reduced to characters a channel name can have)."""
    name = "".join(c for c in plain(channel.name or "") if c.isalnum() or c in "-_")[:80]
    return f"<#{channel.id}|{name}>" if name else f"<#{channel.id}>"


def settings_line(settings: ChannelSettings) -> str:
    return " · ".join(f"{LABELS[name]}: *{'on' if on else 'off'}*" for name, on in settings.as_dict().items())


def _button(channel: HomeChannel, name: str, on: bool) -> Block:
    return {
        "type": "button",
        "action_id": f"{SETTING_ACTION_PREFIX}{name}",
        "text": {"type": "plain_text", "text": f"Turn {LABELS[name].lower()} {'off' if on else 'on'}"},
        "value": json.dumps({"c": channel.id, "s": name, "on": not on}, separators=(",", ":")),
    }


def _option(channel: HomeChannel, choice: str, label: str | None = None) -> Block:
    text = label or ROUNDUP_CHOICES[choice][0]
    return {
        "text": {"type": "plain_text", "text": text[:75]},
        "value": json.dumps({"c": channel.id, "r": choice}, separators=(",", ":")),
    }


def _roundup_menu(channel: HomeChannel) -> Block:
    options = [_option(channel, choice) for choice in ROUNDUP_CHOICES]
    menu: Block = {
        "type": "static_select",
        "action_id": ROUNDUP_ACTION_ID,
        "placeholder": {"type": "plain_text", "text": "Roundup"},
        "options": options,
    }
    current = None
    if channel.schedule is None:
        current = options[0]
    else:
        own = _option(channel, "keep", f"Now: {plain(channel.schedule)}")
        options.insert(0, own)
        current = own
    menu["initial_option"] = current
    return menu


def channel_blocks(channel: HomeChannel) -> list[Block]:
    """Four blocks: name and settings, this week, the controls, a divider."""
    roundup = f"Roundup: {escape(channel.schedule, 200)}" if channel.schedule else "Roundup: off"
    head = f"*{channel_label(channel)}*\n{settings_line(channel.settings)}\n{roundup}"
    if channel.recurring:
        names = ", ".join(
            f"{escape(name, 80)} ({_plural(articles, 'article')})"
            for name, articles in channel.recurring[:MAX_ACTORS]
        )
        week = f"This week: {_plural(channel.articles, 'article')} · recurring: {names}"
    elif channel.articles:
        week = f"This week: {_plural(channel.articles, 'article')}, nobody in two of them yet"
    else:
        week = "This week: no articles briefed yet"
    controls = [_button(channel, name, on) for name, on in channel.settings.as_dict().items()]
    controls.append(_roundup_menu(channel))
    return [
        _section(head),
        _context(week),
        {"type": "actions", "block_id": f"home_{channel.id}"[:255], "elements": controls},
        {"type": "divider"},
    ]


def render_home(
    channels: list[HomeChannel], *, channels_total: int | None = None, notice: str | None = None
) -> dict[str, Any]:
    """The ``home`` view for one person: ``channels`` are those they share with the bot (as many as
    were looked at: ``channels_total`` counts them all); ``notice``: a line on top saying what the last
    change did (Slack mrkdwn the caller built from fixed words and ids)."""
    blocks: list[Block] = [{"type": "header", "text": {"type": "plain_text", "text": "Newsroom Brief"}}]
    if notice:
        blocks.append(_context(notice))
    blocks += [
        _section(INTRO),
        _section(HOW_TO),
        {"type": "divider"},
        {"type": "header", "text": {"type": "plain_text", "text": "Your channels with me"}},
    ]
    if not channels:
        blocks.append(
            _section(
                "I'm not in any channel you're in yet. Invite me to one with `/invite @Newsroom Brief`, "
                "or use `/brief` and the *Brief this message* shortcut anywhere."
            )
        )
    else:
        blocks.append(
            _context(
                "Any member of a channel can change its settings: here, or with `/brief settings` there."
            )
        )
        for channel in channels[:MAX_CHANNELS]:
            blocks += channel_blocks(channel)
        hidden = (channels_total or len(channels)) - min(len(channels), MAX_CHANNELS)
        if hidden > 0:
            blocks.append(
                _context(
                    f"and {_plural(hidden, 'more channel')}: use `/brief settings` there to see or change them."
                )
            )
    return {"type": "home", "blocks": blocks[:MAX_BLOCKS]}
