"""A batch results folder opened as columns: the dashboard's way into an archive.

``load_results`` turns a whole results folder into typed records, one ``ArticleAnalysis`` per
article with every attribution and fact: on the 19,587-article archive that is about a minute of
Python object building before the first page can show anything.  ``open_results`` instead reads
the small columns a page filters and counts by (ids, outlets, titles, days, stories, the
attribution, source and fact tables as Arrow) and builds an article's records only when a page
asks for that article (``LazyCorpus.by_id``, ``LazyCorpus.articles[i]``).  The records it builds
are the same ``load_results`` builds, except that ``raw_text`` is left out (no page shows it).

Whole-archive questions (which articles a filter keeps, each outlet's anonymous mentions, which
sentences hold an attribution of one class, which numbers were left uncompared) are answered
here in one vectorised pass over the columns (``Columns``), so a page never loops over the
archive's records.  Works for an in-memory ``CorpusAnalysis`` too (``columns_of``), built from
its records in one pass.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence, TypeVar, overload

from analysis.io.plain import RESULT_FIELDS as _RESULT_FIELDS, from_plain
from analysis.io.results import CHILD_TABLES as _CHILD, is_results_dir, missing_columns
from analysis.io.corpus import CorpusError
from analysis.records import (
    Article, ArticleAnalysis, ArticleSourcing, Comparison, CorpusAnalysis, FactStatus, OutletReport, Sentence,
)

if TYPE_CHECKING:
    import pandas

T = TypeVar("T")

# the article columns every page may filter or label by (no text: that is read per row group)
META_COLUMNS = ("id", "outlet", "title", "published", "url", "language", "manifest_story", "story")
# per row group, read when an article of it is shown
BODY_COLUMNS = ("text", "sentences", "sourcing")
ROW_GROUP_CACHE = 64  # row groups of article bodies kept in memory (512 articles each when batch-written)
ARTICLE_CACHE = 4096  # built ArticleAnalysis records kept


class LazySeq(Sequence[T]):
    """A sequence whose items are built only when read: ``keys`` are cheap (ids, row numbers),
    ``build(keys)`` turns a run of them into items.  ``len`` and slicing never build what is not
    read, so a page can show "1-8 of 12,000" and build 8."""

    def __init__(self, keys: Sequence[Any], build: Callable[[Sequence[Any]], list[T]]) -> None:
        self.keys = keys
        self._build = build

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...

    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        if isinstance(i, slice):
            return self._build(self.keys[i])
        return self._build([self.keys[i]])[0]

    def __iter__(self) -> Iterator[T]:
        # in runs, so a caller that does walk everything builds in batches (a slow path, but correct)
        for first in range(0, len(self.keys), 256):
            yield from self._build(self.keys[first:first + 256])

    def __bool__(self) -> bool:
        return len(self.keys) > 0

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazySeq):
            return list(self.keys) == list(other.keys)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class Articles(LazySeq[ArticleAnalysis]):
    """Articles by id, in corpus order, built on read; ``ids`` never builds anything."""

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.keys)


def article_ids(articles: Sequence[ArticleAnalysis]) -> tuple[str, ...]:
    """The ids of ``articles`` without building a lazy sequence's records."""
    if isinstance(articles, Articles):
        return articles.ids
    return tuple(a.article.id for a in articles)


class _LazyMap(Mapping[str, ArticleAnalysis]):
    def __init__(self, store: "ResultsStore") -> None:
        self._store = store

    def __getitem__(self, key: str) -> ArticleAnalysis:
        return self._store.article(key)

    def __contains__(self, key: object) -> bool:
        return key in self._store.row_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.ids)

    def __len__(self) -> int:
        return len(self._store.ids)


class _LazyStatuses(Mapping[str, dict[int, str]]):
    def __init__(self, store: "ResultsStore") -> None:
        self._store = store

    def __getitem__(self, key: str) -> dict[int, str]:
        got = self._store.statuses(key)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._store.statuses(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.status_rows)

    def __len__(self) -> int:
        return len(self._store.status_rows)


