"""Work a page's first visit would otherwise pay, done once per server process after its first run.

The dashboard reads the analysis from a cache, so the attribution lexicons are not built at start.
The Outlet profile was the first page to need them (to tell a source label from an extraction error:
0.10 s of its first visit). A daemon thread builds them shortly after the first page is shown; the
first render does not wait for it.

Not pandas, although Streamlit imports it on a page's first table (0.33 s): importing it in a thread
while sessions run lets Plotly see the module half-initialised ("partially initialized module 'pandas'
has no attribute 'Series'", tests/load: 20 concurrent sessions), so that import stays where Streamlit
does it.
"""
from __future__ import annotations

import threading
import time

DELAY_S = 1.5  # after the first run: the browser is still drawing the first page, leave it the CPU

_started = threading.Event()  # once per process: every session's reruns call start_once()


def _warm() -> None:
    time.sleep(DELAY_S)
    from analysis.sourcing.label import source_label

    source_label("مصدر مسؤول")  # builds the label grammar from the cue lexicon (cached for the process)


def start_once() -> None:
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_warm, name="isnad-warmup", daemon=True).start()
