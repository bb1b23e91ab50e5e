"""Arabic normalisation for *matching only*.

Display always keeps the original text.  Matching runs on a normalised copy,
and ``Normalised.to_original`` maps every match back to the exact characters
of the original, so spans stay true even though normalisation deletes
characters (diacritics, tatweel).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks: they vary
# between outlets (and within one) without changing the word.
_DELETE = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # + tatweel
_DELETE |= {chr(c) for c in range(0x06D6, 0x06EE)}
_DELETE |= {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}  # joiners, bidi marks

_MAP: dict[str, str] = {
    # alef and hamza carriers: outlets disagree on hamza spelling (اعلن/أعلن)
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي",
    "ى": "ي", "ة": "ه",
    "ک": "ك", "ی": "ي", "ۀ": "ه",
    # quote marks: “ ” « » „ ‟ ″ and typographic singles all mean "quote"
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"', "″": '"',
    "‹": '"', "›": '"', "‘": "'", "’": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits
# Arabic presentation forms (initial, medial, final, isolated letter shapes, U+FB50-U+FDFF and
# U+FE70-U+FEFF): some texts are stored shaped ("ﻗﺎﻝ ﻣﺼﺪﺭ"), the same words as the plain letters; each
# shape that stands for one letter reads as that letter (ligatures such as ﻻ stand for two and stay)
for _c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
    _plain = unicodedata.normalize("NFKC", chr(_c))
    if len(_plain) == 1 and _plain != chr(_c) and "\u0600" <= _plain <= "\u06ff":
        if _plain in _DELETE:
            _DELETE.add(chr(_c))
        else:
            _MAP[chr(_c)] = _MAP.get(_plain, _plain)  # ﺃ -> أ -> ا
_MAP["٫"] = "."  # Arabic decimal separator
_MAP["٬"] = ","  # Arabic thousands separator


@dataclass(frozen=True)
class Normalised:
    text: str
    index: tuple[int, ...]  # index[i] = offset in the original of normalised char i
    original_length: int
    in_order: bool = True  # index never goes back (False when visual-order decimals were reordered)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the original text."""
        if start >= len(self.index):
            return self.original_length, self.original_length
        if not self.in_order and end > start + 1:
            span = self.index[start:end]
            return min(span), max(span) + 1
        o_start = self.index[start]
        o_end = self.index[end - 1] + 1 if end > start else o_start
        return o_start, o_end


def normalise_char(ch: str) -> str:
    if ch in _DELETE:
        return ""
    return _MAP.get(ch, ch)


# One translate() table does every deletion and 1:1 mapping in C; the per-
# character loop below is kept for the rare text where casefolding expands a
# character (ß → ss) and the offset map must repeat an index.
_TABLE = str.maketrans({**{c: None for c in _DELETE}, **_MAP})
_DELETE_RE = re.compile("[" + "".join(sorted(re.escape(c) for c in _DELETE)) + "]+")
# The hamza before a waw sits on ya in Egyptian/Gulf spelling and on waw in the
# standard one (مسئول / مسؤول, شئون / شؤون): the same word. Read ئ there as ؤ
# (one character for one, so offsets do not move; both then fold to و).
_SEAT_BEFORE_WAW = re.compile("\u0626(?=[\u064B-\u0652]*\u0648)")


# The same table as code points, for long texts: numpy maps every character at once (about 10x
# faster than translate() on Arabic text, where most characters are not ASCII).
_GONE = 0xFFFFFFFF  # no code point: marks a deleted character
_LUT = np.arange(0x10000, dtype=np.uint32)
_LUT[[ord(c) for c in _DELETE]] = _GONE
for _c, _r in _MAP.items():
    _LUT[ord(_c)] = ord(_r)  # every entry maps one character to one
