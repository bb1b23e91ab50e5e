"""The fact lexicons of a language, compiled once: the gazetteer (entities and their spellings), counted
nouns and report words (``FactRules``), the scope words of counts (``ScopeRules``), and the word
look-ups every extraction stage shares (clitics stripped, stems).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from analysis.lexicon import load_lexicon
from analysis.text.grammar import Grammar, grammar
from analysis.text.memo import Memo
from analysis.text.rxguard import word_trie
from analysis.text.textnorm import normalise, normalise_text


def normalise_pattern(pattern: str) -> str:
    """A lexicon regex in normalised spelling (no casefold: it would turn \\S into \\s)."""
    return normalise(pattern, casefold=False).text



@dataclass(frozen=True)
class Entity:
    id: str
    label: str
    type: str
    implies: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityMatch:
    start: int  # normalised offsets
    end: int
    entity: Entity


@dataclass(frozen=True)
class Noun:
    unit: str
    subject: str
    holder_types: tuple[str, ...]
    year_scoped: bool
    default_qualifier: str
    # words one of which the article must hold for the noun to be this one: "طائرات" are drones only
    # in an article that says so ("مسيرة", "بدون طيار"); elsewhere they are aircraft, a counted thing
    # keyed by its context like any other (counted_nouns.json "needs_in_article")
    markers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Gazetteer:
    regex: re.Pattern[str] | None
    by_variant: dict[str, Entity]
    by_id: dict[str, Entity]


_JOIN = r'[\s"\-–]+'  # between words of a name: spaces, quotes, dashes (تحالف “الفتح”)
_SQUEEZE = re.compile(r'[\s"\-–]+')


@lru_cache(maxsize=8)
def gazetteer(language: str = "ar") -> Gazetteer:
    raw = load_lexicon(language, "gazetteer")
    by_variant: dict[str, Entity] = {}
    by_id: dict[str, Entity] = {}
    for e in raw.get("entities", []):
        ent = Entity(e["id"], e.get("label", e["id"]), e.get("type", "org"), tuple(e.get("implies", ())))
        by_id[ent.id] = ent
        for v in [e.get("label", "")] + list(e.get("variants", [])):
            key = _SQUEEZE.sub(" ", normalise_text(v)).strip()
            if key:
                by_variant.setdefault(key, ent)
    if not by_variant:
        return Gazetteer(None, {}, {})
    # the names as a trie (the same matches as the names sorted longest first and joined by "|": see
    # rxguard.word_trie; no name holds a character _JOIN matches, they were squeezed to one space)
    alts = word_trie(by_variant, _JOIN)
    prefixes = "|".join(re.escape(normalise_text(p)) for p in sorted(raw.get("prefixes", []), key=len, reverse=True))
    regex = re.compile(rf'(?<!\w)(?:(?:{prefixes})"?)?(?P<name>{alts})(?!\w)')
    return Gazetteer(regex, by_variant, by_id)


def find_entities(norm_text: str, language: str = "ar") -> list[EntityMatch]:
    gz = gazetteer(language)
    if gz.regex is None:
        return []
    out = []
    for m in gz.regex.finditer(norm_text):
        key = _SQUEEZE.sub(" ", m.group("name")).strip()
        ent = gz.by_variant.get(key)
        if ent is not None:
            out.append(EntityMatch(m.start("name"), m.end("name"), ent))
    return out


def canonical_entity(name: str, language: str = "ar") -> str | None:
    """Entity id for a name in any listed spelling ("قآني" → "qaani")."""
    found = find_entities(normalise_text(name), language)
    return found[0].entity.id if found else None


@dataclass(frozen=True)
class FactRules:
    nouns: dict[str, Noun]  # normalised form -> noun
    dual: dict[str, Noun]
    implicit_one: dict[str, Noun]
    noun_prefixes: tuple[str, ...]
    noun_suffixes: tuple[str, ...]
    qualifiers: dict[str, str]  # normalised word -> qualifier
    qualifier_window: int
    total_phrases: tuple[str, ...]
    report_verbs: frozenset[str]
    report_before: int
    report_after: int
    complementisers: frozenset[str]
    event_subjects: tuple[dict, ...]
    event_window: int
    date_subjects: tuple[dict, ...]
    claims: tuple[tuple[re.Pattern[str], dict], ...]
    claim_implies: dict[str, tuple[str, ...]]
    aligned_kinds: frozenset[str]
    modifiers: tuple[tuple[str, str], ...] = ()  # (normalised phrase, kind), longest first
    about_tolerance: float = 0.1
    about_last_digits: float = 1.0  # "نحو 13.2": give or take this many units of the last written decimal
    party_nouns: frozenset[str] = frozenset()
    implicit_one_units: frozenset[str] = frozenset()
    generic_units: frozenset[str] = frozenset()  # nouns scoped by their context (persons, days...)
    grammar: Grammar = Grammar()  # the language's clitics, article, partitive (grammar.json)
    time_subject: str = ""  # subject of a time of day next to an event word ("event_time")
    time_triggers: frozenset[str] = frozenset()
    time_window: int = 3
    time_not_event: frozenset[str] = frozenset()
    # right after a qualifier word, these make it a verb of asking: "تحديد ما إذا كان القتلى الـ27" is
    # "to determine whether the 27 dead...", not "the 27 identified"
    qualifier_questions: frozenset[str] = frozenset()
    according_to: frozenset[str] = frozenset()  # "حسب ما أفادت ... أمس الأحد": the figures before are of that day
    according_to_reach: int = 10
    language: str = "ar"


def _none_nouns(spec: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """scope.json no_casualties: each noun -> the measures a negation before it counts none of (a harm noun,
    "مكروه", all of the 'harm' measures; a human-loss noun, "خسائر بشرية", those of 'human')."""
    out: dict[str, tuple[str, ...]] = {}
    for m, ws in spec.get("nouns", {}).items():
        for w in ws:
            out[normalise_text(w)] = (m,)
    for key in ("harm", "human"):
        part = spec.get(key, {})
        for w in part.get("nouns", []):
            out[normalise_text(w)] = tuple(part.get("measures", []))
    return out


def normalised_set(words) -> frozenset[str]:
    """A lexicon's word list, each word normalised (the form the readers look words up in)."""
    return frozenset(normalise_text(w) for w in words)


