"""Presenter mode: one story for a room, step by step — the event, who speaks, where outlets disagree."""

import streamlit as st
import streamlit.components.v1 as components

from analysis.views import (
    MIN_ANSWER_SOURCES, comparison_evidence, largest_story, make_view, most_anonymous, outlet_sources, pair_statements, presenter_steps,
    story_name, timeline_points, timeline_summary,
)
from ui import render
from ui.i18n import subject, t
from ui.shell import setup

ss = st.session_state


def go(delta: int, total: int) -> None:
    ss["present_step"] = max(0, min(total - 1, ss.get("present_step", 0) + delta))


def restart() -> None:
    ss["present_step"] = 0


ctx = setup()
ca = ctx.view.corpus
story = ctx.view.story or largest_story(ca)
view = make_view(ca, ctx.view.outlets, story)
# guess-then-reveal: the room is asked first, the next click shows the answer
ask = st.sidebar.toggle(t("present_ask"), key="present_ask", help=t("present_ask_help"))
steps = presenter_steps(view, ask=ask)
step_no = min(ss.get("present_step", 0), len(steps) - 1)
step = steps[step_no]

st.title(t("present_title", story=story_name(ca, story) if story else ""))
st.caption(t("present_story_size", articles=len(view.articles), outlets=len(view.reports)))

back, fwd, again, where = st.columns([1, 1, 1, 3])
back.button(t("present_back"), on_click=go, args=(-1, len(steps)), disabled=step_no == 0, key="present_back")
fwd.button(t("present_next"), on_click=go, args=(1, len(steps)), disabled=step_no == len(steps) - 1,
           type="primary", key="present_next")
again.button(t("present_restart"), on_click=restart, key="present_restart")
where.progress((step_no + 1) / len(steps), text=t("present_progress", i=step_no + 1, n=len(steps)))

# A presentation clicker sends PageDown/PageUp (some send the arrow keys or space): step with
# them by clicking this page's own buttons.  A fixed script of ours (no user text in it), set
# once on the app's document; in a text field the keys keep their usual meaning.
components.html("""<script>
const doc = window.parent.document;
if (!doc.__isnadClicker) {
  doc.__isnadClicker = true;
  doc.addEventListener("keydown", (e) => {
    const el = e.target;
    if (el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable)) return;
    const next = ["PageDown", "ArrowRight", "ArrowDown", " "], back = ["PageUp", "ArrowLeft", "ArrowUp"];
    const which = next.includes(e.key) ? "next" : back.includes(e.key) ? "back" : null;
    if (!which) return;
    const button = doc.querySelector(".st-key-present_" + which + " button");
    if (button && !button.disabled) { e.preventDefault(); button.click(); }
  });
}
</script>""", height=0)

box = st.container(key="isnad_present")  # CSS hook: large type for the room
with box:
    if step.kind == "event":
        st.header(t("present_event"))
        for a in view.articles:
            render.lead(a)
    elif step.kind == "ask_sources":
        st.header(t("present_ask_sources"))
        for o in view.reports:
            render.strong(o.outlet)
    elif step.kind == "ask_conflict":
        c = step.comparison
        st.header(t("present_ask_conflict", subject=subject(c.subject)))
        for outlet in dict.fromkeys(i.outlet for i in c.items):
            render.strong(outlet)
    elif step.kind == "sources":
        st.header(t("present_sources"))
        if ask:
            answer = most_anonymous(view)
            for o in answer:
                s = o.sourcing
                render.strong(t("present_answer_sources", outlet=o.outlet, anonymous=s.anonymous, total=s.distinct_sources))
            if not answer:  # too few sources to name one: say so rather than guess in front of a room
                render.strong(t("present_answer_none", n=MIN_ANSWER_SOURCES))
        render.legend()
        for o in view.reports:
            s = o.sourcing
            render.source_chips(o.outlet, t("present_counts", named=s.named, anonymous=s.anonymous, vague=s.vague),
                                [(r.label or t("source_unclear"), r.source_class) for r in outlet_sources(view, o.outlet)[:12]])
    elif step.kind == "conflict":
        c = step.comparison
        st.header(t("present_conflict", subject=subject(c.subject)))
        render.statements(pair_statements(c), limit=3)
        evidence = comparison_evidence(view, c)
        for col, e in zip(st.columns(len(evidence)), evidence):
            with col:
                render.strong(e.label)
                render.evidence(view, [e])
    elif step.kind == "update":
        c = step.comparison
        st.header(t("present_update", subject=subject(c.subject)))
        first_day, first, last_day, last = timeline_summary(c)
        if first:
            render.strong(t("present_update_line", first=f"{first} ({first_day})", last=f"{last} ({last_day})"))
        render.timeline(timeline_points(c))
    else:
        st.header(t("present_summary"))
        cols = st.columns(max(1, min(3, len(view.reports))))
        for i, o in enumerate(view.reports):
            with cols[i % len(cols)]:
                render.outlet_card(o, articles=False)
        st.markdown(t("present_caveat"))
        if not view.conflicts:
            st.info(t("present_no_conflicts"))
