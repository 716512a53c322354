"""App Home controls: a setting's button and the roundup menu. Acked at once; applied on the pool,
only for members of the channel (``handlers.home.change_from_home``)."""

from __future__ import annotations

from logging import Logger
from typing import Any

from slack_bolt import Ack, BoltContext

from bot.storage.channels import DESCRIPTIONS
from handlers import home


def handle_home_control(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, logger: Logger
) -> None:
    ack()
    user = (body.get("user") or {}).get("id")
    raw = action.get("value") or (action.get("selected_option") or {}).get("value")
    data = home.parse_home_value(raw)
    if not user or data is None:
        logger.warning("App Home control %s without a user or a readable value", action.get("action_id"))
        return
    payload: dict[str, Any] = {"user": user, "team": (body.get("team") or {}).get("id"), "channel": data["c"]}
    if data.get("s") in DESCRIPTIONS:
        payload.update(setting=data["s"], on=bool(data.get("on")))
    elif isinstance(data.get("r"), str):
        payload["roundup"] = data["r"]
    else:
        logger.warning("App Home control %s: nothing to change in %r", action.get("action_id"), raw)
        return
    context["runtime"].submit(home.change_from_home, payload)
