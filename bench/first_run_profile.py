"""Launcher for ``bench_floor.py --profile``: runs an app script (``FLOOR_TARGET``) as ``streamlit run``
would, and on the server's first script run records that run's CPU time (``time.thread_time``: the
script thread only, so the server's event loop and the browser do not count) in ``FLOOR_OUT``.json,
and, when ``FLOOR_CPROFILE`` is set, a cProfile of it (CPU time) in ``FLOOR_OUT``.prof.  Later runs (page
switches) are not measured.  Like tests/browser/fake_app.py, a launcher, not a page of the app.
"""
import cProfile
import json
import os
import runpy
import time
from pathlib import Path

out = Path(os.environ["FLOOR_OUT"])
first = not out.with_suffix(".json").exists()
# thread CPU time, not wall time: the profile should not grow with other processes' load
prof = cProfile.Profile(time.thread_time) if first and os.environ.get("FLOOR_CPROFILE") else None
t0 = time.thread_time()
if prof is not None:
    prof.enable()
try:
    runpy.run_path(os.environ["FLOOR_TARGET"], run_name="__main__")
finally:
    if first:
        cpu = time.thread_time() - t0
        if prof is not None:
            prof.disable()
            prof.dump_stats(str(out.with_suffix(".prof")))
        out.with_suffix(".json").write_text(json.dumps({"first_run_cpu_s": cpu}), encoding="utf-8")
