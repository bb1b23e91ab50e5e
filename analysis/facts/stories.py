"""Group articles about the same event into stories.

Texts are compared as TF-IDF vectors over the words of the normalised text,
clitics stripped (robust to Arabic clitics and spelling, no stemmer needed),
after removing each outlet's page furniture (lines an outlet prints under
many of its articles: datelines, signatures, "follow us" lines), which would
otherwise make an outlet's unrelated articles look alike.

Grouping is **average linkage over a time window**, not single linkage:
two groups merge only when the articles of one are, *on average*, similar to
the articles of the other published within ``WINDOW_DAYS`` of them
(``MERGE_AVERAGE``); pairs published further apart are not counted either
way.  So a week-long story grows day by day (each day's articles resemble the
previous days'), while one weakly similar neighbour can no longer chain a
war report or a royal reception into it: single linkage needed one link,
average linkage needs most of them.  Pairs below ``EDGE_FLOOR`` count as 0 in
the average.  Articles without a date are compared with every article (their
pairs always count), so they join a story only when similar to most of it,
and never collapse into one story among themselves unless their texts are
alike.

In an archive, a pair counts only when the two texts share a **distinctive word** (a name, a place, a
company: see ``DISTINCT_SHARE``) or are copies of one text (``STRONG_EDGE``): a season's common words
(every company's half-year results, every road accident of a week) and a beat's boilerplate (one
organisation's daily releases) no longer make one story; nor do two instances of one template (two
days' market closes, two companies' results) that are alike in their words but share no figure
(``FIGURE_TEMPLATE_MIN``).  Two groups of three or more articles merge
only when alike relative to how alike each is inside (``COHESION_RATIO``): two tight stories of one
beat stay two, and a loose chain of one beat's days is measured against the event it would take in
(``BEAT_INNER``, ``CHAIN_SPREAD``).  Days on which a collection has no article at all, between busy days, are a hole in
the collection and not counted by the window (``HOLE_DAYS``).

Why dates as well as text: texts about the same actors but different
events share a lot of vocabulary (the 2020 raid article 003 mentions the
same Qaani, Kadhimi and Kataib Hezbollah as the 2021 drone-attack articles),
and two events in one week are told apart by their text.

A manual ``Article.story`` (manifest column ``story``) always wins; those
articles are kept out of the automatic grouping.  Automatic ids are
"story-1", "story-2", ... ordered by the smallest article id in each story,
so they are stable as long as the grouping is.
"""
from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

import numpy as np

from analysis.facts.dates import date_interval
from analysis.forking import Forked, worth_forking
from analysis.records import Article
from analysis.text.grammar import comparison_clitics
from analysis.text.textnorm import normalise_text

