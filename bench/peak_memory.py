"""Run a command and report the peak memory of its whole process tree, its wall time and CPU.

    python bench/peak_memory.py python -m analysis analyze CORPUS --parquet OUT --workers 2 --no-progress

Every 50 ms it reads ``/proc/PID/smaps_rollup`` of the command and all its descendants: the peak RSS
of the largest process, and the peak sums of RSS and PSS over the tree (PSS shares a page between
the processes that map it, so forked children are not counted twice).  CPU is the tree's user +
system time (``getrusage(RUSAGE_CHILDREN)``: the command and every child it waited for).  Linux only.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import time


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _children(p)
    return out


def _rss_pss_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:  # the process has just ended
        pass
    return rss, pss


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    t0 = time.time()
    proc = subprocess.Popen(argv)
    peak_rss = peak_pss = peak_one = 0
    peak_at, procs_at = 0.0, 0
    while proc.poll() is None:
        mems = [_rss_pss_kb(p) for p in _tree(proc.pid)]
        rss, pss = sum(m[0] for m in mems), sum(m[1] for m in mems)
        if pss > peak_pss:
            peak_pss, peak_at, procs_at = pss, time.time() - t0, len(mems)
        peak_rss = max(peak_rss, rss)
        peak_one = max(peak_one, max((m[0] for m in mems), default=0))
        time.sleep(0.05)
    wall = time.time() - t0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"wall {wall:.1f} s; CPU {ru.ru_utime + ru.ru_stime:.1f} s; peak RSS of one process {peak_one / 1024:.0f} MB; "
          f"peak of the tree: PSS {peak_pss / 1024:.0f} MB (at {peak_at:.1f} s, {procs_at} processes), "
          f"RSS {peak_rss / 1024:.0f} MB; exit status {proc.returncode}", file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
