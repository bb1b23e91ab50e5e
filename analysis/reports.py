"""Each outlet's two scores over a set of analysed articles: sourcing (analysis.sourcing.scoring) and consistency
(analysis.facts.consistency), as the corpus step gives them for a whole corpus and the Presenter for one story."""
from __future__ import annotations

from typing import Sequence

from analysis.facts.consistency import outlet_consistency
from analysis.records import ArticleAnalysis, Comparison, FactStatus, OutletReport
from analysis.sourcing.scoring import outlet_sourcing


def outlet_reports(analyses: Sequence[ArticleAnalysis], comparisons: Sequence[Comparison],
                   statuses: Sequence[FactStatus]) -> tuple[OutletReport, ...]:
    """Each outlet's sourcing and consistency over ``analyses`` (a whole corpus, or one story of it: the Presenter
    walks a room through one story, its sources and its figures, not each outlet's whole archive), by outlet name."""
    consistency = outlet_consistency(analyses, comparisons, statuses)
    by_outlet: dict[str, list[ArticleAnalysis]] = {}
    for a in analyses:
        by_outlet.setdefault(a.article.outlet, []).append(a)
    return tuple(
        OutletReport(
            outlet=name,
            sourcing=outlet_sourcing(name, [(a.sourcing, a.sources) for a in items]),
            consistency=consistency.get(name),
        )
        for name, items in sorted(by_outlet.items())
    )
