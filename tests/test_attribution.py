"""Attribution detection: cue forms, false friends, classes, relays, reasons, coreference."""
from __future__ import annotations


import pytest

from analysis.sourcing.attribution import detect_attributions
from analysis.io.readers import load_corpus
from analysis.records import SourceClass
from analysis.text.segment import split_sentences

A, N, V = SourceClass.ANONYMOUS, SourceClass.NAMED, SourceClass.VAGUE


def detect(text: str, **kw):
    return detect_attributions(text, split_sentences(text), **kw)


def two_mentions_of_one_source(text: str):
    """The two attributions of ``text``, asserted to be two mentions of one source."""
    atts, sources = detect(text)
    assert len(atts) == 2 and len(sources) == 1, [(a.cue, a.source, a.source_id) for a in atts]
    return atts


def only(text: str, **kw):
    atts, _ = detect(text, **kw)
    assert len(atts) == 1, [(a.cue, a.source) for a in atts]
    return atts[0]


# ------------------------------------------------------------------ cue forms

VERB_FORMS = [
    "وقال", "فقال", "وقالت", "قالوا", "قالا", "يقول", "تقول", "وأفادت", "ذكرت", "أكدت", "أوضح",
    "أشارت", "كشفت", "نقلت", "وأضاف", "ولفتت", "اعتبر", "يرى", "يجد", "أعلن", "صرح", "صرّح", "نفى", "علمت",
]


@pytest.mark.parametrize("form", VERB_FORMS)
def test_each_verb_form_is_a_cue(form):
    a = only(f"{form} مسؤول حكومي أن الاجتماع انتهى دون اتفاق.")
    assert a.cue == form
    assert a.cue_kind == "verb"
    assert a.source == "مسؤول حكومي"
    assert a.source_class is A


PREP_FORMS = [
    "بحسب", "وبحسب", "حسب", "وفق", "وفقاً لـ", "طبقاً لـ", "استناداً إلى", "استناداً لـ", "نقلاً عن", "على لسان",
]


@pytest.mark.parametrize("form", PREP_FORMS)
def test_each_prepositional_cue(form):
    a = only(f"{form} مصادر مطلعة، فإن الاجتماع انتهى دون اتفاق.")
    assert a.cue == form
    assert a.cue_kind == "preposition"
    assert a.source == "مصادر مطلعة"
    assert a.source_class is A
    assert a.source_number == "plural"


@pytest.mark.parametrize("form", ["قائلاً", "مؤكداً", "مضيفاً", "مشيراً", "موضحةً"])
def test_participles_continue_the_speaker(form):
    atts, sources = detect(f"وقال وزير الخارجية إن المحادثات مستمرة، {form} أن الجولة المقبلة قريبة.")
    assert [a.cue for a in atts] == ["وقال", form]
    assert atts[1].cue_kind == "continuation"
    assert atts[1].source_id == atts[0].source_id
    assert len(sources) == 1


