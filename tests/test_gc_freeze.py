"""ui.gc_freeze: the long-lived objects are frozen after a run that imported modules, and only then."""
import sys

from ui import gc_freeze


def test_freezes_only_after_runs_that_imported_modules(monkeypatch):
    calls = []
    monkeypatch.setattr(gc_freeze.gc, "freeze", lambda: calls.append(len(sys.modules)))
    monkeypatch.setattr(gc_freeze, "_modules_at_freeze", 0)
    gc_freeze.after_run()  # a server's first run: everything imported so far
    gc_freeze.after_run()  # a later run that imported nothing: no freeze (its garbage stays collectable)
    assert len(calls) == 1
    monkeypatch.setitem(sys.modules, "isnad_test_new_module", object())  # a page's first visit imports more
    gc_freeze.after_run()
    gc_freeze.after_run()
    assert len(calls) == 2
