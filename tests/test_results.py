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


@pytest.mark.parametrize("sizes", [[3, 4, 1, 9, 2], [5], [12], [], [0, 5, 5]])
def test_buffered_writes_row_groups_of_exactly_n_rows(tmp_path, sizes):
    # the per-article tables stream into Parquet in row groups of exactly n rows (the last shorter),
    # whatever the length of each chunk's table: what one rewrite of the whole file in n-row batches gave
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.io.results import _Buffered

    schema = pa.schema([("k", pa.int64()), ("s", pa.string())])
    f = _Buffered(tmp_path / "t.parquet", schema, rows=5)
    k = 0
    for n in sizes:
        f.write(pa.table({"k": list(range(k, k + n)), "s": [str(i) for i in range(k, k + n)]}, schema=schema))
        k += n
    f.close()
    got = pq.ParquetFile(tmp_path / "t.parquet")
    groups = [got.metadata.row_group(g).num_rows for g in range(got.metadata.num_row_groups)]
    assert groups == [5] * (k // 5) + ([k % 5] if k % 5 else [])
    assert got.read().column("k").to_pylist() == list(range(k))


def test_batch_tables_are_final_before_the_corpus_step(tmp_path, monkeypatch, reference):
    # the per-article tables are written and closed when the per-article step ends (readable Parquet,
    # every row in), so no writer buffer is alive during the corpus step; the results are unchanged
    import pyarrow.parquet as pq

    import analysis.io.batch as batch
    from analysis.io.results import CHILD_TABLES

    rows: dict[str, int] = {}
    real = batch.combine

    def combine(analyses):
        for name in CHILD_TABLES:
            rows[name] = pq.read_table(tmp_path / "out" / f".{name}.parquet.tmp").num_rows
        rows["articles"] = pq.read_table(tmp_path / "out" / ".articles.partial.parquet").num_rows
        return real(analyses)

    monkeypatch.setattr(batch, "combine", combine)
    run_batch(BUNDLED, tmp_path / "out", progress=False)
    assert rows == {"articles": 5, **{n: sum(len(getattr(a, n)) for a in reference.articles) for n in CHILD_TABLES}}
    assert by_id(load_results(tmp_path / "out")) == by_id(reference)
    assert not list((tmp_path / "out").glob(".*"))


def test_release_freed_memory_is_safe_to_call():
    # glibc's malloc_trim where there is one; a no-op elsewhere; never raises
    from analysis.io.batch import release_freed_memory

    junk = [bytes(1000) for _ in range(10_000)]
    del junk
    release_freed_memory()
