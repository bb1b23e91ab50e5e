"""Checkable facts in one article: numbers, dates/times, entities and claims.

Every fact carries its exact span in ``Article.text``, a canonical value and
a *subject* saying what the value is about ("drones_total",
"fatah_seats:2021", "qaani_arrival", "responsibility_claimed").  Alignment
only compares facts with the same subject, so the subject is where false
conflicts are avoided: 73 Sadrist seats and 16 Fatah seats get different
subjects, 48 Fatah seats in 2018 and 16 in 2021 too.

Matching runs on normalised text (``analysis.text.textnorm``) and spans are mapped
back to the original.  All words and patterns are data:
``data/lexicons/<lang>/{facts,counted_nouns,gazetteer,numbers,months,
weekdays,relative_time}.json``.

Counts (section "scope"; words in ``scope.json``, nothing story-specific):

* what is measured: a casualty/arrest trigger next to the number ("مقتل 32
  شخصا", "32 شخصا لقوا حتفهم", "القبض على 431"), a counted noun of the
  lexicon (drones, seats...), or the counted noun itself keyed with the word
  that governs it ("n:مساجد:تفجير"); amounts keyed with what they measure
  ("amount:ريال:سند");
* of whom: a non-generic noun after a casualty count ("مقتل 3 جنود"), a
  gazetteer party for seats, a singular role for ages ("bomber_age");
* narrowed how: qualifiers ("بجروح خطيرة" → serious), parts of a whole
  ("منهم", "بينهم", "N من الجرحى" → part; unclear parts are not compared);
* as of when: the day stated next to the figure, else the article's date;
  an update cue ("ارتفعت", "حصيلة جديدة") is kept on the fact;
* not a fact of the story, with the reason in ``Fact.note``: background near
  the figure (phrases, spans of years, a date weeks or years earlier, Hijri
  included), figures of speech and rates, durations, ages of an unclear
  person, a generic "one", counts of people with nothing saying what happened
  to them.

Dates/times: ``<person>_arrival`` when an arrival verb and a person share the
sentence; ``event_date`` near an event word; ``election_date`` near an
election word; times next to a reporting verb are when something was reported
and get no subject.  Entities: subject ``entity:<type>``, never aligned.
Claims: regular expressions from facts.json ("لم تعلن أي جهة مسؤوليتها"),
with the as-of day; "so far" denials are provisional (an update cue).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from analysis.facts.dates import DateMatch, find_dates, resolve_time, weekday_around
from analysis.lexicon import load_lexicon
from analysis.facts.numbers import NumberMatch, Token, find_numbers, format_range, parse_number_word, tokenize
from analysis.records import Fact, FactKind, Sentence
from analysis.text.segment import normalised_sentence_bounds, sentence_at
from analysis.text.textnorm import Normalised, normalise, normalise_text


def normalise_pattern(pattern: str) -> str:
    """A lexicon regex in normalised spelling (no casefold: it would turn \\S into \\s)."""
    return normalise(pattern, casefold=False).text


# --------------------------------------------------------------------------- lexicons

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
    alts = "|".join(
        _JOIN.join(re.escape(w) for w in key.split()) for key in sorted(by_variant, key=len, reverse=True)
    )
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
    party_nouns: frozenset[str] = frozenset()
    implicit_one_units: frozenset[str] = frozenset()
    generic_units: frozenset[str] = frozenset()  # nouns scoped by their context (persons, days...)


def _nset(words) -> frozenset[str]:
    return frozenset(normalise_text(w) for w in words)


@lru_cache(maxsize=8)
def fact_rules(language: str = "ar") -> FactRules:
    facts = load_lexicon(language, "facts")
    cn = load_lexicon(language, "counted_nouns")
    nouns: dict[str, Noun] = {}
    dual: dict[str, Noun] = {}
    implicit: dict[str, Noun] = {}
    for unit, spec in cn["nouns"].items():
        noun = Noun(unit, spec.get("subject", unit), tuple(spec.get("holder_types", ())),
                    bool(spec.get("year_scoped")), spec.get("default_qualifier", ""))
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
    event_subjects = tuple({**e, "triggers": _nset(e["triggers"])} for e in facts.get("event_subjects", []))
    date_subjects = tuple({**e, "triggers": _nset(e["triggers"])} for e in facts.get("date_subjects", []))
    nums = load_lexicon(language, "numbers")
    modifiers = sorted(
        ((normalise_text(w), kind) for kind, words in nums.get("modifiers", {}).items() if not kind.startswith("_")
         for w in words), key=lambda m: len(m[0]), reverse=True)
    return FactRules(
        modifiers=tuple(modifiers), about_tolerance=float(nums.get("about_tolerance", 0.1)),
        party_nouns=_nset(facts.get("party_nouns", [])),
        nouns=nouns, dual=dual, implicit_one=implicit,
        implicit_one_units=frozenset(n.unit for n in implicit.values()),
        generic_units=frozenset(u for u, spec in cn['nouns'].items() if spec.get('generic')),
        noun_prefixes=tuple(sorted({normalise_text(p) for p in cn.get("prefixes", [])}, key=len, reverse=True)),
        noun_suffixes=tuple(normalise_text(s) for s in cn.get("suffixes", [])),
        qualifiers=qualifiers, qualifier_window=int(facts.get("qualifier_window", 5)),
        total_phrases=tuple(p for p, _ in total_phrases) + tuple(
            normalise_text(w) for w in facts.get("total_before_number", []) if " " in w),
        report_verbs=_nset(facts.get("report_verbs", [])),
        report_before=int(facts.get("report_window_before", 4)),
        report_after=int(facts.get("report_window_after", 1)),
        complementisers=_nset(facts.get("complementisers", [])),
        event_subjects=event_subjects, event_window=int(facts.get("event_window", 15)),
        date_subjects=date_subjects, claims=claims, claim_implies=implies,
        aligned_kinds=frozenset(facts.get("aligned_kinds", ["number", "date", "time", "claim"])),
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
    anchor_skip: frozenset[str]
    generic_nouns: frozenset[str]
    clitics: tuple[str, ...]
    clock_words: frozenset[str] = frozenset()
    cumulative_measures: frozenset[str] = frozenset()
    revision_days: int = 2
    background_patterns: tuple[re.Pattern[str], ...] = ()
    magnitude_ratio: float = 3.0
    background_reach: int = 80
    background_rx: re.Pattern[str] | None = None  # all background phrases, one alternation
    provisional: tuple[str, ...] = ()
    unit_aliases: dict[str, str] = field(default_factory=dict)  # normalised unit stem -> canonical stem
    context_window: int = 6
    context_threshold: float = 0.3
    static_days: int = 2  # a context-matched quantity printed this many days apart is still one figure
    context_stopwords: frozenset[str] = frozenset()
    moving_words: frozenset[str] = frozenset()
    distributive: frozenset[str] = frozenset()  # "كل" before a part marker: a figure for each
    sentence_qualifiers: dict[str, str] = field(default_factory=dict)  # a sentence's opening verb -> qualifier
    single_persons: frozenset[str] = frozenset()  # "مقتل طفل": one person of this kind
    circumstantial_verbs: frozenset[str] = frozenset()  # "رحل ابننا شهيدا": one death as a circumstance
    ordinal_nouns: frozenset[str] = frozenset()  # "الأسبوع الـ 133": the number is a rank
    single_triggers: frozenset[str] = frozenset()  # ...after one of these verbal nouns (not a verb: "قتل رجل زوجته")
    dual_persons: dict[str, str] = field(default_factory=dict)  # "مقتل جنديين": two of them (dual -> singular)
    another: frozenset[str] = frozenset()  # "وإصابة طفل آخر": one more, not one in all


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


def _phrase_rx(phrases) -> re.Pattern[str] | None:
    """One regex for a set of phrases: whole words, an optional clitic before, longest first."""
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وفبل]?(?:{alts})(?!\w)") if alts else None


@lru_cache(maxsize=8)
def scope_rules(language: str = "ar") -> ScopeRules:
    raw = load_lexicon(language, "scope")
    measures = _word_to_key(raw.get("measures", {}))
    quals = _word_to_key(raw.get("qualifiers", {}))
    roles = _word_to_key(raw.get("singular_roles", {}))
    rh = raw.get("rhetorical_markers", {})
    ctx = raw.get("context", {})
    cn = load_lexicon(language, "counted_nouns")
    return ScopeRules(
        measures=measures, trigger_window=int(raw.get("trigger_window", 5)),
        trigger_after=int(raw.get("trigger_after", 4)),
        people_nouns=_nset(_words(raw.get("people_nouns", []))),
        part_markers=_nset(raw.get("part_markers", [])), qualifiers=quals,
        qualifier_before=int(raw.get("qualifier_before", 4)), qualifier_after=int(raw.get("qualifier_after", 6)),
        update_markers=_nset(raw.get("update_markers", [])),
        background_days=int(raw.get("background_days", 10)),
        rhetorical_clause=_nset(rh.get("clause", [])), rhetorical_before=_nset(rh.get("just_before", [])),
        duration_nouns=_nset(raw.get("duration_nouns", [])), age_nouns=_nset(raw.get("age_nouns", [])),
        age_markers=_nset(raw.get("age_markers", [])), roles=roles,
        money_units=_nset(raw.get("money_units", [])), percent_words=_nset(raw.get("percent_words", [])),
        anchor_skip=_nset(raw.get("anchor_skip", [])), generic_nouns=_nset(_words(raw.get("generic_nouns", []))),
        clitics=tuple(sorted({normalise_text(p) for p in cn.get("prefixes", [])}, key=len, reverse=True)),
        clock_words=_nset(_words(raw.get("clock_words", []))),
        cumulative_measures=frozenset(raw.get("cumulative_measures", [])), revision_days=int(raw.get("revision_days", 2)),
        background_patterns=tuple(re.compile(normalise_pattern(x)) for x in raw.get("background_patterns", {}).get("patterns", [])),
        background_rx=_phrase_rx(_nset(_words(raw.get("background_markers", [])))),
        magnitude_ratio=float(raw.get("magnitude_ratio", 3)),
        background_reach=int(raw.get("background_reach", 80)),
        provisional=tuple(sorted(_nset(_words(raw.get("provisional_markers", []))), key=len, reverse=True)),
        unit_aliases={normalise_text(k): normalise_text(v) for k, v in raw.get("unit_aliases", {}).items() if not k.startswith("_")},
        context_window=int(ctx.get("window", 6)), context_threshold=float(ctx.get("threshold", 0.3)),
        static_days=int(ctx.get("static_days", 2)),
        context_stopwords=_nset(ctx.get("stopwords", [])), moving_words=_nset(ctx.get("moving_words", [])),
        distributive=_nset(raw.get("distributive_markers", [])),
        single_persons=_nset(_words(raw.get("single_persons", {}))),
        sentence_qualifiers=_word_to_key(raw.get("sentence_qualifiers", {})),
        circumstantial_verbs=_nset(_words(raw.get("circumstantial_verbs", []))),
        ordinal_nouns=_nset(_words(raw.get("ordinal_nouns", []))),
        single_triggers=_nset(raw.get("single_persons", {}).get("triggers", [])),
        dual_persons={normalise_text(k): normalise_text(v) for k, v in raw.get("single_persons", {}).get("duals", {}).items()},
        another=_nset(_words(raw.get("another", []))),
    )


# lookup_noun results per FactRules object (rules are built once per language and
# never change; the object is kept in the value so its id cannot be reused).
_NOUN_CACHE: dict[int, tuple[FactRules, dict[str, tuple[Noun, bool] | None]]] = {}
_NOUN_CACHE_MAX = 65536


_MISSING = object()


def _noun_cache(rules: FactRules) -> dict[str, tuple[Noun, bool] | None]:
    """The lookup_noun cache of ``rules`` (word -> result)."""
    entry = _NOUN_CACHE.get(id(rules))
    if entry is None or entry[0] is not rules:
        entry = _NOUN_CACHE[id(rules)] = (rules, {})
    return entry[1]


def lookup_noun(word: str, rules: FactRules) -> tuple[Noun, bool] | None:
    """(noun, is_dual) for a token that names a counted thing, clitics stripped (cached)."""
    cache = _noun_cache(rules)
    try:
        return cache[word]
    except KeyError:
        pass
    if len(cache) >= _NOUN_CACHE_MAX:
        cache.clear()
    hit = cache[word] = _lookup_noun(word, rules)
    return hit


def _lookup_noun(word: str, rules: FactRules) -> tuple[Noun, bool] | None:
    cands = [word]
    for p in rules.noun_prefixes:
        if word.startswith(p) and len(word) - len(p) >= 3:
            cands.append(word[len(p):])
    for c in list(cands):
        for s in rules.noun_suffixes:
            if c.endswith(s) and len(c) - len(s) >= 3:
                cands.append(c[: -len(s)])
    for c in cands:
        if c in rules.dual:
            return rules.dual[c], True
        if c in rules.nouns:
            return rules.nouns[c], False
    return None


def _strip_conj(word: str) -> list[str]:
    """The word and the word without a leading و / ف / ب / ل (وأكدت, بتحديد)."""
    out = [word]
    if len(word) > 3 and word[0] in "وفبل":
        out.append(word[1:])
    return out


def _in(word: str, words: frozenset[str] | dict) -> bool:
    return any(w in words for w in _strip_conj(word))


# --------------------------------------------------------------------------- context

@dataclass
class _Context:
    """Per-article working state (normalised text, tokens, sentence of each token)."""

    text: str
    norm: object
    nt: str
    tokens: list[Token]
    tok_sentence: list[int]
    sentences: tuple[Sentence, ...]
    rules: FactRules
    reference: date | None
    entities: list[EntityMatch]
    _sent_memo: dict[int, int] = field(default_factory=dict)
    scope: ScopeRules | None = None
    dates: list[DateMatch] = field(default_factory=list)
    _date_starts: list[int] = field(default_factory=list)
    _sentence_scope: dict[int, "_SentenceScope"] = field(default_factory=dict)
    _sentence_tokens: dict[int, list[int]] | None = None  # sentence -> its token indices (built on first use)

    def orig(self, s: int, e: int) -> tuple[int, int]:
        return self.norm.to_original(s, e)

    def sentence_of(self, norm_offset: int) -> int:
        try:
            return self._sent_memo[norm_offset]
        except KeyError:
            pass
        if not self.norm.index:
            out = -1
        else:
            out = sentence_at(self.sentences, self.norm.index[min(norm_offset, len(self.norm.index) - 1)])
        self._sent_memo[norm_offset] = out
        return out

    def token_sentences(self) -> list[int]:
        """``sentence_of(t.start)`` for every token."""
        index, sentences = self.norm.index, self.sentences
        if not index:
            return [-1] * len(self.tokens)
        table = normalised_sentence_bounds(index, sentences)
        if table is None:
            return [self.sentence_of(t.start) for t in self.tokens]  # not ordered spans: search each
        # token starts are inside the text, so a bisect over the sentence bounds in
        # normalised offsets gives sentence_of(t.start), in C
        bounds, ids = table
        return [ids[bisect_right(bounds, t.start)] for t in self.tokens]

    def token_at(self, norm_offset: int) -> int:
        """Index of the first token starting at or after ``norm_offset``."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < norm_offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def clause_break_between(self, a: int, b: int) -> bool:
        return any(ch in "،,؛;:.!?؟\n" for ch in self.nt[a:b])


