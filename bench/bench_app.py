"""The dashboard in a real browser: cold start to first render, and page switches.

    python bench/bench_app.py                      # bundled corpus vs a 5,000-article corpus
    python bench/bench_app.py --articles 1000      # a smaller "large" corpus
    python bench/bench_app.py --record             # also rewrite our section of BENCHMARKS.md

For each corpus the app is started fresh (``streamlit run app.py`` on a free
loopback port, empty temporary library, no file watcher) and driven by
Playwright with Debian's /usr/bin/chromium (never a downloaded browser):

* server up:     process start -> ``/_stcore/health`` answers;
* first render:  browser opens the overview -> the script run has finished
  (Streamlit's ``script_finished`` message on the websocket, decoded with
  streamlit's own protobuf) *and* the page shows real content: the English
  page title, the outlet cards, both Plotly charts drawn, no ``stSkeleton``,
  no stale element, no running indicator;
* cold start:    process start -> first render (what a user waits for after
  ``make run``);  split into analysis and rendering by also timing a second,
  fresh browser session once the analysis is cached (``warm first render``)
  and by the server process's CPU time in each phase;
* page switch:   click the sidebar link -> that page's run finished and its
  content shown (title + a page-specific element, nothing stale); every page
  twice, in menu order, in the same session (first visit, then again).

The large corpus is synthetic (analysis.io.synthetic: whole sentences of the
bundled articles recombined into 600-1200-word articles, 20 outlets, stories
of 10 articles), written once to bench/out/ (gitignored).  ``--profile``
additionally times the analysis stages in a separate process for the large
corpus (load, per-article analysis, corpus step) to show where a slow cold
start goes.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

from tests.support.dashboard import CHROMIUM, CHROMIUM_ARGS as ARGS, EXCEPTION, PAGES, READY_JS, ready_arg  # noqa: E402
from tests.support.server import StreamlitServer  # noqa: E402

VIEWPORT = {"width": 1366, "height": 768}
SECTION = "## Dashboard (bench/bench_app.py)"
CLK = os.sysconf("SC_CLK_TCK")
NAMES = {"": "overview", "present": "presenter"}
# script_finished statuses (streamlit/proto/ForwardMsg.proto): 0 finished, 1 compile error,
# 2 stopped early for a rerun, 3 fragment run finished
FINISHED_OK, FINISHED_COMPILE_ERROR = 0, 1


def cpu_seconds(pid: int) -> float:
    """utime + stime of a live process (its own threads; streamlit runs scripts in threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Session:
    """One browser tab, with the script_finished messages it received (time, status)."""
    page: object
    finished: list[tuple[float, int]] = field(default_factory=list)

    @classmethod
    def open(cls, browser) -> "Session":
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        ctx = browser.new_context(viewport=VIEWPORT)
        s = cls(ctx.new_page())

        def frame(payload):
            if isinstance(payload, (bytes, bytearray)):
                try:
                    msg = ForwardMsg.FromString(bytes(payload))
                except Exception:  # not a ForwardMsg: ignore
                    return
                if msg.WhichOneof("type") == "script_finished":
                    s.finished.append((time.perf_counter(), msg.script_finished))

        s.page.on("websocket", lambda ws: ws.on("framereceived", frame))
        return s

    def close(self) -> None:
        self.page.context.close()

    def wait_ready(self, path: str, since: float, timeout: float, ready: list | None = None) -> tuple[float, float]:
        """Block until the run started after ``since`` finished and ``path``'s content shows
        (``ready``: READY_JS's argument for a page that is not the dashboard's, e.g. bench_floor's bare page).

        Returns (script finished, content shown) as perf_counter times.
        """
        deadline = since + timeout
        done = None
        while done is None:
            hits = [(t, st) for t, st in self.finished if t >= since]
            ok = [t for t, st in hits if st == FINISHED_OK]
            if not ok and any(st == FINISHED_COMPILE_ERROR for _, st in hits):
                raise RuntimeError(f"/{path}: the page script does not compile (see the server log)")
            if ok:
                done = ok[0]
                break
            if time.perf_counter() > deadline:
                raise TimeoutError(f"/{path}: no finished script run within {timeout:.0f}s")
            self.page.wait_for_timeout(20)  # lets Playwright dispatch the websocket events
        left_ms = max(1000.0, (deadline - time.perf_counter()) * 1000)
        self.page.wait_for_function(READY_JS, arg=ready or ready_arg(path), polling=25, timeout=left_ms)
        shown = time.perf_counter()
        if self.page.query_selector(EXCEPTION):
            raise RuntimeError(f"/{path} shows an exception: {self.page.inner_text(EXCEPTION)[:500]}")
        return done, shown

    def goto(self, url: str, path: str, timeout: float, ready: list | None = None) -> tuple[float, float, float]:
        t = time.perf_counter()
        self.page.goto(f"{url}/{path}?lang=en", timeout=timeout * 1000)
        done, shown = self.wait_ready(path, t, timeout, ready)
        return t, done, shown

    def open_sidebar(self) -> None:
        """Reopen the sidebar if a page folded it (the presenter does), as a user would (untimed)."""
        folded = '() => document.querySelector(\'[data-testid="stSidebar"]\')?.getAttribute("data-collapsed") === "true"'
        if self.page.evaluate(folded):
            self.page.locator('[data-testid="stExpandSidebarButton"]').click()
            self.page.wait_for_function(f"() => !({folded})()", timeout=30_000)

    def switch(self, path: str, timeout: float, ready: list | None = None) -> tuple[float, float]:
        self.open_sidebar()
        links = {urlparse(a.get_attribute("href")).path.strip("/"): a
                 for a in self.page.query_selector_all('[data-testid="stSidebarNav"] a')}
        t = time.perf_counter()
        links[path].click()
        done, shown = self.wait_ready(path, t, timeout, ready)
        return done - t, shown - t

    def filter_outlet(self, name: str, path: str, timeout: float) -> tuple[float, float]:
        """Pick outlet ``name`` in the sidebar's outlet filter: click -> that run finished and shown."""
        self.open_sidebar()
        box = self.page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
        box.locator("input").click()
        option = self.page.get_by_role("option", name=name, exact=True)
        option.wait_for(timeout=timeout * 1000)
        t = time.perf_counter()
        option.click()
        done, shown = self.wait_ready(path, t, timeout)
        self.page.keyboard.press("Escape")  # close the dropdown
        return done - t, shown - t


def large_corpus(n: int) -> Path:
    path = OUT / f"corpus-{n}-s10.jsonl"  # same file name bench_batch.py uses: built once, shared
    if not path.is_file():
        from analysis.io.synthetic import write_jsonl

        write_jsonl(path, n, seed=0, story_size=10)
    return path


def batch_results(corpus: Path) -> tuple[Path, float]:
    """The batch run's Parquet output for ``corpus`` (what a big corpus is served from), and its wall time.

    Re-run every time; its cache (beside the results) makes that cheap when
    neither the corpus nor the analysis code changed.
    """
    out = OUT / f"results-{corpus.stem}"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "analyze", str(corpus), "--parquet", str(out), "--no-progress"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return out, time.perf_counter() - t


def measure(label: str, corpus: Path | None, browser, *, timeout: float, rounds: int,
            filters: tuple[str, ...] = ()) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="isnad-bench-app-"))
    env = {"ISNAD_LIBRARY": str(tmp / "library.sqlite")}
    if corpus is not None:
        env["ISNAD_CORPUS"] = str(corpus)
    server = StreamlitServer(env=env, log=tmp / "streamlit.log")
    r: dict = {"label": label, "corpus": str(corpus.relative_to(ROOT) if corpus and corpus.is_relative_to(ROOT)
                                             else corpus or "data/corpus")}
    t0 = time.perf_counter()
    server.start(timeout=120)
    pid = server.proc.pid
    try:
        r["server_up_s"] = server.startup_s
        cpu0 = cpu_seconds(pid)
        s = Session.open(browser)
        t_goto = time.perf_counter()
        try:
            t_goto, done, shown = s.goto(server.url, "", timeout)
        except Exception as exc:  # noqa: BLE001 - Playwright's and our TimeoutError: record how far it got
            ok = [t for t, st in s.finished if st == FINISHED_OK]
            r["cold_timeout_s"] = timeout
            r["cold_script_s"] = ok[0] - t_goto if ok else None
            r["cold_server_cpu_s"] = cpu_seconds(pid) - cpu0
            r["server_rss_mb"] = rss_mb(pid)
            r["error"] = f"{type(exc).__name__}: {str(exc)[:200]}"
            print(f"  overview not shown within {timeout:.0f}s (script finished: "
                  f"{'after %.0fs' % r['cold_script_s'] if ok else 'no'}; server CPU "
                  f"{r['cold_server_cpu_s']:.0f}s)", flush=True)
            return r
        r["cold_script_s"] = done - t_goto  # browser open -> first run finished (load + analysis + page)
        r["cold_first_render_s"] = shown - t_goto
        r["cold_start_s"] = shown - t0  # process start -> overview shown
        r["cold_server_cpu_s"] = cpu_seconds(pid) - cpu0
        r["server_rss_mb"] = rss_mb(pid)

        cpu0 = cpu_seconds(pid)
        warm = Session.open(browser)
        t_goto, done, shown = warm.goto(server.url, "", timeout)
        r["warm_script_s"] = done - t_goto
        r["warm_first_render_s"] = shown - t_goto
        r["warm_server_cpu_s"] = cpu_seconds(pid) - cpu0
        warm.close()

        order = [p for p in PAGES if p] + [""]
        r["switch"] = {}
        for rnd in range(rounds):
            for path in order:
                cpu0 = cpu_seconds(pid)
                try:
                    d, sh = s.switch(path, timeout)
                except RuntimeError as exc:  # the page crashed: record it and go on with the others
                    d = sh = float("nan")
                    r.setdefault("page_errors", []).append(str(exc)[:300])
                    print(f"  {exc}", flush=True)
                r["switch"].setdefault(NAMES.get(path, path), []).append(
                    {"script_s": d, "shown_s": sh, "server_cpu_s": cpu_seconds(pid) - cpu0})
        # filtering by outlet on the overview (where the rounds end): one outlet, then a second one
        r["filter"] = []
        for name in filters:
            cpu0 = cpu_seconds(pid)
            try:
                d, sh = s.filter_outlet(name, "", timeout)
            except Exception as exc:  # noqa: BLE001 - a widget the harness could not drive: say so, go on
                print(f"  outlet filter {name!r}: {type(exc).__name__}: {str(exc)[:200]}", flush=True)
                break
            r["filter"].append({"outlet": name, "script_s": d, "shown_s": sh, "server_cpu_s": cpu_seconds(pid) - cpu0})
        s.close()
        r["server_rss_end_mb"] = rss_mb(pid)
    finally:
        server.stop(grace=5)
        if not r.get("error"):
            print(f"  {r['label']}: cold start {r['cold_start_s']:.1f}s, warm first render "
                  f"{r['warm_first_render_s']:.1f}s", flush=True)
    errors = [line for line in server.log_tail(200_000).splitlines() if re.search(r"Traceback|Error", line)]
    r["server_log_errors"] = errors[:10]
    return r