_LIGHT = {"attributions": ["article_id", "position", "sentence", "source_class", "reason_given"],
          "sources": ["article_id", "position", "label", "source_class", "mentions", "via", "reason_given"],
          "facts": ["article_id", "position", "kind", "note", "value"]}


class _Groups:
    """Row groups of one Parquet file read on demand (all columns, or ``columns``), the last
    ``keep`` of them cached."""

    def __init__(self, path: Path, columns: Sequence[str] | None, keep: int, lock: threading.RLock) -> None:
        import pyarrow.parquet as pq

        self.file = pq.ParquetFile(path)
        self.columns = list(columns) if columns else None
        self.keep, self._lock = keep, lock
        self.start = [0]
        md = self.file.metadata
        for g in range(md.num_row_groups):
            self.start.append(self.start[-1] + md.row_group(g).num_rows)
        self._cache: OrderedDict[int, Any] = OrderedDict()

    def group(self, g: int) -> Any:
        with self._lock:
            table = self._cache.get(g)
            if table is None:
                table = self.file.read_row_group(g, columns=self.columns, use_threads=False)
                self._cache[g] = table
                while len(self._cache) > self.keep:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(g)
            return table

    def rows(self, first: int, end: int) -> Any:
        """Rows [first, end) as one Arrow table (reading only the row groups they are in)."""
        import bisect

        import pyarrow as pa

        g0 = bisect.bisect_right(self.start, first) - 1
        g1 = bisect.bisect_right(self.start, end - 1) - 1
        parts = [self.group(g) for g in range(g0, g1 + 1)]
        table = parts[0] if len(parts) == 1 else pa.concat_tables(parts)
        return table.slice(first - self.start[g0], end - first)


CHILD_BATCH = 8192  # rows of a child table decoded at a time when an article's rows are read


