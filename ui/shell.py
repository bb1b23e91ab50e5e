"""What every page does first: state, CSS, data, sidebar filters, URL.

Pages call ``setup()`` and get back a ``Ctx``; they never touch the URL,
the cache or the CSS themselves, and each page also runs on its own
(``streamlit run app_pages/x.py`` or AppTest) because nothing here needs app.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import streamlit as st

from analysis.io.search import published_days
from presentation.views import View, all_outlets, largest_story, make_view, story_choices, story_label

from . import data, import_guard, state, style
from .i18n import LANG_NAMES, LANGS, count, current_lang, t


@dataclass(frozen=True)
class Ctx:
    lang: str
    loaded: data.Loaded
    view: View


def language_switch() -> None:
    st.sidebar.radio(t("language"), LANGS, key="lang", format_func=LANG_NAMES.get, horizontal=True)


def setup(*, filters: bool = True) -> Ctx:
    state.init_state()
    language_switch()
    lang = current_lang()
    style.inject(lang)
    loaded = data.load()
    if loaded.skipped:  # bad records were left out: say so, with the first reason
        st.sidebar.warning(t("skipped_records", n=len(loaded.skipped), first=loaded.skipped[0].reason))
    ca = loaded.analysis
    outlets = list(all_outlets(ca))
    state.keep_valid("f_outlets", outlets)
    state.keep_valid("f_story", ["", *ca.stories])
    if st.session_state.pop(state.DEFAULT_STORY_PENDING, False) and not st.session_state["f_story"]:
        # a plain link opens on the story most outlets covered, not on every story mixed together
        st.session_state["f_story"] = largest_story(ca)
    if filters:
        st.sidebar.multiselect(t("filter_outlets"), outlets, key="f_outlets", placeholder=t("all_outlets"))
    ids = _search_and_dates(loaded, filters)
    if filters:
        # the story list follows the filters above it (an archive has thousands of stories: the reader
        # narrows by outlet, words or dates, then picks), most outlets first
        choices = story_choices(ca, st.session_state["f_outlets"], ids, st.session_state["f_story"])
        st.sidebar.selectbox(t("filter_story"), ["", *choices.stories], key="f_story",
                             format_func=lambda s: t("all_stories") if not s else story_label(ca, s))
        if choices.hidden:
            st.sidebar.caption(t("stories_hidden", stories=count("stories", choices.hidden)))
    view = make_view(ca, st.session_state["f_outlets"], st.session_state["f_story"], ids)
    state.write_url()
    return Ctx(lang, loaded, view)


def _search_and_dates(loaded: data.Loaded, filters: bool) -> frozenset[str] | None:
    """The sidebar's keyword search and date range, as the set of matching article ids (None: no
    filter).  Answered from an index built once per corpus (analysis/io/search.py)."""
    ss = st.session_state
    store = getattr(loaded.analysis, "store", None)  # a results folder: from its columns
    days = store.published_days() if store is not None else published_days([a.article for a in loaded.analysis.articles])
    # a tuple: the slider takes a pair as a range (a list would make it a single stop)
    ss[state.ALL_DATES] = (days[0], days[-1]) if len(days) >= 2 else ()
    dates = [d for d in ss.get("f_dates", []) if d in days]
    ss["f_dates"] = tuple(dates) if len(dates) == 2 else ss[state.ALL_DATES]
    if filters:
        st.sidebar.text_input(t("filter_search"), key="f_query", placeholder=t("filter_search_hint"))
        if len(days) >= 2:
            st.sidebar.select_slider(t("filter_dates"), options=days, key="f_dates")
    index = data.search_index(loaded)
    ids = index.match(ss.get("f_query", ""))
    chosen = list(ss.get("f_dates") or [])
    if len(chosen) == 2 and tuple(chosen) != ss[state.ALL_DATES]:
        in_range = index.between(chosen[0], chosen[-1])
        ids = in_range if ids is None else ids & in_range
    if ids is not None and filters:
        st.sidebar.caption(t("filter_matches", matches=count("matches", len(ids))))
    return ids


def export_buttons(page: str, csv_data: Callable[[], bytes], report: Callable[[], str]) -> None:
    """The page's own CSV and HTML report (presentation/export.py): each page exports what it shows.

    Both are made only when clicked (a report embeds plotly, over a megabyte), so the callables
    must capture plain values, not read session state.  The report's figures are Plotly's work, so
    it is made under the import guard (ui/import_guard.py).
    """

    def guarded_report() -> str:
        with import_guard.plotting():
            return report()

    st.sidebar.markdown(f"**{t('export')}**")
    st.sidebar.download_button(
        t("export_csv"), csv_data, file_name=f"isnad-{page}.csv", mime="text/csv",
        key=f"dl_csv_{page}", on_click="ignore",
    )
    st.sidebar.download_button(
        t("export_html"), guarded_report, file_name=f"isnad-{page}.html", mime="text/html", key="dl_html", on_click="ignore",
    )
