"""The ``brief`` command (also ``python -m bot``).

Exit codes: 0 success, 2 bad input or configuration (one line on stderr says what), 1 internal error.
Subcommands that need Slack (``serve``, ``worker``, ``scheduler``...) are contributed by the
``handlers`` package through the ``newsroom_brief.commands`` entry point group, so ``bot`` never imports
the Slack layer.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from importlib.metadata import entry_points
from typing import Any, TextIO

from bot import __version__
from bot.brief import Brief
from bot.config import Settings, load_settings
from bot.errors import BadInput, BriefError
from bot.render.terminal import render_brief

log = logging.getLogger("bot.cli")

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


@dataclass
class Context:
    """What a subcommand gets: settings now, Redis and the briefer on first use."""

    settings: Settings
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _store: Any = None
    _briefer: Any = None

    @property
    def store(self):
        if self._store is None:
            from bot.storage.store import open_store

            self._store = open_store(self.settings)
        return self._store

    @property
    def briefer(self):
        if self._briefer is None:
            if self._store is None and not self.settings.redis_url:
                from bot.storage.embedded import start_soon

                start_soon(self.settings.data_dir, self.settings.redis_idle)  # boots while we import
            from bot.briefing import Briefer

            self._briefer = Briefer(self.settings, self.store)
        return self._briefer

    def error(self, message: str) -> None:
        print(f"brief: error: {message}", file=self.stderr)


Command = Callable[[argparse.Namespace, Context], int]


class _Formatter(logging.Formatter):
    """``brief: level: message``; a record logged with ``exc_info`` (shown at DEBUG) keeps its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"brief: {record.levelname.lower()}: {record.getMessage()}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


# Libraries that log every page they read at INFO/WARNING: kept to errors in the CLI and the server.
NOISY_LOGGERS = ("trafilatura", "urllib3", "htmldate", "courlan", "charset_normalizer")


def quiet_noisy_loggers(level: str = "INFO") -> None:
    """Silence the libraries' own log lines (trafilatura logs a page it cannot parse at ERROR): a failed
    link is our one line saying why. At DEBUG their warnings come back."""
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING if level == "DEBUG" else logging.CRITICAL + 1)


def setup_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    # The CLI talks to people: only warnings and errors unless asked for more.
    root.setLevel(level if level == "DEBUG" else "WARNING")
    quiet_noisy_loggers(level)


# -- analyze ------------------------------------------------------------------------------------


def looks_like_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def brief_source(ctx: Context, source: str) -> Brief:
    """One SOURCE (file path, ``-`` or URL) through the shared briefing path."""
    if looks_like_url(source):
        return ctx.briefer.brief_url(source)
    from bot.text.inputs import read_source

    text = read_source(source, ctx.settings.max_input_bytes)
    return ctx.briefer.brief_text(text, label=source if source != "-" else "standard input")


def _after_brief(ctx: Context, args: argparse.Namespace, brief: Brief) -> None:
    """Hooks run on every successful brief (recording into a channel's history)."""
    for hook in AFTER_BRIEF_HOOKS:
        hook(ctx, args, brief)


def _record_in_channel(ctx: Context, args: argparse.Namespace, brief: Brief) -> None:
    """``brief analyze --channel ID``: record the brief in that channel's history (bot.storage.history)."""
    channel = getattr(args, "channel", None)
    if channel:
        from bot.storage.history import record_article

        record_article(ctx.store, channel, brief)


AFTER_BRIEF_HOOKS: list[Callable[[Context, argparse.Namespace, Brief], None]] = [_record_in_channel]


def cmd_analyze(args: argparse.Namespace, ctx: Context) -> int:
    if args.jsonl:
        if args.sources:
            ctx.error("--jsonl takes a file of its own; give SOURCE arguments or --jsonl, not both")
            return EXIT_BAD_INPUT
        return analyze_jsonl(args, ctx)
    if not args.sources:
        ctx.error("nothing to brief: give a file, - for standard input, or a link")
        return EXIT_BAD_INPUT
    status = EXIT_OK
    for number, source in enumerate(args.sources):
        try:
            brief = brief_source(ctx, source)
        except BriefError as error:
            # one line per failed source, saying which when there are several
            ctx.error(f"{source}: {error}" if len(args.sources) > 1 else str(error))
            status = max(status, error.exit_code)
            continue
        _after_brief(ctx, args, brief)
        if args.json:
            print(json.dumps(brief.to_dict(), ensure_ascii=False), file=ctx.stdout)
        else:
            if number:
                print("\n" + "─" * 60 + "\n", file=ctx.stdout)
            print(render_brief(brief, source_mix=ctx.settings.source_mix), file=ctx.stdout)
    return status


