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
from urllib.parse import parse_qs, quote, urlparse

import pytest
from conftest import PAGES, WAIT_S

from tests.support.dashboard import EXCEPTION, FINISHED_OK

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ISNAD_SCREENSHOTS") or Path(tempfile.gettempdir()) / "isnad-screenshots")
SIZES = ((1366, 768), (1920, 1080))
FRAGMENT_RUN_OK = 3  # ForwardMsg.ScriptFinishedStatus.FINISHED_FRAGMENT_RUN_SUCCESSFULLY
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
    query = parse_qs(urlparse(page.url).query)
    assert query["outlet"] == [names[1]] and query["story"] == ["*"]  # the link now also says "all stories"


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
    tab.goto(f"{fixture_app_url}/?story=*", "", ".js-plotly-plot")  # Gamma's story is not the default one
    page = tab.page
    no_exception(page)
    page.wait_for_selector(".js-plotly-plot .ytick text", timeout=30_000)
    ticks = [t.text_content() for t in page.query_selector_all(".js-plotly-plot .ytick text")]
    assert any('<a href="https://evil.example/">News</a>' in (t or "") for t in ticks), ticks
    assert page.locator('a[href*="evil.example"]').count() == 0  # no live link anywhere on the page


# ---------------------------------------------------------------- issue #10: in front of a room

STEP_BOX_JS = """() => {
  const box = document.querySelector('.st-key-isnad_present').getBoundingClientRect();
  return {heading: document.querySelector('.st-key-isnad_present h2').innerText, bottom: box.bottom,
          step: document.querySelector('[data-testid="stProgress"]').innerText};
}"""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_presenter_steps_fit_one_screen_with_the_sidebar_folded(new_tab, app_url, lang):
    """At 1920x1080: the sidebar folds away, the legend is large, the arrows point the reading way,
    and every step's content ends above the fold (step 2 took three screens)."""
    tab = new_tab(1920, 1080, lang)
    tab.goto(f"{app_url}/present?lang={lang}", "present")
    page = tab.page
    page.wait_for_function("() => document.querySelector('[data-testid=\"stSidebar\"]')"
                           ".getAttribute('data-collapsed') === 'true'", timeout=WAIT_S * 1000)
    nxt = page.locator(".st-key-present_next button")
    assert nxt.inner_text().strip() == ("Next ▶" if lang == "en" else "التالي ◀")
    seen = []
    while True:
        page.wait_for_function("() => document.fonts.status === 'loaded'")
        state = page.evaluate(STEP_BOX_JS)
        seen.append(state["heading"])
        n = len(seen)
        page.screenshot(path=str(SHOTS / f"present-step{n}-{lang}-1920x1080.png"))
        assert state["bottom"] <= 1080, (n, state)
        if n == 2:  # the sources step: its legend is read from the back of the room
            size = page.eval_on_selector(".st-key-isnad_present .isnad-legend", "e => parseFloat(getComputedStyle(e).fontSize)")
            assert size >= 30, size
        if nxt.is_disabled():
            break
        tab.act(nxt.click, "present")
        page.wait_for_function("n => document.querySelector('[data-testid=\"stProgress\"]').innerText.includes(n)",
                               arg=str(n + 1), timeout=WAIT_S * 1000)
    assert len(seen) >= 4 and len(set(seen)) == len(seen), seen
    no_exception(page)


def test_leaving_the_presenter_gives_the_sidebar_back(new_tab, app_url):
    """The presenter folds the sidebar for the room; Streamlit remembers a folded sidebar (even in a
    new tab), so the presenter unfolds it again when it is left: the next page shows its filters."""
    tab = new_tab(1366, 768, "en")
    tab.goto(f"{app_url}/present?lang=en", "present")
    collapsed = "() => document.querySelector('[data-testid=\"stSidebar\"]')?.getAttribute('data-collapsed')"
    tab.page.wait_for_function(f"() => ({collapsed})() === 'true'", timeout=WAIT_S * 1000)
    mark = tab.mark()
    tab.ws = None
    tab.page.goto(f"{app_url}/?lang=en", timeout=WAIT_S * 1000)  # not Tab.goto: it would reopen the sidebar itself
    tab.wait_run(mark, f"{app_url}/?lang=en")
    tab.ready("")
    assert tab.page.evaluate(collapsed) == "false"
    no_exception(tab.page)


def test_library_message_sits_under_its_button_and_delete_can_be_undone(new_tab, app_url):
    tab = new_tab()
    page = tab.page
    aid = _add(tab, app_url, paste="قال مصدر أمني إن الهجوم وقع فجراً.")
    button = page.locator(".st-key-up_add button").bounding_box()
    alert = page.locator('[data-testid="stAlert"]', has_text="Added 1 article").bounding_box()
    # right below the button that caused it, not at the top of the page
    assert button and alert and 0 <= alert["y"] - (button["y"] + button["height"]) < 120, (button, alert)
    page.screenshot(path=str(SHOTS / "library-added-en-1366x768.png"))
    tab.act(page.locator(f".st-key-del_{aid} button").click, "library")
    notice = page.locator('[data-testid="stAlert"]', has_text="Undo brings it back")
    notice.wait_for(state="visible", timeout=WAIT_S * 1000)
    assert page.locator(f".st-key-del_{aid}").count() == 0  # gone from the list...
    undo = page.locator(".st-key-lib_undo button")
    below = undo.bounding_box()["y"] - notice.bounding_box()["y"]
    assert 0 < below < 150  # ...and undo offered in its place
    page.screenshot(path=str(SHOTS / "library-undo-en-1366x768.png"))
    tab.act(undo.click, "library")
    page.wait_for_selector(f".st-key-del_{aid} button", timeout=WAIT_S * 1000)  # back in the list
    assert page.get_by_text(f"Restored {aid}").is_visible()
    no_exception(page)


