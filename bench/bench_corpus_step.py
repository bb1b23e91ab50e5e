"""How the corpus step (pipeline.combine) grows with corpus size.

    python bench/bench_corpus_step.py --sizes 250 500 1000 2000

The per-article step is linear by construction; the corpus step compares
articles with each other (story grouping, alignment inside a story), so it
is where super-linear growth hides.  Two set-ups per size:

* auto: no manual story ids — stories.group_stories clusters everything.
  Synthetic articles all recombine one event, so this is the worst case
  (one giant story);
* manual: stories of 10 articles given as manual ids (grouping skipped),
  the shape of a real multi-story corpus for alignment.

Per-article results are computed once for the largest size and reused.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.io.corpus import make_article  # noqa: E402
from analysis.pipeline import analyze_article, combine  # noqa: E402
from analysis.facts.stories import group_stories  # noqa: E402
from analysis.io.synthetic import synthetic_records  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    n_max = max(args.sizes)
    analyses = [analyze_article(make_article(id=r["id"], outlet=r["outlet"], raw_text=r["text"],
                                             published=r["published"], story=r["story"]))
                for r in synthetic_records(n_max, seed=0, story_size=10)]
    rows = []
    for n in sorted(args.sizes):
        part = analyses[:n]
        auto = [replace(a, article=replace(a.article, story=""), story="") for a in part]
        t = time.perf_counter()
        group_stories([a.article for a in auto])
        t_group = time.perf_counter() - t
        t = time.perf_counter()
        combine(auto)
        t_auto = time.perf_counter() - t
        t = time.perf_counter()
        combine(part)
        t_manual = time.perf_counter() - t
        rows.append({"articles": n, "group_stories_s": t_group, "combine_auto_s": t_auto, "combine_manual_s": t_manual,
                     "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
        r = rows[-1]
        print(f"{n:6d} articles: group_stories {t_group:7.2f}s | combine auto (1 story) {t_auto:7.2f}s | "
              f"combine manual (stories of 10) {t_manual:6.2f}s | maxrss {r['max_rss_mb']:.0f} MB", flush=True)
    for a, b in zip(rows, rows[1:]):
        k = b["articles"] / a["articles"]
        print(f"{a['articles']} -> {b['articles']} (x{k:g}): group_stories x{b['group_stories_s'] / a['group_stories_s']:.1f}, "
              f"combine auto x{b['combine_auto_s'] / a['combine_auto_s']:.1f}, "
              f"combine manual x{b['combine_manual_s'] / max(a['combine_manual_s'], 1e-9):.1f}")
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
