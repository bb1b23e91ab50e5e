"""The framework floor: Isnad's bundled dashboard against a bare two-chart Streamlit page (issue #12, item 4).

    python bench/bench_floor.py                    # 5 interleaved rounds
    python bench/bench_floor.py --rounds 7 --profile --json runs.json

Every run is a fresh ``streamlit run`` process (tests/support/server.py: loopback port, no file
watcher, empty temporary library) and a fresh Chromium context (Debian's /usr/bin/chromium, no
HTTP cache), and the runs are interleaved in one session so they share the machine's load:
round after round,

* **Isnad, cold**: app.py on the bundled corpus with ``ISNAD_CACHE`` pointing at a new empty
  folder, so every article is analysed (nothing from ~/.cache/isnad or an earlier run);
* **bare**: bench/bare_app.py, a page with a title and two Plotly charts and nothing else;
* **Isnad, warm cache**: app.py with an ``ISNAD_CACHE`` the first (uncounted) run filled, so the
  per-article analysis comes from disk (what a restart of the dashboard sees);
* **bare + navigation**: bench/bare_nav_app.py, the bare page and a text page under
  ``st.navigation``: the floor of a page switch.

Cold start = process start -> the first page's content shown in the browser (``READY_JS``: the
title, the page's own element, both Plotly charts drawn, no skeleton, nothing stale, nothing
running), after the server's ``script_finished`` message for that run.  Also recorded: the server
process's CPU time from its start, and the CPU time of Chromium's processes from opening the page
(both far less sensitive to other people's load than wall time).  One uncounted warm-up round
first (the operating system's file cache, byte code, Chromium's own start-up).

After the first render, the Isnad cold session switches through every page by the sidebar links
and the bare two-page session between its two pages, ``--switch-rounds`` times (bench_app.py's
``Session.switch``): click -> that run finished and the page's content shown.  Reported: medians,
the cold-start ratio Isnad / bare (target <= 1.15x) and the median page switch (target <= 0.25 s).
``--profile`` then looks at where the difference goes: the first script run alone
(bench/first_run_profile.py: its CPU time, a CPU-time cProfile), a Chromium trace of each first
render, the first run's pieces timed one by one in a fresh process, and ``-X importtime``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_app import NAMES, Session, cpu_seconds, rss_mb  # noqa: E402
from tests.support.dashboard import CHROMIUM, CHROMIUM_ARGS, PAGES  # noqa: E402
from tests.support.server import APP, StreamlitServer  # noqa: E402

BARE = HERE / "bare_app.py"
BARE_NAV = HERE / "bare_nav_app.py"
BARE_READY = ["Bare page", ".js-plotly-plot", 2]  # READY_JS: its title and both charts drawn
BARE_NAV_READY = {"": BARE_READY, "text": ["Bare text", '[data-testid="stMain"] h1', 0]}
SECTION = "## Framework floor: the bundled dashboard against a bare two-chart Streamlit page (bench/bench_floor.py)"
TARGET_RATIO, TARGET_SWITCH_S = 1.15, 0.25
KINDS = ("isnad_cold", "bare", "isnad_warm", "bare_nav")
LABELS = {"isnad_cold": "Isnad, cold (empty ISNAD_CACHE)", "bare": "bare page, two Plotly charts",
          "isnad_warm": "Isnad, warm per-article cache", "bare_nav": "bare page + a text page (st.navigation)"}
SCRIPTS = {"isnad_cold": APP, "isnad_warm": APP, "bare": BARE, "bare_nav": BARE_NAV}


def _chromium_cpu() -> dict[int, float]:
    """CPU seconds of every Chromium process this benchmark started (pid -> utime + stime)."""
    parent: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                parent[int(d)] = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass  # exited meanwhile
    me, out = os.getpid(), {}
    for pid in parent:
        p = pid
        while p in parent and p not in (me, 0, 1):
            p = parent[p]
        if p == me and pid != me:
            try:
                if Path(f"/proc/{pid}/comm").read_text().strip() == "chromium":
                    out[pid] = cpu_seconds(pid)
            except (OSError, ValueError, IndexError):
                pass
    return out


def browser_cpu_since(before: dict[int, float]) -> float:
    """Chromium CPU used since ``before`` (processes started meanwhile count from zero)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in _chromium_cpu().items())


