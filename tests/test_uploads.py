"""parse_upload / parse_pasted: the API the dashboard's upload form codes against."""
import json

import pytest

from analysis.io.corpus import CorpusError
from analysis.io.uploads import (
    MAX_UPLOAD_BYTES, UploadMeta, content_id, language_warning, parse_pasted, parse_upload, safe_basename,
)

AR = "قال مسؤول عراقي إن الهجوم وقع فجر الأحد، وأضاف أن التحقيقات جارية."
META = UploadMeta(outlet="درج", title="عنوان", published="2021-11-07", url="https://example.org/a")


def test_txt_upload_fills_metadata_from_the_form():
    (a,) = parse_upload("story.txt", AR.encode("utf-8"), META)
    assert (a.outlet, a.title, a.published, a.url, a.language) == ("درج", "عنوان", "2021-11-07", "https://example.org/a", "ar")
    assert a.text == AR and a.raw_text == AR
    assert a.id == content_id("درج", AR)


def test_ids_are_stable_content_hashes():
    (a,) = parse_upload("a.txt", AR.encode(), META)
    (b,) = parse_upload("b.txt", AR.encode(), META)
    (c,) = parse_upload("a.txt", (AR + " جملة أخرى.").encode(), META)
    assert a.id == b.id != c.id
    assert "/" not in a.id


def test_html_keeps_the_article_and_drops_scripts():
    html = f"""<html><head><title>العنوان من الصفحة</title><script>var secret = "سكربت خفي";</script></head>
    <body><article><p>{AR}</p><script>document.write("سكربت آخر")</script><p>وتابع المصدر حديثه.</p></article></body></html>"""
    (a,) = parse_upload("page.html", html.encode(), UploadMeta(outlet="x"))
    assert "الهجوم" in a.text and "وتابع" in a.text
    assert "سكربت" not in a.text and "secret" not in a.text and "document.write" not in a.text
    assert a.title == "العنوان من الصفحة"  # from the page when the form has none


def test_csv_upload_reads_every_row():
    rows = "id,outlet,title,published,url,text\n1,درج,t1,2021-11,,\"" + AR + "\"\n2,,t2,,,\"نص ثان هنا.\"\n"
    arts = parse_upload("batch.csv", rows.encode(), UploadMeta(outlet="الافتراضي"))
    assert [a.id for a in arts] == ["1", "2"]
    assert [a.outlet for a in arts] == ["درج", "الافتراضي"]


def test_jsonl_upload_with_missing_fields():
    lines = [json.dumps({"text": AR}, ensure_ascii=False), "", json.dumps({"id": "x2", "outlet": "o", "text": "نص."})]
    arts = parse_upload("many.jsonl", "\n".join(lines).encode(), META)
    assert arts[0].outlet == "درج" and arts[0].id.startswith("u-")
    assert (arts[1].id, arts[1].outlet) == ("x2", "o")


def test_pasted_text():
    a = parse_pasted("  " + AR + "\n", META)
    assert a.text == AR and a.outlet == "درج"


@pytest.mark.parametrize("name,expected", [
    ("../../x.txt", "x.txt"), ("..\\..\\evil.txt", "evil.txt"), ("/etc/passwd", "passwd"),
    ("..", "upload"), ("", "upload"), ("a\x00b.txt", "ab.txt"), (".hidden.txt", "hidden.txt"),
])
def test_safe_basename(name, expected):
    assert safe_basename(name) == expected


def test_language_warning_only_for_non_arabic_text():
    (ar,) = parse_upload("a.txt", AR.encode(), META)
    (en,) = parse_upload("b.txt", b"The minister said the attack happened at dawn on Sunday.", META)
    assert language_warning(ar) is None
    msg = language_warning(en)
    assert msg and "Arabic" in msg


def test_limit_is_about_five_megabytes():
    assert 1_000_000 < MAX_UPLOAD_BYTES <= 10 * 1024 * 1024


def test_unknown_language_is_a_clear_error():
    with pytest.raises(CorpusError, match="language 'xx' is not supported"):
        parse_upload("a.txt", AR.encode(), UploadMeta(outlet="o", language="xx"))
