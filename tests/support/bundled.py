"""The bundled corpus and its in-memory analysis, shared by the tests of the batch path (readers,
cache, results, frames, batch): each compares what it gives back with this reference."""
from dataclasses import replace

import pytest

from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_corpus

BUNDLED = DATA_DIR / "corpus"


def by_id(result):
    """A CorpusAnalysis with its article order normalised ("modulo ordering")."""
    return replace(result, articles=tuple(sorted(result.articles, key=lambda a: a.article.id)))


@pytest.fixture(scope="module")
def reference():
    return analyze_corpus(load_corpus(BUNDLED))
