"""Overview: one card per outlet, the outlet map, sources by class — each with its sentences."""

import streamlit as st

from presentation import export
from presentation import figures
from presentation.views import comparison_evidence, outlet_comparisons, outlets_first_seen, sourcing_evidence
from ui import render
from ui.i18n import L, count, subject, t
from ui.shell import export_buttons, setup

# the panel behind the cards, full width and paged: sentences and compared facts per page
PER_PAGE, FACTS_PER_PAGE, SIDES = 8, 3, 6

ctx = setup()
view = ctx.view
ca = view.corpus
st.title(t("overview_title"))
st.caption(t("overview_intro", articles=count("articles", len(view.articles)),
             outlets=count("outlets", len(view.reports))))
if not view.reports:
    st.info(t("nothing_selected"))
    st.stop()

st.header(t("outlets_header"))
render.outlet_cards(view.reports, ca)  # three to a row
render.consistency_caution(view)  # a high consistency is few *detected* disputes: say how few are found

# what each card rests on: one outlet at a time, across the page's width, a page at a time
# (under each card it was a narrow column thousands of pixels long); built only when opened
def behind_cards() -> None:
    names = [o.outlet for o in view.reports]
    if st.session_state.get("ov_behind") not in names:
        st.session_state["ov_behind"] = names[0]
    outlet = st.selectbox(t("behind_pick"), names, key="ov_behind")
    render.evidence(view, sourcing_evidence(view, outlet), limit=PER_PAGE, key="pg_behind")
    comps = outlet_comparisons(view, outlet)  # conflicts first
    if comps:
        st.subheader(t("behind_facts"))
    for comp in render.page_of(comps, "pg_behind_facts", size=FACTS_PER_PAGE):
        render.strong(f"{t('fact')}: {subject(comp.subject, comp.wording)}", t("status_" + comp.status))
        render.evidence(view, comparison_evidence(view, comp), limit=SIDES)


render.panel(t("behind_cards"), "ov_cards", behind_cards)

st.header(t("map_header"))
render.chart(st, figures.outlet_map, view.reports, everyone=outlets_first_seen(ca), key="map")
missing = [o.outlet for o in view.reports if not (o.consistency and o.consistency.score is not None)]
if missing:
    st.caption(t("map_missing", outlets="، ".join(missing) if ctx.lang == "ar" else ", ".join(missing)))


def behind_map() -> None:
    if not view.comparisons:
        st.caption(t("no_comparisons"))
    for comp in render.page_of(view.comparisons, "pg_map"):
        render.strong(subject(comp.subject, comp.wording), t("status_" + comp.status))
        render.evidence(view, comparison_evidence(view, comp))


render.panel(t("behind_map"), "ov_map", behind_map)

st.header(t("classes_header"))
render.chart(st, figures.class_bars, view.reports, key="classes")


def behind_classes() -> None:
    render.legend()
    for tab, cls in zip(st.tabs([t("class_named"), t("class_anonymous"), t("class_vague")]),
                        ("named", "anonymous", "vague")):
        with tab:
            render.evidence(view, sourcing_evidence(view, source_class=cls), limit=20, key=f"pg_class_{cls}")


render.panel(t("behind_classes"), "ov_classes", behind_classes)

labels, lang = L(), ctx.lang
export_buttons("overview", lambda: export.overview_csv(view, labels),
               lambda: export.html_report(view, labels, lang=lang, title=labels["app_title"]))