class _Child:
    """One child table (attributions, sources, facts) and each article's rows in it.  Batch output
    holds an article's rows together and in position order: the ids and positions are read first
    (the spans), and the rows themselves are decoded in batches from the file's start only as far as
    an article asked for needs, each batch kept (so the whole table is decoded at most once).  The
    archive's facts.parquet is 147,000 rows in two 131,072-row groups, and reading it whole for the
    first article shown cost ~0.1 s of CPU (0.2-0.35 s of wall under load) on the Outlet profile's
    first visit (h76).  A table that is not in that order (written by other code) is read whole and
    sorted once, as before."""

    def __init__(self, path: Path, name: str, lock: threading.RLock) -> None:
        self.path, self.name, self._lock = path, name, lock
        self._spans: dict[str, tuple[int, int]] | None = None
        self._table: Any = None  # the whole table, sorted (only when the file is not in order)
        self._batches: list[Any] = []  # decoded so far, from the file's start
        self._starts: list[int] = [0]  # each batch's first row, then the end of the last
        self._reader: Iterator[Any] | None = None
        self._light: Any = None

    def _load(self) -> None:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        def runs(ids: Any) -> Any:
            """Where each run of equal ids starts (after the first), compared in Arrow: making a
            Python string of each of the facts table's 147,000 ids to compare them was ~0.05 s (h76)."""
            if len(ids) < 2:
                return np.array([], dtype=np.int64)
            same = pc.equal(ids.slice(1), ids.slice(0, len(ids) - 1)).fill_null(False)
            return np.flatnonzero(~same.to_numpy(zero_copy_only=False)) + 1

        with self._lock:
            if self._spans is not None:
                return
            keys = pq.read_table(self.path, columns=["article_id", "position"])
            ids = keys.column("article_id").combine_chunks()
            pos = keys.column("position").to_numpy()
            cut = runs(ids)
            in_run = np.ones(max(len(ids) - 1, 0), dtype=bool)
            in_run[cut - 1] = False
            whole = len(ids) == 0 or (len(cut) + 1 == len(pc.unique(ids))
                                      and bool(np.all(np.diff(pos)[in_run] > 0)))
            if not whole:
                table = pq.read_table(self.path).sort_by([("article_id", "ascending"), ("position", "ascending")])
                ids = table.column("article_id").combine_chunks()
                cut = runs(ids)
                self._table = table
            else:
                self._reader = pq.ParquetFile(self.path).iter_batches(batch_size=CHILD_BATCH)
            starts = np.concatenate(([0], cut)).astype(np.int64) if len(ids) else np.array([], dtype=np.int64)
            ends = np.concatenate((cut, [len(ids)])).astype(np.int64) if len(ids) else np.array([], dtype=np.int64)
            names = ids.take(pa.array(starts)).to_pylist()
            self._spans = dict(zip(names, zip(starts.tolist(), ends.tolist())))

    @property
    def spans(self) -> dict[str, tuple[int, int]]:
        self._load()
        assert self._spans is not None
        return self._spans

    def _slice(self, first: int, end: int) -> Any:
        """Rows [first, end) as one Arrow table, decoding batches up to ``end`` if not yet done."""
        import bisect

        import pyarrow as pa

        self._load()
        with self._lock:
            if self._table is not None:
                return self._table.slice(first, end - first)
            assert self._reader is not None
            while self._starts[-1] < end:
                batch = next(self._reader)
                self._batches.append(batch)
                self._starts.append(self._starts[-1] + batch.num_rows)
            b0 = bisect.bisect_right(self._starts, first) - 1
            b1 = bisect.bisect_right(self._starts, end - 1) - 1
            table = pa.Table.from_batches(self._batches[b0:b1 + 1])
            return table.slice(first - self._starts[b0], end - first)

    @property
    def light(self) -> Any:
        """The small columns (``_LIGHT``), one row per row of the table (its columns only, read
        whole: a whole-archive question needs every row)."""
        import pyarrow.parquet as pq

        self._load()
        with self._lock:
            if self._light is None:
                cols = _LIGHT[self.name]
                table = self._table if self._table is not None else pq.read_table(self.path, columns=cols)
                light = table.select([c for c in cols if c != "mentions"])
                if "mentions" in cols:
                    import pyarrow.compute as pc

                    light = light.append_column("mentions", pc.list_value_length(table.column("mentions")))
                self._light = light
            return self._light

    def rows(self, aid: str) -> list[dict[str, Any]]:
        s, e = self.spans.get(aid, (0, 0))
        return self._slice(s, e).to_pylist() if e > s else []


class Comparisons(LazySeq[Comparison]):
    """Comparisons by row number, built on read; the questions a page asks of all of them
    (which are conflicts, which changed over time, which one outlet takes part in) are answered
    from the store's columns without building them."""

    def __init__(self, store: "ResultsStore", rows: Sequence[int]) -> None:
        super().__init__(rows, store.comparisons_at)
        self.store = store

    def _where(self, keep: Callable[[int], bool]) -> "Comparisons":
        return Comparisons(self.store, [r for r in self.keys if keep(r)])

    def conflicts(self) -> "Comparisons":
        status = self.store.comp_status
        return self._where(lambda r: status[r] == "conflict")

    def updates(self) -> "Comparisons":
        updated = self.store.comp_updated
        return self._where(lambda r: updated[r])

    def of_outlet(self, outlet: str) -> "Comparisons":
        outlets = self.store.comp_outlets
        return self._where(lambda r: outlet in outlets[r])

    def outlets(self) -> set[str]:
        outlets = self.store.comp_outlets
        return {o for r in self.keys for o in outlets[r]}

    def abstained(self) -> list[tuple[int, int]]:
        """(row, pair) of every abstained pair, in order."""
        n = self.store.comp_abstained
        return [(r, k) for r in self.keys for k in range(n[r])]


