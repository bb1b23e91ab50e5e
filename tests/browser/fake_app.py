"""Launcher: the real app.py with the hand-built fixture analysis (tests/support/fixture_corpus.py).

Used by the browser tests to check highlights, tooltips and conflicts whatever
the rule-based detectors find today.  Run with ISNAD_CORPUS pointing at the
fixture corpus (fixture_corpus.write_corpus).
"""
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # streamlit runs this file as a script: the repository is not on the path
    sys.path.insert(0, str(ROOT))

import analysis.pipeline  # noqa: E402
from tests.support.fixture_corpus import fake_analyze_corpus  # noqa: E402

analysis.pipeline.analyze_corpus = fake_analyze_corpus
runpy.run_path(str(ROOT / "app.py"), run_name="__main__")
