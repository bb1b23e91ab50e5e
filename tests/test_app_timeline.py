"""Facts and Presenter pages on a story whose toll rose over the days and where two outlets
disagree on one day: conflicts stated pairwise, updates shown apart as a timeline."""
from __future__ import annotations

import json

import pytest

from tests.support.apptest import assert_clean, clear_data_caches, html_of, run

ARTICLES = [
    ("t1", "A", "2015-07-20", "قتل 27 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 5 أشخاص. "
                              "وكان هجوم مماثل العام الماضي قد أسفر عن مقتل 15 شخصا."),
    ("t2", "B", "2015-07-21", "قتل 30 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 5 أشخاص."),
    ("t3", "C", "2015-07-24", "وارتفعت حصيلة القتلى إلى 32 قتيلا في التفجير الانتحاري. وأعلنت الشرطة القبض على 5 أشخاص."),
    ("t4", "D", "2015-07-24", "قتل 32 شخصا في التفجير الانتحاري بالمدينة. وأعلنت الشرطة القبض على 7 أشخاص."),
]


@pytest.fixture
def timeline_app(tmp_path, monkeypatch):
    path = tmp_path / "story.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "outlet": o, "published": p, "title": f"{o} <b>x</b>", "text": t,
                                          "story": "bombing"}, ensure_ascii=False)
                              for i, o, p, t in ARTICLES), encoding="utf-8")
    monkeypatch.setenv("ISNAD_CORPUS", str(path))
    monkeypatch.setenv("ISNAD_LIBRARY", str(tmp_path / "library.sqlite"))
    clear_data_caches()
    yield tmp_path
    clear_data_caches()


def test_facts_page_states_conflicts_pairwise_and_shows_the_timeline(timeline_app):
    at = run("facts")
    assert_clean(at)
    page = html_of(at)
    # 7 arrested (D) against 5 (A, B, C) on... different days: D's 24 July vs C's 24 July is one day
    # names and values are escaped and isolated (<bdi>) so mixed-script sentences keep their order
    assert ("<bdi>D</bdi> says <bdi>7</bdi>; <bdi>C</bdi> says <bdi>5</bdi>" in page
            or "<bdi>C</bdi> says <bdi>5</bdi>; <bdi>D</bdi> says <bdi>7</bdi>" in page)
    assert 'class="isnad-timeline"' in page
    assert "<bdi>2015-07-20</bdi>: <bdi>27</bdi> (<bdi>A</bdi>)" in page
    assert "<bdi>2015-07-24</bdi>: <bdi>32</bdi> (<bdi>C</bdi>, <bdi>D</bdi>)" in page
    assert "<b>x</b>" not in page  # titles are data, never markup
    headers = [h.value for h in at.header]
    assert headers.index("Where outlets disagree") < headers.index("Figures that changed over time (updates, not conflicts)")


def test_facts_page_says_what_was_not_compared(timeline_app):
    at = run("facts", session={"facts_uncompared": True})  # the panel, opened
    assert_clean(at)
    assert any(e.label == "What was not compared, and why" for e in at.expander)
    # last year's attack is background: left out, and the reason is listed (as data, not markup)
    reasons = [str(v) for d in at.dataframe if "Reason" in d.value for v in d.value["Reason"]]
    assert "background: another or earlier event" in reasons
    # in Arabic, the reasons read in Arabic (the data carries them in English)
    at = run("facts", session={"facts_uncompared": True, "lang": "ar"})
    assert_clean(at)
    reasons = [str(v) for d in at.dataframe for col in d.value.columns if col != "n" for v in d.value[col]]
    assert any(r.startswith("خلفية: حدث آخر أو سابق") for r in reasons)
    assert not any(r.startswith("background") for r in reasons)


def test_presenter_has_an_update_step_with_the_toll_line(timeline_app):
    at = run("presenter")
    assert_clean(at)
    seen = []
    for _ in range(8):
        seen.append((" ".join(h.value for h in at.header), html_of(at)))
        if at.button(key="present_next").disabled:
            break
        at.button(key="present_next").click().run()
        assert_clean(at)
    updates = [page for head, page in seen if "How the figure changed: People killed" in head]
    assert updates and "From 27 (2015-07-20) to 32 (2015-07-24)" in updates[0]


def test_arabic_facts_page_is_clean(timeline_app):
    at = run("facts", session={"lang": "ar"})
    assert_clean(at)
    assert "isnad-timeline" in html_of(at)
