"""A regex scan that skips, in C, the offsets where no match can start.

Python's regex engine tries every offset of the text in turn.  A pattern that begins with an
alternation of phrases (the lexicons' "anonymity reason" and "condition" phrases: dozens of
branches) pays for all its branches at every offset, about 0.1-0.2 ms on an article, though a match
can only start at one of a handful of letters.  ``first_char_guard`` puts a one-character look-ahead
of those letters in front, ``(?=[...])(?:pattern)``: the same matches (same spans, same groups, the
look-ahead consumes nothing), tried only where the text has one of the letters.

Two more readings of a pattern skip a whole-text scan where no match can be: ``anchor_strings``
(words every match holds: a text without them is not scanned, ``finditer_anchored``) and
``token_start_test`` (how every match begins, for a pattern that starts at a word's start: it is
tried only at the tokens that begin so, ``dates._token_starts``).
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from analysis.text.memo import Memo

try:  # the parser the re module itself uses (Python 3.11+); without it patterns stay as they are
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _c = _p = None

_MAX_CHARS = 64  # a guard of more letters than this would barely skip anything


class _Unknown(Exception):
    """A construct whose first characters are not worked out here: no guard."""


def _firsts(seq) -> tuple[set[str], bool]:
    """(every character a match of ``seq`` can start with, whether ``seq`` can match the empty string)."""
    out: set[str] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    out.add(chr(a))
                elif o is _c.RANGE and a[1] - a[0] < _MAX_CHARS:
                    out.update(chr(x) for x in range(a[0], a[1] + 1))
                else:  # NEGATE, CATEGORY (\w, \d...), big ranges
                    raise _Unknown(o)
            return out, False
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # (?i:...)
                raise _Unknown(op)
            chars, nullable = _firsts(av[-1])
        elif op is _c.BRANCH:
            chars, nullable = set(), False
            for alt in av[1]:
                c, n = _firsts(alt)
                chars |= c
                nullable = nullable or n
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            chars, nullable = _firsts(av[2])
            nullable = nullable or av[0] == 0
        else:  # assertions, anchors, back-references, any character...
            raise _Unknown(op)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _parse(rx: re.Pattern[str]) -> Any:
    """The parse tree of ``rx`` as the re module reads it, or None when it is not read here (no parser, a
    bytes pattern, case-folding or verbose flags, given or written inline as "(?i)")."""
    if _p is None or not isinstance(rx.pattern, str) or rx.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
        return None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else parsed
    except (re.error, RecursionError, AttributeError):
        return None


def first_char_guard(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx``, or an equivalent pattern that skips offsets where no match can start (see above)."""
    parsed = _parse(rx)
    if parsed is None:
        return rx
    try:
        chars, nullable = _firsts(parsed)
    except (_Unknown, re.error, RecursionError, AttributeError):
        return rx
    if nullable or not chars or len(chars) > _MAX_CHARS:
        return rx
    cls = "".join(re.escape(ch) for ch in sorted(chars))
    return re.compile(f"(?=[{cls}])(?:{rx.pattern})", rx.flags)


def required_literal(rx: re.Pattern[str]) -> str | None:
    """The longest run of plain characters that every match of ``rx`` contains (at the pattern's top
    level: not inside an optional part, a repeat or an alternative), None when there is none.

    A text without it has no match, so a whole-text scan can be skipped by a C-level substring test
    (``"متورطه" in text`` for ``"?\\s*متورطه``, which starts with no fixed character: the engine
    tries it at every offset)."""
    parsed = _parse(rx)
    if parsed is None:
        return None
    best, run = "", ""
    for op, av in parsed:
        if op is _c.LITERAL:
            run += chr(av)
            if len(run) > len(best):
                best = run
        else:
            run = ""
    return best or None


_EXPAND = 256  # most strings a run of plain parts is expanded to (``ab|ac`` then ``d``: abd, acd)

_MAX_ANCHORS = 8  # a test of more strings than this would cost about what it saves


def _plain(seq) -> set[str] | None:
    """The strings ``seq`` matches when it is plain text and alternations of plain text ("ab(?:c|d)"),
    None otherwise (a class, a repeat, an assertion...) or beyond ``_EXPAND`` strings."""
    out = {""}
    for op, av in seq:
        parts: set[str] | None
        if op is _c.LITERAL:
            parts = {chr(av)}
        elif op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            parts = _plain(av[-1])
        elif op is _c.BRANCH:
            parts = set()
            for alt in av[1]:
                p = _plain(alt)
                if p is None:
                    return None
                parts |= p
        else:
            return None
        if parts is None or len(out) * len(parts) > _EXPAND:
            return None
        out = {a + b for a in out for b in parts}
    return out


