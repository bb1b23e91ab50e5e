"""Numbers in news text: digits (any script), clitic-glued digits and number words.

Works on *normalised* text (``analysis.text.textnorm``): Arabic-Indic digits are
already ASCII there, tatweel is gone (so "الـ17" reads "ال17"), and hamza /
ta-marbuta spellings are unified, so one lexicon entry covers ثلاثة/ثلاثه.
All offsets returned are offsets into that normalised text; callers map them
back with ``Normalised.to_original``.

The word lists live in ``data/lexicons/<lang>/numbers.json``; nothing here is
Arabic-specific except the defaults of that file.
"""
from __future__ import annotations

import math
import re
from itertools import accumulate, compress, count, repeat
from operator import itemgetter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from analysis.lexicon import load_lexicon
from analysis.text.grammar import grammar
from analysis.text.textnorm import normalise_text

# A token is either letters glued to digits (ال17, ب73, لـ120 after
# normalisation) or a plain word.  Decimal/thousands separators stay inside.
# Written letters-first: the same tokens as r"[^\W\d_]*\d+(?:[.,]\d+)*|[^\W\d_]+" (a letter run
# takes the digits right after it, if any; a digit run alone is a number), but that form made the
# engine read every plain word twice (the letters, back off looking for a digit, the letters again):
# about 40% of the scan on real news.
# a figure with the "ر" decimal mark some Saudi papers print, in visual order ("9ر53" is 53.9), is one token
TOKEN = re.compile(r"\d+\u0631\d+(?![^\W\d_])|[^\W\d_]+(?:\d+(?:[.,]\d+)*)?|\d+(?:[.,]\d+)*", re.UNICODE)
_RA_DECIMAL = re.compile(r"^(\d+)\u0631(\d+)$")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})", re.UNICODE)  # the tokens captured: split() returns them
_text = itemgetter(0)  # Token.text
# a clitic may be glued to digits ("بـ300" normalises to "ب300"); Latin letters may not: "F16", "G20",
# "beephoto666@gmil.com" name a plane, a summit, a mailbox, and count nothing
_DIGITS = re.compile(r"^(?P<pre>[^\W\d_A-Za-z]*)(?P<num>\d+(?:[.,]\d+)*)$", re.UNICODE)


class Token(NamedTuple):
    # a NamedTuple, not a frozen dataclass: one is built per word of every
    # article, and a tuple is several times cheaper to create
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class NumberMatch:
    """A number found in normalised text (offsets are normalised offsets)."""

    start: int
    end: int
    low: float  # exact numbers have low == high
    high: float
    kind: str  # cardinal | ordinal | vague
    definite: bool = False  # carried the article ال (المسيرات الثلاث)
    digits: bool = False  # written with digits, not words
    token_start: int = -1  # index of the first/last token in the token list
    token_end: int = -1

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def normalised(self) -> str:
        return format_range(self.low, self.high)


def format_number(x: float) -> str:
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    r = round(float(x), 6)  # 3700 * 1.1 is 4070.0000000000005 in binary floating point
    return str(int(r)) if r.is_integer() else repr(r)


def format_range(low: float, high: float) -> str:
    """Canonical text of a value or range: "3", "10..99"."""
    if low == high:
        return format_number(low)
    return f"{format_number(low)}..{format_number(high)}"


def parse_range(value: str) -> tuple[float, float] | None:
    """Inverse of ``format_range``; None for anything that is not a number."""
    try:
        if ".." in value:
            lo, hi = value.split("..", 1)
            return float(lo), float(hi)
        x = float(value)
        return x, x
    except ValueError:
        return None


@dataclass(frozen=True)
class NumberLexicon:
    prefixes: tuple[str, ...]
    cardinals: dict[str, int]
    teens_unit: dict[str, int]
    teen_tens: frozenset[str]
    tens: dict[str, int]
    hundreds: dict[str, int]
    multipliers: dict[str, int]
    ordinals: dict[str, int]
    vague: dict[str, tuple[int, int]]
    conj: str
    definite_prefixes: frozenset[str] = frozenset()  # prefixes that carry the article ("ال", "وال", "لل")
    article: str = ""  # grammar.json: "الثالث والعشرين" → "عشرين"
    not_numbers: frozenset[str] = frozenset()  # words a prefix + number word spell by accident ("كمية")
    fractions: dict[str, float] = field(default_factory=dict)  # "ونصف" after "مليون": half a million more
    dual_units: dict[str, str] = field(default_factory=dict)  # "ريالين": two of a unit -> the unit
    # "مليارا دولار": a multiplier starting a figure, in a construct, is two of it (numbers.json dual_constructs)
    dual_constructs: frozenset[str] = frozenset()
    not_before_dual: frozenset[str] = frozenset()  # the words after which it stays one ("مليارا من")


