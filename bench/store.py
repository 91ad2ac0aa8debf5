"""Store speed and size on SaudiNewsNet: ingest throughput, search latency, database size, per backend.

    python bench/store.py                                # all 31,030 articles, SQLite
    python bench/store.py --pg-url postgresql://...      # and PostgreSQL (a schema of its own, dropped after)
    python bench/store.py --limit 3000 --story-limit 1000

Articles are read and cleaned once by the pipeline (``load_articles`` on a JSONL copy, not timed here:
``bench/throughput.py`` measures it). Then, per backend, into a fresh store:

* **ingest**: ``Store.ingest`` of every article (raw input, versions, full-text index), batches of
  ``--batch``; then the same articles again (all already stored: the idempotent pass);
* **search**: 100 queries (one or two words of the headlines of 100 articles spread over the corpus),
  each ``Store.search(query, limit=20)`` with its snippets, after a warm-up of 10; median and p95;
* **size**: the store's tables and indexes on disk;
* **ingest with stories**: the first ``--story-limit`` articles into another fresh store with
  :class:`~marsad.store.stories.StoryBuilder` (clustering into stories and summarizing each story that
  changed, per batch) — the cost of the story stages, so a smaller sample by default; and how far the
  stories grown batch by batch agree with ``cluster_stories`` run on the same articles at once (B-cubed,
  the batch clustering taken as reference), beside the agreement of ``cluster_stories`` run on each
  batch apart (no joining across batches).

PostgreSQL: ``--pg-url`` (default ``$MARSAD_TEST_PG_URL``, as set by ``scripts/ci_postgres.sh``).
"""

from __future__ import annotations

import argparse
import itertools
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import saudinewsnet_records, write_jsonl
from marsad.cluster import bcubed, cluster_stories
from marsad.cluster.vectors import STOP_STEMS
from marsad.model import Article, Problem
from marsad.pipeline import load_articles
from marsad.store import Store, open_store
from marsad.store.stories import StoryBuilder
from marsad.text import light_stem, normalize_key, tokenize

QUERIES = 100
WARM_UP = 10
# Records per JSONL file: the ingest stage reads files of up to 50 MB (ingest.DEFAULT_MAX_BYTES), and the
# whole corpus is about four times that.
SHARD_RECORDS = 5000


