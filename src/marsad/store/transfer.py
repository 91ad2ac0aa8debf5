"""A whole store as JSON lines and back: for backups, and for moving from SQLite to PostgreSQL.

``marsad export --db URL > all.jsonl`` writes :func:`export_store`'s lines; ``marsad import all.jsonl
--db URL2`` loads them with :func:`import_store` into an empty store of either backend. The format:

* a header ``{"marsad": "export", "format": 1, "schema_version": N, "dialect": ..., "exported_at": ...}``;
* one line per row, ``{"table": name, "row": {column: value}}``, every column of every table (found in
  the database itself, so columns a later migration adds come along), JSON columns as JSON values, rows
  in primary-key order: articles with every version and its raw input, stories with their readings,
  entity mentions, story terms, the search vocabulary and the API tokens (their hashes only: the
  tokens themselves were never stored);
* a footer ``{"marsad": "end", "rows": {table: count}}``: an import checks it, so a file cut short is
  refused, not half loaded.

Row ids (article versions, stories) are kept, so story ids (``s12``) and every reference stay as they
were. The full-text index is not exported — its form is the backend's own (FTS5, ``tsvector``) — and
is rebuilt on import from the current versions, with the same keys (:func:`marsad.store.search.index_keys`).

An export reads one snapshot (a writer may go on meanwhile); an import is one transaction: on any
error nothing of it is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .base import Store, StoreError
from .migrate import schema_version
from .schema import MIGRATIONS, SCHEMA_VERSION
from .search import index_keys, skeleton

__all__ = ["EXPORT_FORMAT", "export_store", "import_store", "store_rows"]

EXPORT_FORMAT = 1
# Tables in the order an import fills them (references first); tables a later migration adds follow in
# name order. Left out: the schema version (the header carries it), the full-text index (rebuilt) and the
# articles' kept readings (made again when their stories are read).
_FIRST = ("stories", "articles", "article_versions")
_SKIPPED = {"schema_version", "search_index", "article_readings"}
_CREATE = re.compile(r"CREATE TABLE (\w+) \((.*)\)", re.DOTALL)
_ADD = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+) JSONB")


def _json_columns() -> dict[str, set[str]]:
    """The JSON columns of each table, read from the PostgreSQL statements of the migrations (JSONB
    there; SQLite keeps JSON as TEXT and cannot tell)."""
    found: dict[str, set[str]] = {}
    for migration in MIGRATIONS:
        for statement in migration.postgres:
            if created := _CREATE.search(statement):
                for line in created[2].split("\n"):
                    words = line.split()
                    if len(words) > 1 and words[1].rstrip(",") == "JSONB":
                        found.setdefault(created[1], set()).add(words[0])
            for table, column in _ADD.findall(statement):
                found.setdefault(table, set()).add(column)
    return found


_JSON = _json_columns()

_TABLES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
    "AND name NOT LIKE 'search_index%'",
    "postgres": "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
    "AND table_type = 'BASE TABLE'",
}


def _tables(store: Store) -> list[str]:
    names = {row[0] for row in store._rows(_TABLES[store.dialect])} - _SKIPPED
    return [t for t in _FIRST if t in names] + sorted(names - set(_FIRST))


def _columns(store: Store, table: str) -> list[str]:
    if store.dialect == "sqlite":
        return [row[1] for row in store._rows(f"PRAGMA table_info({table})")]
    return [
        row[0]
        for row in store._rows(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
    ]


def store_rows(store: Store) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(table, row)`` for every row of every exported table, in import order then by every column;
    JSON columns parsed. Call inside a read transaction for one snapshot."""
    for table in _tables(store):
        columns = _columns(store, table)
        json_columns = _JSON.get(table, set())
        order = ", ".join(columns)
        for values in store._stream(f"SELECT {order} FROM {table} ORDER BY {order}"):
            row = dict(zip(columns, values, strict=True))
            for name in json_columns & row.keys():
                if isinstance(row[name], str):
                    row[name] = json.loads(row[name])
            yield table, row


