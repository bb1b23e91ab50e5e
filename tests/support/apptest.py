"""Shared AppTest plumbing: run one page file with seeded state, read what it drew."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import analysis.pipeline
from tests.support.fixture_corpus import fake_analyze_corpus, write_corpus

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("overview", "compare", "facts", "outlet", "methodology", "library", "presenter")


def clear_data_caches() -> None:
    """Forget what ui.data loaded and analysed: each test points ISNAD_CORPUS / ISNAD_LIBRARY elsewhere.

    Only ui.data's caches, not ``st.cache_resource.clear()``: the Methodology page's gold-set
    evaluations depend on the gold files alone (keyed by their mtime, as in the running app), and
    recomputing the story evaluation over the real corpus (~4 s) for each of its six AppTests was
    a sixth of the non-browser suite.  The first Methodology test still computes them.
    """
    import ui.data
    from streamlit.runtime.caching.cache_utils import CachedFunc

    for obj in vars(ui.data).values():
        if isinstance(obj, CachedFunc):
            obj.clear()


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
    """The outlet cards' markup, one string per card (the overview sends its cards as one grid
    element, ui.render.outlet_cards), a name's parenthetical gloss unwrapped from the span that keeps
    it on one line, so a test finds "صحيفة باء (Beta)" as written."""
    start = '<div class="isnad-card">'
    return [re.sub(r'<span class="nw">([^<]*)</span>', r"\1", start + card)
            for h in at.html for card in h.value.split(start)[1:]]


def tables(at: AppTest) -> list[list[dict[str, str]]]:
    """The plain tables of ui.render.table_html (the Outlet profile's sources), each as its rows:
    header -> cell text, unescaped (what a reader sees)."""
    out = []
    for h in at.html:
        for table in re.findall(r'<div class="isnad-table"><table>(.*?)</table></div>', h.value, re.S):
            cells = [[html.unescape(re.sub(r"<[^>]*>", "", c)) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
                     for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]
            out.append([dict(zip(cells[0], row)) for row in cells[1:]])
    return out


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.fixture
def fake_app(tmp_path, monkeypatch):
    """The fixture corpus through the real loader, analysed by the hand-built stand-in."""
    monkeypatch.setenv("ISNAD_CORPUS", str(write_corpus(tmp_path)))
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    monkeypatch.setattr(analysis.pipeline, "analyze_corpus", fake_analyze_corpus)
    clear_data_caches()
    yield tmp_path
    clear_data_caches()


@pytest.fixture
def real_app(tmp_path, monkeypatch):
    """The bundled corpus and the real pipeline, with an empty temporary library."""
    monkeypatch.delenv("ISNAD_CORPUS", raising=False)
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    clear_data_caches()
    yield tmp_path
    clear_data_caches()


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
