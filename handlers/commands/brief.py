"""``/brief``: the listener, help, and ``<link or text>`` (an ephemeral digest with a Share button).
The subcommands are the table in ``handlers.commands``."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from logging import Logger
from typing import Any

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

from bot.render.escape import escape
from bot.text.detect import looks_like_article
from bot.web.links import find_links
from handlers import jobs
from handlers.commands.base import CommandRequest, Reply, Subcommand
from handlers.guard import response_url_allowed


def help_text(subcommands: Mapping[str, Subcommand]) -> str:
    lines = [
        "*Newsroom Brief* — who is in an article and who said what.",
        "`/brief &lt;link&gt;` or `/brief &lt;pasted article&gt;` — the digest, shown only to you, with a button to "
        "share it in the channel",
    ]
    lines += [sub.usage for name, sub in sorted(subcommands.items()) if name != "help"]
    lines.append("`/brief help` — this help")
    lines.append(
        "In channels I'm in, I also answer articles and links on my own (`/brief settings` changes that), "
        "and `@Newsroom Brief &lt;link or text&gt;`; on any message, its ⋯ menu has *Brief this message*."
    )
    return "\n".join(lines)


def handle_help(request: CommandRequest) -> Reply:
    return help_text(request.subcommands)


def closest_subcommand(word: str, subcommands: Mapping[str, Subcommand]) -> str | None:
    """The subcommand a mistyped word most likely meant (``roundups`` → ``roundup``), or None."""
    found = difflib.get_close_matches(word.lower(), list(subcommands), n=1, cutoff=0.6)
    return found[0] if found else None


def unknown_subcommand(text: str, subcommands: Mapping[str, Subcommand]) -> str | None:
    """The answer to ``/brief <word> [args]`` that is neither a subcommand nor something to brief: the
    closest command (with the same arguments) when one is close, else the help hint for a lone word.
    None for several words close to no command (too little to brief, said by the caller)."""
    first, _, rest = text.strip().partition(" ")
    closest = closest_subcommand(first, subcommands)
    if closest:
        again = f"/brief {closest} {rest.strip()}".strip()
        return f"I don't know `/brief {escape(first, 40)}`. Did you mean `{escape(again, 120)}`? (`/brief help` lists them all)"
    if not rest.strip():
        return f"I don't know `/brief {escape(first, 40)}`. Give me a link or paste an article, or see `/brief help`."
    return None


def brief_input(request: CommandRequest) -> Reply:
    """``/brief <link or text>``: checked here (fast), briefed on the pool, answered via response_url."""
    settings = request.runtime.settings
    text = request.args
    has_links = bool(find_links(text, max_links=settings.max_links, ignore_domains=settings.ignore_domains))
    if not has_links:
        verdict = looks_like_article(text, min_words=settings.min_words, min_sentences=settings.min_sentences)
        if not verdict.is_article:
            hint = unknown_subcommand(text, request.subcommands)
            if hint:
                return hint
            return (
                f"That's not enough to brief ({verdict.reason}). Paste the whole article or give me a link."
            )
    if not request.response_url:
        return "Slack sent no response URL, so I can't answer this one: please try again."
    payload = {
        "team": request.team_id,
        "channel": request.channel_id,
        "user": request.user_id,
        "text": text,
        "response_url": request.response_url,
    }
    ticket = request.runtime.submit(jobs.brief_command, payload)
    return jobs.busy_message(ticket) or "Reading it… the digest will appear here in a few seconds."


def parse(text: str, subcommands: Mapping[str, Subcommand]) -> tuple[str, str]:
    """``"actors 7"`` → ``("actors", "7")``; text that is not a subcommand → ``("", text)``."""
    text = (text or "").strip()
    if not text:
        return "help", ""
    first, _, rest = text.partition(" ")
    if first.lower() in subcommands:
        return first.lower(), rest.strip()
    return "", text


def _ack_reply(ack: Ack, reply: Reply) -> None:
    if reply is None:
        ack()
    elif isinstance(reply, str):
        ack(text=reply, response_type="ephemeral")
    else:
        ack(response_type="ephemeral", **reply)


def listener(subcommands: Mapping[str, Subcommand]) -> Callable[..., None]:
    """The Bolt listener for ``/brief`` over the subcommand table ``subcommands``."""

    def handle_brief(
        ack: Ack, command: dict[str, Any], context: BoltContext, client: WebClient, logger: Logger
    ) -> None:
        name, args = parse(command.get("text") or "", subcommands)
        runtime = context["runtime"]
        response_url = command.get("response_url")
        if response_url and not response_url_allowed(response_url, runtime.settings):
            logger.warning(
                "/brief from %s: response_url is not a Slack host; not used", command.get("user_id")
            )
            response_url = None
        request = CommandRequest(
            name=name,
            args=args,
            user_id=command.get("user_id"),
            channel_id=command.get("channel_id"),
            team_id=command.get("team_id"),
            response_url=response_url,
            runtime=runtime,
            client=client,
            logger=logger,
            subcommands=subcommands,
        )
        handler = subcommands[name].handler if name else brief_input
        try:
            reply = handler(request)
        except Exception:
            logger.exception("/brief %s failed", name or "<text>")
            reply = "Something went wrong on my side; please try again."
        _ack_reply(ack, reply)

    return handle_brief