def server_env(kind: str, run_dir: Path, tmp: Path, warm_cache: Path) -> dict[str, str]:
    """The environment of one server: its own empty library, the per-article cache the kind calls for."""
    # Byte code as a user's `make run` has it: compiled once, then read from .pyc.  This machine
    # sets PYTHONDONTWRITEBYTECODE, which would make Isnad's ~50 modules compile from source on every
    # start (the bare page's site-packages have their .pyc): ~0.2 s that no user pays.  The .pyc go to
    # a folder in this benchmark's temp dir, shared by all servers (filled in the uncounted warm-up
    # round), never into the working tree.
    env = {"ISNAD_LIBRARY": str(run_dir / "library.sqlite"), "PYTHONDONTWRITEBYTECODE": "",
           "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}
    # cold: a folder that does not exist yet, nothing cached; the bare pages read none of it (set so
    # nothing could ever touch ~/.cache/isnad)
    env["ISNAD_CACHE"] = str(warm_cache if kind == "isnad_warm" else run_dir / "cache")
    return env


def one_run(kind: str, browser, tmp: Path, warm_cache: Path, *, switch_rounds: int, timeout: float) -> dict:
    """One fresh server of ``kind``, its first render in a fresh browser context, then (Isnad cold and
    the bare two-page app) the page switches."""
    run_dir = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=tmp))
    server = StreamlitServer(SCRIPTS[kind], server_env(kind, run_dir, tmp, warm_cache), log=run_dir / "streamlit.log")
    r: dict = {"kind": kind}
    t0 = time.perf_counter()
    server.launch()
    session = None
    try:
        server.wait_healthy(timeout)
        r["server_up_s"] = time.perf_counter() - t0
        session = Session.open(browser)
        chromium0 = _chromium_cpu()
        t_goto, done, shown = session.goto(server.url, "", timeout, None if kind.startswith("isnad") else BARE_READY)
        r["browser_cpu_s"] = browser_cpu_since(chromium0)
        r["cold_start_s"] = shown - t0
        r["first_render_s"] = shown - t_goto
        r["script_s"] = done - t_goto
        r["server_cpu_s"] = cpu_seconds(server.proc.pid)  # since the process started: imports included
        r["rss_mb"] = rss_mb(server.proc.pid)
        if kind in ("isnad_cold", "bare_nav"):
            r["switch"] = {}
            order = [p for p in PAGES if p] + [""] if kind == "isnad_cold" else ["text", ""]
            for _ in range(switch_rounds):
                for path in order:
                    cpu0, chromium0 = cpu_seconds(server.proc.pid), _chromium_cpu()
                    done_s, shown_s = session.switch(path, timeout, BARE_NAV_READY[path] if kind == "bare_nav" else None)
                    r["switch"].setdefault(NAMES.get(path, path), []).append(
                        {"script_s": done_s, "shown_s": shown_s, "server_cpu_s": cpu_seconds(server.proc.pid) - cpu0,
                         "browser_cpu_s": browser_cpu_since(chromium0)})
    finally:
        if session is not None:
            session.close()
        server.stop(grace=5)
    if kind == "isnad_cold" and not any(warm_cache.iterdir()) and (run_dir / "cache").is_dir():
        shutil.copytree(run_dir / "cache", warm_cache, dirs_exist_ok=True)  # the warm runs' cache
    return r


def med(values: list[float]) -> float:
    return statistics.median(values)


def _switches(runs: list[dict]) -> dict[str, list[dict]]:
    """Page -> every visit of it in ``runs``."""
    out: dict[str, list[dict]] = {}
    for r in runs:
        for page, visits in r["switch"].items():
            out.setdefault(page, []).extend(visits)
    return out


