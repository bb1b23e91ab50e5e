"""The first N readable SaudiNewsNet articles, for the real-news benches (bench_facts, bench_stages)."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet-2015-07" / "articles.jsonl.gz"


def load_articles(n: int, root: str):
    """Articles cleaned by the analysis package found at ``root`` (another checkout, to compare two
    versions in one session); None when the corpus is not on this machine."""
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} not found")
        return None
    sys.path.insert(0, root)
    from analysis.io.corpus import CorpusError, article_from_mapping

    arts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            try:
                arts.append(article_from_mapping(json.loads(line), name="x"))
            except CorpusError:
                continue
            if len(arts) >= n:
                break
    return arts
