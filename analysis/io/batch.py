"""Batch mode: analyse big corpora in bounded memory, on all cores, with a cache.

Shape of a run (``run_batch``):

1. Records are read lazily (JSONL line by line, manifest rows file by file)
   and cut into chunks.
2. Each chunk goes to a worker process, which looks every article up in the
   on-disk cache (key: sha256 of text + metadata + analysis version) and
   analyses only the misses.  At most ``2 * workers`` chunks are in flight, so
   raw texts never pile up in memory.
3. Per-article results stream into Parquet files as chunks come back; the
   main process keeps only a compact copy (no raw text) for step 4.
   A record that cannot be analysed (not valid JSON, not UTF-8, no text
   after cleaning, too long, a duplicate id, a crash in any stage) is
   *skipped*: its id and the reason go to ``errors.parquet`` and the run goes
   on.  One bad article never costs the others.
4. The corpus step (``pipeline.combine``: stories, alignment, outlet scores)
   runs once over all per-article results, and its tables are written.

``analyze_batch`` is the per-article step as a pure DataFrame → DataFrame
function, so the same code runs under Spark ``mapInPandas`` or Dask
``map_partitions`` (see README.md, "Beyond one machine").  ``load_results`` reads an output
folder back into the ``CorpusAnalysis`` the dashboard uses.

The stages around a run are modules of ``analysis.io``: ``readers``, ``plain`` (results as plain
data), ``cache``, ``results`` (Parquet) and ``frames`` (the DataFrame contract).
"""
from __future__ import annotations

import resource
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path
from typing import (
    TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence,
)

from analysis.io.corpus import CorpusError
from analysis.pipeline import combine
from analysis.records import (
    ArticleAnalysis, CorpusAnalysis,
)

if TYPE_CHECKING:  # annotations only: pandas is imported where a DataFrame is built
    pass
from analysis.io.readers import Skipped, count_records, iter_records, nothing_readable
from analysis.io.plain import analysis_from_result, analyze_record
from analysis.io.cache import analysis_version, cache_get, cache_put, record_key
from analysis.io.results import ResultWriter, write_errors


DEFAULT_CHUNK = 32


def analyze_or_skip(record: Mapping[str, str]) -> dict[str, Any] | Skipped:
    """``analyze_record``, or the reason it cannot be analysed (never raises for one record)."""
    try:
        return analyze_record(record)
    except CorpusError as exc:
        return Skipped(record.get("id", "").strip(), record.get("name", ""), str(exc))
    except Exception as exc:  # noqa: BLE001 - a crash in any stage costs this record only
        where = record.get("name", "") or record.get("id", "")
        return Skipped(record.get("id", "").strip(), where,
                       f"{where}: the analysis failed on this article ({type(exc).__name__}: {exc}).")


def process_chunk(
    records: Sequence[Mapping[str, str]], version: str, cache_dir: str | None,
) -> list[tuple[dict[str, Any] | Skipped, bool]]:
    """Worker: (result or Skipped, from_cache) per record, analysing only cache misses."""
    cdir = Path(cache_dir) if cache_dir else None
    out: list[tuple[dict[str, Any] | Skipped, bool]] = []
    for rec in records:
        key = record_key(rec, version)
        hit = cache_get(cdir, key)
        if hit is not None:
            out.append((hit, True))
            continue
        result = analyze_or_skip(rec)
        if not isinstance(result, Skipped):
            cache_put(cdir, key, result)
        out.append((result, False))
    return out



@dataclass(frozen=True)
class BatchStats:
    articles: int
    cached: int  # served from the cache, not analysed again
    analysed: int
    workers: int
    per_article_seconds: float  # reading + per-article analysis + Parquet writing
    corpus_seconds: float  # the corpus step (stories, alignment, outlet scores) + its tables
    max_rss_mb: float  # peak resident memory of this process
    worker_max_rss_mb: float  # peak of the largest finished worker process
    main_cpu_seconds: float = 0.0  # CPU used by this process in the per-article step (reading, decoding, Parquet)
    worker_cpu_seconds: float = 0.0  # CPU used by worker processes (0 with one worker: it runs inline)
    skipped: tuple[Skipped, ...] = ()  # records that could not be analysed (also in errors.parquet)

    @property
    def seconds(self) -> float:
        return self.per_article_seconds + self.corpus_seconds

    def summary(self) -> str:
        rate = self.articles / self.per_article_seconds if self.per_article_seconds else 0.0
        return (
            f"{self.articles} articles: {self.analysed} analysed, {self.cached} unchanged (from cache), "
            f"{len(self.skipped)} skipped (could not be analysed); "
            f"per-article step {self.per_article_seconds:.1f}s ({rate:.0f} articles/s, {self.workers} worker(s)), "
            f"corpus step {self.corpus_seconds:.1f}s; peak memory {self.max_rss_mb:.0f} MB "
            f"(workers {self.worker_max_rss_mb:.0f} MB)"
        )


