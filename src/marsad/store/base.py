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
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Protocol, Self

from ..model import (
    Article,
    BorrowedPassage,
    Claim,
    Digest,
    DuplicateGroup,
    Entity,
    Naming,
    Paragraph,
    Quantity,
    Quote,
    Removal,
    Sentence,
    Span,
    Story,
    SummarySentence,
    TimeExpr,
    TimelineEntry,
    from_dict,
    to_dict,
)
from ..text.normalize import normalize_key
from ..text.tokenize import tokenize
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
    "Bulk",
    "Candidate",
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
class Candidate:
    """A stored story (``story_id``) that the new articles ``for_articles`` (ids) may join, with its
    latest articles (at most :data:`MEMBERS_PER_CANDIDATE`) as a sample of what it is about."""

    story_id: str
    members: tuple[Article, ...]
    for_articles: frozenset[str]


@dataclass(frozen=True, slots=True)
class StoryReading:
    """A story as read out of its articles, with the duplicates and borrowed passages found among them."""

    story: Story
    duplicates: tuple[DuplicateGroup, ...] = ()
    borrowed: tuple[BorrowedPassage, ...] = ()


class StoryUpdater(Protocol):
    """How a store files new articles into stories (:class:`marsad.store.stories.StoryBuilder`)."""

    window_days: int

    def profile(self, article: Article) -> frozenset[str]:
        """Terms to look up candidate stories by (stored per story, matched against new articles)."""
        ...

    def assign(self, articles: Sequence[Article], candidates: Sequence[Candidate]) -> list[tuple[str | None, list[str]]]:
        """Every article id of ``articles`` once, in groups, each with the candidate story id it joins or
        None to open a new story."""
        ...

    def read(self, story_id: str, members: Sequence[Article]) -> StoryReading:
        """The story made of ``members`` (in date order), read out."""
        ...


# Finding candidate stories for new articles (the blocking step before the similarity of the story
# updater decides): a stored story is a candidate for an article when they share at least
# MIN_SHARED_TERMS profile terms (title and lead stems) and lie within the time window; the
# CANDIDATES_PER_ARTICLE sharing the most are kept. Terms found in more than MAX_TERM_STORIES stories
# (a country name in a national corpus) are too common to tell stories apart and are not looked up.
MIN_SHARED_TERMS = 2
CANDIDATES_PER_ARTICLE = 5
MEMBERS_PER_CANDIDATE = 5
MAX_TERM_STORIES = 200
# Bound on the number of parameters in one IN (...) list: SQLite allows 32766, PostgreSQL 65535.
_IN_CHUNK = 5000