def export_store(store: Store) -> Iterator[str]:
    """The store as lines of JSON (see the module docstring), each without its newline."""
    counts: dict[str, int] = {}
    with store._read():
        yield json.dumps(
            {
                "marsad": "export",
                "format": EXPORT_FORMAT,
                "schema_version": schema_version(store),
                "dialect": store.dialect,
                "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
        )
        for table, row in store_rows(store):
            counts[table] = counts.get(table, 0) + 1
            yield json.dumps({"table": table, "row": row}, ensure_ascii=False)
    yield json.dumps({"marsad": "end", "rows": counts})


def import_store(store: Store, lines: Iterable[str], *, source: str = "the export") -> dict[str, int]:
    """Load an export into ``store``, which must hold no article, story or token; return the rows
    loaded per table. One transaction: raises :class:`StoreError` naming ``source`` (and the line) for
    a file that is not a marsad export, of another schema version, cut short or not matching its own
    counts, or a store that is not empty — and then nothing was stored."""
    numbered = iter(enumerate(lines, start=1))
    header = _header(numbered, source)
    if header.get("schema_version") != SCHEMA_VERSION:
        raise StoreError(
            f"{source} has schema version {header.get('schema_version')}, this marsad writes {SCHEMA_VERSION}: "
            "import it with the marsad that exported it, or export it again after upgrading that store"
        )
    counts: dict[str, int] = {}
    with store._write():
        tables = _tables(store)
        for table in tables:
            ((rows,),) = store._rows(f"SELECT COUNT(*) FROM {table}")
            if rows:
                raise StoreError(f"the store at {store.url} is not empty ({table} has {rows} rows): import needs an empty store")
        columns = {table: set(_columns(store, table)) for table in tables}
        footer = None
        for number, line in numbered:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise StoreError(f"{source}:{number}: not JSON ({exc.msg})") from None
            if record.get("marsad") == "end":
                footer = record
                break
            table, row = record.get("table"), record.get("row")
            if table not in columns or not isinstance(row, dict) or not set(row) <= columns[table]:
                raise StoreError(f"{source}:{number}: not a row of this store's tables")
            _insert(store, table, row)
            counts[table] = counts.get(table, 0) + 1
        if footer is None:
            raise StoreError(f"{source} ends before its last line: the file was cut short; nothing was imported")
        if footer.get("rows") != counts:
            raise StoreError(f"{source} says it holds {footer.get('rows')} rows but holds {counts}; nothing was imported")
        _reindex(store)
        _follow_ids(store)
    return counts


def _header(numbered: Iterator[tuple[int, str]], source: str) -> dict[str, Any]:
    for _, line in numbered:
        if not line.strip():
            continue
        try:
            header = json.loads(line)
        except json.JSONDecodeError:
            header = None
        if not isinstance(header, dict) or header.get("marsad") != "export" or header.get("format") != EXPORT_FORMAT:
            raise StoreError(f"{source} is not a marsad export (format {EXPORT_FORMAT}): its first line is no export header")
        return header
    raise StoreError(f"{source} is empty")


def _insert(store: Store, table: str, row: dict[str, Any]) -> None:
    json_columns = _JSON.get(table, set())
    names = list(row)
    values = [
        json.dumps(row[n], ensure_ascii=False) if n in json_columns and row[n] is not None else row[n] for n in names
    ]
    marks = ", ".join("?" for _ in names)
    store._execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)


def _reindex(store: Store) -> None:
    """The full-text index of every current version, and its terms, as ingest makes them."""
    rows = store._rows(
        "SELECT v.row_id, v.title, v.text FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
        "ORDER BY v.row_id"
    )
    terms: dict[str, str] = {}
    for row_id, title, text in rows:
        keys = index_keys(title, text)
        store._index(int(row_id), keys)
        for term in keys.terms():
            terms[term] = skeleton(term)
    store._executemany(
        "INSERT INTO search_terms (term, skeleton) VALUES (?, ?) ON CONFLICT (term) DO NOTHING", sorted(terms.items())
    )


def _follow_ids(store: Store) -> None:
    """PostgreSQL's identity sequences moved past the imported ids (SQLite takes max + 1 by itself)."""
    if store.dialect != "postgres":
        return
    for table, column in (("stories", "id"), ("article_versions", "row_id")):
        store._execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
        )
