"""The dashboard in a real browser: every page renders, Arabic is RTL, untrusted text runs nothing.

Screenshots land in $ISNAD_SCREENSHOTS (default: isnad-screenshots in the temp dir) at projector-ish
sizes; look at them after a CSS change.

How they stay fast (conftest.py): the servers start once per session, the page tests move one tab
per language through the app with the sidebar, and every wait is on a condition (the script run
finished, the content shown, the charts redrawn), never a fixed sleep.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import PAGES, WAIT_S

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ISNAD_SCREENSHOTS") or Path(tempfile.gettempdir()) / "isnad-screenshots")
SIZES = ((1366, 768), (1920, 1080))
EXCEPTION = '[data-testid="stException"]'
PWN = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">'


@pytest.fixture(autouse=True, scope="module")
def _shots_dir():
    SHOTS.mkdir(parents=True, exist_ok=True)


def no_exception(page) -> None:
    boxes = page.query_selector_all(EXCEPTION)
    assert not boxes, [b.inner_text()[:500] for b in boxes]


@pytest.mark.parametrize("path", list(PAGES))
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_page_renders_and_screenshots(lang_tabs, path, lang):
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab = lang_tabs(lang)
    tab.show(path)  # the sidebar link, in this language's one tab (READY_JS: title, content, charts)
    page = tab.page
    for w, h in SIZES:
        tab.resize(w, h)
        tab.to_top()
        no_exception(page)
        assert page.query_selector(PAGES[path][1]), f"/{path} lost its content at {w}x{h}"
        if path == "":
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
        page.screenshot(path=str(SHOTS / f"{path or 'overview'}-{lang}-{w}x{h}.png"))


NAV = ["Overview", "Compare side by side", "Facts", "Outlet profile", "Presenter mode", "Library", "Methodology"]


def nav_links(page) -> list[str]:
    return [a.inner_text().strip().split("\n")[-1] for a in page.query_selector_all('[data-testid="stSidebarNav"] a')]


def test_cold_deep_link_gets_the_real_navigation(new_tab, cold_app_url):
    """The first request to a fresh server is a deep link: app.py must still run (no old-style menu)."""
    tab = new_tab()
    tab.goto(f"{cold_app_url}/compare?lang=en", "compare")
    assert nav_links(tab.page) == NAV


def test_navigation_lists_each_page_once(lang_tabs):
    tab = lang_tabs("en")
    tab.show("")
    assert nav_links(tab.page) == NAV


def test_arabic_is_right_to_left_in_an_arabic_font(lang_tabs):
    tab = lang_tabs("ar")
    tab.show("compare")
    page = tab.page
    assert page.eval_on_selector('[data-testid="stMain"]', "e => getComputedStyle(e).direction") == "rtl"
    assert page.eval_on_selector(".isnad-article", "e => getComputedStyle(e).direction") == "rtl"
    family = page.eval_on_selector(".isnad-article", "e => getComputedStyle(e).fontFamily")
    assert family.startswith('"Noto Naskh Arabic"')
    assert page.evaluate("document.fonts.check('24px \"Noto Naskh Arabic\"', 'قال')")
    # article text stays RTL in the English UI too
    tab = lang_tabs("en")
    tab.show("compare")
    page = tab.page
    assert page.eval_on_selector('[data-testid="stMain"]', "e => getComputedStyle(e).direction") == "ltr"
    assert page.eval_on_selector(".isnad-article", "e => getComputedStyle(e).direction") == "rtl"


def test_outlet_filter_link_reproduces_the_view(lang_tabs, new_tab, app_url):
    tab = lang_tabs("en")
    tab.show("")
    names = [e.inner_text().strip() for e in tab.page.query_selector_all(".isnad-card h4")]
    assert len(names) >= 2
    # the link itself, opened as a link: a tab of its own, so the shared one keeps every outlet
    linked = new_tab()
    linked.goto(f"{app_url}/?outlet={quote(names[1])}", "")
    page = linked.page
    assert [e.inner_text().strip() for e in page.query_selector_all(".isnad-card h4")] == [names[1]]
    assert quote(names[1]) in page.url or names[1] in page.url


def test_presenter_reveals_step_by_step(new_tab, app_url):
    tab = new_tab(1920, 1080)
    tab.goto(f"{app_url}/present", "present")
    page = tab.page
    assert page.get_by_text("Step 1 of").is_visible()
    # act waits for the rerun the click starts to finish: "Step 2 of" alone can show while the
    # step's heading is still on its way (a CI failure), so both are waited for, never polled once
    tab.act(page.locator(".st-key-present_next button").click, "present")
    page.wait_for_selector("text=Step 2 of", timeout=WAIT_S * 1000)
    page.get_by_role("heading", name="Who are the sources?").wait_for(state="visible", timeout=WAIT_S * 1000)
    page.screenshot(path=str(SHOTS / "present-step2-en-1920x1080.png"))


def _assert_inert(tab, article_id: str, app_url: str) -> None:
    page = tab.page
    tab.goto(f"{app_url}/compare?a={article_id}", "compare")
    no_exception(page)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shown = page.locator(".isnad-article", has_text="<script>window.__pwned=1</script>")
    assert shown.count() == 1 and shown.first.is_visible()
    assert 'onerror="window.__pwned=1">' in shown.first.inner_text()
    assert page.locator('img[src="x"]').count() == 0
    # instead of waiting a while for a late handler: the run is over (goto waited for it), no <img>
    # exists, and the tab never even asked for the image "x", so no onerror can ever fire
    assert not [u for u in tab.requests if re.search(r"/x(\?|$)", u)], tab.requests
    assert page.evaluate("typeof window.__pwned") == "undefined"


def _add(tab, app_url: str, *, paste: str | None = None, file: tuple[str, bytes] | None = None) -> str:
    page = tab.page
    tab.goto(f"{app_url}/library", "library")
    outlet = page.locator(".st-key-up_outlet input")
    outlet.fill("إذاعة الاختبار")
    tab.act(lambda: outlet.press("Enter"), "library")  # each committed field reruns the page
    if paste is not None:
        text = page.locator(".st-key-up_text textarea")
        text.fill(paste)
        tab.act(lambda: text.press("Control+Enter"), "library")
    if file is not None:
        name, data = file
        tab.act(lambda: page.locator('.st-key-up_file input[type="file"]').set_input_files(
            files=[{"name": name, "mimeType": "text/plain", "buffer": data}]), "library")
        page.wait_for_selector(f"text={name}", timeout=30_000)
    tab.act(lambda: page.locator(".st-key-up_add button").click(), "library")
    alert = page.wait_for_selector("text=/Added 1 article/", timeout=60_000)
    no_exception(page)
    return re.search(r"u-[0-9a-f]+", alert.inner_text()).group(0)


def test_pasted_markup_shows_as_text_and_runs_nothing(new_tab, app_url):
    tab = new_tab()
    page = tab.page
    aid = _add(tab, app_url, paste="قال مصدر أمني إن الهجوم وقع فجراً. " + PWN)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _assert_inert(tab, aid, app_url)
    page.screenshot(path=str(SHOTS / "pasted-markup-en-1366x768.png"))
    # the exported report of this view carries the text escaped too, and opens offline
    with page.expect_download(timeout=120_000) as got:
        page.locator(".st-key-dl_html button").click()
    report = Path(got.value.path()).read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=" in report and "&lt;img src=x onerror=" in report  # ("1" is a fact span)
    assert "<script>window.__pwned" not in report and "<img src=x" not in report
    assert not re.search(r"<script[^>]*\bsrc=", report)
    # the Compare page's own CSV (exports follow the page): a UTF-8 BOM, then this article's row
    with page.expect_download(timeout=60_000) as got:
        page.locator(".st-key-dl_csv_compare button").click()
    csv_text = Path(got.value.path()).read_text(encoding="utf-8")
    assert csv_text.startswith("\ufeff") and aid in csv_text


def test_uploaded_markup_shows_as_text_and_runs_nothing(new_tab, app_url):
    tab = new_tab()
    body = ("قالت وزارة الداخلية إن التحقيق مستمر. " + PWN).encode("utf-8")
    aid = _add(tab, app_url, file=("evil.txt", body))
    _assert_inert(tab, aid, app_url)


def test_highlight_tooltip_and_conflict(new_tab, fixture_app_url):
    """With known fixture output: hovering an attribution shows its details; the conflict shows both sides."""
    tab = new_tab()
    tab.goto(f"{fixture_app_url}/compare", "compare")
    page = tab.page
    no_exception(page)
    target = page.locator(".isnad-article .att-anonymous", has_text="مصادر أمنية").first
    target.scroll_into_view_if_needed()
    target.hover()
    tip = target.evaluate("e => getComputedStyle(e, '::before').content")
    assert "Source: مصادر أمنية" in tip and "Class: anonymous" in tip and "لأنها غير مخولة بالتصريح" in tip
    page.screenshot(path=str(SHOTS / "tooltip-en-1366x768.png"))
    conflict = page.locator(".isnad-focus")
    assert conflict.count() >= 2
    assert {conflict.nth(i).inner_text() for i in range(conflict.count())} >= {"ثلاث طائرات", "طائرتين"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_facts_conflicts_and_timeline_read_in_order(new_tab, timeline_app_url, lang):
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab = new_tab(lang=lang)
    tab.goto(f"{timeline_app_url}/facts?lang={lang}", "facts", ".isnad-pairs")
    page = tab.page
    no_exception(page)
    pair = page.inner_text(".isnad-pairs li")
    if lang == "en":
        # an Arabic outlet name inside an English sentence keeps the sentence in order
        assert pair.startswith(("الوطن says 7", "اليوم says 5")), pair
    page.wait_for_selector(".isnad-timeline")
    page.screenshot(path=str(SHOTS / f"facts-timeline-{lang}-1366x768.png"), full_page=True)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_compare_conflict_is_on_the_first_screen(lang_tabs, lang):
    # a trainer opens Compare: the disagreement is visible without scrolling past the texts
    tab = lang_tabs(lang)  # at 1366x768
    tab.show("compare")
    tab.to_top()  # where a trainer who opens it starts
    page = tab.page
    page.wait_for_selector(".isnad-focus", timeout=WAIT_S * 1000)
    no_exception(page)
    page.screenshot(path=str(SHOTS / f"compare-conflict-first-{lang}-1366x768.png"))
    # the first sides' figures (not only the heading) are on the first screen
    for box in (page.locator(".isnad-focus").nth(i).bounding_box() for i in range(2)):
        assert box is not None and box["y"] + box["height"] <= 768, box
    assert "c=" in page.url  # the picked conflict is in the link


def test_presenter_steps_with_clicker_keys(new_tab, app_url):
    # a presentation clicker sends PageDown / PageUp (some the arrow keys)
    tab = new_tab(1920, 1080)
    tab.goto(f"{app_url}/present", "present")
    page = tab.page
    # the key handler's frame loads after the page: it marks the document once it listens
    page.wait_for_function("() => document.__isnadClicker === true", timeout=WAIT_S * 1000)
    assert page.get_by_text("Step 1 of").is_visible()
    page.locator('[data-testid="stMain"] h1').click()  # focus the page, not a widget
    page.keyboard.press("PageDown")
    page.wait_for_selector("text=Step 2 of", timeout=30_000)
    page.keyboard.press("ArrowRight")
    page.wait_for_selector("text=Step 3 of", timeout=30_000)
    page.keyboard.press("PageUp")
    page.wait_for_selector("text=Step 2 of", timeout=30_000)
    no_exception(page)


def test_chart_labels_show_markup_as_text(new_tab, fixture_app_url):
    # an outlet named 'Gamma <a href="https://evil.example/">News</a>': Plotly would render a live
    # link in the chart's tick labels and legend; it must read as typed
    tab = new_tab()
    tab.goto(f"{fixture_app_url}/", "", ".js-plotly-plot")
    page = tab.page
    no_exception(page)
    page.wait_for_selector(".js-plotly-plot .ytick text", timeout=30_000)
    ticks = [t.text_content() for t in page.query_selector_all(".js-plotly-plot .ytick text")]
    assert any('<a href="https://evil.example/">News</a>' in (t or "") for t in ticks), ticks
    assert page.locator('a[href*="evil.example"]').count() == 0  # no live link anywhere on the page
