"""Sourcing scores per article and per outlet.

Counts are over *distinct* sources (one anonymous official quoted five times
is one source), shares over distinct sources too.  The 0-100 score is the mean
credit of an outlet's distinct sources (weights in ``data/scoring.json``);
its interval comes from a Beta posterior on an effective sample size that
shrinks when the sources come from few articles.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from analysis.distributions import beta_ppf
from analysis.lexicon import DATA_DIR
from analysis.records import ArticleSourcing, Attribution, Interval, OutletSourcing, Source, SourceClass


@dataclass(frozen=True)
class ScoringRules:
    credit_named: float
    credit_anonymous_with_reason: float
    credit_anonymous: float
    credit_vague: float
    icc: float
    confidence: float
    consistency_min_checked: int = 3


@lru_cache(maxsize=4)
def scoring_rules(path: Path = DATA_DIR / "scoring.json") -> ScoringRules:
    raw = json.loads(path.read_text(encoding="utf-8"))
    c = raw["credit"]
    return ScoringRules(
        credit_named=c["named"], credit_anonymous_with_reason=c["anonymous_with_reason"],
        credit_anonymous=c["anonymous"], credit_vague=c["vague"],
        icc=raw["icc"], confidence=raw["confidence"],
        consistency_min_checked=int(raw.get("consistency_min_checked", 3)),
    )


def source_credit(source: Source, rules: ScoringRules) -> float:
    if source.source_class is SourceClass.NAMED:
        return rules.credit_named
    if source.source_class is SourceClass.VAGUE:
        return rules.credit_vague
    return rules.credit_anonymous_with_reason if source.reason_given else rules.credit_anonymous


@lru_cache(maxsize=16384)
def beta_interval(successes: float, n_eff: float, confidence: float) -> Interval:
    """Equal-tailed interval of a Jeffreys Beta posterior, on a 0-100 scale.

    Cached: a pure function of its arguments (Interval is frozen), and two
    quantile searches cost ~1 ms; articles with the same mix of source
    classes ask for the same interval.
    """
    a = successes + 0.5
    b = max(n_eff - successes, 0.0) + 0.5
    tail = (1 - confidence) / 2
    return Interval(round(100 * beta_ppf(tail, a, b), 1), round(100 * beta_ppf(1 - tail, a, b), 1))


def _score(sources: Sequence[Source], articles: int, rules: ScoringRules) -> tuple[float | None, Interval | None]:
    if not sources:
        return None, None
    credits = [source_credit(s, rules) for s in sources]
    mean = sum(credits) / len(credits)
    per_article = len(sources) / max(articles, 1)
    n_eff = len(sources) / (1 + (per_article - 1) * rules.icc) if per_article > 1 else float(len(sources))
    return round(100 * mean, 1), beta_interval(mean * n_eff, n_eff, rules.confidence)


def single_anonymous_claims(attributions: Sequence[Attribution]) -> int:
    """Sentences whose only attribution is one anonymous source in the singular."""
    by_sentence: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence, []).append(a)
    return sum(
        1 for atts in by_sentence.values()
        if len({a.source_id for a in atts}) == 1
        and atts[0].source_class is SourceClass.ANONYMOUS
        and atts[0].source_number == "singular"
    )


@dataclass(frozen=True)
class _Counts:
    named: int
    anonymous: int
    vague: int
    reason_given: int

    @property
    def total(self) -> int:
        return self.named + self.anonymous + self.vague


def _counts(sources: Sequence[Source]) -> _Counts:
    named = sum(s.source_class is SourceClass.NAMED for s in sources)
    anon = [s for s in sources if s.source_class is SourceClass.ANONYMOUS]
    vague = sum(s.source_class is SourceClass.VAGUE for s in sources)
    return _Counts(named, len(anon), vague, sum(s.reason_given for s in anon))


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def article_sourcing(
    article_id: str, words: int, attributions: Sequence[Attribution], sources: Sequence[Source],
    rules: ScoringRules | None = None,
) -> ArticleSourcing:
    rules = rules or scoring_rules()
    c = _counts(sources)
    score, interval = _score(sources, 1, rules)
    return ArticleSourcing(
        article_id=article_id, words=words, attributions=len(attributions), distinct_sources=c.total,
        named=c.named, anonymous=c.anonymous, vague=c.vague,
        named_share=_share(c.named, c.total), anonymous_share=_share(c.anonymous, c.total),
        vague_share=_share(c.vague, c.total),
        anonymous_per_1000_words=round(1000 * c.anonymous / words, 2) if words else 0.0,
        reason_given_share=_share(c.reason_given, c.anonymous),
        single_anonymous_claims=single_anonymous_claims(attributions),
        score=score, interval=interval,
    )


def outlet_sourcing(
    outlet: str, items: Sequence[tuple[ArticleSourcing, Sequence[Source]]], rules: ScoringRules | None = None,
) -> OutletSourcing:
    """Aggregate an outlet's articles: pooled distinct sources, one interval."""
    rules = rules or scoring_rules()
    sources = [s for _, srcs in items for s in srcs]
    c = _counts(sources)
    words = sum(a.words for a, _ in items)
    score, interval = _score(sources, len(items), rules)
    return OutletSourcing(
        outlet=outlet, article_ids=tuple(a.article_id for a, _ in items), words=words,
        attributions=sum(a.attributions for a, _ in items), distinct_sources=c.total,
        named=c.named, anonymous=c.anonymous, vague=c.vague,
        named_share=_share(c.named, c.total), anonymous_share=_share(c.anonymous, c.total),
        vague_share=_share(c.vague, c.total),
        anonymous_per_1000_words=round(1000 * c.anonymous / words, 2) if words else 0.0,
        reason_given_share=_share(c.reason_given, c.anonymous),
        single_anonymous_claims=sum(a.single_anonymous_claims for a, _ in items),
        score=score, interval=interval,
    )
