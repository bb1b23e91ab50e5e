"""Dates, weekdays and relative times in news text, and their resolution.

Runs on *normalised* text (offsets are normalised offsets).  Month, weekday
and relative-time words come from ``data/lexicons/<lang>/{months,weekdays,
relative_time}.json``.  We do not use dateparser here: it misses the paired
month forms Arabic outlets print ("7 نوفمبر/تشرين الثاني 2021") and phrases
such as "مساء الاثنين", and its language auto-detection is slow.

Canonical values (``DateMatch.normalised``):

* calendar dates as ISO prefixes: "2021-11-07", "2021-10", "2021";
  an unknown year is "*" ("*-11-07");
* weekdays: "weekday:6" (Monday=0), "weekday:4:past" for "الجمعة الماضية";
* relative times: "rel:<anchor>:+1d" with anchor event | previous | report |
  other, "~" appended when approximate ("قبل نحو أسبوع"), "w"/"m" units for
  weeks/months.

Weekdays and relative times are resolved later (``resolve_time``) against the
story's event date, which only alignment knows.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Sequence
from datetime import date, timedelta
from functools import lru_cache

from analysis.lexicon import load_lexicon
from analysis.text.grammar import Grammar, grammar
from analysis.text.memo import Memo
from analysis.text.rxguard import token_start_test, word_trie
from analysis.text.textnorm import normalise, normalise_text

_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    kind: str  # date (calendar) | time (weekday / relative: needs an anchor)
    normalised: str
    precision: str  # day | month | year | weekday | relative
    time_of_day: str = ""
    anchor: str = ""  # for relative times: event | previous | report | other


@dataclass(frozen=True)
class DatePatterns:
    month_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    year_re: re.Pattern[str]
    relative: tuple[tuple[re.Pattern[str], dict], ...]
    # zero-width: matches at every offset where at least one ``relative`` pattern
    # matches (None when the patterns cannot be combined); see _relative_matches
    relative_starts: re.Pattern[str] | None
    months: dict[str, int]
    day_ordinals: dict[str, int]
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    times_of_day: dict[str, str]
    event_nouns: frozenset[str]
    event_clitics: str  # one-letter clitics an event noun may carry ("لمحاولة", "بالهجوم")
    grammar: Grammar
    # What every match of weekday_re / year_re must contain, tested before scanning with them: those
    # two begin with a lookbehind, so the engine cannot skip ahead and tries every offset of the
    # text (0.1-0.2 ms an article), while most articles name no weekday and no year.  A text without
    # the required piece has no match, so skipping the scan there changes nothing.
    weekday_words: tuple[str, ...] = ()  # the first word of every weekday name (the wd group is required)
    year_digits: re.Pattern[str] | None = None  # the year group's digits, alone
    range_to: re.Pattern[str] | None = None  # the words between a range's two dates ("حتى", "إلى"), alone
    # token text -> which of month_re, weekday_re, year_re and relative_starts may match at the
    # token's start (bits, see _token_starts), and the bits of the patterns with such a test (one
    # whose beginnings are not known scans the whole text)
    token_tests: tuple[Memo[str, int], int] | None = field(default=None, compare=False)


_YEAR_DIGITS = r"(?:1[89]|20)\d\d"

# a relative-time pattern is word start + optional clitic + the lexicon's pattern + word end
_REL_HEAD, _REL_TAIL = r"(?<!\w)", r"(?!\w)"


def _clitic(letters) -> str:
    """An optional one-letter clitic from ``letters`` (a lexicon list), as a regex ("" if none)."""
    chars = "".join(sorted({normalise_text(c) for c in letters}))
    return f"(?:[{re.escape(chars)}])?" if chars else ""


def _optional_word(words) -> str:
    """An optional word of ``words`` followed by spaces, as a regex ("" if none)."""
    alts = _alt(words)
    return rf"(?:(?:{alts})\s+)?" if alts else ""


def _alt(words) -> str:
    """Regex alternation, longest first, spaces inside names matching any whitespace.

    Written as a trie (``rxguard.word_trie``: the same matches as the words sorted longest first
    and joined by "|"): the month regex tries its name lists at every word start of every text."""
    return word_trie(words)


MONTH_DAYS = 31


def _day_ordinals(nums: dict, g) -> dict[str, int]:
    """The definite ordinals a day of the month is written with ("العاشر", "الخامس عشر", "الحادي
    والعشرين", "الثلاثين"), normalised, to the day: numbers.json's ordinals, each with a teen word after
    it ("teen_tens") for 11-19, and with "and" and a tens word ("tens", the article on) for 21-31."""
    definite = {g.article + g.without_article(normalise_text(w)): v for w, v in nums.get("ordinals", {}).items()}
    units = {w: v for w, v in definite.items() if v < 10}
    out = dict(definite)
    for teen in nums.get("teen_tens", []):
        for w, v in units.items():
            out[f"{w} {normalise_text(teen)}"] = 10 + v
    tens = {g.article + normalise_text(w): v for w, v in nums.get("tens", {}).items() if v <= MONTH_DAYS}
    out.update(tens)
    conj = normalise_text(nums.get("and", ""))
    if conj:
        for t, tv in tens.items():
            for w, v in units.items():
                if tv + v <= MONTH_DAYS:
                    out[f"{w} {conj}{t}"] = tv + v
    return out


@lru_cache(maxsize=8)
def date_patterns(language: str = "ar") -> DatePatterns:
    mo = load_lexicon(language, "months")
    wd = load_lexicon(language, "weekdays")
    rel = load_lexicon(language, "relative_time")
    months = {normalise_text(k): v for k, v in mo["months"].items()}
    weekdays = {normalise_text(k): v for k, v in wd["weekdays"].items()}
    tods = {normalise_text(k): v for k, v in wd.get("times_of_day", {}).items()}
    year_words = [normalise_text(w) for w in mo.get("year_words", [])]
    last_year = [normalise_text(w) for w in mo.get("last_year", [])]
    past = [normalise_text(w) for w in mo.get("past_markers", []) + wd.get("past_markers", [])]
    month_word = [normalise_text(w) for w in mo.get("month_word", [])]
    day_words = [normalise_text(w) for w in wd.get("day_words", [])]
    M, W, T = _alt(months), _alt(weekdays), _alt(tods)
    next_words = [normalise_text(w) for w in mo.get("next_markers", []) + wd.get("next_markers", [])]
    # "العاشر من أكتوبر": day as a definite ordinal (from numbers.json)
    nums = load_lexicon(language, "numbers")
    g = grammar(language)
    day_ordinals = _day_ordinals(nums, g)
    # "العاشر من أكتوبر", "10 من عام 2015": the partitive between day, month and year
    of = rf"\s+{re.escape(g.partitive)}\s+" if g.partitive else r"\s+"
    opt_of = _optional_word([g.partitive])
    clitic = _clitic(mo.get("clitics", []))
    wd_clitic = _clitic(wd.get("clitics", []))
    # weekday names carry the article; a clitic (والأحد) may precede it
    month_re = re.compile(
        rf"(?<!\w){clitic}(?:(?P<tod>{T})\s+)?(?:(?:{_alt(day_words)})\s+)?(?:(?P<wd>{W})\s+)?"
        rf"(?:(?P<mword>{_alt(month_word)})\s+)?"
        rf"(?:(?P<day>\d{{1,2}})\s*|(?P<dayword>{_alt(day_ordinals)}){of}{_optional_word(month_word)})?(?P<m1>{M})(?:\s*[/(]?\s*(?P<m2>{M})\)?)?"
        rf"(?:\s+{opt_of}(?:(?:{_alt(year_words)})\s+)?(?P<year>(?:1[89]|20)\d\d)(?!\d)"
        rf"|\s+{opt_of}(?P<lastyear>{_alt(last_year)}))?"
        rf"(?:\s+(?P<past>{_alt(past)})|\s+(?P<next>{_alt(next_words)}))?(?!\w)"
    )
    weekday_re = re.compile(
        rf"(?<!\w){wd_clitic}(?:(?P<tod>{T})\s+)?(?:(?:{_alt(day_words)})\s+)?(?P<wd>{W})"
        rf"(?:\s+(?P<past>{_alt(past)})|\s+(?P<next>{_alt(normalise_text(w) for w in wd.get('next_markers', []))}))?(?!\w)"
    )
    # a year is four digits alone: not part of a longer number or a decimal (2018.5)
    year_re = re.compile(rf"(?<!\w)(?<!\d[.,])(?:(?:{_alt(year_words)})\s+)?(?P<year>{_YEAR_DIGITS})(?!\w|[.,]\d)")
    bodies = [normalise(e["pattern"], casefold=False).text for e in rel["expressions"]]
    rel_clitic = _clitic(rel.get("clitics", []))
    relative = tuple(
        (re.compile(rf"{_REL_HEAD}{rel_clitic}(?:{b}){_REL_TAIL}"), e) for b, e in zip(bodies, rel["expressions"])
    )
    relative_starts = _starts_of_any(bodies, rel_clitic)
    return DatePatterns(
        month_re, weekday_re, year_re, relative, relative_starts, months, day_ordinals,
        frozenset(normalise_text(w) for w in mo.get("ambiguous", [])), weekdays, tods,
        frozenset(normalise_text(w) for w in rel.get("event_nouns", [])),
        "".join(normalise_text(c) for c in rel.get("event_clitics", [])), g,
        tuple(sorted({w.split()[0] for w in weekdays if w.split()})), re.compile(_YEAR_DIGITS),
        re.compile(rf"\s*(?:{_alt(normalise_text(w) for w in mo['range_to'])})\s*") if mo.get("range_to") else None,
        _token_tests((month_re, weekday_re, year_re, relative_starts)),
    )


_SEPARATED = 16  # the bit of a token holding a decimal separator ("1.5")


def _token_tests(patterns: tuple[re.Pattern[str] | None, ...]) -> tuple[Memo[str, int], int]:
    """Token text -> bit ``1 << k`` set when ``patterns[k]`` may match at the token's start (the text
    of the token begins as the pattern's matches do: ``rxguard.token_start_test``), and
    ``_SEPARATED`` when the token holds a decimal separator.  A pattern without such a test gets no
    bit: it is scanned whole.  With the memo, the bits of the patterns that have a test."""
    known = tuple((1 << k, t.match) for k, rx in enumerate(patterns)
                  if rx is not None and (t := token_start_test(rx)) is not None)

    def bits(text: str) -> int:  # (a plain loop: a new word of every article comes here)
        found = _SEPARATED if "." in text or "," in text else 0
        for bit, match in known:
            if match(text) is not None:
                found |= bit
        return found

    # (every token is looked up: a bigger memo than the default, as counts._counting_words')
    return Memo(bits, limit=1 << 17), sum(bit for bit, _ in known)


_tok_text = itemgetter(0)


def _token_starts(tokens: Sequence[tuple[str, int, int]], token_tests: tuple[Memo[str, int], int],
                  n: int) -> list[list[int] | None]:
    """For each of the ``n`` patterns of ``tests``: the offsets where a match of it may start (None:
    anywhere, the pattern has no test).  Each pattern begins with "(?<!\\w)", so a match starts where
    no word character precedes: at a token's start (the token regex of ``numbers.tokenize`` starts a
    token there), or after a decimal separator inside a figure ("1.5 يناير": a dot is no word
    character).  ``_relative_matches`` tried at these offsets finds what a scan of the whole text
    finds, without the scan's work at every offset (a few dozen of ~400 tokens an article)."""
    tests, known = token_tests
    out: list[list[int] | None] = [[] if known >> k & 1 else None for k in range(n)]
    masks = list(map(tests.__getitem__, map(_tok_text, tokens)))
    for (text, start, _), mask in compress(zip(tokens, masks), masks):
        offsets = [start]
        if mask & _SEPARATED:
            offsets.extend(start + k + 1 for k, ch in enumerate(text) if ch in ".,")
            mask |= known
        for k, starts in enumerate(out):
            if starts is not None and mask >> k & 1:
                starts.extend(offsets)
    return out


