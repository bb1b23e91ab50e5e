"""Who may import whom (README "Architecture"), checked statically on every import statement,
including the lazy ones inside functions:

* ``analysis/`` — the standard library, the scientific stack and itself; never Streamlit,
  ``presentation``, ``ui`` or the pages, so the batch runs, the CLI and Spark/Dask workers never
  load the dashboard;
* ``presentation/`` — ``analysis``, the standard library, Plotly and itself; never Streamlit, so
  the export runs headless;
* ``ui/`` — ``analysis``, ``presentation``, Streamlit and itself; never a page;
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
    "presentation": set(sys.stdlib_module_names) | {"analysis", "presentation", "plotly"},
    "ui": set(sys.stdlib_module_names) | {"analysis", "presentation", "ui", "streamlit", "plotly"},
    "app_pages": set(sys.stdlib_module_names) | {"analysis", "presentation", "ui", "streamlit", "plotly"},
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


FILES = [(layer, p) for layer in ALLOWED for p in sorted((ROOT / layer).rglob("*.py"))] + [("app_pages", ROOT / "app.py")]


@pytest.mark.parametrize("layer, path", FILES, ids=[str(p.relative_to(ROOT)) for _, p in FILES])
def test_imports_stay_in_their_layer(layer, path):
    assert imported_tops(path) <= ALLOWED[layer], f"{path.relative_to(ROOT)} imports outside its layer"


def test_the_check_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    import streamlit as st\n    from ui.i18n import t\n", encoding="utf-8")
    assert imported_tops(bad) - ALLOWED["analysis"] == {"streamlit", "ui"}


# Inside analysis/, the stage packages import only stages before them (README "Packages"): the
# per-article text stages know nothing of sourcing or facts, and no stage knows the I/O around it.
# (base modules import no stage: data files, records, Beta intervals, a forked second core)
BASE = {"lexicon", "records", "distributions", "forking"}
STAGES = {
    "text": BASE,
    "sourcing": BASE | {"text"},
    "facts": BASE | {"text", "sourcing"},
    "io": BASE | {"text", "sourcing", "facts", "pipeline"},
    "evaluation": BASE | {"text", "sourcing", "facts", "io", "pipeline"},
}


def analysis_parts(path: Path) -> set[str]:
    """Which part of analysis/ (stage package or top-level module) each absolute import names."""
    parts = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] if node.module != "analysis" else [f"analysis.{a.name}" for a in node.names]
        parts |= {n.split(".")[1] for n in names if n.startswith("analysis.")}
    return parts


STAGE_FILES = [(stage, p) for stage in STAGES for p in sorted((ROOT / "analysis" / stage).glob("*.py"))]


@pytest.mark.parametrize("stage, path", STAGE_FILES, ids=[str(p.relative_to(ROOT)) for _, p in STAGE_FILES])
def test_stages_import_only_earlier_stages(stage, path):
    assert analysis_parts(path) <= STAGES[stage] | {stage}, f"{path.relative_to(ROOT)} imports a later stage"


def test_records_lexicon_and_distributions_import_no_stage():
    for name in BASE:
        assert analysis_parts(ROOT / "analysis" / f"{name}.py") <= BASE


def test_the_stage_check_sees_a_later_stage(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from analysis.facts.extract import extract_facts\nfrom analysis import records\n", encoding="utf-8")
    assert analysis_parts(bad) - STAGES["sourcing"] == {"facts"}


@pytest.mark.parametrize("name", sorted(BASE))
def test_base_modules_import_no_stage(name):
    assert not analysis_parts(ROOT / "analysis" / f"{name}.py") & set(STAGES), f"analysis/{name}.py imports a stage"
