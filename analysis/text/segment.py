"""Sentence segmentation for Arabic (and Latin-script) news text.

Splits at sentence-final punctuation (. ! ? ؟ and the ellipsis), at line
breaks, but never inside a quotation that is still open on the same line:
Arabic news quotes often hold several sentences, and cutting them would cut
an attribution off from what it attributes.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from analysis.records import Sentence

_FINAL = set(".!?؟!…")
_OPEN_CLOSE = {"“": "”", "«": "»", "„": "”"}
_CLOSERS = {"”", "»"}
_TOGGLES = {'"'}  # straight quotes open and close with the same mark


# every character the scanner below reacts to; all others are skipped in C
_SPECIAL = re.compile("[" + "".join(re.escape(c) for c in sorted({"\n", *_FINAL, *_OPEN_CLOSE, *_CLOSERS, *_TOGGLES})) + "]")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Return sentences as spans of ``text`` (whitespace trimmed, none empty)."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0
    toggled = False
    n = len(text)
    i = 0
    search = _SPECIAL.search
    while i < n:
        m = search(text, i)  # jump to the next character that matters
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "\n":
            spans.append((start, i))
            start = i + 1
            depth, toggled = 0, False  # quotes do not run across paragraphs
        elif ch in _OPEN_CLOSE:
            depth += 1
        elif ch in _CLOSERS:
            # "”" is both a closer and, in some outlets, an opener: “...” vs ”...”
            if depth > 0:
                depth -= 1
            elif ch == "”":
                depth += 1
        elif ch in _TOGGLES:
            toggled = not toggled
        elif ch in _FINAL and depth == 0 and not toggled:
            j = i + 1
            while j < n and text[j] in _FINAL:
                j += 1
            # a dot between digits is a decimal point or a date (28.03.2024)
            if ch == "." and i > 0 and text[i - 1].isdigit() and j < n and text[j].isdigit():
                i += 1
                continue
            # a closing quote straight after the stop belongs to this sentence
            while j < n and text[j] in "”»\"'":
                j += 1
            if j >= n or text[j].isspace():
                spans.append((start, j))
                start = j
                i = j
                continue
        i += 1
    spans.append((start, n))

    sentences: list[Sentence] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(len(sentences), s, e))
    return tuple(sentences)


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence containing ``offset`` (-1 if none)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s.index
    return -1


def normalised_sentence_bounds(
    index: tuple[int, ...], sentences: tuple[Sentence, ...]
) -> tuple[list[int], list[int]] | None:
    """Sentence spans moved onto normalised offsets, for ``bisect`` lookups.

    ``index`` maps normalised offsets to original ones (``Normalised.index``,
    never decreasing).  Returns ``(bounds, ids)``: for a normalised offset ``s``
    inside the text, ``ids[bisect_right(bounds, s)]`` is the index of the
    sentence whose original span holds ``index[s]``, or -1 between sentences.
    Why: attribution and facts need the sentence of every token; one C-level
    bisect per token is much cheaper than a Python walk over tokens and sentences.
    None when the spans are not ordered and disjoint (callers then walk).

    The last result is kept for the same (``index``, ``sentences``) objects: the pipeline asks for it
    twice an article (attribution tokens, fact tokens) with the same two tuples.  Callers only read it.
    """
    global _LAST_BOUNDS
    last = _LAST_BOUNDS
    if last[0] is index and last[1] is sentences:
        return last[2]
    out = _sentence_bounds(index, sentences)
    _LAST_BOUNDS = (index, sentences, out)  # kept alive here, so the ids cannot be reused
    return out


_LAST_BOUNDS: tuple[object, object, tuple[list[int], list[int]] | None] = (None, None, None)


def _sentence_bounds(
    index: tuple[int, ...], sentences: tuple[Sentence, ...]
) -> tuple[list[int], list[int]] | None:
    if any(s.start > s.end for s in sentences) or any(a.end > b.start for a, b in zip(sentences, sentences[1:])):
        return None
    bounds: list[int] = []
    ids = [-1]
    for s in sentences:
        # index never decreases, so index[x] >= start  <=>  x >= bisect_left(index, start)
        bounds += (bisect_left(index, s.start), bisect_left(index, s.end))
        ids += (s.index, -1)
    return bounds, ids