def spec_words(spec: Mapping[str, Any], key: str) -> frozenset[str]:
    """A lexicon section's word list ``key`` normalised (none when the section has no such list)."""
    return normalised_set(spec.get(key, []))



@lru_cache(maxsize=8)
def fact_rules(language: str = "ar") -> FactRules:
    facts = load_lexicon(language, "facts")
    cn = load_lexicon(language, "counted_nouns")
    nouns: dict[str, Noun] = {}
    dual: dict[str, Noun] = {}
    implicit: dict[str, Noun] = {}
    for unit, spec in cn["nouns"].items():
        noun = Noun(unit, spec.get("subject", unit), tuple(spec.get("holder_types", ())),
                    bool(spec.get("year_scoped")), spec.get("default_qualifier", ""),
                    normalised_set(spec.get("needs_in_article", [])))
        for f in spec.get("forms", []):
            if " " not in f:
                nouns.setdefault(normalise_text(f), noun)
        for f in spec.get("dual", []):
            if " " not in f:
                dual.setdefault(normalise_text(f), noun)
        for f in spec.get("implicit_one", []):
            implicit.setdefault(normalise_text(f), noun)
    qualifiers: dict[str, str] = {}
    total_phrases = []
    for q, words in facts.get("qualifiers", {}).items():
        if q.startswith("_"):
            continue
        for w in words:
            nw = normalise_text(w)
            if " " in nw:
                total_phrases.append((nw, q))
            else:
                qualifiers.setdefault(nw, q)
    claims = tuple((re.compile(normalise_pattern(c["pattern"])), c) for c in facts.get("claims", []))
    implies = {k: tuple(v) for k, v in facts.get("claim_values", {}).items() if not k.startswith("_")}
    for ent in gazetteer(language).by_id.values():
        if ent.implies:
            implies.setdefault(ent.id, ent.implies)
    event_subjects = tuple({**e, "triggers": normalised_set(e["triggers"])} for e in facts.get("event_subjects", []))
    date_subjects = tuple({**e, "triggers": normalised_set(e["triggers"])} for e in facts.get("date_subjects", []))
    nums = load_lexicon(language, "numbers")
    modifiers = sorted(
        ((normalise_text(w), kind) for kind, words in nums.get("modifiers", {}).items() if not kind.startswith("_")
         for w in words), key=lambda m: len(m[0]), reverse=True)
    return FactRules(
        modifiers=tuple(modifiers), about_tolerance=float(nums.get("about_tolerance", 0.1)),
        about_last_digits=float(nums.get("about_last_digits", 1)),
        party_nouns=normalised_set(facts.get("party_nouns", [])),
        nouns=nouns, dual=dual, implicit_one=implicit,
        implicit_one_units=frozenset(n.unit for n in implicit.values()),
        generic_units=frozenset(u for u, spec in cn['nouns'].items() if spec.get('generic')),
        noun_prefixes=tuple(sorted({normalise_text(p) for p in cn.get("prefixes", [])}, key=len, reverse=True)),
        noun_suffixes=tuple(normalise_text(s) for s in cn.get("suffixes", [])),
        qualifiers=qualifiers, qualifier_window=int(facts.get("qualifier_window", 5)),
        qualifier_questions=normalised_set(facts.get("qualifier_questions", [])),
        total_phrases=tuple(p for p, _ in total_phrases) + tuple(
            normalise_text(w) for w in facts.get("total_before_number", []) if " " in w),
        report_verbs=normalised_set(facts.get("report_verbs", [])),
        report_before=int(facts.get("report_window_before", 4)),
        report_after=int(facts.get("report_window_after", 1)),
        according_to=normalised_set(facts.get("according_to", [])),
        according_to_reach=int(facts.get("according_to_reach", 10)),
        complementisers=normalised_set(facts.get("complementisers", [])),
        event_subjects=event_subjects, event_window=int(facts.get("event_window", 15)),
        date_subjects=date_subjects, claims=claims, claim_implies=implies,
        aligned_kinds=frozenset(facts.get("aligned_kinds", ["number", "date", "time", "claim"])),
        grammar=grammar(language),
        time_subject=str(facts.get("time_of_day", {}).get("subject", "")),
        time_triggers=normalised_set(facts.get("time_of_day", {}).get("triggers", [])),
        time_window=int(facts.get("time_of_day", {}).get("window", 3)),
        time_not_event=normalised_set(facts.get("time_of_day", {}).get("not_event", [])),
        language=language,
    )


