"""Exactly-once posting across a crash between Slack's answer and our bookkeeping."""

from __future__ import annotations

import time
import uuid

from bot.storage.store import Store
from handlers.posting import METADATA_EVENT, post_id_for, post_once
from handlers.slack_io import web_client
from tests.conftest import slack_settings_for
from tests.support.slack_signing import event_envelope, message_event


def _client(fake_slack, redis_url, tmp_path):
    settings = slack_settings_for(redis_url, fake_slack.api_url, tmp_path)
    return web_client(settings)


def _channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


def test_posts_once_with_metadata_and_remembers_the_ts(fake_slack, store, redis_url, tmp_path):
    client, channel = _client(fake_slack, redis_url, tmp_path), _channel()
    pid = post_id_for("digest", channel, "1.1", "https://example.com/a")
    ts, fresh = post_once(client, store, pid, channel=channel, thread_ts="1.1", ttl=60, text="digest")
    again, fresh_again = post_once(
        client, store, pid, channel=channel, thread_ts="1.1", ttl=60, text="digest"
    )
    assert fresh and not fresh_again and again == ts
    posts = fake_slack.calls_to("chat.postMessage", channel=channel)
    assert len(posts) == 1
    assert posts[0].params["metadata"] == {"event_type": METADATA_EVENT, "event_payload": {"post_id": pid}}


def test_an_interrupted_post_that_reached_slack_is_not_repeated(fake_slack, store, redis_url, tmp_path):
    client, channel = _client(fake_slack, redis_url, tmp_path), _channel()
    pid = post_id_for("digest", channel, "2.2", "text")
    ts, _ = post_once(client, store, pid, channel=channel, thread_ts="2.2", ttl=60, text="digest")
    # The process died after Slack answered, before it wrote "posted".
    store.set_json(store.key_slack_post(pid), {"posting": time.time() - 5}, 60)
    again, fresh = post_once(client, store, pid, channel=channel, thread_ts="2.2", ttl=60, text="digest")
    assert (again, fresh) == (ts, False)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1
    assert store.get_json(store.key_slack_post(pid)) == {"posted": ts}


def test_an_interrupted_post_that_never_reached_slack_is_made(fake_slack, store, redis_url, tmp_path):
    client, channel = _client(fake_slack, redis_url, tmp_path), _channel()
    pid = post_id_for("share", channel, "s1")
    store.set_json(store.key_slack_post(pid), {"posting": time.time() - 5}, 60)
    ts, fresh = post_once(client, store, pid, channel=channel, ttl=60, text="shared digest")
    assert fresh and ts
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1
    assert fake_slack.calls_to("conversations.history", status=200, channel=channel)


def test_without_redis_it_still_posts(fake_slack, settings, redis_url, tmp_path):
    client, channel = _client(fake_slack, redis_url, tmp_path), _channel()
    ts, fresh = post_once(client, Store(None, settings), "p", channel=channel, ttl=60, text="x")
    assert fresh and ts


def test_a_crash_after_posting_a_digest_never_posts_a_second_one(
    slack_app, signed_sender, fake_slack, seed_text
):
    store = slack_app.runtime.store
    channel = _channel()
    event = message_event(seed_text, channel=channel)
    envelope = event_envelope(event)
    assert signed_sender.event(envelope).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    assert slack_app.runtime.pool.wait_idle(30)
    # Replay the crash window: the digest is in Slack, but the process died before it marked the
    # event done and wrote "posted". The claim has run out, so Slack's next retry is processed.
    keys = [store.key_slack_event(envelope["event_id"]), store.key_slack_message(channel, event["ts"])]
    for key in keys:
        store.client.delete(key)
    for key in store.client.scan_iter(f"{store.prefix}slack:post:*"):
        if store.get_json(key.decode()).get("posted"):
            store.set_json(key.decode(), {"posting": time.time() - 3}, 60)
    assert signed_sender.event(envelope, retry_num=1).status == 200
    fake_slack.wait_for(
        lambda f: f.calls_to("conversations.replies", channel=channel), message="a look at the thread"
    )
    assert slack_app.runtime.pool.wait_idle(30)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel, thread_ts=event["ts"])) == 1


def test_a_roundup_interrupted_after_posting_is_not_posted_again(fake_slack, store, redis_url, tmp_path):
    from datetime import UTC, datetime, timedelta

    from bot.roundup.compute import Roundup
    from handlers import roundups

    client, channel = _client(fake_slack, redis_url, tmp_path), _channel()
    end = datetime(2026, 3, 30, 6, 30, tzinfo=UTC)
    roundup = Roundup(channel=channel, window="day", start=end - timedelta(days=1), end=end, articles=0)
    ts = roundups.post_roundup(client, channel, roundup, store=store)
    for key in store.client.scan_iter(f"{store.prefix}slack:post:*"):
        store.set_json(key.decode(), {"posting": time.time() - 2}, 60)  # died before writing "posted"
    assert roundups.post_roundup(client, channel, roundup, store=store) == ts
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel)) == 1