def _needs(seq) -> Any:
    """What every match of ``seq`` holds, as a condition on the text: a string (it occurs in the text),
    ("and", parts) or ("or", parts), None where nothing is known: the strings of each plain stretch
    of ``seq`` (one of them) and the needs of its required groups (min >= 1 repeats, sub-patterns,
    alternations), all together."""
    conds: list = []
    run: list = []

    def close() -> None:
        if run:
            strs = _plain(run)
            if strs is not None and "" not in strs:
                conds.append(next(iter(strs)) if len(strs) == 1 else ("or", tuple(sorted(strs))))
            run.clear()

    for item in seq:
        op, av = item
        if op is _c.LITERAL or (op in (_c.SUBPATTERN, _c.BRANCH) and _plain([item]) is not None):
            run.append(item)
            continue
        close()
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            sub = _needs(av[-1])
        elif op is _c.BRANCH:
            alts = [_needs(alt) for alt in av[1]]
            sub = None if any(a is None for a in alts) else ("or", tuple(alts))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            sub = _needs(av[2])
        else:  # optional parts, classes, assertions, back-references: nothing required of the text
            sub = None
        if sub is not None:
            conds.append(sub)
    close()
    if not conds:
        return None
    return conds[0] if len(conds) == 1 else ("and", tuple(conds))


def _cover(strs: set[str]) -> frozenset[str]:
    """Fewer strings, one of which every text holding one of ``strs`` holds: each string by the word
    of it shared with the most others (words of 3+ characters; a string without one stays whole),
    then a string holding another one dropped ("مخولا" holds "مخول")."""
    left, out = set(strs), set()
    while left:
        words: dict[str, int] = {}
        for s in left:
            for w in set(s.split()):
                if len(w) >= 3:
                    words[w] = words.get(w, 0) + 1
        if not words:
            out |= left
            break
        best = max(sorted(words), key=words.__getitem__)
        out.add(best)
        left = {s for s in left if best not in s.split()}
    return frozenset(s for s in out if not any(o != s and o in s for o in out))


def _anchor_sets(cond: Any) -> list[frozenset[str]]:
    """Sets of strings, every text meeting ``cond`` holding one string of each set."""
    if cond is None:
        return []
    if isinstance(cond, str):
        return [frozenset((cond,))]
    op, parts = cond
    subs = [_anchor_sets(c) for c in parts]
    if op == "and":
        return [a for sets in subs for a in sets]
    if any(not sets for sets in subs):
        return []
    # one of the alternatives holds: the union of one set of each (the best: longest shortest string)
    return [_cover(set().union(*(max(sets, key=lambda a: (min(map(len, a)), -len(a))) for sets in subs)))]


