"""Roundup schedules with real APScheduler, a real Redis job store and a controllable clock.

``ManualScheduler`` is APScheduler's own ``BaseScheduler`` without a thread: a test moves the clock and
asks it to process due jobs (``_process_jobs``, what the background thread does on each wake-up),
with the ``DebugExecutor`` running each job in the test's thread. Nothing sleeps.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import apscheduler.executors.base
import apscheduler.schedulers.base
import pytest
from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler

from bot.errors import BadInput
from bot.roundup import schedule
from bot.roundup.schedule import Schedule, parse_schedule_command
from bot.storage import history
from bot.storage.store import Store
from tests.support.history_briefs import NOW, make_brief

BERLIN = ZoneInfo("Europe/Berlin")


class ManualScheduler(BaseScheduler):
    def wakeup(self):  # no thread to wake: tests call run_due()
        pass

    def shutdown(self, wait=True):
        super().shutdown(wait)

    def run_due(self):
        return self._process_jobs()


class Clock:
    def __init__(self, now: datetime):
        self.now = now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(NOW)

    class FakeDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            return clock.now.astimezone(tz) if tz else clock.now.replace(tzinfo=None)

    monkeypatch.setattr(apscheduler.schedulers.base, "datetime", FakeDatetime)
    monkeypatch.setattr(apscheduler.executors.base, "datetime", FakeDatetime)
    monkeypatch.setattr(schedule, "_now", lambda: clock.now)
    return clock


@pytest.fixture
def posts():
    return []


@pytest.fixture
def start(store, posts):
    """Start a scheduler 'process' on the test's Redis; all are shut down at the end."""
    started = []

    def post(channel, roundup):
        posts.append((channel, roundup))

    def start_one(a_store: Store | None = None):
        sched = schedule.start_scheduler(
            a_store or store, post, scheduler_cls=ManualScheduler, executor=DebugExecutor()
        )
        started.append(sched)
        return sched

    yield start_one
    for sched in started:
        if sched.running:
            sched.shutdown(wait=False)


def tomorrow_0830() -> datetime:
    """08:30 Berlin time tomorrow (near the real clock, because history expiry runs on real time)."""
    day = NOW.astimezone(BERLIN).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, 8, 30, tzinfo=BERLIN)


def fill_history(store, fire: datetime) -> None:
    for hours, name in ((10, "a"), (5, "b"), (2, "c")):
        brief = make_brief(
            f"article {name} for {fire.isoformat()}",
            [("Vladimir Putin", "person", 2), ("Kremlin", "organization", 1)],
        )
        history.record_article(
            store, "C1", brief, permalink=f"https://slack.test/{name}", when=fire - timedelta(hours=hours)
        )


DAILY = Schedule("day", 8, 30, "Europe/Berlin")


# -- parsing ---------------------------------------------------------------------------------------


def test_parse_commands():
    assert parse_schedule_command("at 08:30 Europe/Berlin").schedule == DAILY
    assert parse_schedule_command("at 7:05", "UTC").schedule == Schedule("day", 7, 5, "UTC")
    weekly = parse_schedule_command("weekly Monday 09:00 quiet", "Europe/Paris").schedule
    assert weekly == Schedule("week", 9, 0, "Europe/Paris", "mon", quiet=True)
    assert parse_schedule_command("off").action == "off"
    assert parse_schedule_command("status").action == "status"
    assert parse_schedule_command("").action == "status"
    for bad in ("at 25:00", "at 08:30 Mars/Olympus", "weekly 09:00", "hourly", "at", "at 08:30 UTC extra"):
        with pytest.raises(BadInput):
            parse_schedule_command(bad)


# -- time --------------------------------------------------------------------------------------------


