"""Plotly figures: built from pipeline records only, and still drawable at corpus scale."""
from __future__ import annotations

import json

from presentation import figures
from analysis.lexicon import DATA_DIR
from analysis.records import OutletConsistency, OutletReport, OutletSourcing

LABELS = json.loads((DATA_DIR / "i18n" / "en.json").read_text(encoding="utf-8"))


def report(name: str, named: int, anonymous: int, vague: int, consistency: float | None = 50.0) -> OutletReport:
    total = named + anonymous + vague
    s = OutletSourcing(name, ("a",), 1000, total, total, named, anonymous, vague, named / total, anonymous / total,
                       vague / total, 1.0, 0.0, 0, 50.0, None)
    c = OutletConsistency(name, consistency, None, 3, 1, 0) if consistency is not None else None
    return OutletReport(name, s, c)


def test_class_bars_tick_every_source_on_small_counts():
    fig = figures.class_bars([report("A", 3, 2, 1), report("B", 1, 4, 0)], LABELS)
    assert fig.layout.xaxis.dtick == 1
    assert [list(t.x) for t in fig.data] == [[3, 1], [2, 4], [1, 0]]


def test_class_bars_leave_tick_spacing_to_plotly_on_big_counts():
    # a tick per source over thousands of sources froze the browser for minutes (5,000-article corpus)
    fig = figures.class_bars([report(f"O{i}", 2500, 1200, 300) for i in range(20)], LABELS)
    assert fig.layout.xaxis.dtick is None
    assert fig.layout.xaxis.tickformat == ",d"


def test_outlet_map_places_only_outlets_with_a_consistency_score():
    fig = figures.outlet_map([report("A", 3, 2, 1), report("B", 1, 4, 0, consistency=None)], LABELS)
    assert [t.name for t in fig.data] == ["\u2068A\u2069"]  # isolated: a name never reorders its neighbours
    assert fig.data[0].x == (50.0,)
    assert fig.data[0].text == ("\u2068A\u2069",)  # the point is labelled


MARKUP = '<a href="https://evil.example">Click</a> <b>Bold</b>'


def test_outlet_names_are_text_not_markup_in_every_chart():
    # Plotly renders <a href>, <b> and <br> in names, tick labels and hover text: an outlet name
    # (user input) must show as typed, never as a link
    reports = [report(MARKUP, 3, 2, 1), report("B", 1, 4, 0)]
    figs = [figures.outlet_map(reports, LABELS), figures.class_bars(reports, LABELS),
            figures.score_bars(reports, LABELS, MARKUP, "sourcing"), figures.score_bars(reports, LABELS, "", "consistency")]
    for fig in figs:
        dumped = json.dumps(json.loads(fig.to_json())["data"], ensure_ascii=False)  # plotly's JSON escapes "<"
        assert "<b>" in dumped or "%{y}" in dumped  # the check below can see markup
        assert "<a href" not in dumped and "<b>Bold" not in dumped
        assert "&lt;a href=" in dumped
    # the highlighted outlet keeps its colour though its label is escaped
    bars = figs[2].data[0]
    assert list(bars.marker.color)[0] == "#0072B2" and list(bars.marker.color)[1] == "#b8c7d3"


def test_outlet_markers_stay_put_and_never_repeat():
    """Issue #10: an outlet keeps its colour and marker whatever else is shown, and no two outlets
    share a marker."""
    from dataclasses import replace

    everyone = [f"Outlet {i:02d}" for i in range(30)]
    styles = figures.outlet_styles(everyone)
    assert len({marker for _, marker in styles.values()}) == 30
    shown = [report(n, 1, 1, 1) for n in everyone[5:8]]
    alone = figures.outlet_map(shown[1:2], LABELS, everyone=everyone)
    together = figures.outlet_map(shown, LABELS, everyone=everyone)
    style = lambda fig, name: next((t.marker.color, t.marker.symbol) for t in fig.data if name in t.name)  # noqa: E731
    assert style(alone, everyone[6]) == style(together, everyone[6]) == styles[everyone[6]]
    # two outlets at the same point: their labels go to different sides
    same = figures.outlet_map([replace(report("X", 1, 1, 1)), report("Y", 1, 1, 1)], LABELS)
    assert same.data[0].textposition != same.data[1].textposition