FALSE_FRIENDS = [
    "نشر الكاتب مقالات عدة عن الانتخابات.",
    "قدم الوزير استقالة مكتوبة إلى رئيس الحكومة.",
    "أدانت المنظمة اعتقال الصحافيين في العاصمة.",
    "حصلت الشركة على مبلغ كبير مقابل الخدمات.",
    "صب المهندس الحديد في قالب جديد.",
    "عاش الرجل أكدار الحياة وأفراحها.",
    "نجا رئيس الوزراء من الهجوم الذي لم تعلن أي جهة مسؤوليتها عنه.",
    "كانت طهران على علم بهذا الهجوم.",
    "يذكر أن جهاز المخابرات تعرض لهجوم قبل أسبوع.",
    "تشير الفصائل المسلحة إلى أنفسهم باسم فصائل المقاومة.",
    "نفذت العملية دون أن يعلم أحد من قام بها.",
    "يتم انتقاء المستفيدين حسب درجة الاستحقاق، وطبقاً للمقتضيات المنصوص عليها في القانون.",
    "بعد أن أضاف مليار دولار إلى ثروته أصبح ثاني أغنى رجل.",
    # heldout3 false alarms, written afresh: "only", "in line with", evidence, events
    "لا يقتصر التقرير على دول المجلس فحسب بل يشمل المنطقة كلها.",
    "جاء العمل حسب الرؤية الإخراجية للمخرج التونسي.",
    "يرصد التقرير الأحداث استناداً إلى منهجية علمية دقيقة.",
    "تؤكد اللقطات المنشورة أن المستشفى دمر بالكامل.",
    "وتشير المؤشرات الأولية إلى أن القبر يعود إلى ما قبل الإسلام.",
    "وتكشف الندوة حقائق علمية تتصل بمسيرة المؤرخ.",
    "نشرت مصادر موثوقة صوراً أظهرت طائرة فوق المستشفى، إلا أنه لا يمكن الجزم بهويتها.",
    "وانتقد المحامي الذي يتحدث عن التزوير قرار المحكمة.",
    "ويعتقد أن هذه المقبرة من العصر المتأخر.",
    # issue #9 (forty-sixth helper, snn_p): a verbal noun after «دون» ('without mentioning'), no verb of its own
    "وصد المقاتلون الهجوم دون ذكر لأي ضحايا في صفوف القوة المتدربة.",
    # ... and «قدر» (amount) after an elative of quantity
    'حيث يحاول كل طرف الاستئثار بأكبر قدر من "الغنيمة"، ووضع أتباعه في مواقع قيادية.',
    "وذلك عن طريق تغيير خططهم بأقل قدر ممكن من الخسائر.",
    # ... and declaring money at customs (forty-sixth helper, snn_p)
    "وبلغ عدد المسافرين الذين صرحوا عند القدوم بمبالغ نقدية 500 مسافر.",
    "وصرح المسافر عند القدوم بمبلغ 50 ألف ريال.",
    # ... and «ما مضى» (what has passed), no one going on to say anything
    "وفئة أخرى تباكت على ما مضى من دعم ومسيرة للتعليم.",
    # ... and «يُتوقع من» (is expected of), the agentless passive
    "وفي هذه الوحدة يتوقع من الطلاب اتباع خططهم بدقة.",
    # ... and «ترى النور» (sees the light: is released), an idiom
    "ومنذ سنوات وأنا أحلم بأن ترى النور، والحمد لله أنها خرجت أخيرا.",
    # ... and «الجدير ذكره» (worth mentioning), the outlet's own background like «تجدر الإشارة»
    "ومن الجدير ذكره أنه على الرغم من ذلك فإن الاتفاق ما زال قائما.",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_not_cues(text):
    atts, sources = detect(text)
    assert atts == () and sources == (), [(a.cue, a.source) for a in atts]


# -------------------------------------------------------------------- classes

@pytest.mark.parametrize("text, source, cls, number", [
    ("وقالت وزارة الداخلية العراقية إن الهجوم تم بثلاث طائرات.", "وزارة الداخلية العراقية", N, "singular"),
    ("والأحد أعلن الجيش العراقي نجاة الكاظمي من محاولة اغتيال.", "الجيش العراقي", N, "singular"),
    ("وتحدثت مصادر محلية عن حصول خلافات بين الأهالي والشركة.", "مصادر محلية", A, "plural"),
    ("وأجمع المختصون على لمسة المخرج في توجيه الممثلين.", "المختصون", V, "plural"),
    ("وأجمع المصورون العشرة على أنهم لاقوا صعوبات في التصوير.", "المصورون العشرة", V, "plural"),
    ("تتطابق هذه الادعاءات مع تقارير أخرى ذكرت وقوع قتيل واحد.", "تقارير أخرى", V, "plural"),
    ("تؤكد اللقطات المنشورة التقارير التي تفيد بأن المستشفى دمر.", "التقارير", V, "plural"),
    ("ووفقاً لما تم التأكيد عليه في تقارير محلية ودولية، فإن الأضرار بالغة.", "تقارير محلية ودولية", V, "plural"),
    ("كما أكّد عدد من مصادر الأنباء المحلية أن المستشفى خرج عن الخدمة.", "عدد من مصادر الأنباء المحلية", V, "plural"),
    ("نشرت العديد من وسائل الإعلام المحلية أنباءً عن غارات جوية على المستشفى.", "العديد من وسائل الإعلام المحلية", V, "plural"),
    ("تعتقد البعثة الفرنسية أن المومياء لتحتمس الثالث.", "البعثة الفرنسية", N, "singular"),
    ("وهو ما أكّده أيضًا بيانٌ صحفي صدر عن منظمة العفو الدولية.", "بيانٌ صحفي", N, "singular"),
    ("وأعلنت إيران عبر وزارة خارجيتها أنه تم الاتفاق مع العراق.", "إيران", N, "singular"),
    ("وهو شمال شرقي بغداد مثلما أعلن الناطق العسكري باسم الكاظمي.", "الناطق العسكري باسم الكاظمي", N, "singular"),
    ("يقول مسؤول عراقي ومقرب من رئيس الوزراء إن الاجتماع تم.", "مسؤول عراقي ومقرب من رئيس الوزراء", A, "singular"),
    ("وقال مسؤولان أمنيان إن الهجوم نفذته جماعة مسلحة.", "مسؤولان أمنيان", A, "dual"),
    ("وبحسب قائد في فصيل كتائب حزب الله، فإن الاجتماع تم.", "قائد في فصيل كتائب حزب الله", A, "singular"),
    ("وبحسب زعيم سياسي شيعي بارز، فإن قاآني غاضب.", "زعيم سياسي شيعي بارز", A, "singular"),
    # issue #9: information and leaks are not persons: vague, not anonymous
    ("واستناداً للمعلومات المسربة، فإن قاآني كان غاضباً.", "للمعلومات المسربة", V, "unknown"),
    ("ذكرت وسائل اعلام محلية الاثنين ان قاآني وصل العراق.", "وسائل اعلام محلية", V, "plural"),
    ("وقال معلقون ان الزيارة تستهدف الاطمئنان على الفصائل.", "معلقون", V, "plural"),
    ("ويرى مراقبون أن المشهد يحمل أكثر من قراءة.", "مراقبون", V, "plural"),
    ("لكن اغلب التوقعات تشير الى تورط الفصائل الخاسرة.", "اغلب التوقعات", V, "plural"),
    ("وطبقاً للتأويلات، فإن المشاركة الأميركية تعني الكثير.", "للتأويلات", V, "unknown"),
    ("وقالت قنوات فضائية من بينها دجلة والشرقية إن قاآني وصل.", "قنوات فضائية من بينها دجلة والشرقية", N, "plural"),
])
def test_source_class(text, source, cls, number):
    a = only(text)
    # the source must *start* with the expected phrase: with no complement after
    # the subject, an object that does not open with a listed verbal noun or a
    # demonstrative can still be swallowed (see test_source_span_stops_before_the_object)
    assert a.source.startswith(source)
    assert a.source_class is cls
    assert a.source_number == number


@pytest.mark.parametrize("text, source", [
    ("أستاذ العلوم السياسية اياد العنبر يجد ان محاولة الاغتيال حملت رسائل.", "أستاذ العلوم السياسية اياد العنبر"),
    ("الباحث غيث التميمي يجد ان ما حصل لا يخرج عن اطار الصراع السياسي.", "الباحث غيث التميمي"),
])
def test_source_before_the_verb(text, source):
    a = only(text)
    assert a.source == source and a.source_class is N


@pytest.mark.parametrize("text, source", [
    # the object after a verbal noun, a demonstrative, "في تصريحات" or a new clause is not the source
    ("والأحد أعلن الجيش العراقي نجاة الكاظمي من محاولة اغتيال.", "الجيش العراقي"),
    ("وقال الدكتور حواس في تصريحات إنها ليست المرة الأولى.", "الدكتور حواس"),
    ("أكد الناشط محمد بلعاس هذه الادعاءات في تقريره المصور.", "الناشط محمد بلعاس"),
    ("وهذا السيناريو يرجحه الكاتب احمد الحداد فهو يرى ان الفوضى مقصودة.", "الكاتب احمد الحداد"),
])
def test_source_span_stops_before_the_object(text, source):
    atts, _ = detect(text)
    assert atts[0].source == source


def test_adjectival_participle_is_part_of_the_source():
    a = only('أفادت مصادر مؤكدة لـ"الخبر" أن الأمن أوقف أحد الأحفاد.', outlet="الخبر")
    assert a.cue == "أفادت" and a.source == "مصادر مؤكدة" and a.source_class is A


def test_verb_with_participle_is_one_utterance():
    a = only("ويضيف قائلا: ومن هنا يتطلع المركز إلى أن يكون التقرير مرجعاً.")
    assert a.cue == "ويضيف"


def test_evidence_subject_inside_a_quote_is_not_a_cue():
    atts, _ = detect("وقال مدير الآثار إن القبر قديم. وأضاف إن المؤشرات الأولية تشير إلى أن القبر يعود إلى ما قبل الإسلام.")
    assert [a.cue for a in atts] == ["وقال", "وأضاف"]
    assert atts[1].source_id == atts[0].source_id


def test_named_speaker_inside_an_attributed_quote_counts():
    text = ("يقول مسؤول عراقي، كان حاضراً لهذا الاجتماع، لـ”عربي بوست”، “قال الجنرال قاآني للسيد الكاظمي إن "
            "القيادة الإيرانية ترفض محاولة اغتياله”.")
    atts, sources = detect(text, outlet="عربي بوست (Arabi Post)")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [
        ("يقول", "مسؤول عراقي", A), ("قال", "الجنرال قاآني", N)]
    assert len(sources) == 2


# ---------------------------------------------------------------------- relays

def test_relayed_through_an_agency():
    a = only("ونقلت وكالة “رويترز” عن مسؤولين أمنيين أن الهجوم نفذته جماعة مسلحة.")
    assert a.source == "مسؤولين أمنيين" and a.source_class is A and a.via == "رويترز"


def test_sources_speaking_to_an_agency_are_relayed():
    a = only("وأكدت مصادر لوكالة “رويترز”، الثلاثاء، أن الطائرات إيرانية الصنع.")
    assert a.via == "رويترز" and a.source_class is A


def test_self_reference_is_not_a_relay():
    a = only("وبحسب مسؤولين عراقيين تحدثوا لـ”عربي بوست”، فإن الاجتماع تم.", outlet="عربي بوست (Arabi Post)")
    assert a.via == ""
    b = only("أفادت مصادر لـ”العربية” و”الحدث”، مساء الاثنين، بتحديد 3 شخصيات.", outlet="العربية (Al Arabiya)")
    assert b.via == ""


def test_trailing_naqlan_an_is_the_relay_of_the_attribution_before_it():
    a = only("وقال المسؤولان الأمنيان، إن “كتائب حزب الله” نفذته، نقلا عن “الشرق الأوسط”")
    assert a.cue == "وقال" and a.via == "الشرق الأوسط"


def test_outlet_learned_from_its_sources():
    a = only("علمت «الجريدة»، من مصادرها، أن قآني أراد رداً قاسياً.", outlet="الجريدة (Al-Jarida)")
    assert a.source == "مصادرها" and a.source_class is A and a.via == ""


# --------------------------------------------------------------------- reasons

@pytest.mark.parametrize("text, reason", [
    ("وقال مصدر حكومي، لأنه غير مخول بالتصريح، إن الاتفاق قريب.", "لأنه غير مخول"),
    ("وقال مسؤول أمني، لأسباب أمنية، إن الانفجار وقع صباحاً.", "لأسباب أمنية"),
    ("وقال دبلوماسي إن الاتفاق قريب، لأن المفاوضات سرية.", "لأن المفاوضات سرية"),
])
def test_reason_for_anonymity(text, reason):
    a = only(text)
    assert a.source_class is A and a.reason_given and reason in a.reason and not a.condition_given


@pytest.mark.parametrize("text, condition", [
    ("وأكدت مصادر لوكالة رويترز، مشترطة عدم الكشف عن هويتها، أن الطائرات إيرانية.", "مشترطة عدم الكشف عن هويتها"),
    ("وقال مسؤول أمني طلب عدم ذكر اسمه إن الانفجار وقع صباحاً.", "طلب عدم ذكر اسمه"),
    ("وقال مصدر، شريطة عدم الكشف عن هويته، إن الانفجار وقع صباحاً.", "شريطة عدم الكشف عن هويته"),
])
def test_condition_of_anonymity_is_not_a_reason(text, condition):
    # AP: "asked not to be named" states a condition; it does not say why the source is anonymous
    a = only(text)
    assert a.condition_given and condition in a.condition and not a.reason_given


def test_reason_stated_once_carries_to_later_mentions_of_the_source():
    atts, sources = detect("وقال مسؤول أمني، لأنه غير مخول بالتصريح، إن الهجوم فشل. وأضاف المسؤول أن التحقيق مستمر.")
    assert [a.reason_given for a in atts] == [True, True] and sources[0].reason_given


def test_no_reason_when_none_is_given():
    assert not only("وقال مصدر مطلع إن الاتفاق قريب.").reason_given


# ---------------------------------------------------------------- coreference

@pytest.mark.parametrize("text, cues", [
    ("قال مسؤول عراقي إن الاجتماع تم. وبحسب المصدر ذاته، فإن قاآني عرض المساعدة.", ["قال", "وبحسب"]),
    ("وبحسب قائد في فصيل كتائب حزب الله، فإن الاجتماع تم. يقول القائد شبه العسكري إن قاآني كان غاضباً.",
     ["وبحسب", "يقول"]),
    ("وبحسب زعيم سياسي شيعي بارز، فإن قاآني وبخ القادة. يقول الزعيم السياسي الشيعي إن طهران تهدد.",
     ["وبحسب", "يقول"]),
    ("وقال مسؤولان أمنيان إن الهجوم نفذته جماعة. وقال المسؤولان الأمنيان إن الكتائب متورطة.", ["وقال", "وقال"]),
    ("واستناداً للمعلومات المسربة، فإن قاآني غاضب. وطبقاً للمعلومات نفسها، فإن قاآني عرض التهدئة.",
     ["واستناداً", "وطبقاً"]),
    ("أفادت مصادر مطلعة أن قآني أمر بالانتشار. وأضافت أن الأوامر صدرت ليلاً. وكشفت المصادر أن الخارجية اعترضت.",
     ["أفادت", "وأضافت", "وكشفت"]),
])
def test_mentions_of_one_source_share_an_id(text, cues):
    atts, sources = detect(text)
    assert [a.cue for a in atts] == cues
    assert len({a.source_id for a in atts}) == 1
    assert len(sources) == 1 and sources[0].mentions == tuple(range(len(cues)))


def test_continuation_kind_and_number():
    atts, _ = detect("أفادت مصادر مطلعة أن قآني أمر بالانتشار. وأضافت أن الأوامر صدرت ليلاً.")
    assert atts[1].cue_kind == "continuation"
    assert atts[1].source == "مصادر مطلعة"  # points back at the words that named the speaker
    assert (atts[1].start, atts[1].end) == (atts[1].cue_start, atts[1].cue_end)
    assert atts[1].source_number == "plural" and atts[1].source_class is A


def test_plural_sources_are_not_the_singular_named_speaker():
    atts, sources = detect("وقال خالد العنسي مدير الآثار إن القبر قديم، وأكدت المصادر أن السلطات شكلت لجنة. "
                           "وأضاف إن اللجنة تواصل البحث.")
    assert [a.cue for a in atts] == ["وقال", "وأكدت", "وأضاف"]
    assert atts[1].source_class is A and atts[1].source_id != atts[0].source_id
    assert atts[2].source_id == atts[0].source_id  # the singular verb goes back to the official


def test_the_paper_named_before_relays_the_sources_it_quotes():
    # issue #9 (forty-sixth helper; snn_o, snn_p): «وأضافت الصحيفة نقلا عن مصادر حكومية أن»: one report, on the verb,
    # its sources as the source and the paper (where it was named) as the via
    atts, _ = detect("قالت صحيفة الغارديان إن المحققين اتصلوا بستة بنوك. "
                     "وأضافت الصحيفة نقلا عن مصادر حكومية أن المدعين استجوبوا مسؤولين في البنوك.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [
        ("قالت", "صحيفة الغارديان", N), ("وأضافت", "مصادر حكومية", A)]
    assert "الغارديان" in atts[1].via
    # a body that is no outlet still makes two reports
    atts, _ = detect("ذكرت المنظمات الإنسانية نقلا عن شهود إن 40 مهاجرا غرقوا.")
    assert [a.cue for a in atts] == ["ذكرت", "نقلا عن"]


def test_relative_clause_speaker_and_interview_relay():
    text = ("نشرت أيضاً وكالة سمارت للأنباء مقطع فيديو يظهر الأضرار، إضافة إلى مقابلة مع أحد عمال الإنقاذ في "
            "الدفاع المدني والذي ذكر أن الاستهداف نفذ من قبل مقاتلة روسية. كما ادعى أن الهجوم أسفر عن مقتل الحارس.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["ذكر", "ادعى"]
    assert atts[0].source.startswith("أحد عمال الإنقاذ") and atts[0].source_class is A
    assert atts[0].via == "سمارت للأنباء" and atts[1].via == "سمارت للأنباء"
    assert atts[1].source_id == atts[0].source_id and atts[1].source_class is A


def test_what_a_statement_confirmed_then_reported():
    atts, _ = detect("وهو ما أكّده بيانٌ صحفي صدر عن منظمة العفو الدولية حيث أبلغ عن مقتل أحد المرضى.")
    assert [a.cue for a in atts] == ["أكّده", "أبلغ"]
    assert atts[1].cue_kind == "continuation" and atts[1].source_id == atts[0].source_id


def test_bare_participle_takes_the_unnamed_subject_of_its_clause():
    a = only('وعندما رآني أحد رجال الشرطة، خاطبني قائلا "الحاجة عاقلة".')
    assert a.cue == "قائلا" and a.source_class is A and a.source.startswith("أحد رجال الشرطة")


def test_bare_participle_takes_the_named_subject_of_its_clause():
    a = only('فإن رئيس مجلس الأمن القومي الجنرال شمخاني، كان أول المنددين بعد الحادث، عاداً إياه بمثابة "فتنة جديدة".')
    assert a.cue == "عاداً" and a.source_class is N and a.source.startswith("رئيس مجلس الأمن القومي")


def test_continuation_does_not_skip_a_sentence_about_someone_else():
    text = ("نشرت وكالة رويترز أن الطائرات إيرانية. هي رابع محاولة يتعرض لها رئيس الحكومة مصطفى الكاظمي. "
            "كان قد اعلن في لقاء تلفزيوني عن احباط ثلاث محاولات.")
    atts, _ = detect(text)
    assert [a.cue for a in atts] == ["نشرت", "اعلن"]
    assert atts[1].source_id != atts[0].source_id and atts[1].source.startswith("رئيس الحكومة")


def test_prepositional_phrase_before_the_verb_is_not_its_subject():
    atts, _ = detect("يقول رئيس مجلس ادارة المركز: إن المعرفة حق للجميع. وفي التقديم يؤكد على أن الهدف هو المعرفة.")
    assert [a.cue for a in atts] == ["يقول", "يؤكد"]
    assert atts[1].cue_kind == "continuation" and atts[1].source_id == atts[0].source_id


def test_distinct_sources_are_not_merged():
    atts, sources = detect("قال مصدر أمني إن الهجوم وقع. وقال مصدر آخر في وزارة الدفاع إن التحقيق بدأ.")
    assert len(atts) == 2 and len(sources) == 2


def test_plural_pronoun_without_a_plural_speaker_is_vague():
    atts, _ = detect("وقالت وزارة الداخلية إن الهجوم تم. وترفض فصائل مسلحة النتائج حيث يقولون إنها مزورة.")
    assert atts[-1].cue == "يقولون" and atts[-1].source_class is V


# ------------------------------------------------------------- spans & records

def test_spans_map_back_to_the_original_text_with_diacritics():
    text = "وأكّدَت مصادرُ مطّلعةٌ لـ«رويترز» أنَّ الاتفاقَ قريبٌ، مؤكّداً أنه نهائي."
    atts, _ = detect(text)
    assert atts
    for a in atts:
        assert text[a.cue_start:a.cue_end] == a.cue
        assert text[a.source_start:a.source_end] == a.source
        assert a.start <= a.cue_start and a.end >= a.cue_end
        assert a.source_start < a.source_end
    assert atts[0].cue == "وأكّدَت" and atts[0].source == "مصادرُ مطّلعةٌ"


def test_corpus_spans_are_consistent():
    for art in load_corpus("data/corpus"):
        atts, sources = detect_attributions(art.text, split_sentences(art.text), outlet=art.outlet)
        assert atts, art.id
        for k, a in enumerate(atts):
            assert art.text[a.cue_start:a.cue_end] == a.cue
            assert art.text[a.source_start:a.source_end] == a.source
            assert a.sentence >= 0
            assert k in sources[a.source_id].mentions
        assert sorted(k for s in sources for k in s.mentions) == list(range(len(atts)))


def test_empty_text():
    assert detect_attributions("", ()) == ((), ())


# --------------------------------------------------------------------- English

@pytest.mark.parametrize("text, cue, source, cls, via", [
    ("According to a senior official, the talks failed.", "According to", "a senior official", A, ""),
    ("The ministry said that the road will reopen.", "said", "The ministry", N, ""),
    ("Analysts said the deal is fragile.", "said", "Analysts", V, ""),
    ("Two officials told Reuters that the plan was dropped.", "told", "Two officials", A, "Reuters"),
])
def test_english_lexicon_needs_no_code(text, cue, source, cls, via):
    a = only(text, language="en")
    assert (a.cue, a.source, a.source_class, a.via) == (cue, source, cls, via)


def test_english_condition_and_reason():
    a = only("Two officials said, speaking on condition of anonymity, that the plan was dropped.", language="en")
    assert a.condition_given and not a.reason_given
    b = only("Two officials said that the plan was dropped, because the talks were confidential.", language="en")
    assert b.reason_given

# Speed is measured by bench/bench_pipeline.py (BENCHMARKS.md), not asserted here:
# a timed test on a shared 2-core machine fails for reasons unrelated to the code.


# ------------------------------------------- heldout4 error patterns (2026-12-02)

def test_vague_collectives_and_circulating_information():
    assert only("ويعتقد البعض أن النموذج قد يستخدم مجددا.").source_class is V
    assert only("يرى آخرون أن الظروف أكثر تعقيدا.").source_class is V
    assert only("كما تشير تقديرات سياسية إلى أن الحرب قد تطول.").source_class is V
    a = only("تشير المعلومات المتداولة في الأوساط السياسية إلى أن الحكومة تعمل على تشكيل وفد.")
    assert a.source_class is V  # not leaked inside information: circulating hearsay
    assert only("وبحسب المعطيات المتداولة، يرفض الوزير المشاركة.").source_class is V


def test_there_are_those_who_say_is_vague():
    a = only("وثمة من يقول إن الحرب أدت إلى تراجع الإمداد.")
    assert (a.cue, a.source, a.source_class) == ("يقول", "من", V)


def test_subject_of_a_that_clause_before_the_verb():
    a = only("يبدو أن بعض الأطراف اللبنانية ترى في فتح قناة تفاوضية فرصة لوقف الحرب.")
    assert (a.source, a.source_class) == ("بعض الأطراف اللبنانية", V)


def test_pluperfect_subject_between_kana_and_qad():
    atts, _ = detect("وكانت القيادة المركزية الأمريكية قد أعلنت في وقت سابق سقوط طائرة، وقالت إن الحادثة ليست نتيجة نيران معادية.")
    assert [(a.cue, a.source_class) for a in atts] == [("أعلنت", N), ("وقالت", N)]
    assert atts[0].source == "القيادة المركزية الأمريكية"


@pytest.mark.parametrize("text, source", [
    # issue #9 (thirty-first helper, snn_n): a comma may close the subject before قد
    ("وكان المحامي خالد أبو راشد، قد أكد أن تحرير الشيك يعد من أكبر الأخطاء.", "المحامي خالد أبو راشد"),
    # the subject before «كانت قد», at the start of a that-clause
    ("يذكر أن وزارة الدفاع الجزائرية كانت قد أعلنت الأحد مقتل تسعة جنود.", "وزارة الدفاع الجزائرية"),
])
def test_pluperfect_subject_closed_by_a_comma_or_before_kana(text, source):
    a = only(text)
    assert (a.source, a.source_class) == (source, N)


def test_pluperfect_without_a_that_clause_takes_no_subject_before_kana():
    # no that-word opens the clause: where the subject starts is unknown, so nothing is taken before «كانت»
    assert only("وفي الأسبوع الماضي الوزارة كانت قد أعلنت مقتل تسعة جنود.").source == ""


def test_according_to_him_is_a_continuation():
    atts, _ = detect("وصرح مصدر بالجيش بأن القوات تقدمت. ووفقا له، فقد تمكن الطيران من توجيه ضربات، وأضاف أن الضربات دمرت عربات.")
    assert [(a.cue, a.source_class) for a in atts] == [("وصرح", A), ("ووفقا", A), ("وأضاف", A)]
    assert atts[1].cue_kind == "continuation"


def test_preposition_with_what_and_a_verb_is_one_attribution():
    a = only("ستجري المفاوضات في قبرص، وفق ما كشفه مدير المكتب مازن إبراهيم.")
    assert (a.cue, a.source, a.cue_kind) == ("وفق", "مدير المكتب مازن إبراهيم", "preposition")
    a = only("وبحسب ما نقله مازن إبراهيم فإن المشاورات جارية.")
    assert (a.cue, a.source) == ("وبحسب", "مازن إبراهيم")


def test_verbal_object_after_the_verb_is_not_its_subject():
    atts, _ = detect("وقال مصدر مطلع في الجيش إن القوات تتقدم، وأكد عزم الجيش على تنظيف المدن.")
    assert [(a.cue, a.source_class, a.cue_kind) for a in atts] == [("وقال", A, "verb"), ("وأكد", A, "continuation")]


def test_new_continuation_cues():
    atts, _ = detect("وقال الرئيس التركي إن روسيا ترتكب خطأ. وتابع أن تصرفات موسكو «مقلقة»، محذراً من أنها «ستؤدي إلى عزلها». "
                     "وتساءل «ما الذي تحاول روسيا أن تحققه؟ لقد تدخلت لأن هذا مطلب النظام».")
    assert [a.cue for a in atts] == ["وقال", "وتابع", "محذراً", "وتساءل"]
    assert {a.source_class for a in atts} == {N}


def test_expecting_and_expressing_participles():
    atts, _ = detect("وأوضح مصدر عسكري أن الضربات أدت لتضييق الخناق، متوقعا هجمات على تلك المدن.")
    assert [(a.cue, a.source_class) for a in atts] == [("وأوضح", A), ("متوقعا", A)]
    atts, _ = detect("دعا الرئيس الفرنسي إيمانويل ماكرون إلى إطلاق محادثات، معربا عن استعداد باريس لاستضافتها.")
    assert [a.cue for a in atts] == ["معربا"]
    atts, _ = detect("وأكد مسؤولون عراقيون أن الدولة ملتزمة بحماية البعثات، كما شددوا على رفضهم استخدام الأجواء العراقية.")
    assert [(a.cue, a.source_class) for a in atts] == [("وأكد", A), ("شددوا", A)]


def test_not_reports():
    # a predicate adjective, an appeal with a quoted object, a yes/no question, a follower
    assert detect("وجاءت النتائج كما كان متوقعا هجمات.")[0] == ()
    assert detect("وقال الوزير إن التحقيق مستمر. وحذر الشباب من \"مثل هذه التصرفات\".")[0][1:] == ()
    assert detect("ويتساءل ساري: هل هذه المناهج كفيلة بدراسة المجتمع؟")[0] == ()
    assert detect("فإما أنه تابع لإيديولوجيا السلطة، بمعنى أن يكون بوقا لها.")[0] == ()
    # a verbal noun after رغم, a hypothetical statement, experience as evidence
    assert detect("اشتعلت المواجهات، رغم نفي مصادر في وزارة الصحة تسجيل إصابات.")[0] == ()
    assert detect("وسط غياب أي بيان رسمي يوضح ملابسات الحادث.")[0] == ()
    assert detect("لكن التجارب السابقة تشير إلى أن تل أبيب تربط أي مسار بشرط.")[0] == ()


def test_statement_published_by_an_agency_is_relayed():
    a = only("غير أن وزارة الداخلية اليمنية قالت في بيان نشرته وكالة الأنباء اليمنية الحكومية إن المنفذ معروف.")
    assert a.source == "وزارة الداخلية اليمنية"
    assert "الأنباء اليمنية" in a.via


def test_participle_after_a_disagreeing_speaker_in_its_sentence():
    atts, _ = detect("وفي سياق متصل، أوقفت الأجهزة خلية أحرقت سيارات الشرطة، وقالت مصادر أمنية إن الخلية تضم 6 عناصر، "
                     "مشيرا إلى أن المجموعة استهدفت سيارات.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقالت", A), ("مشيرا", A)]
    assert atts[1].source_id == atts[0].source_id


# --- 2026-12-03: error kinds found on the snn_a blind set and named in issue #9 ---

@pytest.mark.parametrize("text", [
    "وقال مسئول عراقي إن الهجوم فشل.",
    "وقال مسئولون عراقيون إن الهجوم فشل.",
    "وقال مسؤول عراقي إن الهجوم فشل.",
])
def test_hamza_seat_spellings_of_official_are_one_word(text):
    # مسئول (Egyptian/Gulf) and مسؤول (standard) are the same word: both anonymous when unnamed
    atts, _ = detect(text)
    assert len(atts) == 1 and atts[0].source_class is SourceClass.ANONYMOUS


@pytest.mark.parametrize("text", [
    "وتقبل الجمعية التبرعات حسب النظام المعمول به.",
    "وتختلف التكاليف حسب المناطق الإدارية في البلاد.",
    "وتتم الزيارات وفق الجدول المعد لذلك.",
    "وبحسب الاتفاق بين الطرفين فإن الحصة تبلغ النصف.",
    "ونرسم اللوحات حسب الطلبات التي تردنا.",
    "ونتعاقد مع لاعبين حسب الاحتياج.",
])
def test_according_to_a_rule_or_plan_is_not_a_source(text):
    atts, _ = detect(text)
    assert atts == ()


def test_according_to_what_fused_is_one_attribution_on_the_preposition():
    a = only("قتل شاب برصاص الجيش اليوم، حسبما أفاد مصدر طبي لوكالة الصحافة الفرنسية.")
    assert a.cue == "حسبما" and a.cue_kind == "preposition"
    assert a.source == "مصدر طبي" and a.source_class is A and "الصحافة الفرنسية" in a.via
    b = only("وشنت الشرطة حملة واسعة، حسبما أوردت وكالة الأناضول.")
    assert b.cue == "حسبما" and b.source_class is N


@pytest.mark.parametrize("text, cue, cls", [
    ("وأبان المتحدث الرسمي للوزارة أن الخدمة ستعود غداً.", "وأبان", N),
    ("وأبدت منظمات حقوقية دولية تحفظات على القانون الجديد.", "وأبدت", N),
    ("ومضت المصادر بالقول إن الزيارة ستتم الأسبوع المقبل.", "ومضت", A),
    ("ولم يستبعد وزير المالية أن ترتفع الأسعار.", "يستبعد", N),
    ("ووصف الوزير الاتفاق بأنه تاريخي.", "ووصف", N),
    ("وأوردت وكالة الأنباء أن الاجتماع انتهى.", "وأوردت", N),
])
def test_reporting_verb_families(text, cue, cls):
    # saying/explaining, expressing, going on to say, expecting, describing, citing
    a = only(text)
    assert a.cue == cue and a.source_class is cls


def test_describing_needs_its_complement():
    atts, _ = detect("ووصف الطبيب الدواء للمريض.")  # prescribed, not described
    assert atts == ()


def test_participle_after_a_comma_continues_the_speaker():
    atts, _ = detect("وقال مدير البلدية إن الحملة مستمرة، مؤكداً في الوقت ذاته استمرار الأعمال الرقابية.")
    assert [a.cue for a in atts] == ["وقال", "مؤكداً"]
    assert atts[1].cue_kind == "continuation" and atts[1].source_id == atts[0].source_id


def test_saying_participle_later_in_the_clause_restates_the_verb():
    atts, _ = detect("وواصل هيرشمان حديثه أمام أعضاء اللجنة قائلاً إن المركز منظمة مستقلة.")
    assert [a.cue for a in atts] == ["وواصل"]
    assert atts[0].source == "هيرشمان"


def test_words_said_on_another_outlets_channel_are_relayed_by_it():
    a = only('وقال النائب، خلال مداخلة هاتفية على فضائية "التحرير" مساء الثلاثاء، إن الأمن لا يعلم مكانه.')
    assert a.via == "التحرير"


def test_agency_next_to_a_verb_relays_it():
    a = only('وبحسب "رويترز" ذكر الوزير أنه لا يرى أي خروج عن المعهود.')
    assert a.cue == "ذكر" and a.source == "الوزير" and a.via == "رويترز"
    atts, _ = detect('وقال الوزير إن الإيرادات تراجعت. وأضاف بحسب وكالة الأنباء الألمانية: "كنا نأمل المزيد".')
    assert [a.cue for a in atts] == ["وقال", "وأضاف"] and "الألمانية" in atts[1].via
    b = only('وبحسب "رويترز"، فإن القرار اتخذ عقب اجتماع.')  # on its own it is the source
    assert b.source == "رويترز" and b.via == ""


def test_outlet_name_ends_where_the_words_begin():
    a = only("وقالت المصادر لوكالة الأنباء الألمانية إن عبوة ناسفة انفجرت.")
    assert a.via == "الأنباء الألمانية"


def test_speaking_to_ones_own_outlet_under_its_corpus_id_is_no_relay():
    a = only("كشفت مصادر مطلعة لـ«الشرق الأوسط» عن تحركات جديدة.", outlet="aawsat")
    assert a.via == "" and a.source_class is A


@pytest.mark.parametrize("text, source, cls", [
    ("وكشف لـ «عكاظ» مصدر مطلع أن العمل جار.", "مصدر مطلع", A),  # subject after the outlet it spoke to
    ("فيما أشارت وسائل إعلامية رومانية إلى عودة اللاعبين.", "وسائل إعلامية رومانية", V),
    ("وبحسب المعطيات الأولية فإن ثلاثة قتلوا.", "المعطيات الأولية", V),  # information nobody is named for
    ("وأفادت أحدث معطيات المكتب الوطني للمطارات بأن المسافرين زادوا.", None, N),  # a named body's data
    ("وقال مراسلون إن الاشتباكات انتقلت إلى داخل القاعدة.", "مراسلون", V),
    ("وتوقع 14 مختصا أن يصل النمو إلى سبعة في المئة.", "14 مختصا", V),  # a counted group
    ("وقال صاحب أحد المتاجر قرب المحطة إن انفجارين وقعا.", None, A),  # one of them, unnamed
])
def test_who_the_source_is(text, source, cls):
    a = only(text)
    assert a.source_class is cls, (a.source, a.source_class)
    if source:
        assert a.source == source


def test_speaking_to_another_outlet_before_the_subject_is_relayed():
    a = only("وكشفت لـ«رويترز» مصادر مطلعة أن الاتفاق قريب.")
    assert a.source == "مصادر مطلعة" and a.via == "رويترز"


@pytest.mark.parametrize("text", [
    "وأعلن الرئيس حالة الطوارئ في البلاد.",  # announcing one's own act
    "وأعلنت الوزارة تأسيس أول جمعية رياضية.",
    "أعلن المركز الدولي عن مبادرة لتكريس الشفافية.",
    "ولم توضح الرئاسة حتى الآن ما إذا كان القرار مرتبطا بتهديدات.",  # negated, with its و
    "وأحد قادة الحوثي ويدعى أحمد جريب أصدر أوامر.",  # is called
    "وأبدى المسلحون مقاومة شديدة لرجال الأمن.",  # showing resistance is not expressing a stance
    "ومتابعة الرئيس للديوان مستمرة.",  # the noun 'follow-up'
])
def test_acts_and_other_senses_are_not_reports(text):
    atts, _ = detect(text)
    assert atts == (), [(a.cue, a.source) for a in atts]


def test_announcing_a_result_is_still_a_report():
    assert only("وأعلنت القيادة المركزية سقوط طائرة مسيرة.").source == "القيادة المركزية"
    assert only("وأشارت المقاومة إلى مقتل 22 مسلحا في الاشتباكات.").source == "المقاومة"


@pytest.mark.parametrize("text, cue, source, cls", [
    ("وتأتي الخطوة مع تأكيد عضو مجلس الشورى أن الاتفاق قريب.", "تأكيد", "عضو مجلس الشورى", A),  # an unnamed member
    ("وسط تأكيد من قيادي في الحركة أن الاتفاق قريب.", "تأكيد", "قيادي في الحركة", A),
    ("وجاء في بيان لوزارة الخارجية الباكستانية أن القوات فتحت النار.", "بيان", "لوزارة الخارجية الباكستانية", N),
    ("وتراجع السعر مقابل توقعات محللين بانخفاض المخزون.", "توقعات", None, V),
])
def test_verbal_noun_with_its_source_is_an_attribution(text, cue, source, cls):
    a = only(text)
    assert a.cue == cue and a.cue_kind == "verbal_noun" and a.source_class is cls
    if source:
        assert a.source == source


@pytest.mark.parametrize("text", [
    "وقال الوزير في بيان له إن الاتفاق قريب.",  # the verb already reports it: one attribution
    "وشدد على تأكيد أهمية الاتفاق.",  # the noun's object, not a speaker
    "وقال الناطق في تصريح لـ«عكاظ» إن العمل جار.",  # spoken to the outlet: no second source
])
def test_verbal_noun_without_a_source_of_its_own_is_not_counted(text):
    atts, _ = detect(text, outlet="okaz")
    assert all(a.cue_kind != "verbal_noun" for a in atts), [(a.cue, a.source) for a in atts]


def test_the_next_said_continues_the_speaker_a_verbal_noun_introduced():
    atts, _ = detect("وسط تأكيد من قيادي في الحركة أن الاتفاق قريب. وقال إن التوقيع سيتم الأسبوع المقبل.")
    assert [a.cue for a in atts] == ["تأكيد", "وقال"]
    assert atts[1].source_id == atts[0].source_id and atts[1].source_class is A


@pytest.mark.parametrize("text, sources", [
    ("وقال مدير الشركة إن العمل مستمر. وحول مصير الموظفين أضاف أن أحدا لن يفصل.", ["مدير الشركة", "مدير الشركة"]),
    ('وقال " مسؤول كبير " إن المفاوضات متعثرة.', ["مسؤول كبير"]),  # spaced quote marks
    ("كما أكد ذلك رئيس الوزراء أمس.", ["رئيس الوزراء"]),  # after ذلك
    ("وكانت الوزارة قد أعلنت الخطة، غير أنها نفت أن تكون قد وافقت.", ["الوزارة", "الوزارة"]),  # pronoun subject
    ("وقال مصدر مطلع إن الاتفاق قريب. وأردف مؤكداً أن التوقيع وشيك.", ["مصدر مطلع", "مصدر مطلع"]),
    ("وقال مصدر مطلع إن الاتفاق قريب. ومضى قائلاً إن التوقيع وشيك.", ["مصدر مطلع", "مصدر مطلع"]),
    ("قالCNN إن الهجوم فشل.", ["CNN"]),  # a cue glued to Latin letters
])
def test_where_the_subject_is(text, sources):
    atts, _ = detect(text)
    assert [a.source for a in atts] == sources
    assert len({a.source_id for a in atts}) == 1  # continuations inherit the speaker


@pytest.mark.parametrize("text, source", [
    # issue #9 (thirty-first helper, snn_n): a short quoted name right after the verb, then its that-clause
    ('علمت "دنيا الرياضة" أن أسعار التذاكر توزعت بين فئات عدة.', "دنيا الرياضة"),
    ('وأكد "معيض الوادعي" أن أولياء الأمور لن يرسلوا أبناءهم.', "معيض الوادعي"),
    # a body's quoted name (a name-marker word first) closed by a comma
    ('وشددت "الشركة الكويتية لنفط الخليج"، بعد ساعات من التسريب، على متانة العلاقات.', "الشركة الكويتية لنفط الخليج"),
])
def test_a_quoted_name_right_after_the_verb_is_its_subject(text, source):
    a = only(text)
    assert (a.source, a.source_class) == (source, N)


def test_a_quote_closed_by_a_comma_is_the_words_not_a_subject():
    # words in quotes then a comma, with no that-clause: what was said, the speaker implicit
    assert detect('وقال "نحن مستعدون"، مضيفا أن الفريق جاهز.')[0][0].source == ""


def test_a_quoted_name_after_an_honorific_is_how_the_speaker_is_called_later():
    atts = two_mentions_of_one_source(
        'وقال الشيخ "احمد درع الجميلي" المتحدث باسم المجلس، إن التنظيم أعدم 22 عنصرا. وأوضح "الجميلي" أن التنظيم أسرهم.')
    assert [a.source for a in atts] == ["الشيخ", "الجميلي"]


def test_agentless_passive_has_no_invented_source():
    # never the cue word itself; since the forty-fourth helper (issue #9) no attribution at all: a masculine أعلن with
    # عن and a death right after it is the agentless passive (أُعلن عن), which no development set labels
    assert detect("وأعلن عن مقتل ثلاثة جنود في الهجوم.")[0] == ()


def test_source_labels_longer_than_a_noun_phrase_are_unclear():
    from presentation.views import source_label
    assert source_label("مصدر مطلع") == "مصدر مطلع"
    assert source_label("") == ""
    assert source_label("الجماهير الاتحادية تفاؤلا كبيرا بمساعي إدارة ناديها الحثيثة لتدعيم صفوف الفريق وإعداده للموسم") == ""


def test_one_description_repeated_is_one_source():
    # issue #9: "a senior official" mentioned five times is one anonymous source
    atts, sources = detect("وقالت مصادر مطلعة إن الاتفاق قريب. وفي سياق آخر، قالت مصادر مطلعة إن الوفد وصل.")
    assert len(atts) == 2 and len(sources) == 1


def test_a_name_again_is_the_same_source():
    atts, sources = detect("وقال رئيسها محمد بخاري إن الهجمات ستتوقف. وقال بخاري الموجود حاليا في واشنطن إن الدعم ضروري.")
    assert len(atts) == 2 and len(sources) == 1


def test_a_bare_plural_twice_is_not_linked_by_its_words_alone():
    _, sources = detect("وقالت مصادر إن الاتفاق قريب. وفي ملف آخر، قالت مصادر إن الوفد وصل.")
    assert len(sources) == 2


def test_pre_tokenised_text_with_stray_spaces():
    # spaces around punctuation and a clitic split off by a stray space, as datasets store text
    a = only("و قال مسؤول عراقي ، طلب عدم ذكر اسمه ، إن الهجوم فشل .")
    assert a.cue == "و قال" and a.source == "مسؤول عراقي" and a.source_class is A and a.condition_given


@pytest.mark.parametrize("text", [
    "أعلن المركز الدولي للأمن الرياضي عن مبادرة دولية لتكريس الشفافية.",  # the act a few words on
    "وتطرح الشركة خطة جديدة، في وقت يتوقع أن يحقق الاقتصاد نموا أقل.",  # impersonal 'it is expected'
])
def test_more_acts_and_impersonal_expectations_are_not_reports(text):
    atts, _ = detect(text)
    assert atts == (), [(a.cue, a.source) for a in atts]


def test_on_the_tongue_of_a_speaker_who_then_says_is_one_report():
    atts, _ = detect("وأصدرت الوزارة بيانها على لسان المتحدث الرسمي مبارك العصيمي الذي أكد أن القبول تم وفق النظام.")
    assert [a.cue for a in atts] == ["أكد"] and atts[0].source == "المتحدث الرسمي مبارك العصيمي"


# ------------------------------------------- issue #9, kinds of error seen on snn_b

@pytest.mark.parametrize("text", [
    "ارتفعت الأسعار وفق آلية العرض والطلب في السوق.",  # آلية: no ال + "ية"
    "وفق مفهوم متكامل يقوم على الترويج للبلد.",
    "ولكن حسب المتعارف عليه في الكثير من الدول فإن الدفعة تنخفض.",
    "يعاد تأهيل كل منهم حسب جنسه في المؤسسات الرسمية.",
    "تتمحور الصورة طبقا لمفاهيمه لذلك الإعلان.",
    "ثم تليها بقية المحافظات حسب أهداف المشروع.",
])
def test_according_to_a_rule_or_plan_is_no_source(text):
    atts, _ = detect(text)
    assert atts == ()


@pytest.mark.parametrize("text", [
    "في الوقت الذي شددت قوات من الجيش الخناق على آخر معاقل المسلحين.",
    "وقد أفاد اللاعب نفسه وناديه كثيرا بالصفقة.",
    "وكان الاتحاد أقر لائحة تنظيم التحكيم على أن يحتفظ بحقه.",
])
def test_a_cue_verb_in_its_other_sense_is_no_report(text):
    atts, _ = detect(text)
    assert atts == ()


def test_the_other_sense_needs_the_object_in_the_verbs_own_clause():
    a = only("وشدد الوزير على أن الحصار لن يستمر.")
    assert a.cue == "وشدد" and a.source == "الوزير"


@pytest.mark.parametrize("text", ["ويعتقد أنه قتل في يونيو.", "وعثرت الشرطة على عبوة ويعتقد أنها كانت تستهدف حافلة."])
def test_an_impersonal_verb_opening_its_clause_with_any_that_form_is_no_report(text):
    atts, _ = detect(text)
    assert not any(a.cue == "ويعتقد" for a in atts)


def test_an_impersonal_form_after_its_subject_is_a_report():
    a = only("إلا أن أحد خبراء التأمين يعتبر أنه من الصعب قياس ذلك.")
    assert a.cue == "يعتبر" and a.source_class is A


def test_a_verb_with_an_object_pronoun_then_its_source_noun_is_a_report():
    a = only("في حصيلة جديدة أعلنتها مصادر أمنية وطبية صباح الخميس.")
    assert (a.cue, a.source, a.source_class) == ("أعلنتها", "مصادر أمنية وطبية", A)


def test_a_verb_with_an_object_pronoun_before_a_definite_noun_is_still_no_report():
    atts, _ = detect("ومصادر وصفتها الصحيفة بالمقربة.")
    assert not any(a.cue == "وصفتها" for a in atts)


@pytest.mark.parametrize("participle", ["مشيرة إلى استمرار جهود البحث", "مرجحة ارتفاع حصيلة القتلى"])
def test_pointing_out_and_expecting_participles_need_no_that_clause(participle):
    atts, _ = detect(f'وأوضحت الشرطة أنها ضبطت "قائد المركب ومساعده" {participle}.')
    assert [a.cue for a in atts][-1] == participle.split()[0]
    assert atts[-1].source == "الشرطة" and atts[-1].cue_kind == "continuation"


def test_an_outlet_closing_the_sentence_relays_its_report():
    atts, _ = detect('وصرّح المصدر بأن الوحدات وصلت إلى عدن، حسب وكالة "أنباء الشرق الأوسط".')
    assert len(atts) == 1
    assert atts[0].cue == "وصرّح" and atts[0].via == "أنباء الشرق الأوسط"


@pytest.mark.parametrize("text, source", [
    ("ترجّح أبحاث علمية أن الحب دافع بيولوجي.", "أبحاث علمية"),
    ("وأبرز ما كشفته التحقيقات الأخيرة أن الشاب تدرب في ليبيا.", "التحقيقات الأخيرة"),
    ("أكد نفطيون أن التوقعات مبنية على نمو الطلب.", "نفطيون"),
])
def test_research_investigations_and_unnamed_groups_are_vague(text, source):
    a = only(text)
    assert a.source == source and a.source_class is V


@pytest.mark.parametrize("text", [
    # issue #9 (forty-sixth helper; snn_g, snn_h, snn_j): reality, and «لسان حال» (how one's state speaks), as the
    # subject of a verb of saying are evidence or a figure of speech, no source
    "ولكن الواقع يقول إن فرص العمل لا تتاح لها إلا بنطاق ضيق.",
    "ويؤكد واقع ذلك التأثير الإيجابي للقيادات النسائية.",
    'ودفنت في مقابر الشرائع، ولسان حال العائلة يقول "نحن لا نريد شيئاً من أحد".',
])
def test_reality_or_the_tongue_of_ones_state_is_no_source(text):
    assert detect(text)[0] == ()


def test_hinting_with_the_past_of_form_two():
    # issue #9 (forty-sixth helper; snn_a, snn_p): «لمّح إلى أنه» hints as «ألمح» does; «لمح شخصا» (glimpsed) does not
    atts, _ = detect("وقال الرئيس إنه يأمل في الحصول على مساعدة، غير أنه لمح إلى أنه سيعود خالي الوفاض.")
    assert [a.cue for a in atts] == ["وقال", "لمح"]
    assert detect("ولمح الحارس شخصا يقفز من فوق السور.")[0] == ()


def test_reassuring_is_a_report():
    # issue #9 (forty-sixth helper; snn_i, snn_n, snn_p label every «طمأن» of their texts)
    a = only("وفي شأن آخر، طمأن الجهاز الطبي نظيره الجهاز الفني بقدرة اللاعبين على العودة.")
    assert a.cue == "طمأن" and a.source.startswith("الجهاز الطبي")
    a = only("فيما طمأن الطبيب باسم الشتيوي الجميع على تلك الإصابات.")
    assert a.cue == "طمأن" and a.source.startswith("الطبيب باسم الشتيوي")
    # checking on someone (على right after it) and «ما يطمئن» (what reassures) are no reports
    assert detect("ايران تطمئن على فصائلها في العراق.")[0] == ()
    assert [a.cue for a in detect("وتسود الفوضى لعدم وجود ما يطمئن الأسر على أبنائها.")[0]] == []


def test_a_fatwa_is_a_report():
    # issue #9 (forty-sixth helper; snn_p's call): «أفتى … بعدم جواز …»
    a = only("أفتى عضو هيئة كبار العلماء الدكتور صالح الفوزان، بعدم جواز الجمع بين الصيامين.")
    assert (a.cue, a.source_class) == ("أفتى", N) and a.source.startswith("عضو هيئة كبار العلماء")
    assert detect("وكان الشيخ يفتي الناس في المسجد كل جمعة.")[0] == ()


def test_an_idea_or_a_vision_that_says_is_no_source():
    # issue #9 (forty-sixth helper; snn_d, snn_n): «أن رؤية مصر تقول إن», «والفكرة الخاطئة التي تقول إن»
    atts, _ = detect("ولفت المصدر إلى أن رؤية مصر تقول إن الوضع في سورية رهين إرادات متعددة.")
    assert [a.cue for a in atts] == ["ولفت"]
    assert detect("والفكرة الخاطئة التي تقول إن صناعة الحكام أولوية يجب أن تتغير.")[0] == ()


def test_a_verb_joined_by_wa_has_no_evidence_subject_before_it():
    # the words before «وأكدت» end the clause before it (its object), not its subject: the speaker goes on
    atts, _ = detect("وعرضت الوزيرة الصور على الحضور وأكدت أن الموقع تضرر.")
    assert [a.cue for a in atts] == ["وأكدت"]
    atts, _ = detect("وشرحت الوزيرة هذه الرؤية للحضور وأكدت أن النظام سيرحل.")
    assert [a.cue for a in atts] == ["وأكدت"]


def test_on_the_tongue_of_a_spokesman_is_still_a_source():
    a = only("وجاء رد الوزارة على لسان متحدثها تيسير المفرج بأن القرار نهائي.")
    assert (a.cue, a.source_class) == ("على لسان", N)


@pytest.mark.parametrize("text", [
    "وحصلوا على الشهادات الصحية التي تؤكد خلوهم من الأمراض.",
    "والتغيرات المستمرة تؤكد بأن المسؤولين غير مقتنعين.",
])
def test_documents_and_changes_as_subject_are_evidence_not_sources(text):
    atts, _ = detect(text)
    assert atts == ()


@pytest.mark.parametrize("text, cue, source", [
    ("وكانت المنظمة قد توقعت نمو الطلب العالمي على النفط.", "توقعت", "المنظمة"),
    ("في المقابل، استبعد رئيس الحزب استقالة الحكومة.", "استبعد", "رئيس الحزب"),
])
def test_expecting_verbs_take_a_noun_object_as_their_claim(text, cue, source):
    a = only(text)
    assert (a.cue, a.source) == (cue, source)


def test_explaining_wa_bayyana_is_a_cue_only_where_it_opens_the_sentence():
    a = only("وبيّن المصدر أن التفجير وقع قرب سوق شعبية.")
    assert (a.cue, a.source, a.source_class) == ("وبيّن", "المصدر", A)
    atts, _ = detect("وقارن التقرير بين الشمال وبين الجنوب أن الفارق كبير.")
    assert not any(a.cue == "وبين" for a in atts)


def test_going_on_saying_with_biqawlihi():
    a = only("ويتابع رئيس اللجنة جميل فارسي بقوله إن الجهود مستمرة.")
    assert (a.cue, a.source) == ("ويتابع", "رئيس اللجنة جميل فارسي")


def test_showing_readiness_in_construct_is_a_stance():
    a = only("وأبدى المشرف العام على العلاقات العامة استعداد الوزارة لإطلاع الصحفيين.")
    assert a.cue == "وأبدى"


def test_pointing_out_needs_a_speaker_not_a_thing():
    a = only("وأشار التقرير إلى تباين أداء المجموعات العربية.")
    assert (a.cue, a.source) == ("وأشار", "التقرير")
    atts, _ = detect("وتشير الضربات الجوية إلى خسائر كبيرة في الآليات.")
    assert atts == ()


def test_a_warning_participle_after_a_comma_still_needs_a_that_clause():
    atts, _ = detect("وقالت مصادر في الحلف إن الواقعة ليست الأولى، محذرة من عواقب وخيمة.")
    assert [a.cue for a in atts] == ["وقالت"]


def test_a_participle_after_shibh_is_an_adjective():
    atts, _ = detect("وصلت أنباء شبه مؤكدة بأن القائمة اكتملت.")
    assert not any(a.cue == "مؤكدة" for a in atts)


def test_announcing_the_start_of_ones_own_act_is_an_act():
    atts, _ = detect("وأعلن مسؤول عسكري سعودي عن بدء جسر جوي لإمدادات الإغاثة.")
    assert atts == ()


def test_a_demonstrative_before_a_source_noun_opens_the_subject_and_points_back():
    atts, sources = detect("وأفادت مصادر في المقاومة بأن المعسكر سقط. وأضافت تلك المصادر أن الأسرى نقلوا.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [
        ("وأفادت", "مصادر في المقاومة", A), ("وأضافت", "تلك المصادر", A)]
    assert atts[0].source_id == atts[1].source_id


@pytest.mark.parametrize("text, cls", [
    ("وأوضح مسئولو الاتحاد للنادي أن الموقف بات في يد لجنة التظلمات.", A),  # hamza seat ئ, plural in construct
    ("وأوضح مسؤول الملف أن الموقف بات في يد لجنة التظلمات.", N),  # the singular in construct: an office on record
    ("وأعلن أعضاء اللجنة المركزية أن الدورة ستعقد.", N),  # members of a body speaking together
])
def test_officials_of_a_named_body_are_anonymous_an_office_is_not(text, cls):
    assert only(text).source_class is cls


def test_reports_of_a_named_body_are_on_record():
    a = only("كشفت تقارير رقابية للهيئة الوطنية لمكافحة الفساد أن المشاريع متعثرة.")
    assert a.source == "تقارير رقابية للهيئة الوطنية لمكافحة الفساد" and a.source_class is N


@pytest.mark.parametrize("text, cue, source", [
    ("كانت أنباء قوية ترددت حول أن رئيس النادي لعب دورا في إبعاده.", "ترددت", "أنباء قوية"),
    ("وصلت أنباء شبه مؤكدة بأن القائمة اكتملت.", "وصلت", "أنباء شبه مؤكدة"),
])
def test_news_circulating_is_a_vague_report(text, cue, source):
    a = only(text)
    assert (a.cue, a.source, a.source_class) == (cue, source, V)


@pytest.mark.parametrize("text", ["وتردد الوزير في اتخاذ القرار بعد أن تبين حجم الخسائر.", "ووصلت الطائرة إلى المطار بعد أن أغلق."])
def test_circulating_verbs_with_another_subject_are_no_report(text):
    atts, _ = detect(text)
    assert atts == ()


def test_a_verb_with_an_object_pronoun_after_its_subject_then_its_that_clause():
    atts, _ = detect("وذكرت المنظمة أن المملكة أبلغتها أنها ضخت عشرة ملايين برميل.")
    assert [(a.cue, a.source) for a in atts] == [("وذكرت", "المنظمة"), ("أبلغتها", "المملكة")]
    atts, _ = detect("وأضافت أن القائد التقى الحلفاء، وأبلغهم أن السياسة لم تتغير.")
    assert [a.cue for a in atts] == ["وأضافت"]


def test_an_agency_of_several_words_after_lam_is_the_relay():
    a = only("وذكرت مصادر في مطار عدن لبي بي سي أن المطار استقبل طائرة ثانية.")
    assert (a.source, a.source_class, a.via) == ("مصادر في مطار عدن", A, "بي بي سي")


def test_expatriates_unnamed_are_anonymous():
    a = only("وأبلغ وافد عربي مركز الشرطة أن سيارته سرقت.")
    assert a.source_class is A


@pytest.mark.parametrize("text, cue, source", [
    ("وأرجعت المؤسسة ضعف جاذبية الدول للاستثمار إلى التوترات السياسية.", "وأرجعت", "المؤسسة"),
    ("وعزا الخبراء الارتفاع إلى زيادة الطلب.", "وعزا", "الخبراء"),
])
def test_attributing_a_cause_is_a_report(text, cue, source):
    a = only(text)
    # the span still runs on into the object ("المؤسسة ضعف جاذبية الدول"): VSO with a definite object
    assert a.cue == cue and a.source.startswith(source)


def test_going_back_in_time_is_no_attributing():
    atts, _ = detect("ويرجع تاريخ المبنى إلى القرن الماضي.")
    assert atts == ()


def test_a_comma_between_the_subject_and_the_particle():
    a = only("وشدد ابن سعيدان، على ضرورة اتباع الاشتراطات الصحية.")
    assert (a.cue, a.source) == ("وشدد", "ابن سعيدان")


def test_an_agency_named_with_lil_anba_is_one_subject():
    a = only("يأتي ذلك بعدما تحدثت وكالة الأناضول للأنباء عن مقتل 260 مسلحا.")
    assert (a.cue, a.source, a.source_class) == ("تحدثت", "وكالة الأناضول للأنباء", N)


def test_a_doctor_pointing_out_is_a_speaker():
    a = only("من جهة ثانية أشار الدكتور حجاج بو خضور الخبير النفطي إلى موثوقية الرصد.")
    assert a.source.startswith("الدكتور")


def test_every_name_word_again_is_the_same_named_source():
    atts, _ = detect("أشار الدكتور حجاج بو خضور الخبير النفطي إلى موثوقية الرصد. ويؤكد بو خضور أن الطلب سيرتفع.")
    assert [a.cue for a in atts] == ["أشار", "ويؤكد"]
    assert atts[0].source_id == atts[1].source_id


@pytest.mark.parametrize("text, source", [
    ("وأكد التقرير أهمية صياغة سياسات أكثر فعالية.", "التقرير"),
    ("وكانت «أوبك» قد توقعت نمو الطلب العالمي على النفط.", "«أوبك»"),
])
def test_importance_and_change_nouns_open_the_object_not_the_subject(text, source):
    a = only(text)
    assert a.source == source


def test_an_outlet_name_with_lil_anba_is_the_same_outlet_without_it():
    atts, _ = detect("واعلنت وكالة دوغان للانباء مداهمة 140 منزلا. وافادت وكالة دوغان ان الشرطة اعتقلت 20 شخصا.")
    assert atts[0].source == "وكالة دوغان للانباء"
    assert atts[0].source_id == atts[-1].source_id


def test_a_source_subject_set_off_by_a_comma_after_lakin():
    a = only("لكن مصدرا بارزا في الجيش الحر في شمال سوريا، أكد أن القائد كان من المقربين.")
    assert a.source.startswith("مصدرا بارزا") and a.source_class is A


def test_a_plural_verb_agrees_with_a_subject_before_it():
    atts, _ = detect("وقالت مصادر إن وسطاء مقربين من الرئيس أكدوا عرض الأخير إغراءات مادية.")
    assert atts[-1].cue == "أكدوا" and atts[-1].source == "وسطاء مقربين من الرئيس"


def test_a_relaying_outlets_name_ends_at_a_preposition():
    a = only("وقال المسؤول لوكالة الصحافة الفرنسية في وقت لاحق إن الحصيلة ارتفعت.")
    assert a.via == "الصحافة الفرنسية"


def test_a_statement_right_after_according_to_is_its_source_not_a_cue_of_its_own():
    a = only("وبحسب بيان رئاسة الإقليم فإن عددا من المواطنين أصيبوا.")
    assert a.cue == "وبحسب" and a.source.startswith("بيان رئاسة الإقليم")


# ------------------------------------------------------------------ snn_c rule work (invented sentences)

@pytest.mark.parametrize("text", [
    "وتعمل الهيئة وفقاً لسياسات المجلس الداخلية منذ سنوات.",
    "وصدر الحكم حسب المادة الرابعة من النظام.",
    "وفسر كل فريق النص حسب فهمه الخاص للأحداث.",
    "وكتبت التواريخ بحسب الهوى والمصالح.",
    "وصنفت المصانع وفقاً للترميز الدولي للأنشطة.",
])
def test_according_to_a_rule_policy_or_whim_is_no_source(text):
    atts, _ = detect(text)
    assert atts == ()


@pytest.mark.parametrize("text", [
    # issue #9 (thirty-first helper, snn_n): a place, the circumstances, a design or a mandate followed
    "وتوزعت الأسعار بين فئات عدة بحسب مكان المقعد والجهة المخصصة له.",
    "ويعاقب صاحب العمل حسب الأحوال بغرامة لا تقل عن 50 ألف ريال.",
    "وتم تطوير المنتزه وفق تصميم عالمي يجمع مقومات الترفيه.",
    "وقتل خمسة مسلحين وفقا للتكليف الصادر للبعثة.",
])
def test_according_to_a_place_circumstances_design_or_mandate_is_no_source(text):
    assert detect(text)[0] == ()


@pytest.mark.parametrize("text", [
    "وارتفعت المبيعات في الربع الأخير مما يشير إلى أن الطلب يتحسن.",
    "ومما يؤكد هذا أن الأسعار ظلت ثابتة طوال العام.",
    "ويشير تطور الصادرات إلى أن القطاع الخارجي ساهم في النمو.",
    "وأشارت مكونات الناتج المحلي إلى أن الاستهلاك يتعافى.",
    "ولم تتغير الأسعار هذا الشهر، ما يؤكد أن السوق مستقرة.",
    "وتراجعت الحوادث بنسبة كبيرة، وهو ما يشير إلى نجاح الحملة.",
])
def test_a_fact_or_a_change_pointing_is_no_source(text):
    atts, _ = detect(text)
    assert atts == ()


def test_what_confirms_with_its_that_word_right_after_it_is_the_fact_with_no_comma_too():
    # issue #9 (thirty-first helper, snn_n): «… للموسم المقبل ما يؤكد أن», no comma before «ما»
    atts, _ = detect("وكان رودجرز استبعد اللاعب عن الجولة استعدادا للموسم المقبل ما يؤكد أن مغامرته انتهت.")
    assert "يؤكد" not in [a.cue for a in atts]
    # after a that-word «ما يؤكد» is the subject of its own clause: left as it was
    atts, _ = detect("وقال الوزير إن ما يؤكد أن الخطة ناجحة هو الأرقام.")
    assert [a.cue for a in atts][0] == "وقال"


def test_the_subject_after_what_and_a_pronoun_object_is_the_speaker():
    atts, _ = detect('وقال النائب: "ننتظر توضيحاً حول ما صرح به الوزير السابق أمس".')
    assert [a.source for a in atts if a.cue == "صرح"] == ["الوزير السابق"]
    atts, _ = detect("ورفضت القبائل دعوات التعبئة التي أعلن عنها زعيم الجماعة.")
    assert all(not a.source.startswith("عنها") for a in atts)


def test_a_second_verb_after_according_to_what_is_not_its_source():
    atts, _ = detect("ويقرر المدير الخطة حسب ما يرى ويعتقد أنه يحقق المصلحة.")
    assert all(a.source not in ("ويعتقد", "ما") for a in atts)


def test_what_with_a_speaker_named_after_the_verb_is_still_a_report():
    atts, _ = detect("وتأخر الحكم، وهو ما يرى كثير من المحامين أنه مخالف للقانون.")
    assert [(a.cue, a.source) for a in atts] == [("يرى", "كثير من المحامين")]


@pytest.mark.parametrize("text", [
    'وعلمت "الوطن" أن اللجنة رفعت توصياتها إلى الوزير.',
    "وعلمت الوطن أن اللجنة رفعت توصياتها إلى الوزير.",
])
def test_the_outlet_itself_learning_is_an_unnamed_anonymous_source(text):
    a = only(text, outlet="alwatan")
    assert a.cue == "وعلمت" and a.source_class is A and a.source == ""


def test_learning_from_a_named_source_keeps_that_source():
    a = only('وعلمت "الوطن" من وزارة الصحة أن اللجنة رفعت توصياتها.', outlet="alwatan")
    assert a.source == "وزارة الصحة" and a.source_class is N


def test_participles_after_a_subjectless_sentence_go_on_with_the_last_speaker():
    atts, _ = detect("وقال مصدر أمني إن الهجوم فشل. وأشاد بجهود رجال الأمن في المدينة، مؤكدا أن الوضع مستقر.")
    assert [a.cue for a in atts] == ["وقال", "مؤكدا"]
    assert atts[1].source_id == atts[0].source_id and atts[1].source_class is A


@pytest.mark.parametrize("text, cls", [
    ("وقال مصرفي في المنطقة إن القرض تأخر.", A),
    ("وذكرت فتاة أن الرسائل وصلتها ليلا.", A),
    ("وقال أصحاب المبادرة إن الوقفة سلمية.", V),
    ("وأفادت مصادر إعلامية بأن الاشتباكات توقفت.", V),
])
def test_unnamed_people_and_media_sources_have_their_class(text, cls):
    assert only(text).source_class is cls


def test_our_sources_are_not_the_media_sources_named_before():
    atts, _ = detect("وأفادت مصادر إعلامية بأن الاشتباكات توقفت. وذكرت مصادرنا أن الهدنة هشة. وقالت المصادر إن القصف عاد.")
    assert [a.source_class for a in atts] == [V, A, A]
    assert atts[1].source_id != atts[0].source_id and atts[2].source_id == atts[1].source_id


def test_the_words_before_a_verb_with_wa_are_not_its_subject():
    atts, _ = detect("هكذا الأوهام لا تفارق أصحابها وتكشف ضعف الحجة.")
    assert all(a.source != "أصحابها" for a in atts)


def test_led_by_is_not_a_claim():
    atts, _ = detect("وقالت الشرطة إن العصابة التي تزعمها رجل من المدينة اعتقلت.")
    assert [a.cue for a in atts] == ["وقالت"]


def test_a_masculine_plural_verb_does_not_go_on_with_reports():
    atts, _ = detect("وتشير التقارير الرسمية إلى استقرار النمو. وارتفع الناتج فوق المتوسط الذي قدره المحللون وتوقعوا أن يستمر النمو.")
    reports = atts[0]
    assert reports.cue == "وتشير"
    assert all(a.source_id != reports.source_id for a in atts[1:])


def test_is_called_names_the_speaker_and_is_no_claim():
    a = only("وقال أحد السكان، ويدعى سالم الهادي، إن المياه انقطعت منذ يومين.")
    assert a.cue == "وقال" and a.source_class is N and a.source.endswith("سالم الهادي")
    atts, _ = detect('واعتقلت الشرطة شخصا يدعى "أبو سعد" في المدينة.')
    assert atts == ()


def test_claims_with_a_that_clause_is_still_a_claim():
    atts, _ = detect("وتلقت الهيئة بلاغا من امرأة تدعي فيه أنها تعرضت للابتزاز.")
    assert [a.cue for a in atts] == ["تدعي"]


@pytest.mark.parametrize("text, cue, source", [
    ("وكان الوزير السابق شكك في جدوى الخطة الجديدة.", "شكك", "الوزير السابق"),
    ("وتخشى معظم الدول المجاورة أن يتسع النزاع.", "وتخشى", "معظم الدول المجاورة"),
    ("وكتب فريق الباحثين في الجامعة عبر موقعه أن الثغرة خطيرة.", "وكتب", "فريق الباحثين في الجامعة"),
    ("ونوه المدير عن وصول سفينة المساعدات إلى الميناء.", "ونوه", "المدير"),
    ("وأبدى الفريق قناعته بأهمية الانضمام إلى المجموعة.", "وأبدى", "الفريق"),
    ("ومن أغرب الأخبار ما بثته وكالة الأنباء قبل أيام من أن الشواطئ ستغلق.", "بثته", "وكالة الأنباء"),
    ("وأنا أؤمن بما قاله الفيلسوف القديم من أن الناس يتشابهون.", "قاله", "الفيلسوف القديم"),
    ("وبحسب الشرطة فإن العصابة صدرت آلاف الأجهزة.", "وبحسب", "الشرطة"),
])
def test_doubting_fearing_writing_and_expressing_verbs_are_reports(text, cue, source):
    a = only(text)
    assert (a.cue, a.source) == (cue, source)


@pytest.mark.parametrize("text", [
    "واختتم المهرجان فعالياته بعد أن شارك فيه عشرات الفنانين.",
    "وقد تناولتها كتب كثيرة، لكنها لم تصل إلى أن تقدم حلولا.",
    "وأعلن الكاتب: يكتب الشاعر بجريدة الوطن منذ سنوات.",
    "كتب سالم الهادي: تنظم الوزارة مهرجانا للشعر الشهر المقبل.",
])
def test_writing_and_concluding_without_a_that_clause_are_no_reports(text):
    atts, _ = detect(text)
    assert all(a.cue not in ("واختتم", "كتب", "يكتب") for a in atts)


def test_participles_of_expressing_and_saying_only_continue_the_speaker():
    atts, _ = detect("وقال المصدر إن القوات انتشرت حول المدينة، مكتفيا بالقول إنها أكبر قوة. وقال أصحاب المبادرة إنها سلمية، معبرين عن تضامنهم.")
    assert [a.cue for a in atts] == ["وقال", "مكتفيا", "وقال", "معبرين"]
    assert atts[1].source_id == atts[0].source_id and atts[3].source_id == atts[2].source_id


def test_a_description_given_by_the_speaker_after_a_relative_pronoun_is_a_continuation():
    atts, _ = detect("وقال الوزير إن الزيارة التي وصفها بالناجحة عززت العلاقات.")
    assert [a.cue for a in atts] == ["وقال", "وصفها"]
    assert atts[1].source_id == atts[0].source_id


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الجماعة التي يصفهم بالخوارج تراجعت.",  # a habit, not this occasion
    "وأصيب الجندي بإصابة وصفت بالخطيرة.",  # the passive
])
def test_habitual_or_passive_describing_is_no_report(text):
    atts, _ = detect(text)
    assert [a.cue for a in atts if a.cue.startswith(("يصف", "وصف"))] == []


