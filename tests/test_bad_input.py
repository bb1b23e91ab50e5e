"""Bad input: every case gives one clear message and loses nothing."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.io.corpus import CorpusError, make_article
from analysis.io.readers import load_corpus
from analysis.io.library import Library
from analysis.io.uploads import MAX_UPLOAD_BYTES, UploadMeta, language_warning, parse_pasted, parse_upload

ROOT = Path(__file__).resolve().parent.parent
AR = "قال مسؤول عراقي إن الهجوم وقع فجر الأحد، وأضاف أن التحقيقات جارية."
META = UploadMeta(outlet="درج")


def jsonl(*objs):
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False) for o in objs).encode()


BAD_UPLOADS = [
    # (id, filename, data, message pattern)
    ("empty-txt", "a.txt", b"", "empty"),
    ("empty-csv", "a.csv", b"", "empty"),
    ("empty-jsonl", "a.jsonl", b"", "empty"),
    ("empty-html", "a.html", b"", "empty"),
    ("whitespace", "a.txt", b"  \n\t\r\n   \n", "empty"),
    ("whitespace-utf16", "a.txt", " \n \n".encode("utf-16"), "empty|no text"),
    ("binary-png", "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("binary-zip-as-csv", "a.csv", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary"),
    ("huge", "a.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "upload limit"),
    ("huge-binary", "a.txt", b"\x00" * (MAX_UPLOAD_BYTES + 10), "upload limit"),  # size checked before decoding
    ("latin1-junk", "a.txt", "Café été à Zürich ñandú über ÿ çà".encode("latin-1"), "cannot decode"),
    ("html-only-scripts", "a.html", b"<html><body><script>alert('x')</script><style>p{}</style></body></html>",
     "no article text"),
    ("csv-missing-columns", "a.csv", b"id,text\n1,x\n", r"missing column\(s\): outlet, title, published, url"),
    ("csv-extra-columns", "a.csv", "id,outlet,title,published,url,text,author\n1,o,t,,,نص.,x\n".encode(),
     r"unexpected column\(s\): author"),
    ("csv-ragged-row", "a.csv", "id,outlet,title,published,url,text\n1,o,t,,,نص.,zz\n".encode(), "line 2: 7 cells"),
    ("csv-duplicate-ids", "a.csv", "id,outlet,title,published,url,text\n1,o,t,,,نص.\n1,o,t,,,نص آخر.\n".encode(),
     "'1' appears twice"),
    ("jsonl-duplicate-ids", "a.jsonl", jsonl({"id": "d", "text": "نص."}, {"id": "d", "text": "نص آخر."}),
     "'d' appears twice"),
    ("jsonl-malformed", "a.jsonl", jsonl({"id": "1", "text": "نص."}, '{"id": "2", "text": '), "line 2: not valid JSON"),
    ("jsonl-not-object", "a.jsonl", jsonl([1, 2]), "line 1: expected an object"),
    ("jsonl-no-text", "a.jsonl", jsonl({"id": "1", "title": "t"}), "line 1: the 'text' field"),
    ("jsonl-path-id", "a.jsonl", jsonl({"id": "../../etc", "text": "نص."}), "path separators"),
    ("path-like-unknown-type", "../../secret.exe", b"MZ", r"secret\.exe: unsupported file type"),
    ("no-extension", "README", AR.encode(), "unsupported file type"),
    ("boilerplate-only", "a.txt", "شارك\nاقرأ أيضا\n".encode(), "no text after removing page furniture"),
]


@pytest.mark.parametrize("filename,data,pattern", [c[1:] for c in BAD_UPLOADS], ids=[c[0] for c in BAD_UPLOADS])
def test_bad_upload_is_a_clear_error_and_the_library_is_unchanged(tmp_path, filename, data, pattern):
    lib = Library(tmp_path / "lib.sqlite")
    lib.add([make_article(id="keep", outlet="o", raw_text=AR)])
    before, version = lib.articles(), lib.version()
    with pytest.raises(CorpusError, match=pattern) as info:
        lib.add(parse_upload(filename, data, META))
    msg = str(info.value)
    assert "\n" not in msg and "Traceback" not in msg
    assert ".." not in msg.split(":")[0]  # the path-like part of a filename never shows up
    assert lib.articles() == before and lib.version() == version


def test_failed_duplicate_import_leaves_library_unchanged(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    first = parse_upload("a.txt", AR.encode(), META)
    lib.add(first)
    before, version = lib.articles(), lib.version()
    batch = parse_upload("b.jsonl", jsonl({"id": "new1", "text": "نص جديد."}, {"text": AR}), META)  # 2nd = same hash id
    with pytest.raises(CorpusError, match="Already in the library"):
        lib.add(batch)
    assert lib.articles() == before and lib.version() == version


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_arabic_encodings_decode_correctly(encoding):
    (a,) = parse_upload("a.txt", AR.encode(encoding), META)
    assert a.text == AR


def test_cp1256_html_decodes_correctly():
    html = f'<html><head><meta charset="windows-1256"></head><body><article><p>{AR}</p></article></body></html>'
    (a,) = parse_upload("a.htm", html.encode("cp1256"), META)
    assert AR in a.text


def test_path_like_filename_is_never_used_as_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (a,) = parse_upload("../../x.txt", AR.encode(), META)
    assert "/" not in a.id and ".." not in a.id
    assert list(tmp_path.iterdir()) == []  # nothing written anywhere


@pytest.mark.parametrize("text", [
    "The minister said the attack happened at dawn on Sunday, and officials confirmed it.",
    "Le ministre a déclaré que l'attaque avait eu lieu à l'aube.",
    "12345 67890 !!! ???",
])
def test_non_arabic_text_is_accepted_with_a_warning(text):
    (a,) = parse_upload("a.txt", text.encode(), META)
    assert language_warning(a)
    assert language_warning(parse_pasted(text, META))


def test_mixed_text_that_is_mostly_arabic_has_no_warning():
    (a,) = parse_upload("a.txt", (AR + " (Reuters, AFP)").encode(), META)
    assert language_warning(a) is None


@pytest.mark.parametrize("text,pattern", [("", "no text"), ("   \n\t ", "no text"), ("a" * (MAX_UPLOAD_BYTES + 1), "limit")])
def test_bad_pasted_text(text, pattern):
    with pytest.raises(CorpusError, match=pattern):
        parse_pasted(text, META)


def test_missing_outlet_is_a_clear_error():
    with pytest.raises(CorpusError, match="no outlet"):
        parse_upload("a.txt", AR.encode(), UploadMeta(outlet=" "))


@pytest.mark.parametrize("setup,pattern", [
    (lambda d: d / "nope", "Corpus not found"),
    (lambda d: (d / "x.pdf").write_bytes(b"%PDF") and d / "x.pdf", "expected a corpus folder"),
    (lambda d: d, "no manifest.csv and no .txt files"),
    (lambda d: (d / "c.jsonl").write_text('{"id":"1","text":"نص."}\n{"id":"1","text":"نص."}\n') and d / "c.jsonl",
     "Duplicate article id '1'"),
    (lambda d: (d / "c.jsonl").write_text('{"id":"1","text":"نص.","language":"zz"}\n') and d / "c.jsonl",
     "language 'zz' is not supported"),
])
def test_bad_corpus_for_load_corpus(tmp_path, setup, pattern):
    with pytest.raises(CorpusError, match=pattern):
        load_corpus(setup(tmp_path))


@pytest.mark.parametrize("args,pattern", [
    (["analyze", "/no/such/corpus"], "Corpus not found"),
    (["analyze", "/no/such/corpus", "--parquet", "OUT"], "Corpus not found"),
    (["analyze", "EMPTYJSONL", "--parquet", "OUT", "--no-progress"], "No article could be analysed"),
])
@pytest.mark.slow  # a fresh interpreter per case importing the pipeline: ~2 s each
def test_cli_bad_corpus_exits_2_with_one_line(tmp_path, args, pattern):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{oops\n{"id": "2", "text": "   "}\n', encoding="utf-8")  # no record can be analysed
    args = [str(bad) if a == "EMPTYJSONL" else str(tmp_path / "out") if a == "OUT" else a for a in args]
    proc = subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert "Traceback" not in proc.stderr
    assert pattern in lines[0]
    assert not (tmp_path / "out" / "articles.parquet").exists()  # no half-written results