def _download(page, selector: str) -> bytes:
    with page.expect_download(timeout=120_000) as got:
        page.locator(selector).click()
    return Path(got.value.path()).read_bytes()


def test_exports_differ_per_page(new_tab, fixture_app_url):
    """Each page's CSV and report hold what that page shows (Compare and Facts were byte-identical)."""
    tab = new_tab()
    page = tab.page
    csvs, reports = {}, {}
    for path, name in (("", "overview"), ("compare", "compare"), ("facts", "facts"), ("outlet", "outlet")):
        tab.goto(f"{fixture_app_url}/{path}", path)
        csvs[name] = _download(page, f".st-key-dl_csv_{name} button")
        reports[name] = _download(page, ".st-key-dl_html button")
    assert all(c.startswith(b"\xef\xbb\xbf") for c in csvs.values())  # spreadsheets read the Arabic
    assert len(set(csvs.values())) == 4 and len(set(reports.values())) == 4
    assert b"Article id" in csvs["compare"] and "ثلاث طائرات".encode() in csvs["facts"]
    assert b'id="article-f2"' in reports["compare"] and b'id="article-f3"' not in reports["outlet"]


# how many lines each element spans (a bidi run is a rect of its own: count distinct line tops)
LINES_JS = "es => es.map(e => [e.innerText, new Set([...e.getClientRects()].map(r => Math.round(r.top / 4))).size])"


def test_outlet_names_and_dates_break_only_where_they_may(lang_tabs):
    """An Arabic name with a Latin gloss keeps the gloss on one line and its own order; a date
    never splits at its hyphen; chart labels are isolated."""
    tab = lang_tabs("ar")
    tab.show("")
    page = tab.page
    glosses = page.eval_on_selector_all(".isnad-card h4 .nw", LINES_JS)
    assert glosses and all(lines == 1 for _, lines in glosses), glosses
    assert page.eval_on_selector_all(".isnad-card h4", "es => es.every(e => e.querySelector('bdi'))")
    ticks = [t.text_content() or "" for t in page.query_selector_all(".js-plotly-plot .ytick text")]
    ticks = [t for t in ticks if any(ch.isalpha() for ch in t)]  # outlet names, not the map's numbers
    assert ticks and all(t.startswith("\u2068") and t.endswith("\u2069") for t in ticks), ticks
    labels = [t.text_content() or "" for t in page.query_selector_all(".js-plotly-plot .textpoint text")]
    assert labels, "the outlet map labels its points"
    tab.show("present")
    dates = page.eval_on_selector_all(".isnad-meta bdi.nw", LINES_JS)
    assert dates and all(lines == 1 for _, lines in dates), dates


TIP_BOX_JS = """e => {
  const r = e.getBoundingClientRect(), tip = getComputedStyle(e, '::before');
  const main = document.querySelector('[data-testid="stMain"]').getBoundingClientRect();
  const left = r.left + parseFloat(tip.left);
  return {left, right: left + parseFloat(tip.width), main: [main.left, main.right], at: e.dataset.tipAt,
          content: tip.content};
}"""


def test_tooltips_stay_inside_the_main_area(new_tab, fixture_app_url):
    """A highlight near the sidebar opens its tooltip toward the room, not under the sidebar."""
    tab = new_tab()
    tab.goto(f"{fixture_app_url}/compare", "compare")
    page = tab.page
    tips = page.locator(".isnad-article [data-tip]")
    assert tips.count() >= 4
    for i in range(tips.count()):
        el = tips.nth(i)
        el.scroll_into_view_if_needed()
        el.hover()
        box = el.evaluate(TIP_BOX_JS)
        assert box["content"] not in ("none", "normal"), box  # the tooltip is open
        assert box["main"][0] - 1 <= box["left"] and box["right"] <= box["main"][1] + 1, (i, box)


def test_evidence_panels_are_drawn_when_opened(new_tab, fixture_app_url):
    """The sentences behind the numbers are not sent with the page (most of its markup was theirs);
    opening a panel draws them, by rerunning only that panel (a fragment), and they stay escaped."""
    tab = new_tab()
    tab.goto(f"{fixture_app_url}/?story=*", "", ".js-plotly-plot")
    page = tab.page
    no_exception(page)
    panel = page.locator(".st-key-ov_cards")
    assert panel.count() == 1 and panel.locator(".isnad-att, [data-class]").count() == 0
    runs = tab.mark()
    panel.locator("summary").first.click()
    panel.locator("[data-class]").first.wait_for(timeout=WAIT_S * 1000)
    # Streamlit's status for a fragment's own run (ScriptFinishedStatus FINISHED_FRAGMENT_RUN_SUCCESSFULLY):
    # opening the panel reran the panel, not the page
    while FRAGMENT_RUN_OK not in tab.finished[runs:] and FINISHED_OK not in tab.finished[runs:]:
        tab.ws.wait_for_event("framereceived", timeout=WAIT_S * 1000)  # the run's end, whichever it is
    assert FRAGMENT_RUN_OK in tab.finished[runs:] and FINISHED_OK not in tab.finished[runs:], tab.finished[runs:]
    no_exception(page)
    assert panel.locator("[data-class]").count() > 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.screenshot(path=str(SHOTS / "overview-panel-open-en-1366x768.png"), full_page=True)
