"""What one dashboard view shows: the analysis narrowed by outlet and story.

Pure selection and regrouping of records the pipeline produced: nothing here
computes a score.  Outlet scores are the pipeline's corpus-wide figures; a
filter only chooses which outlets, articles and comparisons are on screen, and
a comparison stays whole (every outlet's side) as long as one selected outlet
takes part in it, so a conflict never loses its other half.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from typing import AbstractSet, Callable, Mapping, Sequence

from analysis.sourcing.label import source_label as _noun_phrase_label
from presentation.labels import value_label
from analysis.records import (
    ArticleAnalysis, Attribution, Comparison, ComparisonItem, CorpusAnalysis, Fact, FactStatus, FactStatusKind,
    OutletReport, Sentence, Source,
)
from analysis.reports import outlet_reports

# A corpus opened from batch results (analysis.io.columnar.LazyCorpus) carries a ``store``: its
# articles are built only when shown, and the questions below that would walk every article are
# answered from its columns instead (one vectorised pass).  An in-memory CorpusAnalysis has none and
# takes the record paths, as before.


def _store(ca: CorpusAnalysis):  # -> analysis.io.columnar.ResultsStore | None
    return getattr(ca, "store", None)


def ids_of(articles: Sequence[ArticleAnalysis]) -> tuple[str, ...]:
    """The ids of ``articles`` (a lazy sequence's without building its records)."""
    ids = getattr(articles, "ids", None)
    return tuple(ids) if ids is not None else tuple(a.article.id for a in articles)


@dataclass(frozen=True)
class View:
    corpus: CorpusAnalysis
    outlets: tuple[str, ...]  # outlets on screen, in corpus order
    story: str  # "" = every story
    articles: Sequence[ArticleAnalysis]  # a tuple, or built when read (analysis.io.columnar.Articles)
    reports: tuple[OutletReport, ...]
    comparisons: Sequence[Comparison]  # a tuple, or built when read (analysis.io.columnar.Comparisons)

    @cached_property
    def conflicts(self) -> Sequence[Comparison]:
        lazy = getattr(self.comparisons, "conflicts", None)
        if lazy is not None:
            return lazy()
        return tuple(c for c in self.comparisons if c.status == "conflict")

    @cached_property
    def updates(self) -> Sequence[Comparison]:
        """Quantities whose value changed over time (shown apart from conflicts)."""
        lazy = getattr(self.comparisons, "updates", None)
        if lazy is not None:
            return lazy()
        return tuple(c for c in self.comparisons if c.updated)

    @cached_property
    def comparisons_by_outlet(self) -> dict[str, Sequence[Comparison]]:
        """Each outlet's shown comparisons, in view order (one pass instead of one per outlet)."""
        lazy = getattr(self.comparisons, "of_outlet", None)
        if lazy is not None:
            return {o: lazy(o) for o in self.comparisons.outlets()}  # type: ignore[attr-defined]
        out: dict[str, list[Comparison]] = {}
        for c in self.comparisons:
            for o in dict.fromkeys(i.outlet for i in c.items):
                out.setdefault(o, []).append(c)
        return out  # type: ignore[return-value]


def all_outlets(ca: CorpusAnalysis) -> tuple[str, ...]:
    return tuple(o.outlet for o in ca.outlets)


def outlets_first_seen(ca: CorpusAnalysis) -> tuple[str, ...]:
    """Every outlet in the order its first article comes: the corpus's own, then those of the
    library's uploads (the dashboard analyses them after the corpus).  Styles keyed on this order
    stay put when an upload brings a new outlet (sorted by name, every outlet after it moved)."""
    store = _store(ca)
    if store is not None:  # a results folder: its article column, not 19,000 records
        return tuple(dict.fromkeys(store.outlet_of.values()))  # articles in corpus order
    return tuple(dict.fromkeys(a.article.outlet for a in ca.articles))


def make_view(ca: CorpusAnalysis, outlets: Sequence[str] = (), story: str = "",
              article_ids: frozenset[str] | None = None) -> View:
    """Narrow ``ca`` to ``outlets`` (empty = all), ``story`` ("" = all) and ``article_ids`` (a
    search or date range; None = all); unknown names are ignored."""
    known = all_outlets(ca)
    chosen = tuple(o for o in known if o in set(outlets)) or known
    story = story if story in ca.stories else ""
    narrowed = bool(story) or article_ids is not None
    store = _store(ca)
    articles: Sequence[ArticleAnalysis]
    if store is not None:
        from analysis.io.columnar import Articles

        ids = store.select(None if len(chosen) == len(known) else chosen, story or None, article_ids)
        articles = Articles(ids, store.articles)
        shown = {store.outlet_of[i] for i in ids} if narrowed else set(chosen)
    else:
        in_story = set(ca.stories.get(story, ())) if story else None
        articles = tuple(
            a for a in ca.articles
            if a.article.outlet in chosen and (in_story is None or a.article.id in in_story)
            and (article_ids is None or a.article.id in article_ids)
        )
        shown = {a.article.outlet for a in articles} if narrowed else set(chosen)
    reports = tuple(o for o in ca.outlets if o.outlet in shown)
    comparisons: Sequence[Comparison]
    if store is not None:
        from analysis.io.columnar import Comparisons

        rows = store.select_comparisons(story or None, None if len(chosen) == len(known) else chosen, article_ids)
        comparisons = Comparisons(store, store.sorted_comparisons(rows))
    else:
        found = tuple(
            c for c in ca.comparisons
            if (not story or c.story == story) and any(i.outlet in chosen for i in c.items)
            and (article_ids is None or any(i.article_id in article_ids for i in c.items))
        )
        # conflicts first, then figures that changed over time: what a reader should look at
        order = {"conflict": 0, "update": 1}
        comparisons = tuple(sorted(found, key=lambda c: (order.get(c.status, 2), c.story, c.subject)))
    return View(ca, tuple(o for o in chosen if o in shown), story, articles, reports, comparisons)


def article_index(ca: CorpusAnalysis) -> dict[str, ArticleAnalysis]:
    return ca.by_id


def fact_status_map(ca: CorpusAnalysis, article_id: str) -> dict[int, str]:
    return ca.statuses_by_article.get(article_id, {})


def _titles(ca: CorpusAnalysis, ids: Sequence[str]) -> list[str]:
    """The titles of the articles ``ids`` that have one (no record built for a lazy corpus)."""
    store = _store(ca)
    if store is not None:
        title_of = store.title_of
        return [title_of[i] for i in ids if title_of.get(i)]
    idx = article_index(ca)
    return [idx[i].article.title for i in ids if i in idx and idx[i].article.title]


def title_of(ca: CorpusAnalysis, article_id: str) -> str:
    """An article's title, "" if it has none (a lazy corpus's from its columns, nothing built)."""
    store = _store(ca)
    if store is not None:
        return store.title_of.get(article_id) or ""
    return ca.by_id[article_id].article.title


def story_label(ca: CorpusAnalysis, story: str) -> str:
    """A readable name for a story id: its first article's title, and how many articles."""
    store = _store(ca)
    if store is not None:  # every story's, once per results folder (the sidebar lists thousands each run)
        labels = store.memo("story_labels", lambda: {s: _story_label(ca, s) for s in ca.stories})
        return labels.get(story) or _story_label(ca, story)
    return _story_label(ca, story)


def _story_label(ca: CorpusAnalysis, story: str) -> str:
    ids = ca.stories.get(story, ())
    title = next(iter(_titles(ca, ids[:50]) or _titles(ca, ids)), "")
    return f"{title[:60]}{'…' if len(title) > 60 else ''} ({len(ids)})" if title else f"{story} ({len(ids)})"


_LETTERS = re.compile(r"[^\W\d_]+")


def story_name(ca: CorpusAnalysis, story: str, words: int = 4) -> str:
    """A story's name for a room: the words most of its headlines share ("محاولة · اغتيال ·
    الكاظمي"), in the order its most typical headline has them; that headline when the
    headlines share fewer than two words; the story id when none has a title."""
    from analysis.facts.rules import scope_rules
    from analysis.facts.stories import comparable_text  # the words grouping compares: normalised, clitics stripped

    titles = _titles(ca, ca.stories.get(story, ()))
    if not titles:
        return story
    stop = scope_rules("ar").context_stopwords  # function words ("بعد", "في") name nothing
    # each headline word as written, with its compared form (the first letter run of it)
    keyed = []
    for title in titles:
        row = []
        for surface in title.split():
            k = _LETTERS.findall(comparable_text(surface))
            if k and k[0] not in stop and len(k[0]) >= 3:
                row.append((surface, k))
        keyed.append(row)
    sets = [{k[0] for _, k in row} for row in keyed]
    df = Counter(w for ws in sets for w in ws)
    need = max(2, (len(titles) + 1) // 2)
    shared = {w for w, c in df.items() if c >= need}
    best = max(range(len(titles)), key=lambda i: (len(sets[i] & shared), sum(df[w] for w in sets[i]), -i))
    if len(titles) >= 2 and len(shared) >= 2:
        # each word as written, in its plainest spelling among the headlines ("قائد", not "بقائد")
        forms: dict[str, str] = {}
        for row in keyed:
            for surface, k in row:
                clean = surface.strip("«»\"“”'.,:!؟?()")
                if k[0] in shared and (k[0] not in forms or len(clean) < len(forms[k[0]])):
                    forms[k[0]] = clean
        picked, seen = [], set()
        for _, k in keyed[best]:
            if k[0] in shared and k[0] not in seen:
                seen.add(k[0])
                picked.append(forms[k[0]])
        if len(picked) >= 2:
            return " · ".join(picked[:words])
    title = titles[best]
    return f"{title[:70]}{'…' if len(title) > 70 else ''}"


STORY_LIST_LIMIT = 200  # stories listed in the sidebar at once (an archive has thousands)


@dataclass(frozen=True)
class StoryChoices:
    stories: tuple[str, ...]  # story ids to list, most outlets first (ties: most articles, then id)
    hidden: int  # stories that match the filters but are left out of the list (narrow to see them)


def story_choices(ca: CorpusAnalysis, outlets: Sequence[str] = (), ids: frozenset[str] | None = None,
                  selected: str = "", limit: int | None = None) -> StoryChoices:
    """The stories the sidebar lists: those with an article of ``outlets`` (none: any) among ``ids``
    (the search and date range; None: all), most outlets first, at most ``limit`` of them.

    A reader picks a story to compare outlets, so the stories most outlets covered come first; a
    search or a date range narrows the list to the stories it found, so a story of an archive's
    thousands is reached by narrowing, not by scrolling (and the page does not send thousands of
    labels on every run).  ``selected`` is always listed (a link may name any story)."""
    limit = STORY_LIST_LIMIT if limit is None else limit
    ranked = ranked_stories(ca, outlets, ids)
    listed = list(ranked[:limit])
    if selected and selected in ca.stories and selected not in listed:
        listed.append(selected)
    return StoryChoices(tuple(listed), max(0, len(ranked) - limit))


def ranked_stories(ca: CorpusAnalysis, outlets: Sequence[str] = (), ids: AbstractSet[str] | None = None) -> list[str]:
    """Story ids with an article of ``outlets`` (none: any) among ``ids`` (None: all), most outlets
    first (ties: most articles, then the later id): the sidebar's order, and its first is the default."""
    store = _store(ca)
    if store is not None:
        return store.ranked_stories(ca.stories, tuple(outlets), None if ids is None else frozenset(ids))
    keep = set(outlets)
    idx = article_index(ca)
    ranked: list[tuple[int, int, str]] = []
    for s, members in ca.stories.items():
        arts = [idx[i] for i in members if i in idx and (ids is None or i in ids)
                and (not keep or idx[i].article.outlet in keep)]
        if arts:
            ranked.append((len({a.article.outlet for a in arts}), len(arts), s))
    return [s for _, _, s in sorted(ranked, reverse=True)]


def largest_story(ca: CorpusAnalysis, among: Sequence[ArticleAnalysis] | None = None) -> str:
    """The story most outlets covered: the natural default to compare (ties: most articles, then
    id).  ``among``: count only these articles (a view's), so a filter never yields a story with
    nothing shown; "" when none of them belongs to a story."""
    ranked = ranked_stories(ca, ids=None if among is None else frozenset(ids_of(among)))
    return ranked[0] if ranked else ""


def sentence_span(a: ArticleAnalysis, start: int, end: int | None = None) -> tuple[int, int]:
    """The sentence containing ``start`` (the whole text if sentences are missing)."""
    for s in a.sentences:
        if s.start <= start < s.end:
            return s.start, max(s.end, end or s.end)
    return 0, len(a.article.text)


def attribution_sentence(a: ArticleAnalysis, att: Attribution) -> tuple[int, int]:
    if 0 <= att.sentence < len(a.sentences):
        s: Sentence = a.sentences[att.sentence]
        return s.start, max(s.end, att.end)
    return sentence_span(a, att.start, att.end)


def item_sentence(a: ArticleAnalysis, item: ComparisonItem) -> tuple[int, int]:
    if 0 <= item.sentence_start < item.sentence_end:
        return item.sentence_start, item.sentence_end
    return sentence_span(a, item.start, item.end)


@dataclass(frozen=True)
class Evidence:
    """A sentence behind a figure: where it is, and what to highlight in it."""

    article: ArticleAnalysis
    start: int
    end: int
    attributions: tuple[Attribution, ...]
    label: str = ""
    focus: tuple[tuple[int, int], ...] = ()  # the exact characters a compared value came from
    clipped: bool = False  # the sentence was cut around ``focus`` (the byline says so with "…")


def sourcing_evidence(view: View, outlet: str | None = None, source_class: str | None = None) -> Sequence[Evidence]:
    """Every sentence with an attribution, per article, optionally one outlet/class.

    On a lazy corpus the sentences are found in the attribution columns and each is built when
    read (a page shows 8 of thousands)."""
    store = _store(view.corpus)
    if store is not None:
        from analysis.io.columnar import LazySeq

        keys = store.attributed_sentences(ids_of(view.articles), outlet, source_class)
        return LazySeq(keys, lambda part: [_sentence_evidence(view.corpus.by_id[aid], n, source_class)
                                           for aid, n in part])
    out: list[Evidence] = []
    for a in view.articles:
        if outlet and a.article.outlet != outlet:
            continue
        by_sentence: dict[tuple[int, int], list[Attribution]] = {}
        for att in a.attributions:
            if source_class and att.source_class.value != source_class:
                continue
            by_sentence.setdefault(attribution_sentence(a, att), []).append(att)
        for (s, e), atts in sorted(by_sentence.items()):
            out.append(Evidence(a, s, e, tuple(atts), a.article.outlet))
    return out


def _sentence_evidence(a: ArticleAnalysis, sentence: int, source_class: str | None) -> Evidence:
    """One sentence's attributions (of ``source_class``) as one Evidence."""
    atts = [x for x in a.attributions if x.sentence == sentence
            and (not source_class or x.source_class.value == source_class)]
    spans = [attribution_sentence(a, x) for x in atts]
    return Evidence(a, min(s for s, _ in spans), max(e for _, e in spans), tuple(atts), a.article.outlet)


def comparison_evidence(view: View, comparison: Comparison) -> list[Evidence]:
    """Each outlet's sentence for one compared fact."""
    idx = article_index(view.corpus)
    out = []
    for item in comparison.items:
        a = idx.get(item.article_id)
        if a is None:
            continue
        s, e = item_sentence(a, item)
        atts = tuple(x for x in a.attributions if x.start < e and x.end > s)
        out.append(Evidence(a, s, e, atts, f"{item.outlet}: {item.value}", ((item.start, item.end),)))
    return out


def outlet_comparisons(view: View, outlet: str) -> Sequence[Comparison]:
    """The shown comparisons ``outlet`` takes part in (conflicts first, as in the view)."""
    return view.comparisons_by_outlet.get(outlet, [])


@dataclass(frozen=True)
class GridCell:
    status: str  # agree | conflict | relayed | silent
    values: tuple[str, ...]
    items: tuple[ComparisonItem, ...]


@dataclass(frozen=True)
class GridRow:
    comparison: Comparison
    cells: dict[str, GridCell]


def fact_grid(view: View, comparisons: Sequence[Comparison] | None = None) -> list[GridRow]:
    """Claims × outlets: each outlet agrees, conflicts or is silent on each compared fact.

    ``comparisons``: only these rows (e.g. one page of ``view.comparisons``); default all.
    """
    outlets = [o.outlet for o in view.corpus.outlets]
    rows = []
    for c in view.comparisons if comparisons is None else comparisons:
        # everyone repeating one agency is not agreement between outlets (the pipeline says so too)
        status = "relayed" if c.relayed_only and c.status == "agree" else c.status  # agree | conflict | update | relayed
        cells = {}
        for o in outlets:
            items = tuple(i for i in c.items if i.outlet == o)
            if not items:
                cells[o] = GridCell("silent", (), ())
            else:
                cells[o] = GridCell(status, tuple(dict.fromkeys(i.value for i in items)), items)
        rows.append(GridRow(c, cells))
    return rows


def grid_outlets(view: View) -> tuple[str, ...]:
    """Outlets that take part in at least one shown comparison (empty columns help nobody)."""
    lazy = getattr(view.comparisons, "outlets", None)
    used = lazy() if lazy is not None else {i.outlet for c in view.comparisons for i in c.items}
    return tuple(o.outlet for o in view.corpus.outlets if o.outlet in used)


@dataclass(frozen=True)
class SourceRow:
    article_id: str
    outlet: str
    label: str
    source_class: str
    mentions: int
    via: str
    reason_given: bool
    source: Source | None  # None from a lazy corpus (the row's columns are all a page shows)


def source_label(label: str) -> str:
    """The label to show for a source, or "" when it is unclear (empty, longer than a noun phrase, a
    clause or a fragment: ``analysis.sourcing.label``): a wrong label in front of a room is worse than
    saying we could not tell."""
    return _noun_phrase_label(label)


def _by_class(rows: Sequence[SourceRow]) -> list[SourceRow]:
    """Sources by class (named first), then most mentioned, then label."""
    order = {"named": 0, "anonymous": 1, "vague": 2}
    return sorted(rows, key=lambda r: (order.get(r.source_class, 3), -r.mentions, r.label))


def outlet_sources(view: View, outlet: str) -> list[SourceRow]:
    store = _store(view.corpus)
    if store is not None:
        def build() -> list[SourceRow]:
            got = store.outlet_sources(outlet)
            # each label checked once: an archive outlet's sources repeat a label (3alyoum: 2,213 sources, 1,661 labels)
            shown = {lab: source_label(lab) for lab in {r["label"] for r in got}}
            found = [SourceRow(r["article_id"], outlet, shown[r["label"]], r["source_class"], int(r["mentions"]),
                               r["via"], bool(r["reason_given"]), None) for r in got]
            return _by_class(found)
        return list(store.memo(("outlet_sources", outlet), build))
    return _source_rows(view.corpus.articles, outlet)


def _source_rows(articles: Sequence[ArticleAnalysis], outlet: str) -> list[SourceRow]:
    """``outlet``'s sources in ``articles``, in ``_by_class`` order."""
    return _by_class([SourceRow(a.article.id, outlet, source_label(s.label), s.source_class.value, len(s.mentions),
                                s.via, s.reason_given, s)
                      for a in articles if a.article.outlet == outlet for s in a.sources])


def story_sources(view: View, outlet: str) -> list[SourceRow]:
    """``outlet``'s sources in the articles on screen (a story's, for the Presenter), in ``outlet_sources``' order;
    the outlet's whole corpus when no single story is chosen."""
    return _source_rows(view.articles, outlet) if view.story else outlet_sources(view, outlet)


def story_reports(view: View) -> tuple[OutletReport, ...]:
    """The shown outlets' sourcing and consistency over the story on screen (analysis.reports.outlet_reports over its
    articles, comparisons and fact statuses), in the view's order: the Presenter asks a room about this story's
    sources and figures, and an outlet's whole archive (3,000 articles, thousands of sources) answers another
    question.  The corpus-wide reports when no single story is chosen."""
    if not view.story:
        return view.reports
    arts = list(view.articles)
    statuses = [FactStatus(a.article.id, i, FactStatusKind(st)) for a in arts
                for i, st in fact_status_map(view.corpus, a.article.id).items()]
    mine = {o.outlet: o for o in outlet_reports(arts, list(view.comparisons), statuses)}
    return tuple(mine[o.outlet] for o in view.reports if o.outlet in mine)


SOURCE_ROWS = 100  # sources listed at once on the Outlet profile (a plain HTML table; the CSV has every one)


def source_page(rows: Sequence[SourceRow], source_class: str = "", limit: int | None = None) -> tuple[list[SourceRow], int]:
    """The sources to list: those of ``source_class`` ("" all), most mentioned first, at most ``limit``;
    and how many there are in all (the page says how many it left out)."""
    limit = SOURCE_ROWS if limit is None else limit
    picked = [r for r in rows if not source_class or r.source_class == source_class]
    if source_class:
        picked.sort(key=lambda r: (-r.mentions, r.label))  # stable: ties keep the table's order
    return picked[:limit], len(picked)


@dataclass(frozen=True)
class SourcingWhy:
    """The counts behind an outlet's sourcing score, for the one line that explains it on screen
    ("14/100: 1 of 7 sources named · 4 anonymous · 2 vague").  Counts only, all from the pipeline's
    records: the score itself is the pipeline's, never recomputed here."""

    score: float | None
    sources: int  # distinct sources
    named: int
    anonymous: int  # distinct anonymous sources, with or without a stated reason
    with_reason: int  # of which a reason for anonymity is stated
    vague: int
    words: int
    anonymous_mentions: int  # attributions to anonymous sources (one source may be cited many times)
    sources_per_1000: float  # distinct anonymous sources per 1,000 words (the pipeline's figure)
    mentions_per_1000: float  # anonymous attributions per 1,000 words


def sourcing_why(ca: CorpusAnalysis, report: OutletReport,
                 articles: Sequence[ArticleAnalysis] | None = None) -> SourcingWhy:
    """``report``'s sourcing counts over all its articles (its score is corpus-wide too), or over ``articles`` (a
    story's, with a report made over them: ``story_reports``)."""
    s = report.sourcing
    store = _store(ca)
    if articles is None and store is not None:  # the whole corpus of a results folder: from its columns
        with_reason, mentions = store.anonymous_counts().get(report.outlet, (0, 0))
    else:
        mine = [a for a in (ca.articles if articles is None else articles) if a.article.outlet == report.outlet]
        with_reason = sum(1 for a in mine for src in a.sources if src.source_class.value == "anonymous" and src.reason_given)
        mentions = sum(1 for a in mine for att in a.attributions if att.source_class.value == "anonymous")
    return SourcingWhy(s.score, s.distinct_sources, s.named, s.anonymous, with_reason, s.vague, s.words, mentions,
                       s.anonymous_per_1000_words, round(1000 * mentions / s.words, 2) if s.words else 0.0)


@dataclass(frozen=True)
class ConsistencyWhy:
    score: float | None  # None: too few comparisons ("not enough evidence")
    agree: int
    conflict: int
    checked: int  # agree + conflict: the compared facts the score rests on


def consistency_why(report: OutletReport) -> ConsistencyWhy:
    c = report.consistency
    if c is None:
        return ConsistencyWhy(None, 0, 0, 0)
    return ConsistencyWhy(c.score, c.agree, c.conflict, c.agree + c.conflict)


def outlet_rows(reports: Sequence[OutletReport]) -> list[dict[str, object]]:
    """Flat rows of the pipeline's outlet figures (for tables and CSV)."""
    rows = []
    for o in reports:
        s, c = o.sourcing, o.consistency
        rows.append({
            "outlet": o.outlet,
            "articles": len(s.article_ids),
            "words": s.words,
            "attributions": s.attributions,
            "distinct_sources": s.distinct_sources,
            "named": s.named,
            "anonymous": s.anonymous,
            "vague": s.vague,
            "named_share": s.named_share,
            "anonymous_per_1000_words": s.anonymous_per_1000_words,
            "reason_given_share": s.reason_given_share,
            "single_anonymous_claims": s.single_anonymous_claims,
            "sourcing_score": s.score,
            "sourcing_low": s.interval.low if s.interval else None,
            "sourcing_high": s.interval.high if s.interval else None,
            "consistency_score": c.score if c else None,
            "consistency_low": c.interval.low if c and c.interval else None,
            "consistency_high": c.interval.high if c and c.interval else None,
            "facts_agree": c.agree if c else None,
            "facts_conflict": c.conflict if c else None,
            "facts_single_source": c.single_source if c else None,
        })
    return rows


def attribution_rows(articles: Sequence[ArticleAnalysis]) -> list[dict[str, object]]:
    rows = []
    for a in articles:
        for att in a.attributions:
            rows.append({
                "article_id": a.article.id, "outlet": a.article.outlet, "sentence": att.sentence,
                "source": att.source, "class": att.source_class.value, "cue": att.cue, "via": att.via,
                "reason_given": att.reason_given, "reason": att.reason, "start": att.start, "end": att.end,
                "text": a.article.text[att.start:att.end],
            })
    return rows


def comparison_rows(comparisons: Sequence[Comparison]) -> list[dict[str, object]]:
    rows = []
    for c in comparisons:
        for i in c.items:
            rows.append({
                "story": c.story, "subject": c.subject, "status": c.status, "relayed_only": c.relayed_only,
                "outlet": i.outlet, "article_id": i.article_id, "value": i.value, "normalised": i.normalised,
                "via": i.via, "start": i.start, "end": i.end, "as_of": i.as_of, "published": i.published,
                "updated": c.updated,
            })
    return rows


@dataclass(frozen=True)
class Step:
    kind: str  # event | ask_sources | sources | ask_conflict | conflict | update | summary
    key: str  # comparison subject / outlet, for the step's heading
    comparison: Comparison | None = None


def presenter_steps(view: View, max_updates: int = 3, ask: bool = False) -> list[Step]:
    """The story for a room: what happened, who speaks, where outlets disagree, how figures changed.

    Updates come after conflicts, the most widely reported first (at most ``max_updates``).
    With ``ask``, the room guesses first: a question step ("which outlet leans most on unnamed
    sources?", "which figure differs?") comes before each answer, which the next click reveals.
    """
    steps = [Step("event", view.story)]
    if ask and most_anonymous(view):
        steps.append(Step("ask_sources", view.story))
    steps.append(Step("sources", view.story))
    for c in view.conflicts:
        if ask:
            steps.append(Step("ask_conflict", c.subject, c))
        steps.append(Step("conflict", c.subject, c))
    ups = sorted(view.updates, key=lambda c: (-len({i.outlet for i in c.items}), c.subject))[:max_updates]
    steps += [Step("update", c.subject, c) for c in ups]
    steps.append(Step("summary", view.story))
    return steps


# an outlet with fewer distinct sources than this is no evidence for "leans most on unnamed sources"
MIN_ANSWER_SOURCES = 2


def most_anonymous(view: View) -> list[OutletReport]:
    """The answer to "which outlet leans most on unnamed sources?" (in the story on screen: ``story_reports``): among
    the shown outlets with at
    least MIN_ANSWER_SOURCES distinct sources, those with the highest share of anonymous ones (ties all
    named). None (say "not enough evidence") when fewer than two outlets can be compared or none has
    an anonymous source: 1 of 2 against 0 of 1 is no answer to give a room."""
    sized = [o for o in story_reports(view) if o.sourcing.distinct_sources >= MIN_ANSWER_SOURCES]
    rated = [o for o in sized if o.sourcing.anonymous]
    if len(sized) < 2 or not rated:
        return []
    top = max(o.sourcing.anonymous_share for o in rated)
    return [o for o in rated if o.sourcing.anonymous_share == top]


@dataclass(frozen=True)
class PairStatement:
    """"A says X, B says Y": one conflict (or outdated figure) with both sides' items."""

    a: ComparisonItem
    b: ComparisonItem
    kind: str  # conflict | outdated
    subject: str = ""  # the comparison's quantity (how its values read: a length in days is shown in years)


def printed_day(item: ComparisonItem) -> str:
    """The day an item's figure was printed (its article's date), for "still printed X on <day>": an outdated
    reading is one printed after the figure was revised, whatever earlier day its sentence states it for
    (a Monday statement reprinted on Wednesday)."""
    return item.published[:10] or item.as_of


def pair_names(p: PairStatement) -> tuple[str, str]:
    """The two sides' names of "A says X, B says Y": their outlets, each with the day its article was printed when the
    two are one outlet (in a story named as one, an outlet is set against what it printed another day)."""
    if p.a.outlet != p.b.outlet:
        return p.a.outlet, p.b.outlet
    return f"{p.a.outlet} ({printed_day(p.a)})", f"{p.b.outlet} ({printed_day(p.b)})"


def pair_values(p: PairStatement, labels: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The two values of "A says X, B says Y" as a reader writes them (``value_label`` with the pair's quantity)."""
    return value_label(p.a.normalised, labels, p.subject), value_label(p.b.normalised, labels, p.subject)


def pair_sentence(p: PairStatement, labels: Mapping[str, str], isolate: Callable[[str], str]) -> str:
    """"A says X; B says Y" (an outdated figure said so) from the labels' template (ours), every name, value and
    day passed through ``isolate`` (the caller's escaping and isolating of untrusted text): one wording for the
    Facts page, the Presenter and the exports."""
    x, y = pair_values(p, labels)
    a, b = pair_names(p)
    if p.kind == "outdated":
        return labels["outdated_pair"].format(a=isolate(a), x=isolate(x), day=isolate(printed_day(p.a)),
                                              b=isolate(b), y=isolate(y))
    return labels["conflict_pair"].format(a=isolate(a), x=isolate(x), b=isolate(b), y=isolate(y))


def pair_statements(comparison: Comparison) -> list[PairStatement]:
    from analysis.facts.alignment import conflict_pairs

    return [PairStatement(a, b, k, comparison.subject) for a, b, k in conflict_pairs(comparison)]


@dataclass(frozen=True)
class TimelinePoint:
    day: str  # ISO day, "" when unknown
    value: str  # as a reader writes it
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class QuantityLine:
    points: tuple[TimelinePoint, ...]  # how the quantity was reported over the days, oldest first
    left_out: int  # readings of another order of magnitude left off the line (its sentences show them)


def quantity_line(comparison: Comparison) -> QuantityLine:
    """A quantity's timeline as a page draws it, with how many readings it leaves off."""
    from analysis.facts.alignment import line_points, timeline_items

    items = timeline_items(comparison)
    return QuantityLine(tuple(TimelinePoint(d, value_label(v, subject=comparison.subject), o)
                              for d, v, o in line_points(items)),
                        len(comparison.items) - len(items))


def timeline_points(comparison: Comparison) -> list[TimelinePoint]:
    """How one quantity was reported over the days, oldest first."""
    return list(quantity_line(comparison).points)


def timeline_summary(comparison: Comparison) -> tuple[str, str, str, str]:
    """(first day, first value, last day, last value) of a quantity's timeline: the line a
    presenter reads out ("from 27 on 20 July to 32 on 21 July")."""
    points = [p for p in timeline_points(comparison) if p.day]
    if not points:
        return "", "", "", ""
    first = points[0]
    last_day = max(p.day for p in points)
    # the figure most outlets gave on the last day
    last = max((p for p in points if p.day == last_day), key=lambda p: (len(p.outlets), p.value))
    return first.day, first.value, last.day, last.value


@dataclass(frozen=True)
class Uncompared:
    article: ArticleAnalysis
    fact: Fact
    reason: str


def not_compared(view: View) -> Sequence[Uncompared]:
    """Numbers in the view's articles that were left uncompared, with the reason (precision first:
    comparing them would risk a false conflict).  On a lazy corpus found in the fact columns and
    built when read; its ``reasons`` are counted there too (``not_compared_reasons``)."""
    store = _store(view.corpus)
    if store is not None:
        from analysis.io.columnar import LazySeq

        keys, reasons = store.uncompared(ids_of(view.articles))

        def build(part):
            out = []
            for aid, n in part:
                a = view.corpus.by_id[aid]
                out.append(Uncompared(a, a.facts[n], a.facts[n].note))
            return out
        seq: LazySeq[Uncompared] = LazySeq(keys, build)
        seq.reasons = reasons  # type: ignore[attr-defined]
        return seq
    out = []
    for a in view.articles:
        for f in a.facts:
            if f.kind == "number" and f.note:
                out.append(Uncompared(a, f, f.note))
    return out


@dataclass(frozen=True)
class Abstention:
    comparison: Comparison
    a: ComparisonItem
    b: ComparisonItem
    reason: str  # co-reported | ambiguous | magnitude | one-day


def abstentions(view: View) -> Sequence[Abstention]:
    """Value pairs of two outlets on one quantity that alignment chose not to set against each other."""
    lazy = getattr(view.comparisons, "abstained", None)
    if lazy is not None:
        from analysis.io.columnar import LazySeq

        store = _store(view.corpus)

        def build(part):
            out = []
            for r, k in part:
                c = store.comparisons_at([r])[0]
                p = c.abstained[k]
                out.append(Abstention(c, c.items[p.a], c.items[p.b], p.kind))
            return out
        return LazySeq(lazy(), build)
    return [Abstention(c, c.items[p.a], c.items[p.b], p.kind) for c in view.comparisons for p in c.abstained]


def not_compared_reasons(items: Sequence[Uncompared]) -> list[tuple[str, int]]:
    """Reasons and how many numbers each kept out, most frequent first."""
    counted = getattr(items, "reasons", None)
    if counted is not None:  # a lazy corpus's, counted over its columns
        return list(counted)
    counts: dict[str, int] = {}
    for u in items:
        key = u.reason.split(":", 1)[0]
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def article_label(a: ArticleAnalysis) -> str:
    return _label(a.article.outlet, a.article.title or a.article.id)


def _label(outlet: str, title: str) -> str:
    return f"{outlet} — {title[:50]}{'…' if len(title) > 50 else ''}"


def article_label_of(ca: CorpusAnalysis, article_id: str) -> str:
    """``article_label`` of an article by id (a lazy corpus's from its columns, nothing built)."""
    store = _store(ca)
    if store is not None:
        return _label(store.outlet_of[article_id], store.title_of.get(article_id) or article_id)
    return article_label(ca.by_id[article_id])


def outlet_articles(ca: CorpusAnalysis, outlet: str) -> Sequence[ArticleAnalysis]:
    """All of ``outlet``'s articles, in corpus order (a lazy corpus's built when read)."""
    store = _store(ca)
    if store is not None:
        from analysis.io.columnar import Articles

        return Articles(store.select([outlet], None, None), store.articles)
    return [x for x in ca.articles if x.article.outlet == outlet]


def first_per_outlet(ca: CorpusAnalysis, articles: Sequence[ArticleAnalysis], limit: int) -> tuple[list[ArticleAnalysis], int]:
    """The first of ``articles`` of each outlet, at most ``limit`` of them, and how many outlets
    there are (a lazy sequence is walked by id; only the returned ones are built)."""
    store = _store(ca)
    if store is not None:
        firsts: dict[str, str] = {}
        for aid in ids_of(articles):
            firsts.setdefault(store.outlet_of[aid], aid)
        return [ca.by_id[aid] for aid in list(firsts.values())[:limit]], len(firsts)
    by_outlet: dict[str, ArticleAnalysis] = {}
    for a in articles:
        by_outlet.setdefault(a.article.outlet, a)
    return list(by_outlet.values())[:limit], len(by_outlet)


def default_picks(view: View, limit: int = 3) -> list[str]:
    """The articles to compare when none are chosen: the shown (or biggest) story, one per outlet."""
    story = view.story or largest_story(view.corpus)
    shown = set(ids_of(view.articles))
    store = _store(view.corpus)
    outlet_of = store.outlet_of if store is not None else {a.article.id: a.article.outlet for a in view.articles}
    picks, outlets = [], set()
    for aid in view.corpus.stories.get(story, ()):
        if aid in shown and aid in outlet_of and outlet_of[aid] not in outlets:
            picks.append(aid)
            outlets.add(outlet_of[aid])
    return picks[:limit] or list(ids_of(view.articles)[:limit])


@dataclass(frozen=True)
class PickedSide:
    """One picked article's side of a conflict: its sentence(s), each once, with every value in focus."""

    article_id: str
    outlet: str
    values: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    odd: bool = False  # the one picked article whose figure differs from all the others'


@dataclass(frozen=True)
class PickedConflict:
    comparison: Comparison
    sides: tuple[PickedSide, ...]  # in pick order; only picked articles

    @property
    def odd_outlet(self) -> str:
        odd = [s.outlet for s in self.sides if s.odd]
        return odd[0] if len(odd) == 1 else ""


CLIP_CHARS = 120  # a conflict at the top of Compare shows this much after its figures...
CLIP_BEFORE = 60  # ...and this much before them (the figure itself must be on the first screen)


def _clipped(an: ArticleAnalysis, s: int, e: int, focus: list[tuple[int, int]]) -> Evidence:
    """The sentence around ``focus``, cut to ``CLIP_BEFORE``/``CLIP_CHARS`` at word boundaries (a long
    sentence would push the figure below the first screen); a cut is marked (``clipped``)."""
    text = an.article.text
    lo, hi = min(f[0] for f in focus), max(f[1] for f in focus)
    a, b = s, e
    if lo - s > CLIP_BEFORE:
        a = text.find(" ", lo - CLIP_BEFORE, lo) + 1 or lo - CLIP_BEFORE
    if e - hi > CLIP_CHARS:
        cut = text.rfind(" ", hi, hi + CLIP_CHARS)
        b = cut if cut > hi else hi + CLIP_CHARS
    atts = tuple(x for x in an.attributions if x.start >= a and x.end <= b)
    return Evidence(an, a, b, atts, an.article.outlet, tuple(focus), clipped=(a, b) != (s, e))


def _side(an: ArticleAnalysis, items: Sequence[ComparisonItem]) -> PickedSide:
    """One article's side of a comparison: each of its sentences once, cut around its figures."""
    by_sentence: dict[tuple[int, int], list[ComparisonItem]] = {}
    for it in sorted(items, key=lambda i: i.start):
        by_sentence.setdefault(item_sentence(an, it), []).append(it)
    evidence = tuple(_clipped(an, s, e, [(i.start, i.end) for i in its]) for (s, e), its in sorted(by_sentence.items()))
    return PickedSide(an.article.id, an.article.outlet, tuple(dict.fromkeys(i.value for i in items)), evidence)


def comparison_sides(view: View, comparison: Comparison) -> list[PickedSide]:
    """Every article's side of one compared fact, in the comparison's order: its sentence(s) once,
    cut around the figures (what a room reads on the presenter's conflict step)."""
    idx = article_index(view.corpus)
    by_article: dict[str, list[ComparisonItem]] = {}
    for it in comparison.items:
        by_article.setdefault(it.article_id, []).append(it)
    return [_side(idx[aid], items) for aid, items in by_article.items() if aid in idx]


def picked_conflicts(view: View, article_ids: Sequence[str]) -> list[PickedConflict]:
    """The conflicts *between the picked articles*: for each, only the picked articles' sides
    (an article that was not picked never appears), each sentence once however many of its
    figures the conflict holds, and the odd one out when one picked article differs from all
    the others (three or more picked)."""
    from analysis.facts.alignment import conflict_pairs

    picked = list(dict.fromkeys(article_ids))
    ids = set(picked)
    idx = article_index(view.corpus)
    out = []
    store = _store(view.corpus)
    candidates: Sequence[Comparison] = view.corpus.comparisons
    if store is not None:  # only the conflicts two picked articles take part in are built
        rows = [r for r in store.select_comparisons(None, None, frozenset(ids))
                if store.comp_status[r] == "conflict" and len(ids & store.comp_ids[r]) >= 2]
        candidates = store.comparisons_at(rows)
    for c in candidates:
        if c.status != "conflict":
            continue
        involved: dict[str, list[ComparisonItem]] = {}
        for a, b, kind in conflict_pairs(c):
            if kind == "conflict" and a.article_id in ids and b.article_id in ids and a.outlet != b.outlet:
                for it in (a, b):
                    if it not in involved.setdefault(it.article_id, []):
                        involved[it.article_id].append(it)
        if len(involved) < 2:
            continue
        sides = [_side(idx[aid], involved[aid]) for aid in picked if involved.get(aid) and aid in idx]
        if len(sides) >= 3:
            # the odd one out: the only side none of whose readings any other side shares
            norm = {s.article_id: {i.normalised for i in involved[s.article_id]} for s in sides}
            lonely = [s for s in sides if all(norm[s.article_id].isdisjoint(norm[o.article_id])
                                              for o in sides if o is not s)]
            if len(lonely) == 1:
                sides = [replace(s, odd=s is lonely[0]) for s in sides]
        out.append(PickedConflict(c, tuple(sides)))
    return out


ACCURACY_MEASURES = {  # label key -> English label (the page passes its language's labels)
    "acc_overlap": "attribution found (cue overlaps)", "acc_exact": "attribution found (exact cue)",
    "acc_class": "class: {name}", "acc_class_correct": "class correct, when found", "acc_via_correct": "via correct",
    "acc_reason_correct": "reason-given correct", "acc_span_correct": "source span correct",
}


def accuracy_rows(report, labels: Mapping[str, str] | None = None) -> list[dict[str, object]]:
    """An attribution evaluation report (analysis.evaluation.attributions) as table rows, per set and measure,
    the measures named in ``labels``' language (English by default).  A figure a measure does not
    have (the precision of an accuracy) is None; the page shows it as a dash.

    Duck-typed on the report so the dashboard never hard-codes a number and
    keeps working if the report grows fields.
    """
    lab = {**ACCURACY_MEASURES, **{k: v for k, v in (labels or {}).items() if k in ACCURACY_MEASURES}}
    rows = []
    for s in getattr(report, "sets", ()):
        measures = [(lab["acc_overlap"], s.overlap), (lab["acc_exact"], s.exact)]
        measures += [(lab["acc_class"].format(name=labels.get(f"class_{name}", name) if labels else name), prf)
                     for name, prf in sorted(s.per_class.items())]
        for label, prf in measures:
            rows.append({"set": s.name, "measure": label, "precision": round(prf.precision, 3),
                         "recall": round(prf.recall, 3), "f1": round(prf.f1, 3),
                         "gold": prf.tp + prf.fn, "found": prf.tp + prf.fp})
        for key, value in (("acc_class_correct", s.class_accuracy), ("acc_via_correct", s.via_accuracy),
                           ("acc_reason_correct", s.reason_accuracy), ("acc_span_correct", s.source_span_accuracy)):
            rows.append({"set": s.name, "measure": lab[key], "precision": None, "recall": None,
                         "f1": round(value, 3), "gold": s.matched, "found": None})
    return rows


def first_run_rows(runs: dict) -> list[dict[str, object]]:
    """The recorded first (blind) run of each attribution gold set (data/gold/attribution_runs.json),
    as table rows: the honest estimate on unseen text, kept apart from later development figures."""
    rows = []
    for name, r in runs.items():
        if name.startswith("_") or not isinstance(r, dict):
            continue
        cue = r.get("cue", {})
        rows.append({"set": name, "when": r.get("when", ""), "documents": r.get("documents"), "gold": r.get("gold"),
                     "cue_f1": cue.get("f1"), "precision": cue.get("precision"), "recall": cue.get("recall"),
                     "class_accuracy": r.get("class_accuracy"),
                     "anonymous_found_and_classed": r.get("anonymous_found_and_classed"),
                     "via_accuracy": r.get("via_accuracy"), "false_alarms": r.get("false_alarms")})
    return rows


_GENUINE = ("real", "revision")


def archive_sample_rows(doc: dict) -> list[dict[str, object]]:
    """Judged random samples of the conflicts reported over a whole archive
    (data/gold/archive_conflict_samples.json), one row each: how many were genuine.

    A sample with per-pair labels is counted from them (never from a typed-in total); an older one
    kept only as totals shows those."""
    rows: list[dict[str, object]] = []
    for s in doc.get("samples", []):
        items = s.get("items") or []
        if items:
            labels = [str(i.get("label", "")) for i in items]
            genuine = sum(lab in _GENUINE for lab in labels)
            strict = sum(lab == "real" for lab in labels)
            judged = len(labels)
        else:
            c = s.get("counts", {})
            genuine = c.get("genuine, same-day revisions included", 0)
            strict = c.get("real, strictly", 0)
            judged = s.get("drawn", 0)
        rows.append({"session": s.get("session", ""), "code": s.get("code", ""), "which": s.get("which", "reported"),
                     "pairs": s.get("pairs_reported"), "judged": judged, "genuine": genuine, "real": strict,
                     "false": judged - genuine})
    return rows


def grouped_automatically(ca: CorpusAnalysis, story: str) -> bool:
    """Whether a story was made by the text grouping, not named by someone (a manifest's story column)."""
    ids = ca.stories.get(story, ())
    a = ca.by_id.get(ids[0]) if ids else None
    return a is not None and not a.article.story


def latest_archive_sample(doc: dict) -> tuple[int, int] | None:
    """(genuine, judged) of the newest judged sample of the conflicts reported over a whole archive
    (data/gold/archive_conflict_samples.json), counted from its labels; None when there is none."""
    reported = [r for r in archive_sample_rows(doc) if r["which"] in ("kept", "reported")]
    if not reported:
        return None
    last = reported[-1]
    return int(last["genuine"]), int(last["judged"])  # type: ignore[call-overload]


def _run_sets(entry: dict, blind: bool) -> list[dict]:
    """The sets of one recorded story run (data/gold/story_runs.json) that were blind in it, or not."""
    return [v for k, v in entry.items() if not k.startswith("_") and isinstance(v, dict) and bool(v.get("blind")) == blind]


def _run_total(sets: list[dict], field: str) -> tuple[int, int]:
    """(right, of all) of one figure of a run's sets ("key_disagreements": found, labelled), summed."""
    pairs = [v.get(field, [0, 0]) for v in sets]
    return sum(int(p[0]) for p in pairs), sum(int(p[1]) for p in pairs)


@dataclass(frozen=True)
class DetectionRecall:
    """How many of the hand-labelled real disagreements the consistency rules found in the newest
    recorded runs (data/gold/story_runs.json): on the development sets (the rules were written on
    them) and on the blind sets (nobody working on rules has read them)."""

    found: int
    labelled: int
    blind_found: int
    blind_labelled: int


def detection_recall(runs: dict) -> DetectionRecall | None:
    """The newest recorded development run and the newest blind run, summed over their sets (key
    disagreements found / labelled); None when either is missing.  Runs are kept in the order they
    were made, so the newest of a kind is the last key that starts with its prefix."""

    dev = [v for k, v in runs.items() if k.startswith("development_sets") and isinstance(v, dict)]
    blind = [v for k, v in runs.items() if k.startswith("blind_") and isinstance(v, dict)]
    if not dev or not blind:
        return None
    (f, n) = _run_total(_run_sets(dev[-1], False), "key_disagreements")
    (bf, bn) = _run_total(_run_sets(blind[-1], True), "key_disagreements")
    if not n or not bn:
        return None
    return DetectionRecall(f, n, bf, bn)


@dataclass(frozen=True)
class BlindRun:
    """One recorded run on the blind story sets (data/gold/story_runs.json), summed over the sets that
    were blind in it: how many, the labelled key disagreements found, the reported conflicts that were
    labelled ones, the must-not pairs called conflicts."""

    key: str
    when: str
    sets: int
    found: int
    labelled: int
    right: int
    reported: int
    violated: int
    must_not: int


_WHEN = re.compile(r"\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2} UTC)?")


def blind_runs(runs: dict) -> list[BlindRun]:
    """Every recorded run that holds blind sets, in the order they were made, summed over those sets:
    the whole blind history in one table (each run's own table gives the sets one by one)."""
    out = []
    for key, entry in runs.items():
        if key.startswith("_") or not isinstance(entry, dict):
            continue
        sets = _run_sets(entry, True)
        if not sets:
            continue
        when = _WHEN.search(str(entry.get("_when", "")))
        out.append(BlindRun(key, when.group(0) if when else "", len(sets), *_run_total(sets, "key_disagreements"),
                            *_run_total(sets, "conflicts"), *_run_total(sets, "must_not_violated")))
    return out