def report(runs: list[dict], switch_rounds: int) -> tuple[list[str], dict]:
    by = {k: [r for r in runs if r["kind"] == k] for k in KINDS}
    rows = [("server up (process -> health)", "server_up_s"),
            ("**cold start (process -> first page shown)**", "cold_start_s"),
            ("  first render (browser open -> shown)", "first_render_s"),
            ("  of which script run (open -> script_finished)", "script_s"),
            ("server CPU, process start -> shown", "server_cpu_s"),
            ("browser CPU, open -> shown", "browser_cpu_s"),
            ("server + browser CPU", "cpu_s")]
    for r in runs:
        r["cpu_s"] = r["server_cpu_s"] + r["browser_cpu_s"]
    lines = ["| median of %d runs | %s | Isnad cold / bare |" % (len(by["bare"]), " | ".join(LABELS[k] for k in KINDS)),
             "|---|" + "---:|" * (len(KINDS) + 1)]
    for name, key in rows:
        m = {k: med([r[key] for r in by[k]]) for k in KINDS}
        lines.append(f"| {name} | " + " | ".join(f"{m[k]:.2f} s" for k in KINDS) +
                     f" | {m['isnad_cold'] / m['bare']:.2f}x |")
    rss = {k: med([r["rss_mb"] for r in by[k]]) for k in KINDS}
    lines.append("| server memory after first render (RSS) | " + " | ".join(f"{rss[k]:.0f} MB" for k in KINDS) +
                 f" | {rss['isnad_cold'] / rss['bare']:.2f}x |")
    bare = med([r["cold_start_s"] for r in by["bare"]])
    figures = {
        "ratio_cold": med([r["cold_start_s"] for r in by["isnad_cold"]]) / bare,
        "ratio_warm": med([r["cold_start_s"] for r in by["isnad_warm"]]) / bare,
        # each round's own ratio: its two runs were measured back to back, under the same load
        "pair_ratios": [a["cold_start_s"] / b["cold_start_s"] for a, b in zip(by["isnad_cold"], by["bare"])],
    }
    isnad, bare_nav = _switches(by["isnad_cold"]), _switches(by["bare_nav"])
    every = [v for vs in isnad.values() for v in vs]
    floor = [v for vs in bare_nav.values() for v in vs]
    figures["switch_median"] = med([v["shown_s"] for v in every])
    figures["bare_switch_median"] = med([v["shown_s"] for v in floor])
    lines += ["", f"Cold start, Isnad / bare: **{figures['ratio_cold']:.2f}x** (target <= {TARGET_RATIO}x; "
              f"each round's own ratio: {', '.join(f'{x:.2f}' for x in figures['pair_ratios'])}); with a warm "
              f"per-article cache {figures['ratio_warm']:.2f}x.",
              "",
              f"Page switch (click -> content shown), median of {len(every)} switches "
              f"({len(by['isnad_cold'])} sessions x {switch_rounds} rounds x {len(isnad)} pages): "
              f"**{figures['switch_median']:.2f} s** (target <= {TARGET_SWITCH_S} s); click -> script_finished "
              f"{med([v['script_s'] for v in every]):.2f} s.  The bare two-page app, same clicks: "
              f"**{figures['bare_switch_median']:.2f} s** (median of {len(floor)}).", ""]
    cols = [(f"Isnad: {p}", vs) for p, vs in isnad.items()] + [(f"bare: {'charts' if p == 'overview' else p}", vs)
                                                               for p, vs in bare_nav.items()]
    lines += ["| per page (median) | " + " | ".join(c for c, _ in cols) + " |", "|---|" + "---:|" * len(cols)]
    for name, key in (("click -> shown", "shown_s"), ("click -> script_finished", "script_s"),
                      ("server CPU", "server_cpu_s"), ("browser CPU", "browser_cpu_s")):
        lines.append(f"| {name} | " + " | ".join(f"{med([v[key] for v in vs]):.2f} s" for _, vs in cols) + " |")
    lines.append("| slowest click -> shown | " + " | ".join(f"{max(v['shown_s'] for v in vs):.2f} s" for _, vs in cols) + " |")
    if switch_rounds > 1:  # the first visit of a page may fill a cache (Methodology's live accuracy)
        for name, key in (("click -> shown, first visit", "shown_s"), ("server CPU, first visit", "server_cpu_s")):
            lines.append(f"| {name} | " + " | ".join(
                f"{med([r['switch'][p][0][key] for r in by[kind]]):.2f} s"
                for kind, pages in (("isnad_cold", isnad), ("bare_nav", bare_nav)) for p in pages) + " |")
        lines.append("| click -> shown, later visits only | " + " | ".join(
            f"{med([v['shown_s'] for r in by['isnad_cold'] for v in r['switch'][p][1:]]):.2f} s" for p in isnad) +
            " | " + " | ".join(f"{med([v['shown_s'] for r in by['bare_nav'] for v in r['switch'][p][1:]]):.2f} s"
                              for p in bare_nav) + " |")
    return lines, figures


