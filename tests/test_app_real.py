"""Pages over the bundled corpus and the real pipeline: what they show is what the analysis says."""
from __future__ import annotations

from functools import lru_cache

import pytest

from analysis.io.readers import load_corpus
from analysis.pipeline import analyze_corpus
from presentation.views import default_picks, fact_grid, make_view
from tests.support.apptest import PAGES, ROOT, assert_clean, cards, html_of, real_app, run  # noqa: F401


@lru_cache(maxsize=1)
def expected():
    return analyze_corpus(load_corpus(ROOT / "data" / "corpus"))


@pytest.mark.parametrize("name", PAGES)
def test_page_runs_on_the_bundled_corpus(real_app, name):
    assert_clean(run(name))


def test_overview_cards_match_the_analysis(real_app):
    ca = expected()
    at = run("overview", params={"story": "*"})  # every story
    got = cards(at)
    assert len(got) == len(ca.outlets) == 5
    for o in ca.outlets:
        card = next(c for c in got if o.outlet in c)
        if o.sourcing.score is not None:
            assert f">{o.sourcing.score:.0f}<" in card
        if o.consistency and o.consistency.score is not None:
            assert f">{o.consistency.score:.0f}<" in card
        assert f">{len(o.sourcing.article_ids)}<" in card
    assert f"{len(ca.articles)} articles from {len(ca.outlets)} outlets" in at.caption[0].value


def test_outlet_filter_narrows_every_count(real_app):
    ca = expected()
    outlet = ca.outlets[0].outlet
    at = run("overview", params={"outlet": outlet})
    got = cards(at)
    assert len(got) == 1 and outlet in got[0]
    n = sum(a.article.outlet == outlet for a in ca.articles)
    assert f"{n} article{'s' if n != 1 else ''} from 1 outlet." in at.caption[0].value


def test_compare_defaults_to_the_main_story(real_app):
    ca = expected()
    at = run("compare")
    picks = default_picks(make_view(ca))
    assert at.multiselect(key="f_articles").value == picks
    assert "003" not in picks  # the June 2020 article is a different story
    body = html_of(at)
    for aid in picks:
        assert f'id="article-{aid}"' in body


def test_facts_page_lists_the_compared_facts(real_app):
    ca = expected()
    rows = fact_grid(make_view(ca))
    at = run("facts")
    conflicts = sum(r.comparison.status == "conflict" for r in rows)
    assert f"{len(rows)} facts reported by more than one outlet; {conflicts} in conflict" in at.caption[0].value
    if rows:
        # conflicts come first
        statuses = [r.comparison.status for r in rows]
        assert statuses == sorted(statuses, key=lambda s: s != "conflict")


def test_arabic_ui_over_real_data(real_app):
    at = run("overview", params={"lang": "ar"})
    assert_clean(at)
    assert at.title[0].value == "نظرة عامة"
    assert "direction: rtl" in html_of(at)


def test_methodology_shows_the_recorded_first_run_of_the_story_sets(real_app):
    import json

    runs = json.loads((ROOT / "data" / "gold" / "story_runs.json").read_text(encoding="utf-8"))
    at = run("methodology")
    assert_clean(at)
    # the blind history at a glance, one row a run: the old code's first run on the two blind sets of the time
    # (bonds and duma: 2 of 4 key disagreements, 9 of 246 reported conflicts labelled), then every run since
    glance = at.dataframe[0].value
    assert len(glance) == sum(1 for k, v in runs.items() if isinstance(v, dict) and any(
        isinstance(x, dict) and x.get("blind") for x in v.values()))
    assert list(glance.iloc[0])[2:] == [2, "2/4", "9/246", "0/130"]
    # each run's own table, set by set, is built when its panel is opened
    at.session_state["meth_every_run"] = True
    at.run()
    assert_clean(at)
    first = at.dataframe[1].value
    assert set(first["set"]) == set(runs["first_run_old_code"])
    row = first[first["set"] == "suruc"].iloc[0]
    assert row["conflict precision"] == "25/1227 (0.02)"
    blind = at.dataframe[2].value
    assert set(blind["set"]) == {"bonds", "duma"}
    assert blind[blind["set"] == "duma"].iloc[0]["conflict precision"] == "0/8 (0.00)"
    second = at.dataframe[3].value
    assert set(second["set"]) == {"sitra", "suez"}
    assert second[second["set"] == "suez"].iloc[0]["conflict precision"] == "0/1 (0.00)"
    third = at.dataframe[4].value
    assert set(third["set"]) == {"mh370"}
    fourth = at.dataframe[5].value
    assert set(fourth["set"]) == {"khurais", "expropriation"}
    assert fourth[fourth["set"] == "khurais"].iloc[0]["conflict precision"] == "2/9 (0.22)"