def _starts_of_any(bodies: list[str], clitic: str) -> re.Pattern[str] | None:
    """One zero-width regex that matches wherever any relative-time pattern would start a match.

    Why: each relative-time pattern starts with a lookbehind, so the regex engine
    has no literal to skip ahead with and tries every offset of the text; twelve
    such scans were ~3 ms of a ~25 ms article.  This one regex shares their
    prefix (word start, optional و/ف clitic) and tries the bodies as alternatives,
    so the text is walked once; the few offsets it reports are then tried with
    each pattern on its own (same order, same results).  Group names are dropped
    (duplicates are not allowed in one regex), which would break back-references:
    with one of those present we keep the plain scans.
    """
    if not bodies or any(re.search(r"\(\?P=|\\[1-9]", b) for b in bodies):
        return None
    alts = "|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", b) + ")" for b in bodies)
    try:
        return re.compile(rf"{_REL_HEAD}(?={clitic}(?:{alts}){_REL_TAIL})")
    except re.error:
        return None


def _relative_matches(rx: re.Pattern[str], norm_text: str, starts: list[int] | None):
    """``rx.finditer(norm_text)``, tried only at ``starts`` (offsets where some relative pattern
    matches, or where a date pattern may start: ``_token_starts``; None: everywhere).

    Every offset where ``rx`` matches is in ``starts``, so taking the first one at or
    after the end of the previous match is exactly what finditer does.  (The patterns
    never match the empty string: each needs its words.)
    """
    if starts is None:
        yield from rx.finditer(norm_text)
        return
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = rx.match(norm_text, s)
        if m is not None:
            yield m
            pos = m.end() if m.end() > s else s + 1