def _make_fact(ctx: _Context, s: int, e: int, kind: str, normalised: str, subject: str = "",
               unit: str = "", year: str = "") -> Fact:
    os_, oe = ctx.orig(s, e)
    # normalisation deleted the word's trailing marks (مقعداً): give them back to the span
    while oe < len(ctx.text) and normalise_text(ctx.text[oe]) == "" and not ctx.text[oe].isspace():
        oe += 1
    return Fact(os_, oe, FactKind(kind), ctx.text[os_:oe], normalised, subject, ctx.sentence_of(s), unit, year)


# --------------------------------------------------------------------------- numbers

@dataclass
class _Count:
    num: NumberMatch
    start: int
    end: int
    low: float
    high: float
    noun: Noun | None
    qualifier: str = ""
    person: str = ""  # "مقتل طفل": the one person counted (its stem), when the noun itself is the count


def _counts(ctx: _Context, numbers: list[NumberMatch], taken: list[tuple[int, int]]) -> list[_Count]:
    rules, toks = ctx.rules, ctx.tokens
    out: list[_Count] = []
    used_noun_tokens: set[int] = set()
    for nm in numbers:
        if nm.kind == "ordinal" or any(not (nm.end <= a or nm.start >= b) for a, b in taken):
            continue
        noun, end, k = None, nm.end, nm.token_end + 1
        # number then noun: "ثلاث طائرات", "العشرات من مقاعدها"
        for look in (k, k + 1):
            if look < len(toks) and (look == k or toks[k].text == "من"):
                hit = lookup_noun(toks[look].text, rules)
                if hit and not ctx.clause_break_between(nm.end, toks[look].start):
                    noun, end = hit[0], toks[look].end
                    used_noun_tokens.add(look)
                    # "طائرات مسيرة": swallow the rest of a multi-word noun
                    while look + 1 < len(toks):
                        nxt = lookup_noun(toks[look + 1].text, rules)
                        if not nxt or nxt[0].unit != noun.unit or ctx.nt[end:toks[look + 1].start].strip():
                            break
                        look += 1
                        end = toks[look].end
                        used_noun_tokens.add(look)
                    break
        start = nm.start
        # definite number after its noun: "المسيرات الثلاث", "طائرتين من الثلاث"
        if noun is None and nm.definite:
            for back in (nm.token_start - 1, nm.token_start - 2):
                if back >= 0 and not ctx.clause_break_between(toks[back].end, nm.start):
                    hit = lookup_noun(toks[back].text, rules)
                    if hit:
                        noun = hit[0]
                        if back == nm.token_start - 1:
                            start = toks[back].start
                        break
        # "اثنتين منها": the antecedent is the last counted noun in the sentence
        if noun is None and k < len(toks) and toks[k].text in ("منها", "منهم", "منهما"):
            sent = ctx.tok_sentence[nm.token_start]
            for back in range(nm.token_start - 1, max(-1, nm.token_start - 11), -1):
                if ctx.tok_sentence[back] != sent:
                    break
                hit = lookup_noun(toks[back].text, rules)
                if hit:
                    noun = hit[0]
                    break
        out.append(_Count(nm, start, end, nm.low, nm.high, noun))

    # dual nouns carry "2" themselves ("الطائرتين", "مسؤولان"); bare "قتيلا" is one
    num_tokens = {i for c in out for i in range(c.num.token_start, c.num.token_end + 1)}
    # a number right next to the noun with no noun of its own is the same count ("طائرتين اثنتين")
    bare_numbers = {i for c in out if c.noun is None for i in range(c.num.token_start, c.num.token_end + 1)}
    nouns = _noun_cache(rules)  # every token is looked up here: the dict first, no call on a hit
    for i, tok in enumerate(toks):
        if i in used_noun_tokens or i in num_tokens or (i - 1) in bare_numbers or (i + 1) in bare_numbers:
            continue
        hit = nouns.get(tok.text, _MISSING)
        if hit is _MISSING:
            hit = lookup_noun(tok.text, rules)
        value = None
        if hit and hit[1]:
            value = 2.0
        elif tok.text in rules.implicit_one:
            hit, value = (rules.implicit_one[tok.text], False), 1.0
        if value is None:
            continue
        if any(not (tok.end <= a or tok.start >= b) for a, b in taken):
            continue
        end = tok.end
        fake = NumberMatch(tok.start, tok.end, value, value, "cardinal", tok.text.startswith("ال"), False, i, i)
        out.append(_Count(fake, tok.start, end, value, value, hit[0]))
    out.extend(_single_persons(ctx, taken, num_tokens | used_noun_tokens))
    out.sort(key=lambda c: c.start)
    for c in out:
        # what a bare or generic count measures is decided by its scope (_scope_count), not here
        _apply_modifier(ctx, c)
    prev: _Count | None = None
    for c in out:
        c.qualifier = _qualifier(ctx, c)
        # "73 مقعدا من أصل 329": the total counts the same thing as the count before it
        if c.noun is None and c.qualifier == "total" and prev is not None and prev.noun is not None \
                and ctx.sentence_of(prev.start) == ctx.sentence_of(c.start):
            c.noun = prev.noun
        prev = c
    return out


