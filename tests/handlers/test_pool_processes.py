"""The inline bot with analysis processes (the default): digests through the real app, a killed
analysis process replaced without losing its job, memory per process reported, nothing left after."""

from __future__ import annotations

import os
import signal
import time
import uuid

import psutil
import pytest

from tests.conftest import RunningApp, slack_settings_for
from tests.support.slack_signing import event_envelope, message_event

pytestmark = pytest.mark.slow  # analysis processes load the model; one is killed mid-article


@pytest.fixture(scope="module")
def process_app(redis_url, fake_slack, tmp_path_factory):
    settings = slack_settings_for(
        redis_url, fake_slack.api_url, tmp_path_factory.mktemp("procs"), workers=2, worker_processes=True
    )
    app = RunningApp(settings)
    yield app
    pids = app.runtime.pool.analysis.pids()
    app.stop()
    assert not [pid for pid in pids if psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"]


def _article(seed_text: str, n: str) -> str:
    return seed_text + f"\n\nUpdate {n}: reporters asked officials for comment on the talks."


def test_articles_are_analysed_in_processes_and_answered(process_app, fake_slack, seed_text):
    channel = "C" + uuid.uuid4().hex[:9].upper()
    events = [message_event(_article(seed_text, f"{i}"), channel=channel) for i in range(3)]
    for event in events:
        assert process_app.sender.event(event_envelope(event)).status == 200
    for event in events:
        [reply] = fake_slack.wait_calls(
            "chat.postMessage", channel=channel, thread_ts=event["ts"], timeout=300
        )
        assert "Patrushev" in str(reply.params["blocks"])
    analysis = process_app.runtime.pool.analysis
    assert analysis.pids() and os.getpid() not in analysis.pids()
    stats = process_app.runtime.pool.stats()["analysis"]
    assert stats["processes"] == 2 and all(mb > 0 for mb in stats["rss_mb"])
    code, body = _health(process_app)
    assert code == 200 and body["model"] and body["pool"]["analysis"]["rss_mb"]


def _health(app: RunningApp):
    from handlers.serve import health

    return health(app.runtime)


def test_a_killed_analysis_process_is_replaced_and_the_article_still_answered(
    process_app, fake_slack, seed_text
):
    analysis = process_app.runtime.pool.analysis
    replaced = analysis.replaced
    channel = "C" + uuid.uuid4().hex[:9].upper()
    event = message_event("\n\n".join([_article(seed_text, "long")] * 8), channel=channel)
    assert process_app.sender.event(event_envelope(event)).status == 200
    deadline = time.monotonic() + 120
    while not analysis.busy_pids():
        assert time.monotonic() < deadline, "the article never reached an analysis process"
        time.sleep(0.005)
    killed = analysis.busy_pids()[0]
    os.kill(killed, signal.SIGKILL)
    [reply] = fake_slack.wait_calls("chat.postMessage", channel=channel, thread_ts=event["ts"], timeout=300)
    assert "Patrushev" in str(reply.params["blocks"])
    assert analysis.replaced == replaced + 1
    assert killed not in analysis.pids()
    fake_slack.wait_calls("reactions.add", channel=channel, name="white_check_mark")
    assert len(fake_slack.calls_to("chat.postMessage", channel=channel, thread_ts=event["ts"])) == 1
