"""presentation.export: CSV of the view and the standalone HTML report."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from presentation import export
from presentation.export import html_report, to_csv, view_csv
from presentation.views import make_view
from tests.support.fixture_corpus import ALPHA, BETA, GAMMA, fake_corpus

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


# --- each page exports its own subject (issue #10) --------------------------------------------

AR = {**LABELS, **json.loads((Path(__file__).resolve().parent.parent / "data" / "i18n" / "ar.json").read_text("utf-8"))}


def people_rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheet programs then read the Arabic right
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_page_csvs_have_a_bom_and_readable_headers_in_the_ui_language(view):
    en = people_rows(export.overview_csv(view, LABELS))
    assert {"Outlet", "Sourcing score", "Anonymous sources per 1,000 words"} <= set(en[0])
    ar = people_rows(export.overview_csv(view, AR))
    assert {"الوسيلة", "درجة التوثيق"} <= set(ar[0])
    assert {r["الوسيلة"] for r in ar} == {ALPHA, BETA, GAMMA}
    assert not any("_" in h for h in ar[0])  # no raw field name left untranslated


def test_every_csv_field_has_a_header_in_both_languages(view):
    fields = set()
    for rows_ in (export.overview_rows(view), export.compare_rows(view, ["f1", "f2"], LABELS),
                  export.facts_rows(view, LABELS), export.outlet_rows_of(view, ALPHA, LABELS)):
        fields |= {k for r in rows_ for k in r if not k.startswith("outlet:")}
    for labels in (LABELS, AR):
        assert all("csv_" + f in labels for f in fields), sorted(f for f in fields if "csv_" + f not in labels)
        shown = [export.header(f, labels) for f in fields]
        assert len(set(shown)) == len(shown)  # two fields never share a header (a dict would merge them)


def test_compare_exports_the_picked_articles_and_their_conflict(view):
    out = people_rows(export.compare_csv(view, ["f1", "f2"], LABELS))
    assert {r["Article id"] for r in out} == {"f1", "f2"}
    by = {r["Article id"]: r for r in out}
    assert by["f1"]["Figure given"] == "ثلاث طائرات" and by["f2"]["Figure given"] == "طائرتين"
    assert "ثلاث طائرات مسيرة استهدفت المنزل" in by["f1"]["Sentence"]  # the whole sentence, not a clip
    assert by["f1"]["Fact"] == by["f2"]["Fact"] != ""
    # an article in no conflict is still listed; an article not picked is never in it
    alone = people_rows(export.compare_csv(view, ["f1", "f3"], LABELS))
    assert [(r["Article id"], r["Fact"]) for r in alone] == [("f1", ""), ("f3", "")]
    page = export.compare_report(view, ["f1", "f3"], LABELS)
    assert 'id="article-f1"' in page and 'id="article-f3"' in page and 'id="article-f2"' not in page


def test_compare_and_facts_reports_differ_and_follow_their_page(view):
    compare = export.compare_report(view, ["f1", "f2"], LABELS)
    facts = export.facts_report(view, LABELS)
    assert compare != facts
    assert LABELS["compare_texts"] in compare and LABELS["facts_all"] not in compare
    assert LABELS["facts_all"] in facts and 'id="article-f3"' not in facts  # the grid, not every article
    assert 'id="article-f1"' in compare and 'id="article-f2"' in compare


def test_facts_csv_is_the_grid(view):
    out = people_rows(export.facts_csv(view, LABELS))
    assert len(out) == len(view.comparisons) == 1
    row = out[0]
    assert row["Status"] == LABELS["status_conflict"]
    assert row[ALPHA] == "ثلاث طائرات" and row[BETA] == "طائرتين"
    assert GAMMA not in row  # an outlet in no comparison gets no empty column, as on the page


def test_outlet_exports_hold_that_outlet_only(view):
    out = people_rows(export.outlet_csv(view, ALPHA, LABELS))
    assert {r["Article id"] for r in out} == {"f1"}
    assert {r["Class"] for r in out} == {LABELS["class_named"], LABELS["class_anonymous"]}
    page = export.outlet_report(view, ALPHA, LABELS)
    assert 'id="article-f1"' in page and 'id="article-f2"' not in page and 'id="article-f3"' not in page
    # its figures and sources are its own; other outlets appear only as the other side of its facts
    own, facts = page.split(LABELS["report_outlet_facts"])
    assert html.escape(BETA) not in own and html.escape(GAMMA) not in page


def test_report_shows_the_dashboards_highlights_and_underlines(view):
    """One function (presentation/blocks.py) draws evidence for the page and the report: the
    conflict's sentences in the report carry the fact underline and the compared value's focus."""
    from presentation.blocks import evidence_html
    from presentation.views import comparison_evidence

    conflict = view.conflicts[0]
    block = evidence_html(view, comparison_evidence(view, conflict), LABELS)
    assert 'class="fact fact-contradicted"' in block and 'class="isnad-focus"' in block
    for page in (export.html_report(view, LABELS), export.facts_report(view, LABELS)):
        assert block in page
    assert 'class="isnad-focus"' in export.compare_report(view, ["f1", "f2"], LABELS)


def test_page_exports_escape_untrusted_text(view):
    for page in (export.compare_report(view, ["f1", "f2", "f3"], LABELS), export.facts_report(view, LABELS),
                 export.outlet_report(view, GAMMA, LABELS), export.outlet_report(view, BETA, AR, lang="ar")):
        assert "<script>window.__pwned" not in page and "<img src=x" not in page
        assert 'href="https://evil.example/"' not in page
    assert 'dir="rtl"' in export.outlet_report(view, BETA, AR, lang="ar")[:200]
    # a header cell that is an outlet name is defused like any cell
    hostile = export.to_csv([{"=cmd|' /C calc'!A0": 1}])
    assert hostile.startswith("'=")


def test_the_facts_report_says_which_readings_are_off_a_quantitys_line():
    # the page's caption, in the export too: a day's 3 read into a toll of 27 -> 30 is off its line
    from dataclasses import replace as _replace

    from analysis.io.corpus import make_article
    from analysis.pipeline import analyze_article, combine

    texts = [("a", "2015-07-20", "قتل 27 شخصا في التفجير."), ("b", "2015-07-21", "قتل 30 شخصا في التفجير."),
             ("c", "2015-07-21", "قتل 30 شخصا في التفجير."), ("d", "2015-07-22", "قتل 3 أشخاص في التفجير.")]
    arts = [make_article(id=i, outlet=f"outlet {i}", raw_text=t, published=d, story="s") for i, d, t in texts]
    view = make_view(combine([_replace(analyze_article(a), story="s") for a in arts]))
    report = export.facts_report(view, LABELS)
    assert html.escape(LABELS["timeline_left_out"].format(n=1)) in report
    assert '<p class="caption">' in report
