"""The per-article step as a DataFrame function (analysis.io.frames): the Spark/Dask contract."""
import json

import pandas as pd
import pytest

from analysis.io.frames import BATCH_OUTPUT_COLUMNS, analyses_from_batch, analyze_batch
from analysis.io.corpus import CorpusError
from analysis.io.readers import load_corpus
from analysis.pipeline import combine
from tests.support.bundled import BUNDLED, by_id, reference  # noqa: F401  (reference: a pytest fixture)


def _frames(articles, size):
    """Like Spark's mapInPandas: an iterator of pandas DataFrames."""
    rows = [{"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
             "url": a.url, "story": a.story, "text": a.raw_text} for a in articles]
    for i in range(0, len(rows), size):
        yield pd.DataFrame(rows[i:i + size])


def map_in_pandas(frames):
    for df in frames:
        yield analyze_batch(df)


def test_analyze_batch_over_a_generator_of_frames_matches_analyze_corpus(reference):
    out = pd.concat(list(map_in_pandas(_frames(load_corpus(BUNDLED), 2))), ignore_index=True)
    assert list(out.columns) == list(BATCH_OUTPUT_COLUMNS)
    assert (out["error"] == "").all()
    for col in ("sentences", "attributions", "sources", "sourcing", "facts"):
        out[col].map(json.loads)  # every nested column is a JSON string
    assert by_id(combine(analyses_from_batch(out))) == by_id(reference)


def test_analyze_batch_is_row_independent():
    frames = list(_frames(load_corpus(BUNDLED), 5))
    whole = analyze_batch(frames[0])
    parts = pd.concat([analyze_batch(frames[0].iloc[i:i + 1]) for i in range(5)], ignore_index=True)
    pd.testing.assert_frame_equal(whole, parts)


def test_analyze_batch_reports_bad_rows_without_failing_the_batch():
    df = pd.DataFrame([
        {"id": "ok", "outlet": "o", "title": "t", "published": "2021-11-07", "text": "قال مسؤول إن الهجوم وقع."},
        {"id": "", "outlet": "o", "title": "t", "published": "", "text": "نص."},
        {"id": "blank", "outlet": "o", "title": None, "published": None, "text": "   "},
        {"id": "nan", "outlet": "o", "title": float("nan"), "published": "", "text": None},
    ])
    out = analyze_batch(df)
    assert len(out) == 4
    assert out.loc[0, "error"] == "" and out.loc[0, "words"] == 5
    assert all(out.loc[i, "error"] for i in (1, 2, 3))
    assert out.loc[2, "title"] == ""


def test_analyze_batch_names_missing_columns():
    with pytest.raises(CorpusError, match="missing column"):
        analyze_batch(pd.DataFrame([{"id": "1", "text": "x"}]))


def test_empty_frame_gives_empty_frame():
    out = analyze_batch(pd.DataFrame(columns=["id", "outlet", "title", "published", "text"]))
    assert len(out) == 0 and list(out.columns) == list(BATCH_OUTPUT_COLUMNS)
