"""Batch mode: Parquet round trip, cache, workers, and the DataFrame contract."""
import json
from dataclasses import replace

import pandas as pd
import pytest

import analysis.io.batch as batch
import analysis.io.cache as cache
from analysis.io.batch import run_batch, strip_raw
from analysis.io.frames import BATCH_OUTPUT_COLUMNS, analyses_from_batch, analyze_batch
from analysis.io.readers import iter_records
from analysis.io.results import load_results, write_results
from analysis.io.corpus import CorpusError
from analysis.io.readers import load_corpus
from analysis.lexicon import DATA_DIR
from analysis.pipeline import analyze_corpus, combine
from analysis.io.synthetic import write_jsonl

BUNDLED = DATA_DIR / "corpus"


def by_id(result):
    """A CorpusAnalysis with its article order normalised ("modulo ordering")."""
    return replace(result, articles=tuple(sorted(result.articles, key=lambda a: a.article.id)))


@pytest.fixture(scope="module")
def reference():
    return analyze_corpus(load_corpus(BUNDLED))


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("syn") / "syn.jsonl", 12, seed=1)


def test_parquet_round_trip_equals_analyze_corpus(tmp_path, reference):
    result, stats = run_batch(BUNDLED, tmp_path / "out", cache_dir=tmp_path / "cache", progress=False)
    assert stats.articles == 5 and stats.analysed == 5 and stats.cached == 0
    assert by_id(load_results(tmp_path / "out")) == by_id(reference)
    assert by_id(result) == by_id(strip_raw(reference))  # the in-memory result just lacks raw text
    for name in ("articles", "attributions", "sources", "facts", "outlets", "comparisons", "fact_statuses", "stories"):
        assert (tmp_path / "out" / f"{name}.parquet").is_file()
    assert not list((tmp_path / "out").glob(".*"))  # no temporary files left behind


def test_write_results_round_trip(tmp_path, reference):
    write_results(tmp_path / "w", reference)
    assert load_results(tmp_path / "w") == reference


def test_rerun_skips_unchanged_articles(tmp_path, synthetic):
    cache = tmp_path / "cache"
    _, first = run_batch(synthetic, tmp_path / "a", cache_dir=cache, progress=False)
    assert (first.analysed, first.cached) == (12, 0)
    _, second = run_batch(synthetic, tmp_path / "b", cache_dir=cache, progress=False)
    assert (second.analysed, second.cached) == (0, 12)
    assert load_results(tmp_path / "a") == load_results(tmp_path / "b")

    lines = synthetic.read_text(encoding="utf-8").splitlines()
    obj = json.loads(lines[5])
    obj["text"] += "\n\nقال مسؤول إن فقرة جديدة أضيفت."
    lines[5] = json.dumps(obj, ensure_ascii=False)
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, third = run_batch(changed, tmp_path / "c", cache_dir=cache, progress=False)
    assert (third.analysed, third.cached) == (1, 11)


def test_metadata_change_and_new_analysis_version_invalidate_the_cache(tmp_path, synthetic, monkeypatch):
    cache = tmp_path / "cache"
    run_batch(synthetic, None, cache_dir=cache, progress=False)
    monkeypatch.setattr(batch, "analysis_version", lambda: "some-newer-code")
    _, stats = run_batch(synthetic, None, cache_dir=cache, progress=False)
    assert stats.analysed == 12


def test_two_workers_give_the_same_results_as_one(tmp_path, synthetic):
    one, s1 = run_batch(synthetic, tmp_path / "one", workers=1, chunk_size=5, progress=False)
    two, s2 = run_batch(synthetic, tmp_path / "two", workers=2, chunk_size=3, progress=False)
    assert one == two  # same order too: results are consumed in input order
    assert load_results(tmp_path / "one") == load_results(tmp_path / "two")
    assert s2.workers == 2


def test_batch_result_equals_in_memory_analysis_for_synthetic_corpus(tmp_path, synthetic):
    reference = analyze_corpus(load_corpus(synthetic))
    run_batch(synthetic, tmp_path / "out", workers=2, chunk_size=4, progress=False)
    assert by_id(load_results(tmp_path / "out")) == by_id(reference)


