"""One bad record never costs the others: the batch skips it, reports it, and completes."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.io import batch
from analysis.io.readers import Skipped, iter_records
from analysis.io.frames import analyze_batch
from analysis.io.results import load_results, read_errors
from analysis.io.batch import run_batch
from analysis.io.corpus import MAX_ARTICLE_BYTES

ROOT = Path(__file__).resolve().parents[1]
GOOD = "قال وزير الداخلية إن 12 شخصا أصيبوا في الحادث. وأضاف أن التحقيق مستمر."


def _line(**obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def _messy_corpus(path: Path) -> Path:
    lines = [
        _line(id="a1", outlet="X", title="t", published="2015-07-21", text=GOOD),
        b"{oops\n",                                            # not JSON
        b'{"id": "bad-utf8", "text": "\xff\xfe\xfa"}\n',       # not UTF-8
        _line(id="furniture-only", outlet="X", text="fbpx\n\nback to top"),
        _line(id="no-text", outlet="X", text=None),
        _line(id="a1", outlet="Y", text=GOOD),                 # duplicate id
        _line(id="too-long", outlet="X", text="ا" * (MAX_ARTICLE_BYTES + 1)),
        _line(id="a2", outlet="Y", title="t", published="2015-07-21", text=GOOD + " وتابع أن 3 منهم في حالة خطرة."),
    ]
    path.write_bytes(b"".join(lines))
    return path


def test_batch_skips_every_kind_of_bad_record_and_writes_the_rest(tmp_path):
    out = tmp_path / "out"
    result, stats = run_batch(_messy_corpus(tmp_path / "c.jsonl"), out, progress=False)
    assert [a.article.id for a in result.articles] == ["a1", "a2"]
    reasons = {s.id or s.where: s.reason for s in stats.skipped}
    assert len(stats.skipped) == 6
    assert "not valid JSON" in reasons["c.jsonl, line 2"]
    assert "not UTF-8" in reasons["c.jsonl, line 3"]
    assert "no text after removing page furniture" in reasons["furniture-only"]
    assert "'text' field is missing" in reasons["no-text"]
    assert "Duplicate article id 'a1'" in reasons["a1"]
    assert "over the" in reasons["too-long"]
    # the results folder holds the good articles and a table of the skipped ones
    assert [a.article.id for a in load_results(out).articles] == ["a1", "a2"]
    assert read_errors(out) == stats.skipped
    assert "6 skipped" in stats.summary()


def test_a_crash_in_any_stage_costs_only_that_record(tmp_path, monkeypatch):
    real = batch.analyze_record

    def flaky(record):
        if record["id"] == "boom":
            raise IndexError("list index out of range")
        return real(record)

    monkeypatch.setattr(batch, "analyze_record", flaky)
    path = tmp_path / "c.jsonl"
    path.write_bytes(_line(id="ok", outlet="X", text=GOOD) + _line(id="boom", outlet="X", text=GOOD))
    result, stats = run_batch(path, tmp_path / "out", progress=False)
    assert [a.article.id for a in result.articles] == ["ok"]
    (skip,) = stats.skipped
    assert skip.id == "boom" and "IndexError" in skip.reason
    # the DataFrame step (Spark/Dask) reports it in its error column too
    df = analyze_batch(pd.DataFrame([{"id": "boom", "outlet": "X", "title": "", "published": "", "text": GOOD}]))
    assert "IndexError" in df.loc[0, "error"]


def test_a_clean_run_writes_an_empty_errors_table(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(_line(id="ok", outlet="X", text=GOOD))
    _, stats = run_batch(path, tmp_path / "out", progress=False)
    assert stats.skipped == () and read_errors(tmp_path / "out") == ()
    assert (tmp_path / "out" / "errors.parquet").is_file()


def test_gzip_jsonl_is_read_line_by_line(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(_line(id="g1", outlet="X", text=GOOD) + b"{oops\n" + _line(id="g2", outlet="X", text=GOOD))
    seen: list[Skipped] = []
    assert [r["id"] for r in iter_records(path, seen.append)] == ["g1", "g2"]
    assert [s.where for s in seen] == ["c.jsonl.gz, line 2"]


@pytest.mark.parametrize("extra", [[], ["--parquet", "OUT"]])
@pytest.mark.slow  # the CLI in a fresh interpreter over a corpus: ~2.5 s each
def test_cli_completes_with_skipped_records_and_says_so(tmp_path, extra):
    corpus = _messy_corpus(tmp_path / "c.jsonl")
    args = [str(tmp_path / "out") if a == "OUT" else a for a in extra]
    proc = subprocess.run([sys.executable, "-m", "analysis", "analyze", str(corpus), *args, "--json", str(tmp_path / "r.json")],
                          cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "completed with 6 skipped" in proc.stderr
    assert "skipped furniture-only:" in proc.stderr
    ids = [a["id"] for a in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["articles"]]
    assert ids == ["a1", "a2"]
    if extra:
        assert "errors.parquet" in proc.stderr
        assert len(read_errors(tmp_path / "out")) == 6
