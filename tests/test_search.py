"""analysis.io.search: keyword search (Arabic-normalised, from an index) and the date range."""
from __future__ import annotations

from analysis.io.corpus import make_article
from analysis.io.search import SearchIndex, published_days

ARTS = [
    make_article(id="a", outlet="X", title="تصريح مسئول", published="2015-07-21",
                 raw_text="قال مسئول في وزارة الصحة إن المدرسة أغلقت بالرياض."),
    make_article(id="b", outlet="Y", title="بيان", published="2015-07-23",
                 raw_text="أكد المسؤولون أن الإغلاق مؤقت في جدة."),
    make_article(id="c", outlet="Z", title="خبر", published="2015-07", raw_text="افتتاح مدرسه جديدة في الرياض."),
    make_article(id="d", outlet="Z", title="بلا تاريخ", published="", raw_text="نص عن الرياض."),
]
INDEX = SearchIndex.build(ARTS)


def test_spelling_variants_and_clitics_match():
    assert INDEX.match("مسؤول") == {"a", "b"}  # hamza seat folded; مسؤولون is a longer form
    assert INDEX.match("الرياض") == {"a", "c", "d"}  # بالرياض: the clitic is stripped
    assert INDEX.match("مدرسة") == {"a", "c"}  # ta marbuta / ha
    assert INDEX.match("مسؤول الرياض") == {"a"}  # every word must occur
    assert INDEX.match("   ") is None  # no query, no filter


def test_user_text_is_not_fts_syntax():
    for q in ('"', 'مسؤول" OR "جدة', "NEAR(a b)", "*", "a AND", "-x", "(", "^"):
        INDEX.match(q)  # never an error


def test_date_range_is_inclusive_and_keeps_month_dates_that_overlap():
    assert INDEX.between("2015-07-21", "2015-07-22") == {"a", "c"}
    assert INDEX.between("2015-07-22", "2015-07-23") == {"b", "c"}
    assert INDEX.between("2015-08-01", "2015-08-02") == frozenset()
    assert published_days(ARTS) == ["2015-07", "2015-07-21", "2015-07-23"]


def test_a_word_anywhere_in_a_long_text_is_found():
    # the whole text is indexed as one: no word is cut where a chunk of it would end
    filler = "نص " * 665  # 1,995 characters: with "t " before it, the word spans offset 2,000
    art = make_article(id="long", outlet="X", title="t", published="2015-07-21", raw_text=filler + "مستشفى الملك")
    assert SearchIndex.build([art]).match("مستشفى") == {"long"}
