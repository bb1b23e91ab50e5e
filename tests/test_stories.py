"""Story grouping: TF-IDF similarity plus publication dates; manual overrides win."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.facts.dates import date_interval as published_interval
from analysis.facts.stories import Article, grouping_texts, group_stories


@pytest.fixture(scope="module")
def articles():
    return load_corpus(DATA_DIR / "corpus")


def test_bundled_corpus_groups_the_drone_story_and_keeps_the_raid_apart(articles):
    stories = group_stories(articles)
    assert stories == {"000": "story-1", "001": "story-1", "002": "story-1", "004": "story-1", "003": "story-2"}


def test_text_alone_still_separates_the_raid(articles):
    undated = [replace(a, published="") for a in articles]
    stories = group_stories(undated)
    assert stories["003"] != stories["000"]
    assert len({stories[i] for i in ("000", "001", "002", "004")}) == 1


def test_dates_far_apart_split_even_identical_texts(articles):
    a = articles[0]
    twins = [replace(a, id="x1", published="2021-11"), replace(a, id="x2", published="2019-03-02")]
    stories = group_stories(twins)
    assert stories["x1"] != stories["x2"]
    near = [replace(a, id="x1", published="2021-11"), replace(a, id="x2", published="2021-12-03")]
    assert len(set(group_stories(near).values())) == 1


def test_manual_override_wins_and_auto_ids_avoid_it(articles):
    arts = [replace(a, story="story-1") if a.id == "003" else a for a in articles]
    stories = group_stories(arts)
    assert stories["003"] == "story-1"
    assert stories["000"] == stories["001"] == stories["002"] == stories["004"] == "story-2"


def test_override_can_split_a_story(articles):
    arts = [replace(a, story="qaani-visit") if a.id == "004" else a for a in articles]
    stories = group_stories(arts)
    assert stories["004"] == "qaani-visit" and stories["000"] == "story-1" and stories["003"] == "story-2"


def test_ids_are_stable_under_input_order(articles):
    assert group_stories(list(reversed(articles))) == group_stories(articles)


def test_single_article_and_empty():
    assert group_stories([]) == {}


def test_published_interval_month():
    lo, hi = published_interval("2021-02")
    assert (lo.day, hi.day) == (1, 28)


def test_mixed_corpora_do_not_merge(articles):
    # the drone story next to a same-country story three weeks earlier: texts share
    # the election vocabulary, dates are too far apart for that similarity
    other = replace(articles[2], id="e1", published="2021-10-11", text="ذكرت وكالة الأنباء العراقية أن المفوضية العليا "
                    "للانتخابات أعلنت النتائج الأولية: الكتلة الصدرية 73 مقعدا، تقدم 38 مقعدا، دولة القانون 37 مقعدا.")
    stories = group_stories(list(articles) + [other])
    assert stories["e1"] not in {stories[i] for i in ("000", "001", "002", "003", "004")}


def _art(i: str, text: str, published: str = "2015-07-21", outlet: str = "o", title: str = "") -> Article:
    return Article(id=i, outlet=outlet, title=title, published=published, raw_text=text, text=text)


def _words(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{chr(97 + k % 26)}{chr(97 + k // 26)}" for k in range(n)]


def test_no_single_linkage_chain():
    # A and B share half their words, B and C share half theirs, A and C share nothing:
    # single linkage chained A-B-C into one story; average linkage keeps C out
    a, b_only, c = _words("qa", 20), _words("qb", 20), _words("qc", 20)
    texts = {"A": a + b_only[:4], "B": a[:14] + b_only, "C": b_only[16:] + c}
    noise = [_art(f"n{k}", " ".join(_words(f"z{k}", 30))) for k in range(60)]  # a corpus for the IDF
    arts = [_art(k, " ".join(v)) for k, v in texts.items()] + noise
    stories = group_stories(arts)
    assert stories["A"] == stories["B"] and stories["C"] != stories["A"]


def test_one_teams_two_matches_are_two_stories():
    # three copies each of two match reports of one team: the bodies tell the same squad, the
    # headlines name the opponent; at TITLE_WEIGHT 2 the squad made one story of both matches
    squad = _words("sq", 24)

    def match(tag: str, opponent: str, day: str) -> list[Article]:
        title = " ".join(_words(f"t{tag}", 4) + [opponent])
        return [_art(f"{tag}{k}", " ".join(squad[k:] + _words(f"m{tag}", 3) + [opponent] + _words(f"c{tag}{k}", 6)),
                     published=day, title=title) for k in range(3)]

    arts = match("a", "akhisar", "2015-07-21") + match("b", "alain", "2015-07-23")
    arts += [_art(f"n{k}", " ".join(_words(f"y{k}", 30)), published="2015-07-22") for k in range(60)]
    stories = group_stories(arts)
    assert len({stories[f"a{k}"] for k in range(3)}) == 1 and len({stories[f"b{k}"] for k in range(3)}) == 1
    assert stories["a0"] != stories["b0"]


def test_undated_articles_do_not_collapse_into_one_story():
    arts = [_art(f"u{k}", " ".join(_words(f"w{k}", 25)), published="") for k in range(8)]
    assert len(set(group_stories(arts).values())) == 8


def test_outlet_furniture_does_not_link_unrelated_articles():
    furniture = "تابعونا على تويتر وفيسبوك للمزيد من الأخبار العاجلة والتقارير الخاصة"
    arts = [_art(f"f{k}", " ".join(_words(f"v{k}", 12)) + "\n" + furniture, outlet="sabq") for k in range(10)]
    texts = grouping_texts(arts)
    assert all(furniture not in t for t in texts)
    assert all(a.text.endswith(furniture) for a in arts)  # the article text itself is untouched
    assert len(set(group_stories(arts).values())) == 10


def test_days_apart_do_not_count_but_a_running_story_stays_one():
    # the same event reported on four consecutive days, each day sharing most words with the next
    base = _words("ev", 30)
    days = [base[k * 3:k * 3 + 24] for k in range(4)]
    arts = [_art(f"d{k}", " ".join(w), published=f"2015-07-2{k + 1}") for k, w in enumerate(days)]
    arts += [_art(f"n{k}", " ".join(_words(f"y{k}", 30)), published="2015-07-22") for k in range(60)]
    stories = group_stories(arts)
    assert len({stories[f"d{k}"] for k in range(4)}) == 1


def test_small_corpus_tfidf_matches_scikit_learn():
    # grouping a handful of articles computes TF-IDF in numpy (no scikit-learn import
    # on a cold start); it must be the same vectors scikit-learn gives for big corpora
    from sklearn.feature_extraction.text import TfidfVectorizer

    from analysis.io.readers import load_corpus
    from analysis.facts.stories import _TOKEN, _comparable, _dense_tfidf, grouping_texts

    texts = [_comparable(t) for t in grouping_texts(load_corpus("data/corpus"))]
    texts += ["Drone DRONE drone attack", "", "123 456", "هجوم بطائرة مسيرة هجوم"]
    for max_df in (1.0, 0.5):
        ref = TfidfVectorizer(analyzer="word", sublinear_tf=True, token_pattern=_TOKEN.pattern,
                              max_df=max_df).fit_transform(texts)
        ours = _dense_tfidf(texts, max_df)
        assert np.allclose(ours @ ours.T, (ref @ ref.T).toarray(), atol=1e-6)


def _many(n: int) -> list[Article]:
    # n short texts: "common" in all of them, one place name each in a few
    places = ["بيشة", "الرين", "الخرج", "تبوك"]
    return [Article(id=f"a{k}", outlet="o", title="", published="2015-07-10", raw_text="",
                    text=f"خبر عام مشترك عن حادث في {places[k % 4]} رقم {k}") for k in range(n)]


def test_rare_words_come_with_the_grouping_of_a_big_corpus(monkeypatch):
    import analysis.facts.stories as st

    monkeypatch.setattr(st, "SMALL_CORPUS", 4)  # the sparse (scikit-learn) path, as for an archive
    monkeypatch.setattr(st, "RARE_MIN_TEXTS", 20)
    monkeypatch.setattr(st, "RARE_SHARE", 0.3)
    g = st.story_grouping(_many(24))
    assert g.rare_words is not None
    assert st.comparable_text("بيشة") in g.rare_words  # in 6 of 24 texts: under 30%
    assert "خبر" not in g.rare_words and "حادث" not in g.rare_words  # in all of them
    # too few texts to know what is rare: no word statistics at all
    assert st.story_grouping(_many(12)).rare_words is None
    assert st.story_grouping(_many(3)).rare_words is None  # the dense path


def _season(monkeypatch):
    """An archive's season: 20 companies' results on one day, each in the season's common words
    ("net profit", "second quarter"...) and its own, two of them about one company ("alpha")."""
    import analysis.facts.stories as st

    monkeypatch.setattr(st, "SMALL_CORPUS", 4)  # the sparse path, as for an archive
    monkeypatch.setattr(st, "DISTINCT_SHARE", 0.05)
    monkeypatch.setattr(st, "DISTINCT_MIN_TEXTS", 2)
    common = _words("season", 12)
    arts = [_art(f"r{k}", " ".join(common + _words(f"own{chr(97 + k)}x", 14))) for k in range(20)]
    arts[0] = _art("r0", " ".join(common + ["alphaco"] + _words("ownax", 13)))
    arts[1] = _art("r1", " ".join(common + ["alphaco"] + _words("ownbx", 13)))
    arts += [_art(f"n{k}", " ".join(_words(f"noise{chr(97 + k % 26)}{chr(97 + k // 26)}x", 26))) for k in range(60)]
    return st, arts


def test_an_archive_season_does_not_make_one_story_of_its_common_words(monkeypatch):
    # every pair of results is weakly alike (their common words) but only r0 and r1 name one company
    st, arts = _season(monkeypatch)
    x = st.tfidf_vectors(st.grouping_texts(arts))
    sims = (x[2:20] @ x[2:20].T).toarray()[np.triu_indices(18, 1)]
    assert st.EDGE_FLOOR <= sims.min() and sims.max() < st.STRONG_EDGE  # weak, but above the floor
    stories = st.group_stories(arts)
    assert stories["r0"] == stories["r1"]
    assert len({stories[f"r{k}"] for k in range(2, 20)}) == 18  # no story of "second-quarter results"
    # without the rule (every pair strong enough), the season's words alone made one story of them all
    monkeypatch.setattr(st, "STRONG_EDGE", 0.0)
    assert len({st.group_stories(arts)[f"r{k}"] for k in range(20)}) == 1


def test_distinctive_words_are_the_rare_columns_as_zero_one_rows(monkeypatch):
    st, arts = _season(monkeypatch)
    x, _, distinct, _ = st._tfidf(st.grouping_texts(arts), len(arts))
    assert distinct.shape == x.shape and set(distinct.data) == {1.0}
    df = np.bincount(x.indices, minlength=x.shape[1])
    assert np.array_equal(np.asarray(distinct.sum(axis=0)).ravel(), np.where(df <= 4, df, 0))
    assert (distinct[0].multiply(distinct[1])).sum() == 1  # "alphaco", in two texts
    assert st._tfidf(st.grouping_texts(arts[:3]), 3)[2] is None  # a few texts (the dense path): no such rule


def _market_days(monkeypatch):
    """Two days' closing reports of one exchange: the same template (common words and the companies
    named every day) with each day's own figures, three copies a day, among unrelated texts."""
    import analysis.facts.stories as st

    monkeypatch.setattr(st, "SMALL_CORPUS", 4)  # the sparse path, as for an archive
    monkeypatch.setattr(st, "DISTINCT_SHARE", 0.05)
    monkeypatch.setattr(st, "DISTINCT_MIN_TEXTS", 2)
    template = " ".join(_words("close", 14) + ["alphaco", "betaco"])
    days = {"d1": "9372.74 8.28 4.1 143.8 82.5 1,263", "d2": "9301.66 71.08 0.76 143.7 85.5 2,417"}
    arts = [_art(f"{d}c{k}", f"{template} {figs} 2015", published="2015-07-2" + d[1])
            for d, figs in days.items() for k in range(3)]
    arts += [_art(f"n{k}", " ".join(_words(f"noise{chr(97 + k % 26)}{chr(97 + k // 26)}x", 20)) + " 2015")
             for k in range(60)]
    return st, arts