COMING_DAYS = 45  # a day written without its year this many days ahead of the reference is a coming one


def infer_year(month: int, reference: date | None, past: bool = False, day: int | None = None) -> int | None:
    """Year of a month named without one: the latest such month not after the
    reference (news reports the past); None without a reference.  A day a few weeks
    ahead is this year's, coming ("ويستمر حتى الثاني من أغسطس" in a July report: the
    event's last day), unless the text says it is past."""
    if reference is None:
        return None
    if day is not None and not past and month > reference.month:
        try:
            ahead = (date(reference.year, month, day) - reference).days
        except ValueError:
            ahead = -1
        if 0 < ahead <= COMING_DAYS:
            return reference.year
    if month > reference.month or (past and month == reference.month):
        return reference.year - 1
    return reference.year


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    y = "*" if year is None else f"{year:04d}"
    if month is None:
        return y
    if day is None:
        return f"{y}-{month:02d}"
    return f"{y}-{month:02d}-{day:02d}"


def _span_free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in taken)


def _event_follows(norm_text: str, end: int, pats: DatePatterns) -> bool:
    """An event noun in the next few words (غداة نجاته, بعد يوم على محاولة الاغتيال)."""
    words = _WORDS.findall(norm_text[end:end + 40])[:3]
    for w in words:
        for cand in (w, w[1:] if w[:1] and w[:1] in pats.event_clitics else w, pats.grammar.without_article(w)):
            if cand in pats.event_nouns:
                return True
    return False


