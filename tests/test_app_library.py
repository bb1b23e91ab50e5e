"""Library page under AppTest: upload, paste, validation messages, delete, re-analyse."""
from __future__ import annotations

from app_helpers import assert_clean, fake_app, html_of, run  # noqa: F401
from ui_fixtures import PWN

ARTICLE = "قال المتحدث باسم الشرطة إن التحقيق بدأ صباح اليوم في بغداد.".encode("utf-8")


def add(at, *, file=None, text=None, outlet="إذاعة جيم"):
    at.text_input(key="up_outlet").set_value(outlet)
    if file is not None:
        at.file_uploader(key="up_file").set_value(file)
    if text is not None:
        at.text_area(key="up_text").set_value(text)
    return at.button(key="up_add").click().run()


def test_upload_txt_then_delete(fake_app):
    at = run("library")
    assert_clean(at)
    assert "The library is empty." in [i.value for i in at.info]
    add(at, file=("note.txt", ARTICLE, "text/plain"))
    assert_clean(at)
    assert at.success and at.success[0].value.startswith("Added 1 article(s): u-")
    listed = [h.value for h in at.html if "isnad-strong" in h.value and "إذاعة جيم" in h.value]
    assert len(listed) == 1
    delete = [b for b in at.button if (b.key or "").startswith("del_")]
    assert len(delete) == 1
    delete[0].click().run()
    assert_clean(at)
    assert at.success[0].value.startswith("Deleted u-")
    assert not [b for b in at.button if (b.key or "").startswith("del_")]


def test_uploaded_article_reaches_the_other_pages(fake_app):
    at = run("library")
    add(at, file=("note.txt", ARTICLE, "text/plain"))
    ov = run("overview")
    assert any("إذاعة جيم" in h.value for h in ov.html if 'class="isnad-card"' in h.value)


def test_empty_and_binary_files_are_refused_with_a_message(fake_app):
    at = run("library")
    add(at, file=("empty.txt", b"   \n", "text/plain"))
    assert "empty" in at.error[0].value
    assert not at.exception
    at = run("library")
    add(at, file=("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "text/plain"))
    assert "binary" in at.error[0].value
    assert not at.exception
    assert "The library is empty." in [i.value for i in at.info]


def test_missing_outlet_and_nothing_to_add(fake_app):
    at = run("library")
    add(at, text="نص المقال هنا.", outlet="")
    assert "outlet" in at.error[0].value
    at = run("library")
    at.button(key="up_add").click().run()
    assert at.error[0].value == "Choose a file or paste some text first."


def test_pasted_markup_stays_text(fake_app):
    at = run("library")
    add(at, text="قال مصدر إن الخبر صحيح. " + PWN)
    assert_clean(at)
    aid = at.success[0].value.split(": ")[1]
    cmp = run("compare", params={"a": aid})
    body = html_of(cmp)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in body
    assert "<script>window" not in body and "<img src=x" not in body


def test_reanalyse_clears_the_cache(fake_app):
    at = run("library")
    at.button(key="reanalyse").click().run()
    assert_clean(at)
    assert at.success[0].value.startswith("Cache cleared")


def test_bad_metadata_is_refused(fake_app):
    at = run("library")
    at.text_input(key="up_date").set_value("yesterday")
    add(at, text="قال مصدر إن الخبر صحيح.")
    assert "YYYY-MM-DD" in at.error[0].value
    at = run("library")
    at.text_input(key="up_url").set_value("javascript:alert(1)")
    add(at, text="قال مصدر إن الخبر صحيح.")
    assert "http://" in at.error[0].value
    assert "The library is empty." in [i.value for i in at.info]


def test_upload_limit_matches_the_server_config():
    import tomllib

    from analysis.uploads import MAX_UPLOAD_BYTES
    from app_helpers import ROOT

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == MAX_UPLOAD_BYTES


def test_a_damaged_library_file_is_reported_not_a_traceback(fake_app, monkeypatch):
    bad = fake_app / "broken.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("ISNAD_LIBRARY", str(bad))
    at = run("overview")
    assert not at.exception
    assert "cannot be read" in at.error[0].value
