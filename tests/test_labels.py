import pytest

from presentation.labels import subject_label


@pytest.mark.parametrize("subject, lang, expected", [
    ("drones_total", "en", "Number of drones in the attack"),
    ("fatah_seats:2021", "en", "Seats won by the Fatah alliance (2021)"),
    ("fatah_seats:2018", "ar", "مقاعد تحالف الفتح (2018)"),
    ("qaani_arrival", "en", "When Esmail Qaani arrived"),
    ("qaani_arrival", "ar", "موعد وصول إسماعيل قاآني"),
    ("unknown_thing", "en", "unknown thing"),
    ("newbloc_seats:2022", "en", "Seats won by newbloc (2022)"),
    # copies of one text differing in a figure (analysis.facts.variants): what it measures when a label knows it
    ("same_text:killed", "en", "People killed (one text, printed alike by several outlets)"),
    ("same_text:amount:percent'", "en", "Percentage (one text, printed alike by several outlets)"),
    ("same_text:age", "en", "A figure of one text printed alike by several outlets"),
    ("same_text:", "ar", "رقم في نص واحد نشرته عدة منافذ بالكلمات نفسها"),
    # claims keyed by what they are of (analysis.facts.claims): the key as the texts share it, no raw id
    ("goal_minute:دوسري", "ar", "دقيقة الهدف (دوسري)"),
    ("session_day:9381", "en", "Day of the market session that closed at 9381 points"),
    ("project_stage:قياء حارث", "en", "Stage of the project (\u2068قياء حارث\u2069)"),
    # the sector next after another in a session's ranking (analysis.facts.claims.rank_facts): the list in words, no raw key
    ("sector_rank:up:insurance:1.63", "en", "Which sector came next among the risers after insurance (1.63%)"),
    ("sector_rank:down:transport:1.17", "ar", "القطاع التالي بين القطاعات المتراجعة بعد النقل (1.17%)"),
    # the date of a named event of one thing (facts.json event_dates) and a verdict's counts (scope.json verdict_measures)
    ("vanish_date:plane", "en", "Date the plane vanished"),
    ("vanish_date:ship", "ar", "تاريخ اختفاء السفينة"),
    ("sentenced_to_life", "ar", "عدد المحكوم عليهم بالسجن المؤبد"),
    ("acquitted", "en", "Acquitted"),
])
def test_subject_label(subject, lang, expected):
    assert subject_label(subject, lang) == expected


# ------------------------------------------------------------------ source labels (issue #10)

@pytest.mark.parametrize("label, shown", [
    ("مصادر مطلعة", "مصادر مطلعة"),
    ("وزير الخارجية سامي الحكيم", "وزير الخارجية سامي الحكيم"),
    ('صحيفة "النهار" اللبنانية', 'صحيفة "النهار" اللبنانية'),
    ("قناة «سي إن إن»", "قناة «سي إن إن»"),  # a quoted name may hold any word
    ("للتقديرات", "التقديرات"),  # the preposition came with the source
    ("له الشيخ سالم الهادي", "الشيخ سالم الهادي"),  # the verb's object came with the source
    ("", ""),
    (" ".join(["كلمة"] * 11), ""),  # longer than a noun phrase
    ("فيها", ""),  # a preposition with a pronoun
    ("هو نفسه", ""),  # a pronoun
    ("لم يكن مقنعا", ""),  # a negated clause
    ("المدينة من", ""),  # a fragment ending on a preposition
    ("الحصيلة الأولية كما", ""),
    ("المزارعون لا يصدقونه", ""),  # a clause
    ("التقرير والذي", ""),
    ("يقول المثل ما", ""),  # a verb
    ("وكالة «الأنباء", ""),  # a quotation cut in two
    ("ما إذا", ""),
])
def test_a_source_label_is_a_bounded_noun_phrase_or_unclear(label, shown):
    from analysis.sourcing.label import source_label
    assert source_label(label) == shown


def test_the_dashboard_shows_the_checked_label():
    from presentation.views import source_label
    assert source_label("المدينة من") == "" and source_label("مصادر مطلعة") == "مصادر مطلعة"


