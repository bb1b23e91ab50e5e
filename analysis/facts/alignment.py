"""Align facts across the outlets of one story: agreement, conflicts, updates over time.

1. Resolve: weekdays and relative days become calendar dates against the
   *article's own* publication date when it is known to the day ("الخميس" in
   Sunday's paper is the Thursday before it), else against the story's event
   date (``story_event_date``: the day most articles name for the event, in the
   fortnight before they were published).  Relative times that stay unresolved
   are not compared (a guess would manufacture conflicts).
2. Bucket: facts are bucketed by subject, the scoped quantity facts.py built
   ("killed", "جنود_killed", "wounded_serious", "fatah_seats:2021",
   "amount:ريال:سند", "qaani_arrival"), so the work is linear in the number of
   facts.  Facts with different subjects are never compared.  Each count keeps
   its as-of day (the day stated next to it, else its article's date).
3. Relate, value against value (few distinct values per bucket, so linear in
   items): two values of different outlets
   * agree when compatible (equal, overlapping ranges, a day inside a month...);
   * are an **update** when the count grows while the event unfolds (a toll,
     within ``revision_days`` of the event: two values of one day are two moments),
     or grew from one day to a later one, or one side says it changed ("rose to");
   * are **outdated** when one repeats a value on a day after another value had
     replaced it (reported by 2+ outlets, and nobody else still gave the old one);
   * are **not compared** (abstain) when one article gives both values (431 in
     all, 97 of them for one attack), when either article gives two incompatible
     values for the quantity, when they are an order of magnitude apart, or when
     two event dates are one day apart (a night attack);
   * else **conflict**: "A says X, B says Y", stored as ``Comparison.pairs``
     (one pair per two articles and two values).
4. Relays: an item's ``via`` is the agency its sentence relays.  When every
   article in a comparison relays the same agency, the comparison is
   ``relayed_only``: repetition of one source is not corroboration.

Fact statuses: contradicted (in a conflict), outdated, corroborated (another
outlet, not the same relay, gives a compatible value), updated (only values of
other days differ), else single-source.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, partial
from itertools import permutations
from typing import Callable, Iterable, Sequence, TypeVar

from analysis.facts.dates import (
    dates_compatible,
    date_interval,
    infer_year,
    is_resolved,
    parse_iso,
    parse_published,
    resolve_time,
    weekday_around,
)
from analysis.facts.claims import PLACE_CLAIM_PREFIXES, claims_compatible, stage_order
from analysis.facts.date_facts import _event_day_rules
from analysis.facts.clock import times_compatible
from analysis.facts.consistency import STATUS_RANK
from analysis.facts.rules import (
    ScopeRules, canonical_entity, context_key, counted_stem, fact_rules, gazetteer, lookup_word, scope_rules, stem_word, without_ta,
)
from analysis.facts.numbers import (
    number_lexicon, parse_number_word, parse_range, separator_ambiguous, separator_settled, strip_prefix,
)
from analysis.facts.places import Place, apart, place_names, spread, without_dateline
from analysis.facts.stories import comparable_text, comparable_words
from analysis.facts.variants import _tokens, _window_in, printed_digits, same_text_groups, same_text_rules
from analysis.facts.wording import display_words, subject_stems
from analysis.lexicon import LexiconError, load_lexicon
from analysis.records import (
    ArticleAnalysis,
    Comparison,
    ComparisonItem,
    ComparisonStatus,
    Fact,
    FactStatus,
    FactStatusKind,
    ItemPair,
    PairKind,
)
from analysis.text.grammar import grammar
from analysis.text.textnorm import normalise_text

_T = TypeVar("_T")
_U = TypeVar("_U")


@lru_cache(maxsize=8)
def _settings(language: str = "ar") -> tuple[frozenset[str], frozenset[str]]:
    raw = load_lexicon(language, "facts")
    return (frozenset(raw.get("aligned_kinds", ["number", "date", "time", "claim"])),
            frozenset(raw.get("story_event_subjects", [])))


@lru_cache(maxsize=8)
def _instance_date_subjects(language: str = "ar") -> frozenset[str]:
    """Subjects whose value is the day of *an* event of a kind (the story's attack, an election):
    a story can name several such events, so their days far apart are not one day disputed."""
    return _settings(language)[1] | frozenset(
        d["subject"] for d in load_lexicon(language, "facts").get("date_subjects", [])
        if isinstance(d, dict) and "subject" in d)


@lru_cache(maxsize=8)
def _event_day_prefix(language: str = "ar") -> str:
    """The subject prefix of an event's day told relative to the article's date (facts.json ``event_day``:
    "event_day:crash"): the day of *an* event of its kind, and in a story grouped out of an archive
    compared only when the two readings share a rare word (a week's crashes each happened "yesterday" to
    someone)."""
    spec = load_lexicon(language, "facts").get("event_day") or {}
    return f"{spec['subject']}:" if "subject" in spec else "\0"


@lru_cache(maxsize=8)
def _named_event_prefixes(language: str = "ar") -> tuple[str, ...]:
    """The subject prefixes of the dates of one event of one thing (facts.json ``event_dates``: "vanish_date:"): a
    date of one printed without its year keeps the year unknown ("*-03-08"), compared on its day and month only."""
    spec = load_lexicon(language, "facts").get("event_dates") or {}
    return tuple(f"{e['subject']}:" for e in spec.get("events", []) if isinstance(e, dict) and "subject" in e)


@lru_cache(maxsize=8)
def _named_only(language: str = "ar") -> tuple[str, ...]:
    """The subjects (prefixes) compared only in a story someone named as one: a match's score (facts.json
    ``match_score``: "match_score:"), keyed by the opponent's name alone (in a week of an archive's sports news one
    opponent meets several clubs), a goal's minute (facts.json ``goal_minute``: "goal_minute:", keyed by the scorer
    alone: one player scores in several matches), a match's day (facts.json ``fixture_day``: "fixture_day:", keyed by
    the opponent: a club meets one opponent in a league and a cup), a market session's day (facts.json
    ``session_day``: "session_day:", keyed by the close's whole level: two sessions of a week may share it), and the
    countries taking part in an event and its field (scope.json ``taking_part``: a week
    holds several events with their own entrants), and a vehicle's passengers (scope.json ``carried``: a week
    holds several buses)."""
    score = load_lexicon(language, "facts").get("match_score") or {}
    minute = load_lexicon(language, "facts").get("goal_minute") or {}
    fixture = load_lexicon(language, "facts").get("fixture_day") or {}
    session = load_lexicon(language, "facts").get("session_day") or {}
    taking = _scope_section(language, "taking_part")
    carried = _scope_section(language, "carried")
    return tuple([f"{score['subject']}:"] if "subject" in score else []) + tuple(
        [f"{minute['subject']}:"] if "subject" in minute else []) + tuple(
        [f"{fixture['subject']}:"] if "subject" in fixture else []) + tuple(
        [f"{session['subject']}:"] if "subject" in session else []) + tuple(
        [str(taking["subject"])] if "subject" in taking else []) + tuple(
        [str(taking["field_subject"])] if "field_subject" in taking else []) + tuple(
        [str(carried["subject"])] if "subject" in carried else [])


@lru_cache(maxsize=8)
def _year_scoped_units(language: str = "ar") -> frozenset[str]:
    nouns = load_lexicon(language, "counted_nouns").get("nouns", {})
    return frozenset(u for u, spec in nouns.items() if spec.get("year_scoped"))


def story_event_date(analyses: Sequence[ArticleAnalysis], language: str = "ar") -> date | None:
    """The day the story's event happened, as the articles state it (see ``_story_event``)."""
    return _story_event(analyses, language)[0]


def _story_event(analyses: Sequence[ArticleAnalysis], language: str = "ar") -> tuple[date | None, bool]:
    """The day the story's event happened, as the articles state it.

    Votes: each article's dates whose subject marks the event
    (``story_event_subjects`` in facts.json, e.g. event_date), weekdays and
    relative days resolved against the article's *own* publication date, and
    only dates in the fortnight before it (an event of this story is reported
    after it happened; a date months earlier is another event recalled).  One
    vote per article and date.  Failing that, the most frequent day-precision
    date in that window.  Ties go to the earliest date; None when nothing fits.
    With it, whether the articles named it (an event subject voted), not only printed it most.
    """
    _, event_subjects = _settings(language)
    votes: Counter[date] = Counter()
    fallback: Counter[date] = Counter()
    for an in analyses:
        pub = parse_published(an.article.published)
        exact = len(an.article.published.strip()) >= 10
        seen: set[tuple[date, bool]] = set()
        for f in an.facts:
            if f.kind not in ("date", "time"):
                continue
            value = f.normalised
            if not is_resolved(value) or f.kind == "time":
                # weekdays and relative days count only against a day-precise publication date
                if not exact or pub is None:
                    continue
                if not is_resolved(value):
                    value = _resolve(f, None, pub, True)
            d = parse_iso(fill_year(value, pub).rstrip("~"))
            if d is None:
                continue
            if pub is not None and exact and not (timedelta(days=-1) <= pub - d <= timedelta(days=14)):
                continue
            if pub is not None and not exact and not (timedelta(days=-31) <= d - pub <= timedelta(days=62)):
                continue
            is_event = f.subject in event_subjects
            if (d, is_event) in seen:
                continue
            seen.add((d, is_event))
            (votes if is_event else fallback)[d] += 1
    for counter in (votes, fallback):
        if counter:
            best = max(counter.values())
            return min(d for d, c in counter.items() if c == best), counter is votes
    return None, False


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
        if a.startswith("tod:") or b.startswith("tod:"):
            return times_compatible(a, b)  # "at dawn" and "at 6:35 in the morning" meet
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
    as_of: str = ""  # ISO day the value is stated for; "" unknown (taken as contemporary with anything)


def fill_year(value: str, reference: date | None) -> str:
    """Give "*-11-07" (a date printed without its year) the year the publication date implies."""
    if not value.startswith("*") or reference is None or len(value) < 4:
        return value
    year = infer_year(int(value[2:4]), reference)
    return f"{year:04d}{value[1:]}" if year is not None else value


def _resolve(f: Fact, event: date | None, reference: date | None, exact_day: bool) -> str:
    if f.normalised.startswith("tod:"):
        return f.normalised  # a time of day: the same whatever the day
    if f.kind in ("date", "time") and not is_resolved(f.normalised):
        if exact_day and reference is not None and f.normalised.startswith("weekday:"):
            # a weekday in a dated article is the last such day on or before its own date
            # ("الخميس" in Sunday's paper): the story's event date is someone else's reference
            if not f.normalised.endswith(":next"):
                return weekday_around(int(f.normalised.split(":")[1]), reference).isoformat()
        # a weekday or "last week" counted from the 1st of a month-precision "2021-11" would be a guess
        return resolve_time(f.normalised, event, reference if exact_day else None)
    return fill_year(f.normalised, reference) if f.kind in ("date", "time") else f.normalised


# --------------------------------------------------------------------------- context: which figures are one quantity

_CONTEXT_WORD = re.compile(r"[^\W\d_]+|\d+")
# subjects keyed by a unit or a counted noun only: context decides which of them are one quantity
GENERIC_PREFIXES = ("amount:", "n:")
PERCENT = "amount:percent"  # a percentage's measure: a change or a share, no sum with a unit
RATE = "~rate"  # the tag of a percentage that is the rate of a named measure's change (``_rate_of``)


_YEAR = re.compile(r"(?:19|20)\d\d")


