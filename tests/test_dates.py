"""analysis.facts.dates: calendar dates, Hijri dates, weekdays and relative days (one module, one file)."""
from __future__ import annotations

from datetime import date

import pytest

from analysis.facts.dates import (
    dates_compatible, find_dates, infer_year, is_resolved, parse_published, resolve_time, weekday_around,
)
from analysis.text.textnorm import normalise_text

REF = date(2015, 7, 22)  # a Wednesday


@pytest.mark.parametrize("text, kind, value", [
    ("أمس", "time", "rel:report:-1d"),
    ("الخميس الماضي", "time", "weekday:3:past"),
    ("مساء الاثنين", "time", "weekday:0"),  # the time of day does not hide the weekday
    ("9 رمضان 1436هـ", "date", "2015-06-26"),  # Hijri
    ("بتاريخ 19/6/1436", "date", "2015-04-08"),  # a whole Hijri day needs no marker
    ("الموافق 1436/8/4", "date", "2015-05-22"),
    ("نوفمبر/تشرين الثاني 2021", "date", "2021-11"),  # both month names
    ("7 نوفمبر", "date", "2014-11-07"),  # no year: the last November before a July article
])
def test_dates_are_found_and_normalised(text, kind, value):
    assert [(d.kind, d.normalised) for d in find_dates(normalise_text(text), REF)] == [(kind, value)]


def test_parse_published_is_the_one_reader_of_publication_dates():
    assert parse_published("2021-11") == date(2021, 11, 1)  # imprecise: its first day...
    assert parse_published("2021-11", exact_day=True) is None  # ...but never a reference day
    assert parse_published("2020-06-29T10:00", exact_day=True) == date(2020, 6, 29)
    assert parse_published("") is None and parse_published("soon") is None


def test_relative_days_resolve_against_the_reference():
    assert resolve_time("rel:report:-1d", None, REF) == "2015-07-21"
    assert weekday_around(3, REF) == date(2015, 7, 16)  # Thursday on or before a Wednesday
    assert infer_year(11, REF) == 2014
    assert is_resolved("2015-07-21") and not is_resolved("weekday:3")


def test_a_range_ends_after_it_starts_and_an_upcoming_month_can_say_so():
    july = date(2015, 7, 25)
    assert infer_year(8, july) == 2014  # alone, a later month is last year's (news reports the past)
    # ...but a range's end is not before its start, its year unsaid
    found = find_dates(normalise_text("خلال الفترة من 25 يوليو حتى 2 أغسطس"), july)
    assert [d.normalised for d in found] == ["2015-07-25", "2015-08-02"]
    found = find_dates(normalise_text("من 20 ديسمبر - 5 يناير"), july)
    assert [d.normalised for d in found] == ["2014-12-20", "2015-01-05"]
    # "المقبلين" (the plural of "next" after a range) says the coming month
    found = find_dates(normalise_text("في الفترة من 25 تموز (يوليو) إلى الثاني من آب (أغسطس) المقبلين"), july)
    assert [d.normalised for d in found] == ["2015-07-25", "2015-08-02"]
    # two dates that are no range keep their own years (a day a few weeks ahead is a coming one, a day months
    # ahead last year's); an explicit year is never moved
    found = find_dates(normalise_text("في 25 يوليو و2 أغسطس"), july)
    assert [d.normalised for d in found] == ["2015-07-25", "2015-08-02"]
    found = find_dates(normalise_text("في 25 يوليو و2 نوفمبر"), july)
    assert [d.normalised for d in found] == ["2015-07-25", "2014-11-02"]
    found = find_dates(normalise_text("من 25 يوليو 2015 حتى 2 أغسطس 2014"), july)
    assert [d.normalised for d in found] == ["2015-07-25", "2014-08-02"]


def test_a_day_inside_a_month_is_compatible_with_it():
    assert dates_compatible("2021-11", "2021-11-07") is True
    assert dates_compatible("2021-11-06", "2021-11-07") is False


@pytest.mark.parametrize("text,day", [
    ("وقع في العاشر من يوليو", "2015-07-10"),
    ("في الخامس عشر من يوليو", "2015-07-15"),
    ("الحادية عشرة من يوليو", "2015-07-11"),
    ("في العشرين من يوليو", "2015-07-20"),
    ("في الحادي والعشرين من يوليو", "2015-07-21"),
    ("الثاني والعشرين من يوليو الجاري", "2015-07-22"),
    ("في الثلاثين من يونيو", "2015-06-30"),
])
def test_a_day_written_as_a_compound_ordinal_is_read_to_the_day(text, day):
    # "الخامس عشر من يوليو" was read as July, the fifteenth lost: ordinals 11-31 are built from the
    # number lexicon's units, teen word, "and" and tens
    (m,) = find_dates(normalise_text(text), date(2015, 7, 23))
    assert (m.normalised, m.precision) == (day, "day")


def test_a_day_a_few_weeks_ahead_is_this_year_s_coming_one():
    # "ويستمر حتى الثاني من أغسطس" in a report of 25 July: the event's last day, not last August
    ref = date(2015, 7, 25)
    assert [d.normalised for d in find_dates(normalise_text("ويستمر حتى الثاني من أغسطس بمشاركة"), ref)] == ["2015-08-02"]
    assert infer_year(8, ref, day=2) == 2015
    assert infer_year(12, ref, day=25) == 2014  # months ahead: last year's
    assert infer_year(8, ref, past=True, day=20) == 2014  # "الماضي" says it is past
    assert infer_year(8, ref) == 2014  # a month alone is still last year's


@pytest.mark.parametrize("text, value", [
    # a day of a Hijri month without its year: placed by the article's own date (26 July 2015 = 10 Shawwal 1436)
    ("لانطلاق المرحلة الأولى من الانتخابات في السابع من ذي القعدة المقبل", "2015-08-22"),
    ("الانتخابات البلدية التي ستنطلق غرة شهر ذي القعدة", "2015-08-16"),
    ("تمديد المهلة حتى 30 شوال", "2015-08-15"),
    ("في 7 شوال", "2015-07-23"),  # nearest: a few days before the report
    ("العاشر من رمضان الماضي", "2015-06-27"),
    ("في الثالث من صفر", "2015-11-15"),
])
def test_a_day_of_a_hijri_month_without_its_year_is_placed_by_the_article_s_date(text, value):
    found = [d for d in find_dates(normalise_text(text), date(2015, 7, 26)) if d.precision == "day"]
    assert [d.normalised for d in found] == [value]


@pytest.mark.parametrize("text", [
    "فاز الفريق 3 صفر",  # "zero" after a digit: a score, not the month Safar
    "في رمضان",  # a month alone is a season
])
def test_no_hijri_day_without_a_day_or_in_a_score(text):
    assert not [d for d in find_dates(normalise_text(text), date(2015, 7, 26)) if d.precision == "day"]


def test_a_hijri_day_without_its_year_needs_the_article_s_date():
    assert not find_dates(normalise_text("في السابع من ذي القعدة المقبل"))
