"""The message shortcut "Brief this message": the digest of any message with an article or a link.

Acked at once; the work runs on the worker pool (``jobs.brief_shortcut``). Where the bot is a member and
the channel briefs that kind of message on its own (``bot.storage.channels``), the digest goes into the
message's thread, like an automatic one (and never twice: the same post id); anywhere else (a channel
the bot is not in, auto-brief off, a DM) it is shown only to the person who asked, with a Share button
in channels.
"""

from __future__ import annotations

from logging import Logger
from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from handlers import jobs
from handlers.events.enqueue import scrub
from handlers.guard import response_url_allowed

CALLBACK_ID = "brief_this_message"


def handle_brief_this_message(
    ack: Ack, body: dict[str, Any], context: BoltContext, respond: Respond, logger: Logger
) -> None:
    ack()
    runtime = context["runtime"]
    message = body.get("message") or {}
    response_url = body.get("response_url")
    if not response_url_allowed(response_url, runtime.settings):
        logger.warning("Shortcut without a Slack response URL; nothing to answer with")
        return
    text = scrub(message.get("text") or "")
    payload = {
        "team": (body.get("team") or {}).get("id"),
        "channel": (body.get("channel") or {}).get("id"),
        "user": (body.get("user") or {}).get("id"),
        "ts": message.get("ts") or body.get("message_ts"),
        "thread_ts": message.get("thread_ts") or message.get("ts"),
        "text": text,
        "response_url": response_url,
    }
    ticket = runtime.submit(jobs.brief_shortcut, payload)
    notice = jobs.busy_message(ticket)
    if notice:  # otherwise the answer itself comes in a few seconds (a notice could not be replaced)
        respond(text=notice, response_type="ephemeral", replace_original=False)
