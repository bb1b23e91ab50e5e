"""The whole SaudiNewsNet archive through the pipeline: per-article step on every core, then the
corpus step (grouping, alignment, scores); prints times and every outlet's consistency.

    python bench/bench_archive.py [--workers 2]

Skips when ../shared/corpora/saudinewsnet-2015-07 is absent.  Records that cannot be read are
counted and skipped.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _real_news import CORPUS  # noqa: E402
from analysis.io.corpus import CorpusError, article_from_mapping  # noqa: E402
from analysis.pipeline import analyze_article, combine  # noqa: E402


def work(line: str):
    obj = json.loads(line)
    try:
        return analyze_article(article_from_mapping(obj, name=str(obj.get("id"))))
    except CorpusError:
        return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} not found")
        return 0
    t = time.time()
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").read().splitlines()
    with ProcessPoolExecutor(args.workers) as ex:
        results = list(ex.map(work, lines, chunksize=64))
    analyses = [a for a in results if a is not None]
    t1 = time.time()
    res = combine(analyses)
    t2 = time.time()
    print(f"per-article {t1 - t:.0f} s ({len(lines) - len(analyses)} skipped), corpus step {t2 - t1:.0f} s; "
          f"{len(analyses)} articles, {len(res.stories)} stories, {len(res.comparisons)} comparisons, "
          f"{sum(c.status == 'conflict' for c in res.comparisons)} with conflicts, "
          f"{sum(c.updated for c in res.comparisons)} with updates")
    for o in res.outlets:
        c = o.consistency
        score = "not enough evidence" if c is None or c.score is None else (
            f"{c.score:.1f} [{c.interval.low:.1f}, {c.interval.high:.1f}]")
        print(f"{o.outlet:14s} consistency {score}; agree {c.agree if c else 0}, conflict {c.conflict if c else 0}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
