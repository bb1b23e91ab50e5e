"""Load per-language lexicons and rules from ``data/lexicons/<lang>/``.

Adding a language means adding a folder of JSON files, not code.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LEXICON_DIR = DATA_DIR / "lexicons"


class LexiconError(ValueError):
    pass


@lru_cache(maxsize=64)
def load_lexicon(language: str, name: str, root: Path = LEXICON_DIR) -> dict[str, Any]:
    """Read ``root/<language>/<name>.json`` (cached: lexicons are read-only)."""
    path = root / language / f"{name}.json"
    if not path.is_file():
        raise LexiconError(f"No '{name}' lexicon for language '{language}' (looked for {path})")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"Lexicon {path} is not valid JSON: {exc}") from exc


def available_languages(root: Path = LEXICON_DIR) -> tuple[str, ...]:
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir()))
