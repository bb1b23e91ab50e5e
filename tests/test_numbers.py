"""analysis.facts.numbers: numbers in digits and in words, as values and ranges (one module, one file)."""
from __future__ import annotations

import pytest

from analysis.facts.numbers import find_numbers, format_range, number_value, parse_range
from analysis.text.textnorm import normalise_text


@pytest.mark.parametrize("text, value", [
    ("ومائتان وخمسة وثلاثون", "235"),  # compound number words with their conjunctions
    ("مائة وثمانية وأربعون", "148"),  # not 40: the hundreds are read too
    ("ألفان", "2000"),
    ("ثلاثة آلاف", "3000"),
    ("١٢٠", "120"),  # Arabic-Indic digits
    ("3.5 مليار", "3500000000"),
    ("بضعة", "3..9"),  # vague number words are ranges
    ("عشرات", "20..99"),
    ("ملياري", "2000000000"),  # the dual before its noun ("ملياري دولار"), as common as "ملياران"
    ("مليوني", "2000000"),
])
def test_number_words_and_digits_are_read(text, value):
    assert number_value(normalise_text(text)) == value


def test_each_number_is_found_once_with_its_kind():
    found = find_numbers(normalise_text("قتل 30 شخصا وأصيب عشرات"))
    assert [(m.low, m.high, m.kind) for m in found] == [(30.0, 30.0, "cardinal"), (20.0, 99.0, "vague")]


def test_ranges_round_trip():
    assert format_range(3, 3) == "3" and format_range(30, float("inf")) == "30..inf"
    assert parse_range("30..inf") == (30.0, float("inf")) and parse_range("3") == (3.0, 3.0)
    assert parse_range("weekday:3") is None



def test_a_word_a_prefix_and_a_number_word_spell_by_accident_is_no_number():
    # "كمية" (a quantity) is ك + مية (a hundred); "كميات" ك + ميات (hundreds): "ضبط كميات من الأسلحة"
    # counted hundreds arrested
    assert find_numbers(normalise_text("وحجز كمية من الأسلحة وضبط كميات من الذخيرة")) == []
    assert number_value(normalise_text("مئة")) == "100" and number_value(normalise_text("مئات")) == "200..999"


def test_a_half_or_a_quarter_of_the_multiplier_a_figure_ends_on():
    # "مليون ونصف المليون" was read as a million and, apart, "the million" (and "ونصف" as a counted thing)
    assert number_value("وصلت تكلفة الصفقة لنحو مليون ونصف المليون يورو") == "1500000"
    assert number_value("بلغت ثلاثة ملايين ونصف") == "3500000"
    assert number_value("مليونين ونصف المليون") == "2500000"  # the dual is two million; the half is of one
    assert number_value("مليارين وربع") == "2250000000"
    assert number_value("انتظر خمسة ونصف") == "5"  # no multiplier: not read as a fraction of anything


def test_dots_grouping_thousands_in_twos_or_more_are_one_figure():
    # "(375.526.840) ريالًا" (Al-Madina's and Okaz's compensation total, 375,526,840 elsewhere) was no number at all:
    # the outlet's figure never met the others'.  Only groups of three after every dot (or two digits of halalas
    # after two groups or more): a clause number "5.1.1" stays unread, and one dot is still a decimal point
    assert number_value(normalise_text("بقيمة تعويضية بلغت (375.526.840) ريالًا")) == "375526840"
    assert number_value(normalise_text("١٤.٨٥٠.٠٠٠ ريال")) == "14850000"
    assert number_value(normalise_text("بمبلغ وقدره (973.092 ريال)")) == "973.092"
    assert find_numbers(normalise_text("وفق البند 5.1.1 من العقد")) == []
    # riyals and halalas (makkahhealth: "(310.000.000.00) ريال" in five outlets, "310 ملايين" in Okaz, "31 مليار" in
    # Al-Riyadh): two or more groups of three, then two digits, are the groups and the decimal part
    assert number_value(normalise_text("بتكلفة إجمالية قدرها (310.000.000.00) ريال")) == "310000000"
    assert number_value(normalise_text("بتكلفة مقدارها 97.151.502.13 ريال")) == "97151502.13"
    assert find_numbers(normalise_text("وفق البند 1.2.13 من العقد")) == []
    assert find_numbers(normalise_text("وفق البند 1.234.13 من العقد")) == []


def test_a_multiplier_starting_a_figure_in_a_construct_is_its_dual():
    # one wire text in two copies: «أسقطت ... ملياري دولار» and «مليارا دولار» (the nominative dual, its nun dropped
    # before the noun): both two billion, not one against two
    assert number_value(normalise_text("فقد أسقطت فنزويلا مليارا دولار من الديون")) == "2000000000"
    assert number_value(normalise_text("وخصصت الحكومة مليونا ريال للمشروع")) == "2000000"
    # one: after a figure, before «من» or the end, or heading a compound figure
    assert number_value(normalise_text("بلغت الأرباح 15 مليارا في العام")) == "15000000000"
    assert number_value(normalise_text("وأنفقت الحكومة مليارا من الدولارات")) == "1000000000"
    assert number_value(normalise_text("وأنفقت الحكومة مليارا.")) == "1000000000"
    assert number_value(normalise_text("وخصصت الوزارة مليونا وخمسمائة ألف ريال")) == "1500000"
    assert number_value(normalise_text("وخصصت الوزارة مليونا ونصف المليون ريال")) == "1500000"