# rows of the similarity matrix computed at once: a block is BLOCK x candidates floats
BLOCK = 256
# Days within which two articles' similarity counts towards the average (both dates exact).
WINDOW_DAYS = 3
# With a month-precision date ("2021-11") the window is wider: its day is unknown.
IMPRECISE_WINDOW_DAYS = 7
# Cosine below which a pair counts as 0 (and is not stored), and the mean cosine at which two
# groups merge.  Word TF-IDF (clitics stripped, sublinear tf) on SaudiNewsNet July 2015: pairs
# inside a real multi-outlet story average 0.11-0.21 (data/gold/stories, development sets),
# an article against random others 0.02-0.03 (99th percentile 0.09-0.12).  Tuned on the two
# development stories only; README (Accuracy) gives the figures, blind sets included.
EDGE_FLOOR = 0.1
MERGE_AVERAGE = 0.08
# A run of at most HOLE_DAYS days on which the corpus has no article at all, between two days with at
# least HOLE_MIN_ARTICLES articles each, is a hole in the collection (a scraper that did not run), not a
# silence of the news: the window does not count those days.  SaudiNewsNet's July 2015 archive has no
# article from 28 to 30 July, between days of 1,300-1,400, so every story told on both 27 and 31 July
# (daily MERS case counts, the municipal elections, the Special Olympics team, the Yemenis' status
# correction, SABIC's results and their aftermath) fell apart at the hole.  A corpus of a few articles
# from scattered days has no day of HOLE_MIN_ARTICLES: its days count as they are.
HOLE_DAYS = 7
HOLE_MIN_ARTICLES = 20
# Two groups of COHESION_MIN_SIZE articles or more merge only when their mean similarity is at least
# COHESION_RATIO of the mean inside the less tight of the two.  Two stories of one beat (NASA's Pluto
# pictures and its Kepler-452b, the Madinah municipality's roads and its expropriations, Chofu's plane
# crash and a Russian air show's) are each tight (0.3-0.5 inside) and alike at 0.1-0.15 across, above
# MERGE_AVERAGE: one absolute floor could not keep them apart without cutting a week-long story whose
# days are alike at 0.1.  A single article or a pair joins on MERGE_AVERAGE alone.
COHESION_RATIO = 0.4
COHESION_MIN_SIZE = 3
# A group of COHESION_MIN_SIZE articles or more whose inner mean is below BEAT_INNER is a loose chain of one
# beat (a country's politics, day after day), not one event: joining another group of 3+, it is measured
# against the other group's cohesion, not its own.  The Libyan peace talks of 21 July - 3 August (eleven
# articles chained at 0.11-0.22, inner mean 0.16) took in the Tripoli court's death sentences of 31 July
# (eight reports alike at 0.27 inside) at 0.091 across, above 0.4 of 0.16: the headline counted four
# times made "ليبيا" and "طرابلس" in both sets of headlines count.  An event's own core and its reactions
# (duma, misyal: the reason the rule is not against the tighter group always) merge before their
# reactions chain into a loose group of their own.  Development sets (twenty-third session, without
# CHAIN_SPREAD): unrelated articles in the main stories 206 of 832 -> 187 of 813 (tripolitrial 0.579 (19) ->
# 0.000 (8), smuggling 0.348 -> 0.250), members in them unchanged; 0.17 and 0.19 also keep tripolitrial's 8
# (192 of 818, 186 of 808), at 0.2 duma's coverage 0.85 -> 0.76, below ~0.16 the Libyan chain is above it.
BEAT_INNER = 0.17
# ... and only when it is a chain over days: fewer than CHAIN_SPREAD of its pairs within WINDOW_DAYS of each other
# (the window counts the rest neither way).  A loose group of one beat's one week (a week's gadget news: LG's,
# Sony's and Samsung's phones, 27 articles in six days, 63-72% of their pairs counted) is not a chain: measured
# against the tighter group there (the twenty-third session's rule alone), the LG G4's three reports left it and
# alignment, which had read a Samsung device's memory 1 -> 2 -> 3 GB as an update, called 2 against 3 GB a
# conflict.  The Libyan chain of two weeks counted 45% of its pairs.  Twenty-fourth session: development sets as
# the rule alone (tripolitrial 0.579 -> 0.000), the archive's conflict pairs unchanged (284, the same pairs);
# 0.6 gives the same development figures.  The looser group is measured against the tighter one as well when
# it is the smaller of the two: a few loose articles of the story's days (three 21 July pieces on the kingdom's
# fight against terrorism, inner mean 0.156, all pairs of one day) joining a tight story (the Bahrain smuggling
# reports, 20 articles, 0.39 inside) at 0.093 are other news of those days, while a loose week of one beat
# larger than the tight reports it would take in (the gadget week and the LG G4) is left as it was, its figures
# read by alignment as one device's.  Development sets: smuggling 0.348 (23) -> 0.250 (20), nothing else moved.
CHAIN_SPREAD = 0.5
# Whatever joins a tight group of COHESION_MIN_SIZE articles or more (a single article, a pair, a group) joins
# only at TIGHT_RATIO of that group's inner mean or more: a story told in much the same words by nine outlets
# (0.6-0.8 inside) does not take in an article that shares one of its rarer words and the beat's vocabulary
# (0.09-0.18 across: a road project's «طريقي», a hospital page's «سريرا», a loan report's «ممنوحه»).  COHESION_RATIO
# judges two groups against the looser one; this floor is against the tighter, and low.  Twenty-fourth session,
# second round: development sets meeting the target 4 -> 5, mean coverage 0.786 -> 0.787, mean unrelated share
# 0.199 -> 0.182 (expropriation 0.071 -> 0, consumerloans 0.222 -> 0.125, telecomreport 0.167 -> 0.091,
# makkahhealth 0.438 -> 0.250, oil0803 0.643 -> 0.545), no set's coverage lower, the archive's conflict pairs the
# same; 0.2: 0.188 (makkahhealth 0.357, oil0803 unchanged); 0.25: fetfatzidis' coverage 0.67 -> 0.52.
TIGHT_RATIO = 0.22
# An undated article needs this much similarity to be linked at all.
UNDATED_FLOOR = 0.2
# An outlet's line is furniture when it recurs under this share of the outlet's articles (and 3+ times).
FURNITURE_SHARE = 0.02


