"""``/brief`` and its subcommands, as a small registry.

``register_subcommand(name, handler, usage_line)`` adds ``/brief <name> …``; ``/brief help`` lists every
registered subcommand. Modules in this package are imported by ``register(app)``, so a module such as
``handlers/commands/roundup.py`` only has to call ``register_subcommand`` at import time.

A subcommand handler gets a ``CommandRequest`` and returns what to show the user at once (a string or a
``{"text": …, "blocks": …}`` dict, ephemeral) or None. It runs before the ack, so it must return within a
second: anything slow goes to ``request.runtime.submit(job, payload)`` and answers through
``request.response_url``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import App

from handlers import jobs


@dataclass
class CommandRequest:
    """One ``/brief`` invocation, parsed: the subcommand's arguments and where to answer."""

    name: str  # the subcommand ("" for /brief <link or text>)
    args: str  # the text after the subcommand
    user_id: str | None
    channel_id: str | None
    team_id: str | None
    response_url: str | None
    runtime: jobs.Runtime
    client: Any = None
    logger: Any = None


Reply = str | dict[str, Any] | None
SubcommandHandler = Callable[[CommandRequest], Reply]


@dataclass(frozen=True)
class Subcommand:
    name: str
    handler: SubcommandHandler
    usage: str  # one line, shown by /brief help: "`/brief actors [days]` — who the channel met"


SUBCOMMANDS: dict[str, Subcommand] = {}


def register_subcommand(name: str, handler: SubcommandHandler, usage_line: str) -> None:
    """Add (or replace) ``/brief <name>``; ``usage_line`` appears in ``/brief help``."""
    name = name.strip().lower()
    if not name or " " in name:
        raise ValueError(f"a subcommand name is one word, got {name!r}")
    SUBCOMMANDS[name] = Subcommand(name, handler, usage_line)


def load_subcommand_modules() -> None:
    """Import every module of this package, so each can register its subcommands."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


def register(app: App) -> None:
    from handlers.commands.brief import handle_brief

    load_subcommand_modules()
    app.command("/brief")(handle_brief)
