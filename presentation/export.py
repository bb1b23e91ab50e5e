"""Exports of what a page shows: CSV tables and standalone HTML reports.

Each page exports its own subject (issue #10): Overview the outlets of the view, Compare the
compared articles and the conflicts between them, Facts the facts grid, the Outlet profile that
one outlet.  CSV files for people (``*_csv``) carry column headers in the UI language and a UTF-8
byte-order mark, because spreadsheet programs read a BOM-less CSV in the local code page and show
Arabic as mojibake; ``view_csv`` keeps the raw field names for scripts.

The HTML report opens with no network (plotly is embedded, fonts fall back
to system ones) so a trainer can take it to a room without Wi-Fi.  All article
text and every name in it is escaped; the only scripts are plotly's own.  Evidence
and articles are drawn by presentation/blocks.py, the functions the dashboard uses, so the
report shows the same highlights and underlines.
"""
from __future__ import annotations

import csv
import html
import io
from datetime import datetime, timezone
from typing import Mapping, Sequence

import plotly.io as pio

from presentation import figures
from presentation.blocks import article_block_html, evidence_html
from presentation.labels import subject_label
from presentation.highlight import legend_html, stylesheet
from presentation.views import (
    View, article_index, attribution_rows, comparison_evidence, comparison_rows, fact_grid, grid_outlets,
    outlet_rows, outlet_sources, pair_sentence, pair_statements, picked_conflicts, quantity_line, sentence_span,
)

BOM = "\ufeff"

CSV_TABLES = ("outlets", "attributions", "comparisons")


def to_csv(rows: Sequence[Mapping[str, object]]) -> str:
    """Rows as CSV text; a formula-looking cell is prefixed so spreadsheets show it as text."""
    if not rows:
        return ""
    buf = io.StringIO()
    fields = list(rows[0].keys())
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([_cell(k) for k in fields])  # a header can be an outlet name (the facts grid): untrusted too
    for row in rows:
        writer.writerow([_cell(row.get(k)) for k in fields])
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


def header(field: str, labels: Mapping[str, str]) -> str:
    """A column's readable name in the UI language (``csv_<field>`` in data/i18n), else the field."""
    return labels.get("csv_" + field, field)


def readable(rows: Sequence[Mapping[str, object]], labels: Mapping[str, str]) -> list[dict[str, object]]:
    return [{header(k, labels): v for k, v in r.items()} for r in rows]


def csv_file(rows: Sequence[Mapping[str, object]], labels: Mapping[str, str]) -> bytes:
    """Rows as a CSV file for people: readable headers, UTF-8 with a BOM (Arabic shows in Excel)."""
    return (BOM + to_csv(readable(rows, labels))).encode("utf-8")


def _yes(value: bool, labels: Mapping[str, str]) -> str:
    return labels.get("yes", "yes") if value else ""


def _lang(labels: Mapping[str, str]) -> str:
    return labels.get("lang_code", "en")


# --- what each page exports: the rows (pure, tested) -------------------------------------------

def overview_rows(view: View) -> list[dict[str, object]]:
    return outlet_rows(view.reports)


def compare_rows(view: View, picked: Sequence[str], labels: Mapping[str, str]) -> list[dict[str, object]]:
    """The compared articles and the conflicts between them: one row per article's side of each
    conflict (with its full sentence), and one row for a compared article in no conflict."""
    idx = article_index(view.corpus)
    lang = _lang(labels)
    rows: list[dict[str, object]] = []
    in_conflict: set[str] = set()

    def base(aid: str) -> dict[str, object]:
        art = idx[aid].article
        return {"article_id": aid, "outlet": art.outlet, "title": art.title, "published": art.published,
                "url": art.url}

    for pc in picked_conflicts(view, picked):
        for side in pc.sides:
            in_conflict.add(side.article_id)
            an = idx[side.article_id]
            for e in side.evidence:
                s, end = sentence_span(an, e.focus[0][0]) if e.focus else (e.start, e.end)
                rows.append({"subject": subject_label(pc.comparison.subject, lang, pc.comparison.wording), **base(side.article_id),
                             "values": " / ".join(side.values), "odd_one_out": _yes(side.odd, labels),
                             "sentence": an.article.text[s:end].strip()})
    for aid in dict.fromkeys(picked):
        if aid in idx and aid not in in_conflict:
            rows.append({"subject": "", **base(aid), "values": "", "odd_one_out": "", "sentence": ""})
    return rows


def facts_rows(view: View, labels: Mapping[str, str]) -> list[dict[str, object]]:
    """The facts grid as the page shows it: one row per compared fact, one column per outlet
    (its wording, or "—" when it did not report the fact)."""
    lang = _lang(labels)
    outlets = grid_outlets(view)
    rows = []
    for row in fact_grid(view):
        c = row.comparison
        out: dict[str, object] = {
            "subject": subject_label(c.subject, lang, c.wording),
            "status": labels.get("status_" + c.status, c.status),
            "relayed_via": c.relayed_via if c.relayed_only else "",
        }
        for o in outlets:
            values = row.cells[o].values
            out["outlet:" + o] = " / ".join(values) if values else "—"
        rows.append(out)
    return rows