# A pair of texts of an archive counts towards a story only when they share a "distinctive" word (in at
# most DISTINCT_SHARE of the texts, and never fewer than DISTINCT_MIN_TEXTS: a name, a place, a
# company), or are alike enough on their own (STRONG_EDGE).  Texts of one season share much common
# vocabulary: every company's second-quarter results ("صافي أرباح الربع الثاني ... مليون ريال") or
# every reaction to a week's news, and average linkage over that vocabulary alone grouped 60 companies'
# results into one "SABIC" story.  On the two-week archive (the development sets, README: Accuracy)
# this took the unrelated share of a set's story from 0.36 to 0.13 on average, its coverage 0.68 -> 0.68.
# STRONG_EDGE was 0.2 until the twenty-first session: pairs of 0.2-0.5 were a beat's press releases
# (the King Salman relief centre's daily aid convoys, the royal court's receptions, the municipal
# elections' regional committees, the central bank's annual report in sections), alike in their common
# boilerplate and naming nothing in common, and they made 80-170-article "stories" of a beat.  At 0.5
# only copies of one text (one wire in two outlets) count without a shared name: development sets'
# unrelated articles in their stories 308 -> 155, members in them 467 -> 453 of 672 (README: Accuracy).
DISTINCT_SHARE = 0.003
DISTINCT_MIN_TEXTS = 50
STRONG_EDGE = 0.5

# Two texts of an archive alike at FIGURE_TEMPLATE_EDGE or more, each giving FIGURE_TEMPLATE_MIN figures or
# more (a number with a decimal or thousands part, or of three digits or more, in at most DISTINCT_SHARE of
# the texts: not a year) and not one figure in common, are two instances of one template, not one story:
# that pair does not count.  The exchange's daily closing
# report (index, points, value, volume, trades, in the same sentences every day) and the half-year results
# of two companies (the exchange's statement template) are alike at 0.5-0.65 and share the template's rarer
# words and the companies named in every report, so neither the distinctive-word rule nor a threshold told
# the days or the companies apart; their figures do: the copies of one day's report share all of them,
# another day's report none.  A story retold or updated keeps figures in common (a total, a date, a sum), and
# tolls are mostly of one or two digits, which are not figures here.  Figures are tokens of the archive's
# vocabulary for this test only, never for the similarity itself (the dense path, corpora of SMALL_CORPUS
# texts or fewer, has no such rule).  Development sets (twenty-second session, README: Accuracy): unrelated
# articles in their stories 276 -> 198 of 894 -> 809 (the market day's 0.768 -> 0.308, SABIC's 0.615 ->
# 0.143), members in them 517 of 719 unchanged.
FIGURE_TEMPLATE_EDGE = 0.3
FIGURE_TEMPLATE_MIN = 5

# Words in at most this share of the texts are "rare": places, names, companies.  They tell two
# incidents of one broad story apart (alignment: incident_words); 0.5% is ~100 of SaudiNewsNet's two
# weeks, where "عدن", "الحوثيين" or "الكردستاني" are common and a village, a road or a club are rare.
# At 1.5% topic words (a party, a region) stayed "rare" and linked a war's battles: 0.5% removed 213
# more archive pairs, none of 30 judged genuine (data/gold/archive_conflict_samples.json).
RARE_SHARE = 0.005
# Below this many texts the share says nothing (in five articles every word is "rare").
RARE_MIN_TEXTS = 1000

LEAD_CHARS = 2500
# The headline names the event: it counts this many times.  Two reports of one beat (one team's matches, one
# war's days of fighting) are alike in their bodies, which tell the beat's standing cast (the squad, the
# coach, the front lines), while their headlines name what differs (the opponent, the town, the toll); the
# copies of one report share their headline.  At 2 the bodies outweighed it.  Development sets (twenty-second
# session, second helper; docs/accuracy-facts.md): members in their story 517 -> 521 of 719, unrelated
# articles in the stories 198 of 809 -> 190 of 800; the archive's conflict pairs judged genuine 200 -> 208,
# false 25 -> 22 (false-incident 18 -> 15); akhisar's camp is still one story (its match reports' headlines
# name the club and its players as often as the opponent).  At 3: 522 / 193 of 807 with 114- and 110-article
# stories; at 5: 522 / 186 of 798 with one set fewer meeting the target; at 6: 506 / 220 of 816.
TITLE_WEIGHT = 4


def comparable_text(text: str) -> str:
    """Text as it is compared (grouping, search, story names): normalised, clitics stripped."""
    clitics = comparison_clitics()  # و, ف, ب, ل, ك and the article ال (grammar.json)
    return clitics.sub("", normalise_text(text)) if clitics else normalise_text(text)


def _comparable(text: str) -> str:
    return comparable_text(text[:LEAD_CHARS])


def comparable_words(text: str) -> list[str]:
    """The words of ``text`` as grouping counts them (the vocabulary its TF-IDF, and so its rare
    words, are made of): comparable spelling, lower case, letters only, two or more."""
    return _TOKEN.findall(comparable_text(text).lower())