def test_a_listed_definite_source_word_after_a_verb_with_an_object_pronoun_is_its_subject():
    a = only("وهي أقلية يعتبرها البعض الأكثر اضطهادا في العالم.")
    assert a.cue == "يعتبرها" and a.source.startswith("البعض") and a.source_class is V


def test_an_outlet_reporting_according_to_a_source_relays_that_source():
    a = only('وذكرت قناة "سي إن إن" الأمريكية استناداً إلى مسؤول أمريكي أن الرئيس وافق على الخطة.')
    assert (a.cue, a.source, a.source_class) == ("وذكرت", "مسؤول أمريكي", A)
    assert a.via == "سي إن إن الأمريكية"


def test_a_quoted_name_then_according_to_an_outlet():
    atts, _ = detect('وتقول "سلام الآن" بحسب "فرانس 24" إن الحملة نجحت.')
    assert [(a.cue, a.source, a.via) for a in atts] == [("وتقول", "سلام الآن", "فرانس 24")]


def test_security_circumstances_are_a_stated_reason():
    a = only("وقال المصدر الذي طلب عدم ذكر اسمه لظروف أمنية إن القبائل ترفض التعبئة.")
    assert a.reason_given and a.condition_given


def test_a_saying_participle_after_an_apposition_restates_the_verb():
    a = only('وكتب المحلل السياسي، سالم الهادي، قائلاً: "لم يعد بإمكاني الدفاع عن الحكومة".')
    assert a.cue == "وكتب" and a.source.startswith("المحلل السياسي")
    atts, _ = detect('وكان الوزير شكك في جدوى الخطة، قائلاً: "لا أحد يعرف النتيجة".')
    assert [a.cue for a in atts] == ["شكك", "قائلاً"]


def test_an_agency_told_before_the_that_clause_is_the_relay():
    a = only("وأبلغ سالم الهادي رئيس الاتحاد رويترز أنه لم يحسم موقفه بعد.")
    assert a.source == "سالم الهادي رئيس الاتحاد" and a.via == "رويترز"
    a = only("وتخشى معظم دول الخليج العربية أن يتسع النزاع.")
    assert a.via == ""


@pytest.mark.parametrize("text", [
    "ووافقت الوزارة على بيع المعدات بتكلفة متوقعة تصل إلى مليار دولار.",
    "والناس يعيشون تحت الحصار ولذلك فلا يستغرب أن يغضبوا.",
])
def test_an_expected_cost_and_it_is_no_wonder_are_no_reports(text):
    atts, _ = detect(text)
    assert atts == ()


def test_the_first_word_of_a_quotation_is_the_speakers_own():
    atts, _ = detect('وقال المدرب "أعتقد أنها مجرد مناورات سياسية".')
    assert [a.cue for a in atts] == ["وقال"]


def test_a_quote_after_a_company_word_opens_a_name_not_the_words():
    atts, _ = detect('وقد أبلغت شركة "سالم للأمن" شركة أخرى بالثغرة.')
    assert atts == ()
    a = only("واستقال الوزير بعد فضائح كشف عنها موقع إخباري الأسبوع الماضي.")
    assert a.cue == "كشف"


@pytest.mark.parametrize("text", [
    "وأثارت تصريحات الرئيس السابق في تونس ردود أفعال غاضبة.",
    "واستنكر الأمين العام بشدة تصريحات نائب الرئيس تجاه المملكة.",
])
def test_statements_as_a_topic_are_no_report(text):
    atts, _ = detect(text)
    assert [a.cue for a in atts if a.cue_kind == "verbal_noun"] == []


def test_a_statement_with_its_words_is_a_report():
    a = only("وجاء في بيان لوزارة الخارجية أن القوات فتحت النار.")
    assert a.cue == "بيان" and a.cue_kind == "verbal_noun"


def test_what_an_outlet_cited_is_the_claim():
    atts, _ = detect("ونفت الحركة ما أوردته وكالة أنباء أجنبية بشأن الاتفاق.")
    assert [(a.cue, a.source) for a in atts] == [("ونفت", "الحركة"), ("أوردته", "وكالة أنباء أجنبية")]
    atts, _ = detect("واعتبرت النقابة أن ما كتبه المستشار على تويتر تحريض خطير.")
    assert [a.cue for a in atts] == ["واعتبرت"]


def test_a_verb_right_after_a_statement_noun_describes_it():
    atts, _ = detect("وقال المتحدث في بيان نشر الأحد إن الاتفاق كاذب.")
    assert [a.cue for a in atts] == ["وقال"]


def test_announcing_measures_instead_is_an_act():
    atts, _ = detect("لكنه أعلن بدلا من ذلك عن إجراءات تشمل دمج أنظمة الدفاع.")
    assert atts == ()


def test_a_statement_in_which_the_speaker_said_it_is_a_report():
    atts, _ = detect("وأثار المحافظ المخاوف بعد تصريحات قال فيها إن الفائدة سترتفع.")
    assert "قال" in [a.cue for a in atts]


@pytest.mark.parametrize("text, via", [
    ("وفي تصريح له لمجلة الأسواق أوضح المدير المالي أن الشركة مستمرة.", "لمجلة الأسواق"),
    ("وفي مقابلة مع بي بي سي قال الرئيس إن الحكومة ستصمد.", "بي بي سي"),
])
def test_a_fronted_statement_to_another_outlet_is_the_relay(text, via):
    a = only(text)
    assert a.via.endswith(via.split()[-1]) and via.split()[0].lstrip("ل") in a.via


def test_an_impersonal_verb_with_no_subject_and_no_that_clause_is_no_report():
    atts, _ = detect("وظلت السوق مغلقة خلال العطلة، حيث يتوقع عند ذلك العودة إلى ملف الاتفاقية.")
    assert atts == ()


def test_a_belief_inside_a_because_clause_is_the_speakers_reasoning():
    atts, _ = detect("وأوضح المسؤول أن البنوك تقرض الشركة لأنها تعتقد أنها ستعوض الفارق.")
    assert [a.cue for a in atts] == ["وأوضح"]


@pytest.mark.parametrize("text, cls", [
    ("وفق الوثائق التي تنشرها المنظمات الحقوقية فإن الانتهاكات تتزايد.", V),
    ("يذكر أن إحصائيات وزارة الداخلية، أكدت أن عدد المخالفين تراجع.", N),
    ("ووفقا لمركز الإحصاءات الوطني فإن البطالة ارتفعت.", N),
    ("وكتب فريق الباحثين في الجامعة أن الثغرة خطيرة.", N),
])
def test_documents_statistics_and_a_noun_governing_a_source_word(text, cls):
    atts, _ = detect(text)
    assert atts[-1].source_class is cls


@pytest.mark.parametrize("text, cue, source", [
    ("ومن جهة أخرى، أعرب الاتحاد الأوروبي أول من أمس عن دعمه للعمليات.", "أعرب", "الاتحاد الأوروبي"),
    ("وشدد الوزير أمس على ضرورة التعاون بين الأجهزة.", "وشدد", "الوزير"),
])
def test_a_time_phrase_between_the_subject_and_the_particle(text, cue, source):
    a = only(text)
    assert (a.cue, a.source) == (cue, source)


