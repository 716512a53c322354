#!/usr/bin/env python3
"""Score the people a brief lists, and the people a weekly roundup says recur, against annotators' lists.

    python benchmarks/eval_people.py [--gold PATH] [--cache] [--misses N] [--json OUT]

1. **People.** Every article of the Gender Gap Tracker dev set (``../shared/eval``, 41 Canadian articles
   with ``people``: every person the annotators found named) is briefed through the bot's own path
   (``Briefer.brief_many``, as ``brief analyze --jsonl`` does) with a fresh data directory and embedded
   Redis, so nothing comes from an earlier cache. The ``person`` actors are scored with the functions
   of ``score_people.py`` beside the gold file (imported, as ``eval_quotes.py`` imports the quote
   scorer): precision, recall, F1, overall and on each half (``half_of`` from ``eval_quotes``), and the
   gender figures (accuracy, coverage, women's share of quoted sources) the scorer gives.
2. **Roundup.** The same briefs are recorded into one channel's history over the last seven days
   (``bot.storage.history.record_article``, one article every few hours, as the CLI's ``--channel`` and
   the tests record them; no Slack), and the weekly roundup is computed (``bot.roundup.compute``). Of
   its recurring people (kind ``person``), the share that are people named in the articles: a name
   that matches, by the scorer's rule, a person in the annotators' list of an article it is listed
   with (the roundup's thread links, newest five) counts; the others are printed.
3. **PolNeAR dev** has no list of the people named (its fields are printed): only a proxy is given, the
   share of its named gold speakers (not pronouns) whose head word ends a person the brief lists
   (a lower bound on recall: some speakers are organisations).

``--cache`` keeps the spaCy parses in ``benchmarks/out/parses`` (shared with ``eval_quotes.py``): the
briefs then come from the same ``prepare`` / parse / extract steps as ``analyze_many``, with the parse
read from the cache; the figures are the same, a rerun after a rule change takes seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_quotes import EVAL, OUT, half_of, load_scorer, parsed, read_items  # noqa: E402

GGT = EVAL / "quotes-ggt-dev-articles.jsonl"
POLNEAR = EVAL / "quotes-dev-articles.jsonl"
CHANNEL = "CEVALPEOPLE"
LINK = "https://eval.test/article/"  # each article's "permalink" names its id, so the roundup's threads do


class CachedAnalyzer:
    """``analyze_many`` with the spaCy parse read from the parse cache (same steps, same briefs)."""

    def __init__(self, nlp, cache: Path):
        self.nlp, self.cache = nlp, cache

    def analyze_many(self, texts: list[str], batch_size: int = 16) -> list:  # noqa: ARG002 - the cache batches
        from bot.nlp.analysis import _brief, prepare

        prepared = [prepare(t) for t in texts]
        docs = parsed([body for _, body in prepared], self.nlp, self.cache)
        return [_brief(title, body, doc) for (title, body), doc in zip(prepared, docs, strict=True)]


def brief_all(items: list[dict], briefer) -> list:
    """The brief of each article, in order, through the briefer's batch path."""
    briefs = []
    for item in briefer.brief_many((it["text"] for it in items), batch_size=16):
        if item.error is not None:
            raise SystemExit(f"article {items[item.index]['id']}: {item.error}")
        briefs.append(item.brief)
    return briefs


