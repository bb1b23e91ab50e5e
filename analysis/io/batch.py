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
"""
from __future__ import annotations

import codecs
import dataclasses
import gzip
import hashlib
import io
import json
import os
import re
import resource
import sys
import tempfile
import threading
import time
import types
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from enum import Enum
from itertools import chain, islice
from pathlib import Path
from typing import (
    TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence, Union, get_args, get_origin, get_type_hints,
)

from analysis.io.corpus import MAX_ARTICLE_BYTES, CorpusError, make_article, parse_manifest, read_text_file
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_article, combine
from analysis.records import (
    Article, ArticleAnalysis, ArticleSourcing, Attribution, Comparison, CorpusAnalysis, Fact,
    FactStatus, OutletReport, Sentence, Source,
)
from analysis.io.serialize import to_plain

if TYPE_CHECKING:  # annotations only: pandas is imported where a DataFrame is built
    import pandas

RESULTS_SCHEMA_VERSION = 1
RECORD_FIELDS = ("id", "outlet", "title", "published", "url", "language", "story")
DEFAULT_CHUNK = 32
PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the analysis package


# --------------------------------------------------------------------------- versions & keys

# The modules whose code decides a per-article result: the per-article
# pipeline and article construction, plus everything they import.
_RESULT_ROOTS = ("pipeline", "io.corpus", "text.cleaning", "io.serialize")


# "from analysis.facts.extract import x", "from analysis.text import a, b", also indented (imports
# inside functions). A regex, not ast.parse: the dashboard computes this in session threads, and
# CPython 3.11's AST constructor is not safe when threads parse at the same time (Streamlit compiles
# page scripts meanwhile).
_PACKAGE_IMPORT = re.compile(r"^[ \t]*from[ \t]+analysis((?:\.\w+)*)[ \t]+import[ \t]+\(?([\w ,\t]*)", re.MULTILINE)


def _module_file(dotted: str, package_dir: Path) -> Path | None:
    """The source file of ``dotted`` (relative to the analysis package), or None."""
    base = package_dir.joinpath(*dotted.split(".")) if dotted else package_dir
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imported_modules(roots: Sequence[str], package_dir: Path) -> list[Path]:
    """Source files of the analysis package reachable from ``roots`` (dotted names under it)."""
    seen: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        path = _module_file(name, package_dir)
        if name in seen or path is None:
            continue
        seen[name] = path
        for module, names in _PACKAGE_IMPORT.findall(path.read_text(encoding="utf-8")):
            module = module.lstrip(".")
            if module:
                todo.append(module)
            # "from analysis.text import cleaning": the names may be modules too
            todo.extend(f"{module}.{n.strip()}".lstrip(".") for n in names.split(",") if n.strip())
    return sorted(set(seen.values()))


_VERSION_LOCK = threading.Lock()


def analysis_version(package_dir: Path = PACKAGE_DIR, data_dir: Path = DATA_DIR) -> str:
    """Fingerprint of everything that can change a per-article result.

    Under a lock: the dashboard asks from several session threads at once, and CPython 3.11 can
    fail ("AST constructor recursion depth mismatch") when two threads ``ast.parse`` together.
    """
    with _VERSION_LOCK:
        return _analysis_version(package_dir, data_dir)


def _analysis_version(package_dir: Path, data_dir: Path) -> str:
    """Fingerprint of everything that can change a per-article result.

    Hashing the sources that the per-article pipeline imports, plus the
    lexicons and scoring rules (rather than a hand-bumped number), means a
    cache can never serve results of older code: an edit to facts.py or a
    lexicon invalidates it, an edit to the dashboard does not.
    """
    h = hashlib.sha256(f"results-v{RESULTS_SCHEMA_VERSION}".encode())
    paths = _imported_modules(_RESULT_ROOTS, package_dir) + sorted((data_dir / "lexicons").rglob("*.json"))
    if (data_dir / "scoring.json").is_file():
        paths.append(data_dir / "scoring.json")
    for p in paths:
        h.update(str(p.relative_to(package_dir) if p.is_relative_to(package_dir) else p.name).encode() + b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def record_key(record: Mapping[str, str], version: str) -> str:
    """Content hash of one input article: raw text, metadata and analysis version."""
    payload = json.dumps(
        [version, record.get("raw_text", "")] + [record.get(f, "") for f in RECORD_FIELDS],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- reading lazily

@dataclass(frozen=True)
class Skipped:
    """A record the batch could not analyse: reported in errors.parquet, never fatal."""

    id: str  # "" when the record is too broken to have one
    where: str  # file and line, or file name
    reason: str


OnError = Callable[[Skipped], None]


def _skip_or_raise(exc: CorpusError, on_error: OnError | None, rid: str, where: str) -> None:
    """A bad record: raised (strict reading) or reported and skipped (the batch's reading)."""
    if on_error is None:
        raise exc
    on_error(Skipped(rid, where, str(exc)))


def _record(obj: Mapping[str, Any], *, name: str) -> dict[str, str]:
    if not isinstance(obj, Mapping):
        raise CorpusError(f"{name}: expected an object with id, outlet and text.")
    text = obj.get("text", obj.get("raw_text"))
    if not isinstance(text, str):
        raise CorpusError(f"{name}: the 'text' field is missing or not a string.")
    if len(text) > MAX_ARTICLE_BYTES:
        raise CorpusError(f"{name}: {len(text):,} characters is over the {MAX_ARTICLE_BYTES:,} limit for one article.")
    rec = {f: ("" if obj.get(f) is None else str(obj.get(f))) for f in RECORD_FIELDS}
    rec["raw_text"] = text
    rec["name"] = name
    return rec


def _id_of(obj: Any) -> str:
    return str(obj.get("id", "") or "").strip() if isinstance(obj, Mapping) else ""


def _open_binary(path: Path) -> io.BufferedIOBase:
    """A JSONL file's bytes, gzip-compressed or not (by its name)."""
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")  # type: ignore[return-value]


def _jsonl_lines(path: Path) -> Iterator[tuple[int, bytes | str]]:
    """(line number, line) of a JSONL file, plain or gzip-compressed, one line at a time.

    UTF-8 files are read as bytes and decoded line by line, so one line that
    is not UTF-8 is one bad record, not a lost file.
    """
    with _open_binary(path) as fh:
        head = fh.read(4)
    if not head.strip() and path.stat().st_size == 0:
        raise CorpusError(f"{path.name}: the file is empty.")
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        with path.open("r", encoding="utf-16", newline="") as th:  # rare: whole-file decoding
            try:
                yield from enumerate(th, 1)
            except UnicodeDecodeError as exc:
                raise CorpusError(f"{path.name}: not valid UTF-16 text ({exc.reason}).") from exc
        return
    with _open_binary(path) as bh:
        yield from enumerate(bh, 1)


def iter_jsonl(path: Path, on_error: OnError | None = None) -> Iterator[dict[str, str]]:
    """Records of a JSONL corpus, one line at a time (never the whole file).

    A bad line raises CorpusError, or with ``on_error`` is reported and skipped.
    """
    for n, line in _jsonl_lines(path):
        name = f"{path.name}, line {n}"
        obj: Any = None
        try:
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise CorpusError(f"{name}: not UTF-8 text ({exc.reason}). Save the file as UTF-8.") from exc
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{name}: not valid JSON ({exc.msg}).") from exc
            yield _record(obj, name=name)
        except CorpusError as exc:
            _skip_or_raise(exc, on_error, _id_of(obj), name)


def iter_manifest(folder: Path, on_error: OnError | None = None) -> Iterator[dict[str, str]]:
    rows = parse_manifest(read_text_file(folder / "manifest.csv"), name=str(folder / "manifest.csv"))
    root = folder.resolve()
    for row in rows:
        rel = row.get("file", "")
        try:
            path = (folder / rel).resolve()
            if root not in path.parents:
                raise CorpusError(f"manifest.csv: file '{rel}' points outside the corpus folder.")
            yield _record({**row, "text": read_text_file(path), "language": row.get("language") or "ar"}, name=rel)
        except CorpusError as exc:
            _skip_or_raise(exc, on_error, str(row.get("id", "")).strip(), rel)


def iter_txt_folder(folder: Path, on_error: OnError | None = None) -> Iterator[dict[str, str]]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise CorpusError(f"{folder}: no manifest.csv and no .txt files.")
    for f in files:
        try:
            yield _record({"id": f.stem, "outlet": "unknown", "text": read_text_file(f)}, name=f.name)
        except CorpusError as exc:
            _skip_or_raise(exc, on_error, f.stem, f.name)


def _is_jsonl(p: Path) -> bool:
    name = p.name.lower()
    return name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"))


def iter_records(path: str | Path, on_error: OnError | None = None) -> Iterator[dict[str, str]]:
    """Lazily read the same layouts as ``corpus.load_corpus`` (plus gzip-compressed JSONL).

    Without ``on_error`` a bad record or a duplicate id raises CorpusError;
    with it, the record is reported and skipped (the batch's behaviour).  A
    corpus that is missing, of an unknown layout, or holds no readable
    article is always an error.
    """
    p = Path(path)
    if not p.exists():
        raise CorpusError(f"Corpus not found: {p}")
    if p.is_file():
        if _is_jsonl(p):
            source = iter_jsonl(p, on_error)
        elif p.name == "manifest.csv":
            source = iter_manifest(p.parent, on_error)
        else:
            raise CorpusError(f"{p.name}: expected a corpus folder or a .jsonl file.")
    elif (p / "manifest.csv").is_file():
        source = iter_manifest(p, on_error)
    else:
        source = iter_txt_folder(p, on_error)
    seen: set[str] = set()  # ids only: small even for millions of articles
    for rec in source:
        rid = rec["id"].strip()
        if rid in seen:
            msg = f"Duplicate article id '{rid}': ids must be unique."
            if on_error is None:
                raise CorpusError(msg)
            on_error(Skipped(rid, rec.get("name", ""), msg + " The first article with this id was kept."))
            continue
        seen.add(rid)
        yield rec
    if not seen:
        raise CorpusError("The corpus holds no articles." if on_error is None
                          else "The corpus holds no article that could be read.")


def read_articles(path: str | Path) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    """The corpus's articles, cleaned, with the records that could not be read skipped and listed
    (the dashboard's loader: one bad record must not hide the others)."""
    skipped: list[Skipped] = []
    articles: list[Article] = []
    for rec in iter_records(path, skipped.append):
        try:
            articles.append(article_of(rec))
        except CorpusError as exc:
            skipped.append(Skipped(rec["id"].strip(), rec.get("name", ""), str(exc)))
    if not articles:
        raise CorpusError(_nothing_readable(skipped))
    return tuple(articles), tuple(skipped)


def count_records(path: str | Path) -> int | None:
    """Cheap total for the progress bar (None when unknown)."""
    p = Path(path)
    try:
        if p.is_file() and _is_jsonl(p):
            with _open_binary(p) as fh:
                return sum(1 for line in fh if line.strip())
        if p.is_dir() and (p / "manifest.csv").is_file():
            return len(parse_manifest(read_text_file(p / "manifest.csv")))
        if p.is_dir():
            return sum(1 for _ in p.glob("*.txt"))
    except (OSError, EOFError, CorpusError, gzip.BadGzipFile):
        return None
    return None


# --------------------------------------------------------------------------- records <-> plain data

def from_plain(tp: Any, value: Any) -> Any:
    """Rebuild typed records from ``to_plain`` output (JSON or Parquet rows).

    Driven by the dataclasses' type hints, so a field added to records.py
    round-trips without touching this module.
    """
    return _decoder(tp)(value)


_DECODERS: dict[Any, Any] = {}


def _identity(v: Any) -> Any:
    return v


def _share_short(v: Any) -> Any:
    # Short strings repeat across records ("number", "ar", "قال", units,
    # subjects); JSON decoding makes a new copy of each.  Interning them
    # roughly halves the memory the corpus step holds for 10k articles.
    return sys.intern(v) if type(v) is str and len(v) <= 48 else v


def _decoder(tp: Any) -> Any:
    """A function plain → typed for ``tp``, built once per type from its hints.

    Memoised because the hints never change while the program runs, and
    rebuilding per value made decoding ~5x slower on fact-heavy articles.
    """
    if tp in _DECODERS:
        return _DECODERS[tp]
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = _decoder([a for a in get_args(tp) if a is not type(None)][0])
        fn = lambda v: None if v is None else inner(v)  # noqa: E731
    elif origin is tuple:
        item = _decoder(get_args(tp)[0])
        fn = (lambda v: tuple(v)) if item is _identity else (lambda v: tuple(item(x) for x in v))
    elif origin is dict:
        val = _decoder(get_args(tp)[1])
        fn = lambda v: {k: val(x) for k, x in v.items()}  # noqa: E731
    elif dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        plain = [f.name for f in dataclasses.fields(tp) if _decoder(hints[f.name]) is _identity]
        typed = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp) if _decoder(hints[f.name]) is not _identity]

        def fn(v: Mapping[str, Any], cls: Any = tp) -> Any:
            kw = {n: v[n] for n in plain if n in v}
            kw.update((n, d(v[n])) for n, d in typed if n in v)
            return cls(**kw)
    elif isinstance(tp, type) and issubclass(tp, Enum):
        fn = tp
    elif tp is float:
        fn = lambda v: None if v is None else float(v)  # noqa: E731 - JSON may hold 50 for 50.0
    elif tp is str:
        fn = _share_short
    else:
        fn = _identity
    _DECODERS[tp] = fn
    return fn


