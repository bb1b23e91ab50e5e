"""Dates and times as facts: what a date is the date of (an arrival, the event, an election), the
report's own time left without a subject.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from itertools import compress

from analysis.lexicon import load_lexicon
from analysis.text.textnorm import normalise_text
from analysis.facts.clock import find_clock_times
from analysis.facts.dates import DateMatch, resolve_time
from analysis.records import Fact
from analysis.facts.rules import in_words, in_words_memo, lookup_noun, normalised_set, spec_words
from analysis.facts.context import Context, make_fact, sentence_tokens


# the note of a day next to a reporting verb ("في بيان صحفي أمس", "واعتبرت الخطوط الجوية الماليزية اليوم، أنه"): when
# something was said, which copies of a wire text reword by the day they print it (alignment ``_day_copies``)
REPORT_DAY = "the day of a statement"


def is_report_time(ctx: Context, d: DateMatch) -> bool:
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
        if in_words(toks[back].text, rules.report_verbs, ctx.g):
            return True
    for fwd in range(j, min(len(toks), j + rules.report_after)):
        if in_words(toks[fwd].text, rules.report_verbs, ctx.g):
            return True
    return False


@dataclass(frozen=True)
class _NamedEvent:
    """One of facts.json ``event_dates`` (words normalised)."""

    subject: str
    triggers: frozenset[str]
    before: int
    after: int
    holders: dict[str, str]  # word (normalised) -> class of the thing the event befell ("plane")
    holder_reach: int
    years: bool
    spelled_years: frozenset[str]


@lru_cache(maxsize=8)
def _named_events(language: str) -> tuple[_NamedEvent, ...]:
    spec = load_lexicon(language, "facts").get("event_dates") or {}
    return tuple(_NamedEvent(
        str(e["subject"]), normalised_set(e["triggers"]), int(e.get("before", 4)), int(e.get("after", 2)),
        {normalise_text(w): cls for cls, ws in e.get("holders", {}).items() if not cls.startswith("_") for w in ws},
        int(e.get("holder_reach", 8)), bool(e.get("years", False)), normalised_set(spec.get("spelled_years", [])))
        for e in spec.get("events", []) if isinstance(e, dict))


@lru_cache(maxsize=8)
def _named_prefixes(language: str) -> tuple[str, ...]:
    """The subjects' prefixes of facts.json ``event_dates`` ("vanish_date:")."""
    return tuple(f"{ev.subject}:" for ev in _named_events(language))


def _named_event_subject(ctx: Context, d: DateMatch, st: list[int], first: int, last: int) -> str:
    """"date of <event>:<what it befell>" for an absolute date right next to one event word of facts.json
    ``event_dates`` (no clause break between, no complementiser when the word comes after it) with a word
    naming what the event befell near that word in the sentence ("اختفت بشكل غامض في 8 مارس 2014" of
    "الطائرة"): "" when none."""
    toks, g = ctx.tokens, ctx.g
    for ev in _named_events(ctx.rules.language):
        if d.precision == "year" and not ev.years:
            continue
        if last < len(toks) and toks[last].text in ev.spelled_years:
            return ""  # "في آذار ألفين وأربعة عشر": the year, in words, was not read; the date's year is a guess
        trigger = _word_around(ctx, st[bisect_left(st, first - ev.before):bisect_left(st, first)],
                               st[bisect_left(st, last):bisect_left(st, last + ev.after)], last, ev.triggers)
        if trigger is None:
            continue
        a, b = sorted((toks[trigger].start, d.start if trigger < first else d.end))
        if ctx.clause_break_between(a, b):
            continue
        near = st[bisect_left(st, trigger - ev.holder_reach):bisect_right(st, trigger + ev.holder_reach)]
        held = sorted((abs(i - trigger), cls) for i in near if (cls := _class_of(toks[i].text, ev.holders, g)))
        if held:
            return f"{ev.subject}:{held[0][1]}"
    return ""


@lru_cache(maxsize=8)
def _year_cues(language: str) -> frozenset[str]:
    """The words that give a month its year when no year is written ("آذار الماضي", "من العام الماضي", "المقبل")."""
    mo = load_lexicon(language, "months")
    words = mo.get("past_markers", []) + mo.get("next_markers", []) + [w for p in mo.get("last_year", []) for w in p.split()]
    return normalised_set(w for w in words if w not in mo.get("year_words", []))


