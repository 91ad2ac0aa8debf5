"""Bring a store's schema up to date: apply, in order and in one transaction, the migrations newer than
the version it records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .base import Store, StoreError
from .schema import MIGRATIONS, VERSION_TABLE, Migration

__all__ = ["migrate", "schema_version"]

_VERSION_TABLE_EXISTS = {
    "sqlite": "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
    "postgres": "SELECT 1 FROM information_schema.tables "
    "WHERE table_schema = current_schema() AND table_name = 'schema_version'",
}


def _applied(store: Store) -> int | None:
    """The stored schema version, or None when the version table does not exist yet."""
    with store._read():
        if not store._rows(_VERSION_TABLE_EXISTS[store.dialect]):
            return None
        ((version,),) = store._rows("SELECT COALESCE(MAX(version), 0) FROM schema_version")
    return int(version)


def schema_version(store: Store) -> int:
    """The highest migration applied to ``store`` (0 when none)."""
    return _applied(store) or 0


def migrate(store: Store, migrations: Sequence[Migration] = MIGRATIONS, target: int | None = None) -> int:
    """Apply the ``migrations`` (ordered by version) that ``store`` lacks, up to ``target`` (default: the
    last); return the version reached.

    Runs as one write transaction: another process opening the same store waits, then finds the work
    done. Raises :class:`~marsad.store.base.StoreError` when the store records a version newer than the
    newest migration known here (it was written by a newer marsad).
    """
    newest = migrations[-1].version if migrations else 0
    goal = newest if target is None else target
    # the usual case, an up-to-date store, must not wait for a writer busy ingesting
    if _applied(store) == goal:
        return goal
    with store._write():
        store._execute(VERSION_TABLE)
        ((current,),) = store._rows("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        current = int(current)
        if current > newest:
            raise StoreError(
                f"the store has schema version {current}, newer than this marsad knows ({newest}); "
                "upgrade marsad to use it"
            )
        for migration in migrations:
            if current < migration.version <= goal:
                for statement in getattr(migration, store.dialect):
                    store._execute(statement)
                if migration.backfill:
                    getattr(store, migration.backfill)()
                store._execute(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.description, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                )
                current = migration.version
    return current
