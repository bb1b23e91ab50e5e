"""Per-article stages on real news, one core, CPU seconds (two passes each).

    python bench/bench_stages.py [--articles 1200] [--root DIR]

Times segmentation, attribution, fact extraction and the whole per-article analysis on the first
N SaudiNewsNet articles (skips when ../shared/corpora/saudinewsnet-2015-07 is absent).  ``--root``
imports the analysis package from another checkout, to compare two versions in one session.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _real_news import load_articles  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1200)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    args = ap.parse_args()
    arts = load_articles(args.articles, args.root)
    if arts is None:
        return 0
    from analysis.sourcing.attribution import detect_attributions
    from analysis.facts.extract import extract_facts
    from analysis.pipeline import analyze_article
    from analysis.text.segment import split_sentences

    stages = {
        "segment": lambda a: split_sentences(a.text),
        "attribution": lambda a: detect_attributions(a.text, split_sentences(a.text), outlet=a.outlet),
        "facts": lambda a: extract_facts(a.text, split_sentences(a.text), reference_date=date.fromisoformat(a.published)),
        "whole article": analyze_article,
    }
    out: dict[str, list[float]] = {}
    for _ in range(2):
        for name, fn in stages.items():
            t = time.process_time()
            for a in arts:
                fn(a)
            out.setdefault(name, []).append(round(time.process_time() - t, 2))
    print(json.dumps({"root": args.root, "articles": len(arts), "cpu_s": out}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