PROFILER = HERE / "first_run_profile.py"
# label -> (file name ending, function) of the first script run's profile, summed; cumulative, so
# nested rows overlap (the analysis is inside setup()).  "SCRIPT" is the app script itself.
BUCKETS = {
    "whole first script run": [("SCRIPT", "<module>")],
    "  set_page_config (page_icon: Streamlit loads its emoji table)": [("streamlit/commands/page_config.py", "set_page_config")],
    "  sidebar, filters, data: ui.shell.setup()": [("ui/shell.py", "setup")],
    "    of which read + analyse the corpus, corpus step (ui.data.load)": [("ui/data.py", "load")],
    "    of which the search index (first query)": [("ui/data.py", "search_index")],
    "  evidence HTML in the overview's expanders (ui.render.evidence)": [("ui/render.py", "evidence")],
    "  the two figures (presentation.figures)": [("presentation/figures.py", "outlet_map"), ("presentation/figures.py", "class_bars")],
    "  st.plotly_chart (Streamlit serialises the figures)": [("streamlit/elements/plotly_chart.py", "plotly_chart")],
    "  Streamlit's one-time REPL check (inspect.stack over every module)": [("streamlit/env_util.py", "is_repl")],
}


def _import_rows(log: Path) -> dict[str, int]:
    """-X importtime lines of a server log: module -> self microseconds."""
    out = {}
    for line in log.read_text(errors="replace").splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", line)
        if m:
            out[m[2]] = int(m[1])
    return out


def _bucket_times(prof: Path, script: Path) -> dict[str, float]:
    import pstats

    stats = pstats.Stats(str(prof)).stats  # type: ignore[attr-defined]
    out = {label: sum(v[3] for k, v in stats.items() for ending, func in where
                      if k[0].endswith(f"/{script.name}" if ending == "SCRIPT" else ending) and k[2] == func)
           for label, where in BUCKETS.items()}
    # imports made by the page scripts themselves (ui, analysis, numpy...; not Streamlit's own)
    pages = ("/app_pages/", f"/{script.name}")
    out["  imports by the page scripts (ui, analysis, numpy)"] = sum(
        edge[3] for k, v in stats.items() if k[2] in ("_find_and_load", "_handle_fromlist")
        for caller, edge in v[4].items() if caller[2] == "<module>" and any(p in caller[0] for p in pages))
    return out