def test_news_circulating_after_amid_is_a_vague_report():
    atts, _ = detect("يأتي ذلك وسط تواتر المعلومات عن رفض قبلي لدعوات التعبئة.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("تواتر", "المعلومات", V)]


# ------------------------------------------------------------------ sixth session (snn_d's error kinds)

def test_a_subject_runs_back_through_min_to_its_anonymous_head():
    # "الحركة" ends the subject; the speaker is the sources close to it
    atts, _ = detect("أعلن الحزب الجديد برنامجه أمس. إلا أن مصادر قريبة من الحزب أكدت أن الخلافات مستمرة.")
    a = next(x for x in atts if x.cue == "أكدت")
    assert a.source == "مصادر قريبة من الحزب" and a.source_class is A


def test_a_bare_source_word_never_points_back_at_information():
    atts, _ = detect("وحسب المعلومات المتوافرة فإن البرنامج سيبدأ غداً. كما تشير المصادر إلى أن هناك تعاوناً مع الوزارة.")
    a = next(x for x in atts if x.cue == "تشير")
    assert a.source == "المصادر" and a.source_class is A


def test_some_sources_are_new_sources_not_the_newspapers_before():
    atts, _ = detect("وكشفت الصحف المحلية أن اللاعب سيغادر. بينما أشارت بعض المصادر إلى بحث الإدارة فكرة التعاقد مع بديل.")
    a = next(x for x in atts if x.cue == "أشارت")
    assert a.source == "بعض المصادر" and a.source_class is A


@pytest.mark.parametrize("text, source", [
    ("أعلن قياديان في الحركة أمس أن المجلس اختار زعيماً جديداً.", "قياديان في الحركة"),
    ("وقال مسؤولتان في الوزارة إن القرار نهائي.", "مسؤولتان في الوزارة"),
])
def test_the_dual_of_an_anonymous_head_is_anonymous(text, source):
    a = only(text)
    assert a.source == source and a.source_class is A and a.source_number == "dual"


def test_the_dual_again_with_the_article_is_the_same_two_sources():
    atts, srcs = detect("أعلن قياديان في الحركة أمس أن المجلس اختار زعيماً جديداً. وأضاف القياديان أن الاختيار تم بالإجماع.")
    assert [a.source_class for a in atts] == [A, A] and atts[0].source_id == atts[1].source_id


def test_press_sources_are_the_media_but_press_releases_are_no_people():
    atts, _ = detect("ذكرت تقارير صحافية أمس أن المستشارة ستترشح. وأوضحت المصادر الصحافية أن القرار سيعلن في الربيع.")
    a = next(x for x in atts if x.cue == "وأوضحت")
    assert a.source == "المصادر الصحافية" and a.source_class is V


@pytest.mark.parametrize("text, source", [
    ("ويقول منتقدون إن الخطة لن تنجح.", "منتقدون"),
    ("وأفاد شاهدان بأن الانفجار وقع قرب السوق.", "شاهدان"),
])
def test_critics_and_two_witnesses_are_vague(text, source):
    a = only(text)
    assert a.source == source and a.source_class is V


def test_in_the_opinion_of_a_source_is_a_prepositional_cue():
    a = only("وبرأي المصدر، فإن هذا التحول يقطع الطريق على المتسللين.")
    assert a.cue == "وبرأي" and a.source == "المصدر" and a.source_class is A


@pytest.mark.parametrize("text, cue", [
    ("وأبانت المصادر عزم الإدارة التصعيد بشكوى اللاعب.", "وأبانت"),
    ("وعزت المصادر السبب لعدم جاهزية الملاعب.", "وعزت"),
])
def test_an_anonymous_subject_with_a_noun_object_needs_no_that_clause(text, cue):
    a = only(text)
    assert a.cue == cue and a.source.startswith("المصادر") and a.source_class is A


def test_explaining_a_thing_with_a_named_subject_still_needs_a_that_clause():
    atts, _ = detect("وأبان المدرب طريقة اللعب الجديدة للاعبين.")
    assert not atts


def test_the_sources_are_not_the_newspapers_named_before():
    atts, _ = detect("وكشفت الصحف المحلية أن اللاعب سيغادر. وأبانت المصادر عزم الإدارة التصعيد بشكوى اللاعب.")
    a = next(x for x in atts if x.cue == "وأبانت")
    assert a.source_class is A


def test_expressing_with_an_explicit_subject_before_an():
    atts, _ = detect("انتهى الاجتماع مساء أمس. وعبر الأمين العام عن قلقه من تدهور الأوضاع في المنطقة.")
    a = next(x for x in atts if x.cue == "وعبر")
    assert a.source == "الأمين العام" and a.source_class is N


@pytest.mark.parametrize("text", [
    "وأعلنت إيران عبر وزارة خارجيتها أنه تم الاتفاق مع العراق.",  # 'through', not 'expressed'
    "ونقلت الصحيفة تصريحات عبر فيها عن غضبه.",  # no subject before عن
])
def test_abra_as_through_or_with_no_subject_is_no_cue(text):
    atts, _ = detect(text)
    assert all(a.cue != "عبر" for a in atts)
    if text.startswith("وأعلنت"):
        assert [a.cue for a in atts] == ["وأعلنت"] and atts[0].source == "إيران"


def test_a_denying_participle_takes_a_noun_object():
    atts, _ = detect("وشككت الوزارة في التقرير، نافية أسر أي من أفراد القوة.")
    assert any(a.cue == "نافية" and a.cue_kind == "continuation" for a in atts)


@pytest.mark.parametrize("text", [
    "ويحق لكل مواطن ذكراً أو أنثى التصويت في الانتخابات.",
    "ويتوقع أن توقع معه الإدارة عقداً لمدة عامين.",
])
def test_male_and_signing_are_not_mentioning_and_expecting(text):
    atts, _ = detect(text)
    assert all(a.cue not in ("ذكراً", "توقع") for a in atts), [(a.cue, a.source) for a in atts]


@pytest.mark.parametrize("text, cue, source", [
    ('وقال وزير الإسكان البريطاني، بحسب "الألمانية"، إن القانون سيطبق.', "وقال", "وزير الإسكان البريطاني"),
    ('وبحسب "الألمانية"، فقد ذكر تقرير الرابطة أن السوق نمت.', "ذكر", "تقرير الرابطة"),
])
def test_according_to_an_agency_next_to_a_verb_relays_it(text, cue, source):
    a = only(text)
    assert a.cue == cue and a.source == source and a.via == "الألمانية"


def test_a_statement_by_a_minister_is_no_relay_and_in_it_is_no_subject():
    atts, _ = detect("وقال وزير الإسكان إن المشروع بدأ. وتخلل الحفل كلمة لوزير الإسكان، أوضح فيها أن المشروع يعد باكورة المشاريع.")
    a = next(x for x in atts if x.cue == "أوضح")
    assert a.cue_kind == "continuation" and a.via == "" and a.source_class is N


def test_only_an_outlet_relays_what_it_cites():
    atts, _ = detect("ذكرت المنظمات الإنسانية نقلا عن شهود أن 40 مهاجرا غرقوا.")
    assert [a.cue for a in atts] == ["ذكرت", "نقلا عن"] and all(a.via == "" for a in atts)
    assert atts[1].source == "شهود" and atts[1].source_class is V


def test_a_paper_citing_sources_after_a_time_phrase_is_one_relayed_report():
    a = only("وكانت صحيفة “بيزنس كوريا” قد أكدت الأربعاء الماضي نقلا عن مصادر في الصناعة أن الشركة ستكشف عن هاتفها.")
    assert a.cue == "أكدت" and a.source == "مصادر في الصناعة" and a.source_class is A and a.via == "بيزنس كوريا"


def test_sources_first_met_without_words_are_found_again_by_their_words():
    text = ('وعلمت "الوطن" أن المتهمين أحيلوا إلى المحكمة. وقالت المصادر إن القضية بدأت قبل عام. '
            'وادعت فتاة أنها تعرضت للابتزاز. وأضافت المصادر أن التحقيق مستمر.')
    atts, _ = detect(text, outlet="alwatan")
    said, added = (next(a for a in atts if a.cue == c) for c in ("وقالت", "وأضافت"))
    assert said.source_id == added.source_id and added.source_class is A


def test_a_participle_opening_its_own_sentence_goes_on_with_the_last_speaker():
    text = ("وكشف مصدر أن إدارات التعليم رفعت توصيات إلى الوزارة. وأضاف أن التوصيات تشمل تقليص أيام الدراسة.\n\n"
            "ومبيناً إلى أن هناك تعليقاً للدراسة في المدارس القريبة من الحدود.")
    atts, _ = detect(text)
    a = next(x for x in atts if x.cue == "ومبيناً")
    assert a.source_class is A and a.source_id == atts[0].source_id


@pytest.mark.parametrize("text", [
    "وسيختار المدرب اللاعبين وفق رؤيته الفنية.",
    "ويجب أن تعمل الفصائل وفق خط استراتيجي واحد.",
])
def test_according_to_ones_vision_or_a_line_is_no_source(text):
    assert detect(text)[0] == ()


def test_a_believing_participle_continues_its_speakers():
    atts, _ = detect("وحظر مديرو عدد متزايد من المتاحف استخدامها، معتقدين أنها تشكل خطراً أمنياً.")
    assert [a.cue for a in atts] == ["معتقدين"] and atts[0].cue_kind == "continuation"


def test_confirming_or_denying_as_a_pair_of_acts_is_no_report():
    atts, _ = detect("وقال متحدث باسم خفر السواحل: إنه لا يمكنه تأكيد أو نفي الوفيات، ولكنه أشار إلى عدم العثور على جثث.")
    assert [a.cue for a in atts] == ["وقال", "أشار"] and atts[1].source_id == atts[0].source_id


def test_i_think_inside_a_quotation_is_the_speakers_own_belief():
    atts, _ = detect('وأضاف المدرب “أعرفه جيدا واعتقد أننا مستعدون. لهذا اعتقد انه من الجيد وجوده الآن.”')
    assert [a.cue for a in atts] == ["وأضاف"]


def test_a_belief_outside_quotations_is_still_a_report():
    a = only("واعتقد الوزير أن الاتفاق سيصمد.")
    assert a.cue == "واعتقد" and a.source == "الوزير"


def test_an_outlet_between_the_verb_and_its_that_clause_is_its_via():
    a = only("وبين رئيس لجنة التثمين العقاري عبد الله الأحمري بحسب “عكاظ” أن المستفيد قادر على التخلي عن قرضه.")
    assert a.cue == "وبين" and a.source == "رئيس لجنة التثمين العقاري عبد الله الأحمري" and a.via == "عكاظ"


def test_affiliated_to_it_is_no_going_on():
    atts, _ = detect("وأكدت مناظير الرصد في المرصد التابع لها أن الغارات بدأت فجراً.")
    assert all(a.cue != "تابع" for a in atts)


def test_expressing_opening_a_sentence_without_wa():
    a = only("عبّر عدد من المثقفين عن بالغ حزنهم على رحيل الشاعر.")
    assert a.cue == "عبّر" and a.source == "عدد من المثقفين" and a.source_class is V


# ------------------------------------------------- gold decisions settled between the sets (2026-12-04)

@pytest.mark.parametrize("text", [
    "وقال متحدث باسم الشرطة إن المشتبه به اعتقل صباح اليوم.",
    "وأشارت متحدثة باسم الجيش إلى أن الجنود تعرضوا لهجوم.",
])
def test_an_unnamed_spokesperson_is_anonymous(text):
    assert only(text).source_class is A


def test_the_spokesperson_of_a_ministry_is_an_office_on_record():
    assert only("وقال المتحدث باسم وزارة الصحة إن الحالات تراجعت.").source_class is N


def test_a_spokesperson_whose_name_follows_with_a_pronoun_is_named():
    a = only("ومن ناحيته، قال متحدث آخر باسم الرئاسة هو جربا شيهو، إن الزيارة ستستمر يومين.")
    assert a.source == "متحدث آخر باسم الرئاسة هو جربا شيهو" and a.source_class is N


def test_a_pronoun_before_a_verb_gives_no_name():
    atts, _ = detect("وقال متحدث باسم الشرطة إن الوضع هادئ، وهو يرى أن الخطر زال.")
    assert atts[0].source == "متحدث باسم الشرطة" and atts[0].source_class is A


@pytest.mark.parametrize("text,cue", [
    ("وأبدت هيئة الطيران المدني أسفها لما حدث لركاب الرحلة.", "وأبدت"),
    ("وتبدي المنظمات قلقا مما اعتبرته تعريفا فضفاضا للإرهاب.", "وتبدي"),
    ("وأبدى القرقاح سعادته الكبيرة للروح المعنوية العالية للأهالي.", "وأبدى"),
])
def test_a_feeling_shown_with_abda_is_an_attribution(text, cue):
    atts, _ = detect(text)
    assert atts and atts[0].cue == cue


def test_resistance_shown_with_abda_is_no_attribution():
    assert detect("وتحصن المسلحون في الشقة وأبدوا منها مقاومة مسلحة لرجال الأمن.")[0] == ()


def test_a_legal_text_providing_is_no_attribution():
    assert detect("وينص الاتفاق على إلغاء الجزء الأكبر من الرسوم الجمركية.")[0] == ()


@pytest.mark.parametrize("text", [
    "وأبدت الجماهير الاتحادية تفاؤلا كبيرا بمساعي الإدارة.",
    "ويقول قانونيون إن القرار قابل للطعن.",
    "وأشار عدد من زوار المهرجان إلى أن التنظيم كان جيدا.",
])
def test_unnamed_collectives_are_vague(text):
    assert only(text).source_class is V


def test_a_quantified_addressee_after_the_verb_is_not_its_subject():
    atts, _ = detect("وقالت مصادر إن رئيس الوزراء تمام سلام صرح لبعض زواره بأنه وصل الخط الأحمر.")
    a = next(a for a in atts if a.cue == "صرح")
    assert a.source == "رئيس الوزراء تمام سلام" and a.source_class is N


@pytest.mark.parametrize("text,cue,source", [
    ("ومن جانبه، أقر عبد الملك الحوثي، زعيم الحوثيين، بالهزيمة في مدينة عدن.", "أقر", "عبد الملك الحوثي"),
    ("واعترف الوزير باستضافة حفلات عشاء فاخرة.", "واعترف", "الوزير"),
])
def test_admitting_a_fact_with_bi_is_a_report(text, cue, source):
    a = only(text)
    assert a.cue == cue and a.source == source


def test_an_admitting_participle_with_bi_continues_its_speaker():
    atts, _ = detect("وقالت مصادر في الشركة إن الحجز متاح عبر الموقع، معترفين بوجود ضغط كبير على الموقع.")
    assert [a.cue for a in atts] == ["وقالت", "معترفين"] and atts[1].source_class is A


def test_the_admitted_fact_is_not_the_subject():
    atts, _ = detect("وتعرفت الشرطة على أحد الشبان، والذي أقر بحادثة التحرش.")
    assert all(a.source != "بحادثة التحرش" for a in atts)


@pytest.mark.parametrize("text", [
    "وقال المرصد السوري لحقوق الانسان ومقره بريطانيا إن معظم القتلى مدنيون.",
    "وأقر مجلس الوزراء بعض التعديلات على النظام.",
])
def test_headquarters_and_some_are_no_admitted_fact(text):
    assert [a.cue for a in detect(text)[0]] in ([], ["وقال"])


def test_justifying_with_a_cause_is_a_report():
    atts, _ = detect("وقالت الشرطة إن المتهمين برروا خلال التحقيق سبب فعلتهم إلى وجود خلاف سابق.")
    assert "برروا" in [a.cue for a in atts]


def test_a_speaker_whose_name_is_withheld_is_anonymous():
    a = only("وقالت المريضة (50 عاماً)، التي لم تكشف عن هويتها، إنها شكت في العلاج منذ البداية.")
    assert a.source_class is A


def test_a_named_speaker_is_not_made_anonymous_by_withheld_words():
    atts, _ = detect("وقال الطبيب أحمد سالم إن المريضة لم تكشف عن هويتها للشرطة.")
    assert atts[0].source_class is N


def test_the_noun_of_one_of_them_again_is_that_unnamed_source():
    atts, _ = detect("وقال أحد المحققين لدى الادعاء العام: \"يتعين علينا أن نتمكن من الإثبات\". "
                     "وأوضح المحقق أن الأمر يتطلب محاضر أصلية.")
    assert [a.source_class for a in atts] == [A, A] and atts[0].source_id == atts[1].source_id


def test_the_subject_after_a_quoted_outlet_and_a_comma():
    a = only('وكان قد أكد لـ "الاقتصادية"، مصدر من شركة صلة للتسويق، أنه في حال حصول ضغط سيتم التمديد.')
    assert a.source.startswith("مصدر") and a.source_class is A


@pytest.mark.parametrize("text", [
    "إذ يقول ضباط الحرس الجمهوري إنهم القوة الأساسية على الأرض.",
    "وقال موظفو الوزارة إن الرواتب تأخرت.",
])
def test_officers_or_staff_of_a_named_body_are_anonymous(text):
    assert only(text).source_class is A


def test_people_close_to_someone_are_anonymous_whatever_the_noun():
    a = only("وقال وسطاء مقربون من الرئيس المخلوع إنه يرفض التفاوض.")
    assert a.source_class is A


@pytest.mark.parametrize("text", [
    "ويتم القبول وفقًا لمتطلبات أصدرتها اللجنة.",
    "ويوزع المقاعد وفقا لنسب الثانوية العامة.",
    "وتصرف البدلات حسب المتبع نظاما.",
    "وتحدد الرواتب حسب دليل مؤهلات لائحة الوظائف الصحية.",
])
def test_according_to_requirements_or_a_guide_is_no_source(text):
    assert detect(text)[0] == ()


def test_according_to_the_text_of_a_resolution_is_still_a_source():
    assert only("وبحسب نص القرار، تبقى العقوبات مرفوعة.").cue == "وبحسب"


def test_insisting_with_a_that_clause_is_a_report():
    assert only("ويصر كوربين على أن الحزب سيفوز.").cue == "ويصر"


def test_insisting_on_an_act_is_not():
    assert detect("وأصر الفريق على الاستمرار في البطولة.")[0] == ()


def test_a_warning_participle_continues_its_speaker():
    atts, _ = detect("وقال المصدر إن الفصائل مستعدة، منبهًا إلى أن الهجوم قد يبدأ قريبا.")
    assert [a.cue for a in atts] == ["وقال", "منبهًا"] and atts[1].source_class is A


def test_the_feeling_shown_ends_the_subject_of_abda():
    a = only("وأبدى الأمير أحمد بن عبدالعزيز حزنه العميق لوفاة الفقيد.")
    assert a.source == "الأمير أحمد بن عبدالعزيز"


def test_a_name_starting_with_bi_is_not_an_admitted_fact():
    atts, _ = detect("وأقر تشاك بليزر، المسؤول الأمريكي السابق في الاتحاد، بتلقي رشاوى.")
    assert atts and atts[0].source.startswith("تشاك بليزر")
    atts, _ = detect("وأقر تشاك بليزر بتلقي رشاوى.")
    assert atts and atts[0].source == "تشاك بليزر"


def test_an_approving_board_is_no_admission():
    assert detect("أقر مجلس المديرين التنفيذيين للبنك الإسلامي للتنمية في ختام اجتماعاته تمويلات بقيمة مليار دولار.")[0] == ()


# ------------------------------------------------------------------ issue #9, ninth helper (snn_f's error kinds)

def test_a_surname_seen_before_is_no_addressee_before_a_quote():
    atts, _ = detect('وقالت وزيرة العدل لوريتا لينش في مؤتمر صحافي: "العنف مرفوض". '
                     'وفي المدينة كنيسة قديمة. وقالت لينش "اراد روف تصعيد التوترات".')
    assert [a.source for a in atts] == ["وزيرة العدل لوريتا لينش", "لينش"]
    assert all(a.source_class is N for a in atts)


def test_a_bare_definite_official_points_back_at_the_last_speaker():
    atts, _ = detect('وقال دبلوماسي غربي كبير إن الاتفاق جيد. وقال المسؤول "طموحنا هو التعاون".')
    assert [a.source_class for a in atts] == [A, A] and atts[0].source_id == atts[1].source_id
    atts, _ = detect("كشف وزير الإدارة المحلية عبدالرقيب سيف الأسودي أن الإغاثة وصلت. "
                     "وأضاف المسؤول اليمني أن الطرق مغلقة.")
    assert [a.source_class for a in atts] == [N, N]
    assert only("وقال المسؤول إن الاجتماع انتهى.").source_class is A


def test_a_group_with_an_unnamed_source_in_it_is_anonymous():
    a = only("وقال العقيد في الشرطة والمصدر في وزارة الداخلية: إن الهجوم نفذه انتحاريان.")
    assert a.source_class is A


def test_academics_are_a_vague_collective():
    assert only("وأكد أكاديميون أن أغلب المتفوقين من الحفاظ.").source_class is V


@pytest.mark.parametrize("text", [
    "وأثار السعر اعتراض الشركات على التسعيرة التي أعلنت عنها الوزارة أمس.",
    "وهددت الميليشيات بهدم الجدار العازل الذي أعلنت عنه الحكومة التونسية لحماية حدودها.",
    "وذكر مصدر أمني أن الشبكة التي أعلن عن الكشف عنها لا علاقة لها بالتفجير.",
])
def test_a_thing_announced_in_a_relative_clause_is_no_report(text):
    atts, _ = detect(text)
    assert all(a.cue not in ("أعلنت", "أعلن") for a in atts)


def test_a_relative_announcement_with_a_that_clause_still_reports():
    atts, _ = detect("وهذه الخطة التي أعلن عنها الوزير أمس، مؤكدا أنها ستنفذ قريبا.")
    assert any(a.cue == "مؤكدا" for a in atts)


@pytest.mark.parametrize("text", [
    "وقال الدكتور هيوز سامباسا مؤلف الدراسة، من قسم علم الأوبئة في جامعة أوتاوا، إن الاستخدام يؤدي إلى العزلة.",
    "أخيراً : نزل علم «العنصرية» في بلد الحرية!",
])
def test_the_noun_ilm_is_no_cue(text):
    atts, _ = detect(text)
    assert all(a.cue != "علم" for a in atts)


def test_ilm_opening_its_sentence_is_still_a_cue():
    assert only("وعلم من مصادر مطلعة أن الاجتماع تأجل.").cue == "وعلم"


@pytest.mark.parametrize("text", [
    "ويطبق في الفصول منهج المدارس وفق كل مرحلة، ويرشح الطلاب بناء على طلب أولياء أمورهم.",
    "ومؤكدا استمرار المركز في تنفيذ البرنامج وفق رحلات متتالية بفريق عمل متكامل.",
    "ويضاف إلى ذلك أن السياسة الأمريكية تسير وفق مخططات، مبنية على استراتيجيات.",
])
def test_according_to_a_plan_or_a_quantified_rule_is_no_source(text):
    atts, _ = detect(text)
    assert all(a.cue != "وفق" for a in atts)


def test_according_to_both_of_two_sources_is_a_source():
    assert only("وبحسب كل من الوزير والمدير، فإن المشروع تأخر.").cue == "وبحسب"


@pytest.mark.parametrize("text, cue", [
    ('وغرّد على حسابه في "تويتر" قائلاً: "الذين كرهوا القرار خصومتهم مع غيره".', "وغرّد"),
    ("حين وردت تقارير عن اندلاع أول الاشتباكات في الشمال.", "وردت"),
    ("رشحت مصادر كروية مطلعة إمكانية إسناد المهمة إلى لاعب سابق.", "رشحت"),
    ("في حين قدرت مصادر غير رسمية هذه النسبة بعشرين في المائة.", "قدرت"),
    ("وعلى صعيد متصل جدد المهنا تأكيده على أنه لا يعرف نوع الصلاحيات.", "جدد"),
    ("فند رئيس البلدية، علي الحجيري، مزاعم الحزب عن تحقيق انتصارات.", "فند"),
])
def test_reporting_verb_families_added_for_snn_f(text, cue):
    atts, _ = detect(text)
    assert cue in [a.cue for a in atts]


@pytest.mark.parametrize("text", [
    "وردّ الجيش باستهداف المحرض الرئيسي.",
    "وهي الرغبة القوية لدى العائلة التي رشحت هذه الشخصية للمنصب.",
    "وقدرت كلفة المشروع بنحو 15 مليون دينار.",
    "وحصل على كفالة مالية قدرها 100 ألف دولار.",
    "والمصريون يقدرون دعم الشعب لهم.",
    "وجددت إدارة النادي عقد اللاعب الشاب لثلاثة مواسم.",
    "وقرر سحب اللقب من خليفته، واكتفى بأن يلقب بأمير الحركة.",
    "وهذه الخدمة الجديدة بسيطة لكنها مفيدة للغاية للمستخدم.",
])
def test_other_senses_of_the_new_verbs_are_no_reports(text):
    assert detect(text)[0] == ()


def test_saying_only_that_much_continues_the_speaker():
    atts, _ = detect("وقال المتحدث إن التحقيق مستمر، إلا أنه اكتفى بالإشارة إلى عدم وجود طلب بهذا الخصوص.")
    a = [x for x in atts if x.cue == "اكتفى"]
    assert a and a[0].cue_kind == "continuation" and a[0].source == "المتحدث"


def test_a_saying_participle_of_afada_needs_a_that_clause():
    atts, _ = detect("وأوضح المدير أن الفريق سيغادر غدا، مفيدا أن الرحلة تأتي بإشراف مباشر.")
    assert [a.cue for a in atts] == ["وأوضح", "مفيدا"]


def test_unofficial_sources_are_vague():
    assert only("في حين قدرت مصادر غير رسمية هذه النسبة بعشرين في المائة.").source_class is V


def test_an_interview_with_a_paper_relays_the_speaker_and_his_continuations():
    atts, _ = detect("وقال ماريانو في مقابلة مع صحيفة كورييرا ديلا سييرا، «أنه اليوبيل الأول». وأضاف: إن المؤشرات كثيرة.")
    assert [a.via for a in atts] == ["كورييرا ديلا سييرا"] * 2


def test_a_radio_spoken_to_is_a_relay_not_part_of_the_source():
    a = only("وصرح الجنرال ليونارد نجيندكومانا لراديو فرنسا مساء أول من أمس بأن موالين له يشاركون.")
    assert a.source == "الجنرال ليونارد نجيندكومانا" and a.via


def test_a_participle_spoken_to_an_agency_is_relayed_by_it():
    a = only("ورفض ممثلو الأمن العام التعليق اليوم قائلين لرويترز إنه ليس لديهم المزيد.")
    assert a.cue == "قائلين" and a.via == "رويترز"


def test_a_surname_that_is_an_agency_name_is_no_relay():
    a = only("وأكد رئيس نادي الأسير قدورة فارس أن لجنة قانونية ستوثق الشهادات.")
    assert a.source == "رئيس نادي الأسير قدورة فارس" and a.via == ""
    assert only("وأبلغ جوردون ديريك رئيس الاتحاد رويترز أنه سيستقيل.").via == "رويترز"


def test_warning_of_a_danger_is_a_claim_warning_against_an_act_is_not():
    assert only("حذر رئيس بلدية روما أنياسيو ماريانو أمس من «المخاطر الملموسة لوقوع أعمال إرهابية».").cue == "حذر"
    assert detect("حذرت إمارة منطقة القصيم من تشغيل العمالة تحت أشعة الشمس.")[0] == ()


def test_a_participle_after_a_verb_with_a_collective_subject_continues_that_subject():
    atts, _ = detect("وانتقدت صحف تونسية زيارة ساركوزي، مشيرة إلى الدور السلبي الذي لعبه في ليبيا.")
    assert [(a.cue, a.source_class) for a in atts] == [("مشيرة", V)] and atts[0].source == "صحف تونسية"


def test_representatives_of_a_named_body_are_anonymous():
    a = only("ورفض ممثلو الأمن العام التعليق اليوم قائلين لرويترز إنه ليس لديهم المزيد.")
    assert a.source_class is A


def test_a_relay_named_at_the_end_of_the_sentence_is_the_verbs_via():
    atts, _ = detect("نقلت صحيفة “اكسبرس” البريطانية تقريرا. ويخشى أموازي أن الكشف عن هويته سيقلل من شأنه، بحسب الصحيفة.")
    a = [x for x in atts if x.cue == "ويخشى"]
    assert a and a[0].via == "اكسبرس" and all(x.cue != "بحسب" for x in atts)


def test_the_relay_next_to_the_verb_wins_and_the_later_one_is_no_source():
    atts, _ = detect("وأكد المصدر وفقا لموقع 24 أن التنظيم سيتخلى عنه، بحسب ما أفادت صحيفة “اكسبرس” البريطانية.")
    assert [(a.cue, a.via) for a in atts] == [("وأكد", "24")]


def test_an_agency_named_after_its_marker_is_the_source_not_a_relay():
    a = only("وقالت وكالة رويترز إن الأسعار ارتفعت.")
    assert a.source == "وكالة رويترز" and a.via == ""


def test_an_official_in_charge_of_something_is_an_office_not_anonymous():
    assert only("قالت المسؤولة عن الركن هاجر التاروتي إن الركن ينقسم إلى أجنحة.").source_class is N


def test_the_feminine_adjective_mufida_is_no_participle_of_saying():
    assert detect("إن المحافظة على تنظيف الأسنان مفيدة لصحة الأسنان، كما أنه يمكن أن ينقذ حياتك.")[0] == ()


@pytest.mark.parametrize("text, cue", [
    ("واتهمت المؤسسة الوطنية للنفط الحكومة المعترف بها دوليا بأنها قصفت ثلاث ناقلات.", "واتهمت"),
    ("اتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار.", "اتهمت"),
    ('وقبيل الهجوم اتهم قادة فصائل مسلحة الكاظمي بـ"المسؤولية" عن الصدامات.', "اتهم"),
])
def test_an_accusation_with_an_accuser_is_an_attribution(text, cue):
    assert only(text).cue == cue


def test_an_accusing_participle_continues_its_speaker():
    atts, _ = detect("وقال المتحدث إن سبعة صواريخ سقطت قرب المدرج، متهما المتمردين الحوثيين وحلفاءهم بشن الهجوم.")
    assert [a.cue for a in atts] == ["وقال", "متهما"]


@pytest.mark.parametrize("text", [
    "وأحالت الشرطة 6 متهمين في حادثة التحرش إلى هيئة التحقيق.",
    "تستهدف العقوبات سبع شركات متهمة بمساعدة النظام.",
    "ولم يتهم شخصيا بارتكاب أي مخالفات.",
    "واتهم اللاعب بالتقصير.",
])
def test_the_accused_the_noun_and_a_charge_without_accuser_are_no_attribution(text):
    assert all(a.cue not in ("متهمين", "متهمة", "يتهم") for a in detect(text)[0])


def test_a_charge_in_the_passive_is_no_accusation():
    atts, _ = detect("وأوضح تورو أن الرجال الخمسة اتهموا من قبل قاضي تحقيق في بروكسل بالمشاركة في نشاطات إرهابية.")
    assert [a.cue for a in atts] == ["وأوضح"]


def test_the_subject_between_kana_and_the_verb_without_qad():
    assert only("وكان الجيش التركى اتهم حزب العمال بخطف اثنين من جنوده.").source == "الجيش التركى"


def test_a_name_right_before_alladhi_is_the_speaker():
    atts, _ = detect("وقال المصدر ذاته إن الإصلاح ممكن. وكان بلاتر الذي أعلن أنه لن يترشح مجددا، أكد أن الإصلاح أولوية.")
    assert [(a.cue, a.source, a.source_class) for a in atts[1:]] == [("أعلن", "بلاتر", N), ("أكد", "بلاتر", N)]


def test_a_relative_announcement_after_kana_is_a_thing_announced():
    atts, _ = detect("وقتل المطلوب المدرج اسمه ضمن القائمة التي كانت وزارة الداخلية أعلنت عنها في يونيو.")
    assert atts == ()


@pytest.mark.parametrize("text", [
    "وقال عدد من موظفي الوزارة إن البدلات صرفت دون نظام.",
    "وأكد عدد كبير من الخبراء أن السوق ستتعافى.",
    "وذكر العديد من وسائل الإعلام أن المباراة تأجلت.",
])
def test_an_unspecified_number_of_people_is_vague(text):
    atts, _ = detect(text)
    assert atts and atts[0].source_class is V


def test_a_continuation_after_haythu_stays_in_its_own_sentence():
    atts, _ = detect("وقال مسؤول أمني إن الوضع هادئ.\n\nويشهد البلد توترات على وقع رفض فصائل مسلحة للنتائج حيث يقولون إنها مزورة.")
    assert atts[-1].cue == "يقولون" and atts[-1].source_id != atts[0].source_id and atts[-1].source_class is V


def test_one_of_the_reasons_is_no_speaker():
    atts, _ = detect("وقالت الفنانة سارة إن الرسم هوايتها. ولم تجد معهدا، لكن دعم أخيها كان أحد الأسباب، موضحة أن لوحاتها سرقت.")
    assert atts[-1].cue == "موضحة" and atts[-1].source_class is N


def test_abbara_after_qad_is_the_verb_not_the_preposition():
    atts, _ = detect("وكان المهنا قد عبر قبل أيام عن أمله في أن تمنح الثقة للحكام السعوديين.")
    assert [a.cue for a in atts] == ["عبر"] and atts[0].source == "المهنا"
    assert all(a.cue != "عبر" for a in detect("وأعلنت الوزارة الخبر عبر حسابها في تويتر.")[0])


@pytest.mark.parametrize("text", [
    "ولا تسمح أمريكا لأي قوة بالتحكم في الخليج، الذي يعتبر أهم مصادر الطاقة العالمية.",
    "ويعتبر غرق العبارة في فبراير من أسوأ الكوارث البحرية.",
    "فأصحاب الفكر المتشدد يجدون من يقدم لهم المال والسلاح، وكل هذا من شأنه أن يطيل الأزمة.",
])
def test_is_considered_and_finding_someone_are_no_reports(text):
    assert detect(text)[0] == ()


def test_an_imperfect_view_with_a_that_clause_or_a_source_word_stays():
    assert only("إلا أن أحد خبراء التأمين يعتبر أنه من الصعب تحديد المسؤول.").cue == "يعتبر"
    assert only("وهي خطوة يعتبرها البعض متأخرة.").cue == "يعتبرها"


def test_a_body_speaking_through_its_spokesman_is_one_report_on_the_verb():
    a = only("من جانبها، اعتبرت السلطة الفلسطينية على لسان الناطق باسم الرئاسة نبيل ابو ردينة إن القتل تصعيد خطير.")
    assert a.cue == "اعتبرت" and a.source == "السلطة الفلسطينية"
    assert only("وعلى لسان الناطق باسم الرئاسة، فإن القتل تصعيد خطير.").cue_kind == "preposition"


def test_a_paper_publishing_on_the_tongue_of_a_spokesman_keeps_the_spokesman():
    a = only("ونشرت الصحيفة على لسان متحدث باسم شرطة لافاييت قوله: «نبحث عن الأسباب».")
    assert a.cue == "على لسان" and a.source_class is A


def test_news_right_before_the_verb_is_its_subject_after_a_connective():
    a = only("من جهة أخرى ظهرت أنباء تؤكد أن الإدارة ستشتري عقد الحارس.")
    assert a.source == "أنباء" and a.source_class is V


def test_announcing_ones_own_waiver_is_an_act():
    atts, _ = detect("وأكدت الشرطة أن صاحب المحل أعلن تنازله عن التلفيات.")
    assert [a.cue for a in atts] == ["وأكدت"]


def test_a_stance_shown_inside_another_speakers_that_clause_is_not_reported():
    atts, _ = detect("وأكد رئيس البرلمان أن السلطات البريطانية أبدت استعدادا لمراجعة تحذيرها.")
    assert [a.cue for a in atts] == ["وأكد"]
    atts, _ = detect("وقال الوزير إن الوضع هادئ، وأبدت الجامعة استعدادها للتعاون.")
    assert [a.cue for a in atts] == ["وقال", "وأبدت"]


def test_confirming_the_truth_of_a_story_has_its_speaker_before_it():
    atts, _ = detect("وتوجهت الصحيفة إلى مصدر عسكري رفيع حول صحة التسجيلات، حيث أكد صحة الرواية التي نشرت عن الإعدامات.")
    a = [x for x in atts if x.cue == "أكد"]
    assert a and a[0].source_class is A and "صحة" not in a[0].source


def test_a_counted_legal_charge_is_no_accusation():
    atts, _ = detect("وقالت لينش ان الحكومة الامريكية تتهم روف بتسع عمليات قتل وثلاث محاولات قتل.")
    assert [a.cue for a in atts] == ["وقالت"]


def test_a_study_that_was_published_is_no_report():
    atts, _ = detect('وأوضح الباحثون خلال دراستهم التي نشرت في الموقع الطبي الأمريكي، أن قضاء ساعتين يضر.')
    assert [a.cue for a in atts] == ["وأوضح"]


def test_what_justifies_it_after_laalla_is_a_fact_not_a_speaker():
    assert detect("ولعل ما يبرّر ذلك هو أنه سمة مشتركة بين كثير من الناس.")[0] == ()


def test_the_noun_zaam_is_no_claim_but_claiming_that_is():
    assert detect("والتخوف من ذلك هو زعم غير منطقي، فتوقفوا عن الإرجاف!")[0] == ()
    assert only("وزعمت الجماعة أنها لا تزال تسيطر على المواقع.").cue == "وزعمت"


def test_a_survey_or_poll_showing_is_a_report_but_data_showing_is_evidence():
    a = only("وأظهر مسح شهري لرويترز أمس الخميس أن أسعار النفط قد تتعافى.")
    assert a.cue == "وأظهر" and a.source.startswith("مسح") and a.source_class is N and not a.via
    a = only("أظهرت بعض استطلاعات الرأي أنّ كوربين في طريقه لتحقيق الفوز.")
    assert a.source == "بعض استطلاعات الرأي" and a.source_class is V
    assert detect("وأظهرت البيانات الملاحية أن جزءا من هذه الطائرات حلّق في مسارات دائرية.")[0] == ()
    assert detect("حسبما تظهر الصور أعلاه فإن المبنى تضرر.")[0] == ()


def test_announcing_a_plan_a_vacancy_or_an_honour_is_an_act():
    assert detect("وأعلنت الحكومة الشهر الماضي عن خطة لإزالة العقبات أمام بناء المنازل.")[0] == ()
    assert detect("أعلنت هيئة الهلال الأحمر السعودي عن حاجتها لشغل وظائف طبيب مقيم.")[0] == ()
    assert detect('أعلن "طيران ناس" عن تكريم قائد طيار وأعضاء الطاقم الجوي.')[0] == ()
    # the act noun in a relative clause after the subject is no object of the verb
    a = only("وأعلن ذلك رئيس الوزراء توني أبوت الذي رفض مسبقًا دعوات بشأن تقديم استقالتها.")
    assert a.cue == "وأعلن"


@pytest.mark.parametrize("text", [
    # issue #9 (forty-sixth helper; snn_j, snn_p): declaring allegiance is an act, not a claim
    'وتنتشر القوات لقتال المجموعة التي أعلنت ولاءها لتنظيم "داعش" المتطرف.',
    'ويلقي الأمن باللائمة على جماعات متشددة تُعلن ولاءها لتنظيم "داعش"؛ حيث تسود علاقات متوترة.',
])
def test_declaring_allegiance_is_an_act(text):
    assert detect(text)[0] == ()


def test_announcing_that_a_group_declared_allegiance_is_still_a_report():
    a = only("وأعلن الجيش أن المسلحين بايعوا التنظيم.")
    assert (a.cue, a.source) == ("وأعلن", "الجيش")


def test_a_thing_that_confirms_in_a_relative_clause_is_no_speaker():
    atts, _ = detect("وتشير المعلومات إلى بيع الإيرانيات، الأمر الذي يؤكد عجز إيران عن مواجهة الشبكات.")
    assert [a.cue for a in atts] == ["وتشير"]
    assert detect("وطالب إيران التوقف عن هذه التصريحات والتدخلات التي توضح سوء النية.")[0] == ()
    # a person before the relative pronoun still speaks
    atts, _ = detect("وقال الوزير الذي يؤكد دائما أن الوضع مستقر إن الحكومة مستعدة.")
    assert [a.cue for a in atts] == ["وقال", "يؤكد"]


def test_describing_with_a_quoted_description_or_a_that_clause():
    atts, _ = detect("من جهته، وصف وزير الخارجية الأميركي جون كيري الاتجار بالبشر بـ«الأمر المحير».")
    assert [a.cue for a in atts] == ["وصف"] and atts[0].source.startswith("وزير الخارجية الأميركي جون كيري")
    assert "«" not in atts[0].source and not atts[0].source.endswith("بـ")
    atts, _ = detect("أكد تحالف القوى العراقية رفضه لتصريحات المالكي ووصفها بأنها غير مسؤولة.")
    assert [a.cue for a in atts] == ["أكد", "ووصفها"] and atts[0].source_id == atts[1].source_id
    assert detect("ومصادر وصفتها بالمقربة من الحكومة.")[0] == ()


def test_adding_with_biqawlihi_or_a_quotation_but_not_increasing():
    atts, _ = detect("وقال رئيس اللجنة إن السوق متضخم. وزاد في هذا الجانب بقوله: لو كان المنتج جيدا لما حصل التضخم.")
    assert [a.cue for a in atts] == ["وقال", "وزاد"] and atts[0].source_id == atts[1].source_id
    assert [a.cue for a in detect("ويزيد ماجد سيف «في زمن الفتن يجب أن يبتعد الجميع».")[0]] == ["ويزيد"]
    assert detect("وزاد المؤشر العام لسوق أبوظبي 0.6 في المائة مع صعود سهم الدار.")[0] == ()
    assert detect("بظهور النجم بستة أيام قد تزيد او تنقص، وليس شرطا أن يؤخذ الحساب بالمشاهدة.")[0] == ()


def test_ala_ma_alana_as_the_source_reported_the_sentence_before():
    a = only("قتل تسعة جنود في هجوم بسيارة مفخخة، على ما أعلن مصدر عسكري محملاً تنظيم القاعدة المسؤولية.")
    assert a.cue == "أعلن" and a.source.startswith("مصدر عسكري") and a.source_class is A
    assert detect("وطالت عمليات التجسس على ما يبدو المستشار السابق.")[0] == ()


def test_wa_bayyana_with_a_that_clause_after_a_comma_goes_on():
    atts, _ = detect("وقال مصدر رفيع إن مسؤولين تحدثوا إلى الجانبين، وبين أن وفدا التقى النائب السابق.")
    assert [a.cue for a in atts] == ["وقال", "وبين"] and atts[1].source_class is A
    assert detect("ووقعت اشتباكات بين الجيش، وبين المسلحين في المدينة.")[0] == ()


def test_an_act_noun_after_li_is_no_announced_act():
    assert [a.cue for a in detect("وأعلنت « ولاية سيناء» الفرع المصري لتنظيم «داعش» مسؤوليتها عن الهجوم.")[0]] == ["وأعلنت"]
    assert detect("أعلنت الوزارة تنظيم مؤتمر دولي.")[0] == ()


def test_a_person_named_only_by_trade_is_unnamed_but_two_named_citizens_are_two():
    a = only("فيما قال تاجر في السوق طلب عدم كشف اسمه: «لقد شاركت في عمليات الإغاثة».")
    assert a.source == "تاجر في السوق" and a.source_class is A
    atts, _ = detect("وقال المواطن صالح اليامي، إن تغيير أجواء العيد مطلب. وأكد المواطن أحمد آل هلال أن الزحام شديد.")
    assert [a.source_class for a in atts] == [N, N] and atts[0].source_id != atts[1].source_id


def test_expressing_or_speaking_with_the_particle_after_a_comma_or_an_occasion():
    a = only("وعبر مرصد حضرموت لتوثيق انتهاكات حقوق الإنسان، عن قلقه إزاء قيام المتشددين بالتدخل.")
    assert a.cue == "وعبر" and a.source.startswith("مرصد حضرموت")
    a = only("وعبر الملك عبدالله الثاني في تصريحات أطلقها من مدينة العقبة الساحلية عن قناعته بأن المشروع جزء من التضامن.")
    assert a.cue == "وعبر" and a.source == "الملك عبدالله الثاني"
    a = only("وتحدث الدكتور محمد حبيبي عميد عمادة شؤون الطلاب، أن الكرنفال قام بدعم جهود الشباب.")
    assert a.cue == "وتحدث" and a.source.startswith("الدكتور محمد حبيبي")
    a = only("إلا أن مصادر بفصائل تعارض الحوثيين تحدثت عن اشتباكات في ساعة مبكرة.")
    assert a.source_class is A
    assert detect("الذي يتحدث عن التزوير في الانتخابات.")[0] == ()


def test_people_passing_a_report_on_are_no_relay():
    a = only("ونقل نشطاء عن مصادر موثوقة، أن الملاكم سجن في مدينة منبج.")
    assert a.source == "مصادر موثوقة" and a.source_class is A and not a.via
    a = only("ونقلت رويترز عن مسؤولين أن الاتفاق قريب.")
    assert a.via == "رويترز"


def test_a_sentence_initial_cue_opens_its_clause_after_on_his_part():
    a = only("من جانبه عبر المواطن عبدالله بن فهد، أحد زوار فعاليات العيد بمسرح دار العلوم عن سعادته بالتجديد.")
    assert a.cue == "عبر" and a.source == "المواطن عبدالله بن فهد"
    assert detect("ونقلت الطائرة الركاب من جانبه عبر الحدود.")[0] == ()


def test_revealing_details_or_a_single_statistic_is_no_claim():
    assert detect("كشفت مصادر برلمانية عراقية لـ«عكاظ» تفاصيل الاجتماع المغلق الذي عقده وزير الدفاع.")[0] == ()
    assert detect("وأشارت إحصائية اطلعت الصحيفة عليها، إلى بلوغ قيمة المضبوطات 7 ملايين ريال.")[0] == ()
    assert only("وكشفت مصادر مطلعة أن الاجتماع تأجل.").source_class is A


@pytest.mark.parametrize("text", [
    # issue #9 (forty-sixth helper; snn_c, snn_p): «كشف النقاب عن» (unveiling) takes the veil as its object: right
    # after the verb it is the agentless passive or the object of a subject before; the veil is no source
    "من جهة أخرى، كشف النقاب في تل أبيب، أمس، عن مذكرة سرية بعث بها القنصل.",
    "والمقاومة هي الجهة الأولى التي كشفت النقاب عن مشاريع النظام ومواقعه.",
])
def test_unveiling_names_no_source(text):
    assert detect(text)[0] == ()


def test_his_compatriot_is_no_unnamed_citizen():
    from analysis.sourcing.cues import cue_lexicon, head_of
    lex = cue_lexicon("ar")
    assert head_of("مواطن", lex) is not None and head_of("المواطن", lex) is not None
    assert head_of("مواطنه", lex) is None  # "لضم مواطنه ممفيس ديباي": his compatriot


# ------------------------------------------------------------------ eleventh helper (2026-12-04)

def test_a_verbal_noun_of_an_event_right_after_the_verb_is_its_object():
    # "يؤكد استمرار …", "يتوقع نفادها": the event is the object, never the speaker
    atts, _ = detect("وتحدث وزير المالية عن الموازنة. وأكد استمرار الإنفاق على المشاريع الكبرى.")
    assert all("استمرار" not in a.source for a in atts)
    atts, _ = detect("وزار الطبيب المريض أمس، وأكد تعرضه لإصابة بالغة في الكتف.")
    assert all("تعرضه" not in a.source for a in atts)  # with a pronoun
    atts, _ = detect("فالجماعة المسلحة تدعي الانتصار في كل معركة.")
    assert all("الانتصار" not in a.source for a in atts)  # with the article
    atts, _ = detect("ورجح الخبير العسكري سامي الأحمد أن تتواصل المعارك. كما يرجح حدوث موجة نزوح جديدة.")
    assert all("حدوث" not in a.source for a in atts)
    a = only("وأكد المدير التنفيذي خالد العمري أن الأرباح سترتفع.")
    assert a.source == "المدير التنفيذي خالد العمري"


@pytest.mark.parametrize("text", [
    "وتتفاوت الغرامة حسب نوعية المخالفة التي ارتكبها السائق.",
    "وتحال القضايا إلى المحاكم حسب الاختصاص المكاني.",
    "وأحيل الموظفون حسب التوجيه للتحقيق معهم.",
    "وتختلف أسعار الأضاحي بحسب المحافظات والمدن.",
    "وتقدم الوجبات وفقاً لعادات أهل المنطقة وتقاليدهم.",
    "ويقام الاحتفال استناداً إلى قصيدة قديمة يرددها الأهالي.",
    "ويحق للطرفين فسخ العقد وفق البندين الخامس والسادس.",
])
def test_in_accordance_with_a_kind_a_custom_or_a_place_is_no_source(text):
    assert detect(text)[0] == ()


def test_according_to_a_source_still_counts_next_to_those_words():
    a = only("وبحسب مصادر مطلعة فإن الغرامة تختلف حسب نوعية المخالفة.")
    assert a.source == "مصادر مطلعة" and a.source_class is A


@pytest.mark.parametrize("one", ["أحدهم", "إحداهن", "أحدهما"])
def test_one_of_them_is_an_unnamed_source(one):
    a = only(f"وتجمع عدد من العمال أمام المصنع، وقال {one} إن الرواتب تأخرت ثلاثة أشهر.")
    assert a.source == one and a.source_class is A and a.source_number == "singular"


def test_a_text_stored_in_presentation_forms_is_read():
    a = only("ﻭﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ ﺇﻥ ﺍﻟﻠﺠﻨﺔ ﺳﺘﺠﺘﻤﻊ ﻏﺪﺍ.")
    assert a.cue == "ﻭﻗﺎﻝ" and a.source == "ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ" and a.source_class is A


@pytest.mark.parametrize("people", ["المسافرون", "المستثمرون", "الركاب", "المزارعون", "الطلاب"])
def test_unnamed_travellers_investors_or_farmers_are_a_vague_collective(people):
    a = only(f"وأكد {people} أن الأسعار ارتفعت كثيراً هذا العام.")
    assert a.source == people and a.source_class is V and a.source_number == "plural"


def test_a_colon_after_the_subject_completes_a_short_window_verb():
    atts, _ = detect("وقال مدرب الفريق إنه راضٍ عن الأداء. وتابع مدرب الفريق الأول لكرة القدم (45 عاما): «سنقاتل حتى النهاية».")
    assert [a.cue for a in atts] == ["وقال", "وتابع"] and atts[1].source.startswith("مدرب الفريق الأول")
    assert detect("وتابع الجمهور المباراة باهتمام كبير حتى النهاية.")[0] == ()  # followed, watched
    assert detect("يتساءل الكاتب محمد علي في مقاله: «هل هذا عدل؟»")[0] == ()  # a yes/no question


def test_a_title_or_someone_elses_words_after_publishing_are_no_report():
    assert detect("وفي خبر نشر في الصحيفة يوم الثلاثاء تحت عنوان: (الوزارة تخسر كفاءاتها) وتضمن أرقاما كثيرة.")[0] == ()
    assert detect("وكانت الهيئة قد نشرت تحت عنوان \"قرارات منتظرة\" تقريرا مطولا.")[0] == ()
    atts, _ = detect("وقال الرئيس في فيديو نشر صباح الاحد: «التغيير قادم».")
    assert [a.cue for a in atts] == ["وقال"]
    a = only("ونشرت الصحيفة أن الوزير سيستقيل.")
    assert a.cue == "ونشرت" and a.source == "الصحيفة"


def test_an_outlet_or_a_person_named_before_points_something_out():
    atts, _ = detect("ونقلت صحيفة الخبر عن مصادر أمنية أن العملية نجحت. وأشارت الصحيفة إلى استرجاع كمية من الأسلحة.")
    assert [a.cue for a in atts][-1] == "وأشارت" and atts[-1].source == "الصحيفة"
    atts, _ = detect("وقال الرئيس التركي رجب طيب إردوغان إن الحملة مستمرة. وأشار إردوغان إلى لقائه بنظيره الأميركي.")
    assert [a.cue for a in atts] == ["وقال", "وأشار"] and atts[1].source == "إردوغان"
    assert detect("وتشير الضربات الجوية المتكررة إلى تصعيد جديد.")[0] == ()  # things pointing


def test_a_report_before_the_verb_points_something_out():
    a = only("ولا سيما أن التقرير يشير إلى تورط موظفين في الشركة.")
    assert a.cue == "يشير" and a.source == "التقرير" and a.source_class is N
    assert detect("ولا سيما أن الأرقام تشير إلى تراجع كبير.")[0] == ()  # figures pointing: evidence


def test_the_outlet_spoken_to_after_an_aside_on_the_speaker_is_the_relay():
    a = only("وقال المصدر، الذي فضل عدم الكشف عن اسمه، لوكالة الأنباء الألمانية إن القوات سيطرت على المطار.")
    assert a.source == "المصدر" and a.via.endswith("الأنباء الألمانية")
    a = only("وقال محمد سالم منسق الهيئة الوطنية للإغاثة في شمال البلاد لوكالة فرانس برس «استقبلنا ألفي لاجئ».")
    assert a.via.endswith("فرانس برس")
    a = only("وأشارت المصادر إلى سقوط قتلى داخل معسكرين لـ«الحرس الجمهوري» غرب العاصمة.")
    assert not a.via  # the claim has begun: the name in it is no outlet spoken to


def test_a_masculine_belief_verb_after_a_feminine_word_is_the_agentless_passive():
    assert detect("وقصفت طائرات حربية يعتقد أنها تابعة للتحالف مواقع في الشمال.")[0] == ()
    assert detect("وعلى الحكومة التعامل مع الجماعات المسلحة والتي يعتقد أنها تتعاون مع الخصوم.")[0] == ()
    atts, _ = detect("وقالت مصادر طبية إن العدد ارتفع، فيما يعتقد الخبير سامي علي أن الأرقام أعلى.")
    assert [a.cue for a in atts] == ["وقالت", "يعتقد"]  # a subject after the verb: active


def test_speaking_or_expressing_with_the_subject_before_the_verb():
    a = only("ووزير الداخلية السابق تحدث عن أموال تلعب دورا في السياسة الداخلية.")
    assert a.cue == "تحدث" and a.source == "ووزير الداخلية السابق"
    atts, _ = detect("وقال المدرب إنه راضٍ. والعجيب أن صحيفة التايمز الهندية تحدثت (في الفترة نفسها) عن ظاهرة مشابهة.")
    assert [a.cue for a in atts] == ["وقال", "تحدثت"] and atts[1].source == "صحيفة التايمز الهندية"
    atts, _ = detect("وقال المدرب بيليجريني إن الدوري أولوية، لكنه تحدث أيضا عن رغبته في التقدم أوروبيا.")
    assert [a.cue for a in atts] == ["وقال", "تحدث"] and atts[1].source_id == atts[0].source_id
    assert detect("وفي الختام قال الكاتب إن العراق صامد. لا شيء يعبر عن هذا الصمود.")[0][1:] == ()
    assert detect("وهذه الوثيقة تتحدث عن حقوق المرأة في العمل.")[0] == ()  # a document: a topic


def test_unnamed_delegates_are_anonymous_and_a_named_delegate_is_not():
    a = only("وقال مندوبان خليجيان في منظمة أوبك إن الإنتاج سيرتفع الشهر المقبل.")
    assert a.source_class is A and a.source_number != "singular"
    a = only("وأوضح مندوب المملكة في الأمم المتحدة عبدالله المعلمي أن القرار صدر بالإجماع.")
    assert a.source_class is N


def test_according_to_the_details_is_vague_and_details_are_no_speaker():
    a = only("وحسب التفاصيل، فإن الحادث وقع فجر أمس على الطريق السريع.")
    assert a.source == "التفاصيل" and a.source_class is V
    assert detect("وزار الوزير المستشفى دون ذكر تفاصيل عن حالة المصابين.")[0] == ()
    assert detect("وتبين التفاصيل أن السائق كان مسرعا.")[0] == ()  # evidence as subject


def test_a_time_word_or_the_outlet_told_between_the_verb_and_its_subject():
    a = only("كما ذكرت الجمعة مصادر رسمية أن الجيش أرسل تعزيزات إلى الشمال.")
    assert a.source == "مصادر رسمية" and a.source_class is A
    a = only("وذكرت أمس مصادر أمنية أن الطريق أغلق.")
    assert a.source == "مصادر أمنية" and a.source_class is A
    a = only('أبلغ "المدينة" مصدر مسؤول في الوزارة، أن القرار صدر أمس.')
    assert a.source == "مصدر مسؤول في الوزارة" and a.source_class is A
    a = only("وأبلغت «الرياض» مصادر مطلعة أن المفاوضات توقفت.")
    assert a.source == "مصادر مطلعة" and a.source_class is A
    # the quoted name is the subject when a thing or a time follows it
    assert only('وكشف "ويكليكس" مطلع الشهر الجاري أن الوكالة تجسست على الوزراء.').source_class is N
    atts, _ = detect('أوضحت "جامعة الملك سعود" تفاصيل القرار في بيان، مؤكدة أنه نهائي.')
    assert atts and all("تفاصيل" not in a.source for a in atts)


def test_explaining_with_bare_bayyana_before_its_that_clause():
    atts, _ = detect("وأوضح المسؤول أن المبنى جديد، وبين المصدر أن الغرفة غير نظامية.")
    assert [a.cue for a in atts] == ["وأوضح", "وبين"] and atts[1].source == "المصدر"
    atts, _ = detect("وقال الخبير سالم العمري إن الودائع تنمو. وفيما يتعلق بحجم الودائع، بين أنها كبيرة جدا.")
    assert [a.cue for a in atts] == ["وقال", "بين"] and atts[1].source_id == atts[0].source_id
    atts, _ = detect("وقال الخبير سالم العمري إن السيولة متوافرة. وفيما بين أن الاحتياطيات كبيرة، قال إنه لا خوف.")
    assert [a.cue for a in atts] == ["وقال", "بين", "قال"] and len({a.source_id for a in atts}) == 1
    # 'between'
    assert detect("ووقع الاتفاق بين الوزارة والشركة أن تبدأ الأعمال.")[0] == ()
    assert detect("بين المسؤولين خلاف على أن الخطة تأخرت.")[0] == ()
    assert detect("وقارن بين المصدر والوزارة في أن كليهما تأخر.")[0] == ()


def test_an_honorific_and_a_name_name_the_speaker():
    a = only("وقال عضو جمعية حقوق الإنسان بجدة الدكتور سامي العتيبي إن الوضع سيئ.")
    assert a.source_class is N
    assert only("رأى عضو كتلة التغيير النائب فادي سلامة أن الحكومة فشلت.").source_class is N
    assert only("وقال قائد شرطة المنطقة اللواء فهد الحربي إن الطريق فتح.").source_class is N
    # a rank with no name after it: still unnamed
    assert only("وقال العقيد في الشرطة والمصدر في وزارة الداخلية إن الحادث وقع.").source_class is A
    assert only("وقال مسؤول في الوزارة إن الشيخ عبدالله سيزور المدينة.").source_class is A


def test_another_one_takes_the_kind_of_the_speaker_before():
    atts, _ = detect("وقال مسؤول في الشركة إن الأسعار سترتفع. فيما قال آخر إن الأسعار ستنخفض، مبينا أن الطلب ضعيف.")
    assert [a.source_class for a in atts] == [A, A, A] and atts[1].source_id != atts[0].source_id
    atts, _ = detect("ويرى بعض المستهلكين أنها فرصة، وآخر يقول: إنها بضاعة معيبة.")
    assert [a.source_class for a in atts] == [V, V]
    atts, _ = detect("وينظر بعض الزبائن إلى التخفيضات بريبة. وآخر يقول: إنها بضاعة قديمة.")
    assert [a.source_class for a in atts] == [V]  # some … another (the first is no report)
    atts, _ = detect("وقال الوزير خالد العمر إن الخطة جاهزة. وقال آخر إن الخطة متأخرة.")
    assert [a.source_class for a in atts] == [N, A]  # another person, not named


def test_most_of_them_is_vague():
    assert only("كما أجمع أغلبية التجار على أنه لا توجد بضائع.").source_class is V
    assert only("وأكدت غالبية المسؤولين في الشركة أن الأرباح تراجعت.").source_class is V


def test_hinting_like_pointing_out():
    atts, _ = detect("وقال الرئيس الروسي فلاديمير بوتين إن البطولة ستقام. وألمح بوتين إلى الأزمة التي تعصف بالاتحاد.")
    assert [a.cue for a in atts] == ["وقال", "وألمح"] and atts[1].source_class is N
    a = only("وهو ما ألمح إليه رئيس الوزراء الأردني عبدالله النسور في تصريحات أمس.")
    assert a.source == "رئيس الوزراء الأردني عبدالله النسور"
    atts, _ = detect("وقال المدرب إن اللاعب باق. وكان اللاعب قد ألمح برغبته في الرحيل عن النادي.")
    assert [a.cue for a in atts] == ["وقال", "ألمح"]
    assert detect("وألمحت الأزمة إلى ضعف الإدارة.")[0] == ()  # a thing hints: no report


def test_revealing_with_afsaha_an():
    a = only("بالمقابل، أفصحت مصادر طبية لـ«المدينة»، عن سقوط خمسة قتلى في القصف.")
    assert a.cue == "أفصحت" and a.source == "مصادر طبية" and a.source_class is A
    assert [a.cue for a in detect("وقال المصدر الذي لم يفصح عن اسمه إن الهجوم وقع.")[0]] == ["وقال"]


def test_answering_narrating_justifying():
    atts, _ = detect('وسئل المدرب عن موعد الإعلان فأجاب: "سيعلن خلال الساعات المقبلة".')
    assert [a.cue for a in atts] == ["فأجاب"]
    assert detect("وأجاب الوزير عن أسئلة النواب في الجلسة.")[0] == ()  # answered the questions
    assert detect("وفي كل موسم يتصبب العقلاء عرقا مخافة أن ” يجيب العيد ” علينا.")[0] == ()  # colloquial "brings"
    a = only('وروى المواطن سالم الشمري لـ"المدينة" أنه فوجئ بالطلب.')
    assert a.cue == "وروى" and a.source == "المواطن سالم الشمري"
    assert detect("وروى المزارع الأرض بماء البئر.")[0] == ()  # watered
    atts, _ = detect("وقال المؤلف إن التنظيم يتمدد، ويروي قصصا من الميدان عن معاناة الأبرياء.")
    assert all("قصص" not in a.source for a in atts)  # the stories told are the object
    assert only("وعلل الوزير ذلك بعدم قدرة الشركة على التنفيذ.").source == "الوزير"
    assert only("وعزى المحلل سالم العمري هذه الانخفاضات إلى عدة عوامل.").cue == "وعزى"
    a = only('وسئل المتحدث عن الضربات، فأجاب بالنيابة عن الفريق بأن الفريق "لم يأخذ موقفا".')
    assert "بالنيابة" not in a.source


def test_without_that_is_no_that_clause():
    assert detect("وطبعا عقود من الزمان مضت دون أن تتمكن الحكومة من تقديم أي دليل.")[0] == ()
    assert only("وقال الوزير دون أن يذكر تفاصيل إن الاتفاق قريب.").source == "الوزير"


def test_as_an_outlet_relayed_from_him():
    atts, _ = detect('من جانبه، قال رئيس القطاع الديني في الوزارة الشيخ محمد عبدالرازق، كما نقل عنه موقع "العربية نت" '
                     'إنه سيتم وضع قائمة. وأضاف أن القائمة جاهزة.')
    assert [a.cue for a in atts] == ["قال", "وأضاف"] and all(a.via == "العربية نت" for a in atts)


def test_in_accordance_with_the_highest_standards_is_no_source():
    for text in ("ونفذ المشروع وفق أحدث الأساليب الهندسية.", "وتعمل الشركة وفقاً لأعلى معايير الجودة والأداء.",
                 "وسيمر الخط بحسب المقترح الموجود حاليا بأحياء عدة.", "ويعرض المتحف القطع حسب سيناريو العرض.",
                 "ويتقاضى كل بائع حسب شطارته في البيع.", "وتوزع المهام وفق الأطر المحددة لذلك."):
        assert detect(text)[0] == (), text
    assert only("وارتفع عدد السكان وفق أحدث الإحصاءات الرسمية.").cue == "وفق"  # the latest statistics: a source


def test_unspecified_numbers_of_people_are_vague():
    # issue #9 (thirteenth helper): many, dozens, everyone, numerous (heldout, snn_b, snn_e, snn_f, snn_i, snn_j)
    for text, source in (("يقول الكثير من الرسامين الشباب إن المعارض قليلة.", "الكثير من الرسامين الشباب"),
                         ("وقال كثير من المسؤولين إن الاتفاق قريب.", "كثير من المسؤولين"),
                         ("وأكدت مئات الأسر أن المياه مقطوعة منذ أسبوع.", "مئات الأسر"),
                         ("وقال الجميع إن الموسم كان صعبا.", "الجميع"),
                         ("وقد رأت دول عديدة أن النظام مفيد.", "دول عديدة")):
        a = only(text)
        assert a.source == source and a.source_class is V, text
    assert only("واتهم عشرات السكان من أهالي القرية البلدية بالتقصير.").source_class is V
    assert only("وقالت مصادر عديدة إن الاتفاق قريب.").source_class is A  # unnamed sources stay anonymous


def test_a_word_after_a_prepositional_cue_is_a_noun():
    # "بحسب رأي المختصين": رأي (opinion) is the genitive of بحسب, not the verb رأى (snn_j)
    a = only("وقد يدفع ذلك الحكومة - بحسب رأي الخبراء - إلى خفض الإنفاق.")
    assert a.cue == "بحسب" and a.source_class is V


def test_the_writer_told_is_not_the_subject():
    # "قال لي المدير", "وقال لنا مصدر": the writer told, right after the verb, is its object
    a = only("وقال لي المدير إن الموعد قريب.")
    assert a.source == "المدير" and a.source_class is N
    a = only("وقال لنا مصدر مطلع إن الموعد قريب.")
    assert a.source == "مصدر مطلع" and a.source_class is A
    assert only("وروى لي أحد العاملين أن الرواتب متأخرة.").source == "أحد العاملين"
    assert only("قال لي كون هي ذات مرة إن الشركة قوية.").source.startswith("لي كون")  # Lee, a name


def test_since_that_is_no_that_clause():
    # "حيث إن" is 'since' (a reason): its أن is not the verb's that-clause (snn_i, snn_j)
    assert detect("وهذه الظواهر تعتبر نادرة مقارنة بغيرها، حيث إن المجتمع محافظ.")[0] == ()
    assert detect("وقد كشف الحريق مدى صعوبة الوصول إلى الموقع حيث إن الطريق ضيق.")[0] == ()
    # "حيث" before anything else is 'where': the search for the that-clause goes on
    a = only("وحذر الوزير الموجود حاليا في باريس، حيث يقوم بأول زيارة له، من أن الأزمة ستتفاقم.")
    assert a.cue == "وحذر" and a.source == "الوزير الموجود حاليا في باريس"


def test_a_name_after_bin_is_no_object_noun():
    # "مبارك بن بنيه": بنيه after بن is part of the name, not ب + نية (an object noun) (snn_a, snn_j)
    a = only("أعرب رئيس المجلس بالإنابة سالم بن بنيه العتيبي عن رفضه للتصريحات الأخيرة.")
    assert a.source == "رئيس المجلس بالإنابة سالم بن بنيه العتيبي" and a.source_class is N


def test_a_fronted_opener_and_a_comma_open_the_clause():
    # "من جهته، عبر …": like "من جهته عبر …", the verb opens its clause after the opener and its comma
    a = only("من جهته، عبر المدير العام سالم العتيبي عن قلقه من الوضع.")
    assert a.cue == "عبر" and a.source == "المدير العام سالم العتيبي"
    assert detect("وسافر الوفد عبر المطار، عبر الحدود.")[0] == ()  # through


def test_warning_of_a_bad_outcome():
    # "يحذرون من المزيد من الانخفاضات", "حذر من غياب …": a bad outcome claimed (snn_e, snn_h, snn_j)
    a = only("لكن خبراء يحذرون من المزيد من التراجع في أسعار الأسهم.")
    assert a.cue == "يحذرون" and a.source_class is V
    assert only("وكان رئيس اللجنة حذر من غياب اللاعبين عن المعسكر.").source == "رئيس اللجنة"
    assert only("وحذر المحلل سالم العتيبي من تفاقم الأزمة المالية.").cue == "وحذر"
    assert detect("وحذر الوزير المواطنين من التعامل مع المواقع الوهمية.")[0] == ()  # an appeal


def test_pointing_out_with_lafata_ila():
    # like أشار: «ولفت إلى وجود …» with a speaker going on (snn_i 2)
    atts, _ = detect("وقال مدير المهرجان سالم العتيبي إن الإقبال كبير. ولفت إلى وجود تنافس بين الشركات الراعية.")
    assert [a.cue for a in atts] == ["وقال", "ولفت"] and atts[1].source_id == atts[0].source_id
    assert detect("ولفت المشهد إلى الطريق انتباه المارة.")[0] == ()  # a scene drew attention: no speaker


def test_a_result_announced_before_a_word_that_can_name_an_act_is_a_claim():
    # "تنظيم" (organising) is an act noun, but here it is the group: the result (مقتل) comes first
    a = only("وأشارت المصادر إلى مقتل ثمانية من تنظيم داعش وتدمير عجلتين.")
    assert (a.source, a.source_class) == ("المصادر", A)
    assert detect("وأعلنت الوزارة تأسيس أول جمعية رياضية.")[0] == ()  # still an act when the act comes first


def test_an_outlet_named_between_a_fronted_source_and_its_verb_is_set_aside():
    a = only("مصادر خاصة بـ «عكاظ» أشارت إلى أن التحقيقات أفضت إلى نتائج.", outlet="عكاظ")
    assert (a.source, a.source_class) == ("مصادر خاصة", A)
    a = only('وفي الرياض، مصادر لـ"الوطن" قالت إن الاجتماع تأجل.', outlet="الوطن")
    assert (a.source, a.source_class) == ("مصادر", A)


@pytest.mark.parametrize("text, source", [
    ("وقال شاهد عيان إن المسلحين اقتحموا القرية.", "شاهد عيان"),
    ("وقالت شاهدة إن المسلحين اقتحموا القرية.", "شاهدة"),
    ("وقال طبيب في المستشفى إن الحالة مستقرة.", "طبيب في المستشفى"),
    ("وقال جندي في الجيش إن الهجوم فشل.", "جندي في الجيش"),
])
def test_one_unnamed_person_by_what_they_do_is_anonymous(text, source):
    a = only(text)
    assert (a.source, a.source_class) == (source, A)


def test_a_person_noun_inside_a_named_speakers_description_does_not_unname_them():
    a = only("ونفى زوج معلمة تبوك فيصل العمراني أن يكون قد تنازل عن القضية.")
    assert a.source_class is N
    # the plural of such a noun is a collective ("العاملين" is no dual of "عامل")
    a = only("وأكد عدد من الأطباء العاملين في المستشفى أن الحالة مستقرة.")
    assert a.source_class is V


def test_an_interview_with_an_agency_before_the_words_relays_them():
    a = only("وقال وزير الخارجية في مقابلة مع رويترز إن المفاوضات مستمرة.")
    assert (a.source, a.via) == ("وزير الخارجية", "رويترز")
    a = only("وقال وزير الخارجية إن المفاوضات مستمرة مع رويترز وغيرها.")  # after the words: part of the claim
    assert a.via == ""


def test_a_quoted_speaker_named_again_after_a_verb_of_adding_needs_no_that_word():
    atts, _ = detect("وقال السليم إن القرار صدر. وأضاف السليم بأهمية التوقيع على الإقرار.")
    assert [(a.cue, a.source) for a in atts] == [("وقال", "السليم"), ("وأضاف", "السليم")]
    # a name nobody quoted before is not made a speaker by the verb alone
    assert detect("وأضاف السليم بأهمية التوقيع على الإقرار.")[0] == ()


# issue #9 (twenty-eighth helper): a person named with a family name carrying the article is then called by that
# name alone, or by the full name with other words around it; each is the same source, not a new one
@pytest.mark.parametrize("text", [
    "وقال العميد سعد الحربي في شرطة المنطقة إن الحادث وقع ليلا. وأضاف الحربي أن التحقيق مستمر.",
    "وأكد خالد بن فهد المطيري مدير إدارة المرور أن الطريق مغلق. وأوضح المطيري أن العمل ينتهي غدا.",
    "وقال الدكتور ناصر العتيبي أن المرض انحسر. وبين الدكتور العتيبي أن الحالات قليلة.",
    "قالت السفيرة هالة الشمري رئيسة اللجنة إن الدعم قائم. وأكدت السفيرة هالة الشمري أن العمل مستمر.",
])
def test_a_family_name_again_is_the_same_source(text):
    two_mentions_of_one_source(text)


@pytest.mark.parametrize("text", [
    # another given name with the same family name is another person
    "وقال محمد الحربي مدير الإدارة إن الحادث وقع ليلا. وقال أحمد الحربي رئيس القسم إن التحقيق مستمر.",
    "قال الدكتور محمد العتيبي عميد الكلية إن الحالات قليلة. وأوضح الدكتور سالم العتيبي أن المرض انحسر.",
])
def test_a_shared_word_is_no_family_name_again(text):
    _, sources = detect(text)
    assert len(sources) == 2


# issue #9 (twenty-eighth helper): the name in apposition after an office, past the phrase read as the source, is the
# name the article then calls the person by
@pytest.mark.parametrize("text", [
    "وقال نائب مدير المستشفى، الدكتور سامي الحربي، إن الحالات مستقرة. وأوضح الحربي أن المصابين خرجوا.",
    "قال حاكم الإقليم الشمالي ،جان باكو إن الهجوم صد. وذكر باكو أن الجيش انتشر.",
])
def test_a_name_in_apposition_after_the_office_is_the_same_source(text):
    two_mentions_of_one_source(text)


# issue #9 (twenty-eighth helper): an office with the article and no name points back at the person the article gave
# that office with a name
@pytest.mark.parametrize("text", [
    "قالت السفيرة هدى العلي رئيسة اللجنة إن الدعم قائم. وأشارت السفيرة إلى أن العمل مستمر.",
    "وقال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق قريب. وأضاف الرئيس الفرنسي أن الوفد وصل.",
])
def test_an_office_alone_after_the_named_holder_is_the_same_source(text):
    two_mentions_of_one_source(text)


def test_an_office_alone_is_not_another_office_holder():
    # "السفير" is not the minister named before
    _, sources = detect("وقال وزير الخارجية سامي الحربي إن الاتفاق قريب. وقال السفير إن الوفد وصل.")
    assert len(sources) == 2


# issue #9 (twenty-eighth helper): a source phrase that runs on past the name into the clause still names the source
# by its first word
@pytest.mark.parametrize("text", [
    "وقالت الحكومة إن الوضع مستقر. واعتبرت الحكومة الحادث مؤشرا خطيرا على التصعيد.",
    "وذكر المرصد السوري لحقوق الانسان أن القصف استمر. وذكر المرصد ومقره لندن أن الضحايا مدنيون.",
    "وقال عمر المطيري رئيس اللجنة إن القرار نهائي. وقال المطيري في معرض رده إن الاعتراض مرفوض.",
])
def test_a_source_run_on_into_the_clause_is_the_same_source(text):
    two_mentions_of_one_source(text)


def test_a_run_on_source_with_another_adjective_is_another_source():
    _, sources = detect("وذكر المرصد السوري أن القصف استمر. وذكر المرصد الأورومتوسطي أن الضحايا مدنيون.")
    assert len(sources) == 2


# issue #9 (twenty-eighth helper): a body's noun with the article points back at the body the article named in full
@pytest.mark.parametrize("text", [
    "أعلنت جامعة القاهرة الحكومية أن الامتحانات تأجلت. وذكرت الجامعة أن الموعد الجديد سيعلن لاحقا.",
    "أفاد المرصد السوري لحقوق الانسان بأن القصف استمر. وقال المرصد إن الضحايا مدنيون.",
    "وقالت وزارة الداخلية الكويتية إن الخلية ضبطت. وقالت الوزارة إن التحقيق مستمر.",
])
def test_a_body_noun_with_the_article_is_the_body_named_before(text):
    two_mentions_of_one_source(text)


# issue #9 (twenty-eighth helper): the statement as the source speaks for the one who issued it
@pytest.mark.parametrize("text", [
    "وقالت وزارة الخارجية في بيان إن السفير استدعي. وأضاف البيان أن الحكومة تحتج بشدة.",
    "وذكر مصدر أمني في بيان أن الهجوم فشل. وقال البيان إن المهاجمين فروا.",
])
def test_the_statement_is_its_issuer(text):
    atts = two_mentions_of_one_source(text)
    assert atts[1].source_class is atts[0].source_class


def test_the_statement_without_an_issuer_is_its_own_source():
    atts, sources = detect("وقال الوزير إن الوضع مستقر. وأضاف البيان أن الحكومة تحتج بشدة.")
    assert len(atts) == 2 and len(sources) == 2


def test_an_unnamed_group_by_one_word_said_again_is_one_source():
    # issue #9 (twenty-eighth helper): "محللون" twice is the same unnamed group (the gold sets link them); a bare
    # "مصادر" twice stays two (test_a_bare_plural_twice_is_not_linked_by_its_words_alone)
    atts, sources = detect("وتوقع محللون أن ترتفع الأسعار. وفي ملف آخر، يتوقع محللون أن يتراجع الطلب.")
    assert len(atts) == 2 and len(sources) == 1, [(a.cue, a.source, a.source_id) for a in atts]


def test_the_source_word_points_at_the_source_mentioned_last():
    # issue #9 (twenty-eighth helper): "وأكد المصدر" right after "أوضح مصدر مطلع" is that source, though another
    # unnamed source was brought in between its two mentions
    atts, _ = detect("وكشف مصدر مطلع أن القرار صدر. وأوضح مصدر مسؤول بالوزارة أن التنفيذ يبدأ غدا. "
                     "وأوضح مصدر مطلع أن اللجنة اجتمعت. وأكد المصدر أن الأسماء ستعلن.")
    assert len(atts) == 4, [(a.cue, a.source) for a in atts]
    assert atts[3].source_id == atts[2].source_id == atts[0].source_id != atts[1].source_id


def test_a_name_given_at_a_later_mention_is_the_sources_name():
    # issue #9 (twenty-eighth helper): the office named first, then the person with the office, then the name alone
    atts, sources = detect("وقال رئيس الاتحاد إن الموسم انتهى. وأوضح جوردون ديريك رئيس الاتحاد أن اللجنة اجتمعت. "
                           "وقال ديريك إن القرار نهائي.")
    assert len(atts) == 3 and len(sources) == 1, [(a.cue, a.source, a.source_id) for a in atts]


def test_an_office_alone_after_a_later_description_of_the_named_source():
    # issue #9 (twenty-eighth helper): the office given at the person's second mention is also the person's
    atts, sources = detect("وقال جوردون ديريك إن الموسم انتهى. وأوضح جوردون ديريك رئيس الاتحاد الكاريبي أن اللجنة "
                           "اجتمعت. وأكد رئيس الاتحاد الكاريبي أن القرار نهائي.")
    assert len(atts) == 3 and len(sources) == 1, [(a.cue, a.source, a.source_id) for a in atts]


def test_touching_on_a_point_with_its_words_is_a_report():
    # issue #9 (thirtieth helper): «تطرق» (touched on) with a that-clause or «بالقول» is a verb of saying;
    # touching on a topic alone is not
    atts, _ = detect("وقال الوزير إن المشروع يتقدم. وتطرق الوزير في حديثه إلى أن شركات التطوير تحتاج إلى دعم.")
    assert [a.cue for a in atts] == ["وقال", "وتطرق"] and atts[1].source_class is N
    a = only("وتطرقت السفيرة ليلى أحمد بالقول: إن الاتفاق يخدم البلدين.")
    assert a.cue == "وتطرقت" and a.source_class is N
    atts, _ = detect("وتطرق الاجتماع إلى عدد من الموضوعات المتعلقة بالتعليم.")
    assert atts == ()


def test_a_verb_after_as_if_or_if_is_no_report():
    # issue #9 (thirtieth helper): «وكأنه يرى», «لو علمت», «وإذا رأى» describe a manner or a condition, not a
    # report; «كان يرى أنه» (was, normalised like «كأن») stays one
    atts, _ = detect("وقال المدرب إن اللاعب باق. وبدا الوزير وكأنه يرى أن القرار نهائي.")
    assert [a.cue for a in atts] == ["وقال"]
    atts, _ = detect("وهل ستجرؤ على ذلك لو علمت بأنه سيشهر بك؟ وإذا رأى الرئيس أنه من المناسب فسيعلن ذلك.")
    assert not atts, [(a.cue, a.source) for a in atts]
    a = only("وكان الوزير يرى أن القرار نهائي.")
    assert a.cue == "يرى" and a.source_class is N


def test_excluding_from_a_squad_is_not_ruling_out():
    # issue #9 (thirtieth helper): «استبعد X من حسابات/معسكر/قائمة» is excluding someone, not ruling a thing out;
    # «استبعد الوزير أن …» stays a report
    atts, _ = detect("ويأتي الاهتمام باللاعب بعد أن استبعد اللاعب من حسابات الجهاز الفني لفريقه.")
    assert not atts, [(a.cue, a.source) for a in atts]
    atts, _ = detect("وتنازل النادي عن المدافع الذي استبعد من معسكر الفريق في مصر.")
    assert not atts, [(a.cue, a.source) for a in atts]
    a = only("واستبعد الوزير أن يتم رفع الأسعار هذا العام.")
    assert a.cue == "واستبعد" and a.source_class is N


def test_written_words_after_a_colon_where_they_were_posted():
    # issue #9 (thirtieth helper): «وكتب X في حسابه على الفيسبوك: «…»» is a statement in writing; a byline
    # («كتب - محمد علي:») is not
    a = only("وكتب كامبياسو (34 عاما) في حسابه على الفيسبوك: «أود الإعلان أنني قررت الاعتزال».")
    assert a.cue == "وكتب" and a.source_class is N
    a = only("وكتب اللاعب عبر حسابه الرسمي في «إنستغرام»: «أيام من العمل الشاق».")
    assert a.cue == "وكتب"
    atts, _ = detect("كتب - محمد علي: افتتح أمير المنطقة أمس المعرض السنوي للكتاب.")
    assert not atts, [(a.cue, a.source) for a in atts]


def test_a_military_result_announced_is_a_claim():
    # issue #9 (thirtieth helper): control, liberation or recapture announced («أعلنت المقاومة سيطرتها على»)
    # is a claim like «أعلن مقتل»; announcing one's own act («أعلن النادي فتح باب الترشح») stays out
    a = only("وفي مأرب، أعلنت المقاومة الشعبية سيطرتها على ثلاثة مواقع جديدة للحوثيين.")
    assert a.cue == "أعلنت" and a.source_class is N
    a = only("وتقدمت القوات نحو البلدة التي أعلنت المقاومة تحريرها بالكامل.")
    assert a.cue == "أعلنت"
    atts, _ = detect("أعلن نادي الشباب فتح باب الترشح لعضوية مجلس الإدارة.")
    assert not atts, [(a.cue, a.source) for a in atts]


def test_a_named_estimate_with_the_quantity_after_its_subject():
    # issue #9 (thirtieth helper): «وقدر <named subject> حجم/قيمة …» is an estimate (a claim); the quantity right
    # after the verb («وقدرت كلفة المشروع بـ») or only after the amount is the agentless passive
    atts, _ = detect("وقدر عضو الجمعية السعودية للاقتصاد الدكتور عبدالله المغلوث حجم الإنفاق بنحو 12 مليار ريال.")
    assert [a.cue for a in atts] == ["وقدر"] and atts[0].source_class is N, [(a.cue, a.source) for a in atts]
    atts, _ = detect("وقدرت كلفة المشروع بنحو 40 مليون ريال.")
    assert not atts, [(a.cue, a.source) for a in atts]
    atts, _ = detect("وقدرت جميع المسروقات بحدود 35 ألف ريال، خلاف قيمة السيارة.")
    assert not atts, [(a.cue, a.source) for a in atts]


def test_described_as_with_no_object_is_the_passive():
    # issue #9 (thirtieth helper): «وصفت بأنها» with nothing described between verb and «بأن» is «وُصفت بأنها»
    # (was described as), no one's description; with its object («وصف الوزير الاتفاق بأنه») it is one
    atts, _ = detect("وتضمنت تقارير الهيئة ملاحظات وصفت بأنها استغلال للسلطة في صرف البدلات.")
    assert not atts, [(a.cue, a.source) for a in atts]
    atts, _ = detect("وتوالت التعليقات حول ما وصف بأنه «جريمة» بحق الحيوان.")
    assert not atts, [(a.cue, a.source) for a in atts]
    a = only("ووصف الوزير الاتفاق بأنه خطوة مهمة.")
    assert a.cue == "ووصف" and a.source_class is N


# ------------------------------------------------------------------ snn_n rule work (thirty-first helper; invented sentences)

@pytest.mark.parametrize("text", [
    "إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: «نعتقد أن بعض القتلى ينتمون للحركة».",
    "لكن مصدراً أمنياً، في اتصال هاتفي، أكد أن الهجوم فشل.",
])
def test_an_unnamed_subject_before_a_short_aside_between_commas_speaks(text):
    a = only(text)
    assert a.source in ("مسؤولاً محلياً", "مصدراً أمنياً") and a.source_class is A


def test_no_subject_is_taken_before_an_aside_that_names_no_source():
    assert only("وفي الصومال، بعد يومين من الحادثة، قال إن القتلى مدنيون.").source == ""


@pytest.mark.parametrize("text, source", [
    # issue #9 (thirty-first helper, snn_n): an unnamed description, then a given name and the rest of the name
    ("وقال قائد مقاتلي عشائر محافظة الانبار غسان العيثاوي، للصحفيين اليوم، إن العشرات قتلوا.",
     "قائد مقاتلي عشائر محافظة الانبار غسان العيثاوي"),
    ("حسبما أعلن أحد محامي حبري إبراهيم دياوارا.", "أحد محامي حبري إبراهيم دياوارا"),
])
def test_a_description_ending_in_a_persons_name_is_named(text, source):
    a = detect(text)[0][0]
    assert (a.source, a.source_class) == (source, N)


@pytest.mark.parametrize("text", [
    "وقال مصدر مقرب من محمد بن سلمان إن الزيارة مؤجلة.",  # someone close to a named person: still unnamed
    "وقال مسؤول محلي إن القتلى مدنيون.",
])
def test_a_name_after_a_preposition_does_not_name_the_unnamed_speaker(text):
    assert only(text).source_class is A


def test_unnamed_allies_are_vague():
    # issue #9 (thirty-first helper, snn_n)
    a = only("وقال حلفاء غربيون لتركيا إنهم يؤيدون حقها في الدفاع عن نفسها.")
    assert a.source.startswith("حلفاء غربيون") and a.source_class is V


def test_a_quoted_name_after_a_bodys_word_belongs_to_the_source():
    # issue #9 (thirty-first helper, snn_n): the statistics of a named body, on record
    a = only("وتشير إحصاءات منظمة «الفاو» إلى أن العالم سيحتاج إلى غذاء أكثر.")
    assert (a.source, a.source_class) == ("إحصاءات منظمة «الفاو»", N)


def test_one_of_a_group_speaking_alone_is_an_unnamed_individual_not_the_group():
    # issue #9 (thirty-first helper, snn_n)
    atts, _ = detect("أجمع العديد من المراقبين على أن العلاقات متوترة. يقول أحد المراقبين الإيرانيين: إن الوضع صعب.")
    assert [(a.source_class, a.source_id) for a in atts] == [(V, 0), (A, 1)]


def test_after_a_that_word_an_unnamed_subject_before_the_verb_speaks_and_the_noun_after_is_its_object():
    # issue #9 (thirty-first helper, snn_n)
    atts, _ = detect("وأشارت المصادر إلى أن أحد المتهمين اتهم الفتاتين بأنهما بدأتا في استفزاز الحاضرين.")
    assert [(a.cue, a.source, a.source_class) for a in atts][1] == ("اتهم", "أحد المتهمين", A)


def test_a_feminine_continuation_does_not_go_on_from_one_man_a_masculine_verb_took():
    # issue #9 (thirty-first helper, snn_n): the sources go on, not the commander quoted inside their that-clause
    atts, _ = detect("وقالت مصادر مطلعة إن قائد القوات البرية الفريق علي غيدان أبلغ لجنة التحقيق بأنه تسلم الأوامر. "
                     "وأضافت أن غيدان نفى أن يكون هو من أعطى الأوامر.")
    cont = next(a for a in atts if a.cue == "وأضافت")
    assert cont.source_class is A and cont.source_id == atts[0].source_id


def test_a_continuation_after_a_relaying_verb_goes_on_from_the_speaker_relayed():
    # «نقلت» agrees with the paper, the speaker relayed is who goes on
    atts, _ = detect("وكانت الصحيفة نقلت عن الرئيس قوله إن الانتخابات ممكنة. وأضاف أن الحكومة ستتشكل قريبا.")
    assert atts[-1].cue == "وأضاف" and atts[-1].source_id == atts[0].source_id


def test_among_them_those_who_say_is_vague():
    # issue #9 (thirty-first helper, snn_n): «فمنهم من يقول», as «وثمة من يقول»
    a = only("قرأت كلام الغربيين الذين توقفوا عن الشرب، فمنهم من يقول إنه يشعر كأنه ولد من جديد.")
    assert a.cue == "يقول" and a.source_class is V


@pytest.mark.parametrize("text", [
    # issue #9 (thirty-first helper, snn_n): measurements and visits show, they do not speak
    "وعرفنا تركيب الأرض عن طريق القياسات السايزمية التي كشفت أن القشرة رقيقة.",
    "وربما توضح زيارات وزير الخارجية الأمريكي لدول الخليج مدى الأهمية التي توليها واشنطن للمنطقة.",
])
def test_measurements_and_visits_showing_are_no_source(text):
    assert detect(text)[0] == ()


def test_attributing_a_cause_far_after_the_verb():
    # issue #9 (thirty-first helper, snn_n): an apposition and a long object before «إلى»
    atts, _ = detect("وتعزو بشرى العبيدي، عضو مفوضية حقوق الإنسان، التأخير في عمليات تحرير مدينتي الفلوجة والرمادي، "
                     "إلى تجاهل الحكومة لنداءات المفوضية. وقالت إن الوضع خطير.")
    assert [(a.cue, a.source_class) for a in atts] == [("وتعزو", N), ("وقالت", N)]
    assert atts[0].source.startswith("بشرى العبيدي") and atts[1].source_id == atts[0].source_id


def test_a_statement_issued_that_confirms_is_its_own_named_source_not_the_last_speaker():
    # issue #9 (thirty-first helper, snn_n): «أصدرت البورصة بيانا أكد»: the body's statement, on record
    atts, _ = detect("وقال مسؤول في البورصة إن الأرقام صحيحة. وأصدرت البورصة في وقت لاحق بيانا أكد صحة الأرقام.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", A), ("أكد", N)]
    assert atts[1].source_id != atts[0].source_id


