"""The store interface and everything both backends share: ingest with versions, reading, search, digest.

A backend (:mod:`.sqlite`, :mod:`.postgres`) supplies a connection, its transactions, and the few
statements that differ between the databases (the full-text index and its query). Everything else —
which article is new, which is an update, what a story holds — is decided here, once, with the same SQL
on both: ``?`` placeholders (the PostgreSQL backend turns them into ``%s``), no literal ``?`` or ``%``
in any statement.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
import zlib
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, fields
from types import TracebackType
from typing import Any, Protocol, Self, get_type_hints

from ..cluster import StoryGroup, publication_day
from ..cluster.importance import rank_key
from ..cluster.incremental import Carried
from ..cluster.linkage import undated_density
from ..model import (
    Article,
    ArticleReading,
    BorrowedPassage,
    Digest,
    DuplicateGroup,
    Facet,
    Paragraph,
    Removal,
    Sentence,
    Span,
    Story,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from ..text.normalize import normalize_key
from ..text.tokenize import tokenize
from .entities import (
    EntityMatch,
    EntityProfile,
    find_entities,
    link_all,
    link_story,
    profile,
    rekey_names,
    story_entity_ids,
)
from .search import (
    IndexKeys,
    QueryError,
    close_variants,
    highlights,
    index_keys,
    query_terms,
    skeleton,
    snippet,
    token_keys,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "STORY_ORDERS",
    "Bulk",
    "IngestReport",
    "SearchFilters",
    "SearchHit",
    "Store",
    "StoreError",
    "StoryInfo",
    "StoryReading",
    "StoryUpdater",
    "content_hash",
]

DEFAULT_BATCH_SIZE = 200
MAX_SEARCH_LIMIT = 1000

# progress(stage, done, total), as in marsad.pipeline; called after each article is written.
Progress = Callable[[str, int, int | None], None]


class StoreError(RuntimeError):
    """The store cannot be opened or used (unreachable server, unknown URL, newer schema...)."""


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


def content_hash(article: Article) -> str:
    """SHA-256 of what makes an article's content: url, outlet, title and the input as received (or the
    extracted or clean text when the raw input was not kept). The id is left out: the same page read
    again under another id is the same article."""
    body = article.raw or article.extracted or article.text
    payload = json.dumps([article.url or "", article.outlet or "", article.title, body], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _day(published: str | None) -> str | None:
    """``YYYY-MM-DD`` of an ISO date or datetime, or None when ``published`` does not start with one."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).isoformat()
    except ValueError:
        return None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class IngestReport:
    """What an ingest did. ``renamed`` lists ``(given id, stored id)`` for articles whose id was already
    taken by a different article (another url); ``rejected`` lists ``(id, reason)`` for articles that
    could not be stored."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    batches: int = 0
    stories_opened: int = 0
    stories_grown: int = 0
    renamed: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)

    @property
    def seen(self) -> int:
        """Articles handled, whatever the outcome."""
        return self.added + self.updated + self.unchanged + len(self.rejected)

    def merge(self, other: IngestReport) -> None:
        """Add the counts and lists of ``other`` (a committed batch) to this report."""
        for name in ("added", "updated", "unchanged", "batches", "stories_opened", "stories_grown"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.renamed += other.renamed
        self.rejected += other.rejected


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Restrictions on search results: publication days (inclusive, ``YYYY-MM-DD``), outlet (as its
    normalized key), entity (a normalized name, and its stems as a phrase)."""

    date_from: str | None = None
    date_to: str | None = None
    outlet_key: str | None = None
    entity_key: str | None = None
    entity_phrase: tuple[str, ...] = ()


def filter_conditions(filters: SearchFilters, mark: str = "?") -> tuple[list[str], list[Any]]:
    """The day and outlet conditions of a search over ``article_versions v``, with their parameters
    (``mark`` is the backend's placeholder); the entity condition is each backend's own."""
    where: list[str] = []
    params: list[Any] = []
    for condition, value in (
        (f"v.day >= {mark}", filters.date_from),
        (f"v.day <= {mark}", filters.date_to),
        (f"v.outlet_key = {mark}", filters.outlet_key),
    ):
        if value:
            where.append(condition)
            params.append(value)
    return where, params


@dataclass(frozen=True)
class SearchHit:
    """One search result: the article's current version, its score (higher is better; comparable only
    within one search), the snippet window and matched words as spans of its clean text, matched words
    of its title as ``(start, end)`` offsets into ``article.title``, and the story holding it."""

    article: Article
    score: float
    snippet: Span
    highlights: tuple[Span, ...]
    title_highlights: tuple[tuple[int, int], ...]
    story: str | None


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """A line of the stories list: a story's id and title, how many articles it holds, the outlets they
    come from (by number of articles, then name), the publication days it spans and when it last changed."""

    id: str
    title: str
    size: int
    outlets: tuple[str, ...]
    first_day: str | None
    last_day: str | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class StoryReading:
    """A story as read out of its articles, with the duplicates and borrowed passages found among them."""

    story: Story
    duplicates: tuple[DuplicateGroup, ...] = ()
    borrowed: tuple[BorrowedPassage, ...] = ()


class StoryLookup:
    """What a store can tell a :class:`StoryUpdater` choosing candidate stories: which stored stories
    hold given profile terms, and the days stories span. Only lookups; the choice is the updater's."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def story_counts(self, terms: Sequence[str]) -> dict[str, int]:
        """How many stored stories hold each of ``terms`` (terms held by none are left out)."""
        store = self._store
        return {
            term: int(count)
            for chunk in _chunks(terms)
            for term, count in store._rows(
                f"SELECT term, COUNT(*) FROM story_terms WHERE term IN ({_marks(chunk)}) GROUP BY term", chunk
            )
        }

    def stories_of(self, terms: Sequence[str]) -> dict[str, list[int]]:
        """The stored stories (numbers) holding each of ``terms``."""
        found: dict[str, list[int]] = {}
        for chunk in _chunks(terms):
            for term, number in self._store._rows(
                f"SELECT term, story_id FROM story_terms WHERE term IN ({_marks(chunk)})", chunk
            ):
                found.setdefault(term, []).append(int(number))
        return found

    def spans(self, numbers: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """Each story's first and last day (ISO; None when it has no dated article)."""
        return {
            int(number): (first, last)
            for chunk in _chunks(numbers)
            for number, first, last in self._store._rows(
                f"SELECT id, first_day, last_day FROM stories WHERE id IN ({_marks(chunk)})", chunk
            )
        }


