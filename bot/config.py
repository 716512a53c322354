"""Settings, read once from environment variables.

Every knob of Newsroom Brief is an environment variable (the README has the table). A bad value is
reported as one line naming the variable (``ConfigError``), never as a traceback, because the first
person to see it is whoever is starting the bot.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError

DEFAULT_SLACK_API_URL = "https://slack.com/api/"


def _default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsroom-brief", appauthor=False))


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with the defaults the README documents."""

    redis_url: str | None = None
    redis_prefix: str = "brief:"
    data_dir: Path = field(default_factory=_default_data_dir)
    spacy_model: str | None = None
    timezone: str = "UTC"
    log_level: str = "INFO"
    max_input_bytes: int = 1_000_000
    cache_ttl: int = 30 * 24 * 3600
    # Links
    url_cache_ttl: int = 7 * 24 * 3600
    failure_cache_ttl: int = 600
    fetch_timeout: float = 10.0
    fetch_connect_timeout: float = 5.0
    fetch_max_bytes: int = 5_000_000
    fetch_allow_private: bool = False
    fetch_allowed_ports: tuple[int, ...] = (80, 443)
    ignore_domains: tuple[str, ...] = ()
    max_links: int = 3
    # Slack
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = DEFAULT_SLACK_API_URL
    min_words: int = 80
    min_sentences: int = 3
    max_quotes: int = 5
    workers: int = 2
    queue_limit: int = 500
    queue_notice_after: int = 20
    port: int = 3000
    http_threads: int = 8
    claim_ttl: int = 300
    dedup_ttl: int = 3 * 24 * 3600
    share_ttl: int = 24 * 3600
    # History and roundups
    history_days: int = 30
    roundup_min_articles: int = 2
    roundup_grace_hours: int = 6
    # Scale-out
    queue_mode: str = "inline"
    job_timeout: int = 180
    job_retries: int = 3
    job_backoff: tuple[int, ...] = (10, 60, 300)
    worker_grace: int = 60
    worker_maintenance: int = 60
    scheduler_sync: int = 30

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0, got {raw!r}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be 1/0, true/false, yes/no or on/off, got {raw!r}")


def _str(env: Mapping[str, str], name: str) -> str | None:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return None
    return raw.strip()


