"""Where analysis runs: in this process, or in worker processes so every core is busy.

spaCy holds the GIL for most of a parse, so threads do not add cores. ``AnalysisProcesses`` keeps
``processes`` worker processes, each loading the model once when it starts; a thread of ours per process
hands it one task at a time. A process that dies mid-task (killed, out of memory, a crash in native
code) is replaced and its task is run again on the new one, so no job is lost; a task that kills two
processes in a row fails with ``AnalysisCrashed`` instead of taking every process down with it.

Both analysers offer the same three calls as ``bot.nlp.analysis`` (``analyze``, ``analyze_article``,
``analyze_many``), which is all ``bot.briefing.Briefer`` needs; ``submit_many`` returns a future so the
batch CLI keeps several processes busy while it writes results out in order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from concurrent.futures import Future
from multiprocessing.connection import wait
from typing import Any

from bot.brief import Brief
from bot.errors import BriefError

log = logging.getLogger(__name__)

ATTEMPTS = 2  # a task is tried on at most this many processes before it is reported as crashing them


class AnalysisCrashed(BriefError):
    """The text made the analysis process die (twice): reported for that text, the rest carries on."""


def default_processes() -> int:
    """``auto``: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class LocalAnalyzer:
    """Analysis in this process, the model loaded on first use."""

    def __init__(self, model: str | None = None):
        self.model = model

    def _nlp(self):
        from bot.nlp.model import get_nlp

        return get_nlp(self.model)

    def analyze(self, text: str) -> Brief:
        from bot.nlp import analysis

        return analysis.analyze(text, nlp=self._nlp())

    def analyze_article(self, text: str, title: str | None = None) -> Brief:
        from bot.nlp import analysis

        return analysis.analyze_article(text, title=title, nlp=self._nlp())

    def analyze_many(self, texts: list[str], batch_size: int = 16) -> list[Brief]:
        from bot.nlp import analysis

        return list(analysis.analyze_many(texts, nlp=self._nlp(), batch_size=batch_size))


# -- the worker process -----------------------------------------------------------------------------


def _run_task(analyzer: LocalAnalyzer, kind: str, args: tuple) -> Any:
    if kind == "analyze":
        return analyzer.analyze(*args).to_dict()
    if kind == "article":
        return analyzer.analyze_article(*args).to_dict()
    if kind == "many":
        return [brief.to_dict() for brief in analyzer.analyze_many(*args)]
    raise ValueError(f"unknown task {kind!r}")


