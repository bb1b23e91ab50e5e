"""A batch results folder is opened as columns (analysis/io/columnar.py): every page shows exactly
what it shows for the same corpus analysed in memory, and builds records only for what is on screen.

The folder is the real pipeline's analysis of the bundled corpus, written in the batch layout to a
temporary folder (nothing lands in the working tree).
"""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from analysis import pipeline
from analysis.io.readers import read_articles
from analysis.io.results import load_results, write_results
from analysis.io.columnar import Articles, LazySeq, open_results
from tests.support.apptest import PAGES, assert_clean, clear_data_caches, run
from presentation.views import (
    article_label, article_label_of, default_picks, grid_outlets, ids_of, largest_story, make_view, not_compared,
    not_compared_reasons, outlet_articles, outlet_comparisons, outlet_sources, picked_conflicts, sourcing_evidence,
    sourcing_why, story_choices, story_label, story_name,
)
from ui.data import DEFAULT_CORPUS


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    out = tmp_path_factory.mktemp("archive") / "results"
    articles, _ = read_articles(DEFAULT_CORPUS)
    write_results(out, pipeline.analyze_corpus(articles))
    return out


def _no_raw(ca):
    return [replace(a, article=replace(a.article, raw_text="")) for a in ca.articles]


def test_the_lazy_corpus_holds_the_same_analysis(results):
    full, lazy = load_results(results), open_results(results)
    assert isinstance(lazy.articles, Articles) and lazy.store.built == 0  # nothing built by opening
    assert lazy.articles.ids == tuple(a.article.id for a in full.articles)
    assert list(lazy.articles) == _no_raw(full)  # the same records, without the raw capture
    assert tuple(lazy.comparisons) == full.comparisons and lazy.stories == full.stories
    assert tuple(lazy.fact_statuses) == full.fact_statuses and lazy.outlets == full.outlets
    for a in full.articles:
        assert lazy.statuses_by_article.get(a.article.id, {}) == full.statuses_by_article.get(a.article.id, {})
        assert lazy.by_id[a.article.id] == _no_raw(full)[full.articles.index(a)]


@pytest.mark.parametrize("story", ["", "story-1"])
@pytest.mark.parametrize("outlets", [(), ("first",)])
def test_view_questions_answer_the_same_from_columns(results, story, outlets):
    full, lazy = load_results(results), open_results(results)
    chosen = [full.outlets[0].outlet] if outlets else []
    story = story if story in full.stories else ""
    a, b = make_view(full, chosen, story), make_view(lazy, chosen, story)
    assert ids_of(a.articles) == ids_of(b.articles) and a.reports == b.reports and a.outlets == b.outlets
    assert list(a.comparisons) == list(b.comparisons)
    assert list(a.conflicts) == list(b.conflicts) and list(a.updates) == list(b.updates)
    assert grid_outlets(a) == grid_outlets(b)
    for o in full.outlets:
        assert list(outlet_comparisons(a, o.outlet)) == list(outlet_comparisons(b, o.outlet))
        assert sourcing_why(full, o) == sourcing_why(lazy, o)
        assert [replace(r, source=None) for r in outlet_sources(a, o.outlet)] == outlet_sources(b, o.outlet)
        for row in lazy.store.outlet_sources(o.outlet):  # plain Python values, as DataFrame.to_dict gave
            assert {k: type(v) for k, v in row.items()} == {
                "article_id": str, "position": int, "label": str, "source_class": str, "via": str,
                "reason_given": bool, "mentions": int, "outlet": str}
        assert list(outlet_articles(lazy, o.outlet)) == [x for x in _no_raw(full) if x.article.outlet == o.outlet]
        for cls in (None, "named", "anonymous", "vague"):
            got, want = sourcing_evidence(b, o.outlet, cls), sourcing_evidence(a, o.outlet, cls)
            assert [(e.article.article.id, e.start, e.end, e.attributions) for e in got] == \
                   [(e.article.article.id, e.start, e.end, e.attributions) for e in want]
    got, want = not_compared(b), not_compared(a)
    assert [(u.article.article.id, u.fact, u.reason) for u in got] == [(u.article.article.id, u.fact, u.reason) for u in want]
    assert not_compared_reasons(got) == not_compared_reasons(want)
    assert largest_story(full) == largest_story(lazy)
    assert largest_story(full, a.articles) == largest_story(lazy, b.articles)
    assert default_picks(a) == default_picks(b)
    picks = default_picks(a)
    def sides(v):
        return [(c.comparison, [(s.article_id, s.values, s.odd, [(e.start, e.end, e.focus, e.clipped) for e in s.evidence])
                                for s in c.sides]) for c in picked_conflicts(v, picks)]
    assert sides(a) == sides(b)
    for s in full.stories:
        assert story_label(full, s) == story_label(lazy, s) and story_name(full, s) == story_name(lazy, s)
    for x in full.articles:
        assert article_label(x) == article_label_of(lazy, x.article.id) == article_label_of(full, x.article.id)