@dataclass
class _JsonlLine:
    number: int
    id: Any
    text: str | None = None
    url: str | None = None


def _read_jsonl(args: argparse.Namespace, ctx: Context, bad: list[int]) -> Iterator[_JsonlLine]:
    limit = ctx.settings.max_input_bytes
    for number, raw_bytes in enumerate(args.jsonl_handle, start=1):
        if not raw_bytes.strip():
            continue
        try:
            raw = raw_bytes.decode("utf-8")
        except UnicodeDecodeError as error:
            ctx.error(f"line {number}: not valid UTF-8 ({error.reason} at byte {error.start}); skipped")
            bad.append(number)
            continue
        try:
            record = json.loads(raw)
        except ValueError as error:
            ctx.error(f"line {number}: not valid JSON ({error.msg}); skipped")
            bad.append(number)
            continue
        if not isinstance(record, dict):
            ctx.error(f'line {number}: expected an object with "id" and "text"; skipped')
            bad.append(number)
            continue
        try:  # JSON may spell a lone surrogate ("\ud800"), which no UTF-8 output can carry
            json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            ctx.error(f"line {number}: contains a lone surrogate (an invalid \\u escape); skipped")
            bad.append(number)
            continue
        text, url = record.get("text"), record.get("url")
        if not isinstance(text, str) and not isinstance(url, str):
            ctx.error(f'line {number}: needs a "text" (or "url") string; skipped')
            bad.append(number)
            continue
        if isinstance(text, str) and len(text.encode("utf-8")) > limit:
            ctx.error(f"line {number}: text is larger than the limit of {limit:,} bytes; skipped")
            bad.append(number)
            continue
        yield _JsonlLine(number, record.get("id"), text if isinstance(text, str) else None, url)


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO, total: int):
        self.stream, self.total, self.done = stream, total, 0
        self.enabled = total > 1 and hasattr(stream, "isatty") and stream.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            bar = "█" * filled + "·" * (width - filled)
            self.stream.write(f"\r{bar} {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def analyze_jsonl(args: argparse.Namespace, ctx: Context) -> int:
    path = args.jsonl
    try:
        # bytes: a line that is not UTF-8 is skipped with its number, the others still briefed
        handle = sys.stdin.buffer if path == "-" else open(path, "rb")
        total = 0 if path == "-" else sum(1 for line in handle if line.strip())
        if path != "-":
            handle.seek(0)
    except FileNotFoundError:
        ctx.error(f"{path}: no such file")
        return EXIT_BAD_INPUT
    except OSError as error:
        ctx.error(f"{path}: cannot be read ({error})")
        return EXIT_BAD_INPUT
    args.jsonl_handle = handle
    bad: list[int] = []
    progress = _Progress(ctx.stderr, total)
    lines: list[_JsonlLine] = []

    def texts() -> Iterator[str]:
        for line in _read_jsonl(args, ctx, bad):
            lines.append(line)
            yield line.text if line.text is not None else ""

    processes = _batch_processes(args.processes, total)
    pool, briefer, finished = None, None, False
    if processes > 1:
        from bot.nlp.workers import AnalysisProcesses

        pool = AnalysisProcesses(processes, ctx.settings.spacy_model)
        pool.warm_up()  # every model loads while the cache opens and the first lines are read
    try:
        briefer = ctx.briefer
        if pool is not None:
            briefer.analyzer, local = pool, briefer.analyzer  # links' articles are analysed there too
        for item in briefer.brief_many(texts(), batch_size=args.batch_size, processes=pool):
            line = lines[item.index]
            brief, error = item.brief, item.error
            if line.url is not None and line.text is None:
                try:
                    brief, error = ctx.briefer.brief_url(line.url), None
                except BriefError as url_error:
                    brief, error = None, url_error
            progress.step()
            if error is not None:
                ctx.error(f"line {line.number}: {error}; skipped")
                bad.append(line.number)
                continue
            _after_brief(ctx, args, brief)
            print(json.dumps({"id": line.id, **brief.to_dict()}, ensure_ascii=False), file=ctx.stdout)
        finished = True
    finally:
        progress.close()
        if path != "-":
            handle.close()
        if pool is not None:
            if briefer is not None and briefer.analyzer is pool:
                briefer.analyzer = local
            pool.shutdown(cancel=not finished)  # interrupted: drop what is queued
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _batch_processes(requested: str, total: int) -> int:
    """``--processes``: a number, or ``auto`` (the cores), never more than the lines to brief."""
    from bot.nlp.workers import default_processes

    count = default_processes() if requested == "auto" else int(requested)
    return max(1, min(count, total)) if total else count


def _processes_arg(value: str) -> str:
    if value == "auto" or (value.isdigit() and int(value) >= 1):
        return value
    raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more) or auto, got {value!r}")