@pytest.mark.parametrize("text, cue", [
    # issue #9 (thirty-first helper, snn_n): more circumstantial participles go on from their clause's speaker
    ("وأضاف المركز أن أصوات الرصاص ما تزال تسمع، مرجعة المصادر الأمر إلى وجود جيوب صغيرة.", "مرجعة"),
    ("وأوضح الهكرز أن اختراقهم للحساب يأتي تضامناً مع المستفيدين مدعين أنهم حريصون على إيصال صوت المواطن.", "مدعين"),
])
def test_more_participles_continue_the_speaker(text, cue):
    atts, _ = detect(text)
    assert [a.cue for a in atts][1] == cue and atts[1].source_id == atts[0].source_id


@pytest.mark.parametrize("text", [
    "وقالت مدعية المحكمة الجنائية الدولية إن القضية أسقطت.",  # the prosecutor speaks
])
def test_participle_look_alikes_are_no_continuation(text):
    atts, _ = detect(text)
    assert all(a.cue_kind != "continuation" for a in atts)


def test_one_of_the_newspapers_is_the_media_unnamed_vague():
    # issue #9 (thirty-first helper, snn_n): one of the press is the media, as «مصادر إعلامية», not a person kept unnamed
    a = only("يعرض للبيع منزل عاش فيه تروتسكي، حسبما أعلنت إحدى الصحف التركية.")
    assert a.source == "إحدى الصحف التركية" and a.source_class is V
    assert only("وقال أحد المسؤولين إن البيع صعب.").source_class is A


def test_a_quoted_name_then_a_word_in_apposition_is_the_subject_not_the_one_told():
    # issue #9 (thirty-first helper, snn_n): «ذكرت "هدى القحطاني" معلمة، أن»
    a = only('في حين ذكرت "هدى القحطاني" معلمة، أن موعد الدراسة يحتاج إعادة نظر.')
    assert (a.source, a.source_class) == ("هدى القحطاني", N)
    # the outlet told, then the subject, stays as it was
    assert only('وأبلغ "الاقتصادية" مصدر مسؤول أن الخطة جاهزة.').source == "مصدر مسؤول"


def test_the_other_after_the_first_is_classed_as_the_first():
    # issue #9 (thirty-first helper, snn_n): the other of two parties just named, not another unnamed one
    atts, _ = detect("اشتعلت الأزمة بين الطائي والرائد، حيث يؤكد الأول أنه لن يعيد الشيك، فيما أكد الآخر أنه سيتقدم بشكوى.")
    assert [(a.source, a.source_class) for a in atts] == [("الأول", N), ("الآخر", N)]
    assert atts[0].source_id != atts[1].source_id
    # «آخر» with no article after an unnamed resident stays another unnamed one
    atts, _ = detect("وقال أحد السكان إن الوضع صعب، فيما قال آخر إنه مستقر.")
    assert [a.source_class for a in atts] == [A, A]


def test_according_to_a_count_with_no_partitive_is_no_source():
    # issue #9 (thirty-first helper, snn_n): «حسب عدد المقاعد» is what the price depends on
    assert detect("وتحدد سعر كل غرفة حسب عدد المقاعد المتوفر بها.")[0] == ()
    a = only("وبحسب عدد من المسؤولين، فإن الخطة جاهزة.")
    assert a.source == "عدد من المسؤولين" and a.source_class is V


def test_a_verb_of_going_on_opening_its_sentence_with_a_comma_goes_on_with_the_speaker():
    # issue #9 (thirty-fourth helper, snn_h): «وأضاف، ولكن …» with no that-clause or colon still reports
    atts, _ = detect("وقال المدرب إن الفريق جاهز. وأضاف، ولكن الأهلي لم يرسل صورة من عرضه.")
    assert [a.cue for a in atts] == ["وقال", "وأضاف"]
    assert atts[0].source_id == atts[1].source_id
    # inside a sentence a comma after it proves nothing ("أضاف الفريق، في الشوط الثاني، هدفا")
    assert [a.cue for a in detect("وفي الشوط الثاني أضاف، بعد دقائق، هدفا ثانيا.")[0]] == []


def test_an_accusation_with_an_object_pronoun_and_its_charge_is_a_report():
    # issue #9 (thirty-fourth helper; snn_f, snn_i, snn_n): «اتهمهما آخر بمحاولة دهسه», «حيث اتهمهما بإعلان الحرب»
    atts, _ = detect("وقال أحد المتهمين إن الفتاتين بدأتا الاستفزاز، فيما اتهمهما آخر بمحاولة دهسه بالدراجة.")
    assert [(a.cue, a.source, a.source_class) for a in atts][1] == ("اتهمهما", "آخر", A)
    atts, _ = detect("وقال المالكي إن الرياض تدعم الإرهاب، حيث اتهمهما بإعلان الحرب على العراق.")
    assert [(a.cue, a.source) for a in atts] == [("وقال", "المالكي"), ("اتهمهما", "المالكي")]
    assert atts[0].source_id == atts[1].source_id  # the charge is no subject: the speaker goes on
    # with no charge near it the pronoun verb is no report
    assert [a.cue for a in detect("وقال المالكي إن الرياض تدعم الإرهاب، حيث اتهمهما الجمهور.")[0]] == ["وقال"]


def test_considering_with_its_pronoun_object_after_a_relative_or_what_word_is_a_view():
    # issue #9 (thirty-fourth helper; snn_a, snn_h, snn_i): the pronoun takes up the relative («الذي اعتبره التقرير
    # دليلا», «مما اعتبرته تعريفا فضفاضا»): a view, its holder after the verb or the speaker going on
    atts, _ = detect("وعن عمالة الأطفال الذي اعتبره التقرير دليلا واضحا قال المتحدث إن الوضع سيئ.")
    assert [a.cue for a in atts] == ["اعتبره", "قال"] and atts[0].source.startswith("التقرير")
    atts, _ = detect("وتبدي المنظمات قلقا مما اعتبرته تعريفا فضفاضا للإرهاب.")
    assert [(a.cue, a.source) for a in atts] == [("وتبدي", "المنظمات"), ("اعتبرته", "المنظمات")]
    assert atts[1].source_id == atts[0].source_id
    atts, _ = detect("وقالت المصادر إن البلطان تبرأ من المستحقات بعد تصرف الإدارة الذي اعتبره غير لائق.")
    assert [(a.cue, a.source) for a in atts] == [("وقالت", "المصادر"), ("اعتبره", "")]
    # the imperfect is the habitual or passive 'considers': no report
    assert [a.cue for a in detect("وتراجع إمداد القوات من بعض الجهات التي تعتبرها حليفا عسكريا.")[0]] == []


def test_considering_with_its_pronoun_object_and_a_definite_subject_after_it_is_a_view():
    # issue #9 (thirty-fourth helper, snn_j): «هجمات … اعتبرتها المنظمة جرائم حرب»; the view ends the subject
    atts, _ = detect("ويوثق التقرير «هجمات متعمدة على مدنيين» اعتبرتها المنظمة جرائم حرب.")
    assert [(a.cue, a.source) for a in atts] == [("اعتبرتها", "المنظمة")]
    a = only("وارتفعت الأسعار مما اعتبره الكثير من المتاجرين بأنه سوق شراء.")
    assert a.source == "الكثير من المتاجرين" and a.source_class is V  # the partitive stays in its phrase


def test_ali_after_a_rank_is_a_name_not_the_preposition():
    # issue #9 (thirty-fifth helper, snn_o): normalised, علي (Ali) is على (on); after an honorific it is the name
    a = only("أعلن قائد عمليات الجزيرة اللواء علي إبراهيم، عن تفجير ثماني مركبات مفخخة.")
    assert a.source == "قائد عمليات الجزيرة اللواء علي إبراهيم" and a.source_class is N
    # elsewhere it is still the preposition: the subject ends before it
    a = only("وأكد مصدر أمني على أن الوضع مستقر.")
    assert a.source == "مصدر أمني" and a.source_class is A


def test_a_definite_chain_then_two_name_like_words_names_the_speaker():
    # issue #9 (thirty-fifth helper; snn_h, snn_o): a definite construct chain takes no indefinite adjective, so
    # the words after it are in apposition: the name, even one no list of given names holds
    a = only("وأعلن قائد شرطة العاصمة بنسون كيبوي، أن عشرة آلاف شرطي سيتم نشرهم.")
    assert a.source == "قائد شرطة العاصمة بنسون كيبوي" and a.source_class is N
    # a place after the chain is no name; nor is one word alone
    a = only("وقال صاحب أحد المتاجر قرب محطة دوكو إن الانفجار كان قويا.")
    assert a.source_class is A
    a = only("وقال مسؤول في الشرطة إن الانفجار كان قويا.")
    assert a.source_class is A


def test_a_name_between_commas_after_an_unnamed_office_names_the_speaker():
    # issue #9 (thirty-fifth helper, snn_o): «وقال عضو مجلس المحافظة والمتحدث الرسمي باسم المجلس، عيد عمّاش، في حديث»
    atts, _ = detect("وقال عضو مجلس المحافظة، عيد عمّاش، في حديث للصحيفة إن القوات تتقدم. وأضاف عماش أن المعركة قريبة.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", N), ("وأضاف", N)]
    assert atts[0].source_id == atts[1].source_id
    # an aside that is no name keeps the source unnamed
    a = only("وقال عضو في مجلس المحافظة، طلب عدم ذكر اسمه، إن القوات تتقدم.")
    assert a.source_class is A


def test_warning_of_something_after_a_source_is_a_report():
    # issue #9 (thirty-fifth helper, snn_o): «ونبهت الوزارة إلى تصريحات وزير التعليم»: warning of a thing, like
    # «أشار إلى», when a source warns
    atts, _ = detect("ونبهت الوزارة إلى تصريحات وزير التعليم الداعية إلى الاستيطان.")
    assert [(a.cue, a.source) for a in atts] == [("ونبهت", "الوزارة")]
    # a thing that draws attention to something is no source
    assert [a.cue for a in detect("ونبهت الحادثة إلى خطورة الطريق.")[0]] == []


def test_what_a_document_states_after_an_indefinite_noun_is_no_report():
    # issue #9 (thirty-fifth helper; snn_e, snn_j, snn_o): «شهادة مطابقة تفيد باستيفاء المركبة», «بكشف طبي يفيد
    # بخلوها»: an adjectival clause saying what the document states, no speaker
    assert [a.cue for a in detect("حيث يقدم الصانع شهادة مطابقة تفيد باستيفاء المركبة للمواصفات.")[0]] == []
    assert [a.cue for a in detect("وتلقت السفارة اتصالا يفيد بإصابة طفلة بطلق ناري.")[0]] == []
    # a source word before it keeps the report
    atts, _ = detect("مصادر محلية تفيد بأن الوضع هادئ في المدينة.")
    assert [(x.cue, x.source_class) for x in atts] == [("تفيد", A)]


@pytest.mark.parametrize("text", [
    # issue #9 (forty-sixth helper; snn_h, snn_i, snn_j, snn_o, snn_p): the imperfect of أوضح/بيّن right after an
    # indefinite plan, campaign or programme says what the thing sets out, as «شهادة تفيد» does: no speaker
    "وقد نفذت الوزارة حملة توعوية توضح الهدف من بطاقة كفاءة الطاقة.",
    "ولا بد من الاستعجال بإقرار استراتيجيات توضح دور كل طرف.",
    "وتم إعداد خطة بذلك توضح المهام والمسؤوليات التي تتكفل بها كل جهة.",
    "ويرى المنظمون فيه فرصة لتقديم برامج وفعاليات توضح للناس خطورة هذا الفكر.",
])
def test_what_a_plan_sets_out_after_an_indefinite_noun_is_no_report(text):
    assert [a.cue for a in detect(text)[0]] == []


def test_a_source_explaining_after_a_clause_or_opening_one_still_reports():
    atts, _ = detect("وتوضح الهيئة الإعلامية للمؤتمر أنه يضم ثلاثين جلسة.")
    assert [a.cue for a in atts] == ["وتوضح"]
    atts, _ = detect("وعن أسباب ذلك، يوضح الخبير أن بيع النفط المهرب يتم بأسعار زهيدة.")
    assert [(a.cue, a.source) for a in atts] == [("يوضح", "الخبير")]
    atts, _ = detect("وحول الأسعار، يبين التجار أن الطلب تراجع.")
    assert [a.cue for a in atts] == ["يبين"]
    # a source word right after the verb is its subject: a report, even after an indefinite noun
    a = only("وتحت شعار جديد يوضح مسؤول في الوزارة أن الخطة جاهزة.")
    assert (a.cue, a.source_class) == ("يوضح", A)
    a = only("وتحت شعار جديد يفيد مسؤول في الوزارة بأن الخطة جاهزة.")
    assert (a.cue, a.source_class) == ("يفيد", A)


@pytest.mark.parametrize("text", [
    # issue #9 (forty-sixth helper, snn_d): a verb inside a quoted or bracketed title opened right after «عنوان» is
    # the headline's wording, no report
    "وكانت الصحيفة نشرت تقريرا تحت عنوان : (التعليم : تؤكد تسرب 42% من كفاءاتها الهندسية) ثم نفت الوزارة ذلك.",
    'ونشر الموقع تقريرا بعنوان: "الوزارة تكشف عن خطة جديدة للطرق" الأسبوع الماضي.',
])
def test_a_verb_in_a_quoted_title_is_no_report(text):
    assert [a.cue for a in detect(text)[0] if a.cue in ("تؤكد", "تكشف")] == []


def test_a_report_after_a_closed_title_still_counts():
    atts, _ = detect("ونشرت الصحيفة تقريرا تحت عنوان (الشفافية) وقال مسؤول في الوزارة إن التقرير دقيق.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", A)]


