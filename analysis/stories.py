"""Group articles about the same event into stories.

Two articles are linked when their texts are similar (TF-IDF over character
n-grams of the normalised text: robust to Arabic clitics and spelling, no
stemmer needed) *and* their publication dates are close (when both are
known); the more similar the texts, the longer the gap allowed
(``LINK_TIERS``).  Stories are the connected components of these links (single
linkage), so a story can grow through a chain of follow-ups.

Why both signals: texts about the same actors but different events share a
lot of vocabulary (the 2020 raid article 003 mentions the same Qaani,
Kadhimi and Kataib Hezbollah as the 2021 drone-attack articles), and dates
alone cannot tell two events in the same week apart.

A manual ``Article.story`` (manifest column ``story``) always wins; those
articles are kept out of the automatic grouping.  Automatic ids are
"story-1", "story-2", ... ordered by the smallest article id in each story,
so they are stable as long as the grouping is.
"""
from __future__ import annotations

import calendar
from datetime import date
from typing import Sequence

from .records import Article
from .textnorm import normalise_text

# (minimum cosine, maximum days between publication dates): a pair is linked
# when it meets any tier.  Weakly similar texts must be published within a
# week; strongly similar ones may be weeks apart (final results reported a
# month after the preliminary ones).  Measured (char 3-5-grams, sublinear
# tf): bundled same-story pairs 0.29-0.38, the 2020 raid article vs the 2021
# ones 0.22-0.30; short excerpts of one event from different sites 0.16-0.50;
# an election story vs the drone story 0.10-0.30 (3-4 weeks apart).
# The weakest tier needs day-precise dates on both sides: "2021-11" overlaps
# every day of November, so it cannot vouch for a one-week window.
LINK_TIERS: tuple[tuple[float, int, bool], ...] = ((0.20, 7, True), (0.28, 14, False), (0.35, 60, False))
# with a date unknown, only the text can decide
SIMILARITY_THRESHOLD = 0.28


