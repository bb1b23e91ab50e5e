"""Every page under AppTest with the fixture analysis: content, filters, language, interactions."""
from __future__ import annotations

import html
import re

import pytest

from tests.support.apptest import PAGES, assert_clean, cards, downloads, fake_app, html_of, run, tables  # noqa: F401
from tests.support.fixture_corpus import ALPHA, BETA, GAMMA, fake_corpus

EXPECTED = {o.outlet: o for o in fake_corpus().outlets}


# (Methodology measures accuracy live only when its panels are opened: test_app_real does that)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_page_runs_in_both_languages(fake_app, name, lang):
    at = run(name, params={"lang": lang})
    assert_clean(at)
    assert at.title, "every page has a title"
    if lang == "ar":
        assert "direction: rtl" in html_of(at)


def test_overview_cards_show_the_pipeline_numbers(fake_app):
    at = run("overview", params={"story": "*"})  # every story
    assert_clean(at)
    got = cards(at)
    assert len(got) == 3
    for outlet, report in EXPECTED.items():
        card = next(c for c in got if html.escape(outlet) in c)  # names are escaped: user input
        assert f">{report.sourcing.score:.0f}<" in card
        assert f"{report.sourcing.interval.low:.0f}–{report.sourcing.interval.high:.0f}" in card
    assert "3 articles from 3 outlets" in at.caption[0].value
    assert len(at.get("plotly_chart")) == 2
    assert at.query_params["story"] in ("*", ["*"])  # "All stories" is in the link, so it reproduces


def test_overview_expander_holds_the_sentences(fake_app):
    at = run("overview", params={"outlet": ALPHA})
    # closed, the panel sends nothing: the sentences are built when a reader opens it
    assert "وزير الداخلية عثمان الغانمي" not in html_of(at)
    at.session_state["ov_cards"] = True  # what opening the expander does (its state is tracked)
    body = html_of(at.run())
    # the highlighted sentence behind Alpha's sourcing score, with the attribution marked
    assert 'data-class="named"' in body and "وزير الداخلية عثمان الغانمي" in body


def test_outlet_filter_from_url_and_widget(fake_app):
    at = run("overview", params={"outlet": BETA})
    assert [BETA in c for c in cards(at)] == [True]
    at.sidebar.multiselect(key="f_outlets").set_value([ALPHA, GAMMA]).run()
    got = cards(at)
    assert len(got) == 2 and not any(BETA in c for c in got)
    assert sorted(at.query_params["outlet"]) == sorted([ALPHA, GAMMA])  # the link reproduces the view


def test_story_filter_and_stale_url_values(fake_app):
    at = run("overview", params={"story": "s2", "outlet": "No Such Outlet"})
    assert_clean(at)
    got = cards(at)
    assert len(got) == 1 and html.escape(GAMMA) in got[0]
    assert "outlet" not in at.query_params  # the unknown outlet was dropped


def test_language_switch(fake_app):
    at = run("overview")
    assert at.title[0].value == "Overview"
    at.sidebar.radio(key="lang").set_value("ar").run()
    assert at.title[0].value == "نظرة عامة"
    assert "direction: rtl" in html_of(at)
    assert at.query_params["lang"] == "ar"


def test_compare_defaults_to_the_story_and_shows_the_conflict(fake_app):
    at = run("compare")
    assert_clean(at)
    assert at.multiselect(key="f_articles").value == ["f1", "f2"]
    body = html_of(at)
    assert 'id="article-f1"' in body and 'id="article-f2"' in body
    assert "att-named" in body and "att-anonymous" in body and "att-vague" in body
    assert "fact-contradicted" in body
    assert at.selectbox(key="f_conflict").options == ["drones: ثلاث طائرات ≠ طائرتين"]
    # both sentences of the conflict, side by side, the values themselves in focus
    focus = [h.value for h in at.html if "isnad-focus" in h.value]
    assert any("ثلاث طائرات" in h for h in focus) and any("طائرتين" in h for h in focus)


