"""The analysis, start to finish.

Per article (pure, independent, parallelisable):
    clean text → sentences → attributions + distinct sources → sourcing figures → facts
Per corpus (needs all articles):
    stories → cross-outlet alignment per story → outlet sourcing + consistency
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from analysis.facts.alignment import align_story
from analysis.sourcing.attribution import detect_attributions
from analysis.facts.consistency import outlet_consistency
from analysis.facts.extract import extract_facts
from analysis.records import Article, ArticleAnalysis, Comparison, CorpusAnalysis, FactStatus, OutletReport
from analysis.sourcing.scoring import article_sourcing, outlet_sourcing
from analysis.text.segment import split_sentences
from analysis.facts.stories import group_stories
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
    story_of = group_stories([a.article for a in analyses])
    analyses = [replace(a, story=story_of.get(a.article.id, a.story)) for a in analyses]

    stories: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        stories.setdefault(a.story, []).append(a)
    comparisons: list[Comparison] = []
    statuses: list[FactStatus] = []
    for story_id in sorted(stories):
        comps, stats = align_story(story_id, stories[story_id])
        comparisons.extend(comps)
        statuses.extend(stats)

    consistency = outlet_consistency(analyses, comparisons, statuses)
    by_outlet: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        by_outlet.setdefault(a.article.outlet, []).append(a)
    outlets = tuple(
        OutletReport(
            outlet=name,
            sourcing=outlet_sourcing(name, [(a.sourcing, a.sources) for a in items]),
            consistency=consistency.get(name),
        )
        for name, items in sorted(by_outlet.items())
    )
    return CorpusAnalysis(
        articles=tuple(analyses), outlets=outlets, comparisons=tuple(comparisons),
        fact_statuses=tuple(statuses),
        stories={s: tuple(a.article.id for a in items) for s, items in sorted(stories.items())},
    )


def analyze_corpus(articles: Iterable[Article], cache_dir: Path | None = None) -> CorpusAnalysis:
    """Per-article analysis (from ``cache_dir`` where this code saw the article before) + corpus step."""
    if cache_dir is None:
        return combine(analyze_articles(articles))
    from analysis.io.cache import analyze_articles_cached  # batch imports this module

    return combine(analyze_articles_cached(list(articles), cache_dir))