def test_complaining_of_something_is_a_report():
    # issue #9 (forty-sixth helper; snn_d, snn_g, snn_i, snn_n, snn_o, snn_p): شكا/اشتكى with من claims it is so
    a = only("واشتكى المدرب من المعاناة خلال المفاوضات مع بعض المدربين.")
    assert (a.cue, a.source, a.source_class) == ("واشتكى", "المدرب", N)
    a = only("اشتكى أهالي الحي من تضررهم من تلوث الهواء.")
    assert (a.cue, a.source, a.source_class) == ("اشتكى", "أهالي الحي", V)
    # the partitive after a quantity is part of the subject, not the complaint's من
    a = only("شكا عدد من أهالي حي السميري بمحافظة ينبع من تدفق المياه الجوفية.")
    assert (a.cue, a.source, a.source_class) == ("شكا", "عدد من أهالي حي السميري بمحافظة ينبع", V)
    # a long subject between كان and the verb, opened by a quantity
    a = only("وكان عدد من مراجعي المستشفى وزوار المرضى المنومين فيه شكوا من روائح مزعجة في الممرات.")
    assert (a.cue, a.source) == ("شكوا", "عدد من مراجعي المستشفى وزوار المرضى المنومين فيه")


@pytest.mark.parametrize("text", [
    "وقالت المريضة إنها شكت في بادئ الأمر في علاج الطبيب.",  # doubting, inside her own words
    "وانتشر مقطع فيديو يشكو سوء النظافة في الحمامات.",  # what a video shows
    "ولكن يمكنها أن تشكو إلى الأمريكيين.",  # appealing, no من
])
def test_doubting_appealing_or_a_video_complaining_is_no_report(text):
    assert [a.cue for a in detect(text)[0] if "شك" in a.cue] == []


def test_an_elderly_man_unnamed_is_anonymous_with_or_without_the_article():
    # issue #9 (thirty-fifth helper, snn_o): «روى المُسِن تفاصيل معاناته … وقال المسن»: one unnamed person
    atts, _ = detect("وقال المُسن إن معاناته بدأت قبل سنوات. وأضاف المسن أنه فقد عينه.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", A), ("وأضاف", A)]
    assert atts[0].source_id == atts[1].source_id
    assert only("وقال مسن من أهالي القرية إن الطريق مغلق.").source_class is A


def test_a_source_phrase_with_a_place_in_it_opening_the_clause_is_the_subject():
    # issue #9 (thirty-fifth helper, snn_o): «مصادر الجزيرة في المسجد الأقصى أفادت بأن»: subject first, its last
    # words a place, no noun phrase of their own
    a = only("مصادر في المسجد الأقصى أفادت بأن قوات الاحتلال حاصرت المسجد.")
    assert a.source == "مصادر في المسجد الأقصى" and a.source_class is A


def test_fa_qad_after_a_prepositional_source_ends_it():
    # issue #9 (thirty-fifth helper; snn_n, snn_o): «ووفق مصدر طبي بالمستشفى فقد صدرت توجيهات»: «فقد» opens the claim
    a = only("ووفق مصدر طبي بالمستشفى فقد صدرت توجيهات بإعادة تشغيل الوحدة.")
    assert a.source == "مصدر طبي بالمستشفى" and a.source_class is A


def test_the_same_source_word_with_another_genitive_is_another_source():
    # issue #9 (thirty-fifth helper; heldout, snn_o): «مصادر الجزيرة» after «مصادر الاحتلال»: someone else's sources
    atts, _ = detect("وبحسب مصادر الاحتلال فقد أصيب أربعة جنود. وأفادت مصادر الجزيرة بأن القوات حاصرت المسجد. "
                     "وأضافت مصادر الجزيرة أن المصلين أصيبوا.")
    assert [a.source_class for a in atts] == [A, A, A]
    assert atts[0].source_id != atts[1].source_id and atts[1].source_id == atts[2].source_id


def test_an_outlet_told_after_a_definite_subject_relays_the_report():
    # issue #9 (thirty-fifth helper, snn_o): «وأبلغ المصدر وكالة الأنباء الألمانية بأن»: the agency told is the via
    a = only("وأبلغ المصدر وكالة رويترز بأن التنظيم أعدم 44 شابا.")
    assert (a.source, a.via) == ("المصدر", "رويترز")
    # an outlet's marker as a genitive in the subject is no one told
    a = only("وأبلغ مدير وكالة الأنباء الموظفين بأن المكتب سيغلق.")
    assert a.source.startswith("مدير وكالة الأنباء") and a.via == ""


def test_a_closing_sentence_naming_an_interview_and_its_outlet_relays_the_speaker():
    # issue #9 (thirty-fifth helper, snn_h): «جاء ذلك في حوار مع الإعلامي … في مجلة "اليمامة"»
    text = ('أكد عضو مجلس الشورى السابق حمد القاضي أن الملك مثل قيادة حكيمة. وقال القاضي إن الثقافة بخير. '
            'جاء ذلك في حوار مع الإعلامي "حمد القاضي" في مجلة "اليمامة" أجرته الزميلة.')
    atts, _ = detect(text)
    assert [a.cue for a in atts] == ["أكد", "وقال"]
    assert [a.via for a in atts] == ["اليمامة", "اليمامة"]
    # without an interview word the closing sentence relays nothing
    atts, _ = detect('أكد الوزير أن الوضع مستقر. جاء ذلك في الرياض أمس.')
    assert [a.via for a in atts] == [""]


def test_according_to_the_latest_update_of_a_regulation_names_no_source():
    # issue #9 (thirty-fifth helper, snn_o): «وفق آخر تحديث اللائحة الفنية»: in accordance with, not according to
    assert [a.cue for a in detect("ويتم الفحص وفق آخر تحديث اللائحة الفنية الخليجية رقم 2015.")[0]] == []
    # the latest figures of a body still are a source
    a = only("ووفق آخر إحصاءات وزارة الصحة فإن عدد الإصابات ارتفع.")
    assert a.source.startswith("آخر إحصاءات وزارة الصحة")


def test_a_name_after_a_comma_opening_with_ali_and_ending_with_a_family_name_names_the_speaker():
    # issue #9 (thirty-fifth helper, snn_i): «وقال مسؤول إعلام الحشد الشعبي في شمال صلاح الدين، علي الحسيني لـ"راديو"»
    a = only('وقال مسؤول إعلام الحشد في شمال صلاح الدين، علي الحسيني لـ"راديو سوا" إن القوات تقدمت.')
    assert a.source_class is N
    a = only("وقال مسؤول إعلام الحشد في شمال صلاح الدين، علي الحسيني إن القوات تقدمت.")
    assert a.source_class is N
    # an aside that is no name keeps it unnamed
    a = only("وقال مسؤول أمني، رفض الكشف عن هويته، إن القوات تقدمت.")
    assert a.source_class is A


def test_a_named_speaker_and_the_counterpart_are_two_whom_a_dual_verb_goes_on_with():
    # issue #9 (thirty-fifth helper, snn_o): «ورأى وزير الداخلية الفرنسي برنار كازنوف ونظيرته البريطانية تيريزا ماي
    # … أن …، وأضافا أن»
    atts, _ = detect("ورأى وزير الداخلية الفرنسي برنار كازنوف ونظيرته البريطانية تيريزا ماي أن الإجراءات توجه رسالة، "
                     "وأضافا أن الحدود آمنة.")
    assert [(a.cue, a.source_class) for a in atts] == [("ورأى", N), ("وأضافا", N)]
    assert atts[0].source_number == "dual" and atts[0].source_id == atts[1].source_id
    # alone the minister is one
    a = only("ورأى وزير الداخلية الفرنسي برنار كازنوف أن الإجراءات توجه رسالة واضحة.")
    assert a.source_number == "singular"


def test_a_definite_body_with_a_media_adjective_is_named():
    # issue #9 (thirty-fifth helper, snn_o): «وتوضح الهيئة الإعلامية للمؤتمر أن»: a body, not the media
    assert only("وتوضح الهيئة الإعلامية للمؤتمر أن المؤتمر سيعقد غدا.").source_class is N
    # media sources stay vague
    assert only("وذكرت مصادر إعلامية أن المؤتمر سيعقد غدا.").source_class is V


def test_ali_before_bin_is_a_name_not_the_preposition():
    # issue #9 (thirty-fifth helper, snn_o): «وأوضح المتحدث الرسمي لإمارة منطقة جازان علي بن موسى زعلة أن»
    a = only("وأوضح المتحدث الرسمي لإمارة منطقة جازان علي بن موسى زعلة أن الحملة مستمرة.")
    assert a.source == "المتحدث الرسمي لإمارة منطقة جازان علي بن موسى زعلة" and a.source_class is N


def test_one_of_some_things_before_a_relative_is_no_speaker():
    # issue #9 (thirty-fifth helper, snn_o): «سلكنا أحد الطرق التي أعلنت عنها القوات الأمنية بأنها طرق آمنة»: one of
    # the roads is no antecedent that speaks; the subject after the verb does
    a = only("وسلكنا أحد الطرق التي أعلنت عنها القوات الأمنية بأنها طرق آمنة.")
    assert (a.source, a.source_class) == ("القوات الأمنية", N)
    # one of the people still is
    atts, _ = detect("وقال أحد الشهود الذي أكد أن الانفجار قوي.")
    assert [(x.cue, x.source) for x in atts] == [("وقال", "أحد الشهود"), ("أكد", "أحد الشهود")]


def test_narrating_ones_story_after_the_subject_is_a_report():
    # issue #9 (thirty-fifth helper; snn_n, snn_o): «روى داعشي ألماني من أصل تونسي حكايته مع التنظيم»
    a = only("روى داعشي ألماني من أصل تونسي حكايته مع التنظيم الإرهابي.")
    assert (a.cue, a.source, a.source_class) == ("روى", "داعشي ألماني من أصل تونسي", A)
    # watering the land tells nothing
    assert [x.cue for x in detect("وروى المزارع الأرض بماء النهر.")[0]] == []


def test_a_word_whose_hamza_normalises_into_the_article_is_no_construct():
    # issue #9 (thirty-fifth helper, snn_o): «ألماني» normalises to «الماني», which is no definite genitive
    assert only("وقال مسؤول ألماني إن الوضع خطير.").source_class is A
    assert only("وقال مسؤول الملف إن الوضع خطير.").source_class is N


def test_a_quoted_name_then_a_clause_about_it_is_the_subject():
    # issue #9 (thirty-fifth helper, snn_o): «وقال “إبراهيم” وهو الاسم الذي عرفته به الصحيفة، إن»
    a = only("وقال “إبراهيم” وهو الاسم الذي عرفته به الصحيفة، إن التنظيم أغراه بسيارة.")
    assert (a.source, a.source_class) == ("إبراهيم", N)


def test_a_body_after_an_office_title_is_its_genitive_not_the_addressee():
    # issue #9 (fortieth helper; snn_d, snn_g, snn_j): «عبر المدير العام للجمعية فيصل بن سعد الهلال في كلمته عن
    # عميق شكره»: ل + a body after a title (and its adjective) names the office; the subject goes on
    a = only("من جهته، عبر المدير العام للجمعية فيصل الهلال في كلمته عن عميق شكره للمتطوعين.")
    assert (a.cue, a.source, a.source_class) == ("عبر", "المدير العام للجمعية فيصل الهلال", N)
    a = only("وأوضح المتحدث الرسمي للمؤسسة فهد العتيبي أن القبول مستمر.")
    assert a.source == "المتحدث الرسمي للمؤسسة فهد العتيبي"
    # people after ل are still who was spoken to
    assert only("وقال الوزير للصحفيين إن القبول مستمر.").source == "الوزير"


def test_a_quoted_name_between_kana_and_the_verb_is_the_subject():
    # issue #9 (fortieth helper; snn_e, snn_h): «وكانت «عكاظ» كشفت، في وقت سابق، عن أن»: the quoted name closes
    # the subject between كان and the verb, as an unquoted one does; not the sources spoken of before
    text = "وقالت المصادر إن الفريق سيرحل. وكانت «الصحيفة» كشفت، في وقت سابق، عن أن المدرب سيبقى."
    atts, _ = detect(text)
    assert [(x.cue, x.source, x.source_class) for x in atts][1] == ("كشفت", "«الصحيفة»", N)


def test_a_feeling_shown_after_a_long_subject_is_still_its_complement():
    # issue #9 (fortieth helper; snn_g, snn_h): «أبدى أمين عام مجلس الوزراء عبد الرحمن السدحان، تفاؤله», «أبدى عدد من
    # المسافرين القادمين إلى مطار … استياءهم»: the feeling noun may stand up to 12 words after أبدى
    a = only("أبدى رئيس مجلس إدارة النادي خالد بن سعد الفهد، تفاؤله بالموسم الجديد.")
    assert (a.cue, a.source, a.source_class) == ("أبدى", "رئيس مجلس إدارة النادي خالد بن سعد الفهد", N)
    # showing resistance is still no report
    assert [x.cue for x in detect("وأبدى المقاتلون في أطراف المدينة الشمالية مقاومة شرسة أمام القوات.")[0]] == []


def test_the_participle_of_showing_a_feeling_continues_its_speaker():
    # issue #9 (fortieth helper; snn_e, snn_h, snn_o): «…، مبدياً شكره للمتطوعين», «مبدين سعادتهم»: with one of أبدى's
    # feeling nouns right after it, the participle goes on with its clause's speaker
    atts, _ = detect("وقال رئيس النادي إن الفريق جاهز، مبديا سعادته بالمتطوعين.")
    assert [(x.cue, x.source) for x in atts] == [("وقال", "رئيس النادي"), ("مبديا", "رئيس النادي")]
    # showing resistance is no feeling, even after a comma
    atts, _ = detect("وقال رئيس النادي إن الفريق جاهز، مبديا مقاومة.")
    assert [x.cue for x in atts] == ["وقال"]


def test_describing_with_its_pronoun_after_an_indefinite_noun_and_a_source_subject():
    # issue #9 (fortieth helper; snn_e, snn_n): «لدواع وصفها مسؤولون في الوزارة بـ«الإنسانية»», «أياما تصفها المصادر
    # الأمنية بأنها», «ببيان انتخابي وصفه أحد النواب «بأطول …»»: the pronoun is وصف's only bare object, so a source
    # noun after it (definite, or «أحد …») is its subject, and a quoted ب-description further on completes it
    a = only("ورفضت الشركة العرض لأسباب وصفها مسؤولون في الشركة بـ«الفنية».")
    assert (a.cue, a.source, a.source_class) == ("وصفها", "مسؤولون في الشركة", A)
    a = only("ويعيش السكان أياما تصفها المصادر المحلية بأنها «الأصعب».")
    assert (a.cue, a.source, a.source_class) == ("تصفها", "المصادر المحلية", A)
    a = only("وخرج الحزب ببرنامج وصفه أحد النواب «بأطول وعد في التاريخ».")
    assert (a.cue, a.source, a.source_class) == ("وصفه", "أحد النواب", A)
    # sources described by the writer stay the subject of their own verb
    atts, _ = detect("ومصادر وصفتها بالمقربة قالت إن الخطة جاهزة.")
    assert [x.cue for x in atts] == ["قالت"]


def test_a_quoted_name_then_saying_participle_is_one_utterance():
    # issue #9 (fortieth helper, snn_j): «وبيّن "العطاس" قائلاً:»: the quoted name is the subject and the
    # participle restates the verb (one attribution, on the verb), as with an unquoted name
    atts, _ = detect('وبيّن "الغامدي" قائلاً: لست الوحيد الذي يعاني من تأخر الخدمة.')
    assert [(x.cue, x.source) for x in atts] == [("وبيّن", "الغامدي")]


def test_according_to_what_is_planned_names_no_source():
    # issue #9 (fortieth helper; snn_j, snn_n): «يسير حسب ما هو مقرر وأن …», «حسب ما خطط له وجميع اللاعبين …»: the
    # "what" clause ends (a pronoun, a that-word, a conjoined clause) before any report or source in it
    atts, _ = detect("وقال المدرب إن الإعداد يسير حسب ما هو مقرر وأن النتائج بدأت تظهر من المعسكر.")
    assert [x.cue for x in atts] == ["وقال"]
    atts, _ = detect("وقال المدرب إن الإعداد يسير حسب ما خطط له وجميع اللاعبين يؤدون دورهم من الجهاز الفني.")
    assert [x.cue for x in atts] == ["وقال"]
    # a report in the clause, or a source phrase that goes on with و, still counts
    assert only("وذلك بحسب ما أفادت مصادر عسكرية وشهود.").source == "مصادر عسكرية وشهود"
    assert only("وفقاً لما تم التأكيد عليه في تقارير محلية، فإن الوضع سيئ.").source == "تقارير محلية"


def test_a_participle_after_an_appeal_takes_the_appeals_unnamed_subject():
    # issue #9 (fortieth helper, snn_d): «دعا متحدث باسم الأسرة وسائل الإعلام إلى تحري الدقة، …، مشيرا إلى أن»: the
    # phrase read after the head runs into the verb's object (a plural), so the head alone is the subject the
    # participle goes on with (anonymous), not the speaker before
    atts, _ = detect("وقال الوزير إن الوضع مستقر. ودعا متحدث باسم الأسرة وسائل الإعلام إلى تحري الدقة، مشيرا إلى أن "
                     "الإشاعات تضر.")
    assert [(x.cue, x.source_class) for x in atts] == [("وقال", N), ("مشيرا", A)]


def test_the_first_who_reported_it_is_the_subject_of_kana():
    # issue #9 (fortieth helper; snn_c, snn_o): «وكانت صحيفة وول ستريت جورنال أول من كشف عن القرار», «وكانت «عكاظ» أول
    # من كشف عن وصول …»: the subject of كان before «أول من» reported it
    a = only("وكانت صحيفة الغارديان أول من كشف عن القرار.")
    assert (a.cue, a.source, a.source_class) == ("كشف", "صحيفة الغارديان", N)
    # with no كان there is no subject to take
    assert [x.cue for x in detect("وهو أول من قال إن الاتفاق تم.")[0]] == []


def test_asking_a_wh_question_after_the_subject_is_a_report():
    # issue #9 (fortieth helper, snn_e): «وتساءل المواطن سعد الخضر متى يتم تطبيق …؟»: a wh-question carries a claim,
    # a yes/no question does not
    a = only("وتساءل المواطن خالد العتيبي متى يتم افتتاح الطريق الجديد؟")
    assert (a.cue, a.source) == ("وتساءل", "المواطن خالد العتيبي")
    assert [x.cue for x in detect("وتساءل الوزير هل يتم ذلك؟")[0]] == []


def test_a_time_phrase_before_relaying_keeps_the_outlet_the_relay():
    # issue #9 (fortieth helper, snn_j): «كشفت صحيفة "داريو تاندي" الأرجنتينية أمس الأول نقلاً عن مصادر مقربة من المدرب
    # أن»: one report on the verb, the sources as source and the paper as via, as without the time phrase
    a = only('كشفت صحيفة "ماركا" الإسبانية أمس الأول نقلاً عن مصادر مقربة من اللاعب أن النادي تواصل معه.')
    assert (a.cue, a.source, a.source_class) == ("كشفت", "مصادر مقربة من اللاعب", A)
    assert "ماركا" in a.via
    # a body that is no outlet still makes two reports
    atts, _ = detect("وذكرت المنظمات الإنسانية أمس نقلا عن شهود إن 40 مهاجرا غرقوا.")
    assert [x.cue for x in atts] == ["وذكرت", "نقلا عن"]


def test_a_final_alif_maqsura_is_written_alif_before_the_object_pronoun():
    # issue #9 (fortieth helper, snn_j): «ما رواه لي أحد العاملين من أنه …»: روى + ه is written رواه (as نفى + ه is
    # نفاه), so the verb with its object pronoun is found after a what-word
    a = only("ومن الأمثلة ما رواه لي أحد الموظفين من أن الرواتب تتأخر.")
    assert (a.cue, a.source, a.source_class) == ("رواه", "أحد الموظفين", A)


@pytest.mark.parametrize("text", [
    # issue #9 (forty-fourth helper, snn_j): amendments, an average, «in his words» after a prepositional cue, and a
    # demonstrative before such a noun, are what something is in accordance with, not a source
    "ويحق طبقا لهذه التعديلات للمستقلين الترشح على المقاعد الفردية.",
    "وتمنع الأندية الخمسة الأولى وفقا لمتوسط ترتيبها في الدوري من التسجيل.",
    "وتوعد القائد بمواصلة المعارك حتى النصر، وفق تعبيره.",
    "وستطبق الغرامات وفق هذه الضوابط الجديدة.",
])
def test_according_to_amendments_an_average_or_his_words_is_no_source(text):
    assert [a.cue for a in detect(text)[0] if a.cue.lstrip("و") in ("طبقا", "وفقا", "وفق", "فقا")] == []


@pytest.mark.parametrize("text", [
    # issue #9 (forty-sixth helper, snn_p): a road map, a date, grades, a point of view and a perspective after a
    # prepositional cue are what something is done in accordance with, not a source
    "وسيتم التعاقد مع المكتب وفقًا لخريطة الطريق التي اتفق عليها الوزراء.",
    "وتمت جدولة التقديم لهذه البرامج وفقاً لتاريخ عودة المعلمين.",
    "وجرت المفاضلة بين الشركات وفقا لدرجات التقييم في العام الماضي.",
    "وتحرص كل دولة على مصالحها طبقًا لوجهة نظرها.",
    "ويبدون الرأي فيما يرونه صحيحاً وفق منظورهم الشخصي.",
])
def test_according_to_a_road_map_a_date_or_a_point_of_view_is_no_source(text):
    assert [a.cue for a in detect(text)[0] if a.cue.lstrip("و") in ("طبقًا", "وفقًا", "وفقاً", "وفقا", "وفق", "فق")] == []


def test_according_to_these_sources_is_still_a_source():
    a = only("وبحسب هذه المصادر فإن الاجتماع تأجل.")
    assert (a.cue, a.source_class) == ("وبحسب", A)


@pytest.mark.parametrize("text", [
    # issue #9 (forty-fourth helper; snn_f, snn_g, snn_n): a masculine أعلن with عن and a death right after it, no
    # subject between, is the agentless passive (أُعلن عن): no one named announced it
    "ولا تعد هذه المرة الأولى التي يعلن فيها عن وفاة زعيم الحركة.",
    "فقد أعلن مرارا وتكرارا عن وفاته منذ اختفائه.",
    "وأعلن عن مقتل جندي آخر الأسبوع الماضي.",
])
def test_a_death_announced_with_no_subject_is_the_agentless_passive(text):
    assert detect(text)[0] == ()


def test_an_announcement_with_its_subject_or_a_feminine_verb_stays_a_report():
    atts, _ = detect("وأعلن الجيش عن مقتل ثلاثة مسلحين في الاشتباكات.")
    assert [(a.cue, a.source) for a in atts] == [("وأعلن", "الجيش")]
    atts, _ = detect("وقالت الوزارة إن الهجوم فشل. وأعلنت عن مقتل ثلاثة مسلحين.")
    assert [a.cue for a in atts] == ["وقالت", "وأعلنت"]


def test_studies_proving_a_claim_are_a_vague_source():
    # issue #9 (forty-fourth helper; snn_f, snn_o): «وأثبت عديد من الدراسات السابقة أن»: studies prove a claim, as a
    # survey shows one; unnamed studies are vague
    a = only("وأثبت عديد من الدراسات الحديثة أن النوم المبكر يحسن الذاكرة.")
    assert (a.cue, a.source_class) == ("وأثبت", V)
    a = only("حيث أثبتت الدراسات السابقة أن الجمع بين الأطعمة يضر المعدة.")
    assert (a.cue, a.source_class) == ("أثبتت", V)


@pytest.mark.parametrize("text", [
    "وأثبت اللاعب جدارته في المباراة الأخيرة.",
    "وأثبتت التحاليل أن العينة سليمة.",
])
def test_proving_oneself_or_evidence_proving_is_no_report(text):
    assert detect(text)[0] == ()


def test_some_of_a_group_is_not_the_group_named_before():
    # issue #9 (forty-fourth helper, snn_o): «وبحسب بعض الدراسات المتعلقة بهذا الشأن» after «أثبتت الدراسات السابقة
    # أن»: some studies, newly brought in, are another source, as one of a group is not the group
    atts, _ = detect("وأثبتت الدراسات السابقة أن السكر يضر القلب. وبحسب بعض الدراسات المتعلقة بهذا الشأن فإن الملح يضر أيضا.")
    assert [a.cue for a in atts] == ["وأثبتت", "وبحسب"]
    assert atts[0].source_id != atts[1].source_id
    # the same words again are the same studies
    atts, _ = detect("وأشارت الدراسات الحديثة إلى أن النوم مفيد. وأكدت الدراسات الحديثة أن الرياضة مفيدة.")
    assert atts[0].source_id == atts[1].source_id


def test_the_press_unnamed_is_vague():
    # issue #9 (forty-fourth helper; snn_j, snn_o): «الصحافة» (the press) is the papers unnamed, like «الصحف»
    a = only("وقالت الصحافة المحلية إن المدرب سيرحل قريبا.")
    assert (a.source, a.source_class) == ("الصحافة المحلية", V)
    a = only("وقالت وكالة الصحافة الفرنسية إن المدرب سيرحل قريبا.")
    assert a.source_class == N


@pytest.mark.parametrize("text", [
    # issue #9 (forty-fourth helper; heldout5, snn_g, snn_n): a belief or a fear inside another speaker's that-clause
    # is that speaker's words, not an attribution of its own (as for أبدى)
    "وقال مصدر محلي إنه يخشى أن يكون عشرون شخصا لقوا حتفهم.",
    "وقالت الشركة الأمريكية إنها تعتقد أن القرار خاطئ.",
])
def test_a_belief_or_fear_inside_a_reported_that_clause_is_the_speakers_words(text):
    assert len(detect(text)[0]) == 1


def test_a_belief_opening_its_own_clause_stays_a_report():
    a = only("ويعتقد الخبراء أن الأسعار سترتفع.")
    assert a.source == "الخبراء"
    a = only("وتخشى دول الخليج أن يسرع الاتفاق سباق التسلح.")
    assert a.source == "دول الخليج"


def test_circulating_a_claim_with_its_that_clause_is_a_report():
    # issue #9 (forty-fourth helper, snn_e): «كما تداولت بعض المعرفات التقنية في موقع تويتر أن …»: accounts circulating
    # a claim report it, unnamed (vague); circulating a video or shares is no report
    a = only("كما تداولت بعض الحسابات في موقع تويتر أن الهاتف الجديد سيكون أعرض.")
    assert (a.cue, a.source_class) == ("تداولت", V)
    assert detect("وتداول نشطاء مقطعا جديدا للحادثة.")[0] == ()
    assert detect("وتم تعليق تداول أسهم البنك أمس.")[0] == ()


def test_a_prepositional_phrase_after_a_suffixed_verb_is_no_subject():
    # issue #9 (forty-fourth helper, snn_e): «إضافة لمسؤولين كرويين» (in addition to) normalises like أضافه + a
    # source word; a word carrying ل or ب is a prepositional phrase, not the verb's subject
    atts, _ = detect("ووجهت وزارة العدل اتهامات إلى مسؤولين في شركات تسويق إضافة لمسؤولين كرويين.")
    assert [a.cue for a in atts if "ضاف" in a.cue] == []
    # the source word itself right after the verb is still its subject
    a = only("وهي الحصيلة التي أعلنتها مصادر أمنية أمس.")
    assert (a.cue, a.source_class) == ("أعلنتها", A)


@pytest.mark.parametrize("text", [
    # issue #9 (forty-fourth helper; snn_e, snn_n): the imperfect of ذكر right after an indefinite thing is 'worth
    # mentioning', an adjectival clause, no report
    "وقال المدير إن الشركتين لم تواجها صعوبات تذكر في التركيب.",
    "ولم تظهر مؤشرات تذكر على حدوث تقدم في المحادثات.",
])
def test_worth_mentioning_is_no_report(text):
    assert [a.cue for a in detect(text)[0] if "ذكر" in a.cue] == []


def test_reports_that_mention_keep_their_source():
    a = only("وتقارير تذكر أن الاجتماع تأجل.")
    assert a.source_class == V


def test_a_stance_inside_a_reported_that_clause_is_the_speakers_words():
    # issue #9 (forty-fourth helper, snn_c): «وقال الجروان "إن البرلمان العربي يعرب عن عدم رضا …"»: one report
    atts, _ = detect('وقال رئيس البرلمان "إن البرلمان العربي يعرب عن عدم رضا الشعوب بهذه الاستفزازات".')
    assert [a.cue for a in atts] == ["وقال"]
    a = only("وأعرب الوزير عن أمله في نجاح المفاوضات.")
    assert a.source == "الوزير"


def test_a_report_still_to_come_after_sawfa_is_none():
    # issue #9 (forty-fourth helper, snn_h): «سوف تعلن عقب المواجهة عن أسماء اللاعبين»: nothing is claimed yet
    atts, _ = detect("وكشف مصدر مطلع بأن إدارة النادي سوف تعلن عقب المباراة عن أسماء اللاعبين الجدد.")
    assert [a.cue for a in atts] == ["وكشف"]


def test_an_act_announced_after_a_long_subject_is_no_report():
    # issue #9 (forty-fourth helper, snn_d): «أعلنت قيادة قوات التحالف المساندة للشرعية في اليمن، أمس، عن «هدنة
    # إنسانية»»: past the subject's long tail, the act after عن is what was announced (an act, not a claim)
    assert detect("أعلنت قيادة قوات التحالف المساندة للحكومة في اليمن، أمس، عن «هدنة إنسانية» تبدأ الليلة.")[0] == ()
    # a claim after عن stays a report
    a = only("أعلنت قيادة قوات التحالف المساندة للحكومة في اليمن، أمس، عن مقتل عشرين مسلحا.")
    assert a.cue == "أعلنت"


def test_a_bodys_name_with_lam_then_its_office_holder_is_one_subject():
    # issue #9 (fifty-ninth helper; snn_e, snn_i, snn_o, snn_p links): «رئيس مدينة الملك عبدالعزيز للعلوم والتقنية
    # الأمير الدكتور …»: the ل-word ends the body's name and the holder's name follows; it is not who was spoken to
    a = only("قال رئيس هيئة الهلال الأحمر للإغاثة الدكتور سعيد الشهري إن المحطة جاهزة.")
    assert a.source == "رئيس هيئة الهلال الأحمر للإغاثة الدكتور سعيد الشهري"
    a = only("وقال مدير مركز الملك فهد للأبحاث الطبية محمد العلي إن النتائج مشجعة.")
    assert a.source == "مدير مركز الملك فهد للأبحاث الطبية محمد العلي"
    # one spoken to stays out of the subject
    a = only("وقال الوزير للصحفيين إن المحطة جاهزة.")
    assert a.source == "الوزير"


@pytest.mark.parametrize("text", [
    # issue #9 (fifty-ninth helper; snn_g, snn_n, snn_p): warning of a coming change or event claims it may come
    "حذرت المنظمة الدولية أمس الأحد من ارتفاع أسعار الغذاء في العالم.",
    "وحذرت الهيئة من نقص إمدادات المياه خلال الصيف.",
    "ولذا فإن المفوضية تحذر من حدوث كارثة إنسانية للنازحين.",
])
def test_warning_of_a_coming_change_is_a_report(text):
    assert [a.cue for a in detect(text)[0]] == [text.split()[0] if "تحذر" not in text else "تحذر"]


def test_warning_against_an_act_stays_an_appeal():
    assert detect("حذرت الإمارة من تشغيل العمالة تحت أشعة الشمس.")[0] == ()


def test_a_definite_subject_after_emphatic_fa_inna():
    # issue #9 (fifty-ninth helper, snn_n): «ولذا فإن المفوضية تحذر من …»: after فإن the definite noun is the subject
    # of the verb that follows, not an earlier speaker going on
    atts, _ = detect("وأوضح الوزير أن الأسعار ارتفعت كثيرا، ولذا فإن الهيئة تؤكد أن الرقابة ستزداد.")
    assert [(a.cue, a.source) for a in atts] == [("وأوضح", "الوزير"), ("تؤكد", "الهيئة")]


def test_going_on_with_a_longer_subject_or_a_saying_word():
    # issue #9 (fifty-ninth helper; snn_j, snn_o): تابع's that-clause or saying-word may come past a longer subject
    # and where it was said
    a = only("وتابع وزيرا الداخلية في بيانهما المشترك أن الأزمة تتطلب حلا أوروبيا.")
    assert (a.cue, a.source) == ("وتابع", "وزيرا الداخلية")
    atts, _ = detect("وتابعت الصحيفة البريطانية حديثها بالقول: \"اللاعب لن يرحل\".")
    assert [(a.cue, a.source) for a in atts] == [("وتابعت", "الصحيفة البريطانية")]
    atts, _ = detect("وبخصوص المحادثات، تابع كاميرون موضحًا: «سأحادث الرئيس غدا».")
    assert [a.cue for a in atts] == ["تابع"]


def test_affiliated_to_is_no_going_on():
    # «فإما أنه تابع لإيديولوجيا السلطة، بمعنى أن …» (heldout2): affiliated to, an adjective
    atts, _ = detect("فإما أنه تابع لإيديولوجيا السلطة السياسية، بمعنى أنه لا يعبر إلا عن رأيها.")
    assert [a.cue for a in atts if "تابع" in a.cue] == []


def test_another_woman_is_unnamed():
    # issue #9 (fifty-ninth helper; snn_j, snn_p): «وقالت أخرى» is another one of the women just quoted, unnamed
    atts, _ = detect("وقالت إحدى الناجيات «رأيته يسحق أمامي». وقالت أخرى إنها عثرت على جثتي قريبيها.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقالت", A), ("وقالت", A)]


def test_an_estimating_participle_goes_on_with_its_speaker():
    # issue #9 (fifty-ninth helper; snn_i, snn_p): «…، مقدرًا عدد مقاتلي التنظيم بما بين ألف وألفين»: after a comma
    # and with its ب-amount, the participle of قدّر continues the clause's speaker
    atts, _ = detect("وقال الوزير إن القوات تحاصر المدينة، مقدرًا عدد مقاتلي التنظيم فيها بما بين ألف وألفين.")
    assert [(a.cue, a.source) for a in atts] == [("وقال", "الوزير"), ("مقدرًا", "الوزير")]
    # «مقدرة» with no comma before it is the noun 'ability'
    atts, _ = detect("وقال المدرب إن ضعف الدفاع وعدم مقدرة اللاعبين على التغطية بسبب الإرهاق.")
    assert [a.cue for a in atts] == ["وقال"]


def test_a_document_a_few_words_before_states_no_report():
    # issue #9 (sixtieth helper; snn_d, snn_j, snn_o, snn_p): an indefinite call, letter or permit a few words before
    # «يفيد», past a ل/من phrase, a place or a comma, is what the document states: no speaker
    atts, _ = detect("تلقت الدوريات بلاغاً من خلال أبراج المراقبة والعمليات الميدانية، يفيد بتحركات مركبات مشبوهة.")
    assert atts == ()
    atts, _ = detect("وينتظر أن يرفع النادي خطابا لاتحاد الكرة يفيد بالرفض.")
    assert atts == ()
    atts, _ = detect("تلقت غرفة العمليات في محافظة الطائف بلاغاً يفيد بنشوب حريق داخل مستودع.")
    assert atts == ()
    # the definite document is a source; a feminine verb is the body's, not the (masculine) letter's
    atts, _ = detect("وأوضح البلاغ أن الحريق نشب فجرا.")
    assert [a.cue for a in atts] == ["وأوضح"]
    atts, _ = detect("ورفعت الوزارة خطابا للجهات المختصة تشكو فيه من تسرب الكفاءات.")
    assert [a.cue for a in atts] == ["تشكو"]


def test_things_that_show_are_no_speakers():
    # issue #9 (sixtieth helper; snn_e, snn_g, snn_h, snn_i, snn_n, snn_p): a showing verb right after an indefinite
    # noun phrase holding a thing word (a plan, a document, evidence) is a clause on the thing, not a report
    atts, _ = detect("وأوضح أن البرنامج يتضمن خططاً تؤكد استمرار سياسة الشركة في خفض التكاليف.")
    assert [a.cue for a in atts] == ["وأوضح"]
    atts, _ = detect("وذكرت الصحيفة أنها اطلعت على وثائق تؤكد أن البلدية رفعت الرسوم.")
    assert [a.cue for a in atts] == ["وذكرت"]
    atts, _ = detect("ونتمنى أن نحقق نتائج مميزة تؤكد أن مشاركتنا من أجل المنافسة.")
    assert atts == ()
    # a source word keeps the report
    atts, _ = detect("وكانت مصادر مطلعة تؤكد أن البلدية رفعت الرسوم.")
    assert [a.cue for a in atts] == ["تؤكد"]


def test_a_negator_is_no_subject():
    # issue #9 (sixtieth helper; snn_j, snn_n): «لا يُستبعد حصول انشقاقات» is the agentless passive ('it is not ruled
    # out'); the negator before the verb was taken as its subject
    atts, _ = detect("وقال مسؤول إن الحركة ستختار زعيما جديدا خلال أيام، فضلا عن ذلك، لا يستبعد حصول انشقاقات في صفوفها.")
    assert [a.cue for a in atts] == ["وقال"]
    atts, _ = detect("وذكرت المصادر أن الحركة تعيش أزمة. لا يستبعد حصول انشقاقات في صفوفها.")
    assert [a.cue for a in atts] == ["وذكرت"]
    # a subject after the negated verb keeps the report
    atts, _ = detect("ومع ذلك لا يستبعد الأمريكيون احتمال نشوب اشتباك.")
    assert [a.cue for a in atts] == ["يستبعد"]


