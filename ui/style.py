"""Page CSS: the highlight styles, projector-sized type, and RTL for Arabic UI."""
from __future__ import annotations

import streamlit as st

from presentation.highlight import ARABIC_FONTS, stylesheet

BASE = f"""
html {{ font-size: 18px; }}
@media (min-width: 1600px) {{ html {{ font-size: 21px; }} }}  /* projectors: scale everything up */
[data-testid="stMain"] h1 {{ font-size: 2.4rem; }}
[data-testid="stMain"] h2 {{ font-size: 1.8rem; }}
[data-testid="stMain"] h3 {{ font-size: 1.45rem; }}
.isnad-cards {{ display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem; }}
@media (max-width: 640px) {{ .isnad-cards {{ grid-template-columns: minmax(0, 1fr); }} }}  /* as st.columns stack */
.isnad-row {{ display: grid; gap: 1rem; }}
@media (max-width: 640px) {{ .isnad-row {{ grid-template-columns: minmax(0, 1fr) !important; }} }}
.isnad-table {{ max-height: 24rem; overflow: auto; border: 1px solid #ddd; border-radius: 6px; margin-bottom: 1rem; }}
.isnad-table table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }}
.isnad-table th {{ position: sticky; top: 0; background: #f4f5f7; font-weight: 600; }}
.isnad-table th, .isnad-table td {{ padding: .25rem .5rem; border-bottom: 1px solid #eee; text-align: start; }}
.isnad-table .num {{ text-align: end; font-variant-numeric: tabular-nums; }}
.isnad-card {{ border: 2px solid #d0d7de; border-radius: 10px; padding: .8rem 1rem; background: #fafbfc; height: 100%; }}
.isnad-card h4 {{ margin: 0 0 .4rem 0; font-size: 1.3rem; font-family: {ARABIC_FONTS}; }}
.isnad-card .big {{ font-size: 2.2rem; font-weight: 700; line-height: 1.1; }}
.isnad-card .lbl {{ font-size: .95rem; color: #444; }}
.isnad-card .ci {{ font-size: 1rem; color: #333; }}
.isnad-card .row {{ display: flex; gap: 1.4rem; flex-wrap: wrap; margin-top: .3rem; }}
.isnad-card .why {{ font-size: .95rem; color: #222; margin-top: .45rem; line-height: 1.45; }}
.isnad-tiles {{ display: flex; flex-wrap: wrap; gap: .8rem; margin: .4rem 0 .8rem 0; }}
.isnad-tile {{ flex: 1 1 13rem; max-width: 20rem; border: 1px solid #d0d7de; border-radius: 8px; padding: .5rem .8rem; }}
.isnad-tile .lbl {{ font-size: .95rem; color: #333; }}
.isnad-tile .big {{ font-size: 1.8rem; font-weight: 700; text-align: start; }}
.isnad-tile .ci {{ font-size: .85rem; color: #444; }}
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
/* presenter: large type, yet each step on one 1920x1080 screen */
.st-key-isnad_present {{ font-size: 1.5rem; line-height: 1.5; }}
.st-key-isnad_present h2 {{ font-size: 2.2rem; padding: .1rem 0 .3rem 0; }}
.st-key-isnad_present .isnad-article {{ font-size: 1.6rem; line-height: 1.85; }}
.st-key-isnad_present .isnad-block {{ padding: .5rem 1rem; margin: .2rem 0 .4rem 0; }}
.st-key-isnad_present .isnad-title {{ font-size: 1.5rem; }}
.st-key-isnad_present .isnad-meta {{ font-size: 1.15rem; color: #222; margin-bottom: .3rem; }}
.st-key-isnad_present .isnad-legend {{ font-size: 1.6rem; gap: .6rem 2.2rem; margin: 0 0 .2rem 0; }}  /* a legend the back row reads */
.st-key-isnad_present .isnad-chips {{ line-height: 1.6; }}
.st-key-isnad_present .isnad-chips .att {{ font-size: 1.2rem; line-height: 1.6; margin: .15rem .3rem; max-width: 46%;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }}
.st-key-isnad_present .isnad-pairs {{ font-size: 1.7rem; }}
.st-key-isnad_present .isnad-strong {{ font-size: 1.6rem; }}
.st-key-isnad_present .isnad-card .why {{ font-size: 1.05rem; }}
.js-plotly-plot, .plotly {{ direction: ltr; }}
.isnad-chips {{ white-space: normal; }}
.isnad-chips .att {{ display: inline-block; margin: .2rem .35rem; padding: 0 .35rem; line-height: 1.8; }}
[data-testid="stHeaderActionElements"] {{ display: none; }}  /* anchor icons shift RTL headings */
[data-testid="stMainBlockContainer"] {{ padding-top: 2.5rem; }}  /* the first screen is for content, not margin */
/* a tooltip opens toward the side with room (TIP_JS sets data-tip-at), never under the sidebar */
[data-tip][data-tip-at=left]:hover::before, [data-tip][data-tip-at=left]:focus::before {{
  inset-inline-start: auto; inset-inline-end: auto; left: 0; right: auto; }}
[data-tip][data-tip-at=right]:hover::before, [data-tip][data-tip-at=right]:focus::before {{
  inset-inline-start: auto; inset-inline-end: auto; right: 0; left: auto; }}
[data-tip]:hover::before, [data-tip]:focus::before {{ max-width: min(26rem, var(--tip-max, 26rem)); }}
"""

