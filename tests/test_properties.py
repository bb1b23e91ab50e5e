"""Property-based tests: the text pipeline never crashes and every offset is true."""
import re
from functools import lru_cache

import pytest

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from analysis.text.cleaning import clean_text
from analysis.io.corpus import CorpusError, make_article
from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_article
from analysis.text.segment import sentence_at, split_sentences
from analysis.text.textnorm import normalise

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARABIC_BITS = (
    [chr(c) for c in range(0x0621, 0x064B)]          # letters
    + [chr(c) for c in range(0x064B, 0x0653)]         # harakat
    + ["\u0640", "\u0670", "\u06D6", "\u200c", "\u200d", "\u200f", "\u061c", "\ufeff", "\u00a0"]
    + [chr(c) for c in range(0x0660, 0x066A)] + list("0123456789٫٬")
    + list(" \n\n\r\t.!?؟…،:؛-–\"'“”«»„‟″‹›‘’()[]")
    + ["قال", "مصدر", "مسؤول", "وأضاف", "إن", "أن", "لـ", "رويترز", "نوفمبر", "2021", "ثلاث", "طائرات"]
    + ["شارك", "اقرأ أيضا", "[shortcode]", "| 07.11.2021"]
)


@lru_cache(maxsize=1)
def corpus_sentences():
    out = []
    for a in load_corpus(DATA_DIR / "corpus"):
        out.extend(a.text[s.start:s.end] for s in split_sentences(a.text))
    return out


arabicish = st.lists(st.sampled_from(ARABIC_BITS), max_size=120).map("".join)
any_unicode = st.text(max_size=300)
real_fragments = st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=8).map(
    lambda ix: "\n".join(corpus_sentences()[i % len(corpus_sentences())] for i in ix)
)
texts = st.one_of(arabicish, any_unicode, real_fragments, st.tuples(real_fragments, arabicish).map(" ".join))


def check_sentences(text, sentences):
    prev_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert prev_end <= s.start < s.end <= len(text)  # ordered, non-overlapping, non-empty
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        prev_end = s.end
    covered = set()
    for s in sentences:
        covered.update(range(s.start, s.end))
    # nothing but whitespace falls between sentences
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)


@pytest.mark.slow  # its examples are long texts: 2-3 s
@SETTINGS
@given(texts)
def test_clean_text_never_crashes_and_keeps_no_blank_paragraphs(raw):
    out = clean_text(raw)
    assert isinstance(out, str)
    assert out == out.strip() or out == ""
    assert "\n\n\n" not in out


