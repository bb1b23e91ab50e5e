"""Labels show the words the outlets printed, not the stems quantities are keyed by."""
import json

from analysis.facts.alignment import align_story
from analysis.facts.rules import scope_rules
from analysis.facts.wording import display_words, subject_stems
from analysis.io.plain import from_plain
from analysis.io.serialize import to_plain
from analysis.records import Comparison, Wording
from analysis.lexicon import DATA_DIR
from analysis.pipeline import combine
from presentation import export
from presentation.views import make_view
from presentation.labels import subject_label
from tests.test_scope import _story

SC = scope_rules("ar")


def words(subject: str, *texts: str) -> dict[str, str]:
    return {w.stem: w.word for w in display_words(subject_stems(subject), texts, SC)}


def test_the_stems_of_a_subject_are_its_words_not_its_ids_nor_an_amounts_unit():
    assert subject_stems("عايل_wounded_hospital") == ("عايل",)
    assert subject_stems("n:معتمر_عماني") == ("معتمر", "عماني")
    assert subject_stems("amount:كيلومتر:احساء'") == ("احساء",)
    assert subject_stems("ذهبي_n:ميدالي_new") == ("ذهبي", "ميدالي")
    assert subject_stems("killed") == ()


def test_the_most_common_spelling_in_the_texts_names_the_stem():
    got = words("عايل_wounded", "وأصيب ثلاثة من أفراد العائلة", "أصيب أربعة من العائلة", "ولعائلته")
    assert got == {"عايل": "العائلة"}
    # diacritics and tatweel are not part of the word shown
    assert words("عايل_wounded", "من أفرادِ العائـلةِ") == {"عايل": "العائلة"}


def test_a_preposition_or_conjunction_goes_and_the_article_stays():
    assert words("amount:دولار:حفر", "وبالحفر الجاف") == {"حفر": "الحفر"}
    assert words("n:مستوطن:نابلس", "هجوم للمستوطنين قرب نابلس")["مستوطن"] == "المستوطنين"
    # a one-letter conjunction goes only where the texts also print the word without it
    assert words("اسرت_wounded", "وأسرته", "أسرته كلها") == {"اسرت": "أسرته"}
    assert words("اسرت_wounded", "وأسرته") == {"اسرت": "وأسرته"}


def test_a_counted_nouns_accusative_ending_goes():
    # "مصريا" shown as "مصري" is the stem itself: no wording needed
    assert words("n:مصري:شرطه", "قتل 15 مصريا من الشرطة") == {"شرطه": "الشرطة"}
    assert words("مصري_killed", "قتل 15 مصريا", "قتل 12 مصريين") == {}


def test_a_stem_the_texts_never_spell_keeps_no_wording():
    assert words("n:ميدالي", "لا شيء هنا") == {}


def test_labels_use_the_wording_in_both_languages_and_never_an_error_without_it():
    wording = (Wording("عايل", "عائلة"),)
    assert "عائلة" in subject_label("عايل_wounded", "ar", wording)
    assert "\u2068عائلة\u2069" in subject_label("عايل_wounded", "en", wording)
    assert "عايل" in subject_label("عايل_wounded", "en")
    # qualifiers the table does not know are stems too; a second cluster's "'" is no part of the word
    assert "عمانيين" in subject_label("n:معتمر_عماني", "ar", (Wording("عماني", "عمانيين"),))
    assert "الأحساء" in subject_label("amount:كيلومتر:احساء'", "ar", (Wording("احساء", "الأحساء"),))


def test_alignment_gives_each_compared_quantity_the_texts_wording_and_it_survives_a_round_trip():
    ans = _story(("A", "2015-07-21", "وأصيب ثلاثة من أفراد العائلة في الحادث."),
                 ("B", "2015-07-21", "وأصيب أربعة من أفراد العائلة في الحادث."))
    comps = align_story("s", ans)[0]
    c = next(c for c in comps if "wounded" in c.subject)
    assert c.subject == "عايل_wounded"  # the stem: hamza seat folded, ta marbuta as ha
    assert subject_label(c.subject, "ar", c.wording) == "عدد الجرحى: العائلة"
    assert from_plain(Comparison, to_plain(c)) == c


def test_exports_label_comparisons_with_the_wording():
    ans = _story(("A", "2015-07-21", "وأصيب ثلاثة من أفراد العائلة في الحادث."),
                 ("B", "2015-07-21", "وأصيب أربعة من أفراد العائلة في الحادث."))
    view = make_view(combine(ans))
    labels = json.loads((DATA_DIR / "i18n" / "ar.json").read_text("utf-8"))
    worded = [c for c in view.comparisons if c.wording]
    assert worded
    shown = {r["subject"] for r in export.facts_rows(view, labels)}
    for c in worded:
        assert subject_label(c.subject, "ar", c.wording) in shown
        assert subject_label(c.subject, "ar") not in shown


# --- the context words that decide which figures are one quantity (alignment.context_words) ---

def _context(text: str, figure: str) -> dict[str, float]:
    from analysis.facts.alignment import context_words
    (an,) = _story(("A", "2015-07-21", text))
    f = next(f for f in an.facts if f.kind == "number" and figure in an.article.text[f.start:f.end])
    return context_words(an, f, SC)


def test_a_function_word_behind_a_conjunction_is_no_context():
    # "وهي" and "فمن" are too short for the stemmer to strip; they said "this figure is like that one"
    # for every figure followed by "وهي جزء من ..." (a cost and an unrelated sum matched on it)
    got = _context("وتبلغ تكلفة القناة الجديدة ثمانية مليارات دولار وهي جزء من مشروع كبير.", "ثمانية")
    assert "وهي" not in got and "تكلفه" in got


def test_a_word_cut_by_the_halfway_bound_between_two_figures_is_not_a_word_of_either():
    from analysis.facts.rules import stem_word
    from analysis.text.textnorm import normalise_text
    for between in ("في المتوسطات حاليا", "في المتوسط الحالي", "حسب المتوسطات السنوية"):
        text = f"زيادة إيراداتها السنوية من 5.3 مليار دولار {between} إلى نحو 13.2 مليار دولار بحلول عام 2023."
        whole = {stem_word(normalise_text(w), SC) for w in text.split()} | {"2023"}
        for fig in ("5.3", "13.2"):
            assert set(_context(text, fig)) <= whole, (between, fig, set(_context(text, fig)) - whole)


def test_a_letter_the_stemmer_cut_off_as_a_clitic_stays_on_the_word_shown():
    # "فضية" (silver) stems to "ضيه": the ف is the word's own, and the label must say "فضية"
    assert words("n:ميدالي:ضيه", "ميدالية فضية واحدة", "وميداليتين فضيتين") == {"ميدالي": "ميدالية", "ضيه": "فضية"}
