"""The store's schema, as forward migrations written once per backend.

Both backends hold the same tables and columns; only types and the full-text index differ (SQLite: an
FTS5 table; PostgreSQL: a ``tsvector`` column with a GIN index). ``schema_version`` has one row per
applied migration. Opening a store applies, in one transaction, every migration newer than the stored
version; a store newer than this code is refused rather than guessed at.

To change the schema, append a :class:`Migration` with the next version number; never edit one that
has shipped (stores in the field have already applied it).

Tables (version 1):

``articles``
    one row per article, whatever its versions: ``id`` (stable: what spans and stories refer to),
    ``url``, ``current_row`` (the ``article_versions`` row shown), ``versions``, ``story_id``.
``article_versions``
    one row per distinct content: raw input as received and its ``encoding``, ``extracted`` and clean
    ``text``, ``paragraphs``/``sentences``/``removed``/``meta`` (JSON), metadata, ``content_hash``
    (unique: the same content is stored once), ``day`` (``YYYY-MM-DD`` of ``published``, for filters).
``stories``
    ``title``, the date span of its articles (``first_day``/``last_day``, for the time window), and the
    story's readings as JSON: ``summary``, ``entities``, ``times``, ``quantities``, ``timeline``,
    ``quotes``, ``claims`` and ``naming`` (schema version 2), plus the ``duplicates`` and ``borrowed``
    passages among its articles.
``entity_mentions``
    which article of which story mentions which entity, by normalized name or variant (``key``): the
    entity filter of search.
``story_terms``
    the title and lead stems of each story's articles: how new articles find candidate stories.
``story_redirects`` (version 4)
    ``old_id`` -> ``new_id`` for each story merged into another as articles arrived, so that its id stays
    resolvable; kept pointing at a live story.

Version 4 also gives ``stories`` its ``facets`` (JSON), ``size``, ``outlets``, ``rank_key`` (importance,
the default order of story lists) and ``density`` (the crowding of its days when last clustered).
``search_index`` / ``search_terms``
    the full-text index of current versions (keys from :mod:`marsad.store.search`) and the vocabulary
    of indexed terms with their consonant skeleton, for spelling variants of a query term.
``api_tokens`` (schema version 3)
    the web app's API tokens (:mod:`marsad.store.tokens`): public ``id``, SHA-256 ``token_hash``,
    ``scope`` (read, ingest, admin), ``name``, ``created_at``, ``revoked_at``.
``entities`` / ``entity_names`` / ``story_entities`` (schema version 6)
    one row per person, organization or place across every story (``id``: a number, shown as
    ``ent-12``; ``type``; ``name``, its fullest name so far); the name keys (:func:`marsad.extract.resolve.
    name_key`) that lead to it — ``kind`` ``name`` (a variant: one entity per key and type) or ``surname``
    (a person's last word, shared by several people) —; and which entity each story's local entity
    (``e1``, ``e2``...) is. See :mod:`marsad.store.entities`.
``article_readings`` (schema version 7)
    each article version's own reading (``row_id``; ``reading``: entity mentions, times, figures and
    quotes, :class:`marsad.model.ArticleReading` as zlib-compressed JSON) and ``made_with`` (:func:`marsad.stages.
    reading_stamp`), so that a story read again as it grows reads only its new articles.
``entity_redirects`` (schema version 8)
    ``old_id`` -> ``new_id`` for each entity merged into another when a story showed them to be one (see
    :mod:`marsad.store.entities`), kept pointing at a live entity. Version 8 also makes the name keys again,
    ``عبد`` now joined to the name after it (``عبد الله`` and ``عبدالله`` are one key).

Tables of ``marsad watch`` (version 5; read and written by :mod:`marsad.store.watch`):

``watch_sources``
    each watched source's feed validators (``etag``, ``last_modified``) and health: last poll, last
    success, last whole listing read (not a 304), last error with its time, since when it has been
    failing, when it last gave a new article.
``watch_items``
    every item a source listed (``source``, ``item_key``): its page ``url``, the entry's ``fingerprint``,
    the page's validators, the ``article_id`` it was stored as, attempts and the last error.
``watch_days``
    per source and day (UTC): polls, failed polls, articles added and updated, problems.
``watch_problems``
    every failure, with its time, source, URL and reason (what ``marsad sources status`` shows).
``watchlists``
    watchlists kept in the store (``marsad watchlist add``): entities, words, outlets as JSON lists.
``alerts``
    each alert: watchlist, story, ``kind`` (``new`` or ``grown``), the articles that caused it and what
    matched (JSON), and its delivery: ``written_at`` (JSON lines file), ``delivered_at``/``attempts``/
    ``last_error`` (webhook).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration"]


@dataclass(frozen=True, slots=True)
class Migration:
    """Statements that take a store from ``version - 1`` to ``version``, per backend."""

    version: int
    description: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]
    # a Store method run after the statements, in the same transaction, to fill what SQL cannot
    backfill: str = ""


# Column lists shared by both dialects; {id}, {json}, {fk_story} are the dialect's spellings.
_ARTICLES = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT UNIQUE,
    current_row BIGINT NOT NULL,
    versions INTEGER NOT NULL,
    story_id BIGINT REFERENCES stories(id),
    first_ingested TEXT NOT NULL
)"""

