"""Compare side by side: where the picked articles disagree first (the two or three sentences
together), then the full texts, highlighted."""

import streamlit as st

from presentation.views import article_index, article_label_of, default_picks, ids_of, picked_conflicts
from ui import render, state
from ui.i18n import L, subject, t
from presentation import export
from ui.shell import export_buttons, setup

ctx = setup()
view = ctx.view
index = article_index(view.corpus)
st.title(t("compare_title"))
st.caption(t("compare_intro"))

# load -> filter: the articles to compare (kept in the URL as ?a=...)
options = list(ids_of(view.articles))
picked = [i for i in st.session_state.get("f_articles", []) if i in options]
st.session_state["f_articles"] = picked or default_picks(view)
picked = st.multiselect(t("compare_pick"), options, key="f_articles", max_selections=3,
                        format_func=lambda i: article_label_of(view.corpus, i))
# export: the picked articles and their conflicts (a copy of the list: the lambdas run on click)
labels, chosen_ids = L(), list(picked)
export_buttons("compare", lambda: export.compare_csv(view, chosen_ids, labels),
               lambda: export.compare_report(view, chosen_ids, labels, lang=ctx.lang, title=labels["app_title"]))
if not picked:
    st.info(t("compare_none"))
    st.stop()

# show: the disagreements first, so a room sees them without scrolling past the texts
st.header(t("conflicts_header"))
conflicts = picked_conflicts(view, picked)
if not conflicts:
    st.info(t("no_conflicts_between"))
else:
    keys = [f"{pc.comparison.story}/{pc.comparison.subject}" for pc in conflicts]
    state.keep_valid("f_conflict", keys)
    by_key = dict(zip(keys, conflicts))
    key = st.selectbox(t("conflict_pick"), keys, key="f_conflict",
                       format_func=lambda k: f"{subject(by_key[k].comparison.subject)}: "
                       + " ≠ ".join(dict.fromkeys(v for s in by_key[k].sides for v in s.values)))
    state.write_url()
    chosen = by_key[key]
    if chosen.odd_outlet:
        render.strong(t("odd_one_out", outlet=chosen.odd_outlet))
    for col, side in zip(st.columns(len(chosen.sides)), chosen.sides):
        with col:
            render.strong(side.outlet, " ≠ " + " / ".join(side.values) if side.odd else " / ".join(side.values))
            render.evidence(view, list(side.evidence))

st.header(t("compare_texts"))
render.legend()
for col, aid in zip(st.columns(len(picked)), picked):
    with col:
        render.article(view, index[aid])
