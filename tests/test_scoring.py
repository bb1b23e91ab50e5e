from analysis.records import Attribution, Source, SourceClass
from analysis.sourcing.scoring import article_sourcing, beta_interval, outlet_sourcing, single_anonymous_claims

N, A, V = SourceClass.NAMED, SourceClass.ANONYMOUS, SourceClass.VAGUE


def src(i, cls, reason=False):
    return Source(id=i, label=f"s{i}", source_class=cls, mentions=(i,), reason_given=reason)


def att(i, cls, sentence, number="singular", source_id=None):
    return Attribution(start=0, end=1, cue="قال", cue_start=0, cue_end=1, source="x", source_start=0, source_end=1,
                       source_class=cls, sentence=sentence, source_id=i if source_id is None else source_id,
                       source_number=number)


def test_shares_and_score_follow_distinct_sources():
    sources = [src(0, N), src(1, A), src(2, A, reason=True), src(3, V)]
    s = article_sourcing("a", 2000, [], sources)
    assert (s.named, s.anonymous, s.vague, s.distinct_sources) == (1, 2, 1, 4)
    assert s.named_share == 0.25 and s.anonymous_share == 0.5
    assert s.anonymous_per_1000_words == 1.0
    assert s.reason_given_share == 0.5
    # credits: named 1 + anonymous 0 + anonymous-with-reason 0.5 + vague 0.25 = 1.75 / 4
    assert s.score == 43.8
    assert s.interval.low < s.score < s.interval.high


def test_no_sources_means_no_score():
    s = article_sourcing("a", 100, [], [])
    assert s.score is None and s.interval is None


def test_interval_narrows_with_more_articles():
    one = outlet_sourcing("o", [(article_sourcing("a", 1000, [], [src(i, N if i % 2 else A) for i in range(10)]),
                                 [src(i, N if i % 2 else A) for i in range(10)])])
    many_items = []
    for k in range(10):
        srcs = [src(i, N if i % 2 else A) for i in range(10)]
        many_items.append((article_sourcing(f"a{k}", 1000, [], srcs), srcs))
    many = outlet_sourcing("o", many_items)
    assert one.score == many.score == 50.0
    width = lambda r: r.interval.high - r.interval.low
    assert width(many) < width(one) / 2


def test_beta_interval_bounds():
    iv = beta_interval(0, 1, 0.9)
    assert 0 <= iv.low < iv.high <= 100


def test_single_anonymous_claims_counts_sentences_with_one_singular_anonymous_source():
    atts = [
        att(0, A, sentence=1),                       # alone, singular anonymous -> counts
        att(1, A, sentence=2, number="plural"),      # plural sources -> no
        att(2, A, sentence=3), att(3, N, sentence=3),  # corroborated by a named source -> no
        att(4, N, sentence=4),
    ]
    assert single_anonymous_claims(atts) == 1
