#!/usr/bin/env python3
"""``brief analyze --jsonl`` across cores against a single-process bare ``nlp.pipe``, side by side.

    python benchmarks/bench_batch.py [--file PATH] [--repeat 1] [--processes auto]

Each round runs, as separate processes, on the same texts (the dev articles by default):

1. **bare**: ``python -c`` that imports spaCy, loads the model and runs ``nlp.pipe`` (batch 16) over the
   texts in one process: what one core can do;
2. **batch**: ``brief analyze --jsonl FILE --processes auto`` on a fresh data dir (nothing cached: every
   text is cleaned, parsed, its actors and quotes found, the brief cached and printed);
3. **batch, one process** (``--processes 1``), for reference.

Prints the medians and the speed-up of the batch over bare spaCy (goal on 2 cores: ≥ 1.7). Exit 1 when
the goal is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the shared evaluation data sits next to the checkout (/work/shared next to /work/main, or a worktree's)
DEFAULT_FILE = next(
    (
        base / "shared" / "eval" / "quotes-dev-articles.jsonl"
        for base in ROOT.parents
        if (base / "shared" / "eval" / "quotes-dev-articles.jsonl").exists()
    ),
    ROOT.parent / "shared" / "eval" / "quotes-dev-articles.jsonl",
)

BARE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


def model_name() -> str:
    sys.path.insert(0, str(ROOT))
    from bot.nlp.model import model_name as name

    return name(os.environ.get("BRIEF_SPACY_MODEL"))


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 2):  # 2: some lines skipped, which the bare run does not do either
        raise SystemExit(f"{command} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE, help='JSONL of {"id", "text"}')
    ap.add_argument("--repeat", type=int, default=1, help="rounds (medians are reported)")
    ap.add_argument("--processes", default="auto")
    ap.add_argument("--no-single", action="store_true", help="skip the one-process reference run")
    args = ap.parse_args(argv)
    if not args.file.exists():
        raise SystemExit(f"{args.file}: no such file (give --file)")

    model = model_name()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
    env.update(PYTHONPATH=str(ROOT), BRIEF_REDIS_IDLE="2")
    batch = [sys.executable, "-m", "bot", "analyze", "--jsonl", str(args.file)]
    bare, multi, single = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        for round_ in range(args.repeat):
            bare.append(wall([sys.executable, "-c", BARE, model, str(args.file)], env))
            data = {**env, "BRIEF_DATA_DIR": str(Path(tmp) / f"multi{round_}")}
            multi.append(wall([*batch, "--processes", args.processes], data))
            if not args.no_single:
                data = {**env, "BRIEF_DATA_DIR": str(Path(tmp) / f"single{round_}")}
                single.append(wall([*batch, "--processes", "1"], data))
            print(
                f"round {round_ + 1}: bare nlp.pipe {bare[-1]:.1f} s, batch ({args.processes}) "
                f"{multi[-1]:.1f} s" + (f", batch (1) {single[-1]:.1f} s" if single else ""),
                file=sys.stderr,
            )
        time.sleep(3)  # the embedded servers stop (BRIEF_REDIS_IDLE) before their dirs go

    med = statistics.median
    lines = sum(1 for line in args.file.open(encoding="utf-8") if line.strip())
    result = {
        "file": str(args.file),
        "lines": lines,
        "rounds": args.repeat,
        "processes": args.processes,
        "bare_nlp_pipe_s": round(med(bare), 2),
        "batch_s": round(med(multi), 2),
        "speedup_over_bare": round(med(bare) / med(multi), 2),
        "cpu_count": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if single:
        result["batch_one_process_s"] = round(med(single), 2)
        result["one_process_over_bare"] = round(med(bare) / med(single), 2)
    print(json.dumps(result, indent=2))
    ok = result["speedup_over_bare"] >= 1.7
    print("goal met" if ok else "GOAL MISSED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