def _single_persons(ctx: _Context, taken: list[tuple[int, int]], used: set[int]) -> list[_Count]:
    """"مقتل طفل فلسطيني", "استشهاد شاب", "إصابة شرطي": a casualty word right before an indefinite
    singular person noun counts one person of that kind (the noun is its holder).  Not "طفل آخر"
    (one more, not one in all), not a definite "الطفل" (a person named elsewhere, not a count)."""
    sc, toks = ctx.scope, ctx.tokens
    if sc is None or not sc.single_persons:
        return []
    out = []
    for i in range(1, len(toks)):
        tok = toks[i]
        single = tok.text in sc.single_persons
        if not (single or tok.text in sc.dual_persons) or i in used or (i - 1) in used:
            continue
        if not _lookup_word(toks[i - 1].text, sc.single_triggers):
            continue
        if ctx.clause_break_between(toks[i - 1].end, tok.start):
            continue
        if i + 1 < len(toks) and toks[i + 1].text in sc.another and not ctx.clause_break_between(tok.end, toks[i + 1].start):
            continue
        if any(not (tok.end <= a or tok.start >= b) for a, b in taken):
            continue
        n = 1.0 if single else 2.0
        person = _stem(tok.text, sc) if single else sc.dual_persons[tok.text]
        one = NumberMatch(tok.start, tok.end, n, n, "cardinal", False, False, i, i)
        out.append(_Count(one, tok.start, tok.end, n, n, None, person=person))
    return out


