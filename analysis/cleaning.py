"""Strip page furniture from raw captures, keeping the article.

Works line by line: share widgets, shortcodes, "most read" headers, comment
widgets and "read also" blocks go; article paragraphs stay verbatim.  The
result is the text every later offset refers to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_lexicon
from .textnorm import normalise_text


@dataclass(frozen=True)
class BoilerplateRules:
    drop_lines: frozenset[str]
    drop_patterns: tuple[re.Pattern[str], ...]
    read_also: tuple[str, ...]
    teaser_patterns: tuple[re.Pattern[str], ...]


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
    )


def _is_read_also(key: str, rules: BoilerplateRules) -> bool:
    return any(key == m or (key.startswith(m) and len(key) < len(m) + 4) for m in rules.read_also)


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
        if not key or key in rules.drop_lines:
            continue
        if any(p.search(line) for p in rules.drop_patterns):
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
