"""Fact extraction: numbers, dates and times, entities, claims, subjects and spans."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest

from analysis.io.readers import load_corpus
from analysis.facts.dates import dates_compatible, find_dates, parse_published, resolve_time
from analysis.facts.claims import claims_compatible
from analysis.facts.extract import extract_facts
from analysis.facts.rules import canonical_entity
from analysis.lexicon import DATA_DIR
from analysis.facts.numbers import find_numbers, number_value
from analysis.text.segment import split_sentences
from analysis.text.textnorm import normalise_text

REF = date(2021, 11, 1)  # the bundled story's publication month
EVENT = date(2021, 11, 7)  # the attack: Sunday 7 November 2021


@lru_cache(maxsize=None)
def corpus():
    return {a.id: a for a in load_corpus(DATA_DIR / "corpus")}


@lru_cache(maxsize=None)
def facts_of(article_id: str, reference: date | None = REF):
    a = corpus()[article_id]
    return extract_facts(a.text, split_sentences(a.text), reference_date=reference)


def facts_for(text: str, reference: date | None = REF):
    return extract_facts(text, split_sentences(text), reference_date=reference)


def only(facts, **kw):
    found = [f for f in facts if all(getattr(f, k) == v for k, v in kw.items())]
    assert len(found) == 1, (kw, found)
    return found[0]


# --------------------------------------------------------------------------- numbers

def test_digits_glued_to_latin_letters_count_nothing():
    # a plane, a summit, a mailbox: "F16", "G20", "beephoto666@gmil.com" (an archive story "agreed" on 666)
    for text in ("طائرات F16 الأمريكية", "قمة G20", "البريد الإلكتروني beephoto666@gmil.com"):
        assert find_numbers(normalise_text(text)) == [], text
    assert [m.low for m in find_numbers(normalise_text("بـ300 يورو"))] == [300.0]  # an Arabic clitic still may
    assert [m.low for m in find_numbers(normalise_text("وبـ5 ملايين"))] == [5000000.0]  # two of them too
    # one or two Arabic letters that are no clitic make a name or a unit: the explosive "سي4" (C4), "م2"
    assert find_numbers(normalise_text("صادر 44 كيلوجراما من مادة سي4 المتفجرة"))[-1].low == 44.0
    assert [m.low for m in find_numbers(normalise_text("مساحتها 265 مليون م2"))] == [265000000.0]
    # a whole word a missing space joined to the figure still leaves it a figure (text as datasets store it)
    assert [m.low for m in find_numbers(normalise_text("وزعت خلال رمضان الماضي2500 سلة"))] == [2500.0]


@pytest.mark.parametrize("text, expected", [
    ("17", "17"), ("الـ17", "17"), ("بـ73", "73"), ("لـ120", "120"), ("و3", "3"),
    ("٣", "3"), ("١٧", "17"), ("۴۸", "48"),  # Arabic-Indic and Persian digits
    ("ثلاث", "3"), ("ثلاثة", "3"), ("ثلاثه", "3"), ("الثلاث", "3"), ("اثنتين", "2"), ("اثنان", "2"),
    ("واحدة", "1"), ("تسعة", "9"), ("عشرة", "10"),
    ("الثالثة", "3"), ("رابع", "4"),  # ordinals parse (facts ignore them as counts)
    ("عشرات", "20..99"), ("العشرات", "20..99"), ("وعشرات", "20..99"),
    ("ثلاثة عشر", "13"), ("أحد عشر", "11"), ("ثلاثة وعشرون", "23"), ("مئة وخمسون", "150"),
    ("ثلاثة آلاف", "3000"), ("1,000", "1000"), ("2.5", "2.5"),
    # the "ر" decimal mark, printed in visual order: "9ر53" is 53.9 (was 9 and 53)
    ("9ر53", "53.9"), ("2ر22 مليار", "22200000000"), ("75ر130", "130.75"),
    # a definite compound carries the article on each part (was read as 5 and 20)
    ("الخمسة والعشرين", "25"), ("الأربع والعشرين", "24"), ("المائة والخمسين", "150"),
])
def test_number_forms(text, expected):
    assert number_value(text) == expected


@pytest.mark.parametrize("text", ["لست أدري", "الأحد", "أحد الأشخاص", "كتائب حزب الله", "استهدف"])
def test_not_numbers(text):
    assert number_value(text) is None


def test_ordinal_kind_and_list_not_summed():
    nums = find_numbers(normalise_text("تمكنت الثالثة من"))
    assert [n.kind for n in nums] == ["ordinal"]
    # a list "three and four" is two numbers, not 7
    assert [n.normalised for n in find_numbers(normalise_text("ثلاثة وأربعة"))] == ["3", "4"]


@pytest.mark.parametrize("text, value, subject", [
    ("ثلاث طائرات بدون طيار حاملة للمتفجرات", "3", "drones_total"),
    ("ثلاث طائرات مسيّرة (درون) مفخخة", "3", "drones_total"),
    ("تم بواسطة 3 طائرات مسيرة تم إسقاط اثنتين منها", "3", "drones_total"),
    ("الموقع الذي انطلقت منه المسيّرات الثلاث", "3", "drones_total"),
    ("استطاع الفريق اسقاط طائرتين من الثلاث المفخخة", "2", "drones_downed"),
    # a plane is a drone in an article that speaks of drones
    ("هاجمت ثلاث طائرات مسيرة منزل رئيس الوزراء. وتعاملت القوات الأمنية العراقية مع الطائرتين الأخيرتين.", "2",
     "drones_downed"),
    ("أوقعت قتيلا وعشرات الجرحى", "1", "killed"),
    ("بتحديد 3 شخصيات من ميليشيات مسلحة", "3", "persons_identified"),
])
def test_counted_nouns_and_qualifiers(text, value, subject):
    facts = [f for f in facts_for(text) if f.kind == "number"]
    assert any(f.normalised == value and f.subject == subject for f in facts), facts


@pytest.mark.parametrize("text, value", [
    # ...and an aircraft elsewhere: a counted thing keyed by its context, never the drones of an attack
    ("أرسلت السعودية أربع طائرات إغاثية إلى مطار عدن حتى الآن.", "4"),
    ("هبطت 3 طائرات في المطار أمس.", "3"),
])
def test_planes_in_an_article_without_drones_are_aircraft(text, value):
    (f,) = [f for f in facts_for(text) if f.kind == "number" and f.normalised == value]
    assert f.subject.startswith("n:") and "drones" not in f.subject
    # a dual plane without a drone in sight is no count at all ("قامت طائرتان ... بنقل جثماني الشهيدين")
    assert not [f for f in facts_for("قامت طائرتان من أسطول طيران الأمن بنقل جثماني الشهيدين.")
                if f.kind == "number" and "drones" in f.subject]


def test_antecedent_and_total_of_drones():
    facts = [f for f in facts_for("تم بواسطة 3 طائرات مسيرة تم إسقاط اثنتين منها فيما استهدفت الثالثة المنزل.")
             if f.kind == "number"]
    assert [(f.value, f.normalised, f.subject) for f in facts] == [
        ("3 طائرات مسيرة", "3", "drones_total"), ("اثنتين", "2", "drones_downed")]


def test_seats_have_holder_and_year():
    text = ("جاءت الكتلة الصدرية بزعامة مقتدى الصدر في صدارة الفائزين بـ73 مقعدا من أصل 329، فيما حصلت "
            "كتلة \"تقدم\" على 38 مقعدا. بينما يعد تحالف “الفتح” أبرز الخاسرين بحصوله على 16 مقعدا، "
            "بعد أن حل ثانيا برصيد 48 مقعدا في انتخابات 2018.")
    got = {(f.normalised, f.subject) for f in facts_for(text) if f.kind == "number"}
    # no year in the text: no year in the subject (alignment adds the story's year)
    assert got == {("73", "sadrist_seats"), ("329", "seats_total"), ("38", "taqaddum_seats"),
                   ("16", "fatah_seats"), ("48", "fatah_seats:2018")}


def test_seats_of_an_unknown_party_are_not_given_to_the_previous_one():
    text = "كما أظهرت النتائج حصول تحالف “الفتح” على 17 مقعدا، بينما حزب “إشراقة كانون” على 6 مقاعد."
    got = {(f.normalised, f.subject) for f in facts_for(text) if f.kind == "number"}
    assert got == {("17", "fatah_seats"), ("6", "")}


@pytest.mark.parametrize("text, value, subject", [
    ("إن أكثر من 30 شخصا لقوا حتفهم", "30..inf", "killed"),
    ("عن مصرع ما لا يقل عن 154 شخصا", "154..inf", "killed"),
    ("سقوط 70 قتيلاً ونحو 3700 جريحا", "3330..4070", "wounded"),
    ("وأصيب أكثر من 3000 في انفجار", "3000..inf", "wounded"),
    ("جماعة مسلحة واحدة على الأقل", "1..inf", ""),
    ("لم يتعدَّ الـ17 مقعداً", "17", ""),  # emphatic "only 17", not an upper bound
])
def test_bounds_and_estimates(text, value, subject):
    facts = [f for f in facts_for(text) if f.kind == "number"]
    assert any(f.normalised == value and f.subject == subject for f in facts), facts


def test_bundled_seat_facts_and_spans():
    f17 = only(facts_of("000"), kind="number", normalised="17")
    assert f17.value == "الـ17 مقعداً" and f17.subject == "fatah_seats"
    assert only(facts_of("000"), kind="number", normalised="48").subject == "fatah_seats:2018"
    assert only(facts_of("002"), kind="number", normalised="16").subject == "fatah_seats"
    assert only(facts_of("002"), kind="number", normalised="73").subject == "sadrist_seats"


@pytest.mark.parametrize("article_id", ["000", "001", "002", "003", "004"])
def test_every_span_is_exact(article_id):
    a = corpus()[article_id]
    sents = split_sentences(a.text)
    for f in facts_of(article_id):
        assert a.text[f.start:f.end] == f.value
        s = sents[f.sentence]
        assert s.start <= f.start and f.end <= s.end


def test_without_reference_year_subjects_stay_comparable():
    # "2021-11" may reach extract_facts as no reference at all: seat subjects lose the
    # year of the current election but stay equal across articles
    a = only(facts_of("000", None), kind="number", normalised="17").subject
    b = only(facts_of("002", None), kind="number", normalised="16").subject
    assert a == b == "fatah_seats"


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text, expected", [
    ("في صباح يوم الأحد 7 نوفمبر/تشرين الثاني، تعرض", "2021-11-07"),
    ("7 نوفمبر/تشرين الثاني 2021", "2021-11-07"),
    ("يوم 10 أكتوبر/تشرين الأول 2021", "2021-10-10"),
    ("جرت في 10 أكتوبر/ تشرين الأول الماضي", "2021-10-10"),
    ("في اكتوبر/تشرين الاول", "2021-10"),
    ("في شهر ديسمبر/كانون الأول عام 2017", "2017-12"),
    ("في العاشر من تشرين الأول/أكتوبر الماضي", "2021-10-10"),
    ("الأول من شهر مايو 2020", "2020-05-01"),
    ("في اوائل يناير/كانون الثاني من العام الماضي", "2020-01"),
    ("في تموز/يوليو 2020", "2020-07"),
    ("في حزيران 2016", "2016-06"),
    ("في ١٠ تشرين الأول ٢٠٢١", "2021-10-10"),
    ("في ديسمبر", "2020-12"),  # a later month than the reference: last year
    ("في ديسمبر المقبل", "2021-12"),  # ...unless said to be the next
    ("منذ العام 2003.", "2003"),
])
def test_month_forms(text, expected):
    found = find_dates(normalise_text(text), REF)
    assert [d.normalised for d in found] == [expected]


@pytest.mark.parametrize("text", ["تظاهرات تشرين", "الأب", "مارس الضغط", "آب الماضي"])
def test_ambiguous_month_words_need_context(text):
    assert find_dates(normalise_text(text), REF) == []


@pytest.mark.parametrize("text, normalised, resolved", [
    ("والأحد أعلن", "weekday:6", "2021-11-07"),
    ("الثلاثاء", "weekday:1", "2021-11-09"),
    ("مساء الاثنين", "weekday:0", "2021-11-08"),
    ("الجمعة الماضية", "weekday:4:past", "2021-11-05"),
    ("بعد يوم على محاولة اغتيال", "rel:event:+1d", "2021-11-08"),
    ("بعد يومين من محاولة", "rel:event:+2d", "2021-11-09"),
    ("غداة نجاته", "rel:event:+1d", "2021-11-08"),
    ("في مساء نفس اليوم", "rel:previous:+0d", "2021-11-07"),
    ("الأسبوع الماضي", "rel:report:-1w", "2021-W43"),
    ("قبل نحو أسبوع", "rel:report:-7d~", "2021-10-25~"),
])
def test_weekday_and_relative_resolution(text, normalised, resolved):
    found = find_dates(normalise_text(text), REF)
    assert [d.normalised for d in found] == [normalised]
    assert resolve_time(normalised, EVENT, REF) == resolved


def test_relative_time_not_about_the_event_stays_unresolved():
    # "the day after Biden's condemnation" is not anchored to the attack
    found = find_dates(normalise_text("ويأتي العرض غداة تنديد الرئيس الأميركي"), REF)
    assert [d.normalised for d in found] == ["rel:other:+1d"]
    assert resolve_time("rel:other:+1d", EVENT, REF) == "rel:other:+1d"


def test_time_of_day_is_kept():
    (d,) = find_dates(normalise_text("مساء الاثنين"), REF)
    assert d.time_of_day == "evening"


@pytest.mark.parametrize("a, b, ok", [
    ("2021-10", "2021-10-10", True), ("2021-10-10", "2021-10-11", False), ("2021", "2021-10-10", True),
    ("*-11-07", "2021-11-07", True), ("2021-10-25~", "2021-10-27", True), ("2021-10-25~", "2021-11-07", False),
    ("weekday:1", "2021-11-09", None),
])
def test_dates_compatible(a, b, ok):
    assert dates_compatible(a, b) is ok


@pytest.mark.parametrize("published, expected", [
    ("2021-11", date(2021, 11, 1)), ("2020-06-29", date(2020, 6, 29)), ("2021", date(2021, 1, 1)), ("", None),
    ("nonsense", None)])
def test_parse_published(published, expected):
    assert parse_published(published) == expected


def test_arrival_subjects_and_report_times():
    f000 = only(facts_of("000"), subject="qaani_arrival")
    assert (f000.value, f000.normalised) == ("في مساء نفس اليوم", "2021-11-07")  # resolved in-article
    f002 = only(facts_of("002"), subject="qaani_arrival")
    assert (f002.value, f002.normalised) == ("بعد يوم", "rel:event:+1d")
    assert {f.value for f in facts_of("004") if f.subject == "qaani_arrival"} == {"الثلاثاء", "غداة"}
    # "ذكرت وسائل اعلام محلية الاثنين": when it was reported, not when he arrived
    monday = only(facts_of("002"), value="الاثنين")
    assert monday.kind == "time" and monday.subject == ""
    assert only(facts_of("004"), value="مساء الاثنين").subject == ""


def test_event_and_election_dates():
    assert only(facts_of("000"), subject="event_date").normalised == "2021-11-07"
    assert {f.normalised for f in facts_of("002") if f.subject == "election_date"} == {"2021-10", "2021-10-10"}
    # bare years only index ("انتخابات 2018"): extracted, never given a subject
    assert all(f.subject == "" for f in facts_of("002") if f.kind == "date" and len(f.normalised) == 4)


# --------------------------------------------------------------------------- entities and claims

@pytest.mark.parametrize("name, entity", [
    ("قاآني", "qaani"), ("قآني", "qaani"), ("إسماعيل قاآني", "qaani"), ("وقاآني", "qaani"), ("بقآني", "qaani"),
    ("الكاظمي", "kadhimi"), ("مصطفى الكاظمي", "kadhimi"), ("خامنئي", "khamenei"),
    ("كتائب حزب الله", "kataib_hezbollah"), ("«كتائب حزب الله ـــ العراق»", "kataib_hezbollah"),
    ("تحالف فتح", "fatah"), ("تحالف الفتح", "fatah"), ("تحالف “الفتح”", "fatah"),
    ("رويترز", "reuters"), ("لـ”رويترز”", "reuters"), ("فيلق القدس", "quds_force"), ("فليق القدس", "quds_force"),
    ("قوة القدس", "quds_force"), ("الكتلة الصدرية", "sadrist"), ("كتلة \"تقدم\"", "taqaddum"),
])
def test_gazetteer_spelling_variants(name, entity):
    assert canonical_entity(name) == entity


@pytest.mark.parametrize("text", ["الفتح المبين", "تقدم الجيش", "قانون الدولة", "الصدرية"])
def test_gazetteer_needs_the_full_name(text):
    assert canonical_entity(text) is None


def test_entities_in_bundled_articles():
    ids = {f.normalised for f in facts_of("003") if f.kind == "entity"}
    assert {"qaani", "kadhimi", "kataib_hezbollah", "khamenei"} <= ids
    # two spellings of one man: 003 writes قآني, 000 writes قاآني
    assert {f.value.split()[-1] for f in facts_of("003") if f.normalised == "qaani"} == {"قآني"}
    assert {f.value.split()[-1] for f in facts_of("000") if f.normalised == "qaani"} == {"قاآني"}


@pytest.mark.parametrize("article_id, subject, value", [
    ("000", "responsibility_claimed", "no"), ("002", "responsibility_claimed", "no"),
    ("001", "perpetrator", "iran_backed_group"), ("004", "perpetrator", "iran_backed_group"),
    ("004", "perpetrator", "asaib+kataib_hezbollah"), ("001", "drones_origin", "iran"),
    ("004", "drones_origin", "iran"),
])
def test_claims(article_id, subject, value):
    assert any(f.kind == "claim" and f.subject == subject and f.normalised == value for f in facts_of(article_id))


@pytest.mark.parametrize("a, b, ok", [
    ("iran_backed_group", "kataib_hezbollah", True), ("asaib+kataib_hezbollah", "kataib_hezbollah", True),
    ("asaib+kataib_hezbollah", "iran_backed_group", True), ("no", "yes", False), ("isis", "iran_backed_group", False),
])
def test_claims_compatible(a, b, ok):
    assert claims_compatible(a, b) is ok


def test_empty_text():
    assert extract_facts("", ()) == ()


@pytest.mark.parametrize("text, expected", [
    ("مائة وثمانية وأربعون", "148"),
    ("ومائتان وخمسة وثلاثون", "235"),
    ("ثلاثمائة وواحد وثلاثون", "331"),
    ("ألفان وخمسمائة", "2500"),
    ("ألفان", "2000"),
    ("ثلاثة آلاف ومائتان", "3200"),
    ("خمسة وعشرون ألفا", "25000"),
    ("مليون وخمسمائة ألف", "1500000"),
    ("بضعة", "3..9"),
    ("عشرات", "20..99"),
    ("عشرات الآلاف", "20000..99000"),
])
def test_compound_number_words(text, expected):
    assert number_value(text) == expected


def test_number_word_lists_are_not_summed():
    assert [n.normalised for n in find_numbers(normalise_text("ثلاثة وأربعة وخمسة"))] == ["3", "4", "5"]


def test_ordinal_teens_are_one_ordinal():
    nums = find_numbers(normalise_text("في الحادي عشر من الشهر"))
    assert [(n.kind, n.normalised) for n in nums] == [("ordinal", "11")]


@pytest.mark.parametrize("text, claimed", [
    ("وأوضحت المصادر أن الطائرات المسيرة والمتفجرات المستخدمة في الهجوم إيرانية الصنع.", True),
    ("بعد محاولة طائرات “إيرانية الصنع” استهدفت منزله.", True),
    # Iranian-made things that are no drones: no claim about the drones' origin
    ("ويبلغ سعر سلاح القنص الإيراني الصنع ما يعادل ألفي دولار.", False),
    ("ولم يستبعد المصدر أن تكون الأجهزة المضبوطة إيرانية الصنع.", False),
])
def test_the_drones_origin_claim_needs_drones(text, claimed):
    got = [f for f in facts_for(text) if f.kind == "claim" and f.subject == "drones_origin"]
    assert bool(got) == claimed
    for f in got:  # the claim's own words, not the drone words before them
        assert f.value.strip("“”\" ") in ("إيرانية الصنع",)


@pytest.mark.parametrize("text, expected", [
    # where the event happened, as a direction from a town, after an event word
    ("لقي 21 شخصا مصرعهم بعدما اصطدم مركب رحلات بصندل نهري في النيل بشمال القاهرة.", [("dir:N", "قاهره")]),
    ("بعد ثلاثة أيام من الحادث الذي وقع في منطقة الوراق بمحافظة الجيزة جنوب القاهرة.", [("dir:S", "قاهره")]),
    ("حادث غرق قارب بجزيرة الوراق التابعة لمحافظة الجيزة «جنوب القاهرة».", [("dir:S", "قاهره")]),
    # no event word before it: a direction of background
    ("يقع المطار الجديد شمال القاهرة.", []),
    # a governorate's name, no direction from a town
    ("قتل 5 جنود في هجوم في شمال سيناء.", []),
    # a distance before it: a reference point for the place named before it
    ("مقتل 33 مسلحا بانفجار سيارة مفخخة في قضاء البعاج 510 كم شمال غرب بغداد.", []),
    # two sides of the town: two places
    ("مقتل 23 شخصا في تفجيرين استهدفا منطقتين في شرق بغداد وجنوبها.", []),
])
def test_the_direction_of_the_event_from_a_town(text, expected):
    got = [(f.normalised, f.subject.split(":", 1)[1]) for f in facts_for(text)
           if f.kind == "claim" and f.subject.startswith("event_direction:")]
    assert got == expected


@pytest.mark.parametrize("a, b, ok", [
    ("dir:N", "dir:S", False), ("dir:E", "dir:W", False), ("dir:NW", "dir:S", False),
    ("dir:N", "dir:NW", True), ("dir:N", "dir:W", True), ("dir:N", "dir:N", True),
])
def test_directions_from_one_town_disagree_only_when_opposite(a, b, ok):
    assert claims_compatible(a, b) is ok


@pytest.mark.parametrize("text, expected", [
    # the ocean the event happened in, after an event word
    ("قال إن حطام الطائرة الذي عثر عليه في جزيرة لاريونيون الفرنسية في المحيط الهادئ يعود إلى طائرة بوينغ.",
     ["ocean:pacific"]),
    ("إن حطام طائرة جرفته الأمواج على جزيرة لا ريونيون في المحيط الهندي هو على الأرجح من طائرة بوينغ.",
     ["ocean:indian"]),
    # no event word before it: the search, the place it was lost
    ("وتنسق أستراليا عمليات البحث الدولية في المحيط الهندي.", []),
    ("واختفت الطائرة الماليزية فوق المحيط الهندي في أثناء رحلتها إلى بكين.", []),
])
def test_the_ocean_of_the_event(text, expected):
    assert [f.normalised for f in facts_for(text) if f.kind == "claim" and f.subject == "event_ocean"] == expected