def test_two_days_of_one_template_are_two_stories(monkeypatch):
    # the days' reports are alike in their words (and share the companies, distinctive words) but
    # not one figure: two instances of one template; each day's copies share all of theirs
    st, arts = _market_days(monkeypatch)
    x = st.tfidf_vectors(st.grouping_texts(arts))
    assert (x[0] @ x[3].T).toarray()[0, 0] >= st.STRONG_EDGE  # the words alone: alike as copies of one text
    stories = st.group_stories(arts)
    assert len({stories[f"d1c{k}"] for k in range(3)}) == 1 and len({stories[f"d2c{k}"] for k in range(3)}) == 1
    assert stories["d1c0"] != stories["d2c0"]
    # "2015" is in every text: a figure that common is no evidence either way; with fewer figures
    # than FIGURE_TEMPLATE_MIN the words decide as before (one story)
    monkeypatch.setattr(st, "FIGURE_TEMPLATE_MIN", 7)
    stories = st.group_stories(arts)
    assert stories["d1c0"] == stories["d2c0"]


def test_figures_are_not_words(monkeypatch):
    # figures are columns of the matrix with no weight: the vectors, distinctive and rare words are the words'
    st, arts = _market_days(monkeypatch)
    monkeypatch.setattr(st, "RARE_MIN_TEXTS", 10)
    monkeypatch.setattr(st, "RARE_SHARE", 0.1)  # words (and figures) in up to 6 texts
    x, rare, distinct, figures = st._tfidf(st.grouping_texts(arts), len(arts))
    assert figures.shape == x.shape and set(figures.data) == {1.0}
    assert np.diff(figures[:6].indptr).tolist() == [6] * 6  # each day's six figures, not the common "2015"
    assert x.multiply(figures).sum() == 0 and distinct.multiply(figures).sum() == 0
    assert rare and not any(w[0].isdigit() for w in rare)
    assert np.allclose(np.asarray(x.multiply(x).sum(axis=1)).ravel(), 1.0)
    assert st._tfidf(st.grouping_texts(arts[:3]), 3)[3] is None  # a few texts (the dense path): no such rule


