#!/usr/bin/env python3
"""Throughput of the full analysis against bare spaCy, on the dev articles.

    python benchmarks/bench_analysis.py [--gold PATH] [--repeat N]

In one process and with one loaded pipeline: (1) a bare ``nlp.pipe`` over the cleaned article bodies,
(2) ``analyze_many`` over the raw texts (cleaning, parsing, actors, quotes). Prints words per second for
both and their ratio (target: full analysis >= 0.85x bare spaCy). Each is run ``--repeat`` times,
alternating, and the best run counts, so a warm-up or a noisy neighbour does not decide the figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the shared evaluation data sits next to the checkout (/work/shared next to /work/main, or a worktree's)
DEFAULT_GOLD = next(
    (
        base / "shared" / "eval" / "quotes-dev-articles.jsonl"
        for base in ROOT.parents
        if (base / "shared" / "eval" / "quotes-dev-articles.jsonl").exists()
    ),
    ROOT.parent / "shared" / "eval" / "quotes-dev-articles.jsonl",
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    a = ap.parse_args(argv)

    from bot.nlp import model as nlp_mod
    from bot.nlp.analysis import analyze_many, prepare, word_count

    texts = [json.loads(line)["text"] for line in a.gold.open(encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    nlp = nlp_mod.get_nlp()
    load = time.perf_counter() - t0
    bodies = [prepare(t)[1] for t in texts]
    words = sum(word_count(b) for b in bodies)

    bare_best = full_best = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(bodies, batch_size=a.batch_size):
            pass
        bare_best = min(bare_best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n = sum(1 for _ in analyze_many(texts, nlp=nlp, batch_size=a.batch_size))
        full_best = min(full_best, time.perf_counter() - t0)
        assert n == len(texts)

    bare_wps, full_wps = words / bare_best, words / full_best
    print(f"pipeline {nlp.meta.get('name')} {nlp.meta.get('version')}: {', '.join(nlp.pipe_names)}")
    print(f"model loads in this process: {nlp_mod.load_count} (load took {load:.1f}s)")
    print(f"{len(texts)} articles, {words} words, best of {a.repeat}")
    print(f"bare nlp.pipe   {bare_best:7.2f}s  {bare_wps:9.0f} words/s")
    print(f"full analysis   {full_best:7.2f}s  {full_wps:9.0f} words/s")
    print(f"ratio full/bare {full_wps / bare_wps:.3f}  (target >= 0.85)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
