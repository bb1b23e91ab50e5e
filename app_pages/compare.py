"""Compare side by side: 2-3 articles, highlighted; pick a conflict to see both sentences together."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # so the page also runs on its own

import streamlit as st

from analysis.views import article_index, article_label, comparison_evidence, conflicts_between, default_picks
from ui import render
from ui.i18n import subject, t
from ui.shell import export_buttons, setup

ctx = setup()
view = ctx.view
index = article_index(view.corpus)
st.title(t("compare_title"))
st.caption(t("compare_intro"))

options = [a.article.id for a in view.articles]
picked = [i for i in st.session_state.get("f_articles", []) if i in options]
st.session_state["f_articles"] = picked or default_picks(view)
picked = st.multiselect(t("compare_pick"), options, key="f_articles", max_selections=3,
                        format_func=lambda i: article_label(index[i]))
if not picked:
    st.info(t("compare_none"))
    st.stop()

render.legend()
for col, aid in zip(st.columns(len(picked)), picked):
    with col:
        render.article(view, index[aid])

st.header(t("conflicts_header"))
conflicts = conflicts_between(view, picked)
if not conflicts:
    st.info(t("no_conflicts_between"))
else:
    k = st.selectbox(t("conflict_pick"), range(len(conflicts)), key="conflict_pick",
                     format_func=lambda j: f"{subject(conflicts[j].subject)}: "
                     + " ≠ ".join(dict.fromkeys(i.value for i in conflicts[j].items)))
    chosen = conflicts[k]
    items = [e for e in comparison_evidence(view, chosen)]
    for col, e, item in zip(st.columns(len(items)), items, chosen.items):
        with col:
            render.strong(item.outlet)
            render.evidence(view, [e])

export_buttons(ctx, "attributions")
