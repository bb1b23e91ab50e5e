"""Methodology: how each number is made, its limits, and the measured accuracy (never typed in by hand)."""
from pathlib import Path

import html
import importlib

import streamlit as st

from analysis.sourcing.scoring import scoring_rules
from presentation.views import (accuracy_rows, archive_sample_rows, blind_runs, detection_recall, first_run_rows,
                                latest_archive_sample)
from ui import render
from ui.i18n import L, count, t
from ui.shell import setup

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "attributions"


@st.cache_resource(show_spinner=False)
def story_accuracy(stamp: float):
    """The story gold sets scored now (alignment only: grouping needs the whole corpus, ~1 min)."""
    evaluate_stories = importlib.import_module("analysis.evaluation.stories")
    cache = importlib.import_module("analysis.io.cache")
    # the members' per-article results from the dashboard's cache: a restarted server scores the
    # sets in ~2 s instead of analysing ~420 articles again
    return evaluate_stories.evaluate_all(cache_dir=cache.default_cache_dir())


def _frac(pair) -> str:
    n, d = pair
    return f"{n}/{d}" + (f" ({n / d:.2f})" if d else "")


def story_rows(records: dict) -> list[dict]:
    return [{t("col_set"): name, t("col_blind"): "✓" if r["blind"] else "", t("col_precision"): _frac(r["conflicts"]),
             t("col_recall"): _frac(r["key_disagreements"]), t("col_must_not"): _frac(r["must_not_violated"]),
             t("col_updates"): _frac(r["updates"]), t("col_outlets"): _frac(r["outlets"]),
             t("col_grouping"): (f"{r['grouping'][0]:.2f} / {r['grouping'][1]:.3f} ({r['grouping'][2]:,})"
                                 if r.get("grouping") else "–")}
            for name, r in records.items()]


@st.cache_resource(show_spinner=False)
def accuracy(gold: str, stamp: float):
    """Run the attribution evaluation once per gold-set change (``stamp`` = newest mtime)."""
    evaluate = importlib.import_module("analysis.evaluation.attributions")
    return evaluate.evaluate_attributions(Path(gold))


def shown(value) -> str:
    """A table cell: a figure a row does not have (None) reads as a dash, never "None" (as text, so
    a column of numbers and dashes is one type)."""
    return t("not_applicable") if value is None or value == "" else str(value)


def tiles(items: list[tuple[str, str, str]]) -> None:
    """Accuracy tiles that wrap instead of squeezing eight into one row (st.metric cut them to
    "…87" and lost "F1" in Arabic): label, value (kept left to right), note; all escaped."""
    cells = "".join(
        f'<div class="isnad-tile"><div class="lbl" dir="auto">{html.escape(label)}</div>'
        f'<div class="big" dir="ltr">{html.escape(value)}</div><div class="ci" dir="auto">{html.escape(note)}</div></div>'
        for label, value, note in items)
    render.show_html(f'<div class="isnad-tiles">{cells}</div>')


ctx = setup(filters=False)
rules = scoring_rules()
st.title(t("method_title"))
st.markdown(t("method_intro"))

st.header(t("method_sourcing_header"))
st.markdown(t("method_sourcing"))
st.table([
    {t("col_class"): label, t("col_credit"): f"{credit:g}"}
    for label, credit in ((t("class_named"), rules.credit_named),
                          (t("anonymous_with_reason"), rules.credit_anonymous_with_reason),
                          (t("class_vague"), rules.credit_vague), (t("class_anonymous"), rules.credit_anonymous))
])
st.markdown(t("method_interval", icc=rules.icc, confidence=f"{100 * rules.confidence:.0f}"))

st.header(t("method_consistency_header"))
st.markdown(t("method_consistency", min_checked=rules.consistency_min_checked))

st.header(t("method_stories_header"))
st.markdown(t("method_stories_intro"))
runs = render.story_runs()
# the whole blind history first, one row a run (a projector shows this; the tables behind it are many)
glance = blind_runs(runs)
if glance:
    st.subheader(t("method_stories_glance"))
    st.caption(t("method_stories_glance_intro"))
    st.dataframe([{t("col_run_at"): r.when or t("not_applicable"),
                   t("col_run_kind"): t("run_old_code" if r.key == "first_run_old_code" else
                                        "run_first" if "first_run" in r.key else "run_again"),
                   t("col_blind_sets"): r.sets, t("col_recall"): f"{r.found}/{r.labelled}",
                   t("col_conflicts_right"): f"{r.right}/{r.reported}",
                   t("col_must_not_short"): f"{r.violated}/{r.must_not}"}
                  for r in glance], hide_index=True)


