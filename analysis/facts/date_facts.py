"""Dates and times as facts: what a date is the date of (an arrival, the event, an election), the
report's own time left without a subject.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from itertools import compress

from analysis.facts.clock import find_clock_times
from analysis.facts.dates import DateMatch, resolve_time
from analysis.records import Fact
from analysis.facts.rules import in_words, in_words_memo, lookup_noun
from analysis.facts.context import Context, make_fact, sentence_tokens


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


def _date_subject(ctx: Context, d: DateMatch) -> str:
    rules, toks = ctx.rules, ctx.tokens
    if d.precision == "year" or is_report_time(ctx, d):
        return ""
    sent = ctx.sentence_of(d.start)
    first = ctx.token_at(d.start)
    last = ctx.token_at(d.end)
    # the sentence's tokens from first - 60 to last + 60 (its token list is ordered: two bisections,
    # not a test of every token of the span)
    st = sentence_tokens(ctx, sent)
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


def find_date_facts(ctx: Context, dates: list[DateMatch]) -> list[Fact]:
    facts = []
    previous: str = ""  # last day-precision date given, "*-11-07" when its year is unknown
    for d in dates:
        value = d.normalised
        if d.anchor == "previous" and previous:
            value = _after_previous(value, previous)  # "نفس اليوم": the date just given
        facts.append(make_fact(ctx, d.start, d.end, d.kind, value, _date_subject(ctx, d)))
        if d.precision == "day":
            previous = value
        if d.time_of_day and _event_time(ctx, d.start, d.end, ctx.rules.time_window):
            # "فجر الخميس": the day is a date fact, the part of the day a time-of-day fact
            facts.append(make_fact(ctx, d.start, d.end, "time", f"tod:{d.time_of_day}", ctx.rules.time_subject))
    for c in find_clock_times(ctx.nt, [(d.start, d.end) for d in dates], ctx.rules.language):
        if _event_time(ctx, c.start, c.end, ctx.rules.time_window):
            facts.append(make_fact(ctx, c.start, c.end, "time", c.value, ctx.rules.time_subject))
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
