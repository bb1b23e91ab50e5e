"""The plain-Python Beta quantile against scipy's (scipy is only a test dependency here)."""
import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.distributions import beta_cdf, beta_ppf

SHAPES = (0.5, 0.7, 1.0, 2.5, 7.5, 20.5, 100.5, 1000.5, 20000.5)
ROOT = Path(__file__).resolve().parents[1]
QUANTILES = (0.0005, 0.025, 0.05, 0.5, 0.95, 0.975, 0.9995)


def test_quantile_and_cdf_match_scipy():
    stats = pytest.importorskip("scipy.stats")
    for a, b in itertools.product(SHAPES, SHAPES):
        for q in QUANTILES:
            assert beta_ppf(q, a, b) == pytest.approx(stats.beta.ppf(q, a, b), abs=1e-9), (q, a, b)
        for x in (0.001, 0.2, 0.5, 0.9, 0.999):
            assert beta_cdf(x, a, b) == pytest.approx(stats.beta.cdf(x, a, b), abs=1e-9), (x, a, b)


def test_quantile_ends_and_inverse():
    assert beta_ppf(0.0, 2, 3) == 0.0 and beta_ppf(1.0, 2, 3) == 1.0
    assert beta_cdf(-1, 2, 3) == 0.0 and beta_cdf(2, 2, 3) == 1.0
    for q in (0.01, 0.3, 0.77):
        assert beta_cdf(beta_ppf(q, 3.5, 0.5), 3.5, 0.5) == pytest.approx(q, abs=1e-12)


def test_bundled_analysis_imports_neither_scipy_nor_scikit_learn():
    # on a cold start scipy.stats costs ~0.9 s and scikit-learn ~0.5 s: analysing the
    # bundled corpus (scores, intervals, grouping five articles) needs neither
    code = ("import sys; from analysis import pipeline; from analysis.io.readers import load_corpus; "
            "pipeline.analyze_corpus(load_corpus('data/corpus')); "
            "print(sorted(m for m in ('scipy.stats', 'sklearn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
