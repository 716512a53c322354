#!/usr/bin/env python3
"""The worst a pasted text can cost the quote and actor rules, against the parse they follow.

    python benchmarks/bench_attribution_bounds.py [--n 1000] [--only NAME]

Texts built to be expensive for the rules that look back from a quote (a run of "the statement"
mentions, hundreds of quotes in one paragraph, nested quotation, labelled lines, Q&A pairs, headings
echoing a quote, unclosed quotes over hundreds of paragraphs…). Each is built at ``n`` and ``2n`` units;
for each size the spaCy parse is timed (the baseline, in the same process) and then ``extract``. Printed:
extraction as a multiple of its parse, and how much extraction grows when the text doubles (about 2 when
the work is linear; 4 when it grows with the square; noisy on a busy machine, so shown, not judged).
Goal: extraction ≤ 1× its parse on every text (before the bounds of 2026-12-02, labelled lines took
1.6× their parse and a run of 600 "the statement" mentions failed with a RecursionError).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def hostile_texts(n: int) -> dict[str, str]:
    para = "\n\n".join
    return {
        "'the statement' chain": "Harlow Systems said in a statement that the plan was sound.\n\n"
        + para(f"The statement ran long, and part {i} of the statement covered roads." for i in range(n))
        + "\n\n“We will build it,” the statement said.",
        "quotes that say 'the statement'": "Harlow Systems said in a statement it was sound.\n\n"
        + para(f"“Point {i} will be handled,” the statement said." for i in range(n)),
        "one paragraph of quotes": " ".join(f"“Q{i},” said Tom Reyes." for i in range(n)),
        "nested quotation": "He said " + "“she said ‘" * n + "x" + "’”" * n,
        "unclosed quote over paragraphs": "Ana Torres spoke.\n\n"
        + para(f"“Part {i} of what I said continues here" for i in range(n)),
        "quotes with no cue": "Ana Torres spoke at length.\n\n"
        + para(f"“Line {i} of the speech.”" for i in range(n)),
        "'she added' chain": "Ana Torres said “we begin.”\n\n"
        + para(f"“Point {i},” she added." for i in range(n)),
        "role noun chain": "The minister, Ana Torres, said “we begin.”\n\n"
        + para(f"“Point {i},” the minister said." for i in range(n)),
        "labelled lines": "Tom Reyes spoke.\n\n" + para(f"Minister: “We act {i}”" for i in range(n)),
        "Q&A pairs": "Ana Torres spoke.\n\n" + para(f"Q: Why {i}?\n\nA: “Because {i}.”" for i in range(n)),
        "headings echoing a quote": para(f"‘Just listen to us {i % 7}’" for i in range(n))
        + "\n\nShe said “just listen to us 3 now.”",
        "kin phrases": "Ana Torres said “hi.”\n\n"
        + para(f"Her son's friend's mother said “x{i}.”" for i in range(n)),
        "one long sentence": "Ana Torres said that "
        + ", and ".join(f"the plan {i} was good" for i in range(n))
        + ".",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="units of the smaller text (default 1000)")
    ap.add_argument("--only", help="run the cases whose name contains this")
    a = ap.parse_args(argv)

    from bot.nlp.analysis import extract, prepare
    from bot.nlp.model import get_nlp

    nlp = get_nlp()
    rows, worst = [], {"extract_over_parse": 0.0, "growth": 0.0}
    for name in hostile_texts(1):
        if a.only and a.only not in name:
            continue
        row = {"case": name}
        for size in (a.n, 2 * a.n):
            _, body = prepare("Headline\n\n" + hostile_texts(size)[name])
            t = time.perf_counter()
            doc = nlp(body)
            parse = time.perf_counter() - t
            t = time.perf_counter()
            _, quotes = extract(doc, body)
            took = time.perf_counter() - t
            row[f"chars_{size}"], row[f"parse_s_{size}"], row[f"extract_s_{size}"] = len(body), parse, took
            row[f"quotes_{size}"] = len(quotes)
        big = 2 * a.n
        row["extract_over_parse"] = round(row[f"extract_s_{big}"] / max(row[f"parse_s_{big}"], 1e-6), 2)
        row["growth"] = round(row[f"extract_s_{big}"] / max(row[f"extract_s_{a.n}"], 1e-3), 2)
        for key in worst:
            worst[key] = max(worst[key], row[key])
        rows.append(row)
        print(
            f"{name:34s} {row[f'chars_{big}']:7d} chars  parse {row[f'parse_s_{big}']:6.2f} s  "
            f"extract {row[f'extract_s_{big}']:6.2f} s  = {row['extract_over_parse']:4.2f}x parse  "
            f"growth on doubling {row['growth']:4.2f}",
            flush=True,
        )
    ok = worst["extract_over_parse"] <= 1.0
    print(json.dumps({"n": a.n, "worst": worst, "goals_met": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