def test_wa_la_negates_a_report():
    # issue #9 (sixtieth helper; snn_h): ولا/فلا negate as لا does; what one does not say is no report
    atts, _ = detect("وأكد المسؤول أن الخطة جاهزة، ولا يعلن الوزير موعدها حتى الآن.")
    assert [a.cue for a in atts] == ["وأكد"]


def test_a_period_after_the_verb_is_when_not_who():
    # issue #9 (sixtieth helper; snn_i, snn_p): «حسبما أعلن الأسبوع الماضي» is the agentless passive: the week is
    # when, not the source; a subject after the period stays the subject
    atts, _ = detect("باعت الشركة المجلة إلى مجموعة يابانية، حسبما أعلن الأسبوع الماضي مع تركيز الشركة على التعليم.")
    assert atts == ()
    atts, _ = detect("وكان قد أعلن الشهر الماضي وزير الخارجية أن المحادثات ستستأنف.")
    assert [(a.cue, a.source) for a in atts] == [("أعلن", "وزير الخارجية")]


def test_a_first_person_view_is_no_report():
    # issue #9 (sixtieth helper; snn_b, snn_o): «وأعتقد أن» with its hamza is the first person (the writer's own
    # view); the past «واعتقد» has none. Normalisation drops the hamza, so the original text decides
    atts, _ = detect("وقال المدرب إن الفريق جاهز. وأعتقد أننا سنشهد موسما صعبا.")
    assert [a.cue for a in atts] == ["وقال"]
    # the past, and the past misspelt with a subject after it, stay reports
    atts, _ = detect("واعتقد الوزير أن الأزمة ستنتهي قريبا.")
    assert [a.cue for a in atts] == ["واعتقد"]
    atts, _ = detect("وأعتبر الوزير أن الأزمة ستنتهي قريبا.")
    assert [a.cue for a in atts] == ["وأعتبر"]


def test_an_expected_thing_with_its_pronoun_is_passive():
    # issue #9 (sixtieth helper; snn_n, snn_o): «الطلب على المياه يتوقع صعوده», «ويتوقع سده بعد اكتمال السد»: a
    # noun with a pronoun suffix right after the masculine impersonal verb is the thing expected (passive)
    atts, _ = detect("وقال الخبير إن الطلب سيرتفع. ويتوقع صعوده بنسبة كبيرة خلال العام المقبل.")
    assert [a.cue for a in atts] == ["وقال"]
    # a source word with a suffix, or a title and a that-clause, is the subject
    atts, _ = detect("ويتوقع خبراؤه أن ترتفع الأسعار.")
    assert [a.cue for a in atts] == ["ويتوقع"]
    atts, _ = detect("ويتوقع سعادة السفير أن تتحسن العلاقات.")
    assert [a.cue for a in atts] == ["ويتوقع"]


def test_for_which_it_was_issued_is_no_source():
    # issue #9 (sixtieth helper; snn_o): «وفقاً لما صرفت من أجله»: من أجل is a purpose, not the source of a what-clause
    atts, _ = detect("وتتحقق الوزارة من استخدام التأشيرات الموسمية وفقاً لما صرفت من أجله.")
    assert atts == ()
    atts, _ = detect("وفقاً لما تم التأكيد عليه في تقارير محلية، ارتفعت الأسعار.")
    assert [a.cue for a in atts] == ["وفقاً"]


