"""Readable labels for fact subjects ('fatah_seats:2021' → 'Seats won by the Fatah alliance (2021)')."""
from __future__ import annotations

import json
import math
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from analysis.lexicon import DATA_DIR, LexiconError, load_lexicon


@lru_cache(maxsize=2)
def _table(path: Path = DATA_DIR / "i18n" / "subjects.json") -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=2)
def _gazetteer_names(language: str = "ar") -> dict[str, str]:
    try:
        return {e["id"]: e["label"] for e in load_lexicon(language, "gazetteer").get("entities", [])}
    except LexiconError:
        return {}


def _pick(entry: dict[str, str], lang: str) -> str:
    return entry.get(lang) or entry.get("en", "")


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufefc]")
# a holder before a generic quantity: "ذهبي_n:ميداليه_new" (see _scoped_label)
_HELD = ("_n:", "_amount:")


def _word(text: str, lang: str, words: Mapping[str, str] | None = None) -> str:
    """A word of the text inside a label, as the texts spell it when ``words`` knows the stem ("عايل" ->
    "عائلة": see ``analysis.facts.wording``).  In a left-to-right label an Arabic word is isolated (FSI ...
    PDI), or its parentheses and the words around it are reordered on screen ("Number of (وفد) فرد")."""
    if words and text.rstrip("'") in words:  # "'": a second cluster under the same label
        text = words[text.rstrip("'")]
    return f"\u2068{text}\u2069" if text and lang != "ar" and _RTL.search(text) else text


def _scoped_label(subject: str, lang: str, table: dict[str, Any], words: Mapping[str, str] | None = None) -> str:
    """Label of a scoped quantity ('جنود_killed_serious', 'amount:ريال:سند', 'n:مساجد:تفجير', 'bomber_age')."""
    pat = table.get("patterns", {})
    for head in _HELD:
        holder, sep, rest = subject.partition(head)
        if sep and holder and ":" not in holder:  # "ذهبي_n:ميداليه_new": a holder before a counted thing
            return _pick(pat["holder"], lang).format(measure=_scoped_label(head[1:] + rest, lang, table, words),
                                                     holder=_word(holder, lang, words))
    if subject.startswith(("amount:", "n:")):
        head, unit, what = (subject.split(":", 2) + ["", ""])[:3]
        # "n:ميدالي:بها_new": the context word, then the qualifiers, each in the UI language ("new")
        unit, _, uquals = unit.partition("_")
        what, _, wquals = what.partition("_")
        quals = [q for q in (uquals + "_" + wquals).split("_") if q]
        known = table.get("qualifiers", {})
        extra = ", ".join(_pick(known[q], lang) if q in known else (words or {}).get(q, q) for q in quals)
        if head == "n":
            label = _pick(pat["count"], lang).format(noun=_word(unit, lang, words), what=_word(what, lang, words))
            if not what:
                label = label.replace(" ()", "")
        elif unit == "percent":
            label = _pick(pat["percent"], lang).format(what=_word(what, lang, words))
        else:
            label = _pick(pat["amount"], lang).format(unit=_word(unit, lang, words), what=_word(what, lang, words))
        label = label.rstrip(": ")  # no context word: "Amount in دولار", not "Amount in دولار: "
        return f"{label} [{extra}]" if extra else label
    parts = subject.split("_")
    if len(parts) == 2 and parts[1] == "age" and parts[0] in table.get("roles", {}):
        return _pick(pat["age"], lang).format(role=_pick(table["roles"][parts[0]], lang))
    if len(parts) >= 2 and parts[-1] == "age" and all(_RTL.search(p) for p in parts[:-1]):
        # a named person's age ("حسين_دوابشه_age": see analysis.facts.alignment.split_named_ages), the name as
        # the texts spell it
        name = " ".join((words or {}).get(p, p) for p in parts[:-1])
        return _pick(pat["age"], lang).format(role=_word(name, lang))
    measures, quals = table.get("measures", {}), table.get("qualifiers", {})
    for i, p in enumerate(parts):
        if p in measures and all(q in quals for q in parts[i + 1:]):
            label = _pick(measures[p], lang)
            named = [_pick(quals[q], lang) for q in parts[i + 1:]]
            if named:
                label += " (" + ", ".join(named) + ")"
            holder = "_".join(parts[:i])
            return _pick(pat["holder"], lang).format(measure=label, holder=_word(holder, lang, words)) if holder else label
    return ""


