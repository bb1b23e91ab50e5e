"""The analysis version and the per-article cache (analysis.io.cache)."""
import analysis.io.cache as cache


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
