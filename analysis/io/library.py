"""The user's library: articles added through the dashboard, kept in SQLite.

Why SQLite: stdlib, one file, and transactions give "all or nothing" imports
for free.  WAL mode lets readers go on while a writer writes, and
``busy_timeout`` makes a second writer wait for the first instead of failing,
so two browser sessions uploading at once both succeed.

Each method opens its own short-lived connection: a ``Library`` holds no
connection, so it is safe to share between Streamlit sessions and threads.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Iterable, Sequence

from analysis.io.corpus import CorpusError
from analysis.lexicon import DATA_DIR
from analysis.records import Article

BUSY_TIMEOUT_S = 30.0
_FIELDS = ("id", "outlet", "title", "published", "raw_text", "text", "url", "language", "story")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,  -- insertion order, for stable listing
    id        TEXT NOT NULL UNIQUE,
    outlet    TEXT NOT NULL,
    title     TEXT NOT NULL,
    published TEXT NOT NULL,
    raw_text  TEXT NOT NULL,
    text      TEXT NOT NULL,
    url       TEXT NOT NULL,
    language  TEXT NOT NULL,
    story     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0);
"""


def default_library_path() -> Path:
    """``data/library.sqlite``, or the path in ``ISNAD_LIBRARY``."""
    env = os.environ.get("ISNAD_LIBRARY", "").strip()
    return Path(env) if env else DATA_DIR / "library.sqlite"


class Library:
    """SQLite-backed store of user-added articles."""

    def __init__(self, path: Path, *, reserved_ids: Iterable[str] = ()) -> None:
        # reserved_ids: ids already taken elsewhere (the bundled corpus), which
        # an upload must not shadow.
        self.path = Path(path)
        self.reserved_ids = frozenset(reserved_ids)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as con:
            con.execute("PRAGMA journal_mode=WAL")  # persistent: stored in the file
            con.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN ourselves, so the duplicate
        # check and the insert happen under one write lock.
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        con.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        con.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; survives app crashes
        return con

    def add(self, articles: Sequence[Article], *, reserved_ids: Iterable[str] = ()) -> None:
        """Add articles in one transaction; any duplicate id rejects the whole batch."""
        articles = tuple(articles)
        if not articles:
            return
        reserved = self.reserved_ids | frozenset(reserved_ids)
        seen: set[str] = set()
        for a in articles:
            if a.id in seen:
                raise CorpusError(f"The id '{a.id}' appears twice in this upload; nothing was added.")
            if a.id in reserved:
                raise CorpusError(f"The id '{a.id}' is already used by the bundled corpus; nothing was added.")
            seen.add(a.id)
        with closing(self._connect()) as con:
            con.execute("BEGIN IMMEDIATE")  # take the write lock before checking
            try:
                taken = _existing_ids(con, [a.id for a in articles])
                if taken:
                    shown = ", ".join(f"'{t}'" for t in sorted(taken)[:5])
                    more = f" and {len(taken) - 5} more" if len(taken) > 5 else ""
                    raise CorpusError(f"Already in the library: {shown}{more}; nothing was added.")
                con.executemany(
                    f"INSERT INTO articles ({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})",
                    [tuple(getattr(a, f) for f in _FIELDS) for a in articles],
                )
                _bump_version(con)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def articles(self) -> tuple[Article, ...]:
        with closing(self._connect()) as con:
            rows = con.execute(f"SELECT {', '.join(_FIELDS)} FROM articles ORDER BY seq").fetchall()
        return tuple(Article(**dict(zip(_FIELDS, row))) for row in rows)

    def delete(self, article_id: str) -> bool:
        """Remove one article; False when there was no such article."""
        with closing(self._connect()) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                gone = con.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0
                if gone:
                    _bump_version(con)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return gone

    def version(self) -> int:
        """A number that changes on every successful write (use it as a cache key)."""
        with closing(self._connect()) as con:
            return int(con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])

    def __len__(self) -> int:
        with closing(self._connect()) as con:
            return int(con.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def _existing_ids(con: sqlite3.Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        part = ids[i:i + 500]
        q = f"SELECT id FROM articles WHERE id IN ({', '.join('?' * len(part))})"
        found.update(r[0] for r in con.execute(q, part))
    return found


def _bump_version(con: sqlite3.Connection) -> None:
    con.execute("UPDATE meta SET value = value + 1 WHERE key = 'version'")
