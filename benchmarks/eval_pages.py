#!/usr/bin/env python3
"""Score article extraction on saved real pages, through the real link path.

    python benchmarks/eval_pages.py [--pages DIR] [--misses] [--json OUT]

Serves the pages folder (default ``../shared/eval/pages`` beside the repository, see its README) from a local HTTP server
and briefs every page with ``Briefer.brief_url`` (fetch → extraction → cleanup → analysis), with the
private-address switch on for this run only and a fresh embedded Redis. A page is *found* when every
``with`` passage is in the brief's text, *clean* when no ``without`` piece is (whitespace folded).

For comparison, the same fetched HTML also goes through trafilatura alone, with its defaults and with
``favor_precision``. Targets (issue 16, for pages never seen): found ≥ 0.92 and clean ≥ 0.85; the exit
status is 1 when ours misses either.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import tempfile
import threading
import time
from dataclasses import replace
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ``../shared/eval/pages`` beside the repository (a worktree in /work/wt/NAME looks two levels up).
_SHARED = [p / "shared" / "eval" / "pages" for p in Path(__file__).resolve().parents[1:4]]
DEFAULT_PAGES = next((p for p in _SHARED if p.is_dir()), _SHARED[1])
TARGET_FOUND = 0.92
TARGET_CLEAN = 0.85


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def score(text: str, expect: dict) -> tuple[bool, bool, list[str], list[str]]:
    t = fold(text)
    missing = [w for w in expect.get("with", []) if fold(w) not in t]
    leaked = [w for w in expect.get("without", []) if fold(w) in t]
    return not missing, not leaked, missing, leaked


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--misses", action="store_true", help="list the pages that are not found or not clean")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    a = ap.parse_args(argv)

    import trafilatura

    from bot.briefing import Briefer
    from bot.config import load_settings
    from bot.errors import BriefError
    from bot.storage.store import Store, embedded_redis
    from bot.web.fetch import Fetcher

    pages = sorted(a.pages.glob("*.html"))
    if not pages:
        print(f"no pages in {a.pages}", file=sys.stderr)
        return 2
    server = serve(a.pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    tmp = tempfile.mkdtemp(prefix="eval-pages-")
    settings = replace(load_settings({}), fetch_allow_private=True)  # this run only: a local server
    # The project's own embedded server (it stops by itself once unused: no server outlives the run).
    briefer = Briefer(settings, Store(embedded_redis(Path(tmp), idle=2.0), settings))
    fetcher = Fetcher(settings)

    systems = {
        "ours (brief_url)": None,
        "trafilatura defaults": {},
        "trafilatura favor_precision": {"favor_precision": True},
    }
    totals = {name: [0, 0] for name in systems}
    misses: dict[str, list[str]] = {name: [] for name in systems}
    errors: list[str] = []
    start = time.perf_counter()
    for page in pages:
        expect = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        url = f"{base}/{page.name}"
        try:
            ours = briefer.brief_url(url).text
        except BriefError as error:
            ours = ""
            errors.append(f"{page.stem}: {error}")
        try:
            html = fetcher.fetch(url).text
        except BriefError:
            html = ""
        for name, options in systems.items():
            text = ours if options is None else (trafilatura.extract(html, **options) or "")
            found, clean, missing, leaked = score(text, expect)
            totals[name][0] += found
            totals[name][1] += clean
            if not (found and clean):
                misses[name].append(f"{page.stem}: missing {len(missing)}, leaked {leaked[:2]}")
    elapsed = time.perf_counter() - start
    server.shutdown()

    n = len(pages)
    figures = {name: {"found": round(f / n, 3), "clean": round(c / n, 3)} for name, (f, c) in totals.items()}
    print(f"{n} pages from {a.pages}  ({elapsed:.1f} s)\n")
    print(f"{'system':30} {'found':>7} {'clean':>7}")
    for name, fig in figures.items():
        print(f"{name:30} {fig['found']:7.3f} {fig['clean']:7.3f}")
    print(f"\ntargets: found >= {TARGET_FOUND:.2f}, clean >= {TARGET_CLEAN:.2f}")
    if errors:
        print("\nlink errors:\n  " + "\n  ".join(errors))
    if a.misses:
        for name, items in misses.items():
            print(f"\n{name}: {len(items)} pages not found or not clean")
            for item in items:
                print("  " + item)
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({"pages": n, "figures": figures, "errors": errors}, indent=2) + "\n")
    ours = figures["ours (brief_url)"]
    return 0 if ours["found"] >= TARGET_FOUND and ours["clean"] >= TARGET_CLEAN else 1


if __name__ == "__main__":
    raise SystemExit(main())
