"""Session-wide test setup: nothing a test writes lands in the working tree.

* the article library (``ISNAD_LIBRARY``) points at a temporary file for the whole session, so a
  page or test that does not set its own never creates ``data/library.sqlite``;
* hypothesis keeps no example database, and its caches in the system temp dir (not ``.hypothesis/``);
* the dashboard's per-article cache (``ISNAD_CACHE``) is a temporary folder too, one for the whole
  run: xdist starts its workers after this module is imported, so they and the servers they start
  inherit it, and an article one process analysed (the story sets' ~420 members, which the
  Methodology page and test_evaluate_stories score) is read, not re-analysed, by the others;
* browser screenshots go to ``ISNAD_SCREENSHOTS`` (default: a folder in the system temp dir,
  printed at the end of the run so they can be looked at).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


def pytest_xdist_make_scheduler(config, log):
    """Under ``make test`` (pytest-xdist, two workers) the browser and load tests are one unit on
    one worker, in order, and every other test file is a unit of its own.

    The browser tests mostly wait on the browser and the server, so the other worker runs the
    CPU-bound rest meanwhile; the browsers never compete with each other (the load test's 20 tabs
    get what the other tests leave); a module-scoped fixture (test_app_scale's 240-article batch)
    is built once, not once per worker.  ``--dist loadgroup`` with ``xdist_group`` marks would say
    this, but with pytest 9.2 it silently stops grouping (pytest-xdist issue #1386), hence this
    scheduler: xdist's own per-file one, with tests/browser/ and tests/load/ as one scope.
    """
    from xdist.scheduler import LoadFileScheduling

    class BrowserTestsTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.startswith(("tests/browser/", "tests/load/")):
                return "tests/browser+load"
            return super()._split_scope(nodeid)

    return BrowserTestsTogether(config, log)


def pytest_terminal_summary(terminalreporter):
    shots = Path(os.environ["ISNAD_SCREENSHOTS"])
    if shots.is_dir() and any(shots.iterdir()):
        terminalreporter.write_line(f"browser screenshots: {shots}")
