#!/usr/bin/env python3
"""Throughput of the full analysis against bare spaCy, on the dev articles.

    python benchmarks/bench_analysis.py [--gold PATH] [--repeat N]

In one process: (1) a bare ``nlp.pipe`` of **stock** spaCy (``spacy.load`` of the same model, none of
our changes) over the cleaned article bodies, (2) the same with our pipeline (``get_nlp``: the same
annotations, two components made faster, see ``bot/nlp/attribute_rules.py`` and ``bot/nlp/model.py``),
(3) ``analyze_many`` over the raw texts (cleaning, parsing with our pipeline, actors, quotes). Prints
words per second and two ratios: full analysis / stock spaCy (the goal: >= 0.85) and full analysis / our
own parse (what the analysis after the parse costs). Each is run ``--repeat`` times, alternating, and
the best run counts, so a warm-up or a noisy neighbour does not decide the figure.
"""

from __future__ import annotations

import argparse
import json
import os
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

    import spacy

    stock = spacy.load(nlp_mod.model_name(os.environ.get("BRIEF_SPACY_MODEL")))
    stock_best = bare_best = full_best = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for _doc in stock.pipe(bodies, batch_size=a.batch_size):
            pass
        stock_best = min(stock_best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _doc in nlp.pipe(bodies, batch_size=a.batch_size):
            pass
        bare_best = min(bare_best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n = sum(1 for _ in analyze_many(texts, nlp=nlp, batch_size=a.batch_size))
        full_best = min(full_best, time.perf_counter() - t0)
        assert n == len(texts)

    stock_wps, bare_wps, full_wps = words / stock_best, words / bare_best, words / full_best
    print(f"pipeline {nlp.meta.get('name')} {nlp.meta.get('version')}: {', '.join(nlp.pipe_names)}")
    print(f"model loads in this process: {nlp_mod.load_count} (load took {load:.1f}s)")
    print(f"{len(texts)} articles, {words} words, best of {a.repeat}")
    print(f"stock spaCy nlp.pipe  {stock_best:7.2f}s  {stock_wps:9.0f} words/s")
    print(f"our nlp.pipe          {bare_best:7.2f}s  {bare_wps:9.0f} words/s")
    print(f"full analysis         {full_best:7.2f}s  {full_wps:9.0f} words/s")
    print(f"ratio full/stock spaCy {full_wps / stock_wps:.3f}  (target >= 0.85)")
    print(f"ratio full/our parse   {full_wps / bare_wps:.3f}  (the analysis after the parse)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