# Columns of article_versions in the order _article() reads them.
_VERSION_COLUMNS = (
    "v.row_id, v.article_id, v.title, v.outlet, v.published, v.url, v.source, v.raw, v.encoding, "
    "v.extracted, v.text, v.paragraphs, v.sentences, v.removed, v.meta, v.version"
)
# Date order with undated articles last, the same on both databases (they sort NULL differently).
_BY_DAY = "CASE WHEN v.day IS NULL THEN 1 ELSE 0 END, v.day, a.id"
_LATEST_FIRST = "CASE WHEN v.day IS NULL THEN 1 ELSE 0 END, v.day DESC, a.id"
_STORY_COLUMNS = (
    "s.id, s.title, s.summary, s.entities, s.times, s.quantities, s.timeline, s.duplicates, s.borrowed, "
    "s.quotes, s.claims, s.naming"
)


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
        """File the changed articles into stories and read every story that changed again; return how
        many stories were opened and how many existing ones grew or changed.

        An updated article (a new version) stays in its story; only articles without one are assigned.
        """
        placed = {
            article_id: int(number)
            for chunk in _chunks(changed)
            for article_id, number in self._rows(
                f"SELECT id, story_id FROM articles WHERE story_id IS NOT NULL AND id IN ({_marks(chunk)})", chunk
            )
        }
        touched: set[int] = set(placed.values())
        loose = self._current([i for i in changed if i not in placed])
        opened = 0
        if loose:
            candidates = self._candidate_stories(loose, updater)
            known = {c.story_id for c in candidates}
            assigned = updater.assign(loose, candidates)
            if sorted(i for _, ids in assigned for i in ids) != sorted(a.id for a in loose):
                raise ValueError("the story updater must place every new article exactly once")
            for story_id, ids in assigned:
                if story_id is None:
                    now = _now()
                    number = self._insert_returning_id(
                        "INSERT INTO stories (title, summary, entities, times, quantities, timeline, duplicates, "
                        "borrowed, created_at, updated_at) VALUES ('', '[]', '[]', '[]', '[]', '[]', '[]', "
                        "'[]', ?, ?) RETURNING id",
                        (now, now),
                    )
                    opened += 1
                elif story_id in known:
                    number = int(story_id[1:])
                else:
                    raise ValueError(f"the story updater chose {story_id!r}, which was not a candidate")
                touched.add(number)
                self._executemany("UPDATE articles SET story_id = ? WHERE id = ?", [(number, i) for i in ids])
        for number in sorted(touched):
            self._reread_story(number, updater)
        return opened, len(touched) - opened

    def _candidate_stories(self, articles: Sequence[Article], updater: StoryUpdater) -> list[Candidate]:
        """Stored stories the new ``articles`` may join (see :data:`MIN_SHARED_TERMS`), each with its
        latest articles."""
        profiles = {a.id: updater.profile(a) for a in articles}
        terms = sorted(set().union(*profiles.values()))
        common = {
            term
            for chunk in _chunks(terms)
            for term, stories in self._rows(
                f"SELECT term, COUNT(*) FROM story_terms WHERE term IN ({_marks(chunk)}) GROUP BY term", chunk
            )
            if stories > MAX_TERM_STORIES
        }
        usable = [t for t in terms if t not in common]
        stories_of: dict[str, list[int]] = {}
        for chunk in _chunks(usable):
            for term, number in self._rows(
                f"SELECT term, story_id FROM story_terms WHERE term IN ({_marks(chunk)})", chunk
            ):
                stories_of.setdefault(term, []).append(int(number))
        numbers = sorted({n for found in stories_of.values() for n in found})
        spans = {
            int(number): (first, last)
            for chunk in _chunks(numbers)
            for number, first, last in self._rows(
                f"SELECT id, first_day, last_day FROM stories WHERE id IN ({_marks(chunk)})", chunk
            )
        }
        window = dt.timedelta(days=updater.window_days)
        chosen: dict[int, set[str]] = {}
        for article in articles:
            shared = Counter(n for t in profiles[article.id] for n in stories_of.get(t, ()))
            day = _day(article.published)
            low = (dt.date.fromisoformat(day) - window).isoformat() if day else None
            high = (dt.date.fromisoformat(day) + window).isoformat() if day else None
            near = [
                (count, number)
                for number, count in shared.items()
                if count >= MIN_SHARED_TERMS
                and (low is None or spans[number][0] is None or (spans[number][1] >= low and spans[number][0] <= high))
            ]
            for _, number in sorted(near, reverse=True)[:CANDIDATES_PER_ARTICLE]:
                chosen.setdefault(number, set()).add(article.id)
        if not chosen:
            return []
        members: dict[int, list[Article]] = {n: [] for n in chosen}
        ordered = sorted(chosen)
        for chunk in _chunks(ordered):
            for article_id, number, title, text, published, _ in self._rows(
                "SELECT * FROM (SELECT a.id, a.story_id, v.title, v.text, v.published, ROW_NUMBER() OVER "
                f"(PARTITION BY a.story_id ORDER BY {_LATEST_FIRST}) AS n FROM articles a JOIN article_versions v "
                f"ON v.row_id = a.current_row WHERE a.story_id IN ({_marks(chunk)})) ranked WHERE n <= ? "
                "ORDER BY story_id, n",
                [*chunk, MEMBERS_PER_CANDIDATE],
            ):
                members[int(number)].append(Article(id=article_id, text=text, title=title, published=published))
        return [Candidate(_story_id(n), tuple(members[n]), frozenset(chosen[n])) for n in ordered]

    def _reread_story(self, number: int, updater: StoryUpdater) -> None:
        members = self._story_articles(number)
        reading = updater.read(_story_id(number), members)
        story = reading.story
        days = sorted(d for d in (_day(a.published) for a in members) if d)
        self._execute(
            "UPDATE stories SET title = ?, first_day = ?, last_day = ?, summary = ?, entities = ?, times = ?, "
            "quantities = ?, timeline = ?, duplicates = ?, borrowed = ?, quotes = ?, claims = ?, naming = ?, "
            "updated_at = ? WHERE id = ?",
            (
                story.title,
                days[0] if days else None,
                days[-1] if days else None,
                _json(to_dict(story.summary)),
                _json(to_dict(story.entities)),
                _json(to_dict(story.times)),
                _json(to_dict(story.quantities)),
                _json(to_dict(story.timeline)),
                _json(to_dict(reading.duplicates)),
                _json(to_dict(reading.borrowed)),
                _json(to_dict(story.quotes)),
                _json(to_dict(story.claims)),
                _json(to_dict(story.naming)),
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
        self._execute("DELETE FROM story_terms WHERE story_id = ?", (number,))
        terms = sorted(set().union(*(updater.profile(a) for a in members)))
        self._executemany("INSERT INTO story_terms (term, story_id) VALUES (?, ?)", [(t, number) for t in terms])

    def _story_articles(self, number: int) -> list[Article]:
        rows = self._rows(
            f"SELECT {_VERSION_COLUMNS} FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
            f"WHERE a.story_id = ? ORDER BY {_BY_DAY}",
            (number,),
        )
        return [_article(r) for r in rows]

    def _stories_from_rows(self, rows: Iterable[tuple[Any, ...]]) -> list[Story]:
        rows = list(rows)
        if not rows:
            return []
        members: dict[int, list[str]] = {int(r[0]): [] for r in rows}
        for chunk in _chunks(sorted(members)):
            for article_id, number in self._rows(
                "SELECT a.id, a.story_id FROM articles a JOIN article_versions v ON v.row_id = a.current_row "
                f"WHERE a.story_id IN ({_marks(chunk)}) ORDER BY {_BY_DAY}",
                chunk,
            ):
                members[int(number)].append(article_id)
        return [
            Story(
                id=_story_id(int(r[0])),
                title=r[1],
                articles=tuple(members[int(r[0])]),
                summary=_load(tuple[SummarySentence, ...], r[2]),
                entities=_load(tuple[Entity, ...], r[3]),
                times=_load(tuple[TimeExpr, ...], r[4]),
                quantities=_load(tuple[Quantity, ...], r[5]),
                timeline=_load(tuple[TimelineEntry, ...], r[6]),
                quotes=_load(tuple[Quote, ...], r[9]),
                claims=_load(tuple[Claim, ...], r[10]),
                naming=_load(tuple[Naming, ...], r[11]),
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

    def stories(self) -> list[Story]:
        """Every story, latest first (by the day of its newest article; undated ones last)."""
        with self._read():
            return self._all_stories()

    def _all_stories(self) -> list[Story]:
        rows = self._rows(
            f"SELECT {_STORY_COLUMNS}, s.last_day FROM stories s "
            "ORDER BY CASE WHEN s.last_day IS NULL THEN 1 ELSE 0 END, s.last_day DESC, s.id"
        )
        return self._stories_from_rows(r[:-1] for r in rows)

    def story(self, story_id: str) -> Story:
        """One story by id (``s12``); raises KeyError when unknown."""
        number = _story_number(story_id)
        with self._read():
            rows = self._rows(f"SELECT {_STORY_COLUMNS} FROM stories s WHERE s.id = ?", (number or -1,))
            found = self._stories_from_rows(rows)
        if not found:
            raise KeyError(story_id)
        return found[0]

    def story_list(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[StoryInfo], int]:
        """A page of the stories, latest first (by the day of their newest article, undated last), and how
        many stories match in all.

        ``date_from``/``date_to`` (``YYYY-MM-DD``, inclusive) keep stories whose span of days meets the
        range; ``outlet`` keeps stories with an article from that outlet (matched on its normalized key);
        ``entity`` keeps stories where that name, or a variant of it, was found as an entity. Raises
        :class:`~marsad.store.search.QueryError` with a message for the user on a bad filter.
        """
        if not 1 <= limit <= MAX_SEARCH_LIMIT:
            raise QueryError(f"the limit must be between 1 and {MAX_SEARCH_LIMIT}")
        if offset < 0:
            raise QueryError("the offset cannot be negative")
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
                "ORDER BY CASE WHEN s.last_day IS NULL THEN 1 ELSE 0 END, s.last_day DESC, s.id DESC "
                "LIMIT ? OFFSET ?",
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
        versions, no story is empty, and the database's own checks pass. Reads only: never waits for
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