# up to this many texts, TF-IDF is computed here in numpy: importing scikit-learn
# costs ~0.5-1.8 s on a cold start, far more than grouping a handful of articles
SMALL_CORPUS = 200
_TOKEN = re.compile(r"(?u)\b[^\W\d_]{2,}\b")
# a word (as _TOKEN) or a figure (see FIGURE_TEMPLATE_MIN): the tokens of a big corpus's vectorizer
_WORD_OR_FIGURE = re.compile(_TOKEN.pattern + r"|\d+(?:[.,]\d+)+|\d{3,}")


def tfidf_vectors(texts: Iterable[str], count: int | None = None):
    """L2-normalised TF-IDF vectors (see ``_tfidf``)."""
    return _tfidf(texts, count)[0]


def _tfidf(texts: Iterable[str], count: int | None = None):
    """(vectors, rare words or None, distinctive words or None, figures or None): L2-normalised TF-IDF
    vectors of the words of each text, one row per text (sparse CSR from scikit-learn; a dense array, same
    values, for SMALL_CORPUS texts or fewer); the distinctive words (see DISTINCT_SHARE) and the figures (see
    FIGURE_TEMPLATE_MIN) as 0/1 CSR matrices of the same rows, for the sparse path only (in a few hundred
    texts the floor of DISTINCT_MIN_TEXTS is most of them).  Figures are columns of the vectors' matrix
    with no weight in the vectors: the similarity is of the words alone.

    Words of the normalised text with clitics stripped; sublinear term
    frequency; words found in over half the texts carry nothing.  (Character
    n-grams were tried first: 5x slower on 20,000 articles for no gain once
    clitics are stripped.)

    ``texts`` may be an iterator read once (then ``count`` says how many): on a big corpus each text
    is reduced to its words as it comes, so the texts are never all in memory at once.

    Rare words (in at most RARE_SHARE of the texts, comparable spelling) come
    with them when there are RARE_MIN_TEXTS texts or more; below that, how
    rare a word is cannot be told (``None``).
    """
    if count is None:
        texts = list(texts)
        count = len(texts)
    comparable = (_comparable(t) for t in texts)
    # in a handful of texts a word shared by half of them is what they have in common, not noise
    max_df = 0.5 if count >= 50 else 1.0
    if count <= SMALL_CORPUS:
        return _dense_tfidf(list(comparable), max_df), None, None, None
    from sklearn.feature_extraction.text import TfidfVectorizer  # heavy import, only for big corpora

    vec = TfidfVectorizer(analyzer="word", ngram_range=(1, 1), sublinear_tf=True, dtype=np.float32,
                          token_pattern=_WORD_OR_FIGURE.pattern, max_df=max_df)
    try:
        # one pass over the generator (scikit-learn counts words as it reads)
        x = vec.fit_transform(comparable)
    except ValueError:  # no words at all (empty or digit-only texts): nothing is similar
        from scipy.sparse import csr_matrix
        return csr_matrix((count, 1), dtype=np.float32), None, None, None
    figure = np.zeros(x.shape[1], dtype=bool)
    for w, col in vec.vocabulary_.items():
        figure[col] = w[0].isdigit()
    df = np.bincount(x.indices, minlength=x.shape[1])  # CSR: one stored entry per (text, token)
    distinctive = df <= max(DISTINCT_SHARE * count, DISTINCT_MIN_TEXTS)
    figures = _columns(x, figure & distinctive)  # a figure in many texts (a year, "100") tells nothing
    if figure.any():  # the words' vectors alone, as if figures were never tokens
        from sklearn.preprocessing import normalize

        x.data[figure[x.indices]] = 0.0
        x.eliminate_zeros()
        x = normalize(x, copy=False)
    distinct = _columns(x, distinctive & ~figure)
    if count < RARE_MIN_TEXTS:
        return x, None, distinct, figures
    limit = RARE_SHARE * count
    words = (w for w, col in vec.vocabulary_.items() if df[col] <= limit and not figure[col])
    return x, frozenset(words), distinct, figures


def _columns(x, keep: "np.ndarray"):
    """A 0/1 CSR matrix of x's rows holding only the entries of the columns ``keep`` marks."""
    out = x.copy()
    out.data = keep[out.indices].astype(np.float32)
    out.eliminate_zeros()
    return out


def _dense_tfidf(texts: Sequence[str], max_df: float) -> np.ndarray:
    """What TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2") computes, densely.

    tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, rows scaled to unit
    length; words in more than max_df * n texts dropped (tests compare the two).
    """
    counts = [Counter(_TOKEN.findall(t.lower())) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    vocab = {w: k for k, w in enumerate(w for w, f in df.items() if f <= max_df * n)}
    x = np.zeros((n, max(len(vocab), 1)), dtype=np.float32)
    if not vocab:
        return x
    idf = np.zeros(len(vocab), dtype=np.float64)
    for w, k in vocab.items():
        idf[k] = math.log((1 + n) / (1 + df[w])) + 1.0
    for i, c in enumerate(counts):
        for w, m in c.items():
            col = vocab.get(w)
            if col is not None:
                x[i, col] = (1.0 + math.log(m)) * idf[col]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms > 0, norms, 1.0)


