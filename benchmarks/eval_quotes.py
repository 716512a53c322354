#!/usr/bin/env python3
"""Score quote extraction on the dev articles with the shared scorer.

    python benchmarks/eval_quotes.py [--gold PATH] [--out DIR] [--misses N]

Runs ``analyze_many`` over every article of the gold JSONL (as pasted text), writes the predictions to
``benchmarks/out/quotes-dev-predictions.jsonl``, runs ``score_quotes.py`` on them and prints the four
figures that matter: detection F1 (with precision), speaker accuracy, attributed F1, and the share of
output quotes with no speaker or a pronoun for one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes-dev-articles.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument(
        "--scorer", type=Path, default=None, help="default: score_quotes.py next to the gold file"
    )
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    ap.add_argument("--misses", type=int, default=0)
    a = ap.parse_args(argv)

    from bot.nlp.analysis import analyze_many
    from bot.nlp.model import get_nlp

    items = [json.loads(line) for line in a.gold.open(encoding="utf-8") if line.strip()]
    a.out.mkdir(parents=True, exist_ok=True)
    pred_path = a.out / "quotes-dev-predictions.jsonl"
    nlp = get_nlp()
    with pred_path.open("w", encoding="utf-8") as f:
        for item, brief in zip(items, analyze_many((it["text"] for it in items), nlp=nlp), strict=True):
            quotes = [
                {"quote": q.quote, "speaker": q.speaker, "cue": q.cue, "partial": q.partial}
                for q in brief.quotes
            ]
            f.write(json.dumps({"id": item["id"], "quotes": quotes}, ensure_ascii=False) + "\n")

    scorer = a.scorer or a.gold.parent / "score_quotes.py"
    score_json = a.out / "quotes-dev-score.json"
    cmd = [sys.executable, str(scorer), str(pred_path), str(a.gold), "--json", str(score_json)]
    if a.misses:
        cmd += ["--misses", str(a.misses)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    res = json.loads(score_json.read_text(encoding="utf-8"))
    if a.misses:
        for m in res.get("speaker_misses", []):
            print(f"  miss: {m['pred']!r:35} gold {m['gold']!r:40} {m['quote'][:60]!r}")
    det = res["all_quotes"]["quote_detection"]
    att = res["all_quotes"]["attributed"]
    n_pred = res["predicted_quotes"] or 1
    unresolved = res["predicted_speakers_unresolved"] / n_pred
    print(
        f"articles {res['gold_items']}  gold quotes {res['gold_quotes']}  predicted {res['predicted_quotes']}"
    )
    print(
        f"detection   F1 {det['f1']:.4f}  P {det['precision']:.4f}  R {det['recall']:.4f}"
        f"  (tp {det['tp']} fp {det['fp']} fn {det['fn']})"
    )
    print(
        f"speaker accuracy {res['all_quotes']['speaker_accuracy']:.4f}  over {res['all_quotes']['speaker_pairs']} pairs"
    )
    print(f"attributed  F1 {att['f1']:.4f}  P {att['precision']:.4f}  R {att['recall']:.4f}")
    print(
        f"unresolved  {res['predicted_speakers_unresolved']} / {res['predicted_quotes']} = {unresolved:.2%}"
    )
    full = res["full_quotes_only"]
    print(
        f"(full quotes only: detection F1 {full['quote_detection']['f1']:.4f}, "
        f"speaker accuracy {full['speaker_accuracy']:.4f}, attributed F1 {full['attributed']['f1']:.4f})"
    )
    del proc
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
