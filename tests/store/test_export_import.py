"""`marsad export` and `marsad import`: SQLite → PostgreSQL → SQLite leaves the store identical (every
version with its raw input, stories with their readings, entity mentions, tokens as hashes), search and
ingest go on in the imported store, and a file cut short, of another schema or into a store not empty
is refused with nothing stored."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.model import Article
from marsad.store import open_store
from marsad.store.stories import StoryBuilder
from marsad.store.tokens import check_token, create_token
from marsad.store.transfer import store_rows
from stores import empty_store, no_pg, pg_url


def _rows(url: str) -> list[tuple[str, dict]]:
    with open_store(url) as store, store._read():
        return list(store_rows(store))


def _export(url: str, path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", url])
    assert result.exit_code == 0, result.output
    path.write_text(result.stdout, encoding="utf-8")


def _import(path: Path, url: str) -> None:
    result = CliRunner().invoke(app, ["import", str(path), "--db", url])
    assert result.exit_code == 0, result.output


def test_sqlite_postgres_sqlite_round_trip_is_lossless(tmp_path: Path, demo: list[Article]) -> None:
    if not pg_url():
        pytest.skip(no_pg("the export tests"))
    source = f"sqlite:///{tmp_path / 'source.db'}"
    with open_store(source) as store:
        store.ingest(demo, stories=StoryBuilder(words=60))
        changed = dataclasses.replace(demo[0], raw=demo[0].raw + "\n[تحديث]", title=demo[0].title + " (محدث)")
        store.ingest([changed], stories=StoryBuilder(words=60))
        _, token = create_token(store, "ingest", "مكشطة")
    before = _rows(source)
    assert {t for t, _ in before} >= {"articles", "article_versions", "stories", "api_tokens", "entity_mentions"}

    with empty_store("postgres", tmp_path, name="export") as middle:
        _export(source, tmp_path / "one.jsonl")
        _import(tmp_path / "one.jsonl", middle)
        assert _rows(middle) == before
        with open_store(middle) as store:
            assert [a.id for a in store.versions(demo[0].id)] == [demo[0].id] * 2
            assert store.versions(demo[0].id)[1].raw.endswith("[تحديث]")
            assert store.search("ماكنزي") and store.story("s1").title
            assert check_token(store, token) is not None  # the hash came along, so the token works
            assert store.check() == []
        _export(middle, tmp_path / "two.jsonl")
    back = f"sqlite:///{tmp_path / 'back.db'}"
    _import(tmp_path / "two.jsonl", back)
    assert _rows(back) == before
    # the same lines but for the header's time and dialect
    one, two = ((tmp_path / n).read_text(encoding="utf-8").splitlines() for n in ("one.jsonl", "two.jsonl"))
    assert [json.loads(x) for x in one[1:]] == [json.loads(x) for x in two[1:]]
    with open_store(back) as store:
        assert store.check() == []
        store.ingest([dataclasses.replace(demo[1], id="new", url="https://example.org/new", raw="جديد")])
        assert store.count() == (6, 7, 1)


def test_an_import_that_cannot_be_done_stores_nothing(store_url: str, tmp_path: Path, demo: list[Article]) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    with open_store(source) as store:
        store.ingest(demo[:2])
    _export(source, tmp_path / "all.jsonl")
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    runner = CliRunner()

    (tmp_path / "cut.jsonl").write_text("\n".join(lines[:-3]) + "\n", encoding="utf-8")
    cut = runner.invoke(app, ["import", str(tmp_path / "cut.jsonl"), "--db", store_url])
    assert cut.exit_code == 1 and "cut short" in cut.stderr
    header = json.loads(lines[0]) | {"schema_version": 1}
    (tmp_path / "old.jsonl").write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n", encoding="utf-8")
    old = runner.invoke(app, ["import", str(tmp_path / "old.jsonl"), "--db", store_url])
    assert old.exit_code == 1 and "schema version 1" in old.stderr
    (tmp_path / "other.jsonl").write_text('{"id": "x", "text": "نص"}\n', encoding="utf-8")
    other = runner.invoke(app, ["import", str(tmp_path / "other.jsonl"), "--db", store_url])
    assert other.exit_code == 1 and "not a marsad export" in other.stderr
    with open_store(store_url) as store:
        assert store.count() == (0, 0, 0) and not store.search("العراق")

    _import(tmp_path / "all.jsonl", store_url)
    again = runner.invoke(app, ["import", str(tmp_path / "all.jsonl"), "--db", store_url])
    assert again.exit_code == 1 and "not empty" in again.stderr
    with open_store(store_url) as store:
        assert store.count() == (2, 2, 0)