class ResultsStore:
    """The Arrow tables of one results folder and the per-article lookups into them."""

    def __init__(self, outdir: Path) -> None:
        import pyarrow.parquet as pq

        self.outdir = outdir
        self._articles_file = pq.ParquetFile(outdir / "articles.parquet")
        self.meta = self._articles_file.read(columns=list(META_COLUMNS)).to_pandas()
        self.cols: dict[str, list[str]] = {c: self.meta[c].tolist() for c in META_COLUMNS}
        self.ids: list[str] = self.cols["id"]
        self.row_of = {aid: i for i, aid in enumerate(self.ids)}
        self._lock = threading.RLock()
        self._bodies = _Groups(outdir / "articles.parquet", BODY_COLUMNS, ROW_GROUP_CACHE, self._lock)
        self.children = {name: _Child(outdir / f"{name}.parquet", name, self._lock) for name in _CHILD}
        self._statuses = pq.read_table(outdir / "fact_statuses.parquet")
        self._status_map: dict[str, dict[int, str]] | None = None
        self._load_comparisons()
        self._built: OrderedDict[str, ArticleAnalysis] = OrderedDict()
        self.built = 0  # how many article records were built (tests check pages build only what they show)

    # ---------------------------------------------------------------- comparisons, by row

    def _load_comparisons(self) -> None:
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        table = pq.read_table(self.outdir / "comparisons.parquet",
                              columns=["story", "subject", "status", "updated", "items", "abstained"])
        self.comp_story: list[str] = table.column("story").to_pylist()
        self.comp_subject: list[str] = table.column("subject").to_pylist()
        self.comp_status: list[str] = table.column("status").to_pylist()
        self.comp_updated: list[bool] = table.column("updated").to_pylist()
        self.comp_abstained: list[int] = pc.list_value_length(table.column("abstained")).fill_null(0).to_pylist()
        items = table.column("items").combine_chunks()
        parents = pc.list_parent_indices(items).to_numpy()
        flat = pc.list_flatten(items)
        outlets = flat.field("outlet").to_pylist()
        ids = flat.field("article_id").to_pylist()
        self.comp_outlets: list[set[str]] = [set() for _ in range(len(table))]
        self.comp_ids: list[set[str]] = [set() for _ in range(len(table))]
        for r, o, a in zip(parents.tolist(), outlets, ids):
            self.comp_outlets[r].add(o)
            self.comp_ids[r].add(a)
        self._comp_file = _Groups(self.outdir / "comparisons.parquet", None, ROW_GROUP_CACHE, self._lock)
        self._comp_built: dict[int, Comparison] = {}

    def comparisons_at(self, rows: Sequence[int]) -> list[Comparison]:
        out = []
        for r in rows:
            got = self._comp_built.get(r)
            if got is None:
                got = self._comp_built[r] = from_plain(Comparison, self._comp_file.rows(r, r + 1).to_pylist()[0])
            out.append(got)
        return out

    def select_comparisons(self, story: str | None, outlets: Sequence[str] | None,
                           ids: frozenset[str] | None) -> list[int]:
        """Rows of the comparisons of ``story`` in which one of ``outlets`` takes part and one of
        ``ids`` (None: no such condition), in file order."""
        chosen = set(outlets) if outlets is not None else None
        return [r for r in range(len(self.comp_story))
                if (story is None or self.comp_story[r] == story)
                and (chosen is None or not chosen.isdisjoint(self.comp_outlets[r]))
                and (ids is None or not ids.isdisjoint(self.comp_ids[r]))]

    def sorted_comparisons(self, rows: Sequence[int]) -> list[int]:
        """``rows`` with conflicts first, then figures that changed, each by story and subject (the
        order make_view gives records)."""
        order = {"conflict": 0, "update": 1}
        return sorted(rows, key=lambda r: (order.get(self.comp_status[r], 2), self.comp_story[r], self.comp_subject[r]))

    def _body(self, row: int) -> tuple[str, Any, Any]:
        table = self._bodies.rows(row, row + 1)
        return (table.column("text")[0].as_py(), table.column("sentences")[0].as_py(),
                table.column("sourcing")[0].as_py())

    def _rows(self, name: str, aid: str) -> list[dict[str, Any]]:
        return self.children[name].rows(aid)

    def article(self, aid: str) -> ArticleAnalysis:
        with self._lock:
            got = self._built.get(aid)
            if got is not None:
                self._built.move_to_end(aid)
                return got
        row = self.row_of[aid]  # KeyError for an unknown id, as a dict would
        meta = {c: v[row] for c, v in self.cols.items()}
        text, sentences, sourcing = self._body(row)
        article = from_plain(Article, {
            "id": meta["id"], "outlet": meta["outlet"], "title": meta["title"], "published": meta["published"],
            "raw_text": "", "text": text, "url": meta["url"], "language": meta["language"],
            "story": meta["manifest_story"]})
        built = ArticleAnalysis(
            article=article,
            sentences=from_plain(tuple[Sentence, ...], sentences),
            attributions=from_plain(_RESULT_FIELDS["attributions"], self._rows("attributions", aid)),
            sources=from_plain(_RESULT_FIELDS["sources"], self._rows("sources", aid)),
            sourcing=from_plain(ArticleSourcing, sourcing),
            facts=from_plain(_RESULT_FIELDS["facts"], self._rows("facts", aid)),
            story=meta["story"],
        )
        with self._lock:
            self.built += 1
            self._built[aid] = built
            while len(self._built) > ARTICLE_CACHE:
                self._built.popitem(last=False)
        return built

    def articles(self, ids: Sequence[str]) -> list[ArticleAnalysis]:
        return [self.article(i) for i in ids]

    @property
    def status_rows(self) -> dict[str, dict[int, str]]:
        """Each article's fact statuses by fact index (built once, on the first article shown)."""
        with self._lock:
            if self._status_map is None:
                got: dict[str, dict[int, str]] = {}
                t = self._statuses
                for aid, i, st in zip(t.column("article_id").to_pylist(), t.column("fact_index").to_pylist(),
                                      t.column("status").to_pylist()):
                    got.setdefault(aid, {})[i] = st
                self._status_map = got
            return self._status_map

    def statuses(self, aid: str) -> dict[int, str] | None:
        return self.status_rows.get(aid)

    # ---------------------------------------------------------------- whole-archive questions,
    # each one vectorised pass over the columns (built once per store, then cached)

    @property
    def outlet_of(self) -> dict[str, str]:
        return self.memo("outlet_of", lambda: dict(zip(self.ids, self.cols["outlet"])))

    @property
    def title_of(self) -> dict[str, str]:
        return self.memo("title_of", lambda: dict(zip(self.ids, self.cols["title"])))

    def memo(self, key: Any, build: Callable[[], T]) -> T:
        """``build()``, once per ``key`` for this store (the store never changes)."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = build()
        return cache[key]

    def published_days(self) -> list[str]:
        """The distinct publication days (or months), oldest first (as analysis.io.search.published_days)."""
        pub = self.meta["published"].str.strip()
        return sorted(set(pub[pub.str.len() >= 7].str[:10].tolist()))

    def light(self, name: str) -> "pandas.DataFrame":
        """A child table's small columns as a DataFrame (no texts), with each row's outlet."""
        def build() -> "pandas.DataFrame":
            got = self.children[name].light.to_pandas()
            got["outlet"] = got["article_id"].map(self.outlet_of)
            return got

        with self._lock:  # the child tables' readers share this lock
            return self.memo(("light", name), build)

    def select(self, outlets: Sequence[str] | None, story: str | None, ids: frozenset[str] | None) -> list[str]:
        """Ids of the articles of ``outlets`` (None: all), in ``story`` (None: all) and in ``ids``
        (None: all), in corpus order."""
        keep = None
        m = self.meta
        if outlets is not None:
            keep = m["outlet"].isin(list(outlets))
        if story is not None:
            k = m["story"] == story
            keep = k if keep is None else keep & k
        if ids is not None:
            k = m["id"].isin(list(ids))
            keep = k if keep is None else keep & k
        return self.ids if keep is None else m["id"][keep].tolist()

    def ranked_stories(self, stories: Mapping[str, Sequence[str]], outlets: Sequence[str] = (),
                       ids: frozenset[str] | None = None) -> list[str]:
        """Stories with an article of ``outlets`` (empty: any) among ``ids`` (None: all), most
        outlets first (ties: most articles, then the later id): one vectorised pass over the article
        columns.  The first is the largest story (presentation.views.largest_story)."""
        def rank(m: "pandas.DataFrame") -> list[str]:
            m = m[m["story"].isin(list(stories))]
            if m.empty:
                return []
            g = m.groupby("story").agg(outlets=("outlet", "nunique"), size=("id", "size")).reset_index()
            g = g.sort_values(["outlets", "size", "story"], ascending=False, kind="stable")
            return g["story"].astype(str).tolist()

        if not outlets and ids is None:
            return self.memo("ranked_stories", lambda: rank(self.meta))
        m = self.meta
        if outlets:
            m = m[m["outlet"].isin(list(outlets))]
        if ids is not None:
            m = m[m["id"].isin(list(ids))]
        return rank(m)

    def anonymous_counts(self) -> dict[str, tuple[int, int]]:
        """Per outlet: (distinct anonymous sources with a stated reason, anonymous attributions)."""
        def build() -> dict[str, tuple[int, int]]:
            src, att = self.light("sources"), self.light("attributions")
            anon = src[(src["source_class"] == "anonymous") & src["reason_given"]]
            reasons = anon.groupby("outlet").size().to_dict()
            mentions = att[att["source_class"] == "anonymous"].groupby("outlet").size().to_dict()
            return {o: (int(reasons.get(o, 0)), int(mentions.get(o, 0))) for o in set(self.outlet_of.values())}

        return self.memo("anonymous_counts", build)

    def attributed_sentences(self, ids: Sequence[str], outlet: str | None, source_class: str | None) -> list[tuple[str, int]]:
        """(article id, sentence) of every sentence with an attribution (of ``source_class``), in the
        articles ``ids`` (of ``outlet``), in the order of ``ids`` then sentence."""
        att = self.light("attributions")
        keep = att["article_id"].isin(list(ids)) if len(ids) != len(self.ids) else None
        if outlet:
            k = att["outlet"] == outlet
            keep = k if keep is None else keep & k
        if source_class:
            k = att["source_class"] == source_class
            keep = k if keep is None else keep & k
        part = att if keep is None else att[keep]
        part = part.drop_duplicates(["article_id", "sentence"])
        order = {aid: i for i, aid in enumerate(ids)} if len(ids) != len(self.ids) else self.row_of
        rank = part["article_id"].map(order)
        part = part.assign(_rank=rank).sort_values(["_rank", "sentence"], kind="stable")
        return list(zip(part["article_id"].tolist(), part["sentence"].astype(int).tolist()))

    def uncompared(self, ids: Sequence[str]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """Numbers left uncompared in the articles ``ids``: their (article id, fact position) in
        article then fact order, and (reason, how many) most frequent first."""
        facts = self.light("facts")
        keep = (facts["kind"] == "number") & (facts["note"] != "")
        if len(ids) != len(self.ids):
            keep &= facts["article_id"].isin(list(ids))
        order = {aid: i for i, aid in enumerate(ids)} if len(ids) != len(self.ids) else self.row_of
        part = facts[keep]
        part = part.assign(_rank=part["article_id"].map(order)).sort_values(["_rank", "position"], kind="stable")
        reasons = part["note"].str.split(":", n=1).str[0].value_counts()
        counts = sorted(((str(k), int(v)) for k, v in reasons.items()), key=lambda kv: (-kv[1], kv[0]))
        return list(zip(part["article_id"].tolist(), part["position"].astype(int).tolist())), counts

    def outlet_sources(self, outlet: str) -> list[dict[str, Any]]:
        """An outlet's distinct sources as rows (article_id, position, label, source_class,
        mentions, via, reason_given), in article then position order."""
        src = self.light("sources")
        part = src[src["outlet"] == outlet]
        part = part.assign(_rank=part["article_id"].map(self.row_of)).sort_values(["_rank", "position"], kind="stable")
        # column by column, not DataFrame.to_dict("records"): it boxes every cell on its own, which
        # was half of this on an archive outlet's 2,000-10,000 sources (h76)
        names = [c for c in part.columns if c != "_rank"]
        return [dict(zip(names, row)) for row in zip(*(part[c].tolist() for c in names))]

    def source_record(self, aid: str, position: int) -> Any:
        from analysis.records import Source

        return from_plain(Source, self.children["sources"].rows(aid)[position])

    def texts(self) -> list[str]:
        """Every cleaned text, in corpus order (read once for the search index)."""
        return self._articles_file.read(columns=["text"]).column("text").to_pylist()


@dataclass(frozen=True, eq=False)
class LazyCorpus(CorpusAnalysis):
    """A CorpusAnalysis whose articles are built when read (see the module doc).  Outlets,
    comparisons and stories are records as usual; fact statuses are looked up per article."""

    store: ResultsStore | None = field(default=None, repr=False, compare=False)

    @property
    def _store(self) -> ResultsStore:
        assert self.store is not None
        return self.store

    @property
    def by_id(self) -> Mapping[str, ArticleAnalysis]:  # type: ignore[override]
        return _LazyMap(self._store)

    @property
    def statuses_by_article(self) -> Mapping[str, dict[int, str]]:  # type: ignore[override]
        return _LazyStatuses(self._store)


def open_results(outdir: str | Path) -> LazyCorpus:
    """A batch results folder as a ``LazyCorpus`` (CorpusError, saying why, when it cannot be read)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    outdir = Path(outdir)
    if not is_results_dir(outdir):
        raise CorpusError(f"{outdir}: no articles.parquet here; run `python -m analysis analyze CORPUS --parquet {outdir}` first.")
    try:
        lacking = missing_columns(outdir)
    except (OSError, pa.ArrowException) as exc:
        raise CorpusError(
            f"{outdir}: these batch results cannot be read ({type(exc).__name__}: {exc}); "
            f"re-run `python -m analysis analyze CORPUS --parquet {outdir}`.") from exc
    if lacking:
        what = "; ".join(f"{t}: {', '.join(cols[:5])}{' …' if len(cols) > 5 else ''}" for t, cols in lacking.items())
        raise CorpusError(
            f"{outdir}: these batch results were written by another version of Isnad and lack columns this one "
            f"reads ({what}); re-run `python -m analysis analyze CORPUS --parquet {outdir}`.")
    try:
        store = ResultsStore(outdir)
        stories: dict[str, list[str]] = {}
        st = pq.read_table(outdir / "stories.parquet").to_pandas().sort_values(["story", "position"], kind="stable")
        for s, aid in zip(st["story"].tolist(), st["article_id"].tolist()):
            stories.setdefault(s, []).append(aid)
        statuses = LazySeq(range(len(store._statuses)), lambda rows: [
            FactStatus(r["article_id"], int(r["fact_index"]), r["status"])
            for r in store._statuses.take(list(rows)).to_pylist()])
        return LazyCorpus(
            articles=Articles(store.ids, store.articles),  # type: ignore[arg-type]
            outlets=tuple(from_plain(OutletReport, r) for r in pq.read_table(outdir / "outlets.parquet").to_pylist()),
            comparisons=Comparisons(store, range(len(store.comp_story))),  # type: ignore[arg-type]
            fact_statuses=statuses,  # type: ignore[arg-type]
            stories={s: tuple(ids) for s, ids in stories.items()},
            store=store,
        )
    except (OSError, KeyError, TypeError, ValueError, pa.ArrowException) as exc:
        raise CorpusError(
            f"{outdir}: these batch results cannot be read ({type(exc).__name__}: {exc}); "
            f"re-run `python -m analysis analyze CORPUS --parquet {outdir}`.") from exc