def _hints(cls: Any) -> dict[str, Any]:
    return get_type_hints(cls)


_RESULT_FIELDS: dict[str, Any] = {
    "sentences": tuple[Sentence, ...], "attributions": tuple[Attribution, ...],
    "sources": tuple[Source, ...], "sourcing": ArticleSourcing, "facts": tuple[Fact, ...],
}


def article_of(record: Mapping[str, str]) -> Article:
    """The cleaned Article of one raw record (CorpusError when it has no text, a bad id...)."""
    return make_article(
        id=record.get("id", ""), outlet=record.get("outlet", ""), raw_text=record.get("raw_text", ""),
        title=record.get("title", ""), published=record.get("published", ""), url=record.get("url", ""),
        language=record.get("language", "") or "ar", story=record.get("story", ""),
        name=record.get("name", "") or record.get("id", ""),
    )


def analyze_record(record: Mapping[str, str]) -> dict[str, Any]:
    """Per-article analysis of one raw record, as JSON-able data (pure)."""
    return _result_of(analyze_article(article_of(record)))


def _result_of(analysis: ArticleAnalysis) -> dict[str, Any]:
    """The JSON-able per-article result: the cleaned text and every result field."""
    return {"text": analysis.article.text, **{k: to_plain(getattr(analysis, k)) for k in _RESULT_FIELDS}}