def outlet_rows_of(view: View, outlet: str, labels: Mapping[str, str]) -> list[dict[str, object]]:
    """The Outlet profile's sources table, for that outlet only."""
    return [
        {"source": r.label or labels.get("source_unclear", ""), "class": labels.get("class_" + r.source_class, r.source_class),
         "mentions": r.mentions, "via": r.via, "reason_given": _yes(r.reason_given, labels), "article_id": r.article_id}
        for r in outlet_sources(view, outlet)
    ]


def _grid_header(field: str, labels: Mapping[str, str]) -> str:
    return field[len("outlet:"):] if field.startswith("outlet:") else header(field, labels)


def overview_csv(view: View, labels: Mapping[str, str]) -> bytes:
    return csv_file(overview_rows(view), labels)


def compare_csv(view: View, picked: Sequence[str], labels: Mapping[str, str]) -> bytes:
    return csv_file(compare_rows(view, picked, labels), labels)


def facts_csv(view: View, labels: Mapping[str, str]) -> bytes:
    rows = [{_grid_header(k, labels): v for k, v in r.items()} for r in facts_rows(view, labels)]
    return (BOM + to_csv(rows)).encode("utf-8")


def outlet_csv(view: View, outlet: str, labels: Mapping[str, str]) -> bytes:
    return csv_file(outlet_rows_of(view, outlet, labels), labels)


# --- HTML ------------------------------------------------------------------------------------

def _table(rows: Sequence[Mapping[str, object]], labels: Mapping[str, str] | None = None) -> str:
    if not rows:
        return "<p>–</p>"
    name = (lambda k: _grid_header(k, labels)) if labels is not None else str
    head = "".join(f"<th>{html.escape(name(k))}</th>" for k in rows[0])
    body = "".join(
        "<tr>" + "".join(f'<td dir="auto">{html.escape("" if v is None else str(v))}</td>' for v in r.values()) + "</tr>"
        for r in rows
    )
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _bdi(text: str) -> str:
    return f"<bdi>{html.escape(text)}</bdi>"


def _statements(comparison, labels: Mapping[str, str]) -> str:
    """"A says X; B says Y", as on the Facts page (template ours, every name and value escaped)."""
    lines = [f"<li>{pair_sentence(p, labels, _bdi)}</li>" for p in pair_statements(comparison)]
    return f'<ul>{"".join(lines)}</ul>' if lines else ""


def _document(view: View, labels: Mapping[str, str], lang: str, title: str, heading: str, scope: str,
              body: str) -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="{html.escape(lang)}" dir="{direction}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} · {html.escape(heading)}</title>