def test_the_story_list_is_the_same_from_columns_and_follows_the_filters(results):
    full, lazy = load_results(results), open_results(results)
    one = full.outlets[0].outlet
    some = frozenset(a.article.id for a in full.articles[:2])
    for outlets, ids in [((), None), ((one,), None), ((), some), ((one,), some), ((), frozenset())]:
        a, b = story_choices(full, outlets, ids), story_choices(lazy, outlets, ids)
        assert a == b
        # exactly the stories with an article that passes the filters
        want = {s for s, members in full.stories.items()
                if any((ids is None or i in ids) and (not outlets or full.by_id[i].article.outlet in outlets)
                       for i in members)}
        assert set(a.stories) == want and a.hidden == 0
    ranked = story_choices(full).stories
    # most outlets first: the largest story (the default) heads the list
    assert ranked[0] == largest_story(full)
    # a limit hides the rest (and says how many), but never the selected story
    top = story_choices(lazy, limit=1)
    assert top.stories == ranked[:1] and top.hidden == len(ranked) - 1
    if len(ranked) > 1:
        assert story_choices(lazy, limit=1, selected=ranked[-1]).stories == (ranked[0], ranked[-1])
        assert story_choices(full, limit=1, selected=ranked[-1]).stories == (ranked[0], ranked[-1])


def test_a_lazy_sequence_builds_only_what_is_read():
    built = []
    seq = LazySeq(list(range(100)), lambda keys: built.extend(keys) or [k * 2 for k in keys])
    assert len(seq) == 100 and not built
    assert seq[10:13] == [20, 22, 24] and built == [10, 11, 12]
    assert seq[5] == 10 and built[-1] == 5


@pytest.fixture
def both(results, tmp_path, monkeypatch):
    """Run a page on the bundled corpus (analysed in memory) and on its results folder (columns)."""
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))

    def on(source, name, params):
        if source == "memory":
            monkeypatch.delenv("ISNAD_CORPUS", raising=False)
        else:
            monkeypatch.setenv("ISNAD_CORPUS", str(results))
        clear_data_caches()
        at = run(name, params=params)
        assert_clean(at)
        return at
    yield on
    clear_data_caches()


def shown(at) -> list[tuple[str, object]]:
    """What a page drew, element by element (widgets by label, options and value)."""
    out: list[tuple[str, object]] = []
    for kind in ("title", "header", "subheader", "caption", "markdown", "html", "info", "warning"):
        out += [(kind, e.value) for e in at.get(kind)]
    for kind in ("selectbox", "multiselect", "number_input", "select_slider", "radio"):
        out += [(kind, (e.label, tuple(getattr(e, "options", ()) or ()), str(e.value))) for e in at.get(kind)]
    out += [("dataframe", e.value.to_dict("records")) for e in at.get("arrow_data_frame")]
    return out


# Methodology and Library do not depend on where the corpus came from beyond its ids; Methodology
# measures accuracy live (slow), so it is left out here
@pytest.mark.parametrize("name", [p for p in PAGES if p != "methodology"])
@pytest.mark.parametrize("params", [{"lang": "en"}, {"lang": "ar", "story": "*"}])
def test_every_page_shows_the_same_from_a_results_folder(both, name, params):
    memory, columns = both("memory", name, params), both("results", name, params)
    assert shown(columns) == shown(memory)


def test_a_filtered_page_builds_only_the_articles_it_shows(both, results):
    import ui.data

    at = both("results", "overview", {"story": "*"})
    store = ui.data.precomputed(str(results)).store
    # the cards' counts come from the columns; the panel behind them builds its first page only
    assert store.built <= 5
    assert "5 articles" in at.caption[0].value


