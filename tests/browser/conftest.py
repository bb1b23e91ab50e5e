"""Browser tests: real `streamlit run` servers and the system Chromium (never a downloaded browser).

Kept fast without fixed sleeps:

* every server is launched once per session, all at the first browser test, so their start-ups
  overlap (``servers``);
* one browser context for the session: its HTTP cache holds Streamlit's and Plotly's scripts, so
  a new tab does not fetch them again;
* one tab per language (``lang_tab``) that the page tests move through by clicking the sidebar,
  as a user does (a page switch is ~1 s; a fresh session's first render ~6 s);
* every wait is on a condition: the server's ``script_finished`` message for the run an action
  started, then the page's own content (``READY_JS``), never a guessed time.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.dashboard import (  # noqa: E402
    CHROMIUM, CHROMIUM_ARGS, FINISHED_COMPILE_ERROR, FINISHED_OK, READY_JS, STATE_JS, script_finished,
)
from tests.support.server import StreamlitServer  # noqa: E402

ARGS = CHROMIUM_ARGS
WAIT_S = 90  # any single wait: a bound for a loaded machine, not an expected time

# url path -> (title key in data/i18n, an element that shows once the page's content, not its skeleton, is there)
PAGES = {
    "": ("overview_title", ".isnad-card"),
    "compare": ("compare_title", ".isnad-article"),
    "facts": ("facts_title", "h1"),
    "outlet": ("outlet_title", ".isnad-card"),
    "present": (None, '[data-testid="stProgress"]'),  # its title is the story's name
    "methodology": ("method_title", '[data-testid="stTable"]'),
    "library": ("lib_title", ".st-key-up_text textarea"),
}

# True once every Plotly chart is drawn at its container's width: a chart redraws itself after a
# viewport change, and a screenshot taken before that shows it at the old size.
CHARTS_FIT_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].every(p => {
  const svg = p.querySelector('.main-svg');
  return svg && Math.abs(svg.getBoundingClientRect().width - p.getBoundingClientRect().width) < 2;
})"""


def ready_arg(path: str, lang: str, selector: str | None = None) -> list:
    """READY_JS's argument: the page's title in ``lang``, its content element, the overview's two charts."""
    from ui.i18n import labels

    key, own = PAGES[path]
    title = labels(lang)[key] if key else ""
    return [title, selector or own, 2 if path == "" else 0]