def test_compare_picks_change_the_columns(fake_app):
    at = run("compare", params={"story": "*"})  # f3 is another story
    at.multiselect(key="f_articles").set_value(["f1", "f3"]).run()
    body = html_of(at)
    assert 'id="article-f3"' in body and 'id="article-f2"' not in body
    assert not [w for w in at.selectbox if w.key == "f_conflict"]  # f1 and f3 do not conflict
    assert "do not contradict" in at.info[0].value
    assert at.query_params["a"] == ["f1", "f3"]


def test_compare_escapes_article_text(fake_app):
    at = run("compare", params={"a": "f2"})
    body = html_of(at)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in body
    assert "<script>window" not in body and "<img src=x" not in body


def test_facts_grid_conflict_cells(fake_app):
    at = run("facts")
    assert_clean(at)
    # each grid row is one element (ui.render.grid_row): its cells are in it
    cells = [c for h in at.html for c in re.findall(r'<div class="isnad-cell .*?</div></div>', h.value)]
    assert len(cells) == 2 and all("isnad-cell conflict" in c for c in cells)
    assert any("ثلاث طائرات" in c for c in cells) and any("طائرتين" in c for c in cells)
    assert "1 fact reported by more than one outlet; 1 in conflict" in at.caption[0].value


def test_outlet_profile(fake_app):
    at = run("outlet", params={"profile": ALPHA})
    assert_clean(at)
    assert at.selectbox(key="f_profile").value == ALPHA
    assert not at.dataframe  # a plain table: no data grid for the browser to load (BENCHMARKS.md, h65)
    table = tables(at)[0]
    assert [r["Source"] for r in table] == ["وزير الداخلية عثمان الغانمي", "مصادر أمنية"]
    assert list(table[0]) == ["Source", "Class", "Mentions", "Via", "Reason for anonymity", "Article"]
    assert 'id="article-f1"' in html_of(at)
    at.selectbox(key="f_profile").set_value(BETA).run()
    assert at.query_params["profile"] == BETA
    assert "مراقبون" in [r["Source"] for r in tables(at)[0]]


def test_presenter_steps_advance(fake_app):
    at = run("presenter")
    assert_clean(at)
    headers = lambda: [h.value for h in at.header]  # noqa: E731
    assert headers() == ["The event: how each outlet opens"]
    assert at.button(key="present_back").disabled
    at.button(key="present_next").click().run()
    assert headers() == ["Who are the sources?"]
    at.button(key="present_next").click().run()
    assert headers() == ["Where they disagree: drones"]
    at.button(key="present_next").click().run()
    assert headers() == ["What the numbers say"]
    assert at.button(key="present_next").disabled
    at.button(key="present_restart").click().run()
    assert headers() == ["The event: how each outlet opens"]


def test_methodology_reads_weights_from_scoring_json(fake_app):
    import json
    from tests.support.apptest import ROOT

    rules = json.loads((ROOT / "data" / "scoring.json").read_text("utf-8"))
    at = run("methodology")
    assert_clean(at)
    credits = list(at.table[0].value["Credit"])
    c = rules["credit"]
    assert credits == [f"{c[k]:g}" for k in ("named", "anonymous_with_reason", "vague", "anonymous")]
    assert f"intra-article correlation {rules['icc']}" in "\n".join(m.value for m in at.markdown)
    # the judged archive samples, counted from their per-pair labels
    assert "Conflicts across the whole archive (stories grouped automatically)" in [h.value for h in at.subheader]
    frame = next(d.value for d in at.dataframe if "genuine" in d.value.columns)
    samples = json.loads((ROOT / "data" / "gold" / "archive_conflict_samples.json").read_text("utf-8"))["samples"]
    assert len(frame) == len(samples) and list(frame["judged"]) == [len(s["items"]) or s["drawn"] for s in samples]
    # the last four sessions' final runs (the twenty-first to the twenty-fourth)
    assert list(frame["judged"])[-4:] == [228, 244, 284, 272]


def test_export_buttons_on_every_data_page(fake_app):
    for name in ("overview", "compare", "facts", "outlet"):
        at = run(name)
        keys = {b.key for b in at.get("download_button")}
        assert {f"dl_csv_{name}", "dl_html"} <= keys, name