@dataclass(frozen=True)
class ScopeRules:
    """Generic words around counts (``data/lexicons/<lang>/scope.json``): see its comments."""

    measures: dict[str, str]  # normalised trigger word -> measure
    trigger_window: int
    trigger_after: int
    people_nouns: frozenset[str]
    part_markers: frozenset[str]
    qualifiers: dict[str, str]
    qualifier_before: int
    qualifier_after: int
    relative_pronouns: frozenset[str]  # "المصابين الـ27، الذين تم إخلاؤهم": a relative clause narrows the count
    among_markers: frozenset[str]  # "36 قتيلا بينهم أطفال": after the noun, the count is the whole
    update_markers: frozenset[str]
    background_days: int
    rhetorical_clause: frozenset[str]
    rhetorical_before: frozenset[str]
    duration_nouns: frozenset[str]
    age_nouns: frozenset[str]
    age_markers: frozenset[str]
    roles: dict[str, str]  # normalised role word -> role id
    money_units: frozenset[str]
    percent_words: frozenset[str]
    percent_prepositions: frozenset[str]  # "في" of "57 في المائة"
    anchor_skip: frozenset[str]
    generic_nouns: frozenset[str]
    clitics: tuple[str, ...]
    clock_words: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()  # "حتى", "بعد", "فقط" after a figure: never its counted noun
    count_heads: frozenset[str] = frozenset()  # "عدد": the noun after it is what a figure of no noun counts
    count_head_reach: int = 0
    exposure_verbs: frozenset[str] = frozenset()  # "تعرض": the count's measure is the verb's object after it
    exposure_objects: dict[str, str] = field(default_factory=dict)  # "للإصابة" -> wounded
    exposure_reach: int = 0
    exposure_disease: str = ""  # "للإصابة بـ": caught, not wounded
    carrying_verbs: frozenset[str] = frozenset()  # "تقل": the count after it is a vehicle's passengers
    rider_nouns: frozenset[str] = frozenset()
    carried_subject: str = ""
    cumulative_measures: frozenset[str] = frozenset()
    verdict_measures: frozenset[str] = frozenset()  # a verdict's sentences: they win over the counted noun's measure
    verdict_words: frozenset[str] = frozenset()  # "حكما بإعدام": the verdict's word before a sentence
    pronounced: dict[str, str] = field(default_factory=dict)  # an execution's measure -> the sentence's, after a verdict word
    pronounced_reach: int = 0
    pronounced_prefix: str = ""  # "بإعدام": the preposition of a sentence "to" something
    carried_out_words: frozenset[str] = frozenset()  # "بتنفيذ 246 حكما بالإعدام": executions done, not sentences
    carried_out: dict[str, str] = field(default_factory=dict)  # a sentence's measure -> the execution's
    carried_out_reach: int = 0
    revision_days: int = 2
    register_measures: frozenset[str] = frozenset()  # a register's tallies: no hourly moves on an unnamed day
    background_patterns: tuple[re.Pattern[str], ...] = ()
    magnitude_ratio: float = 3.0
    magnitude_min_gap: float = 0.0  # ...unless the two are no more than this far apart (2 vs 5)
    lost_scale_counts: tuple[int, int] = (0, 0)  # counts taking a plural noun: "10 برميل" lost its scale word
    background_reach: int = 80
    background_rx: re.Pattern[str] | None = None  # all background phrases, one alternation
    # "X this quarter, up 2.5% on the same quarter last year (Y)": a comparison word between a figure and
    # a later background marker shields the figure (the marker dates the compared figure, not it)
    comparison_rx: re.Pattern[str] | None = None
    # "its lowest close since mid-2009": a record word just before a "since" marker dates the record
    record_rx: re.Pattern[str] | None = None
    since_words: frozenset[str] = frozenset()
    since_clause_marks: str = ""  # "، وهبط السعر 20% منذ بداية الربع": a since-phrase's clause starts after the mark
    record_when: frozenset[str] = frozenset()  # "منذ أبريل 2011، عند مقتل 22": the record's date dates what follows
    period_end_rx: re.Pattern[str] | None = None  # "المنتهية في", "كما في": a reporting period's end
    provisional: tuple[str, ...] = ()
    unit_aliases: dict[str, str] = field(default_factory=dict)  # normalised unit stem -> canonical stem
    # "1400 سنة ضوئية": a two-word unit whose first word alone is another unit (a year): "w1 w2" -> unit
    unit_phrases: dict[str, str] = field(default_factory=dict)
    context_window: int = 6
    context_threshold: float = 0.3
    static_days: int = 2  # a context-matched quantity printed this many days apart is still one figure
    fixed_counts: frozenset[str] = frozenset()  # "n:جنسي": counts of kinds or standing bodies, no running count
    static_days_named: int = 2  # the same, in a story someone named as one (one event by decision)
    clause_marks: tuple[str, ...] = ()  # "21.63%، وبلغت ربحية السهم ... 3.73": a percentage's clause ends here
    # a price of a traded thing told as the whole of a session already over (``alignment._closed_quote``)
    closed_yesterday: frozenset[str] = frozenset()
    closed_today: frozenset[str] = frozenset()
    closed_intraday: frozenset[str] = frozenset()
    closed_other: frozenset[str] = frozenset()
    priced_metrics: frozenset[str] = frozenset()  # metrics naming a traded thing (Brent, gold): kept apart as clusters
    reported_metrics: frozenset[str] = frozenset()  # measures of a statement (profit, EPS), not market quotes
    context_stopwords: frozenset[str] = frozenset()
    nisba_endings: tuple[str, ...] = ()  # a relational adjective's endings: see scope._classifier
    nationality_phrases: tuple[tuple[str, ...], ...] = ()  # "من الجنسية العمانية": the adjective after them
    moving_words: frozenset[str] = frozenset()
    distributive: frozenset[str] = frozenset()  # "كل" before a part marker: a figure for each
    sentence_qualifiers: dict[str, str] = field(default_factory=dict)  # a sentence's opening verb -> qualifier
    single_persons: frozenset[str] = frozenset()  # "مقتل طفل": one person of this kind
    circumstantial_verbs: frozenset[str] = frozenset()  # "رحل ابننا شهيدا": one death as a circumstance
    reference_heads: frozenset[str] = frozenset()  # "وأقارب الشهيدين": a definite dual told of before, no toll
    event_result_verbs: frozenset[str] = frozenset()  # "التفجير الذي وقع الإثنين وأسفر عن": a day dating the event
    spanning_qualifiers: tuple[tuple[str, ...], ...] = ()  # qualifiers that, named together, span the whole
    implied_qualifiers: dict[str, frozenset[str]] = field(default_factory=dict)  # measure -> what it already says
    ordinal_nouns: frozenset[str] = frozenset()  # "الأسبوع الـ 133": the number is a rank
    member_nouns: frozenset[str] = frozenset()  # "ثلاثة من أفراد عائلة": the holder is the noun after them
    # a holder's key -> its group's key: "أسرته", "ذويه" name the family "عائلته" names (scope.json, holder_synonyms)
    holder_synonyms: dict[str, str] = field(default_factory=dict)
    whose_number: frozenset[str] = frozenset()  # "الذين بلغ عددهم 100 ما زالوا": the clause ends at the count
    now_words: frozenset[str] = frozenset()  # "7 حالات تخضع للعلاج حاليا": a stock today, not a period's total
    now_reach: int = 6  # ...within this many words after the count, in its clause
    single_triggers: frozenset[str] = frozenset()  # ...after one of these verbal nouns (not a verb: "قتل رجل زوجته")
    dual_persons: dict[str, str] = field(default_factory=dict)  # "مقتل جنديين": two of them (dual -> singular)
    dual_verb_triggers: frozenset[str] = frozenset()  # "وأصيب جنديان": verbs whose dual subject is the casualty
    dual_objects: dict[str, str] = field(default_factory=dict)  # "شخصين جرفهما السيل": a verb after -> its measure
    another: frozenset[str] = frozenset()  # "وإصابة طفل آخر": one more, not one in all
    grammar: Grammar = Grammar()  # the language's clitics, article, partitive (grammar.json)
    update_to: frozenset[str] = frozenset()  # "ارتفع عدد ... إلى 29": the "to" of a revision
    part_reach: int = 0  # words a part's members may add between a count and its trigger
    metrics: dict[str, str] = field(default_factory=dict)  # stemmed word -> what an amount measures (profit, cost)
    periods: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (period id, pattern) of a reporting period (Q2, H1)
    forecast_words: frozenset[str] = frozenset()  # an amount after these is expected, not reported
    change_words: frozenset[str] = frozenset()  # right before an amount: a change of a level, not the level
    rate_words: frozenset[str] = frozenset()  # "بنسبة": a percentage after these is a rate (of a named change)
    change_reach: int = 2  # words between a change word and the measure it changes ("تراجع إجمالي الإيرادات")
    percent_up: frozenset[str] = frozenset()  # "بزيادة قدرها 35 في المائة": a percentage that is a rise
    percent_down: frozenset[str] = frozenset()  # "بانخفاض قدره 22 في المائة": ... a fall
    percent_direction_reach: int = 4  # words back from a percentage's figure to its direction word
    # a restatement ("المنشورة سابقا والبالغة 1,340 مليون ريال لتصبح الأرباح المعدلة 1,270 مليون"): see scope.json, restatements
    restate_becoming: frozenset[str] = frozenset()  # "لتصبح": the amount after it replaces the one before it
    restate_by: frozenset[str] = frozenset()  # "بمبلغ 863 مليون": the size of the change, no level
    restate_periods: tuple[tuple[str, re.Pattern[str], str], ...] = ()  # (period id, pattern, its last day "MM-DD")
    restate_reach: int = 10  # words at most between the replaced amount and the becoming word
    increment_words: frozenset[str] = frozenset()  # "15 جثة جديدة": 15 more, not 15 in all
    # "دون سقوط ضحايا": a casualty noun (-> its measure) after a negation and fillers only, within a reach
    none_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a noun -> the measures it counts none of
    none_negators: frozenset[str] = frozenset()
    none_fillers: frozenset[str] = frozenset()
    none_reach: int = 0
    none_human: frozenset[str] = frozenset()  # "خسائر", "أضرار": casualties only before "بشرية", "بالأرواح"
    none_human_marks: frozenset[str] = frozenset()
    none_verbs: frozenset[str] = frozenset()  # "لم تخلف تلك الأمطار أي مكروه": a result verb, its subject between
    none_subject: int = 0  # words of a subject at most between the result verb and the fillers
    none_not_after: frozenset[str] = frozenset()  # "دون إصابات تذكر", "بين صفوف العاملين": not none of all
    increment_after: frozenset[str] = frozenset()  # "ارتفع ... إلى 31 بعد انتشال 13 جثة": 13 more
    later_deaths: tuple[str, ...] = ()  # "... وإصابة ثلاثة، فارق أحدهم الحياة": a death added to the toll before
    subject_suffixes: tuple[str, ...] = ()  # a verb ending so ("قتلوا") already has its subject
    period_patterns: tuple[re.Pattern[str], ...] = ()  # "منذ الجمعة", "خلال 24 ساعة": a count over a period
    period_reach: int = 60
    rank_phrases: tuple[tuple[str, ...], ...] = ()  # "في صفوف": the next word is a casualty count's holder
    rank_reach: int = 3
    # "لا تتجاوز", "الحد الأقصى": an amount after one is a limit set by a rule, not a figure of the event
    limit_rx: re.Pattern[str] | None = None
    limit_reach: int = 40
    # a count of the "wounded" where a disease is named is a count of infections (scope.json, infection)
    disease_words: frozenset[str] = frozenset()
    wound_words: frozenset[str] = frozenset()
    infection_article_min: int = 2
    case_measures: frozenset[str] = frozenset()  # "n:حاله": a count of cases, infections where a disease is named
    amounting_words: frozenset[str] = frozenset()  # "والبالغة 472 مليون": amounting to, not "serious"
    trigger_breaks: frozenset[str] = frozenset()  # "إضافة إلى": the search for a count's measure stops here
    # an age in brackets right after a name ("رهام (26 عاما)"): the marks that open and close it, and the
    # titles and kinship words that stand before a name and are none ("وزوجته", "السيد")
    name_age_open: str = ""
    name_age_close: str = ""
    name_titles: frozenset[str] = frozenset()
    demonym_ending: str = ""  # "يمني": a country's adjective (its name's ending replaced by this)
    country_endings: tuple[str, ...] = ()  # ... the endings a country's name may have in its place
    era_words: frozenset[str] = frozenset()  # "645 ميلادي": the figure is a year of an era, no count
    # a span of time after a word naming what lasted ("بعقد يمتد لعامين"): scope.json, governed_durations
    duration_governors: dict[str, str] = field(default_factory=dict)  # word -> class of what lasted
    duration_reach: int = 0  # words a governor may stand before its span
    duration_since: frozenset[str] = frozenset()  # "منذ 16 شهرا": an elapsed time, no length
    duration_extra: frozenset[str] = frozenset()  # "لعامين آخرين": an added span
    duration_units: dict[str, tuple[float, float]] = field(default_factory=dict)  # unit word -> days (low, high)
    # "عامين" -> "عام", also behind one or two proclitics ("لعامين", "ولشهرين"): a plain dict, so the tokens
    # holding one are picked out by one C-level look-up each and no memo fills with an article's new words
    duration_duals: dict[str, str] = field(default_factory=dict)
    duration_about: frozenset[str] = frozenset()  # "لشهرين تقريبا": after the unit, about so long
    duration_aside: str = ""  # "(39 عامًا)": a mark closing the span, an aside (an age)


