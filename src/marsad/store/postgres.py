"""The team store: PostgreSQL through psycopg 3, full-text search on a ``tsvector`` of marsad's own keys.

Writers serialize on a transaction-scoped advisory lock (one per schema, so stores in different schemas
of one database do not wait for each other) and run at READ COMMITTED: after the lock, each statement
sees what the previous writer committed, so the content-hash and id checks of ingest are exact. Reads run
in READ ONLY REPEATABLE READ transactions: one snapshot, never blocked by a writer (MVCC). A client
killed mid-batch drops its connection and the server rolls the batch back.

The ``tsvector`` is written as a literal of our keys (:func:`_tsvector`) and queries as a ``tsquery``
literal: PostgreSQL's parser, stemmers and stop words never see the text, so both backends index and
match the same terms.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import psycopg
from psycopg.adapt import Loader

from .base import SearchFilters, Store, StoreError, filter_conditions
from .migrate import migrate
from .search import IndexKeys

__all__ = ["PostgresStore"]

# ts_rank weights for D, C, B, A: title words (A) count 1, body words (B) 0.5, alternative stems after
# an uncertain proclitic split (D) 0.15 — the same proportions as the SQLite backend's bm25 weights.
_RANK_WEIGHTS = "{0.15, 0, 0.5, 1.0}"
# tsvector positions stop at 16383; later words are indexed at the last position (still found).
_MAX_POSITION = 16383
# Gap between the title's positions and the body's, so a phrase never spans the two.
_TITLE_GAP = 10


class _JsonText(Loader):
    """Load json/jsonb columns as their text, as SQLite returns them, so shared code parses both alike."""

    def load(self, data: Any) -> str:
        return bytes(data).decode("utf-8")


def _lexeme(term: str) -> str:
    """A term as a quoted tsvector/tsquery lexeme: quotes and backslashes escaped, nothing else is syntax."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsvector(keys: IndexKeys) -> str:
    positions: dict[str, list[str]] = {}

    def add(terms: Sequence[str], first: int, weight: str) -> int:
        for i, term in enumerate(terms):
            positions.setdefault(term, []).append(f"{min(first + i, _MAX_POSITION)}{weight}")
        return first + len(terms)

    after_title = add(keys.title, 1, "A")
    after_body = add(keys.body, after_title + _TITLE_GAP, "B")
    add(keys.alt, after_body + _TITLE_GAP, "D")
    return " ".join(f"{_lexeme(term)}:{','.join(places)}" for term, places in positions.items())


def _tsquery(variants: Sequence[Sequence[str]]) -> str:
    return " & ".join("(" + " | ".join(_lexeme(v) for v in group) + ")" for group in variants)


class PostgresStore(Store):
    """A store in a PostgreSQL database (its current schema: ``?options=-csearch_path%3Dname`` picks one)."""

    dialect = "postgres"
    _index_key = "row_id"

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as e:
            raise StoreError(f"cannot connect to PostgreSQL: {str(e).strip()}") from e
        for name in ("json", "jsonb"):
            self._conn.adapters.register_loader(name, _JsonText)
        try:
            migrate(self)
        except (psycopg.Error, StoreError) as e:
            self._conn.close()
            if isinstance(e, StoreError):
                raise
            raise StoreError(f"cannot prepare the marsad schema in PostgreSQL: {str(e).strip()}") from e

    @staticmethod
    def _sql(sql: str) -> str:
        # the shared statements use ? placeholders and contain no literal ? or %
        return sql.replace("?", "%s")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(self._sql(sql), params)

    def _executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        rows = list(params)
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(self._sql(sql), rows)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(self._sql(sql), params).fetchall()

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        # psycopg's single-row mode: rows come from the server as they are read
        with self._conn.cursor() as cursor:
            yield from cursor.stream(self._sql(sql), params)

    def _insert_returning_id(self, sql: str, params: Sequence[Any]) -> int:
        row = self._conn.execute(self._sql(sql), params).fetchone()
        assert row is not None  # INSERT ... RETURNING always returns the row
        return int(row[0])

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[None]:
        if self._conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            yield
            return
        self._conn.isolation_level = (
            psycopg.IsolationLevel.READ_COMMITTED if write else psycopg.IsolationLevel.REPEATABLE_READ
        )
        self._conn.read_only = not write
        try:
            with self._conn.transaction():
                if write:
                    self._conn.execute("SELECT pg_advisory_xact_lock(hashtext('marsad store ' || current_schema()))")
                yield
        except psycopg.Error as e:
            # a full disk, a read-only database or user, a lost connection: one clear line; the server
            # rolled the transaction back, so nothing of it is stored
            doing = "write to" if write else "read"
            raise StoreError(f"cannot {doing} the PostgreSQL store: {str(e).strip().splitlines()[0]}") from e

    def _write(self) -> AbstractContextManager[None]:
        return self._transaction(write=True)

    def _read(self) -> AbstractContextManager[None]:
        return self._transaction(write=False)

    def _index(self, row_id: int, keys: IndexKeys) -> None:
        self._conn.execute(
            "INSERT INTO search_index (row_id, doc) VALUES (%s, %s::tsvector)", (row_id, _tsvector(keys))
        )

    def _unindex(self, row_id: int) -> None:
        self._conn.execute("DELETE FROM search_index WHERE row_id = %s", (row_id,))

    def _match(self, variants: Sequence[Sequence[str]], filters: SearchFilters, limit: int) -> list[tuple[int, float]]:
        conditions, params = filter_conditions(filters, "%s")
        where = ["s.doc @@ q.query", *conditions]
        if filters.entity_key:
            # the name as a phrase of title or body words (weights A, B)
            phrase = " <-> ".join(f"{_lexeme(k)}:AB" for k in filters.entity_phrase)
            where.append(
                "(v.article_id IN (SELECT article_id FROM entity_mentions WHERE key = %s) "
                "OR s.doc @@ %s::tsquery)"
            )
            params += [filters.entity_key, phrase]
        rows = self._conn.execute(
            f"SELECT v.row_id, ts_rank('{_RANK_WEIGHTS}', s.doc, q.query, 1) AS rank "
            "FROM search_index s JOIN article_versions v ON v.row_id = s.row_id, "
            "(SELECT %s::tsquery AS query) q "
            f"WHERE {' AND '.join(where)} ORDER BY rank DESC, v.row_id LIMIT %s",
            (_tsquery(variants), *params, limit),
        ).fetchall()
        return [(int(row), float(rank)) for row, rank in rows]

    def _check_database(self) -> list[str]:
        # PostgreSQL keeps its own files consistent (WAL replay); what is left to check is ours
        return []

    def size_bytes(self) -> int:
        ((size,),) = self._rows(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 't', 'm')"
        )
        return int(size)

    def close(self) -> None:
        self._conn.close()
