"""Strip page furniture from raw captures, keeping the article.

Works line by line: share widgets, shortcodes, "most read" headers, comment
widgets and "read also" blocks go; article paragraphs stay verbatim.  The
result is the text every later offset refers to.

Cleaning never deletes article text to remove furniture.  Some captures hold
a whole story on one line (SaudiNewsNet does), with a "follow us on WhatsApp"
sentence glued to its end: a furniture rule decides on a *line* only when the
line is short enough to be furniture (``max_furniture_chars``); in a longer
line it removes only the matching short *sentence* and keeps the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.lexicon import load_lexicon
from analysis.text.textnorm import normalise_text


@dataclass(frozen=True)
class BoilerplateRules:
    drop_lines: frozenset[str]
    drop_patterns: tuple[re.Pattern[str], ...]
    read_also: tuple[str, ...]
    teaser_patterns: tuple[re.Pattern[str], ...]
    max_furniture_chars: int  # a line or sentence longer than this is never furniture


def _key(line: str) -> str:
    return " ".join(normalise_text(line).split()).strip(" :.!")


@lru_cache(maxsize=8)
def boilerplate_rules(language: str = "ar") -> BoilerplateRules:
    lex = load_lexicon(language, "boilerplate")
    return BoilerplateRules(
        drop_lines=frozenset(_key(x) for x in lex.get("drop_lines", [])),
        drop_patterns=tuple(re.compile(p, re.I) for p in lex.get("drop_line_patterns", [])),
        read_also=tuple(_key(x) for x in lex.get("read_also_markers", [])),
        teaser_patterns=tuple(re.compile(p) for p in lex.get("teaser_byline_patterns", [])),
        max_furniture_chars=int(lex.get("max_furniture_chars", 200)),
    )


def _is_read_also(key: str, rules: BoilerplateRules) -> bool:
    return any(key == m or (key.startswith(m) and len(key) < len(m) + 4) for m in rules.read_also)


# a sentence ends at . ! ? ؟ (or a run of no-break spaces, SaudiNewsNet's paragraph mark) before a space
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\s*\u00a0[\s\u00a0]*")


def _is_furniture(piece: str, rules: BoilerplateRules) -> bool:
    if len(piece) > rules.max_furniture_chars:
        return False
    key = _key(piece)
    return not key or key in rules.drop_lines or any(p.search(piece) for p in rules.drop_patterns)


def _trim_furniture(line: str, rules: BoilerplateRules) -> str:
    """A long line without its furniture sentences; the article's sentences stay verbatim."""
    cuts = [0] + [x for m in _SENTENCE_END.finditer(line) for x in (m.start(), m.end())] + [len(line)]
    pieces = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if line[a:b].strip()]
    kept_spans = [(a, b) for a, b in pieces if not _is_furniture(line[a:b], rules)]
    if len(kept_spans) == len(pieces):
        return line  # nothing to trim: keep the line byte for byte
    if not kept_spans:
        return ""
    # keep everything from the first kept sentence to the last, dropping only
    # furniture before and after (a furniture sentence between two article
    # sentences is left alone: cutting it would join text that was apart)
    return line[kept_spans[0][0]:kept_spans[-1][1]]


def clean_text(raw: str, *, language: str = "ar") -> str:
    """Return the article text without page furniture.

    Paragraphs are separated by one blank line; repeated consecutive lines
    (photo captions captured twice) are kept once.
    """
    rules = boilerplate_rules(language)
    lines = [ln.strip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        key = _key(line)
        if len(line) > rules.max_furniture_chars:
            line = _trim_furniture(line, rules)
            if not line:
                continue
            key = _key(line)
        elif _is_furniture(line, rules):
            continue
        if _is_read_also(key, rules):
            nxt = next((ln for ln in lines[i:] if ln), "")
            if any(p.search(nxt) for p in rules.teaser_patterns):
                break  # the related-articles block runs to the end of the page
            continue
        if kept and kept[-1] == line:
            continue
        kept.append(line)
    return "\n\n".join(kept)
