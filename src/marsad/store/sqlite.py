"""The embedded store: one SQLite file in WAL mode, full-text search with FTS5.

WAL lets readers work on the last committed state while a writer holds its transaction, so searching
never waits for an ingest. Writers take the write lock up front (``BEGIN IMMEDIATE``) and wait up to
:data:`BUSY_TIMEOUT_MS` for another writer. ``synchronous=NORMAL`` is SQLite's documented choice for WAL:
a killed process loses nothing committed, and a power cut can lose the last commits but never corrupts
the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from .base import SearchFilters, Store, StoreError, filter_conditions
from .migrate import migrate
from .search import IndexKeys

__all__ = ["BUSY_TIMEOUT_MS", "SQLiteStore"]

BUSY_TIMEOUT_MS = 60_000
# FTS5 column weights for bm25 (title, body, alt): a word in the headline counts twice, a stem found only
# after an uncertain proclitic split (ل + بنان) a third.
_BM25_WEIGHTS = "2.0, 1.0, 0.3"


def _fts_quote(term: str) -> str:
    """A term as an FTS5 string: inside double quotes nothing is syntax (a quote is doubled)."""
    return '"' + term.replace('"', '""') + '"'


class SQLiteStore(Store):
    """A store in one SQLite file (created with its schema unless ``create`` is False)."""

    # SQLite gives a new row the highest id + 1, so the id of a story merged away (its row deleted) comes
    # back when it was the highest: a new story would then take over its redirect. Ids continue past
    # every id stories and redirects have held.
    _NEW_STORY_ID = (
        "id, ",
        "(SELECT COALESCE(MAX(n), 0) + 1 FROM (SELECT MAX(id) AS n FROM stories "
        "UNION ALL SELECT MAX(old_id) FROM story_redirects)), ",
    )

    dialect = "sqlite"
    _index_key = "rowid"

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if not create and not self.path.exists():
            raise StoreError(f"no store at {self.path}")
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self)
        except (sqlite3.Error, StoreError) as e:
            if hasattr(self, "_conn"):
                self._conn.close()
            if isinstance(e, StoreError):
                raise
            raise StoreError(f"cannot open {self.path} as a marsad store: {e}") from e

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(sql, params)

    def _executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        self._conn.executemany(sql, params)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        yield from self._conn.execute(sql, params)

    def _insert_returning_id(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._conn.execute(sql, params).fetchone()[0])

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        if self._conn.in_transaction:
            yield
            return
        try:
            self._conn.execute(begin)
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:  # SQLite may have rolled back already (a full disk does)
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as e:
            # a full disk, a read-only file, a locked or damaged database: one clear line for the user;
            # the transaction was rolled back, so nothing of it is stored
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            doing = "write to" if begin == "BEGIN IMMEDIATE" else "read"
            raise StoreError(f"cannot {doing} the store {self.path}: {e}") from e

    def _write(self) -> AbstractContextManager[None]:
        return self._transaction("BEGIN IMMEDIATE")

    def _read(self) -> AbstractContextManager[None]:
        # a deferred transaction reads one WAL snapshot from its first SELECT to the end
        return self._transaction("BEGIN")

    def _index(self, row_id: int, keys: IndexKeys) -> None:
        self._conn.execute(
            "INSERT INTO search_index (rowid, title, body, alt) VALUES (?, ?, ?, ?)",
            (row_id, " ".join(keys.title), " ".join(keys.body), " ".join(keys.alt)),
        )

    def _unindex(self, row_id: int) -> None:
        self._conn.execute("DELETE FROM search_index WHERE rowid = ?", (row_id,))

    def _match(self, variants: Sequence[Sequence[str]], filters: SearchFilters, limit: int) -> list[tuple[int, float]]:
        expression = " AND ".join("(" + " OR ".join(_fts_quote(v) for v in group) + ")" for group in variants)
        conditions, values = filter_conditions(filters)
        where, params = ["search_index MATCH ?", *conditions], [expression, *values]
        if filters.entity_key:
            where.append(
                "(v.article_id IN (SELECT article_id FROM entity_mentions WHERE key = ?) "
                "OR v.row_id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?))"
            )
            phrase = "{title body} : " + _fts_quote(" ".join(filters.entity_phrase))
            params += [filters.entity_key, phrase]
        rows = self._conn.execute(
            f"SELECT v.row_id, bm25(search_index, {_BM25_WEIGHTS}) AS rank FROM search_index "
            f"JOIN article_versions v ON v.row_id = search_index.rowid WHERE {' AND '.join(where)} "
            "ORDER BY rank, v.row_id LIMIT ?",
            (*params, limit),
        ).fetchall()
        # bm25() is lower for better matches; the store's scores are higher for better ones
        return [(int(row), -float(rank)) for row, rank in rows]

    def _check_database(self) -> list[str]:
        # FTS5's own 'integrity-check' is a write statement (it would wait for an ingest); the index's
        # rows are checked against the articles by Store.check instead
        return [row[0] for row in self._rows("PRAGMA integrity_check") if row[0] != "ok"]

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())

    def close(self) -> None:
        self._conn.close()
