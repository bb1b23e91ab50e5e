"""Keyword search over an archive's titles and texts, and the date range filter.

An SQLite FTS5 index (in memory, built once per corpus) over *normalised* text: hamza and its
seats (مسئول / مسؤول), ta marbuta, alef maqsura and diacritics are folded (``textnorm``) and the clitics و ف ب ل ك
and the article ال are stripped from each word, in the index and in the query alike.  So
"مسئول" finds "مسؤول", "الرياض" finds "بالرياض" and "والرياض", and "مدرسة" finds "مدرسه".
Every query word must occur (AND); a word also matches its longer forms (prefix query), so
"مسؤول" finds "مسؤولون".  A query answers from the index, never by scanning the texts.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from typing import Callable, Iterable, Sequence

from analysis.records import Article
from analysis.facts.stories import comparable_text

_WORD = re.compile(r"[^\W_]+")


# the hamza on its seats: مسئول and مسؤول are one word spelled two ways (Egyptian/Gulf and Levantine
# habits); textnorm keeps the seats apart (ئ→ي, ؤ→و), so search folds them to one hamza first
_HAMZA_SEATS = str.maketrans({"ؤ": "ء", "ئ": "ء"})


def search_form(text: str) -> str:
    """Text as the index stores it: hamza seats folded, normalised, clitics stripped (whole text)."""
    return " ".join(_WORD.findall(comparable_text(text.translate(_HAMZA_SEATS))))


class SearchIndex:
    """Article ids by keyword (``match``) and by publication date (``between``).

    The full-text index is built on the first keyword query, not when the corpus loads: on a
    20,000-article archive it takes seconds, and a reader who never searches never pays them.
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        arts = tuple(articles)
        self._published = {a.id: a.published for a in arts}
        self._docs: Callable[[], Iterable[tuple[str, str, str]]] = lambda: ((a.id, a.title, a.text) for a in arts)
        self._db: sqlite3.Connection | None = None
        self._lock = threading.RLock()  # one connection, shared by the app's sessions

    @classmethod
    def build(cls, articles: Iterable[Article]) -> "SearchIndex":
        return cls(tuple(articles))

    @classmethod
    def from_columns(cls, ids: Sequence[str], titles: Sequence[str], published: Sequence[str],
                     texts: Callable[[], Sequence[str]]) -> "SearchIndex":
        """An index over columns (a batch results folder's): ``texts()`` is called on the first
        keyword query only, so a reader who never searches never reads the texts."""
        index = cls(())
        index._published = dict(zip(ids, published))
        index._docs = lambda: zip(ids, titles, texts())
        return index

    def _index(self) -> sqlite3.Connection:
        with self._lock:  # two sessions searching at once build it once
            if self._db is None:
                db = sqlite3.connect(":memory:", check_same_thread=False)
                db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='unicode61')")
                db.executemany("INSERT INTO docs (id, body) VALUES (?, ?)",
                               ((aid, search_form(f"{title} {text}")) for aid, title, text in self._docs()))
                self._db = db
            return self._db

    def match(self, query: str) -> frozenset[str] | None:
        """Ids of articles holding every word of ``query``; None for an empty query (no filter)."""
        words = _WORD.findall(search_form(query))
        if not words:
            return None
        # each word quoted (no FTS syntax from the user gets through) and matched as a prefix
        expr = " AND ".join('"' + w.replace('"', "") + '"*' for w in words)
        with self._lock:
            rows = self._index().execute("SELECT id FROM docs WHERE docs MATCH ?", (expr,)).fetchall()
        return frozenset(r[0] for r in rows)

    def between(self, first: str, last: str) -> frozenset[str]:
        """Ids published from ``first`` to ``last`` (ISO days, inclusive; a month-precision date
        counts when its month overlaps).  Undated articles are kept out of a date range."""
        out = set()
        for aid, pub in self._published.items():
            p = pub.strip()
            if len(p) < 7:
                continue
            if p[:len(first)] >= first[:len(p)] and p[:len(last)] <= last[:len(p)]:
                out.add(aid)
        return frozenset(out)


def published_days(articles: Sequence[Article]) -> list[str]:
    """The distinct publication days (or months) of a corpus, oldest first: the date slider's stops."""
    return sorted({a.published.strip()[:10] for a in articles if len(a.published.strip()) >= 7})
