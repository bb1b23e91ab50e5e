"""Streamlit wrappers around the pure HTML renderers (escaped upstream)."""
from __future__ import annotations

import hashlib
import html
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence, TypeVar

import plotly.graph_objects as go
import streamlit as st

from presentation.figures import FIGURE_LABEL_KEYS
from presentation.blocks import article_block_html, evidence_html
from presentation.highlight import is_rtl, legend_html, meta_html, unbroken_glosses
from analysis.records import ArticleAnalysis, CorpusAnalysis, OutletReport
from presentation.views import (
    Evidence, View, consistency_why, grouped_automatically, latest_archive_sample, sourcing_why,
)

from . import import_guard
from .i18n import L, count, t


T = TypeVar("T")


def figure(build: Callable[..., go.Figure], reports: Sequence[OutletReport], **options: Any) -> go.Figure:
    """``build(reports, labels, **options)`` (a ``presentation.figures`` builder) in the session's language,
    built once per outlets, labels and options and then reused: Plotly validates every property as a
    figure is built (~22 ms of the ~35 ms an Overview or Outlet profile run takes), and the reports are
    the cached analysis's own objects, so a later visit asks for the same figure.  Streamlit only reads
    the figure (it serialises a copy); callers must not change it.  ``options``: hashable values or lists."""
    labels = L()
    return _figure(build, tuple(reports), tuple(labels[k] for k in FIGURE_LABEL_KEYS),
                   tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(options.items())))


def chart(container: Any, build: Callable[..., go.Figure], reports: Sequence[OutletReport], *, key: str,
          **options: Any) -> None:
    """``container.plotly_chart`` of ``figure(build, reports, **options)``, with Plotly's work (building,
    validating, serialising) under the import guard: another session's first import of pandas must not
    be seen half done (ui/import_guard.py)."""
    with import_guard.plotting():
        container.plotly_chart(figure(build, reports, **options), key=key)


@lru_cache(maxsize=32)
def _figure(build: Callable[..., go.Figure], reports: tuple[OutletReport, ...], label_values: tuple[str, ...],
            options: tuple[tuple[str, Any], ...]) -> go.Figure:
    return build(reports, dict(zip(FIGURE_LABEL_KEYS, label_values)), **dict(options))


def page_of(items: Sequence[T], key: str, size: int = 20) -> Sequence[T]:
    """The part of a long list to show now, with a page picker when there is more than a page.

    A page shows at most ``size`` entries: a corpus of thousands of articles has
    tens of thousands of comparisons, and rendering them all at once never finishes.
    """
    n = len(items)
    if n <= size:
        return items
    pages = -(-n // size)
    if not 1 <= st.session_state.get(key, 1) <= pages:  # the list shrank (a new filter): start again
        st.session_state[key] = 1
    page = st.number_input(t("page_pick", pages=pages), min_value=1, max_value=pages, step=1, key=key)
    start = (int(page) - 1) * size
    st.caption(t("showing_range", start=start + 1, end=min(n, start + size), n=n))
    return items[start:start + size]


def panel_key(*parts: str) -> str:
    """A stable widget key for a panel about one thing (a comparison, an outlet, an article): the same
    thing keeps its panel open across pages and filters, and the key is ASCII whatever the subject's
    script (Streamlit also writes it into a CSS class)."""
    return "pn_" + hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=6).hexdigest()


@st.fragment
def _panel(label: str, key: str, draw: Callable[[], None], expanded: bool) -> None:
    box = st.expander(label, key=key, on_change="rerun", expanded=expanded)
    if box.open:
        with box:
            draw()


def panel(label: str, key: str, draw: Callable[[], None], *, expanded: bool = False) -> None:
    """An expander whose content is built only while it is open.

    The sentences behind the numbers sit in collapsed expanders, and a page holds dozens of them:
    sent eagerly they were most of a first render's markup (about 190,000 characters on the
    bundled overview), each sanitised, laid out and kept by the browser though nobody had opened
    them (BENCHMARKS.md, framework floor).  With the expander's state tracked, opening one reruns
    only this fragment, which then draws the content; widgets inside (a page picker, a select box)
    rerun the fragment too, not the page.
    """
    _panel(label, key, draw, expanded)


