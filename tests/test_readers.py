"""Reading corpora lazily, record by record (analysis.io.readers)."""
import pytest

from analysis.io.readers import iter_records
from analysis.io.corpus import CorpusError


def test_records_are_read_lazily(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "1", "text": "نص."}\n{"id": "2", "text": "نص."}\n{broken\n', encoding="utf-8")
    records = iter_records(path)
    assert next(records)["id"] == "1"  # the broken line 3 has not been read yet
    assert next(records)["id"] == "2"
    with pytest.raises(CorpusError, match="line 3"):
        next(records)


def test_utf16_jsonl_is_read_lazily_too(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes('{"id": "1", "outlet": "o", "text": "قال مسؤول."}\n'.encode("utf-16"))
    assert [r["id"] for r in iter_records(path)] == ["1"]
