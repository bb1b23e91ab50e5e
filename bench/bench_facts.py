"""Per-article fact extraction on real news, one core: articles per second (median of runs).

    python bench/bench_facts.py --articles 2000 [--runs 3] [--root DIR]

Reads the first N articles of the SaudiNewsNet archive (../shared/corpora/saudinewsnet-2015-07;
skips cleanly when it is absent), cleans and segments them once, then times
``facts.extract_facts`` alone and ``pipeline.analyze_article`` whole.  ``--root`` imports the
analysis package from another checkout (e.g. a `git worktree` of an older commit), so two
versions can be measured alternately in one session on the same machine.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet-2015-07" / "articles.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} not found")
        return 0
    sys.path.insert(0, args.root)
    from analysis.corpus import CorpusError, article_from_mapping
    from analysis.facts import extract_facts
    from analysis.pipeline import analyze_article
    from analysis.segment import split_sentences

    arts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            try:
                arts.append(article_from_mapping(json.loads(line), name="x"))
            except CorpusError:
                continue
            if len(arts) >= args.articles:
                break
    prepared = [(a.text, split_sentences(a.text), date.fromisoformat(a.published)) for a in arts]
    facts_rates, full_rates = [], []
    for _ in range(args.runs):
        t = time.process_time()
        for text, sents, pub in prepared:
            extract_facts(text, sents, reference_date=pub)
        facts_rates.append(len(prepared) / (time.process_time() - t))
        t = time.process_time()
        for a in arts:
            analyze_article(a)
        full_rates.append(len(arts) / (time.process_time() - t))
    print(json.dumps({"root": args.root, "articles": len(arts), "runs": args.runs,
                      "extract_facts_per_cpu_s": round(statistics.median(facts_rates), 1),
                      "analyze_article_per_cpu_s": round(statistics.median(full_rates), 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
