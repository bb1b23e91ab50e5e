"""Per-article analysis speed against the floor, on one core, in one process.

    python bench/bench_pipeline.py --articles 1000

* floor: read each JSONL line (json.loads) and tokenise its text (\\w+) — the
  least any analysis must do;
* full: read the same lines, clean (make_article) and run
  pipeline.analyze_article — everything per-article;
* stages: the same articles again, each stage timed on its own, to show
  where the time goes;
* corpus step: pipeline.combine over all results (stories, alignment,
  outlet scores) — the part that does not parallelise;
* peak memory: ru_maxrss of this process (holds all N results for combine).

Figures are printed as a table and, with --json, as one JSON object.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.sourcing.attribution import detect_attributions  # noqa: E402
from analysis.io.corpus import make_article  # noqa: E402
from analysis.facts.extract import extract_facts  # noqa: E402
from analysis.facts.dates import parse_published  # noqa: E402
from analysis.pipeline import analyze_article, combine  # noqa: E402
from analysis.sourcing.scoring import article_sourcing  # noqa: E402
from analysis.text.segment import split_sentences  # noqa: E402
from analysis.io.synthetic import synthetic_records  # noqa: E402
from analysis.text.textnorm import count_words  # noqa: E402

WORD = re.compile(r"\w+")


def floor_pass(lines: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s, words) for reading and tokenising every line."""
    t, c = time.perf_counter(), time.process_time()
    words = 0
    for line in lines:
        rec = json.loads(line)
        words += len(WORD.findall(rec["text"]))
    return time.perf_counter() - t, time.process_time() - c, words


def full_pass(lines: list[str]) -> tuple[float, float, list]:
    """(wall s, CPU s, analyses) for reading, cleaning and analysing every line."""
    t, c = time.perf_counter(), time.process_time()
    out = []
    for line in lines:
        rec = json.loads(line)
        art = make_article(id=rec["id"], outlet=rec["outlet"], raw_text=rec["text"], title=rec["title"],
                           published=rec["published"], url=rec["url"], story=rec.get("story", ""))
        out.append(analyze_article(art))
    return time.perf_counter() - t, time.process_time() - c, out


def stage_pass(lines: list[str]) -> dict[str, float]:
    """Each stage of analyze_article timed separately (same inputs)."""
    acc = dict.fromkeys(("read", "clean", "sentences", "attribution", "scoring", "facts"), 0.0)
    for line in lines:
        t0 = time.process_time()
        rec = json.loads(line)
        t1 = time.process_time()
        art = make_article(id=rec["id"], outlet=rec["outlet"], raw_text=rec["text"], published=rec["published"])
        t2 = time.process_time()
        sents = split_sentences(art.text)
        t3 = time.process_time()
        atts, srcs = detect_attributions(art.text, sents, language=art.language)
        t4 = time.process_time()
        article_sourcing(art.id, count_words(art.text), atts, srcs)
        t5 = time.process_time()
        extract_facts(art.text, sents, language=art.language, reference_date=parse_published(art.published, exact_day=True))
        t6 = time.process_time()
        for k, a, b in (("read", t0, t1), ("clean", t1, t2), ("sentences", t2, t3), ("attribution", t3, t4),
                        ("scoring", t4, t5), ("facts", t5, t6)):
            acc[k] += b - a
    return acc


def run(n: int, seed: int) -> dict:
    lines = [json.dumps(r, ensure_ascii=False) for r in synthetic_records(n, seed=seed, story_size=10)]
    floor_s, floor_cpu, words = floor_pass(lines)
    full_s, full_cpu, analyses = full_pass(lines)
    floor_s2, floor_cpu2, _ = floor_pass(lines)  # again after: the faster of two (warm caches)
    floor_s, floor_cpu = min(floor_s, floor_s2), min(floor_cpu, floor_cpu2)
    stages = stage_pass(lines[: min(n, 300)])
    t = time.perf_counter()
    result = combine(analyses)
    corpus_s = time.perf_counter() - t
    return {
        "articles": n, "words": words, "mean_words": round(words / n),
        "floor_s": round(floor_s, 3), "full_s": round(full_s, 3),
        "articles_per_s": round(n / full_s, 1), "ratio_full_to_floor": round(full_s / floor_s, 1),
        "floor_cpu_s": round(floor_cpu, 3), "full_cpu_s": round(full_cpu, 3),
        "articles_per_cpu_s": round(n / full_cpu, 1), "cpu_ratio_full_to_floor": round(full_cpu / floor_cpu, 1),
        "stage_ms_per_article": {k: round(1000 * v / min(n, 300), 2) for k, v in stages.items()},
        "corpus_step_s": round(corpus_s, 3), "stories": len(result.stories), "comparisons": len(result.comparisons),
        "attributions": sum(len(a.attributions) for a in analyses), "facts": sum(len(a.facts) for a in analyses),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "date": date.today().isoformat(),
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = p.parse_args()
    r = run(args.articles, args.seed)
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"per-article analysis, 1 process, {r['articles']} synthetic articles (mean {r['mean_words']} words)")
    print(f"  floor (read + tokenise):   {r['floor_s']:8.2f} s wall, {r['floor_cpu_s']:.2f} s CPU")
    print(f"  full (clean + analyse):    {r['full_s']:8.2f} s wall, {r['full_cpu_s']:.2f} s CPU   "
          f"{r['articles_per_s']:.0f} articles/s wall, {r['articles_per_cpu_s']:.0f} per CPU-second (target >= 100)")
    print(f"  full / floor:              {r['ratio_full_to_floor']:8.1f} x wall, {r['cpu_ratio_full_to_floor']:.1f} x CPU (target <= 10x)")
    print(f"  corpus step (combine):     {r['corpus_step_s']:8.2f} s   ({r['stories']} stories, {r['comparisons']} comparisons)")
    print(f"  found: {r['attributions']} attributions, {r['facts']} facts")
    print(f"  peak memory (maxrss):      {r['max_rss_mb']:8d} MB (all results held for combine)")
    print("  CPU ms per article by stage: " + ", ".join(f"{k} {v:.2f}" for k, v in r["stage_ms_per_article"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