<style>
body {{ font-family: 'Noto Sans Arabic', 'Noto Naskh Arabic', system-ui, sans-serif; margin: 2rem; font-size: 18px; color: #111; }}
table {{ border-collapse: collapse; font-size: 15px; }} td, th {{ border: 1px solid #bbb; padding: 4px 8px; }}
.scroll {{ overflow-x: auto; }} .row {{ display: flex; gap: 1.5rem; flex-wrap: wrap; }} .col {{ flex: 1 1 20rem; }}
.isnad-block {{ border: 1px solid #ddd; border-radius: 8px; padding: 1rem; margin: 1rem 0; }}
.caption {{ color: #555; font-size: 15px; }}
{stylesheet()}
</style></head><body>
<h1>{html.escape(title)}</h1>
<h2>{html.escape(heading)}</h2>
<p>{html.escape(labels['report_scope'])}: <bdi>{html.escape(scope)}</bdi> · {html.escape(stamp)}</p>
{body}
<p>{html.escape(labels['report_footer'])}</p>
</body></html>"""


def _scope(view: View) -> str:
    return ", ".join(view.outlets) + (f" · {view.story}" if view.story else "")


def html_report(view: View, labels: Mapping[str, str], *, lang: str = "en", title: str = "Isnad") -> str:
    """Overview: outlet table, figures, conflicts with both sentences, highlighted articles."""
    fig_labels = {k: labels[k] for k in figures.FIGURE_LABEL_KEYS}
    first = True
    figs = []
    for fig in (figures.outlet_map(view.reports, fig_labels), figures.class_bars(view.reports, fig_labels)):
        # plotly.js goes in once, inline (no CDN): the file must work offline
        figs.append(pio.to_html(fig, full_html=False, include_plotlyjs=True if first else False))
        first = False
    lg = labels.get("lang_code", lang)
    conflicts = "".join(
        f"<h3>{html.escape(subject_label(c.subject, lg, c.wording))}</h3>{_statements(c, labels)}"
        f"{evidence_html(view, comparison_evidence(view, c), labels)}"
        for c in view.conflicts
    )
    articles = "".join(article_block_html(view, a, labels) for a in view.articles)
    body = (f"<h2>{html.escape(labels['report_outlets'])}</h2>{_table(overview_rows(view), labels)}{''.join(figs)}"
            f"<h2>{html.escape(labels['report_conflicts'])}</h2>{conflicts or '<p>–</p>'}"
            f"<h2>{html.escape(labels['report_articles'])}</h2>{legend_html(labels)}{articles}")
    return _document(view, labels, lang, title, labels.get("nav_overview", "Overview"), _scope(view), body)


def compare_report(view: View, picked: Sequence[str], labels: Mapping[str, str], *, lang: str = "en",
                   title: str = "Isnad") -> str:
    """Compare: the conflicts between the picked articles (each side's sentences), then those articles."""
    idx = article_index(view.corpus)
    picked = [a for a in dict.fromkeys(picked) if a in idx]
    parts = []
    for pc in picked_conflicts(view, picked):
        cols = "".join(
            f'<div class="col"><p><b dir="auto">{html.escape(side.outlet)}</b> '
            f'{"≠ " if side.odd else ""}<bdi>{html.escape(" / ".join(side.values))}</bdi></p>'
            f"{evidence_html(view, list(side.evidence), labels)}</div>"
            for side in pc.sides
        )
        parts.append(f"<h3>{html.escape(subject_label(pc.comparison.subject, _lang(labels), pc.comparison.wording))}</h3>"
                     f'<div class="row">{cols}</div>')
    texts = "".join(f'<div class="col">{article_block_html(view, idx[a], labels)}</div>' for a in picked)
    body = (f"<h2>{html.escape(labels['conflicts_header'])}</h2>{''.join(parts) or '<p>–</p>'}"
            f"<h2>{html.escape(labels['compare_texts'])}</h2>{legend_html(labels)}<div class=\"row\">{texts}</div>")
    scope = ", ".join(f"{idx[a].article.outlet}: {idx[a].article.title or a}" for a in picked)
    return _document(view, labels, lang, title, labels.get("nav_compare", "Compare"), scope, body)


def facts_report(view: View, labels: Mapping[str, str], *, lang: str = "en", title: str = "Isnad") -> str:
    """Facts: the conflicts stated pairwise with their sentences, the updates, and the grid."""
    lg = _lang(labels)
    conflicts = "".join(
        f"<h3>{html.escape(subject_label(c.subject, lg, c.wording))}</h3>{_statements(c, labels)}"
        f"{evidence_html(view, comparison_evidence(view, c), labels)}"
        for c in view.conflicts
    )
    updates = []
    for c in view.updates:
        line = quantity_line(c)
        points = "".join(
            "<li>" + labels["timeline_point"].format(day=_bdi(p.day or labels.get("unknown_day", "?")), value=_bdi(p.value),
                                                     outlets=", ".join(_bdi(o) for o in p.outlets)) + "</li>"
            for p in line.points
        )
        # as the page says it: readings of another size are off the line, not hidden (their sentences are below)
        left = (f"<p class=\"caption\">{html.escape(labels['timeline_left_out'].format(n=line.left_out))}</p>"
                if line.left_out and "timeline_left_out" in labels else "")
        updates.append(f"<h3>{html.escape(subject_label(c.subject, lg, c.wording))}</h3><ol>{points}</ol>{left}"
                       f"{evidence_html(view, comparison_evidence(view, c), labels)}")
    body = (f"<h2>{html.escape(labels['facts_conflicts'])}</h2>{conflicts or '<p>–</p>'}"
            f"<h2>{html.escape(labels['facts_updates'])}</h2>{''.join(updates) or '<p>–</p>'}"
            f"<h2>{html.escape(labels['facts_all'])}</h2>{_table(facts_rows(view, labels), labels)}"
            f"{legend_html(labels)}")
    return _document(view, labels, lang, title, labels.get("nav_facts", "Facts"), _scope(view), body)


def outlet_report(view: View, outlet: str, labels: Mapping[str, str], *, lang: str = "en",
                  title: str = "Isnad") -> str:
    """Outlet profile: that outlet's figures, sources, compared facts and articles; nothing of the others'."""
    from presentation.views import outlet_comparisons

    ca = view.corpus
    report = [o for o in ca.outlets if o.outlet == outlet]
    lg = _lang(labels)
    comps = "".join(
        f"<h3>{html.escape(subject_label(c.subject, lg, c.wording))} · {html.escape(labels.get('status_' + c.status, c.status))}</h3>"
        f"{evidence_html(view, comparison_evidence(view, c), labels)}"
        for c in outlet_comparisons(view, outlet)
    )
    mine = "".join(article_block_html(view, a, labels) for a in ca.articles if a.article.outlet == outlet)
    body = (f"{_table(outlet_rows(report), labels)}"
            f"<h2>{html.escape(labels['sources_header'])}</h2>{_table(outlet_rows_of(view, outlet, labels), labels)}"
            f"<h2>{html.escape(labels['report_outlet_facts'])}</h2>{comps or '<p>–</p>'}"
            f"<h2>{html.escape(labels['articles_header'])}</h2>{legend_html(labels)}{mine or '<p>–</p>'}")
    return _document(view, labels, lang, title, labels.get("nav_outlet", "Outlet"), outlet, body)
