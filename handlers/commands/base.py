"""What a ``/brief`` subcommand handler gets (``CommandRequest``) and returns (``Reply``), and one row
of the subcommand table (``Subcommand``, listed in ``handlers.commands.SUBCOMMANDS``).

A handler returns what to show the user at once (a string or a ``{"text": …, "blocks": …}`` dict,
ephemeral) or None. It runs before the ack, so it must return within a second: anything slow goes to
``request.runtime.submit(job, payload)`` and answers through ``request.response_url``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from handlers.runtime import Runtime


@dataclass
class CommandRequest:
    """One ``/brief`` invocation, parsed: the subcommand's arguments and where to answer."""

    name: str  # the subcommand ("" for /brief <link or text>)
    args: str  # the text after the subcommand
    user_id: str | None
    channel_id: str | None
    team_id: str | None
    response_url: str | None
    runtime: Runtime
    client: Any = None
    logger: Any = None
    subcommands: Mapping[str, Subcommand] = field(default_factory=dict)  # the table (for help)


Reply = str | dict[str, Any] | None
SubcommandHandler = Callable[[CommandRequest], Reply]


@dataclass(frozen=True)
class Subcommand:
    name: str  # one lowercase word: /brief <name> …
    handler: SubcommandHandler
    usage: str  # one line, shown by /brief help: "`/brief actors [days]` — who the channel met"

    def __post_init__(self) -> None:
        if not self.name or self.name != self.name.strip().lower() or " " in self.name:
            raise ValueError(f"a subcommand name is one lowercase word, got {self.name!r}")


def table(*rows: Subcommand) -> dict[str, Subcommand]:
    """The rows by name; a name given twice is a mistake."""
    out: dict[str, Subcommand] = {}
    for row in rows:
        if row.name in out:
            raise ValueError(f"/brief {row.name} is in the subcommand table twice")
        out[row.name] = row
    return out
