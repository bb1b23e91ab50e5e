"""Facts: compared claims × outlets (agree / conflict / silent), conflicts first, each with its evidence."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # so the page also runs on its own

import streamlit as st

from analysis.views import comparison_evidence, fact_grid, grid_outlets
from ui import render
from ui.i18n import subject, t
from ui.shell import export_buttons, setup

ctx = setup()
view = ctx.view
st.title(t("facts_title"))
st.caption(t("facts_intro", n=len(view.comparisons), conflicts=len(view.conflicts)))
if not view.comparisons:
    st.info(t("no_comparisons"))
    export_buttons(ctx, "comparisons")
    st.stop()

shown = render.page_of(view.comparisons, "pg_facts", size=25)  # conflicts first
outlets = grid_outlets(view)
widths = [2] + [2] * len(outlets)
head = st.columns(widths)
with head[0]:
    render.strong(t("claim"))
for col, o in zip(head[1:], outlets):
    with col:
        render.strong(o)
for row in fact_grid(view, shown):
    c = row.comparison
    cols = st.columns(widths)
    note = f" · {t('relayed_only', via=c.relayed_via)}" if c.relayed_only else ""
    with cols[0]:
        render.strong(subject(c.subject), t("status_" + c.status) + note)
    for col, o in zip(cols[1:], outlets):
        with col:
            render.grid_cell(row.cells[o].status, row.cells[o].values)
    with st.expander(t("evidence_for", subject=subject(c.subject))):
        render.evidence(view, comparison_evidence(view, c))

export_buttons(ctx, "comparisons")