def _words(spec) -> list[str]:
    if isinstance(spec, dict):
        spec = spec.get("words", spec.get("phrases", []))
    return [w for w in spec if not w.startswith("_")]


def _word_to_key(groups: dict[str, list[str]]) -> dict[str, str]:
    """{"killed": ["مقتل", ...]} → {"مقتل": "killed", ...} in normalised spelling (first key wins)."""
    out: dict[str, str] = {}
    for key, words in groups.items():
        if not key.startswith("_"):
            for w in words:
                out.setdefault(normalise_text(w), key)
    return out


def _phrase_rx(phrases, g: Grammar) -> re.Pattern[str] | None:
    """One regex for a set of phrases: whole words, an optional clitic before, longest first."""
    # as a trie: the same matches as the phrases sorted longest first and joined by "|" (word_trie)
    alts = word_trie(phrases, None)
    clitic = f"[{re.escape(g.proclitics)}]?" if g.proclitics else ""
    return re.compile(rf"(?<!\w){clitic}(?:{alts})(?!\w)") if alts else None


@lru_cache(maxsize=8)
def scope_rules(language: str = "ar") -> ScopeRules:
    raw = load_lexicon(language, "scope")
    measures = _word_to_key(raw.get("measures", {}))
    quals = _word_to_key(raw.get("qualifiers", {}))
    roles = _word_to_key(raw.get("singular_roles", {}))
    rh = raw.get("rhetorical_markers", {})
    ctx = raw.get("context", {})
    cn = load_lexicon(language, "counted_nouns")
    g = grammar(language)
    bm = raw.get("background_markers", {})  # its phrases, and the words that bound a marker's reach
    spans = raw.get("governed_durations", {})  # lengths of what a word before them names
    vm = raw.get("verdict_measures", {})  # a verdict's sentences, and the words that tell one from an execution
    sc = ScopeRules(
        measures=measures, trigger_window=int(raw.get("trigger_window", 5)),
        trigger_after=int(raw.get("trigger_after", 4)),
        people_nouns=normalised_set(_words(raw.get("people_nouns", []))),
        part_markers=normalised_set(raw.get("part_markers", [])), qualifiers=quals,
        qualifier_before=int(raw.get("qualifier_before", 4)), qualifier_after=int(raw.get("qualifier_after", 6)),
        relative_pronouns=normalised_set(raw.get("relative_pronouns", [])),
        among_markers=normalised_set(raw.get("among_markers", [])),
        update_markers=normalised_set(raw.get("update_markers", [])),
        background_days=int(raw.get("background_days", 10)),
        rhetorical_clause=normalised_set(rh.get("clause", [])), rhetorical_before=normalised_set(rh.get("just_before", [])),
        duration_nouns=normalised_set(raw.get("duration_nouns", [])), age_nouns=normalised_set(raw.get("age_nouns", [])),
        age_markers=normalised_set(raw.get("age_markers", [])), roles=roles,
        money_units=normalised_set(raw.get("money_units", [])), percent_words=normalised_set(raw.get("percent_words", [])),
        percent_prepositions=normalised_set(raw.get("percent_prepositions", [])),
        anchor_skip=normalised_set(raw.get("anchor_skip", [])), era_words=normalised_set(raw.get("era_words", [])), generic_nouns=normalised_set(_words(raw.get("generic_nouns", []))),
        clitics=tuple(sorted({normalise_text(p) for p in cn.get("prefixes", [])}, key=len, reverse=True)),
        clock_words=normalised_set(_words(raw.get("clock_words", []))),
        function_words=normalised_set(_words(raw.get("function_words", []))),
        count_heads=normalised_set(_words(raw.get("count_heads", []))),
        count_head_reach=int(raw.get("count_heads", {}).get("reach", 0)),
        exposure_verbs=normalised_set(raw.get("exposure", {}).get("verbs", [])),
        exposure_objects=_word_to_key(raw.get("exposure", {}).get("objects", {})),
        exposure_reach=int(raw.get("exposure", {}).get("reach", 0)),
        exposure_disease=normalise_text(raw.get("exposure", {}).get("disease_preposition", "")),
        carrying_verbs=normalised_set(raw.get("carried", {}).get("verbs", [])),
        rider_nouns=normalised_set(raw.get("carried", {}).get("nouns", [])),
        carried_subject=str(raw.get("carried", {}).get("subject", "")),
        cumulative_measures=frozenset(raw.get("cumulative_measures", [])),
        verdict_measures=frozenset(vm.get("measures", [])), verdict_words=spec_words(vm, "verdict_words"),
        pronounced=dict(vm.get("pronounced", {})), pronounced_reach=int(vm.get("pronounced_reach", 0)),
        pronounced_prefix=normalise_text(str(vm.get("pronounced_prefix", ""))),
        carried_out_words=spec_words(vm, "carried_out_words"), carried_out=dict(vm.get("carried_out", {})),
        carried_out_reach=int(vm.get("carried_out_reach", 0)), revision_days=int(raw.get("revision_days", 2)),
        register_measures=frozenset(raw.get("register_measures", [])),
        background_patterns=tuple(re.compile(normalise_pattern(x)) for x in raw.get("background_patterns", {}).get("patterns", [])),
        background_rx=_phrase_rx(normalised_set(_words(bm)), g),
        comparison_rx=_phrase_rx(normalised_set(bm.get("comparison_words", [])), g),
        record_rx=_phrase_rx(normalised_set(bm.get("record_words", [])), g),
        since_words=normalised_set(bm.get("since_words", [])),
        since_clause_marks="".join(bm.get("since_clause_marks", [])),
        record_when=normalised_set(bm.get("record_when", [])),
        period_end_rx=_phrase_rx(normalised_set(bm.get("period_end", [])), g),
        grammar=g,
        magnitude_ratio=float(raw.get("magnitude_ratio", 3)),
        magnitude_min_gap=float(raw.get("magnitude_min_gap", 0)),
        lost_scale_counts=tuple(int(x) for x in raw.get("lost_scale", {}).get("plural_counts", [0, 0]))[:2],  # type: ignore[arg-type]
        background_reach=int(raw.get("background_reach", 80)),
        provisional=tuple(sorted(normalised_set(_words(raw.get("provisional_markers", []))), key=len, reverse=True)),
        unit_aliases={normalise_text(k): normalise_text(v) for k, v in raw.get("unit_aliases", {}).items() if not k.startswith("_")},
        unit_phrases={normalise_text(k): normalise_text(v).replace(" ", "_") for k, v in raw.get("unit_phrases", {}).items()
                      if not k.startswith("_")},
        context_window=int(ctx.get("window", 6)), context_threshold=float(ctx.get("threshold", 0.3)),
        static_days=int(ctx.get("static_days", 2)),
        fixed_counts=frozenset(m for m in raw.get("fixed_counts", {}).get("measures", []) if not m.startswith("_")),
        static_days_named=int(ctx.get("static_days_named", ctx.get("static_days", 2))),
        clause_marks=tuple(ctx.get("clause_marks", [])),
        reported_metrics=frozenset(ctx.get("reported_metrics", [])),
        priced_metrics=frozenset(ctx.get("priced_metrics", [])),
        closed_yesterday=normalised_set(ctx.get("closed_session", {}).get("yesterday", [])),
        closed_today=normalised_set(ctx.get("closed_session", {}).get("today", [])),
        closed_intraday=normalised_set(ctx.get("closed_session", {}).get("intraday", [])),
        closed_other=normalised_set(ctx.get("closed_session", {}).get("other_figures", [])),
        context_stopwords=normalised_set(ctx.get("stopwords", [])), moving_words=normalised_set(ctx.get("moving_words", [])),
        nisba_endings=tuple(normalise_text(e) for e in raw.get("nisba_endings", [])),
        nationality_phrases=tuple(tuple(normalise_text(p).split()) for p in raw.get("nationality_phrases", [])),
        distributive=normalised_set(raw.get("distributive_markers", [])),
        single_persons=normalised_set(_words(raw.get("single_persons", {}))),
        sentence_qualifiers=_word_to_key(raw.get("sentence_qualifiers", {})),
        circumstantial_verbs=normalised_set(_words(raw.get("circumstantial_verbs", []))),
        reference_heads=normalised_set(_words(raw.get("reference_heads", []))),
        event_result_verbs=normalised_set(_words(raw.get("event_result_verbs", []))),
        spanning_qualifiers=tuple(tuple(g) for g in raw.get("spanning_qualifiers", {}).get("groups", [])),
        implied_qualifiers={m: frozenset(qs) for m, qs in raw.get("implied_qualifiers", {}).items()
                            if not m.startswith("_")},
        ordinal_nouns=normalised_set(_words(raw.get("ordinal_nouns", []))),
        member_nouns=normalised_set(_words(raw.get("member_nouns", []))),
        single_triggers=normalised_set(raw.get("single_persons", {}).get("triggers", [])),
        dual_persons={normalise_text(k): normalise_text(v) for k, v in raw.get("single_persons", {}).get("duals", {}).items()},
        dual_verb_triggers=normalised_set(raw.get("single_persons", {}).get("verb_triggers", [])),
        dual_objects={normalise_text(w): m for m, ws in raw.get("single_persons", {}).get("dual_objects", {}).items()
                      if not m.startswith("_") for w in ws},
        another=normalised_set(_words(raw.get("another", []))),
        now_words=normalised_set(_words(raw.get("now_words", {}))),
        whose_number=normalised_set(_words(raw.get("whose_number", {}))),
        now_reach=int(raw.get("qualifier_after", 6)),
        increment_words=normalised_set(_words(raw.get("increment_words", []))),
        none_nouns=_none_nouns(raw.get("no_casualties", {})),
        none_human=normalised_set(raw.get("no_casualties", {}).get("human", {}).get("nouns", [])),
        none_human_marks=normalised_set(raw.get("no_casualties", {}).get("human", {}).get("marks", [])),
        none_verbs=normalised_set(raw.get("no_casualties", {}).get("result_verbs", {}).get("words", [])),
        none_subject=int(raw.get("no_casualties", {}).get("result_verbs", {}).get("subject_reach", 0)),
        none_not_after=normalised_set(raw.get("no_casualties", {}).get("not_after", {}).get("words", [])),
        none_negators=normalised_set(raw.get("no_casualties", {}).get("negators", [])),
        none_fillers=normalised_set(raw.get("no_casualties", {}).get("fillers", [])),
        none_reach=int(raw.get("no_casualties", {}).get("reach", 0)),
        increment_after=normalised_set(raw.get("increment_words", {}).get("after", [])),
        later_deaths=tuple(normalise_text(x) for x in raw.get("later_deaths", {}).get("phrases", [])),
        subject_suffixes=tuple(normalise_text(x) for x in _words(raw.get("subject_suffixes", []))),
        update_to=normalised_set(raw.get("update_to", [])), part_reach=int(raw.get("part_reach", 0)),
        # one alternation: a sentence is scanned once, not once per pattern
        period_patterns=tuple(re.compile("|".join(f"(?:{normalise_pattern(x)})" for x in pats))
                              for pats in [raw.get("period_patterns", {}).get("patterns", [])] if pats),
        period_reach=int(raw.get("period_patterns", {}).get("reach", 60)),
        rank_phrases=tuple(tuple(normalise_text(w) for w in p.split()) for p in _words(raw.get("rank_phrases", {}))),
        rank_reach=int(raw.get("rank_phrases", {}).get("reach", 3)),
        limit_rx=_phrase_rx(normalised_set(_words(raw.get("limit_markers", {}))), g),
        limit_reach=int(raw.get("limit_markers", {}).get("reach", 40)),
        metrics=_word_to_key(ctx.get("metrics", {})),
        forecast_words=normalised_set(ctx.get("forecast_words", [])), change_words=normalised_set(ctx.get("change_words", [])),
        rate_words=normalised_set(ctx.get("rate_words", [])), change_reach=int(ctx.get("change_reach", 2)),
        percent_up=normalised_set(ctx.get("percent_directions", {}).get("up", [])),
        percent_down=normalised_set(ctx.get("percent_directions", {}).get("down", [])),
        percent_direction_reach=int(ctx.get("percent_directions", {}).get("reach", 4)),
        periods=tuple((k, re.compile(normalise_pattern(x))) for k, x in ctx.get("periods", {}).items()
                      if not k.startswith("_")),
        restate_becoming=normalised_set(_words(raw.get("restatements", {}).get("becoming", []))),
        restate_by=normalised_set(_words(raw.get("restatements", {}).get("by_amount", []))),
        restate_periods=tuple(
            (k, re.compile(normalise_pattern(raw.get("restatements", {}).get("extra_periods", {}).get(k) or ctx.get("periods", {})[k])), end)
            for k, end in raw.get("restatements", {}).get("period_ends", {}).items() if not k.startswith("_")),
        restate_reach=int(raw.get("restatements", {}).get("reach", 10)),
        disease_words=normalised_set(raw.get("infection", {}).get("disease_words", [])),
        wound_words=normalised_set(raw.get("infection", {}).get("wound_words", [])),
        infection_article_min=int(raw.get("infection", {}).get("article_min", 2)),
        amounting_words=normalised_set(_words(raw.get("amounting_words", {}))),
        trigger_breaks=normalised_set(_words(raw.get("trigger_breaks", {}))),
        name_age_open=raw.get("named_ages", {}).get("open", ""),
        name_age_close=raw.get("named_ages", {}).get("close", ""),
        name_titles=normalised_set(raw.get("named_ages", {}).get("titles", [])),
        demonym_ending=normalise_text(raw.get("named_ages", {}).get("adjective_ending", "")),
        country_endings=tuple(normalise_text(e) for e in raw.get("named_ages", {}).get("name_endings", [])),
        duration_governors=_word_to_key(spans.get("governors", {})),
        duration_reach=int(spans.get("reach", 0)),
        duration_since=normalised_set(spans.get("since", [])),
        duration_extra=normalised_set(spans.get("extra", [])),
        duration_units={normalise_text(k): (float(v[0]), float(v[1]))
                        for k, v in spans.get("units", {}).items() if not k.startswith("_")},
        duration_duals={p + normalise_text(k): normalise_text(v)
                        for k, v in spans.get("duals", {}).items() if not k.startswith("_")
                        for p in ("", *g.proclitics, *(a + b for a in g.proclitics for b in g.proclitics if a != b))},
        duration_about=normalised_set(spans.get("about_after", [])),
        duration_aside=spans.get("aside_close", ""),
    )
    # fields read through the stemmer, which needs the rules built: the counted nouns of "cases", and
    # every stopword in every form the stemmer gives it ("وبلغت" and "فبلغت" stem to "لغت", the ب read as
    # a clitic, which must say no more about a figure than "بلغت" does)
    return replace(
        sc, holder_synonyms=_holder_synonyms(raw.get("holder_synonyms", {}), sc),
        case_measures=frozenset(f"n:{counted_stem(w, sc)}" for w in normalised_set(raw.get("infection", {}).get("case_nouns", []))),
        context_stopwords=sc.context_stopwords | {stem_word(w, sc) for w in sc.context_stopwords})