def test_fires_at_local_time_across_daylight_saving():
    trigger = DAILY.trigger()
    # Europe/Berlin moves to summer time on the last Sunday of March (29 March 2026).
    saturday = trigger.get_next_fire_time(None, datetime(2026, 3, 28, 0, 0, tzinfo=UTC))
    sunday = trigger.get_next_fire_time(saturday, saturday + timedelta(seconds=1))
    monday = trigger.get_next_fire_time(sunday, sunday + timedelta(seconds=1))
    assert [t.astimezone(UTC).strftime("%d %H:%M") for t in (saturday, sunday, monday)] == [
        "28 07:30",
        "29 06:30",
        "30 06:30",
    ]
    assert {t.astimezone(BERLIN).strftime("%H:%M") for t in (saturday, sunday, monday)} == {"08:30"}
    # And back to winter time on the last Sunday of October (25 October 2026).
    october = trigger.get_next_fire_time(None, datetime(2026, 10, 25, 0, 0, tzinfo=UTC))
    assert october.astimezone(UTC).strftime("%d %H:%M") == "25 07:30"


def test_scheduler_job_follows_the_dst_change(store, clock, start, posts):
    quiet = Schedule("day", 8, 30, "Europe/Berlin", quiet=True)
    clock.now = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    sched = start()
    schedule.set_schedule(store, "C1", quiet, scheduler=sched)
    job = sched.get_job(schedule.job_id("C1"))
    assert job.next_run_time.astimezone(UTC) == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)
    clock.now = datetime(2026, 3, 29, 6, 30, 5, tzinfo=UTC)
    sched.run_due()
    assert len(posts) == 1 and posts[0][1].empty  # quiet day line: history is empty back then
    job = sched.get_job(schedule.job_id("C1"))
    assert job.next_run_time.astimezone(UTC) == datetime(2026, 3, 30, 6, 30, tzinfo=UTC)


# -- exactly once ----------------------------------------------------------------------------------


def test_fires_at_the_time_and_posts_the_roundup(store, clock, start, posts):
    fire = tomorrow_0830()
    fill_history(store, fire)
    clock.now = fire - timedelta(hours=1)
    sched = start()
    schedule.set_schedule(store, "C1", DAILY, scheduler=sched)
    sched.run_due()
    assert posts == []  # not yet
    clock.now = fire + timedelta(seconds=3)
    sched.run_due()
    assert len(posts) == 1
    channel, roundup = posts[0]
    assert channel == "C1" and roundup.end == fire
    assert [(a.name, a.articles) for a in roundup.actors] == [("Vladimir Putin", 3), ("Kremlin", 3)]
    sched.run_due()
    assert len(posts) == 1


def test_two_schedulers_on_one_redis_post_once(store, clock, start, posts):
    fire = tomorrow_0830()
    fill_history(store, fire)
    clock.now = fire - timedelta(hours=1)
    first, second = start(), start(Store(store.client, store.settings))
    schedule.set_schedule(store, "C1", DAILY, scheduler=first)
    schedule.restore_schedules(second, store)  # the second process boots: the job is kept as it is
    clock.now = fire + timedelta(seconds=1)
    second.run_due()
    first.run_due()
    assert len(posts) == 1
    # Even when both processes got as far as running the job (a race, or a retried job), the lock holds.
    assert schedule.run_scheduled_roundup("C1") == "duplicate"
    assert len(posts) == 1


def test_restart_between_schedule_and_fire_posts_once(store, clock, start, posts):
    fire = tomorrow_0830()
    fill_history(store, fire)
    clock.now = fire - timedelta(hours=3)
    before = start()
    schedule.set_schedule(store, "C1", DAILY, scheduler=before)
    before.shutdown(wait=False)
    clock.now = fire - timedelta(minutes=5)
    after = start()  # restart: schedules come back from Redis
    assert after.get_job(schedule.job_id("C1")).next_run_time == fire
    clock.now = fire + timedelta(seconds=2)
    after.run_due()
    after.run_due()
    assert len(posts) == 1


def test_a_fire_40_minutes_late_is_posted(store, clock, start, posts, caplog):
    """Down at 08:30, back at 09:10: the missed run is still due at start-up and posts once."""
    fire = tomorrow_0830()
    fill_history(store, fire)
    clock.now = fire - timedelta(hours=2)
    sched = start()
    schedule.set_schedule(store, "C1", DAILY, scheduler=sched)
    sched.shutdown(wait=False)
    clock.now = fire + timedelta(minutes=40)
    caplog.set_level(logging.INFO, logger="bot.roundup.schedule")
    again = start()
    again.run_due()
    again.run_due()
    assert len(posts) == 1
    assert posts[0][1].end == fire  # the roundup of the period that was due, not of 09:10
    assert "late" in caplog.text


