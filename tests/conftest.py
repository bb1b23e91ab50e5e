"""Session-wide test setup: nothing a test writes lands in the working tree.

* the article library (``ISNAD_LIBRARY``) points at a temporary file for the whole session, so a
  page or test that does not set its own never creates ``data/library.sqlite``;
* hypothesis keeps no example database and its caches in a temporary folder (not ``.hypothesis/``);
* the dashboard's per-article cache (``ISNAD_CACHE``) is a temporary folder too;
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

set_hypothesis_home_dir(str(_TMP / "hypothesis"))  # its caches (constants, unicode data), not .hypothesis/
settings.register_profile("isnad", database=None)
settings.load_profile("isnad")


def pytest_terminal_summary(terminalreporter):
    shots = Path(os.environ["ISNAD_SCREENSHOTS"])
    if shots.is_dir() and any(shots.iterdir()):
        terminalreporter.write_line(f"browser screenshots: {shots}")