def subject_label(subject: str, lang: str = "en", wording: Iterable[Any] = ()) -> str:
    """Label in the UI language; unknown ids degrade to words, never to an error.

    ``wording``: a comparison's ``Wording`` records (its stems as its texts spell them), so the label
    shows "عائلة" where the subject holds the stem "عايل"."""
    table = _table()
    words = {w.stem: w.word for w in wording}
    if subject.startswith("same_text:"):  # copies of one text differing in a figure (analysis.facts.variants)
        inner = subject.split(":", 1)[1].rstrip("'")
        what = subject_label(inner, lang, wording) if inner else ""
        if not what or what == inner:  # no label of its own ("age", a fact's bare measure): say what it is
            return _pick(table["subjects"]["same_text_bare"], lang)
        return _pick(table["subjects"]["same_text"], lang).format(what=what)
    head, sep, key = subject.partition(":")
    if sep and head in table.get("keyed", {}):  # a claim keyed by what it is of ("goal_minute:<scorer>")
        return _pick(table["keyed"][head], lang).format(key=_word(key.rstrip("'").replace("_", " "), lang, words))
    if subject.startswith(("amount:", "n:")) or any(h in subject for h in _HELD):
        return _scoped_label(subject, lang, table, words) or subject
    if subject.startswith("sector_rank:"):  # the sector next after another in a session's list (analysis.facts.claims)
        _, direction, leader, figure = (subject.split(":") + ["", "", ""])[:4]
        sectors = table.get("sectors", {})
        return _pick(table["subjects"]["sector_rank"], lang).format(
            direction=_pick(sectors.get("_directions", {}).get(direction, {"en": direction}), lang),
            leader=_pick(sectors.get(leader, {"en": leader.replace("_", " ")}), lang), figure=figure)
    if head in table.get("event_dates", {}):  # the date of a named event of one thing ("vanish_date:plane")
        events = table["event_dates"]
        holder = events.get("_holders", {}).get(key, {"en": key.replace("_", " ")})
        return _pick(events[head], lang).format(holder=_pick(holder, lang))
    if subject.startswith("event_direction:"):  # the side of a town the event happened on, the town as printed
        town = subject.split(":", 1)[1]
        return _pick(table["subjects"]["event_direction"], lang).format(town=_word(town, lang, words))
    if subject.startswith("event_day:"):  # the day of the story's crash, blast, fire...
        kinds = table.get("event_day_kinds", {})
        kind = subject.split(":", 1)[1]
        return _pick(table["subjects"]["event_day"], lang).format(kind=_pick(kinds.get(kind, kinds["_other"]), lang))
    if subject.startswith("duration:"):  # a length keyed by what lasted ("duration:contract")
        what = subject.split(":", 1)[1]
        known = table.get("durations", {})
        return _pick(known[what], lang) if what in known else _pick(known["_other"], lang).format(what=what)
    base, _, year = subject.partition(":")
    label = table["subjects"].get(base, {}).get(lang, "")
    if not label:
        label = _scoped_label(base, lang, table, words)
    if not label:
        for suffix, templates in table["suffixes"].items():
            if base.endswith("_" + suffix):
                head = base[: -len(suffix) - 1]
                name = _gazetteer_names().get(head, "") if lang == "ar" else table["names"].get(head, "")
                label = templates.get(lang, templates["en"]).format(name=name or head.replace("_", " "))
                break
    if not label:
        label = base.replace("_", " ")
    return f"{label} ({year})" if year else label


# a length's unit: its days (a month 28 to 31, a year 365 to 366: analysis.facts.scope governed durations)
_DURATION_UNITS = (("years", 365.0, 366.0), ("months", 28.0, 31.0), ("weeks", 7.0, 7.0), ("days", 1.0, 1.0))


