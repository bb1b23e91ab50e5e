"""Keep Streamlit's collection after each script run cheap (issue #12, item 4: page switches).

Streamlit calls ``gc.collect(2)`` after every run (``runner.postScriptGC``, on by default, so that
memory does not build up).  That walks every object the process tracks: Streamlit, Plotly, the
analysis modules, the cached corpus analysis, ~140,000 objects and 35-95 ms of CPU holding the GIL,
just after the run's end is queued, so it delays the page reaching the browser.  Nearly all of it is
long-lived: modules and the cached analysis.

``after_run()`` (called by app.py at the end of each run) moves everything alive into the
collector's permanent generation (``gc.freeze``) whenever that run imported modules (a server's
first run, a page's first visit): later collections walk only what later runs made.  Frozen objects
are still freed by reference counting; only reference cycles among them would be kept, once per
freeze (about 1,000-1,500 objects of the run that froze), and freezes stop once every page has been
visited, so memory does not build up.  Streamlit's collection itself stays on.
"""
from __future__ import annotations

import gc
import sys

_modules_at_freeze = 0  # len(sys.modules) at this process's last freeze


def after_run() -> None:
    global _modules_at_freeze
    if len(sys.modules) > _modules_at_freeze:
        _modules_at_freeze = len(sys.modules)
        gc.freeze()
