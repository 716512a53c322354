"""The "Share in channel" button: pressed twice, posted once."""

from __future__ import annotations

import uuid

from handlers.actions.share import parse_value
from tests.support.fake_slack import TEAM_ID


def share_payload(value: str, channel: str, response_url: str) -> dict:
    return {
        "type": "block_actions",
        "user": {"id": "UREPORTER1", "username": "reporter"},
        "api_app_id": "AFAKE0001",
        "token": "unused",
        "container": {
            "type": "message",
            "message_ts": "1.000001",
            "channel_id": channel,
            "is_ephemeral": True,
        },
        "trigger_id": "trigger.1",
        "team": {"id": TEAM_ID, "domain": "fake"},
        "channel": {"id": channel, "name": "news"},
        "response_url": response_url,
        "actions": [
            {
                "action_id": "brief_share",
                "block_id": "brief_share",
                "value": value,
                "type": "button",
                "action_ts": "1.000002",
                "text": {"type": "plain_text", "text": "Share in channel"},
            }
        ],
    }


def test_parse_value():
    assert parse_value('{"id":"abc","url":null}') == ("abc", None)
    assert parse_value("garbage") == (None, None)
    assert parse_value('{"id": 3}') == (None, None)


def test_share_pressed_twice_posts_once(slack_app, signed_sender, fake_slack, seed_text):
    channel = "C" + uuid.uuid4().hex[:9].upper()
    name = uuid.uuid4().hex
    signed_sender.command(seed_text, channel=channel, response_url=fake_slack.response_url(name))
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    [button] = [b for b in call.params["blocks"] if b["type"] == "actions"][0]["elements"]
    payload = share_payload(button["value"], channel, fake_slack.response_url(name + "-share"))
    assert signed_sender.action(payload).status == 200
    assert signed_sender.action(payload).status == 200
    [post] = fake_slack.wait_calls("chat.postMessage", channel=channel)
    assert "Patrushev" in str(post.params["blocks"]) and "thread_ts" not in post.params
    assert not any(b["type"] == "actions" for b in post.params["blocks"])  # no button in the shared copy
    fake_slack.wait_calls("response_url", _path=f"/response/{name}-share")
    assert slack_app.runtime.pool.wait_idle(10)
    assert signed_sender.action(payload).status == 200  # a third press, after it is done
    assert slack_app.runtime.pool.wait_idle(10)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1


def test_expired_share_says_so(slack_app, signed_sender, fake_slack):
    channel = "C" + uuid.uuid4().hex[:9].upper()
    name = uuid.uuid4().hex
    payload = share_payload('{"id":"never-stored","url":null}', channel, fake_slack.response_url(name))
    assert signed_sender.action(payload).status == 200
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "expired" in call.params["text"]
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)
