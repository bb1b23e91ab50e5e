"""Measure attribution detection against the hand-annotated gold set.

Gold lives in ``data/gold/attributions/``: one ``<article id>.json`` per
bundled corpus article (offsets into the cleaned ``Article.text``) and
``heldout.json`` (real news text the rules were not written against, each
document carrying its own text and provenance).  Every gold record stores its
offsets *and* the exact snippet, so a change in cleaning that moves offsets is
reported as drift instead of silently lowering the scores.

``snn_*.json`` are sets over the SaudiNewsNet archive (``../shared/corpora``),
whose texts may not be copied into this repository: they store offsets into
each article's cleaned text and its SHA-1 only; the snippets are read from the
archive when it is present (a drifted text raises ``GoldDriftError``), and the
sets are left out when it is absent.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

from analysis.sourcing.attribution import detect_attributions
from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.records import Attribution
from analysis.text.segment import split_sentences
from analysis.text.textnorm import normalise_text

CLASSES = ("named", "anonymous", "vague")
HELDOUT_PREFIX = "heldout"
ARCHIVE_PREFIX = "snn_"
ARCHIVE = DATA_DIR.parent.parent / "shared" / "corpora" / "saudinewsnet-2015-07" / "articles.jsonl.gz"


class GoldDriftError(ValueError):
    """A gold snippet no longer matches the text at its offsets."""


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class SetReport:
    name: str
    documents: int
    gold: int
    predicted: int
    exact: PRF  # cue span identical
    overlap: PRF  # cue spans overlap
    per_class: dict[str, PRF]
    matched: int
    class_accuracy: float  # on overlap-matched attributions
    via_accuracy: float
    reason_accuracy: float
    source_span_accuracy: float  # explicit gold sources whose predicted span overlaps
    gold_sources: int  # distinct sources (sum over documents)
    predicted_sources: int
    errors: tuple[str, ...]  # human-readable misses, false alarms and class errors
    # pairs of matched mentions in one document: "same source" in gold vs in the prediction
    identity: PRF = PRF(0, 0, 0)
    # gold records that say whether a condition of anonymity is stated (the newer sets)
    condition_accuracy: float | None = None

    @property
    def anonymous_recall(self) -> float:
        """Anonymous attributions both found and classed anonymous, over all gold anonymous ones."""
        return self.per_class["anonymous"].recall


@dataclass(frozen=True)
class AttributionReport:
    sets: tuple[SetReport, ...]

    def get(self, name: str) -> SetReport:
        return next(s for s in self.sets if s.name == name)


@dataclass(frozen=True)
class _Doc:
    id: str
    text: str
    outlet: str
    gold: tuple[dict[str, Any], ...]


def _check(doc_id: str, text: str, g: dict[str, Any]) -> None:
    for key, s, e in (("cue", "cue_start", "cue_end"), ("source", "source_start", "source_end")):
        if text[g[s]:g[e]] != g[key]:
            raise GoldDriftError(
                f"{doc_id}: gold {key} {g[key]!r} at {g[s]}-{g[e]} now reads {text[g[s]:g[e]]!r}; "
                "the cleaned text changed: re-anchor the gold file.")


def _archive_docs(path: Path, archive: Path, rows: dict[str, dict[str, Any]]) -> tuple[_Doc, ...]:
    """An ``snn_*`` set: texts cleaned from the archive (``rows``: its records by id, read once
    for every set), snippets filled in from them."""
    from analysis.io.readers import _record  # the batch reader's record -> Article, as analysed
    from analysis.io.plain import article_of

    obj = json.loads(path.read_text(encoding="utf-8"))
    docs = []
    for d in obj["documents"]:
        if d["id"] not in rows:
            raise GoldDriftError(f"{path.name}: article {d['id']} is not in {archive.name}.")
        art = article_of(_record(rows[d["id"]], name=d["id"]))
        if hashlib.sha1(art.text.encode("utf-8")).hexdigest() != d["text_sha1"]:
            raise GoldDriftError(f"{path.name}: {d['id']}: the cleaned text changed; re-anchor the gold file.")
        gold = tuple({**g, "cue": art.text[g["cue_start"]:g["cue_end"]],
                      "source": art.text[g["source_start"]:g["source_end"]]} for g in d["attributions"])
        docs.append(_Doc(d["id"], art.text, art.outlet, gold))
    return tuple(docs)


def load_gold(gold_dir: Path, corpus_dir: Path | None = None, archive: Path | None = ARCHIVE) -> dict[str, tuple[_Doc, ...]]:
    gold_dir = Path(gold_dir)
    articles = {a.id: a for a in load_corpus(corpus_dir or DATA_DIR / "corpus")}
    corpus = []
    for p in sorted(gold_dir.glob("*.json")):
        if p.name.startswith((HELDOUT_PREFIX, ARCHIVE_PREFIX)):
            continue
        obj = json.loads(p.read_text(encoding="utf-8"))
        art = articles.get(obj["article_id"])
        if art is None:
            raise GoldDriftError(f"{p.name}: article {obj['article_id']} is not in the corpus.")
        for g in obj["attributions"]:
            _check(art.id, art.text, g)
        corpus.append(_Doc(art.id, art.text, art.outlet, tuple(obj["attributions"])))
    sets = {"corpus": tuple(corpus)}
    # heldout.json, heldout2.json, ...: each is its own set, so a set that was
    # later used for fixes can be told apart from one that is still blind
    for hp in sorted(gold_dir.glob(HELDOUT_PREFIX + "*.json")):
        docs = []
        for d in json.loads(hp.read_text(encoding="utf-8"))["documents"]:
            for g in d["attributions"]:
                _check(d["id"], d["text"], g)
            docs.append(_Doc(d["id"], d["text"], d.get("outlet", ""), tuple(d["attributions"])))
        sets[hp.stem] = tuple(docs)
    if archive is not None and Path(archive).is_file():
        from analysis.evaluation.stories import read_corpus_rows

        # one pass over the archive for every set (decompressing it is ~1 s a pass)
        paths = sorted(gold_dir.glob(ARCHIVE_PREFIX + "*.json"))
        ids = [d["id"] for ap in paths for d in json.loads(ap.read_text(encoding="utf-8"))["documents"]]
        rows = read_corpus_rows(Path(archive), ids) if paths else {}
        for ap in paths:
            sets[ap.stem] = _archive_docs(ap, Path(archive), rows)
    return sets


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _match(gold: tuple[dict[str, Any], ...], pred: tuple[Attribution, ...], *, exact: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), in text order."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            hit = (p.cue_start, p.cue_end) == (g["cue_start"], g["cue_end"]) if exact else \
                _overlaps(p.cue_start, p.cue_end, g["cue_start"], g["cue_end"])
            if hit:
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _same_outlet(a: str, b: str) -> bool:
    # quote marks inside a name ('وكالة «إنترفاكس» الروسية') do not make another outlet
    a, b = (" ".join(normalise_text(x).replace('"', " ").split()) for x in (a, b))
    return a == b or (bool(a) and bool(b) and (a in b or b in a))


def _evaluate_set(name: str, docs: Iterable[_Doc]) -> SetReport:
    docs = tuple(docs)
    ex = ov = PRF(0, 0, 0)
    per = {c: PRF(0, 0, 0) for c in CLASSES}
    matched = cls_ok = via_ok = reason_ok = 0
    src_total = src_ok = 0
    cond_total = cond_ok = 0
    ident = PRF(0, 0, 0)
    n_gold = n_pred = gold_sources = pred_sources = 0
    errors: list[str] = []
    for d in docs:
        pred, sources = detect_attributions(d.text, split_sentences(d.text), outlet=d.outlet)
        n_gold += len(d.gold)
        n_pred += len(pred)
        gold_sources += len({g.get("source_key") or f"#{i}" for i, g in enumerate(d.gold)})
        pred_sources += len(sources)
        pe = _match(d.gold, pred, exact=True)
        ex = PRF(ex.tp + len(pe), ex.fp + len(pred) - len(pe), ex.fn + len(d.gold) - len(pe))
        po = _match(d.gold, pred, exact=False)
        ov = PRF(ov.tp + len(po), ov.fp + len(pred) - len(po), ov.fn + len(d.gold) - len(po))
        gm = {gi for gi, _ in po}
        pm = {pi for _, pi in po}
        for gi, pi in po:
            g, p = d.gold[gi], pred[pi]
            matched += 1
            gc, pc = g["class"], p.source_class.value
            if gc == pc:
                cls_ok += 1
                per[gc] = PRF(per[gc].tp + 1, per[gc].fp, per[gc].fn)
            else:
                per[gc] = PRF(per[gc].tp, per[gc].fp, per[gc].fn + 1)
                per[pc] = PRF(per[pc].tp, per[pc].fp + 1, per[pc].fn)
                errors.append(f"{d.id}: class {pc} for {gc}: {g['cue']} | {g['source'] or p.source}")
            via_ok += (not g["via"] and not p.via) or _same_outlet(g["via"], p.via)
            p_condition = getattr(p, "condition_given", False)
            if "condition_given" in g:
                # AP rule: a stated condition ("asked not to be named") and a stated reason are told apart
                cond_total += 1
                cond_ok += bool(g["condition_given"]) == p_condition
                reason_ok += bool(g["reason_given"]) == p.reason_given
            else:  # older sets: reason_given meant "condition or reason"
                reason_ok += bool(g["reason_given"]) == (p.reason_given or p_condition)
            if g["source"]:
                src_total += 1
                src_ok += _overlaps(p.source_start, p.source_end, g["source_start"], g["source_end"])
            if not ((not g["via"] and not p.via) or _same_outlet(g["via"], p.via)):
                errors.append(f"{d.id}: via {p.via!r} for {g['via']!r}: {g['cue']}")
        for x, (ga, pa) in enumerate(po):
            for gb, pb in po[x + 1:]:
                same_gold = bool(d.gold[ga].get("source_key")) and d.gold[ga].get("source_key") == d.gold[gb].get("source_key")
                same_pred = pred[pa].source_id == pred[pb].source_id
                ident = PRF(ident.tp + (same_gold and same_pred), ident.fp + (same_pred and not same_gold),
                            ident.fn + (same_gold and not same_pred))
        for gi, g in enumerate(d.gold):
            if gi not in gm:
                per[g["class"]] = PRF(per[g["class"]].tp, per[g["class"]].fp, per[g["class"]].fn + 1)
                errors.append(f"{d.id}: missed {g['cue']} | {g['source']} ({g['class']})")
        for pi, p in enumerate(pred):
            if pi not in pm:
                c = p.source_class.value
                per[c] = PRF(per[c].tp, per[c].fp + 1, per[c].fn)
                errors.append(f"{d.id}: false alarm {p.cue} | {p.source} ({c})")
    return SetReport(
        name=name, documents=len(docs), gold=n_gold, predicted=n_pred, exact=ex, overlap=ov, per_class=per,
        matched=matched, class_accuracy=cls_ok / matched if matched else 0.0,
        via_accuracy=via_ok / matched if matched else 0.0, reason_accuracy=reason_ok / matched if matched else 0.0,
        source_span_accuracy=src_ok / src_total if src_total else 0.0,
        gold_sources=gold_sources, predicted_sources=pred_sources, errors=tuple(errors),
        identity=ident, condition_accuracy=cond_ok / cond_total if cond_total else None,
    )


def evaluate_attributions(gold_dir: Path | str = DATA_DIR / "gold" / "attributions", corpus_dir: Path | None = None) -> AttributionReport:
    """Score ``detect_attributions`` on the corpus gold and the held-out gold."""
    sets = load_gold(Path(gold_dir), corpus_dir)
    return AttributionReport(tuple(_evaluate_set(name, docs) for name, docs in sets.items() if docs))


def _fmt(p: PRF) -> str:
    if p.tp + p.fp + p.fn == 0:
        return "P -  R -  F1 -  (n/a: no gold, no predictions)"
    return f"P {p.precision:.3f}  R {p.recall:.3f}  F1 {p.f1:.3f}  (tp {p.tp}, fp {p.fp}, fn {p.fn})"


def format_attribution_report(report: AttributionReport, *, errors: int = 0) -> str:
    lines = ["Attribution detection against hand-annotated gold"]
    for s in report.sets:
        lines += [
            "",
            f"[{s.name}] {s.documents} documents, {s.gold} gold attributions, {s.predicted} predicted",
            f"  cue span, exact   : {_fmt(s.exact)}",
            f"  cue span, overlap : {_fmt(s.overlap)}",
        ]
        for c in CLASSES:
            lines.append(f"  class {c:<10}: {_fmt(s.per_class[c])}")
        lines += [
            f"  class accuracy on {s.matched} matched: {s.class_accuracy:.3f}",
            f"  via accuracy: {s.via_accuracy:.3f}   reason-given accuracy: {s.reason_accuracy:.3f}"
            f"   source span overlap: {s.source_span_accuracy:.3f}",
            f"  distinct sources: gold {s.gold_sources}, predicted {s.predicted_sources}",
            f"  anonymous found and classed: {s.anonymous_recall:.3f}   false alarms: {s.overlap.fp}"
            + (f"   condition-given accuracy: {s.condition_accuracy:.3f}" if s.condition_accuracy is not None else ""),
            f"  same-source links: {_fmt(s.identity)}",
        ]
        lines += [f"    - {e}" for e in s.errors[:errors]]
    return "\n".join(lines)


def blind_sets(gold_dir: Path | str = DATA_DIR / "gold" / "attributions") -> frozenset[str]:
    """The sets nobody working on rules may see the errors of (``attribution_blind.json`` next to the gold
    folder: every other JSON file in the folder is a gold set)."""
    path = Path(gold_dir).parent / "attribution_blind.json"
    if not path.is_file():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8")).get("blind", []))


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.evaluation.attributions [--errors N] [--gold DIR]``: figures per set, and with
    ``--errors`` the first N errors of each set but the blind ones (their figures only)."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m analysis.evaluation.attributions",
                                 description="Attribution detection against the hand-annotated gold sets.")
    ap.add_argument("--gold", default=str(DATA_DIR / "gold" / "attributions"), help="gold folder")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="list N errors per set (never for the blind sets of attribution_blind.json)")
    args = ap.parse_args(argv)
    report = evaluate_attributions(args.gold)
    blind = blind_sets(args.gold)
    shown = AttributionReport(tuple(replace(s, errors=()) if s.name in blind else s for s in report.sets))
    print(format_attribution_report(shown, errors=args.errors))
    if blind and args.errors:
        print(f"\n(errors not listed for the blind sets: {', '.join(sorted(blind))})")
    return 0


if __name__ == "__main__":  # python -m analysis.evaluation.attributions
    raise SystemExit(main())
