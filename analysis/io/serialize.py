"""Records ⇄ JSON-friendly dicts (the CLI's JSON schema; see README)."""
from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from analysis.records import CorpusAnalysis

SCHEMA_VERSION = 1


def to_plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
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
