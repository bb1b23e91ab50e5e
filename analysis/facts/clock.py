"""The time of day of an event: "فجر الخميس", "في تمام الساعة 6:35 صباحاً", "وقع الحادث ليلاً".

A time of day is a fact of the story when it is next to a word of the event (the same words that
make a date the event's date, facts.json ``event_date``): two outlets saying the crash happened in
the evening and at dawn disagree, whatever day each gives.  Values are ``tod:<part>`` for a part of
the day (dawn, morning, noon, afternoon, evening, night, midnight) and ``tod:HH:MM`` for a clock
time (``tod:HH:MM?`` when the text does not say whether it is before or after noon).  Each stands
for an interval of minutes (weekdays.json ``clock``); two values agree when their intervals meet,
across midnight too (night runs from 19:00 to 05:00).  A clock time quoted in another time zone
("بتوقيت غرينتش") is not the local time of the event and is left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.lexicon import LexiconError, load_lexicon
from analysis.text.textnorm import normalise_text

DAY = 24 * 60
ZONE_REACH = 20  # characters after a clock time searched for a time-zone word


@dataclass(frozen=True)
class ClockRules:
    clock_re: re.Pattern[str] | None  # "الساعة 6:35 صباحا"
    adverb_re: re.Pattern[str] | None  # "ليلا", "فجرا"
    parts: dict[str, str]  # normalised day-part word -> part id
    minutes: dict[str, tuple[int, int]]  # part id -> [from, to) minutes after midnight (to may pass 24:00)
    slack: int  # minutes either side of a clock time
    pm_parts: frozenset[str]  # parts after which an hour under 12 is in the afternoon or evening
    am_parts: frozenset[str] = frozenset()  # parts after which twelve o'clock is 00:xx ("12:30 فجرا")
    zone_re: re.Pattern[str] | None = None  # "بتوقيت غرينتش": another time zone's clock
    head: str = ""  # the clock word, normalised: a text without it has no clock time (a cheap test first)
    adverbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClockMatch:
    start: int
    end: int
    value: str  # "tod:dawn", "tod:06:35", "tod:11:01?"


@lru_cache(maxsize=8)
def clock_rules(language: str = "ar") -> ClockRules:
    try:
        cfg = load_lexicon(language, "weekdays").get("clock", {})
    except LexiconError:
        cfg = {}
    parts = {normalise_text(k): v for k, v in cfg.get("parts", {}).items() if not k.startswith("_")}
    minutes = {k: (int(v[0]), int(v[1])) for k, v in cfg.get("minutes", {}).items() if not k.startswith("_")}
    alt = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    head = cfg.get("clock_head")
    clock_re = adverb_re = zone_re = None
    if head and alt:
        clock_re = re.compile(
            rf"(?<!\w){normalise_text(head)}\s+(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?(?![\d:.])"
            rf"(?:\s+(?:{normalise_text(cfg.get('of', ''))}\s+)?(?P<part>{alt}))?")
    zones = [normalise_text(w) for w in cfg.get("time_zone_words", [])]
    if zones:
        zone_re = re.compile("|".join(map(re.escape, zones)))
    adverbs = [normalise_text(w) for w in cfg.get("adverbs", [])]
    if adverbs:
        adverb_re = re.compile(rf"(?<!\w)(?P<part>{'|'.join(map(re.escape, adverbs))})(?!\w)")
    return ClockRules(clock_re, adverb_re, parts, minutes, int(cfg.get("slack", 30)),
                      frozenset(cfg.get("pm_parts", [])), frozenset(cfg.get("am_parts", [])), zone_re,
                      normalise_text(head) if head else "", tuple(adverbs))


def _free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in taken)


def find_clock_times(norm_text: str, taken: list[tuple[int, int]], language: str = "ar") -> list[ClockMatch]:
    """Clock times and day-part adverbs of ``norm_text`` outside the ``taken`` spans (the dates found
    already: "فجر الخميس" is a weekday with its time of day)."""
    r = clock_rules(language)
    out: list[ClockMatch] = []
    spans = list(taken)
    # the patterns' look-behinds are tried at every offset: most texts hold neither word (a substring test)
    if r.clock_re is not None and r.head in norm_text:
        for m in r.clock_re.finditer(norm_text):
            h, mins = int(m.group("h")), int(m.group("m") or 0)
            if h > 24 or mins > 59 or not _free(spans, m.start(), m.end()):
                continue
            if r.zone_re is not None and r.zone_re.search(norm_text, m.end(), m.end() + ZONE_REACH):
                continue  # "22:42 بتوقيت جرينتش": not the local time of the event
            part = r.parts.get(m.group("part") or "", "")
            if part in r.pm_parts and h < 12 and not (part in r.am_parts and h <= 5):
                h += 12  # "9 مساء" is 21:00; "2 ليلا" stays 02:00
            elif part in r.am_parts and h == 12:
                h = 0  # "12:30 فجرا" is half past midnight
            ambiguous = not part and 1 <= h <= 12
            out.append(ClockMatch(m.start(), m.end(), f"tod:{h % 24:02d}:{mins:02d}" + ("?" if ambiguous else "")))
            spans.append((m.start(), m.end()))
    if r.adverb_re is not None and any(a in norm_text for a in r.adverbs):
        for m in r.adverb_re.finditer(norm_text):
            part = r.parts.get(m.group("part"), "")
            if part and _free(spans, m.start(), m.end()):
                out.append(ClockMatch(m.start(), m.end(), f"tod:{part}"))
    out.sort(key=lambda c: c.start)
    return out


def _intervals(value: str, r: ClockRules) -> list[tuple[int, int]]:
    body = value[4:]
    if body in r.minutes:
        return [r.minutes[body]]
    ambiguous = body.endswith("?")
    try:
        h, m = (int(x) for x in body.rstrip("?").split(":"))
    except ValueError:
        return []
    t = h * 60 + m
    out = [(t - r.slack, t + r.slack)]
    if ambiguous:
        out.append((t + 12 * 60 - r.slack, t + 12 * 60 + r.slack))
    return out


def times_compatible(a: str, b: str, language: str = "ar") -> bool | None:
    """Whether two times of day may be the same moment (None: not both times of day)."""
    if not (a.startswith("tod:") and b.startswith("tod:")):
        return None
    r = clock_rules(language)
    ia, ib = _intervals(a, r), _intervals(b, r)
    if not ia or not ib:
        return None
    return any(lo1 < hi2 + shift and lo2 + shift < hi1
               for lo1, hi1 in ia for lo2, hi2 in ib for shift in (-DAY, 0, DAY))