def _norm_map(d: dict) -> dict:
    return {normalise_text(k): v for k, v in d.items() if not k.startswith("_")}


@lru_cache(maxsize=8)
def number_lexicon(language: str = "ar") -> NumberLexicon:
    raw = load_lexicon(language, "numbers")
    prefixes = sorted({normalise_text(p) for p in raw.get("prefixes", [])}, key=len, reverse=True)
    dual_units = {k: normalise_text(v) for k, v in _norm_map(raw.get("dual_units", {})).items()}
    return NumberLexicon(
        prefixes=tuple(prefixes),
        # a dual unit is the number two (its unit is read by the scope: scope._scope_count)
        cardinals={**{w: 2 for w in dual_units}, **_norm_map(raw.get("cardinals", {}))},
        teens_unit=_norm_map(raw.get("teens_unit", {})),
        teen_tens=frozenset(normalise_text(w) for w in raw.get("teen_tens", [])),
        tens=_norm_map(raw.get("tens", {})),
        hundreds=_norm_map(raw.get("hundreds", {})),
        multipliers=_norm_map(raw.get("multipliers", {})),
        ordinals=_norm_map(raw.get("ordinals", {})),
        vague={k: (int(v[0]), int(v[1])) for k, v in _norm_map(raw.get("vague", {})).items() if isinstance(v, list)},
        conj=normalise_text(raw.get("and", "")),
        definite_prefixes=frozenset(normalise_text(p) for p in raw.get("definite_prefixes", [])),
        article=grammar(language).article,
        not_numbers=frozenset(normalise_text(w) for w in raw.get("not_numbers", [])),
        fractions={normalise_text(k): float(v) for k, v in raw.get("fractions", {}).items()},
        dual_units=dual_units,
        dual_constructs=frozenset(normalise_text(w) for w in raw.get("dual_constructs", {}).get("words", [])),
        not_before_dual=frozenset(normalise_text(w) for w in raw.get("dual_constructs", {}).get("not_before", [])),
    )


def tokenize(norm_text: str) -> list[Token]:
    # ~400 tokens per real article: built by C-level map() chains (no Python loop body), with
    # tuple.__new__ instead of the NamedTuple's Python-level __new__.  One split by the token regex
    # (captured) gives [gap, token, gap, token, ..., gap] without a Match object per token; the
    # running sum of the pieces' lengths gives every token's start (after its gap) and end.
    parts = _TOKEN_SPLIT.split(norm_text)
    ends = list(accumulate(map(len, parts)))
    return list(map(tuple.__new__, repeat(Token), zip(parts[1::2], ends[0::2], ends[1::2])))


def strip_prefix(word: str, table: dict | frozenset, prefixes: tuple[str, ...]) -> tuple[str, str] | None:
    """(prefix, stem) if ``word`` or ``word`` minus a clitic prefix is in ``table``.

    Single-letter prefixes need a stem of 3+ letters: otherwise لست ("I am
    not") would read as ل + ست ("six").
    """
    if word in table:
        return "", word
    for p in prefixes:
        if word.startswith(p):
            stem = word[len(p):]
            if stem in table and (len(p) > 1 or len(stem) >= 3):
                return p, stem
    return None


