"""The Outlet profile's first visit, before / after a change, alternated (h65 helper, issue #12).

    python bench/bench_outlet_first.py BEFORE_ROOT [--rounds 6] [--corpus RESULTS_DIR]

BEFORE_ROOT is a copy of the code to compare with (``git archive <commit> | tar -x -C DIR``); the
other side is this working tree.  Each run: a fresh ``streamlit run`` of that tree's app.py (warm
per-article cache, as bench_floor.py's warm kind), a fresh Chromium context on the Overview, then a
click to the Outlet profile (its first visit: click -> shown, server and Chromium CPU, the script
chunks the browser fetched meanwhile), then Overview / Outlet twice more (later visits).  Runs
alternate before / after; round 0 is an uncounted warm-up.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_app import Session, cpu_seconds  # noqa: E402
from bench_floor import _chromium_cpu, browser_cpu_since, server_env  # noqa: E402
from tests.support.dashboard import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.support.server import StreamlitServer  # noqa: E402


def one_run(root: Path, browser, tmp: Path, warm: Path, corpus: Path | None) -> dict:
    run_dir = Path(tempfile.mkdtemp(dir=tmp))
    env = server_env("isnad_warm", run_dir, tmp, warm)
    env["PYTHONPATH"] = str(root)
    if corpus:
        env["ISNAD_CORPUS"] = str(corpus)
    server = StreamlitServer(root / "app.py", env, log=run_dir / "streamlit.log")
    server.launch()
    session = None
    try:
        server.wait_healthy(120)
        session = Session.open(browser)
        scripts: list[tuple[float, str]] = []
        session.page.on("requestfinished", lambda r: scripts.append((time.perf_counter(), r.url)))
        session.goto(server.url, "", 120)
        session.page.wait_for_timeout(1500)
        cpu0, chromium0, n0 = cpu_seconds(server.proc.pid), _chromium_cpu(), len(scripts)
        done, shown = session.switch("outlet", 120)
        r = {"shown_s": shown, "script_s": done, "server_cpu_s": cpu_seconds(server.proc.pid) - cpu0,
             "browser_cpu_s": browser_cpu_since(chromium0),
             "chunks": sum(1 for _, u in scripts[n0:] if u.endswith(".js"))}
        later = [session.switch(p, 120)[1] for p in ("", "outlet", "", "outlet")]
        r["later_s"] = statistics.median([later[1], later[3]])
    finally:
        if session is not None:
            session.close()
        server.stop(grace=5)
    if not any(warm.iterdir()) and (run_dir / "cache").is_dir():
        shutil.copytree(run_dir / "cache", warm, dirs_exist_ok=True)
    return r


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("before", type=Path, help="a copy of the code before the change")
    p.add_argument("--rounds", type=int, default=6)
    p.add_argument("--corpus", type=Path, help="ISNAD_CORPUS for both (e.g. an archive's batch results)")
    args = p.parse_args()
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="isnad-outlet-first-"))
    warm = tmp / "warm"
    warm.mkdir()
    sides = {"before": args.before.resolve(), "after": ROOT}
    runs: dict[str, list[dict]] = {k: [] for k in sides}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                for rnd in range(args.rounds + 1):
                    for side, root in sides.items():
                        r = one_run(root, browser, tmp, warm, args.corpus)
                        print(f"round {rnd} {side}: first visit {r['shown_s']:.3f} s (script {r['script_s']:.3f} s, "
                              f"server CPU {r['server_cpu_s']:.2f} s, Chromium CPU {r['browser_cpu_s']:.2f} s, "
                              f"{r['chunks']} script chunks), later visits {r['later_s']:.3f} s", flush=True)
                        if rnd:
                            runs[side].append(r)
            finally:
                browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("| median | " + " | ".join(runs) + " |\n|---|" + "---:|" * len(runs))
    for key in ("shown_s", "script_s", "server_cpu_s", "browser_cpu_s", "later_s"):
        print(f"| {key} | " + " | ".join(f"{statistics.median(r[key] for r in rs):.3f}" for rs in runs.values()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
