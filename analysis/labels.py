"""Readable labels for fact subjects ('fatah_seats:2021' → 'Seats won by the Fatah alliance (2021)')."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import DATA_DIR, LexiconError, load_lexicon


@lru_cache(maxsize=2)
def _table(path: Path = DATA_DIR / "i18n" / "subjects.json") -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=2)
def _gazetteer_names(language: str = "ar") -> dict[str, str]:
    try:
        return {e["id"]: e["label"] for e in load_lexicon(language, "gazetteer").get("entities", [])}
    except LexiconError:
        return {}


def subject_label(subject: str, lang: str = "en") -> str:
    """Label in the UI language; unknown ids degrade to words, never to an error."""
    base, _, year = subject.partition(":")
    table = _table()
    label = table["subjects"].get(base, {}).get(lang, "")
    if not label:
        for suffix, templates in table["suffixes"].items():
            if base.endswith("_" + suffix):
                head = base[: -len(suffix) - 1]
                name = _gazetteer_names().get(head, "") if lang == "ar" else table["names"].get(head, "")
                label = templates.get(lang, templates["en"]).format(name=name or head.replace("_", " "))
                break
    if not label:
        label = base.replace("_", " ")
    return f"{label} ({year})" if year else label