_VERSIONS = """
CREATE TABLE article_versions (
    row_id {id},
    article_id TEXT NOT NULL REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    outlet TEXT,
    outlet_key TEXT,
    published TEXT,
    day TEXT,
    url TEXT,
    source TEXT,
    raw TEXT NOT NULL,
    encoding TEXT NOT NULL,
    extracted TEXT NOT NULL,
    text TEXT NOT NULL,
    paragraphs {json} NOT NULL,
    sentences {json} NOT NULL,
    removed {json} NOT NULL,
    meta {json} NOT NULL,
    ingested_at TEXT NOT NULL,
    UNIQUE (article_id, version)
)"""

_STORIES = """
CREATE TABLE stories (
    id {id},
    title TEXT NOT NULL,
    first_day TEXT,
    last_day TEXT,
    summary {json} NOT NULL,
    entities {json} NOT NULL,
    times {json} NOT NULL,
    quantities {json} NOT NULL,
    timeline {json} NOT NULL,
    duplicates {json} NOT NULL,
    borrowed {json} NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)"""

_MENTIONS = """
CREATE TABLE entity_mentions (
    story_id BIGINT NOT NULL REFERENCES stories(id),
    entity_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    key TEXT NOT NULL,
    PRIMARY KEY (key, article_id, story_id, entity_id)
)"""

_TERMS = "CREATE TABLE search_terms (term TEXT PRIMARY KEY, skeleton TEXT NOT NULL)"

_STORY_TERMS = """
CREATE TABLE story_terms (
    term TEXT NOT NULL,
    story_id BIGINT NOT NULL REFERENCES stories(id),
    PRIMARY KEY (term, story_id)
)"""

_INDEXES = (
    "CREATE INDEX articles_story ON articles (story_id)",
    "CREATE INDEX article_versions_article ON article_versions (article_id)",
    "CREATE INDEX article_versions_day ON article_versions (day)",
    "CREATE INDEX article_versions_outlet ON article_versions (outlet_key)",
    "CREATE INDEX stories_days ON stories (last_day, first_day)",
    "CREATE INDEX entity_mentions_story ON entity_mentions (story_id)",
    "CREATE INDEX search_terms_skeleton ON search_terms (skeleton)",
    "CREATE INDEX story_terms_story ON story_terms (story_id)",
)


def _tables(id_type: str, json_type: str) -> tuple[str, ...]:
    return (
        _STORIES.format(id=id_type, json=json_type),
        _ARTICLES,
        _VERSIONS.format(id=id_type, json=json_type),
        _MENTIONS,
        _TERMS,
        _STORY_TERMS,
    )


# Version 2: stories keep everything the pipeline reads out of them (quotes with speakers, claims with
# agreement and conflict, each outlet's names). Stories written by version 1 have these empty until they
# are read again: ``Store.reread_stories`` does it.
_READINGS_V2 = tuple(
    f"ALTER TABLE stories ADD COLUMN {column} {{json}} NOT NULL DEFAULT '[]'" for column in ("quotes", "claims", "naming")
)

