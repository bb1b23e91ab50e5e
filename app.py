"""Isnad dashboard entry point: page config and navigation only.

Each page in pages/ sets itself up (state, filters, data) so it also runs
alone, which is how the AppTest suite drives it.  With st.navigation the
automatic pages/ discovery is switched off, so the menu lists each page once.
"""
import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # when launched from elsewhere (tests)

from ui import state  # noqa: E402
from ui.i18n import t  # noqa: E402

st.set_page_config(page_title="Isnad", page_icon="📰", layout="wide", initial_sidebar_state="expanded")
state.init_state()  # the language must be known before the page titles are written

PAGES = [
    ("pages/overview.py", "nav_overview", ":material/dashboard:", "overview"),
    ("pages/compare.py", "nav_compare", ":material/view_column:", "compare"),
    ("pages/facts.py", "nav_facts", ":material/fact_check:", "facts"),
    ("pages/outlet.py", "nav_outlet", ":material/newspaper:", "outlet"),
    ("pages/presenter.py", "nav_presenter", ":material/co_present:", "present"),
    ("pages/library.py", "nav_library", ":material/library_add:", "library"),
    ("pages/methodology.py", "nav_methodology", ":material/menu_book:", "methodology"),
]
HERE = Path(__file__).resolve().parent  # absolute, so a test launcher elsewhere can run this file
nav = st.navigation([
    st.Page(HERE / path, title=t(label), icon=icon, url_path=url, default=(i == 0))
    for i, (path, label, icon, url) in enumerate(PAGES)
])
nav.run()