def test_labels_exist_in_both_languages():
    import json
    from tests.support.apptest import ROOT

    en = json.loads((ROOT / "data" / "i18n" / "en.json").read_text("utf-8"))
    ar = json.loads((ROOT / "data" / "i18n" / "ar.json").read_text("utf-8"))
    assert set(en) == set(ar)
    plurals_en, plurals_ar = en.pop("_plurals"), ar.pop("_plurals")
    for key, text in en.items():  # same placeholders, so a switch never breaks a format()
        assert sorted(re.findall(r"{(\w+)}", text)) == sorted(re.findall(r"{(\w+)}", ar[key])), key
    # every counted noun in both languages, with each language's plural forms ("{n}" or a word)
    assert set(plurals_en) == set(plurals_ar)
    for noun in plurals_en:
        assert set(plurals_en[noun]) == {"one", "other"}, noun
        assert set(plurals_ar[noun]) == {"zero", "one", "two", "few", "many", "other"}, noun
        for forms in (plurals_en[noun], plurals_ar[noun]):
            assert all(set(re.findall(r"{(\w+)}", f)) <= {"n"} for f in forms.values()), noun


def test_compare_shows_the_conflict_before_the_texts_and_keeps_it_in_the_url(fake_app):
    at = run("compare")
    headers = [h.value for h in at.header]
    assert headers.index("Where these articles disagree") < headers.index("The articles in full")
    assert at.query_params["c"] in ("s1/drones", ["s1/drones"])
    # a shared link with the conflict picked reproduces it
    again = run("compare", params={"a": ["f1", "f2"], "c": "s1/drones"})
    assert again.selectbox(key="f_conflict").value == "s1/drones"
    # a stale conflict in a link falls back to the first, never an error
    stale = run("compare", params={"c": "s9/nothing"})
    assert_clean(stale)
    assert stale.selectbox(key="f_conflict").value == "s1/drones"


def test_presenter_asks_the_room_before_each_answer(fake_app):
    at = run("presenter", session={"present_ask": True})
    assert_clean(at)
    headers = lambda: [h.value for h in at.header]  # noqa: E731
    seen = [headers()]
    while not at.button(key="present_next").disabled:
        at.button(key="present_next").click().run()
        seen.append(headers())
    assert [h[0] for h in seen] == [
        "The event: how each outlet opens",
        "Your guess: which outlet leans most on unnamed sources?",
        "Who are the sources?",
        "Your guess: these outlets reported drones. Which figure differs, and who gave it?",
        "Where they disagree: drones",
        "What the numbers say",
    ]


def test_presenter_question_hides_the_answer_until_the_next_click(fake_app):
    at = run("presenter", session={"present_ask": True, "present_step": 3})
    body = html_of(at)
    assert "ثلاث طائرات" not in body and "طائرتين" not in body  # the figures wait for the reveal
    at.button(key="present_next").click().run()
    assert "طائرتين" in html_of(at)


