"""Reading corpora lazily, record by record: a JSONL file line by line (.jsonl.gz too), a manifest
folder or a .txt folder file by file. A record that cannot be read is reported (``Skipped``: id,
where, why) and the reading goes on.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import (
    TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence,
)

from analysis.io.corpus import MAX_ARTICLE_BYTES, CorpusError, parse_manifest, read_text_file
from analysis.records import (
    Article,
)

if TYPE_CHECKING:  # annotations only: pandas is imported where a DataFrame is built
    pass
from analysis.io.plain import article_of


RECORD_FIELDS = ("id", "outlet", "title", "published", "url", "language", "story")



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


def _cp1256_arabic(line: bytes) -> str | None:
    """``line`` decoded as Windows-1256 when that gives Arabic text, else None.

    Judged on the non-ASCII characters only: a JSON line is mostly ASCII syntax, so a few stray
    bytes would otherwise pass for Arabic."""
    text = line.decode("cp1256", errors="replace")
    wide = [c for c in text if not c.isascii()]
    arabic = sum(1 for c in wide if "\u0600" <= c <= "\u06ff")
    return text if arabic >= 4 and arabic >= 0.9 * len(wide) else None


def iter_jsonl(path: Path, on_error: OnError | None = None) -> Iterator[dict[str, str]]:
    """Records of a JSONL corpus, one line at a time (never the whole file).

    A bad line raises CorpusError, or with ``on_error`` is reported and skipped.
    """
    for n, line in _jsonl_lines(path):
        name = f"{path.name}, line {n}"
        obj: Any = None
        try:
            if isinstance(line, bytes):
                raw = line
                try:
                    line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    # a Windows-1256 export (common for Arabic) reads line by line too; anything
                    # else is one bad record
                    arabic = _cp1256_arabic(raw)
                    if arabic is None:
                        raise CorpusError(f"{name}: not UTF-8 text ({exc.reason}). Save the file as UTF-8.") from exc
                    line = arabic
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
    """Lazily read a corpus: a manifest folder, a folder of .txt files, or a .jsonl / .jsonl.gz file.

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


def load_corpus(path: str | Path) -> tuple[Article, ...]:
    """Every article of a corpus (a manifest folder, a folder of .txt files, a .jsonl or .jsonl.gz
    file), cleaned, read strictly: the first record that cannot be read raises CorpusError (the
    CLI's and the evaluators' reading). ``read_articles`` and the batch read the same layouts with
    the same readers, but report and skip a bad record instead."""
    return tuple(article_of(rec) for rec in iter_records(path))


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
        raise CorpusError(nothing_readable(skipped))
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


def nothing_readable(skipped: Sequence[Skipped]) -> str:
    if not skipped:
        return "The corpus holds no articles."
    return (f"No article could be analysed: all {len(skipped)} record(s) were skipped. "
            f"The first: {skipped[0].reason}")