def find_dates(norm_text: str, reference: date | None = None, language: str = "ar",
               tokens: Sequence[tuple[str, int, int]] | None = None) -> list[DateMatch]:
    """Calendar dates, weekdays, relative times and bare years, left to right.  ``tokens``:
    ``numbers.tokenize(norm_text)``, when the caller has them: each pattern is then tried at the
    tokens a match of it may start at (``_token_starts``), not at every offset of the text."""
    pats = date_patterns(language)
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    for dm in _hijri_dates(norm_text, language, reference):
        out.append(dm)
        taken.append((dm.start, dm.end))

    month_dates: list[DateMatch] = []  # the calendar dates found so far, in text order
    cands: list[list[int] | None] = [None] * 4 if tokens is None or pats.token_tests is None \
        else _token_starts(tokens, pats.token_tests, 4)
    for m in _relative_matches(pats.month_re, norm_text, cands[0]):
        if not _span_free(taken, m.start(), m.end()):
            continue
        m1 = " ".join(m.group("m1").split())
        m2 = m.group("m2")
        day, year = m.group("day"), m.group("year")
        if m.group("dayword"):
            day = str(pats.day_ordinals[" ".join(m.group("dayword").split())])
        if m1 in pats.ambiguous and not (day or year or m2 or m.group("mword")):
            continue  # آب / مارس as plain words
        month = pats.months[m1]
        if year:
            y: int | None = int(year)
        elif m.group("lastyear"):
            y = reference.year - 1 if reference else None
        elif m.group("next") and reference is not None:
            # "فبراير المقبل": the next such month, not the last one
            y = reference.year if month > reference.month else reference.year + 1
        else:
            y = infer_year(month, reference, past=bool(m.group("past")),
                           day=int(day) if day and 1 <= int(day) <= 31 else None)
        d = int(day) if day and 1 <= int(day) <= 31 else None
        if d is not None and y is not None and d > calendar.monthrange(y, month)[1]:
            d = None
        if not year and y is not None and month_dates and pats.range_to is not None:
            # "من 25 يوليو حتى 2 أغسطس": a range ends after it starts, so its end, its year unsaid, is in
            # the start's year or the next (read alone, "2 August" in a July report was last year's)
            last = month_dates[-1]
            start = parse_iso(last.normalised)
            if start is not None and last.end <= m.start() and pats.range_to.fullmatch(norm_text, last.end, m.start()):
                while (y, month, d or 31) < (start.year, start.month, start.day) and y < start.year + 1:
                    y += 1
                if d is not None and d > calendar.monthrange(y, month)[1]:
                    d = None
        match = DateMatch(m.start(), m.end(), "date", _iso(y, month, d), "day" if d else "month",
                          pats.times_of_day.get(m.group("tod") or "", ""))
        out.append(match)
        month_dates.append(match)
        taken.append((m.start(), m.end()))

    weekdays = _relative_matches(pats.weekday_re, norm_text, cands[1]) if not pats.weekday_words or any(
        w in norm_text for w in pats.weekday_words) else ()
    for m in weekdays:
        if not _span_free(taken, m.start(), m.end()):
            continue
        wd = pats.weekdays[m.group("wd")]
        suffix = ":past" if m.group("past") else (":next" if m.group("next") else "")
        out.append(DateMatch(m.start(), m.end(), "time", f"weekday:{wd}{suffix}", "weekday",
                             pats.times_of_day.get(m.group("tod") or "", "")))
        taken.append((m.start(), m.end()))

    if pats.relative_starts is None:
        starts = None
    elif cands[3] is None:
        starts = [m.start() for m in pats.relative_starts.finditer(norm_text)]
    else:  # the offsets where it matches, of those it may match at
        starts = [s for s in cands[3] if pats.relative_starts.match(norm_text, s)]
    for rx, spec in pats.relative:
        for m in _relative_matches(rx, norm_text, starts):
            if not _span_free(taken, m.start(), m.end()):
                continue
            anchor = spec.get("anchor", "report")
            if anchor == "event" and not _event_follows(norm_text, m.end(), pats):
                anchor = "other"  # "غداة تنديد بايدن": the day after something else
            if "weeks" in spec:
                amount, unit = int(spec["weeks"]), "w"
            elif "months" in spec:
                amount, unit = int(spec["months"]), "m"
            elif spec.get("days") == "n":
                from analysis.facts.numbers import number_value  # local: numbers is a sibling leaf module
                v = number_value(m.group("n"))
                amount, unit = int(float(v)) if v else 0, "d"
            else:
                amount, unit = int(spec.get("days", 0)), "d"
            approx = "~" if spec.get("approximate") else ""
            tod = m.groupdict().get("tod") or ""
            out.append(DateMatch(m.start(), m.end(), "time", f"rel:{anchor}:{amount:+d}{unit}{approx}",
                                 "relative", pats.times_of_day.get(tod, ""), anchor))
            taken.append((m.start(), m.end()))

    years = _relative_matches(pats.year_re, norm_text, cands[2]) \
        if pats.year_digits and pats.year_digits.search(norm_text) else ()
    for m in years:
        if not _span_free(taken, m.start(), m.end()):
            continue
        out.append(DateMatch(m.start(), m.end(), "date", m.group("year"), "year"))
        taken.append((m.start(), m.end()))

    out.sort(key=lambda d: d.start)
    return out


