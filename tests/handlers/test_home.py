"""App Home through the real app: an ``app_home_opened`` event, then its buttons and roundup menu."""

from __future__ import annotations

import json
import uuid

from bot.roundup import schedule
from bot.storage.channels import channel_settings
from tests.support.fake_slack import BOT_USER_ID, TEAM_ID
from tests.support.slack_signing import event_envelope


def home_event(user: str) -> dict:
    return {
        "type": "app_home_opened",
        "user": user,
        "channel": "D0HOME0001",
        "tab": "home",
        "event_ts": "1.1",
    }


def control_payload(user: str, action: dict) -> dict:
    return {
        "type": "block_actions",
        "user": {"id": user, "username": "editor"},
        "team": {"id": TEAM_ID},
        "api_app_id": "AFAKE0001",
        "container": {"type": "view", "view_id": "V0HOME"},
        "view": {"id": "V0HOME", "type": "home"},
        "trigger_id": "trigger.home",
        "actions": [action],
    }


def test_home_shows_the_channels_we_share_and_changes_their_settings(slack_app, signed_sender, fake_slack):
    user = "U" + uuid.uuid4().hex[:9].upper()
    shared, bot_only, user_only = (f"C{n}{uuid.uuid4().hex[:8].upper()}" for n in range(3))
    fake_slack.members.update({shared: {BOT_USER_ID, user}, bot_only: {BOT_USER_ID}, user_only: {user}})
    assert signed_sender.event(event_envelope(home_event(user))).status == 200
    [published] = fake_slack.wait_calls("views.publish", user_id=user)
    view = published.params["view"]
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    text = json.dumps(view)
    assert f"<#{shared}|" in text and bot_only not in text and user_only not in text
    assert "Brief this message" in text

    [controls] = [b for b in view["blocks"] if b.get("block_id") == f"home_{shared}"]
    links = next(e for e in controls["elements"] if e["action_id"] == "home_setting_links")
    press = {
        "action_id": links["action_id"],
        "block_id": controls["block_id"],
        "type": "button",
        "value": links["value"],
    }
    assert signed_sender.action(control_payload(user, press)).status == 200
    [_, again] = fake_slack.wait_calls("views.publish", 2, user_id=user)
    assert channel_settings(slack_app.runtime.store, shared).links is False
    assert "Links: *off*" in json.dumps(again.params["view"]) and "no longer brief links" in json.dumps(
        again.params["view"]
    )

    menu = controls["elements"][-1]
    weekly = next(o for o in menu["options"] if "Monday" in o["text"]["text"])
    choose = {"action_id": menu["action_id"], "type": "static_select", "selected_option": weekly}
    assert signed_sender.action(control_payload(user, choose)).status == 200
    fake_slack.wait_calls("views.publish", 3, user_id=user)
    plan = schedule.load_schedule(slack_app.runtime.store, shared)
    assert plan is not None and plan.window == "week" and plan.day_of_week == "mon"


def test_only_members_change_a_channels_settings(slack_app, signed_sender, fake_slack):
    user, channel = "U" + uuid.uuid4().hex[:9].upper(), "C" + uuid.uuid4().hex[:9].upper()
    fake_slack.members[channel] = {BOT_USER_ID}
    value = json.dumps({"c": channel, "s": "articles", "on": False})
    press = {"action_id": "home_setting_articles", "type": "button", "value": value}
    assert signed_sender.action(control_payload(user, press)).status == 200
    [published] = fake_slack.wait_calls("views.publish", user_id=user)
    assert f"Only members of <#{channel}> can change its settings." in json.dumps(published.params["view"])
    assert channel_settings(slack_app.runtime.store, channel).articles is True


def test_other_tabs_publish_nothing(slack_app, signed_sender, fake_slack):
    user = "U" + uuid.uuid4().hex[:9].upper()
    assert signed_sender.event(event_envelope({**home_event(user), "tab": "messages"})).status == 200
    assert slack_app.runtime.pool.wait_idle(10)
    assert not fake_slack.calls_to("views.publish", user_id=user)