def _furniture_by_plain_count(arts):
    # what grouping counted before it streamed: every distinct line of every article, exactly
    from collections import Counter

    from analysis.facts.stories import FURNITURE_SHARE, _line_key

    counts: dict[str, Counter] = {}
    sizes = Counter(a.outlet for a in arts)
    for a in arts:
        counts.setdefault(a.outlet, Counter()).update({_line_key(ln) for ln in a.text.split("\n") if ln.strip()})
    return {o: {k for k, n in c.items() if n >= max(3, FURNITURE_SHARE * sizes[o])} for o, c in counts.items()}


def _furniture_corpus():
    lines = [f"سطر متكرر رقم {k}  " for k in range(6)]
    arts = []
    for k in range(40):
        outlet = "sabq" if k % 2 else "okaz"
        body = [" ".join(_words(f"b{k}", 8))]
        body += [lines[m] for m in range(6) if k % (m + 2) == 0]  # line m under every (m+2)-th article
        arts.append(_art(f"fc{k}", "\n".join(body), outlet=outlet))
    return arts


@pytest.mark.parametrize("collide", [False, True])
def test_furniture_lines_match_an_exact_count(monkeypatch, collide):
    # furniture is found by counting line hashes first, then exact lines; hash collisions (forced
    # here: every line in one of three buckets) only add candidates, never change the answer
    import analysis.facts.stories as stories

    arts = _furniture_corpus()
    if collide:
        monkeypatch.setattr(stories, "hash", lambda s: len(s) % 3, raising=False)
    got = stories.furniture_lines(arts)
    want = _furniture_by_plain_count(arts)
    assert {o: set(v) for o, v in got.items() if v} == {o: v for o, v in want.items() if v}
    assert any(want.values())


