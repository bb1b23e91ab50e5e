"""Copies of one text that differ in one figure (analysis.facts.variants, alignment._same_text_comparisons):
compared as one quantity whatever it measures, and only when the words around the figure are the same."""
from dataclasses import replace

from analysis.facts.alignment import align_story
from analysis.facts.consistency import outlet_consistency
from analysis.facts.variants import printed_digits, same_text_groups
from analysis.io.corpus import make_article
from analysis.pipeline import analyze_article
from analysis.records import Fact

# an announcement as several outlets printed it (no rule knows whose age this is: "age of an unclear person")
LEAD = ("وأوضح المتحدث باسم الإدارة أن التسجيل في البرنامج يبدأ الأسبوع المقبل عبر الموقع الإلكتروني ويستمر حتى "
        "نهاية الشهر الجاري. ")
AGE_LIMIT = ("وأوضحت الإدارة في إعلانها أن من شروط القبول في البرنامج التدريبي أن يكون المتقدم حاصلا على الشهادة "
             "الثانوية وألا يزيد عمره عن {n} عاما وأن يجتاز المقابلة الشخصية بنجاح قبل نهاية الشهر.")


def _story(*specs):
    """(outlet, published, text) -> analyses of one story."""
    arts = [make_article(id=f"s{i}", outlet=o, raw_text=t, published=p) for i, (o, p, t) in enumerate(specs)]
    return [replace(analyze_article(a), story="s") for a in arts]


def _same_text(ans):
    comps, statuses = align_story("s", ans)
    return [c for c in comps if c.subject.startswith("same_text:")], statuses


def test_a_figure_two_copies_of_one_text_print_differently_is_a_conflict():
    ans = _story(("a", "2015-08-02", AGE_LIMIT.format(n="25")), ("b", "2015-08-02", AGE_LIMIT.format(n="25")),
                 ("c", "2015-08-02", AGE_LIMIT.format(n="25")), ("d", "2015-08-03", AGE_LIMIT.format(n="55")))
    (c,), statuses = _same_text(ans)
    assert c.status == "conflict" and {f.note for a in ans for f in a.facts} == {"age of an unclear person"}
    assert sorted(tuple(sorted((c.items[p.a].outlet, c.items[p.b].outlet))) for p in c.pairs) == [
        ("a", "d"), ("b", "d"), ("c", "d")]
    # the lone copy is the one contradicted; the figure three outlets print is corroborated
    by_article = {st.article_id: st.status for st in statuses}
    assert by_article["s3"] == "contradicted" and by_article["s0"] == "corroborated"
    scores = outlet_consistency(ans, *align_story("s", ans))
    assert scores["d"].conflict == 1 and scores["a"].conflict == 0


def test_an_order_of_magnitude_apart_in_one_text_is_a_misprint_not_two_quantities():
    text = ("وفي مجال القروض العقارية كشف التقرير السنوي للمؤسسة أن القروض الممنوحة للأفراد سجلت ارتفاعا بنسبة 34% "
            "وبلغت 94.2 مليار ريال مقارنة بارتفاع {p} في نهاية العام السابق وبلغ إجمالي القروض الأخرى مستوى جديدا.")
    ans = _story(("a", "2015-07-25", text.format(p="3.31 %")), ("b", "2015-07-25", text.format(p="31,3%")),
                 ("c", "2015-07-25", text.format(p="31.3 %")))
    (c,), _ = _same_text(ans)
    assert c.status == "conflict"  # not "magnitude" (two quantities), nor an update ("مقارنة بارتفاع" in both)


def test_the_same_digits_with_other_separators_are_one_figure():
    text = LEAD + "وأفاد أن عدد المستفيدين من القرار في مناطق المملكة حتى مساء أمس الخميس بلغ {n} شخصا مستفيدين بذلك من التوجيه الكريم."
    ans = _story(("a", "2015-07-24", text.format(n="363,378")), ("b", "2015-07-24", text.format(n="363.378")))
    assert _same_text(ans)[0] == []
    f = Fact(0, 7, "number", "363.378", "363.378")
    assert printed_digits(f) == printed_digits(replace(f, value="363,378", normalised="363378")) == "363378"


