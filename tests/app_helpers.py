"""Shared AppTest plumbing: run one page file with seeded state, read what it drew."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import analysis.pipeline
from ui_fixtures import fake_analyze_corpus, write_corpus

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("overview", "compare", "facts", "outlet", "methodology", "library", "presenter")


def run(name: str, session: dict | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app_pages" / f"{name}.py"), default_timeout=90)
    for k, v in (session or {}).items():
        at.session_state[k] = v
    for k, v in (params or {}).items():
        at.query_params[k] = v
    return at.run()


def html_of(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


def cards(at: AppTest) -> list[str]:
    return [h.value for h in at.html if 'class="isnad-card"' in h.value]


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.fixture
def fake_app(tmp_path, monkeypatch):
    """The fixture corpus through the real loader, analysed by the hand-built stand-in."""
    monkeypatch.setenv("ISNAD_CORPUS", str(write_corpus(tmp_path)))
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    monkeypatch.setattr(analysis.pipeline, "analyze_corpus", fake_analyze_corpus)
    st.cache_resource.clear()
    yield tmp_path
    st.cache_resource.clear()


@pytest.fixture
def real_app(tmp_path, monkeypatch):
    """The bundled corpus and the real pipeline, with an empty temporary library."""
    monkeypatch.delenv("ISNAD_CORPUS", raising=False)
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    st.cache_resource.clear()
    yield tmp_path
    st.cache_resource.clear()
