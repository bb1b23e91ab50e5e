"""The Parquet layout of a batch run's results, written while the run goes and read back by
``load_results`` into the ``CorpusAnalysis`` the dashboard uses.
"""
from __future__ import annotations

import dataclasses
import json
import os
import types
from enum import Enum
from pathlib import Path
from typing import (
    TYPE_CHECKING, Any, Mapping, Sequence, Union, get_args, get_origin,
)

from analysis.io.corpus import CorpusError
from analysis.records import (
    Article, ArticleAnalysis, ArticleSourcing, Attribution, Comparison, CorpusAnalysis, Fact,
    FactStatus, OutletReport, Sentence, Source,
)
from analysis.io.serialize import to_plain

if TYPE_CHECKING:  # annotations only: pandas is imported where a DataFrame is built
    pass
from analysis.io.readers import RECORD_FIELDS, Skipped
from analysis.io.plain import RESULTS_SCHEMA_VERSION, RESULT_FIELDS, from_plain, make_article_unchecked, type_hints_of


def _arrow_type(tp: Any) -> Any:
    import pyarrow as pa

    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return _arrow_type([a for a in get_args(tp) if a is not type(None)][0])
    if origin is tuple:
        return pa.list_(_arrow_type(get_args(tp)[0]))
    if dataclasses.is_dataclass(tp):
        hints = type_hints_of(tp)
        return pa.struct([pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    if isinstance(tp, type) and issubclass(tp, Enum):
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[tp]


def schema_of(cls: type, *, prefix: Sequence[tuple[str, Any]] = (), skip: Sequence[str] = ()) -> Any:
    import pyarrow as pa

    hints = type_hints_of(cls)
    fields = [pa.field(n, _arrow_type(t)) for n, t in prefix]
    fields += [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls) if f.name not in skip]
    return pa.schema(fields)


def _article_schema() -> Any:
    import pyarrow as pa

    base = schema_of(Article, skip=("story",))
    extra = [pa.field("manifest_story", pa.string()), pa.field("story", pa.string())]
    extra += [pa.field(k, _arrow_type(t)) for k, t in RESULT_FIELDS.items() if k in ("sentences", "sourcing")]
    return pa.schema(list(base) + extra)


CHILD_TABLES = {"attributions": Attribution, "sources": Source, "facts": Fact}
CHILD_PREFIX = (("article_id", str), ("position", int))


def _article_row(rec: Mapping[str, str], result: Mapping[str, Any]) -> dict[str, Any]:
    art = make_article_unchecked(rec, result["text"])
    row = {f.name: getattr(art, f.name) for f in dataclasses.fields(Article) if f.name != "story"}
    row.update(manifest_story=art.story, story=art.story, sentences=result["sentences"], sourcing=result["sourcing"])
    return row


CHILD_ROW_GROUP = 131_072  # rows per row group of attributions/sources/facts.parquet
ARTICLE_ROW_GROUP = 512  # rows per row group of articles.parquet (the dashboard reads article bodies by row group)


class _Buffered:
    """A Parquet file written in row groups of exactly ``rows`` rows (the last one shorter), from
    tables of any length: rows wait in memory (as Arrow, compact) until a row group is full.  Row
    groups are the reader's unit, and each row group also costs the open writer its metadata: one
    per 32-article chunk made the parent hold ~40 MB of metadata on the 19,587-article archive."""

    def __init__(self, path: Path, schema: Any, rows: int) -> None:
        import pyarrow.parquet as pq

        self.path, self.schema, self.rows = path, schema, rows
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")
        self.pending: list[Any] = []
        self.pending_rows = 0

    def write(self, table: Any) -> None:
        self.pending.append(table)
        self.pending_rows += table.num_rows
        if self.pending_rows >= self.rows:
            self._flush(final=False)

    def _flush(self, final: bool) -> None:
        import pyarrow as pa

        if not self.pending:
            return
        table = pa.concat_tables(self.pending)
        done = 0
        while table.num_rows - done >= self.rows or (final and done < table.num_rows):
            part = table.slice(done, self.rows)
            self.writer.write_table(part, row_group_size=self.rows)
            done += part.num_rows
        rest = table.slice(done)
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows

    def close(self) -> None:
        self._flush(final=True)
        self.writer.close()

    def abort(self) -> None:
        self.pending = []
        self.writer.close()


class ResultWriter:
    """Streams per-article rows into Parquet as chunks come back: the per-article tables are complete
    when the per-article step ends (``end_articles``), before the corpus step, so none of their
    buffers or writers is alive while the corpus step holds its own peak."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        outdir.mkdir(parents=True, exist_ok=True)
        every = expected_schemas()
        self.schemas = {n: every[n] for n in ("articles", *CHILD_TABLES)}
        # articles are written to a temporary file first: their final story id is known only after
        # the corpus step; the other tables are final, renamed into place when the run succeeds
        self.paths = {n: outdir / (f".{n}.partial.parquet" if n == "articles" else f".{n}.parquet.tmp")
                      for n in self.schemas}
        self.files = {n: _Buffered(self.paths[n], s, ARTICLE_ROW_GROUP if n == "articles" else CHILD_ROW_GROUP)
                      for n, s in self.schemas.items()}
        self.open = True

    def write(self, pairs: Sequence[tuple[Mapping[str, str], Mapping[str, Any]]]) -> None:
        import pyarrow as pa

        tables: dict[str, list[dict[str, Any]]] = {n: [] for n in self.schemas}
        for rec, res in pairs:
            tables["articles"].append(_article_row(rec, res))
            aid = rec["id"].strip()
            for name in CHILD_TABLES:
                tables[name].extend({"article_id": aid, "position": i, **item} for i, item in enumerate(res[name]))
        for name, rows in tables.items():
            if rows:
                self.files[name].write(pa.Table.from_pylist(rows, schema=self.schemas[name]))

    def end_articles(self) -> None:
        """Every article is written: write the last row groups and close the files (idempotent)."""
        if self.open:
            self.open = False
            for f in self.files.values():
                f.close()

    close = end_articles

    def finish(self, result: CorpusAnalysis) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.end_articles()
        story_of = {a.article.id: a.story for a in result.articles}
        # rewrite articles with the final story ids, batch by batch (bounded memory; no read-ahead
        # threads: each batch is small and written at once)
        src = pq.ParquetFile(self.paths["articles"])
        tmp = self.outdir / ".articles.parquet.tmp"
        with pq.ParquetWriter(tmp, self.schemas["articles"], compression="zstd") as w:
            for batch in src.iter_batches(batch_size=ARTICLE_ROW_GROUP, use_threads=False):
                t = pa.Table.from_batches([batch])
                stories = pa.array([story_of[i] for i in t.column("id").to_pylist()], pa.string())
                w.write_table(t.set_column(t.schema.get_field_index("story"), "story", stories))
        os.replace(tmp, self.outdir / "articles.parquet")
        self.paths["articles"].unlink()
        for name in CHILD_TABLES:
            os.replace(self.paths[name], self.outdir / f"{name}.parquet")
        write_corpus_tables(self.outdir, result)

    def abort(self) -> None:
        if self.open:
            self.open = False
            for f in self.files.values():
                try:
                    f.abort()
                except Exception:  # noqa: BLE001 - already failing; leave no partial files
                    pass
        for p in self.paths.values():
            p.unlink(missing_ok=True)
        (self.outdir / ".articles.parquet.tmp").unlink(missing_ok=True)


def _write_table(path: Path, rows: list[dict[str, Any]], schema: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")
    os.replace(tmp, path)


def write_corpus_tables(outdir: Path, result: CorpusAnalysis) -> None:
    """The corpus-level tables: outlets, comparisons, fact statuses, stories, meta."""
    schemas = expected_schemas()
    _write_table(outdir / "outlets.parquet", [to_plain(o) for o in result.outlets], schemas["outlets"])
    _write_table(outdir / "comparisons.parquet", [to_plain(c) for c in result.comparisons], schemas["comparisons"])
    _write_table(outdir / "fact_statuses.parquet", [to_plain(s) for s in result.fact_statuses], schemas["fact_statuses"])
    story_rows = [{"story": s, "position": i, "article_id": aid}
                  for s, ids in result.stories.items() for i, aid in enumerate(ids)]
    _write_table(outdir / "stories.parquet", story_rows, schemas["stories"])
    meta = {"results_schema_version": RESULTS_SCHEMA_VERSION, "articles": len(result.articles),
            "outlets": len(result.outlets), "comparisons": len(result.comparisons)}
    (outdir / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")


def write_errors(outdir: Path, skipped: Sequence[Skipped]) -> None:
    """``errors.parquet``: one row per skipped record (written even when empty, so a reader can tell)."""
    _write_table(outdir / "errors.parquet", [to_plain(s) for s in skipped], schema_of(Skipped))


def read_errors(outdir: str | Path) -> tuple[Skipped, ...]:
    """The skipped records of a batch output folder (none when the folder predates errors.parquet)."""
    import pyarrow.parquet as pq

    path = Path(outdir) / "errors.parquet"
    if not path.is_file():
        return ()
    return tuple(Skipped(**row) for row in pq.read_table(path).to_pylist())


def write_results(outdir: str | Path, result: CorpusAnalysis) -> None:
    """Write a whole in-memory CorpusAnalysis in the batch layout."""
    outdir = Path(outdir)
    w = ResultWriter(outdir)
    try:
        pairs = []
        for a in result.articles:
            rec = {**{f: getattr(a.article, f) for f in RECORD_FIELDS}, "raw_text": a.article.raw_text}
            res = {"text": a.article.text, **{k: to_plain(getattr(a, k)) for k in RESULT_FIELDS}}
            pairs.append((rec, res))
        w.write(pairs)
        w.finish(result)
    except BaseException:
        w.abort()
        raise


def expected_schemas() -> dict[str, Any]:
    """Every table of a results folder and the schema this version writes it with (the writers below take
    theirs from here, and ``missing_columns`` checks a folder against the same)."""
    import pyarrow as pa

    return {"articles": _article_schema(),
            **{n: schema_of(c, prefix=CHILD_PREFIX) for n, c in CHILD_TABLES.items()},
            "outlets": schema_of(OutletReport), "comparisons": schema_of(Comparison),
            "fact_statuses": schema_of(FactStatus),
            "stories": pa.schema([("story", pa.string()), ("position", pa.int64()), ("article_id", pa.string())])}


def missing_columns(outdir: str | Path) -> dict[str, list[str]]:
    """The columns this version reads that a results folder's tables lack, per table (a table that is
    not there at all: every column).  Only the files' footers are read.  A folder written by an older
    version opens with a message saying so, instead of failing later, mid-page, on the first column it
    lacks (the dashboard reads some columns only when a page shows them)."""
    import pyarrow.parquet as pq

    outdir = Path(outdir)
    missing: dict[str, list[str]] = {}
    for name, schema in expected_schemas().items():
        path = outdir / f"{name}.parquet"
        have = set(pq.read_schema(path).names) if path.is_file() else set()
        lacking = [f for f in schema.names if f not in have]
        if lacking:
            missing[name] = lacking
    return missing


def is_results_dir(path: str | Path) -> bool:
    """Whether ``path`` is a batch output folder (rather than a corpus to analyse)."""
    return (Path(path) / "articles.parquet").is_file()


def load_results(outdir: str | Path) -> CorpusAnalysis:
    """Read a batch output folder back into a CorpusAnalysis (for the dashboard).

    A damaged or incomplete folder (a missing table, a truncated file, columns
    of another version) raises CorpusError saying which, never a bare traceback.
    """
    import pyarrow as pa

    outdir = Path(outdir)
    if not (outdir / "articles.parquet").is_file():
        raise CorpusError(f"{outdir}: no articles.parquet here; run `python -m analysis analyze CORPUS --parquet {outdir}` first.")
    try:
        return _load_results(outdir)
    except (OSError, KeyError, TypeError, ValueError, pa.ArrowException) as exc:
        raise CorpusError(
            f"{outdir}: these batch results cannot be read ({type(exc).__name__}: {exc}); "
            f"re-run `python -m analysis analyze CORPUS --parquet {outdir}`.") from exc


def _load_results(outdir: Path) -> CorpusAnalysis:
    import pyarrow.parquet as pq

    children: dict[str, dict[str, list[Any]]] = {}
    for name, cls in CHILD_TABLES.items():
        by_article: dict[str, list[Any]] = {}
        rows = sorted(pq.read_table(outdir / f"{name}.parquet").to_pylist(), key=lambda r: (r["article_id"], r["position"]))
        for r in rows:
            by_article.setdefault(r["article_id"], []).append(from_plain(cls, r))
        children[name] = by_article
    analyses = []
    for row in pq.read_table(outdir / "articles.parquet").to_pylist():
        article = from_plain(Article, {**row, "story": row["manifest_story"]})
        analyses.append(ArticleAnalysis(
            article=article,
            sentences=from_plain(tuple[Sentence, ...], row["sentences"]),
            attributions=tuple(children["attributions"].get(article.id, ())),
            sources=tuple(children["sources"].get(article.id, ())),
            sourcing=from_plain(ArticleSourcing, row["sourcing"]),
            facts=tuple(children["facts"].get(article.id, ())),
            story=row["story"],
        ))
    stories: dict[str, list[str]] = {}
    for r in sorted(pq.read_table(outdir / "stories.parquet").to_pylist(), key=lambda r: (r["story"], r["position"])):
        stories.setdefault(r["story"], []).append(r["article_id"])
    return CorpusAnalysis(
        articles=tuple(analyses),
        outlets=tuple(from_plain(OutletReport, r) for r in pq.read_table(outdir / "outlets.parquet").to_pylist()),
        comparisons=tuple(from_plain(Comparison, r) for r in pq.read_table(outdir / "comparisons.parquet").to_pylist()),
        fact_statuses=tuple(from_plain(FactStatus, r) for r in pq.read_table(outdir / "fact_statuses.parquet").to_pylist()),
        stories={s: tuple(ids) for s, ids in stories.items()},
    )
