"""presentation.views: filtering and regrouping for the pages (no scores computed here)."""
from __future__ import annotations

from dataclasses import replace

from presentation.views import (
    default_picks, fact_grid, grid_outlets, make_view, outlet_rows, outlet_sources,
    picked_conflicts, presenter_steps, sourcing_evidence,
)
from tests.support.fixture_corpus import ALPHA, BETA, GAMMA, fake_corpus

CA = fake_corpus()


def test_outlet_filter_keeps_both_sides_of_a_conflict():
    v = make_view(CA, [BETA])
    assert v.outlets == (BETA,) and [a.article.id for a in v.articles] == ["f2"]
    assert len(v.conflicts) == 1 and {i.outlet for i in v.conflicts[0].items} == {ALPHA, BETA}


def test_story_filter_and_unknown_names():
    v = make_view(CA, ["nobody"], "s2")
    assert [a.article.id for a in v.articles] == ["f3"] and v.outlets == (GAMMA,) and not v.comparisons
    assert make_view(CA, story="no-such-story").story == ""


def test_scores_are_passed_through_untouched():
    rows = {r["outlet"]: r for r in outlet_rows(make_view(CA).reports)}
    for o in CA.outlets:
        assert rows[o.outlet]["sourcing_score"] == o.sourcing.score


def test_grid_marks_conflict_silence_and_relay():
    v = make_view(CA)
    [row] = fact_grid(v)
    assert row.cells[ALPHA].status == "conflict" and row.cells[ALPHA].values == ("ثلاث طائرات",)
    assert row.cells[GAMMA].status == "silent"
    assert grid_outlets(v) == tuple(o for o in (BETA, ALPHA))  # corpus order, only outlets that take part
    relayed = replace(CA, comparisons=(replace(CA.comparisons[0], status="agree", relayed_only=True,
                                               relayed_via="رويترز"),))
    [row] = fact_grid(make_view(relayed))
    assert row.cells[ALPHA].status == "relayed"


def test_evidence_sentences_contain_their_attributions():
    ev = sourcing_evidence(make_view(CA), ALPHA)
    assert len(ev) == 2
    for e in ev:
        text = e.article.article.text
        for a in e.attributions:
            assert e.start <= a.start and a.end <= e.end
        assert text[e.start:e.end].strip()


def test_defaults_and_steps():
    v = make_view(CA)
    assert default_picks(v) == ["f1", "f2"]
    assert [pc.comparison.subject for pc in picked_conflicts(v, ["f1", "f2"])] == ["drones"]
    assert picked_conflicts(v, ["f1", "f3"]) == []
    assert [s.kind for s in presenter_steps(make_view(CA, story="s1"))] == ["event", "sources", "conflict", "summary"]
    assert [r.label for r in outlet_sources(v, BETA)] == ["مصادر مطلعة", "مراقبون"]


# ---------------------------------------------------------------- Compare: the picked articles' conflicts

def _three_way():
    """f1 says 3, f2 says 2, a third article (same outlet as none) says 3 again."""
    from analysis.records import Comparison, ItemPair

    extra = replace(CA.articles[0], article=replace(CA.articles[0].article, id="f4", outlet="Delta"))
    base = CA.comparisons[0]
    f1, f2 = base.items
    f4 = replace(f1, article_id="f4", outlet="Delta")
    # f1 holds the figure twice in one sentence: it must show once
    f1b = replace(f1, start=f1.start + 1)
    comp = Comparison("s1", "drones", "conflict", (f1, f1b, f2, f4),
                      pairs=(ItemPair(0, 2, "conflict"), ItemPair(1, 2, "conflict"), ItemPair(2, 3, "conflict")))
    return replace(CA, articles=(*CA.articles, extra), comparisons=(comp,))


def test_picked_conflicts_show_only_the_picked_articles_each_sentence_once():
    ca = _three_way()
    v = make_view(ca)
    (pc,) = picked_conflicts(v, ["f1", "f2"])
    assert [s.article_id for s in pc.sides] == ["f1", "f2"]  # f4 was not picked: not shown
    f1 = pc.sides[0]
    assert len(f1.evidence) == 1 and len(f1.evidence[0].focus) == 2  # one sentence, both figures in focus
    assert not pc.odd_outlet  # two sides: nobody is "the odd one"
    assert picked_conflicts(v, ["f1", "f4"]) == []  # they agree


