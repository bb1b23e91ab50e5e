"""analysis.sourcing.cues: the cue lexicon (reporting verbs, source heads) built from data files."""
from __future__ import annotations

import pytest

from analysis.sourcing.cues import cue_lexicon, head_of, strip_proclitic
from analysis.text.textnorm import normalise_text


@pytest.mark.parametrize("word, stem, clitic", [("وقال", "قال", 1), ("وأضاف", "اضاف", 1), ("أكد", "اكد", 0)])
def test_reporting_verbs_are_found_behind_their_clitics(word, stem, clitic):
    lex = cue_lexicon()
    n = normalise_text(word)
    assert n in lex.triggers and strip_proclitic(n, lex.verbs, lex.proclitics) == (stem, clitic)


@pytest.mark.parametrize("word, cls", [
    ("مصادر", "anonymous"),
    ("الوزير", "named_titles"),
    ("مسئولون", "anonymous_if_indefinite"),  # the ئ spelling of مسؤولون is the same word
    ("المعلومات", "vague"),  # information is no person
])
def test_source_heads_carry_their_class(word, cls):
    head = head_of(normalise_text(word), cue_lexicon())
    assert head is not None and head.cls == cls


def test_a_word_that_is_no_source_head_has_none():
    assert head_of(normalise_text("كتاب"), cue_lexicon()) is None


def test_a_second_language_is_data():
    en = cue_lexicon("en")
    assert en.subject_before and "said" in en.verbs