def duration_label(normalised: str, labels: Mapping[str, str] | None = None) -> str:
    """A length read in days as a reader writes it: "730..732" → "2 year(s)", "35" → "35 day(s)", "53.1..64.9"
    (about two months) → "about 2 month(s)"; ``labels``: the UI's ``dur_<unit>``, ``dur_about``."""
    labels = labels or {}

    def say(unit: str, n: int) -> str:  # "2 year(s)", «2 سنة»
        return labels.get(f"dur_{unit}", "{n} " + unit[:-1] + "(s)").format(n=n)

    lo_s, _, hi_s = normalised.partition("..")
    try:
        lo, hi = float(lo_s), float(hi_s or lo_s)
    except ValueError:
        return normalised
    if lo == hi and lo.is_integer():
        return say("days", int(lo))  # "35 يوما": days as written, not "5 weeks"
    for unit, ulo, uhi in _DURATION_UNITS:
        n = round(lo / ulo)
        if n >= 1 and abs(n * ulo - lo) < 1e-6 and abs(n * uhi - hi) < 1e-6:
            return say(unit, n)
    mid = (lo + hi) / 2
    for unit, ulo, uhi in _DURATION_UNITS:
        n = round(mid / ((ulo + uhi) / 2))
        if n >= 1 and lo <= n * (ulo + uhi) / 2 <= hi:
            return labels.get("dur_about", "about {value}").format(value=say(unit, n))
    return normalised


_COMPASS = ("N", "S", "E", "W")  # a direction's letters as a reader says them: north/south first ("north-west")
_COMPASS_WORDS = {"N": "north", "S": "south", "E": "east", "W": "west"}


def place_label(normalised: str, labels: Mapping[str, str] | None = None) -> str:
    """A place claim's value as a reader says it: "dir:NW" → "north-west" («شمال غرب»), "ocean:indian" → "the
    Indian Ocean" («المحيط الهندي»), from ``labels`` (the UI's ``dir_<letter>``, ``dir_join``, ``ocean_<name>``)."""
    labels = labels or {}
    kind, _, value = normalised.partition(":")
    if kind == "dir":
        parts = [labels.get(f"dir_{c}", _COMPASS_WORDS[c]) for c in _COMPASS if c in value]
        return labels.get("dir_join", "-").join(parts) if parts else normalised
    if kind == "ocean":
        return labels.get(f"ocean_{value}", f"the {value.title()} Ocean")
    return normalised


# The notes analysis.facts gives a number it leaves uncompared (English, as the data carries them),
# keyed for the i18n files, so a reader sees why in the page's language ("background: 2015-07-01" keeps
# its detail after the colon).
NOTE_KEYS: dict[str, str] = {
    "an end of a range": "note_range_end",
    "one of two counts that add up (and N others)": "note_addends",
    "a toll a later death added to": "note_later_death",
    "none of another incident": "note_none_elsewhere",
    "one of a list of figures": "note_list",
    "a limit set by a rule, not a figure of the event": "note_limit",
    "rhetorical or a rate": "note_rhetorical",
    "generic 'one'": "note_generic_one",
    "one person's death, not a toll": "note_one_death",
    "a figure for each of several": "note_each",
    "part of a percentage": "note_percent_part",
    "time of day": "note_time_of_day",
    "a dimension (N×M)": "note_dimension",
    "a rank (the Nth of a series)": "note_rank",
    "age of an unclear person": "note_age",
    "vague number without a counted noun": "note_vague",
    "a year of an era, no count": "note_era_year",
    "count of an unnamed party": "note_unnamed_party",
    "part of a whole, unclear which": "note_part",
    "duration or time span": "note_duration",
    "amount without a clear measure": "note_amount",
    "count of people, unclear what it measures": "note_people",
    "counted thing without a governing word": "note_counted",
    "no counted noun": "note_no_noun",
    "background": "note_background",
}


def note_label(note: str, labels: Mapping[str, str]) -> str:
    """``note`` (a fact's reason for staying uncompared, or its kind before a colon) in the language of
    ``labels`` (an i18n table); the note itself when the table has no text for it."""
    head, _, detail = note.partition(":")
    key = NOTE_KEYS.get(note) or NOTE_KEYS.get(head.strip())
    text = labels.get(key, "") if key else ""
    if not text:
        return note
    return text.replace("{detail}", detail.strip()).strip()


