"""The watch tables of schema version 3 on both backends: sources' health, listed items, daily counts,
problems, watchlists and alerts, written in the same transaction as an ingest."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.model import Article
from marsad.store import open_store
from marsad.store.schema import SCHEMA_VERSION
from marsad.store.stories import StoryBuilder
from marsad.store.watch import DayCounts, ItemRecord, WatchState


def test_a_poll_and_its_articles_commit_together(store_url: str, reports: Callable[..., Article]) -> None:
    sport = reports("sport")
    with open_store(store_url) as store:
        assert SCHEMA_VERSION >= 3
        state = WatchState(store)
        state.register("riyadiya", "https://riyadiya.example/rss")
        with pytest.raises(RuntimeError), state.transaction():
            store.ingest([sport], stories=StoryBuilder(words=40))
            state.poll_succeeded("riyadiya", "2026-12-01T10:00:00+00:00", listed_at="2026-12-01T09:59:58+00:00",
                                 etag='"v1"', last_modified=None, found_new=True)
            raise RuntimeError("killed mid-batch")
        assert store.count() == (0, 0, 0)
        assert state.sources()["riyadiya"].etag is None  # nothing of the batch is left
        with state.transaction():
            store.ingest([sport], stories=StoryBuilder(words=40))
            item = ItemRecord("riyadiya", "guid-1", sport.url or "", "fp1", article_id=None,
                              first_seen="2026-12-01T09:59:58+00:00", last_listed="2026-12-01T09:59:58+00:00")
            state.save_item(item)
            changes = state.story_changes([sport.url or ""])
            state.poll_succeeded("riyadiya", "2026-12-01T10:00:00+00:00", listed_at="2026-12-01T09:59:58+00:00",
                                 etag='"v1"', last_modified=None, found_new=True)
            state.count_day("riyadiya", "2026-12-01", DayCounts(polls=1, added=1))
        assert [(c.added, c.opened) for c in changes] == [((sport.id,), True)]
        record = state.sources()["riyadiya"]
        assert (record.etag, record.last_new, record.failing_since) == ('"v1"', "2026-12-01T10:00:00+00:00", None)
        assert state.stored_urls([sport.url or "", "https://elsewhere.example/x"]) == {sport.url: sport.id}
        assert state.items("riyadiya", ["guid-1", "guid-2"]) == {"guid-1": item}
        # an item not stored yet with attempts left keeps the source from a conditional poll
        assert state.unsettled("riyadiya", max_attempts=5, fetched_before=None) == 1


def test_failures_and_health(store_url: str) -> None:
    with open_store(store_url) as store:
        state = WatchState(store)
        state.register("okaz", "https://okaz.example/rss")
        with state.transaction():
            state.problem("okaz", "2026-12-01T10:00:00+00:00", "https://okaz.example/rss", "HTTP 500 Internal Server Error")
            state.poll_failed("okaz", "2026-12-01T10:00:00+00:00", "HTTP 500 Internal Server Error")
            state.count_day("okaz", "2026-12-01", DayCounts(polls=1, failed_polls=1, problems=1))
        with state.transaction():
            state.poll_failed("okaz", "2026-12-02T10:00:00+00:00", "timed out: no answer within 20s")
            state.count_day("okaz", "2026-12-02", DayCounts(polls=1, failed_polls=1))
            state.count_day("okaz", "2026-12-02", DayCounts(polls=1, failed_polls=1))
        (health,) = state.health()
        assert health.record.failing_since == "2026-12-01T10:00:00+00:00"  # the first failure of the run
        assert health.record.last_error == "timed out: no answer within 20s"
        assert health.days == [("2026-12-02", 2, 2, 0, 0, 0), ("2026-12-01", 1, 1, 0, 0, 1)]
        assert health.problems == [("2026-12-01T10:00:00+00:00", "https://okaz.example/rss",
                                    "HTTP 500 Internal Server Error")]
        state.register("okaz", "https://okaz.example/feed")  # a new URL forgets the old validators
        assert state.sources()["okaz"].url == "https://okaz.example/feed"


def test_watchlists_and_alerts(store_url: str) -> None:
    with open_store(store_url) as store:
        state = WatchState(store)
        assert state.add_watchlist("iraq", ["مصطفى الكاظمي"], [], ["الجزيرة نت"], None)
        assert not state.add_watchlist("iraq", ["الكاظمي"], ["الانتخابات"], [], "https://hooks.example/x")
        (watchlist,) = state.watchlists()
        assert (watchlist.entities, watchlist.words, watchlist.outlets) == (("الكاظمي",), ("الانتخابات",), ())
        with state.transaction():
            first = state.add_alert("iraq", "s1", "new", "عنوان", [{"id": "a1"}], {"entities": ["الكاظمي"]},
                                    "https://hooks.example/x", "2026-12-01T10:00:00+00:00")
            second = state.add_alert("iraq", "s1", "grown", "عنوان", [{"id": "a2"}], {"entities": ["الكاظمي"]},
                                     None, "2026-12-01T11:00:00+00:00")
        assert [a.id for a in state.alerts(watchlist="iraq")] == [second, first]  # latest first
        assert [a.id for a in state.alerts(unwritten=True)] == [first, second]  # in order to send
        state.mark_written([first], "2026-12-01T10:00:01+00:00")
        assert [a.id for a in state.alerts(unwritten=True)] == [second]
        state.mark_delivery(first, "2026-12-01T10:00:02+00:00", "HTTP 503")
        assert state.alerts(undelivered=True, max_attempts=1) == []
        state.mark_delivery(first, "2026-12-01T10:00:05+00:00", None)
        delivered = state.alerts(watchlist="iraq")[-1]
        assert (delivered.attempts, delivered.delivered_at, delivered.last_error) == (2, "2026-12-01T10:00:05+00:00", None)
        assert delivered.to_json("https://marsad.example/")["page"] == "https://marsad.example/stories/s1"
        assert state.remove_watchlist("iraq") and not state.remove_watchlist("iraq")
        assert len(state.alerts(watchlist="iraq")) == 2  # the alerts stay
