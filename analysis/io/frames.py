"""The per-article step as a pure DataFrame -> DataFrame function (``analyze_batch``), so the same
code runs under Spark ``mapInPandas`` or Dask ``map_partitions`` (README, "Beyond one machine").
"""
from __future__ import annotations

import json
from typing import (
    TYPE_CHECKING, Any,
)

from analysis.io.corpus import CorpusError
from analysis.records import (
    ArticleAnalysis,
)

if TYPE_CHECKING:  # annotations only: pandas is imported where a DataFrame is built
    import pandas
from analysis.io.readers import RECORD_FIELDS, Skipped
from analysis.io.plain import RESULT_FIELDS, analysis_from_result
from analysis.io.batch import analyze_or_skip


BATCH_INPUT_COLUMNS = ("id", "outlet", "title", "published", "text")
BATCH_OUTPUT_COLUMNS = (
    "id", "outlet", "title", "published", "url", "language", "story", "raw_text", "text",
    "words", "attribution_count", "score", "sentences", "attributions", "sources", "sourcing", "facts", "error",
)


def analyze_batch(df: "pandas.DataFrame") -> "pandas.DataFrame":
    """Per-article analysis of a batch of rows: pure, row-independent, no I/O.

    In: columns id, outlet, title, published, text (raw text as captured);
    optional url, language, story.  Out: one row per input row with the
    metadata, the cleaned ``text``, a few flat figures, the nested results as
    JSON strings (sentences, attributions, sources, sourcing, facts), and
    ``error`` (empty when fine).  A bad row gets an error message instead of
    failing the whole partition — at cluster scale one bad article must not
    kill the job.  Fits ``mapInPandas``/``map_partitions`` unchanged.
    """
    import pandas as pd

    missing = [c for c in BATCH_INPUT_COLUMNS if c not in df.columns]
    if missing:
        raise CorpusError(f"analyze_batch: missing column(s) {', '.join(missing)}.")
    rows = []
    for rec in df.to_dict("records"):
        record = {f: "" if _is_missing(rec.get(f)) else str(rec.get(f)) for f in RECORD_FIELDS}
        raw = rec.get("text")
        record["raw_text"] = "" if _is_missing(raw) else str(raw)
        record["language"] = record["language"].strip() or "ar"
        out: dict[str, Any] = {**{f: record[f] for f in RECORD_FIELDS}, "raw_text": record["raw_text"]}
        res = analyze_or_skip(record)
        if isinstance(res, Skipped):
            out.update(text="", words=0, attribution_count=0, score=None, error=res.reason,
                       **{k: "null" for k in RESULT_FIELDS})
        else:
            sourcing = res["sourcing"]
            out.update(
                text=res["text"], words=sourcing["words"], attribution_count=sourcing["attributions"],
                score=sourcing["score"], error="",
                **{k: json.dumps(res[k], ensure_ascii=False) for k in RESULT_FIELDS},
            )
        rows.append(out)
    result = pd.DataFrame(rows, columns=list(BATCH_OUTPUT_COLUMNS))
    return result.astype({"words": "int64", "attribution_count": "int64", "score": "float64"})


def _is_missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and v != v)  # None or NaN


def analyses_from_batch(out: "pandas.DataFrame") -> list[ArticleAnalysis]:
    """ArticleAnalysis records from ``analyze_batch`` output (rows with errors skipped)."""
    analyses = []
    for row in out.to_dict("records"):
        if row["error"]:
            continue
        result = {"text": row["text"], **{k: json.loads(row[k]) for k in RESULT_FIELDS}}
        analyses.append(analysis_from_result(row, result))
    return analyses
