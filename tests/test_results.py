"""The Parquet results of a batch run: written, read back, equal to the in-memory analysis."""
import pytest

from analysis.io.batch import run_batch, strip_raw
from analysis.io.results import load_results, write_results
from analysis.io.corpus import CorpusError
from tests.support.bundled import BUNDLED, by_id, reference  # noqa: F401  (reference: a pytest fixture)


def test_parquet_round_trip_equals_analyze_corpus(tmp_path, reference):
    result, stats = run_batch(BUNDLED, tmp_path / "out", cache_dir=tmp_path / "cache", progress=False)
    assert stats.articles == 5 and stats.analysed == 5 and stats.cached == 0
    assert by_id(load_results(tmp_path / "out")) == by_id(reference)
    assert by_id(result) == by_id(strip_raw(reference))  # the in-memory result just lacks raw text
    for name in ("articles", "attributions", "sources", "facts", "outlets", "comparisons", "fact_statuses", "stories"):
        assert (tmp_path / "out" / f"{name}.parquet").is_file()
    assert not list((tmp_path / "out").glob(".*"))  # no temporary files left behind


def test_write_results_round_trip(tmp_path, reference):
    write_results(tmp_path / "w", reference)
    assert load_results(tmp_path / "w") == reference


def test_load_results_on_a_folder_without_results(tmp_path):
    with pytest.raises(CorpusError, match="no articles.parquet"):
        load_results(tmp_path)
