"""How alignment time grows with the size of a story.

Builds synthetic stories of 50, 100, 200 and 400 articles from the bundled
drone-attack story (000, 001, 002, 004): each copy gets its own id and one
of 20 outlets, and every fifth copy has a perturbed figure ("ثلاث طائرات" →
"أربع طائرات", "16 مقعدا" → "15 مقعدا") so there are conflicts to find.
Articles go through the real per-article pipeline (analysis.pipeline.
analyze_article), then ``align_story`` and ``outlet_consistency`` are timed
(best of several runs) in this one process.  Prints figures; asserts nothing.

    python bench/bench_alignment.py [sizes...]
"""
from __future__ import annotations

import gc
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.facts.alignment import align_story  # noqa: E402
from analysis.facts.consistency import article_consistency, outlet_consistency  # noqa: E402
from analysis.io.readers import load_corpus  # noqa: E402
from analysis.lexicon import DATA_DIR  # noqa: E402
from analysis.pipeline import analyze_article  # noqa: E402

STORY = ("000", "001", "002", "004")
OUTLETS = tuple(f"outlet-{i:02d}" for i in range(20))
PERTURB = (("ثلاث طائرات", "أربع طائرات"), ("16 مقعدا", "15 مقعدا"), ("الـ17 مقعداً", "الـ18 مقعداً"))


def synthetic_articles(n: int):
    base = [a for a in load_corpus(DATA_DIR / "corpus") if a.id in STORY]
    out = []
    for i in range(n):
        a = base[i % len(base)]
        text = a.text
        if i % 5 == 4:  # every fifth copy disagrees on a figure
            for old, new in PERTURB:
                text = text.replace(old, new)
        out.append(replace(a, id=f"s{i:04d}", outlet=OUTLETS[i % len(OUTLETS)], text=text, raw_text=text, story="bench"))
    return out


def best_of(fn, repeats: int) -> float:
    """Best wall time of ``repeats`` runs with the garbage collector paused (as timeit does):
    tens of thousands of live records otherwise make full collections land in random runs."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
    finally:
        gc.enable()
    return best


def main(sizes: list[int]) -> None:
    print(f"{'articles':>8} {'facts':>7} {'compar.':>7} {'items':>7} {'conflicts':>9} "
          f"{'extract s':>9} {'align ms':>9} {'consist ms':>10} {'us/fact':>8}")
    timings = {}
    for n in sizes:
        arts = synthetic_articles(n)
        t0 = time.perf_counter()
        analyses = [replace(analyze_article(a), story="bench") for a in arts]
        extract = time.perf_counter() - t0
        facts = sum(len(a.facts) for a in analyses)
        comps, stats = align_story("bench", analyses)
        t_align = best_of(lambda: align_story("bench", analyses), 5)
        t_cons = best_of(lambda: (outlet_consistency(analyses, comps, stats),
                                  article_consistency(analyses, comps, stats)), 5)
        timings[n] = t_align
        print(f"{n:>8} {facts:>7} {len(comps):>7} {sum(len(c.items) for c in comps):>7} "
              f"{sum(c.status == 'conflict' for c in comps):>9} {extract:>9.2f} {1000 * t_align:>9.1f} "
              f"{1000 * t_cons:>10.1f} {1e6 * t_align / max(facts, 1):>8.1f}")
    ordered = sorted(timings)
    for a, b in zip(ordered, ordered[1:]):
        print(f"growth {a}->{b} articles (x{b / a:.0f}): align time x{timings[b] / timings[a]:.2f}")


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [50, 100, 200, 400])
