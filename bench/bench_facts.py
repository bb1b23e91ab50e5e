"""Per-article fact extraction on real news, one core: articles per second (median of runs).

    python bench/bench_facts.py --articles 2000 [--runs 3] [--root DIR] [--full-only]

Reads the first N articles of the SaudiNewsNet archive (../shared/corpora/saudinewsnet-2015-07;
skips cleanly when it is absent), cleans and segments them once, then times
``facts.extract_facts`` alone and ``pipeline.analyze_article`` whole (``--full-only``: the latter
only), and the floor of issue #12 on the same articles: read (``json.loads`` of the JSONL line)
and normalise with the offset map (``textnorm.normalise``).  ``--root`` imports the
analysis package from another checkout (e.g. a `git worktree` of an older commit), so two
versions can be measured alternately in one session on the same machine.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _real_news import load_articles  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    ap.add_argument("--full-only", action="store_true", help="time analyze_article only (and the floor)")
    args = ap.parse_args()
    arts = load_articles(args.articles, args.root)
    if arts is None:
        return 0
    import analysis
    from analysis.facts.extract import extract_facts
    from analysis.pipeline import analyze_article
    from analysis.text.segment import split_sentences
    from analysis.text.textnorm import normalise

    lines = [json.dumps({"id": a.id, "outlet": a.outlet, "published": a.published, "text": a.text},
                        ensure_ascii=False) for a in arts]

    prepared = [(a.text, split_sentences(a.text), date.fromisoformat(a.published)) for a in arts]
    facts_rates, full_rates, floor_rates = [], [], []
    for _ in range(args.runs):
        t = time.process_time()
        for line in lines:
            normalise(json.loads(line)["text"])
        floor_rates.append(len(lines) / (time.process_time() - t))
        if not args.full_only:
            t = time.process_time()
            for text, sents, pub in prepared:
                extract_facts(text, sents, reference_date=pub)
            facts_rates.append(len(prepared) / (time.process_time() - t))
        t = time.process_time()
        for a in arts:
            analyze_article(a)
        full_rates.append(len(arts) / (time.process_time() - t))
    full, floor = statistics.median(full_rates), statistics.median(floor_rates)
    print(json.dumps({"root": args.root, "package": str(Path(analysis.__file__).parent), "articles": len(arts),
                      "runs": args.runs,
                      "extract_facts_per_cpu_s": round(statistics.median(facts_rates), 1) if facts_rates else None,
                      "analyze_article_per_cpu_s": round(full, 1),
                      "analyze_article_runs": [round(r, 1) for r in full_rates],
                      "floor_per_cpu_s": round(floor, 1),
                      "full_to_floor": round(floor / full, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