def test_picked_conflicts_name_the_odd_one_out():
    (pc,) = picked_conflicts(make_view(_three_way()), ["f4", "f2", "f1"])
    assert [s.article_id for s in pc.sides] == ["f4", "f2", "f1"]  # in pick order
    assert pc.odd_outlet == BETA and [s.odd for s in pc.sides] == [False, True, False]


def test_presenter_steps_ask_before_each_answer():
    from presentation.views import most_anonymous

    v = make_view(CA, story="s1")
    assert [s.kind for s in presenter_steps(v, ask=True)] == [
        "event", "ask_sources", "sources", "ask_conflict", "conflict", "summary"]
    # Beta: 1 of 2 sources unnamed; Alpha: 1 of 2 too -> both are the answer
    assert {o.outlet for o in most_anonymous(v)} == {ALPHA, BETA}


def test_most_anonymous_abstains_on_too_few_sources(monkeypatch):
    from presentation import views

    v = make_view(CA, story="s1")
    monkeypatch.setattr(views, "MIN_ANSWER_SOURCES", 3)  # 2 sources each: too few to name one
    assert views.most_anonymous(v) == []
    assert "ask_sources" not in [s.kind for s in views.presenter_steps(v, ask=True)]  # so the room is not asked


def test_story_name_is_what_its_headlines_share_not_one_headline_with_a_count():
    from presentation.views import story_name

    titles = ["مقتل 32 في تفجير انتحاري بمدينة سروج التركية", "تركيا: ارتفاع ضحايا تفجير سروج إلى 32",
              "داعش وراء تفجير سروج الانتحاري", "أردوغان يدين الهجوم"]
    arts = tuple(replace(CA.articles[0], article=replace(CA.articles[0].article, id=f"t{i}", title=t))
                 for i, t in enumerate(titles))
    ca = replace(CA, articles=arts, stories={"s": tuple(a.article.id for a in arts)})
    assert story_name(ca, "s") == "تفجير · انتحاري · سروج"  # words in half the headlines or more
    # two unrelated headlines share nothing: the most typical one stands for the story, no "(n)"
    name = story_name(CA, "s1")
    assert name in {a.article.title for a in CA.articles} and "(" not in name
    assert story_name(CA, "no-such-story") == "no-such-story"


def test_a_source_label_is_a_noun_phrase_without_its_preposition():
    from presentation.views import source_label

    assert source_label("للمعلومات المسربة") == "المعلومات المسربة"  # "واستناداً للمعلومات المسربة"
    assert source_label("للتأويلات") == "التأويلات"
    assert source_label("مصادر مطلعة") == "مصادر مطلعة"
    assert source_label(" ".join(["كلمة"] * 11)) == ""  # a clause, not a noun phrase: "(unclear)"


def test_the_presenters_story_speaks_of_its_own_sources_not_the_outlets_whole_corpus():
    # Alpha also writes in another story: its sources there are no answer to "who speaks in this story?"
    from analysis.io.corpus import make_article
    from presentation.views import story_reports, story_sources
    from tests.support.fixture_corpus import ARTICLES, fake_analyze_corpus

    other = {"id": "f5", "outlet": ALPHA, "title": "خبر آخر", "published": "2020-06-29", "story": "s2",
             "text": "وقال مراقبون إن الأمر مختلف."}
    ca = fake_analyze_corpus([make_article(id=a["id"], outlet=a["outlet"], raw_text=a["text"], title=a["title"],
                                           published=a["published"], story=a["story"]) for a in [*ARTICLES, other]])
    whole = {o.outlet: o for o in ca.outlets}
    v = make_view(ca, story="s1")
    story = {o.outlet: o for o in story_reports(v)}
    assert set(story) == {ALPHA, BETA}  # Gamma writes nothing in s1
    assert story[ALPHA].sourcing.article_ids == ("f1",) and whole[ALPHA].sourcing.article_ids == ("f1", "f5")
    assert {r.article_id for r in story_sources(v, ALPHA)} == {"f1"}
    # the story's consistency: Alpha's one compared figure, in conflict
    assert story[ALPHA].consistency is not None and story[ALPHA].consistency.conflict == 1
    # no story chosen: the corpus-wide reports and sources, as before
    assert story_reports(make_view(ca)) == make_view(ca).reports
    assert story_sources(make_view(ca), ALPHA) == outlet_sources(make_view(ca), ALPHA)
