"""Turn a user's upload (file or pasted text) into ``Article`` records.

Everything here is pure: bytes and metadata in, articles out.  Nothing is
written to disk and the upload's filename is never used as a path — only a
sanitised basename survives, for error messages and default ids.  Every
problem is a ``CorpusError`` whose message can be shown to the user as is.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Mapping

from analysis.io.corpus import CorpusError, decode_bytes, make_article
from analysis.lexicon import available_languages
from analysis.records import Article

# One upload is one file of articles; 5 MB is ~700 long Arabic articles as
# UTF-8, far more than anyone pastes, and small enough to decode in memory.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# The dashboard's uploader (and server.maxUploadSize) take files up to this size, larger than the
# limit, so that a file over the limit reaches parse_upload and is refused with the limit named;
# one the browser refused would never reach the server, and "Add" could only say "choose a file".
ACCEPT_UPLOAD_MB = 25

CSV_COLUMNS = ("id", "outlet", "title", "published", "url", "text")
CSV_OPTIONAL = ("language", "story")  # accepted too: same meaning as in manifest.csv
SUPPORTED = (".txt", ".html", ".htm", ".csv", ".jsonl")

# Below this share of Arabic letters an "ar" article is almost surely not Arabic.
ARABIC_SHARE_WARNING = 0.2


@dataclass(frozen=True)
class UploadMeta:
    """What the user typed in the upload form; fills fields the file lacks."""

    outlet: str
    title: str = ""
    published: str = ""
    url: str = ""
    language: str = "ar"


def safe_basename(filename: str) -> str:
    """Reduce a client-supplied filename to a harmless display name.

    Browsers and scripts may send "../../etc/passwd" or "C:\\x\\y.txt"; we keep
    only the last component, drop control characters, and never use it as a
    path anywhere.
    """
    name = (filename or "").replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    name = name.lstrip(".")  # no hidden files, no "." / ".."
    return name[:120] or "upload"


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def content_id(outlet: str, text: str) -> str:
    """Stable id from content: the same text from the same outlet is the same article."""
    digest = hashlib.sha256(f"{outlet.strip()}\x1f{text.strip()}".encode("utf-8")).hexdigest()
    return f"u-{digest[:16]}"


def _check_language(language: str, name: str) -> str:
    lang = (language or "ar").strip() or "ar"
    supported = available_languages()
    if lang not in supported:
        raise CorpusError(
            f"{name}: language '{lang}' is not supported yet (supported: {', '.join(supported)})."
        )
    return lang


def _build(fields: Mapping[str, str], meta: UploadMeta, name: str) -> Article:
    """One article from file fields, with the form's metadata filling the gaps."""
    raw = fields.get("text", "")
    if not raw.strip():
        raise CorpusError(f"{name}: the text is empty.")
    outlet = (fields.get("outlet") or "").strip() or meta.outlet.strip()
    if not outlet:
        raise CorpusError(f"{name}: no outlet given; choose the outlet the article comes from.")
    language = _check_language(fields.get("language") or meta.language, name)
    art_id = (fields.get("id") or "").strip() or content_id(outlet, raw)
    return make_article(
        id=art_id, outlet=outlet, raw_text=raw,
        title=(fields.get("title") or "").strip() or meta.title,
        published=(fields.get("published") or "").strip() or meta.published,
        url=(fields.get("url") or "").strip() or meta.url,
        language=language, story=(fields.get("story") or "").strip(), name=name,
    )


def _unique(articles: list[Article], name: str) -> tuple[Article, ...]:
    if not articles:
        raise CorpusError(f"{name}: no articles found in the file.")
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            raise CorpusError(f"{name}: the id '{a.id}' appears twice; ids must be unique.")
        seen.add(a.id)
    return tuple(articles)


def _from_txt(data: bytes, meta: UploadMeta, name: str) -> tuple[Article, ...]:
    return (_build({"text": decode_bytes(data, name=name)}, meta, name),)


