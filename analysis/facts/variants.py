"""Figures printed in the same words by two outlets: copies of one text that differ in one figure.

A wire report, a ministry's statement or a spokesman's words are printed by many outlets word for
word.  When two copies give the same sentence with one figure changed («بمركزي ... وجدة (63) خريجاً»
against «... وجدة 36 خريجًا»; «ولا يزيد عمره عن 25 عاماً» against «عن 55 عاماً»), the two figures are
one quantity of one moment by construction: whatever the sentence measures, both measure it, of the
same holder, as of the same statement.  No rule needs to know what a graduate, an age limit or a
sector is, so this holds for a kind of story the other rules have never met.

What counts as "the same words" is strict, because a template printed every day (a market's close,
"the index fell 0.4% to 6235 points") is the same words about another day: the figure's sentence, up to
``window`` words on each side of it, other figures included, must be the same once spelling
variants, digits and separators are normalised; at least ``min_words`` of them must be words; the two articles must
be printed within ``max_days_apart`` days of each other; and a figure whose sentence is about
something that moves from day to day (a price, an index: scope.json ``moving``) is left out.  The
rules live in the language's scope.json (``same_text``).

This module only finds the groups; ``alignment.align_story`` compares them as it compares any
quantity (an outlet's lone value against the value two others print is the lone one's error, a
value of another day may be an update), and only where its own rules did not already compare them.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from analysis.facts.dates import parse_published
from analysis.lexicon import LexiconError, load_lexicon
from analysis.records import ArticleAnalysis, Fact
from analysis.text.textnorm import normalise_text

# a word, or a figure with its separators (Arabic-Indic digits and the Arabic decimal comma included)
# (a word with its diacritics and tatweel: "ارتفاعًا" is one word, not "ارتفاع" and "ا")
_TOKEN = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c\u200f]+[0-9\u0660-\u0669\u06f0-\u06f9]+)*"
                    r"|(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+")
_NOT_DIGIT = re.compile(r"[^0-9]")


@dataclass(frozen=True)
class SameTextRules:
    window: int = 20  # words on each side of the figure, inside its sentence
    min_words: int = 10  # of them, words (not figures)
    max_days_apart: int = 1
    kinds: frozenset[str] = frozenset({"number", "date"})
    # facts set aside for what they are, not for an unclear scope: another event's figure, a figure of speech
    skip_notes: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def same_text_rules(language: str = "ar") -> SameTextRules | None:
    """scope.json's ``same_text`` section; None without one (the comparison is then not made)."""
    try:
        cfg = load_lexicon(language, "scope").get("same_text")
    except LexiconError:
        return None
    if not cfg:
        return None
    return SameTextRules(window=int(cfg.get("window", 20)), min_words=int(cfg.get("min_words", 10)),
                         max_days_apart=int(cfg.get("max_days_apart", 1)),
                         kinds=frozenset(cfg.get("kinds", ("number", "date"))),
                         skip_notes=frozenset(cfg.get("skip_notes", ())))


@lru_cache(maxsize=65536)
def _token(t: str) -> str:
    """A token as two copies of one text may spell it: a figure as its digits only ("2,4", "2.4" and
    "٢٫٤" alike: a copy's separators differ more often than its figures), a word normalised."""
    n = normalise_text(t)  # (Arabic-Indic digits to ASCII too)
    return "#" + _NOT_DIGIT.sub("", n) if t[0].isdigit() else n


def _tokens(text: str, lo: int, hi: int) -> tuple[list[int], list[int], list[str]]:
    """The tokens of text[lo:hi]: their starts, ends and spellings as copies compare them."""
    found = list(_TOKEN.finditer(text, lo, hi))
    return [m.start() for m in found], [m.end() for m in found], [_token(m.group(0)) for m in found]