class Tab:
    """A browser tab that knows when the Streamlit script runs it started have finished."""

    def __init__(self, page, lang: str = "en"):
        self.page = page
        self.lang = lang
        self.ws = None
        self.finished: list[int] = []  # script_finished statuses, in order
        self.requests: list[str] = []  # every URL the tab asked for
        page.on("websocket", self._websocket)
        page.on("request", lambda r: self.requests.append(r.url))

    def _websocket(self, ws) -> None:
        self.ws = ws
        ws.on("framereceived", self._frame)

    def _frame(self, payload) -> None:
        status = script_finished(payload)
        if status is not None:
            self.finished.append(status)

    def mark(self) -> int:
        return len(self.finished)

    def wait_run(self, mark: int, what: str = "", timeout: float = WAIT_S) -> None:
        """Block until a script run that ended after ``mark`` finished normally."""
        from playwright.sync_api import Error

        deadline = time.monotonic() + timeout
        while FINISHED_OK not in self.finished[mark:]:
            if FINISHED_COMPILE_ERROR in self.finished[mark:]:
                raise AssertionError(f"{what}: the page script does not compile (see the server log)")
            left_ms = (deadline - time.monotonic()) * 1000
            if left_ms <= 0:
                raise AssertionError(f"{what}: no finished script run within {timeout}s: {self.state()}")
            try:  # the next websocket event, whatever it is; then look again
                if self.ws is None or self.ws.is_closed():
                    self.page.wait_for_event("websocket", timeout=left_ms)
                else:
                    self.ws.wait_for_event("framereceived", timeout=left_ms)
            except Error as exc:
                if "closed" not in str(exc).lower():  # a socket closing (page reload) is not an error
                    raise AssertionError(f"{what}: {exc}; {self.state()}") from exc

    def ready(self, path: str, selector: str | None = None, timeout: float = WAIT_S) -> None:
        """Block until ``path`` shows its title and content with nothing pending (READY_JS)."""
        try:
            self.page.wait_for_function(READY_JS, arg=ready_arg(path, self.lang, selector), polling=100,
                                        timeout=timeout * 1000)
        except Exception as exc:
            raise AssertionError(f"/{path} not ready after {timeout}s: {self.state()}") from exc

    def state(self) -> dict:
        try:
            return self.page.evaluate(STATE_JS)
        except Exception as exc:  # the page itself is gone
            return {"error": str(exc)}

    def act(self, action, path: str, selector: str | None = None) -> None:
        """Do ``action`` (a click, a key, a filled field), then wait for the rerun it starts to finish
        and ``path`` to show again."""
        mark = self.mark()
        action()
        self.wait_run(mark, f"/{path}")
        self.ready(path, selector)

    def goto(self, url: str, path: str, selector: str | None = None) -> None:
        """Open ``url`` as a link (a new Streamlit session) and wait until ``path`` has rendered."""
        mark = self.mark()
        # the old document's socket may not report closing before the new one opens: forget it,
        # so wait_run waits on the new one
        self.ws = None
        self.page.goto(url, timeout=WAIT_S * 1000)
        self.wait_run(mark, url)
        self.ready(path, selector)
        if path != "present":  # Streamlit remembers a folded sidebar across tabs (the presenter folds it)
            self.open_sidebar()

    def show(self, path: str) -> None:
        """Switch to ``path`` in the same session by clicking its sidebar link, as a user does."""
        if urlparse(self.page.url).path.strip("/") == path:
            self.ready(path)
            return
        self.open_sidebar()
        links = {urlparse(a.get_attribute("href") or "").path.strip("/"): a
                 for a in self.page.query_selector_all('[data-testid="stSidebarNav"] a')}
        assert path in links, f"no sidebar link to /{path}: {sorted(links)}"
        self.act(links[path].click, path)

    def open_sidebar(self) -> None:
        """Reopen the sidebar if a page folded it (the presenter does), as a user would: its › button."""
        folded = '() => document.querySelector(\'[data-testid="stSidebar"]\')?.getAttribute("data-collapsed") === "true"'
        if self.page.evaluate(folded):
            self.page.locator('[data-testid="stExpandSidebarButton"]').click()
            self.page.wait_for_function(f"() => !({folded})()", timeout=WAIT_S * 1000)

    def to_top(self) -> None:
        """Scroll back to the top, where a freshly opened page starts."""
        self.page.evaluate("() => { window.scrollTo(0, 0); "
                           "for (const e of document.querySelectorAll('*')) if (e.scrollTop) e.scrollTop = 0; }")

    def resize(self, width: int, height: int) -> None:
        self.page.set_viewport_size({"width": width, "height": height})
        self.page.wait_for_function(CHARTS_FIT_JS, polling="raf", timeout=WAIT_S * 1000)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium); browser tests need it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def context(browser):
    """One context for the session: its HTTP cache serves the app's scripts to every new tab."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 768})
    yield ctx
    ctx.close()


@pytest.fixture
def new_tab(context):
    """A fresh tab (a new Streamlit session once it opens a URL), closed after the test."""
    opened: list[Tab] = []

    def make(width: int = 1366, height: int = 768, lang: str = "en") -> Tab:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        opened.append(Tab(page, lang))
        return opened[-1]

    yield make
    for tab in opened:
        tab.page.close()


def _timeline_corpus(tmp: Path) -> Path:
    """A story whose toll rose over the days, with outlet names in Arabic (mixed-direction text)."""
    rows = [("t1", "الرياض", "2015-07-20", "قتل 27 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 5 أشخاص."),
            ("t2", "عكاظ", "2015-07-21", "قتل 30 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 5 أشخاص."),
            ("t3", "اليوم", "2015-07-24", "وارتفعت حصيلة القتلى إلى 32 قتيلا في التفجير. وأعلنت الشرطة القبض على 5 أشخاص."),
            ("t4", "الوطن", "2015-07-24", "قتل 32 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 7 أشخاص.")]
    corpus = tmp / "story.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "outlet": o, "published": p, "title": o, "text": t, "story": "s"},
                                           ensure_ascii=False) for i, o, p, t in rows), encoding="utf-8")
    return corpus


@pytest.fixture(scope="session")
def servers(browser, tmp_path_factory):
    """Every server the browser tests use, launched together and stopped at the end of the session.

    ``app``: the bundled corpus; ``cold``: the same app that no browser has opened before its test
    (the cold deep link); ``fixture``: the hand-built fixture analysis (known highlights and one
    conflict); ``timeline``: a story whose toll rose over the days.  Each has its own empty library.
    """
    from tests.support.fixture_corpus import write_corpus

    tmp = tmp_path_factory.mktemp("servers")
    for name in ("app", "cold", "fixture", "timeline"):
        (tmp / name).mkdir()
    specs = {
        "app": (ROOT / "app.py", {}),
        "cold": (ROOT / "app.py", {}),
        "fixture": (ROOT / "tests" / "browser" / "fake_app.py", {"ISNAD_CORPUS": str(write_corpus(tmp / "fixture"))}),
        "timeline": (ROOT / "app.py", {"ISNAD_CORPUS": str(_timeline_corpus(tmp / "timeline"))}),
    }
    started: dict[str, StreamlitServer] = {}
    try:
        for name, (script, env) in specs.items():
            server = StreamlitServer(script, {"ISNAD_LIBRARY": str(tmp / name / "library.sqlite"), **env},
                                     log=tmp / name / "streamlit.log")
            server.launch()
            started[name] = server
        yield started
    finally:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=max(1, len(started))) as pool:  # each takes ~1 s to shut down
            list(pool.map(StreamlitServer.stop, started.values()))


@pytest.fixture(scope="session")
def app_url(servers):
    return servers["app"].wait_healthy()


@pytest.fixture(scope="session")
def fixture_app_url(servers):
    """The app over the hand-built fixture analysis (known highlights and one conflict)."""
    return servers["fixture"].wait_healthy()


@pytest.fixture(scope="session")
def timeline_app_url(servers):
    return servers["timeline"].wait_healthy()


@pytest.fixture(scope="session")
def cold_app_url(servers):
    """A server no browser has opened yet: only its health check has been asked."""
    return servers["cold"].wait_healthy()


@pytest.fixture(scope="session")
def lang_tabs(context, app_url):
    """One tab per language over the bundled corpus, opened on first use and kept for the session.

    Tests move it with ``Tab.show`` (the sidebar); a test that changes what the page shows
    (filters, presenter steps, additions) uses a tab of its own instead.
    """
    tabs: dict[str, Tab] = {}

    def get(lang: str) -> Tab:
        if lang not in tabs:
            tab = Tab(context.new_page(), lang)
            tab.goto(f"{app_url}/?lang={lang}", "")
            tabs[lang] = tab
        tab = tabs[lang]
        tab.resize(1366, 768)  # the size the tests below expect (a page test may have left it larger)
        return tab

    yield get
    for tab in tabs.values():
        tab.page.close()
