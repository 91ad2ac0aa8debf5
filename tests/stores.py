"""Empty stores for tests, on both backends (shared by tests/store and tests/web; conftest files are not
importable under ``--import-mode=importlib``).

SQLite is a file in the test's folder; PostgreSQL is a schema of its own in the database named by
``MARSAD_TEST_PG_URL`` (dropped afterwards). Without that variable the PostgreSQL half is skipped, saying
how to get a server: ``scripts/ci_postgres.sh``, which ``.ci/run`` calls, so in CI both halves run.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_URL = os.environ.get("MARSAD_TEST_PG_URL")


def no_pg(what: str) -> str:
    """The skip message for the PostgreSQL half of ``what`` (``the store tests``)."""
    return (
        f"MARSAD_TEST_PG_URL is not set: the PostgreSQL half of {what} needs a server "
        "(run `export MARSAD_TEST_PG_URL=$(scripts/ci_postgres.sh)`; .ci/run does it)"
    )


@contextmanager
def empty_store(backend: str, folder: Path, *, name: str = "store", what: str = "the store tests") -> Iterator[str]:
    """The URL of an empty store: ``folder/<name>.db`` (SQLite) or a fresh ``<name>_...`` schema."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'{name}.db'}"
        return
    if not PG_URL:
        pytest.skip(no_pg(what))
    import psycopg

    schema = f"{name}_{secrets.token_hex(6)}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
