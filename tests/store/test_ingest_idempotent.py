"""Ingest stores each content once: a re-run, a copy under another id or twice in one batch changes nothing."""

from __future__ import annotations

import dataclasses

from marsad.model import Article
from marsad.store import open_store


def test_ingest_twice_stores_once(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        first = store.ingest(demo, batch_size=2)
        again = store.ingest(demo, batch_size=2)
        assert (first.added, first.updated, first.unchanged, first.batches) == (5, 0, 0, 3)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
        assert store.count() == (5, 5, 0)


def test_ingest_keeps_everything_of_the_article(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo)
    # a new connection reads what was committed, field for field
    with open_store(store_url) as store:
        for article in demo:
            assert store.article(article.id) == article
        summer = sorted(
            (a for a in demo if a.published and "2021-07-01" <= a.published[:10] <= "2021-09-30"),
            key=lambda a: (a.published[:10], a.id),
        )
        assert len(summer) >= 2
        assert [a.id for a in store.articles(date_from="2021-07-01", date_to="2021-09-30")] == [a.id for a in summer]


def test_same_content_under_another_id_is_stored_once(store_url: str, demo: list[Article]) -> None:
    copy = dataclasses.replace(demo[0], id="copy-of-000")
    with open_store(store_url) as store:
        report = store.ingest([demo[0], copy, demo[0]])
        assert (report.added, report.unchanged) == (1, 2)
        assert store.count() == (1, 1, 0)
        assert [a.id for a in store.articles()] == [demo[0].id]


def test_article_with_nul_is_rejected_alike_on_both_backends(store_url: str, demo: list[Article]) -> None:
    broken = dataclasses.replace(demo[1], id="nul", url="https://example.org/nul", text=demo[1].text + "\x00")
    with open_store(store_url) as store:
        report = store.ingest([demo[0], broken])
        assert report.added == 1 and [i for i, _ in report.rejected] == ["nul"]
        assert store.count() == (1, 1, 0)