def _list(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    raw = env.get(name) or ""
    return tuple(part.strip().lower() for part in raw.replace(";", ",").split(",") if part.strip())


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate every setting; raise ``ConfigError`` naming the first bad variable."""
    env = os.environ if env is None else env

    redis_url = _str(env, "REDIS_URL")
    if redis_url and not redis_url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError("REDIS_URL must start with redis://, rediss:// or unix://")

    timezone = _str(env, "BRIEF_TIMEZONE") or "UTC"
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"BRIEF_TIMEZONE: unknown time zone {timezone!r} (use a name like Europe/Berlin)"
        ) from None

    data_dir_raw = _str(env, "BRIEF_DATA_DIR")
    data_dir = Path(data_dir_raw).expanduser() if data_dir_raw else _default_data_dir()
    if data_dir.exists() and not data_dir.is_dir():
        raise ConfigError(f"BRIEF_DATA_DIR is not a directory: {data_dir}")

    log_level = (_str(env, "BRIEF_LOG_LEVEL") or "INFO").upper()
    if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ConfigError(f"BRIEF_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {log_level!r}")

    slack_api_url = _str(env, "SLACK_API_URL") or DEFAULT_SLACK_API_URL
    if not slack_api_url.startswith(("http://", "https://")):
        raise ConfigError("SLACK_API_URL must be an http:// or https:// URL")
    if not slack_api_url.endswith("/"):
        slack_api_url += "/"

    queue_mode = (_str(env, "BRIEF_QUEUE") or "inline").lower()
    if queue_mode not in {"inline", "rq"}:
        raise ConfigError(f"BRIEF_QUEUE must be inline or rq, got {queue_mode!r}")

    backoff_raw = _list(env, "BRIEF_JOB_BACKOFF")
    try:
        backoff = tuple(int(p) for p in backoff_raw) if backoff_raw else (10, 60, 300)
    except ValueError:
        raise ConfigError(
            "BRIEF_JOB_BACKOFF must be a comma-separated list of seconds, like 10,60,300"
        ) from None
    if any(b < 0 for b in backoff):
        raise ConfigError("BRIEF_JOB_BACKOFF must not hold negative seconds")

    ports_raw = _list(env, "BRIEF_FETCH_PORTS")
    try:
        ports = tuple(int(p) for p in ports_raw) if ports_raw else (80, 443)
    except ValueError:
        raise ConfigError("BRIEF_FETCH_PORTS must be a comma-separated list of port numbers") from None
    if any(not 0 < p < 65536 for p in ports):
        raise ConfigError("BRIEF_FETCH_PORTS must hold port numbers between 1 and 65535")

    return Settings(
        redis_url=redis_url,
        redis_prefix=_str(env, "BRIEF_REDIS_PREFIX") or "brief:",
        data_dir=data_dir,
        spacy_model=_str(env, "BRIEF_SPACY_MODEL"),
        timezone=timezone,
        log_level=log_level,
        max_input_bytes=_int(env, "BRIEF_MAX_INPUT_BYTES", 1_000_000, minimum=1000),
        cache_ttl=_int(env, "BRIEF_CACHE_TTL", 30 * 24 * 3600, minimum=1),
        url_cache_ttl=_int(env, "BRIEF_URL_CACHE_TTL", 7 * 24 * 3600, minimum=1),
        failure_cache_ttl=_int(env, "BRIEF_FAILURE_CACHE_TTL", 600, minimum=1),
        fetch_timeout=_float(env, "BRIEF_FETCH_TIMEOUT", 10.0),
        fetch_connect_timeout=_float(env, "BRIEF_FETCH_CONNECT_TIMEOUT", 5.0),
        fetch_max_bytes=_int(env, "BRIEF_FETCH_MAX_BYTES", 5_000_000, minimum=10_000),
        fetch_allow_private=_bool(env, "BRIEF_FETCH_ALLOW_PRIVATE", False),
        fetch_allowed_ports=ports,
        ignore_domains=_list(env, "BRIEF_IGNORE_DOMAINS"),
        max_links=_int(env, "BRIEF_MAX_LINKS", 3, minimum=1),
        slack_bot_token=_str(env, "SLACK_BOT_TOKEN"),
        slack_app_token=_str(env, "SLACK_APP_TOKEN"),
        slack_signing_secret=_str(env, "SLACK_SIGNING_SECRET"),
        slack_api_url=slack_api_url,
        min_words=_int(env, "BRIEF_MIN_WORDS", 80, minimum=1),
        min_sentences=_int(env, "BRIEF_MIN_SENTENCES", 3, minimum=1),
        max_quotes=_int(env, "BRIEF_MAX_QUOTES", 5, minimum=1),
        workers=_int(env, "BRIEF_WORKERS", 2, minimum=1),
        queue_limit=_int(env, "BRIEF_QUEUE_LIMIT", 500, minimum=1),
        queue_notice_after=_int(env, "BRIEF_QUEUE_NOTICE_AFTER", 20, minimum=0),
        port=_int(env, "PORT", 3000, minimum=1),
        http_threads=_int(env, "BRIEF_HTTP_THREADS", 8, minimum=1),
        claim_ttl=_int(env, "BRIEF_CLAIM_TTL", 300, minimum=5),
        dedup_ttl=_int(env, "BRIEF_DEDUP_TTL", 3 * 24 * 3600, minimum=60),
        share_ttl=_int(env, "BRIEF_SHARE_TTL", 24 * 3600, minimum=60),
        history_days=_int(env, "BRIEF_HISTORY_DAYS", 30, minimum=1),
        roundup_min_articles=_int(env, "BRIEF_ROUNDUP_MIN_ARTICLES", 2, minimum=1),
        roundup_grace_hours=_int(env, "BRIEF_ROUNDUP_GRACE_HOURS", 6, minimum=1),
        queue_mode=queue_mode,
        job_timeout=_int(env, "BRIEF_JOB_TIMEOUT", 180, minimum=2),
        job_retries=_int(env, "BRIEF_JOB_RETRIES", 3, minimum=0),
        job_backoff=backoff,
        worker_grace=_int(env, "BRIEF_WORKER_GRACE", 60, minimum=1),
        worker_maintenance=_int(env, "BRIEF_WORKER_MAINTENANCE", 60, minimum=1),
        scheduler_sync=_int(env, "BRIEF_SCHEDULER_SYNC", 30, minimum=1),
    )
