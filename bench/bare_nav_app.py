"""The framework floor of a page switch, for bench/bench_floor.py: bare_app.py's two-chart page and a
text page under ``st.navigation`` (as app.py does), switched by the sidebar links.  Not a page of the app."""
from pathlib import Path

import streamlit as st


def text_page() -> None:
    st.title("Bare text")
    st.write("A page with a title and one paragraph.")


st.navigation([
    st.Page(Path(__file__).resolve().parent / "bare_app.py", title="Bare page", default=True),
    st.Page(text_page, title="Bare text", url_path="text"),
]).run()
