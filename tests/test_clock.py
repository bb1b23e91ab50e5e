"""Times of day as facts of the event: found, read, compared (analysis/facts/clock.py)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from analysis.facts.alignment import align_story
from analysis.facts.clock import find_clock_times, times_compatible
from analysis.facts.extract import extract_facts
from analysis.io.corpus import make_article
from analysis.pipeline import analyze_article
from analysis.text.segment import split_sentences
from analysis.text.textnorm import normalise_text


@pytest.mark.parametrize("text, values", [
    ("في تمام الساعة ٦:٣٥ صباحاً", ["tod:06:35"]),
    ("الساعة 9 مساء", ["tod:21:00"]),
    ("الساعة 2 ليلا", ["tod:02:00"]),  # night, before dawn: not 14:00
    ("الساعة 12:30 فجرا", ["tod:00:30"]),  # half past midnight
    ("الساعة 11:01", ["tod:11:01?"]),  # morning or evening: the text does not say
    ("ووقع الزلزال في الساعة 22:42 بتوقيت جرينتش", []),  # another time zone
    ("وقع الانفجار ليلاً", ["tod:night"]),
])
def test_clock_times_are_read(text, values):
    assert [c.value for c in find_clock_times(normalise_text(text), [])] == values


@pytest.mark.parametrize("a, b, same", [
    ("tod:night", "tod:00:30", True),  # night runs past midnight
    ("tod:dawn", "tod:00:23", True),  # "فجر الخميس" is the small hours
    ("tod:morning", "tod:01:00", True),  # "الواحدة صباحا"
    ("tod:evening", "tod:00:30", False),
    ("tod:evening", "tod:dawn", False),
    ("tod:11:01?", "tod:23:10", True),  # either half of the day
    ("tod:06:35", "tod:07:30", True),  # a clock time stands for half an hour either side
    ("tod:06:35", "tod:08:00", False),
])
def test_times_of_day_agree_when_their_spans_meet(a, b, same):
    assert times_compatible(a, b) is same


def _times(text: str):
    return [(f.normalised, f.subject) for f in extract_facts(text, split_sentences(text), reference_date=date(2015, 7, 31))
            if f.normalised.startswith("tod:")]


def test_a_time_next_to_the_event_is_the_event_s_time():
    assert _times("يذكر أن الحادث وقع فجر الخميس على طريق خريص.") == [("tod:dawn", "event_time")]
    assert _times("وأسفر الانفجار الذي وقع ليلا عن مقتل 3.") == [("tod:night", "event_time")]
    # the time a report came in or a team arrived is not the time of the event
    assert _times("تلقت العمليات في تمام الساعة 6:11 بلاغا عن وقوع حادث.") == []
    # far from the event word: the time of something else the sentence tells
    assert _times("وتجمع أهالي الضحايا صباح الخميس في الشارع المقابل لمكان الحادث.") == []


def test_two_outlets_giving_the_event_different_times_of_day_conflict():
    specs = [("A", "الحادث الذي وقع فجر الخميس أسفر عن مقتل 7."), ("B", "الحادث الذي وقع فجر الخميس أسفر عن مقتل 7."),
             ("C", "شهد الطريق في ساعة متأخرة من مساء الخميس حادث اصطدام مروع.")]
    ans = [replace(analyze_article(make_article(id=f"s{i}", outlet=o, raw_text=t, published="2015-07-31")), story="s")
           for i, (o, t) in enumerate(specs)]
    c = next(c for c in align_story("s", ans)[0] if c.subject == "event_time")
    assert c.status == "conflict"
    assert {(c.items[p.a].outlet, c.items[p.b].outlet) for p in c.pairs} == {("A", "C"), ("B", "C")}
