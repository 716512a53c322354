"""``/brief`` and its subcommands: the table below is every ``/brief <name> …`` there is.

Adding a subcommand: write its handler (``CommandRequest`` → ``Reply``, see ``handlers.commands.base``)
in a module of this package, then add one ``Subcommand(name, handler, usage line)`` row here. The usage
line appears in ``/brief help`` (sorted by name). ``/brief <anything else>`` is briefed as a link or text
(``handlers.commands.brief.brief_input``).
"""

from __future__ import annotations

from slack_bolt import App

from handlers.commands import roundup, settings, sources
from handlers.commands.base import Subcommand, table
from handlers.commands.brief import handle_help, listener

SUBCOMMANDS: dict[str, Subcommand] = table(
    Subcommand("help", handle_help, "`/brief help` — this help"),
    Subcommand(
        "actors",
        roundup.handle_actors,
        "`/brief actors [day|week]` — who keeps coming back here, shown only to you",
    ),
    Subcommand(
        "roundup",
        roundup.handle_roundup,
        "`/brief roundup at 08:30 [Europe/Berlin]` · `weekly mon 09:00` · `off` · `status` — the channel's scheduled roundup",
    ),
    Subcommand(
        "alias", roundup.handle_alias, '`/brief alias "Xi" "Xi Jinping"` — count a name as another actor'
    ),
    Subcommand(
        "ignore", roundup.handle_ignore, '`/brief ignore "ABC News"` — leave an actor out of roundups'
    ),
    Subcommand("aliases", roundup.handle_aliases, "`/brief aliases` — this workspace's aliases and ignores"),
    Subcommand(
        "sources",
        sources.handle_sources,
        "`/brief sources [day|week|month]` — who this channel quoted: the estimated gender mix, the most-quoted",
    ),
    Subcommand(
        "gender",
        sources.handle_gender,
        '`/brief gender "Alex Kim" woman|man|nonbinary|unknown` (or `remove "Alex Kim"`) — correct an estimate',
    ),
    Subcommand("genders", sources.handle_genders, "`/brief genders` — this workspace's gender overrides"),
    Subcommand(
        "settings",
        settings.handle_settings,
        "`/brief settings` · `articles|links|sources on|off` · `roundup at 08:30` — what I do in this channel",
    ),
)


def register(app: App) -> None:
    app.command("/brief")(listener(SUBCOMMANDS))
