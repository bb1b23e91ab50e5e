from analysis.text.segment import sentence_at, split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_splits_on_arabic_question_mark_and_full_stop():
    assert texts("هل اتخذت إيران قراراً؟ السؤال مطروح. نعم!") == ["هل اتخذت إيران قراراً؟", "السؤال مطروح.", "نعم!"]


def test_keeps_a_multi_sentence_quote_together():
    t = "يقول مسؤول لـ”عربي بوست”، “قال قاآني كذا. وأضاف كذا”. ثم انتهى."
    out = texts(t)
    assert out[0].endswith("كذا”.")
    assert out[1] == "ثم انتهى."


def test_guillemets_and_line_breaks():
    t = "علمت «الجريدة. من مصادرها» أن.\nسطر ثان"
    assert texts(t) == ["علمت «الجريدة. من مصادرها» أن.", "سطر ثان"]


def test_quotes_do_not_run_across_paragraphs():
    t = "قال “بلا إغلاق\n\nفقرة جديدة. جملة أخرى."
    assert texts(t) == ["قال “بلا إغلاق", "فقرة جديدة.", "جملة أخرى."]


def test_decimal_points_and_dates_do_not_split():
    assert texts("بلغ 3.5 مليون في 28.03.2024 تقريباً.") == ["بلغ 3.5 مليون في 28.03.2024 تقريباً."]


def test_spans_are_trimmed_ordered_and_inside_text():
    t = "  أولى.   ثانية؟\n\n  ثالثة  "
    sents = split_sentences(t)
    assert [t[s.start:s.end] for s in sents] == ["أولى.", "ثانية؟", "ثالثة"]
    assert all(0 <= s.start < s.end <= len(t) for s in sents)
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))
    assert [s.index for s in sents] == [0, 1, 2]


def test_sentence_at():
    t = "أولى. ثانية."
    sents = split_sentences(t)
    assert sentence_at(sents, 0) == 0
    assert sentence_at(sents, t.index("ثانية")) == 1
    assert sentence_at(sents, len(t) + 5) == -1
