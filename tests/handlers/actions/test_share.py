"""The "Share in channel" button: pressed twice, posted once."""

from __future__ import annotations

import re
import uuid

import pytest

from handlers.guard import ButtonRefused, button_value, read_button, response_url_allowed
from tests.support.fake_slack import TEAM_ID


def share_payload(
    value: str, channel: str, response_url: str, user: str = "UREPORTER1", action_id: str = "brief_share"
) -> dict:
    return {
        "type": "block_actions",
        "user": {"id": user, "username": "reporter"},
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
                "action_id": action_id,
                "block_id": "brief_buttons",
                "value": value,
                "type": "button",
                "action_ts": "1.000002",
                "text": {"type": "plain_text", "text": "Share in channel"},
            }
        ],
    }


def test_button_values_are_signed_for_one_user_and_channel(settings):
    from dataclasses import replace

    settings = replace(settings, slack_signing_secret="s3cret", slack_api_url="http://127.0.0.1:9/api/")
    value = button_value(settings, user="U1", channel="C1", id="abc", url="https://x.org/a")
    assert read_button(settings, value, user="U1", channel="C1")["id"] == "abc"
    for user, channel in (("U2", "C1"), ("U1", "C2"), (None, "C1")):
        with pytest.raises(ButtonRefused):
            read_button(settings, value, user=user, channel=channel)
    forged = value.replace("abc", "xyz")
    for bad in (forged, '{"id":"abc","url":null}', "garbage", None, "[1]"):
        with pytest.raises(ButtonRefused):
            read_button(settings, bad, user="U1", channel="C1")
    other = replace(settings, slack_signing_secret="another")
    with pytest.raises(ButtonRefused):
        read_button(other, value, user="U1", channel="C1")
    assert (
        len(button_value(settings, user="U1", channel="C1", id="a", url="https://x.org/" + "a" * 3000))
        <= 2000
    )


def test_response_urls_only_on_slack_hosts(settings):
    from dataclasses import replace

    settings = replace(settings, slack_api_url="http://127.0.0.1:8123/api/")
    assert response_url_allowed("https://hooks.slack.com/commands/T1/1/abc", settings)
    assert response_url_allowed("http://127.0.0.1:8123/response/x", settings)
    for url in (
        "https://evil.example/hook",
        "http://hooks.slack.com/commands/x",
        "https://hooks.slack.com.evil.example/x",
        "https://hooks.slack.com:8443/x",
        "http://127.0.0.1:8124/response/x",
        "https://user@evil.example@hooks.slack.com/",
        None,
        "",
        "http://[::1",
    ):
        assert not response_url_allowed(url, settings), url


def button_of(blocks: list[dict], action_id: str) -> list[dict]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == action_id]


def test_show_all_quotes_answers_the_presser_only(signed_sender, fake_slack, seed_text):
    """The seed has 9 quotes and the digest shows 5: its button shows all 9, ephemerally."""
    channel = "C" + uuid.uuid4().hex[:9].upper()
    name = uuid.uuid4().hex
    signed_sender.command(seed_text, channel=channel, response_url=fake_slack.response_url(name))
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert call.params["replace_original"] is True  # the digest replaces "Reading it…"
    digest = str(call.params["blocks"])  # labelled counts, most mentioned first, people before places
    # Putin's quote count follows the confidence threshold (his "balanced" is reported by "praised",
    # a less sure cue than "said"): the layout is what this test checks
    assert re.search(
        r"\*People\*, most mentioned first: Vladimir Putin \(6 mentions, [12] quotes?\), Xi Jinping", digest
    )
    assert digest.index("*People*") < digest.index("*Places:* Ukraine, Beijing") and "(4)" not in digest
    assert "*Quotes* · 5 of 9" in digest and "and 4 more" not in digest
    [show] = button_of(call.params["blocks"], "brief_show_quotes")
    assert show["text"]["text"] == "Show all 9 quotes"
    payload = share_payload(
        show["value"], channel, fake_slack.response_url(name + "-q"), action_id="brief_show_quotes"
    )
    assert signed_sender.action(payload).status == 200
    [answer] = fake_slack.wait_calls("response_url", _path=f"/response/{name}-q")
    assert answer.params["response_type"] == "ephemeral" and answer.params["replace_original"] is False
    text = str(answer.params["blocks"])
    assert "All 9 quotes" in text and text.count("> “") == 9 and "“concerns”" in text
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)
    # a button whose quotes are gone says so
    gone = share_payload(
        "0" * 24, channel, fake_slack.response_url(name + "-gone"), action_id="brief_show_quotes"
    )
    assert signed_sender.action(gone).status == 200
    [expired] = fake_slack.wait_calls("response_url", _path=f"/response/{name}-gone")
    assert "expired" in expired.params["text"]


