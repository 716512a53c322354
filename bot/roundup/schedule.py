"""Roundup schedules: when each channel gets its roundup, posted exactly once per period.

A channel's schedule (``/brief roundup at 08:30 Europe/Berlin``, ``weekly mon 09:00``) is kept in
Redis (``sched:channels``) and becomes an APScheduler 3.x cron job in a ``RedisJobStore`` (keys under
our prefix), so schedules survive restarts and every process sees the same jobs:

- the cron trigger runs in the channel's time zone, so 08:30 stays 08:30 across daylight saving;
- ``misfire_grace_time`` is ``BRIEF_ROUNDUP_GRACE_HOURS`` (not APScheduler's 1 second) and
  ``coalesce`` is on: a bot that was down at 08:30 posts once when it is back the same morning;
  a run later than the grace time is skipped and logged (``missed``), by APScheduler and again here;
- job ids are stable (``roundup:{channel}``) and added with ``replace_existing=True``; at start-up a
  stored job is kept as it is when its trigger is unchanged, so a run missed while the bot was down
  is still due;
- before posting, a Redis lock (``SET NX`` on channel + period, the period being the window and the
  local date of the scheduled run) is taken, so two processes with schedulers, a retried job, or a
  restart between schedule and fire post one roundup.

The job function is ``run_scheduled_roundup(channel)``: module level, JSON-serialisable arguments.
It posts through a ``post(channel, roundup)`` callable registered at start-up (``start_scheduler``)
by ``handlers/``, so nothing here knows Slack.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from importlib.metadata import entry_points
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import Settings
from bot.errors import BadInput, BriefError
from bot.roundup.compute import Roundup, compute_roundup
from bot.storage.store import REDIS_ERRORS, Store

log = logging.getLogger(__name__)

Poster = Callable[[str, Roundup], None]

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOCK_TTL = 8 * 24 * 3600
POSTER_GROUP = "newsroom_brief.posters"
USAGE = (
    "`/brief roundup at 08:30 [Europe/Berlin] [quiet]` (daily), "
    "`/brief roundup weekly mon 09:00 [Europe/Berlin] [quiet]`, `/brief roundup off`, "
    "`/brief roundup status`"
)
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


def _now() -> datetime:
    """The current time (tests replace this to move the clock)."""
    return datetime.now(UTC)


# -- schedules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Schedule:
    """When a channel gets its roundup."""

    window: str  # "day" (daily) or "week" (weekly)
    hour: int
    minute: int
    timezone: str
    day_of_week: str | None = None  # "mon"... for weekly
    quiet: bool = False  # post a one-line "quiet day" when no actor recurs
    by: str | None = None  # the Slack user who set it: told when a roundup cannot be posted

    def trigger(self):
        from apscheduler.triggers.cron import CronTrigger

        return CronTrigger(
            day_of_week=self.day_of_week if self.window == "week" else None,
            hour=self.hour,
            minute=self.minute,
            timezone=ZoneInfo(self.timezone),
        )

    def describe(self) -> str:
        when = f"every {self.day_of_week.title()}" if self.window == "week" else "every day"
        quiet = ', with a "quiet day" line when nothing recurs' if self.quiet else ""
        return f"{when} at {self.hour:02d}:{self.minute:02d} {self.timezone}{quiet}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str | bytes) -> Schedule:
        return cls(**json.loads(raw))


@dataclass(frozen=True)
class ScheduleCommand:
    action: str  # "set", "off" or "status"
    schedule: Schedule | None = None


def parse_schedule_command(text: str, default_timezone: str = "UTC") -> ScheduleCommand:
    """Parse what follows ``/brief roundup``: ``at 08:30 [TZ] [quiet]``, ``weekly mon 09:00 [TZ] [quiet]``,
    ``off`` or ``status``; raises ``BadInput`` with the usage otherwise."""
    words = text.split()
    if not words or words[0].lower() == "status":
        if len(words) > 1:
            raise BadInput(f"`status` takes nothing more. Usage: {USAGE}")
        return ScheduleCommand("status")
    head = words[0].lower()
    if head in ("off", "stop", "none"):
        if len(words) > 1:
            raise BadInput(f"`off` takes nothing more. Usage: {USAGE}")
        return ScheduleCommand("off")
    if head in ("at", "daily"):
        window, day, rest = "day", None, words[1:]
        if rest and rest[0].lower() == "at":
            rest = rest[1:]
    elif head == "weekly":
        if len(words) < 2 or words[1].lower()[:3] not in DAYS:
            raise BadInput(f"say which day: `weekly mon 09:00`. Usage: {USAGE}")
        window, day, rest = "week", words[1].lower()[:3], words[2:]
        if rest and rest[0].lower() == "at":
            rest = rest[1:]
    else:
        raise BadInput(f"unknown roundup setting {words[0]!r}. Usage: {USAGE}")
    if not rest:
        raise BadInput(f"say what time, like 08:30. Usage: {USAGE}")
    match = _TIME.match(rest[0])
    if not match:
        raise BadInput(f"{rest[0]!r} is not a time of day; use 24-hour HH:MM, like 08:30")
    quiet = False
    extra = rest[1:]
    if extra and extra[-1].lower() == "quiet":
        quiet, extra = True, extra[:-1]
    if len(extra) > 1:
        raise BadInput(f"unexpected {' '.join(extra[1:])!r}. Usage: {USAGE}")
    zone = extra[0] if extra else default_timezone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(f"unknown time zone {zone!r}; use a name like Europe/Berlin") from None
    schedule = Schedule(window, int(match[1]), int(match[2]), zone, day, quiet)
    return ScheduleCommand("set", schedule)


def save_schedule(store: Store, channel: str, schedule: Schedule) -> None:
    if store.client is None:
        raise BriefError("Redis is not available, so the schedule cannot be saved right now")
    store.client.hset(store.key_schedules(), channel, schedule.to_json())


def load_schedule(store: Store, channel: str) -> Schedule | None:
    if store.client is None:
        return None
    try:
        raw = store.client.hget(store.key_schedules(), channel)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return None
    return Schedule.from_json(raw) if raw else None


def all_schedules(store: Store) -> dict[str, Schedule]:
    if store.client is None:
        return {}
    out = {}
    for channel, raw in store.client.hgetall(store.key_schedules()).items():
        try:
            out[channel.decode()] = Schedule.from_json(raw)
        except (ValueError, TypeError):
            log.warning("Ignoring an unreadable roundup schedule for channel %s", channel.decode())
    return out


def next_fire_time(schedule: Schedule, now: datetime | None = None) -> datetime | None:
    now = now or _now()
    return schedule.trigger().get_next_fire_time(None, now)


def last_fire_time(schedule: Schedule, now: datetime) -> datetime | None:
    """The most recent scheduled run at or before ``now`` (within the last 8 days)."""
    trigger = schedule.trigger()
    previous = None
    fire = trigger.get_next_fire_time(None, now - timedelta(days=8))
    while fire is not None and fire <= now:
        previous = fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return previous


def period_key(schedule: Schedule, fire: datetime) -> str:
    """The period a scheduled run posts for: the window and the local date of the run."""
    return f"{schedule.window}:{fire.astimezone(ZoneInfo(schedule.timezone)).date().isoformat()}"


# -- posting once ----------------------------------------------------------------------------------
#
# The period lock holds ``claim:{unix time}:{token}`` while a process posts and ``done`` after. A claim
# older than ``CLAIM_STALE`` belongs to a process that died mid-post: the next run for that period (a
# retried job, or the catch-up at scheduler start) takes it over. The poster itself checks Slack before
# posting again (``handlers/posting.py``), so a process that died *after* posting causes no second post.

CLAIM_PREFIX = "claim:"
CLAIM_STALE = 5 * 60


def _claim_age(value: bytes | None) -> float | None:
    """Seconds since a claim was taken; None for ``done``, a missing lock or an unreadable value."""
    if not value or not value.startswith(CLAIM_PREFIX.encode()):
        return None
    try:
        return time.time() - float(value.split(b":")[1])
    except (IndexError, ValueError):
        return None


def _take_period(store: Store, lock: str, token: str) -> str:
    """``taken`` (ours now), ``done`` (posted already) or ``busy`` (another process is posting)."""
    if store.client.set(lock, token, nx=True, ex=LOCK_TTL):
        return "taken"
    current = store.client.get(lock)
    age = _claim_age(current)
    if age is None:
        return "done" if current is not None else _take_period(store, lock, token)
    if age > CLAIM_STALE and store.scripts.take_over(keys=[lock], args=[current, token, LOCK_TTL]):
        log.warning("Roundup lock %s was left by a process that stopped mid-post; taking it over", lock)
        return "taken"
    return "busy"


def _finish_period(store: Store, lock: str) -> None:
    try:
        store.client.set(lock, "done", ex=LOCK_TTL)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)


def interrupted_channels(store: Store, now: datetime | None = None) -> list[str]:
    """Channels whose current period was claimed by a process that died mid-post (stale claim)."""
    now = now or _now()
    found = []
    grace = timedelta(hours=store.settings.roundup_grace_hours)
    for channel, schedule in all_schedules(store).items():
        fire = last_fire_time(schedule, now)
        if fire is None or now - fire > grace:
            continue
        age = _claim_age(store.client.get(store.key_roundup_lock(channel, period_key(schedule, fire))))
        if age is not None and age > CLAIM_STALE:
            found.append(channel)
    return found


def post_roundup_once(
    store: Store, channel: str, schedule: Schedule, post: Poster, *, now: datetime | None = None
) -> str:
    """Post the roundup of the run due at ``now``, unless it was posted or missed.

    Returns what happened: ``posted``, ``duplicate`` (the lock for this period is taken), ``missed``
    (later than the grace time), ``empty`` (no recurring actors and no quiet line wanted),
    ``no-run`` (nothing scheduled before now), ``unavailable`` (no Redis, so no lock: not posted) or
    ``failed`` (the poster raised a ``BriefError``: Slack refused it, the user who set it was told).
    """
    now = now or _now()
    fire = last_fire_time(schedule, now)
    if fire is None:
        log.warning("Roundup for %s: no scheduled run before %s; skipped", channel, now.isoformat())
        return "no-run"
    grace = timedelta(hours=store.settings.roundup_grace_hours)
    if now - fire > grace:
        log.warning(
            "Roundup for %s: the run at %s was missed by %s (grace %s); skipped",
            channel,
            fire.isoformat(),
            now - fire,
            grace,
        )
        return "missed"
    if store.client is None:
        log.warning(
            "Roundup for %s: Redis is unavailable, so it cannot be posted exactly once; skipped", channel
        )
        return "unavailable"
    lock = store.key_roundup_lock(channel, period_key(schedule, fire))
    token = f"{CLAIM_PREFIX}{time.time():.0f}:{uuid.uuid4().hex}"
    try:
        taken = _take_period(store, lock, token)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return "unavailable"
    if taken != "taken":
        log.info(
            "Roundup for %s (%s) %s; skipped",
            channel,
            period_key(schedule, fire),
            "was already posted" if taken == "done" else "is being posted by another process",
        )
        return "duplicate"
    try:
        roundup = compute_roundup(store, channel, schedule.window, now=fire, tz=schedule.timezone)
        if roundup.empty and not schedule.quiet:
            log.info(
                "Roundup for %s (%s): no recurring actors; nothing posted",
                channel,
                period_key(schedule, fire),
            )
            _finish_period(store, lock)
            return "empty"
        post(channel, roundup)
    except BriefError as error:  # the poster said why (and told whoever it could): one line, no traceback
        store.release_claim([lock], token)
        log.warning("Roundup for %s not posted: %s", channel, error)
        return "failed"
    except Exception:
        # Give the period back (if still ours) so a retry (or another process) can post it.
        store.release_claim([lock], token)
        log.exception("Roundup for %s: posting failed", channel)
        raise
    _finish_period(store, lock)
    if now - fire > timedelta(minutes=1):
        log.info("Roundup for %s posted %s late (scheduled %s)", channel, now - fire, fire.isoformat())
    return "posted"


# -- the scheduler ---------------------------------------------------------------------------------

_runtime: dict[str, Any] = {"store": None, "post": None, "dispatch": None}


def configure_runtime(store: Store, post: Poster) -> None:
    """Register what scheduled jobs use in this process: the store and the poster."""
    _runtime["store"], _runtime["post"] = store, post


def configure_dispatch(dispatch: Callable[[str], Any] | None) -> None:
    """Queue mode (``brief scheduler``): scheduled runs hand the channel to ``dispatch`` (an RQ
    enqueue); the worker that runs it posts under the roundup lock. None: post in this process."""
    _runtime["dispatch"] = dispatch


def run_scheduled_roundup(channel: str) -> str:
    """The scheduled job (module level, JSON-serialisable arguments): post the channel's roundup once."""
    if _runtime.get("dispatch") is not None:
        _runtime["dispatch"](channel)
        return "enqueued"
    store, post = _runtime["store"], _runtime["post"]
    if store is None or post is None:
        log.warning("Roundup for %s: no poster registered in this process; skipped", channel)
        return "no-poster"
    schedule = load_schedule(store, channel)
    if schedule is None:
        log.info("Roundup for %s: schedule was turned off; skipped", channel)
        return "off"
    return post_roundup_once(store, channel, schedule, post)


