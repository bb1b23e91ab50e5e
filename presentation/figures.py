"""Plotly figures from pipeline records (pure: no streamlit, no computation of scores).

Sized for a projector: large fonts, thick marks, and uncertainty drawn as
error bars so a small sample never looks more certain than it is.
"""
from __future__ import annotations

import html
from typing import Mapping, Sequence

import plotly.graph_objects as go

from presentation.highlight import CLASS_STYLE
from analysis.records import OutletReport

FONT = dict(family="Noto Naskh Arabic, Noto Sans Arabic, Arial, sans-serif", size=18)
PATTERN = {"named": "", "anonymous": "/", "vague": "."}
# Okabe-Ito, in an order that keeps neighbours distinct; shapes repeat the distinction
OUTLET_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")
MAX_UNIT_TICKS = 20  # beyond this many sources on the axis, let Plotly space the ticks
# every outlet its own shape (filled, then open): two outlets never share a marker up to 48 outlets
_SHAPES = ("circle", "square", "diamond", "triangle-up", "pentagon", "hexagon", "star", "cross", "x",
           "triangle-down", "triangle-left", "triangle-right", "octagon", "hexagram", "star-square", "star-diamond",
           "diamond-tall", "diamond-wide", "hourglass", "bowtie", "star-triangle-up", "star-triangle-down",
           "hexagon2", "square-x")
OUTLET_SYMBOLS = _SHAPES + tuple(f"{s}-open" for s in _SHAPES)
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


def _safe(text: str) -> str:
    """An outlet name (user input) as Plotly text: Plotly renders <b>, <br> and <a href> in trace
    names, tick labels and hover text, so markup is escaped and shows as typed; and it is isolated
    (FSI ... PDI), so an Arabic name with a Latin gloss ("ميدل ايست أونلاين (Middle East Online)")
    keeps its own order and never drags the text around it into its direction."""
    return FSI + html.escape(text, quote=False) + PDI