def show_html(markup: str) -> None:
    # st.html sanitises too (DOMPurify); our markup is already escaped, so
    # this is a second lock, not the only one.
    st.html(markup)


def legend(*, sources: bool = True, facts: bool = True) -> None:
    show_html(legend_html(L(), sources=sources, facts=facts))


def article(view: View, a: ArticleAnalysis, focus: Iterable[tuple[int, int]] = (), show_title: bool = True) -> None:
    # the same block the HTML export writes (presentation/blocks.py)
    show_html(article_block_html(view, a, L(), focus=focus, show_title=show_title))


def evidence(view: View, items: Sequence[Evidence], limit: int = 40, key: str | None = None) -> None:
    """The sentences behind a figure, highlighted, as one element (fast even when collapsed).

    With ``key``, all of them, ``limit`` per page; without, the first ``limit``
    and a count of the rest.
    """
    if not items:
        st.caption(t("no_evidence"))
        return
    shown = page_of(items, key, size=limit) if key else items[:limit]
    show_html(evidence_html(view, shown, L()))  # the same markup the HTML export writes
    if not key and len(items) > limit:
        st.caption(t("more_evidence", n=len(items) - limit))


def card_html(title: str, rows: Sequence[tuple[str, str, str]], why: Sequence[str] = ()) -> str:
    """A score card: (label, big value, small note) per row, then one line per score saying why;
    every piece escaped, the title (an outlet name) isolated so it never reorders what is around it."""
    parts = "".join(
        f'<div><div class="lbl">{html.escape(lbl)}</div><div class="big">{html.escape(val)}</div>'
        f'<div class="ci">{html.escape(note)}</div></div>'
        for lbl, val, note in rows
    )
    lines = "".join(f'<div class="why" dir="auto">{html.escape(w)}</div>' for w in why)
    return f'<div class="isnad-card"><h4>{_bdi(title)}</h4><div class="row">{parts}</div>{lines}</div>'


def card(title: str, rows: Sequence[tuple[str, str, str]], why: Sequence[str] = ()) -> None:
    show_html(card_html(title, rows, why))


def why_lines(ca: CorpusAnalysis, o: OutletReport, *, scores: bool = True,
              scope: Sequence[ArticleAnalysis] | None = None) -> list[str]:
    """One line per score with the counts behind it ("Sourcing · 14/100: 1 of 7 sources named ·
    6 anonymous · 0 vague"), every number from the analysis package (presentation.views.sourcing_why /
    consistency_why); ``scores=False`` leaves out the score itself (a card shows it just above); ``scope``: the
    articles ``o`` was made over, when not the whole corpus (a story's: presentation.views.story_reports)."""
    from analysis.sourcing.scoring import scoring_rules

    s, c = sourcing_why(ca, o, scope), consistency_why(o)
    if s.score is None:
        first = t("why_sourcing_none")
    else:
        first = t("why_sourcing", named=s.named, sources=count("sources", s.sources), anonymous=s.anonymous,
                  reasons=t("why_reasons", n=s.with_reason) if s.with_reason else "", vague=s.vague)
        first = f"{with_range(s.score, o.sourcing.interval)}: {first}" if scores else first
    if c.score is None:
        second = t("why_consistency_none", checked=count("compared", c.checked), min=scoring_rules().consistency_min_checked)
    else:
        second = t("why_consistency", agree=c.agree, checked=count("compared", c.checked))
        second = f"{with_range(c.score, o.consistency.interval if o.consistency else None)}: {second}" if scores else second
    return [f"{t('sourcing')} · {first}", f"{t('consistency')} · {second}"]


def with_range(score: float, interval) -> str:
    """"86/100 (plausible range 80–91)": a score in a line of text with its range (``fmt_score``), since one
    source in a story is 100/100 on little evidence and should say so."""
    shown, note = fmt_score(score, interval)
    return f"{shown}/100 ({note})" if note else f"{shown}/100"


def fmt_score(score: float | None, interval) -> tuple[str, str]:
    if score is None:
        return "–", t("no_score")
    note = t("interval", low=f"{interval.low:.0f}", high=f"{interval.high:.0f}") if interval else ""
    return f"{score:.0f}", note