def anchor_strings(rx: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    """Sets of strings that every match of ``rx`` holds one string of each, read off the pattern (its
    plain stretches, alternations of plain text expanded: "(?:لانه|كونه) (?:غير مخول|غير مفوض)" holds
    "غير"); None when nothing is known.  A text without a string of some set has no match, so a
    whole-text scan of a pattern with no fixed first character is skipped after a few C-level
    substring tests (``may_match``)."""
    parsed = _parse(rx)
    if parsed is None:
        return None
    try:
        found = _anchor_sets(_needs(parsed))
    except (re.error, RecursionError, AttributeError):
        return None
    return tuple(tuple(sorted(a)) for a in found if len(a) <= _MAX_ANCHORS) or None


# pattern -> its anchor_strings (read off the pattern once; patterns are the lexicons' compiled ones)
_ANCHORS: Memo[re.Pattern[str], tuple[tuple[str, ...], ...] | None] = Memo(anchor_strings, limit=4096)


_MAX_STARTS = 24  # most strings searched for (each a C-level pass over the text) in place of a scan


def _start_lits(seq) -> set[str] | None:
    """Strings one of which every match of ``seq`` begins with (None: not known, or one may be empty):
    its leading plain stretch, expanded ("(?:لانه|كونه) (?:غير مخول|...)"), then the beginnings of a
    group after it; a look-ahead at its very start is passed over (it consumes nothing)."""
    cur = {""}
    for item in seq:
        op, av = item
        if op is _c.ASSERT and av[0] == 1 and cur == {""}:
            continue
        plain = _plain([item])
        if plain is not None:
            nxt = {a + b for a in cur for b in plain}
            if len(nxt) > _EXPAND:
                break
            cur = nxt
            continue
        sub: set[str] | None = None
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            sub = _start_lits(av[-1])
        elif op is _c.BRANCH:
            subs = [_start_lits(alt) for alt in av[1]]
            sub = None if any(x is None for x in subs) else set().union(*subs)  # type: ignore[arg-type]
        if sub is not None and len(cur) * len(sub) <= _EXPAND:
            cur = {a + b for a in cur for b in sub}
        break
    return None if "" in cur else cur


def start_strings(rx: re.Pattern[str]) -> tuple[tuple[str, tuple[int, ...]], ...] | None:
    """(string, offsets) pairs such that every match of ``rx`` starts at an occurrence of one of the
    strings less one of its offsets: the first word of each beginning (``_start_lits``), a word that
    holds another one found through it ("بشرط" through "شرط" at offset 1).  None when not known or
    more than ``_MAX_STARTS`` strings."""
    parsed = _parse(rx)
    if parsed is None:
        return None
    try:
        lits = _start_lits(parsed)
    except (re.error, RecursionError, AttributeError):
        return None
    if not lits:
        return None
    words = sorted({w.split(" ")[0] or w for w in lits}, key=lambda w: (len(w), w))
    found: dict[str, set[int]] = {}
    for w in words:
        inner = next((o for o in found if o in w), None)
        if inner is None:
            found[w] = {0}
        else:  # every occurrence of ``w`` holds one of ``inner`` that many characters in
            found[inner].add(w.index(inner))
    if len(found) > _MAX_STARTS:
        return None
    return tuple((w, tuple(sorted(offs))) for w, offs in found.items())


_STARTS: Memo[re.Pattern[str], tuple[tuple[str, tuple[int, ...]], ...] | None] = Memo(start_strings, limit=4096)


def _finditer_at(rx: re.Pattern[str], text: str, starts: tuple[tuple[str, tuple[int, ...]], ...]) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` for a pattern whose matches start only at ``starts`` (``start_strings``):
    the pattern is tried at those offsets alone, leftmost first, each after the last match's end (no
    match is empty: each begins with a string)."""
    pos: list[int] = []
    find = text.find
    for w, offs in starts:
        i = find(w)
        while i >= 0:
            pos.extend(i - k for k in offs if k <= i)
            i = find(w, i + 1)
    if not pos:
        return []
    pos.sort()
    out: list[re.Match[str]] = []
    end, match = 0, rx.match
    for p in pos:
        if p >= end:
            m = match(text, p)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def finditer_anchored(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` (the same spans and groups), skipped (no matches) when ``text`` lacks every
    string of one of the pattern's ``anchor_strings``: then no match of it is in the text; for a pattern
    whose matches begin with known words (``start_strings``), tried only where those words are."""
    anchors = _ANCHORS[rx]
    if anchors is not None and not all(any(map(text.__contains__, a)) for a in anchors):
        return iter(())
    starts = _STARTS[rx]
    if starts is not None:
        return iter(_finditer_at(rx, text, starts))
    return rx.finditer(text)


_LEADS = 4096  # most beginnings a pattern is expanded to (clitic x word x ...)
_LETTER, _DIGIT = re.compile(r"[^\W\d_]"), re.compile(r"\d")  # as numbers.tokenize reads characters

# A beginning: (regex of what a match begins with, whether the item after continues it, the kind of
# its last character: "L" a letter, "D" a digit, "" none yet).  A token of numbers.tokenize is
# letters then digits (or digits alone): a letter after a digit starts another token, a character
# that is neither ends it.
_Lead = tuple[str, bool, str]


def _lead_item(op, av) -> set[_Lead] | None:
    """The beginnings of what one item matches (None: not known)."""
    if op is _c.LITERAL:
        ch = chr(av)
        kind = "L" if _LETTER.match(ch) else "D" if _DIGIT.match(ch) else ""
        return {(re.escape(ch), True, kind)} if kind else {("", False, "")}
    if op is _c.IN:
        for kind, rx in (("L", _LETTER), ("D", _DIGIT)):
            if len(av) <= _MAX_CHARS and all(o is _c.LITERAL and rx.match(chr(a)) for o, a in av):
                return {(re.escape(chr(a)), True, kind) for o, a in av}
        if len(av) == 1 and av[0][0] is _c.CATEGORY and av[0][1] in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
            return {(r"\d", False, "D")}
        return {("", False, "")}
    if op is _c.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _lead(av[-1])
    if op is _c.BRANCH:
        out: set[_Lead] = set()
        for alt in av[1]:
            sub = _lead(alt)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        sub = _lead(av[2])
        if sub is None:
            return None
        # optional ("?"): once, then what follows; a longer repeat: what follows it is not read
        once = sub if av[1] == 1 else {(x, False, k) for x, _, k in sub}
        return once | {("", True, "")} if av[0] == 0 else once
    if op is _c.ASSERT and av[0] == 1:  # a look-ahead: the text here begins as its pattern does
        sub = _lead(av[1])
        return None if sub is None else {(x, False, k) for x, _, k in sub}
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # zero width
        return {("", True, "")}
    return {("", False, "")}


def _lead(seq) -> set[_Lead] | None:
    """The beginnings of ``seq``'s matches, as far as they lie in one token (see ``_Lead``)."""
    cur: set[_Lead] = {("", True, "")}
    for op, av in seq:
        item = _lead_item(op, av)
        if item is None:
            return None
        nxt: set[_Lead] = set()
        for b, open_, kind in cur:
            if not open_:
                nxt.add((b, False, kind))
                continue
            for x, more, k in item:
                if kind == "D" and k == "L" or (b and not x and not more):
                    nxt.add((b, False, kind))  # another token begins, or the token ends
                else:
                    nxt.add((b + x, more, k or kind))
        if len(nxt) > _LEADS:  # too many: the beginnings so far, read no further (still true of every match)
            return {(b, False, kind) for b, _, kind in cur}
        cur = nxt
        if not any(open_ for _, open_, _ in cur):
            break
    return cur


def token_start_test(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern whose matches start where no word character precedes (it begins with
    ``(?<!\\w)``): a pattern that the text of a token (``numbers.tokenize``) starting at a match's
    start matches at its beginning (``.match``): one of the letters and digits every match begins
    with.  None when some match may begin otherwise (with a class of many characters, a separator).
    Such a position is a token's start, except after a decimal separator inside a figure ("1.5"):
    the caller tries those too."""
    parsed = _parse(rx) if isinstance(rx.pattern, str) and rx.pattern.startswith("(?<!\\w)") else None
    if parsed is None:
        return None
    try:
        leads = _lead(parsed)
    except (re.error, RecursionError, AttributeError):
        return None
    if leads is None or any(not b for b, _, _ in leads):
        return None
    # as a trie of the beginnings' characters (one test per character, not one per beginning): a
    # beginning reached is a match, nothing after it is needed
    root: dict = {}
    for b, _, _ in leads:
        node = root
        for atom in _ATOM.findall(b):
            if node.get(_END) is not None:
                break
            node = node.setdefault(atom, {})
        node.clear()
        node[_END] = {}
    return re.compile(_emit_atoms(root))


_ATOM = re.compile(r"\\.|.", re.S)  # one character of a beginning as written (an escape is two)


def _emit_atoms(node: dict) -> str:
    if _END in node:
        return ""
    alts = [k + _emit_atoms(node[k]) for k in sorted(node)]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_END = ""  # trie key of "a word ends here" (never a character)
_SEP = "  "  # trie key of the gap between two words (two characters: never one of a word's)


def word_trie(words, join: str | None = r"\s+") -> str:
    """A regex alternation of ``words`` (spaces inside a word matching ``join``) as a trie:
    ``ab|ac|a`` is written ``a(?:b|c|)``.

    The engine tries a plain alternation's branches one after another at every offset (each a
    literal first-character test): with dozens of names that is most of a whole-text scan.  The trie
    tests each character once.  The matches are those of the alternation written longest first
    (``_alt``, the gazetteer): at one offset, two words that both match are one a prefix of the
    other (their characters are no whitespace, nor any character ``join`` matches), and the trie,
    like longest-first, tries the longer one first (children before the end of the word).
    ``join=None``: the words' characters, spaces included, are matched as written."""
    root: dict = {}
    for w in {w for w in words if w}:
        node = root
        if join is None:
            for ch in w:
                node = node.setdefault(ch, {})
            node[_END] = {}
            continue
        for i, part in enumerate(w.split()):
            if i:
                node = node.setdefault(_SEP, {})
            for ch in part:
                node = node.setdefault(ch, {})
        node[_END] = {}

    def emit(node: dict) -> str:
        alts = [(join if k == _SEP and join is not None else re.escape(k)) + emit(node[k]) for k in sorted(k for k in node if k)]
        if _END in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        if len(alts) == 2 and alts[1] == "":
            return f"(?:{alts[0]})?"  # greedy: the longer word first
        return "(?:" + "|".join(alts) + ")"

    return emit(root) if root else ""