class StoryUpdater(Protocol):
    """How a store files articles into stories (:class:`marsad.store.stories.StoryBuilder`): the policy
    lives there, the store only looks things up and writes them down."""

    window_days: int  # how far apart in days two articles may be to be clustered together
    density_days: int  # articles within this many days of an article make its day's crowding
    read_stories: bool  # whether read() reads the articles (else a story gets its articles and facets only)

    def profile(self, article: Article) -> frozenset[str]:
        """Terms to look up candidate stories by (stored per story, matched against new articles)."""
        ...

    def candidates(self, articles: Sequence[Article], lookup: StoryLookup) -> Iterable[int]:
        """The stored stories (numbers) the new ``articles`` may join, found through ``lookup``."""
        ...

    def cluster(self, articles: Sequence[Article], density: Sequence[int], several_outlets: bool) -> list[StoryGroup]:
        """The stories of ``articles`` (a region: new articles and the stored stories they may join), with
        ``density[i]`` the number of stored articles within ``density_days`` of article ``i``, and
        ``several_outlets`` whether the store holds articles of two outlets or more."""
        ...

    def carry(self, stored: Mapping[int, Sequence[str]], groups: Sequence[StoryGroup]) -> Carried:
        """Which stored story id each of ``groups`` keeps, and which stored stories are merged away."""
        ...

    def stale(self, stamp: int, density: int) -> bool:
        """Whether a story clustered when its days held ``stamp`` articles must be clustered again."""
        ...

    def rank(self, outlets: int, articles: int, day: int | None) -> float:
        """The importance rank key of a story (higher first)."""
        ...

    @property
    def reading_stamp(self) -> str:
        """What the articles' own readings depend on besides the article (:func:`marsad.stages.
        reading_stamp`): a kept reading made under another stamp is not used."""
        ...

    def facets(self, members: Sequence[Article], facets: Sequence[Sequence[str]]) -> tuple[Facet, ...]:
        """The ``facets`` (article ids) of the story of ``members`` as its reading shows them: what changes
        alone when a stored story is clustered again with the same articles."""
        ...

    def read(
        self,
        story_id: str,
        members: Sequence[Article],
        facets: Sequence[Sequence[str]],
        readings: MutableMapping[str, ArticleReading],
    ) -> StoryReading:
        """The story made of ``members`` (in date order), with its ``facets`` (article ids), read out.
        ``readings`` holds the kept readings of its articles (by id); the ones made here are added to it."""
        ...


# Bound on the number of parameters in one IN (...) list: SQLite allows 32766, PostgreSQL 65535.
_IN_CHUNK = 5000

# Columns of article_versions in the order _article() reads them.
_VERSION_COLUMNS = (
    "v.row_id, v.article_id, v.title, v.outlet, v.published, v.url, v.source, v.raw, v.encoding, "
    "v.extracted, v.text, v.paragraphs, v.sentences, v.removed, v.meta, v.version"
)
# Date order with undated articles last, the same on both databases (they sort NULL differently).
_BY_DAY = "CASE WHEN v.day IS NULL THEN 1 ELSE 0 END, v.day, a.id"
# The story's reading as stored: each field of :class:`~marsad.model.Story` that the reading makes is a
# JSON column of the same name (its ``to_dict`` form, read back with ``from_dict`` and the field's type).
# The other fields come from elsewhere: id and articles from the rows, title a column of its own, days
# from the articles' dates, update made when asked for. A new reading field is a new column (a migration
# in schema.py) and nothing more here.
_NOT_READING = frozenset({"id", "title", "articles", "days", "update"})
_READING_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Story) if f.name not in _NOT_READING)
_READING_TYPES: dict[str, Any] = {
    name: hint for name, hint in get_type_hints(Story).items() if name in _READING_FIELDS
}
_STORY_COLUMNS = ", ".join(["s.id", "s.title", *(f"s.{name}" for name in _READING_FIELDS)])
# Orders of the story list: most important first (the default), latest, largest, last stored first.
STORY_ORDERS = {
    "importance": "s.rank_key DESC, s.id DESC",
    "recent": "CASE WHEN s.last_day IS NULL THEN 1 ELSE 0 END, s.last_day DESC, s.id DESC",
    "size": "s.size DESC, s.rank_key DESC, s.id DESC",
    "created": "s.id DESC",
}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _story_id(number: int) -> str:
    return f"s{number}"


def _story_number(story_id: str) -> int | None:
    """The row id of a story id (``s12`` -> 12); None for anything else, including digits that are not
    ASCII (``s²``) and numbers no database integer holds (found by fuzzing the web API: both were 500s)."""
    digits = story_id[1:]
    if story_id.startswith("s") and digits.isascii() and digits.isdigit() and len(digits) <= 18:
        return int(digits)
    return None


@dataclass
class _KeptDays:
    """Stored articles per day over ``span`` (first and last day, ISO), kept while stories are updated."""

    span: tuple[str, str] | None = None
    counts: dict[str, int] = field(default_factory=dict)


class _Crowding:
    """How many stored articles lie within ``within`` days of a day, from the counts per day (ISO days; a
    day not counted holds none)."""

    def __init__(self, counts: Mapping[str, int], within: int) -> None:
        # by day number: a story of a month is asked about every day it spans, against thousands of stories
        # on each new article's days (making ISO strings for each day asked was half the staleness check)
        self._by_day = {dt.date.fromisoformat(day).toordinal(): count for day, count in counts.items()}
        self._within = within

    def most(self, first: str, last: str) -> int:
        """The most articles within ``within`` days of any day from ``first`` to ``last`` (ISO)."""
        by_day, within = self._by_day, self._within
        start, stop = dt.date.fromisoformat(first).toordinal(), dt.date.fromisoformat(last).toordinal()
        around = sum(by_day.get(d, 0) for d in range(start - within, start + within + 1))
        best = around
        for day in range(start + 1, stop + 1):  # the window slides a day on
            around += by_day.get(day + within, 0) - by_day.get(day - within - 1, 0)
            best = max(best, around)
        return best


