"""analysis.pipeline: per-article stages, then the corpus step, on a story made up here."""
from __future__ import annotations

from analysis.io.corpus import make_article
from analysis.pipeline import analyze_article, analyze_corpus, combine

ARTICLES = [
    make_article(id="p1", outlet="A", published="2015-07-10", raw_text="قالت مصادر مطلعة إن التفجير أسفر عن مقتل 17 شخصا."),
    make_article(id="p2", outlet="B", published="2015-07-10", raw_text="وقال وزير الداخلية إن التفجير أسفر عن مقتل 16 شخصا."),
    make_article(id="p3", outlet="C", published="2015-07-10", raw_text="وأعلنت الشرطة أن التفجير أسفر عن مقتل 17 شخصا."),
]


def test_an_article_gets_its_sentences_sources_and_facts_with_spans():
    an = analyze_article(ARTICLES[0])
    assert an.sentences and an.attributions and an.sources and an.facts
    (f,) = [f for f in an.facts if f.subject == "killed"]
    assert an.article.text[f.start:f.end].startswith("17") and f.normalised == "17"
    assert an.sourcing.article_id == "p1"


def test_the_corpus_step_groups_aligns_and_scores():
    result = analyze_corpus(ARTICLES)
    assert len(result.stories) == 1  # same event, same day: one story
    (c,) = [c for c in result.comparisons if c.subject == "killed"]
    assert c.status == "conflict" and {it.outlet for it in c.items} == {"A", "B", "C"}
    assert {o.outlet for o in result.outlets} == {"A", "B", "C"}
    # one outlet against one other, each alone with its toll: not compared (precision first), and said why
    (c2,) = [c for c in analyze_corpus(ARTICLES[:2]).comparisons if c.subject == "killed"]
    assert not c2.pairs and [p.kind for p in c2.abstained] == ["uncorroborated"]


def test_combine_takes_per_article_results_from_anywhere():
    # a batch run's results (here: computed in place) give the same corpus analysis
    assert combine([analyze_article(a) for a in ARTICLES]) == analyze_corpus(ARTICLES)


def test_a_cache_dir_changes_nothing_but_speed(tmp_path):
    assert analyze_corpus(ARTICLES, cache_dir=tmp_path) == analyze_corpus(ARTICLES)
    assert any(tmp_path.iterdir())  # the per-article results were stored
    assert analyze_corpus(ARTICLES, cache_dir=tmp_path) == analyze_corpus(ARTICLES)  # and read back
