"""Session-wide test setup: nothing a test writes lands in the working tree.

* the article library (``ISNAD_LIBRARY``) points at a temporary file for the whole session, so a
  page or test that does not set its own never creates ``data/library.sqlite``;
* hypothesis keeps no example database, and its caches in the system temp dir (not ``.hypothesis/``);
* the dashboard's per-article cache (``ISNAD_CACHE``) is a temporary folder too;
* browser screenshots go to ``ISNAD_SCREENSHOTS`` (default: a folder in the system temp dir,
  printed at the end of the run so they can be looked at).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

_TMP = Path(tempfile.mkdtemp(prefix="isnad-tests-"))
os.environ.setdefault("ISNAD_LIBRARY", str(_TMP / "library.sqlite"))
os.environ.setdefault("ISNAD_CACHE", str(_TMP / "cache"))  # the dashboard's per-article cache, never ~/.cache
os.environ.setdefault("ISNAD_SCREENSHOTS", str(Path(tempfile.gettempdir()) / "isnad-screenshots"))

# its caches (constants scanned from our sources, unicode data) live in the system temp dir, not
# .hypothesis/, and outlast the run: rebuilding them cost the first property test ~3 s every run.
# They only speed up generation (keyed by file hash); no example database is kept (below).
set_hypothesis_home_dir(str(Path(tempfile.gettempdir()) / "isnad-hypothesis"))
settings.register_profile("isnad", database=None)
settings.load_profile("isnad")


def pytest_collection_modifyitems(config, items):
    """Under ``make test`` (pytest-xdist, ``--dist loadgroup``) every browser and load test runs on
    one worker, in order: the browser tests mostly wait on the browser and the server, so the
    other worker runs the rest meanwhile, while the browsers never compete with each other (the
    load test's 20 tabs have the CPU the other tests leave).  Without xdist the mark does nothing."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))


def pytest_terminal_summary(terminalreporter):
    shots = Path(os.environ["ISNAD_SCREENSHOTS"])
    if shots.is_dir() and any(shots.iterdir()):
        terminalreporter.write_line(f"browser screenshots: {shots}")