def _analysis_of(article: Article, result: Mapping[str, Any]) -> ArticleAnalysis:
    """An ArticleAnalysis from its article and a per-article result (``_result_of``)."""
    return ArticleAnalysis(article=article, story=article.story,
                           **{k: from_plain(tp, result[k]) for k, tp in _RESULT_FIELDS.items()})


def analysis_from_result(record: Mapping[str, str], result: Mapping[str, Any], *, keep_raw: bool = True) -> ArticleAnalysis:
    """ArticleAnalysis from a raw record and its per-article result."""
    return _analysis_of(make_article_unchecked(record, result["text"], keep_raw=keep_raw), result)


def make_article_unchecked(record: Mapping[str, str], text: str, *, keep_raw: bool = True) -> Article:
    # Same normalisation of fields as corpus.make_article, without re-cleaning
    # (the cleaned text comes from the cache or the worker).
    return Article(
        id=record.get("id", "").strip(), outlet=record.get("outlet", "").strip() or "unknown",
        title=record.get("title", "").strip(), published=record.get("published", "").strip(),
        raw_text=record.get("raw_text", "") if keep_raw else "", text=text,
        url=record.get("url", "").strip(), language=(record.get("language", "") or "ar").strip(),
        story=record.get("story", "").strip(),
    )