def _parse_digits(tok: str) -> tuple[str, float] | None:
    ra = _RA_DECIMAL.match(tok)
    if ra:  # "9ر53": 53.9, written right to left around the mark
        return "", float(f"{ra.group(2)}.{ra.group(1)}")
    m = _DIGITS.match(tok)
    if not m:
        return None
    num = m.group("num")
    # "1,000" is a thousands separator, "2,5" a decimal comma: three digits after = thousands
    if "," in num:
        parts = num.split(",")
        num = "".join(parts) if all(len(p) == 3 for p in parts[1:]) else num.replace(",", ".")
    elif num.count(".") > 1:
        # "375.526.840 ريالا": two or more dots, each before three digits, group thousands (a decimal point
        # is one dot); "5.1.1" (a clause number) stays unread.  Riyals and halalas: "310.000.000.00 ريال",
        # "97.151.502.13" (official statements' cost figures), two or more groups of three and then two digits
        # after the last dot, are the groups and the halalas, the decimal part (no clause is numbered so)
        parts = num.split(".")
        cents = len(parts) >= 4 and len(parts[-1]) == 2
        if not all(len(p) == 3 for p in parts[1:len(parts) - cents]):
            return None
        num = "".join(parts[:-1]) + "." + parts[-1] if cents else "".join(parts)
    try:
        return m.group("pre"), float(num)
    except ValueError:
        return None


_SEPARATED = re.compile(r"\d[.,\u066b\u066c]\d{3}(?!\d)|(?<!\d)\d{3}\u0631\d")  # (the ra form is in visual order)


def separator_ambiguous(written: str) -> bool:
    """Whether a figure as written has a dot or comma before three last digits ("66.000"): read
    here as a decimal point (a comma as thousands), it may be the other separator, so its size is
    uncertain by a factor of a thousand."""
    return bool(_SEPARATED.search(written)) and not _DOT_GROUPED.search(written)


# two dots or more, each before three digits ("310.000.000.00"): no decimal point is written twice, so these group
# thousands, whatever else the writer does
_DOT_GROUPED = re.compile(r"\d\.\d{3}\.\d{3}(?!\d)")
_DOT_THREE = re.compile(r"\d\.\d{3}(?!\d)")
_COMMA_THREE = re.compile(r"\d,\d{3}(?!\d)")
# a dot no thousands separator can be: one, two or four and more digits after it ("2.5", "14.92")
_DOT_DECIMAL = re.compile(r"\d\.(?:\d{1,2}|\d{4,})(?!\d)")
_DOT_GROUPS = re.compile(r"\d\.\d{3}\.\d{3}(?!\d)")  # "1.234.567": dots of thousands
_AGENCY_MARKS = re.compile(r"[\u0631\u066b\u066c]")  # the ra of visual order, the Arabic decimal and thousands marks


def separator_settled(written: str, text: str) -> bool:
    """Whether the article ``text`` settles what the dot or comma of a ``separator_ambiguous`` figure is, as it
    is read here (a comma of thousands, a dot of decimals).  An article that writes its decimals with a dot
    ("2.5%", "14.92 مليار") and never groups thousands with dots writes thousands with a comma: its "1,949 مليون"
    is 1,949 million.  If it also writes a comma of thousands ("3,850 مليون"), its dot is no thousands
    separator: its "1.949 مليون" is 1.949 million.  (A comma of thousands alone settles nothing: writers who
    group with commas still write "1.949" for 1,949 now and then, and one who groups with dots may write "2.5".)
    The ra of the agencies' visual order ("000ر22") is never settled."""
    if _AGENCY_MARKS.search(written):
        return False
    dot_decimals, comma_thousands = _separators_of(text)
    if not dot_decimals:
        return False
    if _DOT_THREE.search(written):
        return comma_thousands
    return bool(_COMMA_THREE.search(written))


@lru_cache(maxsize=256)
def _separators_of(text: str) -> tuple[bool, bool]:
    """(decimals written with a dot and no thousands grouped with dots, a comma of thousands written) of one
    article: its own convention, read once however many of its figures and comparisons ask."""
    return bool(_DOT_DECIMAL.search(text)) and not _DOT_GROUPS.search(text), bool(_COMMA_THREE.search(text))


_HAS_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def _bounds(v: int | tuple[int, int]) -> tuple[float, float]:
    """A number word's value as (low, high): vague words ("عشرات") hold a range, the others one value."""
    return (float(v[0]), float(v[1])) if isinstance(v, tuple) else (float(v), float(v))


