"""Batch mode end to end: 1k vs 10k articles, 1 vs 2 workers, cold vs cached.

    python bench/bench_batch.py            # 1k and 10k (several minutes)
    python bench/bench_batch.py --quick    # 200 and 1000

Corpora: synthetic, ~600-1200 words per article, in stories of 10 articles.
Each configuration runs ``analysis.io.batch.run_batch`` (what
``python -m analysis analyze CORPUS --parquet OUT`` does) in a fresh Python
process, with a fresh output folder and cache, so peak memory (ru_maxrss) is
that run's own.  Corpora are synthetic JSONL files in bench/out/, built once.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

CHILD = """
import json, sys
from analysis.io.batch import run_batch
_, s = run_batch(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]), cache_dir=sys.argv[4], progress=False)
print(json.dumps({"articles": s.articles, "analysed": s.analysed, "cached": s.cached,
                  "per_article_s": s.per_article_seconds, "corpus_s": s.corpus_seconds,
                  "max_rss_mb": s.max_rss_mb, "worker_max_rss_mb": s.worker_max_rss_mb,
                  "main_cpu_s": s.main_cpu_seconds, "worker_cpu_s": s.worker_cpu_seconds}))
"""


def corpus(n: int) -> Path:
    from analysis.io.synthetic import write_jsonl

    # stories of 10 articles (manual ids): see analysis/io/synthetic.py for why
    path = OUT / f"corpus-{n}-s10.jsonl"
    if not path.is_file():
        write_jsonl(path, n, seed=0, story_size=10)
    return path


def run_one(path: Path, workers: int, outdir: Path, cache: Path) -> dict:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(outdir), str(workers), str(cache)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    stats["wall_s"] = time.perf_counter() - t  # includes interpreter start + imports
    stats["workers"] = workers
    return stats


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true")
    p.add_argument("--sizes", type=int, nargs=2, metavar=("SMALL", "BIG"), help="corpus sizes (default 1000 10000)")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare (default 1 2)")
    p.add_argument("--json", metavar="FILE", help="also write all figures as JSON")
    args = p.parse_args()
    small, big = args.sizes or ((200, 1000) if args.quick else (1000, 10000))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in (small, big):
            for w in args.workers:
                tag = f"{n}-w{w}"
                r = run_one(corpus(n), w, tmp / tag, tmp / f"cache-{tag}")
                r["label"] = f"{n} articles, {w} worker(s), cold"
                rows.append(r)
                print(_fmt(r), flush=True)
            w = max(args.workers)
            r = run_one(corpus(n), w, tmp / f"{n}-again", tmp / f"cache-{n}-w{w}")  # same cache: all unchanged
            r["label"] = f"{n} articles, {w} worker(s), re-run (cached)"
            rows.append(r)
            print(_fmt(r), flush=True)
    # cold runs only (a re-run after a code change re-analyses everything and
    # would otherwise be mistaken for a cold run)
    get = {(r["articles"], r["workers"], False): r for r in rows if "cold" in r["label"]}
    summary: dict[str, float] = {}
    w = min(args.workers)
    s1, b1 = get[(small, w, False)], get[(big, w, False)]
    summary["growth_per_article_step"] = b1["per_article_s"] / s1["per_article_s"]
    summary["growth_corpus_step"] = b1["corpus_s"] / max(s1["corpus_s"], 1e-9)
    summary["growth_cpu"] = (b1["main_cpu_s"] + b1["worker_cpu_s"]) / (s1["main_cpu_s"] + s1["worker_cpu_s"])
    print(f"growth {small} -> {big} articles ({w} worker(s), ideal {big / small:.0f}x): per-article step "
          f"{summary['growth_per_article_step']:.1f}x wall, {summary['growth_cpu']:.1f}x CPU; "
          f"corpus step {summary['growth_corpus_step']:.1f}x")
    if (small, 1, False) in get and (small, 2, False) in get:
        for n in (small, big):
            summary[f"speedup_2w_{n}"] = get[(n, 1, False)]["per_article_s"] / get[(n, 2, False)]["per_article_s"]
        print(f"2 workers vs 1 (per-article step, wall): {summary[f'speedup_2w_{small}']:.2f}x at {small}, "
              f"{summary[f'speedup_2w_{big}']:.2f}x at {big}")
    if args.json:
        Path(args.json).write_text(json.dumps({"runs": rows, "summary": summary}, indent=1), encoding="utf-8")
    return 0


def _fmt(r: dict) -> str:
    rate = r["articles"] / r["per_article_s"]
    return (f"{r['label']:<42} per-article {r['per_article_s']:7.1f}s ({rate:6.0f}/s, analysed {r['analysed']}, "
            f"cached {r['cached']}; CPU main {r['main_cpu_s']:.1f}s + workers {r['worker_cpu_s']:.1f}s = "
            f"{r['articles'] / (r['main_cpu_s'] + r['worker_cpu_s']):.0f} art/CPU-s), corpus step {r['corpus_s']:6.2f}s, wall {r['wall_s']:6.1f}s, "
            f"peak {r['max_rss_mb']:.0f} MB main / {r['worker_max_rss_mb']:.0f} MB worker")


if __name__ == "__main__":
    raise SystemExit(main())