@pytest.mark.slow
def test_methodology_shows_the_measured_accuracy(real_app):
    from analysis.evaluation.attributions import evaluate_attributions

    report = evaluate_attributions(ROOT / "data" / "gold" / "attributions")
    at = run("methodology")
    assert_clean(at)
    # measured when asked: closed, the panel computes nothing and shows no tile
    assert 'class="isnad-tile"' not in html_of(at)
    assert {e.label for e in at.expander} == {"Measure on the gold sets now (a few seconds the first time)",
                                              "Every recorded run, set by set"}
    at = run("methodology", session={"meth_now_attr": True, "meth_now_stories": True})
    assert_clean(at)
    tiles = html_of(at)
    for s in report.sets:
        assert (f'{s.name} ({s.documents} article{"s" if s.documents != 1 else ""})</div><div class="big" dir="ltr">'
                f'F1 {s.overlap.f1:.2f}</div>') in tiles
    # the attribution table (the story tables of the consistency section come before it)
    table = next(d.value for d in at.dataframe if "set" in d.value.columns and "corpus" in set(d.value["set"]))
    assert set(table["set"]) == {s.name for s in report.sets}
    assert "None" not in set(table.astype(str).values.ravel())  # a figure a row lacks is a dash
    arabic = run("methodology", session={"meth_now_attr": True}, params={"lang": "ar"})
    assert f'<div class="big" dir="ltr">F1 {report.sets[0].overlap.f1:.2f}</div>' in html_of(arabic)  # F1 kept
    table = next(d.value for d in arabic.dataframe if "corpus" in set(d.value.iloc[:, 0]))
    assert list(table.columns) == ["المجموعة", "المقياس", "الدقة", "الاستدعاء", "F1", "الموسوم", "المكتشف"]
    assert "None" not in set(table.astype(str).values.ravel()) and "–" in set(table["المكتشف"])
    assert "الفئة صحيحة عند الاكتشاف" in set(table["المقياس"])


def test_methodology_headlines_the_recorded_first_run_of_each_attribution_set(real_app):
    import json

    runs = json.loads((ROOT / "data" / "gold" / "attribution_runs.json").read_text(encoding="utf-8"))
    at = run("methodology")
    assert_clean(at)
    table = next(d.value for d in at.dataframe
                 if "set" in d.value.columns and "snn_a" in set(d.value["set"]) and "first run" in d.value.columns)
    assert set(table["set"]) == {k for k in runs if not k.startswith("_")}
    row = table[table["set"] == "snn_a"].iloc[0]
    assert row["F1"] == str(runs["snn_a"]["cue"]["f1"]) == "0.854"  # recorded before any rule work on it
    assert row["class right"] == "0.93" and row["false alarms"] == "33"
    assert "None" not in set(table.astype(str).values.ravel())  # unrecorded cells read as a dash
    labels = [s.value for s in at.subheader]
    assert labels.index("First run on each set (the honest estimate)") < labels.index("Now, on the same sets (development figures)")
