"""The "Show all quotes" button of a digest: every quote, shown only to whoever pressed it."""

from __future__ import annotations

from logging import Logger
from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from handlers import jobs
from handlers.guard import response_url_allowed


def handle_show_quotes(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    logger: Logger,
) -> None:
    ack()
    runtime = context["runtime"]
    ref, response_url = action.get("value") or "", body.get("response_url")
    if not response_url_allowed(response_url, runtime.settings):
        logger.warning("Show all quotes pressed without a Slack response URL; nothing to answer with")
        return
    ticket = runtime.submit(jobs.show_quotes, {"ref": ref, "response_url": response_url})
    notice = jobs.busy_message(ticket)
    if notice:
        respond(text=notice, response_type="ephemeral", replace_original=False)
