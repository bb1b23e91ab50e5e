"""The dashboard in a real browser: every page renders, Arabic is RTL, untrusted text runs nothing.

Screenshots land in $ISNAD_SCREENSHOTS (default: isnad-screenshots in the temp dir) at projector-ish
sizes; look at them after a CSS change.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ISNAD_SCREENSHOTS") or Path(tempfile.gettempdir()) / "isnad-screenshots")
SIZES = ((1366, 768), (1920, 1080))
EXCEPTION = '[data-testid="stException"]'
PWN = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">'
# url path -> what shows once the page's content (not its skeleton) is there
PAGES = {
    "": ".isnad-card",
    "compare": ".isnad-article",
    "facts": "h1",
    "outlet": ".isnad-card",
    "present": '[data-testid="stProgress"]',
    "methodology": '[data-testid="stTable"]',
    "library": ".st-key-up_text textarea",
}


@pytest.fixture(autouse=True, scope="module")
def _shots_dir():
    SHOTS.mkdir(parents=True, exist_ok=True)


def load(page, url: str, ready: str) -> None:
    page.goto(url)
    page.wait_for_selector(ready, timeout=90_000)
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=90_000)
    # let the script run finish: the "running" indicator disappears when it does
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"] button')", timeout=90_000)
    page.wait_for_timeout(800)


def no_exception(page) -> None:
    boxes = page.query_selector_all(EXCEPTION)
    assert not boxes, [b.inner_text()[:500] for b in boxes]


@pytest.mark.parametrize("path", list(PAGES))
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_page_renders_and_screenshots(browser, app_url, path, lang):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for w, h in SIZES:
        page = browser.new_page(viewport={"width": w, "height": h})
        try:
            load(page, f"{app_url}/{path}?lang={lang}", PAGES[path])
            no_exception(page)
            if path == "":
                page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
            page.screenshot(path=str(SHOTS / f"{path or 'overview'}-{lang}-{w}x{h}.png"))
        finally:
            page.close()


NAV = ["Overview", "Compare side by side", "Facts", "Outlet profile", "Presenter mode", "Library", "Methodology"]


def nav_links(page) -> list[str]:
    return [a.inner_text().strip().split("\n")[-1] for a in page.query_selector_all('[data-testid="stSidebarNav"] a')]


def test_cold_deep_link_gets_the_real_navigation(browser, tmp_path):
    """The first request to a fresh server is a deep link: app.py must still run (no old-style menu)."""
    from conftest import ROOT, start_app

    proc, url = start_app(ROOT / "app.py", {"ISNAD_LIBRARY": str(tmp_path / "lib.sqlite")}, tmp_path / "log.txt")
    try:
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        load(page, f"{url}/compare?lang=en", ".isnad-article")
        assert nav_links(page) == NAV
        page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_navigation_lists_each_page_once(browser, app_url):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    load(page, app_url, ".isnad-card")
    assert nav_links(page) == NAV
    page.close()


def test_arabic_is_right_to_left_in_an_arabic_font(browser, app_url):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    load(page, f"{app_url}/compare?lang=ar", ".isnad-article")
    assert page.eval_on_selector('[data-testid="stMain"]', "e => getComputedStyle(e).direction") == "rtl"
    assert page.eval_on_selector(".isnad-article", "e => getComputedStyle(e).direction") == "rtl"
    family = page.eval_on_selector(".isnad-article", "e => getComputedStyle(e).fontFamily")
    assert family.startswith('"Noto Naskh Arabic"')
    assert page.evaluate("document.fonts.check('24px \"Noto Naskh Arabic\"', 'قال')")
    # article text stays RTL in the English UI too
    load(page, f"{app_url}/compare?lang=en", ".isnad-article")
    assert page.eval_on_selector('[data-testid="stMain"]', "e => getComputedStyle(e).direction") == "ltr"
    assert page.eval_on_selector(".isnad-article", "e => getComputedStyle(e).direction") == "rtl"
    page.close()


def test_outlet_filter_link_reproduces_the_view(browser, app_url):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    load(page, app_url, ".isnad-card")
    names = [e.inner_text().strip() for e in page.query_selector_all(".isnad-card h4")]
    assert len(names) >= 2
    load(page, f"{app_url}/?outlet={quote(names[1])}", ".isnad-card")
    assert [e.inner_text().strip() for e in page.query_selector_all(".isnad-card h4")] == [names[1]]
    assert quote(names[1]) in page.url or names[1] in page.url
    page.close()


def test_presenter_reveals_step_by_step(browser, app_url):
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    load(page, f"{app_url}/present", '[data-testid="stProgress"]')
    assert page.get_by_text("Step 1 of").is_visible()
    page.locator(".st-key-present_next button").click()
    page.wait_for_selector("text=Step 2 of", timeout=30_000)
    assert page.get_by_role("heading", name="Who are the sources?").is_visible()
    page.screenshot(path=str(SHOTS / "present-step2-en-1920x1080.png"))
    page.close()


def _assert_inert(page, article_id: str, app_url: str) -> None:
    load(page, f"{app_url}/compare?a={article_id}", ".isnad-article")
    no_exception(page)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shown = page.locator(".isnad-article", has_text="<script>window.__pwned=1</script>")
    assert shown.count() == 1 and shown.first.is_visible()
    assert 'onerror="window.__pwned=1">' in shown.first.inner_text()
    assert page.locator('img[src="x"]').count() == 0
    page.wait_for_timeout(500)
    assert page.evaluate("typeof window.__pwned") == "undefined"


def _add(page, app_url: str, *, paste: str | None = None, file: tuple[str, bytes] | None = None) -> str:
    load(page, f"{app_url}/library", ".st-key-up_text textarea")
    page.locator(".st-key-up_outlet input").fill("إذاعة الاختبار")
    page.locator(".st-key-up_outlet input").press("Enter")
    if paste is not None:
        page.locator(".st-key-up_text textarea").fill(paste)
        page.locator(".st-key-up_text textarea").press("Control+Enter")
    if file is not None:
        name, data = file
        page.locator('.st-key-up_file input[type="file"]').set_input_files(
            files=[{"name": name, "mimeType": "text/plain", "buffer": data}])
        page.wait_for_selector(f"text={name}", timeout=30_000)
    page.wait_for_timeout(1000)
    page.locator(".st-key-up_add button").click()
    alert = page.wait_for_selector("text=/Added 1 article/", timeout=60_000)
    no_exception(page)
    return re.search(r"u-[0-9a-f]+", alert.inner_text()).group(0)


def test_pasted_markup_shows_as_text_and_runs_nothing(browser, app_url):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    aid = _add(page, app_url, paste="قال مصدر أمني إن الهجوم وقع فجراً. " + PWN)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    _assert_inert(page, aid, app_url)
    page.screenshot(path=str(SHOTS / "pasted-markup-en-1366x768.png"))
    # the exported report of this view carries the text escaped too, and opens offline
    with page.expect_download(timeout=120_000) as got:
        page.locator(".st-key-dl_html button").click()
    report = Path(got.value.path()).read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=" in report and "&lt;img src=x onerror=" in report  # ("1" is a fact span)
    assert "<script>window.__pwned" not in report and "<img src=x" not in report
    assert not re.search(r"<script[^>]*\bsrc=", report)
    with page.expect_download(timeout=60_000) as got:
        page.locator(".st-key-dl_csv_attributions button").click()
    assert Path(got.value.path()).read_text(encoding="utf-8").startswith("article_id,outlet,")
    page.close()


def test_uploaded_markup_shows_as_text_and_runs_nothing(browser, app_url):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    body = ("قالت وزارة الداخلية إن التحقيق مستمر. " + PWN).encode("utf-8")
    aid = _add(page, app_url, file=("evil.txt", body))
    _assert_inert(page, aid, app_url)
    page.close()


def test_highlight_tooltip_and_conflict(browser, fixture_app_url):
    """With known fixture output: hovering an attribution shows its details; the conflict shows both sides."""
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    load(page, f"{fixture_app_url}/compare", ".isnad-article")
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
    page.close()


@pytest.fixture(scope="module")
def timeline_app_url(browser, tmp_path_factory):
    """A story whose toll rose over the days, with outlet names in Arabic (mixed-direction text)."""
    import json as _json

    from conftest import ROOT, start_app

    tmp = tmp_path_factory.mktemp("timeline_app")
    rows = [("t1", "الرياض", "2015-07-20", "قتل 27 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 5 أشخاص."),
            ("t2", "عكاظ", "2015-07-21", "قتل 30 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 5 أشخاص."),
            ("t3", "اليوم", "2015-07-24", "وارتفعت حصيلة القتلى إلى 32 قتيلا في التفجير. وأعلنت الشرطة القبض على 5 أشخاص."),
            ("t4", "الوطن", "2015-07-24", "قتل 32 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 7 أشخاص.")]
    corpus = tmp / "story.jsonl"
    corpus.write_text("\n".join(_json.dumps({"id": i, "outlet": o, "published": p, "title": o, "text": t, "story": "s"},
                                            ensure_ascii=False) for i, o, p, t in rows), encoding="utf-8")
    proc, url = start_app(ROOT / "app.py", {"ISNAD_LIBRARY": str(tmp / "library.sqlite"), "ISNAD_CORPUS": str(corpus)},
                          tmp / "streamlit.log")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_facts_conflicts_and_timeline_read_in_order(browser, timeline_app_url, lang):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    try:
        load(page, f"{timeline_app_url}/facts?lang={lang}", ".isnad-pairs")
        no_exception(page)
        pair = page.inner_text(".isnad-pairs li")
        if lang == "en":
            # an Arabic outlet name inside an English sentence keeps the sentence in order
            assert pair.startswith(("الوطن says 7", "اليوم says 5")), pair
        page.wait_for_selector(".isnad-timeline")
        page.screenshot(path=str(SHOTS / f"facts-timeline-{lang}-1366x768.png"), full_page=True)
    finally:
        page.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_compare_conflict_is_on_the_first_screen(browser, app_url, lang):
    # a trainer opens Compare: the disagreement is visible without scrolling past the texts
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    load(page, f"{app_url}/compare?lang={lang}", ".isnad-focus")
    no_exception(page)
    page.screenshot(path=str(SHOTS / f"compare-conflict-first-{lang}-1366x768.png"))
    # the first sides' figures (not only the heading) are on the first screen
    for box in (page.locator(".isnad-focus").nth(i).bounding_box() for i in range(2)):
        assert box is not None and box["y"] + box["height"] <= 768, box
    assert "c=" in page.url  # the picked conflict is in the link
    page.close()


def test_presenter_steps_with_clicker_keys(browser, app_url):
    # a presentation clicker sends PageDown / PageUp (some the arrow keys)
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    load(page, f"{app_url}/present", '[data-testid="stProgress"]')
    page.wait_for_timeout(500)  # the key handler's frame loads after the page
    assert page.get_by_text("Step 1 of").is_visible()
    page.locator('[data-testid="stMain"] h1').click()  # focus the page, not a widget
    page.keyboard.press("PageDown")
    page.wait_for_selector("text=Step 2 of", timeout=30_000)
    page.keyboard.press("ArrowRight")
    page.wait_for_selector("text=Step 3 of", timeout=30_000)
    page.keyboard.press("PageUp")
    page.wait_for_selector("text=Step 2 of", timeout=30_000)
    no_exception(page)
    page.close()


def test_chart_labels_show_markup_as_text(browser, fixture_app_url):
    # an outlet named 'Gamma <a href="https://evil.example/">News</a>': Plotly would render a live
    # link in the chart's tick labels and legend; it must read as typed
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    load(page, f"{fixture_app_url}/", ".js-plotly-plot")
    no_exception(page)
    page.wait_for_selector(".js-plotly-plot .ytick text", timeout=30_000)
    ticks = [t.text_content() for t in page.query_selector_all(".js-plotly-plot .ytick text")]
    assert any('<a href="https://evil.example/">News</a>' in (t or "") for t in ticks), ticks
    assert page.locator('a[href*="evil.example"]').count() == 0  # no live link anywhere on the page
    page.close()
