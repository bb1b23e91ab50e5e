"""Golden test: the whole analysis of the bundled corpus, frozen.

Any change to what is detected shows up as a diff of
tests/test_golden_corpus/*.yml.  If the change is intended (and
`python -m analysis evaluate` does not get worse), regenerate with
`pytest tests/test_golden_corpus.py --force-regen` and review the diff.
"""
from pathlib import Path

import pytest

from analysis.io.readers import load_corpus
from analysis.pipeline import analyze_corpus

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


@pytest.fixture(scope="module")
def result():
    return analyze_corpus(load_corpus(CORPUS))


def test_attributions_golden(result, data_regression):
    data_regression.check({
        a.article.id: [
            {"span": [x.start, x.end], "cue": x.cue, "source": x.source, "class": x.source_class.value,
             "via": x.via, "reason_given": x.reason_given, "condition_given": x.condition_given, "source_id": x.source_id}
            for x in a.attributions
        ]
        for a in result.articles
    })


def test_facts_golden(result, data_regression):
    data_regression.check({
        a.article.id: [
            {"span": [f.start, f.end], "kind": f.kind.value, "value": f.value, "normalised": f.normalised, "subject": f.subject}
            for f in a.facts
        ]
        for a in result.articles
    })


def test_scores_and_comparisons_golden(result, data_regression):
    data_regression.check({
        "stories": {k: list(v) for k, v in result.stories.items()},
        "outlets": {
            o.outlet: {
                "sourcing": o.sourcing.score,
                "interval": None if o.sourcing.interval is None else [o.sourcing.interval.low, o.sourcing.interval.high],
                "named_anonymous_vague": [o.sourcing.named, o.sourcing.anonymous, o.sourcing.vague],
                "consistency": None if o.consistency is None else o.consistency.score,
            }
            for o in result.outlets
        },
        "comparisons": [
            {"subject": c.subject, "status": c.status.value, "relayed_only": c.relayed_only,
             "items": [[i.article_id, i.normalised] for i in c.items]}
            for c in result.comparisons
        ],
    })


def test_every_span_points_inside_its_article(result):
    for a in result.articles:
        n = len(a.article.text)
        for x in a.attributions:
            assert 0 <= x.start <= x.cue_start < x.cue_end <= n
            if x.source:
                assert 0 <= x.source_start < x.source_end <= n
            else:  # a continuation whose speaker is unknown: an empty span at its cue, never the cue word
                assert x.cue_kind == "continuation" and x.source_start == x.source_end == x.cue_start
            assert a.article.text[x.cue_start:x.cue_end].strip()
        for f in a.facts:
            assert 0 <= f.start < f.end <= n
