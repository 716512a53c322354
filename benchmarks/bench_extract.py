#!/usr/bin/env python3
"""How much extraction adds: median milliseconds per page, next to analysis of the same articles.

    python benchmarks/bench_extract.py [--pages DIR] [--repeat N]

For every saved page (default ``../shared/eval/pages`` beside the repository): decoding + ``extract_article`` (trafilatura
plus our cleanup), timed alone; then ``analysis.analyze_article`` on the extracted text (spaCy loaded
once beforehand). Prints median and 90th-percentile milliseconds per page for both.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--pages", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "pages"
    )
    ap.add_argument("--repeat", type=int, default=3, help="runs per page; the best is kept (3)")
    a = ap.parse_args(argv)

    from bot.errors import LinkError
    from bot.nlp import analysis
    from bot.nlp.model import get_nlp
    from bot.web.article import extract_article
    from bot.web.fetch import decode_body

    nlp = get_nlp()
    analysis.analyze_article("Warm-up. “Hello,” said Ann Lee in Paris.", nlp=nlp)
    extract_ms: list[float] = []
    analyse_ms: list[float] = []
    words: list[int] = []
    for page in sorted(a.pages.glob("*.html")):
        raw = page.read_bytes()
        best = float("inf")
        article = None
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            try:
                _, html = decode_body(raw, None)
                article = extract_article(html, None)
            except LinkError:
                article = None
            best = min(best, (time.perf_counter() - t0) * 1000)
        extract_ms.append(best)
        if article is None:
            continue
        t0 = time.perf_counter()
        analysis.analyze_article(article.text, title=article.title, nlp=nlp)
        analyse_ms.append((time.perf_counter() - t0) * 1000)
        words.append(article.words)

    print(f"{len(extract_ms)} pages from {a.pages}; median article {statistics.median(words):.0f} words\n")
    print(f"{'step':28} {'median ms':>10} {'p90 ms':>8}")
    print(f"{'extraction (+ decoding)':28} {statistics.median(extract_ms):10.1f} {pct(extract_ms, 0.9):8.1f}")
    print(f"{'analysis (spaCy, ours)':28} {statistics.median(analyse_ms):10.1f} {pct(analyse_ms, 0.9):8.1f}")
    share = statistics.median(extract_ms) / (statistics.median(extract_ms) + statistics.median(analyse_ms))
    print(f"\nextraction is {share:.0%} of the median page's extraction + analysis time")

    # Metadata read once (shipped) against every mode reading it again, pages interleaved, same process.
    from bot.web import article as article_module

    once, every = [], []
    for page in sorted(a.pages.glob("*.html")):
        _, html = decode_body(page.read_bytes(), None)
        for flag, out in ((True, once), (False, every)):
            article_module.METADATA_ONCE = flag
            t0 = time.perf_counter()
            try:
                extract_article(html, None)
            except LinkError:
                pass
            out.append(time.perf_counter() - t0)
    article_module.METADATA_ONCE = True
    print(f"metadata read once: {sum(once) / sum(every):.2f} of the time when every mode reads it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