def every_run() -> None:
    """Each recorded run's own table, set by set: dozens of them, so built only when opened."""
    for key, heading in (("first_run_old_code", "method_stories_first"), ("blind_first_run_new_code", "method_stories_blind"),
                         ("blind_first_run_second_sets", "method_stories_blind2"),
                         ("blind_first_run_end_of_second_session", "method_stories_blind3"),
                         ("blind_first_run_third_session", "method_stories_blind4"),
                         ("blind_run_end_of_third_session", "method_stories_blind5"),
                         ("blind_first_run_fourth_session", "method_stories_blind6"),
                         ("blind_run_end_of_fourth_session", "method_stories_blind7"),
                         ("blind_first_run_fifth_session", "method_stories_blind8"),
                         ("blind_run_end_of_fifth_session", "method_stories_blind9"),
                         ("blind_first_run_sixth_session", "method_stories_blind10"),
                         ("blind_run_end_of_sixth_session", "method_stories_blind11"),
                         ("blind_run_end_of_eighth_session", "method_stories_blind12"),
                         ("blind_run_end_of_ninth_session", "method_stories_blind13"),
                         ("blind_first_run_tenth_session", "method_stories_blind14"),
                         ("blind_run_end_of_tenth_session", "method_stories_blind15"),
                         ("blind_run_after_tenth_session_score_fix", "method_stories_blind16"),
                         ("blind_first_run_eleventh_session", "method_stories_blind17"),
                         ("blind_run_end_of_eleventh_session", "method_stories_blind18"),
                         ("blind_first_run_after_eleventh_session", "method_stories_blind19"),
                         ("blind_first_run_twelfth_session", "method_stories_blind20"),
                         ("blind_first_run_end_of_twelfth_session", "method_stories_blind21"),
                         ("blind_run_end_of_twelfth_session", "method_stories_blind22"),
                         ("blind_first_run_after_twelfth_session", "method_stories_blind23"),
                         ("blind_first_run_thirteenth_session", "method_stories_blind24"),
                         ("blind_run_end_of_thirteenth_session", "method_stories_blind25"),
                         ("blind_run_end_of_fourteenth_session", "method_stories_blind26"),
                         ("blind_run_end_of_fifteenth_session", "method_stories_blind27"),
                         ("blind_first_run_sixteenth_session", "method_stories_blind28"),
                         ("blind_run_end_of_sixteenth_session", "method_stories_blind29"),
                         ("blind_first_run_seventeenth_session", "method_stories_blind30"),
                         ("blind_run_end_of_seventeenth_session", "method_stories_blind31"),
                         ("blind_first_run_eighteenth_session", "method_stories_blind32"),
                         ("blind_first_run_eighteenth_session_second", "method_stories_blind33"),
                         ("blind_run_end_of_eighteenth_session", "method_stories_blind34"),
                         ("blind_first_run_nineteenth_session", "method_stories_blind35"),
                         ("blind_run_end_of_nineteenth_session", "method_stories_blind36"),
                         ("blind_first_run_twentieth_session", "method_stories_blind37"),
                         ("blind_run_end_of_twentieth_session", "method_stories_blind38"),
                         ("blind_first_run_twenty_first_session", "method_stories_blind39"),
                         ("blind_run_end_of_twenty_first_session", "method_stories_blind40"),
                         ("blind_first_run_twenty_second_session", "method_stories_blind41"),
                         ("blind_run_end_of_twenty_second_session", "method_stories_blind42"),
                         ("blind_first_run_twenty_third_session", "method_stories_blind43"),
                         ("blind_run_end_of_twenty_third_session", "method_stories_blind44"),
                         ("blind_first_run_twenty_fourth_session", "method_stories_blind45"),
                         ("blind_first_run_twenty_fourth_session_second", "method_stories_blind46"),
                         ("blind_first_run_twenty_fourth_session_third", "method_stories_blind47"),
                         ("blind_run_end_of_twenty_fourth_session", "method_stories_blind48")):
        if runs.get(key):
            st.subheader(t(heading))
            st.dataframe(story_rows({k: v for k, v in runs[key].items() if not k.startswith("_")}), hide_index=True)


render.panel(t("method_stories_every_run"), "meth_every_run", every_run)
st.subheader(t("method_stories_now"))


