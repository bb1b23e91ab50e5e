"""Facts: where outlets disagree ("A says X, B says Y"), how figures changed over time,
every compared fact × outlet, and what was left uncompared and why."""

import streamlit as st

from presentation.views import (
    abstentions, comparison_evidence, fact_grid, grid_outlets, not_compared, not_compared_reasons, pair_statements,
    quantity_line,
)
from ui import render
from ui.i18n import L, count, subject, t, uncompared_reason
from presentation import export
from ui.shell import export_buttons, setup


def sentences_of(c) -> None:
    """The sentences behind one comparison, drawn when its panel is opened."""
    render.evidence(view, comparison_evidence(view, c))


def evidence_panel(c, where: str) -> None:
    render.panel(t("evidence_for", subject=subject(c.subject, c.wording)), render.panel_key("facts", where, c.story, c.subject),
                 lambda: sentences_of(c))


ctx = setup()
view = ctx.view
st.title(t("facts_title"))
st.caption(t("facts_intro", facts=count("facts", len(view.comparisons)), conflicts=len(view.conflicts)))
labels = L()  # export: the facts grid, the conflicts and updates of this view
export_buttons("facts", lambda: export.facts_csv(view, labels),
               lambda: export.facts_report(view, labels, lang=ctx.lang, title=labels["app_title"]))
if not view.comparisons:
    st.info(t("no_comparisons"))
    st.stop()

# 1. conflicts, each stated pairwise with both sentences behind it
st.header(t("facts_conflicts"))
if not view.conflicts:
    st.info(t("facts_no_conflicts"))
# a big archive's stories are grouped by text and may hold two incidents: say how often such conflicts held up
render.grouping_caution(view, (c.story for c in view.conflicts))
for c in render.page_of(view.conflicts, "pg_conflicts", size=10):
    note = f" · {t('relayed_only', via=c.relayed_via)}" if c.relayed_only else ""
    render.strong(subject(c.subject, c.wording), t("status_conflict") + note)
    render.statements(pair_statements(c))
    evidence_panel(c, "conflict")

# 2. figures that changed over time: a timeline each, not a conflict
st.header(t("facts_updates"))
if not view.updates:
    st.info(t("facts_no_updates"))
for c in render.page_of(view.updates, "pg_updates", size=10):
    render.strong(subject(c.subject, c.wording), t("status_update"))
    render.timeline(quantity_line(c))
    evidence_panel(c, "update")

# 3. the grid: every compared fact × outlet
st.header(t("facts_all"))
shown = render.page_of(view.comparisons, "pg_facts", size=25)  # conflicts first
outlets = grid_outlets(view)
render.grid_row([render.strong_html(t("claim")), *(render.strong_html(o) for o in outlets)])
for row in fact_grid(view, shown):
    c = row.comparison
    note = f" · {t('relayed_only', via=c.relayed_via)}" if c.relayed_only else ""
    render.grid_row([render.strong_html(subject(c.subject, c.wording), t("status_" + c.status) + note),
                     *(render.grid_cell_html(row.cells[o].status, row.cells[o].values) for o in outlets)])
    evidence_panel(c, "grid")

# 4. on request: the numbers left uncompared, and why (precision first)


def uncompared() -> None:
    left = not_compared(view)
    held = abstentions(view)
    if held:
        st.write(t("abstained_intro", n=len(held)))
        page = render.page_of(held, "pg_abstained", size=20)
        st.dataframe(
            [{t("claim"): subject(h.comparison.subject, h.comparison.wording), "A": f"{h.a.outlet}: {h.a.value}",
              "B": f"{h.b.outlet}: {h.b.value}", t("not_compared_reason"): t("abstain_" + h.reason)} for h in page],
            hide_index=True,
        )
    if not left and not held:
        st.write(t("not_compared_none"))
    if left:
        st.write(t("not_compared_intro", n=len(left)))
        st.dataframe(
            [{t("not_compared_reason"): uncompared_reason(reason), "n": n} for reason, n in not_compared_reasons(left)],
            hide_index=True,
        )
        page = render.page_of(left, "pg_uncompared", size=20)
        st.dataframe(
            [{t("col_outlet"): u.article.article.outlet, t("col_article"): u.article.article.id, t("col_value"): u.fact.value,
              t("not_compared_reason"): uncompared_reason(u.reason)} for u in page],
            hide_index=True,
        )


render.panel(t("not_compared_title"), "facts_uncompared", uncompared)
