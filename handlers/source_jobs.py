"""The ``/brief sources`` job: a channel's source mix over a window, read from its history off the
request path and answered to the user only (``bot.roundup.sources`` does the work)."""

from __future__ import annotations

from typing import Any

from bot.roundup import sources
from bot.storage import history
from handlers.runtime import Runtime, default_runtime
from handlers.slack_io import respond


def sources_job(payload: dict[str, Any], runtime: Runtime | None = None) -> None:
    """``/brief sources [day|week|month]``: the channel's mix now, ephemeral."""
    rt = runtime or default_runtime()
    end = history.epoch(None)
    start = end - sources.WINDOWS[payload["window"]] * history.DAY
    mix = sources.channel_mix(rt.store, payload["channel"], start, end, workspace=payload.get("team"))
    respond(
        payload["response_url"], {"response_type": "ephemeral", **sources.slack_reply(mix, payload["window"])}
    )