@SETTINGS
@given(texts)
def test_normalise_maps_every_span_back_inside_the_original(text):
    n = normalise(text)
    assert len(n.index) == len(n.text)
    assert all(0 <= i < len(text) for i in n.index)
    assert list(n.index) == sorted(n.index)
    for start in range(0, len(n.text) + 1, max(1, len(n.text) // 7)):
        for end in (start, min(len(n.text), start + 1), min(len(n.text), start + 5), len(n.text)):
            o_start, o_end = n.to_original(start, end)
            assert 0 <= o_start <= o_end <= len(text)


@SETTINGS
@given(texts)
def test_split_sentences_gives_ordered_non_overlapping_spans(text):
    sentences = split_sentences(text)
    check_sentences(text, sentences)
    for s in sentences:
        assert sentence_at(sentences, s.start) == s.index
        assert sentence_at(sentences, s.end - 1) == s.index


@SETTINGS
@given(texts)
def test_analyze_article_never_crashes_and_offsets_point_inside_the_text(raw):
    try:
        article = make_article(id="p", outlet="o", raw_text=raw, published="2021-11-07")
    except CorpusError:
        return  # nothing left after cleaning: rejected with a message, which is fine
    a = analyze_article(article)
    text = article.text
    check_sentences(text, a.sentences)
    for att in a.attributions:
        for s, e in ((att.start, att.end), (att.cue_start, att.cue_end), (att.source_start, att.source_end)):
            assert 0 <= s <= e <= len(text)
        assert 0 <= att.sentence < len(a.sentences)
        assert 0 <= att.source_id and any(src.id == att.source_id for src in a.sources)
    for src in a.sources:
        assert all(0 <= m < len(a.attributions) for m in src.mentions)
    for f in a.facts:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.sentence == -1 or 0 <= f.sentence < len(a.sentences)
    assert a.sourcing.words >= 0
    assert a.sourcing.score is None or 0 <= a.sourcing.score <= 100


def _normalise_reference(text, casefold=True):
    """The original per-character definition, kept to check the fast path.  It starts, as the
    definition does, with the one contextual rule: ئ before a waw is read as ؤ (مسئول / مسؤول),
    one character for one."""
    from analysis.text.textnorm import _seat, normalise_char

    out, index = [], []
    for i, ch in enumerate(_seat(text)):
        rep = normalise_char(ch)
        if casefold and rep:
            rep = rep.casefold()
        for r in rep:
            out.append(r)
            index.append(i)
    return "".join(out), tuple(index)


@SETTINGS
@given(st.one_of(texts, st.lists(st.sampled_from(list("ßŉΣσςİıﬁǅẞ") + ARABIC_BITS), max_size=60).map("".join)), st.booleans())
def test_fast_normalise_equals_the_per_character_definition(text, casefold):
    reference = _normalise_reference(text, casefold)
    # a digit, the letter ra, a digit ("29ر53") is a separator typed in visual order, read in reading
    # order (test_numbers): a rule over three characters, not per character, so it is left out here
    # (hypothesis drew "٠ر٠" about once in 20 runs, and the test failed then)
    assume(not re.search(r"\dر\d", reference[0]))
    n = normalise(text, casefold=casefold)
    assert (n.text, n.index) == reference
    assert n.original_length == len(text)
    if casefold:
        from analysis.text.textnorm import normalise_text

        assert normalise_text(text) == n.text


@SETTINGS
@given(st.one_of(texts, st.lists(st.sampled_from(list("0123456789.,_ab٣") + ARABIC_BITS), max_size=80).map("".join)))
def test_fact_tokens_equal_the_letters_or_digits_definition(text):
    """numbers.tokenize's regex is written letters-first for speed; it finds the same tokens as the
    definition it replaced (letters glued to digits, or a plain word)."""
    import re

    from analysis.facts.numbers import tokenize

    reference = re.compile(r"[^\W\d_]*\d+(?:[.,]\d+)*|[^\W\d_]+")
    nt = normalise(text).text
    # a digit, the letter ra, a digit ("9ر53") is the decimal mark some papers print in visual order: the
    # tokenizer keeps it in one number (test_numbers), a rule the letters-or-digits definition does not have
    # (hypothesis draws it about once in ten runs: the test failed then)
    assume(not re.search(r"\dر\d", nt))
    assert [tuple(t) for t in tokenize(nt)] == [(m.group(), m.start(), m.end()) for m in reference.finditer(nt)]


@SETTINGS
@given(st.one_of(texts, st.lists(st.sampled_from(list("0123456789.,_abcCNN-\"' ٣") + ARABIC_BITS), max_size=80).map("".join)))
def test_attribution_tokens_equal_the_token_definition(text):
    """sourcing.tokens' regex spells TOKEN's non-Arabic word run as one character class; it finds
    the same tokens, and tells words (group 1) from punctuation."""
    from analysis.sourcing.cues import TOKEN
    from analysis.sourcing.tokens import _TOKEN_WORD

    nt = normalise(text).text
    assert [(m.span(), m.lastindex == 1) for m in _TOKEN_WORD.finditer(nt)] == \
        [(m.span(), m.group()[0].isalnum() or m.group()[0] == "_") for m in TOKEN.finditer(nt)]


_DATE_BITS = ["يناير", "مايو", "اب", "آب", "تموز", "كانون الثاني", "يوليو", "الاثنين", "الجمعة", "صباح", "مساء", "يوم",
              "الخامس", "عشر", "من", "عام", "العام", "2015", "1436", "15", "3", "1.5", "2,", "هـ", "أمس", "اليوم", "بعد",
              "يومين", "قبل", "أسبوع", "الماضي", "المقبل", "غداة", "في", "و", "ف", "ب", "ل", "_", ".", ",", "/", "(", ")",
              " ", " ", "  ", "\n", "-", "ر", "x"]


@SETTINGS
@given(st.one_of(st.lists(st.sampled_from(_DATE_BITS), max_size=40).map("".join), texts))
def test_dates_tried_at_tokens_equal_the_whole_text_scan(text):
    """find_dates with the text's tokens tries each date pattern only where a token may begin a
    match (dates._token_starts): the same dates as scanning every offset."""
    from datetime import date

    from analysis.facts.dates import find_dates
    from analysis.facts.numbers import tokenize

    nt = normalise(text).text
    ref = date(2015, 7, 20)
    assert find_dates(nt, ref, tokens=tokenize(nt)) == find_dates(nt, ref)


@SETTINGS
@given(st.lists(st.sampled_from(["و", "ف", "ال", "وال", "بال", "لل", "قال", "مسؤول", " ", "  ", "\n", "\u00a0", "،",
                                 "3", "a", "_", "وقال"]), max_size=40).map("".join))
def test_stray_clitic_token_test_equals_the_scan(text):
    """A text with no detached clitic as a whole token has no stray clitic (tokens._stray_clitic
    skips the scan then): the same answer as the scan, on every text."""
    from analysis.sourcing.tokens import _stray_clitic, _tokens
    from analysis.text.grammar import grammar

    g = grammar("ar")
    n = normalise(text)
    sents = split_sentences(text)
    toks = _tokens(n.text, n.index, sents, grammar("en"))  # no clitics joined: the tokens the test reads
    assert g.stray_clitic is not None
    assert _stray_clitic(n.text, toks, g) == (g.stray_clitic.search(n.text) is not None)


@SETTINGS
@given(st.lists(st.sampled_from(["ال", "و", "ب", "لل", "تصريح", "تصريحات", "مقابلة", "المؤشرات", "تقرير", "ه", "ها",
                                 "ته", "رؤية", "ات", "x"]), min_size=1, max_size=4).map("".join))
def test_word_in_memo_equals_the_rule(word):
    """tokens._is_word_in remembers its answers per lexicon: the same as working each one out."""
    from analysis.sourcing.cues import cue_lexicon
    from analysis.sourcing.tokens import _is_word_in, _word_in

    lex = cue_lexicon("ar")
    for words in (lex.speech_nouns, lex.evidence_nouns, lex.speech_nouns | lex.interview_nouns, frozenset()):
        expected = bool(words) and _word_in(word, words, lex)
        assert _is_word_in(word, words, lex) == expected
        assert _is_word_in(word, words, lex) == expected  # the remembered answer


@SETTINGS
@given(st.one_of(texts, st.lists(st.sampled_from(list("0123456789.,_abcCNN-\"' ٣") + ARABIC_BITS), max_size=80).map("".join)))
def test_attribution_tokens_from_one_split_equal_the_matches(text):
    """sourcing.tokens builds its tokens from one split of the text: the same texts, offsets,
    sentences and word flags as reading finditer's matches one by one."""
    from analysis.sourcing.tokens import _TOKEN_WORD, _tokens
    from analysis.text.grammar import grammar

    n = normalise(text)
    sents = split_sentences(text)
    toks = _tokens(n.text, n.index, sents, grammar("en"))  # (no clitics to join)
    assert [(t.text, t.start, t.end, t.word) for t in toks] == \
        [(m.group(), m.start(), m.end(), m.lastindex == 1) for m in _TOKEN_WORD.finditer(n.text)]
    assert all(t.sent == (sentence_at(sents, n.index[t.start]) if n.index else -1) for t in toks)
