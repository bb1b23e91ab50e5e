"""The corpus step (``pipeline.combine``) on the whole SaudiNewsNet archive, this checkout against
another one (``--base``, e.g. ``git worktree add /tmp/base HEAD~3`` or a ``git archive`` copy),
interleaved: base, this, base, this...  Each run is a fresh process; prints wall and CPU seconds
(children included: the corpus step may fork), peak memory, and whether the two give the same
output (a digest of stories, comparisons, fact statuses and outlet reports).

    python bench/bench_corpus_archive.py --base DIR [--runs 3] [--cache FILE]

The per-article results are computed once (2 processes, by the base checkout's code) and pickled
to ``--cache`` (default bench/out/archive-analyses.pkl; ~150 MB), then reused by every run.
PYTHONHASHSEED is fixed: alignment's output depends on set order in places (see BENCHMARKS.md).
Skips when ../shared/corpora/saudinewsnet-2015-07 is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _real_news import CORPUS  # noqa: E402

HERE = Path(__file__).resolve().parents[1]

_MAKE_CACHE = """
import gzip, json, pickle, sys
from concurrent.futures import ProcessPoolExecutor
from analysis.io.corpus import CorpusError, article_from_mapping
from analysis.pipeline import analyze_article
def work(line):
    obj = json.loads(line)
    try:
        return analyze_article(article_from_mapping(obj, name=str(obj.get("id"))))
    except CorpusError:
        return None
if __name__ == "__main__":
    lines = gzip.open(sys.argv[1], "rt", encoding="utf-8").read().splitlines()
    with ProcessPoolExecutor(2) as ex:
        res = [a for a in ex.map(work, lines, chunksize=64) if a is not None]
    with open(sys.argv[2], "wb") as f:
        pickle.dump(res, f, protocol=pickle.HIGHEST_PROTOCOL)
"""

_RUN = """
import hashlib, json, pickle, resource, sys, time
from analysis.pipeline import combine
analyses = pickle.load(open(sys.argv[1], "rb"))
t, c = time.perf_counter(), time.process_time()
res = combine(analyses)
wall, cpu = time.perf_counter() - t, time.process_time() - c
ch = resource.getrusage(resource.RUSAGE_CHILDREN)
h = hashlib.sha256(repr((res.stories, res.comparisons, res.fact_statuses, res.outlets)).encode())
print(json.dumps({"wall": wall, "cpu": cpu + ch.ru_utime + ch.ru_stime, "digest": h.hexdigest()[:16],
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_maxrss_mb": ch.ru_maxrss / 1024}))
"""


def _python(root: Path, code: str, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONHASHSEED="0")
    return subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=root, check=True,
                          capture_output=True, text=True).stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the other checkout")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cache", default=str(HERE / "bench" / "out" / "archive-analyses.pkl"))
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} not found")
        return 0
    base, cache = Path(args.base).resolve(), Path(args.cache)
    if not cache.is_file():
        cache.parent.mkdir(parents=True, exist_ok=True)
        _python(base, _MAKE_CACHE, str(CORPUS), str(cache))
    runs: dict[str, list[dict]] = {"base": [], "this": []}
    for _ in range(args.runs):
        for name, root in (("base", base), ("this", HERE)):
            r = json.loads(_python(root, _RUN, str(cache)).strip().splitlines()[-1])
            runs[name].append(r)
            print(f"{name}: combine {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, peak {r['maxrss_mb']:.0f} MB "
                  f"(forked child {r['child_maxrss_mb']:.0f} MB), digest {r['digest']}", flush=True)
    med = {k: statistics.median(r["wall"] for r in v) for k, v in runs.items()}
    cpu = {k: statistics.median(r["cpu"] for r in v) for k, v in runs.items()}
    same = {r["digest"] for v in runs.values() for r in v}
    print(f"median wall: base {med['base']:.1f} s, this {med['this']:.1f} s (x{med['base'] / med['this']:.2f}); "
          f"median CPU: base {cpu['base']:.1f} s, this {cpu['this']:.1f} s; "
          f"output {'identical' if len(same) == 1 else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