def stories_now() -> None:
    stories_corpus = importlib.import_module("analysis.evaluation.stories").DEFAULT_CORPUS
    if not stories_corpus.is_file():
        st.info(t("method_stories_missing", path=str(stories_corpus)))
        return
    try:
        now = story_accuracy(stories_corpus.stat().st_mtime)
    except Exception as exc:  # a page must not crash on an evaluation error: say it
        st.warning(t("accuracy_failed", error=str(exc)))
    else:
        st.dataframe(story_rows({r.name: {
            "blind": r.blind, "conflicts": (r.conflict_pairs_correct, r.conflict_pairs),
            "key_disagreements": (r.gold_conflicts_found, r.gold_conflicts), "must_not_violated": (r.must_not_violated, r.must_not),
            "updates": (r.gold_updates_found, r.gold_updates), "outlets": (r.outlets_agreeing, r.outlets_judged)}
            for r in now}), hide_index=True)


# measured live when asked (seconds of work the first time): the recorded first runs above are
# the honest figures and show at once
render.panel(t("method_measure_now"), "meth_now_stories", stories_now)

# beyond the labelled stories: what a reader of the whole archive sees, judged by sampling
samples = render.archive_samples()
if samples.get("samples"):
    st.subheader(t("method_archive_header"))
    st.markdown(t("method_archive_intro"))
    # the judged figures first: on a projector a wide table is cut at its right edge
    st.dataframe([{t("col_session"): r["session"], t("col_sample_of"): t("sample_" + (
        "removed" if str(r["which"]).startswith("removed") else "reported")), t("col_pairs"): shown(r["pairs"]),
        t("col_judged"): r["judged"], t("col_genuine"): r["genuine"], t("col_real_strictly"): r["real"],
        t("col_false"): r["false"], t("col_code"): r["code"]} for r in archive_sample_rows(samples)], hide_index=True)

st.header(t("method_limits_header"))
recall, newest = detection_recall(runs), latest_archive_sample(samples)
st.markdown(t("method_limits", conflicts=t(
    "method_limits_conflicts", found=recall.found, labelled=recall.labelled, blind_found=recall.blind_found,
    blind_labelled=recall.blind_labelled, genuine=newest[0], judged=newest[1]) if recall and newest
    else t("method_limits_conflicts_unmeasured")))

st.header(t("method_accuracy_header"))
# the headline: each set's first run, before any rule was written for it (recorded, never recomputed)
st.subheader(t("accuracy_first_runs"))
st.markdown(t("accuracy_first_runs_intro"))
first_runs = render.gold_record("attribution_runs")
st.dataframe([{t("col_set"): r["set"], t("col_when"): shown(r["when"]), t("col_articles"): shown(r["documents"]),
               t("col_gold"): shown(r["gold"]), "F1": shown(r["cue_f1"]), t("col_class_acc"): shown(r["class_accuracy"]),
               t("col_anon_found"): shown(r["anonymous_found_and_classed"]), t("col_via_acc"): shown(r["via_accuracy"]),
               t("col_false_alarms"): shown(r["false_alarms"])} for r in first_run_rows(first_runs)], hide_index=True)
st.subheader(t("accuracy_now"))


def attribution_now() -> None:
    files = list(GOLD.glob("*")) if GOLD.is_dir() else []
    try:
        report = accuracy(str(GOLD), max((f.stat().st_mtime for f in files), default=0.0))
    except ModuleNotFoundError:
        st.info(t("accuracy_missing"))
    except Exception as exc:  # the evaluation is another team's code: report, don't crash the page
        st.warning(t("accuracy_failed", error=str(exc)))
    else:
        st.markdown(t("accuracy_intro", gold=str(GOLD.relative_to(GOLD.parents[2]))))
        tiles([(t("accuracy_set", name=s.name, docs=count("articles", s.documents)),
                t("method_tile_value", f1=f"{s.overlap.f1:.2f}"),
                t("accuracy_set_note", p=f"{s.overlap.precision:.2f}", r=f"{s.overlap.recall:.2f}",
                  cls=f"{s.class_accuracy:.2f}", gold=s.gold)) for s in report.sets])
        st.caption(t("accuracy_metric_help"))
        columns = {"set": "acc_col_set", "measure": "acc_col_measure", "precision": "acc_col_precision",
                   "recall": "acc_col_recall", "f1": "acc_col_f1", "gold": "acc_col_gold", "found": "acc_col_found"}
        st.dataframe([{t(columns[k]): shown(v) for k, v in row.items()} for row in accuracy_rows(report, L())],
                     hide_index=True)


render.panel(t("method_measure_now"), "meth_now_attr", attribution_now)