def test_a_study_with_no_author_is_vague():
    # issue #9 (sixty-fourth helper; snn_i, snn_o, snn_p): one study with its field, age or kind only («بيّنت دراسة
    # طبية», «وفق دراسة اقتصادية») names no one, as «دراسات» does not: vague
    atts, _ = detect("وبيّنت دراسة طبية أن التدخين يضر بالقلب.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("وبيّنت", "دراسة طبية", SourceClass.VAGUE)]
    atts, _ = detect("ووفق دراسة اقتصادية حديثة فإن السوق ينمو.")
    assert [a.source_class for a in atts] == [SourceClass.VAGUE]
    # its author in the phrase, an authoring verb after it, or a ل/من phrase after it: named
    for text in ("وكشفت دراسة أجراها المركز الوطني أن النوم مفيد.",
                 "وكشفت دراسة علمية حديثة أشرف عليها باحثون كنديون أن النوم مفيد.",
                 "وأوضحت دراسة سابقة لـ Catalyst أن الشركات تنمو.",
                 "وأكدت دراسة بريطانية أن النوم مفيد."):
        atts, _ = detect(text)
        assert [a.source_class for a in atts] == [SourceClass.NAMED], text


def test_people_by_their_trade_as_a_group_are_vague():
    # issue #9 (sixty-fourth helper; snn_i, snn_p): vendors, fighters, bankers as a group are an unnamed collective
    # (vague), as «محللون» and «متظاهرون» are; one banker or two stay anonymous
    for text in ("وقال بائعون إن الأسعار ارتفعت.", "وقال مقاتلون محليون إن المدينة آمنة.",
                 "واستبعد مصرفيون أن تنخفض الفائدة."):
        atts, _ = detect(text)
        assert [a.source_class for a in atts] == [SourceClass.VAGUE], text
    atts, _ = detect("وقال مصرفي إن الفائدة لن تنخفض.")
    assert [a.source_class for a in atts] == [SourceClass.ANONYMOUS]
    # «بين» among the fighters is no verb
    atts, _ = detect("وقالت مصادر بين المقاتلين المحليين إن فريقا فنيا وصل.")
    assert [a.cue for a in atts] == ["وقالت"]


def test_unnamed_bodies_are_anonymous():
    # issue #9 (sixty-fourth helper; snn_i, snn_o): «جهات حكومية», «جهات مختصة داخل الحكومة» hide who speaks, as
    # «مصادر» does: anonymous; the definite «الجهات المختصة» stays as it was (named)
    atts, _ = detect("وتؤكد جهات حكومية أن الأسعار ارتفعت.")
    assert [(a.source, a.source_class) for a in atts] == [("جهات حكومية", SourceClass.ANONYMOUS)]
    atts, _ = detect("وأكدت الجهات المختصة أن الأسعار ارتفعت.")
    assert [a.source_class for a in atts] == [SourceClass.NAMED]


def test_the_study_again_is_the_study_before():
    # issue #9 (sixty-fourth helper; snn_o): «وأوضحت الدراسة» after «بيّنت دراسة طبية» is that study again, vague
    # like it; after a study with its author it stays named
    atts, _ = detect("وبيّنت دراسة طبية أن التدخين يضر. وأوضحت الدراسة أن الرياضة مفيدة.")
    assert [a.source_class for a in atts] == [SourceClass.VAGUE, SourceClass.VAGUE]
    atts, _ = detect("وكشفت دراسة أجراها المركز الوطني أن النوم مفيد. وأفادت الدراسة أن الرياضة مفيدة.")
    assert [a.source_class for a in atts] == [SourceClass.NAMED, SourceClass.NAMED]


def test_all_the_news_after_a_definite_subject_is_the_object():
    # issue #9 (sixty-fourth helper; snn_i): «ونفت إدارة نادي الشباب جميع الأنباء المتداولة»: the subject ends before
    # «جميع» or the definite news, which are the object (not a vague source «… الأنباء المتداولة»)
    atts, _ = detect("ونفت إدارة نادي الشباب جميع الأنباء المتداولة عن اللاعب.")
    assert [(a.source, a.source_class) for a in atts] == [("إدارة نادي الشباب", SourceClass.NAMED)]
    atts, _ = detect("ونفت الوزارة الأنباء المتداولة عن اللاعب.")
    assert [(a.source, a.source_class) for a in atts] == [("الوزارة", SourceClass.NAMED)]
    # after an indefinite word, and at the phrase's start, the news stay in the source
    atts, _ = detect("وقالت مصادر الأنباء المحلية إن الحادث وقع.")
    assert [a.source for a in atts] == ["مصادر الأنباء المحلية"]
    atts, _ = detect("وذكرت الأنباء المتداولة أن الحادث وقع.")
    assert [(a.source, a.source_class) for a in atts] == [("الأنباء المتداولة", SourceClass.VAGUE)]


def test_considering_written_with_its_shadda():
    # issue #9 (seventieth helper; snn_h, snn_n): «وعدّ المجلس … إقرار القانون إمعانا في العدوان» is a view (عدّ,
    # considered, as اعتبر); normalisation deletes the shadda, so the original word decides: without it «وعد» is
    # «promised» and stays out
    atts, _ = detect("وعدّ المجلس في بيان له أمس إقرار هذا القانون إمعانا في العدوان.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("وعدّ", "المجلس", SourceClass.NAMED)]
    atts, _ = detect("وعدّت الوزارة القرار خطوة مهمة.")
    assert [a.cue for a in atts] == ["وعدّت"]
    for text in ("ووعد الوزير بحل المشكلة قريبا.", "وعد الوزير المواطنين بحل المشكلة.", "وقد عدت إلى البيت مساء."):
        atts, _ = detect(text)
        assert atts == (), text
    # a restating participle after «promised» is not swallowed by it
    atts, _ = detect("وعد الوزير بحل المشكلة مؤكدا أن الحل قريب.")
    assert [a.cue for a in atts] == ["مؤكدا"]


def test_an_aside_between_dashes_does_not_count_in_the_window():
    # issue #9 (seventieth helper; snn_b, snn_g, heldout): «وأضاف الرجل - الذي انضم … - أن»: an aside between dashes or
    # brackets in the verb's subject lengthens the clause without opening another, so the that-clause after it still
    # completes the verb; a that-word inside the aside completes nothing
    aside = ("الذي انضم للجنة التنفيذية للاتحاد الدولي في عام 2012 وتولى رئاسة الاتحاد البرازيلي في نيسان الماضي"
             " بعد مسيرة طويلة في الإدارة الرياضية")
    atts, _ = detect(f"وأضاف الرجل - {aside} - أن القانون يتضمن بنودا غير دستورية.")
    assert [(a.cue, a.source) for a in atts] == [("وأضاف", "الرجل")]
    atts, _ = detect(f"وأضاف الرجل ({aside}) أن القانون يتضمن بنودا غير دستورية.")
    assert [(a.cue, a.source) for a in atts] == [("وأضاف", "الرجل")]
    atts, _ = detect(f"وأضاف الرجل {aside} في العاصمة البرازيلية أن القانون يتضمن بنودا.")
    assert atts == ()  # no aside: the far أن stays out of the window
    atts, _ = detect("وأضاف الرجل - الذي قال للصحفيين أمس أنه سيترشح - كلمة قصيرة في الحفل.")
    assert [a.cue for a in atts] == ["قال"]


def test_a_that_word_after_a_comma_past_the_window():
    # issue #9 (seventieth helper; heldout5, snn_n, snn_p): «وتابع شاهين، خلال مداخلة هاتفية على برنامج … مساء اليوم
    # الثلاثاء، أن»: an occasion between commas lengthens the clause, so the that-word right after its closing comma
    # completes the verb though it stands past the window
    occasion = ("خلال مداخلة هاتفية على برنامج تلفزيوني في قناة محلية مساء اليوم الثلاثاء بعد اجتماع طويل مع كبار"
                " المسؤولين في الوزارة")
    atts, _ = detect(f"وتابع الوزير، {occasion}، أن الأزمة ستنتهي قريبا.")
    assert [(a.cue, a.source) for a in atts] == [("وتابع", "الوزير")]
    atts, _ = detect(f"وأضاف الوزير، {occasion}، أن الأزمة ستنتهي قريبا.")
    assert [(a.cue, a.source) for a in atts] == [("وأضاف", "الوزير")]
    # far away, a that-word after no comma opens another clause
    atts, _ = detect(f"وتابع الوزير، {occasion} وقد تبين أن الأزمة ستنتهي قريبا.")
    assert atts == ()


def test_a_time_word_between_the_verb_of_a_what_clause_and_its_subject():
    # issue #9 (seventieth helper; snn_h «بحسب ما اعلن الاربعاء مساعد المتحدث باسم الامم المتحدة فرحان حق»): in
    # «بحسب ما <verb>» the «ما» is the verb's object, so after a time word the words are its subject
    atts, _ = detect("ويتوجه المبعوث الى نيويورك، بحسب ما أعلن الأربعاء مساعد المتحدث باسم الوزارة سامي حسن.")
    assert [(a.cue, a.source) for a in atts] == [("بحسب", "مساعد المتحدث باسم الوزارة سامي حسن")]
    atts, _ = detect("ويتوجه المبعوث الى نيويورك، حسبما ذكرت أمس مصادر مطلعة.")
    assert [(a.cue, a.source) for a in atts] == [("حسبما", "مصادر مطلعة")]


def test_reminding_and_citing_participles_go_on_with_the_speaker():
    # issue #9 (seventieth helper; snn_h, snn_i): «…، مذكراً بأن …», «…، مستشهدا ببحث …» continue their clause's
    # speaker; the memorandum «مذكرة» and a participle with no comma before it stay out
    atts, _ = detect("وقال الوزير إن المشروع سيوفر دخلا إضافيا، مذكراً بأن المحطة ستنتج خمسين ميجاوات.")
    assert [a.cue for a in atts] == ["وقال", "مذكراً"]
    assert atts[0].source_id == atts[1].source_id
    atts, _ = detect("وقال الوزير إن الطاقة المتجددة مهمة، مستشهدا ببحث دول العالم عن مصادر أخرى.")
    assert [a.cue for a in atts] == ["وقال", "مستشهدا"]
    atts, _ = detect("وقعت الوزارة مذكرة تفاهم مع الشركة بأن تنفذ المشروع.")
    assert atts == ()


def test_an_evidence_noun_before_a_preposition_is_no_antecedent():
    # issue #9 (seventieth helper; snn_i «وتأتي هذه الأرقام في الوقت الذي قال الأمين العام … أن»): the relative takes
    # up «الوقت», the noun right before it; the evidence noun before the preposition does not make the report a thing
    # showing something
    atts, _ = detect("وتأتي هذه الأرقام في الوقت الذي قال الأمين العام للمنظمة أن الإنتاج لن ينخفض.")
    assert [(a.cue, a.source) for a in atts] == [("قال", "الأمين العام للمنظمة")]
    atts, _ = detect("وقدم العمال الشهادات الصحية التي تؤكد خلوهم من الأمراض.")
    assert atts == ()


def test_missing_participle_forms_of_listed_verbs():
    # issue #9 (seventieth helper; snn_n, snn_p): «مفيدةً أن» (the feminine of مفيدا, before a that-clause only),
    # «مطمئنا» (reassuring, after a comma) go on with the clause's speaker; «مفيدة للغاية» (useful) stays out
    atts, _ = detect("وأضافت المصادر أن الهيئة ستستدعي الفتاتين، مفيدةً أن جهات الضبط تعرفت على هويتهما.")
    assert [a.cue for a in atts] == ["وأضافت", "مفيدةً"]
    atts, _ = detect("وقال رئيس الاتحاد إن البطولة ستقام في موعدها، مطمئناً الجماهير بالدعم الكامل للمنظمين.")
    assert [a.cue for a in atts] == ["وقال", "مطمئناً"]
    atts, _ = detect("وأوضح الخبير أن الخاصية الجديدة بسيطة لكنها مفيدة للغاية للمستخدمين.")
    assert [a.cue for a in atts] == ["وأوضح"]


def test_the_verbs_particle_after_a_comma_past_the_window():
    # issue #9 (seventieth helper; snn_a «وأشار هيرشمان في استعراضه أمام اللجنة التي ترأسها …، إلى أن»): past the
    # window, the verb's own particle right after a comma and then its that-word complete it
    occasion = ("في استعراضه أمام اللجنة التي ترأسها السيناتور جيري موران عضو مجلس الشيوخ الأميركي عن ولاية كنساس"
                " والسيناتور ريتشارد بلومينتال")
    atts, _ = detect(f"وأشار هيرشمان، {occasion}، إلى أن التعاون مع المبادرة سيمنحنا الأمل.")
    assert [a.cue for a in atts] == ["وأشار"]


def test_a_presentation_or_lecture_ends_the_source():
    # issue #9 (seventieth helper; snn_a «وأشار هيرشمان في استعراضه أمام اللجنة …»): where it was said ends the source,
    # as «في كلمته» does
    for occasion in ("في استعراضه أمام اللجنة", "في محاضرة بالجامعة", "في مداخلة هاتفية"):
        atts, _ = detect(f"وأشار هيرشمان {occasion} إلى أن الأمر مهم.")
        assert [(a.cue, a.source) for a in atts] == [("وأشار", "هيرشمان")], occasion


def test_a_study_points_something_out():
    # issue #9 (seventieth helper; snn_o «ونبهت الدراسة إلى كيفية حدوث النتائج السلبية»): a study points out with
    # أشار/نبّه إلى as a report does; a thing pointing («وتشير الضربات الجوية إلى») stays out
    atts, _ = detect("ونبهت الدراسة إلى خطورة الجمع بين الأطعمة المحتوية على البروتينات.")
    assert [(a.cue, a.source) for a in atts] == [("ونبهت", "الدراسة")]
    atts, _ = detect("وأشارت الدراسة إلى ارتفاع نسبة الإصابة بين الأطفال.")
    assert [(a.cue, a.source) for a in atts] == [("وأشارت", "الدراسة")]
    assert detect("وتشير الضربات الجوية إلى تصعيد جديد في المنطقة.")[0] == ()


def test_a_warning_after_qad_has_its_subject_before_it():
    # issue #9 (seventieth helper; snn_o «وكانت الرئاسة العامة للأرصاد وحماية البيئة قد نبهت عن حالة»): the speaker of
    # نبّه/أشار + particle may stand between كان and قد; evidence there still points no report
    atts, _ = detect("وكانت الرئاسة العامة للأرصاد وحماية البيئة قد نبهت عن حالة من السحب الممطرة.")
    assert [(a.cue, a.source) for a in atts] == [("نبهت", "الرئاسة العامة للأرصاد وحماية البيئة")]
    assert detect("وكانت المؤشرات قد أشارت إلى تراجع الأسعار.")[0] == ()


def test_a_long_occasion_before_the_verbs_marker():
    # issue #9 (seventieth helper; snn_c «وعبر الأمين العام للمركز … في كلمته التي ألقاها في افتتاح أعمال اللقاء الذي
    # عقد في برشلونة مؤخرًا بحضور وزير الخارجية الإسباني عن تزايد …»): the occasion may be long before عن
    atts, _ = detect("وعبر الأمين العام للمركز فيصل بن معمر في كلمته التي ألقاها في افتتاح أعمال اللقاء الذي عقد في"
                     " برشلونة مؤخرا بحضور وزير الخارجية عن تزايد الاهتمام الدولي بالحوار.")
    assert [(a.cue, a.source) for a in atts] == [("وعبر", "الأمين العام للمركز فيصل بن معمر")]


def test_a_participle_goes_on_with_the_speaker_right_after_its_sentences_verb():
    # issue #9 (seventy-fourth helper; «ورحب شلتوت بزيارة الوفد المصري، مشيراً»): the sentence's verb is no cue, but the
    # word right after it names a speaker met before; the participle goes on with that speaker (no new source)
    text = ("وقال السفير أحمد شلتوت إن الزيارة ناجحة. وذكر وزير النقل سالم الهادي أن الطريق جاهز. "
            "ورحب شلتوت بزيارة الوفد، مشيراً إلى أنه سيتم توقيع مذكرة تفاهم.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقال", "وذكر", "مشيراً"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    # the speaker named there, not the last one who spoke
    atts, _ = detect(text.replace("ورحب شلتوت", "ورحب الهادي"))
    assert atts[2].source_id == atts[1].source_id


def test_a_continuation_goes_on_with_the_speaker_right_after_a_later_sentences_verb():
    # issue #9 (seventy-fourth helper; «ودعا الوزير إلى … . وأضاف أن»): a sentence after the last report opens with a
    # verb that is no cue and a speaker met before; «وأضاف» goes on with that speaker, not with the last report's
    text = ("وقال السفير أحمد شلتوت إن الزيارة ناجحة. وذكر وزير النقل سالم الهادي أن الطريق جاهز. "
            "ودعا شلتوت إلى تسريع العمل في المشروع. وأضاف أنه سيتم توقيع مذكرة تفاهم.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقال", "وذكر", "وأضاف"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    # with no such sentence the last speaker goes on
    atts, _ = detect(text.replace("ودعا شلتوت إلى تسريع العمل في المشروع. ", ""))
    assert atts[2].source_id == atts[1].source_id


def test_an_honorific_pronoun_points_back_at_the_person():
    # issue #9 (seventy-fourth helper; snn_c «وأضاف معاليه», snn_g «وقال سموه»): His Excellency / His Highness names no
    # one itself: it is the person named last (سموه: a prince), not a new source
    text = ("وقال الأمين العام للمجلس عبدالله العمر إن الخطة جاهزة. وذكرت مصادر مطلعة أن العمل بدأ. "
            "وأكد معاليه أن التنفيذ سيبدأ قريبا.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقال", "وذكرت", "وأكد"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    # سموه is a prince: with none named before it stays a source of its own
    atts, sources = detect(text.replace("معاليه", "سموه"))
    assert atts[2].source_id not in (atts[0].source_id, atts[1].source_id)
    atts, _ = detect("وقال الأمير سعود بن عبدالله إن الخطة جاهزة. وقال الوزير سالم الهادي إن العمل بدأ. "
                     "وأكد سموه أن التنفيذ سيبدأ قريبا.")
    assert atts[2].source_id == atts[0].source_id


def test_ali_opens_the_name_after_an_office():
    # issue #9 (seventy-fourth helper; «مدير منتخب الشباب علي الشعيلان», «المتحدث باسم المقاومة، علي الأحمدي»): علي
    # (على once normalised) then a family name after the office is the person's name, by which the article calls the
    # person later
    for office in ("وقال مدير منتخب الشباب علي الشعيلان", "وقال المتحدث باسم المنتخب، علي الشعيلان،"):
        atts, sources = detect(f"{office} إن الفريق جاهز. وذكرت مصادر أن المباراة تأجلت. "
                               "وأكد الشعيلان أن اللاعبين بخير.")
        assert [a.cue for a in atts] == ["وقال", "وذكرت", "وأكد"], office
        assert atts[2].source_id == atts[0].source_id and len(sources) == 2, office


def test_a_definite_head_run_into_its_object_points_back():
    # issue #9 (seventy-fourth helper; snn_i «وحدَّد الوزير دخول الشركة مراحل الإنتاج», «وأكدت الوزارة احتواء
    # الترميز»): the phrase read as the source ran past the definite head into an indefinite object; the head alone
    # points back at the body or office named before
    text = ("وقالت وزارة التجارة والصناعة إن المنتجات مطابقة. وذكرت مصادر مطلعة أن الأسعار سترتفع. "
            "وأكدت الوزارة احتواء الترميز الوطني على بيانات المنتج.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقالت", "وذكرت", "وأكدت"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    # an honorific then a name is another person
    atts, sources = detect("وقال الدكتور سالم العمري إن الوضع مستقر. وذكرت مصادر مطلعة أن الأسعار سترتفع. "
                           "وقال الدكتور خالد إن الأسعار مستقرة.")
    assert len(sources) == 3


def test_a_shared_last_word_is_the_same_source_only_by_a_name():
    # issue #9 (eighty-first helper; snn_f «وزارة الداخلية الكويتية» after «السلطات الكويتية», snn_c «جون بافز كبير
    # المحللين في البنك» after «البنك»): two named phrases ending in the same adjective or body noun are two sources
    text = ("أعلنت السلطات الكويتية أن الخلية فككت. وذكرت مصادر مطلعة أن التحقيق بدأ. "
            "وقالت وزارة الداخلية الكويتية إن المتهمين اعترفوا.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["أعلنت", "وذكرت", "وقالت"]
    assert atts[2].source_id != atts[0].source_id and len(sources) == 3
    atts, sources = detect("وقال البنك إن النمو سيتباطأ. وذكرت مصادر مطلعة أن الأسعار سترتفع. "
                           "وقال جون بافز كبير المحللين في البنك إن الطلب ضعيف.")
    assert atts[2].source_id != atts[0].source_id and len(sources) == 3
    # the same name, the same words with fewer of them, or the body's statement: the source again
    for first, again in (("قال الغساني", "وقال خالد الغساني"), ("قالت وزارة الخارجية الفلسطينية", "وقالت الخارجية الفلسطينية"),
                         ("قالت المنظمات", "وقال بيان المنظمات")):
        atts, sources = detect(f"{first} إن الوضع مستقر. وذكرت مصادر مطلعة أن الأسعار سترتفع. {again} إن العمل بدأ.")
        assert atts[2].source_id == atts[0].source_id and len(sources) == 2, again


def test_one_office_with_two_family_names_is_two_people():
    # issue #9 (eighty-first helper; snn_n two Red Crescent spokesmen of two regions, snn_e «المتحدث الإعلامي باسم
    # الهلال الأحمر … العنزي» after the civil defence's spokesman): the same office word with another family name
    # is another person, not the spokesman before
    text = ("وقال المتحدث بهيئة الهلال الأحمر بجازان سالم الصرخي إن الحالات نقلت. وذكرت مصادر طبية أن المصابين بخير. "
            "وأوضح المتحدث الرسمي بهيئة الهلال الأحمر بمنطقة المدينة المنورة خالد السهلي أن فرقة باشرت الحادث.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقال", "وذكرت", "وأوضح"]
    assert atts[2].source_id != atts[0].source_id and len(sources) == 3
    # the same family name again: the same spokesman
    atts, sources = detect(text.replace("خالد السهلي", "سالم الصرخي"))
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2


def test_a_long_office_said_again_word_for_word_is_the_person():
    # issue #9 (eighty-first helper; snn_o «وقال المدير التنفيذي لسوق عكاظ» after «المدير التنفيذي لسوق عكاظ الدكتور
    # راشد الغامدي», snn_n «الأمين العام لمجلس الضمان الصحي التعاوني»): an office of more than three words, said
    # again word for word without the name, is the person the article gave it with the name
    text = ("وبين المدير التنفيذي لسوق عكاظ الدكتور راشد الغامدي أن الأنشطة متنوعة. وذكرت مصادر مطلعة أن الزوار كثر. "
            "وقال المدير التنفيذي لسوق عكاظ إن عدد الحرفيين كبير.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وبين", "وذكرت", "وقال"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    # another office of the same body is another person
    atts, sources = detect(text.replace("وقال المدير التنفيذي لسوق عكاظ", "وقال المدير المالي لسوق عكاظ"))
    assert atts[2].source_id != atts[0].source_id


def test_an_office_said_with_a_name_outside_any_report_points_at_that_person():
    # issue #9 (eighty-first helper; snn_o «تعهد رئيس الوزراء البريطاني، ديفيد كاميرون» then «وقال كاميرون» and «وقال
    # رئيس الوزراء», snn_d «ودافع مخرج العمل أوس الشرقي» then «وأكد الشرقي» and «ونفى المخرج»): the office alone
    # is the person named with it earlier in the text, even in a sentence with no report
    text = ("تعهد رئيس الوزراء البريطاني، ديفيد كاميرون، بفرض إجراءات جديدة. وقال كاميرون إن الوضع صعب. "
            "وذكرت مصادر مطلعة أن الاجتماع انتهى. وقال رئيس الوزراء إن الجيش سيساعد.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقال", "وذكرت", "وقال"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    text = ("ودافع مخرج العمل أوس الشرقي عن البرنامج. وأكد الشرقي أن الضجة كانت متوقعة. "
            "وذكرت مصادر مطلعة أن الحلقة حذفت. ونفى المخرج أن يكون العمل مسيئا.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وأكد", "وذكرت", "ونفى"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    # a body said with the article before a person's name is not that person
    atts, sources = detect("وقال مدير الشركة سالم العمري إن الأرباح زادت. وذكرت مصادر مطلعة أن الأسهم ارتفعت. "
                           "وأعلنت الشركة أن التوزيع سيتم قريبا.")
    assert atts[2].source_id != atts[0].source_id


def test_a_family_name_cut_off_a_source_phrase_points_back_at_it():
    # issue #9 (eighty-first helper; snn_b «المشرف العام على العلاقات العامة والإعلام … الغامدي أن» read as «المشرف
    # العام», then «وأبان الغامدي»; «تقرير … الصادر عن المؤسسة العربية» then «وأوضحت المؤسسة»): the family name said
    # after the phrase read as the source, before its that-word, is that source's
    for text in ("وأوضح المشرف العام على العلاقات العامة والإعلام بوزارة الحج علي بن محمد الغامدي أن الوزارة تهدف إلى "
                 "التيسير. وذكرت مصادر مطلعة أن الحجاج كثر. وأبان الغامدي أن البرنامج يحقق فوائد.",
                 "وأوضح المتحدث الرسمي لهيئة الري والصرف بالأحساء عبدالله الظفر أن الهيئة اهتمت بالمشكلات. وذكرت مصادر "
                 "مطلعة أن المزارعين قلقون. وأبان الظفر، أن سبب المشكلة قلة الوعي."):
        atts, sources = detect(text)
        assert [a.cue for a in atts] == ["وأوضح", "وذكرت", "وأبان"], text
        assert atts[2].source_id == atts[0].source_id and len(sources) == 2, text
    # a word of a name's middle, or a body after a person's office, is not the family name
    atts, sources = detect("وأكد رئيس اللجنة التابعة للمركز الإعلامي للمقاومة أن الوضع هادئ. وذكرت مصادر مطلعة أن "
                           "القتال توقف. وأعلنت المقاومة أنها استعادت المدينة.")
    assert atts[2].source_id != atts[0].source_id


def test_an_honorific_pronoun_said_again_is_the_same_person():
    # issue #9 (eighty-first helper; snn_g «وأوضح سموه» … «وبين سموه», the prince named in no report): with no named
    # person before it, the first «سموه» is a source of its own, and the next «سموه» is that same source
    text = ("وأوضح سموه أن المهرجانات تسهم في النمو. وذكرت مصادر مطلعة أن الزوار كثر. "
            "وبين سموه أن الهيئة ستعمل على جذب الاستثمارات.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وأوضح", "وذكرت", "وبين"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2


def test_a_short_name_in_brackets_after_a_body_points_back_at_it():
    # issue #9 (eighty-first helper; snn_e «قال الاتحاد الدولي لكرة القدم (الفيفا)» then «وأضاف الفيفا»): the word in
    # brackets after the body's name is the short name the article calls it by later
    text = ("قال الاتحاد الدولي لكرة القدم (الفيفا) إنه سينتخب رئيسا جديدا. وذكرت مصادر مطلعة أن المرشحين كثر. "
            "وأضاف الفيفا أن الجمعية ستعقد في زيوريخ.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["قال", "وذكرت", "وأضاف"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2


def test_a_form_of_address_is_no_name():
    # issue #9 (eighty-first helper; snn_i «معالي رئيس ديوان المظالم … خالد بن» linked to «معالي وزير العدل الشيخ وليد بن
    # محمد الصمعاني» by «معالي»): two descriptions opening with the same form of address are not one person by it
    text = ("وأوضح معالي وزير العدل الشيخ وليد بن محمد الصمعاني أن القضاء مستقل. وذكرت مصادر مطلعة أن الجلسة انتهت. "
            "وأوضح معالي رئيس ديوان المظالم الشيخ الدكتور خالد بن محمد اليوسف أن الأحكام نهائية.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وأوضح", "وذكرت", "وأوضح"]
    assert atts[2].source_id != atts[0].source_id and len(sources) == 3


def test_a_name_said_after_a_preposition_in_another_phrase_is_not_that_source():
    # issue #9 (eighty-first helper; snn_b «توقعت «أوبك»» linked to «الدكتور خالد العقيل … وممثل المملكة لدى منظمة اوبك
    # سابقاً»): a body named inside another source's description, after its preposition, is not that person
    text = ("أكد الدكتور خالد العقيل الخبير النفطي وممثل المملكة لدى منظمة أوبك سابقا أن الأسعار ستتعافى. "
            "وذكرت مصادر مطلعة أن الطلب ضعيف. وتوقعت أوبك أن ينمو الطلب.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["أكد", "وذكرت", "وتوقعت"]
    assert atts[2].source_id != atts[0].source_id and len(sources) == 3
    # the person's own name again still is the person
    atts, sources = detect(text.replace("وتوقعت أوبك", "وتوقع خالد العقيل"))
    assert atts[2].source_id == atts[0].source_id


def test_a_speaker_named_outside_the_report_of_a_continuation_is_found_later():
    # issue #9 (eighty-first helper; snn_d «ودافع مخرج العمل أوس الشرقي … عن البرنامج …، قائلاً» then «وأكد الشرقي»):
    # the participle goes on from a speaker the sentence named outside any report; that speaker's first report later
    # («وأكد الشرقي») is the same source, not a new one
    text = ("ودافع مخرج العمل أوس الشرقي في حوار مع موقع إخباري عن البرنامج، قائلاً إن العمل يعكس الواقع. "
            "وذكرت مصادر مطلعة أن الحلقات حذفت. وأكد الشرقي أن الضجة كانت متوقعة.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["قائلاً", "وذكرت", "وأكد"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2
    # a word said to the outlet in that sentence is not the speaker
    atts, sources = detect("ودافع في حديثه لـ«الحياة» عن البرنامج، قائلاً إن العمل يعكس الواقع. وذكرت مصادر مطلعة أن "
                           "الحلقات حذفت. وكشفت «الحياة» أن الضجة كانت متوقعة.")
    assert atts[-1].source_id != atts[0].source_id


def test_a_group_named_outside_the_report_of_a_continuation_is_found_later():
    # issue #9 (eighty-first helper; snn_i «يؤكد العاملين» after a participle whose sentence named the workers outside
    # any report): as for one person, a group's words said again are that nameless speaker
    text = ("ويقف العاملون في المحلات منذ الصباح، مؤكدين أن الإقبال كبير. وذكرت مصادر مطلعة أن الأسعار ارتفعت. "
            "ويقول العاملون إن الشروط واضحة.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["مؤكدين", "وذكرت", "ويقول"]
    assert atts[2].source_id == atts[0].source_id and len(sources) == 2


def test_on_his_part_turns_to_another_speaker():
    # issue #9 (eighty-first helper; snn_a «من جهته، أثنى د. البوسعيدي على جهود جمعية البر بالأحساء، وقال»): a sentence
    # opening «من جهته» turns to someone other than the last speaker, so its «وقال» does not go on with that speaker
    text = ("وقال وكيل المحافظة سالم الهادي إن المشروع جاهز. "
            "من جهته، أثنى الدكتور خالد العمري على جهود الجمعية، وقال إن الجمعية بذلت جهودا كبيرة.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقال", "وقال"]
    assert atts[1].source_id != atts[0].source_id
    # without it the last speaker goes on
    atts, _ = detect(text.replace("من جهته، ", ""))
    assert atts[1].source_id == atts[0].source_id


def test_on_the_other_hand_turns_to_another_speaker():
    # issue #9 (eighty-first helper; snn_n «في المقابل، استهل والد الشهيد حديثه …، وقال»): as «من جهته»
    text = ("وقال وكيل المحافظة سالم الهادي إن المشروع جاهز. "
            "وفي المقابل، استهل والد الطالب حديثه بالشكر، وقال إن الجمعية بذلت جهودا كبيرة.")
    atts, sources = detect(text)
    assert [a.cue for a in atts] == ["وقال", "وقال"]
    assert atts[1].source_id != atts[0].source_id


def test_a_crowd_after_a_relative_holds_the_view():
    # issue #9 (eighty-third helper; snn_b «أكثر تعقيدا مما اعتقد البعض»): after a relative or a what-word, an
    # unspecified crowd right after the verb is its subject, so the clause is the crowd's view (vague)
    for text, cue, source in (("فقد تبين أن المشكلة أكثر تعقيدا مما اعتقد البعض، لا سيما في المدن.", "اعتقد", "البعض"),
                              ("وهو الاتفاق الذي أكده الكثيرون أمس في الاجتماع.", "أكده", "الكثيرون")):
        atts, _ = detect(text)
        assert [(a.cue, a.source, a.source_class) for a in atts] == [(cue, source, SourceClass.VAGUE)]
    # a named subject after the relative is not reached by this rule
    atts, _ = detect("وهو البرنامج الذي أقره مجلس الإدارة أمس.")
    assert atts == ()


def test_a_denial_after_a_relative_takes_its_subject_after_it():
    # issue #9 (eighty-third helper; snn_g «وهو الأمر الذي نفته الجامعة», snn_p «وهو الأمر الذي نفاه المصدر»): the
    # pronoun takes up the relative, so the one denying follows the verb
    atts, _ = detect("وتأخر صرف المكافآت هذا الشهر، وهو الأمر الذي نفته الجامعة في بيان.")
    assert [(a.cue, a.source) for a in atts] == [("نفته", "الجامعة")]
    atts, _ = detect("وتأخر صرف الرواتب هذا الشهر، وهو الأمر الذي نفاه المصدر.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("نفاه", "المصدر", SourceClass.ANONYMOUS)]
    # no relative before it: the verbal noun «نفيه» with a definite word next is no denial
    assert detect("واستقبلت المحاكم قضايا إثبات نسب أو نفيه بالحمض النووي.")[0] == ()


def test_an_accusative_after_the_verb_is_not_its_subject():
    # issue #9 (eighty-ninth helper; snn_i «لكن مصدرًا مقربا من دوستم ينفي ذلك متحدثا عن «تعاون»», snn_g «يضيف
    # مصدراً جديداً»): an indefinite source word in the accusative right after the verb is its object or a
    # circumstantial, not its subject; the subject before the verb is read instead
    atts, _ = detect("لكن مصدرًا مقربا من الوزير ينفي ذلك متحدثا عن تعاون بين الطرفين.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("ينفي", "مصدرًا مقربا من الوزير", SourceClass.ANONYMOUS)]
    assert detect("وأبلغ مسؤولا أمنيا بالحادث.")[0] == ()
    # the nominative subject after the verb is read as before
    atts, _ = detect("وقال مسؤول أمني إن الحادث وقع.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("وقال", "مسؤول أمني", SourceClass.ANONYMOUS)]


def test_hypothesising_is_a_view():
    # issue #9 (eighty-ninth helper; snn_n «افترض أحد العلماء أن», snn_h «افترض الشيخ "العمري" أنها»): the past of
    # افترض with its that-clause is a view, as رجّح; the imperfect «يفترض أن» (is supposed to) stays out
    atts, _ = detect("وفي القرن الماضي افترض أحد العلماء أن القشرة الأرضية تتحرك ببطء.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("افترض", "أحد العلماء", SourceClass.ANONYMOUS)]
    assert detect("ويفترض أن تطبق اللائحة على كل الأندية التي يفترض أن تلتزم بها.")[0] == ()


def test_a_source_word_in_quotes_after_relayed_from():
    # issue #9 (eighty-ninth helper; snn_p «ونقلت وكالات الأنباء عن «مسؤول» في تنظيم داعش تبنيه»): one source word in
    # quotes after «نقل عن» is the source relayed
    atts, _ = detect("ونقلت وكالات الأنباء عن «مسؤول» في التنظيم تبنيه للهجوم.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("ونقلت", "مسؤول", SourceClass.ANONYMOUS)]
    assert atts[0].via == "وكالات الأنباء"


def test_an_unnamed_source_estimating_in_the_imperfect():
    # issue #9 (eighty-ninth helper; snn_i «وتقدر مصادر نفطية إجمالي إنتاج الحقول المشتركة بما لا يقل عن»): the
    # imperfect of قدّر with an unnamed source right after it is an estimate; the quantity opens the object
    atts, _ = detect("وتقدر مصادر نفطية إجمالي إنتاج الحقول بمليون برميل يوميا.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("وتقدر", "مصادر نفطية", SourceClass.ANONYMOUS)]
    atts, _ = detect("وقدرت مصادر نفطية حجم الإنتاج بمليون برميل يوميا.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("وقدرت", "مصادر نفطية", SourceClass.ANONYMOUS)]
    # appreciating, amounting to: no estimate
    assert detect("ويقدر الوزير جهود العاملين في الخسائر التي تقدر بمليون ريال.")[0] == ()


def test_a_person_by_role_and_origin_is_anonymous():
    # issue #9 (eighty-ninth helper; snn_o «اتهم نائب فرنسي معارض»): a singular role with no article and an adjective
    # of origin or side after it hides who speaks; a name after it, a construct office, or a role with a
    # preposition (often named in the next sentence) stay named
    for text, source in (("وقال نائب فرنسي معارض إن الحكومة أخطأت.", "نائب فرنسي معارض"),
                         ("وقال محلل سياسي إن الأسعار سترتفع.", "محلل سياسي")):
        atts, _ = detect(text)
        assert [(a.cue, a.source, a.source_class) for a in atts] == [("وقال", source, SourceClass.ANONYMOUS)]
    for text in ("وقال خبير اقتصادي محمد العلي إن الأسعار سترتفع.", "وقال نائب رئيس الوزراء إن الحكومة مستمرة.",
                 "وقال خبير في الأرصاد الجوية إن الحر سيستمر."):
        atts, _ = detect(text)
        assert [a.source_class for a in atts] == [SourceClass.NAMED]


def test_a_time_phrase_of_several_words_between_verb_and_subject():
    # issue #9 (ninety-fifth helper; snn_r «كما اعلن امس الاثنين متحدثون عسكريون باسم الحكومة الليبية»): a time
    # phrase of more than one word («أمس الاثنين», «أول من أمس») between the verb and its subject, as one time word
    for text, cue, source in (("كما أعلن أمس الاثنين متحدث عسكري إن الطائرات أغرقت سفينة.", "أعلن", "متحدث عسكري"),
                              ("وقال أول من أمس مصدر أمني إن الطائرات أغرقت سفينة.", "وقال", "مصدر أمني")):
        atts, _ = detect(text)
        assert [(a.cue, a.source, a.source_class) for a in atts] == [(cue, source, SourceClass.ANONYMOUS)]


def test_a_preposition_with_its_pronoun_is_no_name_at_the_end():
    # issue #9 (ninety-fifth helper; snn_r «متحدثون عسكريون باسم الحكومة الليبية المعترف بها دوليا»): «بها دوليا»
    # after a definite word looked like a foreign name in apposition, so the unnamed spokesmen were named; a
    # preposition with its pronoun is no name
    atts, _ = detect("وقال متحدث باسم الحكومة الليبية المعترف بها دوليا إن الطائرات أغرقت سفينة.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.ANONYMOUS)]
    atts, _ = detect("وقال قائد شرطة العاصمة بنسون كيبوي إن الطائرات أغرقت سفينة.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.NAMED)]


def test_a_definite_unnamed_source_word_with_a_name_is_no_earlier_unnamed_source():
    # issue #9 (ninety-fifth helper; snn_f «وقال المتحدث باسم القوات الجوية ناصر الحاسي» after unnamed spokesmen): a
    # definite office of an unnamed-source word («المتحدث باسم …», «مسؤول الاتصالات …») ending in a name is that
    # person, named, not the unnamed source of the same word before it
    atts, sources = detect("وقال متحدثون عسكريون إن الطائرات أغرقت سفينة. وقال المتحدث باسم القوات الجوية ناصر "
                           "الحاسي إن السفينة كانت تحمل أسلحة.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.ANONYMOUS), ("وقال", SourceClass.NAMED)]
    assert atts[0].source_id != atts[1].source_id


def test_definite_officials_are_not_the_one_person_before_them():
    # issue #9 (ninety-fifth helper; snn_r «واكد المسؤولون الاميركيون انها تضم» after «وقال ديفيس»): a bare definite
    # plural of an unnamed-source word does not point back at the last single speaker (as «وقال المسؤول» does);
    # it is a group of unnamed officials of its own
    atts, _ = detect("وقال جيف ديفيس المتحدث باسم البنتاغون إن الغارة أصابت الهدف. وأكد المسؤولون الأميركيون أنها "
                     "تضم أعضاء من التنظيم.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.NAMED), ("وأكد", SourceClass.ANONYMOUS)]
    assert atts[0].source_id != atts[1].source_id
    atts, _ = detect("وقال دبلوماسي غربي كبير إن المحادثات متعثرة. وأضاف المسؤول أن الجولة المقبلة حاسمة.")
    assert atts[0].source_id == atts[1].source_id


def test_leaders_by_the_plural_qiyadat_are_people():
    # issue #9 (ninety-fifth helper; snn_r «وأبلغت «عكاظ» قيادات ميدانية في المقاومة بمحافظة لحج نجاحها», snn_a
    # «قيادات قبلية وميدانية في المقاومة … تحدثت لـ«عكاظ»»): «قيادات» is the plural of قيادي, unnamed leaders
    for text, cue in (("وقالت قيادات ميدانية في المقاومة إن المقاومة سيطرت على المنطقة.", "وقالت"),
                      ("وأبلغت «عكاظ» قيادات ميدانية في المقاومة أن المقاومة سيطرت على المنطقة.", "وأبلغت")):
        atts, _ = detect(text)
        assert [(a.cue, a.source_class) for a in atts] == [(cue, SourceClass.ANONYMOUS)]


def test_those_in_charge_are_unnamed():
    # issue #9 (ninety-fifth helper; snn_s «يرى القائمون على السوبر السعودي», snn_p «ويقول القائمون على الحملة إنها»):
    # those in charge of something speak unnamed; the singular adjective «القائم على» of a thing is no source
    atts, _ = detect("ويقول القائمون على الحملة إنها أتت كمبادرة شعبية.")
    assert [(a.cue, a.source_class) for a in atts] == [("ويقول", SourceClass.ANONYMOUS)]
    atts, _ = detect("يرى القائمون على المهرجان نجاحه دليلا على الإقبال.")
    assert [(a.cue, a.source_class) for a in atts] == [("يرى", SourceClass.ANONYMOUS)]


def test_a_foreign_name_after_a_body_title_names_the_office_holder():
    # issue #9 (ninety-fifth helper; snn_p and snn_r «وأكد مسؤول الاتصالات في الرئاسة ويلي نياميتوي» after unnamed
    # officials): two name words after a definite body title («الرئاسة») are the person's name too; a word after it
    # opening with a preposition («ضابط في الشرطة برتبة عقيد») is no name
    atts, _ = detect("أكد مسؤولون وشهود أن الجنرال قتل. وأكد مسؤول الاتصالات في الرئاسة ويلي نياميتوي مقتل الجنرال.")
    assert [(a.cue, a.source_class) for a in atts] == [("أكد", SourceClass.ANONYMOUS), ("وأكد", SourceClass.NAMED)]
    atts, _ = detect("وقال ضابط في الشرطة برتبة عقيد إن الهجوم وقع ليلا.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.ANONYMOUS)]


def test_stressing_the_importance_of_a_thing_is_an_appeal():
    # issue #9 (ninety-eighth helper; snn_n «وشددت على أهمية الالتزام بسياسة حسن الجوار», snn_s «وشدد العاصمي على
    # أهمية الالتزام بتعليمات الدفاع المدني»): «شدد على أهمية …» stresses the importance of a thing, an appeal like
    # دعا, not a claim; «شدد على أن …» and «شدد على مكانة … وأهميتها» stay reports
    assert detect("وشدد الوزير على أهمية الالتزام بالتعليمات الصادرة.")[0] == ()
    atts, _ = detect("وشدد الوزير على أن الالتزام بالتعليمات واجب.")
    assert [(a.cue, a.source) for a in atts] == [("وشدد", "الوزير")]
    atts, _ = detect("وشدد الوزير على مكانة المتاحف وأهميتها في حفظ التاريخ.")
    assert [(a.cue, a.source) for a in atts] == [("وشدد", "الوزير")]


def test_sorting_criteria_after_according_to_are_no_source():
    # issue #9 (ninety-eighth helper; snn_r «موزعة في محافظات المنطقة حسب فصول السنة», snn_s «ومرتبة حسب تسلسل
    # ذكرها»): a criterion things are sorted or ranked by after حسب/وفق is 'in accordance with', no source
    for text in ("وتوزع المهرجانات على المحافظات حسب فصول السنة.", "وترسل المستندات مرتبة حسب تسلسل ذكرها.",
                 "وتتراوح أسعارها بين ألف وثلاثة آلاف ريال بحسب قربها من وسط المدينة.",
                 "ويتم توزيع المنتج على الدلالين حسب كثافة المنتج."):
        assert detect(text)[0] == (), text
    atts, _ = detect("وارتفعت الأسعار، بحسب تقرير الهيئة.")
    assert [a.cue for a in atts] == ["بحسب"]


def test_a_thing_in_a_fronted_phrase_is_no_subject_of_a_showing_verb():
    # issue #9 (ninety-eighth helper; snn_r «وفي سياق متصل يؤكد رئيس لجنة الموارد البشرية … على أن»): a word for a
    # thing right after a preposition opening the sentence is a fronted phrase, not the subject that shows it; the
    # speaker follows the verb. A thing inside the clause («اطلعت على وثائق تؤكد أن») still shows it, no speaker
    atts, _ = detect("وفي سياق متصل يؤكد رئيس اللجنة أن هذه الوظائف حقيقية.")
    assert [(a.cue, a.source) for a in atts] == [("يؤكد", "رئيس اللجنة")]
    assert detect("واطلعت الصحيفة على وثائق تؤكد أن الشركة خسرت.")[0] == ()


def test_a_quoted_name_after_according_to_what_is_the_source():
    # issue #9 (ninety-eighth helper; snn_s «وفقًا لما ذكرته “عكاظ” الأحد»): a short quoted name right after the verb of
    # «بحسب ما / وفقا لما» is that verb's subject, the source, as after the preposition itself; an outlet that
    # learnt it «من مصدر» is not the source
    for text, source in (("وتوفي الرجل في المستشفى، وفقًا لما ذكرته “عكاظ” الأحد.", "عكاظ"),
                         ('وتوفي الرجل، بحسب ما نشرته "الوطن" الأحد.', "الوطن")):
        atts, _ = detect(text)
        assert [(a.cue, a.source) for a in atts] == [(text.split("، ")[1].split()[0], source)]
    atts, _ = detect('وبدأ الجهاز تحقيقا، حسبما علمت "الوطن" من مصدر خاص.')
    assert all(a.source != "الوطن" for a in atts)


def test_during_spelt_with_hamza_below_is_not_explained():
    # issue #9 (ninety-eighth helper; snn_s «عدم استخدام الهواتف النقالة إبان الأمطار …»): «إبان» (during) is «ابان»
    # once normalised, as the verb «أبان» (explained); spelt with hamza below it is never the verb
    assert detect("ونصح بعدم استخدام الهواتف إبان الأمطار خصوصا في المرتفعات، إذ إن هذه الأجهزة تجذب الشحنات.")[0] == ()
    for text in ("وأبان الغامدي أن البرنامج يحقق أهدافه.", "وابان الغامدي أن البرنامج يحقق أهدافه."):
        atts, _ = detect(text)
        assert [(a.cue, a.source) for a in atts] == [(text.split()[0], "الغامدي")]


def test_for_fear_of_is_no_fearing_verb_with_its_object():
    # issue #9 (ninety-eighth helper; snn_r «وهو الأمر الذي جعل النادي الملكي يتحرك خشية أن يتم إقناع الحارس»): the noun
    # «خشية» (for fear of) normalises like «خشيه» (feared it); it is never the verb with its object pronoun
    assert detect("وهو الأمر الذي جعل النادي يتحرك خشية أن يتم إقناع الحارس بتمديد عقده.")[0] == ()
    atts, _ = detect("وتخشى الوزارة أن تتأخر الأمطار.")
    assert [(a.cue, a.source) for a in atts] == [("وتخشى", "الوزارة")]


def test_a_report_inside_a_sentence_opened_by_another_verb_goes_on_with_its_subject():
    # issue #9 (hundredth helper; snn_r «كما اعتقلت الشرطة رجلا … وقالت انها», «نشر ناشطون … تسجيلا قالوا إنه»): a
    # report in the middle of a sentence that opened with a verb that is no cue has that verb's subject, right after
    # it, as its speaker (with its class), not the last speaker of an earlier sentence
    atts, _ = detect("قالت مصادر أمنية إن الوضع مستقر. كما اعتقلت الشرطة رجلا يشتبه في تورطه وقالت انها تحقق معه.")
    assert [a.source_class for a in atts] == [SourceClass.ANONYMOUS, SourceClass.NAMED]
    assert atts[1].source.startswith("الشرطة") and atts[0].source_id != atts[1].source_id
    atts, _ = detect("قالت مصادر أمنية إن الوضع مستقر. ونشر ناشطون على مواقع التواصل تسجيلا قالوا إنه يظهر القصف.")
    assert [(a.source, a.source_class) for a in atts][1] == ("ناشطون", SourceClass.VAGUE)
    assert atts[0].source_id != atts[1].source_id
    # the sentence's own report still comes first: a continuation after it goes on with that speaker
    atts, _ = detect("قال الوزير إن الوضع مستقر. ودعا المواطنين إلى الهدوء وأضاف أن الأمن مستتب.")
    assert atts[0].source_id == atts[1].source_id


def test_a_family_name_after_a_given_name_of_two_words_calls_the_person_alone():
    # issue #9 (hundredth helper; snn_r «وأوضح عبد الله الزيد مساعد الرئيس التنفيذي … وأضاف الزيد»): «عبد» and a divine
    # name written apart are a given name as «عبدالله» is, so the family name after them points back at the person
    for name in ("عبد الله الزيد", "عبد العزيز الراشد", "عبدالله الزيد"):
        family = name.split()[-1]
        atts, _ = detect(f"وأوضح {name} مساعد الرئيس التنفيذي أن الإقبال كبير. وأضاف {family} أن الأسعار مستقرة.")
        assert [a.source for a in atts][1] == family
        assert atts[0].source_id == atts[1].source_id


def test_a_body_said_again_without_its_country_adjective_is_the_body_before():
    # issue #9 (hundredth helper; snn_s «وزارة الخزانة» after «وزارة الخزانة الاميركية»): a definite body phrase that is
    # the start of a body named before, whose other words are relational adjectives, is that body
    atts, _ = detect("قالت وزارة الخزانة الاميركية إن العقوبات مستمرة. وقال الرئيس إن الأمر مهم. "
                     "وذكرت وزارة الخزانة أن القرار نهائي.")
    assert [a.source for a in atts] == ["وزارة الخزانة الاميركية", "الرئيس", "وزارة الخزانة"]
    assert atts[0].source_id == atts[2].source_id != atts[1].source_id
    # another body's words are no adjective: «وزارة الخزانة» is not «وزارة الخزانة والتخطيط»
    atts, _ = detect("قالت وزارة الخزانة والتخطيط إن العقوبات مستمرة. وقال الرئيس إن الأمر مهم. "
                     "وذكرت وزارة الخزانة أن القرار نهائي.")
    assert atts[0].source_id != atts[2].source_id


def test_a_study_a_body_made_is_not_the_body_again():
    # issue #9 (hundredth helper; snn_o «ولفتت دراسة تحليلية أجرتها هيئة الاتصالات وتقنية المعلومات» after «توقعت هيئة
    # الاتصالات وتقنية المعلومات»): the body's name inside a study phrase does not make the study the body speaking
    atts, _ = detect("قالت هيئة الاتصالات إن السوق ينمو. وكشفت دراسة أجرتها هيئة الاتصالات أن الإنفاق ارتفع.")
    assert [a.cue for a in atts] == ["قالت", "وكشفت"]
    assert atts[0].source_id != atts[1].source_id
    atts, _ = detect("قالت هيئة الاتصالات إن السوق ينمو. وأضافت هيئة الاتصالات أن الإنفاق ارتفع.")
    assert atts[0].source_id == atts[1].source_id


def test_a_participle_after_a_clause_with_no_person_goes_on_with_the_last_speaker():
    # issue #9 (hundredth helper; snn_r «وأكد التقرير … . وارتفع عدد أجهزة نقاط البيع …، مبينا أنه»): a participle whose
    # sentence opens with a verb (no cue) and no person as its subject goes on with the last speaker of the sentences
    # before, when that speaker has the class a speaker of its own would have (named, or a vague group for a plural)
    atts, _ = detect("وأكد التقرير ارتفاع عدد العمليات بنسبة 12 في المائة. "
                     "وارتفع عدد أجهزة نقاط البيع بنسبة 28 في المائة، مبينا أنه بسبب ذلك ارتفعت المبيعات.")
    assert [a.cue for a in atts] == ["وأكد", "مبينا"]
    assert atts[0].source_id == atts[1].source_id
    atts, _ = detect("قال المحللون إن السوق مستقر. وارتفعت الأسعار بنسبة 5 في المائة، مؤكدين أن التضخم تحت السيطرة.")
    assert atts[0].source_id == atts[1].source_id and atts[1].source_class is SourceClass.VAGUE
    # an anonymous speaker's class is not handed on this way
    atts, _ = detect("قالت مصادر أمنية إن الوضع مستقر. وارتفع عدد القتلى إلى عشرة، مشيرة إلى أن التحقيق مستمر.")
    assert atts[1].source_class is SourceClass.NAMED and atts[0].source_id != atts[1].source_id


def test_an_office_said_first_is_its_holder_named_earlier_outside_any_report():
    # issue #9 (hundred-and-first helper; «الأمين العام» for «الزياني»): an office as a report's subject, whose holder
    # the text named right after the same office earlier, outside any report, is the person a later family name calls
    atts, _ = detect("استقبل الأمين العام لمجلس التعاون عبداللطيف الزياني وفدا رسميا أمس. "
                     "وقال الأمين العام إن التعاون مستمر. وأضاف الزياني أن اللقاء كان مثمرا.")
    assert [a.cue for a in atts] == ["وقال", "وأضاف"]
    assert atts[0].source_id == atts[1].source_id
    # with no name after the office earlier, the family name is someone else
    atts, _ = detect("استقبل الأمين العام لمجلس التعاون وفدا رسميا أمس. "
                     "وقال الأمين العام إن التعاون مستمر. وأضاف الزياني أن اللقاء كان مثمرا.")
    assert atts[0].source_id != atts[1].source_id


def test_an_office_in_apposition_after_a_family_name_is_that_person():
    # issue #9 (hundred-and-first helper; snn_r «الدكتور عبداللطيف بن راشد الزياني الأمين العام لمجلس التعاون» then
    # «وعدّ الزياني» and «وأكد الأمين العام»): an office said right after a person's family name (apposition, outside
    # or inside a report) is that person when the office alone is a later report's subject
    atts, _ = detect("زار الدكتور عبداللطيف الزياني الأمين العام لمجلس التعاون بغداد أمس. "
                     "وقال الزياني إن الزيارة مهمة. وأكد الأمين العام أن التعاون مستمر.")
    assert [a.cue for a in atts] == ["وقال", "وأكد"]
    assert atts[0].source_id == atts[1].source_id
    # the office after another word is someone else
    atts, _ = detect("زار الدكتور عبداللطيف الزياني بغداد مع الأمين العام لمجلس التعاون أمس. "
                     "وقال الزياني إن الزيارة مهمة. وأكد الأمين العام أن التعاون مستمر.")
    assert atts[0].source_id != atts[1].source_id


def test_an_office_said_again_with_its_place_joined_by_ba_is_the_same_office():
    # issue #9 (hundred-and-first helper; snn_h «أكَّد فضيلة رئيس المحكمة العامة في المدينة المنورة الدكتور صالح …
    # المحيميد» then «وشدّد رئيس المحكمة العامة بالمدينة المنورة»): the place after «في» or joined by ب is one office
    atts, _ = detect("أكد رئيس المحكمة العامة في المدينة المنورة الدكتور صالح المحيميد أن القانون واضح. "
                     "وقال مدير الشرطة إن التحقيق مستمر. "
                     "وشدد رئيس المحكمة العامة بالمدينة المنورة على أن العقوبات رادعة.")
    assert [a.cue for a in atts] == ["أكد", "وقال", "وشدد"]
    assert atts[0].source_id == atts[2].source_id != atts[1].source_id
    # another place is another office
    atts, _ = detect("أكد رئيس المحكمة العامة في المدينة المنورة الدكتور صالح المحيميد أن القانون واضح. "
                     "وقال مدير الشرطة إن التحقيق مستمر. "
                     "وشدد رئيس المحكمة العامة بمكة المكرمة على أن العقوبات رادعة.")
    assert atts[0].source_id != atts[2].source_id


def test_some_of_the_sources_after_a_preposition_are_unnamed():
    # issue #9 (hundred-and-eighth helper; snn_m «وطبقا لبعض المصادر الرسمية داخل النادي»): «بعض» with the
    # preposition written on it is a quantifier, not a noun governing the next word (a named body), so the sources
    # are unnamed as «بعض المصادر» is
    atts, _ = detect("وطبقا لبعض المصادر في النادي فإن اللاعب سيغادر الفريق.")
    assert [(a.cue, a.source_class) for a in atts] == [("وطبقا", SourceClass.ANONYMOUS)]
    # a noun governing the next word still names a body
    atts, _ = detect("ووفقا لمركز الإحصاءات الإيراني فإن البطالة ارتفعت.")
    assert atts[0].source_class is SourceClass.NAMED


def test_a_preposition_with_the_article_after_an_unnamed_source_word_is_no_genitive():
    # issue #9 (hundred-and-eighth helper; snn_t «وقال قائد بالمقاومة»): «قائد» with ب/ل and the article after it
    # is a commander in the body, indefinite, unnamed (as «مصدر بالجيش»); a genitive with the article
    # («قائد المقاومة») is an office on record
    atts, _ = detect("وقال قائد بالمقاومة إن القوات تقدمت نحو المدينة.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.ANONYMOUS)]
    atts, _ = detect("وقال قائد المقاومة إن القوات تقدمت نحو المدينة.")
    assert atts[0].source_class is SourceClass.NAMED


def test_a_person_in_one_of_the_bodies_is_unnamed():
    # issue #9 (hundred-and-eighth helper; snn_t «وأوضح المسؤول في أحد المطابخ», snn_m «أكد رئيس تنفيذي لإحدى
    # شركات التأمين»): an office or unnamed-source word whose body is «أحد/إحدى» them names no office on record
    atts, _ = detect("قال عبدالعزيز الزهراني إن الطلب كبير. وأوضح المسؤول في أحد المطابخ أن الأسعار ارتفعت.")
    assert [(a.cue, a.source_class) for a in atts] == [("قال", SourceClass.NAMED), ("وأوضح", SourceClass.ANONYMOUS)]
    assert atts[0].source_id != atts[1].source_id
    atts, _ = detect("أكد رئيس تنفيذي لإحدى شركات التأمين أن السوق تنمو.")
    assert [(a.cue, a.source_class) for a in atts] == [("أكد", SourceClass.ANONYMOUS)]
    # the body named is an office on record; «أحد» further on is something else's
    atts, _ = detect("أكد رئيس شركة التأمين أن السوق تنمو.")
    assert atts[0].source_class is SourceClass.NAMED
    atts, _ = detect("وقد أبلغ قائد الطائرة برج المراقبة بوجود عطل بأحد المحركات وقال إن الهبوط آمن.")
    assert all(a.source_class is SourceClass.NAMED for a in atts)


def test_a_described_speaker_whose_name_is_withheld_is_unnamed():
    # issue #9 (hundred-and-eighth helper, the thirty-first helper's dropped rule again now that snn_m's gold records
    # its conditions; snn_n «وأوضح وسيط عقاري في الجزيرة طالبا عدم الكشف عن اسمه»): an indefinite noun and its
    # relational adjective are no name, nor is the condition's first word
    atts, _ = detect("وأوضح وسيط عقاري في المدينة طالبا عدم الكشف عن اسمه أن الأسعار ارتفعت.")
    assert [(a.cue, a.source_class) for a in atts] == [("وأوضح", SourceClass.ANONYMOUS)]
    # a name given keeps the speaker on record
    atts, _ = detect("وأوضح الوسيط العقاري سامي الحربي أن الأسعار ارتفعت.")
    assert atts[0].source_class is SourceClass.NAMED


def test_a_private_person_by_standing_with_the_article_and_no_name_is_unnamed():
    # issue #9 (hundred-and-eighth helper; snn_t «وقال المواطن في الفيديو إنه تفاجأ», «قالت سيدة مطلّقة», «أقر
    # المتهم»): a citizen, a woman, an accused with no name is one unnamed person, and someone new
    atts, _ = detect("وقال مدير الشرطة إن التحقيق مستمر. وقال المواطن في الفيديو إنه تفاجأ بالقرار.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.NAMED), ("وقال", SourceClass.ANONYMOUS)]
    assert atts[0].source_id != atts[1].source_id
    atts, _ = detect("وقال المتهم إنه بريء من التهمة.")
    assert atts[0].source_class is SourceClass.ANONYMOUS
    atts, _ = detect("قالت سيدة مطلقة إنها لم تتلق النفقة.")
    assert atts[0].source_class is SourceClass.ANONYMOUS
    # a name after it, in quotes or not, keeps the person on record
    atts, _ = detect('قال المواطن "سلمان العلي" إن الخدمة سيئة.')
    assert atts[0].source_class is SourceClass.NAMED
    atts, _ = detect("وقال المقيم عصام عثمان من سوريا إن الخدمة سيئة.")
    assert atts[0].source_class is SourceClass.NAMED


def test_the_pronoun_object_after_a_fused_what_is_skipped_for_the_subject():
    # issue #9 (hundred-and-eighth helper; snn_m «وحسبما أشارت إليه تلك المصادر فإن»): «ما» written on the
    # preposition is the verb's object as «بحسب ما» is, so the pronoun standing for it is passed over
    atts, _ = detect("وحسبما أشارت إليه تلك المصادر فإن الحادث وقع ليلا.")
    assert [(a.cue, a.source, a.source_class) for a in atts] == [("وحسبما", "تلك المصادر", SourceClass.ANONYMOUS)]
    atts, _ = detect("وحسبما أفادت به المصادر فإن الحادث وقع ليلا.")
    assert [a.source for a in atts] == ["المصادر"]


def test_information_obtained_from_unnamed_sources_is_theirs():
    # issue #9 (hundred-and-eighth helper; snn_m «ووفقا لمعلومات حصلت عليها «عكاظ» من مصادرها في وزارة الدفاع»,
    # snn_j «ووفقا لتقارير ومعلومات حصلت عليها "الاقتصادية" من مصادر موثوقة»): the information phrase stays the
    # source (a later «التقارير» is the same one) and takes the sources' anonymous class
    atts, _ = detect('ووفقا لتقارير ومعلومات حصلت عليها "الاقتصادية" من مصادر موثوقة يتضح أن الانتظار طويل. '
                     "وتقول التقارير إن العدد كبير.")
    assert [(a.cue, a.source_class) for a in atts] == [("ووفقا", SourceClass.ANONYMOUS), ("وتقول", SourceClass.ANONYMOUS)]
    assert atts[0].source_id == atts[1].source_id
    # obtained from no source word: information, vague
    atts, _ = detect("ووفقا لمعلومات حصلت عليها الصحيفة من الأرشيف فإن الانتظار طويل.")
    assert atts[0].source_class is SourceClass.VAGUE


def test_a_resident_or_a_passenger_with_the_article_and_no_name_is_unnamed():
    # issue #9 (hundred-and-eighth helper; snn_p «وقال المقيم الأمريكي», snn_r «وأقر الراكب»): private people as
    # «المواطن» is; with a name after it, named («وأكد المقيم خالد العون», snn_d)
    atts, _ = detect("وقال المقيم الأمريكي إن الخدمة جيدة.")
    assert [(a.cue, a.source_class) for a in atts] == [("وقال", SourceClass.ANONYMOUS)]
    atts, _ = detect("وأقر الراكب بأنه تأخر عن الرحلة.")
    assert [(a.cue, a.source_class) for a in atts] == [("وأقر", SourceClass.ANONYMOUS)]
    atts, _ = detect("وأكد المقيم خالد العون أن الخدمة جيدة.")
    assert atts[0].source_class is SourceClass.NAMED


def test_a_verb_cue_written_with_tanween_is_the_verbal_noun():
    # issue #9 (hundred-and-twelfth helper; snn_m «أجرى كشفاً للموقع», snn_h «أجرينا كشفاً موقعياً»): tanween is a
    # noun's case ending, so «كشفاً» is an examination, not «كشف» (revealed); the participle «مؤكداً» keeps its own
    atts, _ = detect("وقال رئيس اللجنة إن الخبير أجرى كشفاً للموقع، مؤكداً أن التحقيق مستمر.")
    assert [a.cue for a in atts] == ["وقال", "مؤكداً"]
    atts, _ = detect("وكشف الخبير أن السيارة مفخخة.")
    assert [a.cue for a in atts] == ["وكشف"]


def test_expressing_a_feeling_with_abbar_past_a_time_word_or_after_a_comma():
    # issue #9 (hundred-and-twelfth helper; snn_m «عبر الاتحاد الأوروبي أمس عن أمله», snn_n «…»، وعبر كيري عن أمله»):
    # «عن» and a feeling right after the subject (past a time word) completes عبّر, and lets the bare form open a
    # clause after a comma; the preposition عبر ('through') is followed by its channel
    atts, _ = detect("عبر الاتحاد الأوروبي أمس عن أمله في أن تلعب إيران دورا بناء.")
    assert [(a.cue, a.source) for a in atts] == [("عبر", "الاتحاد الأوروبي")]
    atts, _ = detect("وقال الوزير «هناك تغير في المواقف»، وعبر كيري عن أمله في استكمال المناقشات.")
    assert [(a.cue, a.source) for a in atts] == [("وقال", "الوزير"), ("وعبر", "كيري")]
    atts, _ = detect("ونقلت الشركة المصابين، عبر الحدود عن طريق الأردن.")
    assert atts == ()


def test_an_accusative_quantifier_after_anna_opens_a_vague_subject():
    # issue #9 (hundred-and-twelfth helper; snn_t «وأضاف أن عدداً من العناصر الإرهابية الموقوفة … اعترفت»): after
    # أن the quantifier is written «عدداً» and opens an unspecified number of people, vague as «عدد من»
    atts, _ = detect("وأضاف الوزير أن عدداً من العناصر الموقوفة اعترفت بعلاقاتها بأطراف خارجية.")
    assert [a.cue for a in atts] == ["وأضاف", "اعترفت"]
    assert atts[1].source.startswith("عدداً من") and atts[1].source_class == SourceClass.VAGUE


def test_an_adverb_between_the_subject_and_the_verbs_marker():
    # issue #9 (hundred-and-twelfth helper; snn_t «وتحدث شهود آخرون ايضا عن مقتل مدنيين»): «تحدث … عن» is a report
    # when its marker follows the subject; an adverb or a time word between them («أيضا», «أمس») does not break it
    atts, _ = detect("وقال أحدهم إن صاروخا أصاب شاحنة. وتحدث شهود آخرون ايضا عن مقتل مدنيين.")
    assert [(a.cue, a.source) for a in atts] == [("وقال", "أحدهم"), ("وتحدث", "شهود آخرون")]
    assert atts[1].source_class == SourceClass.VAGUE
    # no marker after the adverb: no report
    atts, _ = detect("وتحدث شهود آخرون ايضا في المؤتمر.")
    assert atts == ()


def test_the_same_standing_with_other_names_is_another_person():
    # issue #9 (hundred-and-nineteenth helper; snn_t «وبينت المتطوعة أمل ناصر» … «وقالت المتطوعة نجلاء البراك»): a
    # word no lexicon calls an office, said again with other names, opens another source; said bare, it points back
    atts, _ = detect("وبينت المتطوعة سلمى راشد أن العمل مفيد. وقالت المتطوعة هند الشهري إن التجربة رائعة. "
                     "وأضافت المتطوعة أن الفريق كبير.")
    assert [a.cue for a in atts] == ["وبينت", "وقالت", "وأضافت"]
    assert atts[1].source_id != atts[0].source_id
    assert atts[2].source_id == atts[1].source_id


def test_a_family_name_with_another_given_name_is_another_person():
    # issue #9 (hundred-and-nineteenth helper; snn_d «وعبر المواطن خالد محمد القحطاني» after «أما المواطن سيف
    # القحطاني فأبدى»): the phrase ending in the same family name no longer points back when its given names are others
    atts, _ = detect("وقال المواطن سيف الزهراني إن الحضور كثيف. وأكد المواطن خالد محمد الزهراني أن التنظيم جيد.")
    assert [a.cue for a in atts] == ["وقال", "وأكد"]
    assert atts[1].source_id != atts[0].source_id


def test_a_feeling_right_after_abda_with_its_clitic_goes_on_from_the_speaker():
    # issue #9 (hundred-and-nineteenth helper; snn_m «وأبدي سعادته بردة الفعل الإيجابية لدى الزوار، مشددًا», snn_d
    # «وأبدت سعادتها بالأطقم الجديدة»): the feeling is the verb's object, not its subject; the speaker goes on
    atts, _ = detect("وقال مدير المهرجان سامي العتيبي إن الإقبال كبير. وأبدى سعادته بتفاعل الجمهور مع الفعاليات، "
                     "مشددا على أهمية التنظيم.")
    assert [a.cue for a in atts] == ["وقال", "وأبدى", "مشددا"]
    assert len({a.source_id for a in atts}) == 1


def test_a_cause_right_after_arjaa_with_its_clitic_goes_on_from_the_speaker():
    # issue #9 (hundred-and-nineteenth helper; snn_t «وأرجع أسباب تأخر تطهير هذه المزارع إلى تشريكها بالألغام، …
    # مبينا»): the cause is the verb's object, not its subject; the speaker before goes on
    atts, _ = detect("وقال قائد الكتيبة ناصر الحربي إن القرى حررت. وأرجع أسباب تأخر دخول القرى إلى كثرة الألغام، "
                     "مبينا أن الفرق تعمل ليلا.")
    assert [a.cue for a in atts] == ["وقال", "وأرجع", "مبينا"]
    assert len({a.source_id for a in atts}) == 1


def test_a_shared_first_name_with_other_family_names_is_another_person():
    # issue #9 (hundred-and-nineteenth helper; snn_t «ويقول عبدالله العبدلي» after another «عبدالله …»): a given name
    # said again first is the same person only when the family names do not differ
    atts, _ = detect("وقال محمد سعد الأحمد إن الاتفاق قريب. وقال محمد سالم الخالدي إن الاتفاق تأخر.")
    assert [a.cue for a in atts] == ["وقال", "وقال"]
    assert atts[1].source_id != atts[0].source_id


def test_sources_in_a_body_by_a_preposition_are_new_sources():
    # issue #9 (hundred-and-nineteenth helper; snn_m «وقالت مصادر بالقوات» after «أفادت مصادر أمنية عراقية … وقالت
    # المصادر»): «مصادر» with ب and the article after it is indefinite (sources in them), so new, as «قائد بالمقاومة»
    atts, _ = detect("أفادت مصادر أمنية محلية بأن الهجوم فشل. وقالت المصادر إن القتلى عشرة. "
                     "وقالت مصادر بالشرطة إن الهجوم صد. وأشارت المصادر إلى أن الوضع هادئ.")
    assert [a.cue for a in atts] == ["أفادت", "وقالت", "وقالت", "وأشارت"]
    assert atts[1].source_id == atts[0].source_id
    assert atts[2].source_id != atts[0].source_id and atts[3].source_id == atts[2].source_id
