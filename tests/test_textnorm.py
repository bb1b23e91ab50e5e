import pytest

from analysis.text.textnorm import count_words, normalise, normalise_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("أعلن", "اعلن"),
        ("إيران", "ايران"),
        ("آخر", "اخر"),
        ("مؤتمر", "موتمر"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("على", "علي"),
        ("المسؤولية", "المسووليه"),
        ("مُحَمَّد", "محمد"),        # diacritics
        ("قالــت", "قالت"),          # tatweel
        ("٣ طائرات", "3 طايرات"),    # Arabic-Indic digits
        ("۱۷", "17"),                # extended digits
        ("“رويترز”", '"رويترز"'),
        ("«الجريدة»", '"الجريده"'),
        ("Reuters", "reuters"),
    ],
)
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


def test_spans_map_back_to_original_after_deletions():
    text = "قالَ مُسْؤولٌ عراقيّ"
    n = normalise(text)
    start = n.text.index("مسوول")
    s, e = n.to_original(start, start + len("مسوول"))
    assert text[s:e] == "مُسْؤولٌ"[: e - s]
    assert text[s:e].startswith("مُ") and "ؤ" in text[s:e]


def test_index_covers_every_normalised_char():
    text = "أكدت مصادرُ لـ“العربية”، مساء الاثنين ٣"
    n = normalise(text)
    assert len(n.index) == len(n.text)
    assert all(0 <= i < len(text) for i in n.index)
    assert list(n.index) == sorted(n.index)


def test_count_words_counts_arabic_tokens():
    assert count_words("قال مسؤول عراقي، إن 3 طائرات") == 6


def test_hamza_on_ya_before_waw_is_the_standard_spelling():
    from analysis.text.textnorm import normalise, normalise_text
    assert normalise_text("مسئول") == normalise_text("مسؤول")
    assert normalise_text("شئون") == normalise_text("شؤون")
    assert normalise_text("رئيس") != normalise_text("رؤوس")  # only before a waw
    n = normalise("قال المسئولون")
    assert len(n.text) == len("قال المسئولون") and n.to_original(4, 13) == (4, 13)


def test_a_decimal_typed_in_visual_order_reads_in_reading_order():
    # one outlet's wire copy: "15.<RLM>0" where the others print 0.15; spans still cover the original
    text = "انخفض اليورو 15.\u200f0 في المائة إلى 67.\u200f70 بنس"
    n = normalise(text)
    assert "0.15" in n.text and "70.67" in n.text
    i = n.text.index("70.67")
    assert text[slice(*n.to_original(i, i + 5))] == "67.\u200f70"
    assert normalise("عام 2015.\u200f").text.startswith("عام 2015.")  # a mark after a full stop moves nothing


def test_deleted_is_every_character_normalised_to_nothing():
    import sys

    from analysis.text.textnorm import DELETED, normalise_text
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if (normalise_text(c) == "") != (c in DELETED)] == []
