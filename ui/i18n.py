"""UI labels as data (``data/i18n/<lang>.json``); the language lives in session state."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import streamlit as st

I18N_DIR = Path(__file__).resolve().parent.parent / "data" / "i18n"
LANGS = ("en", "ar")
LANG_NAMES = {"en": "English", "ar": "العربية"}


PLURALS = "_plurals"  # in each language file: noun -> {plural category: "{n} ..."}


@lru_cache(maxsize=2 * len(LANGS))
def _file(lang: str) -> dict:
    return json.loads((I18N_DIR / f"{lang}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=len(LANGS))
def labels(lang: str) -> dict[str, str]:
    en = {k: v for k, v in _file("en").items() if k != PLURALS}
    if lang == "en":
        return en
    own = {k: v for k, v in _file(lang).items() if k != PLURALS}
    return {**en, **own}  # a missing translation shows English, never a bare key


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of ``n``: English one/other; Arabic zero/one/two/few/many/other
    ("مقال واحد", "مقالان", "3 مقالات", "11 مقالاً", "100 مقال")."""
    n = abs(int(n))
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    return "one" if n == 1 else "other"


def count(noun: str, n: int, lang: str | None = None) -> str:
    """``n`` with its noun in the right plural form ("1 article", "2 articles"; Arabic's six
    forms), from the ``_plurals`` table of the language file (English when it lacks the noun)."""
    lang = lang or current_lang()
    forms = _file(lang).get(PLURALS, {}).get(noun) or _file("en")[PLURALS][noun]
    form = forms.get(plural_category(lang, n)) or forms["other"]
    return form.format(n=n)


def current_lang() -> str:
    lang = st.session_state.get("lang", "en")
    return lang if lang in LANGS else "en"


def t(key: str, **fmt: object) -> str:
    text = labels(current_lang()).get(key, key)
    return text.format(**fmt) if fmt else text


def L() -> dict[str, str]:
    """All labels of the current language (for the pure renderers)."""
    return labels(current_lang())


def subject(fact_subject: str, wording: Iterable[Any] = ()) -> str:
    """Readable label of a fact subject in the current language (``wording``: a comparison's, so stems
    read as the texts spell them)."""
    from presentation.labels import subject_label

    return subject_label(fact_subject, current_lang(), wording)


def uncompared_reason(reason: str) -> str:
    """Why a number was left uncompared, in the current language."""
    from presentation.labels import note_label

    return note_label(reason, L())
