#!/usr/bin/env python3
"""The worst a page can cost the reader, against an ordinary page: the work bounds of bot/web/page_tree.py.

    python benchmarks/bench_extract_bounds.py [--pages DIR] [--unbounded]

Baseline, in the same process: the median ``extract_article`` time over the saved pages (default
``../shared/eval/pages``). Then pages built to be expensive, each just inside a bound (the most that is
still read) or far past it (refused before trafilatura starts): many small blocks, link lists, nested
boxes, one huge paragraph, long preformatted text, megabytes of script code, unclosed anchors. Each is
printed in seconds and as a multiple of the baseline. ``--unbounded`` also times trafilatura alone on
the page of 100,000 blocks (about two minutes on a 2-core machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ``../shared/eval/pages`` beside the repository (a worktree in /work/wt/NAME looks two levels up).
_SHARED = [p / "shared" / "eval" / "pages" for p in Path(__file__).resolve().parents[1:4]]
DEFAULT_PAGES = next((p for p in _SHARED if p.is_dir()), _SHARED[1])
W = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()


def words(i: int, k: int) -> str:
    return " ".join(W[(i + j) % 10] for j in range(k))


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>T</title>{head}</head><body>{body}</body></html>"


def hostile_pages() -> dict[str, str]:
    from bot.web.page_tree import FULL_ELEMENTS, MAX_ELEMENTS

    n, full = MAX_ELEMENTS - 10, FULL_ELEMENTS - 10
    blob = json.dumps(["x" * 80] * 55_000)
    story = "".join(f"<p>{words(i, 15)}.</p>" for i in range(30))
    return {
        "100,000 blocks, 5 MB (refused)": page(
            "".join(f"<div><p>{words(i, 6)}</p></div>" for i in range(100_000))
        ),
        "unclosed anchors (refused)": page('<a href="/x">' * 20_000 + "word " * 100_000),
        f"paragraphs, {full:,} el. (3 modes)": page(
            "<main>" + "".join(f"<p>{words(i, 8)}.</p>" for i in range(full)) + "</main>"
        ),
        f"paragraphs, {n:,} el.": page(
            "<main>" + "".join(f"<p>{words(i, 8)}.</p>" for i in range(n)) + "</main>"
        ),
        f"link list, {n:,} el.": page(
            "<ul>" + "".join(f"<li><a href='/a{i}'>{words(i, 4)}</a></li>" for i in range(n // 2)) + "</ul>"
        ),
        f"nested boxes, {n:,} el.": page(
            "".join(f"<div class='x'><div><p>{words(i, 9)}</p></div></div>" for i in range(n // 3))
        ),
        "one paragraph, 1.3 MB": page("<p>" + words(0, 220_000) + "</p>"),
        "preformatted lines, 1.3 MB": page(
            "<pre>" + "\n".join(words(i, 8) for i in range(26_000)) + "</pre>"
        ),
        "script code 4.6 MB + story": page(f"<article>{story}</article>", f"<script>var d={blob};</script>"),
    }


def timed(fn) -> tuple[float, str]:
    from bot.errors import LinkError

    start = time.perf_counter()
    try:
        outcome = f"{fn().words:,} words"
    except LinkError as error:
        outcome = str(error)[:60]
    return time.perf_counter() - start, outcome


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    ap.add_argument("--unbounded", action="store_true", help="also time trafilatura alone on the 5 MB page")
    a = ap.parse_args(argv)

    from bot.web.article import extract_article
    from bot.web.fetch import decode_body

    extract_article(page("<p>" + words(0, 80) + "</p>"))  # imports and first-call set-up, not timed
    ordinary = []
    for path in sorted(a.pages.glob("*.html")):
        _, html = decode_body(path.read_bytes(), None, "text/html")
        ordinary.append(timed(lambda html=html: extract_article(html, "https://example.org/a"))[0])
    base = statistics.median(ordinary)
    print(
        f"baseline: {len(ordinary)} ordinary pages, median {base * 1000:.0f} ms, max {max(ordinary) * 1000:.0f} ms\n"
    )
    print(f"{'page':38} {'bytes':>10} {'seconds':>8} {'x median':>9}  outcome")
    for name, html in hostile_pages().items():
        seconds, outcome = timed(lambda html=html: extract_article(html, "https://example.org/a"))
        print(f"{name:38} {len(html):>10,} {seconds:8.2f} {seconds / base:9.0f}  {outcome}")
    if a.unbounded:
        import trafilatura

        html = hostile_pages()["100,000 blocks, 5 MB (refused)"]
        start = time.perf_counter()
        trafilatura.extract(html)
        seconds = time.perf_counter() - start
        print(f"\ntrafilatura alone on the 100,000 blocks: {seconds:.1f} s ({seconds / base:.0f} x median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
