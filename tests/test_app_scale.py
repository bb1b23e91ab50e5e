"""Pages over a corpus of hundreds of articles, loaded from a batch run's Parquet output.

Long lists are paged: a page never draws more than a page of comparisons or
articles, whatever the corpus size (thousands of comparisons never finished
rendering before).  The batch output is what the dashboard loads for big corpora.
"""
from __future__ import annotations

import re

import pytest

from analysis.io.results import load_results
from analysis.io.batch import run_batch
from analysis.io.corpus import make_article
from analysis.io.library import Library
from analysis.io.synthetic import write_jsonl
from presentation.views import make_view, outlet_comparisons
from tests.support.apptest import assert_clean, clear_data_caches, html_of, run

# slow: the module fixture runs a real batch over 240 articles (~9 s) and each page run is ~2 s
pytestmark = pytest.mark.slow

ARTICLES = 240  # 24 stories of 10, 12 articles per outlet: several hundred comparisons, many pages of everything


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("scale")
    corpus = write_jsonl(tmp / "corpus.jsonl", ARTICLES, seed=3, story_size=10)
    run_batch(corpus, tmp / "out", progress=False)
    return tmp / "out"


@pytest.fixture(scope="module")
def expected(results):
    return load_results(results)


@pytest.fixture
def big_app(results, tmp_path, monkeypatch):
    monkeypatch.setenv("ISNAD_CORPUS", str(results))
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    clear_data_caches()
    yield tmp_path
    clear_data_caches()


def strong_lines(at) -> int:
    return sum('class="isnad-strong"' in h.value for h in at.html)


def rows_shown(at) -> list[str]:
    # the grid's rows: after its header row (conflicts and updates come first, in their own sections);
    # a row's claim cell carries its status note, the header row's cells carry none
    html = [h.value for h in at.html]
    start = next((i for i, h in enumerate(html) if 'class="isnad-strong"' in h and 'class="lbl"' not in h), 0)
    return [h for h in html[start:] if 'class="isnad-strong"' in h and 'class="lbl"' in h]


def test_the_corpus_is_big_enough_to_need_paging(expected):
    assert len(expected.articles) == ARTICLES
    assert len(expected.comparisons) > 100


def test_overview_loads_the_batch_results_and_pages_the_comparisons(big_app, expected):
    # the panels behind the cards and the map open (closed, they send nothing: see below)
    at = run("overview", session={"ov_cards": True, "ov_map": True}, params={"story": "*"})  # every story
    assert_clean(at)
    assert f"{ARTICLES} articles from {len(expected.outlets)} outlets" in at.caption[0].value
    n = len(expected.comparisons)
    assert any(c.value == f"Showing 1–20 of {n}." for c in at.caption)
    # behind the cards: one outlet at a time, its compared facts 3 a page
    view = make_view(expected)
    first = expected.outlets[0].outlet
    assert at.selectbox(key="ov_behind").value == first
    facts = len(outlet_comparisons(view, first))
    assert facts > 3 and at.number_input(key="pg_behind_facts").max == -(-facts // 3)
    assert strong_lines(at) <= 3 + 20
    # a bounded page: it was megabytes of markup at 5,000 articles before paging
    assert sum(len(h.value) for h in at.html) < 1_500_000


def test_facts_page_shows_one_page_of_rows_and_turns_pages(big_app, expected):
    at = run("facts", params={"story": "*"})
    assert_clean(at)
    pager = at.number_input(key="pg_facts")
    assert pager.value == 1 and pager.max == -(-len(expected.comparisons) // 25)
    first = rows_shown(at)
    assert len(first) == 25
    pager.set_value(2).run()
    assert_clean(at)
    second = rows_shown(at)
    assert len(second) == 25 and second != first
    assert any(c.value.startswith("Showing 26–50 of") for c in at.caption)


def test_a_page_beyond_the_list_falls_back_to_the_first(big_app, expected):
    at = run("facts", session={"pg_facts": 10_000}, params={"story": "*"})
    assert_clean(at)
    assert at.number_input(key="pg_facts").value == 1


def test_outlet_page_pages_the_outlets_articles(big_app, expected):
    outlet = expected.outlets[0].outlet
    mine = [a for a in expected.articles if a.article.outlet == outlet]
    assert len(mine) > 10
    at = run("outlet", params={"profile": outlet})
    assert_clean(at)
    # a page of ten, the first open; the others are drawn when opened
    assert len(re.findall(r'id="article-', html_of(at))) == 1
    labels = [e.label for e in at.expander]
    assert all((a.article.title or a.article.id) in labels for a in mine[:10])
    assert not any((a.article.title or a.article.id) in labels for a in mine[10:])
    assert any(c.value == f"Showing 1–10 of {len(mine)}." for c in at.caption)
    from ui.render import panel_key

    at.session_state[panel_key("outlet_article", mine[1].article.id)] = True
    assert f'id="article-{mine[1].article.id}"' in html_of(at.run())


@pytest.mark.parametrize("name", ["overview", "compare", "facts", "outlet", "presenter"])
def test_a_page_builds_records_only_for_what_it_shows(big_app, results, name):
    """Every story, every outlet: a page answers its whole-corpus questions from the columns and
    builds records only for the articles it shows (a page of sentences, facts or articles)."""
    import ui.data

    at = run(name, params={"story": "*"})
    assert_clean(at)
    store = ui.data.precomputed(str(results)).store
    # an article the page shows carries its id in a byline (or, whole, in its element id)
    page = html_of(at)
    shown = {aid for aid in store.ids if f'dir="ltr">{aid}</bdi>' in page or f'id="article-{aid}"' in page}
    if name == "presenter":  # its first step: one opening sentence per outlet, at most six, without ids
        assert 0 < store.built <= 6, store.built
    else:
        # (the panels of sentences behind the numbers are closed: a page may build nothing at all)
        assert store.built <= len(shown) < ARTICLES, (store.built, len(shown))
    # opening the panels a page holds closed builds a page of records more, never the corpus
    from ui.render import panel_key

    panels = {"overview": ["ov_cards", "ov_map", "ov_classes"], "facts": ["facts_uncompared"]}.get(name, [])
    if name == "outlet":
        shown_outlet = at.selectbox(key="f_profile").value
        panels = [panel_key("outlet_sourcing", shown_outlet), panel_key("outlet_consistency", shown_outlet)]
    if panels:
        before = store.built
        for key in panels:
            at.session_state[key] = True
        at.run()
        assert_clean(at)
        assert len(at.html) > 0 and before < store.built < ARTICLES // 2, (before, store.built)


def test_library_articles_join_the_precomputed_corpus(big_app, expected):
    lib = Library(big_app / "library.sqlite", reserved_ids=[a.article.id for a in expected.articles])
    lib.add([make_article(id="lib-1", outlet="Library outlet", raw_text="قال المتحدث باسم الوزارة إن ثلاث طائرات أسقطت.")])
    at = run("overview", params={"story": "*"})
    assert_clean(at)
    assert f"{ARTICLES + 1} articles from {len(expected.outlets) + 1} outlets" in at.caption[0].value


def test_damaged_batch_results_give_a_message_not_a_traceback(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.parquet").write_bytes(b"PAR1 this is not parquet")
    monkeypatch.setenv("ISNAD_CORPUS", str(out))
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    clear_data_caches()
    try:
        at = run("overview")
    finally:
        clear_data_caches()
    assert not at.exception
    assert at.error and "cannot be read" in at.error[0].value
