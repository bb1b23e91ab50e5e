"""Work a page's first visit would otherwise pay, done once per server process after its first run.

The dashboard starts without pandas (Streamlit imports it only when a page draws a table) and
without the attribution lexicons (the analysis is read from a cache). The Outlet profile was the
first page to need both: its first visit took ~0.8 s against ~0.3 s for the others (0.33 s of
importing pandas for its sources table, 0.10 s building the lexicon that tells a source label from
an extraction error). A daemon thread does both shortly after the first page is shown, so that
first visit costs what a later one does; the first render does not wait for it.
"""
from __future__ import annotations

import importlib
import threading
import time

DELAY_S = 1.5  # after the first run: the browser is still drawing the first page, leave it the CPU

_started = threading.Event()  # once per process: every session's reruns call start_once()


def _warm() -> None:
    time.sleep(DELAY_S)
    # Streamlit's own dependency, loaded into the module cache for st.dataframe: ui code does not use
    # pandas (tests/test_layers.py), it only spares a page's first table the import
    importlib.import_module("pandas")

    from analysis.sourcing.label import source_label

    source_label("مصدر مسؤول")  # builds the label grammar from the cue lexicon (cached for the process)


def start_once() -> None:
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_warm, name="isnad-warmup", daemon=True).start()