def _holder_synonyms(groups: dict[str, list[str]], sc: ScopeRules) -> dict[str, str]:
    """{group: [words]} -> {holder key: the group's key} for every key a word may take as a holder (stemmed with
    or without clitics, its article and ta marbuta off or on: each path to a holder stems its word its own way);
    the group's key is its first word's, as "من أفراد عائلة" keys it."""
    out: dict[str, str] = {}
    g = sc.grammar
    for name, words in groups.items():
        if name.startswith("_") or not words:
            continue
        forms = [normalise_text(w) for w in words]
        canon = without_ta(stem_word(g.without_article(forms[0]), sc, clitics=False), sc)
        for w in forms:
            for x in {w, g.without_article(w)}:
                for st in (stem_word(x, sc), stem_word(x, sc, clitics=False)):
                    out.setdefault(st, canon)
                    out.setdefault(without_ta(st, sc), canon)
    return out


# lookup_noun results per FactRules object (rules are built once per language and
# never change; the object is kept in the value so its id cannot be reused).
_NOUN_CACHE: dict[int, tuple[FactRules, dict[str, tuple[Noun, bool] | None]]] = {}
_NOUN_CACHE_MAX = 65536


def noun_cache(rules: FactRules) -> dict[str, tuple[Noun, bool] | None]:
    """The lookup_noun cache of ``rules`` (word -> result)."""
    entry = _NOUN_CACHE.get(id(rules))
    if entry is None or entry[0] is not rules:
        entry = _NOUN_CACHE[id(rules)] = (rules, {})
    return entry[1]