def parse_number_word(word: str, language: str = "ar") -> tuple[str, str, float, float] | None:
    """Parse a single token: (kind, prefix, low, high) or None.

    kind is cardinal | ordinal | vague | tens | hundreds | multiplier | teen_unit.
    A pure function of (word, language), so cached: news vocabulary repeats,
    and every token of every article passes through here.
    """
    hit = _word_forms(language).get(word)  # number words hold no digit: one look-up for most tokens
    if hit is not None or not _HAS_DIGIT.search(word):
        return hit
    dig = _parse_digits(word)
    if dig is not None:
        pre, x = dig
        # glued before digits: clitics ("ب300", "ال17", "وبـ5") or a whole word a missing space joined to
        # them ("الماضي2500 سلة", "حقق1.077 فرصة"); one or two other letters make a name or a unit ("سي4",
        # C4; "م2", square metres)
        if pre and len(pre) < GLUED_WORD and not _clitics_only(pre, number_lexicon(language).prefixes):
            return None
        return "cardinal", pre, x, x
    return None


GLUED_WORD = 3  # letters of the shortest word a missing space may glue to a figure


def _clitics_only(pre: str, prefixes: tuple[str, ...]) -> bool:
    """Whether ``pre`` is a clitic prefix, or up to two one-letter ones before one ("وب", "وبال")."""
    singles = {p for p in prefixes if len(p) == 1}
    for _ in range(3):
        if not pre or pre in prefixes:
            return True
        if pre[0] not in singles:
            return False
        pre = pre[1:]
    return not pre


@lru_cache(maxsize=8)
def _word_forms(language: str = "ar") -> dict[str, tuple[str, str, float, float]]:
    """Every spelling of every number word with each clitic prefix, as one dict.

    The same precedence as ``strip_prefix`` table by table (cardinal, tens, hundreds,
    vague, ordinal, multiplier, teen_unit; a bare word before a prefixed one; longer
    prefixes first; single-letter prefixes only before stems of 3+ letters), built once
    so that reading a word is one lookup: every token of every article comes here.
    """
    lex = number_lexicon(language)
    forms: dict[str, tuple[str, str, float, float]] = {}
    for kind, table in (
        ("cardinal", lex.cardinals), ("tens", lex.tens), ("hundreds", lex.hundreds),
        ("vague", lex.vague), ("ordinal", lex.ordinals), ("multiplier", lex.multipliers),
        ("teen_unit", lex.teens_unit),
    ):
        entries: dict[str, tuple[str, str, float, float]] = {}
        for stem, v in table.items():
            lo, hi = _bounds(v)
            entries.setdefault(stem, (kind, "", lo, hi))
        for p in lex.prefixes:
            for stem, v in table.items():
                if len(p) > 1 or len(stem) >= 3:
                    lo, hi = _bounds(v)
                    entries.setdefault(p + stem, (kind, p, lo, hi))
        for w, e in entries.items():
            forms.setdefault(w, e)
    for w in lex.not_numbers:
        forms.pop(w, None)
    return forms


@lru_cache(maxsize=65536)
def _multiplier(word: str, language: str) -> float | None:
    """Factor of a multiplier word ("آلاف", "ملايين", clitics stripped), else None (cached)."""
    lex = number_lexicon(language)
    hit = strip_prefix(word, lex.multipliers, lex.prefixes)
    return None if hit is None else lex.multipliers[hit[1]]


def _ordinal_tens(word: str, lex: NumberLexicon) -> int:
    """The tens of a compound ordinal ("والعشرين" after "الثالث"), 0 if none."""
    rest = _with_conj(word, lex) or ""
    rest = rest[len(lex.article):] if lex.article and rest.startswith(lex.article) else rest
    return lex.tens.get(rest, 0)


def _with_conj(word: str, lex: NumberLexicon) -> str | None:
    """The word without a leading "and" (وعشرين), or None."""
    if lex.conj and word.startswith(lex.conj) and len(word) > len(lex.conj) + 1:
        return word[len(lex.conj):]
    return None


def _order(value: float) -> int:
    """Magnitude class of a number word inside one thousands group: 0 units/teens, 1 tens, 2 hundreds."""
    return 2 if value >= 100 else 1 if value >= 20 else 0