def strong_html(text: str, note: str = "") -> str:
    """A bold line of (possibly untrusted) text: escaped, never parsed as markdown."""
    extra = f' <span class="lbl">{html.escape(note)}</span>' if note else ""
    return f'<div class="isnad-strong" dir="auto"><b><bdi>{html.escape(text)}</bdi></b>{extra}</div>'


def strong(text: str, note: str = "") -> None:
    show_html(strong_html(text, note))


def grid_cell_html(status: str, values: Sequence[str]) -> str:
    """One claims×outlets cell: its status word and the outlet's own wording."""
    text = " / ".join(values) if values else "—"
    return (f'<div class="isnad-cell {html.escape(status)}"><div class="lbl">{html.escape(t("cell_" + status))}</div>'
            f'<div class="val" dir="auto">{html.escape(text)}</div></div>')


def grid_row(cells: Sequence[str]) -> None:
    """One row of the facts grid (the cells' markup) as one element: equal columns 1rem apart, one under
    another under 640 px, as ``st.columns`` lays them out (ui/style.py's ``.isnad-row``), instead of a
    column block with a column and an element per cell: a page of 25 rows over 4 outlets was ~250
    elements for the browser to build on every visit."""
    show_html(f'<div class="isnad-row" style="grid-template-columns: repeat({len(cells)}, minmax(0, 1fr))">'
              + "".join(f"<div>{c}</div>" for c in cells) + "</div>")


def lead(a: ArticleAnalysis) -> None:
    """An article's first sentence, large: how the outlet opens the story."""
    art = a.article
    first = a.sentences[0] if a.sentences else None
    text = art.text[first.start:first.end] if first else art.text[:300]
    direction = "rtl" if is_rtl(art.language) else "ltr"
    show_html(f'<div class="isnad-block isnad-lead"><div class="isnad-meta">{meta_html((art.outlet, art.published))}</div>'
              f'<div class="isnad-article" dir="{direction}" lang="{html.escape(art.language)}">{html.escape(text)}</div></div>')


def source_chips(outlet: str, counts: str, labels: Sequence[tuple[str, str]]) -> None:
    """An outlet's distinct sources as chips styled by class ((label, class) pairs)."""
    chips = " ".join(
        f'<span class="att att-{html.escape(cls)}"><span class="att-src">{html.escape(label)}</span></span>'
        for label, cls in labels if label.strip()
    ) or html.escape(t("no_sources"))
    show_html(f'<div class="isnad-block"><div class="isnad-title">{_bdi(outlet)}</div>'
              f'<div class="isnad-meta">{html.escape(counts)}</div>'
              f'<div class="isnad-article isnad-chips" dir="rtl">{chips}</div></div>')


def outlet_card_html(o: OutletReport, ca: CorpusAnalysis, *, articles: bool = True,
                     extra: Sequence[tuple[str, str, str]] = (), scope: Sequence[ArticleAnalysis] | None = None) -> str:
    """An outlet's pipeline figures as a card: sourcing and consistency with their ranges, and a
    line each saying which counts they rest on."""
    s, c = o.sourcing, o.consistency
    rows = [(t("sourcing"), *fmt_score(s.score, s.interval)),
            (t("consistency"), *fmt_score(c.score if c else None, c.interval if c else None))]
    if articles:
        rows.append((t("articles"), str(len(s.article_ids)), count("distinct_sources", s.distinct_sources)))
    return card_html(o.outlet, [*rows, *extra], why_lines(ca, o, scores=False, scope=scope))


def outlet_card(o: OutletReport, ca: CorpusAnalysis, *, articles: bool = True,
                extra: Sequence[tuple[str, str, str]] = (), scope: Sequence[ArticleAnalysis] | None = None) -> None:
    show_html(outlet_card_html(o, ca, articles=articles, extra=extra, scope=scope))


def outlet_cards(reports: Sequence[OutletReport], ca: CorpusAnalysis) -> None:
    """Outlets' cards, three to a row, as one element: a CSS grid (ui/style.py's ``.isnad-cards``) laid
    out like ``st.columns(3)`` row after row (equal columns, 1rem apart, one column on a narrow screen),
    instead of a column block per row and an element per card, each a React subtree and a sanitised
    block for the browser on every render of the overview."""
    show_html(f'<div class="isnad-cards">{"".join(outlet_card_html(o, ca) for o in reports)}</div>')