def job_id(channel: str) -> str:
    return f"roundup:{channel}"


def _log_event(event) -> None:
    from apscheduler.events import EVENT_JOB_MISSED

    if event.code == EVENT_JOB_MISSED:
        log.warning("Roundup job %s missed its run at %s; skipped", event.job_id, event.scheduled_run_time)
    elif getattr(event, "exception", None) is not None:
        log.error("Roundup job %s failed: %s", event.job_id, event.exception)


def build_scheduler(store: Store, *, scheduler_cls=None, executor=None):
    """An APScheduler scheduler on our Redis job store (not started)."""
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.redis import RedisJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    if store.client is None:
        raise BriefError("Redis is not available, so roundups cannot be scheduled")
    jobstore = RedisJobStore(
        jobs_key=store.key_scheduler_jobs(),
        run_times_key=store.key_scheduler_run_times(),
        # A pool of its own: shutting the scheduler down disconnects its pool, which must not cut
        # the connections that running jobs are using.
        connection_pool=type(store.client.connection_pool)(
            connection_class=store.client.connection_pool.connection_class,
            **store.client.connection_pool.connection_kwargs,
        ),
    )
    scheduler = (scheduler_cls or BackgroundScheduler)(
        jobstores={"default": jobstore},
        executors={"default": executor or ThreadPoolExecutor(2)},
        job_defaults={
            "coalesce": True,
            "misfire_grace_time": store.settings.roundup_grace_hours * 3600,
            "max_instances": 1,
        },
        timezone=UTC,
    )
    scheduler.add_listener(_log_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR)
    return scheduler


