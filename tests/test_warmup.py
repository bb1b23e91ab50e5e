"""ui/warmup.py: one daemon thread per process, doing what a page's first visit would otherwise pay."""
from __future__ import annotations

import threading

from ui import warmup


def test_the_warm_up_runs_once_and_leaves_the_label_grammar_built(monkeypatch):
    from analysis.sourcing import label

    monkeypatch.setattr(warmup, "_started", threading.Event())
    monkeypatch.setattr(warmup, "DELAY_S", 0)
    label._label_grammar.cache_clear()
    before = {t.ident for t in threading.enumerate()}
    warmup.start_once()
    warmup.start_once()  # every rerun calls it: still one thread
    started = [t for t in threading.enumerate() if t.name == "isnad-warmup" and t.ident not in before]
    assert len(started) <= 1
    for t in started:
        t.join(timeout=30)
    assert label._label_grammar.cache_info().currsize >= 1
