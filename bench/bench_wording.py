"""The comparisons' display words (analysis.facts.wording) over a results folder, alone, one process.

    python bench/bench_wording.py OUT      # OUT: a results folder (python -m analysis analyze ... --parquet OUT)

Prints the CPU time of ``display_words`` over every comparison of the folder, the sentences read from its
articles.parquet (the corpus step computes the same words while it aligns each story).  Skips cleanly without
a results folder.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    if not argv or not (Path(argv[0]) / "comparisons.parquet").is_file():
        print("bench_wording: no results folder given (python bench/bench_wording.py OUT): skipped")
        return 0
    import pyarrow.parquet as pq

    from analysis.facts.rules import scope_rules
    from analysis.facts.wording import display_words, subject_stems

    out = Path(argv[0])
    sc = scope_rules("ar")
    comps = pq.read_table(out / "comparisons.parquet", columns=["subject", "items"]).to_pylist()
    texts = {r["id"]: r["text"] for r in pq.read_table(out / "articles.parquet", columns=["id", "text"]).to_pylist()}
    jobs = [(subject_stems(c["subject"]),
             [texts[i["article_id"]][i["sentence_start"]:i["sentence_end"]] for i in c["items"] if i["sentence_start"] >= 0])
            for c in comps]
    t = time.process_time()
    worded = sum(bool(display_words(stems, sentences, sc)) for stems, sentences in jobs)
    print(f"{len(jobs)} comparisons ({worded} with display words): {time.process_time() - t:.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