def headline_queries(articles: Sequence[Article], count: int = QUERIES) -> list[str]:
    """One word or two (alternately) of the headlines of ``count`` articles spread evenly over the
    corpus: content words of at least four letters, as written."""
    queries: list[str] = []
    step = max(1, len(articles) // count)
    for article in articles[::step]:
        words = [
            t.text
            for t in tokenize(article.title)
            if t.kind == "word" and len(t.text) >= 4 and light_stem(normalize_key(t.text)) not in STOP_STEMS
        ]
        if words:  # a headline without a content word is passed over
            queries.append(" ".join(words[: 1 + len(queries) % 2]))
        if len(queries) == count:
            break
    return queries


def write_shards(records: Iterator[dict], folder: Path, size: int = SHARD_RECORDS) -> int:
    """Write ``records`` as JSONL files of ``size`` records in ``folder``; return how many records."""
    folder.mkdir()
    total = 0
    while chunk := list(itertools.islice(records, size)):
        total += write_jsonl(iter(chunk), folder / f"{total // size:03d}.jsonl")
    return total


@contextmanager
def fresh_store(backend: str, folder: Path, pg_url: str | None) -> Iterator[str]:
    """URL of an empty store: a SQLite file in ``folder``, or a new schema in the PostgreSQL database."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'store-{secrets.token_hex(4)}.db'}"
        return
    import psycopg

    assert pg_url is not None
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def timed_ingest(
    store: Store, articles: Sequence[Article], batch: int, stories: StoryBuilder | None = None
) -> float:
    started = time.perf_counter()
    store.ingest(articles, batch_size=batch, stories=stories)
    return time.perf_counter() - started


def search_latencies(store: Store, queries: Sequence[str]) -> tuple[list[float], float]:
    """Milliseconds per query (after a warm-up) and the mean number of results."""
    for query in queries[:WARM_UP]:
        store.search(query, limit=20)
    times, found = [], 0
    for query in queries:
        started = time.perf_counter()
        found += len(store.search(query, limit=20))
        times.append((time.perf_counter() - started) * 1000)
    return times, found / len(queries)


def p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="first N SaudiNewsNet articles (default: all)"
    )
    parser.add_argument(
        "--story-limit", type=int, default=3000, help="articles for the run with stories (0: skip)"
    )
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction (default 500)")
    parser.add_argument("--pg-url", default=os.environ.get("MARSAD_TEST_PG_URL"), help="PostgreSQL database")
    parser.add_argument(
        "--backend",
        choices=["sqlite", "postgres"],
        action="append",
        help="only this backend (repeatable; default: SQLite, and PostgreSQL with a URL)",
    )
    args = parser.parse_args()
    backends = args.backend or (["sqlite", "postgres"] if args.pg_url else ["sqlite"])
    if "postgres" in backends and not args.pg_url:
        parser.error("PostgreSQL needs --pg-url (or MARSAD_TEST_PG_URL)")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shards = folder / "saudinewsnet"
        records = write_shards(saudinewsnet_records(args.limit), shards)
        problems: list[Problem] = []
        started = time.perf_counter()
        articles = load_articles([str(shards)], problems)
        if not articles:
            raise SystemExit(f"no article read: {problems[:3]}")
        print(
            f"input: SaudiNewsNet, {records} records -> {len(articles)} clean articles, {len(problems)} "
            f"problems (read and cleaned in {time.perf_counter() - started:.0f} s, not counted below); "
            f"batches of {args.batch}"
        )
        queries = headline_queries(articles)
        with_stories = articles[: args.story_limit]
        batch_groups = cluster_stories(with_stories) if with_stories else []
        batch_label = {i: str(n) for n, group in enumerate(batch_groups) for i in group}
        if with_stories:
            # how far clustering each batch on its own already departs from clustering all at once
            apart = [
                group
                for start in range(0, len(with_stories), args.batch)
                for group in cluster_stories(with_stories[start : start + args.batch])
            ]
            score = bcubed(apart, batch_label)
            print(f"stories of the first {len(with_stories)} articles: {len(batch_groups)} clustering all at once; "
                  f"{len(apart)} clustering each batch of {args.batch} apart, against all at once: B-cubed "
                  f"precision {score.precision:.3f}, recall {score.recall:.3f}, F1 {score.f1:.3f}")

        for backend in backends:
            with fresh_store(backend, folder, args.pg_url) as url:
                with open_store(url) as store:
                    seconds = timed_ingest(store, articles, args.batch)
                    again = timed_ingest(store, articles, args.batch)
                # measured on a new connection, as a user's search would run (SQLite has folded its
                # write-ahead log into the file on closing)
                with open_store(url) as store:
                    size = store.size_bytes()
                    latencies, mean_found = search_latencies(store, queries)
                    stored = store.count()[0]
            print(
                f"{backend}: ingest {stored} articles in {seconds:.1f} s = {stored / seconds:.0f} articles/s; "
                f"again (all already stored) {again:.1f} s = {stored / again:.0f} articles/s"
            )
            print(f"{backend}: size {size / 2**20:.0f} MB = {size / stored / 1024:.1f} KB per article")
            print(
                f"{backend}: search over {len(latencies)} queries: median {statistics.median(latencies):.1f} ms, "
                f"p95 {p95(latencies):.1f} ms, max {max(latencies):.1f} ms; {mean_found:.1f} results on average "
                "(limit 20)"
            )
            if with_stories:
                with fresh_store(backend, folder, args.pg_url) as url, open_store(url) as store:
                    seconds = timed_ingest(store, with_stories, args.batch, StoryBuilder())
                    grown = [list(story.articles) for story in store.stories()]
                agreement = bcubed(grown, batch_label)
                print(
                    f"{backend}: ingest with stories, {len(with_stories)} articles in {seconds:.1f} s = "
                    f"{len(with_stories) / seconds:.1f} articles/s; {len(grown)} stories grown batch by batch "
                    f"against {len(batch_groups)} from clustering all at once: B-cubed precision "
                    f"{agreement.precision:.3f}, recall {agreement.recall:.3f}, F1 {agreement.f1:.3f}"
                )


if __name__ == "__main__":
    main()
