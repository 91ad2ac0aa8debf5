"""The schema is created once, migrated forward in order, and a store newer than the code is refused."""

from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.store import StoreError, open_store
from marsad.store.migrate import migrate, schema_version
from marsad.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration

NOTE = Migration(
    SCHEMA_VERSION + 1,
    "a note on each article (a test migration)",
    sqlite=("ALTER TABLE articles ADD COLUMN note TEXT",),
    postgres=("ALTER TABLE articles ADD COLUMN note TEXT",),
)


def test_new_store_has_the_latest_schema_once(store_url: str) -> None:
    with open_store(store_url) as store:
        assert schema_version(store) == SCHEMA_VERSION
    with open_store(store_url) as store:  # opening again applies nothing
        assert schema_version(store) == SCHEMA_VERSION
        assert migrate(store) == SCHEMA_VERSION
        assert store.count() == (0, 0, 0)


def test_forward_migration_keeps_the_data_and_newer_stores_are_refused(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo[:2])
        assert migrate(store, (*MIGRATIONS, NOTE)) == SCHEMA_VERSION + 1
        assert schema_version(store) == SCHEMA_VERSION + 1
        assert store.article(demo[0].id) == demo[0]
        assert store.count() == (2, 2, 0)
    with pytest.raises(StoreError, match="newer than this marsad"):
        open_store(store_url)
