"""analysis.export: CSV of the view and the standalone HTML report."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from analysis.export import html_report, to_csv, view_csv
from analysis.views import make_view
from ui_fixtures import ALPHA, BETA, GAMMA, fake_corpus

LABELS = json.loads((Path(__file__).resolve().parent.parent / "data" / "i18n" / "en.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def view():
    return make_view(fake_corpus())


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_outlets_csv_has_the_pipeline_numbers(view):
    out = rows(view_csv(view, "outlets"))
    by = {r["outlet"]: r for r in out}
    assert set(by) == {ALPHA, BETA, GAMMA}
    alpha = next(o for o in view.reports if o.outlet == ALPHA)
    assert float(by[ALPHA]["sourcing_score"]) == alpha.sourcing.score
    assert int(by[ALPHA]["named"]) == 1 and int(by[ALPHA]["anonymous"]) == 1
    assert by[GAMMA]["consistency_score"] == ""  # no comparison → empty, not 0


def test_csv_follows_the_filter():
    v = make_view(fake_corpus(), [BETA])
    assert [r["outlet"] for r in rows(view_csv(v, "outlets"))] == [BETA]
    assert {r["outlet"] for r in rows(view_csv(v, "attributions"))} == {BETA}
    # a comparison keeps both sides, so the conflict is still readable
    assert {r["outlet"] for r in rows(view_csv(v, "comparisons"))} == {ALPHA, BETA}


def test_csv_defuses_formulas():
    out = to_csv([{"a": "=HYPERLINK(\"http://x\")", "b": "-1", "c": 3}])
    r = rows(out)[0]
    assert r["a"].startswith("'=") and r["b"] == "'-1" and r["c"] == "3"


def test_unknown_table_is_an_error(view):
    with pytest.raises(ValueError):
        view_csv(view, "nope")


def test_html_report_is_standalone_and_escaped(view):
    page = html_report(view, LABELS)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc=", page) and "Plotly.newPlot" in page  # plotly.js inline, no network
    assert len(page) > 1_000_000  # the plotly bundle really is embedded
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    for outlet in (ALPHA, BETA, GAMMA):
        assert html.escape(outlet, quote=False) in page or html.escape(outlet) in page
    assert 'href="https://evil.example/"' not in page  # nowhere, charts (plotly JSON) included
    assert "\\u003ca href" not in page
    assert "att-named" in page and "fact-contradicted" in page
