"""The polling loop of ``marsad watch``: sources polled on schedule, new and edited pages fetched, read,
cleaned and stored, stories grown, alerts raised.

Threads and what each owns:

* **host lanes** (:class:`_HostLanes`): one thread per host with work, created when needed and ended when
  idle, each running that host's fetches in order. All requests go through one :class:`~.http.PoliteClient`
  (robots.txt, one request per second per host, retries...). A lane reads the listing or the page it
  fetched (feed parsing, trafilatura) and puts the result on the poller's queue; it never touches the store.
* **the poller** (the caller's thread, :meth:`Watcher.run`): owns the store. It decides what to fetch
  (items never seen, items whose entry changed, items due a recheck; never an item already stored),
  takes whatever results have arrived as one batch, cleans the articles, and commits in **one
  transaction** the articles (through :meth:`~marsad.store.base.Store.ingest`, so stories grow exactly
  as in ``marsad ingest``), every item's state, the polls that finished, problems, daily counts and
  alerts. What is committed is acknowledged: a watch killed at any point loses none of it and repeats
  none of it; what was fetched but not committed is fetched again.
* **webhooks** (:class:`~.alerts.WebhookSender`): posts alerts, never holding up the poller.

A listing's validators (ETag, Last-Modified) are committed only with the last of its items, so a watch
killed mid-poll asks for the whole listing again rather than being told "304 Not Modified" about items it
never stored. A page fetched again (its entry changed, or a recheck) whose title and main text are those
stored is not stored again: only a change of text makes a new version (pages change their counters and
widgets all the time).

Stopping (:meth:`Watcher.stop`, on SIGTERM or Ctrl-C): no new request starts, requests in flight end,
and the results already in hand are committed before :meth:`Watcher.run` returns.
"""

from __future__ import annotations

import dataclasses
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from ..memo import fewer_heaps, give_back, keep_within
from ..model import Article, Problem
from ..pipeline import load_articles
from ..settings import DEFAULT, Settings
from ..store import Store, StoreError
from ..store.stories import StoryBuilder
from ..store.watch import DayCounts, ItemRecord, StoryChange, WatchState, utc_now
from .alerts import WebhookSender, write_jsonl
from .config import Source, WatchConfig, WatchlistSpec
from .feeds import FeedError, FeedItem, SourceListing, read_listing
from .http import Fetched, FetchError, PoliteClient, Stopped
from .pages import PageError, page_article
from .watchlists import Watchlist

__all__ = ["MAX_PAGE_ATTEMPTS", "BatchOutcome", "RunSummary", "SourceStatus", "Watcher"]

# A page that fails this many times (at different polls) is given up until its entry changes.
MAX_PAGE_ATTEMPTS = 5
# Results are gathered into one batch until the polls in progress have no page left to fetch, or the first
# result has waited this long: a poll's pages then make one batch (one story update, one alert per story
# and watchlist) when the site answers fast, and a slow site delays nothing by more than this.
GATHER_S = 2.0
# A lane with no work for this long ends its thread.
_LANE_IDLE_S = 30.0
_TICK_S = 0.25


@dataclass
class SourceStatus:
    """What the live status shows of a source during this run."""

    name: str
    last_poll: float | None = None  # time.time() of the last finished poll
    polls: int = 0
    new: int = 0
    updated: int = 0
    errors: int = 0
    last_error: str | None = None
    failing: bool = False
    busy: bool = False


@dataclass(frozen=True)
class BatchOutcome:
    """A committed batch: when (``time.time()``), the articles added ``(url, article id, story id)``,
    the URLs of articles that got a new version, the alerts raised, and the clean articles given to the
    store's ingest, in order."""

    committed_at: float
    added: tuple[tuple[str, str, str | None], ...]
    updated: tuple[str, ...]
    alerts: int
    ingested: tuple[Article, ...] = ()


@dataclass
class RunSummary:
    """What a run did, in all."""

    polls: int = 0
    failed_polls: int = 0
    added: int = 0
    updated: int = 0
    problems: int = 0
    alerts: int = 0
    batches: int = 0


# --- events from the lanes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _ListingDone:
    source: str
    fetched: Fetched | None
    listing: SourceListing | None
    error: str | None = None
    stopped: bool = False


