from pathlib import Path

import pytest

from analysis.cleaning import clean_text

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "articles"


def raw(name):
    return (CORPUS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "article, furniture",
    [
        ("001.txt", "fbpx"),
        ("001.txt", "[tptn_list"),
        ("001.txt", "الأكثر قراءة"),
        ("001.txt", "واتساب"),
        ("001.txt", "إقرأوا أيضاً"),
        ("001.txt", "حازم الأمين"),  # the related-article teaser after the last "read also"
        ("001.txt", "فتح لاند"),
        ("000.txt", "شاركـنـا"),
        ("000.txt", "التعليقات مغلقة"),
        ("000.txt", "أخبار الساعة"),
        ("003.txt", "back to top"),
        ("003.txt", "نشر في"),
    ],
)
def test_furniture_is_removed(article, furniture):
    assert furniture in raw(article)
    assert furniture not in clean_text(raw(article))


@pytest.mark.parametrize(
    "article, kept",
    [
        # article text after a mid-article "read also" marker must survive
        ("001.txt", "طرح اسم الكاظمي لتولي منصب رئاسة الوزراء"),
        ("001.txt", "توبي دودج"),
        ("001.txt", "لكنه لم يسمّهم."),
        ("000.txt", "في الانتخابات السابقة لعام 2018"),
        ("003.txt", "بل عليها التركيز على محاربة إسرائيل."),
        ("004.txt", "كانت بمثابة رسالة تمهيدية."),
    ],
)
def test_article_text_is_kept_verbatim(article, kept):
    assert kept in clean_text(raw(article))


def test_duplicate_caption_kept_once():
    cleaned = clean_text(raw("003.txt"))
    assert cleaned.count("قائد فيلق القدس اللواء إسماعيل قآني - رئيس الحكومة العراقية مصطفى الكاظمي") == 1


def test_paragraphs_are_separated_and_lines_stripped():
    assert clean_text("  أولى  \n\n\n   \n ثانية ") == "أولى\n\nثانية"


def test_only_furniture_gives_empty_text():
    assert clean_text("fbpx\n\nback to top\n") == ""
