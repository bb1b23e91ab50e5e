"""One lock between Plotly's work and pandas' first import, across the server's session threads.

Plotly asks ``sys.modules`` whether pandas is loaded without importing it
(``get_module("pandas", should_load=False)``) on every figure it validates or serialises, and
then reads ``pd.Series`` from what it got.  Streamlit runs each session's script on a thread of
its own, and an import puts its module into ``sys.modules`` *before* running the module's code.
So while one session imports pandas for the first time (a Parquet read, a ``st.dataframe``),
another session's Plotly call can get the half-built module: "partially initialized module
'pandas' has no attribute 'Series'" (the 20-session load test, cce1183).  Importing pandas up
front would cost every cold start ~0.3 s that the Overview never needs.

Instead, the first import of pandas (however it is reached: our code, Streamlit's, pyarrow's)
holds ``LOCK`` from before its module enters ``sys.modules`` until its code has run
(``install``), and Plotly's work holds it too (``plotting``).  Plotly then sees pandas either
absent or whole.  numpy needs no guard: ui.render imports it at module level, so every page has
it whole before its first figure.

This cannot deadlock as long as nothing inside ``plotting`` imports pandas (the importer holds
pandas' module lock while it waits for ``LOCK``): Plotly's graph objects and our figure builders
do not, and the Overview, which draws two figures, runs without ever importing pandas
(tests/test_import_guard.py).
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any

# Re-entrant: a thread inside ``plotting`` that does import pandas itself must not block on itself.
LOCK = threading.RLock()
GUARDED = ("pandas",)


@contextmanager
def plotting() -> Iterator[None]:
    """Hold while building, validating or serialising a Plotly figure."""
    with LOCK:
        yield


class _LockedLoader(importlib.abc.Loader):
    """The module's own loader, with ``LOCK`` held from creating the module to the end of its code.

    Importlib calls ``create_module`` before it puts the module into ``sys.modules`` and
    ``exec_module`` after, so taking the lock in the first and releasing it at the end of the
    second covers the whole time a half-built module is visible.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        LOCK.acquire()
        try:
            return self.inner.create_module(spec)
        except BaseException:
            LOCK.release()
            raise

    def exec_module(self, module: ModuleType) -> None:
        try:
            self.inner.exec_module(module)
        finally:
            LOCK.release()

    def __getattr__(self, name: str) -> Any:
        # resource readers, get_filename, is_package...: whatever else the real loader offers
        return getattr(self.inner, name)


class _GuardedImports(importlib.abc.MetaPathFinder):
    """Finds the guarded top-level modules the usual way and wraps their loaders."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None,
                  ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _LockedLoader(spec.loader)
        return spec


def install(names: Sequence[str] = GUARDED) -> None:
    """Guard the first import of ``names`` (once per process; later calls add nothing).

    Called by app.py before any page runs.  A module already imported needs no guard.
    """
    if any(isinstance(f, _GuardedImports) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _GuardedImports(names))