def _bdi(text: str) -> str:
    """Untrusted text (an outlet name, a value) escaped and isolated, so an Arabic name inside
    an English sentence (or the other way round) does not reorder the sentence around it."""
    return f"<bdi>{unbroken_glosses(text)}</bdi>"


def statements(pairs, limit: int = 6) -> None:
    """Conflicts as sentences a room can read: "A says X; B says Y" (outdated figures said so).

    The sentence template is ours (i18n); every name and value in it is escaped and isolated.
    """
    from presentation.views import pair_sentence

    labels = L()
    lines = [f"<li>{pair_sentence(p, labels, _bdi)}</li>" for p in pairs[:limit]]
    if len(pairs) > limit:
        lines.append(f'<li>{html.escape(t("more_pairs", n=len(pairs) - limit))}</li>')
    show_html(f'<ul class="isnad-pairs">{"".join(lines)}</ul>')


def timeline(line) -> None:
    """A quantity's values over the days, oldest first, each with the outlets that gave it
    (``presentation.views.QuantityLine``), and how many readings of another size it leaves off."""
    items = []
    for p in line.points:
        day = p.day or t("unknown_day")
        text = t("timeline_point", day=_bdi(day), value=_bdi(p.value), outlets=", ".join(_bdi(o) for o in p.outlets))
        items.append(f"<li>{text}</li>")
    show_html(f'<div class="isnad-timeline"><div class="lbl">{html.escape(t("timeline"))}</div>'
              f'<ol>{"".join(items)}</ol></div>')
    if line.left_out:
        st.caption(t("timeline_left_out", n=line.left_out))


@st.cache_data(show_spinner=False)
def gold_record(name: str) -> dict:
    """A recorded-measurement file of data/gold (``name``.json: the judged archive samples, the story runs),
    {} without it."""
    import json

    from analysis.lexicon import DATA_DIR

    path = DATA_DIR / "gold" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def archive_samples() -> dict:
    """The judged samples of archive-wide conflicts (data/gold/archive_conflict_samples.json), {} without it."""
    return gold_record("archive_conflict_samples")


def story_runs() -> dict:
    """The recorded runs on the story gold sets (data/gold/story_runs.json), {} without it."""
    return gold_record("story_runs")


def consistency_caution(view) -> None:
    """Under consistency scores, how many real disagreements the rules found on hand-labelled stories
    (development and blind, the newest recorded runs): a high score is few *detected* disputes."""
    from presentation.views import detection_recall

    if not any(o.consistency and o.consistency.score is not None for o in view.reports):
        return
    rec = detection_recall(story_runs())
    if rec is not None:
        st.caption(t("consistency_caution", found=rec.found, labelled=rec.labelled,
                     blind_found=rec.blind_found, blind_labelled=rec.blind_labelled))


def grouping_caution(view, stories) -> None:
    """Over a big archive, a caption under conflicts of stories grouped automatically: how often such
    conflicts held up in the newest judged sample (a broad story may hold two incidents)."""
    from analysis.facts.stories import RARE_MIN_TEXTS

    ca = view.corpus
    if len(ca.articles) < RARE_MIN_TEXTS or not any(grouped_automatically(ca, s) for s in set(stories)):
        return
    sample = latest_archive_sample(archive_samples())
    if sample:
        st.caption(t("facts_automatic_caution", genuine=sample[0], judged=sample[1]))


def table_html(columns: Sequence[str], rows: Iterable[Sequence[object]], *, numeric: Iterable[int] = ()) -> str:
    """A plain table, every header and cell escaped (source labels and article ids are the corpus's
    text), in a box that scrolls past a screenful: what the Outlet profile's sources were shown in by
    ``st.dataframe``, without the browser loading and starting its data grid (1.6 MB of script) on the page's
    first visit."""
    num = set(numeric)

    def cell(tag: str, i: int, value: object) -> str:
        cls = ' class="num"' if i in num else ""
        # the text's own direction (an Arabic label in the English UI), the column aligned as the page is
        return f'<{tag}{cls}><span dir="auto">{html.escape(str(value))}</span></{tag}>'

    head = "".join(cell("th", i, c) for i, c in enumerate(columns))
    body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in rows)
    return f'<div class="isnad-table"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
