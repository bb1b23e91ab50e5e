"""Score cross-outlet fact alignment against hand-annotated pairs.

Gold (``data/gold/fact_pairs.json``): pairs of spans (article id, snippet,
start, end) about the same thing, labelled agree | conflict, plus
"unrelated" pairs that must *not* be compared (73 Sadrist seats vs 16 Fatah
seats).

System pairs: every two items of a comparison from different outlets;
label agree when their values are compatible (``alignment.items_agree``),
else conflict.  A system pair
matches a gold pair when each item's span overlaps one gold side.

Per label (conflict, agree):
    TP = gold pairs with that label predicted with that label
    FN = gold pairs with that label predicted otherwise or not paired
    FP = gold pairs with another label (incl. unrelated) predicted with it,
         plus system pairs with that label that match no gold pair (the gold
         is meant to be exhaustive for the annotated story, so these count).

    python -m analysis.evaluation.fact_pairs [data/gold/fact_pairs.json]
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from analysis.lexicon import DATA_DIR
from analysis.facts.alignment import items_agree
from analysis.records import Comparison, ComparisonItem

DEFAULT_GOLD = DATA_DIR / "gold" / "fact_pairs.json"
LABELS = ("conflict", "agree")


@dataclass(frozen=True)
class LabelScore:
    label: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class PairResult:
    index: int
    label: str
    predicted: str  # agree | conflict | none
    note: str
    relayed_ok: bool | None = None  # for gold pairs marked relayed: did the system mark the relay?


@dataclass(frozen=True)
class FactEvalReport:
    scores: tuple[LabelScore, ...]
    pairs: tuple[PairResult, ...]
    unannotated: dict[str, int]  # system pairs matching no gold pair, per label

    def score(self, label: str) -> LabelScore:
        return next(s for s in self.scores if s.label == label)


def _overlap(item: ComparisonItem, side: dict[str, Any]) -> bool:
    return item.article_id == side["article"] and item.start < side["end"] and side["start"] < item.end


def system_pairs(comparisons: Sequence[Comparison]) -> list[tuple[ComparisonItem, ComparisonItem, str, Comparison]]:
    """Cross-outlet item pairs of every comparison, labelled by value group."""
    out = []
    for c in comparisons:
        items = c.items
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                a, b = items[i], items[j]
                if a.outlet == b.outlet:
                    continue
                out.append((a, b, "agree" if items_agree(c, a, b) else "conflict", c))
    return out


def _prf(tp: int, fp: int, fn: int, label: str) -> LabelScore:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return LabelScore(label, tp, fp, fn, round(p, 3), round(r, 3), round(f, 3))


def evaluate_conflicts(gold_path: str | Path, analysis: Any) -> FactEvalReport:
    """Compare ``analysis`` (a CorpusAnalysis, or a sequence of Comparison) with the gold pairs."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    comparisons = getattr(analysis, "comparisons", analysis)
    sys_pairs = system_pairs(comparisons)
    used: set[int] = set()
    results: list[PairResult] = []
    for gi, g in enumerate(gold["pairs"]):
        predicted, relayed_ok = "none", None
        for si, (a, b, label, comp) in enumerate(sys_pairs):
            if (_overlap(a, g["a"]) and _overlap(b, g["b"])) or (_overlap(a, g["b"]) and _overlap(b, g["a"])):
                used.add(si)
                if predicted == "none" or label == "conflict":  # several matches: a conflict is the claim made
                    predicted = label
                if g.get("relayed_via"):
                    relayed_ok = comp.relayed_only and comp.relayed_via == g["relayed_via"]
        if g.get("relayed_via") and relayed_ok is None:
            relayed_ok = False
        results.append(PairResult(gi, g["label"], predicted, g.get("note", ""), relayed_ok))
    unannotated = {lab: 0 for lab in LABELS}
    for si, (_, _, label, _) in enumerate(sys_pairs):
        if si not in used:
            unannotated[label] += 1
    scores = []
    for lab in LABELS:
        tp = sum(1 for r in results if r.label == lab and r.predicted == lab)
        fn = sum(1 for r in results if r.label == lab and r.predicted != lab)
        fp = sum(1 for r in results if r.label != lab and r.predicted == lab) + unannotated[lab]
        scores.append(_prf(tp, fp, fn, lab))
    return FactEvalReport(tuple(scores), tuple(results), unannotated)


def format_fact_report(report: FactEvalReport) -> str:
    lines = ["label      TP  FP  FN  precision  recall  F1"]
    for s in report.scores:
        lines.append(f"{s.label:<9} {s.tp:>3} {s.fp:>3} {s.fn:>3}  {s.precision:>9.3f}  {s.recall:>6.3f}  {s.f1:.3f}")
    unrel = [r for r in report.pairs if r.label == "unrelated"]
    lines.append(f"unrelated pairs wrongly compared: {sum(r.predicted != 'none' for r in unrel)} of {len(unrel)}")
    relayed = [r for r in report.pairs if r.relayed_ok is not None]
    if relayed:
        lines.append(f"relayed pairs marked relayed_only: {sum(bool(r.relayed_ok) for r in relayed)} of {len(relayed)}")
    lines.append(f"system pairs outside the gold: {report.unannotated}")
    misses = [r for r in report.pairs if r.predicted != r.label and not (r.label == 'unrelated' and r.predicted == 'none')]
    for r in misses:
        lines.append(f"  miss #{r.index}: gold {r.label}, system {r.predicted} - {r.note}")
    return "\n".join(lines)


def analyse_gold_corpus(gold_path: str | Path = DEFAULT_GOLD):
    """Run the full pipeline on the corpus the gold file names."""
    from analysis.io.readers import load_corpus
    from analysis.pipeline import analyze_corpus

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    corpus = Path(gold.get("corpus", "data/corpus"))
    if not corpus.is_absolute():
        corpus = DATA_DIR.parent / corpus
    return analyze_corpus(load_corpus(corpus))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    gold = Path(args[0]) if args else DEFAULT_GOLD
    print(format_fact_report(evaluate_conflicts(gold, analyse_gold_corpus(gold))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