def test_the_tooltip_shows_a_clause_caught_as_a_source_as_unclear():
    from analysis.records import Attribution, SourceClass
    from presentation.highlight import attribution_tip
    a = Attribution(start=0, end=4, cue="قال", cue_start=0, cue_end=3, source="المدينة من", source_start=4,
                    source_end=14, source_class=SourceClass.NAMED, sentence=0, source_id=0)
    assert attribution_tip(a).splitlines()[0] == "Source: (unclear)"
    assert attribution_tip(a, {"source_unclear": "(غير واضح)"}).splitlines()[0] == "Source: (غير واضح)"


def _plain(label: str) -> str:
    return label.replace("\u2068", "").replace("\u2069", "")


def test_generic_quantities_name_their_qualifiers_and_holder_in_the_ui_language():
    # "n:ميدالي:بها_new" read "Number of ميدالي (بها_new)": the qualifier's id leaked into the room's view
    assert _plain(subject_label("n:ميدالي:دوره_new", "en")) == "Number of ميدالي (دوره) [added since the last report]"
    assert subject_label("n:ميدالي:دوره_new", "ar") == "عدد ميدالي (دوره) [جديدة منذ آخر حصيلة]"
    assert _plain(subject_label("amount:دولار", "en")) == "Amount in دولار"  # no context word: no dangling colon
    assert _plain(subject_label("amount:ريال_period:ارباح", "en")) == "Amount in ريال: ارباح [over a stated period]"
    # a holder before a counted thing ("gold medals"), not "ذهبي n (ميداليه_new)"
    assert _plain(subject_label("ذهبي_n:ميدالي_new", "en")) == "Number of ميدالي [added since the last report]: ذهبي"
    assert "_" not in subject_label("ذهبي_n:ميدالي_new", "ar")


def test_an_arabic_word_in_an_english_label_is_isolated_so_its_parentheses_stay_put():
    # in a left-to-right label "Number of فرد (وفد)" was drawn "Number of (وفد) فرد"
    assert subject_label("n:فرد:وفد", "en") == "Number of \u2068فرد\u2069 (\u2068وفد\u2069)"
    assert "\u2068" not in subject_label("n:فرد:وفد", "ar")  # a right-to-left label needs none
    assert "\u2068" not in subject_label("killed", "en")


def test_every_reason_a_number_is_left_uncompared_reads_in_both_languages():
    # the notes analysis.facts writes (note="...") each have a text in en and ar: an Arabic page must
    # not say "one of a list of figures"
    import re
    from pathlib import Path
    from presentation.labels import NOTE_KEYS, note_label
    from ui.i18n import labels
    root = Path(__file__).resolve().parents[1] / "analysis" / "facts"
    written = {m for f in root.glob("*.py") for m in re.findall(r'note="([^"]+)"', f.read_text("utf-8"))}
    assert written and written <= set(NOTE_KEYS), written - set(NOTE_KEYS)
    for lang in ("en", "ar"):
        table = labels(lang)
        assert all(table.get(k) for k in NOTE_KEYS.values()), lang
    ar = labels("ar")
    assert note_label("one of a list of figures", ar) != "one of a list of figures"
    assert note_label("background: 2015-07-01", ar).endswith("2015-07-01") and "خلفية" in note_label("background", ar)
    assert note_label("a note nobody wrote a text for", ar) == "a note nobody wrote a text for"


def test_a_named_person_s_age_is_labelled_with_the_name_as_printed():
    from analysis.records import Wording
    printed = [Wording("دوابشه", "دوابشة")]
    assert subject_label("حسين_دوابشه_age", "ar", printed) == "عمر حسين دوابشة"
    assert subject_label("رهام_age", "en") == "Age of \u2068رهام\u2069"