def context_words(an: ArticleAnalysis, f: Fact, sc: ScopeRules, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Content words (stems) around a figure: within ``sc.context_window`` words of it, in its
    sentence, and not past a neighbouring figure (whose words are its own).

    What the figure is about is said next to it ("revenues will reach 15 billion dollars by
    2023", "a convoy of three ships in the new canal"): two outlets giving the same quantity
    use many of the same words around it, even when they word the rest differently.  Years
    count as words ("by 2023" is what a forecast is about).  Each word carries its closeness:
    1 for the two words either side of the figure, 0.5 further out.
    """
    text = an.article.text
    if 0 <= f.sentence < len(an.sentences):
        a, b = an.sentences[f.sentence].start, an.sentences[f.sentence].end
    else:
        a, b = max(0, f.start - 200), min(len(text), f.end + 200)
    # the neighbouring figures of the same sentence bound the context: the words between two
    # figures are split halfway ("من 5.3 مليار حاليا إلى نحو 13.2 مليار": حاليا is the 5.3's) - but a
    # percentage a clause mark away from a sum (``clause_marks``) is a clause of its own, and the words on the
    # sum's side of the mark are all the sum's ("بتدني 21.63%، وبلغت ربحية السهم خلال الربع الحالي 3.73 ريالات")
    marks = sc.clause_marks if f.measure.startswith("amount:") and f.measure != PERCENT else ()
    for g in an.facts:
        if g.kind == "number" and g.sentence == f.sentence and g is not f:
            mark = -1
            if g.end <= f.start:
                if marks and g.measure == PERCENT:
                    mark = max(text.rfind(m, g.end, f.start) for m in marks)
                a = max(a, mark + 1 if mark >= 0 else (g.end + f.start) // 2)
            elif g.start >= f.end:
                if marks and g.measure == PERCENT:
                    mark = min((k for k in (text.find(m, f.end, g.start) for m in marks) if k >= 0), default=-1)
                b = min(b, mark if mark >= 0 else (f.end + g.start + 1) // 2)
    # a bound inside a word drops the word's cut-off piece ("المت" of "المتوسط" is no word of either figure)
    words = [(m.start() + a, m.end() + a, m.group(0)) for m in _CONTEXT_WORD.finditer(text[a:b])
             if not (m.start() == 0 and a > 0 and text[a - 1].isalnum())
             and not (m.end() == b - a and b < len(text) and text[b].isalnum())]
    before = [w for w in words if w[1] <= f.start][-sc.context_window:]
    after = [w for w in words if w[0] >= f.end][:sc.context_window]
    out: dict[str, float] = {}
    conjunctions = _conjunctions(sc)
    near = {id(x) for x in before[-2:] + after[:2]}
    for word in before + after:
        w = word[2]
        close = 1.0 if id(word) in near else 0.5
        if w[0].isdigit():
            if _YEAR.fullmatch(w):
                out[w] = max(out.get(w, 0.0), close)
            continue
        n = normalise_text(w)
        if n in sc.context_stopwords or n in sc.money_units or n in sc.percent_words or parse_number_word(n) is not None:
            continue
        # a function word behind a conjunction ("وهي", "فمن", "وان"): too short for the stemmer to strip
        if n[:1] and n[:1] in conjunctions and n[1:] in sc.context_stopwords:
            continue
        st = stem_word(n, sc)
        if len(st) < 3 or st in sc.context_stopwords or st in skip or without_ta(st, sc) in sc.context_stopwords:
            continue
        st = context_key(st, sc)  # "الودائع" and "ودائع" as one word (see context_key)
        if st in skip:
            continue
        out[st] = max(out.get(st, 0.0), close)
    return out


def _conjunctions(sc: ScopeRules) -> frozenset[str]:
    """The one-letter conjunctions ("و", "ف"): the language's conjunction and the first of each clitic pair."""
    g = sc.grammar
    return frozenset({p[0] for p in g.proclitic_pairs} | ({g.conjunction} if g.conjunction else set()))


def amount_tags(an: ArticleAnalysis, f: Fact, sc: ScopeRules,
                periods_memo: dict[tuple[int, int], list[tuple[int, str]]] | None = None) -> tuple[str, str]:
    """(what an amount measures, its reporting period), each "" when the sentence does not say.

    The measure is the nearest ``metrics`` word before the figure in its sentence, not past
    another figure of the same unit ("صافي أرباح الربع الثاني تراجع بنسبة 4.49% ليبلغ 6.17 مليار":
    the percentage does not hide the profit from the riyals).  The period is the one
    ``periods`` pattern the sentence names, or the nearest one before the figure if it names several.
    ``periods_memo``: the period patterns found per (article, sentence), kept by a caller that asks
    about several amounts of one sentence (the sentence is normalised and scanned once, not per amount).
    """
    if f.measure == PERCENT:
        # (a percentage is most often a change or a share of something the sentence names
        # loosely - "rose 37% on the quarter" - not a reported level of a measure: only the rate of a change of a
        # measure named next to the change word is that measure's, ``_rate_of``)
        return _rate_of(an, f, sc, periods_memo)
    if not f.measure.startswith("amount:"):
        return "", ""
    text = an.article.text
    a = an.sentences[f.sentence].start if 0 <= f.sentence < len(an.sentences) else max(0, f.start - 200)
    before: Fact | None = None  # the nearest figure of the same unit before this one in its sentence
    for g in an.facts:
        if g.kind == "number" and g.sentence == f.sentence and g is not f and g.measure == f.measure \
                and g.end <= f.start and g.end > a:
            a, before = g.end, g
    metric = ""
    words = [normalise_text(m.group(0)) for m in _CONTEXT_WORD.finditer(text[a:f.start])]
    if sc.metrics:
        for n in reversed(words):
            hit = lookup_word(n, sc.metrics, sc.grammar) or sc.metrics.get(stem_word(n, sc), "")
            if hit:
                metric = hit
                break
    if not metric and before is not None and sc.priced_metrics:
        # "وفقد الخام الأمريكي 1.12 دولار ليسجل 46 دولارا": a price right after a figure of a traded thing, no
        # other thing named between them, is that thing's too (its fall and the level it fell to)
        prior = amount_tags(an, before, sc, periods_memo)[0].split("~")[0]
        if prior in sc.priced_metrics:
            metric = prior
    # a forecast or a change is its own quantity: "analysts expected 4.66 bn", "up by 8.4 bn"
    if any(lookup_word(n, sc.forecast_words, sc.grammar) for n in words):
        metric = f"{metric}~forecast" if metric else ""
    elif any(lookup_word(n, sc.change_words, sc.grammar) for n in words[-3:]):
        metric = f"{metric}~change" if metric else ""
    return metric, _period(an, f, sc, periods_memo)


def _rate_of(an: ArticleAnalysis, f: Fact, sc: ScopeRules,
             periods_memo: dict[tuple[int, int], list[tuple[int, str]]] | None) -> tuple[str, str]:
    """The tags of a percentage that is the rate of a named change ("تراجع إجمالي الإيرادات ... بنسبة 3%": the
    revenue's change, "revenue~rate"), with its period; ("", "") for any other percentage (scope.json rate_words)."""
    if not sc.rate_words or not sc.metrics or not (0 <= f.sentence < len(an.sentences)):
        return "", ""
    text = an.article.text
    # (up to the figure's digits: a bound's words are in its span, "تزيد نسبته على 4.2")
    digit = next((k for k in range(f.start, f.end) if text[k].isdigit()), f.start)
    words = [normalise_text(m.group(0)) for m in _CONTEXT_WORD.finditer(text[an.sentences[f.sentence].start:digit])]
    if not any(lookup_word(n, sc.rate_words, sc.grammar) for n in words[-3:]):
        return "", ""
    for i in range(len(words) - 1, -1, -1):
        if lookup_word(words[i], sc.change_words, sc.grammar):
            for n in words[i + 1:i + 2 + sc.change_reach]:
                hit = lookup_word(n, sc.metrics, sc.grammar) or sc.metrics.get(stem_word(n, sc), "")
                if hit:
                    return f"{hit}{RATE}", _period(an, f, sc, periods_memo)
            return "", ""  # the nearest change changes something else
    return "", ""


def percent_direction(an: ArticleAnalysis, f: Fact, sc: ScopeRules) -> str:
    """"up" or "down" for a percentage given as a rise or a fall (scope.json ``percent_directions``: the nearest
    word of either within its reach before the figure, not past another figure of its sentence: "بزيادة قدرها 35",
    "بانخفاض قدره 22", "وانخفض الدولار 0.5"), "" when no such word is near (a share, a rate named alone)."""
    if f.measure != PERCENT or not (sc.percent_up or sc.percent_down) or not 0 <= f.sentence < len(an.sentences):
        return ""
    text = an.article.text
    a = an.sentences[f.sentence].start
    for g in an.facts:
        if g.kind == "number" and g.sentence == f.sentence and g is not f and a < g.end <= f.start:
            a = g.end
    digit = next((k for k in range(f.start, f.end) if text[k].isdigit()), f.start)
    words = _CONTEXT_WORD.findall(text[a:digit])[-sc.percent_direction_reach:]
    for w in reversed(words):
        n = normalise_text(w)
        if lookup_word(n, sc.percent_up, sc.grammar):
            return "up"
        if lookup_word(n, sc.percent_down, sc.grammar):
            return "down"
    return ""


def _period(an: ArticleAnalysis, f: Fact, sc: ScopeRules,
            periods_memo: dict[tuple[int, int], list[tuple[int, str]]] | None) -> str:
    """The ``periods`` pattern a figure's sentence names, the nearest before the figure if it names several."""
    text = an.article.text
    period = ""
    if sc.periods and 0 <= f.sentence < len(an.sentences):
        s0 = an.sentences[f.sentence].start
        key = (id(an), f.sentence)  # the caller keeps ``an`` alive while the memo lives
        found = periods_memo.get(key) if periods_memo is not None else None
        if found is None:
            sent = normalise_text(text[s0:an.sentences[f.sentence].end])
            found = sorted((m.start(), pid) for pid, rx in sc.periods for m in rx.finditer(sent))
            if periods_memo is not None:
                periods_memo[key] = found
        ids = {pid for _, pid in found}
        if len(ids) == 1:
            period = found[0][1]
        elif ids:
            # offsets of the normalised sentence are close to the text's: the nearest before the figure
            before = [pid for off, pid in found if off <= f.start - s0]
            period = before[-1] if before else ""
    return period


ORDINAL_REACH = 4  # words back from a definite ordinal to the noun it numbers ("الطائرة السعودية الإغاثية الثانية")


def instance_ordinals(an: ArticleAnalysis, f: Fact, sc: ScopeRules, language: str = "ar",
                      memo: dict[tuple[int, int], dict[str, frozenset[int]]] | None = None) -> dict[str, frozenset[int]]:
    """Which instance of a thing the figure's sentence is about: counted-noun stem -> the ordinals it is given
    ("أول طائرة" {طائر: {1}}, "الطائرة السعودية الإغاثية الثانية والثالثة" {طائر: {2, 3}}, "الربع الثاني").

    An indefinite ordinal numbers the word after it (أول طائرة، ثاني دفعة); a definite one numbers the words
    up to ORDINAL_REACH before it (الدفعة الثالثة), ordinals skipped.  Every such word is kept: which one is
    the thing is decided by the other reading, which must number the same word.  A property of the sentence:
    ``memo`` keeps it per (article, sentence) for a caller that asks about several figures of one sentence."""
    if not 0 <= f.sentence < len(an.sentences):
        return {}
    key = (id(an), f.sentence)  # the caller keeps ``an`` alive while the memo lives
    if memo is not None and key in memo:
        return memo[key]
    lex = number_lexicon(language)
    s = an.sentences[f.sentence]
    sent = normalise_text(an.article.text[s.start:s.end])
    found: dict[str, frozenset[int]] = {}
    if _ordinal_words(language).search(sent):  # most sentences name no ordinal: one C-level scan
        words = _CONTEXT_WORD.findall(sent)
        values = []
        for w in words:
            hit = strip_prefix(w, lex.ordinals, lex.prefixes)
            values.append((lex.ordinals[hit[1]], hit[0]) if hit else None)
        out: dict[str, set[int]] = {}
        article = sc.grammar.article
        moved = _moved_from(words, values, sc, language)
        for i, v in enumerate(values):
            if v is None or i in moved:
                continue
            number, prefix = v
            if article and (article in prefix or words[i].startswith(article)):
                nouns = [words[j] for j in range(max(0, i - ORDINAL_REACH), i) if values[j] is None]
            else:
                nouns = [words[i + 1]] if i + 1 < len(words) and values[i + 1] is None else []
            for n in nouns:
                if not n[:1].isdigit() and n not in sc.context_stopwords:
                    out.setdefault(counted_stem(sc.grammar.without_article(n), sc), set()).add(number)
        found = {k: frozenset(v) for k, v in out.items()}
    if memo is not None:
        memo[key] = found
    return found


@lru_cache(maxsize=8)
def _rank_moves(language: str = "ar") -> tuple[frozenset[str], frozenset[str]]:
    """scope.json's ``rank_moves``: (verbs of moving, words of "to"), normalised."""
    cfg = _scope_section(language, "rank_moves")
    return (frozenset(normalise_text(w) for w in cfg.get("verbs", [])),
            frozenset(normalise_text(w) for w in cfg.get("to", [])))


def _moved_from(words: list[str], values: list, sc: ScopeRules, language: str) -> set[int]:
    """The indices of the ordinals a thing moved from ("ونزل ... من المركز الثاني إلى الخامس": the second), after a
    verb of ``rank_moves`` in the sentence: a rank of before, not the figure's."""
    verbs, to = _rank_moves(language)
    if not verbs:
        return set()
    out = set()
    for i in range(len(values) - 2):
        if values[i] is not None and values[i + 2] is not None and words[i + 1] in to \
                and any(lookup_word(w, verbs, sc.grammar) for w in words[:i]):
            out.add(i)
    return out


@lru_cache(maxsize=8)
def _ordinal_words(language: str = "ar") -> re.Pattern[str]:
    """Any ordinal of the number lexicon, as a substring (a prefix may stand before it): the fast reject."""
    words = sorted(number_lexicon(language).ordinals, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else r"(?!)")


def _ordinals_disagree(x: dict[str, frozenset[int]], y: dict[str, frozenset[int]]) -> bool:
    """The first plane's load and the second's: a word both readings number, with no number in common."""
    return any(x[k].isdisjoint(y[k]) for k in x.keys() & y.keys())


def _tags_join(x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Two amounts tagged with one measure and period, or two rates of one measure's change (``_rate_of``) one of
    which names no period: in a story someone named, the fall of the year's revenue "at the end of 2014" and "the
    fall of the revenues" of one economist's sums are one rate."""
    if not x[0] or x[0] != y[0]:
        return False
    return x[1] == y[1] or (x[0].endswith(RATE) and not (x[1] and y[1]))


def _tags_disagree(x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Two amounts whose known measures or known periods differ are two quantities.  (Whether one
    is a forecast is read from a few words only, so a forecast and a figure of the same measure are
    left to their contexts: they are not forced apart, nor joined.)"""
    mx, my = x[0].split("~")[0], y[0].split("~")[0]
    return bool((mx and my and mx != my) or (x[1] and y[1] and x[1] != y[1]))


def _priced(tag: tuple[str, str], priced: frozenset[str]) -> frozenset[str]:
    """The traded thing an amount's measure tag names (``priced``), as a set of at most one."""
    m = tag[0].split("~")[0]
    return frozenset({m}) if m in priced else frozenset()


def _context_clusters(items: list["_Item"], contexts: dict[int, dict[str, float]], weight: dict[str, float],
                      threshold: float, tags: dict[int, tuple[str, str]] | None = None,
                      ordinals: dict[int, dict[str, frozenset[int]]] | None = None,
                      sole: set[int] | None = None, measured_sole: set[int] | None = None,
                      priced: frozenset[str] = frozenset(),
                      directions: dict[int, str] | None = None) -> list[list["_Item"]]:
    """Items of one unit split into quantities by average-linkage clustering of their contexts.

    Two items are similar when their context words overlap (shared words weighted by rarity,
    over the smaller context); two clusters merge while their *average* similarity is at
    least ``threshold``, so one loose neighbour cannot chain two quantities together.  Two
    different values in one article are two quantities (similarity 0); the same value
    repeated in one article (headline and body) adds nothing either way.  So are two items whose
    ``tags`` name different measures or periods, and two whose ``ordinals`` number one thing
    differently (the first plane and the second: see ``instance_ordinals``).  Two items of ``sole`` (each the
    only value of its article in the bucket: see ``_split_by_context``'s ``named``) that share a context word are
    similar enough to join, unless their tags or ordinals keep them apart; amounts with a unit (not percentages)
    so linked are one quantity along the whole chain (every pair of it similar enough, the same exceptions aside).
    Two amounts of ``measured_sole`` (each its article's only one of a measure and period its sentence names: see
    ``_sole_measured``) with the same measure and period are similar enough to join, their ordinals aside.
    Two percentages of ``directions`` one a rise and the other a fall (``percent_direction``) are two quantities.
    """
    import heapq

    n = len(items)
    mass = [sum(weight.get(w, 0.0) * c for w, c in contexts[id(it)].items()) for it in items]
    # pairs of sole amounts joined by a word in common (see ``sole``): sums of money, lengths, weights with their
    # unit; not percentages (mostly changes or shares), nor counts of people or things
    measured = sole is not None and all(it.fact.measure.startswith("amount:") and it.fact.measure != PERCENT
                                        for it in items)
    kept: list[tuple[int, int]] = []
    apart: dict[tuple[int, int], bool] = {}  # pairs whose tags, ordinals or article keep them apart
    sums: dict[tuple[int, int], float] = {}  # cluster pair (low id, high id) -> sum of item similarities
    counted: dict[tuple[int, int], int] = {}  # ...over this many item pairs that count
    for i in range(n):
        ci = contexts[id(items[i])]
        for j in range(i + 1, n):
            if items[i].analysis == items[j].analysis:
                if items[i].value == items[j].value or _restated_rate(items[i], items[j], tags):
                    continue  # a repeat: no evidence either way
                sim = 0.0
                apart[(i, j)] = True
            else:
                cj = contexts[id(items[j])]
                # summed in word order: a set's order follows the process's string hashing, and a
                # float sum in another order can tip a pair over the threshold in one run, not another
                shared = sorted(ci.keys() & cj.keys())
                small = min(mass[i], mass[j])
                sim = sum(weight[w] * min(ci[w], cj[w]) for w in shared) / small if shared and small > 0 else 0.0
                if sole is not None and i in sole and j in sole and shared:
                    # each article's only figure of this unit, with a word around it in common ("بصفقة قدرة
                    # باربعة ملايين يورو", "تكلفة الصفقة ... مليون ونصف المليون يورو"): in one story, most likely
                    # one quantity however differently the rest of its words run.  Not with no word in common:
                    # "18 bodies recovered, a police officer said" and "after 13 bodies were recovered yesterday
                    # morning" are all the bodies and a day's new ones
                    sim = max(sim, threshold)
                if tags is not None:
                    ti, tj = tags.get(id(items[i]), ("", "")), tags.get(id(items[j]), ("", ""))
                    if _tags_join(ti, tj) and measured_sole is not None and i in measured_sole and j in measured_sole:
                        # in a story someone named, each article's only Q2 net loss is the story's Q2 net loss
                        # ("وبلغ صافي الخسائر خلال الربع الثاني 900.1 مليون", "خسائر صافية بلغت 900.9 مليون ... في الربع
                        # الثاني"), however differently the rest of the sentences run.  (Two rates of one measure's change
                        # a hair above the threshold: six such similarities averaged come out at 0.39999999999999997)
                        sim = max(sim, threshold + (SIM_EPS if ti[0].endswith(RATE) else 0.0))
                    if _tags_disagree(ti, tj):
                        sim = 0.0  # Q2 profit and H1 profit, a cost and a revenue: never one quantity
                        apart[(i, j)] = True
                    elif ti[0] and ti[1] and ti == tj and _unit_slip(items[i].value, items[j].value):
                        # the same measure of the same period with the same digits a thousand times
                        # apart is one figure.  (The same measure and period alone is no reason to
                        # join two figures: in a market round-up that is every company's Q2 profit,
                        # and their contexts, which name the company, decide.)  It is the strongest
                        # evidence there is, so it links first: a generic word shared with a third
                        # figure ("قيمتها") must not pull the slipped figure into that one's cluster.
                        sim = 1.0
                if directions and {directions.get(id(items[i]), ""), directions.get(id(items[j]), "")} == {"up", "down"}:
                    sim = 0.0  # a rise of 35% on a year earlier and a fall of 22% on the quarter before: two changes
                    apart[(i, j)] = True
                if ordinals is not None and _ordinals_disagree(ordinals.get(id(items[i]), {}), ordinals.get(id(items[j]), {})):
                    sim = 0.0  # the first plane's load and the second and third's: two instances, two quantities
                    apart[(i, j)] = True
                if measured and sole is not None and i in sole and j in sole and shared and sim >= threshold:
                    kept.append((i, j))
            sums[(i, j)] = sim
            counted[(i, j)] = 1
    if kept and sole is not None:
        # the sole figures linked that way are one quantity as a chain, not only pair by pair: "مصادر" joins
        # two outlets' fee, "مبلغ" one of them to a third, "لمدة" the third to a fourth, "صفقة" the fourth to a
        # fifth; average linkage would keep two such pairs apart, most of their cross pairs sharing nothing.
        # Within a chain every pair is similar enough, unless its tags or ordinals keep it apart
        root = list(range(n))

        def find(x: int) -> int:
            while root[x] != x:
                root[x] = root[root[x]]
                x = root[x]
            return x
        for i, j in kept:
            root[find(i)] = find(j)
        for (i, j), sim in list(sums.items()):
            if i in sole and j in sole and find(i) == find(j) and sim < threshold and not apart.get((i, j)):
                sums[(i, j)] = threshold
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    # the traded things (``priced``: Brent, US crude, gold) a cluster's amounts are prices of: two clusters of
    # different ones never merge, however alike the rest of their words run (a price and a low of Brent beside US
    # crude's in every copy of a market report: averaged, the two crudes' figures were one quantity)
    things: dict[int, frozenset[str]] = {i: _priced(tags.get(id(items[i]), ("", "")), priced) for i in range(n)} \
        if tags is not None and priced else {}
    version = [0] * n
    heap = [(-sums[k] / counted[k], k[0], k[1], 0, 0) for k in sums if sums[k] >= threshold]
    heapq.heapify(heap)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue  # stale entry
        if things and things[a] and things[b] and things[a] != things[b]:
            continue
        if things:
            things[a] = things[a] | things[b]
        # merge b into a: b's pairs with every other cluster c are added into a's
        members[a].extend(members.pop(b))
        version[a] += 1
        for c in list(members):
            if c == a:
                continue
            kac, kbc = (min(a, c), max(a, c)), (min(b, c), max(b, c))
            s_ = sums.pop(kbc, 0.0)
            n_ = counted.pop(kbc, 0)
            if n_ or kac in sums:
                sums[kac] = sums.get(kac, 0.0) + s_
                counted[kac] = counted.get(kac, 0) + n_
                avg = sums[kac] / max(1, counted[kac])
                if avg >= threshold:
                    lo, hi = kac
                    heapq.heappush(heap, (-avg, lo, hi, version[lo], version[hi]))
        # the loop took every pair of b but the merged one (a, b) itself (no scan of all pairs)
        sums.pop((min(a, b), max(a, b)), None)
        counted.pop((min(a, b), max(a, b)), None)
    return [[items[i] for i in sorted(m)] for m in members.values()]


def _cluster_label(members: list["_Item"], contexts: dict[int, dict[str, float]], weight: dict[str, float]) -> str:
    """The word that best names a cluster: shared by most of its items, rarest in the story."""
    counts = Counter(w for it in members for w in contexts[id(it)])
    if not counts:
        return members[0].fact.holder or "?"
    return max(counts, key=lambda w: (counts[w], weight.get(w, 0.0), w))


def align_story(
    story: str, analyses: Sequence[ArticleAnalysis], *, language: str = "ar",
    rare_words: frozenset[str] | None = None,
) -> tuple[tuple[Comparison, ...], tuple[FactStatus, ...]]:
    """Comparisons (one per quantity reported by 2+ outlets) and a status per checkable fact.

    ``rare_words`` (for a story grouped automatically out of a big corpus: see
    ``stories.RARE_SHARE``) keeps figures of two different incidents apart (``incident_words``)."""
    aligned_kinds, event_subjects = _settings(language)
    instance_subjects = _instance_date_subjects(language)
    year_scoped = _year_scoped_units(language)
    named_only = _named_only(language)
    named_dates = _named_event_prefixes(language)
    event, stated = _story_event(analyses, language)
    buckets: dict[str, list[_Item]] = {}
    checkable: list[tuple[int, int]] = []
    sc = scope_rules(language)
    for ai, an in enumerate(analyses):
        vias = sentence_vias(an)
        reference = parse_published(an.article.published)
        exact_day = len(an.article.published.strip()) >= 10
        for fi, f in enumerate(an.facts):
            if f.kind not in aligned_kinds or not f.subject:
                continue
            if rare_words is not None and named_only and f.subject.startswith(named_only):
                continue  # a match's score, keyed by its opponent, or an event's entrants: one event only when named
            checkable.append((ai, fi))
            value = _resolve(f, event, reference, exact_day) \
                if not (f.normalised.startswith("*") and f.subject.startswith(named_dates)) else f.normalised
            if f.kind in ("date", "time") and not is_resolved(value) and not value.startswith(("weekday:", "tod:")):
                continue
            if f.subject in event_subjects and not _near_event(value, event):
                continue  # a date of another attack, or a month: not this event's day
            key = f.subject
            if event is not None and not f.year and f.unit in year_scoped:
                key = f"{key}:{event.year}"  # "Fatah's seats" in a 2021 story: its 2021 seats
            # counts change over time (a toll rises); dates and claims are compared whenever stated
            as_of = f.as_of if f.kind in ("number", "claim") else ""
            if as_of and f.kind == "number" and exact_day and as_of < an.article.published[:10] \
                    and not f.as_of_reported and _day_dates_event(an, f, sc):
                as_of = an.article.published[:10]  # the toll of Monday's bombing as Wednesday knew it
            buckets.setdefault(key, []).append(_Item(ai, fi, f, value, vias.get(f.sentence, ""), as_of))

    buckets = split_named_ages(buckets, rare_words, language)
    buckets, matched, moving, sole = _split_by_context(buckets, analyses, language, named=rare_words is None)
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
        comparisons.append(_compare(story, subject, items, analyses, status, event, language, event_named=stated,
                                    day_slack=1 if subject in event_subjects else 0,
                                    context_matched=subject in matched, moving=subject in moving,
                                    instance_dates=subject in instance_subjects
                                    or subject.startswith(_event_day_prefix(language)), rare_words=rare_words,
                                    sole=sole))
    comparisons += _same_text_comparisons(story, analyses, comparisons, status, checkable, event, language,
                                          stated, rare_words)
    statuses = tuple(
        FactStatus(analyses[ai].article.id, fi, FactStatusKind(status.get((ai, fi), "single-source")))
        for ai, fi in checkable
    )
    return tuple(comparisons), statuses


def _compared_already(members: list[tuple[int, int]], facts: list[Fact], analyses: Sequence[ArticleAnalysis],
                      compared: dict[tuple[str, int], tuple[int, int]], left: dict[int, set[frozenset[int]]]) -> bool:
    """Whether two of a same-text group's figures, printed differently, sit in one comparison above that did not
    leave them uncompared on purpose (counted per comparison: a group of hundreds of copies is no quadratic work)."""
    by_comparison: dict[int, list[tuple[int, str]]] = {}
    for (ai, _), f in zip(members, facts):
        seen = compared.get((analyses[ai].article.id, f.start))
        if seen is not None:
            by_comparison.setdefault(seen[0], []).append((seen[1], printed_digits(f)))
    for ci, inside in by_comparison.items():
        per_digits = Counter(d for _, d in inside)
        n = len(inside)
        apart = (n * (n - 1) - sum(k * (k - 1) for k in per_digits.values())) // 2  # pairs printed differently
        if not apart:
            continue
        digits = dict(inside)
        abstained = sum(1 for pair in left.get(ci, ()) if len(pair) == 2
                        and all(i in digits for i in pair) and len({digits[i] for i in pair}) == 2)
        if apart > abstained:
            return True
    return False


def _same_text_comparisons(story: str, analyses: Sequence[ArticleAnalysis], done: list[Comparison],
                           status: dict[tuple[int, int], str], checkable: list[tuple[int, int]],
                           event: date | None, language: str, event_named: bool,
                           rare_words: frozenset[str] | None) -> list[Comparison]:
    """Comparisons of figures printed in the same words by two or more outlets (``facts.variants``), where the
    rules above did not already set them against each other: one figure of one statement, whatever it measures.
    Their facts' statuses join ``status`` (the worse verdict stands) and ``checkable``."""
    sc = scope_rules(language)
    groups = same_text_groups(analyses, language, moves=lambda an, f: _moves(an, f, sc))
    # only a weekday named in each copy, in every story: an online copy is often filed under the day after it was
    # posted, so "اليوم" against another copy's "أمس" of one filing day was most often no disagreement on the archive
    # (80 such pairs read); a named story's copies are filed the same way (see ``_day_copies``)
    days = _day_copies(analyses, language)
    if not groups and not days:
        return []
    compared = {(it.article_id, it.start): (ci, ii) for ci, c in enumerate(done) for ii, it in enumerate(c.items)}
    # the value pairs a comparison above left uncompared on purpose (an order of magnitude apart, one outlet alone
    # against one...): for copies of one text, the text settles what those rules could not
    left: dict[int, set[frozenset[int]]] = {}
    for ci, c in enumerate(done):
        for p in c.abstained:
            left.setdefault(ci, set()).add(frozenset((p.a, p.b)))
    taken = {c.subject for c in done}
    checked = set(checkable)
    out: list[Comparison] = []
    for gi, members in enumerate(groups + days):
        day_copy = gi >= len(groups)
        facts = [analyses[ai].facts[fi] for ai, fi in members]
        if _compared_already(members, facts, analyses, compared, left):
            continue  # two of them already compared as one quantity (agreeing, at odds, or an update): that stands
        if any(f.measure in sc.cumulative_measures or (f.update_cue and not f.measure.startswith("amount:"))
               for f in facts):
            continue  # a toll that rose between two versions of one wire text is the count at two hours
            # (a rate after "rose by" is no such count: «مقارنة بارتفاع 31.3%»)
        items = []
        for (ai, fi), f in zip(members, facts):
            an = analyses[ai]
            exact_day = len(an.article.published.strip()) >= 10
            value = _resolve(f, event, parse_published(an.article.published), exact_day)
            if f.kind == "date" and not is_resolved(value):
                continue
            # one statement in two copies: one moment, whatever day each copy was printed
            items.append(_Item(ai, fi, f, value, "", ""))
        if len({analyses[it.analysis].article.outlet for it in items}) < 2:
            continue
        # copies printing the same digits give one figure, however each copy's separators were read ("363.378
        # شخصا" read as a fraction beside "363,378"): each takes the reading most of them share
        readings: dict[str, Counter[str]] = {}
        for it in items:
            readings.setdefault(printed_digits(it.fact), Counter())[it.value] += 1
        for it in items:
            it.value = readings[printed_digits(it.fact)].most_common(1)[0][0]
        kind = items[0].fact.kind
        if all(values_compatible(kind, a.value, b.value) is not False for a in items for b in items):
            continue  # one figure in other writings (15 August and 30/10/1436 H): repetition, not corroboration
        inner = Counter(f.subject for f in facts if f.subject).most_common(1)
        subject = "same_text:" + (inner[0][0] if inner else DAY_COPY if day_copy else facts[0].measure)
        while subject in taken:
            subject += "'"
        taken.add(subject)
        verdicts: dict[tuple[int, int], str] = {}
        out.append(_compare(story, subject, items, analyses, verdicts, event, language, event_named=event_named,
                            rare_words=rare_words, same_text=True))
        for key, verdict in verdicts.items():
            if STATUS_RANK.get(verdict, 0) >= STATUS_RANK.get(status.get(key, "single-source"), 0):
                status[key] = verdict
            if key not in checked:
                checked.add(key)
                checkable.append(key)
    return out


DAY_COPY = "day"  # the subject of a day told in copies of one text that no rule gave a subject ("same_text:day")
# a day told by a weekday ("اليوم (الجمعة)", "الخميس الماضي"): a day told only relative to a copy's filing date
# ("اليوم", "أمس") is compared between copies nowhere (see ``_day_copies``)
_TOLD_WEEKDAY = re.compile(r"weekday:\d(?::past)?")


def _day_copies(analyses: Sequence[ArticleAnalysis], language: str = "ar") -> list[list[tuple[int, int]]]:
    """Groups of (analysis index, fact index): a day told by a weekday named in each copy, at one
    place of copies of one text (the same words around it as ``facts.variants`` asks of a figure's copies) printed
    the same day by two or more outlets, the copies giving two or more days ("وكانت فرقة الدفاع المدني بمحافظة
    العيدابي قد تمكنت اليوم من إخراج سيارة" against "قد تمكنت أمس من إخراج سيارة", both of 3 August).  The copied
    words say that both tell the day of one thing, whatever it is: no list of event words is needed to know which
    event each dates, and two incidents of a kind (two floods, two planes) are never one text.  Copies printed on two
    days are left alone: a relative day is only as good as each copy's recorded date, and an archive's dates of
    reprints run a day apart (a wire text carried a day late with its "أمس" unchanged is right on the day it was
    written).  A day told only relative to the copy's recorded date ("اليوم", "أمس") is compared nowhere: over the
    whole archive, copies of one printing day that differ by a day are mostly an online copy filed under the
    day after it was posted ("وقال سماحته في خطبة الجمعة اليوم" dated a Saturday, "اقتربت أسعار خام برنت من أدنى
    مستوياتها ... اليوم" on a day with no trading, against the papers' "أمس"): 80 such pairs in an archive run, of
    which only the weekdays named on both sides (a draw "تسحب اليوم (الجمعة)" against "اليوم السبت") were a day the
    texts themselves settle, whatever the day each copy was filed under; a named story's copies are filed the same way
    (the gold's "اليوم" against "أمس" pairs of one filing day, four key disagreements, are left unfound: precision
    first)."""
    rules = same_text_rules(language)
    if rules is None:
        return []
    day_rules = _event_day_rules(language)
    night = day_rules.night if day_rules is not None else frozenset()
    by_key: dict[tuple[tuple[str, ...], tuple[str, ...], str], list[tuple[int, int]]] = {}
    for ai, an in enumerate(analyses):
        if len(an.article.published.strip()) < 10:
            continue
        day = an.article.published[:10]
        tokens: dict[int, tuple[list[int], list[int], list[str]]] = {}
        for fi, f in enumerate(an.facts):
            if f.kind not in ("date", "time") or f.note or not _TOLD_WEEKDAY.fullmatch(f.normalised):
                continue  # (a day next to a reporting verb: when it was said, not when it happened)
            if f.sentence not in tokens:
                lo, hi = (an.sentences[f.sentence].start, an.sentences[f.sentence].end) \
                    if 0 <= f.sentence < len(an.sentences) else (0, len(an.article.text))
                tokens[f.sentence] = _tokens(an.article.text, lo, hi)
            before, after = _window_in(tokens[f.sentence], f.start, f.end, rules.window)
            if sum(1 for t in before + after if not t.startswith("#")) < rules.min_words:
                continue
            if night and (not night.isdisjoint(before) or not night.isdisjoint(after)
                          or not night.isdisjoint(normalise_text(f.value).split())):
                continue  # "في قصره مساء اليوم" posted that night and filed under the next day: no day to hold against
            by_key.setdefault((before, after, day), []).append((ai, fi))
    return [members for members in by_key.values()
            if len({analyses[ai].article.outlet for ai, _ in members}) >= 2
            and len({analyses[ai].facts[fi].normalised for ai, fi in members}) >= 2]


def split_named_ages(buckets: dict[str, list[_Item]], rare_words: frozenset[str] | None,
                     language: str = "ar") -> dict[str, list[_Item]]:
    """The ages of named people (``scope._named_before``: "رهام (26 عاما)", keyed by the name's last word) as
    one quantity per person.

    A family shares its last word: when a story gives it after two different words ("سعد محمد دوابشة (39
    عاما)", "ريهام حسين دوابشة (37 عاما)") each pair is a person of its own, and a reading with the last word
    alone could be either, so it is compared with neither.  In a story grouped out of an archive the last
    word must be rare in the corpus (``rare_words``): "محمد (25 عاما)" in one week's news is many people."""
    roles = frozenset(scope_rules(language).roles.values())
    out: dict[str, list[_Item]] = {}
    for key, items in buckets.items():
        f = items[0].fact
        if f.measure != "age" or f.holder in roles:
            out[key] = items
            continue
        if rare_words is not None:
            last = set(comparable_words(f.holder.split()[-1]))
            if not last or not last <= rare_words:
                continue
        firsts = {it.fact.holder.split()[0] for it in items if " " in it.fact.holder}
        if len(firsts) < 2:
            out[key] = items
            continue
        for it in items:
            if " " in it.fact.holder:
                out.setdefault(f"{it.fact.holder.split()[0]}_{key}", []).append(it)
    return out


@lru_cache(maxsize=8)
def _generic_event_words(language: str = "ar") -> frozenset[str]:
    """Words the lexicons know as the vocabulary of any incident ("مصرع", "تصادم", "إصابة",
    "خطيرة", "أشخاص", "الحادث"), in the spelling grouping compares: rare as some are in a
    fortnight of news, they say what happened, not which incident it was."""
    sc, fr = scope_rules(language), fact_rules(language)
    words = set(sc.measures) | set(sc.qualifiers) | set(sc.people_nouns) | set(sc.duration_nouns) \
        | set(sc.update_markers) | set(fr.time_triggers) | set(sc.event_result_verbs) \
        | {w for rule in fr.event_subjects for w in rule["triggers"]}
    return frozenset(comparable_text(w) for w in words)


def _scope_section(language: str, key: str) -> dict:
    """A section of the language's scope.json read here rather than in ``ScopeRules`` (its words are
    matched in the spelling grouping compares, ``stories.comparable_words``); empty without one."""
    try:
        return load_lexicon(language, "scope").get(key, {})
    except LexiconError:
        return {}


@lru_cache(maxsize=8)
def _skeleton_rules(language: str = "ar") -> tuple[dict[int, int | None], int]:
    """(translation table dropping scope.json's incident_words.skeleton_drop letters, min_skeleton)."""
    cfg = _scope_section(language, "incident_words")
    return str.maketrans("", "", cfg.get("skeleton_drop", "")), int(cfg.get("min_skeleton", 3))


def _incident_sentence(an: ArticleAnalysis, f: Fact) -> str:
    """A figure's sentence with its sources blanked out: who reported it is not where it happened
    (a spokesman's name and office, "المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة المدينة المنورة خالد
    السهلي", recur across a region's accidents).  The article's dateline ("سبق- الدمام:") is dropped
    too: it says where the reporter is."""
    if not 0 <= f.sentence < len(an.sentences):
        return ""
    s = an.sentences[f.sentence]
    body = an.article.text[s.start:s.end]
    for a in an.attributions:
        if a.sentence == f.sentence and s.start <= a.source_start < a.source_end <= s.end:
            lo, hi = a.source_start - s.start, a.source_end - s.start
            body = body[:lo] + " " * (hi - lo) + body[hi:]
    if not an.article.text[:s.start].strip():  # the article's first sentence
        body = without_dateline(body)
    return body


PLACE_REACH = 100  # characters either side of a figure, in its sentence, searched for where it happened


def incident_places(an: ArticleAnalysis, f: Fact, language: str = "ar") -> tuple[frozenset[Place], ...]:
    """The places named near a figure (``places.place_names``: each name's places, within
    ``PLACE_REACH`` characters of it in its sentence), or in its article's title when none is
    ("ارتفع عدد القتلى إلى 9": the headline says where).  Only near: a long sentence names other
    places as background ("قتل جنديان وأصيب 31 ... في الوقت الذي يتصاعد فيه ... القصف ... في شمال العراق")."""
    body = _incident_sentence(an, f)
    if body:
        s0 = an.sentences[f.sentence].start
        near = place_names(body, language, span=(f.start - s0 - PLACE_REACH, f.end - s0 + PLACE_REACH))
        if near:
            return near
    return place_names(an.article.title or "", language, headline=True)


@lru_cache(maxsize=8)
def _locality_words(language: str = "ar") -> frozenset[str]:
    """scope.json's ``localities``, in compared spelling."""
    return frozenset(c for w in _scope_section(language, "localities").get("words", []) for c in comparable_words(w))


def incident_localities(an: ArticleAnalysis, f: Fact, language: str = "ar") -> frozenset[str]:
    """The names of villages, districts, mountains a figure's sentence gives within ``PLACE_REACH`` characters of
    it (``localities``: the word after "قرى", "مديرية", "جبل"), in compared spelling."""
    words = _locality_words(language)
    body = _incident_sentence(an, f)
    if not words or not body:
        return frozenset()
    at = f.start - an.sentences[f.sentence].start
    ws = comparable_words(body[max(0, at - PLACE_REACH):at + (f.end - f.start) + PLACE_REACH])
    return frozenset(ws[i + 1] for i in range(len(ws) - 1) if ws[i] in words and ws[i + 1] not in words)


def incident_words(an: ArticleAnalysis, f: Fact, rare_words: frozenset[str], language: str = "ar") -> dict[str, str]:
    """Rare words of a figure's sentence (its sources' names left out) and of its article's title, keyed by consonant skeleton
    (long vowels dropped: "سروج", "سوروج" are one town; a word whose skeleton is too short is
    matched as written)."""
    text = (an.article.title or "") + "\n" + _incident_sentence(an, f)
    drop, shortest = _skeleton_rules(language)
    generic = _generic_event_words(language)
    suffixes = fact_rules(language).noun_suffixes  # pronoun endings: "مصرعهم" is "مصرع"
    out: dict[str, str] = {}
    for w in comparable_words(text):
        if w in rare_words and w not in generic and not any(
                w.endswith(x) and w[:-len(x)] in generic for x in suffixes):  # "مصرعهم"
            k = w.translate(drop)
            if len(k) < shortest:  # "رين": too short a skeleton to match loosely, matched as written
                k = w if len(w) >= shortest else ""
            if k:
                out.setdefault(k, w)
    return out


# characters either side of a figure searched for what caused it: a long sentence goes on to the
# background ("وأصيب 31 في هجوم ... في الوقت الذي يتصاعد فيه العنف في أعقاب حملة القصف")
KIND_REACH = 60


@lru_cache(maxsize=8)
def _event_kinds(language: str = "ar") -> dict[str, frozenset[str]]:
    """scope.json's ``event_kinds``: each word, in compared spelling, to the kinds of event it names."""
    cfg = _scope_section(language, "event_kinds")
    out: dict[str, set[str]] = {}
    for kind, words in cfg.items():
        if not kind.startswith("_"):
            for w in words:
                for c in comparable_words(w):
                    out.setdefault(c, set()).add(kind)
    return {w: frozenset(k) for w, k in out.items()}


def incident_kinds(an: ArticleAnalysis, f: Fact, language: str = "ar") -> frozenset[str]:
    """The kinds of event (``event_kinds``: a road accident, a fire, a blast, an air strike, ground
    fighting...) a figure's sentence names within ``KIND_REACH`` characters of it.  Not its title's: a headline sums up a day ("نقل ضحايا ...
    على متن طائرات خاصة", "يستأنف الحرب الانتحارية") more often than it says what caused one toll."""
    kinds = _event_kinds(language)
    if not kinds:
        return frozenset()
    found = frozenset(k for w in comparable_words(_near_figure(an, f)) for k in kinds.get(w, ()))
    if not found and 0 < f.sentence < len(an.sentences) and \
            an.sentences[f.sentence].end - an.sentences[f.sentence].start <= KIND_REACH:
        # a short sentence naming no kind goes on with the one before it ("... حينما انفجر لغم أرضي في عربة عسكرية.
        # وأصيب ثمانية جنود."): the end of that sentence says what caused it
        prev = an.sentences[f.sentence - 1]
        tail = an.article.text[max(prev.start, prev.end - KIND_REACH):prev.end]
        found = frozenset(k for w in comparable_words(tail) for k in kinds.get(w, ()))
    return found


def holder_words(an: ArticleAnalysis, f: Fact, rare_words: frozenset[str], language: str = "ar",
                 before: bool = False) -> frozenset[str]:
    """Rare words of a figure's own sentence (its sources left out; with ``before``, of the part before the figure
    only), in skeleton spelling as ``incident_words``: the person or thing a length or an age belongs to is named
    in its sentence, and before the span ("اسطنبولي من توتنهام الانكليزي بعقد يمتد لخمسة اعوام", "ووقع رودريغيز، 19
    عاما، عقدا لمدة ثلاثة أعوام"), while what follows may be the rest of a move ("من اجل تعويض رحيل يوهان كاباي
    الى كريستال بالاس").  Not its title's: a round-up's headline names one of its players for all."""
    body = _incident_sentence(an, f)
    if not body:
        return frozenset()
    if before:
        body = body[:max(0, f.start - an.sentences[f.sentence].start)]
    drop, shortest = _skeleton_rules(language)
    out = set()
    for w in comparable_words(body):
        if w in rare_words:
            k = w.translate(drop)
            if len(k) < shortest:
                k = w if len(w) >= shortest else ""
            if k:
                out.add(k)
    return frozenset(out)


def _near_figure(an: ArticleAnalysis, f: Fact) -> str:
    """The figure's sentence within ``KIND_REACH`` characters either side of it ("" when it has none)."""
    body = _incident_sentence(an, f)
    if not body:
        return ""
    at = f.start - an.sentences[f.sentence].start
    hi = at + (f.end - f.start) + KIND_REACH
    # an aside between dashes opened within the reach is read to its close: it tells of the event just named
    # ("أصيبوا في الهجوم -الذي استخدم فيه مقاتلو حزب العمال البنادق-": rifles)
    opened = body.find(" -", at + (f.end - f.start), hi)
    if opened >= 0:
        closed = body.find("-", opened + 2, opened + 2 + KIND_REACH)
        if closed > hi:
            hi = closed
    return body[max(0, at - KIND_REACH):hi]


@lru_cache(maxsize=16)
def _section_words(language: str, key: str) -> frozenset[str]:
    """A scope.json section's ``words`` ("tally_words", "initial_words"), in compared spelling."""
    return frozenset(c for w in _scope_section(language, key).get("words", []) for c in comparable_words(w))


def _near_figure_says(an: ArticleAnalysis, f: Fact, key: str, language: str) -> bool:
    """Whether a word of scope.json's ``key`` section stands within ``KIND_REACH`` characters of the figure."""
    words = _section_words(language, key)
    return bool(words) and not words.isdisjoint(comparable_words(_near_figure(an, f)))


def is_tally(an: ArticleAnalysis, f: Fact, language: str = "ar") -> bool:
    """Whether a figure's sentence makes it a tally over several incidents (``tally_words`` within
    ``KIND_REACH`` characters: "3 killed in 3 separate accidents in Taif", "16 arrested in a series of
    operations"), not the toll of one."""
    return _near_figure_says(an, f, "tally_words", language)


def is_initial(an: ArticleAnalysis, f: Fact, language: str = "ar") -> bool:
    """Whether a figure's sentence calls it the first count (``initial_words`` within ``KIND_REACH`` characters:
    "حصيلة القتلى الأولية هي 10", "10 قتلى ... في حصيلة أولية", "12 شخصا ... كحصر أولي")."""
    return _near_figure_says(an, f, "initial_words", language)


def time_day(an: ArticleAnalysis, f: Fact) -> str:
    """The day a time of day is given with ("مساء الخميس": that Thursday, counted back from the article's
    own date), as ISO; "" when it is given alone ("ليلا") or the day cannot be resolved."""
    if not f.normalised.startswith("tod:"):
        return ""
    reference = parse_published(an.article.published)
    exact_day = len(an.article.published.strip()) >= 10
    for g in an.facts:
        if g.start == f.start and g.end == f.end and g is not f and not g.normalised.startswith("tod:"):
            value = _resolve(g, None, reference, exact_day)
            return value if is_resolved(value) and len(value) == 10 else ""
    return ""


ASIDE_CHARS = 40  # how far into its sentence an aside's opening phrase may end


@lru_cache(maxsize=8)
def _aside_openers(language: str = "ar") -> re.Pattern[str] | None:
    """scope.json's ``aside_openers`` as one regex over a sentence's normalised opening."""
    phrases = _scope_section(language, "aside_openers").get("phrases", [])
    conj = grammar(language).conjunction
    alts = "|".join(r"\s+".join(map(re.escape, normalise_text(x).split())) for x in phrases)
    return re.compile(rf"^\W*(?:{re.escape(conj)})?(?:{alts})(?!\w)") if alts else None


def is_aside(an: ArticleAnalysis, f: Fact, language: str = "ar") -> bool:
    """Whether a figure's sentence opens on another incident (``aside_openers``: "من ناحية أخرى", "على
    صعيد آخر"): a round-up's aside."""
    rx = _aside_openers(language)
    if rx is None or not 0 <= f.sentence < len(an.sentences):
        return False
    s = an.sentences[f.sentence]
    return bool(rx.search(normalise_text(an.article.text[s.start:min(s.end, s.start + ASIDE_CHARS)])))


def _incident_test(items: list[_Item], analyses: Sequence[ArticleAnalysis], rare_words: frozenset[str] | None,
                   language: str = "ar"):
    """``same(x, y)``: whether two items' readings may be of one incident (None: no test).

    Grouping by text puts the road accidents of a week, or the battles of a war, into
    one story, so "4 killed" on the Bisha road and "5 killed" on the Rain road become one
    "killed" quantity and look like a conflict.  What names an incident is what is rare in
    the corpus (a village, a road, a club: ``rare_words``).  Two readings (an article's
    value on a day, all its sentences giving it) are of two incidents when both name
    rare words and share none; a reading naming none may be of any (precision first
    would drop it, but a toll sentence often names nothing: "ارتفع عدد القتلى إلى 9").

    The places that make the news most often are not rare (Taiz, Aden, Taif, Myanmar): two readings
    that share no rare word are also of two incidents when they name two places neither of which
    holds the other (``places.apart``: "36 killed in Taiz", "20 killed in Shabwa's Bayhan").  A
    rare word in common (the village, the road) outweighs the places: a victim's home town or the
    capital a ministry speaks from is named beside it.

    A tally over several incidents (``is_tally``) is one incident with no single incident's toll, and with
    no tally of another day (a day's accidents in a region).
    Two times of day whose own days differ (``time_day``) are two incidents' times.
    So is a time given alone against a day more than ``TIME_ALONE_DAYS`` before the article that gives it
    (``time_alone_later``): the time is of the days just before its article.

    A reading whose sentences all open on another incident (``is_aside``: "من ناحية أخرى ...", a
    round-up's aside) is one incident with another only when the two share a rare word.

    Nor are two readings one incident when their sentences name kinds of event and share none
    (``incident_kinds``): "6 hurt in a house fire" and "4 hurt in a road accident" in one city, "25
    killed by air strikes" and "13 killed in clashes" in one governorate."""
    if not rare_words:
        return None
    words: dict[tuple[int, str, str], set[str]] = {}
    readings: dict[tuple[int, str, str], list[_Item]] = {}
    for it in items:
        key = (it.analysis, it.value, it.as_of)
        words.setdefault(key, set()).update(incident_words(analyses[it.analysis], it.fact, rare_words, language))
        readings.setdefault(key, []).append(it)
    def per_reading(read: Callable[[list[tuple[ArticleAnalysis, Fact]]], _T]) -> Callable[[tuple[int, str, str]], _T]:
        """``read`` of a reading's (article, fact) pairs, worked out when first asked: most pairs never get that far."""
        memo: dict[tuple[int, str, str], _T] = {}

        def get(key: tuple[int, str, str]) -> _T:
            if key not in memo:
                memo[key] = read([(analyses[it.analysis], it.fact) for it in readings[key]])
            return memo[key]
        return get

    # each name's places, in order, once
    places = per_reading(lambda fs: list(dict.fromkeys(n for an, f in fs for n in incident_places(an, f, language))))
    kinds = per_reading(lambda fs: {k for an, f in fs for k in incident_kinds(an, f, language)})
    asides = per_reading(lambda fs: all(is_aside(an, f, language) for an, f in fs))
    tallies = per_reading(lambda fs: any(is_tally(an, f, language) for an, f in fs))
    days = per_reading(lambda fs: {d for an, f in fs if (d := time_day(an, f))})
    localities = per_reading(lambda fs: {n for an, f in fs for n in incident_localities(an, f, language)})
    day_prefix = _event_day_prefix(language)
    # a length or an age is of one person or thing: the rare words just before each figure (its own item's, not its
    # reading's: a round-up's other contract names the club the first player left) name whose it is
    held = items[0].fact.measure == "age" or items[0].fact.measure.startswith("duration:")
    holders: dict[tuple[int, bool], frozenset[str]] = {}

    def holder(it: _Item, before: bool = True) -> frozenset[str]:
        if (id(it), before) not in holders:
            holders[(id(it), before)] = holder_words(analyses[it.analysis], it.fact, rare_words or frozenset(),
                                                     language, before)
        return holders[(id(it), before)]

    def two_holders(x: _Item, y: _Item) -> bool:
        """Whether the rare words before each of two lengths or ages (whose it is) are nowhere in the other's
        sentence: two players' contracts.  A name told after the span in one copy and before it in the other
        ("سيعلن ... التعاقد لمدة عامين مع الدولي اليوناني ايوانيس") is still one player's."""
        bx, by = holder(x), holder(y)
        return bool(bx and by) and bx.isdisjoint(holder(y, False)) and by.isdisjoint(holder(x, False))

    def same(x: _Item, y: _Item) -> bool:
        kx, ky = (x.analysis, x.value, x.as_of), (y.analysis, y.value, y.as_of)
        a, b = words[kx], words[ky]
        if a and b and a.isdisjoint(b):
            return False
        if held and two_holders(x, y):
            return False  # "اسطنبولي ... بعقد لخمسة اعوام" and "ووقع رودريغيز ... عقدا لمدة ثلاثة أعوام": two players'
        day = x.fact.subject.startswith(day_prefix)
        if (day or x.value.startswith(PLACE_CLAIM_PREFIXES)) and not (a & b):
            return False  # where or when it happened: one incident only when a rare word says so (a capital's districts)
        if day and not reprint_days_told(x, y):
            return False
        if (asides(kx) or asides(ky)) and not (a & b):
            return False
        if tallies(kx) != tallies(ky) or (tallies(kx) and x.as_of != y.as_of):
            return False  # three accidents' dead against one accident's; Tuesday's accidents against Wednesday's
        if days(kx) and days(ky) and days(kx).isdisjoint(days(ky)):
            return False  # "مساء الخميس" and "صباح الأحد": two attacks' times, not one attack's told two ways
        if time_alone_later(days(kx), y) or time_alone_later(days(ky), x):
            return False  # Saturday evening's attack against one "at 7:30 in the morning" in a paper ten days on
        ka, kb = kinds(kx), kinds(ky)
        if ka and kb and ka.isdisjoint(kb):
            return False
        la, lb = localities(kx), localities(ky)
        if la and lb and la.isdisjoint(lb):
            return False  # "قرى الهديدة التابعة لناحية كفري" and "قرى الكصيبة التابعة لناحية قرة تبة": two villages
        na, nb = places(kx), places(ky)
        if na and nb and spread(na) != spread(nb):  # a toll over two countries against one town's
            return False
        return not apart((p for n in na for p in n), (p for n in nb for p in n))

    def time_alone_later(told: set[str], y: _Item) -> bool:
        """Whether a time of day given alone (``y``: "وقع الهجوم في الساعة 07:30 صباحًا", no day with it) is
        printed more than ``TIME_ALONE_DAYS`` after every day the other reading gives with its time (``told``):
        a time given alone is of the days just before its article, so the other's is another incident's."""
        if not told or not y.value.startswith("tod:") or days((y.analysis, y.value, y.as_of)):
            return False
        printed = parse_published(analyses[y.analysis].article.published, exact_day=True)
        if printed is None:
            return False
        latest = max(told)
        return (printed - timedelta(days=TIME_ALONE_DAYS)).isoformat() > latest

    def reprint_days_told(x: _Item, y: _Item) -> bool:
        """Whether two readings of an event's day in an archive's story say it in a way two printing days can
        be held against: a bare "yesterday" («أمس», «أول أمس») in copies printed on different days is only as
        good as each copy's recorded date, and an archive's dates of reprints run a day apart (a wire text
        carried a day late with its «يوم أمس» unchanged, or a paper filed under the next day); a weekday named
        by either side («أمس السبت» against «اليوم الأحد») says the day whatever the date."""
        if any(it.fact.normalised.startswith("weekday:")
               for it in readings[(x.analysis, x.value, x.as_of)] + readings[(y.analysis, y.value, y.as_of)]):
            return True  # the reading, any of its words: "أمس السبت" is two facts of one day
        return analyses[x.analysis].article.published[:10] == analyses[y.analysis].article.published[:10]

    return same


# a time of day printed with no day ("وقع الهجوم في الساعة 07:30 صباحًا") is of an event this many days before its
# article at most: a day another outlet names further back is another incident's
TIME_ALONE_DAYS = 3


EVENT_DAY_REACH = 40  # characters before a toll searched for the verb of the event that caused it


def _day_dates_event(an: ArticleAnalysis, f: Fact, sc: ScopeRules) -> bool:
    """Whether the earlier day a toll was read "as of" dates the event that caused it: a verb of
    ``event_result_verbs`` just before the figure ("التفجير الذي وقع الإثنين وأسفر عن مقتل 30",
    "شهد تفجيراً أمس الأول أسفر عن مقتل 32", "الهجوم الذي أوقع أمس 30 قتيلاً").  Wednesday's
    paper then gives the toll of Monday's bombing as Wednesday knew it, not Monday's toll."""
    if f.measure not in sc.cumulative_measures or not sc.event_result_verbs:
        return False
    lo = max(0, f.start - EVENT_DAY_REACH)
    if 0 <= f.sentence < len(an.sentences):
        lo = max(lo, an.sentences[f.sentence].start)
    for w in _CONTEXT_WORD.findall(an.article.text[lo:f.start]):
        if lookup_word(normalise_text(w), sc.event_result_verbs, sc.grammar):  # "وأسفر" too
            return True
    return False


def _reported(an: ArticleAnalysis, f: Fact, sc: ScopeRules) -> bool:
    """Whether an amount measures what a company or a government reports for a period (``reported_metrics``:
    a profit, revenue, earnings per share), read from its sentence (``amount_tags``): a figure of a statement,
    whatever market words stand around it."""
    return bool(sc.reported_metrics) and amount_tags(an, f, sc)[0].split("~")[0] in sc.reported_metrics


def _told_within_the_day(an: ArticleAnalysis, sc: ScopeRules) -> bool:
    """Whether an article says "today" or an hour of the day anywhere (scope.json ``closed_session``): its prices
    may be quotes of the hour, none of them a closed session's (``_closed_quote``).  One pass over the article's
    words, asked once per article, not once per figure."""
    g = sc.grammar
    return any(lookup_word(w, sc.closed_today, g) or lookup_word(w, sc.closed_intraday, g)
               for w in (normalise_text(w) for w in _CONTEXT_WORD.findall(an.article.text)))


def _closed_quote(an: ArticleAnalysis, f: Fact, sc: ScopeRules, within_day: Callable[[], bool]) -> str:
    """The traded thing (``priced_metrics``) whose price a figure gives as the whole of a session already over, ""
    when it does not (scope.json ``closed_session``): the article says "yesterday" in the figure's sentence or its
    first one, says "today" or an hour of the day nowhere (``within_day``: ``_told_within_the_day`` of the article,
    asked only for a price), and no word of another figure of the day (a low, a high, an opening) stands between the
    figure and the figure of its unit before it or its sentence's start."""
    if not sc.closed_yesterday or not 0 <= f.sentence < len(an.sentences) or not an.sentences:
        return ""
    thing = amount_tags(an, f, sc)[0]
    if thing not in sc.priced_metrics:
        return ""  # (a change, "~change", is no price)
    g = sc.grammar
    text = an.article.text
    if within_day():
        return ""
    said = (an.sentences[0], an.sentences[f.sentence])
    if not any(lookup_word(normalise_text(w), sc.closed_yesterday, g)
               for s in said for w in _CONTEXT_WORD.findall(text[s.start:s.end])):
        return ""
    a = an.sentences[f.sentence].start
    for h in an.facts:
        if h.kind == "number" and h.sentence == f.sentence and h is not f and h.measure == f.measure and a < h.end <= f.start:
            a = h.end
    if any(lookup_word(normalise_text(w), sc.closed_other, g) for w in _CONTEXT_WORD.findall(text[a:f.start])):
        return ""
    return thing


def _over_period(an: ArticleAnalysis, f: Fact, sc: ScopeRules) -> bool:
    """Whether an amount is a total over a period running up to its report (scope.json, period_patterns, within
    their reach of the figure in its sentence): "ودخل خزينة النادي خلال الـ 24 ساعة الماضية 800 ألف ريال" is what
    came in so far, a running total that a later day's figure moves on from, not a fixed figure of the event."""
    if not sc.period_patterns or not 0 <= f.sentence < len(an.sentences):
        return False
    s = an.sentences[f.sentence]
    lo, hi = max(s.start, f.start - sc.period_reach - 40), min(s.end, f.end + sc.period_reach + 40)
    text = normalise_text(an.article.text[lo:hi])
    return any(rx.search(text) for rx in sc.period_patterns)


def _moves(an: ArticleAnalysis, f: Fact, sc: ScopeRules) -> bool:
    """Whether a figure's sentence is about something that moves from day to day (a price, an
    index, a league table): a word of ``moving_words`` anywhere in it, its unit included."""
    if 0 <= f.sentence < len(an.sentences):
        s = an.sentences[f.sentence]
        words = _CONTEXT_WORD.findall(an.article.text[s.start:s.end])
    else:
        words = _CONTEXT_WORD.findall(an.article.text[max(0, f.start - 150):f.end + 150])
    normalised = (normalise_text(w) for w in words)
    return any(n in sc.moving_words or stem_word(n, sc) in sc.moving_words for n in normalised)


def _split_by_context(
    buckets: dict[str, list[_Item]], analyses: Sequence[ArticleAnalysis], language: str, named: bool = False,
) -> tuple[dict[str, list[_Item]], set[str], set[str], frozenset[int]]:
    """Buckets keyed by a unit or counted noun only, split into quantities by context.

    ``named``: the story's articles were put together as one story (a corpus's or an upload's own story,
    not grouping by text): each article's only figure of a unit is then most likely the story's one
    quantity of that unit, and two such figures that share a word around them are joined however differently
    the rest of their words run (``_context_clusters``' ``sole``).  In a story grouped automatically, where a
    week's unrelated items meet, that would join two transfers' fees.

    Returns the new buckets, the subjects that came from context matching, those whose
    figures move from day to day (a price, an index: see ``moving_words``), and (``named`` only) the ids of
    the items that were their article's only value in their bucket (``_sole_values``)."""
    sc = scope_rules(language)
    contexts: dict[int, dict[str, float]] = {}
    tags: dict[int, tuple[str, str]] = {}
    ordinals: dict[int, dict[str, frozenset[int]]] = {}
    ordinal_memo: dict[tuple[int, int], dict[str, frozenset[int]]] = {}  # instance_ordinals' per sentence
    periods: dict[tuple[int, int], list[tuple[int, str]]] = {}  # amount_tags' scans, per sentence
    for subject, items in buckets.items():
        if subject.startswith(GENERIC_PREFIXES):
            noun = subject.split(":")[1].split("_")[0]
            # the counted noun is no context of itself, in the form context words take too ("نسمه" for "n:نسم")
            own = frozenset({noun, noun + sc.grammar.ta_marbuta})
            for it in items:
                contexts[id(it)] = context_words(analyses[it.analysis], it.fact, sc, own)
    if not contexts:
        return buckets, set(), set(), frozenset()
    # rare words say more: weight by inverse frequency among the story's figures
    df = Counter(w for ws in contexts.values() for w in ws)
    total = len(contexts)
    weight = {w: math.log((total + 1) / (c + 0.5)) for w, c in df.items()}
    out: dict[str, list[_Item]] = {}
    matched: set[str] = set()
    moving: set[str] = set()
    sole_ids: set[int] = set()
    for subject, items in buckets.items():
        if not subject.startswith(GENERIC_PREFIXES) or (subject.startswith("amount:") and _restated_amounts(items)):
            # (a restated figure's quantity, "amount:ريال:q1:2013": one quantity already, whose old and new values
            # are worded apart, "المنشورة سابقا والبالغة" against "لتصبح الأرباح المعدلة")
            out[subject] = items
            continue
        if len({analyses[it.analysis].article.outlet for it in items}) < 2:
            continue  # one outlet: nothing to compare whatever the context
        # what keeps two figures apart whatever their words: read only for the buckets clustered here
        # (every bucket's contexts are needed above, for the words' weights; these are not)
        for it in items:
            ordinals[id(it)] = instance_ordinals(analyses[it.analysis], it.fact, sc, language, ordinal_memo)
            if subject.startswith("amount:"):
                tags[id(it)] = amount_tags(analyses[it.analysis], it.fact, sc, periods)
        directions = {id(it): percent_direction(analyses[it.analysis], it.fact, sc) for it in items} \
            if subject.startswith(PERCENT) else None
        sole = _sole_values(items) if named else None
        sole_ids.update(id(items[k]) for k in sole or ())
        measured = _sole_measured(items, tags) if named and tags else None
        for members in _context_clusters(items, contexts, weight, sc.context_threshold, tags, ordinals, sole, measured,
                                         sc.priced_metrics, directions):
            if len({analyses[it.analysis].article.outlet for it in members}) < 2:
                continue
            head, _, quals = subject.partition("_")
            key = f"{head}:{_cluster_label(members, contexts, weight)}" + (f"_{quals}" if quals else "")
            while key in out:
                key += "'"
            out[key] = members
            matched.add(key)
            # (a rate of a named measure's change, "تراجع الإيرادات ... بنسبة 4.4%", is a statement's figure, whatever
            # market its sentence goes on to speak of: ``_rate_of``)
            if any(_moves(analyses[it.analysis], it.fact, sc) and not tags.get(id(it), ("", ""))[0].endswith(RATE)
                   for it in members):
                moving.add(key)
    return out, matched, moving, frozenset(sole_ids)


def _restated_amounts(items: list[_Item]) -> bool:
    """Whether a bucket is a restated figure's quantity: scope._restatements keys it by period and year
    ("amount:ريال:q1:2013") and gives each of its amounts that year, which no other amount carries."""
    return all(it.fact.measure.startswith("amount:") and it.fact.year for it in items)


GOVERNOR_REACH = 40  # characters back from a figure to the word governing it


def governor(an: ArticleAnalysis, f: Fact, sc: ScopeRules) -> str:
    """The content word right before a figure, in its sentence, as a stem ("حافلة تقل 55 معتمرا": تقل), or "" when
    that word is a stopword, a linking word (``anchor_skip``: "بلغ", "نحو", "إلى") or a number word, which say
    nothing of what is counted."""
    lo = max(0, f.start - GOVERNOR_REACH)
    if 0 <= f.sentence < len(an.sentences):
        lo = max(lo, an.sentences[f.sentence].start)
    words = _CONTEXT_WORD.findall(an.article.text[lo:f.start])
    if not words or words[-1][0].isdigit():
        return ""
    n = normalise_text(words[-1])
    if n in sc.context_stopwords or n in sc.anchor_skip or parse_number_word(n) is not None:
        return ""
    st = stem_word(n, sc)
    return "" if len(st) < 2 or st in sc.context_stopwords or st in sc.anchor_skip else st


def _sole_measured(items: list[_Item], tags: dict[int, tuple[str, str]]) -> set[int]:
    """The indices of the amounts whose sentence names what they measure (``amount_tags``: "صافي الخسائر خلال
    الربع الثاني", "خسائر صافية ... في الربع الثاني") and that are their article's only value so tagged (a rate
    given twice in compatible words, "4.4%" and "more than 4.2%", is one value: ``_restated_rate``)."""
    values_in: dict[tuple[int, tuple[str, str]], set[str]] = {}
    for it in items:
        t = tags.get(id(it), ("", ""))
        if t[0]:
            values_in.setdefault((it.analysis, t), set()).add(it.value)

    def one(vs: set[str], tag: str) -> bool:
        return len(vs) == 1 or (tag.endswith(RATE) and all(values_compatible("number", a, b) for a in vs for b in vs))
    return {k for k, it in enumerate(items)
            if tags.get(id(it), ("", ""))[0] and one(values_in[(it.analysis, tags[id(it)])], tags[id(it)][0])}


def _restated_rate(x: _Item, y: _Item, tags: dict[int, tuple[str, str]] | None) -> bool:
    """Two readings of one article with one rate tag (``_rate_of``) whose values are compatible ("تراجع الإيرادات الذي
    تزيد نسبته على 4.2 في المئة" and "انخفاض الإيرادات ... بنسبة 4.4 في المئة"): the one rate said twice, not two."""
    if tags is None:
        return False
    tx, ty = tags.get(id(x), ("", "")), tags.get(id(y), ("", ""))
    return tx[0].endswith(RATE) and tx[0] == ty[0] and bool(values_compatible("number", x.value, y.value))


def _sole_values(items: list[_Item]) -> set[int]:
    """The indices of the items that are their article's only value in the bucket (repeats of it aside)."""
    values_in: dict[int, set[str]] = {}
    for it in items:
        values_in.setdefault(it.analysis, set()).add(it.value)
    return {k for k, it in enumerate(items) if len(values_in[it.analysis]) == 1}


SIM_EPS = 1e-9  # a hair above the threshold: an average of similarities set to it stays at or above it
VAGUE_GAP = 1.5  # a vague or open reading conflicts only with a figure this far outside it
OPEN_SLACK = 0.05  # "at least N" within this share above a figure: the same count, loosely worded
AMOUNT_SLACK = 0.02  # amounts (prices, sums) within 2% on one day are not a disagreement
# an article's two figures of one bucket ten or more times apart (61 contacts beside 1045 cases) are two quantities,
# not two readings of one: they leave the article no doubt which is its figure ("ambiguous" takes nearer ones only:
# at the magnitude rule's 2, ten pairs of the development stories, each set against one of an article's figures two
# to five times apart, were false)
AMBIGUITY_GAP = 10
STALE_RATIO = 1.5  # a toll this many times an open reading's bound, known before its day, makes it stale
EVENT_DATE_SLACK = 3  # days: an "event date" further from the story's own is another event's


def _near_event(value: str, event: date | None) -> bool:
    d = parse_iso(value.rstrip("~"))
    return d is not None and event is not None and abs((d - event).days) <= EVENT_DATE_SLACK


def _days_apart(a: str, b: str) -> int | None:
    da, db = parse_iso(a.rstrip("~")), parse_iso(b.rstrip("~"))
    return abs((da - db).days) if da and db else None


def _date_gap(a: str, b: str) -> int | None:
    """Days between two date values of any precision ("2015-02-26", "2016-02", "1998"): the gap
    between the intervals they stand for, 0 when they overlap; None if either is not a date."""
    ia, ib = date_interval(a.rstrip("~")), date_interval(b.rstrip("~"))
    if ia is None or ib is None:
        return None
    return max(0, (ib[0] - ia[1]).days, (ia[0] - ib[1]).days)


def _gap(a: str, b: str) -> tuple[float, float] | None:
    """(the lower of the two upper ends, the higher of the two lower ends) of two numeric
    readings: how far apart they are at their closest; None if either is not a number."""
    ra, rb = parse_range(a), parse_range(b)
    if ra is None or rb is None:
        return None
    return min(ra[1], rb[1]), max(ra[0], rb[0])


def _bounded(value: str, share: float = 0.25) -> bool:
    """A numeric reading that is one figure or a narrow range (not "more than 20", not "tens")."""
    r = parse_range(value)
    return r is not None and math.isfinite(r[1]) and r[1] <= max(r[0], 1.0) * (1 + share)


def _vague(value: str) -> bool:
    """A wide finite range: a number word such as "dozens" (20..99) or "hundreds", not a figure."""
    r = parse_range(value)
    return r is not None and math.isfinite(r[1]) and not _bounded(value)


def _unit_slip(a: str, b: str) -> bool:
    """The same digits a thousand, a million or a billion times apart ("6.17 مليون" against "6.17
    مليار"): one figure with the wrong unit word, not two quantities of different size."""
    ra, rb = parse_range(a), parse_range(b)
    if ra is None or rb is None or ra[0] != ra[1] or rb[0] != rb[1] or min(ra[0], rb[0]) <= 0:
        return False
    ratio = max(ra[0], rb[0]) / min(ra[0], rb[0])
    return any(abs(ratio - 1000 ** k) < 1e-6 * 1000 ** k for k in (1, 2, 3))


def _digit_slip(a: str, b: str, min_digits: int = 2, open_top: bool = False) -> bool:
    """The same two or more significant digits ten or a hundred times apart ("31 مليار" against five outlets'
    "310.000.000.00"): a digit dropped or added with the unit word, one figure written wrong, not two quantities of
    different size.  (One significant digit is no evidence: 5 and 50 million are as often two sums.)  ``open_top``:
    a reading open at the top ("أكثر من 7000") counts by its stated bound."""
    ra, rb = parse_range(a), parse_range(b)
    if ra is None or rb is None or min(ra[0], rb[0]) <= 0 or not all(
            r[0] == r[1] or (open_top and not math.isfinite(r[1])) for r in (ra, rb)):
        return False
    lo, hi = sorted((ra[0], rb[0]))
    if not any(abs(hi / lo - 10 ** k) < 1e-6 * 10 ** k for k in (1, 2)):
        return False
    digits = _significant(lo)
    return len(digits) >= min_digits and digits == _significant(hi)


def _transposed(a: str, b: str) -> bool:
    """The same three or more significant digits in the same places but for two neighbours swapped ("742 مليون"
    against the statement's "472 مليون" for one quarter's profit): a transposition, the commonest slip of a figure
    copied by hand, not two sums.  (Two digits are no evidence: 12 and 21 are as often two counts; nor is a swap
    that leaves the figure within a tenth of the other, which the closeness rules judge.)"""
    ra, rb = parse_range(a), parse_range(b)
    if ra is None or rb is None or ra[0] != ra[1] or rb[0] != rb[1] or min(ra[0], rb[0]) <= 0 or ra[0] == rb[0]:
        return False
    lo, hi = sorted((ra[0], rb[0]))
    if hi / lo >= 10 or hi / lo < 1.1:
        return False
    da, db = _significant(lo), _significant(hi)
    if len(da) != len(db) or len(da) < 3 or math.floor(math.log10(lo)) != math.floor(math.log10(hi)):
        return False
    diff = [i for i in range(len(da)) if da[i] != db[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]


def _bare_plural_count(an: ArticleAnalysis, f: Fact, sc: ScopeRules) -> bool:
    """A figure written in digits alone (no scale word, no separator) whose value is a count that takes a plural
    noun (scope.json ``lost_scale``: three to ten)."""
    lo, hi = sc.lost_scale_counts
    r = parse_range(f.normalised)
    if not hi or r is None or r[0] != r[1] or not lo <= r[0] <= hi:
        return False
    return an.article.text[f.start:f.end].strip().isdigit()


def _word_after(an: ArticleAnalysis, f: Fact) -> str:
    """The word right after a figure's span (its counted noun or unit: "برميل" of "عشرة ملايين برميل"), normalised."""
    m = _CONTEXT_WORD.search(an.article.text, f.end, min(len(an.article.text), f.end + 40))
    return normalise_text(m.group(0)) if m and not m.group(0)[0].isdigit() else ""


def _significant(x: float) -> str:
    """The significant digits of a figure ("31" of 3.1e10 and of 310,000,000)."""
    return f"{x:.9e}".split("e")[0].replace(".", "").rstrip("0")


def _open(value: str) -> bool:
    """A reading open at the top: "more than 30", "at least 31"."""
    r = parse_range(value)
    return r is not None and not math.isfinite(r[1])


def _stale_bound(v1: str, d1: str, v2: str, first_seen: dict[str, str], outlets: dict[str, int]) -> bool:
    """"At least 12 dead", the story's first figure, printed again on a day after two or more outlets had
    given a toll far above it (31): compatible in arithmetic, but an earlier hour's figure printed as news
    (outdated)."""
    r1, r2 = parse_range(v1), parse_range(v2)
    if r1 is None or r2 is None or not _open(v1) or not _bounded(v2) or not d1:
        return False
    f1, f2 = first_seen.get(v1, ""), first_seen.get(v2, "")
    # the open reading is the story's own earlier figure (given first, or the day the toll was), repeated
    # after the toll had risen; an "at least 7" first seen after the toll was 12 is of something else
    return bool(f1 and f2) and f1 <= f2 < d1 and outlets[v2] >= 2 and r2[0] >= r1[0] * STALE_RATIO


_DIGIT_GROUP = re.compile(r"\d[\d.,\u066b\u066c]*")


def written_unit(written: str, value: str) -> float | None:
    """The place of the last digit a figure was written to, in its own units: "1.9 مليار" is written
    to the hundred million, "1,949 مليون" to the million, "7 مليارات" to the billion (None: written in
    words, as a range, or not a power of ten: the value's digits are not the written ones)."""
    groups = _DIGIT_GROUP.findall(written)
    r = parse_range(value)
    if len(groups) != 1 or r is None or r[0] != r[1] or r[0] <= 0:
        return None
    digits = int("".join(str(int(ch)) for ch in groups[0] if ch.isdigit()) or "0")
    if not digits:
        return None
    unit = r[0] / digits
    k = round(math.log10(unit)) if unit > 0 else 0
    return float(10 ** k) if k >= 0 and abs(unit - 10 ** k) < 1e-6 * 10 ** k else None


def _rounds_to(rounded: str, precise: str, units: dict[str, float] | None = None) -> bool:
    """Whether ``rounded`` is ``precise`` rounded to the place ``rounded`` was written to (``units``:
    value -> the coarsest ``written_unit`` of its readings; else a whole number of thousands,
    millions, billions): "7 مليارات" for 7.16 billion, "1.9 مليار" for 1,949 million.  ``precise`` must
    be written finer, and lie within half that place (60 against 64 billion is no rounding)."""
    ra, rb = parse_range(rounded), parse_range(precise)
    if ra is None or rb is None or ra[0] != ra[1] or rb[0] != rb[1] or ra[0] < 1e6:
        return False
    unit = (units or {}).get(rounded) or 10 ** (3 * int(math.log10(ra[0]) // 3))
    fine = (units or {}).get(precise)
    finer = fine < unit if fine else rb[0] % unit != 0
    return ra[0] % unit == 0 and finer and abs(ra[0] - rb[0]) < unit / 2


def _within(a: str, b: str, share: float) -> bool:
    """Two numeric readings within ``share`` of each other (430 and 431)."""
    g = _gap(a, b)
    return g is not None and g[1] <= g[0] * (1 + share)


def _far_apart(kind: str, a: str, b: str, ratio: float, min_gap: float = 0.0) -> bool:
    """Two counts of different orders of magnitude (431 vs 50): not the same quantity.  Among small
    counts a ratio says little: 2 against 5 arrested is a few people apart, so two readings no more
    than ``min_gap`` apart are never "far"."""
    g = _gap(a, b) if kind == "number" else None
    return g is not None and g[0] > 0 and g[1] / g[0] > ratio and g[1] - g[0] > min_gap


def same_time(a: str, b: str) -> bool:
    """Whether two as-of days may be the same moment (unknown days may be anything)."""
    return not a or not b or a == b


def _increase_direction_ok(kind: str, low_value: str, high_value: str) -> bool:
    ra, rb = parse_range(low_value), parse_range(high_value)
    return kind == "number" and ra is not None and rb is not None and rb[0] > ra[1]


def _compare(story: str, subject: str, items: list[_Item], analyses: Sequence[ArticleAnalysis],
             status: dict[tuple[int, int], str], event: date | None = None, language: str = "ar",
             day_slack: int = 0, context_matched: bool = False, moving: bool = False,
             instance_dates: bool = False, rare_words: frozenset[str] | None = None,
             event_named: bool = True, sole: frozenset[int] = frozenset(), same_text: bool = False) -> Comparison:
    """One quantity of one story: agreement, conflicts at one time, updates over time.

    ``same_text``: the items are one figure's place in copies of one text (``facts.variants``), so values an
    order of magnitude apart are one figure misprinted (3.31% against 31.3%), not two quantities.

    With ``rare_words``, two readings are set against each other (or counted as agreeing)
    only when they may be of one incident: see ``incident_words``.  ``sole``: the ids of the items that
    were their article's only value of their unit in a named story (``_split_by_context``).

    Work is over distinct (value, as-of day) keys, not item pairs: a story's
    items on one quantity carry few distinct values, so this stays linear in
    the number of items.
    """
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

    # (value, as_of) -> outlet -> relays of that outlet's articles giving it
    keys: dict[tuple[str, str], dict[str, set[str]]] = {}
    for it in items:
        keys.setdefault((it.value, it.as_of), {}).setdefault(outlet_of[it.analysis], set()).add(art_via[it.analysis])
    values = {v for v, _ in keys}
    # values one outlet wrote with a dot or comma before three digits ("66.000"): a thousands
    # separator or a decimal point, so a thousandfold gap to another value is no unit slip - unless the
    # article settles which it is ("1.949 مليون" beside "3,850 مليون" and "2.5%": a decimal point)
    separated = {it.value for it in items if separator_ambiguous(it.fact.value)
                 and not separator_settled(it.fact.value, analyses[it.analysis].article.text)}
    compat = {(a, b): bool(values_compatible(kind, a, b)) for a in values for b in values}
    # (copies of one text share their "rose to": it says what the statement said, not that one copy revised the other)
    cue = {(it.value, it.as_of) for it in items if it.fact.update_cue} if not same_text else set()
    # the first day each value was stated (for "outdated": repeating a value already revised)
    value_outlets: dict[str, set[str]] = {}
    for (v, _), outs in keys.items():
        value_outlets.setdefault(v, set()).update(outs)
    first_seen: dict[str, str] = {}
    for v, d in keys:
        if d and (v not in first_seen or d < first_seen[v]):
            first_seen[v] = d

    # two values one article gives for the same quantity are two different things
    # (431 arrested in all, 97 of them for one attack; 3 drones, 2 shot down), not a
    # disagreement: an outlet that printed both cannot be set against one that printed one
    # a restated amount's quantity (scope._restatements: "amount:ريال:q1:2013", not split by context)
    amounts_restated = kind == "number" and not context_matched and _restated_amounts(items)
    per_article: dict[tuple[int, str], set[str]] = {}
    for it in items:
        # (a restated amount: the article's old value as of the period and its new one as of the restatement are
        # one quantity at two moments, not two things)
        per_article.setdefault((it.analysis, it.as_of if amounts_restated else ""), set()).add(it.value)
    # ...unless one outlet alone printed both while each value is the whole reading of two or more
    # other outlets (seven dead in three outlets, nine in eight, and one article naming "the seven
    # dead whose papers were done" among the nine): one article's sub-count does not make the
    # outlets that disagree on the toll itself incomparable
    co_outlets: dict[tuple[str, str], set[str]] = {}  # value pair -> outlets of the articles giving both
    alone: dict[str, set[str]] = {}  # value -> outlets of the articles giving only it
    for (ai, _), vs in per_article.items():
        if len(vs) == 1:
            alone.setdefault(next(iter(vs)), set()).add(outlet_of[ai])
        for pair in permutations(vs, 2):
            co_outlets.setdefault(pair, set()).add(outlet_of[ai])
    co_reported = {k for k, outs in co_outlets.items()
                   if len(outs) > 1 or len(alone.get(k[0], ())) < 2 or len(alone.get(k[1], ())) < 2}
    # ...and so are values co-reported with a near reading of each other (144 is given next to 431,
    # so it is not a rival of 430 or of "more than 400")
    # ("near": the same reading within 10%; an open or wide range such as "more than 20" is near
    # everything above it, which would make every two values of a rich story co-reported)
    bounded = {v for v in values if _bounded(v)}
    near = {(a, b) for a in bounded for b in bounded if compat[(a, b)] or _within(a, b, 0.1)}
    co_reported |= {(a, b) for a in values for b in values
                    if a != b and any((w, b) in co_reported for w in values if (a, w) in near)}
    # an article giving two incompatible values for one quantity at one time is ambiguous on it
    # (which of its values answers the other outlet's?): it may agree, but it is set against nobody
    # (one time: "the police had said 19 on Thursday" beside Sunday's 36 is the count's history, not a doubt)
    per_article_day: dict[tuple[int, str], set[str]] = {}
    for it in items:
        per_article_day.setdefault((it.analysis, it.as_of), set()).add(it.value)
    # (not by a figure of another order of size, which is no reading of the quantity at all but another quantity's:
    # the 61 contacts a ministry bulletin gives beside its 1045 cases leave no doubt which is the total: AMBIGUITY_GAP)
    ambiguous = {ai for (ai, _), vs in per_article_day.items()
                 if any(not compat[(a, b)] and not _far_apart(kind, a, b, AMBIGUITY_GAP) for a in vs for b in vs if a < b)}

    # a count that grows while the event unfolds (a toll): in the first days two values of
    # one day are two moments of the count, not a disagreement (scope.json, cumulative_measures)
    sc = scope_rules(language)
    cumulative = kind == "number" and items[0].fact.measure in sc.cumulative_measures
    amounts = kind == "number" and items[0].fact.measure.startswith("amount:")
    # the place each amount was written to, the coarsest of its readings ("1.9 مليار": the hundred million)
    units: dict[str, float] = {}
    for it in items if amounts else ():
        u = written_unit(it.fact.value, it.value)
        if u is not None:
            units[it.value] = max(units.get(it.value, 0.0), u)
    percent = kind == "number" and items[0].fact.measure == PERCENT
    stages = kind == "claim" and all(stage_order(it.value) for it in items)
    # the values every reading of which is its article's only one of the unit, in a story someone named
    sole_values = {it.value for it in items if id(it) in sole} - {it.value for it in items if id(it) not in sole} \
        if context_matched else set()
    # a person's age does not change with the day it is printed, nor does the length of a contract or of a
    # suspension that is over (an elapsed "منذ" time, which does, is never a governed length: scope.py), nor a count
    # of kinds or standing bodies (the nationalities of a group already arrested, a country's councils: fixed_counts)
    ages = kind == "number" and (items[0].fact.measure == "age" or items[0].fact.measure.startswith("duration:")
                                 or items[0].fact.measure in sc.fixed_counts)
    generic_measure = cumulative or amounts or (kind == "number" and items[0].fact.measure.startswith("n:"))
    # (a register's tallies move by the statement, not by the hour: on a day the articles do not name as the
    # event's, an epidemic's most printed day, two outlets' figures for one statement disagree: scope.json)
    revising_until = (event + timedelta(days=sc.revision_days)).isoformat() if event and (
        event_named or items[0].fact.measure not in sc.register_measures) else ""

    # a register's total (a health ministry's cases since 2012) never goes down: a value that a later statement's
    # total, printed by two or more outlets, stays below (1075 on 1 August, 1059 and 1063 after it) is a wrong figure,
    # not a stage of the register.  Only in a story named as one: in an archive's, a lower later total is as often
    # another register's
    register = cumulative and rare_words is None and items[0].fact.measure in sc.register_measures
    undercut = {k for k in keys if register and k[1] and any(
        d3 > k[1] and _increase_direction_ok(kind, v3, k[0]) and len(outs3) >= 2 for (v3, d3), outs3 in keys.items())}
    # how many outlets gave a value (or one compatible with it: "32" and "at least 32")
    compatible_outlets = {v: set().union(*(value_outlets[w] for w in values if compat[(v, w)])) for v in values}
    outlets_compatible = {v: len(o) for v, o in compatible_outlets.items()}

    # the readings whose own sentences speak of a price, an index, a market (see ``_moves``)
    # (not a company's reported figure in a story named as one: "ربحية السهم 3.37 ريالات" speaks of a share, but the
    # earnings per share of a quarter are a statement's figure, not a quote of the hour: ``reported_metrics``.  In a
    # story grouped out of an archive, where a week's results of many companies meet, the figures stay market ones)
    market = {(it.value, it.as_of) for it in items if _moves(analyses[it.analysis], it.fact, sc)
              and not (amounts and rare_words is None and _reported(analyses[it.analysis], it.fact, sc))} if moving else set()
    # the readings that give a traded thing's price as the whole of a session already over (``_closed_quote``),
    # by their key: two such of one day and one thing claim one figure, the session's, and are compared
    closed: dict[tuple[str, str], dict[int, str]] = {}
    if moving and amounts and not percent and sc.priced_metrics:
        within_day: dict[int, bool] = {}  # per article: ``_told_within_the_day``, read once

        def told_within_day(ai: int) -> bool:
            if ai not in within_day:
                within_day[ai] = _told_within_the_day(analyses[ai], sc)
            return within_day[ai]

        for it in items:
            thing = _closed_quote(analyses[it.analysis], it.fact, sc, partial(told_within_day, it.analysis))
            if thing:
                closed.setdefault((it.value, it.as_of), {})[it.analysis] = thing
    closed_only: set[tuple[tuple[str, str], tuple[str, str]]] = set()  # key pairs compared as closed sessions only

    stale_bounds = cumulative and not moving and rare_words is None
    # the readings one of whose sentences calls the figure the first count of a toll ("the initial toll was 10"): the
    # start of its line, below any later count (an initial word is among the update markers: the cue tests first)
    initial = {(it.value, it.as_of) for it in items if cumulative and it.fact.update_cue
               and is_initial(analyses[it.analysis], it.fact, language)}
    # a quantity one of whose readings says it rose ("زادوا غلتهم ... إلى 15 ميدالية", "a new toll") is a
    # running count, whatever its words: its values of different days are moments of it, not one figure
    rising = kind == "number" and bool(cue) and context_matched

    # the latest day a reading was reprinted: its figure stated as of an earlier day (a report's day) in an
    # article of a later day.  A reading "outdated" only by a reprint's day is outdated for the reprints, not for
    # the articles that printed it on its own day (``reprinted``, checked per item below)
    printed: dict[tuple[str, str], str] = {}
    reprinted: set[int] = set()  # analyses whose reading of the quantity is a later print of a report's day
    for it in items:
        day = analyses[it.analysis].article.published[:10]
        if it.fact.as_of_reported and day > it.as_of:
            k = (it.value, it.as_of)
            printed[k] = max(printed.get(k, ""), day)
            reprinted.add(it.analysis)
    by_reprint: set[tuple[tuple[str, str], tuple[str, str]]] = set()  # key pairs outdated only by a reprint's day
    # the days each reading was printed on: a reading of a day printed on that day is a moment of the day's news; one
    # printed only on later days looks back on the day, once the day's news was out (see ``looked_back``)
    print_days: dict[tuple[str, str], set[str]] = {}
    for it in items:
        print_days.setdefault((it.value, it.as_of), set()).add(analyses[it.analysis].article.published[:10])

    def looked_back(k1: tuple[str, str], k2: tuple[str, str]) -> bool:
        """k1, a toll of one day printed only after it ("بلغ حتى مساء أمس 18 قتيلا" in the next day's paper), lower
        than k2, a toll of the same day printed on that day (31, Monday's own news): not an earlier moment of the day
        than k2 but a look back on the whole day, after k2 was out - the two disagree."""
        (v1, d1), (v2, d2) = k1, k2
        return bool(d1) and d1 == d2 and min(print_days[k1]) > d1 and d2 in print_days[k2] \
            and _increase_direction_ok(kind, v1, v2)

    def closing_day(k1: tuple[str, str], k2: tuple[str, str]) -> bool:
        """k1, a toll of the day before printed only on k2's day ("حتى مساء أمس 18 قتيلا"), lower than k2, the same
        day's papers' own toll (31, no day of its own): both what the papers knew when they closed - one moment."""
        (v1, d1), (v2, d2) = k1, k2
        return stale_bounds and bool(d1) and bool(d2) and _days_apart(d1, d2) == 1 and d1 < d2 \
            and print_days[k1] == {d2} and print_days[k2] == {d2} and _increase_direction_ok(kind, v1, v2)

    def same_statement(k1: tuple[str, str], k2: tuple[str, str]) -> bool:
        """Two totals of a register (a health ministry's cases since 2012) of one day, each printed on that day, within
        a tenth of each other (1051 against 1053): the day's one statement copied by two outlets, one of them wrong -
        not two battles or two prices, which a register has none of, so no "uncorroborated" abstention.  (Printed on a
        later day, "حتى أمس 1054", a total may be the next statement's; a figure further off is another tally misread,
        the 1048 cases read as recoveries beside 580.)"""
        (v1, d1), (v2, d2) = k1, k2
        return register and bool(d1) and d1 == d2 and d1 in print_days[k1] and d2 in print_days[k2] \
            and _within(v1, v2, 0.1)

    readings_of: dict[str, list[_Item]] = {}
    for it in items:
        readings_of.setdefault(it.value, []).append(it)

    def per_value(read: Callable[[ArticleAnalysis, Fact], _T], combine: Callable[[Iterable[_T]], _U]) -> Callable[[str], _U]:
        """``combine`` of ``read`` over a value's readings, worked out when first asked: most values never get there."""
        memo: dict[str, _U] = {}

        def get(v: str) -> _U:
            if v not in memo:
                memo[v] = combine(read(analyses[it.analysis], it.fact) for it in readings_of[v])
            return memo[v]
        return get

    # whether every reading of a value is a statement's figure (``_reported``)
    statement = per_value(lambda an, f: _reported(an, f, sc), all)
    # the words governing a value's readings (see ``governor``)
    governors = per_value(lambda an, f: governor(an, f, sc), frozenset)

    # a value's readings written as a bare figure whose counted noun's form says a scale word is missing, and the
    # words right after each reading's figure (see ``scale_lost``)
    bare_plural = per_value(lambda an, f: _bare_plural_count(an, f, sc), any)
    next_words = per_value(lambda an, f: _word_after(an, f), frozenset)

    def scale_lost(v1: str, v2: str) -> bool:
        """"10 برميل" against "عشرة ملايين برميل": a count of three to ten takes a plural noun, so a figure of those
        in digits followed by the very noun form that follows the other reading's scale word lost its scale word in
        the copy (the smaller value, read bare): one figure misprinted, not a disagreement (nor a slip of the scale word
        "6.17 مليون" against "6.17 مليار", where both say a scale)."""
        r1, r2 = parse_range(v1), parse_range(v2)
        if r1 is None or r2 is None:
            return False
        lo, hi = (v1, v2) if r1[0] < r2[0] else (v2, v1)
        return bare_plural(lo) and bool((next_words(lo) & next_words(hi)) - {""})

    def governed_alike(v1: str, v2: str) -> bool:
        return len(governors(v1) | governors(v2)) == 1 and "" not in governors(v1)

    # the figures of other quantities each reading's sentence gives beside it (see ``_sentence_totals``)
    def union(sets: Iterable[frozenset[_T]]) -> frozenset[_T]:
        return frozenset(x for s in sets for x in s)

    beside = per_value(lambda an, f: _sentence_totals(an, f, subject, sc), union)

    def anchored_alike(v1: str, v2: str) -> bool:
        return rare_words is None and not beside(v1).isdisjoint(beside(v2))

    # the values a reading's sentence gives for the fellow items of its list (see ``_list_fellows``)
    fellows = per_value(_list_fellows, union)

    def swapped(v1: str, v2: str) -> bool:
        """Each reading's sentence gives the other's value to a fellow item of its list ("35 كيلومترا بالحفر الجاف
        وتوسيع وتعميق 37 كيلومترا" against "حفر جاف لمسافة 37 كلم و35 كلم من أعمال التوسعة"): the same two figures
        given to two parts the other way round, one statement's list, one outlet's slip."""
        return rare_words is None and v2 in fellows(v1) and v1 in fellows(v2)

    # how long an amount stays one figure: a week in a story named as one (its coverage runs over days), two days
    # in a story grouped out of an archive, where two fires or two accidents of the week meet
    static_days = sc.static_days_named if rare_words is None else sc.static_days

    # whether a reading of a value is a running total over a period (``_over_period``)
    over_period = per_value(lambda an, f: _over_period(an, f, sc), any)
    # the reporting periods a value's sentences name ("" where one does not: ``_period``)
    periods = per_value(lambda an, f: _period(an, f, sc, None), frozenset)

    def other_periods(v1: str, v2: str) -> bool:
        """Whether every reading of each value names its period, and no period is common to both: a rate at
        the end of 2014 and in the first quarter of 2015 are two moments of it, not one figure of the week."""
        p1, p2 = periods(v1), periods(v2)
        return bool(p1) and bool(p2) and "" not in p1 and "" not in p2 and p1.isdisjoint(p2)

    def relation(k1: tuple[str, str], k2: tuple[str, str]) -> str:
        """How key k1 stands to k2: agree | conflict | outdated | update | distinct."""
        (v1, d1), (v2, d2) = k1, k2
        if compat[(v1, v2)]:
            # (only in a story someone named, one event by decision: in a story grouped out of an archive an
            # "at least 13" is as often another bombing of the week as a stale toll: 9 of 10 archive pairs)
            if stale_bounds and _stale_bound(v1, d1, v2, first_seen, outlets_compatible):
                return "outdated"
            if stale_bounds and _stale_bound(v2, d2, v1, first_seen, outlets_compatible):
                return "update"  # the toll that superseded a stale bound is no agreement with it
            return "agree"
        if (v1, v2) in co_reported:
            return "distinct:co-reported"
        if stages:
            # a project's stage (claims.stage_facts) does not move in a few days: two stages of one report's
            # week disagree; further apart, a later further stage is an update, a later earlier one no
            apart = _days_apart(d1, d2) or 0
            if apart <= sc.static_days:
                return "conflict"
            (lo, o_lo), (hi, o_hi) = sorted(((d1, stage_order(v1)), (d2, stage_order(v2))))
            return "update" if o_hi > o_lo else "conflict"
        if amounts_restated and d1 != d2:
            # a period's figure as first published and as restated (scope._restatements): one quantity at two
            # moments, however far apart the values (a quarter's profit cut from 1,612 to 311 million)
            return "update"
        # the same digits a thousand or a million times apart ("6.17 million" one day, "6.17 billion"
        # the next, "up" in its sentence) are one figure with a wrong unit: never two quantities of
        # different size, nor a rise or a move.  So are the same digits with two neighbours swapped (``_transposed``),
        # in a quantity matched by its context or a restated period's figure, one quantity already (the quarter's
        # profit "as first published": 742 against the statement's 472 million)
        slip = amounts and (context_matched or amounts_restated) and not (v1 in separated or v2 in separated) and (
            (context_matched and (_unit_slip(v1, v2) and not scale_lost(v1, v2) or _digit_slip(v1, v2))) or _transposed(v1, v2))
        # ...and a count's one digit ten times apart printed beside the same figure of another quantity: "700 لاعب من
        # 177 دولة" against "أكثر من 7000 رياضي من 177 دولة" is one statement's figure with a zero lost, not two
        # gatherings of different size, nor a count that grew tenfold in a week (one digit alone is no evidence: the
        # shared companion figure is; ``anchored_alike``: only in a story someone named)
        slip = slip or (kind == "number" and not amounts and not (v1 in separated or v2 in separated)
                        and _digit_slip(v1, v2, min_digits=1, open_top=True) and anchored_alike(v1, v2))
        if _far_apart(kind, v1, v2, sc.magnitude_ratio, sc.magnitude_min_gap) and not slip and not same_text:
            return "distinct:magnitude"
        if kind == "number" and (_vague(v1) or _vague(v2)) and not _far_apart(kind, v1, v2, VAGUE_GAP):
            # "dozens" (20-99) against "at least 100": a number word's range has no sharp edge, so
            # it disagrees only with a figure clearly outside it ("hundreds" against "about 100").
            # An open reading's one bound is stated ("at least 30" against 27) and compares as is.
            return "distinct:vague"
        if kind == "number" and (_open(v1) or _open(v2)) and _within(v1, v2, OPEN_SLACK):
            # "at least 31" against 30: an open reading a hair above a figure is the same count a
            # moment later or loosely worded, not a rival of it (precision first)
            return "distinct:close"
        if moving and not slip and not percent and same_time(d1, d2) and k1 in closed and k2 in closed \
                and not set(closed[k1].values()).isdisjoint(closed[k2].values()):
            # two readings of one thing's session as a whole, both told after it closed: compared (only those
            # readings: ``closed_only``), a quote of the hour of either key aside
            closed_only.add((k1, k2))
        elif moving and not slip and (percent or (same_time(d1, d2) and k1 in market and k2 in market)):
            # "الفضة زادت 0.6%" against "نزلت 0.7%", "هبط الدولار 1.1%" against 0.7%, Brent "down 35
            # cents" at 09:47 against "down 65 cents" at settlement: a price, an index or its move
            # depends on the hour it was quoted and against what (the basket, the krone): market
            # figures of one day are never set against each other (another day's are an update,
            # below) when both sentences speak of a market: a bucket is "moving" when any of its
            # sentences does (160 scout associations against 144 in a story that also has prices)
            return "distinct:market-move"
        gap_days = _days_apart(v1, v2) if day_slack else None
        if gap_days is not None and gap_days <= day_slack:
            # an attack in the night is "Thursday" to one outlet and "Friday" to another
            return "distinct:one-day"
        if instance_dates and (_date_gap(v1, v2) or 0) > max(day_slack, 1):
            # two dates of "the election" or "the attack" days, months or years apart are two
            # elections or two attacks (a FIFA story names the May vote and the next February's;
            # a week of Iraq news, several bombings), or a date read for the wrong year - not two
            # outlets disagreeing on one day.  A day apart is still compared (day_slack aside).
            return "distinct:another-date"
        if kind == "number" and not slip and ((k1 in initial and _increase_direction_ok(kind, v1, v2))
                                             or (k2 in initial and _increase_direction_ok(kind, v2, v1))):
            # a toll's first count below another figure of it, whatever their days: the count rose from it ("the
            # initial toll was 10" against "dozens" of the same day is the line's start, not a rival, nor outdated)
            return "update"
        # when a reading with v1 but not v2 first appeared, and one with v2 but not v1
        f1 = min((first_seen[w] for w in values if compat[(v1, w)] and not compat[(v2, w)] and w in first_seen), default="")
        f2 = min((first_seen[w] for w in values if compat[(v2, w)] and not compat[(v1, w)] and w in first_seen), default="")
        # k1 repeats v1 on a day after v2 replaced it: v2 came later than v1, before k1's
        # day, from two or more outlets, and nobody else still gave v1 after v2's first day
        # (k1's day is the day it was printed when that is later than the day its figure is stated for: Monday's
        # toll printed on Wednesday, "قالت الوزارة في بيان اليوم الاثنين إن ... 27", repeats Monday's figure)
        p1 = max(d1, printed.get(k1, ""))
        if not moving and p1 and f1 and f2 and f1 < f2 < p1 and (not d2 or d2 <= p1) and outlets_compatible[v2] >= 2 \
                and not (cumulative and not _increase_direction_ok(kind, v1, v2)) \
                and not any(d > f2 and d != d1 and printed.get((v, d), d) > f2 for (v, d) in keys if v == v1):
            if not (d1 and f2 < d1 and (not d2 or d2 <= d1)):
                by_reprint.add((k1, k2))
            return "outdated"
        if cumulative and revising_until and (d1 or d2) and max(d1, d2) <= revising_until and (
                d1 == d2 or not d1 or not d2 or _increase_direction_ok(kind, *((v1, v2) if d1 < d2 else (v2, v1)))) \
                and not looked_back(k1, k2) and not looked_back(k2, k1):
            # the first days of a toll: two values are two moments of it, one rising to the
            # other ("hundreds" one day and "about 100" the next is no rise: compared below)
            return "update"
        if undercut and d1 and d2 and d1 != d2 and (k1 if d1 > d2 else k2) in undercut \
                and _increase_direction_ok(kind, *((v2, v1) if d1 > d2 else (v1, v2))) \
                and (_days_apart(d1, d2) or 0) <= sc.static_days:
            # no rise to a register's wrong figure, "rose to" or not: it disagrees with the total of the day before too
            return "conflict"
        if kind == "claim" and (k1 in cue or k2 in cue):
            return "update"  # "nobody has claimed it so far" against a claim made
        # an explicit revision ("rose to 32") that went up is an update: up from a figure of its day or
        # before (Saturday's "rose to 38" is no rise from Sunday's 36)
        if kind == "number" and not slip and ((k2 in cue and _increase_direction_ok(kind, v1, v2) and not (d1 and d2 and d2 < d1))
                                 or (k1 in cue and _increase_direction_ok(kind, v2, v1) and not (d1 and d2 and d1 < d2))):
            return "update"
        # an amount a few days apart (a length, a cost, a forecast): one figure.  Not a count of people or
        # things (medals of a tally, ships through a canal, aid trucks: "15 medals" on day five and "23" at
        # the close are two moments of one count), nor a figure one of whose readings says it rose
        apart = _days_apart(d1, d2) or 0
        static = ((context_matched and amounts and not moving and not cumulative and not rising
                   and not other_periods(v1, v2)) or ages) and (
            apart <= sc.static_days or (apart <= static_days and not (ages or over_period(v1) or over_period(v2))))
        if not same_time(d1, d2) and not static and not slip and not closing_day(k1, k2) and not closing_day(k2, k1):
            # values of different days: a count that grew, a price or an index that moved.
            # Only a growing count going *down* is held to be a disagreement.  (A quantity
            # matched by its context that is no price or index - a length, a cost, a forecast
            # for 2023, the ships of one trial - does not change with the day it is printed.)
            later, earlier = (v1, v2) if d1 > d2 else (v2, v1)
            if not (cumulative and _increase_direction_ok(kind, later, earlier)):
                return "update"
            if (_days_apart(d1, d2) or 0) > sc.static_days:
                # a toll lower days later: in a story that runs for a week this is most often
                # another attack or accident, not a revision downwards (precision first)
                return "distinct:days-apart"
        elif amounts and (_rounds_to(v1, v2, units) or _rounds_to(v2, v1, units)):
            # "7 مليارات" against "7.16 مليار": a figure written in whole millions or billions is
            # that figure rounded, not a rival of the precise one (60 against 64 billion still is)
            return "distinct:rounded"
        elif amounts and _within(v1, v2, AMOUNT_SLACK) and not (
                units.get(v1) and units.get(v1) == units.get(v2) and statement(v1) and statement(v2)):
            # one day, two prices or sums a hair apart: quoted at different hours or rounded.  Not two figures of a
            # statement (a quarter's net loss, ``reported_metrics``) written to the same place: 900.1 against 900.9
            # million is neither a rounding of the other nor a quote of another hour, but a digit one outlet got wrong
            return "distinct:close"
        if generic_measure and outlets_compatible[v1] < 2 and outlets_compatible[v2] < 2 and not slip \
                and not same_statement(k1, k2) \
                and not (v1 in sole_values and v2 in sole_values and governed_alike(v1, v2)) \
                and not anchored_alike(v1, v2) and not swapped(v1, v2) and not same_text:
            # one outlet against one other, each alone with a toll, an amount or a count read from
            # generic words: in a broad story these are most often two battles, two accidents, two
            # prices, not a disagreement (precision first).  Named quantities (a party's seats,
            # the drones of the attack) are still compared one against one, and so are two figures of a
            # named story each its article's only one of the unit that one word governs in both ("حافلة تقل 55
            # معتمرا" and "حافلة تقل 50 معتمرا": what the bus carried, worded alike by two outlets)
            return "distinct:uncorroborated"
        return "conflict"

    rel = {(k1, k2): relation(k1, k2) for k1 in keys for k2 in keys}
    # two values co-reported are two things whichever is asked of the other: the near-reading rule above reaches
    # one way only (Al-Riyadh's 30 dead is near the 27 printed beside 32, so 30 is no rival of 32, while 32 was
    # one of 30), and a conflict one way made a figure "contradicted" in its outlet's score by a value that was not
    # held against it, with no pair to show why (Al-Watan's 32 dead of Suruc).  Updates stay as they are
    for (k1, k2), r in rel.items():
        if r == "conflict" and rel[(k2, k1)] == "distinct:co-reported":
            rel[(k1, k2)] = "distinct:co-reported"
    same_incident = _incident_test(items, analyses, rare_words, language)
    # the outlets of each key, from unambiguous articles only: who can be in a conflict
    firm: dict[tuple[str, str], set[str]] = {}
    for it in items:
        if it.analysis not in ambiguous:
            firm.setdefault((it.value, it.as_of), set()).add(outlet_of[it.analysis])
    updated = any(r == "update" for r in rel.values())

    key_items: dict[tuple[str, str], list[_Item]] = {}
    for it in items:
        key_items.setdefault((it.value, it.as_of), []).append(it)
    for it in items:
        k, mine_o, mine_v = (it.value, it.as_of), outlet_of[it.analysis], art_via[it.analysis]
        outdated = changed = False
        disputers: set[str] = set()  # other outlets giving an incompatible value for the same time
        backers: set[str] = set()  # other outlets independently giving a compatible one
        lone = True  # every incompatible value is one outlet's alone
        for k2, outs in keys.items():
            r = rel[(k, k2)]
            others = [o for o in outs if o != mine_o]
            if not others or r.startswith("distinct:"):
                continue
            firm_others = {o for o in firm.get(k2, ()) if o != mine_o}
            if same_incident is not None:  # only the other outlets' readings of this incident count
                this_incident = [x for x in key_items[k2] if outlet_of[x.analysis] != mine_o and same_incident(it, x)]
                if not this_incident:
                    continue
                outs = {}
                for x in this_incident:
                    outs.setdefault(outlet_of[x.analysis], set()).add(art_via[x.analysis])
                others = list(outs)
                firm_others = {outlet_of[x.analysis] for x in this_incident if x.analysis not in ambiguous}
            if (k, k2) in closed_only and r in ("conflict", "outdated"):
                # two sessions told as a whole: only those readings disagree, not a quote of the hour of the same value
                if it.analysis not in closed[k]:
                    continue
                sessions = {outlet_of[x] for x in closed[k2]}
                others = [o for o in others if o in sessions]
                firm_others = firm_others & sessions
                if not others:
                    continue
            if r == "outdated" and (k, k2) in by_reprint and it.analysis not in reprinted:
                r = "update"  # printed on the day it was stated for: the day's own figure, a point of the line
            if r in ("conflict", "outdated"):
                if it.analysis in ambiguous or not firm_others:
                    continue
                if r == "conflict":
                    disputers |= firm_others
                    # where it happened does not change: an outlet that printed both places (north of the town
                    # on one day, south on the next) backs neither against the other
                    rivals = compatible_outlets[k2[0]] - compatible_outlets[k[0]] if kind == "claim" \
                        else compatible_outlets[k2[0]]
                    lone = lone and len(rivals) < 2
                else:
                    outdated = True
            elif r == "update":
                changed = True
            elif r == "agree":
                backers |= {o for o in others if not mine_v or any(v != mine_v for v in outs[o])}
        # a figure two or more outlets back, each rival value one outlet's slip ("6.17 million" against four
        # outlets' "6.17 billion"), is upheld: the slip is contradicted, not the figure (the pair is still
        # listed, both sentences shown)
        upheld = lone and len(backers) >= 2 and len(backers) > len(disputers)
        status[(it.analysis, it.fact_index)] = (
            "contradicted" if disputers and not upheld else "outdated" if outdated else "corroborated" if backers
            else "updated" if changed else "single-source"
        )

    vias = set(art_via.values())
    relayed_only = len(vias) == 1 and "" not in vias
    ordered = sorted(items, key=lambda it: (analyses[it.analysis].article.id, it.fact.start))
    out_items = []
    for it in ordered:
        an = analyses[it.analysis]
        sent = an.sentences[it.fact.sentence] if 0 <= it.fact.sentence < len(an.sentences) else None
        out_items.append(ComparisonItem(
            article_id=an.article.id, outlet=an.article.outlet, value=it.fact.value, normalised=it.value,
            start=it.fact.start, end=it.fact.end,
            sentence_start=sent.start if sent else -1, sentence_end=sent.end if sent else -1,
            via=it.via, group=groups[it.value], as_of=it.as_of, published=an.article.published,
            update_cue=it.fact.update_cue,
        ))
    # in a story named as one, an outlet is set against itself too: what it printed one day against what it printed
    # another day about the same moment (31 dead in its Monday paper, 25 in its Tuesday one; north of Cairo one
    # day, south the next).  Not two articles of one day: an outlet's copies through a day are moments of the news,
    # each replacing the last.  Not in a story grouped out of an archive, where an outlet's articles days apart are as
    # often its reports of two skirmishes of a war in one district (the incident test has only rare words to go on)
    own_day = {ai: analyses[ai].article.published[:10] for ai in outlet_of} if rare_words is None else None
    pairs = _pairs([it for it in ordered if it.analysis not in ambiguous], outlet_of, rel, ordered, same_incident,
                   lambda k1, k2, ai: (k1, k2) in by_reprint and ai not in reprinted, own_day,
                   lambda k1, k2, a1, a2: ((k1, k2) not in closed_only and (k2, k1) not in closed_only)
                   or (a1 in closed[k1] and a2 in closed[k2]))
    abstained = _abstentions(ordered, outlet_of, rel, ambiguous, same_incident)
    conflict = any(p.kind == "conflict" for p in pairs)
    sentences = [analyses[it.analysis].article.text[c.sentence_start:c.sentence_end]
                 for it, c in zip(ordered, out_items) if c.sentence_start >= 0]
    return Comparison(
        story=story, subject=subject,
        status=ComparisonStatus.CONFLICT if conflict else ComparisonStatus.UPDATE if updated else ComparisonStatus.AGREE,
        items=tuple(out_items),
        relayed_only=relayed_only, relayed_via=next(iter(vias)) if relayed_only else "", kind=kind,
        pairs=pairs, updated=updated, abstained=abstained,
        wording=display_words(subject_stems(subject), sentences, sc),
    )


ANCHOR_MIN = 10  # a figure beside a count this large or more says which statement it is of (not "3", "2")


def _sentence_totals(an: ArticleAnalysis, f: Fact, subject: str, sc: ScopeRules) -> frozenset[tuple[str, str]]:
    """(subject, value) of the exact figures of other quantities in a fact's sentence, of ANCHOR_MIN or more: "ارتفع
    عدد الضحايا إلى 31 قتيلا بعد انتشال 13 جثة" gives ("killed", "31") beside the 13.  Two outlets' lone counts each
    printed beside the same such figure are of one statement and one moment (the bodies that took the toll to 31,
    the nationalities among the 431 arrested): no two incidents to keep apart.  A total the sentence says a count rose
    to is the toll whatever its holder word ("إلى 31 قتيلا", "إلى 31 غريقا"): its measure stands for its subject.  Not
    the fact's own kind of figure (its fellow items of a list, "35 كلم حفر و37 كلم توسيع", are no other statement's), nor
    a register's total (a health ministry's 581 recoveries since 2012 stand still through statements without one:
    scope.json register_measures)."""
    return frozenset((g.measure if g.update_cue else g.subject, g.normalised) for g in an.facts
                     if g.sentence == f.sentence and g.start != f.start and g.kind == "number" and g.subject
                     and g.subject != subject and g.subject != f.subject
                     and g.normalised.isdigit() and int(g.normalised) >= ANCHOR_MIN and not g.note
                     and g.measure not in sc.register_measures)


def _list_fellows(an: ArticleAnalysis, f: Fact) -> frozenset[str]:
    """The values of the other figures of a fact's own kind (its raw subject: the same unit or counted thing) in its
    sentence: the fellow items of a list it is one of ("72 كيلومترا، منها 35 كيلومترا بالحفر الجاف وتوسيع وتعميق 37
    كيلومترا")."""
    return frozenset(g.normalised for g in an.facts
                     if g.sentence == f.sentence and g.start != f.start and g.kind == "number" and g.subject == f.subject)


def _representatives(candidates: list[_Item], ordered: list[_Item]) -> list[tuple[tuple[int, str, str], int]]:
    """((article, value, as-of day), index into ``ordered`` of its first item) for each distinct
    reading among ``candidates``, in item order: pairs are made per reading, not per mention."""
    index = {id(it): i for i, it in enumerate(ordered)}
    first: dict[tuple[int, str, str], int] = {}
    for it in candidates:
        first.setdefault((it.analysis, it.value, it.as_of), index[id(it)])
    return sorted(first.items(), key=lambda kv: kv[1])


def _pairs(candidates: list[_Item], outlet_of: dict[int, str],
           rel: dict[tuple[tuple[str, str], tuple[str, str]], str], ordered: list[_Item],
           same_incident=None, not_outdated=None, own_day: dict[int, str] | None = None,
           readings_ok=None) -> tuple[ItemPair, ...]:
    """Conflict and outdated pairs among ``candidates``, one per (article, article, value, value):
    "A says X, B says Y"; indices into ``ordered`` (the comparison's items).  ``not_outdated(k1, k2, article)``:
    whether that article's reading is no outdated one after all (a day's own report of a reading reprinted later).
    ``own_day`` (article -> its publication day): two articles of one outlet are paired too when their days differ.
    ``readings_ok(k1, k2, a1, a2)``: whether those two articles' readings of the keys may be paired at all."""
    reps = _representatives(candidates, ordered)
    out: list[tuple[int, int, str]] = []
    seen: set[tuple[int, int, str, str]] = set()
    by_key: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for (ai, v, d), idx in reps:
        by_key.setdefault((v, d), []).append((ai, idx))
    for k1, members1 in by_key.items():
        for k2, members2 in by_key.items():
            r = rel[(k1, k2)]
            if r not in ("conflict", "outdated") or (r == "conflict" and k1 > k2):
                continue
            for a1, i1 in members1:
                if r == "outdated" and not_outdated is not None and not_outdated(k1, k2, a1):
                    continue
                for a2, i2 in members2:
                    if readings_ok is not None and not readings_ok(k1, k2, a1, a2):
                        continue
                    if a1 == a2 or (outlet_of[a1] == outlet_of[a2] and (own_day is None or own_day[a1] == own_day[a2])) or (
                            same_incident is not None and not same_incident(ordered[i1], ordered[i2])):
                        continue
                    v_lo, v_hi = sorted((k1[0], k2[0]))
                    key = (min(a1, a2), max(a1, a2), v_lo, v_hi)
                    if r == "conflict" and key in seen:
                        continue
                    seen.add(key)
                    out.append((i1, i2, r) if i1 < i2 or r == "outdated" else (i2, i1, r))
    return tuple(ItemPair(a, b, PairKind(k)) for a, b, k in sorted(out))


MAX_ABSTENTIONS = 20  # per comparison: enough to show why, not a list of hundreds


def _abstentions(ordered: list[_Item], outlet_of: dict[int, str],
                 rel: dict[tuple[tuple[str, str], tuple[str, str]], str], ambiguous: set[int],
                 same_incident=None) -> tuple[ItemPair, ...]:
    """Value pairs of two outlets that would have been a conflict but were left uncompared, and why
    (kind "co-reported", "magnitude", "vague", "one-day", "close", "rounded", "uncorroborated", "days-apart",
    "another-incident" or "ambiguous"); one per two articles and two values."""
    reps = _representatives(ordered, ordered)
    out: list[ItemPair] = []
    seen: set[tuple[int, int, str, str]] = set()
    for (a1, v1, d1), i1 in reps:
        for (a2, v2, d2), i2 in reps:
            if i2 <= i1 or outlet_of[a1] == outlet_of[a2]:
                continue
            r = rel[((v1, d1), (v2, d2))]
            if r.startswith("distinct:"):
                reason = r.split(":", 1)[1]
            elif r in ("conflict", "outdated") and same_incident is not None \
                    and not same_incident(ordered[i1], ordered[i2]):
                reason = "another-incident"
            elif r in ("conflict", "outdated") and (a1 in ambiguous or a2 in ambiguous):
                reason = "ambiguous"
            else:
                continue
            key = (a1, a2, v1, v2)
            if key in seen:
                continue
            seen.add(key)
            out.append(ItemPair(i1, i2, PairKind(reason)))
            if len(out) >= MAX_ABSTENTIONS:
                return tuple(out)
    return tuple(out)


def conflict_pairs(comparison: Comparison) -> list[tuple[ComparisonItem, ComparisonItem, str]]:
    """(item a, item b, kind) for each conflict or outdated pair of a comparison.

    For "outdated", ``a`` is the item that repeats the superseded value.
    """
    items = comparison.items
    return [(items[p.a], items[p.b], p.kind) for p in comparison.pairs]


def timeline(comparison: Comparison, language: str = "ar") -> list[tuple[str, str, tuple[str, ...]]]:
    """(as-of day, value, outlets) in time order: how a quantity was reported over the days.

    Only the readings of the quantity's own size make its line: a figure an order of magnitude away
    from the value most outlets gave (a day's 3 new cases among running totals of 1,050) was never
    compared with it (``magnitude``), and a line through both would tell a reader nothing."""
    return line_points(timeline_items(comparison, language))


def line_points(items: Sequence[ComparisonItem]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(as-of day, value, outlets) of ``items``, in time order (a day not known last)."""
    points: dict[tuple[str, str], set[str]] = {}
    for it in items:
        points.setdefault((it.as_of, it.normalised), set()).add(it.outlet)
    return [(d, v, tuple(sorted(o))) for (d, v), o in sorted(points.items(), key=lambda kv: (kv[0][0] or "9", kv[0][1]))]


def timeline_items(comparison: Comparison, language: str = "ar") -> list[ComparisonItem]:
    """The items on a quantity's line (``timeline``): all of them but a number an order of magnitude
    from the value given by the most outlets (ties: the later, then the larger value)."""
    items = list(comparison.items)
    if comparison.kind != "number" or len(items) < 2:
        return items
    outlets: dict[str, set[str]] = {}
    latest: dict[str, str] = {}
    for it in items:
        outlets.setdefault(it.normalised, set()).add(it.outlet)
        latest[it.normalised] = max(latest.get(it.normalised, ""), it.as_of)
    anchor = max(outlets, key=lambda v: (len(outlets[v]), latest[v], (parse_range(v) or (0.0, 0.0))[0], v))
    ratio = scope_rules(language).magnitude_ratio
    return [it for it in items if not _far_apart("number", anchor, it.normalised, ratio)]
