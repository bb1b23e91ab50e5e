"""The scope of each count (what is measured, of whom, narrowed how, as of when), or why a number
is not a fact of the story (background, rhetoric, rank, list, range end); the number facts.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta
from itertools import compress, count, groupby
from operator import itemgetter

from analysis.facts.dates import DateMatch, resolve_time, weekday_around
from analysis.facts.numbers import NumberMatch, find_numbers, format_range, number_lexicon, parse_number_word
from analysis.records import Fact
from analysis.lexicon import load_lexicon
from analysis.text.textnorm import normalise_text
from analysis.facts.rules import ScopeRules, counted_stem, lookup_word, stem_word, without_ta
from analysis.text.grammar import Grammar
from analysis.facts.context import Context, make_fact, sentence_tokens
from analysis.facts.date_facts import is_report_time
from analysis.facts.counts import Count, count_holder, count_year, counting_word, find_counts


_text = itemgetter(0)  # Token.text


def number_facts(ctx: Context, dates: list[DateMatch]) -> list[Fact]:
    taken = [(d.start, d.end) for d in dates]
    counts = find_counts(ctx, find_numbers(ctx.nt, tokens=ctx.tokens), taken)
    years = [d for d in dates if d.kind == "date" and d.normalised[:4].isdigit()]
    facts = []
    periods: dict[int, list[tuple[int, int]]] = {}  # sentence -> its period phrases, found when first needed
    last_measure: dict[int, str] = {}  # sentence -> measure of its last count (what "منهم" parts belong to)
    scopes = []
    disease: list[int] = []  # the article's count of disease words, counted when first needed
    for c in counts:
        sent = ctx.sentence_of(c.start)
        sc = _scope_count(ctx, c, counts, years, last_measure.get(sent))
        if (sc.measure == "wounded" or sc.measure in ctx.scope.case_measures) and _infection(ctx, sent, disease):
            sc = _as_infected(sc)
        if sc.measure and not sc.note:
            last_measure[sent] = sc.measure
        scopes.append(sc)
    scopes = _casualty_totals(ctx, counts, scopes)
    scopes = _listed_amounts(ctx, counts, scopes)
    scopes = _limits(ctx, counts, scopes)
    scopes = _range_ends(ctx, counts, scopes)
    scopes = _further_counts(ctx, counts, scopes)
    scopes = _later_deaths(ctx, counts, scopes)
    scopes = _none_beside_tolls(counts, scopes)
    counts, scopes = _dual_durations(ctx, counts, scopes)
    scopes, replaced = _restatements(ctx, counts, scopes, years)
    own_year = _lead_year(ctx)
    for ci, (c, sc) in enumerate(zip(counts, scopes)):
        value = format_range(c.low * sc.days[0], c.high * sc.days[1]) if sc.days else format_range(c.low, c.high)
        sent = ctx.sentence_of(c.start)
        info = scope_of_sentence(ctx, sent)
        note = sc.note or ("" if sc.year_scoped else info.background_near(
            c.start, c.end, ctx.scope.background_reach, own_year if sc.measure.startswith("amount:") else ""))
        since = note.startswith(SINCE)
        if since:
            note = "" if sc.subject and sc.measure in ctx.scope.cumulative_measures else f"background: {note[len(SINCE):].strip()}"
        subject, qualifier = ("" if note else sc.subject), sc.qualifier
        if subject and sc.measure in ctx.scope.cumulative_measures \
                and (since or _period_near(ctx, periods, sent, c.start, c.end)) and not _now_after(ctx, c):
            # "9 killed in the past 24 hours", "590 detained since Friday": a total over a period, not
            # one incident's toll (scope.json, period_patterns)
            subject, qualifier = f"{subject}_period", "_".join(q for q in (qualifier, "period") if q)
        facts.append(make_fact(ctx, c.start, c.end, "number", value, subject, sc.unit, sc.year,
                               measure=sc.measure, holder=sc.holder, qualifier=qualifier,
                               as_of=replaced.get(ci) or info.as_of_near((c.start + c.end) // 2, end=c.end), note=note,
                               update_cue=info.update_cue and not _increment(ctx, c, sc.qualifier),
                               as_of_reported=info.reports((c.start + c.end) // 2, end=c.end)))
    return facts


LEAD_TOKENS = 8  # the lead is the article's first sentence of this many words or more (not a dateline)


def _lead_year(ctx: Context) -> str:
    """The year before publication when the article's lead names it and no date of the publication's year: a
    report of last year published now ("تراجع إجمالي الإيرادات ... في نهاية عام 2014 بنسبة 3%" on 21 July 2015),
    whose amounts of that year are the article's news, not an earlier event's figures ("" otherwise)."""
    pub = ctx.reference
    if pub is None or not ctx.dates or not ctx.tokens:
        return ""
    first = ctx.tok_sentence[0]
    lead = next((s for s, run in groupby(ctx.tok_sentence) if len(list(run)) >= LEAD_TOKENS), first)
    toks = sentence_tokens(ctx, lead)
    if not toks:
        return ""
    a, b = ctx.tokens[toks[0]].start, ctx.tokens[toks[-1]].end
    named = {d.normalised[:4] for d in ctx.dates if a <= d.start and d.end <= b and d.normalised[:4].isdigit()}
    last = str(pub.year - 1)
    return last if last in named and not any(y >= str(pub.year) for y in named) and any(
        d.normalised == last and d.precision == "year" for d in ctx.dates if a <= d.start and d.end <= b) else ""


LIST_NOTE = "one of a list of figures"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a bare year, as the restated period's ("من العام 2014م")


def _restatements(ctx: Context, counts: list[Count], scopes: list[CountScope],
                  years: list[DateMatch]) -> tuple[list[CountScope], dict[int, str]]:
    """A restated figure (scope.json, restatements): "تم تخفيض أرباح الربع الأول من العام 2013 المنشورة سابقا
    والبالغة 1,340 مليون ريال لتصبح الأرباح المعدلة 1,270 مليون ريال".  The amount before the becoming word
    ("لتصبح") and the one after it are one quantity, the period the clause names of the year the sentence names
    (subject "<measure>:<period>:<year>"), at two moments: the old value as of the period's last day, the new one as
    of the article.  Neither is background for naming 2013, nor one row of a table ("لتتقلص خلال الربع الأول من
    1340 مليون ريال لتصبح 1270 مليون ريال، وخلال ...").  Returns the scopes and the old values' as-of days by count
    index.  Only sentences with a becoming word are looked at (a set test per amount's few words before it)."""
    rs = ctx.scope
    if not rs.restate_becoming or not rs.restate_periods or ctx.reference is None:
        return scopes, {}
    toks = ctx.tokens
    amounts = [i for i, s in enumerate(scopes) if s.measure.startswith("amount:") and s.measure != "amount:percent"
               and s.note in ("", LIST_NOTE) and not s.days]
    if len(amounts) < 2:
        return scopes, {}
    out, replaced = list(scopes), {}
    pairs: list[tuple[int, int]] = []  # (old, new) count indices
    for n, j in enumerate(amounts):
        cj = counts[j]
        t0 = cj.num.token_start
        if n == 0 or not any(toks[k].text in rs.restate_becoming for k in range(max(0, t0 - 4), t0)):
            continue  # (most amounts: no becoming word in the few words before)
        sent = ctx.sentence_of(cj.start)
        earlier = [i for i in amounts[:n] if scopes[i].measure == scopes[j].measure and ctx.sentence_of(counts[i].start) == sent]
        if not earlier:
            continue
        # "... 1,340 مليون ريال لتصبح الأرباح المعدلة 1,270": a becoming word in the few words before the new value
        k = next((k for k in range(t0 - 1, max(counts[earlier[-1]].num.token_end, t0 - 5), -1)
                  if toks[k].text in rs.restate_becoming), -1)
        if k >= 0:  # (always, but for a becoming word past the earlier amount)
            for i in reversed(earlier):  # the replaced amount: the nearest before, past change sizes ("بمبلغ 863")
                i0 = counts[i].num.token_start
                if k - counts[i].num.token_end > rs.restate_reach:
                    break
                if i0 > 0 and toks[i0 - 1].text in rs.restate_by:
                    continue
                pairs.append((i, j))
                break
    for old, new in pairs:
        first, last = min(old, new), max(old, new)
        sent = ctx.sentence_of(counts[first].start)
        prior = [i for i in amounts if i < first and ctx.sentence_of(counts[i].start) == sent]
        toks_sent = sentence_tokens(ctx, sent)
        lo = counts[prior[-1]].end if prior else (toks[toks_sent[0]].start if toks_sent else counts[first].start)
        hi = counts[last].start
        clause = ctx.nt[lo:hi]
        found = sorted((m.start(), pid, end) for pid, rx, end in rs.restate_periods for m in rx.finditer(clause))
        s0 = toks[toks_sent[0]].start if toks_sent else lo
        # the year the sentence names before the new value: a date's, or a bare year ("من العام 2014م")
        year = next((d.normalised[:4] for d in reversed(years) if d.end <= hi and ctx.sentence_of(d.start) == sent), "")
        bare = [m for m in _YEAR.finditer(ctx.nt, s0, hi)
                if not any(counts[i].start <= m.start() < counts[i].end for i in amounts)]
        if bare and (not year or not any(d.end <= hi and d.start >= bare[-1].start() for d in years)):
            year = bare[-1].group(0)
        if not found or not year:
            continue
        _, pid, end = found[-1]
        day = f"{year}-{end}"
        if day >= ctx.reference.isoformat():
            continue
        subject = f"{scopes[old].measure}:{pid}:{year}"
        for i in (old, new):
            out[i] = replace(scopes[i], subject=subject, note="", year=year, year_scoped=True)
        replaced[old] = day
    return out, replaced


def _increment(ctx: Context, c: Count, qualifier: str) -> bool:
    """A count of what was added since the last report ("بعد انتشال 11 جثة جديدة"): the sentence's rise
    ("ارتفع عدد الوفيات إلى 29") is the total's, not this count's, so it carries no update cue: two outlets
    giving 11 and 13 new bodies for one morning disagree, the one is no rise of the other."""
    i0 = c.num.token_start
    return "new" in qualifier.split("_") and i0 >= 2 and ctx.tokens[i0 - 2].text in ctx.scope.increment_after


def _governed_duration(ctx: Context, i0: int, k: int, lo: int, counts: list[Count],
                       c: Count | None = None) -> CountScope | None:
    """The length of what a word before the span names ("بعقد يمتد لعامين": a contract's; "تعليقه عن
    التداول لـ 35 يوما": a suspension's), keyed by that word's class and read in days (scope.json,
    governed_durations); None when no such word governs it, or the span is an elapsed time ("منذ") or an
    added one ("لعامين آخرين").  ``i0``: the span's first token; ``k``: its unit word's; ``c``: its count (none
    for a dual unit, a count of its own)."""
    sc, g, toks = ctx.scope, ctx.g, ctx.tokens
    if not sc.duration_governors or k >= len(toks):
        return None
    days = sc.duration_units.get(toks[k].text)
    if days is None:  # (a definite dual is a period named, "خلال العامين الماضيين", not a length: not listed)
        unit = sc.duration_duals.get(toks[k].text)
        days = sc.duration_units.get(unit) if unit else None
    if days is None or (k + 1 < len(toks) and ctx.tok_sentence[k + 1] == ctx.tok_sentence[k]
                        and toks[k + 1].text in sc.duration_extra):
        return None
    if ctx.nt[toks[k].end:toks[k].end + 2].lstrip()[:1] in sc.duration_aside:
        # "المدرب رياض الصادق (39 عامًا)", "مانكيو 21/ عاما/": a span in brackets is an aside, an age
        return None
    if c is not None and (c.num.start > toks[i0].start or c.low <= 0):
        # "تعاقد بوك57 عاما": a figure glued to a word; "لاعبين أقل من 18 عاما": a limit, no length
        return None
    if i0 > lo and (toks[i0 - 1].text in sc.name_titles or ctx.lk.roles[toks[i0 - 1].text]):
        return None  # "انتقل إلى رحمة الله كل من الأب 45 عاما": after a person's title or role, an age
    for j in range(i0 - 1, max(lo, i0 - sc.duration_reach) - 1, -1):
        w = toks[j].text
        if not sc.duration_since.isdisjoint(g.strip_conj(w)) or w in sc.duration_duals or w in sc.duration_nouns:
            return None  # "منذ 16 شهرا", "قبل عامين"; a span before this one is the one its governor governs
        cls = lookup_word(w, sc.duration_governors, g)
        if cls:
            if any(j < c2.num.token_start < i0 for c2 in counts):
                return None  # another figure stands between the word and the span
            about = k + 1 < len(toks) and toks[k + 1].text in sc.duration_about
            return CountScope(f"duration:{cls}", f"duration:{cls}", unit="days", days=_about(ctx, days) if about else days)
    return None


def _about(ctx: Context, days: tuple[float, float]) -> tuple[float, float]:
    """"لشهرين تقريبا": about so long, the numbers' tolerance around the unit's middle (a month is 28 to 31
    days: "about two months" is 53 to 65 days, a figure, not the wide range 50 to 68)."""
    mid = (days[0] + days[1]) / 2
    return mid * (1 - ctx.rules.about_tolerance), mid * (1 + ctx.rules.about_tolerance)


def _dual_durations(ctx: Context, counts: list[Count],
                    scopes: list[CountScope]) -> tuple[list[Count], list[CountScope]]:
    """``counts`` and ``scopes`` with the spans of two units written as one dual word after a governor ("بعقد
    يمتد لعامين", "توقف عن التداول لشهرين تقريبا") added after them (see ``_governed_duration``).  The tokens
    holding a dual unit are picked out at C level (a few an article, most of them governed by nothing)."""
    sc, g, toks = ctx.scope, ctx.g, ctx.tokens
    if not sc.duration_duals or not sc.duration_governors:
        return counts, scopes
    counts, scopes = list(counts), list(scopes)
    for i in compress(count(), map(sc.duration_duals.__contains__, map(_text, toks))):
        if any(c.num.token_start <= i <= c.num.token_end for c in counts):
            continue
        lo, _ = _clause(ctx, i, i)
        scope = _governed_duration(ctx, i, i, lo, counts)
        if scope is None:
            continue
        tok, low = toks[i], 2.0
        start = tok.start
        if i > lo and any(kind == "about" and phrase in g.strip_conj(toks[i - 1].text) for phrase, kind in ctx.rules.modifiers):
            # "أوقف عن التداول لنحو شهرين": about two months
            start = toks[i - 1].start
            scope = replace(scope, days=_about(ctx, scope.days)) if scope.days else scope
        fake = NumberMatch(start, tok.end, low, low, "cardinal", False, False, i, i)
        counts.append(Count(fake, start, tok.end, low, low, None))
        scopes.append(scope)
    return counts, scopes


def _listed(words: frozenset[str], g: Grammar, w: str) -> bool:
    """A word of a set as written or behind one proclitic ("بالفيروس" for "الفيروس", "ومنذ" for "منذ")."""
    return not words.isdisjoint(g.strip_conj(w))


def _infection(ctx: Context, sent: int, memo: list[int]) -> bool:
    """Whether a sentence's "wounded" are infected: it names a disease, or its article names one
    ``infection_article_min`` times (a report on a virus says "حالات الإصابة" with the virus a sentence
    away); either way only when the sentence names no wound, blast or accident."""
    sc, g = ctx.scope, ctx.g
    if not sc.disease_words:
        return False
    words = [ctx.tokens[k].text for k in sentence_tokens(ctx, sent)]
    if any(_listed(sc.wound_words, g, w) for w in words):
        return False
    if any(_listed(sc.disease_words, g, w) for w in words):
        return True
    if not memo:
        memo.append(sum(_listed(sc.disease_words, g, t.text) for t in ctx.tokens))
    return memo[0] >= sc.infection_article_min


def _as_infected(s: CountScope) -> CountScope:
    """The same count, of infections rather than wounds ("wounded_hospital" -> "infected_hospital");
    a count of "cases" ("n:حاله", keyed by its noun and what governs it) is the count of infections."""
    if s.measure != "wounded":
        if s.note and s.note != "counted thing without a governing word":
            return s  # a part of a whole, a list, a rank...: still not compared
        return CountScope("_".join(["infected", *(q for q in s.qualifier.split("_") if q)]), "infected",
                          qualifier=s.qualifier, unit="infected")
    subject = "_".join("infected" if p == "wounded" else p for p in s.subject.split("_")) if s.subject else ""
    return replace(s, subject=subject, measure="infected", unit="infected" if s.unit == "wounded" else s.unit)


def _range_ends(ctx: Context, counts: list[Count], scopes: list[CountScope]) -> list[CountScope]:
    """"بين 50 و65 دولارا": the two ends of a range, neither of them the figure itself."""
    out = list(scopes)
    for i in range(len(counts) - 1):
        a, b = counts[i], counts[i + 1]
        j = a.num.token_start
        if j == 0 or not ctx.g.between or ctx.g.between not in ctx.g.strip_conj(ctx.tokens[j - 1].text):
            continue
        gap = ctx.nt[a.end:b.start].strip()
        if ctx.g.is_conjunction(gap) or (not gap and ctx.g.is_conjunction(ctx.nt[b.start])):
            for k in (i, i + 1):
                out[k] = replace(out[k], subject="", note="an end of a range")
    return out


def _further_counts(ctx: Context, counts: list[Count], scopes: list[CountScope]) -> list[CountScope]:
    """"مقتل سبعة مسلحين ... بالإضافة إلى مقتل خمسة آخرين": a count of "others" (``another``, right after
    the number or its noun) of the measure of an earlier count in its sentence adds to it, so neither
    is the toll (7 + 5 = 12): both are parts, not compared.  ("قتل 5 وأصيب 20 آخرون": the others are
    of another measure, the wounded, and 20 is their whole count.)"""
    out = list(scopes)
    toks, another = ctx.tokens, ctx.scope.another
    for i, (c, s) in enumerate(zip(counts, scopes)):
        if not s.subject or not s.measure:
            continue
        k = c.num.token_end + 1
        if not any(toks[j].text in another for j in range(k, min(k + 2, len(toks)))):
            continue
        if _joined_to_a_name(ctx, c):
            # "ولا يزال مارين وخمسة آخرون قيد الاحتجاز", "محاكمة مرسي و10 آخرين": N others beside
            # someone named, so N is not the whole count (the seven arrested were Marín and five others)
            out[i] = replace(out[i], subject="", note="one of two counts that add up (and N others)")
            continue
        sent = ctx.sentence_of(c.start)
        for j in range(i):
            if scopes[j].subject and scopes[j].measure == s.measure and ctx.sentence_of(counts[j].start) == sent:
                for x in (i, j):
                    out[x] = replace(out[x], subject="", note="one of two counts that add up (and N others)")
    return out


LATER_DEATH_REACH = 150  # characters after a killed count searched for a later death in its sentence


def _later_deaths(ctx: Context, counts: list[Count], scopes: list[CountScope]) -> list[CountScope]:
    """"أسفر عن مقتل شخصين وإصابة ثلاثة آخرين، فارق أحدهم الحياة": one of the injured died after, so the
    killed count before the phrase (``later_deaths``) is not the toll (three): left uncompared."""
    phrases = ctx.scope.later_deaths
    if not phrases:
        return scopes
    out = list(scopes)
    for i, (c, s) in enumerate(zip(counts, scopes)):
        if s.subject and s.measure == "killed":
            sent, after = ctx.sentence_of(c.start), ctx.nt[c.end:c.end + LATER_DEATH_REACH]
            if any((q := after.find(p)) >= 0 and ctx.sentence_of(c.end + q) == sent for p in phrases):
                out[i] = replace(s, subject="", note="a toll a later death added to")
    return out


def _none_beside_tolls(counts: list[Count], scopes: list[CountScope]) -> list[CountScope]:
    """"أسفر عن مقتل 20 ... لكنها أشارت إلى أن هذا القصف لم يؤد إلى خسائر بشرية": an article that counts
    casualties of a kind and says none of that kind were harmed tells of two incidents (or its none was
    overtaken): its none is not the story's count, left uncompared (with the other kinds of its phrase)."""
    zeros = [i for i, c in enumerate(counts) if c.zero]
    if not zeros:
        return scopes
    counted = {s.measure for c, s in zip(counts, scopes) if not c.zero and s.measure}
    phrase: dict[int, set[str]] = {}
    for i in zeros:
        phrase.setdefault(counts[i].start, set()).add(counts[i].zero)
    out = list(scopes)
    for i in zeros:
        if phrase[counts[i].start] & counted:
            out[i] = replace(scopes[i], subject="", note="none of another incident")
    return out


def _joined_to_a_name(ctx: Context, c: Count) -> bool:
    """Whether a count of "others" is joined by "و" to what comes before it ("مارين وخمسة آخرون"): the
    conjunction on the number itself or standing before it, where a count of the measure's own verb has
    none ("وأصيب 3 آخرون": the verb carries it)."""
    g, toks = ctx.g, ctx.tokens
    first = toks[c.num.token_start].text
    if c.num.token_start > 0 and g.is_conjunction(toks[c.num.token_start - 1].text):
        return True
    rest = first[len(g.conjunction):]
    return g.starts_with_conjunction(first) and bool(rest) and (rest[:1].isdigit() or parse_number_word(rest) is not None)


LIST_SIZE = 3  # figures of one unit in one run that make it a table, not a statement
LIST_GAP = 8  # words at most between two figures of one run


def _listed_amounts(ctx: Context, counts: list[Count], scopes: list[CountScope]) -> list[CountScope]:
    """Three or more amounts of one unit in a run is a table in prose ("the insurance sector fell
    5.15%, building 4.98%, industry 4.43%..."): each figure is one row, of a stock, a sector or a
    currency that the words around it barely name, so none is compared.  A run: one sentence, at most
    ``LIST_GAP`` words between a figure and the next one of its unit.  An amount a long clause away
    from the next is a statement of its own ("حجم الودائع المصرفية الذي بلغ 1.67 تريليون ريال، بين أنها
    ... 80 مليار ... 20 مليار ... 40 مليار": the deposits are no row of the bond schedule)."""
    runs: dict[int, int] = {}  # count index -> its run's size
    last: dict[tuple[int, str], list[int]] = {}  # (sentence, measure) -> the current run's count indices
    for i, (c, sc) in enumerate(zip(counts, scopes)):
        if not sc.measure.startswith("amount:"):
            continue
        key = (ctx.sentence_of(c.start), sc.measure)
        run = last.get(key)
        if run and c.num.token_start - counts[run[-1]].num.token_end - 1 > LIST_GAP:
            run = None
        if run and len(run) == 1 and any(ctx.tokens[k].text in ctx.scope.part_markers
                                         for k in range(counts[run[-1]].num.token_end + 1, c.num.token_start)):
            # "قناة يبلغ طولها 72 كيلومترا، منها 35 كيلومترا بالحفر الجاف وتوسيع وتعميق 37 كيلومترا": a whole and
            # its parts (a part marker after the run's first figure), each part named by the words that follow
            # it, not a table's rows; the parts alone are a table when they are three or more
            run = None
        if run is None:
            run = last[key] = []
        run.append(i)
        for j in run:
            runs[j] = len(run)
    if not runs or max(runs.values()) < LIST_SIZE:
        return scopes
    return [replace(s, subject="", note=LIST_NOTE) if runs.get(i, 0) >= LIST_SIZE else s
            for i, s in enumerate(scopes)]


def _limits(ctx: Context, counts: list[Count], scopes: list[CountScope]) -> list[CountScope]:
    """An amount a limit phrase comes before (``limit_markers``: "غرامة لا تقل عن 250 ألف درهم ولا
    تتجاوز مليون درهم", "بنسبة لا تزيد عن 3.67%", "الحد الأقصى لعمليات السحب حدد بـ300 يورو"), within
    ``limit_reach`` characters in its sentence: a penalty's bounds or a cap, one per offence or regime,
    not a figure of the event.  Amounts only: "لا يقل عن 30 قتيلا" is a toll of at least 30."""
    rx = ctx.scope.limit_rx
    if rx is None:
        return scopes
    out = list(scopes)
    for i, (c, s) in enumerate(zip(counts, scopes)):
        if not s.subject or not s.measure.startswith("amount:"):
            continue
        toks = sentence_tokens(ctx, ctx.sentence_of(c.start))
        lo = max(ctx.tokens[toks[0]].start if toks else 0, c.start - ctx.scope.limit_reach)
        if rx.search(ctx.nt, lo, c.start):
            out[i] = replace(s, subject="", note="a limit set by a rule, not a figure of the event")
    return out


def _casualty_totals(ctx: Context, counts: list[Count], scopes: list[CountScope]) -> list[CountScope]:
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



def _now_after(ctx: Context, c: Count) -> bool:
    """Whether a "now" word (scope.json, now_words) follows count ``c`` in its clause ("و7 حالات تخضع للعلاج
    حاليا"): the count is a stock on the report's day, not a total over the sentence's period."""
    sc, toks = ctx.scope, ctx.tokens
    if not sc.now_words:
        return False
    k0 = ctx.token_at(c.end)
    for k in range(k0, min(len(toks), k0 + sc.now_reach)):
        if ctx.tok_sentence[k] != ctx.tok_sentence[k0] or (k > k0 and ctx.clause_break_between(toks[k - 1].end, toks[k].start)):
            return False
        if toks[k].text in sc.now_words:
            return True
    return False


def _period_near(ctx: Context, memo: dict[int, list[tuple[int, int]]], sent: int, start: int, end: int) -> bool:
    """Whether a period phrase (scope.json, period_patterns) is within reach of a figure; a sentence's
    phrases are found once, and only for sentences with a casualty or arrest count."""
    found = memo.get(sent)
    if found is None:
        toks = sentence_tokens(ctx, sent)
        a, b = (ctx.tokens[toks[0]].start, ctx.tokens[toks[-1]].end) if toks else (0, 0)
        found = memo[sent] = [(a + m.start(), a + m.end())
                              for rx in ctx.scope.period_patterns for m in rx.finditer(ctx.nt[a:b])]
    reach = ctx.scope.period_reach
    return any(lo - reach <= end and start <= hi + reach for lo, hi in found)


PERIOD_END_CHARS = 20  # a period-end phrase ends at most this far before the date it introduces
# "since" at most this far before an earlier date makes the date the start of a running total ("منذ ظهور
# المرض بالمملكة في يونيو 2012", "منذ عام 2012", "منذ شهر يونيو"): a cumulative count near it is a total over
# that period (qualifier "period"), not a figure of another event; other figures still take it as background
SINCE_CHARS = 40
SINCE_MIN_DAYS = 11  # older than a background day: "since June" is a period too; "منذ الجمعة" is period_patterns
SINCE = "since:"
SINCE_PHRASE = "background: '"  # a background phrase's reason; a since-phrase's goes on with a since word


RECORD_WORDS = 7  # words at most from a record word ("its lowest close") to the end of the "since" marker it takes
AS_OF_REACH = 25  # characters between a figure and a day that dates it
CAUSED_GAP = 16  # characters at most between a figure's end and the "after" word of the clause that raised it
CAUSED_WORDS = 8  # words at most from that "after" word to the day its clause states
REPORT_DAY_MAX = 6  # days before publication a report's stated day may be (a week's wire copy): SentenceScope.reported


def _since_before(ctx: Context, a: int, start: int) -> bool:
    """Whether "since" stands within ``SINCE_CHARS`` before a date (not before the sentence's start ``a``)."""
    return any(_listed(ctx.scope.since_words, ctx.g, w) for w in ctx.nt[max(a, start - SINCE_CHARS):start].split())


@dataclass(frozen=True)
class SentenceScope:
    as_of: str  # the article's own day (the default "as of" of the sentence's figures)
    background: str  # a background marker somewhere in the sentence ("" none)
    update_cue: bool
    stated: tuple[tuple[int, str], ...] = ()  # (normalised offset, ISO day) of days the sentence states
    markers: tuple[tuple[int, int, str], ...] = ()  # (start, end, reason) of each background marker
    comparisons: tuple[int, ...] = ()  # offsets of the sentence's comparison words ("مقارنة", "مقابل")
    # (offset, ISO day) of the day a report in the sentence was made ("قالت الوزارة في بيان اليوم الاثنين إن"):
    # the figures after it are as of that day, however far from it they stand (a Monday statement printed on Wednesday)
    reported: tuple[int, str] | None = None
    results: tuple[int, ...] = ()  # offsets of the sentence's event-result verbs ("أسفر", "أودى"), when it has markers
    # (offset, ISO day) of a source and its day closing the sentence ("... إلى 36 قتيلا، حسب ما أفادت الوزارة أمس
    # الأحد"): the figures before it are what the source said that day
    sourced: tuple[int, str] | None = None
    # (offset, ISO day) of an "after" word (scope.json increment_words.after) whose clause states a day, in a
    # sentence saying a count rose: "ارتفع عدد الضحايا إلى 31 قتيلا بعد انتشال 13 جثة صباح أمس" is the toll as
    # of yesterday morning, when the bodies that raised it were recovered, however far the day stands
    caused: tuple[tuple[int, str], ...] = ()
    # offsets of the sentence's clause marks (scope.json ``since_clause_marks``) and the starts of its since-phrase
    # markers ("منذ بداية"), when it has one
    breaks: tuple[int, ...] = ()
    since_at: tuple[int, ...] = ()

    def background_near(self, start: int, end: int, reach: int, own_year: str = "") -> str:
        """The background marker within ``reach`` characters of a figure, "" if none: a long
        sentence may recall an old event in one clause and give today's figure in the next.

        A comparison word between the figure and a marker after it shields the figure: in "X in the
        second quarter, up 2.5% on the same quarter last year, when it was Y" the marker dates Y.

        Further away, an old day still dates a toll when an event-result verb stands between them and
        no other day does: "وكان آخر هجوم ... قد وقع في الأول من يوليو ... بالهجوم على عدد من الكمائن
        ... مما أسفر عن مقتل 17" is the toll of that earlier attack, 120 characters on.

        ``own_year``: a year that is the article's own reporting period (``_lead_year``), no background."""
        own = f"background: {own_year}" if own_year else ""
        for a, b, reason in self.markers:
            if reason == own:
                continue
            if a - reach <= end and start <= b + reach:
                if end <= a and any(end <= c < a for c in self.comparisons):
                    continue
                if end <= a and a in self.since_at and any(end <= c < a for c in self.breaks):
                    # "هبط خام برنت 1.71 دولار ليصل إلى 50.50 دولار، وهبط السعر نحو 20 في المئة منذ بداية
                    # الربع": a since-phrase is the start of the period its own clause's change runs over, not
                    # the day of a figure a clause mark before it
                    continue
                return reason
        for a, b, reason in self.markers:
            if b <= start and not reason.startswith(SINCE) and reason != own and any(b <= r < start for r in self.results) \
                    and not any(b <= o < start for o, _ in self.stated):
                return reason
        return ""

    def as_of_near(self, offset: int, chars: int = AS_OF_REACH, end: int | None = None) -> str:
        """The stated day next to a figure ("حتى مساء أمس 30 قتيلا"), else the day of the clause
        that raised it right after it (``caused``; the figure ends at ``end``), else the article's day.

        A day further away usually dates the event, not the figure: "the bombing on Monday,
        which killed 32" is Wednesday's toll of Monday's bombing.
        """
        near = [(abs(o - offset), d) for o, d in self.stated if abs(o - offset) <= chars]
        if near:
            return min(near)[1]
        caused = self.caused_day(end)
        if caused:
            return caused
        if self.reported is not None and self.reported[0] < offset:
            return self.reported[1]
        if self.sourced is not None and offset < self.sourced[0]:
            return self.sourced[1]
        return self.as_of

    def caused_day(self, end: int | None) -> str:
        """The day of a caused clause (``caused``) whose "after" word stands within ``CAUSED_GAP`` characters
        after a figure ending at ``end`` (its counted noun between them), else ""."""
        if end is None:
            return ""
        return next((d for o, d in self.caused if 0 <= o - end <= CAUSED_GAP), "")

    def reports(self, offset: int, chars: int = AS_OF_REACH, end: int | None = None) -> bool:
        """Whether a figure at ``offset`` is dated by the sentence's report day (``reported``: after it; or
        ``sourced``: before it), no stated day nearer to the figure nor a caused clause's day."""
        if any(abs(o - offset) <= chars for o, _ in self.stated) or self.caused_day(end):
            return False
        return (self.reported is not None and self.reported[0] < offset) or (
            self.sourced is not None and offset < self.sourced[0])


@dataclass(frozen=True)
class CountScope:
    subject: str  # comparison key ("" when not compared)
    measure: str = ""
    holder: str = ""
    qualifier: str = ""
    unit: str = ""
    year: str = ""
    note: str = ""  # why not compared
    year_scoped: bool = False
    days: tuple[float, float] | None = None  # a governed span of time: days per unit (low, high), see _governed_duration


def scope_of_sentence(ctx: Context, sent: int) -> SentenceScope:
    """As-of day, background and update cue of one sentence (memoised per sentence)."""
    hit = ctx._sentence_scope.get(sent)
    if hit is not None:
        return hit
    sc = ctx.scope
    toks = sentence_tokens(ctx, sent)
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
    reported: tuple[int, str] | None = None
    lo_i = bisect_right(ctx._date_starts, a - 1) if ctx._date_starts else 0
    for d in ctx.dates[lo_i:]:
        if d.start > b:
            break
        if d.start < a or d.end > b:
            continue
        if d.precision in ("year", "month") and d.normalised[:4].isdigit() and pub is not None:
            earlier_year = int(d.normalised[:4]) < pub.year
            if earlier_year or (d.precision == "month" and d.normalised[:7] < pub.isoformat()[:7]):
                if _since_before(ctx, a, d.start):
                    # "منذ ظهور المرض بالمملكة في يونيو 2012", "منذ شهر يونيو": the start of a running total
                    markers.append((d.start, d.end, f"{SINCE} {d.normalised}"))
                elif earlier_year or pub.day > sc.background_days \
                        or d.normalised[:7] < (pub - timedelta(days=40)).isoformat()[:7]:
                    markers.append((d.start, d.end, f"background: {d.normalised}"))
            continue
        day = _resolve_own_day(d, pub)
        if day is None:
            continue
        if pub is not None and (pub - day).days >= SINCE_MIN_DAYS and _since_before(ctx, a, d.start):
            markers.append((d.start, d.end, f"{SINCE} {day.isoformat()}"))
            continue
        if pub is not None and (pub - day).days > sc.background_days:
            if day.year == pub.year and sc.period_end_rx is not None \
                    and sc.period_end_rx.search(ctx.nt[max(a, d.start - PERIOD_END_CHARS):d.start]):
                # "للفترة المنتهية في 30 يونيو 2015", "كما في 30 يونيو": this year's end of a reporting
                # period, which the figures are of, not an earlier event (last year's still is)
                continue
            markers.append((d.start, d.end, f"background: {day.isoformat()}"))
        elif pub is None or 0 <= (pub - day).days <= sc.background_days:
            stated.append(((d.start + d.end) // 2, day.isoformat()))
            if reported is None and pub is not None and (pub - day).days <= REPORT_DAY_MAX and (
                    is_report_time(ctx, d) or _clause_follows(ctx, d.end)):
                reported = ((d.start + d.end) // 2, day.isoformat())
    since_starts = [m[0] for m in markers if m[2].startswith(SINCE)]
    if since_starts:
        # "منذ عام 2012": the phrase "since the year" belongs to the date it introduces
        markers = [m for m in markers if m[2].startswith(SINCE) or not any(m[0] <= s and s - m[1] <= 3 for s in since_starts)]
    markers_set = sc.update_markers
    # the sentence's distinct words gathered at C level, then the same test on each (order does
    # not matter to any())
    words = set(map(_text, map(ctx.tokens.__getitem__, toks)))
    procl = ctx.g.proclitics
    update = not markers_set.isdisjoint(words) or any(
        len(t) > 3 and t[0] in procl and t[1:] in markers_set for t in words)
    if markers and sc.record_rx is not None:
        # "أدنى إغلاق له منذ منتصف عام 2009": the marker dates the record the figure sets, not the figure
        # (or "the biggest attack since 2013"): the marker, or the words before it, say "since"
        records = [a + m.end() for m in sc.record_rx.finditer(span_text)]
        markers = [mk for mk in markers if not any(
            r <= mk[0] and len(gap := ctx.nt[r:mk[1]].split()) <= RECORD_WORDS and not sc.since_words.isdisjoint(gap)
            for r in records) or _when_follows(ctx, mk[1], b)]
    comparisons: tuple[int, ...] = ()
    if sc.comparison_rx is not None and markers:
        comparisons = tuple(a + m.start() for m in sc.comparison_rx.finditer(span_text))
    background = markers[0][2] if markers else ""
    results: tuple[int, ...] = ()
    if markers and sc.event_result_verbs:
        results = tuple(ctx.tokens[t].start for t in toks
                        if lookup_word(_text(ctx.tokens[t]), sc.event_result_verbs, ctx.g))
    sourced = _sourced_day(ctx, toks, stated, pub)
    caused = _caused_days(ctx, toks, stated) if update and stated else ()
    breaks: tuple[int, ...] = ()
    since_at = tuple(m[0] for m in markers if _since_phrase(sc, m[2])) if sc.since_clause_marks else ()
    if since_at:
        breaks = tuple(a + i for i, ch in enumerate(span_text) if ch in sc.since_clause_marks)
    out = SentenceScope(as_of, background, update, tuple(stated), tuple(markers), comparisons, reported, results,
                        sourced, caused, breaks, since_at)
    ctx._sentence_scope[sent] = out
    return out


def _since_phrase(sc: ScopeRules, reason: str) -> bool:
    """Whether a background marker's reason is a since-phrase's ("background: 'منذ بدايه'")."""
    return reason.startswith(SINCE_PHRASE) and reason[len(SINCE_PHRASE):].split(" ", 1)[0] in sc.since_words


def _when_follows(ctx: Context, end: int, b: int) -> bool:
    """A when-word right after a date ("منذ أبريل 2011، عند مقتل 22 شخصا"): the date is an earlier event's,
    told on after it (scope.json ``record_when``)."""
    words = ctx.nt[end:b].split()[:2]
    return any(_listed(ctx.scope.record_when, ctx.g, w.strip("،,")) for w in words)


def _caused_days(ctx: Context, toks: list[int], stated: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """(offset, ISO day) of each "after" word (scope.json ``increment_words.after``) followed within
    ``CAUSED_WORDS`` words by a stated day, with no relative pronoun or that-word between them: "بعد انتشال 13 جثة
    صباح أمس" dates what it raised; "بعد الهجوم الذي وقع الخميس" dates the attack, not the count."""
    sc, rules = ctx.scope, ctx.rules
    out: list[tuple[int, str]] = []
    for n, t in enumerate(toks):
        tok = ctx.tokens[t]
        if tok.text not in sc.increment_after:
            continue
        for m in range(n + 1, min(len(toks), n + 1 + CAUSED_WORDS)):
            nxt = ctx.tokens[toks[m]]
            if nxt.text in sc.relative_pronouns or nxt.text in rules.complementisers:
                break
            day = next((d for o, d in stated if nxt.start <= o <= nxt.end), "")
            if day:
                out.append((tok.start, day))
                break
    return tuple(out)


def _sourced_day(ctx: Context, toks: list[int], stated: list[tuple[int, str]], pub: date | None) -> tuple[int, str] | None:
    """(offset, ISO day) of a source closing a sentence with its day ("حسب ما أفادت الوزارة أمس الأحد"): an
    according-to word (facts.json ``according_to``) followed within ``according_to_reach`` words by a stated day
    of the last ``REPORT_DAY_MAX`` days."""
    rules = ctx.rules
    if not rules.according_to or not stated or pub is None:
        return None
    for n, t in enumerate(toks):
        tok = ctx.tokens[t]
        if not lookup_word(tok.text, rules.according_to, ctx.g):
            continue
        end = ctx.tokens[toks[min(len(toks) - 1, n + rules.according_to_reach)]].end
        for o, day in stated:
            if tok.start < o <= end and 0 <= (pub - date.fromisoformat(day)).days <= REPORT_DAY_MAX:
                return tok.start, day
    return None


def _clause_follows(ctx: Context, end: int) -> bool:
    """A that-word right after a day ("قالت الوزارة في بيان اليوم الاثنين إن ..."): the day is when it was said."""
    j = ctx.token_at(end)
    return j < len(ctx.tokens) and ctx.tokens[j].text in ctx.rules.complementisers


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


def _clause(ctx: Context, i0: int, i1: int) -> tuple[int, int]:
    """Token range [lo, hi] of the clause holding tokens i0..i1 (stops at clause punctuation)."""
    toks, sent = ctx.tokens, ctx.tok_sentence[i0] if i0 < len(ctx.tok_sentence) else -1
    lo = i0
    while lo > 0 and ctx.tok_sentence[lo - 1] == sent and not ctx.clause_break_between(toks[lo - 1].end, toks[lo].start):
        lo -= 1
    hi = i1
    while hi + 1 < len(toks) and ctx.tok_sentence[hi + 1] == sent and not ctx.clause_break_between(toks[hi].end, toks[hi + 1].start):
        hi += 1
    return lo, hi


def _trigger(ctx: Context, lo: int, hi: int, i0: int, i1: int) -> tuple[str, int] | None:
    """Nearest measure trigger in the clause around a count: (measure, token index).

    "مقتل وإصابة 60", "مصرع وإصابة 5", "60 بين قتيل وجريح": a killing and a wounding word joined
    by "و" count the dead and the wounded together (``COMBINED``), neither of them alone."""
    found = _nearest_trigger(ctx, lo, hi, i0, i1)
    if found is None:
        return None
    m, k = found
    sc = ctx.scope
    if m in sc.pronounced and sc.pronounced_prefix and ctx.tokens[k].text.startswith(sc.pronounced_prefix) and any(
            ctx.tokens[j].text in sc.verdict_words for j in range(max(lo, k - sc.pronounced_reach), k)):
        return sc.pronounced[m], k  # "حكما غيابيا بإعدام 9": the sentence pronounced, not an execution
    if m in sc.carried_out and any(lookup_word(ctx.tokens[j].text, sc.carried_out_words, ctx.g) is not None
                                   for j in range(max(lo, i0 - sc.carried_out_reach), i0)):
        return sc.carried_out[m], k  # "بتنفيذ 246 حكما بالإعدام": executions done, not sentences pronounced
    if m not in COMBINED_FROM:
        return found
    toks = ctx.tokens
    lk = ctx.lk
    # before the count, two joined words share it ("بمقتل وإصابة 60"); after it only a pair after
    # "بين" does ("60 بين قتيل وجريح"): "173 مدنيا قتلوا وأصيب العشرات" is two clauses
    if k < i0:
        a, b = k - 1, k
    elif k > 0 and toks[k - 1].text == ctx.g.between:
        a, b = k, k + 1
    else:
        return found
    if a < 0 or b >= len(toks) or not ctx.g.starts_with_conjunction(toks[b].text):
        return found
    if b == k and (toks[a].text.endswith(sc.subject_suffixes) or any(
            t.text[:1].isdigit() or parse_number_word(t.text) is not None for t in toks[max(0, a - 2):a])):
        # "173 مدنيا قتلوا وأصيب العشرات", "16 من الحوثيين قتلوا، وأصيب ثلاثة": the first verb has
        # its own subject (a count before it, or a plural ending), so it ends a clause
        return found
    ma, mb = lk.measures[toks[a].text], lk.measures[toks[b].text]
    return (COMBINED, k) if ma in COMBINED_FROM and mb in COMBINED_FROM and ma != mb else found


# the largest Nth of a series read as a rank ("الأسبوع الـ 133", "الذكرى 70"); beyond it a figure
# after a series noun is an amount or a count
RANK_MAX = 1000

# the dead and the wounded counted together: its own quantity (never compared with either)
COMBINED = "casualties"
COMBINED_FROM = frozenset({"killed", "wounded"})


# "و5 حالات إصابة": how far after a joined count its own measure word may stand (its noun, then the measure)
OWN_MEASURE_REACH = 2


def _count_word(ctx: Context, w: str) -> bool:
    """Whether ``w`` is a figure, a number word or a noun that counts itself ("قتيلين")."""
    return w[:1].isdigit() or parse_number_word(w) is not None or counting_word(ctx.rules, w)


def _nearest_trigger(ctx: Context, lo: int, hi: int, i0: int, i1: int) -> tuple[str, int] | None:
    sc = ctx.scope
    lk = ctx.lk
    if sc.exposure_verbs and any(ctx.tokens[j].text in sc.exposure_verbs for j in range(max(lo, i0 - 2), i0)):
        exposed = _exposed_to(ctx, hi, i1)
        if exposed is not None:
            return exposed
    best = None
    # a count joined on by the conjunction ("انتشال 36 جثة وتسعة ناجين") is not governed by the noun of the count
    # before it ("جثة" is the 36's)
    joined = ctx.g.starts_with_conjunction(ctx.tokens[i0].text) if i0 < len(ctx.tokens) else False
    own_after = False
    for k in range(i0 - 1, max(lo, i0 - sc.trigger_window) - 1, -1):
        w = ctx.tokens[k].text
        m = lk.measures[w]
        if m and joined and k == i0 - 1 and k > lo and (
                ctx.tokens[k - 1].text[:1].isdigit() or parse_number_word(ctx.tokens[k - 1].text) is not None):
            break
        if m:
            best = (m, k)
            # "3 حالات وفاة و5 حالات إصابة": the measure right before a joined count closes the count
            # before it (a figure within two words before the measure); a measure in the joined count's
            # own words wins over it
            own_after = joined and k == i0 - 1 and any(
                _count_word(ctx, ctx.tokens[j].text) for j in range(max(lo, k - 2), k))
            break
        if (ctx.g.starts_with_conjunction(w) and len(w) >= 3 and parse_number_word(w) is None) or ctx.g.is_conjunction(w):
            break  # "القبض على 431 ... وإحباط 4 محاولات": a coordinated clause has its own head
        if w in sc.trigger_breaks:
            break  # "467 حالة وفاة إضافة إلى سبع حالات": what is added is not what was counted before
    reach = i1 + sc.trigger_after
    k = i1 + 1
    in_part = False
    while k <= min(hi, reach):
        w = ctx.tokens[k].text
        if w in sc.part_markers:
            # "18 شخصا على الأقل بينهم نساء وأطفال لقوا مصرعهم": the members of a part stand
            # between the count and what happened to it
            reach += sc.part_reach
            in_part = True
        elif in_part and w[:1].isdigit():
            break  # "1057 حالة من بينها 467 حالة وفاة": the part has its own count, and the word is its
        m = lk.measures[w]
        if m and ctx.g.starts_with_conjunction(w) and lk.measures[w[1:]]:
            break  # "إلى 1051 والوفيات إلى 464": a coordinated measure heads the next count
        if m and not in_part and any(ctx.tokens[j].text in sc.part_markers and any(
                ctx.tokens[j2].text[:1].isdigit() for j2 in range(j + 1, min(len(ctx.tokens), j + 3)))
                for j in range(k + 1, min(len(ctx.tokens), k + 3))):
            break  # "1059 حالة تماثل للشفاء منها 583": what happened to a part, told before the part's count
        if m and k == i1 + 1 and best is not None and best[0] in sc.verdict_measures:
            return best  # "بالسجن المؤبد بحق خمسة متهمين": the defendants' noun names who was sentenced
        if m and (best is None or k - i1 < i0 - best[1] or (own_after and k - i1 <= OWN_MEASURE_REACH)):
            return m, k
        k += 1
    if best is None and i0 > lo and ctx.tokens[i0 - 1].text in sc.update_to:
        # "ارتفع عدد حالات الوفيات في حادث غرق المركب إلى 29 شخصا": the quantity a revision
        # names stands at the head of its clause, however far before "to N"
        for j in range(i0 - 2, lo - 1, -1):
            if lk.update_markers[ctx.tokens[j].text]:
                for k2 in range(j + 1, i0 - 1):
                    m = lk.measures[ctx.tokens[k2].text]
                    if m:
                        return m, k2
                break
    return best


def _exposed_to(ctx: Context, hi: int, i1: int) -> tuple[str, int] | None:
    """"تعرض (7) سبعة من رجال حرس الحدود للإصابة": the measure a verb of exposure's object names after the
    count (scope.json exposure), not "للإصابة بفيروس" (a disease, unless a wound word follows: "بجروح")."""
    sc, toks = ctx.scope, ctx.tokens
    for k in range(i1 + 1, min(hi, i1 + sc.exposure_reach) + 1):
        m = sc.exposure_objects.get(toks[k].text)
        if m:
            nxt = toks[k + 1].text if k + 1 <= hi and k + 1 < len(toks) else ""
            if sc.exposure_disease and nxt.startswith(sc.exposure_disease) and ctx.lk.measures[nxt] != m:
                return None
            return m, k
    return None


# two figures joined by a times sign (or a Latin x, as typed) are the sides of something
_TIMES = "×xX*"
_DIMENSION_AFTER = re.compile(rf"\s?[{_TIMES}]\s?[\d٠-٩]")
_DIMENSION_BEFORE = re.compile(rf"[\d٠-٩]\s?[{_TIMES}]\s?$")


def _dimension(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is one side of "N×M"."""
    # "4x6" is read as "4" and "x6": the second figure's span starts at its times sign
    head = start + 1 if text[start:start + 1] and text[start] in _TIMES else start
    return bool(_DIMENSION_AFTER.match(text, end) or _DIMENSION_BEFORE.search(text, max(0, head - 4), head))


def _scope_count(ctx: Context, c: Count, counts: list[Count], years: list[DateMatch],
                 previous: str | None) -> CountScope:
    """What a count measures, of whom, narrowed how; or why it is not compared."""
    sc, toks, rules = ctx.scope, ctx.tokens, ctx.rules
    lk = ctx.lk
    i0 = ctx.token_at(c.start)
    i1 = max(i0, c.num.token_end)
    lo, hi = _clause(ctx, i0, i1)
    word_number = not c.num.digits and c.num.token_start == c.num.token_end and \
        c.num.kind != "vague" and c.low == c.high == 1.0 and (c.noun is None or c.noun.unit not in rules.implicit_one_units)
    # the words around the figure, tested at C level (a slice of the tokens: the same indices as the range)
    rhetorical = any(map(lk.rhetorical_clause.__getitem__, map(_text, toks[max(lo, i0 - 6):min(hi, i1 + 6) + 1])))
    if c.zero:
        # "دون سقوط ضحايا": none of its measure, the whole count (not a part, nobody's in particular)
        return CountScope("" if rhetorical else c.zero, c.zero, unit=c.zero, note="rhetorical or a rate" if rhetorical else "")
    if c.person and rhetorical:
        return CountScope("", note="rhetorical or a rate")
    if c.person:
        # "مقتل طفل": one child killed, not the toll (a toll of 3 may include the child)
        measure = lk.measures[toks[i0 - 1].text] or ""
        if not measure and c.low == 2 and i0 + 1 < len(toks) and toks[i0 + 1].text in sc.dual_objects:
            measure = sc.dual_objects[toks[i0 + 1].text]  # "شخصين جرفهما السيل": two swept away
        if measure and c.low == 2 and c.person in sc.people_nouns:
            # "مقتل شخصين": two people, the toll itself ("مقتل مواطن" is one citizen of a toll: a holder)
            return CountScope(measure, measure, unit=measure)
        if measure:
            return CountScope(f"{c.person}_{measure}", measure, c.person, unit=measure)
    if word_number:
        return CountScope("", note="generic 'one'")
    if c.noun is not None and not c.num.digits and c.num.definite and c.low == c.high == 2.0 \
            and c.num.token_start == c.num.token_end and lo <= i0 - 1 and lk.reference_heads[toks[i0 - 1].text]:
        # "وأقارب الشهيدين": the relatives of the two told of before, not a toll of two (its own quantity: the
        # outlets printing one report's "two martyrs" agree on it, and none of them sets it against the toll)
        return CountScope(f"{c.noun.subject}_told", c.noun.subject, "", "told", c.noun.unit)
    if c.num.token_start == c.num.token_end and toks[c.num.token_start].text in rules.implicit_one and any(
            map(lk.circumstantial_verbs.__getitem__, map(_text, toks[max(lo, i0 - 3):i0]))):
        # "رحل ابننا شهيدا", "سقط قتيلا": one person's death told as a circumstance, one of the
        # toll, not the toll (against "the two martyrs" it is no disagreement)
        return CountScope("", note="one person's death, not a toll")
    if rhetorical or (i0 > 0 and i0 - 1 >= lo and lk.rhetorical_before[toks[i0 - 1].text]):
        return CountScope("", note="rhetorical or a rate")
    if any(toks[j].text in sc.distributive and j + 1 < i0 and toks[j + 1].text in sc.part_markers
           for j in range(max(lo, i0 - 4), i0)):
        # "قافلتان كل منهما تضم ثلاث سفن": three ships *each*, not the count of the whole
        return CountScope("", note="a figure for each of several")
    if c.num.token_start == c.num.token_end and toks[i0].text in sc.percent_words and i0 >= 2 \
            and toks[i0 - 1].text in sc.percent_prepositions and (
                toks[i0 - 2].text[:1].isdigit() or parse_number_word(toks[i0 - 2].text) is not None):
        # the "مائة" of "57 في المائة" (or "أربعة في المئة") is the percent sign of the figure before it,
        # not a hundred
        return CountScope("", note="part of a percentage")
    if i0 > 0 and i0 - 1 >= lo and toks[i0 - 1].text in sc.clock_words:
        return CountScope("", note="time of day")
    if _dimension(ctx.nt, c.start, c.end):
        # "بمساحة 50×30 م²", "صورتين مقاس 4x6": the sides of a plot or a photo, neither a count nor an area
        return CountScope("", note="a dimension (N×M)")
    # "الأسبوع الـ 133", "الدورة الـ23": the Nth of a series, a rank and not a count
    j = i0 - 1
    if j >= lo and ctx.g.is_article(toks[j].text) and not ctx.g.starts_with_article(toks[i0].text):
        j -= 1
    if lo <= j < i0 and lk.ordinal_nouns[toks[j].text] and c.low < RANK_MAX and (c.low != c.high or c.low.is_integer()):
        # (a fraction or a figure in millions is no rank: "بنهاية النصف الأول من هذا العام 14.92
        # مليار ريال" is an amount the year's noun happens to stand before)
        return CountScope("", note="a rank (the Nth of a series)")
    # "امرأتين تبلغان من العمر 21 و33 عاما": an age, whatever the verb before it
    if not c.person and any(map(lk.age_markers.__getitem__, map(_text, toks[max(lo, i0 - 3):i0]))) and any(
            map(lk.age_nouns.__getitem__, map(_text, toks[i1 + 1:min(hi, i1 + 3) + 1]))):
        role = _role(ctx, lo, i0)
        if role:
            return CountScope(f"{role}_age", "age", role, unit="age")
        return CountScope("", measure="age", note="age of an unclear person")
    if c.num.kind == "vague" and c.noun is None and not (
            i0 > lo and lk.measures[toks[i0 - 1].text] in sc.cumulative_measures):
        # ("وأصيب مئات آخرون": a casualty verb right before "hundreds" says what they count)
        return CountScope("", note="vague number without a counted noun")

    # what follows the number: the counted noun ("32 شخصا", "عشرات من المصابين")
    k = c.num.token_end + 1
    partitive = False
    if k <= hi and k < len(toks) and ctx.g.partitive and toks[k].text == ctx.g.partitive:
        k += 1
        # "32 من الجرحى": thirty-two *of* the wounded, a part of a count given elsewhere
        partitive = k <= hi and k < len(toks) and ctx.g.starts_with_article(toks[k].text) and c.num.kind != "vague"
    follower = toks[k].text if k <= hi and k < len(toks) else ""
    if follower and _function_word(ctx, follower) and not (
            k + 1 < len(toks) and f"{follower} {toks[k + 1].text}" in sc.era_words):  # not "3100 قبل الميلاد"
        # "بلغ عدد الإخوة ... (407516) حتى الساعة": no noun after the figure; the one after "عدد" before it
        follower = _count_head_noun(ctx, lo, c.num.token_start) or follower
    # gstem keys the quantity (singular and sound plural as one: see counted_stem); gbase, the noun with its
    # feminine ending, is what the word lists (people, generic and duration nouns) are written in
    # after "من" the counted noun is definite ("اثنين من المستوطنين"): keyed without its article, as
    # "أربعة مستوطنين" is, or the two counts of settlers were two quantities never compared
    gbase = stem_word(ctx.g.without_article(follower) if partitive else follower, sc, clitics=False) if follower else ""
    gstem = without_ta(gbase, sc) if follower and not follower[:1].isdigit() and len(follower) >= 3 \
        and follower not in sc.anchor_skip and not lookup_word(follower, rules.complementisers, ctx.g) \
        and not _function_word(ctx, follower) and parse_number_word(follower) is None else ""
    if gstem in sc.function_words:
        gstem = ""  # "بعدها", "حوله": a function word with its pronoun
    # a part marker after the counted noun makes the count a part ("3 أشخاص منهم بجروح خطيرة"),
    # unless the part's own count follows it ("36 قتيلا بينهم نحو 20 طفلا": 36 is the whole)
    # ("36 قتيلا بينهم أطفال": among them, so 36 is the whole)
    part_after = k + 1 <= hi and k + 1 < len(toks) and toks[k + 1].text in sc.part_markers \
        and toks[k + 1].text not in sc.among_markers \
        and not any(k + 2 <= c2.num.token_start <= k + 3 for c2 in counts)
    part = any(toks[j].text in sc.part_markers for j in range(max(lo, i0 - 2), i0)) or (
        follower in sc.part_markers) or part_after
    part = part or partitive
    if follower in sc.part_markers:
        gstem = ""
    two = f"{follower} {toks[k + 1].text}" if follower and k + 1 <= hi and k + 1 < len(toks) else ""
    if follower and (follower in sc.era_words or gbase in sc.era_words or two in sc.era_words):
        return CountScope("", note="a year of an era, no count")  # "يعود إلى 645 ميلادي", "عام 600 ميلاديا"
    quals = _scope_qualifiers(ctx, lo, hi, i0, i1)

    # a noun of the lexicon (drones, seats, killed, wounded...): its own rules first
    if c.noun is not None and c.noun.unit not in rules.generic_units:
        noun = c.noun
        qual = c.qualifier or noun.default_qualifier
        holder = "" if qual == "total" else count_holder(ctx, c)
        if noun.holder_types and not holder and qual != "total":
            return CountScope("", measure=noun.subject, unit=noun.unit, note="count of an unnamed party")
        if noun.unit in ("killed", "wounded"):
            holder = holder or _people_holder(ctx, c, i1, hi) or _ranks_holder(ctx, c, hi) or (
                _ranks_holder(ctx, joined, hi) if (joined := _joined_casualty_count(ctx, c, counts, hi)) else "") \
                or _holder_before(ctx, c, lo, i0)
        holder = sc.holder_synonyms.get(holder, holder)
        extra = [q for q in quals if q != qual]
        scoped = bool(holder or extra or (c.qualifier and c.qualifier != "total"))
        if part and not scoped and previous is None:
            return CountScope("", measure=noun.subject, unit=noun.unit, note="part of a whole, unclear which")
        subject = "_".join(p for p in (holder, noun.subject, qual, *extra) if p)
        if part and not scoped:
            subject += "_part"
        year = ""
        if noun.year_scoped:
            year = count_year(ctx, c, counts, years)
            if year:
                subject = f"{subject}:{year}"
        return CountScope(subject, noun.subject, holder, "_".join([q for q in (qual, *extra) if q]), noun.unit,
                           year, year_scoped=noun.year_scoped)

    # a definite number after a noun of time ("خلال الأيام الثلاثة الماضية"): a span, whatever follows it
    # (or the number's own word before it: "في الساعات الأربع والعشرين الماضية", hours being no counted noun)
    before_at = ctx.token_at(c.start) if c.start < c.num.start else (
        c.num.token_start - 1 if c.num.definite and c.num.token_start > lo else -1)
    if before_at >= 0 and not sc.duration_nouns.isdisjoint(_bare_forms(ctx.g, toks[before_at].text)):
        return CountScope("", note="duration or time span")
    # "1400 سنة ضوئية": a unit of two words (light years), whose first word alone is a span of time
    phrase_unit = sc.unit_phrases.get(two, "") if two else ""
    # ages: "البالغ من العمر 23 عاما" tied to a role noun (the bomber); durations otherwise
    if gstem and not phrase_unit and (follower in sc.duration_nouns or gbase in sc.duration_nouns or lk.duration_nouns[follower]):
        is_age = any(map(lk.age_markers.__getitem__, map(_text, toks[max(lo, i0 - 4):i0]))) or (
            lk.age_nouns[follower] and k + 1 <= hi and lk.age_markers[toks[k + 1].text])
        if not is_age:
            name = _named_before(ctx, c, lo, i0, k)
            if name:  # "ووالدته رهام (26 عاما)": that person's age (alignment.split_named_ages)
                return CountScope(f"{name.split()[-1]}_age", "age", name, unit="age")
            governed = _governed_duration(ctx, c.num.token_start, k, lo, counts, c)
            if governed is not None:  # "بعد تعليقه عن التداول لـ 35 يوما": the suspension's length
                return governed
            return CountScope("", note="duration or time span")
        role = _role(ctx, lo, i0)
        if not role:
            return CountScope("", measure="age", note="age of an unclear person")
        return CountScope(f"{role}_age", "age", role, unit="age")

    # amounts: money, weights, distances, percentages — tied to what they measure (the nearest noun before)
    unit_word = lk.money_units[follower] if follower else None
    if not c.num.digits and c.num.token_start == c.num.token_end:
        # "توزيع ريالين لكل سهم": the figure is a currency's dual, its own unit
        unit_word = _dual_unit(ctx, toks[c.num.token_start].text) or unit_word
    if follower and not unit_word and k + 1 <= hi and k + 1 < len(toks):
        # a compound unit written apart: "130 كيلو متر" is "130 كيلومتر"
        unit_word = lk.money_units[follower + toks[k + 1].text]
    is_percent = follower in sc.percent_words or ctx.nt[c.end:c.end + 2].strip().startswith("%") or (
        # "57 في المائة": the percent word behind its preposition
        follower in sc.percent_prepositions and k + 1 < len(toks) and toks[k + 1].text in sc.percent_words)
    elided = not unit_word and not is_percent and previous is not None and previous.startswith("amount:") \
        and previous != "amount:percent" and c.num.digits and c.num.token_end > c.num.token_start \
        and c.noun is None and not gstem
    if unit_word or is_percent or elided or phrase_unit:
        # elided: "أرباحه التشغيلية 1,949 مليون ريال مقابل 1,901 مليون": a figure in millions with no
        # unit of its own, after an amount of its sentence, is in that amount's currency
        stem = "percent" if is_percent else phrase_unit or (
            stem_word(unit_word, sc) if unit_word else (previous or "").split(":", 1)[1])
        unit = sc.unit_aliases.get(stem, stem)
        anchor = _anchor_noun(ctx, lo, i0)
        if not anchor:
            return CountScope("", measure=f"amount:{unit}", note="amount without a clear measure")
        # keyed by unit only: which amounts are one quantity is decided across articles by
        # the words around them (alignment, "context"), not by this one neighbouring word
        subject = "_".join(p for p in (f"amount:{unit}", *quals) if p)
        return CountScope(subject, f"amount:{unit}", anchor, "_".join(quals), unit)

    # people: a trigger says what (killed, wounded, arrested); a non-generic noun is the holder
    trig = _trigger(ctx, lo, hi, i0, i1)
    measure = trig[0] if trig else ""
    # a counted noun that names another measure is who was counted ("قتل 7 مطلوبين": wanted men, killed),
    # one that names the count's own measure is the count itself ("اعتقال 5 مطلوبين", "3 قتلى")
    holder = "" if (not gstem or gbase in sc.people_nouns or follower in sc.people_nouns or _starts_date(ctx, k)
                    # "القبض على 5 من مواطنيها" counts citizens as "مواطنين اثنين" does: nobody's holder
                    or any(p in sc.people_nouns for p in ctx.g.plain_plurals(follower))
                    or (lk.measures[follower] and lk.measures[follower] in (measure, COMBINED))
                    or (lk.measures[follower] and not measure) or lk.qualifiers[follower]
                    # "إلى 1051 والوفيات": "and the deaths" opens the next clause, it counts nobody here
                    or ctx.g.conjoined_definite(follower)
                    # "استشهاد ثلاثة وإصابة سبعة", "قتل ثلاثة وأصيب سبعة": "and" a casualty word heads the next count
                    or (ctx.g.starts_with_conjunction(follower) and lk.measures[follower] is not None)
                    or (c.noun is not None and c.noun.unit in rules.generic_units)) else gstem
    if not measure and not part and sc.carried_subject and not c.person and c.num.kind != "vague" and (
            (i0 > lo and toks[i0 - 1].text in sc.carrying_verbs and c.start >= c.num.start
             # not "طائرة تقل 178 شخصا": the people aboard may count the crew, a rider noun does not
             and follower not in sc.people_nouns and gbase not in sc.people_nouns)
            or (k == c.num.token_end + 1 and (follower in sc.rider_nouns or gbase in sc.rider_nouns))):
        # (not "اثنين من ركاب الطائرة": two of them, a part)
        # "حافلة تقل 55 معتمرا", "عدد ركاب الحافلة 51 راكبا": the people a vehicle carries, whatever their noun
        return CountScope(sc.carried_subject, sc.carried_subject, unit=sc.carried_subject)
    if measure and not holder and _partitive_member(ctx, k, hi):
        # "ثلاثة من أفراد عائلة بن لادن": the family's, keyed as "ثلاثة من العائلة" would be
        holder = without_ta(stem_word(ctx.g.without_article(toks[k + 1].text), sc, clitics=False), sc)
    if measure and not holder and follower and follower in sc.member_nouns \
            and k + 2 <= hi and k + 2 < len(toks) and toks[k + 1].text in (ctx.g.partitive, ctx.g.between) \
            and ctx.g.starts_with_article(toks[k + 2].text):
        # "إصابة مواطنين و3 أفراد من الدفاع المدني": members of a body, as "ثلاثة من أفراد الدفاع المدني" are
        # (a definite noun: "من جراء", "من بينهم" name nobody; and members only: "نجا 7 أشخاص من الحادث")
        holder = _holder_word(ctx, toks[k + 2].text)
    if measure and not holder and sc.rank_phrases:
        holder = _ranks_holder(ctx, c, hi)  # "مقتل 5 أشخاص في صفوف الجيش"
    if measure and not holder and follower in sc.another and k + 2 <= hi and k + 2 < len(toks) \
            and toks[k + 1].text == ctx.g.partitive:
        # "وأصيب ثلاثة آخرون من عائلته": the others are of the family as "ثلاثة من عائلته" are (a group the
        # holder synonyms name only: "آخرون من جراء", "آخرين من المصابين" name nobody new).  Not "من عائلة
        # واحدة": "of one family" says the injured are kin, not whose (in a round-up of road accidents, each
        # accident's family is another)
        after = _holder_word(ctx, toks[k + 2].text)
        one = k + 3 < len(toks) and parse_number_word(toks[k + 3].text) is not None
        holder = after if after in sc.holder_synonyms and not one else ""
    holder = sc.holder_synonyms.get(holder, holder)
    if not measure and part and previous is not None and previous != _taking_part_subject(ctx.rules.language):
        # "..., منهم 190 سعوديا": a part of the count before (not of the countries taking part: "من 177 دولة بينها 15
        # دولة عربية" are the Arab ones among them, no rival of the 177)
        measure = previous
    if not measure and c.noun is not None and c.qualifier and c.qualifier != "total":
        measure = f"{c.noun.subject}_{c.qualifier}"  # "بتحديد 3 شخصيات": persons identified
    if not measure and c.noun is not None:  # a count of "persons" with nothing saying what happened to them
        taking = _taking_part(ctx.rules.language)
        if taking is not None and c.noun.unit in taking.units and _takes_part(ctx, c, counts, lo, i0, taking):
            # "700 لاعب من 177 دولة", "شاركت فيها 177 دولة": the countries an event's people come from
            return CountScope(taking.subject, taking.subject, unit=c.noun.unit)
        return CountScope("", note="count of people, unclear what it measures")
    if measure:
        quals = [q for q in quals if q not in sc.implied_qualifiers.get(measure, ())]
        if part and not holder and not quals and previous is not None and measure not in previous.split("_") \
                and not (c.noun is not None and c.noun.unit in ("killed", "wounded")):
            # "أودت بحياة 30 شخصا، تم انتشال جثث 22 منهم": of the 30 dead, the bodies recovered: a part
            # measured otherwise than its whole is that measure's own count
            part = False
        if part and partitive and measure in sc.verdict_measures and lk.measures[follower]:
            # "وحكمت المحكمة ببراءة أربعة من المتهمين": the defendants are the verdict's whole, and the sentence
            # names the part's own count (four acquitted), as "ببراءة أربعة متهمين" does
            part = False
        if part and not holder and not quals:
            return CountScope("", measure=measure, note="part of a whole, unclear which")
        subject = "_".join(p for p in (holder, measure, *quals) if p)
        if part and not holder and not quals:
            subject += "_part"
        return CountScope(subject, measure, holder, "_".join(quals), measure)
    # a counted thing named by its noun ("5 خلايا", "3 طائرات")
    if gstem and len(gstem) >= 3 and gbase not in sc.generic_nouns and follower not in sc.generic_nouns \
            and not lookup_word(follower, rules.complementisers, ctx.g) and follower not in sc.anchor_skip:
        taking = _taking_part(ctx.rules.language)
        if taking is not None and taking.field_subject and _field_of(ctx, c, counts, k, hi, taking):
            # "بمشاركة 6500 لاعب ولاعبة من 165 دولة": the event's field, whatever its noun
            return CountScope(taking.field_subject, taking.field_subject, unit=gstem)
        # keyed with the word that governs it ("تفجير 7 مساجد" is not "بناء 6 مساجد")
        anchor = _anchor_noun(ctx, lo, i0)
        if not anchor:
            return CountScope("", measure=f"n:{gstem}", qualifier="_".join(quals),
                              note="counted thing without a governing word")
        # a classifying adjective right after the noun ("8 ميداليات ذهبية", "4 ميداليات فضية"): two kinds of
        # a thing are two quantities, never a count that changed
        kinds = [*quals, *filter(None, [_classifier(ctx, k, hi) or _participant_kind(ctx, lo, i0)])]
        subject = "_".join(p for p in (f"n:{gstem}", *kinds) if p)
        return CountScope(subject, f"n:{gstem}", anchor, "_".join(kinds), gstem)
    return CountScope("", note="no counted noun")


def _function_word(ctx: Context, word: str) -> bool:
    """"حتى", "بعد", "فقط" (or "وبعد"): a word that opens the next phrase, never a counted noun (scope.json
    function_words)."""
    fw = ctx.scope.function_words
    return word in fw or (ctx.g.starts_with_conjunction(word) and word[len(ctx.g.conjunction):] in fw)


def _count_head_noun(ctx: Context, lo: int, i0: int) -> str:
    """"عدد الإخوة ... (407516)": the noun after the nearest "عدد" (scope.json count_heads) at most reach
    words before the figure in its clause, or ""."""
    sc, toks = ctx.scope, ctx.tokens
    for j in range(i0 - 1, max(lo, i0 - sc.count_head_reach) - 1, -1):
        if toks[j].text in sc.count_heads:
            w = toks[j + 1].text if j + 1 < i0 else ""
            if not w or w == ctx.g.partitive or w in sc.anchor_skip or _function_word(ctx, w) \
                    or parse_number_word(w) is not None:
                return ""
            return ctx.g.without_article(w)  # keyed as "407516 أخا" would be
    return ""


@dataclass(frozen=True)
class _TakingPart:
    """scope.json ``taking_part``, read once."""

    subject: str
    units: frozenset[str]
    origin: str  # the preposition of where a group's people come from ("من")
    words: frozenset[str]  # participation words right before the count ("بمشاركة", "شاركت فيها")
    reach: int  # tokens back from the preposition to the group's count
    kind_endings: tuple[str, ...] = ()  # endings of a participant's adjective beyond nisba_endings ("السعودي")
    field_subject: str = ""  # the event's people counted before "من N دولة": its field


@lru_cache(maxsize=8)
def _taking_part(language: str) -> _TakingPart | None:
    spec = load_lexicon(language, "scope").get("taking_part")
    if not spec:
        return None
    return _TakingPart(str(spec["subject"]), frozenset(spec["units"]), normalise_text(spec["origin"]),
                       frozenset(normalise_text(w) for w in spec["words"]), int(spec.get("reach", 4)),
                       tuple(spec.get("kind_endings", ())), str(spec.get("field_subject", "")))


def _taking_part_subject(language: str) -> str:
    taking = _taking_part(language)
    return taking.subject if taking is not None else "\0"


def _takes_part(ctx: Context, c: Count, counts: list[Count], lo: int, i0: int, taking: _TakingPart) -> bool:
    """Whether a count of countries counts those an event's people come from or that take part in it: right
    after the origin preposition that follows a count of the group ("6500 لاعب ولاعبة من 165 دولة"), or after a
    participation word ("بمشاركة 177 دولة", "شاركت فيها 177 دولة")."""
    toks = ctx.tokens
    if i0 - 1 >= lo and toks[i0 - 1].text == taking.origin:
        return any(c2 is not c and i0 - 2 - taking.reach <= c2.num.token_end <= i0 - 2 for c2 in counts)
    return any(toks[j].text in taking.words for j in range(max(lo, i0 - 2), i0))


def _field_of(ctx: Context, c: Count, counts: list[Count], k: int, hi: int, taking: _TakingPart) -> bool:
    """Whether a count whose noun stands at ``k`` is followed, within ``taking.reach`` tokens, by the origin
    preposition and a count of countries ("6500 لاعب ولاعبة من 165 دولة"): the people of an event from that many."""
    toks = ctx.tokens
    for j in range(k + 1, min(hi, k + taking.reach) + 1):
        if j + 1 < len(toks) and toks[j].text == taking.origin:
            return any(c2 is not c and c2.num.token_start == j + 1 and c2.noun is not None
                       and c2.noun.unit in taking.units for c2 in counts)
    return False


def _bare_forms(g: Grammar, w: str) -> set[str]:
    """A word without its proclitic and its article, each way it may carry them ("بالأيام", "للسنوات": the
    article's first letter falls after "ل")."""
    out = set()
    for x in g.strip_conj(w):
        out.add(g.without_article(x))
        if g.article and len(x) > 3 and x[0] in g.proclitics and x[1:].startswith(g.article[1:]) \
                and not x.startswith(g.article):
            out.add(x[len(g.article):])
    return out


def _classifier(ctx: Context, k: int, hi: int) -> str:
    """The relational adjective (nisba: ذهبية، فضية، جوية، سعوديين) right after counted noun ``k``, as its
    counted stem; "" when the next word is none (a stopword, a definite word, past a clause break)."""
    j = k + 1
    if j > hi or j >= len(ctx.tokens) or not ctx.scope.nisba_endings:
        return ""
    w = ctx.tokens[j].text
    if ctx.clause_break_between(ctx.tokens[k].end, ctx.tokens[j].start):
        return ""
    for phrase in ctx.scope.nationality_phrases:
        # "50 معتمراً من الجنسية العمانية": the adjective the phrase stands for ("عمانياً"), without its article
        n = len(phrase)
        if j + n <= hi and j + n < len(ctx.tokens) and tuple(t.text for t in ctx.tokens[j:j + n]) == phrase:
            adj = ctx.g.without_article(ctx.tokens[j + n].text)
            return counted_stem(adj, ctx.scope) if any(
                adj.endswith(e) and len(adj) - len(e) >= 2 for e in ctx.scope.nisba_endings) else ""
    if w in ctx.scope.context_stopwords or ctx.g.starts_with_article(w):
        return ""
    if not any(w.endswith(e) and len(w) - len(e) >= 2 for e in ctx.scope.nisba_endings):
        return ""
    return counted_stem(w, ctx.scope)


def _participant_kind(ctx: Context, lo: int, i0: int) -> str:
    """The relational adjective of the one taking part with a count ("وتشارك السعودية بـ24 لاعبا", "يشارك المنتخب
    السعودي بـ22 لاعبا": Saudi players, as "22 لاعبا سعوديا" counts them), as ``_classifier`` keys it: a definite
    adjective with a nisba ending (or one of ``taking_part`` kind_endings) right before the count (short words
    such as the preposition's "بـ" aside), after a participation word (``taking_part`` words) within two words
    before it; "" otherwise."""
    taking = _taking_part(ctx.rules.language)
    toks = ctx.tokens
    if taking is None or not ctx.scope.nisba_endings:
        return ""
    j = i0 - 1
    while j >= lo and len(toks[j].text) < 3 and not toks[j].text[:1].isdigit():
        j -= 1  # the preposition written apart: "بـ 22"
    if j < lo or not ctx.g.starts_with_article(toks[j].text):
        return ""
    adj = ctx.g.without_article(toks[j].text)
    if not any(adj.endswith(e) and len(adj) - len(e) >= 3 for e in (*ctx.scope.nisba_endings, *taking.kind_endings)):
        return ""
    if not any(w in taking.words for k in range(max(lo, j - 2), j) for w in ctx.g.strip_conj(toks[k].text)):
        return ""
    return counted_stem(adj, ctx.scope)


def _starts_date(ctx: Context, k: int) -> bool:
    """Whether token ``k`` starts a date or time ("أمس", "الخميس"): a day is nobody's holder."""
    if k >= len(ctx.tokens):
        return False
    i = bisect_right(ctx._date_starts, ctx.tokens[k].start) - 1
    return i >= 0 and ctx.dates[i].start <= ctx.tokens[k].start < ctx.dates[i].end


def _ranks_holder(ctx: Context, c: Count, hi: int) -> str:
    """Who a casualty count is of, from a phrase of ranks after it: "أحد عشر قتيلا في صفوف القوات"
    → قوات (scope.json, rank_phrases)."""
    sc, toks = ctx.scope, ctx.tokens
    start = c.num.token_end + 1
    for phrase in sc.rank_phrases:
        n = len(phrase)
        for j in range(start, min(hi, c.num.token_end + sc.rank_reach) + 1):
            if j + n >= len(toks) or j + n > hi:
                break
            first = toks[j].text
            if (first == phrase[0] or (ctx.g.starts_with_conjunction(first) and first[1:] == phrase[0])) \
                    and all(toks[j + m].text == phrase[m] for m in range(1, n)):
                return _holder_word(ctx, toks[j + n].text)
    return ""


def _holder_before(ctx: Context, c: Count, lo: int, i0: int) -> str:
    """Who a casualty count is of, named with the casualty word before it in its clause: "حصيلة القتلى بين
    المدنيين ... بلغت 17 قتيلا" → مدني.  Not when another noun is joined to the holder ("القتلى من المدنيين
    والعسكريين": both)."""
    toks, g = ctx.tokens, ctx.g
    unit = c.noun.unit if c.noun is not None else ""
    for k in range(max(lo, i0 - 12), i0 - 2):
        if ctx.lk.measures[toks[k].text] != unit or toks[k + 1].text not in (g.partitive, g.between):
            continue
        after = toks[k + 3].text if k + 3 < i0 else ""
        if g.starts_with_conjunction(after) and len(after) > 3 and not ctx.lk.measures[after]:
            return ""
        return _holder_word(ctx, toks[k + 2].text)
    return ""


def _joined_casualty_count(ctx: Context, c: Count, counts: list[Count], hi: int) -> Count | None:
    """The casualty count joined to ``c`` by "و" right after its noun ("سقوط 12 قتيلا و22 جريحا في صفوف
    الميليشيات"): a phrase of ranks after the pair names the holder of both."""
    toks, g = ctx.tokens, ctx.g
    k = c.num.token_end + (2 if c.noun is not None else 1)  # past the figure's own noun
    for c2 in counts:
        if c2.num.token_start == k and k <= hi and c2.noun is not None and c2.noun.unit in ("killed", "wounded") \
                and g.starts_with_conjunction(toks[k].text):
            return c2
    return None


def _partitive_member(ctx: Context, k: int, hi: int) -> bool:
    """Whether token ``k`` is a "members" noun after "من" (or "بين") with a noun after it in the clause
    ("من أفراد عائلة", "بين عناصر الأمن"): the noun after it is the holder."""
    toks = ctx.tokens
    return 0 < k < len(toks) - 1 and k + 1 <= hi and toks[k - 1].text in (ctx.g.partitive, ctx.g.between) \
        and toks[k].text in ctx.scope.member_nouns


def _holder_word(ctx: Context, w: str) -> str:
    """The holder a word after "من", "بين" or "في صفوف" names (its stem), "" when it names nobody
    in particular: a people noun, a casualty word, a qualifier."""
    sc, lk = ctx.scope, ctx.lk
    st = stem_word(w, sc)
    if st in sc.people_nouns or w in sc.people_nouns or lk.measures[w] or lk.qualifiers[w]:
        return ""
    return st


def _people_holder(ctx: Context, c: Count, i1: int, hi: int) -> str:
    """Who a casualty count is of: "قتلى من المدنيين" → مدني (people nouns are nobody in particular)."""
    j = ctx.token_at(c.end)
    if j <= hi and j < len(ctx.tokens) and ctx.tokens[j].text in (ctx.g.partitive, ctx.g.between):
        j += 1
        if _partitive_member(ctx, j, hi):
            # "ثلاثة من أفراد عائلة بن لادن", "أربعة من عناصر الأمن": members of whom
            return _holder_word(ctx, ctx.tokens[j + 1].text)
        if j <= hi and j < len(ctx.tokens):
            return _holder_word(ctx, ctx.tokens[j].text)
    return ""


def _scope_qualifiers(ctx: Context, lo: int, hi: int, i0: int, i1: int) -> list[str]:
    sc = ctx.scope
    lk = ctx.lk
    out: list[str] = []
    after = []
    end = min(hi, i1 + sc.qualifier_after)
    if hi <= i1 + 1 and hi + 1 < len(ctx.tokens) and ctx.tokens[hi + 1].text in sc.relative_pronouns \
            and ctx.tok_sentence[hi + 1] == ctx.tok_sentence[hi]:
        # the count ends its clause and a relative clause about it follows the comma ("المصابين الـ27، الذين تم
        # إخلاؤهم"): its words narrow the count as the clause's own would
        end = min(len(ctx.tokens) - 1, hi + 1 + sc.qualifier_after)
    before = [t.text for t in ctx.tokens[max(lo, i0 - 3):i0]]
    if any(w in sc.whose_number for w in before) and any(w in sc.relative_pronouns for w in before):
        # "الجرحى الذين بلغ عددهم نحو مائة ما زالوا في المستشفيات": the relative clause ends at the count,
        # what follows is the main clause's
        end = i1
    for k in range(i1 + 1, end + 1):
        w = ctx.tokens[k].text
        if (ctx.g.starts_with_conjunction(w) and lk.measures[w]) or w[:1].isdigit():
            break  # "مقتل 27 شخصا وإصابة نحو 100 يعالجون": the next count's words are its own
        after.append(k)
    for k in list(range(max(lo, i0 - sc.qualifier_before), i0)) + after:
        if k < i0 and ctx.tokens[k].text in sc.amounting_words:
            continue  # "والبالغة 472 مليون": amounting to, not "serious"
        q = lk.qualifiers[ctx.tokens[k].text]
        if q and q not in out:
            out.append(q)
    # "انتشال 15 جثة جديدة": the figure's own noun called new counts what was added since the last
    # report, not the whole (only right after the figure and its noun: "31 قتيلا في حصيلة جديدة"
    # is a whole, and "جديدة" there marks an update)
    if any(ctx.tokens[k].text in sc.increment_words for k in after[:2]) and "new" not in out:
        out.append("new")
    # "ارتفع عدد الضحايا إلى 31 قتيلا بعد انتشال 13 جثة": in a sentence saying the count rose, a count after
    # "after" and its verbal noun is what was added
    if "new" not in out and i0 >= 2 and ctx.tokens[i0 - 2].text in sc.increment_after \
            and scope_of_sentence(ctx, ctx.tok_sentence[i0]).update_cue:
        out.append("new")
    # a sentence that opens with its verb governs every figure in it, however far: "أجلت طائرتان
    # ... جثامين تسعة متوفين، و27 مصاباً" counts the injured *evacuated*, not all the injured
    first = sentence_tokens(ctx, ctx.tok_sentence[i0])[:1] if i0 < len(ctx.tok_sentence) else []
    for k in first:
        q = lk.sentence_qualifiers[ctx.tokens[k].text]
        if q and q not in out:
            out.append(q)
    # "27 إصابة تراوحت بين الخطرة والمتوسطة والمستقرة": every degree named at once spans the whole
    # count, it narrows nothing (scope.json, spanning_qualifiers)
    for group in sc.spanning_qualifiers:
        if set(group) <= set(out):
            out = [q for q in out if q not in group]
    return sorted(out)


def _named_before(ctx: Context, c: Count, lo: int, i0: int, k: int) -> str:
    """The name a bracketed age follows ("رهام (26 عاما)", "فيتفاتزيديس ( 24 عاما )", "إيوانيس \"24 عاما\""):
    its last word, with the word before it when that is a name too ("حسين دوابشة"), or "".

    Only a figure wrapped in the marks of scope.json's ``named_ages`` right after a word, its age noun
    (``toks[k]``) closing them.  A name is a word no lexicon knows: a measure, a role, a title or kinship
    word ("وزوجته"), a function or number word is none, nor is a country's adjective ("مقيم يمني (30
    عاما)": a description)."""
    sc, toks = ctx.scope, ctx.tokens
    j = i0 - 1
    if not sc.name_age_open or j < lo or not c.num.digits or k >= len(toks) or c.num.token_start != i0 \
            or not ctx.lk.age_nouns[toks[k].text]:  # years or months, not "(10 أيام)" of a festival
        return ""
    if ctx.nt[toks[j].end:toks[i0].start].strip() not in tuple(sc.name_age_open) \
            or ctx.nt[toks[k].end:toks[k].end + 3].strip()[:1] not in tuple(sc.name_age_close):
        return ""
    last = toks[j].text
    first = toks[j - 1].text if j - 1 >= lo and not ctx.nt[toks[j - 1].end:toks[j].start].strip() else ""
    # (a word behind the conjunction is most often a verb or a noun joined on, "ويرتبط إيوانيس \"24 عاما\"",
    # "وحصل بارتوميو": the few names that start with its letter, "وليد", are lost as first names)
    first = first if first and _name_word(ctx, first) and not ctx.g.starts_with_article(first) \
        and not (ctx.g.starts_with_conjunction(first) and len(first) >= 4) else ""
    # a family name with the article ("محمد الغامدي") is a name after a first name only ("الطفل الصغير")
    if not _name_word(ctx, last) or (ctx.g.starts_with_article(last) and not first):
        return ""
    return f"{first} {last}" if first else last


def _name_word(ctx: Context, w: str) -> bool:
    """Whether ``w`` may be a word of a person's name: letters, and known to no word list (see ``_named_before``)."""
    lk, g = ctx.lk, ctx.g
    if len(w) < 2 or not w.isalpha() or parse_number_word(w) is not None:
        return False
    if any(t[w] for t in (lk.measures, lk.roles, lk.qualifiers, lk.age_markers, lk.age_nouns, lk.duration_nouns,
                          lk.people_nouns, lk.name_titles, lk.anchor_skip, lk.context_stopwords, lk.update_markers,
                          lk.single_persons, lk.generic_nouns, lk.money_units, lk.part_markers)):
        return False
    if lookup_word(w, ctx.rules.complementisers, g):
        return False
    # only here: a bracketed age is rare, and the gazetteer (in the spelling grouping compares) is not small
    from analysis.facts.places import gazetteer
    from analysis.facts.stories import comparable_words
    names = gazetteer(ctx.rules.language).names
    key = tuple(comparable_words(w))
    end = ctx.scope.demonym_ending
    bare = g.without_article(w)
    stem = bare[:-len(end)] if end and bare.endswith(end) and len(bare) > len(end) + 1 else ""
    # a place is no person ("مستشفى بيروت (50 عاما)": the hospital's years), nor is a country's adjective
    # ("يمني": اليمن's, "سوري": سوريا's)
    return key not in names and not (stem and any(
        tuple(comparable_words(stem + e)) in names for e in ctx.scope.country_endings))


def _role(ctx: Context, lo: int, i0: int) -> str:
    sc = ctx.scope
    lk = ctx.lk
    for k in range(i0 - 1, lo - 1, -1):
        w = ctx.tokens[k].text
        r = lk.roles[w]
        if r:
            return r
        if k > lo:
            two = f"{ctx.tokens[k - 1].text} {w}"
            if two in sc.roles:
                return sc.roles[two]
    return ""


def _dual_unit(ctx: Context, w: str) -> str | None:
    """The currency whose dual ``w`` is ("ريالين", "بدولارين" -> its unit word), else None."""
    duals = number_lexicon(ctx.rules.language).dual_units
    for x in ctx.g.strip_conj(w):
        if x in duals:
            return duals[x]
    return None


def _anchor_noun(ctx: Context, lo: int, i0: int) -> str:
    """The noun an amount measures: the nearest content word before it in its clause."""
    sc = ctx.scope
    lk = ctx.lk
    for k in range(i0 - 1, max(lo, i0 - 6) - 1, -1):
        w = ctx.tokens[k].text
        if w[:1].isdigit() or lk.anchor_skip[w] or w in sc.anchor_skip or len(w) < 3:
            continue
        if parse_number_word(w) is not None:
            continue
        return stem_word(w, sc)
    return ""