def lookup_noun(word: str, rules: FactRules) -> tuple[Noun, bool] | None:
    """(noun, is_dual) for a token that names a counted thing, clitics stripped (cached)."""
    cache = noun_cache(rules)
    try:
        return cache[word]
    except KeyError:
        pass
    if len(cache) >= _NOUN_CACHE_MAX:
        cache.clear()
    hit = cache[word] = _lookup_noun(word, rules)
    return hit


# noun prefixes by their first letter and suffixes by their last, in the rules' order, per FactRules
# (rules kept in the entry so the id cannot be reused): a word is tried against the two or three
# affixes it could carry, not all of them.  Every new word of an article comes to _lookup_noun
# (~60 an article: news vocabulary keeps growing), so this is most of the cost of a cache miss.
_AFFIXES: dict[int, tuple[FactRules, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {}


def _affixes(rules: FactRules) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
    entry = _AFFIXES.get(id(rules))
    if entry is None or entry[0] is not rules:
        if "" in rules.noun_prefixes or "" in rules.noun_suffixes:
            return None  # an empty affix fits every word: no index
        pre: dict[str, tuple[str, ...]] = {}
        for p in rules.noun_prefixes:
            pre[p[0]] = pre.get(p[0], ()) + (p,)
        suf: dict[str, tuple[str, ...]] = {}
        for x in rules.noun_suffixes:
            suf[x[-1]] = suf.get(x[-1], ()) + (x,)
        entry = _AFFIXES[id(rules)] = (rules, pre, suf)
    return entry[1], entry[2]


def _lookup_noun(word: str, rules: FactRules) -> tuple[Noun, bool] | None:
    index = _affixes(rules)
    cands = [word]
    for p in rules.noun_prefixes if index is None else index[0].get(word[:1], ()):
        if word.startswith(p) and len(word) - len(p) >= 3:
            cands.append(word[len(p):])
    for c in list(cands):
        for s in rules.noun_suffixes if index is None else index[1].get(c[-1:], ()):
            if c.endswith(s) and len(c) - len(s) >= 3:
                cands.append(c[: -len(s)])
    for c in cands:
        if c in rules.dual:
            return rules.dual[c], True
        if c in rules.nouns:
            return rules.nouns[c], False
    return None


def in_words(word: str, words: frozenset[str] | dict, g: Grammar) -> bool:
    """``word`` or ``word`` without its proclitic is one of ``words``."""
    # g.strip_conj(word) spelt out (no list, no generator: ~150 calls an article)
    return word in words or (len(word) > 3 and word[0] in g.proclitics and word[1:] in words)


_IN_WORDS: dict[tuple[int, int], tuple[object, Grammar, Memo[str, bool]]] = {}


def in_words_memo(words: frozenset[str] | dict, g: Grammar) -> Memo[str, bool]:
    """``in_words(w, words, g)`` memoised per (``words``, ``g``) (both kept in the entry so their
    ids cannot be reused): ``memo[w]``, or every token of a window tested by one C-level map."""
    entry = _IN_WORDS.get((id(words), id(g)))
    if entry is None or entry[0] is not words or entry[1] is not g:
        if len(_IN_WORDS) >= 1024:
            _IN_WORDS.clear()
        entry = _IN_WORDS[(id(words), id(g))] = (words, g, Memo(lambda w: in_words(w, words, g)))
    return entry[2]


def stem_word(word: str, sc: ScopeRules, clitics: bool = True) -> str:
    """A counted noun without clitics and its case/number ending (شخصا → شخص, سعوديين → سعودي); shared with alignment.

    ``clitics=False`` for the noun right after a number: no clitic can stand there, and stripping one
    made "700 لاعب" a count of "اعب" and "42 فردا" one of "ردا" (a name a room would see)."""
    w = word
    for p in (sc.clitics if clitics else ()):
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    g = sc.grammar
    for suf, repl in g.plural_endings:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)] + repl
    if g.accusative_ending and w.endswith(g.accusative_ending) and len(w) >= 4:
        w = w[:-len(g.accusative_ending)]
    return w