def _apply_modifier(ctx: _Context, c: _Count) -> None:
    """"أكثر من 30" → 31 and up, "نحو 3700" → 3700 ± 10 %, "واحدة على الأقل" → 1 and up."""
    if c.low != c.high:
        return
    before = ctx.nt[max(0, c.start - 20): c.start].rstrip(' ("«')  # "لأكثر من (1300)"
    after = ctx.nt[c.end: c.end + 20].lstrip(' )"»')
    x = c.low
    for phrase, kind in ctx.rules.modifiers:
        if before.endswith(phrase) and _word_starts(before, len(before) - len(phrase)):
            new_start = c.start - (len(ctx.nt[max(0, c.start - 20): c.start]) - len(before)) - len(phrase)
        elif kind == "at_least" and after.startswith(phrase):
            new_start = c.start
        else:
            continue
        step = 1 if float(x).is_integer() else 0
        c.low, c.high = {
            "more_than": (x + step, float("inf")), "at_least": (x, float("inf")),
            "less_than": (0.0, x - step), "at_most": (0.0, x),
            "about": (x * (1 - ctx.rules.about_tolerance), x * (1 + ctx.rules.about_tolerance)),
        }[kind]
        c.start = min(c.start, new_start)
        return


def _word_starts(text: str, i: int) -> bool:
    """``text[i:]`` starts a word, possibly after a clitic "و"/"ف"/"ب" (ونحو 3700, بأكثر من 400)."""
    if i <= 0 or not text[i - 1].isalnum():
        return True
    if text[i - 1] in "وفبل" and (i == 1 or not text[i - 2].isalnum()):
        return True
    return i >= 2 and text[i - 2:i] in ("وب", "فب") and (i == 2 or not text[i - 3].isalnum())


def _qualifier(ctx: _Context, c: _Count) -> str:
    rules, toks = ctx.rules, ctx.tokens
    i = c.num.token_start
    if c.start < c.num.start:  # noun before the number: look before the noun
        i = ctx.token_at(c.start)
    before = ctx.nt[max(0, c.start - 12): c.start].rstrip()
    for phrase in rules.total_phrases:  # "من أصل 329"
        if before.endswith(phrase):
            return "total"
    if i > 0 and toks[i - 1].text == "من" and c.num.definite:  # "من الثلاث"
        return "total"
    seen = 0
    for back in range(i - 1, -1, -1):
        tok = toks[back]
        if ctx.clause_break_between(tok.end, toks[back + 1].start if back + 1 < len(toks) else c.start):
            break
        if len(tok.text) < 2:
            continue
        seen += 1
        if seen > rules.qualifier_window:
            break
        for w in _strip_conj(tok.text):
            if w in rules.qualifiers:
                return rules.qualifiers[w]
    return ""


def _holder(ctx: _Context, c: _Count) -> str:
    if c.noun is None or not c.noun.holder_types:
        return ""
    sent = ctx.sentence_of(c.start)
    best = None
    for em in ctx.entities:
        if em.end > c.start:
            break
        if em.entity.type in c.noun.holder_types and ctx.sentence_of(em.start) == sent:
            best = em
    if best is None:
        return ""
    # another party named in between (even one we do not know) owns the count
    for tok in ctx.tokens[ctx.token_at(best.end): ctx.token_at(c.start)]:
        word = tok.text[2:] if tok.text.startswith("ال") else tok.text
        if _in(tok.text, ctx.rules.party_nouns) or word in ctx.rules.party_nouns:
            return ""
    return best.entity.id


def _count_year(ctx: _Context, c: _Count, counts: list[_Count], years: list[DateMatch]) -> str:
    """Year context of a year-scoped count (see module docstring)."""
    sent = ctx.sentence_of(c.start)
    stops = [o.start for o in counts if o.start > c.start and o.noun is c.noun and o.qualifier != "total"
             and ctx.sentence_of(o.start) == sent]
    limit = min(stops) if stops else None
    for d in years:
        if d.start > c.end and ctx.sentence_of(d.start) == sent and (limit is None or d.start < limit):
            return d.normalised[:4]
        if d.start > c.end and ctx.sentence_of(d.start) != sent:
            break
    for d in reversed(years):
        if d.end <= c.start and ctx.sentence_of(d.start) == sent and not ctx.clause_break_between(d.end, c.start):
            return d.normalised[:4]
    # no year in the text: the count belongs to the story's own event, whose year only
    # alignment knows (an article published in 2022 still reports the 2021 results)
    return ""


