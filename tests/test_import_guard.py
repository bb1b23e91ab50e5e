"""ui/import_guard.py: another thread's Plotly work never sees a half-imported pandas.

The race (cce1183): an import puts its module into sys.modules before running its code, and
Plotly reads sys.modules without importing.  A stand-in module that sleeps half way through its
code shows it: unguarded, a reader on another thread gets the module without its attributes;
guarded, the reader waits until the module is whole.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from ui import import_guard

ROOT = Path(__file__).resolve().parents[1]
NAME = "isnad_slow_import_fixture"


@pytest.fixture
def slow_module(tmp_path, monkeypatch):
    """A module whose code signals that it has started, sleeps, then defines ``Series``."""
    (tmp_path / f"{NAME}.py").write_text(textwrap.dedent("""
        import sys, time
        sys.modules["_isnad_import_signal"].started.set()
        time.sleep(0.3)
        Series = object
    """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    signal = SimpleNamespace(started=threading.Event())
    monkeypatch.setitem(sys.modules, "_isnad_import_signal", signal)
    yield signal
    sys.modules.pop(NAME, None)


def seen_by_plotly_while_imported(signal, guarded: bool) -> object:
    """Import the slow module on one thread; on this one, read sys.modules the way Plotly does."""
    finder = import_guard._GuardedImports([NAME])
    if guarded:
        sys.meta_path.insert(0, finder)
    try:
        importer = threading.Thread(target=__import__, args=(NAME,))
        importer.start()
        assert signal.started.wait(5)
        with import_guard.plotting():
            module = sys.modules.get(NAME)  # get_module(name, should_load=False)
            seen = hasattr(module, "Series")
        importer.join(5)
        return seen
    finally:
        if finder in sys.meta_path:
            sys.meta_path.remove(finder)


def test_unguarded_a_reader_sees_the_module_half_built(slow_module):
    # the failure the guard exists for, reproduced: without it the reader gets a module with no Series
    assert seen_by_plotly_while_imported(slow_module, guarded=False) is False


def test_guarded_a_reader_waits_until_the_module_is_whole(slow_module):
    assert seen_by_plotly_while_imported(slow_module, guarded=True) is True


def test_guarded_pandas_imports_and_works_whole():
    # the real module through the wrapped loader: attributes, resources and a round trip all work,
    # and the lock is free afterwards (a leaked acquire would hang every later figure)
    code = textwrap.dedent("""
        import importlib.resources, sys, threading
        from ui import import_guard
        import_guard.install(); import_guard.install()
        assert sum(type(f).__name__ == "_GuardedImports" for f in sys.meta_path) == 1
        import pandas
        assert type(pandas.__loader__).__name__ == "_LockedLoader"
        assert importlib.resources.files("pandas").is_dir()
        print(pandas.DataFrame({"a": [1, 2]}).to_csv(index=False).split())
        done = []
        t = threading.Thread(target=lambda: done.append(import_guard.LOCK.acquire(timeout=2)))
        t.start(); t.join()
        print(done)
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["['a', '1', '2']", "[True]"]


def test_the_overview_draws_its_figures_without_importing_pandas(tmp_path):
    # Why the guard cannot deadlock: nothing inside plotting() imports pandas.  The Overview draws
    # two figures; in a fresh interpreter it runs to the end and pandas is still not imported.
    code = textwrap.dedent("""
        import sys
        from streamlit.testing.v1 import AppTest
        at = AppTest.from_file(sys.argv[1], default_timeout=90).run()
        assert not at.exception, [e.value for e in at.exception]
        print(len(at.get("plotly_chart")), "pandas" in sys.modules)
    """)
    env = {**os.environ, "ISNAD_LIBRARY": str(tmp_path / "library.sqlite")}  # the bundled corpus, no trace
    env.pop("ISNAD_CORPUS", None)
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "app_pages" / "overview.py")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["2", "False"]