def _worker_main(conn, model: str | None) -> None:
    """A worker process: load the model, say ready, then answer tasks until told to stop (or EOF)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C is for the parent, which stops us
    if sys.platform.startswith("linux"):  # never outlive the parent, even one killed mid-task
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    analyzer = LocalAnalyzer(model)
    try:
        analyzer._nlp()
    except Exception as error:
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            task = None  # the parent has gone
        if task is None:
            # Nothing is left to write (answers are sent, the model is read-only): leave without the
            # interpreter's teardown, which frees a loaded pipeline object by object (~0.2-1 s).
            sys.stderr.flush()
            os._exit(0)
        kind, args = task
        try:
            conn.send(("ok", _run_task(analyzer, kind, args)))
        except BriefError as error:
            conn.send(("brief-error", str(error)))
        except Exception as error:
            conn.send(("error", f"{type(error).__name__}: {error}"))


# -- the parent side --------------------------------------------------------------------------------


class _Died(Exception):
    pass


class _Process:
    """One worker process and the pipe to it (used by its one owner thread only)."""

    def __init__(self, context, model: str | None, name: str):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, model), name=name, daemon=True)
        self.process.start()
        child.close()
        self.pid = self.process.pid
        status, value = self._receive()
        if status != "ready":
            self.stop()
            raise RuntimeError(f"the analysis process could not load the model: {value}")

    def _receive(self):
        ready = wait([self.conn, self.process.sentinel])
        if self.conn in ready:
            try:
                return self.conn.recv()
            except (EOFError, OSError):
                pass
        raise _Died

    def run(self, task: tuple) -> tuple[str, Any]:
        try:
            self.conn.send(task)
        except OSError:
            raise _Died from None
        return self._receive()

    def rss(self) -> int | None:
        try:
            import psutil

            return psutil.Process(self.pid).memory_info().rss
        except Exception:
            return None

    def uss(self) -> int | None:
        """Memory of this process alone (not shared with others): what one more worker costs."""
        try:
            import psutil

            return psutil.Process(self.pid).memory_full_info().uss
        except Exception:
            return None

    def stop(self, timeout: float = 5.0) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class AnalysisProcesses:
    """``processes`` worker processes, started on first need, each with the model loaded once."""

    def __init__(self, processes: int, model: str | None = None, *, name: str = "brief-analysis"):
        if processes < 1:
            raise ValueError("at least one analysis process is needed")
        self.processes = processes
        self.model = model
        self.name = name
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._tasks: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._live: dict[int, _Process] = {}  # slot -> process
        self._busy: dict[int, int] = {}  # slot -> pid of a process running a task
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._outstanding = 0  # tasks submitted and not finished
        self.replaced = 0  # processes started again after one died
        self.crashed_tasks = 0

    # -- submitting ---------------------------------------------------------------------------
    def submit(self, kind: str, *args: Any) -> Future:
        future: Future = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the analysis processes are shut down")
            self._outstanding += 1
            if len(self._threads) < min(self.processes, self._outstanding):
                self._add_thread(eager=False)  # one more process only while every one has work
            self._tasks.put((future, (kind, args)))
        future.add_done_callback(self._finished)
        return future

    def _finished(self, _future: Future) -> None:
        with self._lock:
            self._outstanding -= 1

    def _add_thread(self, *, eager: bool) -> None:
        """Under the lock: one more slot, its thread, and (``eager``) its process started now."""
        slot = len(self._threads)
        thread = threading.Thread(target=self._serve, args=(slot, eager), name=f"{self.name}-{slot}")
        thread.daemon = True
        self._threads.append(thread)
        thread.start()

    def submit_many(self, texts: list[str], batch_size: int = 16) -> Future:
        """A future of the briefs (as dicts) of ``texts``, in order."""
        return self.submit("many", list(texts), batch_size)

    def analyze(self, text: str) -> Brief:
        return Brief.from_dict(self.submit("analyze", text).result())

    def analyze_article(self, text: str, title: str | None = None) -> Brief:
        return Brief.from_dict(self.submit("article", text, title).result())

    def analyze_many(self, texts: list[str], batch_size: int = 16) -> list[Brief]:
        return [Brief.from_dict(d) for d in self.submit_many(texts, batch_size).result()]

    # -- the owner thread of one slot ---------------------------------------------------------
    def _start(self, slot: int) -> _Process:
        started = time.monotonic()
        process = _Process(self._context, self.model, f"{self.name}-{slot}")
        rss = process.rss()
        log.info(
            "Analysis process %d ready (slot %d, model loaded in %.1f s, %s)",
            process.pid,
            slot,
            time.monotonic() - started,
            f"RSS {rss / 2**20:.0f} MB" if rss else "RSS unknown",
        )
        with self._lock:
            self._live[slot] = process
        return process

    def _serve(self, slot: int, eager: bool) -> None:
        process: _Process | None = None
        if eager:
            try:
                process = self._start(slot)
            except Exception as error:
                log.error("Could not start analysis process %d: %s", slot, error)
        while True:
            item = self._tasks.get()
            if item is None:
                break
            future, task = item
            if not future.set_running_or_notify_cancel():
                continue
            for attempt in range(1, ATTEMPTS + 1):
                if process is None and self._closed:  # stopping: no new process for a late task
                    future.set_exception(RuntimeError("the analysis processes are stopping"))
                    break
                try:
                    if process is None:
                        process = self._start(slot)
                    with self._lock:
                        self._busy[slot] = process.pid
                    status, value = process.run(task)
                except _Died:
                    log.error(
                        "Analysis process %d died during a task (attempt %d of %d); starting another",
                        process.pid if process else -1,
                        attempt,
                        ATTEMPTS,
                    )
                    process.stop(timeout=0)
                    process = None
                    with self._lock:
                        self._live.pop(slot, None)
                        self.replaced += 1
                    if attempt == ATTEMPTS:
                        with self._lock:
                            self.crashed_tasks += 1
                        future.set_exception(
                            AnalysisCrashed("the analysis crashed on this text; it was not briefed")
                        )
                    continue
                except Exception as error:  # the model cannot load: every task fails the same way
                    future.set_exception(error)
                    break
                finally:
                    with self._lock:
                        self._busy.pop(slot, None)
                if status == "ok":
                    future.set_result(value)
                elif status == "brief-error":
                    future.set_exception(BriefError(value))
                else:
                    future.set_exception(RuntimeError(f"analysis failed: {value}"))
                break
        if process is not None:
            process.stop()
            with self._lock:
                self._live.pop(slot, None)

    # -- reporting and stopping ---------------------------------------------------------------
    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self._live.values()]

    def busy_pids(self) -> list[int]:
        with self._lock:
            return list(self._busy.values())

    def stats(self) -> dict[str, Any]:
        """Numbers for ``/healthz`` and logs: processes, their memory, replacements."""
        with self._lock:
            live = list(self._live.values())
            busy = len(self._busy)
        return {
            "processes": self.processes,
            "started": len(live),
            "busy": busy,
            "replaced": self.replaced,
            "crashed_tasks": self.crashed_tasks,
            "rss_mb": [round((p.rss() or 0) / 2**20) for p in live],
            "uss_mb": [round((p.uss() or 0) / 2**20) for p in live],
        }

    def warm_up(self) -> None:
        """Start every process now (the server does, so the first article does not wait for a model)."""
        with self._lock:
            while len(self._threads) < self.processes:
                self._add_thread(eager=True)

    def ready(self) -> bool:
        """True once a process has its model (``/healthz``: the bot can brief)."""
        with self._lock:
            return bool(self._live)

    def shutdown(self, timeout: float | None = 30.0, *, cancel: bool = False) -> None:
        """Let queued tasks finish (``cancel``: drop them), then stop every process."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            threads = list(self._threads)
        while cancel:
            try:
                item = self._tasks.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[0].cancel()
        for _ in threads:
            self._tasks.put(None)
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in threads:
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        with self._lock:
            leftover = list(self._live.values())
        for process in leftover:  # a thread still stuck in a long task: stop its process anyway
            process.stop(timeout=0)

    def __enter__(self) -> AnalysisProcesses:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.shutdown(cancel=exc_type is not None)