def context_stem(word: str, sc: ScopeRules) -> str:
    """A context word's key: ``stem_word`` and then a one-letter proclitic off what is left
    (``context_key`` of the stem)."""
    return context_key(stem_word(word, sc), sc)


def context_key(stem: str, sc: ScopeRules) -> str:
    """A stem (``stem_word``) without a one-letter proclitic left on it, as context words are keyed.

    ``stem_word`` strips one prefix: the article of "الودائع" (leaving "ودايع") but the conjunction of
    "ودائع" (leaving "دايع"), so the two spellings of one word around two outlets' figures never met.
    Stripping the one letter again after an article keys both as "دايع"; a word whose first letter is its
    own ("وزير") loses it both ways, which only matters if another word is the same once cut, and a
    context is a bag of words compared by their overlap."""
    if stem[:1] and any(len(p) == 1 and stem.startswith(p) for p in sc.clitics) and len(stem) - 1 >= 3:
        return stem[1:]
    return stem


def counted_stem(word: str, sc: ScopeRules) -> str:
    """The counted noun right after a number as quantities are keyed: ``stem_word`` without clitics (none
    can stand there) and without a final ta marbuta, so that the singular and the sound feminine plural
    meet: Arabic counts 3-10 in the plural and 11-99 in the singular ("8 ميداليات", "23 ميدالية"), and the
    two were two quantities (ميدالي, ميداليه) never compared."""
    return without_ta(stem_word(word, sc, clitics=False), sc)


