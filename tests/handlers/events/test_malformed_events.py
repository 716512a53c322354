"""Events Slack could send but rarely does: a lone surrogate, missing fields; a 40 KB /brief word."""

from __future__ import annotations

import logging
import uuid

import pytest

from tests.support.slack_signing import event_envelope, message_event


def new_channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


def test_a_lone_surrogate_in_a_pasted_article_still_gets_a_digest(signed_sender, fake_slack, seed_text):
    channel = new_channel()
    event = message_event(seed_text.replace("Putin", "Putin\ud800", 1), channel=channel)
    assert signed_sender.event(event_envelope(event)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    assert "Patrushev" in str(reply.params["blocks"])
    fake_slack.wait_calls("reactions.add", channel=channel, name="white_check_mark")


def test_a_lone_surrogate_in_a_mention_gets_a_clear_reply(signed_sender, fake_slack):
    from tests.support.fake_slack import BOT_USER_ID

    channel = new_channel()
    event = message_event(f"<@{BOT_USER_ID}> what about \ud800 this", channel=channel)
    event["type"] = "app_mention"
    assert signed_sender.event(event_envelope(event)).status == 200
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    assert reply.params["text"].startswith(":warning:") and "nothing to brief" in reply.params["text"]


@pytest.mark.parametrize("missing", ["ts", "channel", "text"])
@pytest.mark.parametrize("kind", ["message", "app_mention"])
def test_an_event_missing_a_field_is_ignored_with_one_log_line(
    slack_app, signed_sender, fake_slack, caplog, seed_text, missing, kind
):
    caplog.set_level(logging.INFO)
    channel = new_channel()
    event = message_event(seed_text, channel=channel)
    event["type"] = kind
    del event[missing]
    assert signed_sender.event(event_envelope(event)).status == 200

    def logged():  # Bolt acks first and runs the listener afterwards, on its own thread
        return [
            r for r in caplog.records if "ignored" in r.getMessage() and f"no {missing}" in r.getMessage()
        ]

    fake_slack.wait_for(lambda _: logged(), timeout=10, message="the ignored-event log line")
    assert slack_app.runtime.pool.wait_idle(10)
    assert len(logged()) == 1
    assert "Traceback" not in caplog.text and not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not fake_slack.calls_to("chat.postMessage", channel=channel)


def test_brief_with_a_40_kb_word_does_not_echo_it(signed_sender, fake_slack):
    word = "Z" * 40_000
    response = signed_sender.command(word, response_url=fake_slack.response_url(uuid.uuid4().hex))
    assert response.status == 200
    text = response.json()["text"]
    assert len(text) < 300 and "Z" * 100 not in text and "I don't know" in text
