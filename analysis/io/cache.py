"""The per-article result cache: the analysis version (a hash of the code the per-article pipeline
imports and of the lexicons), the key of a record, and the JSON files on disk.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from pathlib import Path
from typing import (
    TYPE_CHECKING, Any, Mapping, Sequence,
)

from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_article
from analysis.records import (
    Article, ArticleAnalysis,
)

if TYPE_CHECKING:  # annotations only: pandas is imported where a DataFrame is built
    pass
from analysis.io.readers import RECORD_FIELDS
from analysis.io.plain import RESULTS_SCHEMA_VERSION, analysis_of, result_of


PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the analysis package



# The modules whose code decides a per-article result: the per-article
# pipeline and article construction, plus everything they import.
RESULT_ROOTS = ("pipeline", "io.corpus", "text.cleaning", "io.serialize")


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


def imported_modules(roots: Sequence[str], package_dir: Path) -> list[Path]:
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
    paths = imported_modules(RESULT_ROOTS, package_dir) + sorted((data_dir / "lexicons").rglob("*.json"))
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
                out.append(analysis_of(a, hit))
                continue
            except (KeyError, TypeError, ValueError):
                pass  # an entry of another shape: recompute it
        analysed = analyze_article(a)
        out.append(analysed)
        try:
            cache_put(cache_dir, key, result_of(analysed))
        except OSError:
            pass  # a read-only or full disk: the analysis is still right, only not kept
    return out