def outlet_styles(everyone: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(colour, marker) per outlet, from its place among *all* the corpus's outlets in the order
    given (``views.outlets_first_seen``: the corpus's own outlets before those of uploaded
    articles), so a filter, a story choice or an upload that brings a new outlet never restyles an
    outlet already shown, and no two outlets share a marker (up to len(OUTLET_SYMBOLS) outlets)."""
    return {name: (OUTLET_COLOURS[i % len(OUTLET_COLOURS)], OUTLET_SYMBOLS[i % len(OUTLET_SYMBOLS)])
            for i, name in enumerate(dict.fromkeys(everyone))}


_LABEL_SPOTS = ("top center", "bottom center", "middle right", "middle left", "top right", "bottom left")


def _layout(fig: go.Figure, title: str, height: int = 460) -> go.Figure:
    fig.update_layout(title=dict(text=title, font=dict(size=22)), font=FONT, height=height,
                      margin=dict(l=20, r=20, t=70, b=40), plot_bgcolor="white",
                      hoverlabel=dict(font_size=18), legend=dict(font=dict(size=18)))
    fig.update_xaxes(showgrid=True, gridcolor="#ddd", zeroline=False)
    fig.update_yaxes(showgrid=True, gridcolor="#ddd", zeroline=False)
    return fig


def outlet_map(reports: Sequence[OutletReport], labels: Mapping[str, str],
               everyone: Sequence[str] = ()) -> go.Figure:
    """x = share of named sources, y = fact consistency (with its interval), bubble = articles.

    Each point is labelled with its outlet; colour and marker come from ``everyone`` (all the
    corpus's outlets; default: ``reports``'), so they stay put whatever is filtered.  Outlets
    without a consistency score (nothing to compare with) are left off the map rather than
    placed at a made-up height; the page says which.
    """
    # (report, its consistency, its score) for the outlets that have a score
    scored = [(o, c, c.score) for o in reports if (c := o.consistency) is not None and c.score is not None]
    placed = [o for o, _, _ in scored]
    styles = outlet_styles([*everyone, *(o.outlet for o in reports)])
    fig = go.Figure()
    if placed:
        xs = [100 * o.sourcing.named_share for o in placed]
        ys = [score for _, _, score in scored]
        up = [(c.interval.high - score) if c.interval else 0 for _, c, score in scored]
        down = [(score - c.interval.low) if c.interval else 0 for _, c, score in scored]
        n = [len(o.sourcing.article_ids) for o in placed]
        hover = [
            f"<b>{_safe(o.outlet)}</b><br>{labels['named_share']}: {100 * o.sourcing.named_share:.0f}%"
            f" ({o.sourcing.named}/{o.sourcing.distinct_sources})"
            f"<br>{labels['consistency']}: {score:.0f}"
            + (f" [{c.interval.low:.0f}–{c.interval.high:.0f}]" if c.interval else "")
            + f"<br>{labels['sourcing']}: " + ("–" if o.sourcing.score is None else f"{o.sourcing.score:.0f}")
            + f"<br>{labels['articles']}: {len(o.sourcing.article_ids)}"
            for o, c, score in scored
        ]
        # points that (nearly) coincide put their labels on different sides, not on top of each other
        crowd: dict[tuple[int, int], int] = {}
        spots = []
        for x, y in zip(xs, ys):
            cell = (round(x / 8), round(y / 8))
            spots.append(_LABEL_SPOTS[crowd.get(cell, 0) % len(_LABEL_SPOTS)])
            crowd[cell] = crowd.get(cell, 0) + 1
        for k, o in enumerate(placed):
            colour, symbol = styles[o.outlet]
            fig.add_trace(go.Scatter(
                x=[xs[k]], y=[ys[k]], mode="markers+text", name=_safe(o.outlet),
                text=[_safe(o.outlet)], textposition=spots[k], textfont=dict(size=16, color="#222"),
                marker=dict(size=26 + 14 * n[k], color=colour, symbol=symbol, opacity=0.85,
                            line=dict(width=2, color="#222")),
                error_y=dict(type="data", symmetric=False, array=[up[k]], arrayminus=[down[k]], thickness=3,
                             width=8, color=colour),
                hovertext=[hover[k]], hoverinfo="text",
            ))
        fig.update_layout(legend=dict(orientation="h", y=-0.22, x=0, font=dict(size=17)))
    else:
        fig.add_annotation(text=labels["no_consistency"], showarrow=False, x=50, y=50, font=dict(size=20))
    fig.update_xaxes(title=labels["named_share_axis"], range=[-12, 116])
    fig.update_yaxes(title=labels["consistency_axis"], range=[-12, 116])
    return _layout(fig, labels["map_title"], 600)


def class_bars(reports: Sequence[OutletReport], labels: Mapping[str, str]) -> go.Figure:
    """Distinct sources per class, per outlet (stacked; counts, not shares, so size stays visible)."""
    fig = go.Figure()
    names = [_safe(o.outlet) for o in reports]
    for cls in ("named", "anonymous", "vague"):
        style = CLASS_STYLE[cls]
        values = [getattr(o.sourcing, cls) for o in reports]
        fig.add_trace(go.Bar(
            y=names, x=values, orientation="h", name=labels[f"class_{cls}"], text=values, textposition="inside",
            insidetextfont=dict(size=18, color="white" if cls != "anonymous" else "black"),
            marker=dict(color=style["colour"],
                        pattern=dict(shape=PATTERN[cls], fillmode="overlay", fgcolor="white", fgopacity=0.6, size=10),
                        line=dict(color="#222", width=1)),
            hovertemplate="%{y}<br>" + labels[f"class_{cls}"] + ": %{x}<extra></extra>",
        ))
    fig.update_layout(barmode="stack", legend=dict(orientation="h", y=-0.18))
    biggest = max((o.sourcing.named + o.sourcing.anonymous + o.sourcing.vague for o in reports), default=0)
    # whole numbers only; a tick per source while counts are small, Plotly's own spacing beyond
    # (a tick per unit over thousands of sources had the browser measure thousands of labels)
    fig.update_xaxes(title=labels["sources_axis"], tickformat=",d", rangemode="tozero",
                     **({"dtick": 1} if biggest <= MAX_UNIT_TICKS else {}))
    fig.update_yaxes(automargin=True)
    return _layout(fig, labels["classes_title"], 140 + 70 * max(len(reports), 1))


def score_bars(reports: Sequence[OutletReport], labels: Mapping[str, str], highlight: str = "",
               which: str = "sourcing") -> go.Figure:
    """One score per outlet with its interval; ``highlight`` picks out one outlet."""
    rows = []
    for o in reports:
        rec = o.sourcing if which == "sourcing" else o.consistency
        if rec is None or rec.score is None:
            continue
        rows.append((o.outlet, rec.score, rec.interval))
    fig = go.Figure()
    if rows:
        fig.add_trace(go.Bar(
            y=[_safe(r[0]) for r in rows], x=[r[1] for r in rows], orientation="h",
            marker=dict(color=["#0072B2" if r[0] == highlight or not highlight else "#b8c7d3" for r in rows],
                        line=dict(color="#222", width=1)),
            error_x=dict(type="data", symmetric=False,
                         array=[(r[2].high - r[1]) if r[2] else 0 for r in rows],
                         arrayminus=[(r[1] - r[2].low) if r[2] else 0 for r in rows], thickness=3, width=8),
            hovertemplate="%{y}: %{x:.0f}<extra></extra>",
        ))
        # the value beside the whisker's end, not inside the bar where the error bar runs through it;
        # all in one layout update: add_annotation once a row re-validated every annotation already
        # there, ~0.02 s of a figure's ~0.025 s with 12 outlets (the Outlet profile's first visit, h76)
        fig.update_layout(annotations=[
            dict(x=(interval.high if interval else score) + 1.5, y=_safe(name), text=f"{score:.0f}",
                 xanchor="left", showarrow=False, font=dict(size=18, color="#111"))
            for name, score, interval in rows])
    else:
        fig.add_annotation(text=labels["no_scores"], showarrow=False, x=50, y=0, font=dict(size=20))
    fig.update_xaxes(range=[0, 112], tickvals=[0, 20, 40, 60, 80, 100], title=labels[f"{which}_axis"])
    fig.update_yaxes(automargin=True)
    return _layout(fig, labels[f"{which}_title"], 140 + 70 * max(len(rows), 1))


FIGURE_LABEL_KEYS = (
    "named_share", "consistency", "sourcing", "articles", "no_consistency", "named_share_axis", "consistency_axis",
    "map_title", "class_named", "class_anonymous", "class_vague", "sources_axis", "classes_title", "no_scores",
    "sourcing_axis", "sourcing_title", "consistency_title",
)
