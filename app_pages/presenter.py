"""Presenter mode: one story for a room, step by step — the event, who speaks, where outlets disagree.

Made for a projector at 1920×1080: the sidebar folds away (its › button brings it back), each
step fits on one screen, and a clicker steps through it.
"""

import streamlit as st
import streamlit.components.v1 as components

from presentation.views import (
    MIN_ANSWER_SOURCES, comparison_sides, first_per_outlet, ids_of, largest_story, make_view, most_anonymous,
    pair_statements, presenter_steps, quantity_line, story_name, story_reports, story_sources, timeline_summary,
)
from ui import render
from ui.i18n import count, subject, t
from ui.shell import setup

ss = st.session_state
SIDES = 3  # a conflict shows at most this many outlets' sentences side by side (the rest are counted)
CHIPS = 4  # sources named per outlet on the sources step
LEADS = 6  # outlets whose opening sentence the event step shows (two columns)


def go(delta: int, total: int) -> None:
    ss["present_step"] = max(0, min(total - 1, ss.get("present_step", 0) + delta))


def restart() -> None:
    ss["present_step"] = 0


ctx = setup()
ca = ctx.view.corpus
# the sidebar's story, else the one most outlets covered among what the filters show
story = ctx.view.story or largest_story(ca, ctx.view.articles)
shown = frozenset(ids_of(ctx.view.articles))
view = make_view(ca, ctx.view.outlets, story, shown) if story else ctx.view

# A presentation clicker sends PageDown/PageUp (some send the arrow keys or space): step with
# them by clicking this page's own buttons.  A fixed script of ours (no user text in it), set
# once on the app's document; in a text field the keys keep their usual meaning.  The sidebar
# folds away when the page opens (the room sees the story, not the filters); › reopens it.
components.html("""<script>
const doc = window.parent.document;
doc.__isnadMounts = (doc.__isnadMounts || 0) + 1;
const bar = doc.querySelector('[data-testid="stSidebar"]');
if (bar && bar.getAttribute("data-collapsed") === "false" && !doc.__isnadFolded) {
  const fold = doc.querySelector('[data-testid="stSidebarCollapseButton"] button');
  if (fold) { fold.click(); doc.__isnadWeFolded = true; }
}
// once per visit: a trainer who reopens the sidebar keeps it open while stepping; leaving the
// page removes this frame, and the next visit folds it again.  Leaving also gives back the
// sidebar we folded (Streamlit remembers a folded sidebar, even in a new tab): the other pages
// are read with their filters.
doc.__isnadFolded = true;
window.addEventListener("pagehide", () => {
  doc.__isnadFolded = false;
  const now = doc.querySelector('[data-testid="stSidebar"]');
  if (doc.__isnadWeFolded && now && now.getAttribute("data-collapsed") === "true") {
    const open = doc.querySelector('[data-testid="stExpandSidebarButton"]');
    if (open) { open.click(); }
  }
  doc.__isnadWeFolded = false;
});
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

if not view.articles:
    # a filter left nothing of this story: say why, never an empty step in front of a room
    st.title(story_name(ca, story) if story else t("nav_presenter"))
    if ctx.view.story and ss.get("f_outlets"):
        st.info(t("present_nothing", story=story_name(ca, story)))
    else:
        st.info(t("present_nothing_at_all"))
    st.stop()

st.title(t("present_title", story=story_name(ca, story) if story else t("all_stories")))
st.caption(t("present_story_size", articles=count("articles", len(view.articles)),
             outlets=count("outlets", len(view.reports))))

back, fwd, again, asking, where = st.columns([1, 1, 1, 1.6, 2.4], vertical_alignment="center")
# guess-then-reveal: the room is asked first, the next click shows the answer
ask = asking.toggle(t("present_ask"), key="present_ask", help=t("present_ask_help"))
steps = presenter_steps(view, ask=ask)
step_no = min(ss.get("present_step", 0), len(steps) - 1)
step = steps[step_no]
back.button(t("present_back"), on_click=go, args=(-1, len(steps)), disabled=step_no == 0, key="present_back")
fwd.button(t("present_next"), on_click=go, args=(1, len(steps)), disabled=step_no == len(steps) - 1,
           type="primary", key="present_next")
again.button(t("present_restart"), on_click=restart, key="present_restart")
where.progress((step_no + 1) / len(steps), text=t("present_progress", i=step_no + 1, n=len(steps)))



def story_scope() -> list | None:
    """A story's steps speak of that story: its articles' sources and scores (the whole corpus with no story chosen).
    Built only by the steps that show them: the first step shows one opening per outlet, not a story's records."""
    return list(view.articles) if view.story else None


box = st.container(key="isnad_present")  # CSS hook: large type for the room, one screen a step
with box:
    if step.kind == "event":
        st.header(t("present_event"))
        # one opening per outlet, two columns: the room reads them side by side
        firsts, n_outlets = first_per_outlet(ca, view.articles, LEADS)
        cols = st.columns(2)
        for i, a in enumerate(firsts):
            with cols[i % 2]:
                render.lead(a)
        if n_outlets > LEADS:
            st.caption(t("present_more_sides", n=n_outlets - LEADS))
    elif step.kind == "ask_sources":
        st.header(t("present_ask_sources"))
        for o in view.reports:
            render.strong(o.outlet)
    elif step.kind == "ask_conflict":
        c = step.comparison
        st.header(t("present_ask_conflict", subject=subject(c.subject, c.wording)))
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
        render.legend(facts=False)
        cols = st.columns(2)
        scope = story_scope()
        for i, o in enumerate(story_reports(view)):
            with cols[i % 2]:
                # the story's sources (its articles', not the outlet's whole archive), by class (named first); an
                # unclear label is left out here, the counts in the line above still include it
                render.source_chips(o.outlet, render.why_lines(ca, o, scope=scope)[0],
                                    [(r.label, r.source_class) for r in story_sources(view, o.outlet) if r.label][:CHIPS])
    elif step.kind == "conflict":
        c = step.comparison
        st.header(t("present_conflict", subject=subject(c.subject, c.wording)))
        render.statements(pair_statements(c), limit=3)
        render.grouping_caution(view, [c.story])
        sides = comparison_sides(view, c)
        for col, side in zip(st.columns(min(SIDES, len(sides))), sides[:SIDES]):
            with col:
                render.evidence(view, list(side.evidence), limit=2)
        if len(sides) > SIDES:
            st.caption(t("present_more_sides", n=len(sides) - SIDES))
    elif step.kind == "update":
        c = step.comparison
        st.header(t("present_update", subject=subject(c.subject, c.wording)))
        first_day, first, last_day, last = timeline_summary(c)
        if first:
            render.strong(t("present_update_line", first=f"{first} ({first_day})", last=f"{last} ({last_day})"))
        render.timeline(quantity_line(c))
    else:
        st.header(t("present_summary"))
        reports, scope = story_reports(view), story_scope()  # the story's scores: its articles' sources and figures
        cols = st.columns(max(1, min(4, len(reports))))
        for i, o in enumerate(reports):
            with cols[i % len(cols)]:
                render.outlet_card(o, ca, articles=False, scope=scope)
        st.markdown(t("present_caveat"))
        if not view.conflicts:
            st.info(t("present_no_conflicts"))