def _dense(m) -> np.ndarray:
    return m.toarray() if hasattr(m, "toarray") else np.asarray(m)


def _line_key(line: str) -> str:
    return " ".join(line.split())  # furniture repeats verbatim: no need to normalise


def _lines(text: str) -> list[str]:
    return [ln for ln in (text or "").split("\n") if ln.strip()]


def furniture_lines(articles: Sequence[Article]) -> dict[str, frozenset[str]]:
    """Per outlet, the lines (``_line_key``) printed under at least FURNITURE_SHARE of its articles
    (and 3 of them): datelines, signatures, "follow us" lines.

    Counted in two passes so that no copy of the corpus's text is held: first each distinct line's
    hash per article (ints: a count per hash is at least the count of every line with that hash),
    then exact counts of only the lines whose hash reached the limit, the few furniture candidates.
    The result is the same as counting every line exactly (hash collisions can only add candidates).
    """
    sizes: Counter[str] = Counter(a.outlet for a in articles)
    limit = {o: max(3, FURNITURE_SHARE * n) for o, n in sizes.items()}
    hashes: dict[str, Counter[int]] = {}
    for a in articles:
        hashes.setdefault(a.outlet, Counter()).update({hash(_line_key(ln)) for ln in _lines(a.text)})
    candidates = {o: frozenset(h for h, n in c.items() if n >= limit[o]) for o, c in hashes.items()}
    del hashes
    exact: dict[str, Counter[str]] = {}
    for a in articles:
        cand = candidates[a.outlet]
        if cand:
            keys = {k for k in map(_line_key, _lines(a.text)) if hash(k) in cand}
            exact.setdefault(a.outlet, Counter()).update(keys)
    return {o: frozenset(k for k, n in c.items() if n >= limit[o]) for o, c in exact.items()}


def iter_grouping_texts(articles: Sequence[Article]) -> Iterator[str]:
    """``grouping_texts`` one at a time (a big corpus's comparison texts are never all held)."""
    furniture = furniture_lines(articles)
    for a in articles:
        lines = _lines(a.text)
        drop = furniture.get(a.outlet)
        kept = [ln for ln in lines if _line_key(ln) not in drop] if drop else lines
        # the headline names the event: counted TITLE_WEIGHT times
        yield "\n".join([a.title or ""] * TITLE_WEIGHT + (kept or lines))


def grouping_texts(articles: Sequence[Article]) -> list[str]:
    """Title and text of each article without its outlet's page furniture (for comparison only).

    A line that an outlet prints under many of its articles (a dateline, a
    signature, a "follow us" line) says nothing about the event, but makes
    the outlet's articles look alike.  Article text itself is never changed.
    """
    return list(iter_grouping_texts(articles))


@dataclass(frozen=True)
class _Dates:
    """Each article's publication interval as day ordinals; kind 2 exact, 1 imprecise, 0 unknown."""

    lo: "np.ndarray"
    hi: "np.ndarray"
    kind: "np.ndarray"


def _dates(articles: Sequence[Article]) -> _Dates:
    n = len(articles)
    lo = np.zeros(n, dtype=np.int64)
    hi = np.zeros(n, dtype=np.int64)
    kind = np.zeros(n, dtype=np.int8)
    for k, a in enumerate(articles):
        iv = date_interval(a.published)
        if iv is not None:
            lo[k], hi[k] = iv[0].toordinal(), iv[1].toordinal()
            kind[k] = 2 if _exact_day(a.published) else 1
    holes = collection_holes(lo[kind == 2])
    if len(holes):  # days counted without the collection's holes: an order-keeping shift of every date
        dated = kind > 0
        lo[dated] -= np.searchsorted(holes, lo[dated], side="left")
        hi[dated] -= np.searchsorted(holes, hi[dated], side="right")
    return _Dates(lo, hi, kind)


def collection_holes(days: "np.ndarray") -> "np.ndarray":
    """Sorted day ordinals of the collection's holes (see HOLE_DAYS) given the exact days of its articles."""
    day, count = np.unique(days, return_counts=True)
    # consecutive article days with an empty run between them, both busy
    gap = np.flatnonzero((np.diff(day) > 1) & (np.diff(day) <= HOLE_DAYS + 1)
                         & (count[:-1] >= HOLE_MIN_ARTICLES) & (count[1:] >= HOLE_MIN_ARTICLES))
    runs = [np.arange(day[k] + 1, day[k + 1]) for k in gap.tolist()]
    return np.concatenate(runs).astype(np.int64) if runs else np.zeros(0, dtype=np.int64)