def apply_schedule(scheduler, channel: str, schedule: Schedule):
    """Add (or replace) the channel's job; returns the job."""
    return scheduler.add_job(
        run_scheduled_roundup,
        trigger=schedule.trigger(),
        args=[channel],
        id=job_id(channel),
        name=f"roundup {channel}",
        replace_existing=True,
    )


def restore_schedules(scheduler, store: Store) -> int:
    """Make the job store match the stored schedules; returns how many channels are scheduled.

    A job whose trigger is unchanged is left alone, so a run it missed while the bot was down stays
    due (and is posted within the grace time); new or changed schedules are (re)added; jobs of
    channels whose schedule is gone are removed.
    """
    schedules = all_schedules(store)
    for channel, schedule in schedules.items():
        job = scheduler.get_job(job_id(channel))
        if job is None or repr(job.trigger) != repr(schedule.trigger()):
            apply_schedule(scheduler, channel, schedule)
    for job in scheduler.get_jobs():
        if job.id.startswith("roundup:") and job.id.split(":", 1)[1] not in schedules:
            scheduler.remove_job(job.id)
    return len(schedules)


def start_scheduler(store: Store, post: Poster, *, scheduler_cls=None, executor=None):
    """Start a scheduler for this process (``brief serve``): register the poster, start, restore jobs."""
    configure_runtime(store, post)
    scheduler = build_scheduler(store, scheduler_cls=scheduler_cls, executor=executor)
    scheduler.start()
    count = restore_schedules(scheduler, store)
    scheduler.add_job(
        run_catch_up,
        trigger="interval",
        minutes=CATCH_UP_MINUTES,
        next_run_time=_now(),
        id=CATCH_UP_JOB_ID,
        name="roundup catch-up",
        replace_existing=True,
    )
    log.info("Roundup scheduler started with %d channel schedule(s)", count)
    return scheduler