def without_ta(stem: str, sc: ScopeRules) -> str:
    """A stem without its final ta marbuta (see ``counted_stem``), kept when fewer than 3 letters would remain."""
    ta = sc.grammar.ta_marbuta
    return stem[:-len(ta)] if ta and stem.endswith(ta) and len(stem) - len(ta) >= 3 else stem


# lookup_word results per (table, grammar): the scope rules look up the same few hundred words in
# the same ~20 tables ~200 times an article (~4% of the per-article time before this cache).  The
# tables belong to rules objects built once per language and never changed; the objects are kept
# in the entry so their ids cannot be reused.
_WORD_CACHE_MAX = 65536  # words per table; tables: a few dozen per language


class WordMemo(dict):
    """word -> ``_lookup_word(word, table, g)`` of one (table, grammar), computed on first use.

    A dict whose ``__missing__`` fills it: a hit is one C-level ``memo[word]`` (``dict.__getitem__``),
    so callers that test many words (``any(map(memo.__getitem__, words))``) stay in C."""

    __slots__ = ("table", "g")

    def __init__(self, table, g: Grammar) -> None:
        super().__init__()
        self.table, self.g = table, g

    def __missing__(self, word: str) -> str | None:
        if len(self) >= _WORD_CACHE_MAX:
            self.clear()
        hit = self[word] = _lookup_word(word, self.table, self.g)
        return hit


_WORD_CACHE: dict[tuple[int, int], WordMemo] = {}


def word_memo(table, g: Grammar) -> WordMemo:
    """The ``lookup_word`` memo of (``table``, ``g``): ``word_memo(t, g)[w] == lookup_word(w, t, g)``."""
    memo = _WORD_CACHE.get((id(table), id(g)))
    if memo is None or memo.table is not table or memo.g is not g:
        if len(_WORD_CACHE) >= 1024:
            _WORD_CACHE.clear()
        memo = _WORD_CACHE[(id(table), id(g))] = WordMemo(table, g)
    return memo


class WordTables:
    """The ``lookup_word`` memos of one rules object's tables, by attribute name:
    ``word_tables(sc, g).measures[w] == lookup_word(w, sc.measures, g)`` (one attribute read and
    one C-level dict look-up instead of a call)."""

    def __init__(self, rules: object, g: Grammar) -> None:
        self._rules, self._g = rules, g

    def __getattr__(self, name: str) -> WordMemo:
        if name.startswith("_"):
            raise AttributeError(name)
        memo = word_memo(getattr(self._rules, name), self._g)
        setattr(self, name, memo)
        return memo


_TABLES: dict[tuple[int, int], WordTables] = {}


def word_tables(rules: object, g: Grammar) -> WordTables:
    """The ``WordTables`` of (``rules``, ``g``), kept per pair (the objects are kept in it)."""
    t = _TABLES.get((id(rules), id(g)))
    if t is None or t._rules is not rules or t._g is not g:
        if len(_TABLES) >= 64:
            _TABLES.clear()
        t = _TABLES[(id(rules), id(g))] = WordTables(rules, g)
    return t


def lookup_word(word: str, table, g: Grammar) -> str | None:
    """The entry of ``table`` (a set: the word found; a dict: its value) for ``word`` as written,
    without its proclitic, or without its article (cached per table)."""
    return word_memo(table, g)[word]


def _lookup_word(word: str, table, g: Grammar) -> str | None:
    for w in g.strip_conj(word):
        if w in table:
            return table[w] if isinstance(table, dict) else w
        if g.starts_with_article(w):
            bare = g.without_article(w)
            if bare in table:
                return table[bare] if isinstance(table, dict) else bare
    return None