def _window(ki, kj) -> "np.ndarray":
    """Days of the counting window for pairs of date kinds (exact: WINDOW_DAYS; imprecise: wider)."""
    return np.where((ki == 2) & (kj == 2), WINDOW_DAYS, IMPRECISE_WINDOW_DAYS)


def _edges(x, d: _Dates, distinct=None, figures=None):
    """Yield (i, j, similarity) arrays of the pairs that count: i < j, within the window (or undated),
    similarity >= EDGE_FLOOR (UNDATED_FLOOR with an undated side), with ``distinct`` (0/1 rows
    of the texts' distinctive words) a distinctive word in common or similarity >= STRONG_EDGE, and with
    ``figures`` (0/1 rows of the texts' figures) not two instances of one template (FIGURE_TEMPLATE_MIN).

    Articles are sorted by date and compared a row block at a time, each
    block only with the dates it can reach, so memory is BLOCK x n at most.
    On a big corpus a forked process computes the later blocks meanwhile (the
    same blocks, yielded in the same order).
    """
    n = x.shape[0]
    known = d.kind > 0
    order = np.lexsort((np.arange(n), d.lo, ~known))
    s_lo, s_known = d.lo[order], known[order]
    n_known = int(known.sum())
    reach = max(WINDOW_DAYS, IMPRECISE_WINDOW_DAYS) + 31  # a month-precision interval spans up to 31 days

    def block(r0: int):
        rows = order[r0:r0 + BLOCK]
        if s_known[r0:r0 + BLOCK].all():
            upper = int(np.searchsorted(s_lo[:n_known], d.hi[rows].max() + reach, side="right"))
            cand = np.concatenate([np.arange(r0, upper), np.arange(n_known, n)])
        else:
            cand = np.arange(r0, n)
        if not len(cand):
            return None
        cols = order[cand]
        sim = _dense(x[rows] @ x[cols].T)
        ri, ci = np.nonzero(sim >= EDGE_FLOOR)
        pair = r0 + ri < cand[ci]  # each unordered pair once
        ri, ci = ri[pair], ci[pair]
        i, j = rows[ri], cols[ci]
        v = sim[ri, ci]
        both = known[i] & known[j]
        gap = np.maximum(0, np.maximum(d.lo[j] - d.hi[i], d.lo[i] - d.hi[j]))
        ok = np.where(both, gap <= _window(d.kind[i], d.kind[j]), v >= UNDATED_FLOOR)
        if figures is not None:
            alike = np.flatnonzero(ok & (v >= FIGURE_TEMPLATE_EDGE))
            if len(alike):
                fi, fj = figures[i[alike]], figures[j[alike]]
                many = (np.diff(fi.indptr) >= FIGURE_TEMPLATE_MIN) & (np.diff(fj.indptr) >= FIGURE_TEMPLATE_MIN)
                if many.any():
                    common = np.asarray(fi.multiply(fj).sum(axis=1)).ravel()
                    ok[alike[many & (common == 0)]] = False
        if distinct is not None:
            weak = np.flatnonzero(ok & (v < STRONG_EDGE))
            if len(weak):
                shared = np.asarray(distinct[i[weak]].multiply(distinct[j[weak]]).sum(axis=1)).ravel()
                ok[weak[shared == 0]] = False
        return i[ok], j[ok], v[ok]

    starts = list(range(0, n, BLOCK))
    if not worth_forking(n):
        for r0 in starts:
            b = block(r0)
            if b is not None:
                yield b
        return
    # later blocks reach fewer candidates (each pair once): the child takes a little more than half
    cut = len(starts) * 9 // 20
    with Forked(lambda part: [block(r0) for r0 in part], starts[cut:]) as child:
        here = [block(r0) for r0 in starts[:cut]]
        there = child.result()
    yield from (b for b in here + there if b is not None)


def _exact_day(published: str) -> bool:
    return len((published or "").strip()) >= 10


