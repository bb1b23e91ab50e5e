"""Methodology: how each number is made, its limits, and the measured accuracy (never typed in by hand)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # so the page also runs on its own

import importlib

import streamlit as st

from analysis.scoring import scoring_rules
from analysis.views import accuracy_rows
from ui.i18n import t
from ui.shell import setup

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "attributions"


@st.cache_resource(show_spinner=False)
def accuracy(gold: str, stamp: float):
    """Run the attribution evaluation once per gold-set change (``stamp`` = newest mtime)."""
    evaluate = importlib.import_module("analysis.evaluate")
    report = evaluate.evaluate_attributions(Path(gold))
    return report, accuracy_rows(report)


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
st.markdown(t("method_consistency"))

st.header(t("method_limits_header"))
st.markdown(t("method_limits"))

st.header(t("method_accuracy_header"))
files = list(GOLD.glob("*")) if GOLD.is_dir() else []
try:
    result = accuracy(str(GOLD), max((f.stat().st_mtime for f in files), default=0.0))
except ModuleNotFoundError:
    st.info(t("accuracy_missing"))
except Exception as exc:  # the evaluation is another team's code: report, don't crash the page
    st.warning(t("accuracy_failed", error=str(exc)))
else:
    report, rows = result
    st.markdown(t("accuracy_intro", gold=str(GOLD.relative_to(GOLD.parents[2]))))
    cols = st.columns(max(1, len(report.sets)))
    for col, s in zip(cols, report.sets):
        col.metric(t("accuracy_set", name=s.name, docs=s.documents), f"F1 {s.overlap.f1:.2f}",
                   help=t("accuracy_metric_help"))
        col.caption(t("accuracy_set_note", p=f"{s.overlap.precision:.2f}", r=f"{s.overlap.recall:.2f}",
                      cls=f"{s.class_accuracy:.2f}", gold=s.gold))
    st.dataframe(rows, hide_index=True)
