"""Where a sentence says something happened: the countries and towns it names, from a world gazetteer.

A story grouped automatically out of an archive often holds several incidents of one kind: the road
accidents of a week, the battles of a war, the floods of a season.  Rare words (a village, a road:
``alignment.incident_words``) tell most of them apart, but the places that make the news most often
are not rare: Taiz, Aden, Marib, Taif, Madinah, Myanmar are in hundreds of a fortnight's texts.  What
tells "36 rebels killed in Taiz" from "20 killed in Shabwa" is that Taiz and Shabwa are two places,
and that no place holds the other.

``data/lexicons/<language>/places.json`` lists country and town names with the country, region and
coordinates of each (GeoNames and the Unicode CLDR: see tools/build_places.py), and hand-made areas
GeoNames lacks (governorates, regions) with a centre and a reach.  Names
are matched in the spelling texts are compared in (``stories.comparable_text``: normalised,
clitics and article dropped), longest first.  Two sets of places are *apart* when both are named and
no place of one can hold, or be, a place of the other: a country holds its towns; two towns (or
areas) may be one place when they lie within ``NEAR_KM`` of each other's reach (Cairo and Giza, Suruç and Şanlıurfa: a town
and the city its news is filed from; regions are no help, Saudi Arabia's are the size of countries
and Cairo and Giza are two).  A name several towns bear stands for each of them (the reading is
apart from another only if every town of that name is).  A town whose name is also a common word
(``context_names``: "بعقوبة", compared as "عقوبه", a punishment) counts only where the word before or
after says a place is meant ("في مدينة بعقوبة", not "بعقوبة السجن").
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from analysis.facts.stories import comparable_words
from analysis.lexicon import LexiconError, load_lexicon
from analysis.text.grammar import grammar
from analysis.text.textnorm import normalise_text

MAX_NAME_WORDS = 4  # "المملكة العربية السعودية", "سان فرانسيسكو": a few words at most
NEAR_KM = 60  # two towns this close may be one place: a town, its suburb, the city its news is filed from


@dataclass(frozen=True)
class Place:
    """A country (``region`` empty, ``town`` 0), a town, or an area (a governorate, a region), as the
    gazetteer has it."""

    country: str
    region: str = ""
    town: int = 0  # GeoNames id of a town; a negative number for an area (areas in places.json)
    lat: float = 0.0
    lon: float = 0.0
    reach: float = 0.0  # km: an area's extent around its centre


@dataclass(frozen=True)
class Gazetteer:
    names: dict[tuple[str, ...], frozenset[Place]]
    not_after: frozenset[str]  # a name right after one of these is not where it happened ("طريق مكة")
    not_before: frozenset[str] = frozenset()  # nor one right before these: another place's name ("ظهران الجنوب")
    place_types: frozenset[str] = frozenset()  # looked past for not_after: "من سلطنة عمان"
    longest: int = 1
    first_words: frozenset[str] = frozenset()  # a name starts only at one of these
    # names written with the article ("العند", "الرقة"; GeoNames' bare alternates, "رقه", are
    # transliterations): without it they are other words, a preposition ("عند") or a word behind a
    # clitic ("ورقة", a sheet of paper)
    with_article: frozenset[tuple[str, ...]] = frozenset()
    # towns left out as common words ("الرمادي" grey, "بعقوبة" compared as "عقوبه", a punishment), read
    # only where the words around say a place: compared word -> (the name as written, less its article;
    # words before and after that make it a place; its places)
    context_names: dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[Place]]] = field(default_factory=dict)




@lru_cache(maxsize=8)
def gazetteer(language: str = "ar") -> Gazetteer:
    """The language's places.json, in compared spelling (empty when the language has none)."""
    try:
        raw = load_lexicon(language, "places")
    except LexiconError:
        return Gazetteer({}, frozenset())
    left_out = {tuple(comparable_words(n)) for n in raw.get("not_places", [])}
    names: dict[tuple[str, ...], set[Place]] = {}
    article = grammar(language).article
    definite: set[tuple[str, ...]] = set()  # keys some spelling writes with the article

    def add(name: str, place: Place) -> None:
        key = tuple(comparable_words(name))
        if key and key not in left_out and len(key) <= MAX_NAME_WORDS:
            names.setdefault(key, set()).add(place)
            if article and normalise_text(name).startswith(article):
                definite.add(key)

    for name, code in raw.get("countries", {}).items():
        add(name, Place(code))
    for name, towns in raw.get("towns", {}).items():
        for country, region, town, lat, lon in towns:
            add(name, Place(country, region, int(town), float(lat), float(lon)))
    for k, (name, entries) in enumerate(sorted(raw.get("areas", {}).items()), start=1):
        for country, lat, lon, reach in entries:
            add(name, Place(country, "", -k, float(lat), float(lon), float(reach)))
    not_after = frozenset(w for p in raw.get("not_after", []) for w in comparable_words(p))
    # kept with their article: "ظهران الجنوب" is a town, "مأرب شرق اليمن" is Marib east of Yemen, and
    # the compared spelling drops the article that tells the two apart
    not_before = frozenset(normalise_text(p) for p in raw.get("not_before", []))
    types = frozenset(w for p in raw.get("place_types", []) for w in comparable_words(p))
    cut: dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[Place]]] = {}
    for name, (before_words, after_words) in raw.get("context_names", {}).items():
        towns = frozenset(Place(country, region, int(town), float(lat), float(lon))
                          for country, region, town, lat, lon in raw.get("towns", {}).get(name, []))
        key = tuple(comparable_words(name))
        if towns and len(key) == 1:
            written = normalise_text(name)
            if article and written.startswith(article):
                written = written[len(article):]
            cut[key[0]] = (written, frozenset(w for b in before_words for w in comparable_words(b)),
                           frozenset(w for a in after_words for w in comparable_words(a)), towns)
    return Gazetteer({k: frozenset(v) for k, v in names.items()}, not_after, not_before, types,
                     max((len(k) for k in names), default=1), frozenset(k[0] for k in names),
                     frozenset(definite), cut)


