"""first_char_guard, required_literal, anchor_strings, word_trie: the same matches as the patterns they stand for."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.sourcing.cues import cue_lexicon
from analysis.text.rxguard import first_char_guard

PATTERNS = [
    r"(?:لانه|كونه) (?:غير مخول|ليس مخولا)\w*|(?:حرصا|خوفا) علي (?:سلامت|امن)\w*",
    r"(?P<a>ab|c)+d?",
    r"x?y*(?:z|[p-r])",
    r"(?:a|)b",  # an empty branch: its first characters are those of what follows
    r"[a-c]\d",
]
FALLBACK = [r"(?<!\w)abc", r"\wabc", r"(?i)abc", r"(?i:a)bc", r"a?", r"[^a]b", r".b", r"^ab"]


def test_guard_puts_the_first_characters_in_front():
    assert first_char_guard(re.compile(r"(?:ab|cd)e")).pattern == "(?=[ac])(?:(?:ab|cd)e)"
    assert first_char_guard(re.compile(r"(?:a|)b")).pattern == "(?=[ab])(?:(?:a|)b)"


def test_guard_leaves_patterns_it_cannot_read():
    for p in FALLBACK:
        rx = re.compile(p)
        assert first_char_guard(rx) is rx, p


def _same(rx: re.Pattern[str], text: str) -> None:
    g = first_char_guard(rx)
    assert [(m.span(), m.groups()) for m in g.finditer(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("abcdpqrxyz19 ") + ["لانه", "كونه", " غير مخول", " ليس مخولا", "ين", "حرصا",
                                                           " علي ", "سلامت", "امن", "خوفا"]), max_size=40).map("".join))
def test_guarded_patterns_find_the_same_matches(text):
    for p in PATTERNS:
        _same(re.compile(p), text)


def test_lexicon_reason_patterns_are_guarded_and_equivalent():
    lex = cue_lexicon("ar")
    assert lex.reasons is not None and lex.reasons.pattern.startswith("(?=[")
    text = "وقال مسؤول فضل عدم الكشف عن هويته لانه غير مخول بالتصريح، حرصا علي سلامته، ورفض ذكر اسمه"
    for rx in (lex.reasons, lex.conditions):
        assert rx is not None
        plain = re.compile(rx.pattern.split(")(?:", 1)[1][:-1])
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert any(True for _ in rx.finditer(text))


def test_required_literal_is_held_by_every_match():
    from analysis.text.rxguard import required_literal
    assert required_literal(re.compile(r'"?\s*متورطه')) == "متورطه"
    assert required_literal(re.compile(r"(?:ايرانيه|ايراني)\s+الصنع")) == "ايراني"  # the alternatives' shared start
    assert required_literal(re.compile(r"x|yz")) is None  # nothing every match holds
    assert required_literal(re.compile(r"ab?c")) == "a"
    assert required_literal(re.compile(r"a(?i:bcd)")) == "a"  # nothing taken from a case-folded group
    assert required_literal(re.compile(r"abc", re.IGNORECASE)) is None
    for rx in (re.compile(r'"?\s*متورطه'), re.compile(r"(?:ايرانيه|ايراني)\s+الصنع")):
        lit = required_literal(rx)
        for text in ('قال "  متورطه', "طائرة ايرانيه الصنع", "ايرانيه", "لا شيء"):
            assert all(lit in m.group(0) for m in rx.finditer(text))


_WORD = st.text(alphabet="abc", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8),
       st.text(alphabet="abc  -", max_size=40), st.sampled_from([r"\s+", r'[\s"\-–]+', None]))
def test_word_trie_matches_the_alternation_longest_first(words, text, join):
    from analysis.text.rxguard import word_trie
    plain = "|".join((re.escape(w) if join is None else join.join(re.escape(p) for p in w.split()))
                     for w in sorted(set(words), key=len, reverse=True))
    for wrap in ("(?<!\\w)(?P<n>{})(?!\\w)", "(?:(?P<n>{})\\s+)?c", "(?P<n>{})"):
        a = re.compile(wrap.format(plain))
        b = re.compile(wrap.format(word_trie(words, join)))
        assert [(m.span(), m.span("n")) for m in a.finditer(text)] == [(m.span(), m.span("n")) for m in b.finditer(text)]


def test_anchor_strings_of_plain_stretches_and_alternations():
    from analysis.text.rxguard import anchor_strings
    assert anchor_strings(re.compile(r"(?<!\w)متورطه\w*")) == (("متورطه",),)
    # expanded alternatives covered by their shared word; ab+ needs a b; optional parts need nothing
    assert anchor_strings(re.compile(r"(?:لانه|كونه) (?:غير مخول|غير مفوض)\w*")) == (("غير",),)
    assert anchor_strings(re.compile(r"x(?:ab)+y?")) == (("x",), ("ab",))
    assert anchor_strings(re.compile(r"(?:foo )?bar|baz\d")) == (("bar", "baz"),)
    for p in (r"\w+", r"a|\d", r"(?i)abc", r"a?", r"(?:ab|)c?"):
        assert anchor_strings(re.compile(p)) is None, p


_ANCHORED = [
    r"(?:لانه|كونه) (?:غير مخول|ليس مخولا)\w*|(?:حرصا|خوفا) علي (?:سلامت|امن)\w*",
    r"(?<!\w)(?:ab|c)+ d?(?:x|yz)(?!\w)",
    r"(?:p|q)(?:r|)[xyz]+(?:ab )?c",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("abcdpqrxyz19 ") + ["لانه", "كونه", " غير مخول", " ليس مخولا", "ين", "حرصا",
                                                           " علي ", "سلامت", "امن", "خوفا"]), max_size=40).map("".join))
def test_anchored_scans_find_the_same_matches(text):
    from analysis.text.rxguard import finditer_anchored
    for p in _ANCHORED:
        rx = re.compile(p)
        assert [m.span() for m in finditer_anchored(rx, text)] == [m.span() for m in rx.finditer(text)]


def test_lexicon_condition_patterns_have_anchors_and_scan_alike():
    from analysis.text.rxguard import anchor_strings, finditer_anchored
    lex = cue_lexicon("ar")
    text = "وقال مسؤول فضل عدم الكشف عن هويته لانه غير مخول بالتصريح، حرصا علي سلامته، ورفض ذكر اسمه"
    for rx in (lex.conditions, lex.withheld):
        assert rx is not None and anchor_strings(rx) is not None
        assert [m.span() for m in finditer_anchored(rx, text)] == [m.span() for m in rx.finditer(text)] != []
        assert list(finditer_anchored(rx, "وقال مسؤول إن الوضع هادئ")) == []


def test_token_start_test_reads_the_beginnings_of_matches():
    from analysis.text.rxguard import token_start_test
    t = token_start_test(re.compile(r"(?<!\w)(?:[وف])?(?:صباح\s+)?(?:اليوم|امس)(?!\w)"))
    assert t is not None
    assert [w for w in ("اليوم", "واليوم", "صباح", "فامس", "امسية", "يوم", "وصباح", "قال") if t.match(w)] == \
        ["اليوم", "واليوم", "صباح", "فامس", "امسية", "وصباح"]
    # digits then letters are two tokens: the beginning stops at the digits
    t = token_start_test(re.compile(r"(?<!\w)(?:1[89]|20)\d\dيناير"))
    assert t is not None and t.match("2015") and not t.match("2115")
    # no beginning known (a class of many characters, a pattern not starting at a word's start)
    for p in (r"(?<!\w)\w+", r"(?<!\w)(?:ab)?[^x]", r"abc", r"(?<!\w)(?i:abc)", r"(?<!\w)a?"):
        assert token_start_test(re.compile(p)) is None, p


_STARTED = [
    r"(?:ab|cab) (?:x|y)\w*",
    r"(?=[abcpx])(?:(?:b|ab|cab)c|(?:pp|q)\w+|xy(?:z|yz)+)",
    r"(?:(?:ab|c)(?: d| e)|bab)",
    r"(?:لم|ولم) (?:يكشف|تكشف) عن (?:هويت|اسم)\w*|(?:بشرط|شرط) عدم",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("abcdepqxyz ") + ["cab", "bab", "ولم", "لم", "بشرط", " عدم", " يكشف عن ",
                                                        "هويته", "اسم"]), max_size=40).map("".join))
def test_scans_at_start_strings_find_the_same_matches(text):
    from analysis.text.rxguard import finditer_anchored, start_strings
    for p in _STARTED:
        rx = re.compile(p)
        assert start_strings(rx) is not None
        assert [(m.span(), m.groups()) for m in finditer_anchored(rx, text)] == \
            [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_lexicon_anonymity_patterns_have_start_strings():
    from analysis.text.rxguard import start_strings
    lex = cue_lexicon("ar")
    for rx in (lex.reasons, lex.conditions, lex.withheld):
        assert rx is not None and start_strings(rx) is not None
    for p in (r"(?:ab|cab) x|(?<!a)b", r"[ab]c", r"(?:ab)?c", r"a|"):  # a beginning not read: no start strings
        assert start_strings(re.compile(p)) is None, p
