"""Where a sentence says something happened: the countries and towns it names, from a world gazetteer.

A story grouped automatically out of an archive often holds several incidents of one kind: the road
accidents of a week, the battles of a war, the floods of a season.  Rare words (a village, a road:
``alignment.incident_words``) tell most of them apart, but the places that make the news most often
are not rare: Taiz, Aden, Marib, Taif, Madinah, Myanmar are in hundreds of a fortnight's texts.  What
tells "36 rebels killed in Taiz" from "20 killed in Shabwa" is that Taiz and Shabwa are two places,
and that no place holds the other.

``data/lexicons/<language>/places.json`` lists country and town names with the country and
first-level region each lies in (GeoNames and the Unicode CLDR: see tools/build_places.py).  Names
are matched in the spelling texts are compared in (``stories.comparable_text``: normalised,
clitics and article dropped), longest first.  Two sets of places are *apart* when both are named and
no place of one can hold, or be, a place of the other: a country holds its towns; two towns are one
place when they lie in one region (Suruç and Şanlıurfa, a town and its province's capital).  A
name several towns bear stands for each of them (the reading is apart from another only if every
town of that name is).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from analysis.lexicon import LexiconError, load_lexicon
from analysis.text.textnorm import normalise_text

MAX_NAME_WORDS = 4  # "المملكة العربية السعودية", "سان فرانسيسكو": a few words at most


@dataclass(frozen=True)
class Place:
    """A country (``region`` empty, ``town`` 0) or a town, as the gazetteer has it."""

    country: str
    region: str = ""
    town: int = 0


@dataclass(frozen=True)
class Gazetteer:
    names: dict[tuple[str, ...], frozenset[Place]]
    not_after: frozenset[str]  # a name right after one of these is not where it happened ("طريق مكة")
    not_before: frozenset[str] = frozenset()  # nor one right before these: another place's name ("ظهران الجنوب")
    longest: int = 1


def _words(text: str) -> list[str]:
    # the spelling grouping compares texts in (imported here: stories imports alignment, not this)
    from analysis.facts.stories import comparable_words

    return comparable_words(text)


@lru_cache(maxsize=8)
def gazetteer(language: str = "ar") -> Gazetteer:
    """The language's places.json, in compared spelling (empty when the language has none)."""
    try:
        raw = load_lexicon(language, "places")
    except LexiconError:
        return Gazetteer({}, frozenset())
    left_out = {tuple(_words(n)) for n in raw.get("not_places", [])}
    names: dict[tuple[str, ...], set[Place]] = {}

    def add(name: str, place: Place) -> None:
        key = tuple(_words(name))
        if key and key not in left_out and len(key) <= MAX_NAME_WORDS:
            names.setdefault(key, set()).add(place)

    for name, code in raw.get("countries", {}).items():
        add(name, Place(code))
    for name, towns in raw.get("towns", {}).items():
        for country, region, town in towns:
            add(name, Place(country, region, int(town)))
    not_after = frozenset(w for p in raw.get("not_after", []) for w in _words(p))
    not_before = frozenset(w for p in raw.get("not_before", []) for w in _words(p))
    return Gazetteer({k: frozenset(v) for k, v in names.items()}, not_after, not_before,
                     max((len(k) for k in names), default=1))


# a dateline opens an article ("سبق- الدمام:", "الرياض - واس:"): where the reporter is, not the event
_DATELINE = re.compile(r"^\s*[^\n:.،]{1,40}:")


def without_dateline(text: str) -> str:
    """``text`` without a dateline at its start (an article's opening words up to a colon, 40
    characters at most)."""
    return _DATELINE.sub(" ", text, count=1)


def places_in(text: str, language: str = "ar") -> frozenset[Place]:
    """The places ``text`` names (longest name first: "المدينة المنورة" before "المدينة")."""
    g = gazetteer(language)
    if not g.names:
        return frozenset()
    words = _words(normalise_text(text))
    found: set[Place] = set()
    i = 0
    while i < len(words):
        for n in range(min(g.longest, len(words) - i), 0, -1):
            hit = g.names.get(tuple(words[i:i + n]))
            if hit is not None:
                if not (i and words[i - 1] in g.not_after) and not (
                        i + n < len(words) and words[i + n] in g.not_before):
                    found |= hit
                i += n
                break
        else:
            i += 1
    return frozenset(found)


def holds(a: Place, b: Place) -> bool:
    """Whether one of two places can be, or hold, the other: one country, and one region unless
    one of them is the country itself."""
    if a.country != b.country:
        return False
    return not a.region or not b.region or a.region == b.region


def apart(xs: Iterable[Place], ys: Iterable[Place]) -> bool:
    """Whether two sets of places name two different places: both name some, and no place of one
    can be, or hold, a place of the other."""
    xs, ys = list(xs), list(ys)
    return bool(xs) and bool(ys) and not any(holds(a, b) for a in xs for b in ys)
