"""Overview: one card per outlet, the outlet map, sources by class — each with its sentences."""

import streamlit as st

from analysis import figures
from analysis.views import comparison_evidence, outlet_comparisons, sourcing_evidence
from ui import render
from ui.i18n import L, subject, t
from analysis import export
from ui.shell import export_buttons, setup

# what each card's expander holds at most: its first sentences, its first compared facts (conflicts
# first) with a few outlets' sentences each; the Outlet profile and Facts pages page through the rest
PER_CARD, FACTS_PER_CARD, SIDES = 8, 3, 6

ctx = setup()
view = ctx.view
st.title(t("overview_title"))
st.caption(t("overview_intro", articles=len(view.articles), outlets=len(view.reports)))
if not view.reports:
    st.info(t("nothing_selected"))
    st.stop()

st.header(t("outlets_header"))
per_row = 3
for first in range(0, len(view.reports), per_row):
    for col, o in zip(st.columns(per_row), view.reports[first:first + per_row]):
        with col:
            render.outlet_card(o)
            with st.expander(t("behind_numbers")):
                render.evidence(view, sourcing_evidence(view, o.outlet), limit=PER_CARD)
                comps = outlet_comparisons(view, o.outlet)  # conflicts first
                for comp in comps[:FACTS_PER_CARD]:
                    render.strong(f"{t('fact')}: {subject(comp.subject)}", t("status_" + comp.status))
                    render.evidence(view, comparison_evidence(view, comp), limit=SIDES)
                if len(comps) > FACTS_PER_CARD:
                    st.caption(t("more_comparisons", n=len(comps) - FACTS_PER_CARD))

st.header(t("map_header"))
st.plotly_chart(figures.outlet_map(view.reports, L()), key="map")
missing = [o.outlet for o in view.reports if not (o.consistency and o.consistency.score is not None)]
if missing:
    st.caption(t("map_missing", outlets="، ".join(missing) if ctx.lang == "ar" else ", ".join(missing)))
with st.expander(t("behind_map")):
    if not view.comparisons:
        st.caption(t("no_comparisons"))
    for comp in render.page_of(view.comparisons, "pg_map"):
        render.strong(subject(comp.subject), t("status_" + comp.status))
        render.evidence(view, comparison_evidence(view, comp))

st.header(t("classes_header"))
st.plotly_chart(figures.class_bars(view.reports, L()), key="classes")
with st.expander(t("behind_classes")):
    render.legend()
    for tab, cls in zip(st.tabs([t("class_named"), t("class_anonymous"), t("class_vague")]),
                        ("named", "anonymous", "vague")):
        with tab:
            render.evidence(view, sourcing_evidence(view, source_class=cls), limit=20, key=f"pg_class_{cls}")

labels, lang = L(), ctx.lang
export_buttons("overview", lambda: export.overview_csv(view, labels),
               lambda: export.html_report(view, labels, lang=lang, title=labels["app_title"]))
