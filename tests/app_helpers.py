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


@pytest.fixture
def downloads(monkeypatch):
    """What the page's download buttons would send: AppTest drops its media manager after each
    run, so a deferred download's callable is kept here by its placeholder id.  Use with
    ``download(at, key, downloads)``."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    kept: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def keep(self, data_callable, *args, **kwargs):
        file_id = original(self, data_callable, *args, **kwargs)
        kept[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", keep)
    return kept


def download(at: AppTest, key: str, kept: dict) -> bytes:
    """The bytes the download button ``key`` of the last run would send."""
    button = next(b for b in at.get("download_button") if b.proto.id.endswith(f"-{key}") or b.key == key)
    data = kept[button.proto.deferred_file_id]()
    return data.encode("utf-8") if isinstance(data, str) else data
