"""The store under stress: two `marsad ingest` processes on one store at once lose nothing and store
nothing twice; a full disk or a read-only database gives one clear line and leaves nothing half-written;
a store of every earlier schema version migrates to the current one with its data."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from marsad.model import Article
from marsad.store import StoreError, open_store
from marsad.store.migrate import schema_version
from marsad.store.postgres import _tsvector
from marsad.store.schema import MIGRATIONS, SCHEMA_VERSION, VERSION_TABLE
from marsad.store.search import index_keys
from marsad.store.stories import StoryBuilder
from marsad.store.transfer import _JSON, store_rows

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"


def paragraph_articles() -> list[Article]:
    """The crash test's worker articles (``ingest_worker.py`` beside this file, loaded by path: a module
    named ``store`` may be another one on the path, bench/store.py)."""
    spec = importlib.util.spec_from_file_location("ingest_worker", Path(__file__).with_name("ingest_worker.py"))
    assert spec is not None and spec.loader is not None
    worker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(worker)
    return worker.paragraph_articles()


def _jsonl(articles: list[Article], path: Path) -> Path:
    records = [
        {"id": a.id, "url": a.url, "outlet": a.outlet, "published": a.published, "title": a.title, "text": a.text}
        for a in articles
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _marsad(*args: str, user: int | None = None) -> subprocess.Popen[str]:
    prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] if user is not None else []
    return subprocess.Popen(
        [*prefix, sys.executable, "-m", "marsad.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_two_ingest_processes_at_once_lose_nothing_and_store_nothing_twice(store_url: str, tmp_path: Path) -> None:
    pieces = paragraph_articles()
    assert len(pieces) == 30
    first = _jsonl(pieces[:20], tmp_path / "first.jsonl")
    second = _jsonl(pieces[10:], tmp_path / "second.jsonl")  # ten articles in both inputs
    open_store(store_url).close()  # both processes find the schema made
    runs = [_marsad("ingest", str(DEMO), str(path), "--db", store_url, "--batch", "3") for path in (first, second)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    new = [int(out.split(" new,")[0]) for out, _ in outputs]
    already = [int(out.split(" updated, ")[1].split(" already")[0]) for out, _ in outputs]
    assert sum(new) == 35 and sum(already) == 50 - 35  # each article stored by exactly one of them
    with open_store(store_url) as store:
        assert store.check() == []
        assert store.count()[:2] == (35, 35)
        placed = [a for s in store.stories() for a in s.articles]
        assert len(placed) == len(set(placed)) == 35


def test_a_full_disk_stops_ingest_with_one_line_and_nothing_half_written(tmp_path: Path, demo: list[Article]) -> None:
    path = tmp_path / "full.db"
    with open_store(path) as store:
        store.ingest(demo[:2], stories=StoryBuilder(words=60))
        # SQLite's own limit on the file's pages: past it every write fails as on a full disk (SQLITE_FULL)
        ((pages,),) = store._rows("PRAGMA page_count")
        store._execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreError, match=r"cannot write to the store .*full\.db: database or disk is full"):
            store.ingest(demo[2:], stories=StoryBuilder(words=60), batch_size=10)
    with open_store(path) as store:
        assert store.check() == []
        assert store.count() == (2, 2, 1)  # the batches before, whole; nothing of the failed one


def test_a_read_only_database_gives_one_clear_line(store_url: str, tmp_path: Path, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo[:1])
    if store_url.startswith("postgresql"):
        import psycopg

        # a user who may only read the store's tables: the owner takes its own write rights away, or, when
        # the owner is a superuser (the embedded test server), whom no REVOKE binds, a reading role is made
        reader_url = store_url
        with psycopg.connect(store_url, autocommit=True) as conn:
            ((schema, superuser),) = conn.execute(
                "SELECT current_schema(), rolsuper FROM pg_roles WHERE rolname = current_user"
            ).fetchall()
            if superuser:
                role = f"reader_{schema}"
                conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{role}'")
                conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
                conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
                parts = urlsplit(store_url)
                reader_url = urlunsplit(parts._replace(netloc=f"{role}:{role}@{parts.netloc.partition('@')[2]}"))
            else:
                conn.execute(f"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} FROM CURRENT_USER")
        run = _marsad("ingest", str(DEMO), "--db", reader_url)
    else:
        if os.geteuid() != 0 or shutil.which("setpriv") is None:
            pytest.skip("needs root to run the command as another user, for whom the file is read-only")
        db = Path(store_url.removeprefix("sqlite:///"))
        tmp_path.chmod(0o755)
        db.chmod(0o644)  # readable by all, writable by its owner (root) only
        run = _marsad("ingest", str(DEMO), "--db", str(db), user=65534)
    out, err = run.communicate(timeout=300)
    lines = [line for line in err.splitlines() if line.startswith("marsad:")]
    assert run.returncode in (1, 2), (out, err)
    assert len(lines) == 1 and "Traceback" not in err, err
    assert any(words in lines[0] for words in ("readonly", "unable to open", "permission denied")), lines[0]
    assert "nothing of the batch being written was kept" in lines[0] or "cannot open" in lines[0], lines[0]
    with open_store(store_url) as store:
        assert store.check() == [] and store.count()[:2] == (1, 1)


def _raw_store(store_url: str, version: int, reference: list[tuple[str, dict]]) -> None:
    """A store at schema ``version``, made with that version's migrations only, holding the reference
    rows as far as its tables and columns go (what a store written by that marsad held)."""
    dialect = "postgres" if store_url.startswith("postgresql") else "sqlite"
    if dialect == "sqlite":
        conn: object = sqlite3.connect(store_url.removeprefix("sqlite:///"), isolation_level=None)
        mark = "?"
    else:
        import psycopg

        conn = psycopg.connect(store_url, autocommit=True)
        mark = "%s"
    run = conn.execute  # type: ignore[attr-defined]
    run(VERSION_TABLE)
    for migration in (m for m in MIGRATIONS if m.version <= version):
        for statement in getattr(migration, dialect):
            run(statement)
        run(f"INSERT INTO schema_version VALUES ({mark}, {mark}, 'then')", (migration.version, migration.description))
    for table, row in reference:
        if dialect == "sqlite":
            columns = {r[1] for r in run(f"PRAGMA table_info({table})").fetchall()}
        else:
            columns = {r[0] for r in run(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s", (table,)).fetchall()}
        kept = {k: v for k, v in row.items() if k in columns}
        if not kept:
            continue
        values = [json.dumps(v, ensure_ascii=False) if k in _JSON.get(table, ()) else v for k, v in kept.items()]
        run(f"INSERT INTO {table} ({', '.join(kept)}) VALUES ({', '.join(mark for _ in kept)})", values)
        if table == "article_versions":  # its search index entry, as that version's ingest wrote it
            keys = index_keys(row["title"], row["text"])
            if dialect == "sqlite":
                run("INSERT INTO search_index (rowid, title, body, alt) VALUES (?, ?, ?, ?)",
                    (row["row_id"], " ".join(keys.title), " ".join(keys.body), " ".join(keys.alt)))
            else:
                run("INSERT INTO search_index (row_id, doc) VALUES (%s, %s::tsvector)", (row["row_id"], _tsvector(keys)))
    conn.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("version", [m.version for m in MIGRATIONS[:-1]])
def test_a_store_of_every_earlier_schema_migrates_with_its_data(
    store_url: str, tmp_path: Path, demo: list[Article], version: int
) -> None:
    reference_url = f"sqlite:///{tmp_path / 'reference.db'}"
    with open_store(reference_url) as store:
        store.ingest(demo, stories=StoryBuilder(words=60))
        with store._read():
            reference = list(store_rows(store))
    _raw_store(store_url, version, reference)
    with open_store(store_url) as store:  # migrated on open
        assert schema_version(store) == SCHEMA_VERSION
        assert [store.article(a.id) for a in demo] == demo
        story = store.story("s1")
        assert story.articles and story.summary
        if version < 2:
            assert story.quotes == () and store.reread_stories(StoryBuilder(words=60)) == 1
        assert store.story("s1").quotes
        assert store.check() == []
        assert [h.article.id for h in store.search("ماكنزي")]  # the search index is kept as it was
    with open_store(store_url) as store, store._read():
        migrated = {(t, json.dumps(r, sort_keys=True, ensure_ascii=False)) for t, r in store_rows(store)}
    # every row of the reference is there as it was, but for the story readings made again above
    # entities across stories (version 6) are linked again by the migration: the same links, new time stamps
    kept_as_is = {t for t, _ in reference} - {"stories", "entity_mentions", "story_terms", "entities"}
    assert {(t, json.dumps(r, sort_keys=True, ensure_ascii=False)) for t, r in reference if t in kept_as_is} <= migrated
    names = {(r["id"], r["type"], r["name"]) for t, r in reference if t == "entities"}
    relinked = {(r["id"], r["type"], r["name"]) for r in (json.loads(j) for t, j in migrated if t == "entities")}
    assert names and names == relinked
