"""Read a corpus into ``Article`` records.

Three layouts are accepted:

* a folder with ``manifest.csv`` (id, outlet, title, published, file, ...) and
  the text files it names;
* a folder of bare ``.txt`` files (id = file stem, outlet unknown);
* a ``.jsonl`` file, one article object per line.

Every problem is raised as ``CorpusError`` with a message a user can act on.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Mapping

from analysis.text.cleaning import clean_text
from analysis.lexicon import LexiconError
from analysis.records import Article

REQUIRED_COLUMNS = ("id", "outlet", "file")
ENCODINGS = ("utf-8-sig", "utf-16", "cp1256")
MAX_ARTICLE_BYTES = 5_000_000


class CorpusError(ValueError):
    """A corpus or article that cannot be read, with a message for the user."""


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode article bytes, trying UTF-8, UTF-16 (with BOM) and Windows-1256."""
    if not data.strip():
        raise CorpusError(f"{name}: the file is empty.")
    if b"\x00" in data and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        # NUL bytes without a UTF-16 byte-order mark: a binary file, not text
        raise CorpusError(f"{name}: this looks like a binary file, not text.")
    for enc in ENCODINGS:
        if enc == "utf-16" and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "cp1256" and not _plausible_cp1256(text):
            break
        return text
    raise CorpusError(
        f"{name}: cannot decode the text (tried UTF-8, UTF-16 and Windows-1256). "
        "Save it as UTF-8 and try again."
    )


def _plausible_cp1256(text: str) -> bool:
    # cp1256 maps almost every byte, so it "succeeds" on junk; accept it only
    # when the result is mostly Arabic letters, spaces and punctuation.
    letters = sum(1 for c in text if "\u0600" <= c <= "\u06ff" or c.isspace() or c.isascii())
    return letters >= 0.9 * len(text)


def read_text_file(path: Path) -> str:
    if not path.is_file():
        raise CorpusError(f"Missing article file: {path}")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise CorpusError(f"{path.name}: {size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit for one article.")
    return decode_bytes(path.read_bytes(), name=path.name)


def make_article(
    *, id: str, outlet: str, raw_text: str, title: str = "", published: str = "",
    url: str = "", language: str = "ar", story: str = "", name: str = "",
) -> Article:
    """Build an Article, cleaning the raw text; reject articles with no text."""
    id = str(id).strip()
    if not id:
        raise CorpusError(f"{name or 'article'}: the id is empty.")
    if "/" in id or "\\" in id or id in (".", ".."):
        raise CorpusError(f"{name or id}: the id '{id}' may not contain path separators.")
    try:
        text = clean_text(raw_text, language=language or "ar")
    except LexiconError as exc:
        # an unknown language code in a manifest/JSONL is the user's input, not a crash
        raise CorpusError(f"{name or id}: language '{language}' is not supported ({exc}).") from exc
    if not text.strip():
        raise CorpusError(f"{name or id}: the article has no text after removing page furniture.")
    return Article(
        id=id, outlet=(outlet or "").strip() or "unknown", title=(title or "").strip(),
        published=(published or "").strip(), raw_text=raw_text, text=text,
        url=(url or "").strip(), language=(language or "ar").strip(), story=(story or "").strip(),
    )


def parse_manifest(text: str, *, name: str = "manifest.csv") -> list[dict[str, str]]:
    """Parse manifest CSV text into rows, checking the required columns."""
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as exc:
        raise CorpusError(f"{name}: not a valid CSV file ({exc}).") from exc
    header = [h.strip() for h in header if h is not None]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CorpusError(f"{name}: missing column(s) {', '.join(missing)}; found {', '.join(header) or 'none'}.")
    clean_rows = []
    for n, row in enumerate(rows, start=2):
        if None in row:  # more cells than header columns
            raise CorpusError(f"{name}, line {n}: more cells than the header has columns.")
        clean_rows.append({(k or "").strip(): (v or "").strip() for k, v in row.items()})
    return clean_rows


def article_from_mapping(obj: Mapping[str, object], *, name: str) -> Article:
    if not isinstance(obj, Mapping):
        raise CorpusError(f"{name}: expected an object with id, outlet and text.")
    text = obj.get("text")
    if not isinstance(text, str):
        raise CorpusError(f"{name}: the 'text' field is missing or not a string.")
    return make_article(
        id=str(obj.get("id", "")), outlet=str(obj.get("outlet", "") or ""), raw_text=text,
        title=str(obj.get("title", "") or ""), published=str(obj.get("published", "") or ""),
        url=str(obj.get("url", "") or ""), language=str(obj.get("language", "") or "ar"),
        story=str(obj.get("story", "") or ""), name=name,
    )
