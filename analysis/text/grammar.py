"""The closed-class words of a language that several stages read around content words: one-letter
proclitics (و ف ب ل), the article, the partitive preposition ("من" in "ثلاثة من الجرحى"), the
pronouns of a part ("منهم"), plural and case endings a stem drops.

Data, not code (``data/lexicons/<lang>/grammar.json``): a language without that file gets an empty
grammar (no clitics, no article, nothing stripped), which is right for English-like spelling.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.lexicon import LexiconError, available_languages, load_lexicon
from analysis.text.textnorm import normalise_text


@dataclass(frozen=True)
class Grammar:
    proclitics: str = ""  # one-letter clitics a word may carry ("وفبل"); stripped only from words of 4+ letters
    proclitic_pairs: frozenset[str] = frozenset()  # two clitics in a row before a word ("وب": "وبأكثر")
    conjunction: str = ""  # "و": it also ends a clause's head ("... وإحباط 4 محاولات")
    article: str = ""  # "ال", written joined to its noun
    partitive: str = ""  # "من": "ثلاثة من الجرحى" (a part), "من الثلاث"
    between: str = ""  # "بين": "بين 50 و65" (a range)
    part_pronouns: frozenset[str] = frozenset()  # "منهم", "منها", "منهما": a part of the last count
    plural_endings: tuple[tuple[str, str], ...] = ()  # (ending, replacement), longest first: ("يين", "ي")
    accusative_ending: str = ""  # "شخصا" → "شخص" (words of 4+ letters)
    ta_marbuta: str = ""  # the feminine ending, in normalised spelling ("ميدالية" → "ميداليه"): see counted_stem
    comparison_prefix: str = ""  # regex of what texts lose before they are compared (grouping, search)
    # clitics a dataset may have split off by a stray space ("و قال", "ال مسؤول"), and the regex that
    # finds one before a word of the script (a clitic never stands alone)
    detached_clitics: frozenset[str] = frozenset()
    stray_clitic: re.Pattern[str] | None = None
    # "مواطنيها" (its citizens): a sound plural in construct state with a possessive pronoun; the pronoun
    # endings, longest first, and what each construct ending stands for in the plain plural ("ي" -> "ين")
    possessive_suffixes: tuple[str, ...] = ()
    construct_plurals: tuple[tuple[str, str], ...] = ()

    def plain_plurals(self, word: str) -> list[str]:
        """"مواطنيها" -> ["مواطنين"]: the plain sound plurals a possessed construct plural stands for."""
        out = []
        for suf in self.possessive_suffixes:
            if word.endswith(suf) and len(word) - len(suf) >= 4:
                head = word[:-len(suf)]
                out += [head[:-len(c)] + p for c, p in self.construct_plurals if head.endswith(c)]
                break
        return out

    def strip_conj(self, word: str) -> list[str]:
        """The word, and the word without one leading proclitic (وأكدت, بتحديد)."""
        if len(word) > 3 and word[0] in self.proclitics:
            return [word, word[1:]]
        return [word]

    def is_conjunction(self, word: str) -> bool:
        return bool(self.conjunction) and word == self.conjunction

    def starts_with_conjunction(self, word: str) -> bool:
        return bool(self.conjunction) and word.startswith(self.conjunction)

    def is_article(self, word: str) -> bool:
        """A detached article token ("الـ 133" is tokenised "ال", "133")."""
        return bool(self.article) and word == self.article

    def starts_with_article(self, word: str) -> bool:
        return bool(self.article) and word.startswith(self.article)

    def conjoined_definite(self, word: str) -> bool:
        """"والوفيات": a conjunction then the article, the head of the next coordinated phrase."""
        return self.starts_with_conjunction(word) and self.starts_with_article(word[len(self.conjunction):])

    def without_article(self, word: str) -> str:
        return word[len(self.article):] if self.starts_with_article(word) else word


@lru_cache(maxsize=16)
def grammar(language: str = "ar") -> Grammar:
    """The grammar of ``language``, in normalised spelling (cached); empty when it has none."""
    try:
        raw = load_lexicon(language, "grammar")
    except LexiconError:
        return Grammar()
    n = normalise_text
    detached = [n(c) for c in raw.get("detached_clitics", [])]
    alts = "|".join(re.escape(c) for c in sorted(detached, key=len, reverse=True))
    endings = sorted(((n(k), n(v)) for k, v in raw.get("plural_endings", {}).items()), key=lambda kv: -len(kv[0]))
    return Grammar(
        proclitics="".join(n(c) for c in raw.get("proclitics", [])),
        proclitic_pairs=frozenset(n(p) for p in raw.get("proclitic_pairs", [])),
        conjunction=n(raw.get("conjunction", "")),
        article=n(raw.get("article", "")),
        partitive=n(raw.get("partitive", "")),
        between=n(raw.get("between", "")),
        part_pronouns=frozenset(n(p) for p in raw.get("part_pronouns", [])),
        plural_endings=tuple(endings),
        accusative_ending=n(raw.get("accusative_ending", "")),
        ta_marbuta=n(raw.get("ta_marbuta", "")),
        comparison_prefix=n(raw.get("comparison_prefix", "")),
        detached_clitics=frozenset(detached),
        possessive_suffixes=tuple(sorted((n(x) for x in raw.get("possessive_suffixes", [])), key=len, reverse=True)),
        construct_plurals=tuple((n(k), n(v)) for k, v in raw.get("construct_plurals", {}).items()),
        stray_clitic=re.compile(rf"(?:^|(?<=\s))(?:{alts})\s+(?=[^\W\d_a-zA-Z])") if alts else None,
    )


@lru_cache(maxsize=1)
def comparison_clitics() -> re.Pattern[str] | None:
    """Clitics glued to a word, of every language with a grammar (the ``comparison_prefix`` of each
    grammar.json), stripped before texts are compared: "والرياض", "بالرياض" and "الرياض" are one
    word. Story grouping and search compare a whole corpus, whatever each article's language, and
    each language's prefixes are letters of its own script, so their union is safe."""
    prefixes = [grammar(lang).comparison_prefix for lang in available_languages()]
    alts = "|".join(f"(?:{p})" for p in prefixes if p)
    return re.compile(rf"(?<!\w)(?:{alts})(?=\w{{3}})") if alts else None