CATCH_UP_JOB_ID = "roundup-catch-up"
CATCH_UP_MINUTES = 5


def run_catch_up() -> list[str]:
    """Run again the roundups a process left half-posted when it died (stale claims, see the lock).

    Scheduled at start-up and every ``CATCH_UP_MINUTES``; harmless when several schedulers run it,
    since the period lock still decides who posts.
    """
    store = _runtime["store"]
    if store is None or store.client is None:
        return []
    try:
        channels = interrupted_channels(store)
    except REDIS_ERRORS as error:
        store.warn_unavailable(error)
        return []
    for channel in channels:
        log.warning("Roundup for %s was interrupted mid-post; running it again", channel)
        try:
            run_scheduled_roundup(channel)
        except Exception:
            log.exception("Roundup for %s: the catch-up run failed", channel)
    return channels


# -- what the commands call ------------------------------------------------------------------------


def set_schedule(store: Store, channel: str, schedule: Schedule, *, scheduler=None) -> datetime | None:
    """Save a channel's schedule (and add its job when a scheduler runs here); returns the next run."""
    save_schedule(store, channel, schedule)
    if scheduler is not None:
        job = apply_schedule(scheduler, channel, schedule)
        if getattr(job, "next_run_time", None):
            return job.next_run_time
    return next_fire_time(schedule)