def test_outside_quotes_as_the_character_by_character_walk():
    """analysis.sourcing.label._outside_quotes skips words without a quote mark; the result is the walk's."""
    from hypothesis import given, strategies as st

    from analysis.sourcing import label

    def walk(words: list[str]) -> list[bool]:
        marks = {ch for pair in label._PAIRS for ch in pair} | set(label._STRAIGHT)
        out, depth, straight = [], 0, False
        for w in words:
            out.append(depth == 0 and not straight and not any(ch in marks for ch in w))
            for ch in w:
                if any(ch == o for o, _ in label._PAIRS):
                    depth += 1
                elif any(ch == c for _, c in label._PAIRS):
                    depth = max(0, depth - 1)
                elif ch in label._STRAIGHT:
                    straight = not straight
        return out

    @given(st.lists(st.text(alphabet='«»“”"أبx ', max_size=6), max_size=8))
    def same(words: list[str]) -> None:
        assert label._outside_quotes(words) == walk(words)

    same()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_label_grammar_holds_the_detector_lexicon_s_words(language):
    """analysis.sourcing.label reads its word sets from the lexicon without building the detector's
    cue lexicon (its first use on an archive's Outlet profile); they are the sets cue_lexicon builds."""
    from analysis.lexicon import load_lexicon
    from analysis.sourcing import label
    from analysis.sourcing.cues import cue_lexicon

    lex = cue_lexicon(language)
    own = load_lexicon(language, "attribution").get("source_labels", {})
    clause = lex.complementizers | lex.relative_pronouns | lex.negators
    expected = label._LabelGrammar(
        max_words=int(own.get("max_words", 10)),
        drop_first=lex.pronoun_objects,
        not_first=clause | lex.np_first_stop | lex.what_words | lex.pronoun_subjects | lex.clause_boundaries
        | lex.pronoun_objects | label._n(own.get("not_first")),
        not_last=clause | lex.np_first_stop | lex.what_words | lex.pronoun_objects | label._n(own.get("not_last")),
        not_inside=clause | label._n(own.get("not_inside")),
        verbs=frozenset(k for k, v in lex.verbs.items() if not v.suffixed),
        proclitics=lex.proclitics,
        double_lam=lex.addressee_prefix * 2 if lex.addressee_prefix else "",
        article=label.grammar(language).article,
    )
    label._label_grammar.cache_clear()
    assert label._label_grammar(language) == expected
    assert expected.verbs and (language != "ar" or expected.not_first)


def test_a_same_text_comparison_reads_its_values_as_its_quantity_would():
    from presentation.labels import value_label

    assert value_label("730..732", subject="same_text:duration:contract") == value_label("730..732", subject="duration:contract")


def test_a_claims_value_reads_in_words():
    from presentation.labels import value_label

    assert value_label("minute:29", {"value_minute": "الدقيقة {n}"}) == "الدقيقة 29"
    assert value_label("score:2-0") == "2–0"
    assert value_label("stage:2:construction", {"stage_construction": "under construction"}) == "under construction"
    assert value_label("stage:1:tender") == "tender"  # no text for it: the stage's own name, never an error
    assert value_label("sector:multi_investment") == "multi-investment"
    assert value_label("sector:hotels", {"lang_code": "ar"}) == "الفنادق والسياحة"



def test_a_date_printed_without_its_year_reads_as_a_month_not_a_figure():
    # facts.json event_dates keeps "التي فقدت في 8 مارس" (printed in 2015, no year said) as "*-03-08"
    from presentation.labels import value_label
    assert value_label("*-03-08", {"lang_code": "en"}, "vanish_date:plane") == "8 March (no year given)"
    assert value_label("*-05", {"lang_code": "ar"}, "vanish_date:plane") == "مايو (دون ذكر السنة)"
    assert value_label("2014-03-08", {"lang_code": "en"}) == "2014-03-08"  # a full date as it is


def test_a_day_two_copies_of_one_text_disagree_on_reads_with_its_weekday():
    # «تسحب اليوم (الجمعة)» against «اليوم السبت» (alignment._day_copies): the room sees the weekdays, in its language
    from presentation.labels import value_label

    assert value_label("2015-07-24", {"lang_code": "en"}, "same_text:day") == "Friday 24 July 2015"
    assert value_label("2015-07-25", {"lang_code": "ar"}, "same_text:day") == "السبت 25 يوليو 2015"
    assert value_label("2015-07-24", {"lang_code": "en"}, "event_date") == "2015-07-24"  # other dates as before
    assert subject_label("same_text:day", "en").startswith("The day it happens, by its weekday")
    assert "باسم يوم الأسبوع" in subject_label("same_text:day", "ar")
