"""Records ⇄ JSON-friendly dicts (the CLI's JSON schema; see README)."""
from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from analysis.records import CorpusAnalysis

SCHEMA_VERSION = 1


_SCALARS = frozenset({str, int, float, bool, type(None)})


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}  # a memo: types do not change


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, None for any other type (worked out once per type)."""
    try:
        return _FIELD_NAMES[cls]
    except KeyError:
        names = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None
        _FIELD_NAMES[cls] = names
        return names


def to_plain(obj: Any) -> Any:
    """Records as JSON-friendly values. Every per-article result passes through here (the cache,
    the batch workers), so the common cases are tested first and a record's fields are looked up
    once per type, not per object."""
    t = type(obj)
    if t in _SCALARS:  # exact types: a StrEnum is a str but must become its value
        return obj
    names = _field_names(t)
    if names is not None:
        return {n: to_plain(getattr(obj, n)) for n in names}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, dict):
        return {str(k): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    return obj


def corpus_to_dict(result: CorpusAnalysis, *, include_raw: bool = False) -> dict[str, Any]:
    """The documented JSON shape: articles[], outlets[], comparisons[], stories{}."""
    articles = []
    for a in result.articles:
        art = a.article
        item = {
            "id": art.id, "outlet": art.outlet, "title": art.title, "published": art.published,
            "url": art.url, "language": art.language, "story": a.story, "text": art.text,
            "sentences": [[s.start, s.end] for s in a.sentences],
            "attributions": to_plain(a.attributions),
            "sources": to_plain(a.sources),
            "sourcing": to_plain(a.sourcing),
            "facts": to_plain(a.facts),
        }
        if include_raw:
            item["raw_text"] = art.raw_text
        articles.append(item)
    outlets = [
        {"outlet": o.outlet, **{k: v for k, v in to_plain(o.sourcing).items() if k != "outlet"},
         "consistency": to_plain(o.consistency)}
        for o in result.outlets
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": articles,
        "outlets": outlets,
        "comparisons": to_plain(result.comparisons),
        "fact_statuses": to_plain(result.fact_statuses),
        "stories": to_plain(result.stories),
    }