# Version 3: API tokens for the web app (marsad.store.tokens). Only a SHA-256 of each token is kept: the
# token itself is shown once, when it is made. ``id`` is the token's public part (its prefix), by which
# it is listed and revoked; ``revoked_at`` is set instead of deleting the row, so a list shows both.
_TOKENS = """
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
)"""

# Version 4: stories have facets (their angles), an importance rank key (marsad.cluster.importance) with
# the size and outlet count it comes from, and the crowding of their days when they were last clustered
# (marsad.cluster.incremental.stale); a story merged into another as articles arrived leaves a redirect.
# ``Store._backfill_stories`` fills size, outlets and rank for stories stored before.
_FACETS_V4 = (
    "ALTER TABLE stories ADD COLUMN facets {json} NOT NULL DEFAULT '[]'",
    "ALTER TABLE stories ADD COLUMN size INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE stories ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE stories ADD COLUMN rank_key {real} NOT NULL DEFAULT 0",
    "ALTER TABLE stories ADD COLUMN density INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX stories_rank ON stories (rank_key)",
    "CREATE TABLE story_redirects (old_id BIGINT PRIMARY KEY, new_id BIGINT NOT NULL, merged_at TEXT NOT NULL)",
)

# Version 5: the state of `marsad watch` (sources, listed items, daily counts, problems), watchlists and
# alerts. Additive: no table of versions 1-4 changes.
_WATCH_V5 = (
    """
CREATE TABLE watch_sources (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_poll TEXT,
    last_success TEXT,
    last_listing TEXT,
    last_error TEXT,
    last_error_at TEXT,
    failing_since TEXT,
    last_new TEXT
)""",
    """
CREATE TABLE watch_items (
    source TEXT NOT NULL,
    item_key TEXT NOT NULL,
    url TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    article_id TEXT,
    etag TEXT,
    last_modified TEXT,
    first_seen TEXT NOT NULL,
    last_listed TEXT NOT NULL,
    fetched_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    PRIMARY KEY (source, item_key)
)""",
    """
CREATE TABLE watch_days (
    source TEXT NOT NULL,
    day TEXT NOT NULL,
    polls INTEGER NOT NULL DEFAULT 0,
    failed_polls INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    problems INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, day)
)""",
    """
CREATE TABLE watch_problems (
    id {id},
    source TEXT NOT NULL,
    at TEXT NOT NULL,
    url TEXT,
    reason TEXT NOT NULL
)""",
    """
CREATE TABLE watchlists (
    name TEXT PRIMARY KEY,
    entities {json} NOT NULL,
    words {json} NOT NULL,
    outlets {json} NOT NULL,
    webhook TEXT,
    created_at TEXT NOT NULL
)""",
    """
CREATE TABLE alerts (
    id {id},
    watchlist TEXT NOT NULL,
    story_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    articles {json} NOT NULL,
    matched {json} NOT NULL,
    webhook TEXT,
    created_at TEXT NOT NULL,
    written_at TEXT,
    delivered_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
)""",
    "CREATE INDEX watch_items_url ON watch_items (url)",
    "CREATE INDEX watch_problems_source ON watch_problems (source, at)",
    "CREATE INDEX alerts_watchlist ON alerts (watchlist, id)",
)


# Version 6: one entity across stories (marsad.store.entities). ``Store._backfill_entities`` links the
# stories stored before it from what they hold.
def _entities_v6(id_type: str) -> tuple[str, ...]:
    return (
        f"CREATE TABLE entities (id {id_type}, type TEXT NOT NULL, name TEXT NOT NULL, "
        "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE TABLE entity_names (kind TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL, "
        "entity_id BIGINT NOT NULL REFERENCES entities(id), PRIMARY KEY (kind, type, key, entity_id))",
        "CREATE TABLE story_entities (story_id BIGINT NOT NULL REFERENCES stories(id), local_id TEXT NOT NULL, "
        "entity_id BIGINT NOT NULL REFERENCES entities(id), PRIMARY KEY (story_id, local_id))",
        "CREATE INDEX entity_names_entity ON entity_names (entity_id)",
        "CREATE INDEX entity_names_key ON entity_names (key)",
        "CREATE INDEX story_entities_entity ON story_entities (entity_id)",
    )


