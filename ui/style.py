"""Page CSS: the highlight styles, projector-sized type, and RTL for Arabic UI."""
from __future__ import annotations

import streamlit as st

from analysis.highlight import ARABIC_FONTS, stylesheet

BASE = f"""
html {{ font-size: 18px; }}
@media (min-width: 1600px) {{ html {{ font-size: 21px; }} }}  /* projectors: scale everything up */
[data-testid="stMain"] h1 {{ font-size: 2.4rem; }}
[data-testid="stMain"] h2 {{ font-size: 1.8rem; }}
[data-testid="stMain"] h3 {{ font-size: 1.45rem; }}
.isnad-card {{ border: 2px solid #d0d7de; border-radius: 10px; padding: .8rem 1rem; background: #fafbfc; height: 100%; }}
.isnad-card h4 {{ margin: 0 0 .4rem 0; font-size: 1.3rem; font-family: {ARABIC_FONTS}; }}
.isnad-card .big {{ font-size: 2.2rem; font-weight: 700; line-height: 1.1; }}
.isnad-card .lbl {{ font-size: .95rem; color: #444; }}
.isnad-card .ci {{ font-size: 1rem; color: #333; }}
.isnad-card .row {{ display: flex; gap: 1.4rem; flex-wrap: wrap; margin-top: .3rem; }}
.isnad-block {{ border: 1px solid #e1e4e8; border-radius: 8px; padding: .6rem .9rem; margin: .4rem 0 .8rem 0; background: #fff; }}
.isnad-cell {{ font-family: {ARABIC_FONTS}; font-size: 1.15rem; padding: .3rem .5rem; border-radius: 6px; }}
.isnad-cell.agree {{ background: #e3f4ee; border-inline-start: 6px solid #009E73; }}
.isnad-cell.conflict {{ background: #fde8e8; border-inline-start: 6px double #CC0000; font-weight: 700; }}
.isnad-cell.update {{ background: #e6f3fb; border-inline-start: 6px dashed #56B4E9; }}
.isnad-pairs {{ font-family: {ARABIC_FONTS}; font-size: 1.25rem; line-height: 1.8; margin: .2rem 0 .6rem 0; }}
.isnad-timeline {{ font-family: {ARABIC_FONTS}; font-size: 1.2rem; line-height: 1.8; margin: .2rem 0 .6rem 0; }}
.isnad-timeline .lbl {{ font-family: sans-serif; font-size: .9rem; color: #333; }}
.isnad-cell .lbl {{ font-family: sans-serif; font-size: .85rem; color: #333; font-weight: 400; }}
.isnad-cell .val {{ font-size: 1.35rem; }}
.isnad-cell.relayed {{ background: #eef2f7; border-inline-start: 6px dashed #56B4E9; }}
.isnad-cell.silent {{ color: #666; border-inline-start: 6px dotted #bbb; }}
.st-key-isnad_present {{ font-size: 2.1rem; line-height: 1.6; }}
.st-key-isnad_present .isnad-article {{ font-size: 2rem; line-height: 2.1; }}
.st-key-isnad_present .isnad-block {{ padding: 1rem 1.4rem; }}
.st-key-isnad_present h2 {{ font-size: 2.8rem; }}
.js-plotly-plot, .plotly {{ direction: ltr; }}
.isnad-chips {{ white-space: normal; }}
.isnad-chips .att {{ display: inline-block; margin: .2rem .35rem; padding: 0 .35rem; line-height: 1.8; }}
[data-testid="stHeaderActionElements"] {{ display: none; }}  /* anchor icons shift RTL headings */
[data-testid="stMainBlockContainer"] {{ padding-top: 2.5rem; }}  /* the first screen is for content, not margin */
"""

# Arabic UI: the whole main block and sidebar read right to left.  Plotly and
# code stay LTR (their internals assume it).
RTL = f"""
[data-testid="stMain"], [data-testid="stSidebar"] {{ direction: rtl; text-align: right; font-family: {ARABIC_FONTS}; }}
[data-testid="stMain"] h1, [data-testid="stMain"] h2, [data-testid="stMain"] h3,
[data-testid="stMain"] p, [data-testid="stMain"] label, [data-testid="stSidebar"] label {{ font-family: {ARABIC_FONTS}; }}
[data-testid="stMain"] .js-plotly-plot, [data-testid="stMain"] pre, [data-testid="stMain"] code {{ direction: ltr; text-align: left; }}
"""


def inject(lang: str) -> None:
    css = BASE + stylesheet() + (RTL if lang == "ar" else "")
    st.html(f"<style>{css}</style>")