def _chunks(it: Iterable[dict[str, str]], size: int) -> Iterator[list[dict[str, str]]]:
    it = iter(it)
    while chunk := list(islice(it, size)):
        yield chunk


def _children_cpu() -> float:
    # CPU seconds of finished child processes: the pool is shut down (workers
    # reaped) before the per-article step's clock stops
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def release_freed_memory() -> None:
    """Give the C heap's free pages back to the OS (glibc only; elsewhere nothing to do).

    The corpus step frees far more than it keeps (story grouping's links and candidate merges,
    ~100 MB on the 19,587-article archive), but glibc keeps freed pages for reuse, and the Parquet
    writing that follows allocates from Arrow's own pool, which cannot reuse them: without this the
    two add up to the run's peak.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library this process already loaded
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
    trim(0)


def _results_in_order(
    chunks: Iterator[list[dict[str, str]]], version: str, cache_dir: Path | None, workers: int,
) -> Iterator[tuple[list[dict[str, str]], list[tuple[dict[str, Any] | Skipped, bool]]]]:
    """(chunk, results) in input order, with at most 2 × workers chunks in flight."""
    cdir = str(cache_dir) if cache_dir else None
    if workers <= 1:
        for chunk in chunks:
            yield chunk, process_chunk(chunk, version, cdir)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[dict[str, str]], Future]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(process_chunk, chunk, version, cdir)))
            if len(pending) >= 2 * workers:
                done_chunk, fut = pending.popleft()
                yield done_chunk, fut.result()
        while pending:
            done_chunk, fut = pending.popleft()
            yield done_chunk, fut.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_batch(
    corpus: str | Path, outdir: str | Path | None = None, *, workers: int = 1,
    cache_dir: str | Path | None = None, chunk_size: int = DEFAULT_CHUNK, progress: bool = True,
    keep_raw: bool = False,
) -> tuple[CorpusAnalysis, BatchStats]:
    """Analyse a corpus in chunks; write Parquet to ``outdir`` when given.

    Records that cannot be analysed are skipped and listed in
    ``stats.skipped`` (and ``errors.parquet``).  The returned CorpusAnalysis
    carries no raw text (``Article.raw_text`` is "") unless ``keep_raw``:
    keeping it would defeat the bounded memory; ``load_results`` gives the
    full records back.
    """
    from tqdm import tqdm

    version = analysis_version()
    cdir = Path(cache_dir) if cache_dir else None
    skipped: list[Skipped] = []
    # Read the first record before anything else, so a missing or unreadable
    # corpus fails with its message alone: no progress bar, no output folder.
    records = iter_records(corpus, skipped.append)
    try:
        first = next(records)
    except StopIteration:  # every record was bad: nothing to analyse
        raise CorpusError(nothing_readable(skipped)) from None
    records = chain([first], records)
    writer = ResultWriter(Path(outdir)) if outdir is not None else None
    compact: list[ArticleAnalysis] = []
    cached = 0
    t0, cpu0, child0 = time.perf_counter(), time.process_time(), _children_cpu()
    bar = tqdm(total=count_records(corpus), unit="art", file=sys.stderr, disable=not progress,
               desc="analysing", dynamic_ncols=True)
    try:
        with bar:
            for chunk, results in _results_in_order(_chunks(records, chunk_size), version, cdir, workers):
                pairs = []
                for rec, (res, hit) in zip(chunk, results):
                    if isinstance(res, Skipped):
                        skipped.append(res)
                    else:
                        pairs.append((rec, res))
                        cached += hit
                if writer is not None and pairs:
                    writer.write(pairs)
                compact.extend(analysis_from_result(rec, res, keep_raw=keep_raw) for rec, res in pairs)
                bar.update(len(chunk))
        if not compact:
            raise CorpusError(nothing_readable(skipped))
        if writer is not None:
            writer.end_articles()  # the per-article tables are complete: their buffers go before the corpus step
        t1, cpu1, child1 = time.perf_counter(), time.process_time(), _children_cpu()
        result = combine(compact)
        if writer is not None:
            release_freed_memory()
            writer.finish(result)
            write_errors(writer.outdir, skipped)
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    t2 = time.perf_counter()
    stats = BatchStats(
        articles=len(compact), cached=cached, analysed=len(compact) - cached, workers=max(workers, 1),
        per_article_seconds=t1 - t0, corpus_seconds=t2 - t1,
        max_rss_mb=_maxrss_mb(resource.RUSAGE_SELF), worker_max_rss_mb=_maxrss_mb(resource.RUSAGE_CHILDREN),
        main_cpu_seconds=cpu1 - cpu0, worker_cpu_seconds=child1 - child0, skipped=tuple(skipped),
    )
    return result, stats


def strip_raw(result: CorpusAnalysis) -> CorpusAnalysis:
    """The same analysis without raw texts (what ``run_batch`` returns)."""
    return replace(result, articles=tuple(replace(a, article=replace(a.article, raw_text="")) for a in result.articles))