class _Clusters:
    """Sparse average-linkage agglomeration with a time window (see the module docstring).

    The average between groups A and B is (sum of stored similarities between
    them) / (number of their pairs that count: dated within the window, or
    with an undated side).  Pair counts come from per-group day histograms,
    so no n x n structure is built.
    """

    def __init__(self, d: _Dates):
        n = len(d.kind)
        self.parent = list(range(n))
        self.size = [1] * n
        # per group: exact-day histogram, imprecise intervals, undated count
        self.days: list[dict[int, int]] = [({int(d.lo[k]): 1} if d.kind[k] == 2 else {}) for k in range(n)]
        self.loose: list[list[tuple[int, int]]] = [([(int(d.lo[k]), int(d.hi[k]))] if d.kind[k] == 1 else [])
                                                   for k in range(n)]
        self.undated = [1 if d.kind[k] == 0 else 0 for k in range(n)]
        self.links: list[dict[int, float]] = [dict() for _ in range(n)]
        # per group, built when first needed and dropped on merge: day -> its exact-day articles
        # within WINDOW_DAYS of that day (a merged group is paired with each of its neighbours)
        self.reach: dict[int, dict[int, int]] = {}

    def _reach(self, g: int) -> dict[int, int]:
        r = self.reach.get(g)
        if r is None:
            r = {}
            for day, c in self.days[g].items():
                for off in range(-WINDOW_DAYS, WINDOW_DAYS + 1):
                    r[day + off] = r.get(day + off, 0) + c
            self.reach[g] = r
        return r

    def pairs(self, a: int, b: int) -> int:
        """Pairs between groups a and b that count towards their average."""
        # each exact-day article of the group with fewer days against the other's within the window
        small, big = (b, a) if len(self.days[a]) > len(self.days[b]) else (a, b)
        reach = self._reach(big)
        n = 0
        for day, ca in self.days[small].items():
            cb = reach.get(day)
            if cb:
                n += ca * cb
        # imprecise (month-precision) dates against everything dated in the wider window
        w = IMPRECISE_WINDOW_DAYS
        for lo, hi in self.loose[a]:
            n += sum(c for day, c in self.days[b].items() if lo - w <= day <= hi + w)
            n += sum(1 for lo2, hi2 in self.loose[b] if max(lo, lo2) - min(hi, hi2) <= w)
        for lo, hi in self.loose[b]:
            n += sum(c for day, c in self.days[a].items() if lo - w <= day <= hi + w)
        ua, ub = self.undated[a], self.undated[b]
        return n + ua * self.size[b] + ub * self.size[a] - ua * ub

    def merge(self, a: int, b: int) -> int:
        if len(self.links[a]) < len(self.links[b]):
            a, b = b, a
        self.reach.pop(a, None)
        self.reach.pop(b, None)
        self.parent[b] = a
        self.size[a] += self.size[b]
        for day, c in self.days[b].items():
            self.days[a][day] = self.days[a].get(day, 0) + c
        self.loose[a].extend(self.loose[b])
        self.undated[a] += self.undated[b]
        la = self.links[a]
        la.pop(b, None)
        for x, s in self.links[b].items():
            if x == a:
                continue
            la[x] = la.get(x, 0.0) + s
            lx = self.links[x]
            lx.pop(b, None)
            lx[a] = la[x]
        self.links[b] = {}
        self.days[b], self.loose[b] = {}, []
        return a


def _average_linkage(d: _Dates, edge_blocks) -> list[int]:
    """Group label (smallest member index) of each article."""
    cl = _Clusters(d)
    n = len(cl.parent)
    # One int object per article, shared by every link and heap entry naming it (the edges' own
    # ints would be two objects per edge: ~40 MB on the 19,587-article archive's 650k edges).
    ids = list(range(n))
    links = cl.links
    for i, j, v in edge_blocks:
        for a, b, s in zip(i.tolist(), j.tolist(), v.tolist()):
            a, b = ids[a], ids[b]
            # links stay symmetric (links[a][b] == links[b][a]): one float object serves both
            links[a][b] = links[b][a] = links[a].get(b, 0.0) + s
    heap: list[tuple[float, int, int, int, int]] = []
    version = [0] * n
    # per group: the sum of its stored inner similarities and its counted inner pairs (its cohesion)
    inner = [0.0] * n
    inner_pairs = [0.0] * n

    def average(a: int, b: int) -> float | None:
        pairs = cl.pairs(a, b)
        if pairs:
            avg = links[a][b] / pairs
            if avg >= MERGE_AVERAGE:
                return avg
        return None

    def push(a: int, b: int) -> None:
        avg = average(a, b)
        if avg is not None:
            heapq.heappush(heap, (-avg, a, b, version[a], version[b]))

    # The initial candidate merges (one per edge) are sorted once into compact arrays instead of
    # pushed as 650k tuples: entries are never equal, so taking the smaller of the sorted run's head
    # and the heap's top pops exactly what one heap of all of them would.
    first_neg, first_a, first_b = array("d"), array("q"), array("q")
    for a in range(n):
        for b in links[a]:
            if a < b:
                avg = average(a, b)
                if avg is not None:
                    first_neg.append(-avg)
                    first_a.append(a)
                    first_b.append(b)
    first = _sorted_entries(first_neg, first_a, first_b, ids)
    nxt = next(first, None)
    while heap or nxt is not None:
        if nxt is not None and (not heap or nxt < heap[0]):
            item, nxt = nxt, next(first, None)
        else:
            item = heapq.heappop(heap)
        _, a, b, va, vb = item
        if va != version[a] or vb != version[b] or cl.parent[a] != a or cl.parent[b] != b:
            continue
        v = -item[0]
        if (cl.size[a] >= COHESION_MIN_SIZE and cl.size[b] >= COHESION_MIN_SIZE
                and v < COHESION_RATIO * _cohesion_reference(inner[a] / inner_pairs[a], inner[b] / inner_pairs[b],
                                                             _spread(inner_pairs[a], cl.size[a]),
                                                             _spread(inner_pairs[b], cl.size[b]),
                                                             cl.size[a], cl.size[b])):
            continue  # two tight groups, alike only loosely: two stories (see COHESION_RATIO)
        if v < TIGHT_RATIO * max(inner[g] / inner_pairs[g] if cl.size[g] >= COHESION_MIN_SIZE else 0.0 for g in (a, b)):
            continue  # far looser than a tight story's own reports: not one of them (see TIGHT_RATIO)
        # the merged group's inner sum and counted pairs (links[a][b] / v: the pairs between a and b)
        merged = (inner[a] + inner[b] + links[a][b], inner_pairs[a] + inner_pairs[b] + links[a][b] / v)
        c = cl.merge(a, b)
        inner[c], inner_pairs[c] = merged
        version[c] += 1
        for x in list(links[c]):
            push(c, x) if c < x else push(x, c)
    labels = []
    for k in range(len(cl.parent)):
        r = k
        while cl.parent[r] != r:
            r = cl.parent[r]
        labels.append(r)
    return labels


