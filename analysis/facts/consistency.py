"""Consistency of outlets (and articles) with the other outlets covering a story.

Unit of evidence: one (article, quantity) pair that alignment could check
against another outlet *for the same time*.  It counts as

* agree    when another outlet independently reports a compatible value
           (fact status "corroborated"),
* conflict when another outlet reports an incompatible value for the same
           time (status "contradicted"), or the article repeats a figure
           another outlet had already revised before the article's day
           ("outdated": it counts against the outdated article only),
* nothing otherwise: a figure that changed over time ("updated": the toll
  rose from 30 to 32) is not held against anyone, and single-source facts
  (nobody else reports them, or everyone repeats one relayed agency:
  repetition is not corroboration) are no evidence either way.

Score = 100 * agree / (agree + conflict), the observed share, as the sourcing
score does; the interval is the equal-tailed Jeffreys Beta(agree + 1/2,
conflict + 1/2) interval at the confidence of ``data/scoring.json`` (0-100;
end fixed at 100 with no conflicts, at 0 with no agreement).  With fewer than
``consistency_min_checked`` confident comparisons there is **no score**
("not enough evidence"): a wrong number shown to a room does harm.

Note: a conflict counts against *every* outlet in it: the figure measures how
often an outlet's facts are disputed by other outlets, not who is right.  One
exception (alignment: the fact status): a figure two or more other outlets back,
disputed only by values each one outlet printed alone (one paper's "6.17 million"
against four papers' "6.17 billion"), is corroborated, not contradicted; the lone
values stay contradicted, and the pair is still listed.
"""
from __future__ import annotations

from typing import Sequence

from analysis.records import ArticleAnalysis, ArticleConsistency, Comparison, FactStatus, Interval, OutletConsistency
from analysis.sourcing.scoring import beta_interval, scoring_rules


# a fact status's weight as evidence about its article: no evidence, agreement, conflict; where one fact has two
# verdicts (two comparisons), the worse stands
STATUS_RANK = {"single-source": 0, "updated": 0, "corroborated": 1, "outdated": 2, "contradicted": 2}


def score_interval(agree: int, conflict: int, minimum: int | None = None) -> tuple[float | None, Interval | None]:
    """Score and interval, or (None, None) with fewer than ``minimum`` comparisons (default: scoring.json)."""
    n = agree + conflict
    floor = scoring_rules().consistency_min_checked if minimum is None else minimum
    if n == 0 or n < floor:
        return None, None
    iv = beta_interval(float(agree), float(n), scoring_rules().confidence)
    # Jeffreys interval boundary fix (Brown, Cai & DasGupta 2001): with no conflicts the
    # upper end is 100, with no agreement the lower end is 0, so the score lies inside
    return round(100 * agree / n, 1), Interval(0.0 if agree == 0 else iv.low, 100.0 if conflict == 0 else iv.high)


def _verdicts(
    analyses: Sequence[ArticleAnalysis], statuses: Sequence[FactStatus], comparisons: Sequence[Comparison] = (),
) -> dict[str, dict[str, str]]:
    """article id -> quantity -> agree | conflict | single (worst status of its facts wins).

    The quantity is the comparison's subject: figures keyed by a unit or a counted noun only
    ("amount:ريال") are split into quantities by their context (alignment), and an article giving a
    company's profit, its dividend and its revenue has three pieces of evidence, not one."""
    by_id = {a.article.id: a for a in analyses}
    quantity = {(it.article_id, it.start): c.subject for c in comparisons for it in c.items}
    label = {0: "single", 1: "agree", 2: "conflict"}
    best: dict[str, dict[str, int]] = {}
    for st in statuses:
        an = by_id.get(st.article_id)
        if an is None or not (0 <= st.fact_index < len(an.facts)):
            continue
        fact = an.facts[st.fact_index]
        subject = quantity.get((st.article_id, fact.start), fact.subject)
        per = best.setdefault(st.article_id, {})
        per[subject] = max(per.get(subject, 0), STATUS_RANK.get(st.status, 0))
    return {aid: {s: label[r] for s, r in per.items()} for aid, per in best.items()}


def article_consistency(
    analyses: Sequence[ArticleAnalysis], comparisons: Sequence[Comparison], statuses: Sequence[FactStatus]
) -> dict[str, ArticleConsistency]:
    """Per-article breakdown (keyed by article id), with the subjects behind each count."""
    verdicts = _verdicts(analyses, statuses, comparisons)
    out: dict[str, ArticleConsistency] = {}
    for an in analyses:
        v = verdicts.get(an.article.id, {})
        agree = tuple(sorted(s for s, x in v.items() if x == "agree"))
        conflict = tuple(sorted(s for s, x in v.items() if x == "conflict"))
        single = sum(1 for x in v.values() if x == "single")
        score, interval = score_interval(len(agree), len(conflict))
        out[an.article.id] = ArticleConsistency(
            article_id=an.article.id, outlet=an.article.outlet, story=an.story, score=score, interval=interval,
            agree=len(agree), conflict=len(conflict), single_source=single,
            agree_subjects=agree, conflict_subjects=conflict,
        )
    return out


def outlet_consistency(
    analyses: Sequence[ArticleAnalysis], comparisons: Sequence[Comparison], statuses: Sequence[FactStatus]
) -> dict[str, OutletConsistency]:
    """Per-outlet consistency (keyed by outlet): sums of its articles' counts."""
    per_article = article_consistency(analyses, comparisons, statuses)
    totals: dict[str, list[int]] = {}
    for rec in per_article.values():
        t = totals.setdefault(rec.outlet, [0, 0, 0])
        t[0] += rec.agree
        t[1] += rec.conflict
        t[2] += rec.single_source
    out = {}
    for outlet, (agree, conflict, single) in sorted(totals.items()):
        score, interval = score_interval(agree, conflict)
        out[outlet] = OutletConsistency(outlet, score, interval, agree, conflict, single)
    return out