# a dateline opens an article ("سبق- الدمام:", "الرياض - واس:"): where the reporter is, not the event
_DATELINE = re.compile(r"^\s*[^\n:.،]{1,40}:")


def without_dateline(text: str) -> str:
    """``text`` without a dateline at its start (an article's opening words up to a colon, 40
    characters at most)."""
    return _DATELINE.sub(" ", text, count=1)


_TOKEN = re.compile(r"\S+")


# pure functions of a string, memoised: an archive's stories ask about the same sentences (one per
# figure in them, in every quantity they are read for) and the same few thousand words again and again
@lru_cache(maxsize=65536)
def token_words(token: str) -> tuple[str, ...]:
    """The compared words of one whitespace token ("بشمال" -> ("شمال",)), memoised."""
    return tuple(comparable_words(token))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The compared words of ``text`` and the offset of the whitespace token each comes from."""
    words: list[str] = []
    starts: list[int] = []
    for m in _TOKEN.finditer(text):
        for w in token_words(m.group()):
            words.append(w)
            starts.append(m.start())
    return tuple(words), tuple(starts)


def _has_article(text: str, start: int, language: str) -> bool:
    """Whether the whitespace token of ``text`` at ``start`` carries the article, behind a proclitic or
    two or not ("الرقة", "بالرقة", "وبالرقة"; "للرقة", the article's first letter dropped after "ل")."""
    g = grammar(language)
    m = _TOKEN.match(text, start)
    if not (m and g.article):
        return False
    w = normalise_text(m.group())
    for k in range(3):
        if w.startswith(g.article) or (k and w.startswith(g.article[1:])):
            return True
        if not (len(w) > 3 and w[0] in g.proclitics):
            return False
        w = w[1:]
    return False


def _written(text: str, start: int, language: str) -> frozenset[str]:
    """The whitespace token of ``text`` at ``start`` as written (normalised, its article kept), and
    without a proclitic: what ``not_before`` is matched against."""
    m = _TOKEN.match(text, start)
    return frozenset(grammar(language).strip_conj(normalise_text(m.group()))) if m else frozenset()


def places_in(text: str, language: str = "ar", *, headline: bool = False,
              span: tuple[int, int] | None = None) -> frozenset[Place]:
    """The places ``text`` names (longest name first: "المدينة المنورة" before "المدينة"): the places
    of each of its names (``place_names``), together."""
    return frozenset(p for name in place_names(text, language, headline=headline, span=span) for p in name)


def place_names(text: str, language: str = "ar", *, headline: bool = False,
                span: tuple[int, int] | None = None) -> tuple[frozenset[Place], ...]:
    """The places each name in ``text`` may be (a name several places bear stands for each of them:
    "تونس" is the country and its capital), longest name first, a name counted once.  A name that is
    only a country is left out when another name is a town or area of it: "بمدينة مأرب شرقي اليمن"
    says where in Yemen, and Yemen, which holds every Yemeni town, would make Marib one place with Taiz.

    ``headline``: a place opening a headline is who acts, not where ("مصر تدين حادث سروج", "تركيا
    تحجب تويتر"), and is left out.  ``span`` (character offsets): only names starting inside it count;
    the words around it still say what a name is ("ونقلها إلى سلطنة عمان" with the window starting at
    "سلطنة" is still a destination)."""
    g = gazetteer(language)
    if not g.names:
        return ()
    lo, hi = span if span is not None else (0, len(text))
    words, starts = _tokens(text)
    found: list[frozenset[Place]] = []
    i = 0
    while i < len(words):
        if words[i] not in g.first_words:  # most words start no name
            if words[i] in g.context_names and lo <= starts[i] < hi:
                written, before_ok, after_ok, towns = g.context_names[words[i]]
                # written whole: "بعقوبة", not "عقوبة" behind a clitic
                if any(w.endswith(written) for w in _written(text, starts[i], language)) and (
                        (i > 0 and words[i - 1] in before_ok) or (i + 1 < len(words) and words[i + 1] in after_ok)
                ) and towns not in found:
                    found.append(towns)
            i += 1
            continue
        for n in range(min(g.longest, len(words) - i), 0, -1):
            hit_key = tuple(words[i:i + n])
            hit = g.names.get(hit_key)
            if hit is not None:
                before = i - 1
                while before >= 0 and words[before] in g.place_types:  # "من سلطنة عمان"
                    before -= 1
                if lo <= starts[i] < hi and not (before >= 0 and words[before] in g.not_after) and not (
                        hit_key in g.with_article and not _has_article(text, starts[i], language)) and not (
                        i + n < len(words) and not g.not_before.isdisjoint(_written(text, starts[i + n], language))) and not (headline and i == 0):
                    if hit not in found:
                        found.append(hit)
                i += n
                break
        else:
            i += 1
    narrowed = {p.country for name in found for p in name if p.town}
    return tuple(name for name in found if any(p.town or p.country not in narrowed for p in name))


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two towns."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def holds(a: Place, b: Place) -> bool:
    """Whether one of two places can be, or hold, the other: one country, and, for two towns or areas,
    the same one or two within ``NEAR_KM`` of each other's reach."""
    if a.country != b.country:
        return False
    if not a.town or not b.town or a.town == b.town:
        return True
    return km(a, b) <= NEAR_KM + a.reach + b.reach


def spread(names: Iterable[frozenset[Place]]) -> bool:
    """Whether two of ``names`` (``place_names``) lie in two countries: a toll "in Cameroon and
    Nigeria" adds up two attacks, and is no reading of the one in Maroua.  Countries only: two towns of
    one country are as often a town and the governorate holding it ("مدينة سجنان التابعة لولاية بنزرت",
    the gazetteer knowing Bizerte as a town only)."""
    countries = [frozenset(p.country for p in n) for n in names]
    return any(a.isdisjoint(b) for i, a in enumerate(countries) for b in countries[i + 1:])


def apart(xs: Iterable[Place], ys: Iterable[Place]) -> bool:
    """Whether two sets of places name two different places: both name some, and no place of one
    can be, or hold, a place of the other."""
    xs, ys = list(xs), list(ys)
    return bool(xs) and bool(ys) and not any(holds(a, b) for a in xs for b in ys)