_HIJRI_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
# every match of _HIJRI_YEAR holds one of this: a pattern with a literal first character, which the
# engine finds by a fast scan (the look-behind of _HIJRI_YEAR makes it try every offset: ~0.02 ms
# an article, 93% of which hold no such four digits)
_HIJRI_DIGITS = re.compile(r"1[34]\d\d")


@lru_cache(maxsize=8)
def _hijri_patterns(language: str = "ar") -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]] | None:
    mo = load_lexicon(language, "months")
    months = {normalise_text(k): v for k, v in mo.get("hijri_months", {}).items()}
    markers = [normalise_text(w) for w in mo.get("hijri_marker", [])]
    if not months or not markers:
        return None
    mk = _alt(markers)
    opt_of = _optional_word([grammar(language).partitive])  # "9 من رمضان", "من عام 1436هـ"
    # "12 - 11 - 1427هـ", "12/11/1427 هـ", "1427/11/12هـ"; a whole day needs no marker ("بتاريخ
    # 19/6/1436": no Gregorian day of the news is in the 14th or 15th century)
    numeric = re.compile(
        rf"(?<![\w./])(?:(?P<d>\d{{1,2}})\s*[-/]\s*(?P<m>\d{{1,2}})\s*[-/]\s*(?P<y>1[34]\d\d)"
        rf"|(?P<y2>1[34]\d\d)\s*[-/]\s*(?P<m2>\d{{1,2}})\s*[-/]\s*(?P<d2>\d{{1,2}}))(?:\s*(?:{mk}))?(?![\w/])"
        rf"|(?<![\w.])(?P<y3>1[34]\d\d)\s*(?:{mk})(?!\w)")
    named = re.compile(
        rf"(?<!\w)(?:(?P<d>\d{{1,2}})\s+{opt_of}{_optional_word(normalise_text(w) for w in mo.get('month_word', []))})?(?P<mon>{_alt(months)})"
        rf"(?:\s+{opt_of}{_optional_word(normalise_text(w) for w in mo.get('hijri_year_words', []))}(?P<y>1[34]\d\d)\s*(?:{mk})?)?(?!\w)")
    return numeric, named, months