def test_score_values_sit_beside_the_whisker_not_under_the_error_bar():
    from analysis.records import Interval

    r = report("A", 3, 2, 1)
    r = OutletReport("A", r.sourcing.__class__(**{**r.sourcing.__dict__, "score": 40.0, "interval": Interval(20.0, 70.0)}))
    fig = figures.score_bars([r], LABELS)
    (label,) = [a for a in fig.layout.annotations if a.text == "40"]
    assert label.x > 70 and label.xanchor == "left"
    assert not fig.data[0].text  # no value printed inside the bar, where the error bar runs


def test_score_values_are_the_annotations_one_add_annotation_a_row_made():
    """score_bars sets its value labels in one layout update (h76); the figure is the one a call of
    add_annotation per row built."""
    from analysis.records import Interval

    reports = [report(n, 3, 2, 1) for n in ("A", "B", "<b>C</b>")]
    reports = [OutletReport(r.outlet, r.sourcing.__class__(**{**r.sourcing.__dict__, "score": 40.0 + i,
                                                                  "interval": Interval(20.0, 70.0) if i else None}))
               for i, r in enumerate(reports)]
    fig = figures.score_bars(reports, LABELS, "B")
    import plotly.graph_objects as go

    old = go.Figure(fig.data)
    for r in reports:
        iv, score = r.sourcing.interval, r.sourcing.score
        old.add_annotation(x=(iv.high if iv else score) + 1.5, y=figures._safe(r.outlet), text=f"{score:.0f}",
                           xanchor="left", showarrow=False, font=dict(size=18, color="#111"))
    old.update_xaxes(range=[0, 112], tickvals=[0, 20, 40, 60, 80, 100], title=LABELS["sourcing_axis"])
    old.update_yaxes(automargin=True)
    old = figures._layout(old, LABELS["sourcing_title"], 140 + 70 * 3)
    assert fig.to_plotly_json() == old.to_plotly_json() and len(fig.layout.annotations) == 3


def test_an_upload_that_brings_a_new_outlet_restyles_no_outlet_already_shown():
    """Issue #10: the map's colours and markers follow the order outlets first appear (the corpus's
    own, then uploads'), so a new outlet takes the next style instead of shifting the others."""
    from presentation.views import outlets_first_seen
    from tests.support.fixture_corpus import fake_corpus

    ca = fake_corpus()
    before = figures.outlet_styles(outlets_first_seen(ca))
    after = figures.outlet_styles([*outlets_first_seen(ca), "AAA an uploaded outlet"])  # sorts first by name
    assert all(after[o] == style for o, style in before.items())
    assert after["AAA an uploaded outlet"] not in before.values()


def test_archive_samples_are_counted_from_their_labels():
    from presentation.views import archive_sample_rows

    doc = {"samples": [
        {"session": "a", "pairs_reported": 100, "drawn": 4, "items": [
            {"label": "real"}, {"label": "revision"}, {"label": "false-incident"}, {"label": "false-scope"}]},
        {"session": "b", "pairs_reported": 50, "drawn": 30, "items": [],
         "counts": {"genuine, same-day revisions included": 7, "real, strictly": 1}}]}
    a, b = archive_sample_rows(doc)
    assert (a["judged"], a["genuine"], a["real"], a["false"]) == (4, 2, 1, 2)
    assert (b["judged"], b["genuine"], b["real"], b["false"]) == (30, 7, 1, 23)
    # the recorded file parses the same way: the ninth session's kept sample had 12 genuine of 30
    doc = json.loads((DATA_DIR / "gold" / "archive_conflict_samples.json").read_text("utf-8"))
    assert [r["genuine"] for r in archive_sample_rows(doc)] == [7, 12, 3, 11, 0, 11, 16, 104, 104, 101, 102, 103, 134, 139, 171, 178, 193, 210, 254, 255]


