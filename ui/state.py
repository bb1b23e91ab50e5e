"""Filters kept in session state and mirrored into the URL, so a link reproduces the view.

On a session's first run the URL wins (someone opened a shared link); after
that the widgets win and the URL follows them.
"""
from __future__ import annotations

import streamlit as st

from .i18n import LANGS

# session key -> (query param, is a list)
SYNCED = {
    "lang": ("lang", False),
    "f_outlets": ("outlet", True),
    "f_story": ("story", False),
    "f_articles": ("a", True),
    "f_profile": ("profile", False),
    "f_conflict": ("c", False),  # the conflict picked on Compare ("story/subject")
    "f_query": ("q", False),  # keyword search over titles and texts
    "f_dates": ("d", True),  # [first day, last day] of the date range
}
DEFAULTS = {"lang": "en", "f_outlets": [], "f_story": "", "f_articles": [], "f_profile": "", "f_conflict": "",
            "f_query": "", "f_dates": []}


# session key: this session opened a plain link (no filter in it), so the pages show the biggest
# story rather than every story mixed together (ui.shell sets it once the corpus is loaded)
DEFAULT_STORY_PENDING = "_isnad_default_story"
# "All stories" in a link (story=*): a link without a story gets the default one instead
ALL_STORIES = "*"


def init_state() -> None:
    ss = st.session_state
    if not ss.get("_isnad_url_read"):
        qp = st.query_params
        # a link that names any part of a view (a story, outlets, articles, a search...) is
        # reproduced as it is; only a plain link gets the default story
        ss[DEFAULT_STORY_PENDING] = not any(
            param in qp or key in ss for key, (param, _) in SYNCED.items() if key != "lang")
        for key, (param, many) in SYNCED.items():
            if key in ss:
                continue  # seeded by a test or an earlier page
            if many:
                ss[key] = [v for v in qp.get_all(param) if v]
            else:
                ss[key] = qp.get(param, DEFAULTS[key])
        if ss.get("f_story") == ALL_STORIES:
            ss["f_story"] = ""
        ss["_isnad_url_read"] = True
    if ss.get("lang") not in LANGS:
        ss["lang"] = "en"
    for key in SYNCED:
        # Re-assigning keeps widget-bound values alive when a page that does
        # not draw that widget runs (Streamlit drops unrendered widget state).
        ss[key] = ss.get(key, DEFAULTS[key])


def keep_valid(key: str, options: list[str] | tuple[str, ...]) -> None:
    """Drop values a stale link may carry (an outlet that is no longer in the corpus)."""
    ss = st.session_state
    value = ss.get(key)
    if isinstance(value, list):
        ss[key] = [v for v in value if v in options]
    elif value not in options:
        ss[key] = DEFAULTS[key] if DEFAULTS[key] in options else (options[0] if options else DEFAULTS[key])


# session key of the corpus's whole date range (set by ui.shell): that range is no filter
ALL_DATES = "_isnad_all_dates"


def write_url() -> None:
    """Mirror the filters into the URL (only when they changed: each write is a browser history step).

    A value that means "no filter" stays out of the URL: the fixed defaults, and the corpus's
    whole date range."""
    ss = st.session_state
    fixed = {**DEFAULTS, "f_dates": ss.get(ALL_DATES, DEFAULTS["f_dates"])}
    wanted: dict[str, str | list[str]] = {}
    for key, (param, many) in SYNCED.items():
        value = ss.get(key, DEFAULTS[key])
        if key == "f_story":  # always in the link: it says which story, or all of them
            wanted[param] = str(value or ALL_STORIES)
        elif value and value != fixed[key] and not (many and list(value) == list(fixed[key] or [])):
            wanted[param] = list(value) if many else str(value)
    current = {p: (st.query_params.get_all(p) if _MANY.get(p) else st.query_params.get(p)) for p in st.query_params}
    if wanted != current:
        st.query_params.from_dict(wanted)


_MANY = {param: many for param, many in SYNCED.values()}