def test_a_bad_record_in_the_corpus_is_left_out_with_a_warning(tmp_path, monkeypatch):
    import json as _json

    import analysis.pipeline
    from tests.support.apptest import clear_data_caches
    from tests.support.fixture_corpus import ARTICLES, fake_analyze_corpus

    path = tmp_path / "corpus.jsonl"
    lines = [_json.dumps(a, ensure_ascii=False) for a in ARTICLES] + ["{not json", '{"id": "empty", "text": "fbpx"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("ISNAD_CORPUS", str(path))
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    monkeypatch.setattr(analysis.pipeline, "analyze_corpus", fake_analyze_corpus)
    clear_data_caches()
    at = run("overview", params={"story": "*"})
    assert_clean(at)
    assert len(cards(at)) == 3  # the good articles are all there
    warning = at.sidebar.warning[0].value
    assert "2 record(s)" in warning and "not valid JSON" in warning
    clear_data_caches()


def test_search_and_date_range_narrow_the_view_and_stay_in_the_url(fake_app):
    at = run("overview")
    assert at.sidebar.select_slider(key="f_dates").value == ("2020-06-29", "2021-11-07")
    at.sidebar.text_input(key="f_query").set_value("بالمنزل").run()  # f1 and f2 say "المنزل"; f3 does not
    assert_clean(at)
    assert at.query_params["q"] in ("بالمنزل", ["بالمنزل"])
    got = cards(at)
    assert len(got) == 2 and not any(html.escape(GAMMA) in c for c in got)
    assert "2 articles match" in " ".join(c.value for c in at.sidebar.caption)
    # a shared link reproduces search and dates; the range alone narrows too
    linked = run("overview", params={"d": ["2020-06-29", "2020-06-29"]})
    assert_clean(linked)
    assert len(cards(linked)) == 1 and html.escape(GAMMA) in cards(linked)[0]
    # the story list follows search and dates: only the story of the one article in range is offered
    everything = run("overview").sidebar.selectbox(key="f_story").options
    searched = at.sidebar.selectbox(key="f_story").options
    offered = linked.sidebar.selectbox(key="f_story").options
    assert len(everything) == 1 + len(fake_corpus().stories) == 3
    assert searched == everything[:2] and offered == [everything[0], everything[2]]


def test_a_long_story_list_is_cut_and_says_how_to_narrow_it(fake_app, monkeypatch):
    import presentation.views

    monkeypatch.setattr(presentation.views, "STORY_LIST_LIMIT", 1)
    at = run("overview")
    assert_clean(at)
    assert len(at.sidebar.selectbox(key="f_story").options) == 2  # "All stories" and the biggest
    assert "Not listed: 1 story more" in " ".join(c.value for c in at.sidebar.caption)
    ar = run("overview", params={"lang": "ar"})
    assert "قصة واحدة" in " ".join(c.value for c in ar.sidebar.caption)
    # nothing matches: the page says so instead of failing
    none = run("overview", params={"q": "كلمةغيرموجودة"})
    assert_clean(none)


def test_the_whole_date_range_stays_out_of_the_url(fake_app):
    # no filter, no parameter: a plain link stays plain, on every page (Compare writes the URL twice)
    for page in ("overview", "compare", "facts"):
        assert "d" not in run(page).query_params, page


def _csv(data: bytes) -> list[dict]:
    import csv
    import io

    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_each_page_exports_what_it_shows(fake_app, downloads):
    """Issue #10: Compare exports the compared articles and their conflict, Facts the grid, the
    Outlet profile that outlet only; the reports are not one report under four names."""
    from tests.support.apptest import download
    from tests.support.fixture_corpus import ALPHA, BETA

    cmp = run("compare", params={"a": ["f1", "f3"]})
    assert {r["Article id"] for r in _csv(download(cmp, "dl_csv_compare", downloads))} == {"f1", "f3"}
    cmp = run("compare", params={"a": ["f1", "f2"]})
    rows = _csv(download(cmp, "dl_csv_compare", downloads))
    assert {r["Article id"] for r in rows} == {"f1", "f2"} and all(r["Fact"] for r in rows)
    compare_html = download(cmp, "dl_html", downloads).decode("utf-8")

    facts = run("facts")
    grid = _csv(download(facts, "dl_csv_facts", downloads))
    assert [r[ALPHA] for r in grid] == ["ثلاث طائرات"] and [r[BETA] for r in grid] == ["طائرتين"]
    facts_html = download(facts, "dl_html", downloads).decode("utf-8")
    assert compare_html != facts_html

    outlet = run("outlet", params={"profile": ALPHA})
    assert {r["Article id"] for r in _csv(download(outlet, "dl_csv_outlet", downloads))} == {"f1"}
    outlet_html = download(outlet, "dl_html", downloads).decode("utf-8")
    assert 'id="article-f1"' in outlet_html and 'id="article-f2"' not in outlet_html


def test_exports_follow_the_ui_language(fake_app, downloads):
    from tests.support.apptest import download

    at = run("overview", params={"lang": "ar"})
    rows = _csv(download(at, "dl_csv_overview", downloads))
    assert "الوسيلة" in rows[0] and "درجة التوثيق" in rows[0]
    page = download(at, "dl_html", downloads).decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="ar" dir="rtl"' in page


# ---------------------------------------------------------------- issue #10: defaults, why lines, plurals

def test_a_plain_link_opens_on_the_biggest_story_and_its_outlets(fake_app):
    """Not "All stories" mixing in the unrelated 2020 article: s1 (two outlets), and the Outlet
    profile on an outlet of that story (Gamma, first by name, only wrote the other one)."""
    at = run("overview")
    assert_clean(at)
    assert at.sidebar.selectbox(key="f_story").value == "s1"
    assert at.query_params["story"] in ("s1", ["s1"])  # the link says which story
    assert len(cards(at)) == 2 and not any(html.escape(GAMMA) in c for c in cards(at))
    assert run("outlet").selectbox(key="f_profile").value == BETA
    # a link that names anything of a view is reproduced as it is: no story imposed on it
    assert run("overview", params={"outlet": GAMMA}).sidebar.selectbox(key="f_story").value == ""
    assert run("outlet", params={"profile": GAMMA}).selectbox(key="f_profile").value == GAMMA


def test_each_card_says_why_in_one_line_with_the_pipelines_counts(fake_app):
    from presentation.views import consistency_why, sourcing_why

    ca = fake_corpus()
    at = run("overview", params={"story": "*"})
    for o in ca.outlets:
        card = next(c for c in cards(at) if html.escape(o.outlet) in c)
        s, c = sourcing_why(ca, o), consistency_why(o)
        reasons = f" ({s.with_reason} with a reason)" if s.with_reason else ""
        plural = "source" if s.sources == 1 else "sources"
        assert (f"Sourcing · {s.named} of {s.sources} {plural} named · {s.anonymous} anonymous{reasons}"
                f" · {s.vague} vague") in card
        if c.score is None:
            assert "Fact consistency · Not enough evidence" in card
        else:
            assert f"Fact consistency · {c.agree} of {c.checked} fact" in card
    alpha = next(c for c in cards(at) if "Alpha" in c)
    assert "1 of 2 sources named · 1 anonymous (1 with a reason) · 0 vague" in alpha  # the fixture's two sources


def test_outlet_profile_gives_anonymous_sources_and_mentions_per_1000_words(fake_app):
    from presentation.views import sourcing_why

    ca = fake_corpus()
    at = run("outlet", params={"profile": BETA})
    card = cards(at)[0]
    why = sourcing_why(ca, next(o for o in ca.outlets if o.outlet == BETA))
    assert "Anonymous sources per 1,000 words" in card and "Anonymous mentions per 1,000 words" in card
    assert f">{why.sources_per_1000:.1f}<" in card and f">{why.mentions_per_1000:.1f}<" in card
    assert f"{why.anonymous_mentions} mention" in card and "each counted once" in card


def test_overview_evidence_is_one_outlet_at_a_time_across_the_page(fake_app):
    at = run("overview", session={"ov_cards": True})
    assert at.selectbox(key="ov_behind").options == [BETA, ALPHA]
    def panel() -> str:  # the first expander: behind the cards
        return "".join(h.value for h in at.expander[0].get("html"))

    assert "مراقبون" in panel() and "طلبت عدم الكشف" not in panel()
    at.selectbox(key="ov_behind").set_value(ALPHA).run()
    assert "مراقبون" not in panel() and "طلبت عدم الكشف" in panel()


def test_counts_take_the_right_plural_form():
    from ui.i18n import count

    assert [count("articles", n, "en") for n in (1, 2)] == ["1 article", "2 articles"]
    assert [count("articles", n, "ar") for n in (1, 2, 3, 11, 100)] == [
        "مقال واحد", "مقالان", "3 مقالات", "11 مقالاً", "100 مقال"]


def test_one_article_from_one_outlet_is_singular(fake_app):
    at = run("overview", params={"story": "s2"})
    assert at.caption[0].value.startswith("1 article from 1 outlet.")
    assert "مقال واحد من وسيلة واحدة" in run("overview", params={"story": "s2", "lang": "ar"}).caption[0].value


def test_presenter_title_legend_and_one_line_per_score(fake_app):
    from presentation.views import sourcing_why, story_name

    ca = fake_corpus()
    at = run("presenter")
    assert at.title[0].value == story_name(ca, "s1") and "(" not in at.title[0].value  # not "headline (2)"
    assert at.caption[0].value == "2 articles from 2 outlets"
    at.button(key="present_next").click().run()
    body = html_of(at)
    assert 'class="isnad-legend"' in body and "att-named" in body
    for o in ca.outlets[1:]:  # Beta and Alpha are in s1
        s, iv = sourcing_why(ca, o), o.sourcing.interval
        # the score with its plausible range: a story has few sources
        assert (f"Sourcing · {s.score:.0f}/100 (plausible range {iv.low:.0f}–{iv.high:.0f}): {s.named} of {s.sources} "
                "sources named") in body


def test_presenter_arrows_point_the_reading_way(fake_app):
    en = run("presenter")
    assert en.button(key="present_next").label == "Next ▶" and en.button(key="present_back").label == "◀ Back"
    ar = run("presenter", params={"lang": "ar"})  # right to left: onward is leftward
    assert ar.button(key="present_next").label == "التالي ◀" and ar.button(key="present_back").label == "▶ السابق"


def test_presenter_says_why_when_a_filter_leaves_nothing(fake_app):
    at = run("presenter", params={"story": "s1", "outlet": GAMMA})  # Gamma wrote nothing in s1
    assert_clean(at)
    assert "no article of the chosen outlets is in this story" in at.info[0].value
    assert not at.header and not [b for b in at.button if b.key == "present_next"]  # no empty step
    at = run("presenter", params={"q": "كلمةغيرموجودة"})
    assert_clean(at)
    assert "no article matches the sidebar's filters" in at.info[0].value
    # outlets without a picked story: the biggest story among theirs, not an empty one
    at = run("presenter", params={"outlet": GAMMA})
    assert_clean(at)
    assert at.title[0].value == "A different story" and at.button(key="present_next")


def test_every_abstention_reason_is_explained_in_both_languages():
    # the Facts page shows t("abstain_" + reason) for each pair left uncompared
    import json

    from analysis.records import PairKind
    from tests.support.apptest import ROOT

    for lang in ("en", "ar"):
        labels = json.loads((ROOT / "data" / "i18n" / f"{lang}.json").read_text("utf-8"))
        missing = [k.value for k in PairKind if k not in (PairKind.CONFLICT, PairKind.OUTDATED)
                   and f"abstain_{k.value}" not in labels]
        assert not missing, (lang, missing)


def test_outlet_sources_a_class_at_a_time_and_a_screenful(fake_app, monkeypatch):
    import presentation.views

    at = run("outlet", params={"profile": ALPHA})
    at.segmented_control(key="f_source_class").set_value("anonymous").run()
    assert_clean(at)
    assert [r["Source"] for r in tables(at)[0]] == ["مصادر أمنية"]
    monkeypatch.setattr(presentation.views, "SOURCE_ROWS", 1)
    cut = run("outlet", params={"profile": ALPHA})
    assert [r["Source"] for r in tables(cut)[0]] == ["وزير الداخلية عثمان الغانمي"]
    assert "Showing the first 1 of 2 sources" in " ".join(c.value for c in cut.caption)
    # the export keeps every source
    from presentation.export import outlet_rows_of
    from presentation.views import make_view
    assert len(outlet_rows_of(make_view(fake_corpus()), ALPHA, {})) == 2


def test_table_html_escapes_every_header_and_cell():
    from ui.render import table_html

    out = table_html(["<b>Source</b>", "n"], [['<script>alert(1)</script> "x" & y', 3], ["<img src=x onerror=1>", 12]],
                     numeric=(1,))
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; y" in out
    assert '<td class="num"><span dir="auto">12</span></td>' in out and out.count("<tr>") == 3
    assert out.startswith('<div class="isnad-table"><table><thead>')


def test_outlet_sources_table_escapes_the_corpus_text_in_each_language(fake_app, monkeypatch):
    """Source labels, via and article ids come from the articles: shown as text, never as markup."""
    import json

    import presentation.views
    from presentation.views import SourceRow
    from tests.support.apptest import ROOT

    evil = SourceRow(article_id='f1"><script>x</script>', outlet=ALPHA, label="<img src=x onerror=alert(1)>",
                     source_class="anonymous", mentions=7, via="<b>wire</b>", reason_given=True, source=None)
    monkeypatch.setattr(presentation.views, "outlet_sources", lambda view, outlet: [evil])
    for lang in ("en", "ar"):
        words = json.loads((ROOT / "data" / "i18n" / f"{lang}.json").read_text("utf-8"))
        at = run("outlet", params={"profile": ALPHA, "lang": lang})
        assert_clean(at)
        markup = html_of(at)
        assert "<img" not in markup and "<script>x" not in markup and "<b>wire" not in markup
        [row] = tables(at)[0]
        assert row == {words["col_source"]: evil.label, words["col_class"]: words["class_anonymous"],
                       words["col_mentions"]: "7", words["col_via"]: "<b>wire</b>", words["col_reason"]: words["yes"],
                       words["col_article"]: evil.article_id}


def test_times_of_day_read_as_words_in_each_language():
    from presentation.labels import subject_label
    from presentation.views import value_label
    from ui.i18n import labels

    en, ar = labels("en"), labels("ar")
    assert value_label("tod:dawn", en) == "at dawn" and value_label("tod:dawn", ar) == "فجرًا"
    assert value_label("tod:06:35", en) == "06:35"
    assert value_label("tod:11:01?", en) == "11:01 (morning or evening not said)"
    assert value_label("30..inf", en) == "≥30" and value_label("tod:dawn") == "dawn"  # no labels: the part's id
    assert subject_label("event_time", "en") == "Time of day of the event"
    assert subject_label("event_time", "ar") == "وقت وقوع الحدث"


def test_lengths_read_in_days_show_in_the_units_a_reader_writes():
    # a contract's or a suspension's length is compared in days (scope.json governed_durations); a reader sees
    # "Al-Watan says 3 year(s), Al-Riyadh says 2 year(s)", never "1095..1098 against 730..732"
    from analysis.pipeline import analyze_article, combine
    from analysis.io.corpus import make_article
    from presentation.highlight import fact_tip
    from presentation.labels import subject_label
    from presentation.views import pair_statements, quantity_line, value_label
    from ui.i18n import labels

    en, ar = labels("en"), labels("ar")
    assert value_label("1095..1098", en, "duration:contract") == "3 year(s)"
    assert value_label("730..732", ar, "duration:contract") == "2 سنة"
    assert value_label("35", en, "duration:suspension") == "35 day(s)"  # days as written, not "5 weeks"
    assert value_label("53.1..64.9", en, "duration:suspension") == "about 2 month(s)"
    assert value_label("53.1..64.9", en) == "53.1–64.9"  # any other quantity: as before
    # large figures with their thousands grouped, as a room reads them off a screen; years and small figures as they are
    assert value_label("4000000") == "4,000,000" and value_label("129800000000.00002") == "129,800,000,000"
    assert value_label("1000000..2000000") == "1,000,000–2,000,000" and value_label("2015") == "2015"
    assert value_label("3.5") == "3.5" and value_label("2015-07-23") == "2015-07-23"
    assert subject_label("duration:contract", "en") == "Length of the contract"
    assert subject_label("duration:suspension", "ar") == "مدة التعليق أو التوقف"
    arts = [make_article(id=f"d{i}", outlet=o, published="2015-07-31", story="s", raw_text=t) for i, (o, t) in enumerate([
        ("A", "أنهت إدارة النادي إجراءات التعاقد مع اللاعب بعقد يمتد لعامين مع أفضلية التوقيع لعامين آخرين."),
        ("B", "وقع النادي مع اللاعب بعقد يمتد لعامين."),
        ("C", "تلقى النادي موافقة اللاعب على الاحتراف في صفوف الفريق مدة ثلاث سنوات.")])]
    result = combine([analyze_article(a) for a in arts])
    (c,) = [c for c in result.comparisons if c.subject == "duration:contract"]
    said = {(value_label(p.a.normalised, en, p.subject), value_label(p.b.normalised, en, p.subject)) for p in pair_statements(c)}
    assert said and all({x, y} == {"2 year(s)", "3 year(s)"} for x, y in said)
    assert {p.value for p in quantity_line(c).points} == {"2 year(s)", "3 year(s)"}
    (f,) = [f for f in result.articles[2].facts if f.measure == "duration:contract"]
    assert "Read as: 3 year(s)" in fact_tip(f, "", en)


def test_place_claims_read_as_words_in_each_language():
    # "Asharq Al-Awsat says the Pacific Ocean, Al-Riyadh says the Indian Ocean", never "ocean:pacific"
    from analysis.pipeline import analyze_article, combine
    from analysis.io.corpus import make_article
    from presentation.highlight import fact_tip
    from presentation.labels import subject_label
    from presentation.views import pair_statements, value_label
    from ui.i18n import labels

    en, ar = labels("en"), labels("ar")
    assert value_label("dir:NW", en) == "north-west" and value_label("dir:NW", ar) == "شمال غرب"
    assert value_label("dir:S", ar) == "جنوب" and value_label("ocean:indian", ar) == "المحيط الهندي"
    assert value_label("ocean:pacific") == "the Pacific Ocean"  # no labels: English words, never the id
    assert subject_label("event_ocean", "ar") == "مكان الحدث: المحيط"
    assert subject_label("event_day:crash", "ar") == "يوم تحطم الطائرة"  # the day of the story's crash
    assert subject_label("event_day:crash") == "Day of the crash" and subject_label("event_day:other") == "Day of the event"
    texts = [("A", "لقي 21 شخصا مصرعهم بعدما اصطدم مركب رحلات بصندل نهري في النيل بشمال القاهرة."),
             ("B", "انتشل رجال الإنقاذ 11 جثمانا في حادث غرق مركب جراء اصطدام صندل به في جنوب القاهرة."),
             ("C", "قتل 18 شخصا إثر اصطدام مركب رحلات بصندل نهري بالقرب من حي الوراق شمال غرب القاهرة.")]
    arts = [make_article(id=f"p{i}", outlet=o, published="2015-07-24", story="s", raw_text=t) for i, (o, t) in enumerate(texts)]
    result = combine([analyze_article(a) for a in arts])
    (c,) = [c for c in result.comparisons if c.subject.startswith("event_direction:")]
    assert subject_label(c.subject, "ar", c.wording) == "مكان الحدث: أي جهة من القاهرة"
    said = {frozenset((value_label(p.a.normalised, en, p.subject), value_label(p.b.normalised, en, p.subject)))
            for p in pair_statements(c)}
    assert frozenset(("north", "south")) in said
    (f,) = [f for f in result.articles[1].facts if f.normalised.startswith("dir:")]
    assert "Read as: south" in fact_tip(f, "", en)


def test_fact_tip_reads_a_value_as_the_pairs_and_timelines_do():
    # one reading of a canonical value everywhere it is shown: the tip says "≥30" and "4,000,000", not "30..inf"
    from analysis.records import Fact, FactKind
    from presentation.highlight import fact_tip
    from ui.i18n import labels

    en = labels("en")

    def tip(normalised: str, **kw: str) -> str:
        return fact_tip(Fact(0, 1, FactKind.NUMBER, "v", normalised, **kw), "", en)

    assert "Read as: ≥30" in tip("30..inf")
    assert "Read as: 27–33" in tip("27..33")
    assert "Read as: 4,000,000" in tip("4000000")
    assert "Read as: 3 year(s)" in tip("1095..1098", measure="duration:contract")
    assert "Read as: at dawn" in tip("tod:dawn")


def test_overview_says_how_few_real_disagreements_the_rules_find(fake_app):
    # a high consistency is few *detected* disputes: the caution quotes the newest recorded runs
    import json

    from analysis.lexicon import DATA_DIR
    from presentation.views import detection_recall

    rec = detection_recall(json.loads((DATA_DIR / "gold" / "story_runs.json").read_text("utf-8")))
    at = run("overview", params={"story": "*"})
    assert_clean(at)
    shown = " ".join(c.value for c in at.caption)
    assert f"found {rec.found} of {rec.labelled} disagreements" in shown
    assert f"{rec.blind_found} of {rec.blind_labelled} on stories nobody" in shown


def test_methodology_limits_quote_the_newest_recorded_recall_and_archive_census(fake_app):
    import json

    from analysis.lexicon import DATA_DIR
    from presentation.views import detection_recall, latest_archive_sample

    gold = DATA_DIR / "gold"
    rec = detection_recall(json.loads((gold / "story_runs.json").read_text("utf-8")))
    genuine, judged = latest_archive_sample(json.loads((gold / "archive_conflict_samples.json").read_text("utf-8")))
    at = run("methodology")
    assert_clean(at)
    text = " ".join(m.value for m in at.markdown)
    assert f"found {rec.found} of the {rec.labelled} disagreements" in text
    assert f"{genuine} of {judged} reported conflicts were judged genuine" in text