def add_analyze(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "analyze",
        help="brief articles from files, standard input or links",
        description="Brief each SOURCE: a file path, - for standard input, or an http(s) link.",
    )
    p.add_argument("sources", nargs="*", metavar="SOURCE")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object per source")
    out.add_argument(
        "--jsonl",
        metavar="FILE",
        help='batch: each line {"id", "text"} (or "url"); one JSON object per line out',
    )
    p.add_argument("--batch-size", type=int, default=16, help="texts per spaCy batch with --jsonl (16)")
    p.add_argument(
        "--processes",
        type=_processes_arg,
        default="auto",
        metavar="N|auto",
        help="analysis processes with --jsonl, one model each (auto: one per core)",
    )
    p.add_argument("--channel", metavar="ID", help="also record each brief in this channel's history")
    p.set_defaults(func=cmd_analyze)


# -- roundup ------------------------------------------------------------------------------------


def cmd_roundup(args: argparse.Namespace, ctx: Context) -> int:
    from bot.roundup.compute import compute_roundup, render_json, render_text

    if ctx.store.client is None:
        ctx.error("Redis is not available, so there is no history to read")
        return EXIT_INTERNAL
    roundup = compute_roundup(ctx.store, args.channel, args.window)
    print(render_json(roundup) if args.json else render_text(roundup), file=ctx.stdout)
    if args.post:
        from bot.roundup.schedule import load_poster

        load_poster(ctx.settings, ctx.store)(args.channel, roundup)
    return EXIT_OK


def add_roundup(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "roundup",
        help="the actors who keep coming back in a channel's articles",
        description="Print a channel's roundup of recurring actors (from its history in Redis).",
    )
    p.add_argument("--channel", required=True, metavar="ID", help="the Slack channel id")
    p.add_argument("--window", choices=("day", "week"), default="day", help="last 24 hours or 7 days (day)")
    p.add_argument("--json", action="store_true", help="print the roundup as one JSON object")
    p.add_argument("--post", action="store_true", help="also post it to the channel (needs SLACK_BOT_TOKEN)")
    p.set_defaults(func=cmd_roundup)


# -- sources ------------------------------------------------------------------------------------


def _day(value: str, flag: str, zone) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(value.strip()), time.min, zone)
    except ValueError:
        shown = value if len(value) <= 30 else value[:29] + "…"
        raise BadInput(f"{flag} must be a date like 2026-03-01, got {shown!r}") from None


def cmd_sources(args: argparse.Namespace, ctx: Context) -> int:
    from bot.roundup import sources

    zone = ctx.settings.tz
    now = datetime.now(zone)
    until = _day(args.until, "--until", zone) + timedelta(days=1) if args.until else now
    since = (
        _day(args.since, "--since", zone) if args.since else until - timedelta(days=ctx.settings.history_days)
    )
    if since >= until:
        raise BadInput("--since must be before --until")
    if ctx.store.client is None:
        ctx.error("Redis is not available, so there is no history to read")
        return EXIT_INTERNAL
    rows = sources.quote_rows(ctx.store, args.channel, since.timestamp(), until.timestamp())
    if ctx.store.degraded:  # an empty export would read as "nobody was quoted"
        ctx.error("Redis could not be read, so nothing was exported")
        return EXIT_INTERNAL
    if args.csv:
        ctx.stdout.write(sources.render_rows_csv(rows))
    elif args.json:
        print(sources.render_json(args.channel, since, until, rows), file=ctx.stdout)
    else:
        print(sources.render_text(args.channel, since, until, rows), file=ctx.stdout)
    return EXIT_OK