def _number_facts(ctx: _Context, dates: list[DateMatch]) -> list[Fact]:
    taken = [(d.start, d.end) for d in dates]
    counts = _counts(ctx, find_numbers(ctx.nt, tokens=ctx.tokens), taken)
    years = [d for d in dates if d.kind == "date" and d.normalised[:4].isdigit()]
    facts = []
    last_measure: dict[int, str] = {}  # sentence -> measure of its last count (what "منهم" parts belong to)
    scopes = []
    for c in counts:
        sent = ctx.sentence_of(c.start)
        sc = _scope_count(ctx, c, counts, years, last_measure.get(sent))
        if sc.measure and not sc.note:
            last_measure[sent] = sc.measure
        scopes.append(sc)
    scopes = _casualty_totals(ctx, counts, scopes)
    scopes = _listed_amounts(ctx, counts, scopes)
    scopes = _range_ends(ctx, counts, scopes)
    for c, sc in zip(counts, scopes):
        value = format_range(c.low, c.high)
        sent = ctx.sentence_of(c.start)
        info = _scope_of_sentence(ctx, sent)
        note = sc.note or ("" if sc.year_scoped else info.background_near(c.start, c.end, ctx.scope.background_reach))
        subject = "" if note else sc.subject
        f = _make_fact(ctx, c.start, c.end, "number", value, subject, sc.unit, sc.year)
        facts.append(replace(f, measure=sc.measure, holder=sc.holder, qualifier=sc.qualifier,
                             as_of=info.as_of_near((c.start + c.end) // 2), note=note, update_cue=info.update_cue))
    return facts


def _range_ends(ctx: _Context, counts: list[_Count], scopes: list[_CountScope]) -> list[_CountScope]:
    """"بين 50 و65 دولارا": the two ends of a range, neither of them the figure itself."""
    out = list(scopes)
    for i in range(len(counts) - 1):
        a, b = counts[i], counts[i + 1]
        j = a.num.token_start
        if j == 0 or "بين" not in _strip_conj(ctx.tokens[j - 1].text):
            continue
        gap = ctx.nt[a.end:b.start].strip()
        if gap == "و" or (not gap and ctx.nt[b.start] == "و"):
            for k in (i, i + 1):
                out[k] = replace(out[k], subject="", note="an end of a range")
    return out


LIST_SIZE = 3  # figures of one unit in one sentence that make it a table, not a statement


def _listed_amounts(ctx: _Context, counts: list[_Count], scopes: list[_CountScope]) -> list[_CountScope]:
    """A sentence that gives three or more amounts of one unit is a table in prose ("the insurance
    sector fell 5.15%, building 4.98%, industry 4.43%..."): each figure is one row, of a stock, a
    sector or a currency that the words around it barely name, so none is compared."""
    per: Counter[tuple[int, str]] = Counter()
    for c, s in zip(counts, scopes):
        if s.measure.startswith("amount:"):
            per[(ctx.sentence_of(c.start), s.measure)] += 1
    if not per or max(per.values()) < LIST_SIZE:
        return scopes
    return [replace(s, subject="", note="one of a list of figures") if s.measure.startswith("amount:")
            and per[(ctx.sentence_of(c.start), s.measure)] >= LIST_SIZE else s for c, s in zip(counts, scopes)]


def _casualty_totals(ctx: _Context, counts: list[_Count], scopes: list[_CountScope]) -> list[_CountScope]:
    """"عدد المصابين (50) حالة، منهم (9) حالات وفاة": a count of the injured whose parts include
    deaths counts all casualties, dead and injured alike (50 = 9 dead + 41 injured), not the injured."""
    sc = ctx.scope
    out = list(scopes)
    for i, (c, s) in enumerate(zip(counts, scopes)):
        if s.measure != "wounded" or s.note or i + 1 >= len(counts):
            continue
        nxt = counts[i + 1]
        if ctx.sentence_of(nxt.start) != ctx.sentence_of(c.start):
            continue
        j0, j = ctx.token_at(c.end), ctx.token_at(nxt.start)
        between = [ctx.tokens[k].text for k in range(j0, j)]
        if not any(w in sc.part_markers for w in between) or len(between) > 6:
            continue
        if scopes[i + 1].measure == "killed":  # the part's own scope says what it counts
            out[i] = replace(s, subject=s.subject.replace("wounded", "casualties", 1), measure="casualties",
                             unit="casualties")
    return out


# --------------------------------------------------------------------------- scope

AS_OF_REACH = 25  # characters between a figure and a day that dates it

@dataclass(frozen=True)
class _SentenceScope:
    as_of: str  # the article's own day (the default "as of" of the sentence's figures)
    background: str  # a background marker somewhere in the sentence ("" none)
    update_cue: bool
    stated: tuple[tuple[int, str], ...] = ()  # (normalised offset, ISO day) of days the sentence states
    markers: tuple[tuple[int, int, str], ...] = ()  # (start, end, reason) of each background marker

    def background_near(self, start: int, end: int, reach: int) -> str:
        """The background marker within ``reach`` characters of a figure, "" if none: a long
        sentence may recall an old event in one clause and give today's figure in the next."""
        for a, b, reason in self.markers:
            if a - reach <= end and start <= b + reach:
                return reason
        return ""

    def as_of_near(self, offset: int, chars: int = AS_OF_REACH) -> str:
        """The stated day next to a figure ("حتى مساء أمس 30 قتيلا"), else the article's day.

        A day further away usually dates the event, not the figure: "the bombing on Monday,
        which killed 32" is Wednesday's toll of Monday's bombing.
        """
        near = [(abs(o - offset), d) for o, d in self.stated if abs(o - offset) <= chars]
        return min(near)[1] if near else self.as_of


@dataclass(frozen=True)
class _CountScope:
    subject: str  # comparison key ("" when not compared)
    measure: str = ""
    holder: str = ""
    qualifier: str = ""
    unit: str = ""
    year: str = ""
    note: str = ""  # why not compared
    year_scoped: bool = False


def _sentence_tokens(ctx: _Context, sent: int) -> list[int]:
    """Token indices of one sentence (the table is built once per article)."""
    if ctx._sentence_tokens is None:
        table: dict[int, list[int]] = {}
        for i, s in enumerate(ctx.tok_sentence):
            table.setdefault(s, []).append(i)
        ctx._sentence_tokens = table
    return ctx._sentence_tokens.get(sent, [])


def _scope_of_sentence(ctx: _Context, sent: int) -> _SentenceScope:
    """As-of day, background and update cue of one sentence (memoised per sentence)."""
    hit = ctx._sentence_scope.get(sent)
    if hit is not None:
        return hit
    sc = ctx.scope
    toks = _sentence_tokens(ctx, sent)
    pub = ctx.reference
    if toks:
        a, b = ctx.tokens[toks[0]].start, ctx.tokens[toks[-1]].end
    else:
        a = b = 0
    markers: list[tuple[int, int, str]] = []
    span_text = ctx.nt[a:b]
    if sc.background_rx is not None:
        for m in sc.background_rx.finditer(span_text):
            markers.append((a + m.start(), a + m.end(), f"background: '{m.group(0)}'"))
    for rx in sc.background_patterns:
        for m in rx.finditer(span_text):
            markers.append((a + m.start(), a + m.end(), f"background: '{m.group(0)}'"))
    as_of = pub.isoformat() if pub is not None else ""
    stated: list[tuple[int, str]] = []
    lo_i = bisect_right(ctx._date_starts, a - 1) if ctx._date_starts else 0
    for d in ctx.dates[lo_i:]:
        if d.start > b:
            break
        if d.start < a or d.end > b:
            continue
        if d.precision in ("year", "month") and d.normalised[:4].isdigit() and pub is not None:
            if int(d.normalised[:4]) < pub.year or (d.precision == "month" and d.normalised[:7] < pub.isoformat()[:7]
                                                    and (pub.day > sc.background_days or d.normalised[:7] < (pub - timedelta(days=40)).isoformat()[:7])):
                markers.append((d.start, d.end, f"background: {d.normalised}"))
            continue
        day = _resolve_own_day(d, pub)
        if day is None:
            continue
        if pub is not None and (pub - day).days > sc.background_days:
            markers.append((d.start, d.end, f"background: {day.isoformat()}"))
        elif pub is None or 0 <= (pub - day).days <= sc.background_days:
            stated.append(((d.start + d.end) // 2, day.isoformat()))
    markers_set = sc.update_markers
    update = any(t in markers_set or (len(t) > 3 and t[0] in "وفبل" and t[1:] in markers_set)
                 for t in (ctx.tokens[i].text for i in toks))
    background = markers[0][2] if markers else ""
    out = _SentenceScope(as_of, background, update, tuple(stated), tuple(markers))
    ctx._sentence_scope[sent] = out
    return out


def _resolve_own_day(d: DateMatch, pub: date | None) -> date | None:
    """A day-precision date, a weekday or a relative day resolved against the article's own date."""
    v = d.normalised
    if v.startswith("weekday:"):
        if pub is None:
            return None
        return weekday_around(int(v.split(":")[1]), pub, forward=v.endswith(":next"))
    if v.startswith("rel:"):
        if pub is None or not v.startswith("rel:report:"):
            return None
        v = resolve_time(v, None, pub)
    if v.startswith("*") and pub is not None:
        try:
            cand = date(pub.year, int(v[2:4]), int(v[5:7]))
        except ValueError:
            return None
        return cand if cand <= pub + timedelta(days=1) else date(pub.year - 1, cand.month, cand.day)
    try:
        return date.fromisoformat(v.rstrip("~")) if len(v.rstrip("~")) == 10 else None
    except ValueError:
        return None


def stem_word(word: str, sc: ScopeRules) -> str:
    """A normalised word without clitics and its case/number ending (shared with alignment)."""
    return _stem(word, sc)


def _stem(word: str, sc: ScopeRules) -> str:
    """A counted noun without clitics and its case/number ending (شخصا → شخص, سعوديين → سعودي)."""
    w = word
    for p in sc.clitics:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for suf in ("يين", "ين", "ون", "ات", "ان"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)] + ("ي" if suf == "يين" else "")
    if w.endswith("ا") and len(w) >= 4:
        w = w[:-1]
    return w


def _clause(ctx: _Context, i0: int, i1: int) -> tuple[int, int]:
    """Token range [lo, hi] of the clause holding tokens i0..i1 (stops at clause punctuation)."""
    toks, sent = ctx.tokens, ctx.tok_sentence[i0] if i0 < len(ctx.tok_sentence) else -1
    lo = i0
    while lo > 0 and ctx.tok_sentence[lo - 1] == sent and not ctx.clause_break_between(toks[lo - 1].end, toks[lo].start):
        lo -= 1
    hi = i1
    while hi + 1 < len(toks) and ctx.tok_sentence[hi + 1] == sent and not ctx.clause_break_between(toks[hi].end, toks[hi + 1].start):
        hi += 1
    return lo, hi


def _trigger(ctx: _Context, lo: int, hi: int, i0: int, i1: int) -> tuple[str, int] | None:
    """Nearest measure trigger in the clause around a count: (measure, token index)."""
    sc = ctx.scope
    best = None
    for k in range(i0 - 1, max(lo, i0 - sc.trigger_window) - 1, -1):
        w = ctx.tokens[k].text
        m = _lookup_word(w, sc.measures)
        if m:
            best = (m, k)
            break
        if (w.startswith("و") and len(w) >= 3 and parse_number_word(w) is None) or w == "و":
            break  # "القبض على 431 ... وإحباط 4 محاولات": a coordinated clause has its own head
    for k in range(i1 + 1, min(hi, i1 + sc.trigger_after) + 1):
        m = _lookup_word(ctx.tokens[k].text, sc.measures)
        if m and (best is None or k - i1 < i0 - best[1]):
            return m, k
    return best


def _lookup_word(word: str, table) -> str | None:
    for w in _strip_conj(word):
        if w in table:
            return table[w] if isinstance(table, dict) else w
        if w.startswith("ال") and w[2:] in table:
            return table[w[2:]] if isinstance(table, dict) else w[2:]
    return None


def _scope_count(ctx: _Context, c: _Count, counts: list[_Count], years: list[DateMatch],
                 previous: str | None) -> _CountScope:
    """What a count measures, of whom, narrowed how; or why it is not compared."""
    sc, toks, rules = ctx.scope, ctx.tokens, ctx.rules
    i0 = ctx.token_at(c.start)
    i1 = max(i0, c.num.token_end)
    lo, hi = _clause(ctx, i0, i1)
    word_number = not c.num.digits and c.num.token_start == c.num.token_end and \
        c.num.kind != "vague" and c.low == c.high == 1.0 and (c.noun is None or c.noun.unit not in rules.implicit_one_units)
    rhetorical = any(_lookup_word(toks[k].text, sc.rhetorical_clause) for k in range(max(lo, i0 - 6), min(hi, i1 + 6) + 1))
    if c.person and rhetorical:
        return _CountScope("", note="rhetorical or a rate")
    if c.person:
        # "مقتل طفل": one child killed, not the toll (a toll of 3 may include the child)
        measure = _lookup_word(toks[i0 - 1].text, sc.measures) or ""
        if measure:
            return _CountScope(f"{c.person}_{measure}", measure, c.person, unit=measure)
    if word_number:
        return _CountScope("", note="generic 'one'")
    if c.num.token_start == c.num.token_end and toks[c.num.token_start].text in rules.implicit_one and any(
            _lookup_word(toks[k].text, sc.circumstantial_verbs) for k in range(max(lo, i0 - 3), i0)):
        # "رحل ابننا شهيدا", "سقط قتيلا": one person's death told as a circumstance, one of the
        # toll, not the toll (against "the two martyrs" it is no disagreement)
        return _CountScope("", note="one person's death, not a toll")
    if rhetorical or (i0 > 0 and i0 - 1 >= lo and _lookup_word(toks[i0 - 1].text, sc.rhetorical_before)):
        return _CountScope("", note="rhetorical or a rate")
    if any(toks[j].text in sc.distributive and j + 1 < i0 and toks[j + 1].text in sc.part_markers
           for j in range(max(lo, i0 - 4), i0)):
        # "قافلتان كل منهما تضم ثلاث سفن": three ships *each*, not the count of the whole
        return _CountScope("", note="a figure for each of several")
    if i0 > 0 and i0 - 1 >= lo and toks[i0 - 1].text in sc.clock_words:
        return _CountScope("", note="time of day")
    # "الأسبوع الـ 133", "الدورة الـ23": the Nth of a series, a rank and not a count
    j = i0 - 1
    if j >= lo and toks[j].text == "ال" and not toks[i0].text.startswith("ال"):
        j -= 1
    if lo <= j < i0 and _lookup_word(toks[j].text, sc.ordinal_nouns):
        return _CountScope("", note="a rank (the Nth of a series)")
    # "امرأتين تبلغان من العمر 21 و33 عاما": an age, whatever the verb before it
    if not c.person and any(_lookup_word(toks[k].text, sc.age_markers) for k in range(max(lo, i0 - 3), i0)) and any(
            _lookup_word(toks[k].text, sc.age_nouns) for k in range(i1 + 1, min(hi, i1 + 3) + 1)):
        role = _role(ctx, lo, i0)
        if role:
            return _CountScope(f"{role}_age", "age", role, unit="age")
        return _CountScope("", measure="age", note="age of an unclear person")
    if c.num.kind == "vague" and c.noun is None and not (
            i0 > lo and _lookup_word(toks[i0 - 1].text, sc.measures) in sc.cumulative_measures):
        # ("وأصيب مئات آخرون": a casualty verb right before "hundreds" says what they count)
        return _CountScope("", note="vague number without a counted noun")

    # what follows the number: the counted noun ("32 شخصا", "عشرات من المصابين")
    k = c.num.token_end + 1
    partitive = False
    if k <= hi and k < len(toks) and toks[k].text == "من":
        k += 1
        # "32 من الجرحى": thirty-two *of* the wounded, a part of a count given elsewhere
        partitive = k <= hi and k < len(toks) and toks[k].text.startswith("ال") and c.num.kind != "vague"
    follower = toks[k].text if k <= hi and k < len(toks) else ""
    gstem = _stem(follower, sc) if follower and not follower[:1].isdigit() and len(follower) >= 3 \
        and follower not in sc.anchor_skip and not _lookup_word(follower, rules.complementisers) \
        and parse_number_word(follower) is None else ""
    part = any(toks[j].text in sc.part_markers for j in range(max(lo, i0 - 2), i0)) or (
        follower in sc.part_markers) or (k + 1 <= hi and k + 1 < len(toks) and toks[k + 1].text in sc.part_markers)
    part = part or partitive
    if follower in sc.part_markers:
        gstem = ""
    quals = _scope_qualifiers(ctx, lo, hi, i0, i1)

    # a noun of the lexicon (drones, seats, killed, wounded...): its own rules first
    if c.noun is not None and c.noun.unit not in rules.generic_units:
        noun = c.noun
        qual = c.qualifier or noun.default_qualifier
        holder = "" if qual == "total" else _holder(ctx, c)
        if noun.holder_types and not holder and qual != "total":
            return _CountScope("", measure=noun.subject, unit=noun.unit, note="count of an unnamed party")
        if noun.unit in ("killed", "wounded"):
            holder = holder or _people_holder(ctx, c, i1, hi)
        extra = [q for q in quals if q != qual]
        scoped = bool(holder or extra or (c.qualifier and c.qualifier != "total"))
        if part and not scoped and previous is None:
            return _CountScope("", measure=noun.subject, unit=noun.unit, note="part of a whole, unclear which")
        subject = "_".join(p for p in (holder, noun.subject, qual, *extra) if p)
        if part and not scoped:
            subject += "_part"
        year = ""
        if noun.year_scoped:
            year = _count_year(ctx, c, counts, years)
            if year:
                subject = f"{subject}:{year}"
        return _CountScope(subject, noun.subject, holder, "_".join([q for q in (qual, *extra) if q]), noun.unit,
                           year, year_scoped=noun.year_scoped)

    # ages: "البالغ من العمر 23 عاما" tied to a role noun (the bomber); durations otherwise
    if gstem and (follower in sc.duration_nouns or gstem in sc.duration_nouns or _lookup_word(follower, sc.duration_nouns)):
        is_age = any(_lookup_word(toks[j].text, sc.age_markers) for j in range(max(lo, i0 - 4), i0)) or (
            _lookup_word(follower, sc.age_nouns) and k + 1 <= hi and _lookup_word(toks[k + 1].text, sc.age_markers))
        if not is_age:
            return _CountScope("", note="duration or time span")
        role = _role(ctx, lo, i0)
        if not role:
            return _CountScope("", measure="age", note="age of an unclear person")
        return _CountScope(f"{role}_age", "age", role, unit="age")

    # amounts: money, weights, distances, percentages — tied to what they measure (the nearest noun before)
    unit_word = _lookup_word(follower, sc.money_units) if follower else None
    if follower and not unit_word and k + 1 <= hi and k + 1 < len(toks):
        # a compound unit written apart: "130 كيلو متر" is "130 كيلومتر"
        unit_word = _lookup_word(follower + toks[k + 1].text, sc.money_units)
    is_percent = follower in sc.percent_words or ctx.nt[c.end:c.end + 2].strip().startswith("%")
    if unit_word or is_percent:
        stem = "percent" if is_percent else _stem(unit_word, sc)
        unit = sc.unit_aliases.get(stem, stem)
        anchor = _anchor_noun(ctx, lo, i0)
        if not anchor:
            return _CountScope("", measure=f"amount:{unit}", note="amount without a clear measure")
        # keyed by unit only: which amounts are one quantity is decided across articles by
        # the words around them (alignment, "context"), not by this one neighbouring word
        subject = "_".join(p for p in (f"amount:{unit}", *quals) if p)
        return _CountScope(subject, f"amount:{unit}", anchor, "_".join(quals), unit)

    # people: a trigger says what (killed, wounded, arrested); a non-generic noun is the holder
    trig = _trigger(ctx, lo, hi, i0, i1)
    measure = trig[0] if trig else ""
    holder = "" if (not gstem or gstem in sc.people_nouns or follower in sc.people_nouns or _starts_date(ctx, k)
                    or _lookup_word(follower, sc.measures) or _lookup_word(follower, sc.qualifiers)
                    or (c.noun is not None and c.noun.unit in rules.generic_units)) else gstem
    if not measure and part and previous is not None:
        measure = previous  # "..., منهم 190 سعوديا": a part of the count before
    if not measure and c.noun is not None and c.qualifier and c.qualifier != "total":
        measure = f"{c.noun.subject}_{c.qualifier}"  # "بتحديد 3 شخصيات": persons identified
    if not measure and c.noun is not None:  # a count of "persons" with nothing saying what happened to them
        return _CountScope("", note="count of people, unclear what it measures")
    if measure:
        if part and not holder and not quals:
            return _CountScope("", measure=measure, note="part of a whole, unclear which")
        subject = "_".join(p for p in (holder, measure, *quals) if p)
        if part and not holder and not quals:
            subject += "_part"
        return _CountScope(subject, measure, holder, "_".join(quals), measure)
    # a counted thing named by its noun ("5 خلايا", "3 طائرات")
    if gstem and len(gstem) >= 3 and gstem not in sc.generic_nouns and follower not in sc.generic_nouns \
            and not _lookup_word(follower, rules.complementisers) and follower not in sc.anchor_skip:
        # keyed with the word that governs it ("تفجير 7 مساجد" is not "بناء 6 مساجد")
        anchor = _anchor_noun(ctx, lo, i0)
        if not anchor:
            return _CountScope("", measure=f"n:{gstem}", note="counted thing without a governing word")
        subject = "_".join(p for p in (f"n:{gstem}", *quals) if p)
        return _CountScope(subject, f"n:{gstem}", anchor, "_".join(quals), gstem)
    return _CountScope("", note="no counted noun")


def _starts_date(ctx: _Context, k: int) -> bool:
    """Whether token ``k`` starts a date or time ("أمس", "الخميس"): a day is nobody's holder."""
    if k >= len(ctx.tokens):
        return False
    i = bisect_right(ctx._date_starts, ctx.tokens[k].start) - 1
    return i >= 0 and ctx.dates[i].start <= ctx.tokens[k].start < ctx.dates[i].end


def _people_holder(ctx: _Context, c: _Count, i1: int, hi: int) -> str:
    """Who a casualty count is of: "قتلى من المدنيين" → مدني (people nouns are nobody in particular)."""
    sc = ctx.scope
    j = ctx.token_at(c.end)
    if j <= hi and j < len(ctx.tokens) and ctx.tokens[j].text in ("من", "بين"):
        j += 1
        if j <= hi and j < len(ctx.tokens):
            w = ctx.tokens[j].text
            st = _stem(w, sc)
            if st not in sc.people_nouns and w not in sc.people_nouns and not _lookup_word(w, sc.measures) \
                    and not _lookup_word(w, sc.qualifiers):
                return st
    return ""


def _scope_qualifiers(ctx: _Context, lo: int, hi: int, i0: int, i1: int) -> list[str]:
    sc = ctx.scope
    out: list[str] = []
    after = []
    for k in range(i1 + 1, min(hi, i1 + sc.qualifier_after) + 1):
        w = ctx.tokens[k].text
        if (w.startswith("و") and _lookup_word(w, sc.measures)) or w[:1].isdigit():
            break  # "مقتل 27 شخصا وإصابة نحو 100 يعالجون": the next count's words are its own
        after.append(k)
    for k in list(range(max(lo, i0 - sc.qualifier_before), i0)) + after:
        q = _lookup_word(ctx.tokens[k].text, sc.qualifiers)
        if q and q not in out:
            out.append(q)
    # a sentence that opens with its verb governs every figure in it, however far: "أجلت طائرتان
    # ... جثامين تسعة متوفين، و27 مصاباً" counts the injured *evacuated*, not all the injured
    first = _sentence_tokens(ctx, ctx.tok_sentence[i0])[:1] if i0 < len(ctx.tok_sentence) else []
    for k in first:
        q = _lookup_word(ctx.tokens[k].text, sc.sentence_qualifiers)
        if q and q not in out:
            out.append(q)
    return sorted(out)


def _role(ctx: _Context, lo: int, i0: int) -> str:
    sc = ctx.scope
    for k in range(i0 - 1, lo - 1, -1):
        w = ctx.tokens[k].text
        r = _lookup_word(w, sc.roles)
        if r:
            return r
        if k > lo:
            two = f"{ctx.tokens[k - 1].text} {w}"
            if two in sc.roles:
                return sc.roles[two]
    return ""


def _anchor_noun(ctx: _Context, lo: int, i0: int) -> str:
    """The noun an amount measures: the nearest content word before it in its clause."""
    sc = ctx.scope
    for k in range(i0 - 1, max(lo, i0 - 6) - 1, -1):
        w = ctx.tokens[k].text
        if w[:1].isdigit() or _lookup_word(w, sc.anchor_skip) or w in sc.anchor_skip or len(w) < 3:
            continue
        if parse_number_word(w) is not None:
            continue
        return _stem(w, sc)
    return ""


# --------------------------------------------------------------------------- dates

def _is_report_time(ctx: _Context, d: DateMatch) -> bool:
    """A time next to a reporting verb says when something was reported."""
    rules, toks = ctx.rules, ctx.tokens
    i = ctx.token_at(d.start)
    j = ctx.token_at(d.end)
    seen = 0
    for back in range(i - 1, -1, -1):
        if len(toks[back].text) < 2:
            continue
        seen += 1
        if seen > rules.report_before:
            break
        if _in(toks[back].text, rules.report_verbs):
            return True
    for fwd in range(j, min(len(toks), j + rules.report_after)):
        if _in(toks[fwd].text, rules.report_verbs):
            return True
    return False


def _date_subject(ctx: _Context, d: DateMatch) -> str:
    rules, toks = ctx.rules, ctx.tokens
    if d.precision == "year" or _is_report_time(ctx, d):
        return ""
    sent = ctx.sentence_of(d.start)
    first = ctx.token_at(d.start)
    last = ctx.token_at(d.end)
    sent_tokens = [i for i in range(max(0, first - 60), min(len(toks), last + 60)) if ctx.tok_sentence[i] == sent]
    for rule in rules.event_subjects:
        if rule.get("absolute_only") and d.precision == "relative":
            continue
        triggers = [i for i in sent_tokens if _in(toks[i].text, rule["triggers"])
                    and abs(i - first) <= rules.event_window]
        best = None
        for t in triggers:
            if t < first:
                continue_ok = True
            else:
                # time before the trigger: not across a complementiser ("ذكرت الاثنين أن ... وصل")
                continue_ok = not any(_in(toks[k].text, rules.complementisers) for k in range(last, t))
            if continue_ok and (best is None or abs(t - first) < abs(best - first)):
                best = t
        if best is None:
            continue
        if rule.get("per_entity"):
            types = set(rule.get("entity_types", ["person"]))
            pos = toks[best].start
            cands = [em for em in ctx.entities if em.entity.type in types and ctx.sentence_of(em.start) == sent]
            if cands:
                em = min(cands, key=lambda e: abs(e.start - pos))
                return f"{em.entity.id}_{rule['subject']}"
            return ""  # whose arrival? nobody we can name: comparable with nothing
        return rule["subject"]
    if d.kind == "date":
        for rule in rules.date_subjects:
            w = int(rule.get("window", 10))
            if any(_in(toks[i].text, rule["triggers"]) and first - w <= i <= last + 3 for i in sent_tokens):
                return rule["subject"]
    return ""


def _date_facts(ctx: _Context, dates: list[DateMatch]) -> list[Fact]:
    facts = []
    previous: str = ""  # last day-precision date given, "*-11-07" when its year is unknown
    for d in dates:
        value = d.normalised
        if d.anchor == "previous" and previous:
            value = _after_previous(value, previous)  # "نفس اليوم": the date just given
        facts.append(_make_fact(ctx, d.start, d.end, d.kind, value, _date_subject(ctx, d)))
        if d.precision == "day":
            previous = value
    return facts


_LEAP = 2000  # stand-in year for dates printed without one (a leap year keeps 29 February valid)


def _after_previous(value: str, previous: str) -> str:
    """Resolve "rel:previous:..." against the article's last full date, keeping an unknown year unknown."""
    unknown = previous.startswith("*")
    try:
        prev = date.fromisoformat(f"{_LEAP}{previous[1:]}" if unknown else previous)
    except ValueError:
        return value
    out = resolve_time(value, None, None, prev)
    return "*" + out[4:] if unknown and out[:4].isdigit() else out


def _years_followed_by_noun(ctx: _Context, dates: list[DateMatch]) -> list[DateMatch]:
    """Drop a 4-digit "year" that is really a count ("2000 صاروخ")."""
    out = []
    for d in dates:
        if d.precision == "year":
            j = ctx.token_at(d.end)
            if j < len(ctx.tokens) and lookup_noun(ctx.tokens[j].text, ctx.rules) and not ctx.clause_break_between(
                    d.end, ctx.tokens[j].start):
                continue
        out.append(d)
    return out


# --------------------------------------------------------------------------- claims

def _claim_facts(ctx: _Context) -> list[Fact]:
    facts = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for rx, spec in ctx.rules.claims:
        for m in rx.finditer(ctx.nt):
            s, e = m.start(), m.end()
            value = spec["value"]
            if value == "entity":
                types = set(spec.get("entity_types", []))
                window = int(spec.get("entity_window", 60))
                sent = ctx.sentence_of(s)
                ents = [em for em in ctx.entities if s - window <= em.start < e and em.entity.type in types
                        and ctx.sentence_of(em.start) == sent]
                if not ents:
                    continue
                value = "+".join(sorted({em.entity.id for em in ents}))
                s = min(em.start for em in ents)
            spans = taken.setdefault(spec["subject"], [])
            if any(not (e <= a or s >= b) for a, b in spans):
                continue
            spans.append((s, e))
            sent = ctx.sentence_of(s)
            info = _scope_of_sentence(ctx, sent)
            # "no group has claimed it *so far*" is provisional: a later claim updates it
            sent_text = " " + " ".join(ctx.tokens[i].text for i in _sentence_tokens(ctx, sent)) + " "
            provisional = value == "no" and any(f" {p} " in sent_text for p in ctx.scope.provisional)
            f = _make_fact(ctx, s, e, "claim", value, spec["subject"])
            facts.append(replace(f, as_of=info.as_of, update_cue=provisional or info.update_cue))
    return facts


def claims_compatible(a: str, b: str, language: str = "ar") -> bool:
    """Claim values agree when equal or when one names a member of the other's class.

    "kataib_hezbollah+asaib" agrees with "iran_backed_group" and with "kataib_hezbollah".
    """
    if a == b:
        return True
    implies = fact_rules(language).claim_implies

    def closure(v: str) -> set[str]:
        out: set[str] = set()
        stack = v.split("+")
        while stack:
            x = stack.pop()
            if x not in out:
                out.add(x)
                stack.extend(implies.get(x, ()))
        return out

    pa, pb = set(a.split("+")), set(b.split("+"))
    return pa <= closure(b) or pb <= closure(a)


# --------------------------------------------------------------------------- entry point

def extract_facts(
    text: str, sentences: tuple[Sentence, ...], *, language: str = "ar", reference_date: date | None = None,
    norm: Normalised | None = None,
) -> tuple[Fact, ...]:
    """All facts in ``text`` (an Article.text), ordered by position.  ``norm``: ``normalise(text)``,
    when the caller already has it (the pipeline normalises once for attribution and facts)."""
    if not text:
        return ()
    if norm is None:
        norm = normalise(text)
    nt = norm.text
    tokens = tokenize(nt)
    ctx = _Context(text, norm, nt, tokens, [], sentences, fact_rules(language), reference_date,
                   find_entities(nt, language))
    ctx.tok_sentence = ctx.token_sentences()
    ctx.scope = scope_rules(language)
    dates = _years_followed_by_noun(ctx, find_dates(nt, reference_date, language))
    ctx.dates = dates
    ctx._date_starts = [d.start for d in dates]  # dates are sorted by start: bisect per sentence
    numbers = _number_facts(ctx, dates)
    date_facts = _date_facts(ctx, dates)
    entity_facts = [
        _make_fact(ctx, em.start, em.end, "entity", em.entity.id, f"entity:{em.entity.type}") for em in ctx.entities
    ]
    facts = numbers + date_facts + entity_facts + _claim_facts(ctx)
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return tuple(facts)