def published_interval(published: str) -> tuple[date, date] | None:
    """The days an ``Article.published`` value may mean: "2021-11" is the whole month."""
    p = (published or "").strip()
    try:
        if len(p) >= 10:
            d = date.fromisoformat(p[:10])
            return d, d
        if len(p) == 7:
            y, m = int(p[:4]), int(p[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(p) == 4:
            y = int(p)
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


def date_gap_days(a: str, b: str) -> int | None:
    """Days between two publication values (0 when their ranges overlap), None if unknown."""
    ia, ib = published_interval(a), published_interval(b)
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0]:
        return (ib[0] - ia[1]).days
    if ib[1] < ia[0]:
        return (ia[0] - ib[1]).days
    return 0


def tfidf_vectors(texts: Sequence[str]):
    """L2-normalised char n-gram TF-IDF vectors (sparse CSR, one row per text)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # heavy import, only when grouping

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    # kept exactly as fitted (no sort_indices): the block products below then give
    # bit-for-bit the values of the full product x @ x.T
    return vec.fit_transform([normalise_text(t) for t in texts])


def similarity_matrix(texts: Sequence[str]):
    """Cosine similarities of char n-gram TF-IDF vectors (dense ndarray; small inputs only —
    ``group_stories`` never builds it)."""
    x = tfidf_vectors(texts)
    return (x @ x.T).toarray()  # rows are L2-normalised: the product is the cosine


# rows of the similarity matrix computed at once: a block is BLOCK x candidates floats
BLOCK = 256


def _link_edges(auto: Sequence[Article], tiers: Sequence[tuple[float, int, bool]], threshold: float):
    """Yield (i, j) index arrays of linked pairs (``linked`` on every pair, vectorised).

    Pairs whose publication dates are known and further apart than the widest
    tier are never compared (date blocking: articles sorted by date, each row
    block only against the date window it can reach).  Similarities are
    computed a row block at a time as a sparse product, so memory is
    BLOCK x n, never n x n.  Every value is the same float the dense
    ``(x @ x.T)`` gives (same sparse dot product, indices sorted).
    """
    import numpy as np

    n = len(auto)
    x = tfidf_vectors([a.text for a in auto])
    lo = np.zeros(n, dtype=np.int64)
    hi = np.zeros(n, dtype=np.int64)
    known = np.zeros(n, dtype=bool)
    exact = np.array([_exact_day(a.published) for a in auto], dtype=bool)
    for k, a in enumerate(auto):
        iv = published_interval(a.published)
        if iv is not None:
            lo[k], hi[k], known[k] = iv[0].toordinal(), iv[1].toordinal(), True
    floor = min(threshold, *(t[0] for t in tiers))
    max_gap = max((t[1] for t in tiers), default=0)
    # known dates sorted by first day, unknown dates last
    order = np.lexsort((np.arange(n), lo, ~known))
    s_lo, s_hi, s_known = lo[order], hi[order], known[order]
    n_known = int(known.sum())
    for r0 in range(0, n, BLOCK):
        rows = order[r0:r0 + BLOCK]
        if s_known[r0:r0 + BLOCK].all():
            # columns at or after this block (earlier ones were compared as rows), within reach
            upper = int(np.searchsorted(s_lo[:n_known], s_hi[r0:r0 + BLOCK].max() + max_gap, side="right"))
            cand = np.concatenate([np.arange(r0, upper), np.arange(n_known, n)])
        else:
            cand = np.arange(r0, n)
        if s_known[r0:r0 + BLOCK].all():
            keep = s_hi[cand] >= s_lo[r0:r0 + BLOCK].min() - max_gap
            keep |= ~s_known[cand]
            cand = cand[keep]
        if not len(cand):
            continue
        cols = order[cand]
        sim = (x[rows] @ x[cols].T).toarray()
        ri, ci = np.nonzero(sim >= floor)
        pair = r0 + ri < cand[ci]  # each unordered pair once (sorted position of row < column)
        ri, ci = ri[pair], ci[pair]
        i, j = rows[ri], cols[ci]
        # sim[i, j] == sim[j, i] bit for bit: every row lists its features in the same
        # (vocabulary) order, so both dot products add the same terms in the same order
        v = sim[ri, ci]
        both = known[i] & known[j]
        gap = np.maximum(0, np.maximum(lo[j] - hi[i], lo[i] - hi[j]))
        ex = exact[i] & exact[j]
        ok = np.zeros(len(i), dtype=bool)
        for s_min, g_max, needs_exact in tiers:
            t = (v >= s_min) & (gap <= g_max)
            if needs_exact:
                t &= ex
            ok |= t
        ok = np.where(both, ok, v >= threshold)
        yield i[ok], j[ok]


def linked(sim: float, gap: int | None, exact_days: bool = True,
           tiers: Sequence[tuple[float, int, bool]] = LINK_TIERS, threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """Whether two articles with text similarity ``sim`` and ``gap`` days apart are one story.

    ``exact_days``: both publication dates are known to the day.
    """
    if gap is None:
        return sim >= threshold
    return any(sim >= s and gap <= g and (exact_days or not needs_exact) for s, g, needs_exact in tiers)


def _exact_day(published: str) -> bool:
    return len((published or "").strip()) >= 10


def group_stories(
    articles: Sequence[Article], *, tiers: Sequence[tuple[float, int, bool]] = LINK_TIERS,
    threshold: float = SIMILARITY_THRESHOLD,
) -> dict[str, str]:
    """Map article id -> story id. Manual overrides (Article.story) win."""
    result = {a.id: a.story for a in articles if a.story}
    auto = [a for a in articles if not a.story]
    if not auto:
        return result
    labels = list(range(len(auto)))
    if len(auto) > 1:
        labels = _components(len(auto), _link_edges(auto, tiers, threshold))
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
    return result


def _components(n: int, edge_blocks) -> list[int]:
    """Connected-component label of each of ``n`` nodes (single linkage over all edges).

    Edges arrive a row block at a time; after each block the graph is reduced
    to the current components (node -> its component's label), so memory
    stays at one block of edges plus O(n).
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    labels = np.arange(n)
    nodes = np.arange(n)
    for i, j in edge_blocks:
        if not len(i):
            continue
        rows = np.concatenate([nodes, i])
        cols = np.concatenate([labels, j])
        g = coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, n)).tocsr()
        k, comp = connected_components(g, directed=False)
        rep = np.empty(k, dtype=np.int64)
        rep[comp[::-1]] = nodes[::-1]  # each component's smallest node stands for it
        labels = rep[comp]
    return labels.tolist()


def _id_key(article_id: str) -> tuple[int, str]:
    # numeric ids sort numerically ("9" before "10"), others alphabetically
    return (int(article_id), "") if article_id.isdigit() else (10**12, article_id)


def story_members(mapping: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Story id -> article ids (sorted), the shape CorpusAnalysis.stories uses."""
    out: dict[str, list[str]] = {}
    for aid, sid in mapping.items():
        out.setdefault(sid, []).append(aid)
    return {sid: tuple(sorted(ids, key=_id_key)) for sid, ids in sorted(out.items())}