def test_tfidf_of_a_stream_equals_tfidf_of_a_list():
    from analysis.facts.stories import SMALL_CORPUS, iter_grouping_texts, tfidf_vectors

    def letters(k: int) -> str:  # words of letters only (digits end a token)
        return chr(97 + k % 26) + chr(97 + k // 26 % 26)

    n = SMALL_CORPUS + 20  # scikit-learn's path
    arts = [_art(f"t{k}", " ".join(_words(f"s{letters(k % 37)}", 20) + _words(f"u{letters(k)}", 5))) for k in range(n)]
    texts = grouping_texts(arts)
    assert list(iter_grouping_texts(arts)) == texts
    a, b = tfidf_vectors(texts), tfidf_vectors(iter(texts), n)
    assert a.shape == b.shape and a.nnz > n and (a != b).nnz == 0
    empty = tfidf_vectors(iter(["123"] * n), n)  # no words at all: nothing is similar
    assert empty.shape == (n, 1) and empty.nnz == 0


def _linkage_with_one_heap(d, edges):
    # average linkage as it was written before its first candidates were kept in sorted arrays:
    # every candidate merge pushed on one heap
    import heapq

    from analysis.facts.stories import (COHESION_MIN_SIZE, COHESION_RATIO, MERGE_AVERAGE, TIGHT_RATIO, _Clusters,
                                        _cohesion_reference, _spread)

    cl = _Clusters(d)
    inner: dict[int, tuple[float, float]] = {}
    for a, b, s in edges:
        cl.links[a][b] = cl.links[a].get(b, 0.0) + s
        cl.links[b][a] = cl.links[b].get(a, 0.0) + s
    heap: list = []
    version = [0] * len(cl.parent)

    def push(a, b):
        n = cl.pairs(a, b)
        if n and cl.links[a][b] / n >= MERGE_AVERAGE:
            heapq.heappush(heap, (-(cl.links[a][b] / n), a, b, version[a], version[b]))

    for a in range(len(cl.parent)):
        for b in cl.links[a]:
            if a < b:
                push(a, b)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if va != version[a] or vb != version[b] or cl.parent[a] != a or cl.parent[b] != b:
            continue
        v = cl.links[a][b] / cl.pairs(a, b)
        (sa, pa), (sb, pb) = inner.get(a, (0.0, 0.0)), inner.get(b, (0.0, 0.0))
        if cl.size[a] >= COHESION_MIN_SIZE and cl.size[b] >= COHESION_MIN_SIZE and v < COHESION_RATIO * _cohesion_reference(
                sa / pa, sb / pb, _spread(pa, cl.size[a]), _spread(pb, cl.size[b]), cl.size[a], cl.size[b]):
            continue
        if v < TIGHT_RATIO * max(inner.get(g, (0.0, 1.0))[0] / inner.get(g, (0.0, 1.0))[1] if cl.size[g] >= COHESION_MIN_SIZE
                                 else 0.0 for g in (a, b)):
            continue
        merged = (sa + sb + cl.links[a][b], pa + pb + cl.pairs(a, b))
        c = cl.merge(a, b)
        inner[c] = merged
        version[c] += 1
        for x in list(cl.links[c]):
            push(c, x) if c < x else push(x, c)
    labels = []
    for k in range(len(cl.parent)):
        while cl.parent[k] != k:
            k = cl.parent[k]
        labels.append(k)
    return labels


@pytest.mark.parametrize("seed", range(6))
def test_average_linkage_merges_as_one_heap_would(seed):
    # the initial candidates come from sorted arrays, later ones from a heap: the same merges in the
    # same order, ties in similarity included (few distinct values), dated, month-dated and undated
    from analysis.facts.stories import _average_linkage, _Dates

    rng = np.random.default_rng(seed)
    n = 120
    lo = rng.integers(735800, 735815, n)
    kind = rng.choice([2, 2, 2, 1, 0], n).astype(np.int8)
    hi = np.where(kind == 1, lo + 30, lo)
    d = _Dates(lo.astype(np.int64), hi.astype(np.int64), kind)
    pairs = {(int(min(a, b)), int(max(a, b))) for a, b in rng.integers(0, n, (700, 2)) if a != b}
    edges = [(a, b, float(rng.choice([0.1, 0.15, 0.25, 0.5, 0.9]))) for a, b in sorted(pairs)]
    blocks = [(np.array([e[0] for e in part]), np.array([e[1] for e in part]), np.array([e[2] for e in part], dtype=np.float32))
              for part in (edges[:300], edges[300:])]
    f32 = [(a, b, float(np.float32(s))) for a, b, s in edges]  # the blocks carry float32 similarities
    got = _average_linkage(d, iter(blocks))
    assert got == _linkage_with_one_heap(d, f32)
    assert len(set(got)) < n  # some merges happened


def test_a_beats_boilerplate_does_not_make_one_story_of_its_releases(monkeypatch):
    # one organisation's daily releases: alike in its long boilerplate (cosine 0.2-0.5, which counted
    # without a shared name until STRONG_EDGE was raised from 0.2) but each about its own convoy
    import analysis.facts.stories as st

    monkeypatch.setattr(st, "SMALL_CORPUS", 4)  # the sparse path, as for an archive
    monkeypatch.setattr(st, "DISTINCT_SHARE", 0.05)
    monkeypatch.setattr(st, "DISTINCT_MIN_TEXTS", 2)
    boiler = _words("centre", 16)
    arts = [_art(f"b{k}", " ".join(boiler + _words(f"conv{chr(97 + k)}x", 12)), published=f"2015-07-2{k % 3 + 1}")
            for k in range(18)]
    arts += [_art(f"n{k}", " ".join(_words(f"noise{chr(97 + k % 26)}{chr(97 + k // 26)}x", 26))) for k in range(60)]
    x = st.tfidf_vectors(st.grouping_texts(arts))
    sims = (x[:18] @ x[:18].T).toarray()[np.triu_indices(18, 1)]
    assert 0.2 <= sims.min() and sims.max() < 0.5
    stories = st.group_stories(arts)
    assert len({stories[f"b{k}"] for k in range(18)}) == 18
    # a copy of one release in another outlet (cosine 1) is still one story without a rare word
    copy = replace(arts[0], id="b0copy", outlet="other")
    assert st.group_stories(arts + [copy])["b0copy"] == st.group_stories(arts + [copy])["b0"]


def test_a_hole_in_the_collection_does_not_split_a_story():
    # the archive has no article at all from 24 to 26 July (a scraper that did not run) between busy
    # days: a story told on 23 and 27 July is one story, as if the days were consecutive
    from analysis.facts.stories import collection_holes, _dates

    base = _words("ev", 30)
    days = ["2015-07-21", "2015-07-22", "2015-07-23", "2015-07-27", "2015-07-28"]
    story = [_art(f"s{k}", " ".join(base[(k % 2) * 4:(k % 2) * 4 + 26]), published=p) for k, p in enumerate(days)]
    story = story[:3] + [_art(f"s{k}", " ".join(base[4:30]), published=days[k]) for k in (3, 4)]
    noise = [_art(f"n{k}{d}", " ".join(_words(f"y{k}{chr(97 + d)}", 30)), published=p)
             for d, p in enumerate(days) for k in range(20)]
    stories = group_stories(story + noise)
    assert len({stories[f"s{k}"] for k in range(5)}) == 1
    d = _dates(story + noise)
    assert sorted(set(d.lo.tolist())) == list(range(d.lo.min(), d.lo.min() + 5))  # five consecutive days
    # a few articles from scattered days: no day is busy, so no day is a hole
    assert len(collection_holes(_dates(story).lo)) == 0
    # one article on 25 July: the days between are not a hole
    lone = _art("lone", "كلمة", published="2015-07-25")
    assert len(collection_holes(_dates(story + noise + [lone]).lo)) == 0


def test_two_tight_stories_of_one_beat_stay_two():
    # two stories of one beat (a space agency's Pluto pictures, its new planet), each told by five
    # outlets in much the same words, alike across only in the beat's few words: their mean similarity
    # is above MERGE_AVERAGE, far below the similarity inside either
    import analysis.facts.stories as st

    beat = _words("nasa", 4)
    one = [_art(f"p{k}", " ".join(beat + _words("pluto", 20) + _words(f"p{k}own", 3))) for k in range(5)]
    two = [_art(f"k{k}", " ".join(beat + _words("kepler", 20) + _words(f"k{k}own", 3))) for k in range(5)]
    noise = [_art(f"n{k}", " ".join(_words(f"z{k}", 30))) for k in range(60)]
    arts = one + two + noise
    x = st.tfidf_vectors(st.grouping_texts(arts))
    across = float((x[:5] @ x[5:10].T).mean())
    inside = min(float((x[:5] @ x[:5].T)[np.triu_indices(5, 1)].mean()), float((x[5:10] @ x[5:10].T)[np.triu_indices(5, 1)].mean()))
    assert st.MERGE_AVERAGE <= across < 0.4 * inside
    stories = group_stories(arts)
    assert len({stories[a.id] for a in one}) == 1 and len({stories[a.id] for a in two}) == 1
    assert stories["p0"] != stories["k0"]


@pytest.mark.parametrize("spacing, merged", [(3, False), (0, True)])
def test_a_loose_chain_of_a_beat_does_not_take_in_a_tight_event(spacing, merged):
    # a country's politics told over two weeks (two reports a day alike at 0.3, days chained at 0.1, days
    # 0, 3, 6, 9, 12: inner mean 0.148, below BEAT_INNER, and 21 of its 45 pairs within the window, below
    # CHAIN_SPREAD) and a court's verdict of day 12 told by four outlets (0.4 inside), alike across at 0.09:
    # above 0.4 of the chain's cohesion, far below 0.4 of the verdict's (above TIGHT_RATIO of it); the chain is
    # measured against the verdict.  The same ten articles all of one day (a week's gadget news: every pair counted) are one
    # beat's loose group, not a chain, and it joins as before
    from analysis.facts.stories import BEAT_INNER, CHAIN_SPREAD, _average_linkage, _Dates, _spread

    t, c = [0, 1, 2, 3], list(range(4, 14))
    day = [12] * 4 + [12 - spacing * 4 + spacing * (k // 2) for k in range(10)]
    edges = [(a, b, 0.4) for k, a in enumerate(t) for b in t[k + 1:]]
    edges += [(a, a + 1, 0.3) for a in c[::2]]
    edges += [(a, b, 0.1) for a in c for b in c if b > a and day[b] - day[a] == spacing and b != a + (a % 2 == 0)]
    edges += [(a, b, 0.09) for a in t for b in c if day[a] - day[b] <= 3]
    counted = sum(1 for a in c for b in c if b > a and day[b] - day[a] <= 3)
    inner = (5 * 0.3 + sum(e[2] for e in edges if e[0] in c and e[2] == 0.1)) / counted
    assert inner < BEAT_INNER and (_spread(counted, 10) < CHAIN_SPREAD) != merged
    ords = np.array([735800 + x for x in day], dtype=np.int64)
    d = _Dates(ords, ords, np.full(14, 2, dtype=np.int8))
    blocks = [(np.array([e[0] for e in edges]), np.array([e[1] for e in edges]), np.array([e[2] for e in edges], dtype=np.float32))]
    labels = _average_linkage(d, iter(blocks))
    assert len({labels[k] for k in t}) == 1 and len({labels[k] for k in c}) == 1
    assert (labels[0] == labels[4]) == merged


def test_a_few_loose_reactions_do_not_join_a_tight_story_of_their_days():
    # three articles of one day alike only loosely (0.2, 0.15, 0.12: inner mean 0.157, below BEAT_INNER; all
    # their pairs counted, so not a chain) and a tight story of six reports of that day (0.5 inside), alike
    # across at 0.09: above 0.4 of the three's cohesion, far below 0.4 of the story's.  The looser group is the
    # smaller one: it is measured against the story and stays apart (a week's ten loose gadget articles taking
    # in three tight reports, the larger group the looser, is the other case: see the test above)
    from analysis.facts.stories import _average_linkage, _Dates

    t, r = list(range(6)), [6, 7, 8]
    edges = [(a, b, 0.5) for k, a in enumerate(t) for b in t[k + 1:]]
    edges += [(6, 7, 0.2), (6, 8, 0.15), (7, 8, 0.12)]
    edges += [(a, b, 0.09) for a in t for b in r]
    d = _Dates(np.full(9, 735800, dtype=np.int64), np.full(9, 735800, dtype=np.int64), np.full(9, 2, dtype=np.int8))
    blocks = [(np.array([e[0] for e in edges]), np.array([e[1] for e in edges]), np.array([e[2] for e in edges], dtype=np.float32))]
    labels = _average_linkage(d, iter(blocks))
    assert len({labels[k] for k in t}) == 1 and len({labels[k] for k in r}) == 1
    assert labels[0] != labels[6]


@pytest.mark.parametrize("across, joins", [(0.12, False), (0.16, True)])
def test_an_article_far_looser_than_a_tight_story_does_not_join_it(across, joins):
    # six outlets tell one story in much the same words (0.7 inside); an article of the same days shares one of
    # its rarer words and the beat's vocabulary (0.12 to each report, above MERGE_AVERAGE): below TIGHT_RATIO of
    # the story's inner mean it is not one of its reports.  At 0.16 (above 0.22 x 0.7) it joins as before
    from analysis.facts.stories import MERGE_AVERAGE, TIGHT_RATIO, _average_linkage, _Dates

    assert MERGE_AVERAGE <= 0.12 < TIGHT_RATIO * 0.7 < 0.16
    t = list(range(6))
    edges = [(a, b, 0.7) for k, a in enumerate(t) for b in t[k + 1:]] + [(a, 6, across) for a in t]
    d = _Dates(np.full(7, 735800, dtype=np.int64), np.full(7, 735800, dtype=np.int64), np.full(7, 2, dtype=np.int8))
    blocks = [(np.array([e[0] for e in edges]), np.array([e[1] for e in edges]), np.array([e[2] for e in edges], dtype=np.float32))]
    labels = _average_linkage(d, iter(blocks))
    assert len({labels[k] for k in t}) == 1
    assert (labels[0] == labels[6]) == joins