def test_records_are_read_lazily(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "1", "text": "نص."}\n{"id": "2", "text": "نص."}\n{broken\n', encoding="utf-8")
    records = iter_records(path)
    assert next(records)["id"] == "1"  # the broken line 3 has not been read yet
    assert next(records)["id"] == "2"
    with pytest.raises(CorpusError, match="line 3"):
        next(records)


def test_utf16_jsonl_is_read_lazily_too(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes('{"id": "1", "outlet": "o", "text": "قال مسؤول."}\n'.encode("utf-16"))
    assert [r["id"] for r in iter_records(path)] == ["1"]


def test_failed_run_leaves_no_partial_results(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "1", "text": "fbpx"}\n{"id": "2", "text": "   "}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="No article could be analysed: all 2 .*no text"):
        run_batch(path, tmp_path / "out", progress=False)
    assert not (tmp_path / "out" / "articles.parquet").exists()
    assert not list((tmp_path / "out").glob(".*"))


def test_load_results_on_a_folder_without_results(tmp_path):
    with pytest.raises(CorpusError, match="no articles.parquet"):
        load_results(tmp_path)


def _frames(articles, size):
    """Like Spark's mapInPandas: an iterator of pandas DataFrames."""
    rows = [{"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
             "url": a.url, "story": a.story, "text": a.raw_text} for a in articles]
    for i in range(0, len(rows), size):
        yield pd.DataFrame(rows[i:i + size])


def map_in_pandas(frames):
    for df in frames:
        yield analyze_batch(df)


def test_analyze_batch_over_a_generator_of_frames_matches_analyze_corpus(reference):
    out = pd.concat(list(map_in_pandas(_frames(load_corpus(BUNDLED), 2))), ignore_index=True)
    assert list(out.columns) == list(BATCH_OUTPUT_COLUMNS)
    assert (out["error"] == "").all()
    for col in ("sentences", "attributions", "sources", "sourcing", "facts"):
        out[col].map(json.loads)  # every nested column is a JSON string
    assert by_id(combine(analyses_from_batch(out))) == by_id(reference)


def test_analyze_batch_is_row_independent():
    frames = list(_frames(load_corpus(BUNDLED), 5))
    whole = analyze_batch(frames[0])
    parts = pd.concat([analyze_batch(frames[0].iloc[i:i + 1]) for i in range(5)], ignore_index=True)
    pd.testing.assert_frame_equal(whole, parts)


def test_analyze_batch_reports_bad_rows_without_failing_the_batch():
    df = pd.DataFrame([
        {"id": "ok", "outlet": "o", "title": "t", "published": "2021-11-07", "text": "قال مسؤول إن الهجوم وقع."},
        {"id": "", "outlet": "o", "title": "t", "published": "", "text": "نص."},
        {"id": "blank", "outlet": "o", "title": None, "published": None, "text": "   "},
        {"id": "nan", "outlet": "o", "title": float("nan"), "published": "", "text": None},
    ])
    out = analyze_batch(df)
    assert len(out) == 4
    assert out.loc[0, "error"] == "" and out.loc[0, "words"] == 5
    assert all(out.loc[i, "error"] for i in (1, 2, 3))
    assert out.loc[2, "title"] == ""


def test_analyze_batch_names_missing_columns():
    with pytest.raises(CorpusError, match="missing column"):
        analyze_batch(pd.DataFrame([{"id": "1", "text": "x"}]))


def test_empty_frame_gives_empty_frame():
    out = analyze_batch(pd.DataFrame(columns=["id", "outlet", "title", "published", "text"]))
    assert len(out) == 0 and list(out.columns) == list(BATCH_OUTPUT_COLUMNS)


def test_analysis_version_covers_every_stage_the_pipeline_imports():
    files = {p.relative_to(cache.PACKAGE_DIR).as_posix() for p in cache.imported_modules(cache.RESULT_ROOTS, cache.PACKAGE_DIR)}
    assert {"pipeline.py", "text/cleaning.py", "text/textnorm.py", "sourcing/attribution.py", "sourcing/cues.py",
            *(f"sourcing/{m}.py" for m in ("tokens", "cue", "phrase", "relay", "mention", "source", "coreference")),
            "facts/extract.py", "facts/numbers.py", "facts/dates.py", "io/corpus.py", "records.py", "lexicon.py"} <= files
    assert not any(f.startswith("evaluation/") for f in files)


def test_analysis_version_follows_the_code_the_pipeline_imports(tmp_path):
    import shutil

    pkg, data = tmp_path / "analysis", tmp_path / "data"
    shutil.copytree(cache.PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (data / "lexicons" / "ar").mkdir(parents=True)
    (data / "lexicons" / "ar" / "x.json").write_text("{}")
    v0 = cache.analysis_version(pkg, data)
    (pkg / "unrelated_dashboard_helper.py").write_text("X = 1\n")
    assert cache.analysis_version(pkg, data) == v0
    seg = pkg / "text" / "segment.py"
    seg.write_text(seg.read_text() + "\n# changed\n")
    v1 = cache.analysis_version(pkg, data)
    assert v1 != v0
    (data / "lexicons" / "ar" / "x.json").write_text('{"a": 1}')
    assert cache.analysis_version(pkg, data) not in (v0, v1)


def test_synthetic_corpus_is_deterministic_realistic_and_distinct():
    from analysis.io.synthetic import synthetic_records
    from analysis.text.textnorm import count_words

    a = list(synthetic_records(30, seed=3, story_size=10))
    assert a == list(synthetic_records(30, seed=3, story_size=10))
    assert len({r["id"] for r in a}) == 30
    assert len({r["outlet"] for r in a}) > 5
    assert all(600 <= count_words(r["text"]) <= 1400 for r in a)
    assert {r["story"] for r in a} == {"syn-story-00000", "syn-story-00001", "syn-story-00002"}
    assert "story" not in next(synthetic_records(1))


def test_dashboard_cache_gives_the_same_analysis_and_is_keyed_by_version(tmp_path, monkeypatch):
    # per-article results kept on disk between dashboard runs: a hit must equal a fresh analysis,
    # and a change of the analysis (version) or of the article must miss
    from analysis.io import cache
    from analysis import pipeline
    from analysis.io.readers import load_corpus
    from analysis.io.serialize import corpus_to_dict

    arts = load_corpus("data/corpus")
    fresh = pipeline.analyze_corpus(arts)
    first = pipeline.combine(cache.analyze_articles_cached(arts, tmp_path))
    assert len(list(tmp_path.rglob("*.json"))) == len(arts)
    calls = []
    monkeypatch.setattr(cache, "analyze_article", lambda a: calls.append(a.id) or pipeline.analyze_article(a))
    second = pipeline.combine(cache.analyze_articles_cached(arts, tmp_path))
    assert calls == []  # every article came from the cache
    assert corpus_to_dict(second) == corpus_to_dict(first) == corpus_to_dict(fresh)
    monkeypatch.setattr(cache, "analysis_version", lambda: "another-version")
    cache.analyze_articles_cached(arts[:1], tmp_path)
    assert calls == [arts[0].id]  # new code: recomputed


def test_dashboard_cache_survives_a_torn_entry_and_can_be_switched_off(tmp_path, monkeypatch):
    from analysis.io import cache
    from analysis.io.readers import load_corpus

    arts = load_corpus("data/corpus")[:2]
    cache.analyze_articles_cached(arts, tmp_path)
    for p in tmp_path.rglob("*.json"):
        p.write_text("{not json", encoding="utf-8")
    again = cache.analyze_articles_cached(arts, tmp_path)
    assert [a.article.id for a in again] == [a.id for a in arts] and again[0].attributions
    monkeypatch.setenv("ISNAD_CACHE", "off")
    assert cache.default_cache_dir() is None