def turn_off(store: Store, channel: str, *, scheduler=None) -> bool:
    """Remove a channel's schedule; False when it had none."""
    if store.client is None:
        raise BriefError("Redis is not available, so the schedule cannot be changed right now")
    removed = bool(store.client.hdel(store.key_schedules(), channel))
    if scheduler is not None and scheduler.get_job(job_id(channel)) is not None:
        scheduler.remove_job(job_id(channel))
    return removed


def schedule_status(store: Store, channel: str, *, scheduler=None, now: datetime | None = None) -> str:
    """One line for ``/brief roundup status``: the schedule and its next run, or that there is none."""
    schedule = load_schedule(store, channel)
    if schedule is None:
        return f"No roundup is scheduled for this channel. Set one with {USAGE.split(',')[0]}."
    next_run = None
    if scheduler is not None:
        job = scheduler.get_job(job_id(channel))
        next_run = getattr(job, "next_run_time", None)
    next_run = next_run or next_fire_time(schedule, now)
    when = (
        next_run.astimezone(ZoneInfo(schedule.timezone)).strftime("%a %-d %b %Y %H:%M %Z")
        if next_run
        else "never"
    )
    return f"Roundup {schedule.describe()}. Next run: {when}."


def run_command(
    store: Store, channel: str, text: str, settings: Settings, *, scheduler=None, user: str | None = None
) -> str:
    """Apply ``/brief roundup <text>`` to a channel (``user``: who asked, told if a roundup cannot be
    posted); returns the reply. Raises ``BadInput``."""
    command = parse_schedule_command(text, settings.timezone)
    if command.action == "status":
        return schedule_status(store, channel, scheduler=scheduler)
    if command.action == "off":
        return (
            "Roundup turned off for this channel."
            if turn_off(store, channel, scheduler=scheduler)
            else ("No roundup was scheduled for this channel.")
        )
    chosen = replace(command.schedule, by=user) if user else command.schedule
    next_run = set_schedule(store, channel, chosen, scheduler=scheduler)
    zone = ZoneInfo(command.schedule.timezone)
    when = next_run.astimezone(zone).strftime("%a %-d %b %Y %H:%M %Z") if next_run else "never"
    return f"Roundup scheduled {command.schedule.describe()}. Next run: {when}."


def load_poster(settings: Settings, store: Store) -> Poster:
    """The Slack poster contributed by ``handlers`` (entry point ``newsroom_brief.posters``: ``roundup``)."""
    for entry in entry_points(group=POSTER_GROUP, name="roundup"):
        return entry.load()(settings, store)
    raise BriefError("posting needs the Slack part of Newsroom Brief (handlers) installed")