_NUMPY_MIN = 400  # characters; below, translate() is faster


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``."""
    if len(text) < _NUMPY_MIN:
        return text.translate(_TABLE)
    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        return text.translate(_TABLE)
    out = np.where(codes < 0x10000, _LUT[codes & 0xFFFF], codes)
    return out[out != _GONE].tobytes().decode("utf-32-le")


def _seat(text: str) -> str:
    return _SEAT_BEFORE_WAW.sub("\u0624", text) if "\u0626" in text else text


# "67.‏70" with a right-to-left mark after the point is 70.67 typed in visual order (one
# outlet's wire copy: "انخفض اليورو 15.‏0 في المائة" where the others print 0.15)
_VISUAL_DECIMAL = re.compile("(\\d+)\\.\u200f(\\d+)")
# "935ر6 مليون برميل", "29ر53 دولاراً", "000ر22 مسلم": Saudi papers' figures with the letter ra for the
# decimal (or thousands) separator, typed in visual order - 6.935, 53.29, 22.000 (about 400 in two
# weeks of SaudiNewsNet; read as it stands, "7ر59" was 7 and 59, and "8ر15 مليون" 15 million)
_RA_SEPARATOR = re.compile("(?<![\\w.,])(\\d+)\u0631(\\d+)(?![\\w.,])")
# ra is among the commonest letters: a digit-ra-digit scan first (a third of the cost of the full
# pattern, whose look-behind is tried at every position) keeps normalise's hot path short
_RA_BETWEEN_DIGITS = re.compile("\\d\u0631\\d")


def _visual_decimals(text: str) -> tuple[str, list[int] | None]:
    """``text`` with visual-order decimals put in reading order (same length), and the map from
    each of its characters to the original's (None when nothing moved)."""
    marked = "\u200f" in text and _VISUAL_DECIMAL.search(text) is not None
    ra = _RA_BETWEEN_DIGITS.search(text) is not None and _RA_SEPARATOR.search(text) is not None
    if not marked and not ra:
        return text, None
    chars, perm = list(text), list(range(len(text)))
    for rx in ((_VISUAL_DECIMAL,) if marked else ()) + ((_RA_SEPARATOR,) if ra else ()):
        for m in rx.finditer(text):
            a0, a1, b0, b1 = m.start(1), m.end(1), m.start(2), m.end(2)
            order = list(range(b0, b1)) + list(range(a1, b0)) + list(range(a0, a1))  # B . mark A
            for k, src in enumerate(order):
                chars[a0 + k], perm[a0 + k] = text[src], src
            if rx is _RA_SEPARATOR:
                chars[a0 + (b1 - b0)] = "."  # the letter stands for the separator
    return "".join(chars), perm


def normalise(text: str, *, casefold: bool = True) -> Normalised:
    """Normalise ``text`` for matching, keeping a map back to the original."""
    text2, perm = _visual_decimals(text)
    if perm is not None:
        n = _normalise(text2, casefold)
        return Normalised(n.text, tuple(perm[i] for i in n.index), n.original_length, in_order=False)
    return _normalise(text, casefold)


def _normalise(text: str, casefold: bool) -> Normalised:
    out = _translate(_seat(text))
    folded = out.casefold() if casefold else out
    if len(folded) != len(out):
        return _normalise_per_char(text, casefold)
    if len(out) == len(text):  # nothing deleted: the map is the identity
        return Normalised(folded, tuple(range(len(text))), len(text))
    # deletions are sparse (a few diacritics): copy the runs between them
    index: list[int] = []
    prev = 0
    for m in _DELETE_RE.finditer(text):
        index.extend(range(prev, m.start()))
        prev = m.end()
    index.extend(range(prev, len(text)))
    return Normalised(folded, tuple(index), len(text))


def _normalise_per_char(text: str, casefold: bool) -> Normalised:
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(_seat(text)):
        rep = normalise_char(ch)
        if casefold and rep:
            rep = rep.casefold()
        for r in rep:
            out.append(r)
            index.append(i)
    return Normalised("".join(out), tuple(index), len(text))


# the characters normalisation deletes: normalise_text(ch) == "" exactly for these (every other
# character maps to one or more characters, and casefolding never empties one)
DELETED = frozenset(_DELETE)


_MARKS_TABLE = {ord(c): None for c in _DELETE}


def without_marks(text: str) -> str:
    """``text`` without diacritics and tatweel, its letters unfolded (a word as printed, for display)."""
    return text.translate(_MARKS_TABLE)


def normalise_text(text: str) -> str:
    """Normalised copy of ``text`` without the offset map (for lexicon entries)."""
    # casefold is per character (no context), so folding the translated
    # string equals folding each replacement: no need to build the map
    return _translate(_seat(text)).casefold()


_WORD = re.compile(r"\w+", re.UNICODE)


def count_words(text: str) -> int:
    # the matches counted in C (no Match object and no generator step per word)
    return len(_WORD.findall(text))
