"""The job table: every job's queue, and jobs queued by the previous release under their old paths
(RQ stores a job's function as a dotted path in Redis) still running after the move."""

from __future__ import annotations

import uuid

import pytest
from rq import Queue
from rq.utils import import_attribute

from handlers import home, jobs, roundup_jobs, runtime, source_jobs
from handlers.job_routes import MOVED_JOBS, ROLES, ROUTES, route_of
from handlers.queue import build_worker
from handlers.runtime import build_runtime
from tests.conftest import slack_settings_for
from tests.handlers.test_roundup_commands import fill, new_channel


def test_every_job_has_a_route_on_a_real_queue():
    assert set(ROUTES) == {
        jobs.brief_message,
        jobs.brief_command,
        jobs.share_digest,
        jobs.show_quotes,
        jobs.brief_shortcut,
        home.publish_home,
        home.change_from_home,
        roundup_jobs.actors_job,
        roundup_jobs.share_roundup_job,
        roundup_jobs.scheduled_roundup,
        source_jobs.sources_job,
    }
    assert {route.role for route in ROUTES.values()} == set(ROLES)
    assert route_of(jobs.brief_message).give_up is jobs.give_up_message
    assert route_of(jobs.share_digest).give_up is jobs.give_up_response


@pytest.mark.parametrize("old, new", sorted(MOVED_JOBS.items()))
def test_an_old_job_path_resolves_to_the_moved_job(old, new):
    assert import_attribute(old) is import_attribute(new)
    assert import_attribute(new) in ROUTES


@pytest.fixture
def worker_runtime(redis_url, fake_slack, tmp_path, monkeypatch):
    """What ``default_runtime`` gives an RQ worker, pointed at the fake Slack."""
    settings = slack_settings_for(redis_url, fake_slack.api_url, tmp_path, queue_mode="rq", job_retries=0)
    rt = build_runtime(settings)
    monkeypatch.setattr(runtime, "_default", rt)
    return rt


def test_jobs_queued_under_old_paths_still_run(worker_runtime, fake_slack):
    store, settings = worker_runtime.store, worker_runtime.settings
    channel, name = new_channel(), uuid.uuid4().hex
    fill(store, channel)
    high = Queue(store.queue_name("high"), connection=store.client)
    roundups_queue = Queue(store.queue_name("roundups"), connection=store.client)
    # as the previous release enqueued them: by path string
    actors = high.enqueue(
        "handlers.roundups.actors_job",
        {"team": "T1", "channel": channel, "window": "day", "response_url": fake_slack.response_url(name)},
    )
    off = roundups_queue.enqueue("handlers.queue.scheduled_roundup", {"channel": new_channel()})
    build_worker(settings, store).work(burst=True)
    [call] = fake_slack.wait_calls("response_url", _path=f"/response/{name}")
    assert "Vladimir Putin" in str(call.params["blocks"])
    assert actors.get_status() == "finished"
    assert off.get_status() == "finished" and off.return_value() == "off"
