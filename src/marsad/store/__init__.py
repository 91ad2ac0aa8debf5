"""Store: articles (with every version and the raw input), stories and a search index in one database.

``open_store(url)`` gives a :class:`Store` over SQLite (a file: the embedded default) or PostgreSQL (a
server shared by a team); both have the same schema (:mod:`.schema`), behaviour and search results.
Writes go through :meth:`Store.ingest` / :meth:`Store.bulk`; stories grow with :class:`StoryBuilder`.
"""

from __future__ import annotations

from pathlib import Path

from .base import Bulk, IngestReport, SearchHit, Store, StoreError, StoryInfo
from .search import QueryError

__all__ = [
    "Bulk",
    "IngestReport",
    "QueryError",
    "SearchHit",
    "Store",
    "StoreError",
    "StoryInfo",
    "open_store",
]


def open_store(url: str | Path, *, create: bool = True) -> Store:
    """Open the store at ``url``: ``sqlite:///path.db`` or a plain path (SQLite), or
    ``postgresql://user:password@host:port/database`` (PostgreSQL; ``postgres://`` too).

    The schema is created or migrated on open. With ``create=False`` a SQLite file must already exist.
    Raises :class:`StoreError` when the URL is not understood or the database cannot be reached.
    """
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore  # psycopg is imported only for PostgreSQL URLs

        return PostgresStore(text)
    if text.startswith("sqlite://"):
        path = text.removeprefix("sqlite://")
        if not path.startswith("/") or path == "/":
            raise StoreError(f"a SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db, not {text!r}")
        text = path[1:]
    elif "://" in text:
        raise StoreError(f"unknown store URL {text!r}: use sqlite:///path.db, a path, or postgresql://...")
    from .sqlite import SQLiteStore

    return SQLiteStore(text, create=create)