def test_a_fire_the_next_day_is_skipped_and_logged(store, clock, start, posts, caplog):
    fire = tomorrow_0830()
    fill_history(store, fire)
    clock.now = fire - timedelta(hours=2)
    sched = start()
    schedule.set_schedule(store, "C1", DAILY, scheduler=sched)
    sched.shutdown(wait=False)
    # Back the next day at 07:00, before that day's run: yesterday's run is past the 6-hour grace.
    clock.now = fire + timedelta(hours=22, minutes=30)
    caplog.set_level(logging.INFO)
    again = start()
    again.run_due()
    assert posts == []
    assert "missed" in caplog.text
    assert f"Roundup job {schedule.job_id('C1')} missed its run" in caplog.text
    # That day's own run still posts.
    fill_history(store, fire + timedelta(days=1))
    clock.now = fire + timedelta(days=1, seconds=1)
    again.run_due()
    assert len(posts) == 1


def test_post_once_guard_without_apscheduler(store, posts, caplog):
    fire = tomorrow_0830()
    fill_history(store, fire)

    def post(channel, _roundup):
        posts.append(channel)

    late = fire + timedelta(days=1, hours=-1)  # 07:30 the next day: last run was 23 h ago
    caplog.set_level(logging.WARNING, logger="bot.roundup.schedule")
    assert schedule.post_roundup_once(store, "C1", DAILY, post, now=late) == "missed"
    assert "was missed by" in caplog.text
    assert schedule.post_roundup_once(store, "C1", DAILY, post, now=fire + timedelta(minutes=40)) == "posted"
    assert (
        schedule.post_roundup_once(store, "C1", DAILY, post, now=fire + timedelta(minutes=41)) == "duplicate"
    )
    assert posts == ["C1"]


def test_a_failed_post_gives_the_period_back(store):
    fire = tomorrow_0830()
    fill_history(store, fire)
    calls = []

    def flaky(channel, _roundup):
        calls.append(channel)
        if len(calls) == 1:
            raise RuntimeError("Slack is down")

    with pytest.raises(RuntimeError):
        schedule.post_roundup_once(store, "C1", DAILY, flaky, now=fire)
    assert schedule.post_roundup_once(store, "C1", DAILY, flaky, now=fire + timedelta(minutes=5)) == "posted"
    assert len(calls) == 2


def test_empty_window_posts_nothing_unless_quiet(store):
    fire = tomorrow_0830()
    posted = []
    assert (
        schedule.post_roundup_once(store, "C9", DAILY, lambda _channel, r: posted.append(r), now=fire)
        == "empty"
    )
    quiet = Schedule("day", 8, 30, "Europe/Berlin", quiet=True)
    next_day = fire + timedelta(days=1)
    assert (
        schedule.post_roundup_once(store, "C9", quiet, lambda _channel, r: posted.append(r), now=next_day)
        == "posted"
    )
    assert posted[0].empty


def test_weekly_period_and_status_and_off(store, clock, start):
    weekly = Schedule("week", 9, 0, "Europe/Berlin", "mon")
    clock.now = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)  # a Wednesday
    sched = start()
    reply = schedule.run_command(
        store, "C1", "weekly mon 09:00 Europe/Berlin", store.settings, scheduler=sched
    )
    assert "every Mon at 09:00 Europe/Berlin" in reply and "Mon 30 Mar 2026 09:00 CEST" in reply
    assert schedule.load_schedule(store, "C1") == weekly
    status = schedule.run_command(store, "C1", "status", store.settings, scheduler=sched)
    assert "Next run: Mon 30 Mar 2026 09:00 CEST" in status
    assert schedule.period_key(weekly, datetime(2026, 3, 30, 7, 0, tzinfo=UTC)) == "week:2026-03-30"
    assert "turned off" in schedule.run_command(store, "C1", "off", store.settings, scheduler=sched)
    assert sched.get_job(schedule.job_id("C1")) is None
    assert "No roundup is scheduled" in schedule.run_command(store, "C1", "status", store.settings)
    assert "No roundup was scheduled" in schedule.run_command(store, "C1", "off", store.settings)


