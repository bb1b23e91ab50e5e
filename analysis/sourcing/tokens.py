"""Tokens for attribution matching, and the word helpers every stage shares.

One token per word or punctuation mark of the normalised text, with its sentence; a
clitic split off by a stray space ("و قال") is joined back to its word.  Package-private:
the names are used by the other attribution modules of ``analysis.sourcing`` only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, chain, repeat
from operator import itemgetter
from typing import NamedTuple

from analysis.records import Sentence
from analysis.sourcing.cues import _AR, CueLexicon, TOKEN
from analysis.text.segment import normalised_sentence_bounds
from analysis.text.grammar import Grammar


class _Tok(NamedTuple):
    # a NamedTuple, not a dataclass: thousands are built per article
    text: str
    start: int  # normalised offsets
    end: int
    sent: int
    word: bool


# TOKEN (cues.py) with its word alternative captured: ``lastindex`` then tells a
# word from a punctuation mark (\w is exactly "isalnum() or _" on the first char).  A non-Arabic
# word character is one class, [^\W<Arabic letters>], instead of TOKEN's look-ahead before every \w
# ((?:(?![<Arabic letters>])\w)+): the same characters, the same tokens, one step per character
# (tests/test_properties.py checks it against TOKEN).
_WORD_RUN = f"[^\\W{_AR}]+|[{_AR}]+"
_TOKEN_WORD = re.compile(f"({_WORD_RUN})|[^\\w\\s]", re.UNICODE)
# the same tokens, both alternatives captured: split() returns [gap, word, None, gap, None, mark, ...,
# gap], a token's text and whether it is a word without a Match object per token
_TOKEN_SPLIT = re.compile(f"({_WORD_RUN})|([^\\w\\s])", re.UNICODE)



def _tokens(ntext: str, index: tuple[int, ...], sentences: tuple[Sentence, ...], g: Grammar) -> list[_Tok]:
    """Tokens with their sentence.

    One token per word or punctuation mark: thousands per article, so the loop
    is a comprehension doing only C-level calls (bisect for the sentence,
    ``tuple.__new__`` instead of the NamedTuple's Python ``__new__``).
    """
    table = normalised_sentence_bounds(index, sentences)
    if table is None:
        return _tokens_walk(ntext, index, sentences)
    bounds, ids = table
    # each field of every token by a C-level map() over the pieces of one split (no Python loop
    # body, no Match object): the texts are the captured pieces that are not None, in order (one of
    # a word and a mark is), a word is a token whose first group is set, and the running sum of the
    # gaps' and tokens' lengths gives every token's start and end; ~12% faster than map() over
    # finditer's matches, the same values in the same order
    parts = _TOKEN_SPLIT.split(ntext)
    words = parts[1::3]
    texts = list(filter(None, chain.from_iterable(zip(words, parts[2::3]))))
    ends = list(accumulate(map(len, chain.from_iterable(zip(parts[0::3], texts)))))
    starts = ends[0::2]
    toks = list(map(tuple.__new__, repeat(_Tok), zip(
        texts, starts, ends[1::2],
        map(ids.__getitem__, map(bisect_right, repeat(bounds), starts)),
        map(bool, words))))
    # text as datasets store it: "و قال", "ال مسؤول" (a clitic split off by a stray space)
    return _join_stray_clitics(toks, g) if g.stray_clitic and _stray_clitic(ntext, toks, g) else toks


_text = itemgetter(0)  # _Tok.text


def _stray_clitic(ntext: str, toks: list[_Tok], g: Grammar) -> bool:
    """``g.stray_clitic`` matches in ``ntext``.  A clitic standing alone (after a space or the start,
    before a space) is a whole token, so a text with no such token has no match: that C-level test
    skips the regex scan, which begins with a look-behind and so tries every offset (~6% of texts
    have one)."""
    if g.detached_clitics.isdisjoint(map(_text, toks)) and _whole_tokens(g.detached_clitics):
        return False
    return g.stray_clitic is not None and g.stray_clitic.search(ntext) is not None


@lru_cache(maxsize=8)
def _whole_tokens(words: frozenset[str]) -> bool:
    """Every one of ``words`` is one token (letters of one script), as the test above needs."""
    return all((m := _TOKEN_WORD.match(w)) is not None and m.end() == len(w) for w in words)


def _join_stray_clitics(toks: list[_Tok], g: Grammar) -> list[_Tok]:
    out: list[_Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.text in g.detached_clitics and k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].sent == t.sent \
                and toks[k + 1].text[0].isalpha() and not toks[k + 1].text[0].isascii():
            nxt = toks[k + 1]
            out.append(_Tok(t.text + nxt.text, t.start, nxt.end, t.sent, True))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _tokens_walk(ntext: str, index: tuple[int, ...], sentences: tuple[Sentence, ...]) -> list[_Tok]:
    """Tokens with their sentence, found by walking tokens and sentences together
    (for sentence spans that are not ordered and disjoint)."""
    out = []
    si, ns = 0, len(sentences)
    for m in TOKEN.finditer(ntext):
        s = m.start()
        o = index[s]
        while si < ns and sentences[si].end <= o:
            si += 1
        sent = sentences[si].index if si < ns and sentences[si].start <= o else -1
        g = m.group()
        out.append(_Tok(g, s, m.end(), sent, g[0].isalnum() or g[0] == "_"))
    return out


def _same_sentence(toks: list[_Tok], a: int, b: int) -> bool:
    return 0 <= a < len(toks) and 0 <= b < len(toks) and toks[a].sent == toks[b].sent


# (token, words) -> _is_word_in, per lexicon (kept in the entry so its id cannot be reused): the
# attribution rules test the same words against the same few lexicon sets ~40 times an article,
# each test a loop over prefixes and suffixes
_WORD_IN: dict[int, tuple[CueLexicon, dict[tuple[str, frozenset[str]], bool]]] = {}
_WORD_IN_MAX = 65536


def _is_word_in(token: str, words: frozenset[str], lex: CueLexicon) -> bool:
    """``token`` is one of ``words`` once a noun prefix and a pronoun suffix are removed (تقريره -> تقرير)."""
    if not words:
        return False
    entry = _WORD_IN.get(id(lex))
    if entry is None or entry[0] is not lex:
        if len(_WORD_IN) >= 64:
            _WORD_IN.clear()
        entry = _WORD_IN[id(lex)] = (lex, {})
    memo = entry[1]
    key = (token, words)
    hit = memo.get(key)
    if hit is None:
        if len(memo) >= _WORD_IN_MAX:
            memo.clear()
        hit = memo[key] = _word_in(token, words, lex)
    return hit


def _word_in(token: str, words: frozenset[str], lex: CueLexicon) -> bool:
    for c in (token, _stem(token, lex)):
        if c in words:
            return True
        for suf in lex.noun_suffixes:
            if c.endswith(suf) and len(c) - len(suf) >= 3:
                base = c[: -len(suf)]
                # "رؤيته": the ة of رؤية is written ت before a pronoun (normalised ه in the list)
                written, listed = lex.ta_before_suffix
                if base in words or (written and base.endswith(written) and base[: -len(written)] + listed in words):
                    return True
    return False


def _closing_quote(toks: list[_Tok], k: int) -> int | None:
    for m in range(k + 1, min(k + 6, len(toks))):
        if toks[m].text == '"':
            return m
    return None


def _closing_bracket(toks: list[_Tok], k: int, reach: int) -> int | None:
    """The ")" closing the "(" at ``k`` within ``reach`` tokens after it (a short aside), else None."""
    return next((m for m in range(k + 1, min(len(toks), k + 1 + reach)) if toks[m].text == ")"), None)


def _unclitic(token: str, lex: CueLexicon) -> str:
    """Token without one و/ف proclitic (وفي -> في); unchanged when nothing is left."""
    for p in lex.proclitics:
        if token.startswith(p) and len(token) > len(p) + 1:
            return token[len(p):]
    return token


def _stem(token: str, lex: CueLexicon) -> str:
    """Token without its longest noun prefix (للمقتضيات -> مقتضيات)."""
    for p in lex.noun_prefixes:
        if token.startswith(p) and len(token) - len(p) >= 2:
            return token[len(p):]
    return token


# token -> _bare, per lexicon (kept as _WORD_IN is): the rules bare the same words ~70 times an article
_BARE: dict[int, tuple[CueLexicon, dict[str, str]]] = {}


def _bare(token: str, lex: CueLexicon) -> str:
    entry = _BARE.get(id(lex))
    if entry is not None and entry[0] is lex:
        hit = entry[1].get(token)
        if hit is not None:
            return hit
    else:
        if len(_BARE) >= 64:
            _BARE.clear()
        entry = _BARE[id(lex)] = (lex, {})
    memo = entry[1]
    if len(memo) >= _WORD_IN_MAX:
        memo.clear()
    out = memo[token] = _bare_of(token, lex.definite_prefixes)
    return out


def _bare_of(token: str, prefixes: tuple[str, ...]) -> str:
    for p in prefixes:
        if token.startswith(p) and len(token) > len(p) + 1:
            return token[len(p):]
    return token
