"""Corpus loading: the three layouts, decoding, and validation."""
import json

import pytest

from analysis.io.corpus import CorpusError, decode_bytes, make_article, parse_manifest
from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR

AR = "قال مسؤول عراقي إن الهجوم وقع فجر الأحد."


def test_bundled_corpus_loads():
    arts = load_corpus(DATA_DIR / "corpus")
    assert [a.id for a in arts] == ["000", "001", "002", "003", "004"]
    assert all(a.text and a.outlet != "unknown" for a in arts)
    assert arts[3].published == "2020-06-29"
    assert load_corpus(DATA_DIR / "corpus" / "manifest.csv") == arts


def test_txt_folder(tmp_path):
    (tmp_path / "b.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(AR.encode("cp1256"))
    arts = load_corpus(tmp_path)
    assert [(a.id, a.outlet, a.text) for a in arts] == [("a", "unknown", AR), ("b", "unknown", AR)]


def test_jsonl(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "outlet": "o", "text": AR}) for i in (1, 2)) + "\n\n", encoding="utf-8")
    assert [a.id for a in load_corpus(p)] == ["1", "2"]


def test_manifest_file_outside_the_folder_is_rejected(tmp_path):
    (tmp_path / "manifest.csv").write_text("id,outlet,file\n1,o,../evil.txt\n", encoding="utf-8")
    (tmp_path.parent / "evil.txt").write_text(AR, encoding="utf-8")
    with pytest.raises(CorpusError, match="outside the corpus folder"):
        load_corpus(tmp_path)


def test_manifest_missing_file(tmp_path):
    (tmp_path / "manifest.csv").write_text("id,outlet,file\n1,o,nope.txt\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="Missing article file"):
        load_corpus(tmp_path)


@pytest.mark.parametrize("text,pattern", [
    ("id,outlet\n1,o\n", r"missing column\(s\) file"),
    ("id,outlet,file\n1,o,a.txt,extra\n", "more cells than the header"),
])
def test_parse_manifest_errors(text, pattern):
    with pytest.raises(CorpusError, match=pattern):
        parse_manifest(text)


def test_parse_manifest_strips_cells():
    assert parse_manifest(" id , outlet ,file\n 1 , o , a.txt \n") == [{"id": "1", "outlet": "o", "file": "a.txt"}]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "cp1256"])
def test_decode_bytes_arabic(encoding):
    data = (b"\xff\xfe" + AR.encode("utf-16-le")) if encoding == "utf-16-le-bom" else AR.encode(encoding)
    assert decode_bytes(data) == AR


@pytest.mark.parametrize("data,pattern", [
    (b"", "empty"), (b" \n ", "empty"), (b"ab\x00cd", "binary"),
    ("Garçon très élevé à côté".encode("latin-1"), "cannot decode"),
])
def test_decode_bytes_rejects(data, pattern):
    with pytest.raises(CorpusError, match=pattern):
        decode_bytes(data, name="f")


@pytest.mark.parametrize("kwargs,pattern", [
    ({"id": " "}, "id is empty"), ({"id": "a/b"}, "path separators"), ({"id": ".."}, "path separators"),
    ({"raw_text": "شارك\n\n"}, "no text"), ({"language": "zz"}, "not supported"),
])
def test_make_article_rejects(kwargs, pattern):
    args = {"id": "1", "outlet": "o", "raw_text": AR, **kwargs}
    with pytest.raises(CorpusError, match=pattern):
        make_article(**args)


def test_make_article_defaults():
    a = make_article(id=" 7 ", outlet=" ", raw_text=AR, language="")
    assert (a.id, a.outlet, a.language) == ("7", "unknown", "ar")


@pytest.mark.parametrize("line,pattern", [
    ("{bad", "line 1: not valid JSON"), ("[1]", "expected an object"), ('{"id": "1"}', "'text' field"),
])
def test_jsonl_errors(tmp_path, line, pattern):
    (tmp_path / "c.jsonl").write_text(line, encoding="utf-8")
    with pytest.raises(CorpusError, match=pattern):
        load_corpus(tmp_path / "c.jsonl")


def test_jsonl_empty_and_duplicates(tmp_path):
    (tmp_path / "c.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no articles"):
        load_corpus(tmp_path / "c.jsonl")
    line = json.dumps({"id": "1", "text": AR})
    (tmp_path / "c.jsonl").write_text(line + "\n" + line, encoding="utf-8")
    with pytest.raises(CorpusError, match="Duplicate article id '1'"):
        load_corpus(tmp_path / "c.jsonl")


def test_a_windows_1256_jsonl_reads_like_utf8(tmp_path):
    # one reader for every layout (analysis.io.readers): the strict CLI reading and the dashboard's
    # lenient one both decode an Arabic export saved as Windows-1256, line by line
    line = json.dumps({"id": "1", "outlet": "o", "text": AR}, ensure_ascii=False)
    (tmp_path / "c.jsonl").write_bytes(line.encode("cp1256"))
    (a,) = load_corpus(tmp_path / "c.jsonl")
    assert a.text == AR and a.outlet == "o"