def _spread(counted: float, size: int) -> float:
    """The share of a group's pairs that its window counts (1: all within WINDOW_DAYS of each other)."""
    return counted / (size * (size - 1) / 2)


def _cohesion_reference(ia: float, ib: float, sa: float = 1.0, sb: float = 1.0, na: int = 0, nb: int = 0) -> float:
    """The inner mean two groups' similarity is measured against (see COHESION_RATIO): the less tight
    group's, unless that one is loose (below BEAT_INNER) and either a chain over days (most of its pairs too
    far apart to count: CHAIN_SPREAD) or the smaller group, then the other's."""
    (lo, s_lo, n_lo, n_hi), hi = min((ia, sa, na, nb), (ib, sb, nb, na)), max(ia, ib)
    return hi if lo < BEAT_INNER and (s_lo < CHAIN_SPREAD or n_lo < n_hi) else lo


def _sorted_entries(neg: array, a: array, b: array, ids: list[int],
                    chunk: int = 65536) -> Iterator[tuple[float, int, int, int, int]]:
    """Heap entries (neg, a, b, 0, 0) in tuple order, built a chunk at a time from the arrays."""
    neg_, a_, b_ = np.frombuffer(neg, dtype=np.float64), np.frombuffer(a, dtype=np.int64), np.frombuffer(b, dtype=np.int64)
    order = np.lexsort((b_, a_, neg_))  # by neg, then a, then b: the order of the tuples
    for k in range(0, len(order), chunk):
        part = order[k:k + chunk]
        for x, i, j in zip(neg_[part].tolist(), a_[part].tolist(), b_[part].tolist()):
            yield (x, ids[i], ids[j], 0, 0)


@dataclass(frozen=True)
class StoryGrouping:
    """Story id of each article, and the rare words of the automatically grouped texts
    (``None`` when there were too few of them to tell, or no automatic grouping)."""

    story_of: dict[str, str]
    rare_words: frozenset[str] | None = None


def group_stories(articles: Sequence[Article]) -> dict[str, str]:
    """Map article id -> story id. Manual overrides (Article.story) win."""
    return story_grouping(articles).story_of


def story_grouping(articles: Sequence[Article]) -> StoryGrouping:
    """``group_stories`` with the rare words its vectors found (see RARE_SHARE)."""
    result = {a.id: a.story for a in articles if a.story}
    auto = [a for a in articles if not a.story]
    if not auto:
        return StoryGrouping(result)
    labels = list(range(len(auto)))
    rare = None
    if len(auto) > 1:
        d = _dates(auto)
        x, rare, distinct, figures = _tfidf(iter_grouping_texts(auto), len(auto))
        labels = _average_linkage(d, _edges(x, d, distinct, figures))
        del x, distinct, figures
    groups: dict[int, list[Article]] = {}
    for i, a in enumerate(auto):
        groups.setdefault(labels[i], []).append(a)
    ordered = sorted(groups.values(), key=lambda g: min(_id_key(a.id) for a in g))
    taken = set(result.values())
    n = 0
    for g in ordered:
        n += 1
        while f"story-{n}" in taken:
            n += 1
        for a in g:
            result[a.id] = f"story-{n}"
    return StoryGrouping(result, rare)


def _id_key(article_id: str) -> tuple[int, str]:
    # numeric ids sort numerically ("9" before "10"), others alphabetically
    return (int(article_id), "") if article_id.isdigit() else (10**12, article_id)