# The first run's pieces one by one, in a fresh process without Streamlit running and without a
# profiler (CPU seconds, time.process_time): what each costs without cProfile's overhead, which
# inflates pure-Python code such as the regex parser many times over.
STEPS_CHILD = r"""
import json, sys, time
T = time.process_time
out = {}
def step(label, f):
    t = T(); r = f(); out[label] = T() - t; return r
step("import streamlit, plotly.graph_objects (both apps)",
     lambda: (__import__("streamlit"), __import__("plotly.graph_objects")))
step("page_icon emoji check (Streamlit's emoji table and its regex)",
     lambda: __import__("streamlit.string_util", fromlist=["x"]).is_emoji("\U0001F4F0"))
step("import numpy", lambda: __import__("numpy"))
step("import the analysis and ui modules the overview uses", lambda: [__import__(m) for m in (
     "analysis.pipeline", "analysis.io.cache", "analysis.io.results", "presentation.views", "analysis.io.search", "presentation.figures",
     "presentation.export", "presentation.blocks", "presentation.highlight", "ui.i18n", "ui.render", "ui.shell", "ui.data")])
from analysis.io.cache import analysis_version
from presentation.blocks import evidence_html
from analysis.io.readers import load_corpus
from presentation.figures import class_bars, outlet_map
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_articles, combine
from analysis.io.search import SearchIndex
from presentation.views import make_view, sourcing_evidence
from ui.i18n import labels
arts = step("read the bundled corpus (5 articles)", lambda: load_corpus(DATA_DIR / "corpus"))
per = step("per-article analysis, cold (the first call builds the lexicons' regexes)", lambda: analyze_articles(arts))
ca = step("corpus step (stories, alignment, outlet scores)", lambda: combine(per))
step("analysis_version() (the disk cache's key)", analysis_version)
view = make_view(ca, [], "", None)
L = labels("en")
step("the two figures (outlet_map, class_bars)", lambda: (outlet_map(view.reports, L), class_bars(view.reports, L)))
step("evidence HTML of the overview's cards (8 sentences per outlet)",
     lambda: [evidence_html(view, sourcing_evidence(view, o.outlet)[:8], L) for o in view.reports])
step("search index (SQLite FTS5, in memory)", lambda: SearchIndex.build(a.article for a in ca.articles).match("x"))
print(json.dumps(out))
"""


def plain_steps(tmp: Path, warm_cache: Path, runs: int = 3) -> dict[str, float]:
    """Median CPU of each first-run step over ``runs`` fresh processes."""
    env = {**os.environ, **server_env("isnad_cold", Path(tempfile.mkdtemp(dir=tmp)), tmp, warm_cache)}
    got: dict[str, list[float]] = {}
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", STEPS_CHILD], cwd=ROOT, env=env, capture_output=True,
                              text=True, check=True)
        for k, v in json.loads(proc.stdout.strip().splitlines()[-1]).items():
            got.setdefault(k, []).append(v)
    return {k: med(v) for k, v in got.items()}


# Chromium trace events of the renderer's main thread (nested: a forced layout inside a script
# call counts in both rows)
TRACE_ROWS = [("renderer main thread busy (all tasks)", "RunTask"),
              ("  evaluating Streamlit's JavaScript modules", "v8.evaluateModule"),
              ("  React's scheduler tasks (rendering the app's elements)", "MessagePort::Accept"),
              ("  JavaScript calls (event handlers, websocket messages)", "FunctionCall"),
              ("  style recalculation", "UpdateLayoutTree"),
              ("  layout", "Layout"),
              ("  paint", "Paint")]
TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink", "loading"]


def trace_first_render(browser, tmp: Path, warm_cache: Path, kind: str, timeout: float) -> dict:
    """While ``kind``'s first page renders: seconds per TRACE_ROWS event on the renderer main thread
    (a Chromium trace) and, from a JavaScript CPU profile (V8's sampler, 0.2 ms), seconds per script file."""
    run_dir = Path(tempfile.mkdtemp(prefix=f"trace-{kind}-", dir=tmp))
    server = StreamlitServer(SCRIPTS[kind], server_env(kind, run_dir, tmp, warm_cache), log=run_dir / "streamlit.log")
    server.start(timeout)
    try:
        session = Session.open(browser)
        cdp = session.page.context.new_cdp_session(session.page)
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 200})
        cdp.send("Profiler.start")
        browser.start_tracing(page=session.page, categories=TRACE_CATEGORIES)
        session.goto(server.url, "", timeout, None if kind == "isnad_cold" else BARE_READY)
        events = json.loads(browser.stop_tracing())["traceEvents"]
        js = cdp.send("Profiler.stop")["profile"]
        session.close()
    finally:
        server.stop(grace=5)
    main = {(e["pid"], e["tid"]) for e in events
            if e.get("name") == "thread_name" and e.get("args", {}).get("name") == "CrRendererMain"}
    rows = {label: sum(e.get("dur", 0) for e in events
                       if e.get("ph") == "X" and e.get("name") == name and (e["pid"], e["tid"]) in main) / 1e6
            for label, name in TRACE_ROWS}
    frame = {n["id"]: n["callFrame"] for n in js["nodes"]}
    files: dict[str, float] = {}
    for node, us in zip(js["samples"], js["timeDeltas"]):
        cf = frame[node]
        # Streamlit's bundle names chunks "PlotlyChart.<hash>.js": keep the name, drop the hash
        name = re.sub(r"[.-][\w-]{8}\.js$", ".js", cf["url"].rsplit("/", 1)[-1]) or cf["functionName"]
        files[name] = files.get(name, 0.0) + us / 1e6
    return {"rows": rows, "js": files}