def people_figures(scorer, preds: dict[str, dict], items: list[dict], misses: int = 0) -> dict:
    """score_people's figures for ``items`` (its ``main`` loop, on in-memory predictions)."""
    tp = fp = fn = g_n = g_ok = g_cov = src_f = src_m = pq_f = pq_m = 0
    missed, spurious, wrong_gender = [], [], []
    for it in items:
        o = preds.get(it["id"], {})
        people = [x for x in o.get("actors", []) if x.get("kind") == "person"]
        names = [x["name"] for x in people]
        gp = it.get("people", [])
        pairs = scorer.align(names, gp)
        tp, fp, fn = tp + len(pairs), fp + len(names) - len(pairs), fn + len(gp) - len(pairs)
        mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
        missed += [f"{it['id']}: {g}" for j, g in enumerate(gp) if j not in mg][:misses]
        spurious += [f"{it['id']}: {n}" for i, n in enumerate(names) if i not in mp][:misses]
        female, male = set(it.get("people_female", [])), set(it.get("people_male", []))
        for i, j in pairs:
            want = "female" if gp[j] in female else "male" if gp[j] in male else None
            if want is None:
                continue
            got = people[i].get("gender")
            g_n, g_cov, g_ok = g_n + 1, g_cov + (got in ("female", "male")), g_ok + (got == want)
            if got != want:
                wrong_gender.append(f"{it['id']}: {gp[j]} gold {want} pred {got}")
        src_f += len(it.get("sources_female", []))
        src_m += len(it.get("sources_male", []))
        quoted = {q.get("speaker") for q in o.get("quotes", []) if q.get("speaker")}
        for x in people:
            if x["name"] in quoted:
                pq_f += x.get("gender") == "female"
                pq_m += x.get("gender") == "male"
    return {
        "items": len(items),
        "people": scorer.prf(tp, fp, fn),
        "gender": {
            "accuracy": round(g_ok / g_cov, 4) if g_cov else None,
            "coverage": round(g_cov / g_n, 4) if g_n else None,
            "pairs": g_n,
        },
        "sources_female_share": {
            "gold": round(src_f / (src_f + src_m), 4) if src_f + src_m else None,
            "predicted": round(pq_f / (pq_f + pq_m), 4) if pq_f + pq_m else None,
        },
        "misses": {"missed": missed, "spurious": spurious, "gender": wrong_gender[:misses]},
    }


def roundup_people(scorer, store, items: list[dict], briefs: list, days: float = 7.0) -> dict:
    """Record every brief in one channel over the last ``days`` and score the weekly roundup's people."""
    from bot.roundup.compute import compute_roundup
    from bot.storage import history

    now = time.time()
    step = (days - 0.25) * history.DAY / max(1, len(briefs))  # all inside the week window
    recorded = 0
    for n, (item, brief) in enumerate(zip(items, briefs, strict=True)):
        when = now - (len(briefs) - n) * step
        recorded += history.record_article(
            store, CHANNEL, brief, workspace="TEVAL", permalink=LINK + item["id"], when=when
        )
    roundup = compute_roundup(store, CHANNEL, "week", now=now, workspace="TEVAL")
    gold = {it["id"]: it.get("people", []) for it in items}
    rows = []
    for actor in roundup.actors:
        if actor.kind != "person":
            continue
        ids = [link.removeprefix(LINK) for link in actor.links if link.startswith(LINK)]
        named = any(scorer.same(actor.name, g) for aid in ids for g in gold.get(aid, []))
        rows.append({"name": actor.name, "articles": actor.articles, "named": named, "ids": ids})
    people = len(rows)
    named = sum(r["named"] for r in rows)
    return {
        "articles_recorded": recorded,
        "roundup_articles": roundup.articles,
        "recurring_people": people,
        "named_in_articles": named,
        "share": round(named / people, 4) if people else None,
        "people": rows,
        "other_recurring": [(a.name, a.kind, a.articles) for a in roundup.actors if a.kind != "person"],
    }


def polnear_proxy(items: list[dict], preds: dict[str, dict]) -> dict:
    """PolNeAR dev has no people lists: named gold speakers whose head word ends a listed person."""
    keys = sorted({k for it in items for k in it})
    found = total = 0
    for it in items:
        last = {
            x["name"].split()[-1].lower()
            for x in preds.get(it["id"], {}).get("actors", [])
            if x.get("kind") == "person" and x["name"].split()
        }
        heads = {
            (q.get("speaker_head") or "").lower()
            for q in it["quotes"]
            if q.get("speaker_head") and not q.get("speaker_is_pronoun")
        }
        heads = {h for h in heads if h and h[0].isalpha() and h in it["text"].lower()}
        total += len(heads)
        found += len(heads & last)
    return {
        "fields": keys,
        "has_people": "people" in keys,
        "speaker_heads": total,
        "ending_a_person": found,
        "share": round(found / total, 4) if total else None,
    }