@dataclass(frozen=True)
class _HijriDays:
    """A day of a Hijri month written without its year ("السابع من ذي القعدة المقبل", "غرة شهر ذي القعدة",
    "30 شوال"): the pattern, the fast test that a text names a Hijri month at all, the months' and the
    day words' numbers, and the months that are also common words."""

    rx: re.Pattern[str]
    any_month: re.Pattern[str]
    months: dict[str, int]
    day_words: dict[str, int]
    ambiguous: frozenset[str]


@lru_cache(maxsize=8)
def _hijri_day_pattern(language: str = "ar") -> _HijriDays | None:
    mo = load_lexicon(language, "months")
    months = {normalise_text(k): v for k, v in mo.get("hijri_months", {}).items()}
    if not months:
        return None
    g = grammar(language)
    nums = load_lexicon(language, "numbers")
    days = _day_ordinals(nums, g)
    days.update({normalise_text(w): 1 for w in mo.get("first_day_words", [])})
    opt_of = _optional_word([g.partitive])
    month_word = _optional_word(normalise_text(w) for w in mo.get("month_word", []))
    past = [normalise_text(w) for w in mo.get("past_markers", [])]
    nxt = [normalise_text(w) for w in mo.get("next_markers", [])]
    rx = re.compile(
        rf"(?<!\w){_clitic(mo.get('clitics', []))}(?:(?P<d>\d{{1,2}})\s+|(?P<dw>{_alt(days)})\s+){opt_of}{month_word}"
        rf"(?P<mon>{_alt(months)})(?:\s+(?P<past>{_alt(past)})|\s+(?P<next>{_alt(nxt)}))?(?!\w)")
    return _HijriDays(rx, re.compile(_alt(months)), months, days,
                      frozenset(normalise_text(w) for w in mo.get("hijri_ambiguous", [])))


def _hijri_year_near(month: int, day: int, reference: date, past: bool, coming: bool) -> tuple[str, str] | None:
    """The Gregorian day of Hijri ``month``/``day`` in the Hijri year that puts it nearest ``reference`` (the
    year before, the same or the next), or the last one before it (``past``: "الماضي") or the first one
    after (``coming``: "المقبل")."""
    from hijridate import Gregorian

    hy = Gregorian(reference.year, reference.month, reference.day).to_hijri().year
    cands = []
    for y in (hy - 1, hy, hy + 1):
        conv = _hijri_to_iso(y, month, day)
        if conv is not None:
            cands.append(conv[0])
    if past:
        cands = [c for c in cands if c <= reference.isoformat()]
    elif coming:
        cands = [c for c in cands if c >= reference.isoformat()]
    if not cands:
        return None
    best = min(cands, key=lambda c: abs((date.fromisoformat(c) - reference).days))
    return best, "day"


