"""Cross-outlet alignment on the bundled story: the required examples, relays, no false pairs."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

import pytest

from analysis.facts.alignment import align_story, group_values, sentence_vias, story_event_date, values_compatible
from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_article
from analysis.records import Attribution, SourceClass

STORY = ("000", "001", "002", "004")


@lru_cache(maxsize=None)
def analyses():
    by_id = {a.id: a for a in load_corpus(DATA_DIR / "corpus")}
    return tuple(replace(analyze_article(by_id[i]), story="story-1") for i in STORY)


@lru_cache(maxsize=None)
def aligned():
    return align_story("story-1", analyses())


def comparison_with(*pairs):
    """The comparison holding items (article id, value) for every pair given."""
    comps, _ = aligned()
    found = [c for c in comps if all(any(it.article_id == a and it.value == v for it in c.items) for a, v in pairs)]
    assert len(found) == 1, (pairs, [c.subject for c in found])
    return found[0]


def item(comp, article_id, value):
    return next(it for it in comp.items if it.article_id == article_id and it.value == value)


def status_of(article_id, value):
    _, statuses = aligned()
    an = next(a for a in analyses() if a.article.id == article_id)
    idx = [i for i, f in enumerate(an.facts) if f.value == value and f.subject]
    found = {s.status for s in statuses if s.article_id == article_id and s.fact_index in idx}
    assert len(found) == 1, (article_id, value, found)
    return found.pop()


def test_story_event_date():
    assert story_event_date(analyses()) == date(2021, 11, 7)


def test_drone_count_agrees_across_all_four_outlets():
    c = comparison_with(("000", "ثلاث طائرات"), ("001", "ثلاث طائرات مسيّرة"), ("002", "3 طائرات مسيرة"),
                        ("004", "المسيّرات الثلاث"))
    assert c.status == "agree" and not c.relayed_only
    assert {it.normalised for it in c.items} == {"3"} and {it.group for it in c.items} == {0}
    assert status_of("004", "المسيّرات الثلاث") == "corroborated"


def test_fatah_2021_seats_conflict_and_2018_seats_agree():
    c = comparison_with(("000", "الـ17 مقعداً"), ("002", "16 مقعدا"))
    assert c.status == "conflict" and c.subject == "fatah_seats:2021"  # the story's year, added at alignment
    assert item(c, "000", "الـ17 مقعداً").group != item(c, "002", "16 مقعدا").group
    assert status_of("000", "الـ17 مقعداً") == status_of("002", "16 مقعدا") == "contradicted"
    c18 = comparison_with(("000", "48 مقعداً"), ("002", "48 مقعدا"))
    assert c18.status == "agree" and c18.subject != c.subject


def test_conflict_items_carry_both_sentences():
    c = comparison_with(("000", "الـ17 مقعداً"), ("002", "16 مقعدا"))
    texts = {a.article.id: a.article.text for a in analyses()}
    for it in c.items:
        assert texts[it.article_id][it.start:it.end] == it.value
        assert it.sentence_start <= it.start < it.end <= it.sentence_end
        assert "مقعد" in texts[it.article_id][it.sentence_start:it.sentence_end]


def test_qaani_arrival_day_conflicts():
    c = comparison_with(("000", "في مساء نفس اليوم"), ("002", "بعد يوم"), ("004", "الثلاثاء"))
    assert c.status == "conflict"
    resolved = {(it.article_id, it.value): it.normalised for it in c.items}
    assert resolved == {("000", "في مساء نفس اليوم"): "2021-11-07", ("002", "بعد يوم"): "2021-11-08",
                        ("004", "الثلاثاء"): "2021-11-09", ("004", "غداة"): "2021-11-08"}
    g = {k: item(c, *k).group for k in resolved}
    assert g[("002", "بعد يوم")] == g[("004", "غداة")]  # "a day after" and "the day after" agree
    assert len({g[("000", "في مساء نفس اليوم")], g[("002", "بعد يوم")], g[("004", "الثلاثاء")]}) == 3
    assert status_of("000", "في مساء نفس اليوم") == "contradicted"


def test_different_subjects_are_never_paired():
    comps, _ = aligned()
    for c in comps:
        values = {(it.article_id, it.value) for it in c.items}
        assert not ({("002", "بـ73 مقعدا"), ("002", "16 مقعدا")} <= values)
        assert ("002", "بـ73 مقعدا") not in values  # only 002 gives the Sadrist seats
        assert ("004", "3 شخصيات") not in values  # three identified people are not three drones
        assert len({it.article_id for it in c.items}) >= 2
    subjects = [c.subject for c in comps]
    assert len(subjects) == len(set(subjects))


def test_reuters_relay_is_not_corroboration():
    c = comparison_with(("001", "الطائرات المسيرة التي استهدفت منزل الكاظمي هي إيرانية"), ("004", "إيرانية الصنع"))
    assert c.status == "agree" and c.relayed_only and c.relayed_via == "رويترز"
    assert status_of("004", "إيرانية الصنع") == "single-source"


def test_independent_reports_are_corroboration():
    c = comparison_with(("000", "لم تعلن أي جهة مسؤوليتها"), ("002", "لم تعلن اي جهة مسؤوليتها"))
    assert c.status == "agree" and not c.relayed_only
    assert status_of("000", "لم تعلن أي جهة مسؤوليتها") == "corroborated"


def _attribution(sentence: int, via: str, source: str = "مصادر") -> Attribution:
    return Attribution(0, 1, "قالت", 0, 1, source, 0, 1, SourceClass.ANONYMOUS, sentence, 0, via=via)


def _origin_analyses(via_001: str, via_004: str):
    """001 and 004 with agency names removed from the facts, so only attributions say who relays."""
    out = []
    for an in analyses():
        if an.article.id not in ("001", "004"):
            continue
        facts = tuple(f for f in an.facts if f.subject != "entity:agency")
        sents = {f.sentence for f in facts if f.subject == "drones_origin"}
        via = via_001 if an.article.id == "001" else via_004
        atts = tuple(_attribution(s, via) for s in sorted(sents)) if via else ()
        out.append(replace(an, facts=facts, attributions=atts))
    return out


@pytest.mark.parametrize("via_001, via_004, relayed, status", [
    ("رويترز", "رويترز", True, "single-source"),
    ("وكالة رويترز", "رويترز", True, "single-source"),  # one agency, two spellings
    ("رويترز", "فرانس برس", False, "corroborated"),
    ("", "", False, "corroborated"),
])
def test_relays_from_attribution_records(via_001, via_004, relayed, status):
    ans = _origin_analyses(via_001, via_004)
    comps, statuses = align_story("s", ans)
    (c,) = [c for c in comps if c.subject == "drones_origin"]
    assert c.relayed_only is relayed
    assert (c.relayed_via == "رويترز") is relayed
    an004 = ans[1]
    idx = next(i for i, f in enumerate(an004.facts) if f.subject == "drones_origin")
    assert next(s.status for s in statuses if s.article_id == "004" and s.fact_index == idx) == status


def test_own_outlet_is_not_a_relay():
    an = analyses()[1]  # 001, Daraj: "مصادر عراقية لـ”درج”" is Daraj's own reporting
    an = replace(an, facts=tuple(f for f in an.facts if f.subject != "entity:agency"),
                 attributions=(_attribution(9, "درج"),))
    assert sentence_vias(an) == {}


def test_without_event_date_relative_times_are_not_compared():
    ans = [replace(a, facts=tuple(f for f in a.facts if f.subject != "event_date" and f.kind != "date"))
           for a in analyses()]
    assert story_event_date(ans) is None
    comps, _ = align_story("s", ans)
    # 000's "same evening" was resolved inside the article (against its 7 November) before the
    # dates were dropped; "a day after", "Tuesday", "the day after" cannot be placed without the
    # event date, so they are left out rather than guessed
    qaani = [c for c in comps if c.subject == "qaani_arrival"]
    assert qaani == []
    values = {f.normalised for a in ans for f in a.facts if f.subject == "qaani_arrival"}
    assert "rel:event:+1d" in values and "weekday:1" in values


def test_single_outlet_story_has_no_comparisons():
    comps, statuses = align_story("s", analyses()[:1])
    assert comps == () and {s.status for s in statuses} == {"single-source"}


@pytest.mark.parametrize("kind, a, b, ok", [
    ("number", "3", "3", True), ("number", "17", "16", False), ("number", "10..99", "32", True),
    ("number", "10..99", "5", False), ("date", "2021-10", "2021-10-10", True), ("time", "2021-11-07", "2021-11-08", False),
    ("claim", "iran_backed_group", "kataib_hezbollah", True),
])
def test_values_compatible(kind, a, b, ok):
    assert values_compatible(kind, a, b) is ok


def test_group_values_majority_first():
    groups = group_values("number", ["3", "3", "2", "3"])
    assert groups == {"3": 0, "2": 1}
    assert group_values("date", ["2021-10-10", "2021-10", "2021-10-11"])["2021-10"] == 0


def _mini_story(*texts):
    return _dated_story([("2020-08-05", t) for t in texts])


def _dated_story(texts):
    """(published, text) pairs as one story "m", one outlet each ("outlet 0", "outlet 1", ...)."""
    from analysis.io.corpus import make_article
    arts = [make_article(id=f"m{i}", outlet=f"outlet {i}", raw_text=t, published=d) for i, (d, t) in enumerate(texts)]
    return [replace(analyze_article(a), story="m") for a in arts]


def test_ranges_agree_pairwise_not_transitively():
    ans = _mini_story("وأصيب أكثر من 3000 في الانفجار.", "وسقط نحو 3700 جريح في الانفجار.",
                      "وأسفر الانفجار عن أكثر من 5 آلاف جريح.")
    comps, statuses = align_story("m", ans)
    (c,) = [c for c in comps if c.subject == "wounded"]
    assert c.status == "conflict"  # ~3700 vs more than 5000
    by_article = {s.article_id: s.status for s in statuses if ans[int(s.article_id[1])].facts[s.fact_index].subject == "wounded"}
    assert by_article == {"m0": "corroborated", "m1": "contradicted", "m2": "contradicted"}
    from analysis.facts.alignment import items_agree
    i0, i1, i2 = sorted(c.items, key=lambda it: it.article_id)
    assert items_agree(c, i0, i1) and items_agree(c, i0, i2) and not items_agree(c, i1, i2)


def _killed_subject(ans):
    comps, _ = align_story("m", ans)
    return next(c for c in comps if c.subject == "killed")


def test_one_article_naming_a_sub_count_does_not_silence_a_toll_dispute():
    # two outlets give 7 dead, two give 9; one article gives 9 and, later, "the 7 dead" whose
    # papers were done: that article's two figures do not make the 7-vs-9 outlets incomparable
    seven, nine = "لقي 7 أشخاص مصرعهم في الحادث.", "لقي 9 أشخاص مصرعهم في الحادث."
    both = "لقي 9 أشخاص مصرعهم في الحادث. وأنهت السفارة إجراءات 7 متوفين في الحادث."
    c = _killed_subject(_mini_story(seven, seven, nine, nine, both))
    values = {(c.items[p.a].normalised, c.items[p.b].normalised) for p in c.pairs if p.kind == "conflict"}
    assert ("7", "9") in values or ("9", "7") in values
    # the article giving both is set against nobody (it is ambiguous on the toll)
    both_items = {i for i, it in enumerate(c.items) if it.article_id == "m4"}
    assert not any(p.a in both_items or p.b in both_items for p in c.pairs)


def test_a_sub_count_next_to_a_total_still_abstains_when_the_rival_is_not_widely_given():
    # 7 given alone by one outlet only: one article giving both keeps the pair uncompared
    seven, nine = "لقي 7 أشخاص مصرعهم في الحادث.", "لقي 9 أشخاص مصرعهم في الحادث."
    both = "لقي 9 أشخاص مصرعهم في الحادث. وأنهت السفارة إجراءات 7 متوفين في الحادث."
    c = _killed_subject(_mini_story(seven, nine, nine, both))
    assert not c.pairs
    assert any(p.kind == "co-reported" for p in c.abstained)


def test_a_day_dating_the_event_does_not_date_its_toll():
    # Wednesday's paper: "the bombing that struck on Monday and killed 32" is Wednesday's toll of
    # Monday's bombing, so it is no rival of Monday's 27 (a toll that rose), while "the toll rose
    # to 30 on Monday" is Monday's figure
    texts = [("2020-08-03", "وأسفر التفجير عن مقتل 27 شخصا."),
             ("2020-08-03", "وأسفر التفجير عن مقتل 27 شخصا في البلدة."),
             ("2020-08-05", "وكانت البلدة قد شهدت تفجيرا الإثنين أسفر عن مقتل 32 شخصا."),
             ("2020-08-05", "وقال المسؤول إن التفجير أسفر عن مقتل 32 شخصا.")]
    ans = _dated_story(texts)
    (c,) = [c for c in align_story("m", ans)[0] if c.subject == "killed"]
    dated = {it.article_id: it.as_of for it in c.items}
    assert dated["m2"] == "2020-08-05"  # not Monday the 3rd
    assert not c.pairs and c.updated  # 27 on Monday, 32 on Wednesday: an update, no conflict
    fact = next(f for f in ans[2].facts if f.measure == "killed")
    assert fact.as_of == "2020-08-03"  # the sentence's day, as extraction reads it


def test_a_unit_slip_is_a_conflict_even_a_day_later_and_said_as_a_rise():
    # "6.17 million" one day, "6.17 billion ..., up 57%" the next: one profit figure with a wrong
    # unit word, not a rise overnight (and the slip is evidence enough with one outlet on each side)
    texts = [("2020-07-26", "وقالت الشركة إن صافي أرباح الربع الثاني بلغ 6.17 مليون ريال."),
             ("2020-07-27", "وقالت الشركة إن صافي أرباح الربع الثاني بلغ 6.17 مليار ريال بارتفاع كبير.")]
    ans = _dated_story(texts)
    comps = [c for c in align_story("m", ans)[0] if c.subject.startswith("amount:")]
    assert [(c.items[p.a].normalised, c.items[p.b].normalised, p.kind) for c in comps for p in c.pairs] == [
        ("6170000", "6170000000", "conflict")]


def test_a_unit_slip_links_before_a_word_shared_with_a_third_figure():
    # the slipped "1,949 thousand" shares only a word with another outlet's unrelated figure; the
    # same measure and period with the same digits a thousand times apart joins it to the figure
    # it misprints (average linkage would otherwise keep it out once it sat with the third)
    from types import SimpleNamespace

    from analysis.facts.alignment import _context_clusters
    slipped, right, right2, other = (SimpleNamespace(analysis=i, value=v) for i, v in
                                     enumerate(("1949000", "1949000000", "1949000000", "5000000000")))
    contexts = {id(slipped): {"ربع": 1.0, "قيمته": 1.0}, id(right): {"ربع": 1.0, "تشغيليه": 1.0, "ارباح": 1.0},
                id(right2): {"ربع": 1.0, "تشغيليه": 1.0, "ارباح": 1.0}, id(other): {"قيمته": 1.0, "صفقه": 0.5}}
    weight = {"ربع": 0.2, "قيمته": 2.0, "تشغيليه": 1.5, "ارباح": 1.0, "صفقه": 2.0}
    tags = {id(slipped): ("profit", "q2"), id(right): ("profit", "q2"), id(right2): ("profit", "q2"),
            id(other): ("", "")}
    clusters = _context_clusters([slipped, right, right2, other], contexts, weight, 0.4, tags)
    assert sorted(sorted(x.value for x in c) for c in clusters) == [
        ["1949000", "1949000000", "1949000000"], ["5000000000"]]


def test_a_count_of_things_is_a_running_count_not_one_figure_of_a_few_days():
    # a medal tally: "15 medals on day five, three new golds among them" one day, "23 medals at the
    # close" the next. An amount matched by its context (a length, a cost, a forecast) is one figure
    # for a couple of days; a count of people or things is not (medals, ships through a canal, aid
    # trucks): its days are moments of it, told or not that it rose
    day5 = "حقق لاعبو المنتخب في الدورة العالمية 15 ميدالية في اليوم الخامس، منها ثلاث ذهبيات جديدة."
    close = "حقق لاعبو المنتخب في الدورة العالمية 23 ميدالية بانتهاء المنافسات."
    plain = day5.replace("، منها ثلاث ذهبيات جديدة", "")
    for first in (day5, plain):
        texts = [("2020-08-01", first), ("2020-08-01", first), ("2020-08-02", close), ("2020-08-02", close)]
        ans = _dated_story(texts)
        (c,) = [c for c in align_story("m", ans)[0] if {it.normalised for it in c.items} == {"15", "23"}]
        assert not c.pairs and c.status == "update"


def test_an_amount_said_to_rise_is_a_running_figure():
    # a cost printed two days apart is one figure (a conflict when it differs) unless a reading of it
    # says it moves ("ارتفعت ... إلى")
    first = "وبلغت تكلفة مشروع توسعة الميناء الجديد 40 مليون دولار."
    rose = "وارتفعت تكلفة مشروع توسعة الميناء الجديد إلى 46 مليون دولار."
    said = "وبلغت تكلفة مشروع توسعة الميناء الجديد 46 مليون دولار."
    for later, status in ((rose, "update"), (said, "conflict")):
        texts = [("2020-08-01", first), ("2020-08-01", first), ("2020-08-02", later), ("2020-08-02", later)]
        ans = _dated_story(texts)
        (c,) = [c for c in align_story("m", ans)[0] if c.subject.startswith("amount:")]
        assert c.status == status, later


def test_the_first_planes_load_is_no_rival_of_the_second_and_thirds():
    # "the first plane carries 20 tonnes" and "the second and third planes carry more than 22 tonnes": two
    # instances of a series, two quantities (an airlift's flights, an aid convoy's batches, a year's quarters)
    from analysis.facts.alignment import instance_ordinals
    from analysis.facts.rules import scope_rules
    first = "ووصلت أمس أول طائرة إغاثة إلى مطار المدينة حيث تحمل هذه الطائرة 20 طنا من المواد الغذائية."
    later = "ووصلت الطائرة السعودية الإغاثية الثانية والثالثة إلى مطار المدينة تحملان أكثر من 22 طنا من المواد الغذائية."
    texts = [("2020-08-01", first), ("2020-08-01", first), ("2020-08-02", later), ("2020-08-02", later)]
    ans = _dated_story(texts)
    sc = scope_rules("ar")
    f0 = next(f for f in ans[0].facts if f.normalised == "20")
    f2 = next(f for f in ans[2].facts if f.normalised.startswith("22"))
    from analysis.facts.rules import counted_stem
    from analysis.text.textnorm import normalise_text
    plane = counted_stem(normalise_text("طائرة"), sc)
    assert instance_ordinals(ans[0], f0, sc)[plane] == {1}
    assert instance_ordinals(ans[2], f2, sc)[plane] == {2, 3}
    pairs = [p for c in align_story("m", ans)[0] for p in c.pairs if p.kind == "conflict"]
    assert not pairs


def test_a_rank_a_thing_moved_from_is_not_its_rank_now():
    # "fell from second to fifth place with 11.4 million" is this week's sales at fifth; another paper's "took second
    # place this week with 18 million" is the week before's: the ranks tell the two weeks apart
    from analysis.facts.alignment import instance_ordinals
    from analysis.facts.rules import counted_stem, scope_rules
    from analysis.text.textnorm import normalise_text
    moved = "ونزل فيلم المغامرات جوراسيك وورلد من المركز الثاني إلى الخامس مسجلا مبيعات قدرها 11.4 مليون دولار."
    held = "وتراجع فيلم المغامرات جوراسيك وورلد عن الصدارة ليحتل المركز الثاني بمبيعات تجاوزت 18 مليون دولار."
    grades = "ويضم البرنامج طلاب المدارس من الصف الأول إلى الثالث بتكلفة 18 مليون دولار."
    ans = _dated_story([("2020-08-01", moved), ("2020-08-01", held), ("2020-08-01", grades)])
    sc = scope_rules("ar")
    place, grade = counted_stem(normalise_text("مركز"), sc), counted_stem(normalise_text("صف"), sc)
    f0, f1, f2 = (next(f for f in an.facts if f.measure.startswith("amount:")) for an in ans)
    assert instance_ordinals(ans[0], f0, sc)[place] == {5}
    assert instance_ordinals(ans[1], f1, sc)[place] == {2}
    # with no verb of moving, "from the first grade to the third" is a range: both hold
    assert instance_ordinals(ans[2], f2, sc)[grade] == {1, 3}


def test_a_dot_is_a_decimal_in_an_article_that_writes_thousands_with_a_comma():
    # "1.949 مليون" is a decimal point (1.949 million) in an article that writes "3,850 مليون" and "2.5": set
    # against another outlet's "1,949 مليون" (an article writing its decimals with a dot: the comma is a
    # thousands separator) it is a unit slip, not two readings of one ambiguous separator.  Alone (nothing
    # else in the article settles what its dot is) it is still left uncompared
    dot = ("وسجلت الشركة أرباحا تشغيلية في الربع الثاني قيمتها 1.949 مليون ريال بزيادة 2.5 في المائة. "
           "كما بلغت أرباحها التشغيلية في النصف الأول 3,850 مليون ريال.")
    comma = "وسجلت الشركة في الربع الثاني أرباحا تشغيلية بلغت 1,949 مليون ريال بزيادة 2.5% عن الربع المماثل."
    unsettled = "وسجلت الشركة أرباحا تشغيلية في الربع الثاني قيمتها 1.949 مليون ريال."
    for first, expected in ((dot, [("1949000", "1949000000", "conflict")]), (unsettled, [])):
        ans = _dated_story([("2020-08-03", first), ("2020-08-03", comma), ("2020-08-03", comma)])
        comps = [c for c in align_story("m", ans)[0] if c.subject.startswith("amount:")]
        pairs = {(c.items[p.a].normalised, c.items[p.b].normalised, p.kind) for c in comps for p in c.pairs}
        assert sorted(pairs) == expected, first


def test_a_separator_is_settled_by_the_article_that_writes_it():
    from analysis.facts.numbers import separator_settled
    text = "بلغت 1.949 مليون ريال بزيادة 2.5% و3,850 مليون ريال"
    assert separator_settled("1.949 مليون", text) and separator_settled("3,850 مليون", text)
    assert not separator_settled("1.949 مليون", "بلغت 1.949 مليون ريال بزيادة 2.5%")  # no comma of thousands
    assert separator_settled("1,949 مليون", "بلغت 1,949 مليون ريال بزيادة 2.5%")  # dot decimals: a comma of thousands
    assert not separator_settled("66.000 طن", "نقل 66.000 طن و1.234.567 ريال و3,850 ريال بنسبة 2.5%")  # dot thousands
    assert not separator_settled("000ر22", "بلغت 000ر22 و3,850 بنسبة 2.5%")  # the ra form stays uncertain


def test_each_article_s_only_fee_is_one_quantity_along_a_chain_of_shared_words():
    # four outlets' only figure in euros: the first two share «مصادر», the second and third «مبلغ», the third
    # and fourth «لمدة»; average linkage kept {first, second} and {third, fourth} apart (their cross pairs share
    # nothing), and the fee, 3 million against 4, was never compared.  In a story named as one, sole amounts with
    # a unit (not percentages, not counts) linked by a chain of shared words are one quantity
    texts = [("2015-07-31", "وتكتمت الإدارة على قيمة الصفقة، إذ تشير مصادر الصحيفة إلى أنها بلغت ثلاثة ملايين يورو."),
             ("2015-08-01", "وبحسب المصادر، كلف اللاعب خزينة النادي مبلغ 4 ملايين يورو شاملة الرواتب."),
             ("2015-07-31", "توصلت الإدارة إلى اتفاق نهائي يكون اللاعب فيه أهلاويا لمدة موسمين بمبلغ 4 ملايين يورو."),
             ("2015-07-31", "اللاعب الذي يلعب لجنوى لمدة عامين بصفقة قدرها أربعة ملايين يورو بتوصية من المدرب.")]
    ans = _dated_story(texts)
    comps = [c for c in align_story("m", ans)[0] if c.subject.startswith("amount:")]
    pairs = {(c.items[p.a].normalised, c.items[p.b].normalised, p.kind) for c in comps for p in c.pairs}
    assert pairs == {("3000000", "4000000", "conflict")}
    # not in a story grouped out of an archive (rare words given): a week's transfers are many fees
    comps = [c for c in align_story("m", ans, rare_words=frozenset())[0] if c.subject.startswith("amount:")]
    assert not any(p.kind == "conflict" for c in comps for p in c.pairs)
