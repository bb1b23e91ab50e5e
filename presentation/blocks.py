"""View records -> escaped HTML blocks, shared by the dashboard (ui/render.py) and the HTML export.

One function per kind of block, so the report a trainer downloads shows exactly the highlights
and underlines the dashboard shows (attribution classes, fact statuses, the compared value in
focus): before this module the export rebuilt evidence without facts or focus, so its conflicts
had no underlines.  Pure: no streamlit; all text is escaped by presentation.highlight.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from presentation.highlight import article_html, excerpt_html
from analysis.records import ArticleAnalysis
from presentation.views import Evidence, View, fact_status_map


def evidence_html(view: View, items: Sequence[Evidence], labels: Mapping[str, str]) -> str:
    """The sentences behind a figure, each highlighted like the full article it comes from."""
    parts = []
    for e in items:
        a = e.article
        parts.append(excerpt_html(
            a.article.text, e.start, e.end, language=a.article.language, attributions=e.attributions,
            facts=a.facts, fact_status=fact_status_map(view.corpus, a.article.id), focus=e.focus, labels=labels,
            meta=(e.label, a.article.id, "…" if e.clipped else ""),  # each part isolated; "…": cut short
        ))
    return f'<div class="isnad-evidence">{"".join(parts)}</div>'


def article_meta(a: ArticleAnalysis) -> tuple[str, ...]:
    """The byline parts (outlet, date, id), each isolated when rendered (highlight.meta_html)."""
    art = a.article
    return tuple(x for x in (art.outlet, art.published, art.id) if x)


def article_block_html(view: View, a: ArticleAnalysis, labels: Mapping[str, str], *,
                       focus: Iterable[tuple[int, int]] = (), show_title: bool = True) -> str:
    """One whole article, highlighted."""
    art = a.article
    return article_html(
        art.text, language=art.language, attributions=a.attributions, facts=a.facts,
        fact_status=fact_status_map(view.corpus, art.id), focus=focus,
        title=(art.title or art.id) if show_title else "", meta=article_meta(a), labels=labels,
        element_id=f"article-{art.id}",
    )