# Version 7: each article version's own reading (marsad.model.ArticleReading, as zlib-compressed JSON:
# 7 kB of JSON take 1.6 kB), kept to read its story again as the story grows (marsad.stages.read_article),
# under the stamp of what made it (marsad.stages.reading_stamp): a reading made by other code or settings
# is made again. A cache: it is left out of exports and filled again when stories are read.
# And an index of articles by their current version: counting the stored articles per day (each story
# update asks it) joined every article to its version, 55 ms a query at 30,000 articles against 1-8 ms
# through the day index and this one.
def _readings_v7(binary: str) -> tuple[str, ...]:
    return (
        "CREATE TABLE article_readings (row_id BIGINT PRIMARY KEY REFERENCES article_versions(row_id), "
        f"made_with TEXT NOT NULL, reading {binary} NOT NULL)",
        "CREATE INDEX articles_current ON articles (current_row)",
    )


# Version 8: store entities merged when a story shows two to be one (marsad.store.entities.merge_entity).
_ENTITY_REDIRECTS = "CREATE TABLE entity_redirects (old_id BIGINT PRIMARY KEY, new_id BIGINT NOT NULL, merged_at TEXT NOT NULL)"


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles with versions and raw input, stories, entity mentions, full-text index",
        sqlite=(
            *_tables("INTEGER PRIMARY KEY", "TEXT"),
            *_INDEXES,
            # Keys are made by marsad.store.search and joined by spaces; unicode61 only splits them
            # again ('.' kept inside numbers such as 2.5) and must not fold anything further.
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "title, body, alt, tokenize = \"unicode61 remove_diacritics 0 tokenchars '.'\")",
        ),
        postgres=(
            *_tables("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "JSONB"),
            *_INDEXES,
            # The tsvector is built from our keys (title weight A, body B, alternative stems D), never
            # by to_tsvector, so PostgreSQL's parser and dictionaries play no part.
            "CREATE TABLE search_index ("
            "row_id BIGINT PRIMARY KEY REFERENCES article_versions(row_id), doc TSVECTOR NOT NULL)",
            "CREATE INDEX search_index_doc ON search_index USING GIN (doc)",
        ),
    ),
    Migration(
        2,
        "stories keep their quotes, claims and naming table",
        sqlite=tuple(s.format(json="TEXT") for s in _READINGS_V2),
        postgres=tuple(s.format(json="JSONB") for s in _READINGS_V2),
    ),
    Migration(3, "API tokens of the web app, stored hashed", sqlite=(_TOKENS,), postgres=(_TOKENS,)),
    Migration(
        4,
        "stories have facets, an importance rank and a crowding stamp; merged stories redirect",
        sqlite=tuple(s.format(json="TEXT", real="REAL") for s in _FACETS_V4),
        postgres=tuple(s.format(json="JSONB", real="DOUBLE PRECISION") for s in _FACETS_V4),
        backfill="_backfill_stories",
    ),
    Migration(
        5,
        "marsad watch: sources, listed items, daily counts, problems; watchlists and alerts",
        sqlite=tuple(s.format(id="INTEGER PRIMARY KEY", json="TEXT") for s in _WATCH_V5),
        postgres=tuple(
            s.format(id="BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", json="JSONB") for s in _WATCH_V5
        ),
    ),
    Migration(
        6,
        "entities with ids that hold across stories, the names that lead to them, each story's links",
        sqlite=_entities_v6("INTEGER PRIMARY KEY"),
        postgres=_entities_v6("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
        backfill="_backfill_entities",
    ),
    Migration(
        7,
        "each article's own reading (entities, times, figures, quotes), kept to read its story again; "
        "articles indexed by their current version",
        sqlite=_readings_v7("BLOB"),
        postgres=_readings_v7("BYTEA"),
    ),
    Migration(
        8,
        "an entity found to be another redirects to it; name keys join عبد to the name after it",
        sqlite=(_ENTITY_REDIRECTS,),
        postgres=(_ENTITY_REDIRECTS,),
        backfill="_rekey_entity_names",
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

# Created outside the migrations, by every backend before it reads the version.
VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version "
    "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
)
