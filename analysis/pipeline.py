"""The analysis, start to finish.

Per article (pure, independent, parallelisable):
    clean text → sentences → attributions + distinct sources → sourcing figures → facts
Per corpus (needs all articles):
    stories → cross-outlet alignment per story → outlet sourcing + consistency
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import AbstractSet, Iterable, Sequence

from analysis.facts.alignment import align_story
from analysis.forking import Forked, worth_forking
from analysis.sourcing.attribution import detect_attributions
from analysis.facts.extract import extract_facts
from analysis.records import Article, ArticleAnalysis, Comparison, CorpusAnalysis, FactStatus
from analysis.reports import outlet_reports
from analysis.sourcing.scoring import article_sourcing
from analysis.text.segment import split_sentences
from analysis.facts.stories import story_grouping
from analysis.facts.dates import parse_published
from analysis.text.textnorm import count_words, normalise


def analyze_article(article: Article) -> ArticleAnalysis:
    text = article.text
    sentences = split_sentences(text)
    # normalised once, here, for both stages (offsets map back to ``text`` through it)
    norm = normalise(text)
    attributions, sources = detect_attributions(text, sentences, language=article.language, outlet=article.outlet,
                                                norm=norm)
    sourcing = article_sourcing(article.id, count_words(text), attributions, sources)
    facts = extract_facts(text, sentences, language=article.language,
                          reference_date=parse_published(article.published, exact_day=True), norm=norm)
    return ArticleAnalysis(
        article=article, sentences=sentences, attributions=attributions, sources=sources,
        sourcing=sourcing, facts=facts, story=article.story,
    )


def analyze_articles(articles: Iterable[Article]) -> list[ArticleAnalysis]:
    return [analyze_article(a) for a in articles]


def combine(analyses: Sequence[ArticleAnalysis]) -> CorpusAnalysis:
    """Corpus-level steps over per-article results (which may come from a batch run)."""
    grouping = story_grouping([a.article for a in analyses])
    story_of = grouping.story_of
    analyses = [replace(a, story=story_of.get(a.article.id, a.story)) for a in analyses]

    stories: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        stories.setdefault(a.story, []).append(a)
    comparisons: list[Comparison] = []
    statuses: list[FactStatus] = []
    # a story someone named is one event; one grouped by text may hold several (alignment.incident_words)
    automatic = {s for s, items in stories.items() if not any(a.article.story for a in items)}
    for comps, stats in _align_stories(stories, automatic, grouping.rare_words):
        comparisons.extend(comps)
        statuses.extend(stats)

    return CorpusAnalysis(
        articles=tuple(analyses), outlets=outlet_reports(analyses, comparisons, statuses), comparisons=tuple(comparisons),
        fact_statuses=tuple(statuses),
        stories={s: tuple(a.article.id for a in items) for s, items in sorted(stories.items())},
    )


_Aligned = tuple[tuple[Comparison, ...], tuple[FactStatus, ...]]


def _align_stories(stories: dict[str, list[ArticleAnalysis]], automatic: AbstractSet[str] = frozenset(),
                   rare_words: frozenset[str] | None = None) -> list[_Aligned]:
    """``align_story`` of every story, in story-id order; on two cores for a big corpus (alignment
    is independent per story: a forked process aligns part of the stories while this one aligns the rest)."""
    ids = sorted(stories)

    def align(s: str) -> _Aligned:
        return align_story(s, stories[s], rare_words=rare_words if s in automatic else None)

    if not worth_forking(sum(len(v) for v in stories.values())):
        return [align(s) for s in ids]
    # two halves of about equal work (cost grows with a story's facts): greedy, biggest first
    cost = {s: sum(len(a.facts) for a in stories[s]) for s in ids}
    mine: set[str] = set()
    load = [0, 0]
    for s in sorted(ids, key=lambda s: (-cost[s], s)):
        k = 0 if load[0] <= load[1] else 1
        load[k] += cost[s]
        if k == 0:
            mine.add(s)
    theirs = [s for s in ids if s not in mine]
    with Forked(lambda part: [align(s) for s in part], theirs) as child:
        here = {s: align(s) for s in ids if s in mine}
        there = dict(zip(theirs, child.result()))
    return [here[s] if s in here else there[s] for s in ids]


def analyze_corpus(articles: Iterable[Article], cache_dir: Path | None = None) -> CorpusAnalysis:
    """Per-article analysis (from ``cache_dir`` where this code saw the article before) + corpus step."""
    if cache_dir is None:
        return combine(analyze_articles(articles))
    from analysis.io.cache import analyze_articles_cached  # batch imports this module

    return combine(analyze_articles_cached(list(articles), cache_dir))