def _compound(toks: list[Token], i: int, j: int, first: float, lex: NumberLexicon, language: str) -> tuple[float, int]:
    """Value and last token of a compound number word starting at ``toks[i]`` (already read up to ``j``).

    Arabic writes a group as hundreds, then units, then tens, joined by "and"
    (مائة وثمانية وأربعون = 148, ثلاثمائة وواحد وثلاثون = 331); a multiplier
    closes a group (ثلاثة آلاف ومائتان = 3200, خمسة وعشرون ألفا = 25000, ألفان
    وخمسمائة = 2500).  Only these orders are joined, so a list "ثلاثة وأربعة"
    stays two numbers.
    """
    n = len(toks)
    total = 0.0
    group = first
    # a definite compound carries the article on each part ("الخمسة والعشرين", "الأربع والعشرين ساعة")
    head = parse_number_word(toks[i].text, language)
    definite = bool(head and lex.article and head[1] in lex.definite_prefixes)
    last_order = _order(first) if first < 1000 else 3
    seen: set[int] = {last_order}
    if first >= 1000:  # ألف / ألفان / مليون read alone
        total, group, seen, last_order = first, 0.0, set(), 3
    while j + 1 < n:
        nxt = toks[j + 1].text
        factor = _multiplier(nxt, language)
        if factor is not None and group:
            total += group * factor  # "ثلاثة آلاف", "وعشرون ألفا"
            group, seen, last_order = 0.0, set(), 3
            j += 1
            continue
        rest = _with_conj(nxt, lex)
        if rest is None:
            break
        if definite and rest.startswith(lex.article):
            rest = rest[len(lex.article):]
        add = None
        for table in (lex.cardinals, lex.tens, lex.hundreds):
            if rest in table:
                add = float(table[rest])
                break
        if add is None:
            m = _multiplier(rest, language)
            if m is not None and m >= 1000 and last_order == 3 and m < (total or float("inf")):
                add = float(m)  # "مليون وألفان"
                total += add
                j += 1
                continue
            break
        order = _order(add)
        if add >= 1000 or order in seen:
            break
        # allowed: after hundreds anything smaller; units then tens (ثمانية وأربعون); a new group after a multiplier
        if last_order == 3 or (last_order == 2 and order < 2) or (last_order == 0 and order == 1 and add % 10 == 0
                                                                   and group % 100 < 10):
            group += add
            seen.add(order)
            last_order = order
            j += 1
            continue
        # tens then units is not Arabic order, but "عشرون وثلاثة" in some copy: accept only units after round tens
        if last_order == 1 and order == 0 and group % 10 == 0 and 0 not in seen:
            group += add
            seen.add(order)
            last_order = order
            j += 1
            continue
        break
    return total + group, j