def value_label(normalised: str, labels: Mapping[str, str] | None = None, subject: str = "") -> str:
    """A canonical value as a reader writes it: "30..inf" → "≥30", "27..33" → "27–33"; a time of day
    in the reader's words ("tod:dawn" → "at dawn", "tod:06:35" → "06:35", "tod:11:01?" → "11:01, morning
    or evening not said"), from ``labels`` (the UI's: keys ``tod_<part>``, ``tod_unsure``); a length (its
    ``subject`` or measure "duration:...", the value in days) in years, months, weeks or days."""
    subject = subject.removeprefix("same_text:")  # copies of one text: the value reads as its quantity's would
    if subject.startswith("duration:"):
        return duration_label(normalised, labels)
    # a claim's value (analysis.facts.claims): a goal's minute, a match's score, a project's stage, in words
    kind, sep, rest = normalised.partition(":")
    if sep and kind == "minute" and rest.isdigit():
        return (labels or {}).get("value_minute", "minute {n}").format(n=rest)
    if sep and kind == "score":
        return rest.replace("-", "–")
    if sep and kind == "stage":
        name = rest.partition(":")[2]
        return (labels or {}).get(f"stage_{name}", name.replace("_", " "))
    if sep and kind == "sector":  # a ranked sector (analysis.facts.claims.rank_facts), in the reader's language
        name = _table().get("sectors", {}).get(rest)
        return _pick(name, (labels or {}).get("lang_code", "en")) if name else rest.replace("_", " ")
    if normalised.startswith(("dir:", "ocean:")):
        return place_label(normalised, labels)
    if _NO_YEAR.fullmatch(normalised):  # "*-03-08": a date printed with no year (facts.json event_dates)
        return _date_without_year(normalised, (labels or {}).get("lang_code", "en"))
    if subject == "day" and _DAY.fullmatch(normalised):  # copies of one text naming two weekdays: say the weekday
        return _day_with_weekday(normalised, (labels or {}).get("lang_code", "en"))
    if normalised.startswith("tod:"):
        labels = labels or {}
        part = normalised[4:]
        if part[:1].isdigit():
            return labels.get("tod_unsure", "{time} (?)").format(time=part[:-1]) if part.endswith("?") else part
        return labels.get(f"tod_{part}", part)
    if ".." in normalised:
        lo, hi = (_grouped(x) for x in normalised.split("..", 1))
        if hi == "inf":
            return f"≥{lo}"
        if lo in ("0", "0.0"):
            return f"≤{hi}"
        return f"{lo}–{hi}"
    return _grouped(normalised)


_NO_YEAR = re.compile(r"\*-(0[1-9]|1[0-2])(?:-(\d\d))?")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _day_with_weekday(normalised: str, lang: str) -> str:
    """"2015-07-24" -> "Friday 24 July 2015": the day two copies of one text disagree on is told by its weekday
    («تسحب اليوم (الجمعة)» against «اليوم السبت»), so the room sees the weekdays the outlets printed."""
    try:
        day = date.fromisoformat(normalised)
    except ValueError:
        return normalised
    return f"{_calendar_name('weekdays', day.weekday(), lang)} {day.day} {_calendar_name('months', day.month - 1, lang)} {day.year}"


def _calendar_name(kind: str, index: int, lang: str) -> str:
    """The ``index``-th month or weekday (``kind``: "months", "weekdays", Monday first) in the reader's language
    (subjects.json ``date_no_year``), English where the language has none."""
    entry = _table()["date_no_year"]
    return (entry.get(f"{kind}_{lang}") or entry[f"{kind}_en"])[index]


def _date_without_year(normalised: str, lang: str) -> str:
    """"*-03-08" -> "8 March (no year given)": the month by name, so "*-05" is not read as a figure."""
    m = _NO_YEAR.fullmatch(normalised)
    if not m:
        return normalised
    month = _calendar_name("months", int(m.group(1)) - 1, lang)
    date = f"{int(m.group(2))} {month}" if m.group(2) else month
    return _pick(_table()["date_no_year"], lang).format(date=date)


def _grouped(number: str) -> str:
    """A large figure with its thousands grouped, as a room reads it off a screen ("4000000" → "4,000,000");
    anything else (a small or decimal figure, a date, a word) as it is."""
    if number.isdigit():
        return f"{int(number):,}" if len(number) > 4 else number
    try:
        x = float(number)
    except ValueError:
        return number
    # "129800000000.00002": a sum read through a float; two decimals at most, trailing zeros off
    return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) >= 10000 and math.isfinite(x) else number