# --------------------------------------------------------------------------- the DataFrame contract

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
                       **{k: "null" for k in _RESULT_FIELDS})
        else:
            sourcing = res["sourcing"]
            out.update(
                text=res["text"], words=sourcing["words"], attribution_count=sourcing["attributions"],
                score=sourcing["score"], error="",
                **{k: json.dumps(res[k], ensure_ascii=False) for k in _RESULT_FIELDS},
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
        result = {"text": row["text"], **{k: json.loads(row[k]) for k in _RESULT_FIELDS}}
        analyses.append(analysis_from_result(row, result))
    return analyses


# --------------------------------------------------------------------------- cache

def _cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / f"{key}.json"


def cache_get(cache_dir: Path | None, key: str) -> dict[str, Any] | None:
    if cache_dir is None:
        return None
    try:
        return json.loads(_cache_path(cache_dir, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # missing or torn entry: just recompute


def cache_put(cache_dir: Path | None, key: str, result: Mapping[str, Any]) -> None:
    if cache_dir is None:
        return
    path = _cache_path(cache_dir, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    # temp + rename: two workers writing the same key never leave half a file
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def default_cache_dir() -> Path | None:
    """Where the dashboard keeps per-article results between runs: ``ISNAD_CACHE``, else
    ``$XDG_CACHE_HOME/isnad`` (``~/.cache/isnad``); "off" disables it."""
    env = os.environ.get("ISNAD_CACHE", "").strip()
    if env.lower() == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "isnad" / "articles"


def article_key(article: Article, version: str) -> str:
    """Cache key of one article's analysis: the analysis version and everything the analysis reads."""
    h = hashlib.sha256(version.encode())
    for part in (article.id, article.outlet, article.title, article.published, article.language, article.text):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()


def analyze_articles_cached(articles: Sequence[Article], cache_dir: Path | None) -> list[ArticleAnalysis]:
    """Per-article analyses, read from ``cache_dir`` when this code already analysed the same
    article (``analysis_version`` in the key: an edit to the analysis or a lexicon misses), else
    computed and stored. A missing, torn or unwritable cache only costs the computation."""
    if cache_dir is None:
        return [analyze_article(a) for a in articles]
    version = analysis_version()
    out = []
    for a in articles:
        key = article_key(a, version)
        hit = cache_get(cache_dir, key)
        if hit is not None and hit.get("text") == a.text:
            try:
                out.append(_analysis_of(a, hit))
                continue
            except (KeyError, TypeError, ValueError):
                pass  # an entry of another shape: recompute it
        analysed = analyze_article(a)
        out.append(analysed)
        try:
            cache_put(cache_dir, key, _result_of(analysed))
        except OSError:
            pass  # a read-only or full disk: the analysis is still right, only not kept
    return out


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


# --------------------------------------------------------------------------- Parquet layout

def _arrow_type(tp: Any) -> Any:
    import pyarrow as pa

    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return _arrow_type([a for a in get_args(tp) if a is not type(None)][0])
    if origin is tuple:
        return pa.list_(_arrow_type(get_args(tp)[0]))
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return pa.struct([pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    if isinstance(tp, type) and issubclass(tp, Enum):
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[tp]


def _schema_of(cls: type, *, prefix: Sequence[tuple[str, Any]] = (), skip: Sequence[str] = ()) -> Any:
    import pyarrow as pa

    hints = _hints(cls)
    fields = [pa.field(n, _arrow_type(t)) for n, t in prefix]
    fields += [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls) if f.name not in skip]
    return pa.schema(fields)


def _article_schema() -> Any:
    import pyarrow as pa

    base = _schema_of(Article, skip=("story",))
    extra = [pa.field("manifest_story", pa.string()), pa.field("story", pa.string())]
    extra += [pa.field(k, _arrow_type(t)) for k, t in _RESULT_FIELDS.items() if k in ("sentences", "sourcing")]
    return pa.schema(list(base) + extra)


_CHILD = {"attributions": Attribution, "sources": Source, "facts": Fact}
_CHILD_PREFIX = (("article_id", str), ("position", int))


def _article_row(rec: Mapping[str, str], result: Mapping[str, Any]) -> dict[str, Any]:
    art = make_article_unchecked(rec, result["text"])
    row = {f.name: getattr(art, f.name) for f in dataclasses.fields(Article) if f.name != "story"}
    row.update(manifest_story=art.story, story=art.story, sentences=result["sentences"], sourcing=result["sourcing"])
    return row


class _ResultWriter:
    """Streams per-article rows into Parquet, one row group per chunk."""

    def __init__(self, outdir: Path) -> None:
        import pyarrow.parquet as pq

        self.outdir = outdir
        outdir.mkdir(parents=True, exist_ok=True)
        self.schemas = {"articles": _article_schema(),
                        **{n: _schema_of(c, prefix=_CHILD_PREFIX) for n, c in _CHILD.items()}}
        # articles are written to a temporary file first: their final story id
        # is known only after the corpus step.
        self.paths = {n: outdir / (f".{n}.partial.parquet" if n == "articles" else f".{n}.parquet.tmp")
                      for n in self.schemas}
        self.writers = {n: pq.ParquetWriter(self.paths[n], s, compression="zstd") for n, s in self.schemas.items()}

    def write(self, pairs: Sequence[tuple[Mapping[str, str], Mapping[str, Any]]]) -> None:
        import pyarrow as pa

        tables: dict[str, list[dict[str, Any]]] = {n: [] for n in self.schemas}
        for rec, res in pairs:
            tables["articles"].append(_article_row(rec, res))
            aid = rec["id"].strip()
            for name in _CHILD:
                tables[name].extend({"article_id": aid, "position": i, **item} for i, item in enumerate(res[name]))
        for name, rows in tables.items():
            if rows:
                self.writers[name].write_table(pa.Table.from_pylist(rows, schema=self.schemas[name]))

    def close(self) -> None:
        for w in self.writers.values():
            w.close()

    def finish(self, result: CorpusAnalysis) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.close()
        story_of = {a.article.id: a.story for a in result.articles}
        # rewrite articles with the final story ids, batch by batch (bounded memory)
        src = pq.ParquetFile(self.paths["articles"])
        tmp = self.outdir / ".articles.parquet.tmp"
        with pq.ParquetWriter(tmp, self.schemas["articles"], compression="zstd") as w:
            for batch in src.iter_batches(batch_size=512):
                t = pa.Table.from_batches([batch])
                stories = pa.array([story_of[i] for i in t.column("id").to_pylist()], pa.string())
                w.write_table(t.set_column(t.schema.get_field_index("story"), "story", stories))
        os.replace(tmp, self.outdir / "articles.parquet")
        self.paths["articles"].unlink()
        for name in _CHILD:
            os.replace(self.paths[name], self.outdir / f"{name}.parquet")
        write_corpus_tables(self.outdir, result)

    def abort(self) -> None:
        for w in self.writers.values():
            try:
                w.close()
            except Exception:  # noqa: BLE001 - already failing; leave no partial files
                pass
        for p in self.paths.values():
            p.unlink(missing_ok=True)


def _write_table(path: Path, rows: list[dict[str, Any]], schema: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")
    os.replace(tmp, path)


def write_corpus_tables(outdir: Path, result: CorpusAnalysis) -> None:
    """The corpus-level tables: outlets, comparisons, fact statuses, stories, meta."""
    import pyarrow as pa

    _write_table(outdir / "outlets.parquet", [to_plain(o) for o in result.outlets], _schema_of(OutletReport))
    _write_table(outdir / "comparisons.parquet", [to_plain(c) for c in result.comparisons], _schema_of(Comparison))
    _write_table(outdir / "fact_statuses.parquet", [to_plain(s) for s in result.fact_statuses], _schema_of(FactStatus))
    story_rows = [{"story": s, "position": i, "article_id": aid}
                  for s, ids in result.stories.items() for i, aid in enumerate(ids)]
    _write_table(outdir / "stories.parquet", story_rows,
                 pa.schema([("story", pa.string()), ("position", pa.int64()), ("article_id", pa.string())]))
    meta = {"results_schema_version": RESULTS_SCHEMA_VERSION, "articles": len(result.articles),
            "outlets": len(result.outlets), "comparisons": len(result.comparisons)}
    (outdir / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")


def write_errors(outdir: Path, skipped: Sequence[Skipped]) -> None:
    """``errors.parquet``: one row per skipped record (written even when empty, so a reader can tell)."""
    _write_table(outdir / "errors.parquet", [to_plain(s) for s in skipped], _schema_of(Skipped))


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
    w = _ResultWriter(outdir)
    try:
        pairs = []
        for a in result.articles:
            rec = {**{f: getattr(a.article, f) for f in RECORD_FIELDS}, "raw_text": a.article.raw_text}
            res = {"text": a.article.text, **{k: to_plain(getattr(a, k)) for k in _RESULT_FIELDS}}
            pairs.append((rec, res))
        w.write(pairs)
        w.finish(result)
    except BaseException:
        w.abort()
        raise


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
    for name, cls in _CHILD.items():
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


# --------------------------------------------------------------------------- the run

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
        raise CorpusError(_nothing_readable(skipped)) from None
    records = chain([first], records)
    writer = _ResultWriter(Path(outdir)) if outdir is not None else None
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
            raise CorpusError(_nothing_readable(skipped))
        t1, cpu1, child1 = time.perf_counter(), time.process_time(), _children_cpu()
        result = combine(compact)
        if writer is not None:
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


def _nothing_readable(skipped: Sequence[Skipped]) -> str:
    if not skipped:
        return "The corpus holds no articles."
    return (f"No article could be analysed: all {len(skipped)} record(s) were skipped. "
            f"The first: {skipped[0].reason}")


def strip_raw(result: CorpusAnalysis) -> CorpusAnalysis:
    """The same analysis without raw texts (what ``run_batch`` returns)."""
    return replace(result, articles=tuple(replace(a, article=replace(a.article, raw_text="")) for a in result.articles))