def _hijri_to_iso(y: int, m: int | None, d: int | None) -> tuple[str, str] | None:
    """(ISO value, precision) of a Hijri date; None outside the Umm al-Qura tables."""
    from hijridate import Hijri  # Umm al-Qura conversion: hand-written arithmetic would be off by days

    try:
        if m and d:
            return Hijri(y, m, d).to_gregorian().isoformat(), "day"
        if m:
            return Hijri(y, m, 1).to_gregorian().isoformat()[:7], "month"
        # a Hijri year straddles two Gregorian ones: give the later, so that "1436هـ" in July
        # 2015 (1436 ran from October 2014 to October 2015) is not taken for an earlier year
        return str(Hijri(y, 12, 29).to_gregorian().year), "year"
    except (ValueError, OverflowError):
        return None


def _hijri_dates(norm_text: str, language: str = "ar", reference: date | None = None) -> list[DateMatch]:
    pats = _hijri_patterns(language)
    if pats is None or not _HIJRI_DIGITS.search(norm_text) or not _HIJRI_YEAR.search(norm_text):
        # no 13xx/14xx year: no Hijri date with its year (fast path); a day of a month without one needs
        # the article's own date to be placed
        return _hijri_days(norm_text, language, reference, []) if reference is not None and pats is not None else []
    numeric, named, months = pats
    out: list[DateMatch] = []
    for m in named.finditer(norm_text):
        if not m.group("y"):
            continue  # a month name alone ("رمضان") is a season, not a date we can place
        d = int(m.group("d")) if m.group("d") and 1 <= int(m.group("d")) <= 30 else None
        conv = _hijri_to_iso(int(m.group("y")), months[" ".join(m.group("mon").split())], d)
        if conv:
            out.append(DateMatch(m.start(), m.end(), "date", conv[0], conv[1]))
    taken = [(d.start, d.end) for d in out]
    for m in numeric.finditer(norm_text):
        if not _span_free(taken, m.start(), m.end()):
            continue
        g = m.groupdict()
        if g["y3"]:
            conv = _hijri_to_iso(int(g["y3"]), None, None)
        else:
            y, mo, d = (int(g["y"]), int(g["m"]), int(g["d"])) if g["y"] else (int(g["y2"]), int(g["m2"]), int(g["d2"]))
            conv = _hijri_to_iso(y, mo, d) if 1 <= mo <= 12 and 1 <= d <= 30 else None
        if conv:
            out.append(DateMatch(m.start(), m.end(), "date", conv[0], conv[1]))
    if reference is not None:
        out = _hijri_days(norm_text, language, reference, out)
    out.sort(key=lambda dm: dm.start)
    return out


def _hijri_days(norm_text: str, language: str, reference: date | None, found: list[DateMatch]) -> list[DateMatch]:
    """``found`` and the days of Hijri months written without their year, placed by the article's own date
    (``_hijri_year_near``): "في السابع من ذي القعدة المقبل" in a July 2015 report is 22 August 2015."""
    day_pats = _hijri_day_pattern(language)
    if reference is None or day_pats is None:
        return found
    if not day_pats.any_month.search(norm_text):
        return found
    out = list(found)
    taken = [(d.start, d.end) for d in found]
    for m in day_pats.rx.finditer(norm_text):
        if not _span_free(taken, m.start(), m.end()):
            continue
        day = int(m.group("d")) if m.group("d") else day_pats.day_words.get(" ".join(m.group("dw").split()), 0)
        mon = " ".join(m.group("mon").split())
        if not 1 <= day <= 30 or (m.group("d") and mon in day_pats.ambiguous):
            continue  # "3 صفر" is as often a score ("zero") as the month: only "الثالث من صفر" is the day
        conv = _hijri_year_near(day_pats.months[mon], day, reference,
                                bool(m.group("past")), bool(m.group("next")))
        if conv:
            out.append(DateMatch(m.start(), m.end(), "date", conv[0], conv[1]))
    out.sort(key=lambda dm: dm.start)
    return out