def profile(browser, tmp: Path, warm_cache: Path, *, rounds: int, timeout: float) -> list[str]:
    """The first script run alone, Isnad (cold cache) vs bare: its CPU time (``rounds`` plain runs each,
    interleaved), then one run each under cProfile and -X importtime."""
    cpu: dict[str, list[float]] = {"isnad_cold": [], "bare": []}
    prof: dict[str, tuple[Path, Path]] = {}
    for rnd in range(rounds + 1):
        for kind in cpu:
            run_dir = Path(tempfile.mkdtemp(prefix=f"profile-{kind}-", dir=tmp))
            env = {**server_env(kind, run_dir, tmp, warm_cache), "FLOOR_TARGET": str(SCRIPTS[kind]),
                   "FLOOR_OUT": str(run_dir / "first")}
            if rnd == rounds:
                env.update(FLOOR_CPROFILE="1", PYTHONPROFILEIMPORTTIME="1")
            server = StreamlitServer(PROFILER, env, log=run_dir / "streamlit.log")
            server.start(timeout)
            try:
                session = Session.open(browser)
                session.goto(server.url, "", timeout, None if kind == "isnad_cold" else BARE_READY)
                session.close()
            finally:
                server.stop(grace=5)
            if rnd == rounds:
                prof[kind] = (run_dir / "first.prof", run_dir / "streamlit.log")
            else:
                cpu[kind].append(json.loads((run_dir / "first.json").read_text())["first_run_cpu_s"])
    i_cpu, b_cpu = med(cpu["isnad_cold"]), med(cpu["bare"])
    lines = [f"First script run, CPU of the script thread (median of {rounds}, no profiler): Isnad cold "
             f"{i_cpu:.2f} s, bare {b_cpu:.2f} s ({i_cpu / b_cpu:.1f}x).", "",
             "Under cProfile (one run each; the profiler inflates Python-heavy code, so compare shares, not "
             "seconds; nested rows overlap):", "",
             "| first script run, cumulative | Isnad cold | bare |", "|---|---:|---:|"]
    isnad = _bucket_times(prof["isnad_cold"][0], APP)
    bare = _bucket_times(prof["bare"][0], BARE)
    for label in isnad:
        lines.append(f"| {label.strip()} | {isnad[label]:.2f} s | {bare.get(label, 0.0):.2f} s |")
    ii, bi = _import_rows(prof["isnad_cold"][1]), _import_rows(prof["bare"][1])
    only = {m: us for m, us in ii.items() if m not in bi}
    by_pkg: dict[str, int] = {}
    for m, us in only.items():
        by_pkg[m.split(".")[0]] = by_pkg.get(m.split(".")[0], 0) + us
    top = sorted(by_pkg.items(), key=lambda kv: -kv[1])[:6]
    traces = {kind: trace_first_render(browser, tmp, warm_cache, kind, timeout) for kind in ("isnad_cold", "bare")}
    lines += ["", "The browser's side of the first render (one Chromium trace each):", "",
              "| renderer main thread, first render | Isnad cold | bare |", "|---|---:|---:|"]
    lines += [f"| {label.strip()} | {traces['isnad_cold']['rows'][label]:.2f} s | {traces['bare']['rows'][label]:.2f} s |"
              for label, _ in TRACE_ROWS]
    js_i, js_b = traces["isnad_cold"]["js"], traces["bare"]["js"]
    worst = sorted((f for f in js_i if f != "(idle)"), key=lambda f: -(js_i[f] - js_b.get(f, 0.0)))[:10]
    lines += ["", "JavaScript CPU profile of the same first renders, by script file (largest differences first; "
              "\"(program)\" is the browser's native work):", "",
              "| script file | Isnad cold | bare |", "|---|---:|---:|"]
    lines += [f"| {f} | {js_i[f]:.2f} s | {js_b.get(f, 0.0):.2f} s |" for f in worst]
    lines.append(f"| all but idle | {sum(v for f, v in js_i.items() if f != '(idle)'):.2f} s | "
                 f"{sum(v for f, v in js_b.items() if f != '(idle)'):.2f} s |")
    steps = plain_steps(tmp, warm_cache)
    lines += ["", "The same pieces one by one, CPU seconds, no profiler (median of 3 fresh processes, "
              "no Streamlit session):", "", "| step | CPU |", "|---|---:|"]
    lines += [f"| {k} | {v:.3f} s |" for k, v in steps.items()]
    lines += ["", f"-X importtime, whole server: {len(ii)} modules for Isnad, {len(bi)} for bare "
              f"({sum(ii.values()) / 1e6:.2f} s vs {sum(bi.values()) / 1e6:.2f} s of import time, wall, in a "
              f"busy server process); the {len(only)} modules only Isnad imports take {sum(only.values()) / 1e6:.2f} s: "
              + ", ".join(f"{pkg} {us / 1e3:.0f} ms" for pkg, us in top) + "."]
    return lines


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=5, help="interleaved rounds (Isnad cold, bare, Isnad warm) (default 5)")
    p.add_argument("--switch-rounds", type=int, default=2, help="visits of every page per cold session (default 2)")
    p.add_argument("--timeout", type=float, default=120, help="seconds any one wait may take (default 120)")
    p.add_argument("--profile", action="store_true",
                   help="then profile the first script run, Isnad vs bare (3 plain runs each, one under cProfile)")
    p.add_argument("--json", metavar="FILE", help="also write every run's figures as JSON")
    p.add_argument("--record", action="store_true", help="print the markdown section for BENCHMARKS.md")
    args = p.parse_args()
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing (apt-get install chromium); this benchmark needs it", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="isnad-bench-floor-"))
    warm_cache = tmp / "warm-cache"
    warm_cache.mkdir()
    uptime = [subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()]
    runs: list[dict] = []
    cmd = "python bench/bench_floor.py" + (f" --rounds {args.rounds}" if args.rounds != 5 else "") + \
          (f" --switch-rounds {args.switch_rounds}" if args.switch_rounds != 2 else "") + \
          (" --profile" if args.profile else "")
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                for rnd in range(args.rounds + 1):  # round 0: warm-up, not counted (fills the warm cache)
                    for kind in KINDS:
                        r = one_run(kind, browser, tmp, warm_cache, switch_rounds=args.switch_rounds,
                                    timeout=args.timeout)
                        print(f"round {rnd}{' (warm-up)' if rnd == 0 else ''} {kind}: cold start "
                              f"{r['cold_start_s']:.2f}s (script {r['script_s']:.2f}s, server CPU "
                              f"{r['server_cpu_s']:.2f}s, browser CPU {r['browser_cpu_s']:.2f}s)", flush=True)
                        if rnd:
                            runs.append(r)
                uptime.append(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
                if args.json:
                    Path(args.json).write_text(json.dumps(runs, indent=1), encoding="utf-8")
                head = [f"Command: `{cmd}` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
                        f"{platform.machine()}, {os.cpu_count()} cores; Debian chromium headless, 1366x768, English UI).",
                        f"`uptime` before: `{uptime[0]}`; after the rounds: `{uptime[1]}`.", ""]
                print("\n".join(([SECTION, ""] if args.record else []) + head +
                                (report(runs, args.switch_rounds)[0] if runs else [])), flush=True)
                if args.profile:
                    lines = profile(browser, tmp, warm_cache, rounds=3, timeout=args.timeout)
                    uptime.append(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
                    print("\n".join(["", f"Profile (`uptime` after: `{uptime[2]}`):", "", *lines]))
            finally:
                browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