def _year_unsaid(ctx: Context, d: DateMatch) -> bool:
    """Whether a calendar date's year is the reader's guess: no year and no word giving one in its span ("في 8 مارس",
    "وفي مايو أيار")."""
    span = ctx.nt[d.start:d.end]
    if any(ch.isdigit() for ch in span) and any(len(t) == 4 and t.isdigit() for t in _DIGIT_RUN.findall(span)):
        return False
    cues = _year_cues(ctx.rules.language)
    return not any(t.text in cues for t in ctx.tokens[ctx.token_at(d.start):ctx.token_at(d.end)])


_DIGIT_RUN = re.compile(r"\d+")


def _class_of(word: str, classes: dict[str, str], g) -> str:
    if word in classes:
        return classes[word]
    if len(word) > 3 and word[0] in g.proclitics and word[1:] in classes:
        return classes[word[1:]]
    return ""


def _date_subject(ctx: Context, d: DateMatch) -> str:
    rules, toks = ctx.rules, ctx.tokens
    events = _named_events(rules.language)
    if (d.precision == "year" and not any(ev.years for ev in events)) or is_report_time(ctx, d):
        return ""
    sent = ctx.sentence_of(d.start)
    first, last = ctx.token_at(d.start), ctx.token_at(d.end)
    st = sentence_tokens(ctx, sent)
    if d.kind == "date" and d.precision != "relative" and events:
        named = _named_event_subject(ctx, d, st, first, last)
        if named:
            return named
    if d.precision == "year":
        return ""
    # the sentence's tokens from first - 60 to last + 60 (its token list is ordered: two bisections,
    # not a test of every token of the span)
    sent_tokens = st[bisect_left(st, max(0, first - 60)):bisect_left(st, min(len(toks), last + 60))]
    # those within the event window of the date, each tested by a memo look-up in C
    near = sent_tokens[bisect_left(sent_tokens, first - rules.event_window):
                       bisect_right(sent_tokens, first + rules.event_window)]
    near_words = [toks[i].text for i in near]
    for rule in rules.event_subjects:
        if rule.get("absolute_only") and d.precision == "relative":
            continue
        triggers = list(compress(near, map(in_words_memo(rule["triggers"], ctx.g).__getitem__, near_words)))
        best = None
        for t in triggers:
            if t < first:
                continue_ok = True
            else:
                # time before the trigger: not across a complementiser ("ذكرت الاثنين أن ... وصل")
                continue_ok = not any(in_words(toks[k].text, rules.complementisers, ctx.g) for k in range(last, t))
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
            near = sent_tokens[bisect_left(sent_tokens, first - w):bisect_right(sent_tokens, last + 3)]
            if any(map(in_words_memo(rule["triggers"], ctx.g).__getitem__, [toks[i].text for i in near])):
                return rule["subject"]
    return ""


def _event_time(ctx: Context, start: int, end: int, window: int) -> bool:
    """Whether a time of day at [start, end) is the event's: an event word within ``window`` words
    of it in its sentence, no word of a report received or a team arriving in the sentence, and no
    reporting verb next to it ("أعلن مساء أمس")."""
    rules, toks = ctx.rules, ctx.tokens
    if not rules.time_triggers:
        return False
    first, last = ctx.token_at(start), ctx.token_at(end)
    st = sentence_tokens(ctx, ctx.sentence_of(start))
    near = st[bisect_left(st, first - window):bisect_right(st, last + window)]
    if not any(in_words(toks[i].text, rules.time_triggers, ctx.g) for i in near):
        return False
    if any(in_words(toks[i].text, rules.time_not_event, ctx.g) for i in st):
        return False
    return not is_report_time(ctx, DateMatch(start, end, "time", "", "relative"))


@dataclass(frozen=True)
class _EventDay:
    """facts.json ``event_day``, read once (words normalised)."""

    subject: str
    verbs: frozenset[str]
    before: int
    after: int
    night: frozenset[str]
    kinds: dict[str, str]  # event word (normalised) -> kind of event
    kind_reach: int
    today: str
    today_not_after: frozenset[str]
    today_not_before: frozenset[str]
    alone: dict[str, str]  # a day word standing alone (normalised) -> its day counted from the article's ("+0d")
    said_next: frozenset[str]
    said_reach: int
    feminine: tuple[str, ...]  # a word with the article ending in one of these is no adjective of a day word