def test_the_facts_page_caution_quotes_the_newest_judged_sample():
    from presentation.views import latest_archive_sample

    doc = json.loads((DATA_DIR / "gold" / "archive_conflict_samples.json").read_text("utf-8"))
    assert latest_archive_sample(doc) == (255, 272)  # the twenty-fourth session's final run (the newest)
    assert latest_archive_sample({"samples": []}) is None


def test_a_story_is_known_as_grouped_by_text_or_named():
    from analysis.io.corpus import make_article
    from analysis.pipeline import analyze_article, combine
    from presentation.views import grouped_automatically

    arts = [make_article(id="a", outlet="o", raw_text="قتل 3 أشخاص في حادث.", published="2015-07-10"),
            make_article(id="b", outlet="p", raw_text="قتل 4 أشخاص في حادث.", published="2015-07-10", story="mine")]
    ca = combine([analyze_article(a) for a in arts])
    assert grouped_automatically(ca, ca.by_id["a"].story) and not grouped_automatically(ca, "mine")
    assert not grouped_automatically(ca, "no such story")


def test_detection_recall_sums_the_newest_development_and_blind_runs():
    from presentation.views import DetectionRecall, detection_recall

    runs = {"_comment": "",
            "development_sets_old": {"a": {"blind": False, "key_disagreements": [1, 9]}},
            "blind_first_run_x": {"b": {"blind": True, "key_disagreements": [0, 5]}},
            "development_sets_new": {"a": {"blind": False, "key_disagreements": [3, 9]},
                                     "c": {"blind": False, "key_disagreements": [2, 4]},
                                     "_when": "now"},
            # a blind run lists only the sets that were blind then; a set's own flag decides
            "blind_run_end": {"b": {"blind": True, "key_disagreements": [1, 5]},
                              "a": {"blind": False, "key_disagreements": [3, 9]}}}
    assert detection_recall(runs) == DetectionRecall(5, 13, 1, 5)
    assert detection_recall({"development_sets_new": runs["development_sets_new"]}) is None  # no blind run
    # the recorded file: the newest runs are read, whatever they say
    rec = detection_recall(json.loads((DATA_DIR / "gold" / "story_runs.json").read_text("utf-8")))
    assert rec is not None and rec.labelled > rec.found >= 0 and rec.blind_labelled > 0


def test_blind_runs_sum_each_run_over_the_sets_blind_in_it():
    from presentation.views import BlindRun, blind_runs

    runs = {"_comment": "",
            "development_sets_x": {"a": {"blind": False, "key_disagreements": [3, 9]}},
            "blind_first_run_y": {"_when": "2026-12-05 07:35 UTC, ...",
                                  "b": {"blind": True, "key_disagreements": [1, 5], "conflicts": [1, 2],
                                        "must_not_violated": [0, 60]},
                                  "c": {"blind": True, "key_disagreements": [0, 3], "conflicts": [0, 1],
                                        "must_not_violated": [1, 50]},
                                  "a": {"blind": False, "key_disagreements": [3, 9], "conflicts": [4, 4],
                                        "must_not_violated": [0, 70]}}}
    assert blind_runs(runs) == [BlindRun("blind_first_run_y", "2026-12-05 07:35 UTC", 2, 1, 8, 1, 3, 1, 110)]


def test_dashboard_reuses_a_figure_only_for_the_same_outlets_labels_and_options():
    """ui.render.figure: the figure the builder makes, built once per outlets, labels and options."""
    from ui import render

    reports = [report("A", 3, 2, 1), report("B", 1, 4, 0)]
    first = render.figure(figures.score_bars, reports, highlight="A", which="sourcing")
    assert first.to_plotly_json() == figures.score_bars(reports, LABELS, "A", "sourcing").to_plotly_json()
    assert render.figure(figures.score_bars, list(reports), highlight="A", which="sourcing") is first
    assert render.figure(figures.score_bars, reports, highlight="B", which="sourcing") is not first
    assert render.figure(figures.score_bars, reports[:1], highlight="A", which="sourcing") is not first
    assert render.figure(figures.outlet_map, reports, everyone=["B", "A"]).to_plotly_json() == \
        figures.outlet_map(reports, LABELS, everyone=["B", "A"]).to_plotly_json()
