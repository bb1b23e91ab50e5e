"""UI labels as data (``data/i18n/<lang>.json``); the language lives in session state."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import streamlit as st

I18N_DIR = Path(__file__).resolve().parent.parent / "data" / "i18n"
LANGS = ("en", "ar")
LANG_NAMES = {"en": "English", "ar": "العربية"}


@lru_cache(maxsize=len(LANGS))
def labels(lang: str) -> dict[str, str]:
    en = json.loads((I18N_DIR / "en.json").read_text(encoding="utf-8"))
    if lang == "en":
        return en
    own = json.loads((I18N_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    return {**en, **own}  # a missing translation shows English, never a bare key


def current_lang() -> str:
    lang = st.session_state.get("lang", "en")
    return lang if lang in LANGS else "en"


def t(key: str, **fmt: object) -> str:
    text = labels(current_lang()).get(key, key)
    return text.format(**fmt) if fmt else text


def L() -> dict[str, str]:
    """All labels of the current language (for the pure renderers)."""
    return labels(current_lang())


def subject(fact_subject: str) -> str:
    """Readable label of a fact subject in the current language."""
    from analysis.labels import subject_label

    return subject_label(fact_subject, current_lang())
