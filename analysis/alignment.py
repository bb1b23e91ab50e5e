"""Align facts across the outlets of one story and label agreement.

1. Resolve: weekdays and relative times ("الثلاثاء", "بعد يوم على محاولة
   الاغتيال") become calendar dates against the story's event date
   (``story_event_date``).  Relative times that stay unresolved are not
   compared (a guess would manufacture conflicts); unresolved weekdays are
   compared only with other weekdays.
2. Bucket: facts are bucketed by subject (a year-scoped count such as seats
   without a year in its sentence gets the story's event year: "fatah_seats"
   in the 2021 story is bucketed as "fatah_seats:2021") ("drones_total", "fatah_seats:2021",
   "qaani_arrival"), so the work is linear in the number of facts: no
   all-pairs comparison of facts across the story.  Facts with different
   subjects are never compared (73 Sadrist seats vs 16 Fatah seats).
3. Group values: inside a bucket, distinct values are grouped by
   compatibility (equal numbers, overlapping ranges "عشرات" vs 32, a month vs
   a day inside it, a specific armed group vs "an Iran-backed group").  One
   ``Comparison`` per subject reported by at least two outlets; it is a
   *conflict* when two items of different outlets have incompatible values,
   else *agree*.  Pairwise: two items agree iff ``values_compatible`` (see
   ``items_agree``); ``group`` is a display clustering (items of one group
   are pairwise compatible, but ranges can agree across groups).
4. Relays: an item's ``via`` is the agency its sentence relays (from the
   attribution records, or a news-agency name in the sentence).  When every
   article in a comparison relays the same agency, the comparison is
   ``relayed_only``: repetition of one source is not corroboration, and its
   facts stay "single-source".

Fact statuses (per fact with a subject of an aligned kind):
contradicted when another outlet reports an incompatible value; else
corroborated when another outlet reports a compatible value and the two
articles do not both relay the same agency; else single-source.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Sequence

from .dates import dates_compatible, infer_year, is_resolved, parse_iso, parse_published, resolve_time
from .facts import canonical_entity, claims_compatible, gazetteer
from .lexicon import load_lexicon
from .numbers import parse_range
from .records import ArticleAnalysis, Comparison, ComparisonItem, Fact, FactStatus


@lru_cache(maxsize=8)
def _settings(language: str = "ar") -> tuple[frozenset[str], frozenset[str]]:
    raw = load_lexicon(language, "facts")
    return (frozenset(raw.get("aligned_kinds", ["number", "date", "time", "claim"])),
            frozenset(raw.get("story_event_subjects", [])))


@lru_cache(maxsize=8)
def _year_scoped_units(language: str = "ar") -> frozenset[str]:
    nouns = load_lexicon(language, "counted_nouns").get("nouns", {})
    return frozenset(u for u, spec in nouns.items() if spec.get("year_scoped"))


def story_event_date(analyses: Sequence[ArticleAnalysis], language: str = "ar") -> date | None:
    """The day the story's event happened, as the articles state it.

    The most frequent day-precision date among facts whose subject marks the
    event (``story_event_subjects`` in facts.json, e.g. event_date); failing
    that, the most frequent day-precision date within a month of the
    articles' publication dates; None when nothing fits.  Ties go to the
    earliest date.
    """
    _, event_subjects = _settings(language)
    votes: Counter[date] = Counter()
    fallback: Counter[date] = Counter()
    for an in analyses:
        pub = parse_published(an.article.published)
        for f in an.facts:
            d = parse_iso(fill_year(f.normalised, pub)) if f.kind == "date" else None
            if d is None:
                continue
            if f.subject in event_subjects:
                votes[d] += 1
            elif pub is not None and timedelta(days=-31) <= d - pub <= timedelta(days=62):
                fallback[d] += 1
    for counter in (votes, fallback):
        if counter:
            best = max(counter.values())
            return min(d for d, c in counter.items() if c == best)
    return None


def values_compatible(kind: str, a: str, b: str) -> bool | None:
    """Whether two canonical values agree; None when they cannot be compared."""
    if a == b:
        return True
    if kind == "number":
        ra, rb = parse_range(a), parse_range(b)
        if ra is None or rb is None:
            return None
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    if kind in ("date", "time"):
        if a.startswith("weekday:") and b.startswith("weekday:"):
            return a.split(":")[1] == b.split(":")[1]  # "الثلاثاء" and "الثلاثاء الماضي": one day
        return dates_compatible(a, b)
    if kind == "claim":
        return claims_compatible(a, b)
    return False


def items_agree(comparison: Comparison, a: ComparisonItem, b: ComparisonItem) -> bool:
    """Whether two items of one comparison report compatible values."""
    return bool(values_compatible(comparison.kind or "number", a.normalised, b.normalised))


def group_values(kind: str, values: Sequence[str]) -> dict[str, int]:
    """Group distinct values so that members of a group are pairwise compatible.

    Greedy, most frequent value first: the common reading anchors group 0.
    """
    counts = Counter(values)
    groups: list[list[str]] = []
    out: dict[str, int] = {}
    for v, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        for gi, members in enumerate(groups):
            if all(values_compatible(kind, v, m) for m in members):
                members.append(v)
                out[v] = gi
                break
        else:
            out[v] = len(groups)
            groups.append([v])
    return out


@lru_cache(maxsize=4096)
def _entity_id(name: str) -> str | None:
    return canonical_entity(name)


@lru_cache(maxsize=4096)
def _agency_label(name: str) -> str:
    """Canonical label for an agency name ("وكالة رويترز" → "رويترز"), or the name."""
    eid = _entity_id(name) if name else None
    if eid:
        return gazetteer().by_id[eid].label
    return name.strip()


def sentence_vias(an: ArticleAnalysis) -> dict[int, str]:
    """Sentence index -> agency that sentence relays ("" entries omitted).

    From the attributions (``via``, or an agency named as the source); else
    from a news-agency name among the sentence's entity facts.  A "via"
    naming the article's own outlet is the outlet's own reporting, not a relay.
    """
    out: dict[int, str] = {}
    gz = gazetteer()
    for att in an.attributions:
        via = att.via
        if not via:
            eid = _entity_id(att.source) if att.source else None
            if eid and gz.by_id[eid].type == "agency":
                via = att.source
        if via and via.strip() not in an.article.outlet:
            out.setdefault(att.sentence, _agency_label(via))
    for f in an.facts:
        if f.kind == "entity" and f.subject == "entity:agency" and f.sentence not in out:
            out[f.sentence] = gz.by_id[f.normalised].label if f.normalised in gz.by_id else f.value
    return out


@dataclass
class _Item:
    analysis: int
    fact_index: int
    fact: Fact
    value: str
    via: str


def fill_year(value: str, reference: date | None) -> str:
    """Give "*-11-07" (a date printed without its year) the year the publication date implies."""
    if not value.startswith("*") or reference is None or len(value) < 4:
        return value
    year = infer_year(int(value[2:4]), reference)
    return f"{year:04d}{value[1:]}" if year is not None else value


def _resolve(f: Fact, event: date | None, reference: date | None, exact_day: bool) -> str:
    if f.kind in ("date", "time") and not is_resolved(f.normalised):
        # a weekday or "last week" counted from the 1st of a month-precision "2021-11" would be a guess
        return resolve_time(f.normalised, event, reference if exact_day else None)
    return fill_year(f.normalised, reference) if f.kind in ("date", "time") else f.normalised


def align_story(
    story: str, analyses: Sequence[ArticleAnalysis], *, language: str = "ar"
) -> tuple[tuple[Comparison, ...], tuple[FactStatus, ...]]:
    """Comparisons (one per subject reported by 2+ outlets) and a status per checkable fact."""
    aligned_kinds, _ = _settings(language)
    year_scoped = _year_scoped_units(language)
    event = story_event_date(analyses, language)
    buckets: dict[str, list[_Item]] = {}
    checkable: list[tuple[int, int]] = []
    for ai, an in enumerate(analyses):
        vias = sentence_vias(an)
        reference = parse_published(an.article.published)
        exact_day = len(an.article.published.strip()) >= 10
        for fi, f in enumerate(an.facts):
            if f.kind not in aligned_kinds or not f.subject:
                continue
            checkable.append((ai, fi))
            value = _resolve(f, event, reference, exact_day)
            if f.kind in ("date", "time") and not is_resolved(value) and not value.startswith("weekday:"):
                continue
            key = f.subject
            if event is not None and not f.year and f.unit in year_scoped:
                key = f"{key}:{event.year}"  # "Fatah's seats" in a 2021 story: its 2021 seats
            buckets.setdefault(key, []).append(_Item(ai, fi, f, value, vias.get(f.sentence, "")))

    status: dict[tuple[int, int], str] = {}
    comparisons: list[Comparison] = []
    for subject in sorted(buckets):
        items = buckets[subject]
        # weekdays left unresolved (no event date) compare only with each other
        weekdays = [it for it in items if it.value.startswith("weekday:")]
        if weekdays and len(weekdays) < len(items):
            items = [it for it in items if not it.value.startswith("weekday:")]
        outlets = {analyses[it.analysis].article.outlet for it in items}
        if len(outlets) < 2:
            continue
        comparisons.append(_compare(story, subject, items, analyses, status))
    statuses = tuple(
        FactStatus(analyses[ai].article.id, fi, status.get((ai, fi), "single-source")) for ai, fi in checkable
    )
    return tuple(comparisons), statuses


def _compare(story: str, subject: str, items: list[_Item], analyses: Sequence[ArticleAnalysis],
             status: dict[tuple[int, int], str]) -> Comparison:
    kind = items[0].fact.kind if all(it.fact.kind == items[0].fact.kind for it in items) else "time"
    groups = group_values(kind, [it.value for it in items])

    # the agency an article relays for this subject: the one its attributed items name
    # (an unattributed repeat in a headline rests on the same relay)
    art_vias: dict[int, set[str]] = {}
    for it in items:
        art_vias.setdefault(it.analysis, set())
        if it.via:
            art_vias[it.analysis].add(it.via)
    art_via = {ai: (next(iter(v)) if len(v) == 1 else "") for ai, v in art_vias.items()}
    outlet_of = {ai: analyses[ai].article.outlet for ai in art_vias}

    # per distinct value: outlet -> relays of that outlet's articles giving the value.
    # Agreement is tested value against value, not by group: ranges make it
    # non-transitive ("أكثر من 3000" agrees with 3700 and with "أكثر من 5000",
    # which do not agree with each other).  Distinct values are few, so this
    # stays linear in the number of items.
    by_value: dict[str, dict[str, set[str]]] = {}
    for it in items:
        by_value.setdefault(it.value, {}).setdefault(outlet_of[it.analysis], set()).add(art_via[it.analysis])
    compat = {(a, b): bool(values_compatible(kind, a, b)) for a in by_value for b in by_value}

    conflict = False
    for it in items:
        mine_o, mine_v = outlet_of[it.analysis], art_via[it.analysis]
        contradicted = any(o != mine_o for w, os_ in by_value.items() if not compat[(it.value, w)] for o in os_)
        corroborated = any(
            o != mine_o and (not mine_v or any(v != mine_v for v in vs))
            for w, os_ in by_value.items() if compat[(it.value, w)] for o, vs in os_.items()
        )
        conflict = conflict or contradicted
        status[(it.analysis, it.fact_index)] = (
            "contradicted" if contradicted else "corroborated" if corroborated else "single-source"
        )

    vias = set(art_via.values())
    relayed_only = len(vias) == 1 and "" not in vias
    out_items = []
    for it in sorted(items, key=lambda it: (analyses[it.analysis].article.id, it.fact.start)):
        an = analyses[it.analysis]
        sent = an.sentences[it.fact.sentence] if 0 <= it.fact.sentence < len(an.sentences) else None
        out_items.append(ComparisonItem(
            article_id=an.article.id, outlet=an.article.outlet, value=it.fact.value, normalised=it.value,
            start=it.fact.start, end=it.fact.end,
            sentence_start=sent.start if sent else -1, sentence_end=sent.end if sent else -1,
            via=it.via, group=groups[it.value],
        ))
    return Comparison(
        story=story, subject=subject, status="conflict" if conflict else "agree", items=tuple(out_items),
        relayed_only=relayed_only, relayed_via=next(iter(vias)) if relayed_only else "", kind=kind,
    )
