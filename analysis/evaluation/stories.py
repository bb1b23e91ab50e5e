"""Measure fact consistency and story grouping on hand-labelled real stories.

Gold (``data/gold/stories/<name>.json``) labels one multi-outlet story of a
corpus that is *not* in this repository (SaudiNewsNet, July 2015; see
``data/gold/stories/README.md``): which articles belong to it, its key
quantities with every mention (article id, character offsets into the
corpus's raw ``text`` field, canonical value, as-of day), the real
conflicts, the updates (figures that changed over time), at least 50 pairs
that must *not* conflict, and a reader's judgement of each outlet.  The gold
holds offsets and values only, never article text: the text is read from the
corpus at evaluation time, and evaluation is skipped when it is absent.

Figures, per set:

* **conflict precision**: system conflict pairs (two items of different
  outlets in one comparison, incompatible values, not an update) whose two
  sides are mentions of the same gold quantity with the two values of a gold
  conflict, over all system conflict pairs in the story's articles.  A
  conflict between spans the gold does not list counts as false: the gold
  lists every mention of the key quantities, and anything else the system
  calls a conflict is not a key disagreement.
  A conflict between two values of one key quantity that are each a side of
  some gold conflict on it (and not two steps of a gold update) also counts as
  correct: the labellers list pairs, and 15 vs 13.5 is the same dispute as
  15 vs 13.2 and 13.5 vs 13.2.
* **conflict recall**: gold conflicts (key disagreements) for which the
  system reports a conflict pair between a mention with one value and a
  mention with the other.
* **must-not-conflict pairs** the system called a conflict.
* **updates found**: gold updates for which the system shows an update
  timeline holding two of its values.
* **outlet judgement agreement**: the outlet's consistency (computed on the
  story's articles only) against the reader's judgement: consistent -> a
  score >= 70, inconsistent -> < 50, mixed -> 30-90, too_little -> "not
  enough evidence" (no score) or any score.
* **grouping** (when a story mapping over the whole corpus is given): the
  share of member articles in the system story holding most of them, and the
  share of that story's articles that are neither members nor related.

The alignment figures are measured on the gold members as one story, so a
grouping error does not hide an alignment error (and the other way round).
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from analysis.lexicon import DATA_DIR

STORIES_GOLD = DATA_DIR / "gold" / "stories"
# the corpus the gold sets label; outside the repository (never copied into it)
DEFAULT_CORPUS = DATA_DIR.parent.parent / "shared" / "corpora" / "saudinewsnet-2015-07" / "articles.jsonl.gz"


@dataclass(frozen=True)
class Mention:
    quantity: str
    article: str
    start: int  # offsets into the cleaned text (mapped at evaluation time)
    end: int
    value: str


@dataclass(frozen=True)
class StoryReport:
    name: str
    blind: bool
    members: int
    conflict_pairs: int  # system conflict pairs in the story
    conflict_pairs_correct: int
    gold_conflicts: int
    gold_conflicts_found: int
    must_not: int
    must_not_violated: int
    gold_updates: int
    gold_updates_found: int
    outlets_judged: int
    outlets_agreeing: int
    unmapped_mentions: int  # gold mentions whose text could not be found in the cleaned article
    grouping_coverage: float | None = None
    grouping_unrelated: float | None = None
    grouping_story_size: int | None = None
    outlet_details: tuple[tuple[str, str, str], ...] = ()  # (outlet, judgement, system score or "n/e")
    false_conflicts: tuple[str, ...] = field(default=(), compare=False)
    misses: tuple[str, ...] = field(default=(), compare=False)  # why each missed key disagreement was missed
    found: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)  # the key disagreements found

    @property
    def precision(self) -> float | None:
        return self.conflict_pairs_correct / self.conflict_pairs if self.conflict_pairs else None

    @property
    def recall(self) -> float | None:
        return self.gold_conflicts_found / self.gold_conflicts if self.gold_conflicts else None


def gold_files(root: Path = STORIES_GOLD) -> list[Path]:
    return sorted(root.glob("*.json")) if root.is_dir() else []


# The archive's lines begin with their id ('{"id": "snn-2015-07-21-0000", ...'): read from the
# raw bytes, it lets a look-up of a few hundred ids skip the other ~19,000 lines without decoding
# or parsing them (a substring test of every wanted id against every line took seconds).
_LEADING_ID = re.compile(rb'\{\s*"id"\s*:\s*"([^"\\]*)"')


def read_corpus_rows(path: Path, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """id -> raw JSON object of the SaudiNewsNet-style JSONL (optionally gzipped)."""
    wanted = set(ids) if ids is not None else None
    opener = gzip.open if path.suffix == ".gz" else open
    out: dict[str, dict[str, Any]] = {}
    with opener(path, "rb") as fh:
        for raw in fh:
            if wanted is not None:
                lead = _LEADING_ID.match(raw)
                if lead is not None and lead.group(1).decode("utf-8", "replace") not in wanted:
                    continue
            obj = json.loads(raw.decode("utf-8"))
            if wanted is None or obj.get("id") in wanted:
                out[obj["id"]] = obj
    return out


def map_span(raw: str, start: int, end: int, cleaned: str) -> tuple[int, int] | None:
    """Where the raw-text span [start, end) sits in the cleaned text (the occurrence nearest
    its relative position), or None when cleaning removed it."""
    snippet = raw[start:end]
    if not snippet:
        return None
    hits = []
    i = cleaned.find(snippet)
    while i != -1:
        hits.append(i)
        i = cleaned.find(snippet, i + 1)
    if not hits:
        return None
    target = start / max(1, len(raw)) * len(cleaned)
    best = min(hits, key=lambda h: abs(h - target))
    return best, best + len(snippet)


def _side_mention(side: Mapping[str, Any], quantity: str, raw: Mapping[str, str], cleaned: Mapping[str, str]) -> Mention | None:
    aid = side["article"]
    if aid not in raw or aid not in cleaned:
        return None
    span = map_span(raw[aid], side["start"], side["end"], cleaned[aid])
    if span is None:
        return None
    return Mention(quantity, aid, span[0], span[1], str(side["value"]))


def _overlaps(m: Mention, article_id: str, start: int, end: int) -> bool:
    return m.article == article_id and m.start < end and start < m.end


def gold_range(value: str) -> tuple[float, float] | None:
    """A gold value as a range: "32", ">=30" / ">30" (30 and up, as news uses it), "~100", "20-25"."""
    v = value.strip().replace(",", "")
    try:
        if v.startswith(">="):
            return float(v[2:]), float("inf")
        if v.startswith(">"):
            return float(v[1:]), float("inf")
        if v.startswith("~"):
            x = float(v[1:])
            return 0.9 * x, 1.1 * x
        if "-" in v[1:]:
            a, b = v.split("-", 1)
            return float(a), float(b)
        x = float(v)
        return x, x
    except ValueError:
        return None


def same_value(a: str, b: str) -> bool:
    """Two gold values name the same reading (equal, or overlapping numeric ranges)."""
    if a == b:
        return True
    ra, rb = gold_range(a), gold_range(b)
    return ra is not None and rb is not None and ra[0] <= rb[1] and rb[0] <= ra[1]


@dataclass(frozen=True)
class SystemPair:
    """One conflict the system reports: two items (article id, start, end) of different outlets."""

    a: tuple[str, int, int]
    b: tuple[str, int, int]
    label: str = ""  # for error listings


def _disputed_pair(x: Mention, y: Mention, gold: Mapping[str, Any]) -> bool:
    """Two mentions of one key quantity whose values are both disputed in the gold (each is a side
    of a gold conflict on it), differ, and are not two steps of a gold update: the labeller listed
    15 vs 13.2 and 13.5 vs 13.2 for one forecast; 15 vs 13.5 is the same disagreement."""
    if x.quantity != y.quantity or same_value(x.value, y.value):
        return False
    disputed = {str(v) for c in gold.get("conflicts", []) if c["quantity"] == x.quantity
                for v in (c["a"]["value"], c["b"]["value"])}
    if not (any(same_value(x.value, v) for v in disputed) and any(same_value(y.value, v) for v in disputed)):
        return False
    return not any(u["quantity"] == x.quantity and {x.value, y.value} <= {str(v) for v in u["sequence"]}
                   for u in gold.get("updates", []))


def evaluate_story(
    gold: Mapping[str, Any],
    raw: Mapping[str, str],
    cleaned: Mapping[str, str],
    conflict_pairs: Sequence[SystemPair],
    update_groups: Sequence[Sequence[tuple[str, int, int]]],
    outlet_scores: Mapping[str, float | None],
    story_of: Mapping[str, str] | None = None,
    *, name: str = "",
) -> StoryReport:
    """Score one story (see the module docstring). ``update_groups``: the items of each update timeline."""
    mentions: list[Mention] = []
    unmapped = 0
    for q in gold["quantities"]:
        for m in q["mentions"]:
            mm = _side_mention(m, q["id"], raw, cleaned)
            if mm is None:
                unmapped += 1
            else:
                mentions.append(mm)

    def lookup(item: tuple[str, int, int]) -> list[Mention]:
        return [m for m in mentions if _overlaps(m, *item)]

    gold_conflicts = [(c["quantity"], str(c["a"]["value"]), str(c["b"]["value"])) for c in gold.get("conflicts", [])]
    conflict_keys = set(gold_conflicts)
    correct = 0
    found: set[tuple[str, str, str]] = set()
    false: list[str] = []
    for p in conflict_pairs:
        ma, mb = lookup(p.a), lookup(p.b)
        # the labelled disagreement this pair shows: one whose values are the pair's own first ("27 vs 31"
        # before ">=12 vs 31", which 27 also satisfies), in a fixed order (not a set's hash order)
        hits: list[tuple[bool, tuple[str, str, str]]] = []
        for x in ma:
            for y in mb:
                if x.quantity != y.quantity:
                    continue
                for key in sorted(conflict_keys):
                    q, va, vb = key
                    if q == x.quantity and ((same_value(x.value, va) and same_value(y.value, vb))
                                            or (same_value(x.value, vb) and same_value(y.value, va))):
                        hits.append(({va, vb} != {x.value, y.value}, key))
        hit = min(hits)[1] if hits else None
        if hit is None and any(_disputed_pair(x, y, gold) for x in ma for y in mb):
            correct += 1  # a real disagreement the gold's pair list left implicit
            continue
        if hit is not None:
            correct += 1
            found.add(hit)
        else:
            false.append(p.label or f"{p.a} vs {p.b}")

    must_not = gold.get("must_not_conflict", [])
    violated = 0
    for pair in must_not:
        a = _side_mention(pair["a"], "", raw, cleaned)
        b = _side_mention(pair["b"], "", raw, cleaned)
        if a is None or b is None:
            continue
        for p in conflict_pairs:
            if (_overlaps(a, *p.a) and _overlaps(b, *p.b)) or (_overlaps(a, *p.b) and _overlaps(b, *p.a)):
                violated += 1
                break

    updates = gold.get("updates", [])
    updates_found = 0
    for u in updates:
        seq = {str(v) for v in u["sequence"]}
        for group in update_groups:
            vals = {m.value for item in group for m in lookup(item) if m.quantity == u["quantity"] and m.value in seq}
            if len(vals) >= 2:
                updates_found += 1
                break

    judged = agreeing = 0
    details = []
    for outlet, verdict in sorted(gold.get("outlet_judgement", {}).items()):
        score = outlet_scores.get(outlet)
        judged += 1
        ok = {
            "consistent": score is not None and score >= 70,
            "inconsistent": score is not None and score < 50,
            "mixed": score is not None and 30 <= score <= 90,
            "too_little": True,
        }.get(verdict, False)
        agreeing += ok
        details.append((outlet, verdict, "n/e" if score is None else f"{score:.0f}"))

    coverage = unrelated = size = None
    if story_of is not None:
        members = [m for m in gold["members"] if m in story_of]
        if members:
            counts: dict[str, int] = {}
            for m in members:
                counts[story_of[m]] = counts.get(story_of[m], 0) + 1
            best = max(counts, key=lambda s: (counts[s], s))
            in_story = [a for a, s in story_of.items() if s == best]
            ok_ids = set(gold["members"]) | set(gold.get("related", []))
            coverage = counts[best] / len(members)
            size = len(in_story)
            unrelated = sum(1 for a in in_story if a not in ok_ids) / size

    return StoryReport(
        name=name or gold.get("name", ""), blind=bool(gold.get("blind")), members=len(gold["members"]),
        conflict_pairs=len(conflict_pairs), conflict_pairs_correct=correct,
        gold_conflicts=len(conflict_keys), gold_conflicts_found=len(found),
        must_not=len(must_not), must_not_violated=violated,
        gold_updates=len(updates), gold_updates_found=updates_found,
        outlets_judged=judged, outlets_agreeing=agreeing, unmapped_mentions=unmapped,
        grouping_coverage=coverage, grouping_unrelated=unrelated, grouping_story_size=size,
        outlet_details=tuple(details), false_conflicts=tuple(false), found=tuple(sorted(found)),
    )


def why_missed(gold: Mapping[str, Any], raw: Mapping[str, str], cleaned: Mapping[str, str],
               result: Any, found: Sequence[tuple[str, str, str]] = ()) -> list[tuple[str, str]]:
    """(key disagreement, why the pipeline missed it) for each labelled key disagreement not in
    ``found``: where the chain from text to conflict broke, first break first.

    The kinds: "not located" (the gold span is not in the cleaned text), "not read as a fact", "read,
    not compared: <why>" (the fact's note, or its generic subject when context matching left it
    alone), "different quantities: <a> / <b>", "same outlet", "abstained: <kind>", "judged an
    update or agreement (as of <a> / <b>)".  For development sets: it reads the texts' facts."""
    located: dict[tuple[str, int], tuple[Any, int]] = {}
    for c in result.comparisons:
        for i, it in enumerate(c.items):
            located.setdefault((it.article_id, it.start), (c, i))
    by_id = {a.article.id: a for a in result.articles}
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str, str]] = set(found)
    for c in gold.get("conflicts", []):
        key = (c["quantity"], str(c["a"]["value"]), str(c["b"]["value"]))
        if key in seen:
            continue
        seen.add(key)
        label = f"{key[0]} {key[1]} vs {key[2]}"
        sides = []
        why = ""
        for side in (c["a"], c["b"]):
            m = _side_mention(side, key[0], raw, cleaned)
            if m is None or m.article not in by_id:
                why = why or "not located"
                continue
            facts = [f for f in by_id[m.article].facts if f.start < m.end and m.start < f.end]
            fact = next((f for f in facts if f.kind == "number"), facts[0] if facts else None)
            if fact is None:
                why = why or "not read as a fact"
                continue
            where = located.get((m.article, fact.start))
            if where is None:
                why = why or f"read, not compared: {fact.note or fact.subject or 'no quantity'}"
                continue
            sides.append(where)
        if not why:
            (ca, i), (cb, j) = sides
            if ca is not cb:
                why = f"different quantities: {ca.subject} / {cb.subject}"
            elif ca.items[i].outlet == ca.items[j].outlet:
                why = "same outlet"
            elif any({p.a, p.b} == {i, j} for p in ca.pairs):
                why = "reported, but the pair's values match another labelled disagreement first"
            else:
                kinds = [str(p.kind) for p in ca.abstained if {p.a, p.b} == {i, j}]
                why = (f"abstained: {kinds[0]}" if kinds else
                       f"judged an update or agreement (as of {ca.items[i].as_of or '?'} / {ca.items[j].as_of or '?'})")
        out.append((label, why))
    return out


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def format_story_reports(reports: Sequence[StoryReport], *, errors: int = 0, blind: bool = True, why: bool = False) -> str:
    """The report table; ``blind=False`` leaves the blind sets out (while rules are being developed);
    ``why``: each development set's missed key disagreements with where the chain broke, and a count
    of those reasons over the development sets (blind sets: figures only, never their misses)."""
    hidden = [r.name for r in reports if r.blind and not blind]
    reports = [r for r in reports if blind or not r.blind]
    lines = [f"(blind sets not shown: {', '.join(hidden)}; --blind shows them)"] if hidden else []
    lines += ["set          blind  members  conflicts(P)          key disagreements(R)  must-not violated  updates  outlets  grouping cov/unrel(size)"]
    for r in reports:
        grouping = "-" if r.grouping_coverage is None else (
            f"{r.grouping_coverage:.2f}/{r.grouping_unrelated:.3f}({r.grouping_story_size})")
        lines.append(
            f"{r.name:<12} {'yes' if r.blind else 'no':<5}  {r.members:>7}  "
            f"{r.conflict_pairs_correct:>3}/{r.conflict_pairs:<4} {_fmt(r.precision):>6}      "
            f"{r.gold_conflicts_found:>2}/{r.gold_conflicts:<2} {_fmt(r.recall):>6}          "
            f"{r.must_not_violated:>3}/{r.must_not:<3}          {r.gold_updates_found}/{r.gold_updates}      "
            f"{r.outlets_agreeing}/{r.outlets_judged}     {grouping}"
        )
        if r.unmapped_mentions:
            lines.append(f"  {r.unmapped_mentions} gold mentions not found in the cleaned text")
        if not r.blind:
            lines.append("  outlets: " + ", ".join(f"{o} {v}={s}" for o, v, s in r.outlet_details))
        for f in ([] if r.blind else r.false_conflicts[:errors]):  # blind sets: figures only
            lines.append(f"  false conflict: {f}")
        for m in ([] if r.blind or not why else r.misses):
            lines.append(f"  missed: {m}")
    if why:
        kinds = Counter(m.split(" -- ", 1)[-1].split(":")[0].split(" (")[0] for r in reports if not r.blind for m in r.misses)
        lines.append("missed key disagreements on the development sets, by where the chain broke: "
                     + (", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "none"))
    return "\n".join(lines)


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- running the pipeline

def system_view(result: Any) -> tuple[list[SystemPair], list[list[tuple[str, int, int]]]]:
    """Conflict pairs and update timelines of a CorpusAnalysis (current records)."""
    from analysis.facts.alignment import conflict_pairs

    pairs: list[SystemPair] = []
    updates: list[list[tuple[str, int, int]]] = []
    for c in result.comparisons:
        for a, b, kind in conflict_pairs(c):
            pairs.append(SystemPair((a.article_id, a.start, a.end), (b.article_id, b.start, b.end),
                                    f"{c.subject}: {a.outlet} {a.normalised} vs {b.outlet} {b.normalised} ({kind})"))
        if c.status == "update" or c.updated:
            updates.append([(it.article_id, it.start, it.end) for it in c.items])
    return pairs, updates


def _analysed(gold: Mapping[str, Any]) -> list[str]:
    """The story's members, plus any related article a labelled conflict or mention comes from."""
    extra = [side["article"] for c in gold.get("conflicts", []) for side in (c["a"], c["b"])]
    extra += [m["article"] for q in gold["quantities"] for m in q["mentions"]]
    return list(dict.fromkeys(list(gold["members"]) + extra))


def evaluate_all(
    corpus_path: Path = DEFAULT_CORPUS, gold_root: Path = STORIES_GOLD, *,
    analyses: Mapping[str, Any] | None = None, story_of: Mapping[str, str] | None = None,
    cache_dir: Path | None = None, why: bool = False,
) -> list[StoryReport]:
    """Run the pipeline on each gold story's members and score it. [] when the corpus is absent.

    ``cache_dir``: the per-article result cache (``analysis.io.cache``) to read and fill, as the
    dashboard does for its corpus: the ~420 members' per-article analyses are most of the time
    here, and the Methodology page's servers (and test processes) would otherwise each redo them."""
    from dataclasses import replace

    from analysis.io.cache import analyze_articles_cached
    from analysis.io.corpus import CorpusError, article_from_mapping
    from analysis.pipeline import combine

    if not corpus_path.is_file():
        return []
    golds = [(p.stem, load_gold(p)) for p in gold_files(gold_root)]
    ids = {i for _, g in golds for i in _analysed(g)}
    rows = read_corpus_rows(corpus_path, ids)
    # the members not given in ``analyses``, analysed in one call (one cache version look-up)
    todo = {}
    for aid in sorted(ids):
        if aid in rows and (analyses is None or analyses.get(aid) is None):
            try:
                todo[aid] = article_from_mapping(rows[aid], name=aid)
            except CorpusError:
                continue
    analysed = dict(zip(todo, analyze_articles_cached(list(todo.values()), cache_dir)))
    reports = []
    for name, gold in golds:
        members = []
        for aid in _analysed(gold):
            if aid not in rows:
                continue
            an = analyses.get(aid) if analyses is not None else None
            if an is None:
                an = analysed.get(aid)
                if an is None:  # unreadable (CorpusError above)
                    continue
            members.append(replace(an, article=replace(an.article, story=f"gold-{name}"), story=f"gold-{name}"))
        result = combine(members)
        pairs, updates = system_view(result)
        scores = {o.outlet: (o.consistency.score if o.consistency else None) for o in result.outlets}
        raw = {aid: rows[aid]["text"] for aid in _analysed(gold) if aid in rows}
        cleaned = {a.article.id: a.article.text for a in members}
        report = evaluate_story(gold, raw, cleaned, pairs, updates, scores, story_of, name=name)
        if why and not report.blind:  # blind sets: figures only
            report = replace(report, misses=tuple(f"{k} -- {w}" for k, w in why_missed(gold, raw, cleaned, result, report.found)))
        reports.append(report)
    return reports


def group_corpus(corpus_path: Path = DEFAULT_CORPUS) -> dict[str, str]:
    """Story id of every article of the stories corpus (records that cannot be read are skipped)."""
    from analysis.io.corpus import CorpusError, article_from_mapping
    from analysis.facts.stories import group_stories

    articles = []
    for aid, row in read_corpus_rows(corpus_path).items():
        try:
            articles.append(article_from_mapping(row, name=aid))
        except CorpusError:
            continue
    return group_stories(articles)


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("--")]
    corpus = Path(paths[0]) if paths else DEFAULT_CORPUS
    grouping = "--grouping" in args
    reports = evaluate_all(corpus, story_of=group_corpus(corpus) if grouping and corpus.is_file() else None)
    if not reports:
        print(f"story gold sets skipped: corpus not found at {corpus}")
        return 0
    print(format_story_reports(reports, errors=40, blind="--blind" in args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
