"""Nothing acknowledged is lost (issue 12), tried on the real ``brief serve --http`` with real process
kills, its embedded Redis (or a standalone one that is killed or filled), and the fake Slack.

Each test pastes distinct articles in a channel of its own and counts, per pasted message, the digests
Slack received: exactly one each, and no :eyes: left on any message.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter

import pytest

from tests.conftest import SIGNING_SECRET
from tests.support import article_server as served
from tests.support.bot_process import BotProcess, article, free_port
from tests.support.redis_server import RedisServer
from tests.support.slack_signing import event_envelope

pytestmark = pytest.mark.slow
article_server = served.article_server


def new_channel() -> str:
    return "C" + uuid.uuid4().hex[:9].upper()


@pytest.fixture
def bot_env(cli_env, fake_slack, tmp_path):
    env = {k: v for k, v in cli_env.items() if k != "REDIS_URL"}  # the embedded Redis
    env.update(
        SLACK_BOT_TOKEN="xoxb-crash-test-token",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        BRIEF_DATA_DIR=str(tmp_path / "data"),
        BRIEF_WORKERS="2",
        BRIEF_QUEUE_NOTICE_AFTER="1000",
    )
    return env


@pytest.fixture
def bots():
    started: list[BotProcess] = []
    yield started
    for bot in started:
        bot.stop_quietly()


def digests(fake_slack, channel: str) -> Counter:
    """Digests posted per answered message (thread ts)."""
    return Counter(
        c.params.get("thread_ts")
        for c in fake_slack.calls_to("chat.postMessage", channel=channel)
        if c.params.get("metadata")
    )


def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def wait_quiet(fake_slack, channel: str, quiet: float = 4.0, timeout: float = 60) -> None:
    """Until no call about ``channel`` arrived for ``quiet`` seconds (a late duplicate would show)."""
    deadline = time.monotonic() + timeout
    seen = -1
    while time.monotonic() < deadline:
        now = len([c for c in fake_slack.calls if c.params.get("channel") == channel])
        if now == seen:
            return
        seen = now
        time.sleep(quiet)
    raise AssertionError("Slack calls kept coming")


def eyes_left(fake_slack, channel: str) -> list[str]:
    """Messages whose last :eyes: change was an add."""
    last: dict[str, str] = {}
    for call in fake_slack.calls:
        if call.method in {"reactions.add", "reactions.remove"} and call.params.get("channel") == channel:
            if call.params.get("name") == "eyes" and call.status == 200:
                last[call.params["timestamp"]] = call.method
    return sorted(ts for ts, method in last.items() if method == "reactions.add")


def send_burst(bot: BotProcess, channel: str, seed_text: str, count: int, start: int = 0) -> list[str]:
    return [bot.send_article(n, article(n, seed_text), channel)["ts"] for n in range(start, start + count)]


def test_sigkill_mid_burst_then_restart_answers_every_article_once(
    bot_env, bots, fake_slack, seed_text, tmp_path
):
    port, channel = free_port(), new_channel()
    bot = BotProcess(bot_env, port, tmp_path / "data")
    bots.append(bot)
    bot.start()
    sent = send_burst(bot, channel, seed_text, 50)
    acked = time.monotonic()
    wait_until(lambda: len(digests(fake_slack, channel)) >= 3, 120, "the first digests")
    time.sleep(max(0.0, acked + 1.5 - time.monotonic()))  # the guarantee: acked a second before
    bot.kill_everything()
    before = len(digests(fake_slack, channel))
    assert before < 50, "the burst finished before the kill; nothing was tested"

    bot.start()  # same data directory, same port; nothing is sent again
    wait_until(lambda: len(digests(fake_slack, channel)) == 50, 300, "all 50 digests")
    wait_quiet(fake_slack, channel)
    answered = digests(fake_slack, channel)
    assert set(answered) == set(sent)
    assert max(answered.values()) == 1, [ts for ts, n in answered.items() if n > 1]
    assert eyes_left(fake_slack, channel) == []
    assert "Resumed" in bot.log()


def test_sigterm_with_queued_work_stops_within_grace_and_the_rest_runs_after_restart(
    bot_env, bots, fake_slack, article_server, tmp_path
):
    """50 links to a page that takes 1.5 s to answer, one worker: over 60 s of queued work."""
    grace = 5
    env = {**bot_env, "BRIEF_STOP_GRACE": str(grace), "BRIEF_WORKERS": "1", "BRIEF_FETCH_ALLOW_PRIVATE": "1"}
    port, channel = free_port(), new_channel()
    bot = BotProcess(env, port, tmp_path / "data")
    bots.append(bot)
    bot.start()
    sent = [
        bot.send_article(n, f"Read this: <{article_server.url(f'/slow?s=1.5&n={n}')}>", channel)["ts"]
        for n in range(50)
    ]
    wait_until(lambda: len(digests(fake_slack, channel)) >= 2, 120, "the first digests")
    asked = time.monotonic()
    status = bot.terminate()
    stopped_in = time.monotonic() - asked
    assert len(digests(fake_slack, channel)) < 40
    assert status == 0
    assert stopped_in < grace + 10, f"took {stopped_in:.1f} s to stop"
    assert "left in the durable intake for the next start" in bot.log()

    bot.env = {**env, "BRIEF_WORKERS": "8"}  # the same data directory and port, more hands
    bot.start()
    wait_until(lambda: len(digests(fake_slack, channel)) == 50, 300, "all 50 digests")
    wait_quiet(fake_slack, channel)
    answered = digests(fake_slack, channel)
    assert set(answered) == set(sent) and max(answered.values()) == 1
    assert eyes_left(fake_slack, channel) == []


def test_redis_killed_and_restarted_mid_burst_then_everything_redelivered_posts_once(
    bot_env, bots, fake_slack, seed_text, tmp_path
):
    server = RedisServer(tmp_path / "redis").start()
    try:
        env = {**bot_env, "REDIS_URL": server.url}
        port, channel = free_port(), new_channel()
        bot = BotProcess(env, port, tmp_path / "data")
        bots.append(bot)
        bot.start()
        events = []
        for n in range(10):
            events.append(bot.send_article(n, article(n, seed_text), channel))
        wait_until(lambda: len(digests(fake_slack, channel)) >= 2, 120, "the first digests")
        server.kill()
        for n in range(10, 20):  # answered while Redis is down: claims kept in the process
            events.append(bot.send_article(n, article(n, seed_text), channel))
        wait_until(lambda: len(digests(fake_slack, channel)) >= 14, 240, "digests during the outage")
        server.start()
        wait_until(lambda: len(digests(fake_slack, channel)) == 20, 300, "all 20 digests")
        for n, event in enumerate(events):  # Slack redelivers every event
            envelope = event_envelope(event, event_id=f"Ev{channel}{n:04d}")
            assert bot.sender.event(envelope, retry_num=1).status == 200
        wait_quiet(fake_slack, channel, quiet=5)
        answered = digests(fake_slack, channel)
        assert len(answered) == 20 and max(answered.values()) == 1, answered
    finally:
        server.stop()


def test_redis_full_health_degraded_and_every_user_gets_a_reply(
    bot_env, bots, fake_slack, seed_text, tmp_path
):
    server = RedisServer(tmp_path / "redis").start()
    try:
        env = {**bot_env, "REDIS_URL": server.url}
        port, channel = free_port(), new_channel()
        bot = BotProcess(env, port, tmp_path / "data")
        bots.append(bot)
        assert bot.start()["status"] == "ok"
        admin = server.client()
        admin.config_set("maxmemory-policy", "noeviction")
        admin.config_set("maxmemory", "1")
        health = bot.health()
        assert health["status"] == "degraded" and "maxmemory" in health["reason"], health
        sent = send_burst(bot, channel, seed_text, 5)
        name = uuid.uuid4().hex
        assert bot.sender.command("help", response_url=fake_slack.response_url(name)).status == 200
        wait_until(lambda: len(digests(fake_slack, channel)) == 5, 240, "a reply to each article")
        assert set(digests(fake_slack, channel)) == set(sent)
        admin.config_set("maxmemory", "0")
        wait_until(lambda: bot.health()["status"] == "ok", 30, "health back to ok")
    finally:
        server.stop()