PROFILE_CHILD = """
import json, sys, time, resource
from analysis.io.readers import load_corpus
from analysis import pipeline
t = time.perf_counter(); arts = load_corpus(sys.argv[1]); load = time.perf_counter() - t
t = time.perf_counter(); per = pipeline.analyze_articles(arts); art = time.perf_counter() - t
t = time.perf_counter(); ca = pipeline.combine(per); comb = time.perf_counter() - t
print(json.dumps({"articles": len(arts), "load_s": load, "per_article_s": art, "corpus_step_s": comb,
                  "stories": len(ca.stories), "comparisons": len(ca.comparisons),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def profile_analysis(corpus: Path) -> dict:
    """The analysis the app does on a cold start, alone, stage by stage, in a fresh process."""
    proc = subprocess.run([sys.executable, "-c", PROFILE_CHILD, str(corpus)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- reporting

ROWS = [
    ("server up (process -> health)", lambda r: r["server_up_s"]),
    ("cold start (process -> overview shown)", lambda r: r["cold_start_s"]),
    ("  first render, cold (open -> shown)", lambda r: r["cold_first_render_s"]),
    ("  of which script run (open -> finished)", lambda r: r["cold_script_s"]),
    ("  server CPU during cold first render", lambda r: r["cold_server_cpu_s"]),
    ("first render, warm cache (new session)", lambda r: r["warm_first_render_s"]),
    ("  server CPU during warm first render", lambda r: r["warm_server_cpu_s"]),
]


def switch_rows(results: list[dict]) -> list[tuple[str, object]]:
    rows = []
    for i, f in enumerate(results[0].get("filter", [])):
        rows.append((f"outlet filter: {'one outlet' if i == 0 else 'add a second'} (click -> shown)",
                     lambda r, i=i: r["filter"][i]["shown_s"]))
        rows.append(("  server CPU", lambda r, i=i: r["filter"][i]["server_cpu_s"]))
    for page in results[0]["switch"]:
        rows.append((f"switch -> {page} (1st visit)", lambda r, p=page: r["switch"][p][0]["shown_s"]))
        if len(results[0]["switch"][page]) > 1:
            rows.append((f"switch -> {page} (again)", lambda r, p=page: r["switch"][p][-1]["shown_s"]))
    return rows


def _cell(r: dict, get, small: dict) -> tuple[str, str]:
    """(value, ratio vs the bundled corpus) for one result; a run that never rendered says so."""
    if r.get("error"):
        return "–", "–"
    try:
        v = get(r)
    except (KeyError, IndexError):
        return "–", "–"
    a = get(small)
    return f"{v:.2f} s", (f"{v / a:.1f}x" if a > 0 and r is not small else "")


def table(results: list[dict]) -> list[str]:
    """One column per corpus, each large one followed by its ratio to the bundled corpus."""
    small = results[0]
    head = "| measure | " + " | ".join(
        r["label"] if r is small else f"{r['label']} | ratio" for r in results) + " |"
    lines = [head, "|---|" + "---:|" * (1 + 2 * (len(results) - 1))]
    for name, get in ROWS + switch_rows(results[:1]):
        cells = []
        for r in results:
            v, ratio = _cell(r, get, small)
            cells += [v] if r is small else [v, ratio]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    cells = []
    for r in results:
        v = f"{r['server_rss_mb']:.0f} MB"
        cells += [v] if r is small else [v, f"{r['server_rss_mb'] / small['server_rss_mb']:.1f}x"]
    lines.append("| server memory after first render (RSS) | " + " | ".join(cells) + " |")
    for r in results:
        if r.get("error"):
            got = (f"the script run finished after {r['cold_script_s']:.0f} s" if r["cold_script_s"] is not None
                   else "the script run had not finished")
            lines.append(f"\n**{r['label']}: the overview was not shown within {r['cold_timeout_s']:.0f} s** "
                         f"({got}; server CPU {r['cold_server_cpu_s']:.0f} s).")
    return lines


def record(markdown: str) -> None:
    """Replace (or append) our section of BENCHMARKS.md; other sections are left as they are."""
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"  # re-read right before writing
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + markdown.rstrip("\n") + "\n"
    else:
        nxt = re.search(r"^## ", text[start + len(SECTION):], flags=re.M)
        end = start + len(SECTION) + nxt.start() if nxt else len(text)
        text = text[:start] + markdown.rstrip("\n") + "\n" + ("\n" + text[end:] if nxt else "")
    path.write_text(text, encoding="utf-8")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=5000, help="size of the large synthetic corpus (default 5000)")
    p.add_argument("--rounds", type=int, default=2, help="visits of every page per session (default 2)")
    p.add_argument("--timeout", type=float, default=900, help="seconds any one render may take (default 900)")
    p.add_argument("--large", choices=("raw", "parquet", "both"), default="both",
                   help="serve the large corpus as raw JSONL (analysed by the app), as batch Parquet "
                        "results, or both (default)")
    p.add_argument("--archive", action="store_true",
                   help="instead of the synthetic corpus: the bundled corpus against the batch results of the real "
                        "SaudiNewsNet archive in ../shared (19,587 articles; skipped when it is absent)")
    p.add_argument("--results", metavar="DIR", type=Path,
                   help="with --archive: an existing results folder of the archive (default: bench/out/results-archive, "
                        "written by a batch run when missing)")
    p.add_argument("--profile", action="store_true", help="also time the analysis stages alone (large corpus)")
    p.add_argument("--json", metavar="FILE", help="also write all figures as JSON")
    p.add_argument("--record", action="store_true", help="rewrite the dashboard section of BENCHMARKS.md")
    args = p.parse_args()
    if not CHROMIUM.exists():
        print(f"{CHROMIUM} is missing (apt-get install chromium); this benchmark needs it", file=sys.stderr)
        return 2
    runs: list[tuple[str, Path | None]] = [("bundled (5 articles)", None)]
    batch_s = None
    if args.archive:
        sys.path.insert(0, str(ROOT / "bench"))
        from _real_news import CORPUS

        results_dir = args.results or OUT / "results-archive"
        if not (results_dir / "meta.json").is_file() and not CORPUS.is_file():
            print(f"skipped: {CORPUS} not found")
            return 0
        if not (results_dir / "meta.json").is_file():
            print(f"batch run over {CORPUS} into {results_dir} (minutes) ...", flush=True)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "analysis", "analyze", str(CORPUS), "--parquet", str(results_dir),
                            "--no-progress"], cwd=ROOT, check=False, stdout=subprocess.DEVNULL)
            batch_s = time.perf_counter() - t
        runs.append(("SaudiNewsNet archive, batch Parquet", results_dir))
        return run_and_report(args, runs, None, batch_s, None)
    big = large_corpus(args.articles)
    if args.large in ("raw", "both"):
        runs.append((f"{args.articles:,} articles, raw JSONL", big))
    if args.large in ("parquet", "both"):
        print("batch run for the Parquet results ...", flush=True)
        results_dir, batch_s = batch_results(big)
        print(f"  {batch_s:.0f}s", flush=True)
        runs.append((f"{args.articles:,} articles, batch Parquet", results_dir))
    return run_and_report(args, runs, big, batch_s, results_dir if batch_s is not None else None)


def outlet_names(corpus: Path | None) -> tuple[str, ...]:
    """Two outlets of ``corpus`` to filter by (the first two of the dashboard's list)."""
    if corpus is not None and (corpus / "outlets.parquet").is_file():
        import pyarrow.parquet as pq

        return tuple(pq.read_table(corpus / "outlets.parquet", columns=["outlet"]).column("outlet").to_pylist()[:2])
    from analysis.io.readers import read_articles

    arts, _ = read_articles(corpus or ROOT / "data" / "corpus")
    return tuple(dict.fromkeys(a.outlet for a in arts))[:2]


def run_and_report(args, runs, big, batch_s, results_dir) -> int:
    from playwright.sync_api import sync_playwright

    load_before = os.getloadavg()
    results = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for label, corpus in runs:
                print(f"measuring {label} ...", flush=True)
                results.append(measure(label, corpus, browser, timeout=args.timeout, rounds=args.rounds,
                                       filters=outlet_names(corpus)))
        finally:
            browser.close()
    prof = profile_analysis(big) if args.profile and big is not None else None
    load_after = os.getloadavg()

    lines = table(results)
    print("\n".join(lines))
    if prof:
        print("analysis alone, fresh process ({articles} articles): load {load_s:.1f}s, per-article "
              "{per_article_s:.1f}s, corpus step {corpus_step_s:.1f}s ({stories} stories, {comparisons} "
              "comparisons), peak {max_rss_mb:.0f} MB".format(**prof))
    for r in results:
        for err in r.get("page_errors", []):
            print(f"page error ({r['label']}): {err}")
        if r.get("server_log_errors"):
            print(f"server log of {r['label']} has errors:", *r["server_log_errors"], sep="\n  ")
    print(f"load average before/after: {load_before[0]:.2f} / {load_after[0]:.2f} on {os.cpu_count()} cores")
    if args.json:
        Path(args.json).write_text(json.dumps({"runs": results, "profile": prof, "load_before": load_before,
                                               "load_after": load_after}, indent=1), encoding="utf-8")
    if args.record and args.archive:
        print("--record writes the synthetic-corpus section only; record the archive's figures by hand")
    elif args.record:
        cmd = "python bench/bench_app.py" + (f" --articles {args.articles}" if args.articles != 5000 else "") + \
              (f" --large {args.large}" if args.large != "both" else "") + \
              (" --profile" if args.profile else "") + " --record"
        md = [SECTION, "",
              f"Command: `{cmd}` (one run, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
              f"{platform.machine()}, {os.cpu_count()} cores, load average {load_before[0]:.1f} before / "
              f"{load_after[0]:.1f} after; Debian chromium headless, 1366x768, English UI).",
              "",
              "Each corpus gets a fresh `streamlit run app.py` and an empty library.  \"Shown\" means the "
              "script run finished (websocket `script_finished`) and the page shows its real content "
              "(title, page-specific element, both charts on the overview; no skeleton, nothing stale).  "
              "Warm first render = a second browser session once the analysis is cached, i.e. rendering "
              "only; cold minus warm is loading + analysing the corpus.",
              "", *lines, ""]
        if batch_s is not None:
            md += [f"The Parquet results were written by `python -m analysis analyze {big.relative_to(ROOT)} "
                   f"--parquet {results_dir.relative_to(ROOT)}` ({batch_s:.0f} s wall in this run, every core; "
                   "served from its cache when the corpus and the code are unchanged).", ""]
        if prof:
            md += ["Analysis alone for the large corpus (fresh process, no Streamlit): load "
                   "{load_s:.1f} s, per-article analysis {per_article_s:.1f} s, corpus step {corpus_step_s:.1f} s "
                   "({stories} stories, {comparisons} comparisons), peak {max_rss_mb:.0f} MB.".format(**prof), ""]
        record("\n".join(md))
        print("recorded in BENCHMARKS.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
