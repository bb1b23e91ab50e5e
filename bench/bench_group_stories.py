"""Automatic story grouping alone: CPU time and peak-RSS growth of group_stories.

    python bench/bench_group_stories.py 1000 [--root DIR]

One size per process (fresh RSS).  Synthetic articles (synthetic_records(N, seed=0)),
no manual story ids: all texts recombine one event, the worst case for grouping.
``--root`` points at another checkout (e.g. a copy of the old code) to compare.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
p.add_argument("articles", type=int)
p.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
args = p.parse_args()
sys.path.insert(0, args.root)

from analysis.io.corpus import make_article  # noqa: E402
from analysis.facts.stories import group_stories  # noqa: E402
from analysis.io.synthetic import synthetic_records  # noqa: E402

import scipy.sparse.csgraph  # noqa: E402,F401  (imports outside the timing)
import sklearn.feature_extraction.text  # noqa: E402,F401

arts = [make_article(id=r["id"], outlet=r["outlet"], raw_text=r["text"], published=r["published"])
        for r in synthetic_records(args.articles, seed=0)]
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t, c = time.perf_counter(), time.process_time()
res = group_stories(arts)
wall, cpu = time.perf_counter() - t, time.process_time() - c
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{args.root}: {args.articles} articles, {len(set(res.values()))} stories, "
      f"group_stories {cpu:.2f} s CPU, {wall:.2f} s wall, peak RSS {rss1:.0f} MB (+{rss1 - rss0:.0f} MB)")
