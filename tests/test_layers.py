"""Who may import whom (README "Architecture"), checked statically on every import statement,
including the lazy ones inside functions:

* ``analysis/`` — the standard library, the scientific stack and itself; never Streamlit, ``ui``
  or the pages, so the batch runs, the CLI and Spark/Dask workers never load the dashboard;
* ``ui/`` — ``analysis``, Streamlit and itself; never a page;
* ``app_pages/`` and ``app.py`` — ``ui``, ``analysis`` and Streamlit; never another page.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
THIRD_PARTY_ANALYSIS = {"numpy", "pandas", "scipy", "sklearn", "pyarrow", "plotly", "trafilatura", "hijridate", "tqdm"}
ALLOWED = {
    "analysis": set(sys.stdlib_module_names) | THIRD_PARTY_ANALYSIS | {"analysis"},
    "ui": set(sys.stdlib_module_names) | {"analysis", "ui", "streamlit", "plotly"},
    "app_pages": set(sys.stdlib_module_names) | {"analysis", "ui", "streamlit", "plotly"},
}


def imported_tops(path: Path) -> set[str]:
    """Top-level names of every absolute import in ``path`` (relative imports stay in the package)."""
    tops = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            tops |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            tops.add(node.module.split(".")[0])
    return tops


FILES = [(layer, p) for layer in ALLOWED for p in sorted((ROOT / layer).glob("*.py"))] + [("app_pages", ROOT / "app.py")]


@pytest.mark.parametrize("layer, path", FILES, ids=[str(p.relative_to(ROOT)) for _, p in FILES])
def test_imports_stay_in_their_layer(layer, path):
    assert imported_tops(path) <= ALLOWED[layer], f"{path.relative_to(ROOT)} imports outside its layer"


def test_the_check_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    import streamlit as st\n    from ui.i18n import t\n", encoding="utf-8")
    assert imported_tops(bad) - ALLOWED["analysis"] == {"streamlit", "ui"}