def find_numbers(norm_text: str, language: str = "ar", tokens: list[Token] | None = None) -> list[NumberMatch]:
    """All numbers in normalised text, compounds joined (ثلاثة وعشرون = 23)."""
    lex = number_lexicon(language)
    toks = tokens if tokens is not None else tokenize(norm_text)
    out: list[NumberMatch] = []
    forms, has_digit = _word_forms(language), _HAS_DIGIT.search
    # Only a token that is a number word or holds a digit can start a number: those are picked out
    # by C-level passes over the token texts (each distinct word is tested once), and the loop
    # visits them alone, in order.  It used to visit every token (~400 an article, a few numbers).
    texts = list(map(_text, toks))
    numeric = {w for w in set(texts) if w in forms or has_digit(w)}
    i = 0  # the first token not read yet (a compound number reads several)
    n = len(toks)
    for c in compress(count(), map(numeric.__contains__, texts)):
        if c < i:
            continue
        i = c
        # parse_number_word, inlined
        word = texts[i]
        parsed = forms.get(word)
        if parsed is None and has_digit(word):
            parsed = parse_number_word(word, language)
        if parsed is None:
            i += 1
            continue
        kind, pre, low, high = parsed
        if kind == "multiplier":
            kind = "cardinal"  # a bare "ألف" / "مليون" is the number itself
            nxt = texts[i + 1] if i + 1 < n else ""
            if word in lex.dual_constructs and nxt and nxt not in lex.not_before_dual and not has_digit(nxt) \
                    and nxt not in forms and not (lex.conj and nxt.startswith(lex.conj)
                                                  and (nxt[len(lex.conj):] in forms or nxt[len(lex.conj):] in lex.fractions)):
                # "مليارا دولار": the dual in a construct, two billion ("مليونا وخمسمائة ألف" is one and a half)
                low = high = 2 * low
        j = i
        digits = bool(_DIGITS.match(toks[i].text))
        if kind == "teen_unit":
            # أحد عشر / اثنا عشر: only a number when the "ten" follows
            if i + 1 < n and toks[i + 1].text in lex.teen_tens:
                low = high = low + 10
                kind, j = "cardinal", i + 1
            else:
                i += 1
                continue
        elif kind == "ordinal" and 1 <= low <= 9 and i + 1 < n and toks[i + 1].text in lex.teen_tens:
            low = high = low + 10  # الحادي عشر, الثالث عشر: one ordinal, not "the 3rd" and "ten"
            j = i + 1
        elif kind == "ordinal" and 1 <= low <= 9 and i + 1 < n and _ordinal_tens(toks[i + 1].text, lex):
            low = high = low + _ordinal_tens(toks[i + 1].text, lex)  # الثالث والعشرين: the 23rd
            j = i + 1
        elif kind == "cardinal" and not digits and 3 <= low <= 9 and i + 1 < n and toks[i + 1].text in lex.teen_tens:
            low = high = low + 10  # ثلاثة عشر = 13
            j = i + 1
        elif kind in ("tens", "hundreds"):
            kind = "cardinal"
        if kind == "cardinal" and not digits:
            low, j = _compound(toks, i, j, low, lex, language)
            high = low
        # "ثلاثة آلاف", "3 ملايين", "عشرات الآلاف"
        if j + 1 < n and (digits or kind == "vague"):
            factor = _multiplier(toks[j + 1].text, language)
            if factor is not None:
                low, high = low * factor, high * factor
                j += 1
        # "مليون ونصف المليون", "ثلاثة ملايين ونصف": a fraction of the multiplier the figure ends on
        if lex.fractions and low == high and j + 1 < n and kind == "cardinal":
            last = _multiplier(toks[j].text, language)
            frac = lex.fractions.get(_with_conj(toks[j + 1].text, lex) or "")
            if last is not None and frac is not None:
                # of the multiplier's own power of a thousand: "مليونين ونصف" is 2.5 million (the dual
                # multiplier is worth two million, the half is of one)
                last = 1000 ** int(math.log(last, 1000) + 1e-9)
                low = high = low + frac * last
                j += 1
                if j + 1 < n and _multiplier(toks[j + 1].text, language) == last:
                    j += 1  # "... ونصف المليون": the multiplier again, with its article
        out.append(NumberMatch(
            toks[i].start, toks[j].end, low, high, "ordinal" if kind == "ordinal" else kind,
            pre in lex.definite_prefixes, digits, i, j,
        ))
        i = j + 1
    return _restated(norm_text, out) if len(out) > 1 else out


# between a figure in brackets and its restatement in words: brackets and spaces only
_RESTATED_GAP = frozenset(" ()")


def _restated(norm_text: str, nums: list[NumberMatch]) -> list[NumberMatch]:
    """"(7) سبعة من رجال حرس الحدود", "ثلاثة (3) أشخاص": a figure in brackets next to the same number in words
    is one number written twice (official statements do so), read once: the span of both, the words' kind and
    article, written with digits (a "(1) واحد" is a count, not a generic "one")."""
    out: list[NumberMatch] = []
    k = 0
    while k < len(nums):
        a = nums[k]
        b = nums[k + 1] if k + 1 < len(nums) else None
        if b is not None and b.token_start == a.token_end + 1 and a.digits != b.digits and a.exact \
                and a.low == b.low == b.high and a.kind != "ordinal" and b.kind != "ordinal":
            gap = norm_text[a.end:b.start]
            if gap.strip() and set(gap) <= _RESTATED_GAP:
                word = b if a.digits else a
                out.append(NumberMatch(a.start, b.end, a.low, a.high, word.kind, word.definite, True,
                                       a.token_start, b.token_end))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def number_value(text: str, language: str = "ar") -> str | None:
    """Canonical value of the first number in ``text`` (any spelling), for tests and tools."""
    found = find_numbers(normalise_text(text), language)
    return found[0].normalised if found else None
