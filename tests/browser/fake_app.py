"""Launcher: the real app.py with the hand-built fixture analysis (tests/ui_fixtures.py).

Used by the browser tests to check highlights, tooltips and conflicts whatever
the rule-based detectors find today.  Run with ISNAD_CORPUS pointing at the
fixture corpus (ui_fixtures.write_corpus).
"""
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for p in (str(ROOT), str(ROOT / "tests")):
    if p not in sys.path:
        sys.path.insert(0, p)

import analysis.pipeline  # noqa: E402
from ui_fixtures import fake_analyze_corpus  # noqa: E402

analysis.pipeline.analyze_corpus = fake_analyze_corpus
runpy.run_path(str(ROOT / "app.py"), run_name="__main__")
