"""The README's Dask recipe, for real: ``analyze_batch`` on a distributed LocalCluster (two worker
processes) over real SaudiNewsNet articles, then the corpus step on the collected results.

Reads ``../shared/corpora/saudinewsnet-2015-07`` (never copied into the repository) and skips when
it is absent, or when dask[distributed] is not installed.  Everything Dask writes goes to tmp_path.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.io.frames import analyses_from_batch, analyze_batch
from analysis.io.plain import article_of
from analysis.io.readers import iter_records
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_corpus, combine

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet-2015-07" / "articles.jsonl.gz"
# Three labelled multi-outlet stories (ids only: data/gold/stories/) give the corpus step real
# stories to align and real conflicts to score; the archive's first articles add unrelated news.
STORIES = ("suruc", "arrests431", "duma")
FILLER = 120

pytestmark = [
    pytest.mark.slow,  # a cluster of two processes and ~300 real articles: ~20 s
    pytest.mark.skipif(not REAL.is_file(), reason=f"real corpus not found at {REAL}"),
]


def _real_records() -> list[dict[str, str]]:
    want: set[str] = set()
    for name in STORIES:
        want |= set(json.loads((DATA_DIR / "gold" / "stories" / f"{name}.json").read_text(encoding="utf-8"))["members"])
    records = []
    for i, rec in enumerate(iter_records(REAL)):
        if i < FILLER or rec["id"] in want:
            want.discard(rec["id"])
            records.append(rec)
        if i >= FILLER and not want:
            break
    return records


def _analysis_package() -> str:
    import analysis

    return str(Path(analysis.__file__).resolve().parent)


def test_analyze_batch_on_a_dask_local_cluster_gives_the_in_process_analysis(tmp_path):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import pandas as pd

    records = _real_records()
    assert len(records) > 250
    frame = pd.DataFrame([{**{k: v for k, v in r.items() if k != "raw_text"}, "text": r["raw_text"]} for r in records])
    reference = analyze_corpus([article_of(r) for r in records])  # in this process, no cache

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
        local_directory=str(tmp_path / "dask"), silence_logs=40,
    ) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(2)
        # the workers run this checkout's analysis package, not another installed copy
        assert set(client.run(_analysis_package).values()) == {_analysis_package()}
        parts = dd.from_pandas(frame, npartitions=8)
        with distributed.get_task_stream(client) as tasks:
            out = parts.map_partitions(analyze_batch, meta=analyze_batch(frame.head(0))).compute()
    assert len({t["worker"] for t in tasks.data}) == 2  # both worker processes analysed partitions

    assert len(out) == len(records) and list(out["id"]) == [r["id"] for r in records]
    assert (out["error"] == "").all(), out.loc[out["error"] != "", ["id", "error"]]
    result = combine(analyses_from_batch(out))

    # the corpus step, part by part (a failure names the part), then as a whole
    assert len(reference.stories) > 1 and len(reference.comparisons) > 0  # not vacuous
    assert result.stories == reference.stories
    assert result.comparisons == reference.comparisons  # alignment
    assert result.fact_statuses == reference.fact_statuses  # consistency per fact
    assert result.outlets == reference.outlets  # sourcing and consistency scores
    assert result == reference
    assert not list(Path.cwd().glob("dask-*"))  # scratch space went to tmp_path, not the working tree