@lru_cache(maxsize=8)
def _event_day_rules(language: str) -> _EventDay | None:
    spec = load_lexicon(language, "facts").get("event_day")
    if not spec:
        return None

    words = partial(spec_words, spec)
    return _EventDay(str(spec["subject"]), words("verbs"), int(spec.get("before", 8)), int(spec.get("after", 3)),
                     words("night"), {normalise_text(w): kind for kind, ws in spec.get("kinds", {}).items()
                                      if not kind.startswith("_") for w in ws},
                     int(spec.get("kind_reach", 8)), normalise_text(spec.get("today", "")), words("today_not_after"),
                     words("today_not_before"),
                     {normalise_text(w): d for w, d in spec.get("alone", {}).items() if not w.startswith("_")},
                     words("said_next"), int(spec.get("said_reach", 2)),
                     tuple(normalise_text(w) for w in spec.get("feminine_endings", [])))


def _said_day(ctx: Context, rules: _EventDay, d: DateMatch) -> bool:
    """Whether a day is when something was said: next to a reporting verb ("أعلنت أمس"), or right before what was said
    ("في بيان صحفي أمس أن الجوازات", "واعتبرت الخطوط الجوية الماليزية اليوم، أنه": a word of ``said_next`` within
    ``said_reach`` tokens after it)."""
    if is_report_time(ctx, d):
        return True
    toks = ctx.tokens
    j = ctx.token_at(d.end)
    sent = ctx.sentence_of(d.start)
    return any(ctx.tok_sentence[k] == sent and in_words(toks[k].text, rules.said_next, ctx.g)
               for k in range(j, min(len(toks), j + rules.said_reach)))


def _relative_day(value: str) -> bool:
    """A weekday already past or a day counted back from the article's ("أمس", "اليوم"): the days an event
    reported is told by."""
    if value.startswith("weekday:"):
        return not value.endswith(":next")
    return value.startswith("rel:report:") and value.endswith("d") and value[11:-1] in ("-1", "+0", "-2")


def _word_around(ctx: Context, before: list[int], after: list[int], last: int, words: frozenset[str]) -> int | None:
    """The token of ``words`` nearest a date among the sentence's tokens ``before`` it (the last of them), else the
    first among those ``after`` it, not across a complementiser from the date's last token ``last`` ("في 8 مارس بعد
    أن اختفت": the date of something before the event); None when none."""
    toks, g = ctx.tokens, ctx.g
    found = None
    for i in before:
        if in_words(toks[i].text, words, g):
            found = i
    if found is not None:
        return found
    for i in after:
        if in_words(toks[i].text, words, g):
            return None if any(in_words(toks[k].text, ctx.rules.complementisers, g) for k in range(last, i)) else i
    return None


def _event_day_kind(ctx: Context, rules: _EventDay, start: int, end: int) -> str:
    """The kind of event ("crash") whose day a relative day at [start, end) says, "" when none: an event verb
    near it in its sentence (no complementiser between when it comes after), a kind word within reach (the
    nearest), no night word in the sentence, no reporting verb next to it."""
    toks, g = ctx.tokens, ctx.g
    first, last = ctx.token_at(start), ctx.token_at(end)
    st = sentence_tokens(ctx, ctx.sentence_of(start))
    verb = _word_around(ctx, st[bisect_left(st, first - rules.before):bisect_left(st, first)],
                        st[bisect_left(st, last):bisect_right(st, last + rules.after)], last, rules.verbs)
    if verb is None or any(in_words(toks[i].text, rules.night, g) for i in st):
        return ""
    near = st[bisect_left(st, first - rules.kind_reach):bisect_right(st, last + rules.kind_reach)]
    kinds = [(min(abs(i - first), abs(i - last)), kind) for i in near
             if (kind := _kind_of(toks[i].text, rules, g))]
    if not kinds or is_report_time(ctx, DateMatch(start, end, "time", "", "relative")):
        return ""
    return min(kinds)[1]


def _kind_of(word: str, rules: _EventDay, g) -> str:
    if word in rules.kinds:
        return rules.kinds[word]
    if len(word) > 3 and word[0] in g.proclitics and word[1:] in rules.kinds:
        return rules.kinds[word[1:]]
    return ""


