"""What ``marsad watch`` keeps in the store beside the articles: sources' state and health, the items
they listed, daily counts, problems, watchlists and alerts (tables of schema version 5, see
:mod:`.schema`).

:class:`WatchState` reads and writes them with the store's own connection and transactions, so a poll's
articles, their stories and the poll's record are committed together (:meth:`WatchState.transaction`
around :meth:`~marsad.store.base.Store.ingest`): a watch killed at any point has either stored a batch
and recorded it, or neither. Times are ISO 8601 in UTC with seconds, as the store writes ingest times.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from .base import Store, _chunks, _marks, _parsed

__all__ = [
    "AlertRecord",
    "DayCounts",
    "ItemRecord",
    "SourceHealth",
    "SourceRecord",
    "StoryChange",
    "WatchState",
    "WatchlistRecord",
    "utc_now",
]


def utc_now() -> str:
    """Now, as the store writes times: ``2026-11-30T08:15:02+00:00``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A source's stored state: its URL, the validators of its last listing, and its health."""

    name: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_success: str | None = None
    last_listing: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None
    failing_since: str | None = None
    last_new: str | None = None


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """A listed item's stored state (see the ``watch_items`` table)."""

    source: str
    key: str
    url: str
    fingerprint: str
    article_id: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    first_seen: str = ""
    last_listed: str = ""
    fetched_at: str | None = None
    attempts: int = 0
    last_error: str | None = None


@dataclass(frozen=True)
class SourceHealth:
    """A line of ``marsad sources status``: the stored state, per-day counts (newest day first:
    ``(day, polls, failed polls, added, updated, problems)``) and the latest problems ``(at, url, reason)``."""

    record: SourceRecord
    days: list[tuple[str, int, int, int, int, int]]
    problems: list[tuple[str, str | None, str]]
    items: int
    stored: int

    def failing_for(self, now: dt.datetime | None = None) -> dt.timedelta | None:
        """How long the source has been failing (None when its last poll succeeded)."""
        if not self.record.failing_since:
            return None
        now = now or dt.datetime.now(dt.UTC)
        return now - dt.datetime.fromisoformat(self.record.failing_since)


@dataclass(frozen=True, slots=True)
class WatchlistRecord:
    name: str
    entities: tuple[str, ...]
    words: tuple[str, ...]
    outlets: tuple[str, ...]
    webhook: str | None
    created_at: str


@dataclass(frozen=True)
class AlertRecord:
    """A stored alert: ``articles`` are ``{id, title, outlet, url, published}`` records of the articles
    that caused it, ``matched`` what of the watchlist they matched (``entities``, ``words``, ``outlets``)."""

    id: int
    watchlist: str
    story: str
    kind: str
    title: str
    articles: list[dict[str, Any]]
    matched: dict[str, list[str]]
    webhook: str | None
    created_at: str
    written_at: str | None = None
    delivered_at: str | None = None
    attempts: int = 0
    last_error: str | None = None

    def to_json(self, site: str | None = None) -> dict[str, Any]:
        """The alert as one JSON object (a JSON line, a webhook body): links are made absolute with
        ``site`` (where ``marsad serve`` is reached) when it is given."""
        base = (site or "").rstrip("/")
        return {
            "id": self.id,
            "watchlist": self.watchlist,
            "kind": self.kind,
            "story": self.story,
            "title": self.title,
            "page": f"{base}/stories/{self.story}",
            "articles": self.articles,
            "matched": self.matched,
            "created_at": self.created_at,
        }


@dataclass(frozen=True, slots=True)
class StoryChange:
    """A story touched by a batch: ``added`` are the article ids the batch added to it, ``opened`` whether
    the batch opened it (every article of the story is one the batch added)."""

    story_id: str
    added: tuple[str, ...]
    opened: bool


_SOURCE_COLUMNS = (
    "name, url, etag, last_modified, last_poll, last_success, last_listing, last_error, last_error_at, "
    "failing_since, last_new"
)
_ITEM_COLUMNS = (
    "source, item_key, url, fingerprint, article_id, etag, last_modified, first_seen, last_listed, fetched_at, "
    "attempts, last_error"
)
_ALERT_COLUMNS = (
    "id, watchlist, story_id, kind, title, articles, matched, webhook, created_at, written_at, delivered_at, "
    "attempts, last_error"
)


