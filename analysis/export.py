"""Exports of the current view: CSV tables and a standalone HTML report.

The HTML report opens with no network (plotly is embedded, fonts fall back
to system ones) so a trainer can take it to a room without Wi-Fi.  All article
text and every name in it is escaped; the only scripts are plotly's own.
"""
from __future__ import annotations

import csv
import html
import io
from datetime import datetime, timezone
from typing import Mapping, Sequence

import plotly.io as pio

from . import figures
from .labels import subject_label
from .highlight import article_html, legend_html, stylesheet
from .views import View, comparison_evidence, comparison_rows, fact_status_map, outlet_rows, attribution_rows
from .highlight import excerpt_html

CSV_TABLES = ("outlets", "attributions", "comparisons")


def to_csv(rows: Sequence[Mapping[str, object]]) -> str:
    """Rows as CSV text; a formula-looking cell is prefixed so spreadsheets show it as text."""
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _cell(value: object) -> object:
    # article text is untrusted: "=HYPERLINK(...)" must not become a live formula
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def view_csv(view: View, table: str = "outlets") -> str:
    if table == "outlets":
        return to_csv(outlet_rows(view.reports))
    if table == "attributions":
        return to_csv(attribution_rows(view.articles))
    if table == "comparisons":
        return to_csv(comparison_rows(view.comparisons))
    raise ValueError(f"unknown table {table!r}; expected one of {', '.join(CSV_TABLES)}")


def _table(rows: Sequence[Mapping[str, object]]) -> str:
    if not rows:
        return "<p>–</p>"
    head = "".join(f"<th>{html.escape(str(k))}</th>" for k in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in r.values()) + "</tr>"
        for r in rows
    )
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def html_report(view: View, labels: Mapping[str, str], *, lang: str = "en", title: str = "Isnad") -> str:
    """A standalone page: outlet table, figures, conflicts with both sentences, highlighted articles."""
    fig_labels = {k: labels[k] for k in figures.FIGURE_LABEL_KEYS}
    first = True
    figs = []
    for fig in (figures.outlet_map(view.reports, fig_labels), figures.class_bars(view.reports, fig_labels)):
        # plotly.js goes in once, inline (no CDN): the file must work offline
        figs.append(pio.to_html(fig, full_html=False, include_plotlyjs=True if first else False))
        first = False
    conflicts = []
    for c in view.conflicts:
        parts = "".join(
            f'<div class="col">{excerpt_html(e.article.article.text, e.start, e.end, language=e.article.article.language, attributions=e.attributions, meta=e.label, labels=labels)}</div>'
            for e in comparison_evidence(view, c)
        )
        conflicts.append(f"<h3>{html.escape(subject_label(c.subject, lang))}</h3><div class=\"row\">{parts}</div>")
    articles = []
    for a in view.articles:
        art = a.article
        meta = " · ".join(x for x in (art.outlet, art.published, art.url) if x)
        articles.append(article_html(
            art.text, language=art.language, attributions=a.attributions, facts=a.facts,
            fact_status=fact_status_map(view.corpus, art.id), title=art.title or art.id, meta=meta, labels=labels,
        ))
    direction = "rtl" if lang == "ar" else "ltr"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    scope = ", ".join(view.outlets) + (f" · {view.story}" if view.story else "")
    return f"""<!DOCTYPE html>
<html lang="{html.escape(lang)}" dir="{direction}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>
body {{ font-family: 'Noto Sans Arabic', 'Noto Naskh Arabic', system-ui, sans-serif; margin: 2rem; font-size: 18px; color: #111; }}
table {{ border-collapse: collapse; font-size: 15px; }} td, th {{ border: 1px solid #bbb; padding: 4px 8px; }}
.scroll {{ overflow-x: auto; }} .row {{ display: flex; gap: 1.5rem; flex-wrap: wrap; }} .col {{ flex: 1 1 20rem; }}
.isnad-block {{ border: 1px solid #ddd; border-radius: 8px; padding: 1rem; margin: 1rem 0; }}
{stylesheet()}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p>{html.escape(labels['report_scope'])}: {html.escape(scope)} · {html.escape(stamp)}</p>
<h2>{html.escape(labels['report_outlets'])}</h2>
{_table(outlet_rows(view.reports))}
{''.join(figs)}
<h2>{html.escape(labels['report_conflicts'])}</h2>
{''.join(conflicts) or '<p>–</p>'}
<h2>{html.escape(labels['report_articles'])}</h2>
{legend_html(labels)}
{''.join(articles)}
<p>{html.escape(labels['report_footer'])}</p>
</body></html>"""
