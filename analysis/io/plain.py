"""Per-article results as plain data (dicts, lists, strings) and back into the typed records: what
the cache stores, the worker processes return, and the Parquet files hold.
"""
from __future__ import annotations

import dataclasses
import sys
import types
from enum import Enum
from typing import (
    TYPE_CHECKING, Any, Mapping, Union, get_args, get_origin, get_type_hints,
)

from analysis.io.corpus import make_article
from analysis.pipeline import analyze_article
from analysis.records import (
    Article, ArticleAnalysis, ArticleSourcing, Attribution, Fact,
    Sentence, Source,
)
from analysis.io.serialize import to_plain

if TYPE_CHECKING:  # annotations only: pandas is imported where a DataFrame is built
    pass


RESULTS_SCHEMA_VERSION = 1



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


def type_hints_of(cls: Any) -> dict[str, Any]:
    return get_type_hints(cls)


RESULT_FIELDS: dict[str, Any] = {
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
    return result_of(analyze_article(article_of(record)))


def result_of(analysis: ArticleAnalysis) -> dict[str, Any]:
    """The JSON-able per-article result: the cleaned text and every result field."""
    return {"text": analysis.article.text, **{k: to_plain(getattr(analysis, k)) for k in RESULT_FIELDS}}


def analysis_of(article: Article, result: Mapping[str, Any]) -> ArticleAnalysis:
    """An ArticleAnalysis from its article and a per-article result (``result_of``)."""
    return ArticleAnalysis(article=article, story=article.story,
                           **{k: from_plain(tp, result[k]) for k, tp in RESULT_FIELDS.items()})


def analysis_from_result(record: Mapping[str, str], result: Mapping[str, Any], *, keep_raw: bool = True) -> ArticleAnalysis:
    """ArticleAnalysis from a raw record and its per-article result."""
    return analysis_of(make_article_unchecked(record, result["text"], keep_raw=keep_raw), result)


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