@dataclass(frozen=True)
class _PageDone:
    source: str
    listed_at: str  # when the poll that listed the item started
    item: FeedItem
    record: ItemRecord | None
    fetched: Fetched | None = None
    article: Article | None = None
    error: str | None = None
    retryable: bool = True
    stopped: bool = False


@dataclass
class _Poll:
    source: Source
    started: str
    fetched: Fetched | None = None
    title: str | None = None
    pending: set[str] = field(default_factory=set)
    found_new: bool = False
    interrupted: bool = False


@dataclass
class _Batch:
    pages: list[_PageDone] = field(default_factory=list)
    items: dict[tuple[str, str], ItemRecord] = field(default_factory=dict)
    finished: list[tuple[_Poll, str]] = field(default_factory=list)  # (poll, "ok" | "unchanged" | reason)
    problems: list[tuple[str, str | None, str]] = field(default_factory=list)
    since: float = field(default_factory=time.monotonic)  # when the batch was begun

    def __bool__(self) -> bool:
        return bool(self.pages or self.items or self.finished or self.problems)


class _HostLanes:
    """One thread per host with work; jobs of a host run in submission order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, queue.Queue[Callable[[], None] | None]] = {}
        self._outstanding = 0

    def submit(self, url: str, job: Callable[[], None]) -> None:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            self._outstanding += 1
            lane = self._queues.get(host)
            if lane is None:
                lane = self._queues[host] = queue.Queue()
                threading.Thread(target=self._run, args=(host, lane), name=f"marsad-lane-{host}", daemon=True).start()
            lane.put(job)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._outstanding > 0

    def drop_queued(self) -> None:
        """Forget the jobs not started (the watch is stopping)."""
        with self._lock:
            for lane in self._queues.values():
                while True:
                    try:
                        if lane.get_nowait() is not None:
                            self._outstanding -= 1
                    except queue.Empty:
                        break

    def _run(self, host: str, lane: queue.Queue[Callable[[], None] | None]) -> None:
        while True:
            try:
                job = lane.get(timeout=_LANE_IDLE_S)
            except queue.Empty:
                with self._lock:
                    if lane.empty():
                        del self._queues[host]
                        return
                continue
            if job is None:
                return
            try:
                job()
            finally:
                with self._lock:
                    self._outstanding -= 1


class Watcher:
    """Polls the sources of ``config`` into ``store``. Use :meth:`run` (until :meth:`stop`, or once).

    ``client`` defaults to a :class:`PoliteClient` with the config's politeness; ``on_batch`` is called
    with each committed :class:`BatchOutcome`; ``log`` receives one line per finished poll and problem;
    ``gather`` is the longest a result waits for the rest of its poll's pages (:data:`GATHER_S`);
    ``words`` and ``settings`` are those of the story builder, as for ``marsad ingest`` (``words`` None:
    ``settings.summary.words``).
    """

    def __init__(
        self,
        config: WatchConfig,
        store: Store,
        *,
        client: PoliteClient | None = None,
        words: int | None = None,
        settings: Settings = DEFAULT,
        webhooks: WebhookSender | None = None,
        on_batch: Callable[[BatchOutcome], None] | None = None,
        log: Callable[[str], None] | None = None,
        gather: float = GATHER_S,
    ) -> None:
        self.config = config
        self.gather = gather
        self.store = store
        self.state = WatchState(store)
        self.stop_event = client.stop if client is not None else threading.Event()
        self.client = client or PoliteClient(config.politeness, stop=self.stop_event)
        self._own_client = client is None
        self.builder = StoryBuilder(words=words, settings=settings)  # stories grow as `marsad ingest` grows them
        self.webhooks = webhooks
        self.on_batch = on_batch
        self.log = log or (lambda line: None)
        self.status = {s.name: SourceStatus(s.name) for s in config.sources}
        self.summary = RunSummary()
        self._sources = {s.name: s for s in config.sources}
        self._events: queue.Queue[_ListingDone | _PageDone] = queue.Queue()
        self._lanes = _HostLanes()
        self._polls: dict[str, _Poll] = {}
        self._batch = _Batch()
        self._due: dict[str, float] = {}
        self._polled: set[str] = set()
        self._due_at_start: set[str] = set()
        self._toml_watchlists = [Watchlist(w) for w in config.watchlists]

    def stop(self) -> None:
        """Ask the run to stop: safe from a signal handler or another thread."""
        self.stop_event.set()

    # --- the loop ----------------------------------------------------------------------------------

    def run(self, *, once: bool = False, tick: Callable[[Watcher], None] | None = None) -> RunSummary:
        """Poll until :meth:`stop` (or, with ``once``, until every source was polled one time and its
        pages handled); ``tick`` is called after each turn of the loop (the live status). Returns what
        was done."""
        # the host lanes' threads share two C heaps instead of one each (memory stays level: marsad.memo)
        fewer_heaps()
        for source in self.config.sources:
            self.state.register(source.name, source.url)
        self._schedule(once)
        if self.webhooks is not None:
            for alert in self.state.alerts(undelivered=True, limit=10_000, max_attempts=10):
                self.webhooks.send(alert)
        try:
            while True:
                stopping = self.stop_event.is_set()
                if not stopping:
                    self._start_due(once)
                self._take_events(self._wait_time(once))
                if self._batch and self._gathered():
                    self._commit()
                self._record_deliveries()
                if tick is not None:
                    tick(self)
                if stopping:
                    self._lanes.drop_queued()
                    if not self._lanes.busy:
                        self._take_events(0)
                        if self._batch:
                            self._commit()
                        break
                elif once and len(self._polled) == len(self._sources) and not self._polls and not self._lanes.busy:
                    self._take_events(0)
                    if not self._batch and not self._polls:
                        break
                    if self._batch:
                        self._commit()
        finally:
            self._record_deliveries()
            if self._own_client:
                self.client.close()
        return self.summary

    def _spread(self, name: str) -> float:
        """After a source's first poll of a run, its next one waits ``every × (1 + this)``: sources all due
        at a start (never polled, or polled long ago) then come due at different times, one after the
        other over an interval, rather than all together forever after. Never less than ``every``."""
        if name in self._polled or name not in self._due_at_start:
            return 0.0
        order = list(self._sources)
        return order.index(name) / len(order)

    def _gathered(self) -> bool:
        """Whether the batch in hand should be committed now (see :data:`GATHER_S`)."""
        waiting = any(poll.pending for poll in self._polls.values())
        return not waiting or time.monotonic() - self._batch.since >= self.gather or self.stop_event.is_set()

    def _schedule(self, once: bool) -> None:
        now, wall = time.monotonic(), time.time()
        records = self.state.sources()
        for source in self.config.sources:
            record = records.get(source.name)
            wait = 0.0
            if not once and record is not None and record.last_poll:
                last = datetime.fromisoformat(record.last_poll).timestamp()
                wait = max(0.0, last + source.every - wall)
            self._due[source.name] = now + wait
            if wait == 0:
                self._due_at_start.add(source.name)

    def _wait_time(self, once: bool) -> float:
        if self.stop_event.is_set():
            return _TICK_S
        waiting = [due for name, due in self._due.items() if name not in self._polls and
                   not (once and name in self._polled)]
        if not waiting:
            return _TICK_S
        return max(0.0, min(min(waiting) - time.monotonic(), _TICK_S))

    def _start_due(self, once: bool) -> None:
        now = time.monotonic()
        for name, due in self._due.items():
            if name in self._polls or due > now or (once and name in self._polled):
                continue
            source = self._sources[name]
            self._due[name] = now + source.every * (1 + self._spread(name))
            self._polled.add(name)
            record = self.state.sources().get(name)
            self._polls[name] = _Poll(source, utc_now())
            self.status[name].busy = True
            etag = record.etag if record else None
            modified = record.last_modified if record else None
            if record is not None and (etag or modified):
                recheck = None
                if source.recheck is not None:
                    recheck = datetime.fromtimestamp(time.time() - source.recheck, UTC).isoformat(timespec="seconds")
                if self.state.unsettled(name, max_attempts=MAX_PAGE_ATTEMPTS, fetched_before=recheck):
                    etag = modified = None
            self._lanes.submit(source.url, lambda s=source, e=etag, m=modified: self._fetch_listing(s, e, m))

    def _take_events(self, wait: float) -> None:
        """Handle every event that has arrived, waiting up to ``wait`` seconds for the first."""
        try:
            first = self._events.get(timeout=wait) if wait > 0 else self._events.get_nowait()
        except queue.Empty:
            return
        events = [first]
        while True:
            try:
                events.append(self._events.get_nowait())
            except queue.Empty:
                break
        if not self._batch:
            self._batch.since = time.monotonic()
        for event in events:
            if isinstance(event, _ListingDone):
                self._listing_done(event)
            else:
                self._page_done(event)

    # --- work in the lanes -------------------------------------------------------------------------

    def _fetch_listing(self, source: Source, etag: str | None, modified: str | None) -> None:
        try:
            fetched = self.client.get(source.url, etag=etag, last_modified=modified)
            listing = None
            if not fetched.not_modified:
                listing = read_listing(source.kind, fetched.body, fetched.final_url, charset=fetched.charset)
                listing = self._with_children(source, listing)
            self._events.put(_ListingDone(source.name, fetched, listing))
        except Stopped:
            self._events.put(_ListingDone(source.name, None, None, stopped=True))
        except (FetchError, FeedError) as exc:
            reason = exc.reason if isinstance(exc, FetchError) else str(exc)
            self._events.put(_ListingDone(source.name, None, None, error=reason))
        except Exception as exc:  # a bug or a library failure must not end the lane or the watch
            self._events.put(_ListingDone(source.name, None, None, error=f"internal error: {type(exc).__name__}: {exc}"))

    def _with_children(self, source: Source, listing: SourceListing) -> SourceListing:
        """A sitemap index's newest sitemaps read and merged (their failures become the warning)."""
        if not listing.children:
            return listing
        items: dict[str, FeedItem] = {}
        problems = []
        for child in listing.children:
            try:
                fetched = self.client.get(child)
                for item in read_listing("sitemap", fetched.body, fetched.final_url).items:
                    items.setdefault(item.key, item)
            except (FetchError, FeedError) as exc:
                if isinstance(exc, Stopped):
                    raise
                problems.append(f"{child}: {exc.reason if isinstance(exc, FetchError) else exc}")
        if not items and problems:
            raise FeedError("no sitemap of the index could be read: " + "; ".join(problems)[:300])
        warning = "; ".join(problems)[:300] or None
        return SourceListing(items=tuple(items.values()), warning=warning)

    def _fetch_page(self, source: Source, listed_at: str, item: FeedItem, record: ItemRecord | None,
                    title: str | None) -> None:
        stored = record is not None and record.article_id is not None
        try:
            fetched = self.client.get(
                item.url,
                etag=record.etag if stored and record else None,
                last_modified=record.last_modified if stored and record else None,
            )
            article = None if fetched.not_modified else page_article(source, item, fetched, title)
            self._events.put(_PageDone(source.name, listed_at, item, record, fetched, article))
        except Stopped:
            self._events.put(_PageDone(source.name, listed_at, item, record, stopped=True))
        except FetchError as exc:
            self._events.put(_PageDone(source.name, listed_at, item, record, error=exc.reason, retryable=exc.retryable))
        except PageError as exc:
            self._events.put(_PageDone(source.name, listed_at, item, record, error=str(exc), retryable=False))
        except Exception as exc:  # a bug or a library failure must not end the lane or the watch
            self._events.put(_PageDone(source.name, listed_at, item, record, error=f"internal error: {type(exc).__name__}: {exc}"))

    # --- events, in the poller's thread --------------------------------------------------------------

    def _listing_done(self, event: _ListingDone) -> None:
        poll = self._polls[event.source]
        if event.stopped:
            poll.interrupted = True
            self._finish(poll, "stopped")
            return
        if event.error is not None:
            self._batch.problems.append((event.source, poll.source.url, event.error))
            self._finish(poll, event.error)
            return
        assert event.fetched is not None
        poll.fetched = event.fetched
        if event.listing is None:
            self._finish(poll, "unchanged")
            return
        listing = event.listing
        poll.title = listing.title
        if listing.warning:
            self._batch.problems.append((event.source, poll.source.url, listing.warning))
        now = poll.started  # the listing's time: every item it lists is marked listed then
        records = self.state.items(event.source, [i.key for i in listing.items])
        stored = self.state.stored_urls(i.url for i in listing.items if i.key not in records)
        for item in listing.items:
            if listing.malformed:  # a cut entry's fingerprint is not the entry's: "" is "unknown"
                item = dataclasses.replace(item, fingerprint="")
            record = records.get(item.key)
            fetch = self._needs_fetch(poll.source, item, record, stored.get(item.url))
            if record is None:
                record = ItemRecord(event.source, item.key, item.url, item.fingerprint,
                                    article_id=stored.get(item.url), first_seen=now, last_listed=now)
                if fetch:  # saved when its page is handled
                    record = None
            else:
                record = dataclasses.replace(record, last_listed=now,
                                             fingerprint=item.fingerprint or record.fingerprint)
            if fetch:
                poll.pending.add(item.key)
                self._lanes.submit(item.url, lambda i=item, r=record, s=poll.source, t=listing.title, at=now:
                                   self._fetch_page(s, at, i, r, t))
            elif record is not None:
                self._batch.items[(event.source, item.key)] = record
        if not poll.pending:
            self._finish(poll, "ok")

    def _needs_fetch(self, source: Source, item: FeedItem, record: ItemRecord | None, stored_as: str | None) -> bool:
        if record is None:
            return stored_as is None  # stored already (another source, `marsad ingest`): not fetched again
        changed = bool(item.fingerprint) and bool(record.fingerprint) and record.fingerprint != item.fingerprint
        if record.article_id is None:
            return record.attempts < MAX_PAGE_ATTEMPTS or changed
        if changed:
            return True
        if source.recheck is None or record.fetched_at is None:
            return False
        age = time.time() - datetime.fromisoformat(record.fetched_at).timestamp()
        return age >= source.recheck

    def _page_done(self, event: _PageDone) -> None:
        poll = self._polls[event.source]
        poll.pending.discard(event.item.key)
        if event.stopped:
            poll.interrupted = True
        else:
            self._batch.pages.append(event)
        if not poll.pending:
            self._finish(poll, "stopped" if poll.interrupted else "ok")

    def _finish(self, poll: _Poll, outcome: str) -> None:
        self._batch.finished.append((poll, outcome))

    # --- committing ----------------------------------------------------------------------------------

    def _commit(self) -> None:
        """Commit the batch in hand. A batch that fails for another reason than the database (a bug
        reading one article, say) is committed again a page at a time, and a page that fails alone is
        recorded as a problem of its item and given up: one bad page never stops a watch. A database
        failure is raised: nothing of the batch was committed, and it is fetched again after a restart."""
        batch, self._batch = self._batch, _Batch()
        try:
            self._commit_batch(batch)
            # a watch runs for months: its memo tables are kept within a budget and the C heap's free
            # memory is returned, so memory stays level (marsad.memo)
            keep_within()
            give_back()
        except Exception as exc:
            if isinstance(exc, StoreError) or type(exc).__module__.split(".")[0] in ("sqlite3", "psycopg"):
                raise
            reason = f"could not be stored: {type(exc).__name__}: {str(exc)[:120]}"
            if len(batch.pages) <= 1:
                failed = [dataclasses.replace(p, article=None, error=reason, retryable=False) for p in batch.pages]
                self._commit_batch(dataclasses.replace(batch, pages=failed))
                return
            self.log(f"a batch of {len(batch.pages)} pages failed ({reason}); storing them one at a time")
            for page in batch.pages:
                self._batch = _Batch(pages=[page])
                self._commit()
            self._batch = dataclasses.replace(batch, pages=[])
            self._commit()

    def _commit_batch(self, batch: _Batch) -> None:
        at = utc_now()
        day = at[:10]
        days: dict[str, DayCounts] = {}
        problems = list(batch.problems)

        # read pages: clean them as `marsad ingest` does; one article per URL
        fetched = [p for p in batch.pages if p.article is not None]
        unique: dict[str, _PageDone] = {}
        for page in fetched:
            unique.setdefault(page.item.url, page)
        cleaning: list[Problem] = []
        cleaned = {a.url: a for a in load_articles([p.article for p in unique.values() if p.article], cleaning,
                                                   workers=1)}
        existing = self.state.stored_urls(unique)
        to_store: list[Article] = []
        unchanged: set[str] = set()
        for url, article in cleaned.items():
            if url in existing and self._same_text(existing[url], article):
                unchanged.add(url)
            else:
                to_store.append(article)

        outcome_added: list[tuple[str, str, str | None]] = []
        updated_urls: list[str] = []
        alerts_made = 0
        with self.state.transaction():
            report = self.store.ingest(to_store, batch_size=max(1, len(to_store)), stories=self.builder)
            rejected = dict(report.rejected)
            ids = self.state.stored_urls(a.url for a in to_store if a.url)
            added_urls = [a.url for a in to_store if a.url and a.url in ids and a.url not in existing]
            updated_urls = [a.url for a in to_store if a.url and a.url in existing]
            for page in batch.pages:
                record, error = self._settle(page, cleaned, ids, existing, rejected, at)
                batch.items[(page.source, page.item.key)] = record
                if error is not None:
                    problems.append((page.source, page.item.url, error))
            for source, url in ((p.source, p.item.url) for p in unique.values()):
                counts = days.setdefault(source, DayCounts())
                if url in added_urls:
                    counts.added += 1
                    self._polls_of(source, found_new=True)
                elif url in updated_urls:
                    counts.updated += 1
            for record in batch.items.values():
                self.state.save_item(record)
            for source, url, reason in problems:
                self.state.problem(source, at, url, reason)
                days.setdefault(source, DayCounts()).problems += 1
            for poll, outcome in batch.finished:
                self._close_poll(poll, outcome, at, days)
            for source, counts in days.items():
                self.state.count_day(source, day, counts)
            changes = self.state.story_changes(added_urls)
            # under their stored ids (an id already taken gets ~2): what the story's spans refer to
            by_id = {ids[url]: dataclasses.replace(cleaned[url], id=ids[url]) for url in added_urls}
            alerts_made = self._raise_alerts(changes, by_id, at)
            story_of = {a: c.story_id for c in changes for a in c.added}
            outcome_added = [(url, ids[url], story_of.get(ids[url])) for url in added_urls]
        # committed: tell the world
        for source, counts in days.items():
            status = self.status[source]
            status.new += counts.added
            status.updated += counts.updated
            status.errors += counts.problems
        for source, url, reason in problems:
            self.status[source].last_error = reason
            self.log(f"{source}: problem: {url or ''}: {reason}")
        self.summary.added += len(outcome_added)
        self.summary.updated += len(updated_urls)
        self.summary.problems += len(problems)
        self.summary.alerts += alerts_made
        self.summary.batches += 1
        if alerts_made:
            self._send_alerts()
        if self.on_batch is not None:
            self.on_batch(BatchOutcome(time.time(), tuple(outcome_added), tuple(updated_urls), alerts_made,
                                       tuple(to_store)))

    def _polls_of(self, source: str, *, found_new: bool) -> None:
        poll = self._polls.get(source)
        if poll is not None and found_new:
            poll.found_new = True

    def _same_text(self, article_id: str, article: Article) -> bool:
        try:
            stored = self.store.article(article_id)
        except KeyError:
            return False
        return stored.title == article.title and stored.extracted == article.extracted

    def _settle(self, page: _PageDone, cleaned: dict[str, Article], ids: dict[str, str], existing: dict[str, str],
                rejected: dict[str, str], at: str) -> tuple[ItemRecord, str | None]:
        """The item's new state after its page was handled, and the problem to record (if any)."""
        item, old = page.item, page.record
        base = old or ItemRecord(page.source, item.key, item.url, item.fingerprint, first_seen=page.listed_at,
                                 last_listed=page.listed_at)
        base = dataclasses.replace(base, url=item.url, last_listed=page.listed_at)
        if page.error is not None:
            attempts = base.attempts + 1 if page.retryable else MAX_PAGE_ATTEMPTS
            # a stored article keeps the entry it was stored from, so that an edit that failed is tried again
            fingerprint = base.fingerprint if base.article_id else item.fingerprint or base.fingerprint
            return dataclasses.replace(base, attempts=attempts, last_error=page.error, fingerprint=fingerprint), page.error
        assert page.fetched is not None
        validators = {"etag": page.fetched.etag, "last_modified": page.fetched.last_modified, "fetched_at": at}
        if page.fetched.not_modified:
            return dataclasses.replace(base, fetched_at=at, fingerprint=item.fingerprint or base.fingerprint), None
        article_id = ids.get(item.url) or existing.get(item.url)
        if article_id is None:
            article = page.article
            reason = rejected.get(article.id) if article is not None else None
            if item.url not in cleaned:
                reason = "no article text left once site residue was removed"
            reason = reason or "not stored"
            return dataclasses.replace(base, attempts=MAX_PAGE_ATTEMPTS, last_error=reason, **validators), reason
        return dataclasses.replace(base, article_id=article_id, fingerprint=item.fingerprint or base.fingerprint, attempts=0,
                                   last_error=None, **validators), None

    def _close_poll(self, poll: _Poll, outcome: str, at: str, days: dict[str, DayCounts]) -> None:
        name = poll.source.name
        self._polls.pop(name, None)
        status = self.status[name]
        status.busy = False
        if outcome == "stopped":
            return  # not recorded: the poll is made again at the next start
        counts = days.setdefault(name, DayCounts())
        counts.polls += 1
        self.summary.polls += 1
        status.polls += 1
        status.last_poll = time.time()
        if outcome == "unchanged":
            self.state.poll_unchanged(name, at)
            status.failing = False
            self.log(f"{name}: not modified")
        elif outcome == "ok":
            assert poll.fetched is not None
            self.state.poll_succeeded(name, at, listed_at=poll.started, etag=poll.fetched.etag,
                                      last_modified=poll.fetched.last_modified, found_new=poll.found_new)
            status.failing = False
            self.log(f"{name}: polled")
        else:
            counts.failed_polls += 1
            self.summary.failed_polls += 1
            self.state.poll_failed(name, at, outcome)
            status.failing = True

    # --- alerts ----------------------------------------------------------------------------------------

    def watchlists(self) -> list[Watchlist]:
        """The watchlists in force: the sources file's, then the store's (a store watchlist with the
        name of one in the file is left out: the file's wins)."""
        names = {w.name for w in self._toml_watchlists}
        stored = []
        for record in self.state.watchlists():
            if record.name not in names:
                try:
                    spec = WatchlistSpec(record.name, record.entities, record.words, record.outlets, record.webhook)
                except ValueError:
                    continue
                stored.append(Watchlist(spec))
        return [*self._toml_watchlists, *stored]

    def _raise_alerts(self, changes: list[StoryChange], new: dict[str, Article], at: str) -> int:
        if not changes:
            return 0
        watchlists = self.watchlists()
        if not watchlists:
            return 0
        made = 0
        for change in changes:
            story = self.store.story(change.story_id)
            articles = [new[i] for i in change.added if i in new]
            for watchlist in watchlists:
                found = watchlist.match(story, articles)
                if found is None:
                    continue
                matched, matching = found
                records = [_article_record(a) for a in matching]
                self.state.add_alert(watchlist.name, story.id, "new" if change.opened else "grown", story.title,
                                     records, matched, watchlist.spec.webhook or self.config.webhook, at)
                made += 1
        return made

    def _send_alerts(self) -> None:
        if self.config.alerts_jsonl is not None:
            write_jsonl(self.state, self.config.alerts_jsonl, self.config.politeness.site)
        if self.webhooks is not None:
            for alert in self.state.alerts(undelivered=True, limit=1000, max_attempts=1):
                self.webhooks.send(alert)

    def _record_deliveries(self) -> None:
        if self.webhooks is None:
            return
        for alert_id, error, at in self.webhooks.results():
            self.state.mark_delivery(alert_id, at, error)
            if error is not None:
                self.log(f"webhook: alert {alert_id}: {error}")


def _article_record(article: Article) -> dict[str, Any]:
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
            "published": article.published}