def test_one_figure_in_two_writings_gives_no_comparison():
    # one date in two calendars agrees: copies repeating one statement are no corroboration of each other
    text = (LEAD + "وصدر التوجيه السامي الكريم بتمديد فترة تصحيح أوضاع الأخوة المقيمين في المملكة حتى {d} "
            "وأوضحت الجوازات أن العمل مستمر في جميع المناطق.")
    ans = _story(("a", "2015-07-21", text.format(d="15 أغسطس المقبل")), ("b", "2015-07-21", text.format(d="1436/10/30هـ")))
    assert _same_text(ans)[0] == []


def test_a_daily_template_of_other_days_or_other_words_is_not_one_text():
    text = ("وقال المتحدث باسم الدفاع المدني في المنطقة إن فرق الإطفاء باشرت البلاغ فور وصوله وتمت السيطرة على الحريق "
            "الذي امتد على مساحة {n} متر مربع دون تسجيل أي إصابات بين العاملين في الموقع بحمد الله.")
    # three days apart: a day's figure and another day's, in one wording
    far = _story(("a", "2015-07-21", LEAD + text.format(n="300")), ("b", "2015-07-24", LEAD + text.format(n="500")))
    assert _same_text(far)[0] == []
    # one word changed next to the figure: not the same text (the rules of the other comparisons decide)
    other = _story(("a", "2015-07-21", LEAD + text.format(n="300")),
                   ("b", "2015-07-21", LEAD + text.format(n="500").replace("مساحة", "رقعة")))
    assert _same_text(other)[0] == []


def test_a_price_in_one_text_is_left_to_the_market_rules():
    text = ("ومن بين المعادن النفيسة الأخرى في تعاملات السوق الأوروبية اليوم تراجعت الفضة 0.5 بالمئة إلى {n} دولار "
            "للأوقية بعد أن سجلت أدنى مستوى لها في أسبوعين خلال الجلسة.")
    ans = _story(("a", "2015-08-03", text.format(n="14.70")), ("b", "2015-08-03", text.format(n="14.69")))
    assert not same_text_groups(ans, moves=lambda an, f: True)
    assert all(c.status != "conflict" for c in _same_text(ans)[0])


def test_a_toll_in_two_versions_of_one_wire_text_is_left_to_the_toll_rules():
    text = ("أعلنت وزارة الصحة في بيان لها أن حصيلة ضحايا التفجير الانتحاري الذي استهدف المركز الثقافي في المدينة "
            "ارتفعت إلى {n} قتيلا بينهم أطفال ونساء بحسب ما أفادت مصادر طبية في المستشفيات.")
    ans = _story(("a", "2015-07-21", text.format(n="30")), ("b", "2015-07-21", text.format(n="32")))
    assert _same_text(ans)[0] == []


def test_two_figures_of_one_report_with_the_same_words_next_to_them_are_two_things():
    # the eight words each side must be the same: "... of the business sector in the second quarter by N%" is said
    # of data services' revenue in one sentence and of the business sector's in another
    a = ("وسجلت إيرادات الشركة نموا ملحوظا خلال الفترة كما ارتفعت عائدات خدمات البيانات من قطاع الأعمال خلال الربع "
         "الثاني بنسبة 28% مقارنة بنفس الفترة من العام السابق بحسب البيان الصادر عن الشركة.")
    b = ("وسجلت إيرادات الشركة نموا ملحوظا خلال الفترة كما ارتفعت الإيرادات وكذلك عائدات قطاع الأعمال خلال الربع "
         "الثاني بنسبة 17% مقارنة بنفس الفترة من العام السابق بحسب البيان الصادر عن الشركة.")
    assert _same_text(_story(("a", "2015-07-31", a), ("b", "2015-07-31", b)))[0] == []


def test_a_serial_notice_of_two_batches_is_not_one_text():
    # each batch's arrival in the same words but its ordinal, further from the figure than a few words
    text = ("وصلت أمس الدفعة {o} من المعونة الطبية الإغاثية إلى مدينة المكلا على متن {n} قاطرات قادمة من المملكة "
            "عبر المنفذ البري مقدمة من مركز الإغاثة والأعمال الإنسانية.")
    ans = _story(("a", "2015-07-21", text.format(o="الثانية", n="خمس")), ("b", "2015-07-21", text.format(o="الثالثة", n="3")))
    assert _same_text(ans)[0] == []
    assert not same_text_groups(ans)
    same = _story(("a", "2015-07-21", text.format(o="الثالثة", n="خمس")), ("b", "2015-07-21", text.format(o="الثالثة", n="3")))
    assert len(same_text_groups(same)) == 1  # one batch: one text (here the rules above compare it already)
