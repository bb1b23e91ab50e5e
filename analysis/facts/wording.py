"""How the texts themselves spell the word stems a quantity is named by.

Quantities matched by context are keyed by stems ("n:معتمر_عماني", "amount:كيلومتر:احساء",
"اسرت_wounded"): stems are what lets "عائلة", "العائلة" and "لعائلته" meet, but they are not words
("عايل", "احساء", "ميدالي"), and a room reading a label on a projector should see the word the
outlets printed ("عائلة", "الأحساء", "ميداليات").  So each comparison carries, for the stems of its
subject, the most common spelling found in the sentences of its own items: never a word from a
list, always one of the compared texts.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from analysis.facts.rules import ScopeRules, context_stem, counted_stem, stem_word, without_ta
from analysis.records import Wording
from analysis.text.textnorm import normalise_text, without_marks

# a subject's parts: "amount:ريال:سند_new", "n:معتمر_عماني", "اسرت_wounded"; a trailing "'" tells
# apart two clusters given the same label
_PART = re.compile(r"[^:_']+")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufefc]")
_WORDS = re.compile(r"[^\W\d_]+")


def subject_stems(subject: str) -> tuple[str, ...]:
    """The parts of a subject that are words of the texts (stems), in order: not the measure ids
    ("killed", "wounded"), and not an amount's unit, whose lexicon spelling is already a word."""
    head, sep, rest = subject.partition(":")
    parts = _PART.findall(subject)
    if sep and head == "amount":
        unit = rest.split(":", 1)[0].split("_", 1)[0]
        parts = [p for p in parts if p != unit]
    return tuple(dict.fromkeys(p for p in parts if _RTL.search(p)))


def _forms(normalised: str, sc: ScopeRules) -> set[str]:
    """The keys one normalised word can stand for: itself, its stem with and without clitics, the
    counted noun's form (no ta marbuta)."""
    s = stem_word(normalised, sc)
    return {normalised, s, without_ta(s, sc), stem_word(normalised, sc, clitics=False), counted_stem(normalised, sc),
            context_stem(normalised, sc)}


def _bare(word: str, stem: str, sc: ScopeRules, printed: frozenset[str] = frozenset()) -> str:
    """A surface word without a leading conjunction or preposition, keeping the article, and without
    the accusative ending a counted noun takes after a number: "وبالحفر" -> "الحفر", "للمستوطنين" ->
    "المستوطنين", "وعائلته" -> "عائلته", "فردا" -> "فرد"; unchanged when what is left would no
    longer read as the stem."""
    word = _front(word, stem, sc, printed)
    acc = sc.grammar.accusative_ending
    if acc and word.endswith(acc):
        n = normalise_text(word)
        if stem_word(n, sc, clitics=False) == n[:-len(acc)]:
            return word[:-len(acc)]
    return word


def _front(word: str, stem: str, sc: ScopeRules, printed: frozenset[str]) -> str:
    g = sc.grammar
    article = g.article
    if article:
        n = normalise_text(word)
        prefixes = sorted(set(g.proclitic_pairs) | set(g.proclitics), key=len, reverse=True)
        for p in prefixes:
            if n.startswith(p + article) and len(n) > len(p + article) + 2:
                return word[len(p):]
            # "لل" is "ل" + "ال" written with one lam
            if p == article[-1:] and n.startswith(p + article[-1:]) and len(n) > len(p) + 3:
                return article + word[len(p) + 1:]
        for p in prefixes:
            # only when the texts also print the word without it: in "فضية" the ف is the word's own (the
            # stem "ضيه" is a stemmer's cut), and "ضية" is printed nowhere
            if n.startswith(p) and len(n) - len(p) >= 3 and n[len(p):] in printed and stem in _forms(n[len(p):], sc):
                return word[len(p):]
    return word


def display_words(stems: Sequence[str], texts: Iterable[str], sc: ScopeRules) -> tuple[Wording, ...]:
    """(stem, the texts' most common spelling of it) for each stem found in ``texts``; ties go to the
    shorter spelling, then the first in the text order (a fixed choice, run after run)."""
    wanted = set(stems)
    if not wanted:
        return ()
    seen: dict[str, Counter[str]] = {s: Counter() for s in stems}
    first: dict[str, int] = {}
    words = [m.group(0) for text in texts for m in _WORDS.finditer(without_marks(text))]
    normalised = [normalise_text(w) for w in words]
    printed = frozenset(normalised)
    # a stem is inside every word it stands for (its ta marbuta aside: "عايله" in "عايلته"), so most words of
    # the sentences are passed over without stemming them
    cores = tuple({s[:-len(ta)] if (ta := sc.grammar.ta_marbuta) and s.endswith(normalise_text(ta)) else s
                   for s in wanted})
    forms: dict[str, set[str]] = {}
    for word, n in zip(words, normalised):
        if not any(core in n for core in cores):
            continue
        if n not in forms:
            forms[n] = _forms(n, sc) & wanted
        for stem in forms[n]:
            shown = _bare(word, stem, sc, printed)
            seen[stem][shown] += 1
            first.setdefault(shown, len(first))
    out = []
    for stem in stems:
        if seen[stem]:
            best = min(seen[stem], key=lambda w: (-seen[stem][w], len(w), first[w]))
            if best != stem:
                out.append(Wording(stem, best))
    return tuple(out)
