"""One article's text as the extraction stages see it (``Context``: normalised text, tokens,
sentences, dates, entities, rules) and the one way a ``Fact`` is made from a normalised span.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import groupby, repeat
from operator import itemgetter
from datetime import date
from typing import TYPE_CHECKING

from analysis.facts.dates import DateMatch
from analysis.facts.numbers import Token
from analysis.records import Fact, FactKind, Sentence
from analysis.text.segment import normalised_sentence_bounds, sentence_at
from analysis.text.grammar import Grammar
from analysis.text.textnorm import DELETED, Normalised
from analysis.facts.rules import EntityMatch, FactRules, ScopeRules, WordTables, word_tables

if TYPE_CHECKING:  # scope imports this module
    from analysis.facts.scope import SentenceScope

_start = itemgetter(1)  # Token.start
_CLAUSE_CHARS = "،,؛;:.!?؟\n"
_CLAUSE_BREAK = re.compile("[" + re.escape(_CLAUSE_CHARS) + "]")


@dataclass
class Context:
    """Per-article working state (normalised text, tokens, sentence of each token)."""

    text: str
    norm: Normalised
    nt: str
    tokens: list[Token]
    tok_sentence: list[int]
    sentences: tuple[Sentence, ...]
    rules: FactRules
    reference: date | None
    entities: list[EntityMatch]
    scope: ScopeRules
    _sent_memo: dict[int, int] = field(default_factory=dict)
    dates: list[DateMatch] = field(default_factory=list)
    _date_starts: list[int] = field(default_factory=list)
    _sentence_scope: dict[int, "SentenceScope"] = field(default_factory=dict)
    _sentence_tokens: dict[int, list[int]] | None = None  # sentence -> its token indices (built on first use)
    _marked: dict[frozenset[str], bool] = field(default_factory=dict)  # a noun's markers -> whether the text has one
    _lk: WordTables | None = None

    @property
    def lk(self) -> WordTables:
        """``lookup_word`` memos of the scope rules' tables: ``ctx.lk.measures[w]`` is
        ``lookup_word(w, ctx.scope.measures, ctx.g)``."""
        if self._lk is None:
            self._lk = word_tables(self.scope, self.g)
        return self._lk

    @property
    def g(self) -> Grammar:
        """The language's closed-class words (clitics, article, partitive...)."""
        return self.rules.grammar

    def orig(self, s: int, e: int) -> tuple[int, int]:
        return self.norm.to_original(s, e)

    def sentence_of(self, norm_offset: int) -> int:
        try:
            return self._sent_memo[norm_offset]
        except KeyError:
            pass
        if not self.norm.index:
            out = -1
        else:
            out = sentence_at(self.sentences, self.norm.index[min(norm_offset, len(self.norm.index) - 1)])
        self._sent_memo[norm_offset] = out
        return out

    def token_sentences(self) -> list[int]:
        """``sentence_of(t.start)`` for every token."""
        index, sentences = self.norm.index, self.sentences
        if not index:
            return [-1] * len(self.tokens)
        table = normalised_sentence_bounds(index, sentences)
        if table is None:
            return [self.sentence_of(t.start) for t in self.tokens]  # not ordered spans: search each
        # token starts are inside the text, so a bisect over the sentence bounds in
        # normalised offsets gives sentence_of(t.start), in C
        bounds, ids = table
        # one C-level map() chain, no Python loop body (a token's start is its field 1)
        return list(map(ids.__getitem__, map(bisect_right, repeat(bounds), map(_start, self.tokens))))

    def token_at(self, norm_offset: int) -> int:
        """Index of the first token starting at or after ``norm_offset``."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < norm_offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def clause_break_between(self, a: int, b: int) -> bool:
        if a >= 0 and b >= 0:  # (a slice's negative bounds count from the end; search's do not)
            # one C-level search of the span (~170 calls an article), not a generator over its characters
            return _CLAUSE_BREAK.search(self.nt, a, b) is not None
        return any(ch in _CLAUSE_CHARS for ch in self.nt[a:b])


def make_fact(ctx: Context, s: int, e: int, kind: str, normalised: str, subject: str = "",
               unit: str = "", year: str = "", **scope: str | bool) -> Fact:
    """The fact of normalised span [s, e); ``scope``: its other fields (measure, holder, as_of...),
    set here rather than by a ``dataclasses.replace`` afterwards (the same Fact, one object built)."""
    os_, oe = ctx.orig(s, e)
    # normalisation deleted the word's trailing marks (مقعداً): give them back to the span
    while oe < len(ctx.text) and ctx.text[oe] in DELETED and not ctx.text[oe].isspace():
        oe += 1
    return Fact(os_, oe, FactKind(kind), ctx.text[os_:oe], normalised, subject, ctx.sentence_of(s), unit, year,
                **scope)  # type: ignore[arg-type]


def sentence_tokens(ctx: Context, sent: int) -> list[int]:
    """Token indices of one sentence (the table is built once per article)."""
    if ctx._sentence_tokens is None:
        table: dict[int, list[int]] = {}
        # one step per run of tokens of one sentence (groupby walks the tokens in C), not per token
        for s, run in groupby(range(len(ctx.tok_sentence)), ctx.tok_sentence.__getitem__):
            table.setdefault(s, []).extend(run)
        ctx._sentence_tokens = table
    return ctx._sentence_tokens.get(sent, [])
