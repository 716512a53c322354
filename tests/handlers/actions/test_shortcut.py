"""The "Brief this message" message shortcut through the real app: a signed ``message_action`` payload."""

from __future__ import annotations

import uuid

from bot.storage.channels import set_channel_setting
from tests.support.fake_slack import TEAM_ID


def new_channel(prefix: str = "C") -> str:
    return prefix + uuid.uuid4().hex[:9].upper()


def shortcut_payload(channel: str, text: str, response_url: str, ts: str | None = None) -> dict:
    ts = ts or f"1700000000.{uuid.uuid4().int % 1_000_000:06d}"
    return {
        "type": "message_action",
        "token": "unused",
        "action_ts": "1700000001.000001",
        "callback_id": "brief_this_message",
        "trigger_id": f"trigger.{uuid.uuid4().hex[:8]}",
        "team": {"id": TEAM_ID, "domain": "fake"},
        "user": {"id": "UREPORTER1", "username": "reporter"},
        "channel": {"id": channel, "name": "news"},
        "message_ts": ts,
        "message": {"type": "message", "user": "UWRITER1", "ts": ts, "text": text},
        "response_url": response_url,
    }


def test_shortcut_answers_in_the_thread_where_the_bot_briefs(slack_app, signed_sender, fake_slack, seed_text):
    channel, name = new_channel(), uuid.uuid4().hex
    payload = shortcut_payload(channel, seed_text, fake_slack.response_url(name))
    response = signed_sender.action(payload)
    assert response.status == 200 and response.seconds < 3
    [post] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=payload["message_ts"])
    assert "Patrushev" in str(post.params["blocks"])
    [told] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert told.params["text"] == "The digest is in the message's thread."
    # pressed again: the same digest is not posted twice
    assert signed_sender.action(payload).status == 200
    fake_slack.wait_calls("response_url", 2, _path=f"/response/{name}")
    assert slack_app.runtime.pool.wait_idle(30)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1


def test_shortcut_answers_privately_where_the_bot_is_not_or_does_not_brief(
    slack_app, signed_sender, fake_slack, seed_text
):
    outside, name = new_channel(), uuid.uuid4().hex
    fake_slack.not_in.add(outside)
    assert (
        signed_sender.action(shortcut_payload(outside, seed_text, fake_slack.response_url(name))).status
        == 200
    )
    [digest] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert digest.params["response_type"] == "ephemeral" and "Patrushev" in str(digest.params["blocks"])
    assert "Share in channel" in str(digest.params["blocks"])
    # a channel that does not brief pasted articles on its own: privately too
    quiet, name = new_channel(), uuid.uuid4().hex
    set_channel_setting(slack_app.runtime.store, quiet, "articles", False)
    assert (
        signed_sender.action(shortcut_payload(quiet, seed_text, fake_slack.response_url(name))).status == 200
    )
    fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    # a DM: privately, without a Share button
    dm, name = new_channel("D"), uuid.uuid4().hex
    assert signed_sender.action(shortcut_payload(dm, seed_text, fake_slack.response_url(name))).status == 200
    [private] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "Patrushev" in str(private.params["blocks"]) and "Share in channel" not in str(
        private.params["blocks"]
    )
    assert slack_app.runtime.pool.wait_idle(30)
    for channel in (quiet, dm):
        assert not fake_slack.calls_to("chat.postMessage", channel=channel)


def test_shortcut_on_a_message_with_nothing_to_brief_says_so(signed_sender, fake_slack):
    channel, name = new_channel(), uuid.uuid4().hex
    payload = shortcut_payload(channel, "lunch at one?", fake_slack.response_url(name))
    assert signed_sender.action(payload).status == 200
    [said] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert said.params["text"].startswith(":warning: nothing to brief")
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)