class Store(ABC):
    """Articles, their versions and stories in one database, searchable.

    Open one with :func:`marsad.store.open_store`. A store is also a context manager that closes it.
    Writes go through :meth:`ingest` or :meth:`bulk`; each batch is one transaction, so a crash leaves
    the batches before it stored and nothing of the one it interrupted. Ingest is idempotent: content
    already stored (same :func:`content_hash`) is skipped, so re-running an interrupted ingest completes
    it. Reads see committed batches only and never wait for a writer.

    One store object belongs to one thread; open another on the same URL to read while writing.
    """

    url: str
    dialect: str  # "sqlite" or "postgres": which statements of a schema Migration apply

    # --- what a backend provides ------------------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def _executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of a query one at a time, for reading whole tables (an export); a backend that can
        keeps them on the database side until asked for."""
        yield from self._rows(sql, params)

    @abstractmethod
    def _insert_returning_id(self, sql: str, params: Sequence[Any]) -> int:
        """Run an INSERT and return the new row's integer primary key."""

    # The id column and value a new story is inserted with, when the database would otherwise pick it
    # (``("", "")``). A story's id must never be used twice: a merged story's id redirects to the story
    # that took it (``story_redirects``), and a user's link to it must keep leading there.
    _NEW_STORY_ID: tuple[str, str] = ("", "")
    # the day counts read while stories are updated (see _day_counts); None outside an update
    _kept_days: _KeptDays | None = None

    @abstractmethod
    def _write(self) -> AbstractContextManager[None]:
        """A write transaction, serialized with every other writer of the store."""

    @abstractmethod
    def _read(self) -> AbstractContextManager[None]:
        """A consistent snapshot of committed data (or the current write transaction, inside one)."""

    @abstractmethod
    def _index(self, row_id: int, keys: IndexKeys) -> None: ...

    @abstractmethod
    def _unindex(self, row_id: int) -> None: ...

    @abstractmethod
    def _match(self, variants: Sequence[Sequence[str]], filters: SearchFilters, limit: int) -> list[tuple[int, float]]:
        """``(article_versions.row_id, score)`` of the current versions matching every term (each term
        given as its variants) and ``filters``, best first."""

    # the search index's column holding article_versions.row_id
    _index_key: str

    @abstractmethod
    def _check_database(self) -> list[str]:
        """The database's own consistency checks, as problem lines."""

    @abstractmethod
    def size_bytes(self) -> int:
        """Disk space the store's tables and indexes take."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------------

    def bulk(
        self,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        stories: StoryUpdater | None = None,
        progress: Progress = _no_progress,
    ) -> Bulk:
        """A context manager for bulk writes: ``with store.bulk() as b: b.add(article)``.

        Articles are written ``batch_size`` at a time, each batch in one transaction together with the
        story updates it causes (when ``stories`` is given). Leaving the block normally writes the last
        batch; leaving it by an exception drops the unwritten one. ``b.report`` says what was done.
        """
        return Bulk(self, batch_size, stories, progress)

    def ingest(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        stories: StoryUpdater | None = None,
        progress: Progress = _no_progress,
    ) -> IngestReport:
        """Store ``articles`` (cleaned, as :func:`marsad.pipeline.load_articles` returns them) and, with
        ``stories``, file them into stories; see :meth:`bulk`."""
        with self.bulk(batch_size=batch_size, stories=stories, progress=progress) as writer:
            for article in articles:
                writer.add(article)
        return writer.report

    def _write_batch(
        self, articles: Sequence[Article], stories: StoryUpdater | None, report: IngestReport, progress: Progress
    ) -> None:
        # counted apart and added to ``report`` once committed, so a failed batch counts for nothing
        batch = IngestReport(batches=1)
        with self._write():
            changed: list[str] = []
            terms: dict[str, str] = {}
            for article in articles:
                outcome, stored_id = self._put(article, terms)
                if outcome == "added":
                    batch.added += 1
                    if stored_id != article.id:
                        batch.renamed.append((article.id, stored_id))
                elif outcome == "updated":
                    batch.updated += 1
                elif outcome == "rejected":
                    batch.rejected.append((article.id, "contains NUL characters, which cannot be stored"))
                else:
                    batch.unchanged += 1
                if outcome in ("added", "updated") and stored_id not in changed:
                    changed.append(stored_id)
                progress("store", report.seen + batch.seen, None)
            self._executemany(
                "INSERT INTO search_terms (term, skeleton) VALUES (?, ?) ON CONFLICT (term) DO NOTHING",
                sorted(terms.items()),
            )
            if stories is not None and changed:
                batch.stories_opened, batch.stories_grown = self._update_stories(changed, stories)
        report.merge(batch)

    def _put(self, article: Article, terms: dict[str, str]) -> tuple[str, str]:
        """Write one article unless its content is stored or it cannot be stored; return the outcome
        (``added``, ``updated``, ``unchanged``, ``rejected``) and the stored id."""
        if any("\x00" in (value or "") for value in _text_fields(article)):
            # PostgreSQL text cannot hold NUL; refused on both backends so they hold the same articles
            return "rejected", article.id
        digest = content_hash(article)
        known = self._rows("SELECT article_id FROM article_versions WHERE content_hash = ?", (digest,))
        if known:
            return "unchanged", known[0][0]
        previous = None
        if article.url:
            previous = self._rows(
                "SELECT id, url, versions, current_row FROM articles WHERE url = ?", (article.url,)
            )
        if not previous:
            same_id = self._rows("SELECT id, url, versions, current_row FROM articles WHERE id = ?", (article.id,))
            # the same id with another url is another article that happens to share the id
            if same_id and (same_id[0][1] is None or article.url is None):
                previous = same_id
        if previous:
            stored_id, _, versions, old_row = previous[0]
            row = self._put_version(stored_id, versions + 1, article, digest)
            self._execute(
                "UPDATE articles SET current_row = ?, versions = ?, url = COALESCE(url, ?) WHERE id = ?",
                (row, versions + 1, article.url, stored_id),
            )
            self._unindex(old_row)
            outcome = "updated"
        else:
            stored_id = self._free_id(article.id)
            row = self._put_version(stored_id, 1, article, digest)
            self._execute(
                "INSERT INTO articles (id, url, current_row, versions, first_ingested) VALUES (?, ?, ?, 1, ?)",
                (stored_id, article.url, row, _now()),
            )
            outcome = "added"
        keys = index_keys(article.title, article.text)
        self._index(row, keys)
        for term in keys.terms():
            terms[term] = skeleton(term)
        return outcome, stored_id

    def _free_id(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while self._rows("SELECT 1 FROM articles WHERE id = ?", (candidate,)):
            n += 1
            candidate = f"{wanted}~{n}"
        return candidate

    def _put_version(self, article_id: str, version: int, article: Article, digest: str) -> int:
        return self._insert_returning_id(
            "INSERT INTO article_versions (article_id, version, content_hash, title, outlet, outlet_key, "
            "published, day, url, source, raw, encoding, extracted, text, paragraphs, sentences, removed, "
            "meta, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING row_id",
            (
                article_id,
                version,
                digest,
                article.title,
                article.outlet,
                normalize_key(article.outlet) if article.outlet else None,
                article.published,
                _day(article.published),
                article.url,
                article.source,
                article.raw,
                article.encoding,
                article.extracted,
                article.text,
                _json(to_dict(article.paragraphs)),
                _json(to_dict(article.sentences)),
                _json(to_dict(article.removed)),
                _json(to_dict(article.meta)),
                _now(),
            ),
        )

    # --- stories ----------------------------------------------------------------------------------

    def _update_stories(self, changed: Sequence[str], updater: StoryUpdater) -> tuple[int, int]:
        """File the changed articles into stories (:mod:`marsad.cluster.incremental`): the new articles and
        the stored stories they may join — and those whose days have grown more crowded since they were
        clustered — are clustered again together, the resulting stories written over the stored ones
        (keeping their ids, a story merged away redirecting to the one that took it), and every story
        that changed is read again. Return how many stories were opened and how many changed.

        An updated article (a new version) is clustered again with its story.
        """
        self._kept_days = _KeptDays()
        try:
            return self._file_into_stories(changed, updater)
        finally:
            self._kept_days = None

    def _file_into_stories(self, changed: Sequence[str], updater: StoryUpdater) -> tuple[int, int]:
        placed = {
            article_id: int(number)
            for chunk in _chunks(changed)
            for article_id, number in self._rows(
                f"SELECT id, story_id FROM articles WHERE story_id IS NOT NULL AND id IN ({_marks(chunk)})", chunk
            )
        }
        loose = self._light([i for i in changed if i not in placed])
        numbers = set(placed.values()) | self._candidate_stories(loose, updater)
        new_days = {d for a in loose if (d := _day(a.published))}
        numbers |= self._stale_stories(new_days, updater)
        numbers |= self._first_outlets_stories(loose)
        stored = self._members(sorted(numbers))
        region = loose + [a for number in sorted(stored) for a in stored[number]]
        if not region:
            return 0, 0
        density = self._densities([a.published for a in region], updater.density_days)
        groups = updater.cluster(region, density, self._several_outlets(region))
        members_of = {number: [a.id for a in articles] for number, articles in stored.items()}
        carried = updater.carry(members_of, groups)
        facets_before = {
            int(n): _facet_articles(f)
            for chunk in _chunks(sorted(stored))
            for n, f in self._rows(f"SELECT id, facets FROM stories WHERE id IN ({_marks(chunk)})", chunk)
        }
        opened = 0
        number_of: list[int] = []
        for kept in carried.ids:
            if kept is None:
                now = _now()
                kept = self._insert_returning_id(
                    f"INSERT INTO stories ({self._NEW_STORY_ID[0]}title, summary, entities, times, quantities, "
                    f"timeline, duplicates, borrowed, created_at, updated_at) VALUES ({self._NEW_STORY_ID[1]}'', "
                    "'[]', '[]', '[]', '[]', '[]', '[]', '[]', ?, ?) RETURNING id",
                    (now, now),
                )
                opened += 1
            number_of.append(kept)
        for gone, k in carried.merged.items():
            self._execute("DELETE FROM entity_mentions WHERE story_id = ?", (gone,))
            self._execute("DELETE FROM story_terms WHERE story_id = ?", (gone,))
            self._execute("DELETE FROM story_entities WHERE story_id = ?", (gone,))  # its own links go with it
            self._execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?", (number_of[k], gone))
            self._execute(
                "INSERT INTO story_redirects (old_id, new_id, merged_at) VALUES (?, ?, ?)", (gone, number_of[k], _now())
            )
        # Every article is filed in its story before any story is read again: a story is read from the articles
        # filed in it, and one read while an article it lost still pointed to it showed that article's dates,
        # names and figures (a karate championship's in the timeline of the Abha bombing's follow-ups, filing a
        # small day of SaudiNewsNet 2015-08-11 in four batches).
        for group, number in zip(groups, number_of, strict=True):
            self._executemany(
                "UPDATE articles SET story_id = ? WHERE id = ?", [(number, i) for i in group.articles]
            )
        touched = 0
        unchanged: list[int] = []
        for group, number in zip(groups, number_of, strict=True):
            before = sorted(members_of.get(number, ()))
            changed_here = before != sorted(group.articles) or any(i in placed for i in group.articles)
            if changed_here:
                self._reread_story(number, updater, group.facets)
                touched += 1
                continue
            if facets_before.get(number, []) != [list(f) for f in group.facets]:
                # The same articles folded into other facets (a region's graph differs from the last one's):
                # only the facets are written again. Reading the whole story again for them was most of filing
                # one new article into a store of 30,000 (a story of 214 reports read again for each of a
                # day's articles near it; bench/incremental.py, docs/performance.md).
                self._refacet_story(number, updater, group.facets)
            unchanged.append(number)
        # A stale story clustered again has been clustered at today's crowding, even when it came out the
        # same: its stamp is brought up to date, or it would be stale again, and clustered again, with
        # every article that followed (a thousand articles for each new one on a store of 3,000).
        stamps = self._crowding_stamps(
            {n: sorted(d for a in stored[n] if (d := _day(a.published))) for n in unchanged}, updater
        )
        self._executemany("UPDATE stories SET density = ? WHERE id = ?", [(stamp, n) for n, stamp in stamps.items()])
        # merged stories are gone once their articles point elsewhere
        for gone in carried.merged:
            self._execute("DELETE FROM stories WHERE id = ?", (gone,))
        return opened, touched - opened

    def _several_outlets(self, region: Sequence[Article]) -> bool:
        """Whether the store, the ``region`` being filed included, holds articles of two known outlets or more:
        a region of one outlet's articles in a store of many is clustered as the whole store would be."""
        known = {a.outlet for a in region if a.outlet}
        if len(known) != 1:
            return len(known) > 1
        return self._stored_outlet(other_than=next(iter(known))) is not None

    def _first_outlets_stories(self, loose: Sequence[Article]) -> set[int]:
        """Every story of two articles or more when the stories filed so far hold one known outlet's articles
        and ``loose`` (the articles being filed) brings another: the stories of a single site, kept together
        while it was the only one, are clustered again among several outlets (:mod:`marsad.cluster.outlets`),
        as one batch of all the articles clusters them. Two small queries when nothing changes."""
        arriving = {a.outlet for a in loose if a.outlet}
        filed = self._stored_outlet(filed=True) if arriving else None
        if filed is None or arriving == {filed} or self._stored_outlet(other_than=filed, filed=True) is not None:
            return set()
        return {int(number) for (number,) in self._rows("SELECT id FROM stories WHERE size >= 2")}

    def _stored_outlet(self, *, other_than: str | None = None, filed: bool = False) -> str | None:
        """A known outlet of the stored articles (any version; with ``filed``, of the current versions of the
        articles filed in stories), other than ``other_than``; None when there is none. One row at most."""
        where = "v.outlet IS NOT NULL AND v.outlet <> ''" + (" AND v.outlet <> ?" if other_than else "")
        source = (
            "article_versions v JOIN articles a ON v.row_id = a.current_row WHERE a.story_id IS NOT NULL AND "
            if filed else "article_versions v WHERE "
        )
        found = self._rows(f"SELECT v.outlet FROM {source}{where} LIMIT 1", (other_than,) if other_than else ())
        return found[0][0] if found else None

    def _light(self, ids: Sequence[str]) -> list[Article]:
        """The current versions of ``ids`` with only what clustering reads (title, text, outlet, date)."""
        found = {
            r[0]: Article(id=r[0], title=r[1], text=r[2], outlet=r[3], published=r[4])
            for chunk in _chunks(ids)
            for r in self._rows(
                "SELECT a.id, v.title, v.text, v.outlet, v.published FROM articles a JOIN article_versions v "
                f"ON v.row_id = a.current_row WHERE a.id IN ({_marks(chunk)})",
                chunk,
            )
        }
        return [found[i] for i in ids if i in found]

    def _members(self, numbers: Sequence[int]) -> dict[int, list[Article]]:
        """Every article of each story (as :meth:`_light` reads them), in date order."""
        members: dict[int, list[Article]] = {n: [] for n in numbers}
        for chunk in _chunks(numbers):
            for number, article_id, title, text, outlet, published in self._rows(
                "SELECT a.story_id, a.id, v.title, v.text, v.outlet, v.published FROM articles a "
                f"JOIN article_versions v ON v.row_id = a.current_row WHERE a.story_id IN ({_marks(chunk)}) "
                f"ORDER BY {_BY_DAY}",
                chunk,
            ):
                members[int(number)].append(Article(id=article_id, title=title, text=text, outlet=outlet, published=published))
        return {n: articles for n, articles in members.items() if articles}

    def _day_counts(self, low: str, high: str) -> dict[str, int]:
        """How many stored articles each day from ``low`` to ``high`` holds (current versions).

        While stories are updated (:meth:`_update_stories`, after the batch's articles are written) the
        counts cannot change, and they are asked for many times over (the new articles' crowding, the
        stale stories', each story read again): the days counted are kept until the update ends (a
        fifth of the time of one new article on a store of 10,000, counted again each time)."""
        kept = self._kept_days
        if kept is not None and kept.span is not None and kept.span[0] <= low and high <= kept.span[1]:
            return {day: count for day, count in kept.counts.items() if low <= day <= high}
        if kept is not None and kept.span is not None:
            low, high = min(low, kept.span[0]), max(high, kept.span[1])
        counts = {
            day: int(count)
            for day, count in self._rows(
                "SELECT v.day, COUNT(*) FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                "WHERE v.day >= ? AND v.day <= ? GROUP BY v.day",
                (low, high),
            )
        }
        if kept is not None:
            kept.span, kept.counts = (low, high), counts
        return counts

    def _densities(self, published: Sequence[str | None], within: int) -> list[int]:
        """For each date, how many stored articles lie within ``within`` days of it; an undated article gets
        :func:`~marsad.cluster.linkage.undated_density` of the dated ones' counts (the stored undated ones
        when none of ``published`` is dated), as a batch gives it."""
        days = sorted({d for p in published if (d := _day(p))})
        counts: dict[str, int] = {}
        if days:
            low = (dt.date.fromisoformat(days[0]) - dt.timedelta(days=within)).isoformat()
            high = (dt.date.fromisoformat(days[-1]) + dt.timedelta(days=within)).isoformat()
            counts = self._day_counts(low, high)
        result: list[int | None] = []
        for p in published:
            day = _day(p)
            if day is None:
                result.append(None)
                continue
            base = dt.date.fromisoformat(day)
            result.append(
                max(
                    sum(counts.get((base + dt.timedelta(days=k)).isoformat(), 0) for k in range(-within, within + 1)),
                    1,
                )
            )
        dated = [c for c in result if c is not None]
        if len(dated) == len(result):
            return dated
        undated = 0
        if not dated:
            ((undated,),) = self._rows(
                "SELECT COUNT(*) FROM articles a JOIN article_versions v ON v.row_id = a.current_row WHERE v.day IS NULL"
            )
        fill = undated_density(dated, int(undated))
        return [fill if c is None else c for c in result]

    def _stale_stories(self, days: set[str], updater: StoryUpdater) -> set[int]:
        """Stories on the days near ``days`` whose crowding grew past their stamp (see
        :func:`marsad.cluster.incremental.stale`)."""
        if not days:
            return set()
        reach = dt.timedelta(days=updater.density_days)
        low = (dt.date.fromisoformat(min(days)) - reach).isoformat()
        high = (dt.date.fromisoformat(max(days)) + reach).isoformat()
        rows = self._rows(
            "SELECT id, density, first_day, last_day FROM stories WHERE last_day >= ? AND first_day <= ?", (low, high)
        )
        if not rows:
            return set()
        spans = [(int(n), int(stamp), first, last) for n, stamp, first, last in rows]
        wide_low = min(first for _, _, first, _ in spans)
        wide_high = max(last for _, _, _, last in spans)
        counts = self._day_counts(
            (dt.date.fromisoformat(wide_low) - reach).isoformat(), (dt.date.fromisoformat(wide_high) + reach).isoformat()
        )
        crowding = _Crowding(counts, updater.density_days)
        return {number for number, stamp, first, last in spans if updater.stale(stamp, crowding.most(first, last))}

    def _crowding_stamps(self, days_of: Mapping[int, Sequence[str]], updater: StoryUpdater) -> dict[int, int]:
        """Each story's crowding now (its stamp once clustered: see :meth:`_stale_stories`), from the days
        of its articles (sorted; none: 0). The day counts are read once for all of them."""
        dated = [days for days in days_of.values() if days]
        if not dated:
            return dict.fromkeys(days_of, 0)
        reach = dt.timedelta(days=updater.density_days)
        counts = self._day_counts(
            (dt.date.fromisoformat(min(d[0] for d in dated)) - reach).isoformat(),
            (dt.date.fromisoformat(max(d[-1] for d in dated)) + reach).isoformat(),
        )
        crowding = _Crowding(counts, updater.density_days)
        return {number: crowding.most(days[0], days[-1]) if days else 0 for number, days in days_of.items()}

    def _candidate_stories(self, articles: Sequence[Article], updater: StoryUpdater) -> set[int]:
        """Stored stories the new ``articles`` may join, as the updater chooses them from what the store
        looks up for it (:class:`StoryLookup`)."""
        if not articles:
            return set()
        return set(updater.candidates(articles, StoryLookup(self)))


    def _refacet_story(self, number: int, updater: StoryUpdater, facets: Sequence[Sequence[str]]) -> None:
        """Write story ``number``'s ``facets`` (article ids) as its reading shows them, nothing else read again.
        Its ``updated_at`` stays: the same reports folded otherwise are no news to whoever follows the story
        (the feed of changed stories, ``store/watch.py``)."""
        members = [article for _, article in self._story_rows(number)]
        self._execute(
            "UPDATE stories SET facets = ? WHERE id = ?", (_json(to_dict(updater.facets(members, facets))), number)
        )

    def _reread_story(self, number: int, updater: StoryUpdater, facets: Sequence[Sequence[str]] | None = None) -> None:
        """Read story ``number`` again from its articles (with ``facets``, or the stored ones) and write
        the reading, its importance, its crowding stamp, its search terms and entity mentions."""
        rows = self._story_rows(number)
        members = [article for _, article in rows]
        if facets is None:
            ((stored,),) = self._rows("SELECT facets FROM stories WHERE id = ?", (number,))
            facets = _facet_articles(stored)
        row_of = {article.id: row for row, article in rows}
        kept = self._kept_readings(sorted(row_of.values()), updater.reading_stamp) if updater.read_stories else {}
        readings = {i: kept[row] for i, row in row_of.items() if row in kept}
        reading = updater.read(_story_id(number), members, facets, readings)
        self._executemany(
            "INSERT INTO article_readings (row_id, made_with, reading) VALUES (?, ?, ?) ON CONFLICT (row_id) "
            "DO UPDATE SET made_with = excluded.made_with, reading = excluded.reading",
            [
                (row_of[i], updater.reading_stamp, _packed(made))
                for i, made in readings.items()
                if i in row_of and row_of[i] not in kept
            ],
        )
        story = reading.story
        days = sorted(d for d in (_day(a.published) for a in members) if d)
        outlets = len({a.outlet or f"?{a.id}" for a in members})
        last = publication_day(days[-1]) if days else dt.date.today().toordinal()
        stamp = self._crowding_stamps({number: days}, updater)[number]
        self._execute(
            "UPDATE stories SET title = ?, first_day = ?, last_day = ?, "
            + "".join(f"{name} = ?, " for name in _READING_FIELDS)
            + "duplicates = ?, borrowed = ?, size = ?, outlets = ?, rank_key = ?, density = ?, updated_at = ? "
            "WHERE id = ?",
            (
                story.title,
                days[0] if days else None,
                days[-1] if days else None,
                *(_json(to_dict(getattr(story, name))) for name in _READING_FIELDS),
                _json(to_dict(reading.duplicates)),
                _json(to_dict(reading.borrowed)),
                len(members),
                outlets,
                updater.rank(outlets, len(members), last),
                stamp,
                _now(),
                number,
            ),
        )
        self._execute("DELETE FROM entity_mentions WHERE story_id = ?", (number,))
        mentions = {
            (normalize_key(name), mention.article, entity.id)
            for entity in story.entities
            for mention in entity.mentions
            for name in (entity.name, *entity.variants, mention.text)
        }
        self._executemany(
            "INSERT INTO entity_mentions (story_id, entity_id, article_id, key) VALUES (?, ?, ?, ?)",
            [(number, entity_id, article_id, key) for key, article_id, entity_id in sorted(mentions) if key],
        )
        link_story(self, number, story.entities)
        self._execute("DELETE FROM story_terms WHERE story_id = ?", (number,))
        terms = sorted(set().union(*(updater.profile(a) for a in members)))
        self._executemany("INSERT INTO story_terms (term, story_id) VALUES (?, ?)", [(t, number) for t in terms])

    def _backfill_stories(self) -> None:
        """Schema version 4: size, outlet count and importance rank of the stories stored before it (their
        facets stay empty until they are read again, :meth:`reread_stories`)."""
        from ..settings import DEFAULT  # the rank of stories stored without an updater at hand

        rows = self._rows(
            "SELECT a.story_id, a.id, v.outlet, v.day FROM articles a JOIN article_versions v "
            "ON v.row_id = a.current_row WHERE a.story_id IS NOT NULL"
        )
        found: dict[int, tuple[set[str], list[str], list[str]]] = {}
        for number, article_id, outlet, day in rows:
            outlets, days, ids = found.setdefault(int(number), (set(), [], []))
            outlets.add(outlet or f"?{article_id}")
            ids.append(article_id)
            if day:
                days.append(day)
        for number, (outlets, days, ids) in found.items():
            size = len(ids)
            last = publication_day(max(days)) if days else None
            rank = rank_key(len(outlets), size, last, DEFAULT.cluster.recency_days)
            self._execute(
                "UPDATE stories SET size = ?, outlets = ?, rank_key = ? WHERE id = ?", (size, len(outlets), rank, number)
            )

    def _kept_readings(self, rows: Sequence[int], stamp: str) -> dict[int, ArticleReading]:
        """The readings kept under ``stamp`` of the article versions ``rows`` (by row)."""
        found: dict[int, ArticleReading] = {}
        for chunk in _chunks(rows):
            found.update(
                (int(row), _unpacked(data))
                for row, data in self._rows(
                    f"SELECT row_id, reading FROM article_readings WHERE made_with = ? AND row_id IN ({_marks(chunk)})",
                    (stamp, *chunk),
                )
            )
        return found

    def _story_rows(self, number: int) -> list[tuple[int, Article]]:
        """Each article of story ``number`` in date order, with the row of its current version."""
        rows = self._rows(
            f"SELECT {_VERSION_COLUMNS} FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
            f"WHERE a.story_id = ? ORDER BY {_BY_DAY}",
            (number,),
        )
        return [(int(r[0]), _article(r)) for r in rows]

    def _stories_from_rows(self, rows: Iterable[tuple[Any, ...]]) -> list[Story]:
        rows = list(rows)
        if not rows:
            return []
        members: dict[int, list[str]] = {int(r[0]): [] for r in rows}
        days: dict[int, set[str]] = {int(r[0]): set() for r in rows}
        for chunk in _chunks(sorted(members)):
            for article_id, number, day in self._rows(
                "SELECT a.id, a.story_id, v.day FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                f"WHERE a.story_id IN ({_marks(chunk)}) ORDER BY {_BY_DAY}",
                chunk,
            ):
                members[int(number)].append(article_id)
                if day:
                    days[int(number)].add(day)
        return [
            Story(
                id=_story_id(int(r[0])),
                title=r[1],
                articles=tuple(members[int(r[0])]),
                days=tuple(sorted(days[int(r[0])])),
                **{
                    name: _load(_READING_TYPES[name], value)
                    for name, value in zip(_READING_FIELDS, r[2:], strict=True)
                },
            )
            for r in rows
        ]

    # --- reading ----------------------------------------------------------------------------------

    def _current(self, ids: Sequence[str]) -> list[Article]:
        by_id = {
            r[1]: _article(r)
            for chunk in _chunks(ids)
            for r in self._rows(
                f"SELECT {_VERSION_COLUMNS} FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                f"WHERE a.id IN ({_marks(chunk)})",
                chunk,
            )
        }
        return [by_id[i] for i in ids if i in by_id]

    def article(self, article_id: str, version: int | None = None) -> Article:
        """The current version of an article, or the given ``version`` (1 is the first stored).

        Raises KeyError when there is no such article or version.
        """
        with self._read():
            if version is None:
                found = self._current([article_id])
            else:
                found = [
                    _article(r)
                    for r in self._rows(
                        f"SELECT {_VERSION_COLUMNS} FROM article_versions v WHERE v.article_id = ? AND v.version = ?",
                        (article_id, version),
                    )
                ]
        if not found:
            raise KeyError(article_id if version is None else f"{article_id} version {version}")
        return found[0]

    def versions(self, article_id: str) -> list[Article]:
        """Every stored version of an article, oldest first (empty when unknown)."""
        with self._read():
            rows = self._rows(
                f"SELECT {_VERSION_COLUMNS} FROM article_versions v WHERE v.article_id = ? ORDER BY v.version",
                (article_id,),
            )
        return [_article(r) for r in rows]

    def articles(self, *, date_from: str | None = None, date_to: str | None = None) -> Iterator[Article]:
        """Current versions of the stored articles, by day then id, optionally within publication days
        ``date_from``..``date_to`` (inclusive, ``YYYY-MM-DD``; undated articles only without a range).

        Reads in one snapshot, materialized before the first article is yielded."""
        where, params = _day_range(date_from, date_to)
        with self._read():
            rows = self._rows(
                f"SELECT {_VERSION_COLUMNS} FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                f"WHERE 1 = 1{where} ORDER BY {_BY_DAY}",
                params,
            )
        return (_article(r) for r in rows)

    def count(self) -> tuple[int, int, int]:
        """``(articles, versions, stories)`` stored."""
        with self._read():
            ((articles,),) = self._rows("SELECT COUNT(*) FROM articles")
            ((versions,),) = self._rows("SELECT COUNT(*) FROM article_versions")
            ((stories,),) = self._rows("SELECT COUNT(*) FROM stories")
        return int(articles), int(versions), int(stories)

    def stories(self, order: str = "importance") -> list[Story]:
        """Every story, most important first (``order``: see :data:`STORY_ORDERS`)."""
        with self._read():
            return self._all_stories(order)

    def _all_stories(self, order: str = "importance") -> list[Story]:
        if order not in STORY_ORDERS:
            raise QueryError(f"unknown order {order!r}: one of {', '.join(STORY_ORDERS)}")
        rows = self._rows(f"SELECT {_STORY_COLUMNS} FROM stories s ORDER BY {STORY_ORDERS[order]}")
        return self._stories_from_rows(rows)

    def story(self, story_id: str) -> Story:
        """One story by id (``s12``); a story merged into another is found under its new id (see
        :meth:`resolve_story`). Raises KeyError when unknown."""
        with self._read():
            number = self._resolve(_story_number(story_id))
            rows = self._rows(f"SELECT {_STORY_COLUMNS} FROM stories s WHERE s.id = ?", (number or -1,))
            found = self._stories_from_rows(rows)
        if not found:
            raise KeyError(story_id)
        return found[0]

    def resolve_story(self, story_id: str) -> str:
        """The id a story is stored under now: ``story_id`` itself, or, when that story was merged into
        another as articles arrived, the id of the story it is part of. Raises KeyError when unknown."""
        with self._read():
            number = self._resolve(_story_number(story_id))
        if number is None:
            raise KeyError(story_id)
        return _story_id(number)

    def _resolve(self, number: int | None) -> int | None:
        if number is None:
            return None
        if self._rows("SELECT 1 FROM stories WHERE id = ?", (number,)):
            return number
        moved = self._rows("SELECT new_id FROM story_redirects WHERE old_id = ?", (number,))
        # redirects are kept pointing at live stories when a target is merged in turn (_update_stories)
        return int(moved[0][0]) if moved else None

    def story_list(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        limit: int = 50,
        offset: int = 0,
        order: str = "importance",
    ) -> tuple[list[StoryInfo], int]:
        """A page of the stories, most important first (``order``, see :data:`STORY_ORDERS`: ``recent`` is
        by the day of their newest article, undated last), and how many stories match in all.

        ``date_from``/``date_to`` (``YYYY-MM-DD``, inclusive) keep stories whose span of days meets the
        range; ``outlet`` keeps stories with an article from that outlet (matched on its normalized key);
        ``entity`` keeps stories where that name, or a variant of it, was found as an entity. Raises
        :class:`~marsad.store.search.QueryError` with a message for the user on a bad filter.
        """
        if not 1 <= limit <= MAX_SEARCH_LIMIT:
            raise QueryError(f"the limit must be between 1 and {MAX_SEARCH_LIMIT}")
        if offset < 0:
            raise QueryError("the offset cannot be negative")
        if order not in STORY_ORDERS:
            raise QueryError(f"unknown order {order!r}: one of {', '.join(STORY_ORDERS)}")
        where, params = "", []
        if date_from is not None:
            where += " AND s.last_day >= ?"
            params.append(_check_day(date_from, "date_from"))
        if date_to is not None:
            where += " AND s.first_day <= ?"
            params.append(_check_day(date_to, "date_to"))
        if outlet is not None:
            where += (
                " AND s.id IN (SELECT a.story_id FROM articles a JOIN article_versions v "
                "ON v.row_id = a.current_row WHERE v.outlet_key = ? AND a.story_id IS NOT NULL)"
            )
            params.append(_filter_key(outlet, "outlet"))
        if entity is not None:
            where += " AND s.id IN (SELECT m.story_id FROM entity_mentions m WHERE m.key = ?)"
            params.append(_filter_key(entity, "entity"))
        with self._read():
            ((total,),) = self._rows(f"SELECT COUNT(*) FROM stories s WHERE 1 = 1{where}", params)
            rows = self._rows(
                f"SELECT s.id, s.title, s.first_day, s.last_day, s.updated_at FROM stories s WHERE 1 = 1{where} "
                f"ORDER BY {STORY_ORDERS[order]} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            numbers = [int(r[0]) for r in rows]
            outlets: dict[int, Counter[str]] = {n: Counter() for n in numbers}
            sizes: Counter[int] = Counter()
            for chunk in _chunks(numbers):
                for number, name in self._rows(
                    "SELECT a.story_id, v.outlet FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                    f"WHERE a.story_id IN ({_marks(chunk)})",
                    chunk,
                ):
                    sizes[int(number)] += 1
                    if name:
                        outlets[int(number)][name] += 1
        infos = [
            StoryInfo(
                id=_story_id(number),
                title=title,
                size=sizes[number],
                outlets=tuple(name for name, _ in sorted(outlets[number].items(), key=lambda o: (-o[1], o[0]))),
                first_day=first,
                last_day=last,
                updated_at=updated,
            )
            for number, (_, title, first, last, updated) in zip(numbers, rows, strict=True)
        ]
        return infos, int(total)

    def story_links(self, story_id: str) -> tuple[tuple[DuplicateGroup, ...], tuple[BorrowedPassage, ...]]:
        """The duplicate groups and borrowed passages found among a story's articles; KeyError when unknown."""
        number = _story_number(story_id)
        with self._read():
            rows = self._rows("SELECT duplicates, borrowed FROM stories WHERE id = ?", (number or -1,))
        if not rows:
            raise KeyError(story_id)
        ((duplicates, borrowed),) = rows
        return _load(tuple[DuplicateGroup, ...], duplicates), _load(tuple[BorrowedPassage, ...], borrowed)

    def stored_since(self, since: str, story_id: str | None = None) -> dict[str, list[str]]:
        """The articles first stored at or after ``since`` (an ISO time in UTC with seconds and offset,
        ``2021-07-25T08:00:00+00:00``, as the store writes ingest times), by the id of the story holding
        them (only story ``story_id`` when given), stories in id order and articles in story order. A new
        version of an article stored earlier does not count: it is the same report, corrected."""
        where, params = "", [since]
        if story_id is not None:
            where, params = " AND a.story_id = ?", [since, _story_number(story_id) or -1]
        with self._read():
            rows = self._rows(
                "SELECT a.story_id, a.id FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                f"WHERE a.first_ingested >= ? AND a.story_id IS NOT NULL{where} ORDER BY a.story_id, {_BY_DAY}",
                params,
            )
        grown: dict[str, list[str]] = {}
        for number, article_id in rows:
            grown.setdefault(_story_id(int(number)), []).append(article_id)
        return grown

    def story_of(self, article_id: str) -> str | None:
        """The id of the story holding an article (None when the article is in none); KeyError when the
        article is unknown."""
        with self._read():
            rows = self._rows("SELECT story_id FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise KeyError(article_id)
        return _story_id(int(rows[0][0])) if rows[0][0] is not None else None

    # --- entities across stories (marsad.store.entities) --------------------------------------------

    def entity(self, entity_id: str) -> EntityProfile:
        """One entity across every story (``ent-12``): its stories, variants, roles, quotes, each outlet's
        names for it; KeyError when unknown."""
        return profile(self, entity_id)

    def find_entities(self, name: str, limit: int = 20) -> list[EntityMatch]:
        """The entities ``name`` is a spelling of (any variant the stories used), most stories first."""
        return find_entities(self, name, limit)

    def story_entity_ids(self, story_id: str) -> dict[str, str]:
        """A story's entity ids (``e1``) -> their ids across stories (``ent-12``)."""
        return story_entity_ids(self, _story_number(story_id) or -1)

    def _backfill_entities(self) -> None:
        """Schema version 6: link the entities of the stories stored before it, from what they hold."""
        from .entities import link_in_transaction

        link_in_transaction(self)

    def _rekey_entity_names(self) -> None:
        """Schema version 8: the name keys made again (``عبد`` joined), entities with one name merged."""
        rekey_names(self)

    def link_entities(self) -> int:
        """Link the entities of every stored story to entities across stories, from what the stories
        hold (stores written before schema version 6); return how many stories were linked."""
        return link_all(self)

    def reread_stories(self, updater: StoryUpdater, progress: Progress = _no_progress) -> int:
        """Read every stored story again from its articles (after an upgrade of marsad's readers, or of
        the schema: stories written before schema version 2 have no quotes, claims or naming until read
        again), one transaction per story; return how many were read."""
        with self._read():
            numbers = [int(r[0]) for r in self._rows("SELECT id FROM stories ORDER BY id")]
        for done, number in enumerate(numbers, 1):
            with self._write():
                self._reread_story(number, updater)
            progress("stories", done, len(numbers))
        return len(numbers)

    def digest(self) -> Digest:
        """Everything stored, as the pipeline's :class:`~marsad.model.Digest`: current articles, stories
        with their readings, and the duplicates and borrowed passages found within each story."""
        with self._read():
            articles = tuple(
                _article(r)
                for r in self._rows(
                    f"SELECT {_VERSION_COLUMNS} FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                    f"ORDER BY {_BY_DAY}"
                )
            )
            stories = self._all_stories()
            extras = self._rows("SELECT duplicates, borrowed FROM stories ORDER BY id")
        duplicates = tuple(d for dups, _ in extras for d in _load(tuple[DuplicateGroup, ...], dups))
        borrowed = tuple(b for _, bor in extras for b in _load(tuple[BorrowedPassage, ...], bor))
        return Digest(articles=articles, stories=tuple(stories), duplicates=duplicates, borrowed=borrowed)

    def check(self) -> list[str]:
        """Problems with the store's consistency, one line each (empty when all is well): every article
        has its current version and its version count, the search index holds exactly the current
        versions, no story is empty, no story's entities are named in an article outside it, and the database's
        own checks pass. Reads only: never waits for
        a writer."""
        key = self._index_key
        checks = (
            ("articles without their current version",
             "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v "
             "WHERE v.row_id = a.current_row AND v.article_id = a.id)"),
            ("articles whose version count is wrong",
             "SELECT COUNT(*) FROM articles a WHERE a.versions <> "
             "(SELECT COUNT(*) FROM article_versions v WHERE v.article_id = a.id)"),
            ("current versions missing from the search index",
             f"SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_index i WHERE i.{key} = a.current_row)"),
            ("search index entries that are not current versions",
             f"SELECT COUNT(*) FROM search_index i WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.current_row = i.{key})"),
            ("stories without articles",
             "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)"),
            # a story read from articles it no longer holds (its reading names them)
            ("entity mentions in an article outside their story",
             "SELECT COUNT(*) FROM entity_mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a "
             "WHERE a.id = m.article_id AND a.story_id = m.story_id)"),
        )
        problems = []
        with self._read():
            for label, sql in checks:
                ((count,),) = self._rows(sql)
                if count:
                    problems.append(f"{count} {label}")
        return problems + self._check_database()

    # --- search -----------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        """Articles (current versions) holding every word of ``query``, best first.

        Words match whatever their spelling variant, attached clitics and light suffixes (see
        :mod:`marsad.store.search`); transliterated names also match their spellings one long vowel
        apart. ``date_from``/``date_to`` bound the publication day (inclusive, ``YYYY-MM-DD``); ``outlet``
        is matched on its normalized key; ``entity`` keeps articles where the story's entity extraction
        found that name (or a variant of it), or whose text holds it as a phrase.

        Raises :class:`~marsad.store.search.QueryError` with a message for the user when the query or a
        filter cannot be used; no input reaches the database other than as a bound parameter.
        """
        terms = query_terms(query)
        if not 1 <= limit <= MAX_SEARCH_LIMIT:
            raise QueryError(f"the limit must be between 1 and {MAX_SEARCH_LIMIT}")
        filters = SearchFilters(
            date_from=_check_day(date_from, "--from"),
            date_to=_check_day(date_to, "--to"),
            outlet_key=_filter_key(outlet, "--outlet") if outlet is not None else None,
            entity_key=_filter_key(entity, "--entity") if entity is not None else None,
            entity_phrase=_phrase(entity) if entity is not None else (),
        )
        with self._read():
            variants = [close_variants(t, self._skeleton_terms(t)) for t in terms]
            matched = self._match(variants, filters, limit)
            rows = self._rows(
                f"SELECT {_VERSION_COLUMNS}, a.story_id FROM article_versions v JOIN articles a "
                f"ON a.id = v.article_id WHERE v.row_id IN ({_marks(matched)})",
                [row for row, _ in matched],
            ) if matched else []
        found = {r[0]: (_article(r[:-1]), r[-1]) for r in rows}
        wanted = {v for group in variants for v in group}
        hits = []
        for row, score in matched:
            article, story_number = found[row]
            window = snippet(article.text, wanted)
            hits.append(
                SearchHit(
                    article=article,
                    score=score,
                    snippet=Span(article.id, window.start, window.end),
                    highlights=tuple(Span(article.id, s, e) for s, e in window.highlights),
                    title_highlights=tuple(highlights(article.title, wanted)),
                    story=_story_id(int(story_number)) if story_number is not None else None,
                )
            )
        return hits

    def _skeleton_terms(self, term: str) -> list[str]:
        return [r[0] for r in self._rows("SELECT term FROM search_terms WHERE skeleton = ?", (skeleton(term),))]


class Bulk:
    """Bulk writer of :meth:`Store.bulk`: collects articles and writes them a batch at a time."""

    def __init__(self, store: Store, batch_size: int, stories: StoryUpdater | None, progress: Progress) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.store = store
        self.batch_size = batch_size
        self.stories = stories
        self.progress = progress
        self.report = IngestReport()
        self._pending: list[Article] = []

    def add(self, article: Article) -> None:
        """Queue ``article``; a full batch is written (committed) at once."""
        self._pending.append(article)
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the queued articles as one transaction."""
        if self._pending:
            batch, self._pending = self._pending, []
            self.store._write_batch(batch, self.stories, self.report, self.progress)

    def __enter__(self) -> Bulk:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.flush()
        else:
            self._pending = []


# --- helpers --------------------------------------------------------------------------------------


def _facet_articles(stored: Any) -> list[list[str]]:
    """The article ids of each stored facet (the ``facets`` column: :class:`~marsad.model.Facet` dicts)."""
    return [list(f["articles"]) for f in _parsed(stored)]


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" for _ in items)


def _chunks(items: Sequence[Any]) -> Iterator[list[Any]]:
    """``items`` in lists short enough for one IN (...) of either database."""
    for start in range(0, len(items), _IN_CHUNK):
        yield list(items[start : start + _IN_CHUNK])


def _parsed(value: Any) -> Any:
    """A JSON column's value: text from SQLite (and from PostgreSQL, see postgres._JsonText)."""
    return json.loads(value) if isinstance(value, str) else value


def _load(tp: Any, value: Any) -> Any:
    return from_dict(tp, _parsed(value))


def _packed(reading: ArticleReading) -> bytes:
    """An article's reading as stored: its JSON, zlib-compressed (7 kB of JSON take 1.6 kB)."""
    return zlib.compress(to_json(reading).encode("utf-8"))


def _unpacked(data: bytes | memoryview) -> ArticleReading:
    return from_json(ArticleReading, zlib.decompress(data).decode("utf-8"))


def _article(row: Sequence[Any]) -> Article:
    (_, article_id, title, outlet, published, url, source, raw, encoding, extracted, text, paragraphs,
     sentences, removed, meta, _version) = row
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        source=source,
        raw=raw,
        encoding=encoding,
        extracted=extracted,
        # built directly rather than through model.from_dict: loading stories' articles is a hot path
        paragraphs=tuple(Paragraph(**p) for p in _parsed(paragraphs)),
        sentences=tuple(Sentence(**s) for s in _parsed(sentences)),
        removed=tuple(Removal(**r) for r in _parsed(removed)),
        meta=_parsed(meta),
    )


def _text_fields(article: Article) -> Iterator[str | None]:
    yield from (article.id, article.title, article.outlet, article.published, article.url, article.source)
    yield from (article.raw, article.encoding, article.extracted, article.text, json.dumps(article.meta))


def _check_day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{option} wants a date as YYYY-MM-DD, not {value!r}") from None


def _day_range(date_from: str | None, date_to: str | None) -> tuple[str, list[str]]:
    where, params = "", []
    if date_from:
        where += " AND v.day >= ?"
        params.append(_check_day(date_from, "date_from"))
    if date_to:
        where += " AND v.day <= ?"
        params.append(_check_day(date_to, "date_to"))
    return where, params


def _filter_key(value: str, option: str) -> str:
    """The normalized key of a filter value, without control characters (PostgreSQL refuses NUL)."""
    key = normalize_key("".join(ch for ch in value if unicodedata.category(ch) != "Cc"))
    if not key:
        raise QueryError(f"{option} is empty")
    return key


def _phrase(name: str) -> tuple[str, ...]:
    phrase = tuple(k for k in (token_keys(t)[0] for t in tokenize(name)) if k)
    if not phrase:
        raise QueryError("the entity filter has no words")
    return phrase