def _window_in(tokens: tuple[list[int], list[int], list[str]], start: int, end: int,
               size: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    starts, ends, words = tokens
    i = bisect_right(ends, start)  # tokens ending at or before the figure's start
    j = bisect_left(starts, end)  # the first token starting at or after its end
    return tuple(words[max(0, i - size):i]), tuple(words[j:j + size])


def printed_digits(f: Fact) -> str:
    """A figure's digits as printed, separators aside: "363.378" and "363,378" (a thousands point in one copy, a
    comma in another, read as 363.378 and 363378) are one printed figure; "63" and "36" are two."""
    return _NOT_DIGIT.sub("", normalise_text(f.value)) or f.normalised


def same_text_groups(analyses: Sequence[ArticleAnalysis], language: str = "ar",
                     moves: Callable[[ArticleAnalysis, Fact], bool] | None = None) -> list[list[tuple[int, int]]]:
    """Groups of (analysis index, fact index): one figure's place in copies of one text, from two or more
    outlets printed within ``max_days_apart`` days, whose values are not all the same.  ``moves``: whether
    a figure is of something that changes from day to day (left out)."""
    rules = same_text_rules(language)
    if rules is None:
        return []
    by_key: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[int, int]]] = {}
    for ai, an in enumerate(analyses):
        text = an.article.text
        sentence_tokens: dict[int, tuple[list[int], list[int], list[str]]] = {}  # each sentence read once
        for fi, f in enumerate(an.facts):
            if f.kind not in rules.kinds or f.note.split(":", 1)[0] in rules.skip_notes:
                continue
            if f.kind != "number" and not any(c.isdigit() for c in f.value):
                continue  # "yesterday" in two days' papers is two days: only a date printed in figures
            # the figure's sentence, up to ``window`` tokens each side: a serial notice ("the second batch ... on
            # five trucks", "the third batch ... on 3 trucks") differs in a word of it further away than a few
            if f.sentence not in sentence_tokens:
                lo, hi = (an.sentences[f.sentence].start, an.sentences[f.sentence].end) \
                    if 0 <= f.sentence < len(an.sentences) else (0, len(text))
                sentence_tokens[f.sentence] = _tokens(text, lo, hi)
            key = _window_in(sentence_tokens[f.sentence], f.start, f.end, rules.window)
            if sum(1 for t in key[0] + key[1] if not t.startswith("#")) < rules.min_words:
                continue
            by_key.setdefault(key, []).append((ai, fi))
    groups = []
    for members in by_key.values():
        if len({analyses[ai].article.outlet for ai, _ in members}) < 2:
            continue
        if len({printed_digits(analyses[ai].facts[fi]) for ai, fi in members}) < 2:
            continue  # every copy prints the same digits (separators aside): repetition, not corroboration
        members = _within_days(members, analyses, rules.max_days_apart)
        if len({analyses[ai].article.outlet for ai, _ in members}) < 2:
            continue
        if moves is not None and any(moves(analyses[ai], analyses[ai].facts[fi]) for ai, fi in members):
            continue
        groups.append(members)
    return groups


def _within_days(members: list[tuple[int, int]], analyses: Sequence[ArticleAnalysis],
                 days: int) -> list[tuple[int, int]]:
    """The members printed within ``days`` of each other: of the windows of that width, the one with the
    most outlets (then the earliest); none for undated articles.  One pass over the members in day order."""
    days_of = ((parse_published(analyses[m[0]].article.published, exact_day=True), m) for m in members)
    dated = sorted(((d, m) for d, m in days_of if d is not None), key=lambda x: x[0])
    best: tuple[int, int] = (0, 0)  # [first, end) of the best window in ``dated``
    best_outlets = 0
    outlets: dict[str, int] = {}  # outlet -> members of it inside the window
    end = 0
    for first, (d0, _) in enumerate(dated):
        while end < len(dated) and (dated[end][0] - d0).days <= days:
            o = analyses[dated[end][1][0]].article.outlet
            outlets[o] = outlets.get(o, 0) + 1
            end += 1
        if len(outlets) > best_outlets:
            best, best_outlets = (first, end), len(outlets)
        o = analyses[dated[first][1][0]].article.outlet
        outlets[o] -= 1
        if not outlets[o]:
            del outlets[o]
    return [m for _, m in dated[best[0]:best[1]]]
