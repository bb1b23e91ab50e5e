"""Story grouping: TF-IDF similarity plus publication dates; manual overrides win."""
from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.corpus import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.stories import date_gap_days, group_stories, linked, published_interval, story_members


@pytest.fixture(scope="module")
def articles():
    return load_corpus(DATA_DIR / "corpus")


def test_bundled_corpus_groups_the_drone_story_and_keeps_the_raid_apart(articles):
    stories = group_stories(articles)
    assert stories == {"000": "story-1", "001": "story-1", "002": "story-1", "004": "story-1", "003": "story-2"}
    assert story_members(stories) == {"story-1": ("000", "001", "002", "004"), "story-2": ("003",)}


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


@pytest.mark.parametrize("a, b, gap", [
    ("2021-11", "2021-11-20", 0), ("2021-11", "2021-12-05", 5), ("2020-06-29", "2021-11", 490), ("", "2021-11", None),
    ("2021", "2021-06-01", 0),
])
def test_date_gap(a, b, gap):
    assert date_gap_days(a, b) == gap


def test_published_interval_month():
    lo, hi = published_interval("2021-02")
    assert (lo.day, hi.day) == (1, 28)


@pytest.mark.parametrize("sim, gap, exact, expected", [
    (0.22, 3, True, True), (0.22, 3, False, False), (0.22, 10, True, False), (0.30, 10, False, True),
    (0.30, 21, True, False), (0.40, 45, False, True), (0.40, 400, True, False),
    (0.30, None, False, True), (0.22, None, True, False),
])
def test_link_tiers(sim, gap, exact, expected):
    assert linked(sim, gap, exact) is expected


def test_mixed_corpora_do_not_merge(articles):
    # the drone story next to a same-country story three weeks earlier: texts share
    # the election vocabulary, dates are too far apart for that similarity
    other = replace(articles[2], id="e1", published="2021-10-11", text="ذكرت وكالة الأنباء العراقية أن المفوضية العليا "
                    "للانتخابات أعلنت النتائج الأولية: الكتلة الصدرية 73 مقعدا، تقدم 38 مقعدا، دولة القانون 37 مقعدا.")
    stories = group_stories(list(articles) + [other])
    assert stories["e1"] not in {stories[i] for i in ("000", "001", "002", "003", "004")}