# Which side a highlight's tooltip opens to: toward the room inside the main area (a tooltip that
# ran leftwards from a word near the left edge was clipped under the sidebar).  A fixed script of
# ours, no user text in it; installed once per document.
TIP_JS = """<script>
if (!document.__isnadTips) {
  document.__isnadTips = true;
  const place = (e) => {
    const el = e.target && e.target.closest ? e.target.closest("[data-tip]") : null;
    if (!el) return;
    const main = document.querySelector('[data-testid="stMain"]');
    const box = main ? main.getBoundingClientRect() : {left: 0, right: window.innerWidth};
    const r = el.getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const want = Math.min(26 * rem, box.right - box.left - 16);
    const rightRoom = box.right - r.left - 8, leftRoom = r.right - box.left - 8;
    el.dataset.tipAt = (rightRoom >= want || rightRoom >= leftRoom) ? "left" : "right";
    el.style.setProperty("--tip-max", Math.max(160, Math.min(want, Math.max(rightRoom, leftRoom))) + "px");
  };
  document.addEventListener("mouseover", place, true);
  document.addEventListener("focusin", place, true);
}
</script>"""

# Arabic UI: the whole main block and sidebar read right to left.  Plotly and
# code stay LTR (their internals assume it).
RTL = f"""
[data-testid="stMain"], [data-testid="stSidebar"] {{ direction: rtl; text-align: right; font-family: {ARABIC_FONTS}; }}
[data-testid="stMain"] h1, [data-testid="stMain"] h2, [data-testid="stMain"] h3,
[data-testid="stMain"] p, [data-testid="stMain"] label, [data-testid="stSidebar"] label {{ font-family: {ARABIC_FONTS}; }}
[data-testid="stMain"] .js-plotly-plot, [data-testid="stMain"] pre, [data-testid="stMain"] code {{ direction: ltr; text-align: left; }}
/* Streamlit aligns headings and captions left whatever the direction: in Arabic they start on the right */
[data-testid="stMain"] :is(h1, h2, h3, h4, [data-testid="stCaptionContainer"], [data-testid="stMarkdownContainer"]) {{ text-align: right; }}
"""


def inject(lang: str) -> None:
    css = BASE + stylesheet() + (RTL if lang == "ar" else "")
    st.html(f"<style>{css}</style>")
    st.html(TIP_JS, unsafe_allow_javascript=True)