def row(label: str, res: dict) -> str:
    p, g, s = res["people"], res["gender"], res["sources_female_share"]
    return (
        f"{label:10} people P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f}"
        f" (tp {p['tp']} fp {p['fp']} fn {p['fn']})  gender acc {g['accuracy']} cov {g['coverage']}"
        f"  women among sources {s['predicted']} (gold {s['gold']})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GGT, help="a gold JSONL with people lists (GGT dev)")
    ap.add_argument("--cache", action="store_true", help="keep the spaCy parses in benchmarks/out/parses")
    ap.add_argument("--misses", type=int, default=0, help="list up to N misses and false people per article")
    ap.add_argument("--no-polnear", action="store_true", help="skip the PolNeAR dev proxy")
    ap.add_argument("--json", type=Path, help="write every figure here")
    a = ap.parse_args(argv)

    from bot.briefing import Briefer
    from bot.config import load_settings
    from bot.nlp.model import get_nlp
    from bot.storage.store import Store, embedded_redis

    scorer = load_scorer(a.gold, "score_people")
    items = read_items(a.gold)
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="eval-people-") as tmp:
        settings = replace(load_settings({}), data_dir=Path(tmp))
        # A fresh embedded Redis in a fresh directory: no brief served from an earlier cache.
        store = Store(embedded_redis(Path(tmp), idle=2.0), settings)
        analyzer = CachedAnalyzer(get_nlp(), OUT / "parses") if a.cache else None
        briefer = Briefer(settings, store, analyzer)
        briefs = brief_all(items, briefer)
        preds = {it["id"]: {"id": it["id"], **b.to_dict()} for it, b in zip(items, briefs, strict=True)}
        OUT.mkdir(parents=True, exist_ok=True)
        with (OUT / f"people-{a.gold.stem}-predictions.jsonl").open("w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(preds[it["id"]], ensure_ascii=False) + "\n")
        results["all"] = people_figures(scorer, preds, items, a.misses)
        for h in (0, 1):
            results[f"half {h}"] = people_figures(
                scorer, preds, [it for it in items if half_of(it["id"]) == h]
            )
        results["roundup"] = roundup_people(scorer, store, items, briefs)
        if not a.no_polnear and POLNEAR.exists():
            pol = read_items(POLNEAR)
            pol_briefs = brief_all(pol, briefer)
            pol_preds = {it["id"]: b.to_dict() for it, b in zip(pol, pol_briefs, strict=True)}
            results["polnear"] = polnear_proxy(pol, pol_preds)
    print(f"{a.gold.name}: {len(items)} articles, {sum(len(it.get('people', [])) for it in items)} people")
    for label in ("all", "half 0", "half 1"):
        print("  " + row(label, results[label]))
    for kind in ("missed", "spurious", "gender"):
        for m in results["all"]["misses"][kind]:
            print(f"    {kind}: {m}")
    r = results["roundup"]
    print(
        f"roundup (week, {r['roundup_articles']} articles in one channel): {r['named_in_articles']} of"
        f" {r['recurring_people']} recurring people are people named in the articles (share {r['share']})"
    )
    for p in r["people"]:
        mark = "   " if p["named"] else "NOT"
        print(f"    {mark} {p['name']} ({p['articles']} articles)")
    if "polnear" in results:
        p = results["polnear"]
        if not p["has_people"]:
            print(f"PolNeAR dev: no people annotations (fields: {', '.join(p['fields'])});")
        print(
            f"  proxy: {p['ending_a_person']} of {p['speaker_heads']} named gold speakers' head words end a"
            f" listed person (share {p['share']}; organisations among the speakers keep it below 1)"
        )
    if a.json:
        a.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
