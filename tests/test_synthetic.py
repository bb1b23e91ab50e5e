"""The synthetic benchmark corpus (analysis.io.synthetic)."""
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
