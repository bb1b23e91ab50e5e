"""Run every benchmark in bench/ (``make bench``); figures go to stdout.

Record the latest figures in BENCHMARKS.md together with the command.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    ["bench_pipeline.py", "--articles", "1000"],
    ["bench_corpus_step.py", "--sizes", "250", "500", "1000"],
    ["bench_batch.py"],
    ["bench_alignment.py"],  # owned by the alignment engineer; run when present
    ["bench_facts.py", "--articles", "1500"],  # real news (skips without the SaudiNewsNet corpus)
    ["bench_stages.py"],
    ["bench_archive.py"],
    ["bench_app.py"],  # owned by the dashboard engineer; run when present
    ["bench_app.py", "--archive"],  # the dashboard on the real archive's batch results (skips without ../shared)
    ["bench_floor.py"],  # Isnad vs a bare two-chart Streamlit page, interleaved (~5 min)
]


def main() -> int:
    failed = 0
    for script, *args in SCRIPTS:
        path = HERE / script
        if not path.is_file():
            continue
        print(f"\n== {script} {' '.join(args)}", flush=True)
        failed |= subprocess.run([sys.executable, str(path), *args]).returncode != 0
    return int(failed)


if __name__ == "__main__":
    raise SystemExit(main())
