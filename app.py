"""Isnad dashboard entry point: page config and navigation only (and the collector freeze after a run,
ui/gc_freeze.py).

Each page in app_pages/ sets itself up (state, filters, data) so it also runs
alone, which is how the AppTest suite drives it.

Why app_pages/ and not pages/: while a folder named ``pages`` sits next to
the entry script, Streamlit starts in the old multipage mode until some
session has run st.navigation, so the first visitor of a fresh server who
opens a deep link (/compare?outlet=…) gets the old auto-generated menu and
never runs this file (no wide layout, seven raw file names in the menu).
tests/browser checks that cold deep link.
"""
from pathlib import Path

import streamlit as st
import streamlit.delta_generator

from ui import gc_freeze, import_guard, state
from ui.i18n import t

# Sessions run on threads of their own: pandas' first import must not be seen half done by another
# session's Plotly call (ui/import_guard.py).  Once per process, before any page runs.
import_guard.install()

# Streamlit's first element of a process checks whether it runs in a Python REPL, to print a hint
# (env_util.is_repl: inspect.stack() resolving every frame's module over all ~1,000 loaded modules,
# ~0.05 s of the first run's CPU, measured in a server).  This file only ever runs under
# `streamlit run`, where the hint is never printed; marking it shown skips the check.
streamlit.delta_generator._use_warning_has_been_displayed = True
st.set_page_config(page_title="Isnad", page_icon="📰", layout="wide", initial_sidebar_state="expanded")
state.init_state()  # the language must be known before the page titles are written

PAGES = [
    ("app_pages/overview.py", "nav_overview", ":material/dashboard:", "overview"),
    ("app_pages/compare.py", "nav_compare", ":material/view_column:", "compare"),
    ("app_pages/facts.py", "nav_facts", ":material/fact_check:", "facts"),
    ("app_pages/outlet.py", "nav_outlet", ":material/newspaper:", "outlet"),
    ("app_pages/presenter.py", "nav_presenter", ":material/co_present:", "present"),
    ("app_pages/library.py", "nav_library", ":material/library_add:", "library"),
    ("app_pages/methodology.py", "nav_methodology", ":material/menu_book:", "methodology"),
]
HERE = Path(__file__).resolve().parent  # absolute, so a test launcher elsewhere can run this file
nav = st.navigation([
    st.Page(HERE / path, title=t(label), icon=icon, url_path=url, default=(i == 0))
    for i, (path, label, icon, url) in enumerate(PAGES)
])
try:
    nav.run()
finally:
    gc_freeze.after_run()  # Streamlit's collection after this run then walks only what later runs made
