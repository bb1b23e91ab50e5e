"""Outlet profile: everything one outlet wrote, its sources, its figures next to the others'."""

import streamlit as st

from presentation import export
from presentation import figures
from presentation.views import (
    all_outlets, comparison_evidence, ids_of, outlet_articles, outlet_comparisons, outlet_sources, source_page,
    sourcing_evidence, sourcing_why, title_of,
)
from ui import render, state
from ui.i18n import L, count, subject, t
from ui.shell import export_buttons, setup

ctx = setup()
view, ca = ctx.view, ctx.view.corpus
st.title(t("outlet_title"))
outlets = list(view.outlets) or list(all_outlets(ca))
state.keep_valid("f_profile", outlets)
outlet = st.selectbox(t("outlet_pick"), outlets, key="f_profile")
state.write_url()
report = next(o for o in ca.outlets if o.outlet == outlet)
labels = L()  # export: this outlet only
export_buttons("outlet", lambda: export.outlet_csv(view, outlet, labels),
               lambda: export.outlet_report(view, outlet, labels, lang=ctx.lang, title=labels["app_title"]))
# anonymous sourcing per 1,000 words, both ways: distinct sources (one source quoted five times is
# one) and mentions (every attribution), so the figure never hides which it counts
why = sourcing_why(ca, report)
render.outlet_card(report, ca, extra=[
    (t("anon_per_1000"), f"{why.sources_per_1000:.1f}",
     t("anon_per_1000_note", sources=count("sources", why.anonymous), words=count("words", why.words))),
    (t("anon_mentions_per_1000"), f"{why.mentions_per_1000:.1f}",
     t("anon_mentions_note", mentions=count("mentions", why.anonymous_mentions), words=count("words", why.words))),
])

st.header(t("sources_header"))
rows = outlet_sources(view, outlet)
# an archive outlet has thousands of sources: a class at a time, the most mentioned first, and a
# screenful of them (the CSV export has every one)
classes = ["", "named", "anonymous", "vague"]
picked = st.segmented_control(t("sources_class_pick"), classes, key="f_source_class", default="",
                              format_func=lambda c: t("class_" + c) if c else t("all_classes"))
shown, total = source_page(rows, picked or "")
if total > len(shown):
    st.caption(t("sources_cut", shown=len(shown), sources=count("sources", total)))
rows = shown
if rows:
    # each word translated once, not once a row: an archive outlet has 10,000 sources, and every t()
    # reads the session's language (74,000 reads were most of this page's run)
    cols = {k: t(k) for k in ("col_source", "col_class", "col_mentions", "col_via", "col_reason", "col_article")}
    word = {k: t(k) for k in ("source_unclear", "yes", "class_named", "class_anonymous", "class_vague")}
    # a plain escaped table, not st.dataframe: the page's first visit was ~0.9 s, half of it the browser
    # loading and starting its data grid and the server importing pandas for it (BENCHMARKS.md, h65)
    render.show_html(render.table_html(
        [cols[k] for k in ("col_source", "col_class", "col_mentions", "col_via", "col_reason", "col_article")],
        ([r.label or word["source_unclear"], word.get("class_" + r.source_class) or t("class_" + r.source_class),
          r.mentions, r.via, word["yes"] if r.reason_given else "", r.article_id] for r in rows), numeric=(2,)))
else:
    st.info(t("no_sources"))

st.header(t("against_others"))
left, right = st.columns(2)
render.chart(left, figures.score_bars, ca.outlets, highlight=outlet, which="sourcing", key="vs_sourcing")
render.chart(right, figures.score_bars, ca.outlets, highlight=outlet, which="consistency", key="vs_consistency")


def behind_sourcing() -> None:
    render.evidence(view, sourcing_evidence(view, outlet), limit=20, key="pg_outlet_sentences")


def behind_consistency() -> None:
    comps = outlet_comparisons(view, outlet)
    if not comps:
        st.caption(t("no_comparisons"))
    for comp in render.page_of(comps, "pg_outlet_facts", size=10):
        render.strong(subject(comp.subject, comp.wording), t("status_" + comp.status))
        render.evidence(view, comparison_evidence(view, comp))


# built only when opened (render.panel); the same outlet keeps its panels open
with left:
    render.panel(t("behind_numbers"), render.panel_key("outlet_sourcing", outlet), behind_sourcing)
with right:
    render.panel(t("behind_numbers"), render.panel_key("outlet_consistency", outlet), behind_consistency)

st.header(t("articles_header"))
render.legend()
mine = ids_of(outlet_articles(ca, outlet))  # ids: an archive's records are built only when drawn
for i, aid in enumerate(render.page_of(mine, "pg_outlet_articles", size=10)):
    # the first article open, the others drawn when opened (a whole highlighted text each)
    render.panel(title_of(ca, aid) or aid, render.panel_key("outlet_article", aid),
                 lambda aid=aid: render.article(view, ca.by_id[aid], show_title=False), expanded=(i == 0))