def _today_facts(ctx: Context, rules: _EventDay, dates: list[DateMatch]) -> list[Fact]:
    """"اليوم" standing alone next to an event verb ("لقي ثلاثة أشخاص مصرعهم اليوم إثر تحطم طائرة"): the
    event's day is the article's own.  Any word of ``alone`` standing alone ("قد تمكنت اليوم من إخراج سيارة",
    "هطلت أمطار غزيرة، البارحة، على", "ابتداء من تداولات الغد") is a day of no subject: a day one copy of a text
    gives where another copy printed the same day gives another (alignment ``_day_copies``)."""
    words = rules.alone or ({rules.today: "+0d"} if rules.today else {})
    out: list[Fact] = []
    taken: list[tuple[int, int]] | None = None
    for word, offset in words.items():
        if word in ctx.nt:
            taken = taken if taken is not None else [(d.start, d.end) for d in dates]
            out.extend(_alone_facts(ctx, rules, taken, word, f"rel:report:{offset}"))
    return out


def _alone_facts(ctx: Context, rules: _EventDay, taken: list[tuple[int, int]], word: str, value: str) -> list[Fact]:
    """The facts of ``word`` (a day word, ``value`` its day) where it stands alone (see ``_today_facts``)."""
    toks, out = ctx.tokens, []
    event_day = _relative_day(value)
    pos = ctx.nt.find(word)
    while pos >= 0:
        i = ctx.token_at(pos + 1) - 1
        pos = ctx.nt.find(word, pos + len(word))
        if i < 0 or toks[i].text != word:
            continue
        s, e = toks[i].start, toks[i].start + len(toks[i].text)
        if any(a < e + 12 and b > s for a, b in taken):
            continue  # "اليوم الأحد", "اليوم (الأحد)": the weekday is read
        sent = ctx.tok_sentence[i]
        if i > 0 and ctx.tok_sentence[i - 1] == sent and in_words(toks[i - 1].text, rules.today_not_after, ctx.g):
            continue
        if i + 1 < len(toks) and ctx.tok_sentence[i + 1] == sent:
            nxt = toks[i + 1].text
            if (ctx.g.starts_with_article(nxt) and not nxt.endswith(rules.feminine)) or nxt in rules.today_not_before:
                continue
        kind = _event_day_kind(ctx, rules, s, e) if event_day and word == rules.today else ""
        if kind:
            out.append(make_fact(ctx, s, e, "time", value, f"{rules.subject}:{kind}"))
        elif rules.alone:
            said = _said_day(ctx, rules, DateMatch(s, e, "time", value, "relative"))
            out.append(make_fact(ctx, s, e, "time", value, note=REPORT_DAY if said else ""))
    return out


def find_date_facts(ctx: Context, dates: list[DateMatch]) -> list[Fact]:
    facts = []
    previous: str = ""  # last day-precision date given, "*-11-07" when its year is unknown
    day_rules = _event_day_rules(ctx.rules.language)
    for d in dates:
        value = d.normalised
        if d.anchor == "previous" and previous:
            value = _after_previous(value, previous)  # "نفس اليوم": the date just given
        subject = _date_subject(ctx, d)
        if subject.startswith(_named_prefixes(ctx.rules.language)) and value[:4].isdigit() and _year_unsaid(ctx, d):
            # the date of one past event without its year ("التي فقدت في 8 مارس" in August 2015): its day and month
            # are compared, not the year the article's date would give it (this year's March, a year off)
            value = "*" + value[4:]
        if not subject and day_rules is not None and _relative_day(value):
            kind = _event_day_kind(ctx, day_rules, d.start, d.end)
            if kind:
                subject = f"{day_rules.subject}:{kind}"  # "قتلوا أمس الأحد في تحطم طائرة": the crash's day
        said = not subject and day_rules is not None and (_relative_day(value) or value.startswith("rel:report:+")) \
            and _said_day(ctx, day_rules, d)
        facts.append(make_fact(ctx, d.start, d.end, d.kind, value, subject, note=REPORT_DAY if said else ""))
        if d.precision == "day":
            previous = value
        if d.time_of_day and _event_time(ctx, d.start, d.end, ctx.rules.time_window):
            # "فجر الخميس": the day is a date fact, the part of the day a time-of-day fact
            facts.append(make_fact(ctx, d.start, d.end, "time", f"tod:{d.time_of_day}", ctx.rules.time_subject))
    for c in find_clock_times(ctx.nt, [(d.start, d.end) for d in dates], ctx.rules.language):
        if _event_time(ctx, c.start, c.end, ctx.rules.time_window):
            facts.append(make_fact(ctx, c.start, c.end, "time", c.value, ctx.rules.time_subject))
    if day_rules is not None:
        facts.extend(_today_facts(ctx, day_rules, dates))
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


def years_followed_by_noun(ctx: Context, dates: list[DateMatch]) -> list[DateMatch]:
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
