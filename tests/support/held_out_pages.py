"""The held-out pages' scores, read in worker processes.

Reading some two thousand saved pages is the suite's longest part, and each page is read on its own: the pages are
handed out to a small pool of processes (spawned, so no lock of the test process is carried over) as soon as the
first score is asked for, and each test waits only for its own page. One core: the pages are read in this process, as
they are asked for.
"""

from __future__ import annotations

import json
import os
import re
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from bot.errors import LinkError
from bot.web.article import extract_article
from bot.web.fetch import decode_body

# At most this many worker processes (the machine's cores, when fewer).
WORKERS = 2


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def score_page(html_path: str) -> tuple[list[str], list[str]]:
    """(the page's key passages missing from the extraction, its furniture leaked into it), as eval_pages scores a
    page; a page refused as no article misses every passage and leaks nothing."""
    path = Path(html_path)
    expect = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    _, html = decode_body(path.read_bytes(), None, "text/html")
    try:
        text = fold(extract_article(html, expect["url"]).text)
    except LinkError:
        text = ""
    missing = [w for w in expect["with"] if fold(w) not in text]
    leaked = [w for w in expect["without"] if fold(w) in text]
    return missing, leaked


class PageScores:
    """Scores of ``paths`` (name -> path of its HTML), read ahead in workers from the first one asked for."""

    def __init__(self, paths: dict[str, Path]):
        self._paths = paths
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[str, Future] = {}
        self._done: dict[str, tuple[list[str], list[str]]] = {}

    def __getitem__(self, name: str) -> tuple[list[str], list[str]]:
        if name not in self._done:
            self._done[name] = self._read(name)
        return self._done[name]

    def _read(self, name: str) -> tuple[list[str], list[str]]:
        workers = min(WORKERS, os.cpu_count() or 1)
        if workers < 2:
            return score_page(str(self._paths[name]))
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
            self._futures = {n: self._pool.submit(score_page, str(p)) for n, p in self._paths.items()}
        return self._futures[name].result()

    def close(self) -> None:
        """Stop the workers, dropping the pages no test asked for (a run of a few tests)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
