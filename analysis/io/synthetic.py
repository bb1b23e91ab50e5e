"""Synthetic corpora for benchmarks and tests, built from the bundled articles.

Each synthetic article recombines whole sentences of the bundled (real)
articles into 600-1200 words, so the text has the vocabulary, punctuation,
quotes and attribution cues of real Arabic news — unlike random text, which
would make every stage look faster than it is.  Output is deterministic for a
given seed; ids and outlets are distinct.

    python -m analysis.io.synthetic 10000 bench/out/corpus-10k.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.text.segment import split_sentences
from analysis.text.textnorm import count_words

DEFAULT_CORPUS = DATA_DIR / "corpus"
OUTLETS = tuple(f"منفذ تجريبي {i:02d} (Synthetic {i:02d})" for i in range(1, 21))


@dataclass(frozen=True)
class SentencePool:
    sentences: tuple[str, ...]
    words: tuple[int, ...]
    titles: tuple[str, ...]


def sentence_pool(corpus: str | Path = DEFAULT_CORPUS) -> SentencePool:
    """Every sentence of the bundled corpus (cleaned text), with its word count."""
    sentences: list[str] = []
    titles: list[str] = []
    for a in load_corpus(corpus):
        titles.append(a.title or a.text[:80])
        sentences.extend(a.text[s.start:s.end] for s in split_sentences(a.text))
    sentences = [s for s in sentences if count_words(s) >= 3]
    return SentencePool(tuple(sentences), tuple(count_words(s) for s in sentences), tuple(titles))


def synthetic_record(pool: SentencePool, n: int, rng: random.Random, *, min_words: int = 600,
                     max_words: int = 1200, story_size: int = 0) -> dict[str, str]:
    """One article record (the JSONL corpus shape) with ~min..max words.

    ``story_size`` > 0 gives every run of that many articles a manual story id
    (as a manifest's ``story`` column would): all synthetic articles are
    about the same event, so automatic grouping would put them all in one
    story, which no real 10,000-article corpus looks like.
    """
    target = rng.randint(min_words, max_words)
    paragraphs: list[str] = []
    para: list[str] = []
    words = 0
    while words < target:
        i = rng.randrange(len(pool.sentences))
        para.append(pool.sentences[i])
        words += pool.words[i]
        if len(para) >= rng.randint(1, 4):  # paragraphs of 1-4 sentences, as in the originals
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    month = 1 + n % 12
    story = {"story": f"syn-story-{n // story_size:05d}"} if story_size > 0 else {}
    return {
        "id": f"syn-{n:06d}",
        "outlet": OUTLETS[n % len(OUTLETS)],
        "title": f"{pool.titles[n % len(pool.titles)]} ({n})",
        "published": f"2021-{month:02d}-{1 + n % 28:02d}",
        "url": f"https://example.org/syn/{n}",
        "text": "\n\n".join(paragraphs),
        **story,
    }


def synthetic_records(count: int, *, seed: int = 0, pool: SentencePool | None = None,
                      min_words: int = 600, max_words: int = 1200, story_size: int = 0) -> Iterator[dict[str, str]]:
    pool = pool or sentence_pool()
    rng = random.Random(seed)
    for n in range(count):
        yield synthetic_record(pool, n, rng, min_words=min_words, max_words=max_words, story_size=story_size)


def write_jsonl(path: str | Path, count: int, *, seed: int = 0, pool: SentencePool | None = None,
                story_size: int = 0) -> Path:
    """Write a synthetic JSONL corpus (streamed: never all in memory)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in synthetic_records(count, seed=seed, pool=pool, story_size=story_size):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m analysis.io.synthetic", description=__doc__.split("\n\n")[0])
    p.add_argument("count", type=int)
    p.add_argument("out", help="output .jsonl")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--story-size", type=int, default=0,
                   help="give every N articles a manual story id (0: leave grouping to the pipeline)")
    args = p.parse_args(argv)
    write_jsonl(args.out, args.count, seed=args.seed, story_size=args.story_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
