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


def test_the_letter_ra_as_a_separator_reads_in_reading_order():
    # Saudi papers: "935ر6 مليون برميل" is 6.935 million, "29ر53 دولاراً" 53.29 (visual order, ra for the
    # point); a ra inside a word or next to other digits' punctuation moves nothing
    text = "انخفضت إلى 935ر6 مليون برميل، وبلغ 29ر53 دولاراً"
    n = normalise(text)
    assert "6.935" in n.text and "53.29" in n.text and len(n.text) == len(normalise_text(text))
    i = n.text.index("6.935")
    assert text[slice(*n.to_original(i, i + 5))] == "935ر6"
    assert normalise("عمر 25 عاما").text == normalise_text("عمر 25 عاما")
    assert normalise("القرار 12ر").text == normalise_text("القرار 12ر")
    from analysis.facts.numbers import separator_ambiguous
    assert separator_ambiguous("000ر22") and separator_ambiguous("935ر6") and not separator_ambiguous("29ر53")


def test_deleted_is_every_character_normalised_to_nothing():
    import sys

    from analysis.text.textnorm import DELETED, normalise_text
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if (normalise_text(c) == "") != (c in DELETED)] == []


def test_presentation_forms_read_as_plain_letters():
    # text stored in shaped letters (initial, medial, final forms) matches the plain spelling
    shaped = "ﻗﺎﻝ ﻣﺼﺪﺭ ﺃﻣﻨﻲ"
    n = normalise(shaped)
    assert n.text == normalise("قال مصدر أمني").text
    assert len(n.index) == len(shaped)  # one letter for one shape: offsets do not move
    assert normalise(shaped * 40).text == normalise("قال مصدر أمني" * 40).text  # the long-text path too
