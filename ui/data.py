"""Loading: bundled corpus + library articles → one cached analysis.

The cache key is (corpus path, library path, library version): any add or
delete bumps the version, so the next run re-analyses, and nothing else does.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from analysis import pipeline
from analysis.io.cache import analyze_articles_cached, default_cache_dir
from analysis.io.readers import Skipped, read_articles
from analysis.io.results import is_results_dir, read_errors
from analysis.io.columnar import open_results
from analysis.io.corpus import CorpusError
from analysis.io.library import Library, default_library_path
from analysis.records import Article, CorpusAnalysis
from analysis.io.search import SearchIndex
from presentation.views import ids_of

from .i18n import t

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "data" / "corpus"


@dataclass(frozen=True)
class Loaded:
    analysis: CorpusAnalysis
    bundled_ids: tuple[str, ...]
    library_articles: tuple[Article, ...]
    library_version: int
    skipped: tuple[Skipped, ...] = ()  # corpus records that could not be read (shown, never fatal)


def corpus_path() -> Path:
    env = os.environ.get("ISNAD_CORPUS", "").strip()
    return Path(env) if env else DEFAULT_CORPUS


@st.cache_resource(show_spinner=False)
def _read(path: str) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    return read_articles(path)


def bundled(path: str) -> tuple[Article, ...]:
    return _read(path)[0]


def skipped_records(path: str) -> tuple[Skipped, ...]:
    """Records of the corpus (or of the batch run that made a results folder) that were skipped."""
    return read_errors(path) if is_results_dir(path) else _read(path)[1]


@st.cache_resource(show_spinner=False)
def precomputed(path: str) -> CorpusAnalysis:
    """A batch run's Parquet output (``python -m analysis analyze C --parquet OUT``), opened as
    columns: an article's records are built when a page shows it (analysis/io/columnar.py)."""
    return open_results(path)


def base_ids(path: str) -> tuple[str, ...]:
    if is_results_dir(path):
        return ids_of(precomputed(path).articles)
    return tuple(a.id for a in bundled(path))


@st.cache_resource(show_spinner=False)
def _library(path: str, corpus: str) -> Library:
    # keyed by the corpus path, not by its ids: Streamlit hashes a cache key on every call, and
    # hashing an archive's 19,587 ids cost ~0.3 s of every page run
    return Library(Path(path), reserved_ids=base_ids(corpus))


def library() -> Library:
    return _library(str(default_library_path()), str(corpus_path()))


@st.cache_resource(show_spinner=False, max_entries=4)
def _analyse(corpus: str, library_path: str, version: int) -> Loaded:
    # ``version`` is only a cache key: it changes whenever the library does.
    extra = library().articles()
    ids = base_ids(corpus)
    if is_results_dir(corpus):
        # a big corpus is analysed once, in batch, beforehand; only the library's
        # articles are analysed here, then the corpus step runs over everything
        done = precomputed(corpus)
        skipped = skipped_records(corpus)
        if not extra:
            return Loaded(done, ids, extra, version, skipped)
        return Loaded(pipeline.combine([*done.articles, *analyze_articles_cached(extra, default_cache_dir())]),
                      ids, extra, version, skipped)
    # per-article results come from the disk cache when this code has seen the article before, so a
    # restart of the dashboard does not analyse the corpus again; the corpus step always runs
    analysis = pipeline.analyze_corpus(bundled(corpus) + extra, cache_dir=default_cache_dir())
    return Loaded(analysis, ids, extra, version, skipped_records(corpus))


def load() -> Loaded:
    """The analysis of everything, or a clear error and a stopped page."""
    try:
        lib = library()
        with st.spinner(t("loading")):
            return _analyse(str(corpus_path()), str(lib.path), lib.version())
    except CorpusError as exc:
        st.error(str(exc))
        st.stop()
        raise  # unreachable: st.stop() raises
    except sqlite3.Error as exc:  # a damaged or locked library file: say so, don't show a traceback
        st.error(t("library_unreadable", path=str(default_library_path()), error=str(exc)))
        st.stop()
        raise  # unreachable: st.stop() raises


@st.cache_resource(show_spinner=False, max_entries=4)
def _search_index(corpus: str, library_path: str, version: int, _analysis: CorpusAnalysis) -> SearchIndex:
    # keyed like the analysis (the leading underscore keeps the analysis itself out of the key):
    # rebuilt only when the corpus or the library changes
    store = getattr(_analysis, "store", None)
    if store is not None:  # a results folder: the texts are read on the first keyword query
        return SearchIndex.from_columns(store.ids, store.meta["title"].tolist(), store.meta["published"].tolist(),
                                        store.texts)
    return SearchIndex.build(a.article for a in _analysis.articles)


def search_index(loaded: Loaded) -> SearchIndex:
    return _search_index(str(corpus_path()), str(library().path), loaded.library_version, loaded.analysis)


def clear() -> None:
    """Forget cached analyses (the Library page's re-analyse button)."""
    _analyse.clear()
    _search_index.clear()
    _read.clear()
    precomputed.clear()
    _library.clear()  # its reserved ids are the corpus's, read again