def test_restore_replaces_changed_and_removes_stale_jobs(store, clock, start):
    clock.now = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)
    sched = start()
    schedule.set_schedule(store, "C1", DAILY, scheduler=sched)
    schedule.set_schedule(store, "C2", DAILY, scheduler=sched)
    # Another process changed C1 and turned C2 off while this one was down.
    schedule.save_schedule(store, "C1", Schedule("day", 7, 0, "UTC"))
    store.client.hdel(store.key_schedules(), "C2")
    assert schedule.restore_schedules(sched, store) == 1
    job = sched.get_job(schedule.job_id("C1"))
    assert job.next_run_time == datetime(2026, 3, 26, 7, 0, tzinfo=UTC)
    assert sched.get_job(schedule.job_id("C2")) is None
    # Jobs live under our prefix.
    assert store.client.hexists(store.key_scheduler_jobs(), schedule.job_id("C1"))


# -- a process that died mid-post ------------------------------------------------------------------


def _lock(store, fire):
    return store.key_roundup_lock("C1", schedule.period_key(DAILY, fire))


def test_a_live_claim_blocks_and_a_stale_one_is_taken_over(store):
    import time

    fire = tomorrow_0830()
    fill_history(store, fire)
    posts = []

    def post(channel, _roundup):
        posts.append(channel)

    lock = _lock(store, fire)
    store.client.set(lock, f"claim:{time.time() - 30:.0f}:another-process")
    assert schedule.post_roundup_once(store, "C1", DAILY, post, now=fire) == "duplicate"
    assert posts == []
    store.client.set(lock, f"claim:{time.time() - schedule.CLAIM_STALE - 60:.0f}:a-process-that-died")
    assert schedule.post_roundup_once(store, "C1", DAILY, post, now=fire + timedelta(minutes=1)) == "posted"
    assert store.client.get(lock) == b"done"
    assert (
        schedule.post_roundup_once(store, "C1", DAILY, post, now=fire + timedelta(minutes=2)) == "duplicate"
    )
    assert posts == ["C1"]


def test_catch_up_reruns_only_interrupted_periods(store, clock):
    import time

    fire = tomorrow_0830()
    fill_history(store, fire)
    clock.now = fire + timedelta(minutes=20)
    schedule.save_schedule(store, "C1", DAILY)
    posts = []
    schedule.configure_runtime(store, lambda channel, _roundup: posts.append(channel))
    schedule.configure_dispatch(None)
    assert schedule.run_catch_up() == []  # never started: APScheduler's misfire handling owns it
    store.client.set(_lock(store, fire), f"claim:{time.time() - schedule.CLAIM_STALE - 1:.0f}:died")
    assert schedule.interrupted_channels(store) == ["C1"]
    assert schedule.run_catch_up() == ["C1"]
    assert posts == ["C1"]
    assert schedule.run_catch_up() == []
    assert posts == ["C1"]


def test_the_job_store_has_its_own_redis_pool(store):
    """Stopping a scheduler disconnects its job store's pool; jobs' connections must not be in it."""
    scheduler = schedule.build_scheduler(store)
    jobstore = scheduler._jobstores["default"]
    assert jobstore.redis.connection_pool is not store.client.connection_pool
    in_use = store.client.connection_pool.get_connection()
    try:
        jobstore.shutdown()
        in_use.send_command("PING")
        assert in_use.read_response() in (b"PONG", "PONG")
    finally:
        store.client.connection_pool.release(in_use)


def test_a_failed_post_never_gives_back_a_period_another_process_took_over(store):
    import time

    fire = tomorrow_0830()
    fill_history(store, fire)
    lock = _lock(store, fire)
    other = f"claim:{time.time():.0f}:another-process"

    def slow_then_failing(_channel, _roundup):
        store.client.set(lock, other)  # our claim was taken over while we were posting
        raise RuntimeError("Slack is down")

    with pytest.raises(RuntimeError):
        schedule.post_roundup_once(store, "C1", DAILY, slow_then_failing, now=fire)
    assert store.client.get(lock) == other.encode()
