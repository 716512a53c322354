"""``app_home_opened``: the person's Home tab is published (on the pool: it reads Slack and Redis)."""

from __future__ import annotations

from logging import Logger
from typing import Any

from slack_bolt import BoltContext

from handlers import home


def handle_app_home_opened(
    event: dict[str, Any], body: dict[str, Any], context: BoltContext, logger: Logger
) -> None:
    if event.get("tab") not in (None, "home") or not event.get("user"):
        logger.debug("app_home_opened on the %s tab; nothing to publish", event.get("tab"))
        return
    home.refresh(context["runtime"], event["user"], body.get("team_id") or context.team_id)