def _from_html(data: bytes, meta: UploadMeta, name: str) -> tuple[Article, ...]:
    try:
        import trafilatura  # heavy import; only HTML uploads need it
    except ImportError as exc:  # e.g. lxml_html_clean missing: say so instead of crashing the page
        raise CorpusError(f"{name}: HTML import is unavailable on this installation ({exc}). Upload .txt instead.") from exc

    html = decode_bytes(data, name=name)
    # trafilatura drops <script>/<style> and (with include_comments=False)
    # reader comments: only the article body is analysed.
    text = trafilatura.extract(html, include_comments=False, include_tables=True)
    if not text or not text.strip():
        raise CorpusError(
            f"{name}: no article text could be found in this HTML page. "
            "Paste the article text instead, or upload it as .txt."
        )
    title = meta.title
    if not title:
        found = trafilatura.extract_metadata(html)
        title = (found.title or "") if found is not None else ""
    return (_build({"text": text, "title": title}, meta, name),)


def _from_csv(data: bytes, meta: UploadMeta, name: str) -> tuple[Article, ...]:
    text = decode_bytes(data, name=name)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        rows = list(reader)
    except csv.Error as exc:
        raise CorpusError(f"{name}: not a valid CSV file ({exc}).") from exc
    if not any(header):
        raise CorpusError(f"{name}: the CSV has no header row; expected columns {', '.join(CSV_COLUMNS)}.")
    missing = [c for c in CSV_COLUMNS if c not in header]
    extra = [c for c in header if c not in CSV_COLUMNS + CSV_OPTIONAL]
    problems = []
    if missing:
        problems.append(f"missing column(s): {', '.join(missing)}")
    if extra:
        problems.append(f"unexpected column(s): {', '.join(c or '(blank)' for c in extra)}")
    if len(set(header)) != len(header):
        problems.append("a column name appears twice")
    if problems:
        raise CorpusError(f"{name}: {'; '.join(problems)}. Expected columns: {', '.join(CSV_COLUMNS)}.")
    articles = []
    for n, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue  # trailing blank lines
        if len(row) != len(header):
            raise CorpusError(f"{name}, line {n}: {len(row)} cells but the header has {len(header)} columns.")
        articles.append(_build(dict(zip(header, row)), meta, f"{name}, line {n}"))
    return _unique(articles, name)


def _from_jsonl(data: bytes, meta: UploadMeta, name: str) -> tuple[Article, ...]:
    text = decode_bytes(data, name=name)
    articles = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}, line {n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: not valid JSON ({exc.msg}).") from exc
        if not isinstance(obj, dict):
            raise CorpusError(f"{where}: expected an object with at least a 'text' field.")
        if not isinstance(obj.get("text"), str):
            raise CorpusError(f"{where}: the 'text' field is missing or not a string.")
        fields = {k: ("" if v is None else str(v)) for k, v in obj.items()}
        articles.append(_build(fields, meta, where))
    return _unique(articles, name)


_PARSERS = {
    ".txt": _from_txt, ".html": _from_html, ".htm": _from_html,
    ".csv": _from_csv, ".jsonl": _from_jsonl,
}


def parse_upload(filename: str, data: bytes, meta: UploadMeta) -> tuple[Article, ...]:
    """Parse one uploaded file into articles (all or nothing)."""
    name = safe_basename(filename)
    # Check the size before decoding: a huge upload must not cost memory or time.
    if len(data) > MAX_UPLOAD_BYTES:
        raise CorpusError(
            f"{name}: {len(data):,} bytes is over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB upload limit. "
            "Split the file, or analyse it from the command line."
        )
    parser = _PARSERS.get(_extension(name))
    if parser is None:
        raise CorpusError(
            f"{name}: unsupported file type '{_extension(name) or '(none)'}'; "
            f"upload one of {', '.join(SUPPORTED)}."
        )
    return parser(data, meta, name)


def parse_pasted(text: str, meta: UploadMeta) -> Article:
    """One article from text pasted into the form."""
    if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
        raise CorpusError(f"pasted text: over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB limit.")
    if not text.strip():
        raise CorpusError("pasted text: there is no text to analyse.")
    return _build({"text": text}, meta, "pasted text")


_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic (0.0 when there are no letters)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


def language_warning(article: Article) -> str | None:
    """A warning when an article marked Arabic is mostly not Arabic (accepted anyway)."""
    if article.language != "ar":
        return None
    share = arabic_share(article.text)
    if share >= ARABIC_SHARE_WARNING:
        return None
    return (
        f"'{article.title or article.id}' does not look like Arabic ({share:.0%} Arabic letters). "
        "It was added, but the analysis is tuned for Arabic news and may find few sources or facts."
    )