def test_share_pressed_twice_posts_once(slack_app, signed_sender, fake_slack, seed_text):
    channel = "C" + uuid.uuid4().hex[:9].upper()
    name = uuid.uuid4().hex
    signed_sender.command(seed_text, channel=channel, response_url=fake_slack.response_url(name))
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    [button] = button_of(call.params["blocks"], "brief_share")
    payload = share_payload(button["value"], channel, fake_slack.response_url(name + "-share"))
    assert signed_sender.action(payload).status == 200
    assert signed_sender.action(payload).status == 200
    [post] = fake_slack.wait_calls("chat.postMessage", channel=channel)
    assert "Patrushev" in str(post.params["blocks"]) and "thread_ts" not in post.params
    assert not button_of(post.params["blocks"], "brief_share")  # no Share button in the shared copy
    assert post.params["blocks"][-2]["elements"][0]["text"] == "Shared by <@UREPORTER1>"
    [done] = fake_slack.wait_calls("response_url", _path=f"/response/{name}-share")
    assert done.params["replace_original"] is True and "Shared in <#" in done.params["text"]
    assert slack_app.runtime.pool.wait_idle(10)
    assert signed_sender.action(payload).status == 200  # a third press, after it is done
    assert slack_app.runtime.pool.wait_idle(10)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1


def test_expired_share_says_so(slack_app, signed_sender, fake_slack):
    channel = "C" + uuid.uuid4().hex[:9].upper()
    name = uuid.uuid4().hex
    value = button_value(slack_app.settings, user="UREPORTER1", channel=channel, id="never-stored", url=None)
    payload = share_payload(value, channel, fake_slack.response_url(name))
    assert signed_sender.action(payload).status == 200
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "expired" in call.params["text"]
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)


def _digest_button(signed_sender, fake_slack, seed_text, channel: str, name: str) -> str:
    signed_sender.command(seed_text, channel=channel, response_url=fake_slack.response_url(name))
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    [button] = button_of(call.params["blocks"], "brief_share")
    return button["value"]


def test_share_pressed_by_someone_else_or_elsewhere_or_forged_posts_nothing(
    slack_app, signed_sender, fake_slack, seed_text, caplog
):
    channel, other = ("C" + uuid.uuid4().hex[:9].upper() for _ in range(2))
    name = uuid.uuid4().hex
    value = _digest_button(signed_sender, fake_slack, seed_text, channel, name)
    presses = [
        share_payload(value, channel, fake_slack.response_url(name + "-u"), user="UINTRUDER1"),
        share_payload(value, other, fake_slack.response_url(name + "-c")),
        share_payload(value.replace('"c":"', '"c":"X'), channel, fake_slack.response_url(name + "-f")),
        share_payload(
            '{"id":"x","url":"https://news.example.org/a"}', other, fake_slack.response_url(name + "-o")
        ),
    ]
    for payload in presses:
        assert signed_sender.action(payload).status == 200
    for suffix in ("-u", "-c", "-f", "-o"):
        [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}{suffix}")
        assert "can't share this" in call.params["text"]
    assert slack_app.runtime.pool.wait_idle(10)
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)
    assert not fake_slack.calls_to("chat.postMessage", channel=other)
    assert "refused" in caplog.text


def test_a_foreign_response_url_is_never_called(slack_app, signed_sender, fake_slack, seed_text):
    channel, name = "C" + uuid.uuid4().hex[:9].upper(), uuid.uuid4().hex
    value = _digest_button(signed_sender, fake_slack, seed_text, channel, name)
    evil = f"http://localhost:{fake_slack.base_url.rsplit(':', 1)[1]}/response/{name}-evil"  # another host
    assert signed_sender.action(share_payload(value, channel, evil)).status == 200
    assert slack_app.runtime.pool.wait_idle(10)
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)
    assert not fake_slack.calls_to("response_url", _path=f"/response/{name}-evil")
    # /brief with a foreign response_url is answered at once, and nothing is sent there
    response = signed_sender.command("https://news.example.org/x", channel=channel, response_url=evil)
    assert response.status == 200 and "response URL" in response.json()["text"]
    assert slack_app.runtime.pool.wait_idle(10)
    assert not fake_slack.calls_to("response_url", _path=f"/response/{name}-evil")


def test_a_forged_roundup_button_posts_nothing(slack_app, signed_sender, fake_slack):
    channel, name = "C" + uuid.uuid4().hex[:9].upper(), uuid.uuid4().hex
    payload = {
        "type": "block_actions",
        "user": {"id": "UINTRUDER1"},
        "team": {"id": TEAM_ID},
        "channel": {"id": channel},
        "container": {"type": "message", "channel_id": channel, "is_ephemeral": True},
        "response_url": fake_slack.response_url(name),
        "actions": [{"action_id": "roundup_share", "value": '{"id":"abc","window":"day"}', "type": "button"}],
    }
    assert signed_sender.action(payload).status == 200
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "can't share this" in call.params["text"]
    assert slack_app.runtime.pool.wait_idle(10)
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)