def test_exports_are_the_same_from_a_results_folder(results):
    """Each page's CSV and HTML report (made on click, so they may walk the whole view) hold the
    same from columns as from records."""
    from presentation import export
    from ui.i18n import labels as ui_labels

    labels = ui_labels("en")

    def same(x: str, y: str) -> bool:
        # a Plotly chart's div id is random, and a report is stamped to the minute it was made
        # (two reports made either side of a minute's turn differ only there)
        noise = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                           r"|\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")
        return noise.sub("", x) == noise.sub("", y)
    full, lazy = load_results(results), open_results(results)
    for story in ("", *full.stories):
        a, b = make_view(full, [], story), make_view(lazy, [], story)
        picks = default_picks(a)
        outlet = full.outlets[0].outlet
        assert export.overview_csv(a, labels) == export.overview_csv(b, labels)
        assert export.facts_csv(a, labels) == export.facts_csv(b, labels)
        assert export.compare_csv(a, picks, labels) == export.compare_csv(b, picks, labels)
        assert export.outlet_csv(a, outlet, labels) == export.outlet_csv(b, outlet, labels)
        assert same(export.html_report(a, labels), export.html_report(b, labels))
        assert same(export.facts_report(a, labels), export.facts_report(b, labels))
        assert same(export.compare_report(a, picks, labels), export.compare_report(b, picks, labels))
        assert same(export.outlet_report(a, outlet, labels), export.outlet_report(b, outlet, labels))


@pytest.mark.parametrize("order", ["batch", "shuffled"])
def test_an_article_s_rows_are_decoded_only_as_far_as_needed_and_are_the_same(tmp_path, monkeypatch, order):
    """The child tables' rows are decoded in batches from the file's start, only up to the article
    asked for (h76); many small row groups and batches, articles asked for backwards, give the same
    records, and a table not in article order (other code's) is read whole and sorted, as before."""
    import pyarrow.parquet as pq

    import analysis.io.columnar as columnar
    import analysis.io.results as results_io

    monkeypatch.setattr(results_io, "CHILD_ROW_GROUP", 5)
    monkeypatch.setattr(columnar, "CHILD_BATCH", 3)
    articles, _ = read_articles(DEFAULT_CORPUS)
    out = tmp_path / "results"
    write_results(out, pipeline.analyze_corpus(articles))
    assert pq.ParquetFile(out / "facts.parquet").metadata.num_row_groups > 2
    if order == "shuffled":
        for name in ("attributions", "sources", "facts"):
            t = pq.read_table(out / f"{name}.parquet")
            pq.write_table(t.take(list(range(t.num_rows))[::-1]), out / f"{name}.parquet")
    full, lazy = load_results(out), open_results(out)
    want = {a.article.id: a for a in _no_raw(full)}
    facts = lazy.store.children["facts"]
    ids = list(lazy.articles.ids)[::-1]
    assert lazy.by_id[ids[-1]] == want[ids[-1]]  # the first article: only its own rows decoded
    if order == "batch":
        assert facts._table is None and facts._starts[-1] < sum(len(a.facts) for a in want.values())
    else:
        assert facts._table is not None
    for aid in ids:
        assert lazy.by_id[aid] == want[aid]
    for name in ("attributions", "sources", "facts"):
        light = lazy.store.light(name)
        assert len(light) == sum(len(getattr(a, name)) for a in want.values())


@pytest.mark.parametrize("table, column", [("facts", "subject"), ("articles", "sourcing"), ("comparisons", "pairs")])
def test_results_of_another_version_open_with_a_message_not_mid_page(results, tmp_path, monkeypatch, table, column):
    # a results folder written by a version whose table lacks a column this one reads: said when the folder is
    # opened (which table, which column, how to fix it), not an ArrowInvalid / KeyError traceback when a page
    # first reads that column
    import shutil

    import pyarrow.parquet as pq

    from analysis.io.corpus import CorpusError

    old = tmp_path / "old"
    shutil.copytree(results, old)
    pq.write_table(pq.read_table(old / f"{table}.parquet").drop_columns([column]), old / f"{table}.parquet")
    with pytest.raises(CorpusError, match=rf"another version of Isnad.*{table}: .*{column}.*re-run"):
        open_results(old)
    monkeypatch.setenv("ISNAD_CORPUS", str(old))
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    clear_data_caches()
    try:
        at = run("overview")
        assert not at.exception
        assert any("another version of Isnad" in e.value and column in e.value for e in at.error)
    finally:
        clear_data_caches()


def test_a_results_folder_of_this_version_lacks_no_column(results):
    from analysis.io.results import missing_columns

    assert missing_columns(results) == {}