def add_sources(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sources",
        help="who a channel's articles quote: the source mix, and one row per attributed quote",
        description="Export a channel's attributed quotes (date, article title, URL, speaker, kind, "
        "gender, basis) from its history in Redis, or print its source mix.",
    )
    p.add_argument("--channel", required=True, metavar="ID", help="the Slack channel id")
    p.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD; default: all kept history)")
    p.add_argument("--until", metavar="DATE", help="up to and including this day (YYYY-MM-DD; default: now)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="one CSV row per attributed quote, with a header")
    out.add_argument("--json", action="store_true", help="one JSON object: the mix and the rows")
    p.set_defaults(func=cmd_sources)


# -- main ---------------------------------------------------------------------------------------

CORE_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_analyze, add_roundup, add_sources]


def _core_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    parser = argparse.ArgumentParser(
        prog="brief",
        description="Newsroom Brief: who is in an article and who said what.",
    )
    parser.add_argument("--version", action="version", version=f"newsroom-brief {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in CORE_COMMANDS:
        add(subparsers)
    return parser, subparsers


def build_parser() -> argparse.ArgumentParser:
    """The ``brief`` parser: the core commands and those of the plug-ins (entry points)."""
    parser, subparsers = _core_parser()
    for entry in sorted(entry_points(group="newsroom_brief.commands"), key=lambda e: e.name):
        try:
            entry.load()(subparsers)
        except ImportError as error:  # a broken optional part must not take the CLI down
            log.debug("command %s unavailable: %s", entry.name, error)
    return parser


def parser_for(argv: list[str]) -> argparse.ArgumentParser:
    """The core parser alone when ``argv`` names a core command (``analyze``...): reading the plug-ins'
    entry points and importing them costs a short run ~50 ms. Every other command line: all commands."""
    parser, subparsers = _core_parser()
    words = [a for a in argv if not a.startswith("-")]
    return parser if words and words[0] in subparsers.choices else build_parser()


def main(argv: list[str] | None = None) -> int:
    parser = parser_for(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        settings = load_settings()
    except BriefError as error:
        print(f"brief: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    setup_logging(settings.log_level)
    ctx = Context(settings)
    try:
        return args.func(args, ctx)
    except BadInput as error:
        ctx.error(str(error))
        return EXIT_BAD_INPUT
    except BriefError as error:
        ctx.error(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        ctx.error("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the one place an unexpected failure becomes a line, not a traceback
        log.debug("internal error", exc_info=True)
        ctx.error(f"internal error ({type(error).__name__}); run with BRIEF_LOG_LEVEL=DEBUG for details")
        return EXIT_INTERNAL


# Short commands leave without the interpreter's teardown: freeing a loaded spaCy pipeline object by
# object costs about 0.2 s, and nothing is left to do by then (output flushed, logs closed, every Redis
# write already acknowledged by the server, which keeps its own data). A command that left a thread or
# a child process running (the batch's analysis processes, a server) exits the ordinary way.
FAST_EXIT_COMMANDS = frozenset({"analyze", "status", "roundup", "sources"})


def may_exit_fast(argv: list[str]) -> bool:
    """Whether ``run`` may skip the interpreter's teardown after this command."""
    command = next((a for a in argv if not a.startswith("-")), None)
    if command not in FAST_EXIT_COMMANDS or threading.active_count() > 1:
        return False
    multiprocessing = sys.modules.get("multiprocessing")
    return not (multiprocessing and multiprocessing.active_children())


def run() -> None:
    """The ``brief`` console script and ``python -m bot``: ``main``, then exit with its code."""
    argv = sys.argv[1:]
    code = main(argv) or 0
    if may_exit_fast(argv):
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (BrokenPipeError, ValueError):  # the reader went away, or stdout is closed
            code = code or EXIT_OK
        logging.shutdown()
        os._exit(code)
    sys.exit(code)
