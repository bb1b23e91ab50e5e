"""Batch runs (analysis.io.batch): re-runs from the cache, workers, failed runs."""
import json

import pytest

import analysis.io.batch as batch
from analysis.io.batch import run_batch
from analysis.io.results import load_results
from analysis.io.corpus import CorpusError
from analysis.io.readers import load_corpus
from analysis.pipeline import analyze_corpus
from analysis.io.synthetic import write_jsonl
from tests.support.bundled import by_id


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("syn") / "syn.jsonl", 12, seed=1)


def test_rerun_skips_unchanged_articles(tmp_path, synthetic):
    cache = tmp_path / "cache"
    _, first = run_batch(synthetic, tmp_path / "a", cache_dir=cache, progress=False)
    assert (first.analysed, first.cached) == (12, 0)
    _, second = run_batch(synthetic, tmp_path / "b", cache_dir=cache, progress=False)
    assert (second.analysed, second.cached) == (0, 12)
    assert load_results(tmp_path / "a") == load_results(tmp_path / "b")

    lines = synthetic.read_text(encoding="utf-8").splitlines()
    obj = json.loads(lines[5])
    obj["text"] += "\n\nقال مسؤول إن فقرة جديدة أضيفت."
    lines[5] = json.dumps(obj, ensure_ascii=False)
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, third = run_batch(changed, tmp_path / "c", cache_dir=cache, progress=False)
    assert (third.analysed, third.cached) == (1, 11)


def test_metadata_change_and_new_analysis_version_invalidate_the_cache(tmp_path, synthetic, monkeypatch):
    cache = tmp_path / "cache"
    run_batch(synthetic, None, cache_dir=cache, progress=False)
    monkeypatch.setattr(batch, "analysis_version", lambda: "some-newer-code")
    _, stats = run_batch(synthetic, None, cache_dir=cache, progress=False)
    assert stats.analysed == 12


def test_two_workers_give_the_same_results_as_one(tmp_path, synthetic):
    one, s1 = run_batch(synthetic, tmp_path / "one", workers=1, chunk_size=5, progress=False)
    two, s2 = run_batch(synthetic, tmp_path / "two", workers=2, chunk_size=3, progress=False)
    assert one == two  # same order too: results are consumed in input order
    assert load_results(tmp_path / "one") == load_results(tmp_path / "two")
    assert s2.workers == 2


def test_batch_result_equals_in_memory_analysis_for_synthetic_corpus(tmp_path, synthetic):
    reference = analyze_corpus(load_corpus(synthetic))
    run_batch(synthetic, tmp_path / "out", workers=2, chunk_size=4, progress=False)
    assert by_id(load_results(tmp_path / "out")) == by_id(reference)


def test_failed_run_leaves_no_partial_results(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "1", "text": "fbpx"}\n{"id": "2", "text": "   "}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="No article could be analysed: all 2 .*no text"):
        run_batch(path, tmp_path / "out", progress=False)
    assert not (tmp_path / "out" / "articles.parquet").exists()
    assert not list((tmp_path / "out").glob(".*"))