@dataclass
class DayCounts:
    """Counts to add to a source's day."""

    polls: int = 0
    failed_polls: int = 0
    added: int = 0
    updated: int = 0
    problems: int = 0


class WatchState:
    """The watch tables of ``store``; use it from the store's thread only, like the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction: an ingest and the records made inside it commit together."""
        return self.store._write()

    # --- sources -----------------------------------------------------------------------------------

    def sources(self) -> dict[str, SourceRecord]:
        with self.store._read():
            rows = self.store._rows(f"SELECT {_SOURCE_COLUMNS} FROM watch_sources ORDER BY name")
        return {r[0]: SourceRecord(*r) for r in rows}

    def register(self, name: str, url: str) -> None:
        """Make sure source ``name`` has a row; a changed URL forgets the validators of the old one."""
        with self.store._write():
            rows = self.store._rows("SELECT url FROM watch_sources WHERE name = ?", (name,))
            if not rows:
                self.store._execute("INSERT INTO watch_sources (name, url) VALUES (?, ?)", (name, url))
            elif rows[0][0] != url:
                self.store._execute(
                    "UPDATE watch_sources SET url = ?, etag = NULL, last_modified = NULL WHERE name = ?", (url, name)
                )

    def poll_succeeded(self, name: str, at: str, *, listed_at: str, etag: str | None, last_modified: str | None,
                       found_new: bool) -> None:
        """Record a poll whose listing (read at ``listed_at``) was read and whose items are all settled:
        its validators (kept only now, so that a watch killed before cannot skip items behind a 304) and
        its success."""
        self.store._execute(
            "UPDATE watch_sources SET etag = ?, last_modified = ?, last_poll = ?, last_success = ?, last_listing = ?, "
            "failing_since = NULL, last_new = CASE WHEN ? THEN ? ELSE last_new END WHERE name = ?",
            (etag, last_modified, at, at, listed_at, found_new, at, name),
        )

    def poll_unchanged(self, name: str, at: str) -> None:
        """Record a poll answered 304 Not Modified: a success with nothing new."""
        self.store._execute(
            "UPDATE watch_sources SET last_poll = ?, last_success = ?, failing_since = NULL WHERE name = ?",
            (at, at, name),
        )

    def poll_failed(self, name: str, at: str, reason: str) -> None:
        self.store._execute(
            "UPDATE watch_sources SET last_poll = ?, last_error = ?, last_error_at = ?, "
            "failing_since = COALESCE(failing_since, ?) WHERE name = ?",
            (at, reason, at, at, name),
        )

    def problem(self, name: str, at: str, url: str | None, reason: str) -> None:
        """Record a failure (of a poll or of one page) and make it the source's last error."""
        self.store._execute(
            "INSERT INTO watch_problems (source, at, url, reason) VALUES (?, ?, ?, ?)", (name, at, url, reason)
        )
        self.store._execute(
            "UPDATE watch_sources SET last_error = ?, last_error_at = ? WHERE name = ?", (reason, at, name)
        )

    def count_day(self, name: str, day: str, counts: DayCounts) -> None:
        self.store._execute(
            "INSERT INTO watch_days (source, day, polls, failed_polls, added, updated, problems) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, day) DO UPDATE SET "
            "polls = watch_days.polls + excluded.polls, failed_polls = watch_days.failed_polls + excluded.failed_polls, "
            "added = watch_days.added + excluded.added, updated = watch_days.updated + excluded.updated, "
            "problems = watch_days.problems + excluded.problems",
            (name, day, counts.polls, counts.failed_polls, counts.added, counts.updated, counts.problems),
        )

    # --- items -------------------------------------------------------------------------------------

    def items(self, source: str, keys: Sequence[str]) -> dict[str, ItemRecord]:
        """The stored state of the items ``keys`` of ``source`` (those never listed before are absent)."""
        found: dict[str, ItemRecord] = {}
        with self.store._read():
            for chunk in _chunks(list(keys)):
                for row in self.store._rows(
                    f"SELECT {_ITEM_COLUMNS} FROM watch_items WHERE source = ? AND item_key IN ({_marks(chunk)})",
                    [source, *chunk],
                ):
                    found[row[1]] = ItemRecord(*row)
        return found

    def stored_urls(self, urls: Iterable[str]) -> dict[str, str]:
        """The id of the stored article at each of ``urls`` that is stored (by any source, or by
        ``marsad ingest``)."""
        wanted = sorted(set(urls))
        found: dict[str, str] = {}
        with self.store._read():
            for chunk in _chunks(wanted):
                for url, article_id in self.store._rows(
                    f"SELECT url, id FROM articles WHERE url IN ({_marks(chunk)})", chunk
                ):
                    found[url] = article_id
        return found

    def unsettled(self, source: str, *, max_attempts: int, fetched_before: str | None) -> int:
        """How many items of ``source`` its latest listing held that still want a fetch: pages not stored
        yet with attempts left, and (with ``fetched_before``) stored pages last fetched before that time.
        A source with such items is asked for its whole listing, not "if modified": a 304 would hide them."""
        recheck = " OR (article_id IS NOT NULL AND fetched_at < ?)" if fetched_before else ""
        params: list[Any] = [source, source, max_attempts]
        if fetched_before:
            params.append(fetched_before)
        with self.store._read():
            ((count,),) = self.store._rows(
                "SELECT COUNT(*) FROM watch_items WHERE source = ? AND last_listed >= "
                "(SELECT COALESCE(last_listing, '') FROM watch_sources WHERE name = ?) "
                f"AND ((article_id IS NULL AND attempts < ?){recheck})",
                params,
            )
        return int(count)

    def save_item(self, item: ItemRecord) -> None:
        self.store._execute(
            f"INSERT INTO watch_items ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source, item_key) DO UPDATE SET url = excluded.url, fingerprint = excluded.fingerprint, "
            "article_id = excluded.article_id, etag = excluded.etag, last_modified = excluded.last_modified, "
            "last_listed = excluded.last_listed, fetched_at = excluded.fetched_at, attempts = excluded.attempts, "
            "last_error = excluded.last_error",
            (item.source, item.key, item.url, item.fingerprint, item.article_id, item.etag, item.last_modified,
             item.first_seen, item.last_listed, item.fetched_at, item.attempts, item.last_error),
        )

    def story_changes(self, added_urls: Sequence[str]) -> list[StoryChange]:
        """For articles just added (by their URLs), the stories holding them, and whether each story
        is made of just-added articles only (it was opened by them)."""
        placed: dict[int, list[str]] = {}
        for chunk in _chunks(list(added_urls)):
            for article_id, number in self.store._rows(
                f"SELECT id, story_id FROM articles WHERE story_id IS NOT NULL AND url IN ({_marks(chunk)})", chunk
            ):
                placed.setdefault(int(number), []).append(article_id)
        changes = []
        for number, ids in sorted(placed.items()):
            ((size,),) = self.store._rows("SELECT COUNT(*) FROM articles WHERE story_id = ?", (number,))
            changes.append(StoryChange(f"s{number}", tuple(sorted(ids)), opened=int(size) == len(ids)))
        return changes

    # --- status ------------------------------------------------------------------------------------

    def health(self, *, days: int = 7, problems: int = 5) -> list[SourceHealth]:
        """Every source's health: its record, its counts for the last ``days`` days it has, and its
        latest ``problems`` problems (newest first)."""
        with self.store._read():
            records = [SourceRecord(*r) for r in self.store._rows(f"SELECT {_SOURCE_COLUMNS} FROM watch_sources ORDER BY name")]
            result = []
            for record in records:
                day_rows = self.store._rows(
                    "SELECT day, polls, failed_polls, added, updated, problems FROM watch_days WHERE source = ? "
                    "ORDER BY day DESC LIMIT ?",
                    (record.name, days),
                )
                problem_rows = self.store._rows(
                    "SELECT at, url, reason FROM watch_problems WHERE source = ? ORDER BY id DESC LIMIT ?",
                    (record.name, problems),
                )
                ((items, stored),) = self.store._rows(
                    "SELECT COUNT(*), COUNT(article_id) FROM watch_items WHERE source = ?", (record.name,)
                )
                result.append(
                    SourceHealth(
                        record,
                        [tuple(int(x) if i else x for i, x in enumerate(r)) for r in day_rows],  # type: ignore[misc]
                        [tuple(r) for r in problem_rows],  # type: ignore[misc]
                        int(items),
                        int(stored),
                    )
                )
        return result

    # --- watchlists --------------------------------------------------------------------------------

    def watchlists(self) -> list[WatchlistRecord]:
        with self.store._read():
            rows = self.store._rows(
                "SELECT name, entities, words, outlets, webhook, created_at FROM watchlists ORDER BY name"
            )
        return [
            WatchlistRecord(name, tuple(_parsed(e)), tuple(_parsed(w)), tuple(_parsed(o)), hook, created)
            for name, e, w, o, hook, created in rows
        ]

    def add_watchlist(self, name: str, entities: Sequence[str], words: Sequence[str], outlets: Sequence[str],
                      webhook: str | None) -> bool:
        """Add watchlist ``name``, or replace it; True when it was new."""
        with self.store._write():
            existed = bool(self.store._rows("SELECT 1 FROM watchlists WHERE name = ?", (name,)))
            self.store._execute("DELETE FROM watchlists WHERE name = ?", (name,))
            self.store._execute(
                "INSERT INTO watchlists (name, entities, words, outlets, webhook, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (name, _json(list(entities)), _json(list(words)), _json(list(outlets)), webhook, utc_now()),
            )
        return not existed

    def remove_watchlist(self, name: str) -> bool:
        """Remove watchlist ``name`` (its alerts stay); False when there was none."""
        with self.store._write():
            existed = bool(self.store._rows("SELECT 1 FROM watchlists WHERE name = ?", (name,)))
            self.store._execute("DELETE FROM watchlists WHERE name = ?", (name,))
        return existed

    # --- alerts ------------------------------------------------------------------------------------

    def add_alert(self, watchlist: str, story: str, kind: str, title: str, articles: list[dict[str, Any]],
                  matched: dict[str, list[str]], webhook: str | None, at: str) -> int:
        return self.store._insert_returning_id(
            "INSERT INTO alerts (watchlist, story_id, kind, title, articles, matched, webhook, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (watchlist, story, kind, title, _json(articles), _json(matched), webhook, at),
        )

    def alerts(self, *, watchlist: str | None = None, limit: int = 50, unwritten: bool = False,
               undelivered: bool = False, max_attempts: int | None = None) -> list[AlertRecord]:
        """Alerts, newest first (oldest first with ``unwritten``/``undelivered``, the order to send them)."""
        where, params = ["1 = 1"], []
        if watchlist is not None:
            where.append("watchlist = ?")
            params.append(watchlist)
        if unwritten:
            where.append("written_at IS NULL")
        if undelivered:
            where.append("webhook IS NOT NULL AND delivered_at IS NULL")
            if max_attempts is not None:
                where.append("attempts < ?")
                params.append(max_attempts)
        order = "id" if unwritten or undelivered else "id DESC"
        with self.store._read():
            rows = self.store._rows(
                f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?",
                [*params, limit],
            )
        return [_alert(r) for r in rows]

    def mark_written(self, ids: Sequence[int], at: str) -> None:
        with self.store._write():
            for chunk in _chunks(list(ids)):
                self.store._execute(f"UPDATE alerts SET written_at = ? WHERE id IN ({_marks(chunk)})", [at, *chunk])

    def mark_delivery(self, alert_id: int, at: str, error: str | None) -> None:
        """Record a webhook attempt: delivered at ``at``, or failed with ``error``."""
        with self.store._write():
            if error is None:
                self.store._execute(
                    "UPDATE alerts SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
                    (at, alert_id),
                )
            else:
                self.store._execute(
                    "UPDATE alerts SET attempts = attempts + 1, last_error = ? WHERE id = ?", (error, alert_id)
                )

    def changed_stories(self, limit: int) -> list[tuple[str, str, str, str]]:
        """The stories most recently opened or changed: ``(id, title, created_at, updated_at)``, latest
        change first (for the web app's feed of new and updated stories)."""
        with self.store._read():
            rows = self.store._rows(
                "SELECT id, title, created_at, updated_at FROM stories ORDER BY updated_at DESC, id DESC LIMIT ?",
                (limit,),
            )
        return [(f"s{int(n)}", title, created, updated) for n, title, created, updated in rows]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _alert(row: Sequence[Any]) -> AlertRecord:
    (number, watchlist, story, kind, title, articles, matched, webhook, created, written, delivered, attempts,
     error) = row
    return AlertRecord(int(number), watchlist, story, kind, title, _parsed(articles), _parsed(matched), webhook,
                       created, written, delivered, int(attempts), error)