def date_interval(value: str) -> tuple[date, date] | None:
    """The days a date of any precision may mean ("2021-11-07", "2021-11": the whole month, "2021":
    the whole year); None for anything else.  Used for publication days and for date facts."""
    p = (value or "").strip()
    try:
        if len(p) >= 10:
            d = date.fromisoformat(p[:10])
            return d, d
        if len(p) == 7:
            y, m = int(p[:4]), int(p[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(p) == 4:
            y = int(p)
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


def parse_iso(value: str) -> date | None:
    """A day-precision ISO date, or None."""
    try:
        return date.fromisoformat(value)
    except (ValueError, TypeError):
        return None


def parse_published(value: str, *, exact_day: bool = False) -> date | None:
    """Article.published ("2021-11", "2020-06-29", "2020-06-29T10:00", "2021") as a date: the
    first day of the month or year when imprecise, or None then with ``exact_day`` (a reference
    day for "yesterday" must be a real day, not a month's first)."""
    value = (value or "").strip()
    if len(value) >= 10:
        return parse_iso(value[:10])
    if exact_day:
        return None
    for fmt_len, fill in ((7, "-01"), (4, "-01-01")):
        if len(value) == fmt_len:
            return parse_iso(value + fill)
    return None


def resolve_time(normalised: str, event: date | None, reference: date | None = None,
                 previous: date | None = None) -> str:
    """Resolve a weekday or relative time to an ISO date; unchanged when it cannot be.

    * weekday: the first such day on or after the event (news about an event
      names the day it happened or the days after); with "past", the last
      such day before it;
    * rel:event / rel:previous / rel:report: offset from the event date, the
      previous date in the article, the reference (publication) date.
    """
    if normalised.startswith("weekday:"):
        parts = normalised.split(":")
        anchor = event or reference
        if anchor is None:
            return normalised
        wd = int(parts[1])
        if len(parts) > 2 and parts[2] == "past":
            delta = (anchor.weekday() - wd) % 7 or 7
            return (anchor - timedelta(days=delta)).isoformat()
        return weekday_around(wd, anchor, forward=True).isoformat()
    if normalised.startswith("rel:"):
        _, anchor_name, amount = normalised.split(":", 2)
        anchor = {"event": event, "previous": previous or event, "report": reference}.get(anchor_name)
        if anchor is None:
            return normalised
        approx = amount.endswith("~")
        amount = amount.rstrip("~")
        n, unit = int(amount[:-1]), amount[-1]
        if unit == "d":
            out = (anchor + timedelta(days=n)).isoformat()
            return out + ("~" if approx else "")
        if unit == "w":
            iso = (anchor + timedelta(weeks=n)).isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}"
        if unit == "m":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + n, 12)
            return f"{y:04d}-{mo + 1:02d}"
    return normalised


def weekday_around(wd: int, day: date, *, forward: bool = False) -> date:
    """The weekday ``wd`` (Monday=0) nearest ``day``: on or before it, or on or after it with
    ``forward`` ("الخميس" in Sunday's paper is the Thursday before; "الخميس المقبل" the next)."""
    if forward:
        return day + timedelta(days=(wd - day.weekday()) % 7)
    return day - timedelta(days=(day.weekday() - wd) % 7)


def is_resolved(value: str) -> bool:
    return not (value.startswith("weekday:") or value.startswith("rel:"))


def dates_compatible(a: str, b: str) -> bool | None:
    """True/False for two resolved dates, None when they cannot be compared.

    A less precise date agrees with a more precise one it contains
    ("2021-10" vs "2021-10-10"); "~" allows three days either way; "*" is an
    unknown year.
    """
    if not (is_resolved(a) and is_resolved(b)):
        return None
    if "W" in a or "W" in b:
        return a == b if ("W" in a and "W" in b) else None
    approx = a.endswith("~") or b.endswith("~")
    a, b = a.rstrip("~"), b.rstrip("~")
    if approx:
        da, db = parse_iso(a), parse_iso(b)
        if da and db:
            return abs((da - db).days) <= 3
    pa, pb = a.split("-"), b.split("-")
    for x, y in zip(pa, pb):
        if x == "*" or y == "*":
            continue
        if x != y:
            return False
    return True
