#!/usr/bin/env python3
"""A single brief from the command line, against what it cannot be faster than, side by side.

    python benchmarks/bench_cli.py [--repeat 5] [--file seeds/000_b4144648db288aab.txt]

Each round runs, one after the other, as separate processes with the embedded Redis (``REDIS_URL``
unset):

1. **bare spaCy one-shot**: ``python -c`` that imports spaCy, loads the model and parses the file;
2. **cold CLI**: ``brief analyze FILE`` on a fresh data dir (the embedded server is started too);
3. **cached CLI**: the same command again (the brief is one Redis read), its wall time and its CPU time
   (user + system of the process, from ``wait4``).

Prints the medians over the rounds and the ratios, with the goals: cold / bare ≤ 1.2, cached wall ≤ 0.5 s
and cached wall / its CPU ≤ 1.5. Exit 1 when a goal is missed.
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
SEED = ROOT / "seeds" / "000_b4144648db288aab.txt"

BARE = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
nlp(open(sys.argv[2], encoding="utf-8").read())
"""


def model_name() -> str:
    sys.path.insert(0, str(ROOT))
    from bot.nlp.model import model_name as name

    return name(os.environ.get("BRIEF_SPACY_MODEL"))


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one process, which must succeed."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{command} failed ({process.returncode}): {process.stderr.read().decode()}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="rounds (medians are reported)")
    ap.add_argument("--file", type=Path, default=SEED)
    args = ap.parse_args(argv)

    model = model_name()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "SLACK_", "REDIS_"))}
    env["PYTHONPATH"] = str(ROOT)
    brief = [sys.executable, "-m", "bot", "analyze", str(args.file)]
    bare, cold, cached_wall, cached_cpu = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        for round_ in range(args.repeat):
            run_env = {**env, "BRIEF_DATA_DIR": str(Path(tmp) / f"data{round_}"), "BRIEF_REDIS_IDLE": "5"}
            bare.append(run([sys.executable, "-c", BARE, model, str(args.file)], env)[0])
            cold.append(run(brief, run_env)[0])
            wall, cpu = run(brief, run_env)
            cached_wall.append(wall)
            cached_cpu.append(cpu)
            print(
                f"round {round_ + 1}: bare {bare[-1]:.2f} s, cold {cold[-1]:.2f} s, "
                f"cached {wall:.3f} s wall / {cpu:.3f} s CPU",
                file=sys.stderr,
            )
        time.sleep(6)  # let the rounds' embedded servers stop (BRIEF_REDIS_IDLE) before the dir goes

    med = statistics.median
    result = {
        "rounds": args.repeat,
        "bare_spacy_s": round(med(bare), 3),
        "cold_cli_s": round(med(cold), 3),
        "cold_over_bare": round(med(cold) / med(bare), 2),
        "cached_wall_s": round(med(cached_wall), 3),
        "cached_cpu_s": round(med(cached_cpu), 3),
        "cached_wall_over_cpu": round(med(cached_wall) / med(cached_cpu), 2),
        "cpu_count": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(result, indent=2))
    ok = result["cold_over_bare"] <= 1.2 and result["cached_wall_s"] <= 0.5
    ok = ok and result["cached_wall_over_cpu"] <= 1.5
    print("goals met" if ok else "GOALS MISSED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
