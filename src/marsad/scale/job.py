"""The Spark digest job: sources in, Parquet and JSON lines out, the same stages as ``marsad digest``.

Output folder (each part a Spark dataset folder unless said otherwise):

* ``articles.parquet`` — one row per clean article in input order: ``id``, ``outlet``, ``published``,
  ``url``, ``title``, ``text`` and ``article`` (the lossless :func:`marsad.model.to_json` of the
  :class:`~marsad.model.Article`, with raw input, paragraphs, sentences and removals);
* ``articles.jsonl`` — the same ``article`` JSON, one a line, in ``part-*`` files in input order: what
  :func:`read_clean_articles` reads back and :meth:`marsad.store.Store.ingest` stores;
* ``duplicates.parquet`` — ``group`` (from 1), ``kind``, ``similarity``, ``articles``;
* ``borrowed.parquet`` — source and target spans, ``text``, ``similarity``;
* ``stories.parquet`` — ``story`` (``s1``...), ``articles`` and, when the stories were read out,
  ``story`` JSON (:class:`~marsad.model.Story`);
* ``problems.jsonl`` — one file, one :class:`~marsad.model.Problem` a line.

:func:`load_digest` turns such a folder back into a :class:`~marsad.model.Digest`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyspark import RDD
from pyspark.sql import SparkSession
from pyspark.sql.types import ArrayType, DoubleType, IntegerType, StringType, StructField, StructType

from marsad.model import Article, BorrowedPassage, Digest, DuplicateGroup, Problem, Story, from_json, to_json
from marsad.settings import DEFAULT, Settings

from .dedup import duplicate_groups
from .ingest import clean_articles
from .stories import read_stories, story_groups

__all__ = ["SparkRun", "load_digest", "read_clean_articles", "run_digest"]


@dataclass
class SparkRun:
    """What a run found (small results, on the driver) and the seconds each stage took."""

    articles: int
    duplicates: list[DuplicateGroup]
    borrowed: list[BorrowedPassage]
    stories: list[list[str]]
    read: list[Story]
    problems: list[Problem]
    seconds: dict[str, float] = field(default_factory=dict)


def run_digest(
    spark: SparkSession,
    paths: Sequence[str],
    out: str | Path | None = None,
    *,
    read: bool = True,
    block_days: int | None = None,
    partitions: int | None = None,
    words: int | None = None,
    settings: Settings = DEFAULT,
) -> SparkRun:
    """Ingest and clean ``paths`` (JSON lines, Parquet), find duplicates and borrowed passages, cluster
    stories and, with ``read``, read each story out; write everything to ``out`` when given. ``settings``
    are every stage's values (:class:`marsad.settings.Settings`), as the local digest takes them.

    With the default ``block_days=None`` every result equals what :func:`marsad.pipeline.digest` gives
    for the same articles in the same order (see :mod:`marsad.scale.stories` for blocks).
    """
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    articles, problems = clean_articles(spark, paths, partitions=partitions)
    count = articles.count()
    seconds["ingest+clean"] = time.perf_counter() - started

    mark = time.perf_counter()
    duplicates = duplicate_groups(articles, threshold=settings.dedup.near_threshold, num_perm=settings.dedup.num_perm)
    seconds["dedup (duplicates)"] = time.perf_counter() - mark

    mark = time.perf_counter()
    groups, borrowed = story_groups(articles, duplicates, block_days=block_days, settings=settings)
    stories = [list(group.articles) for group in groups]
    seconds["cluster + borrowed passages"] = time.perf_counter() - mark

    told: list[Story] = []
    if read and groups:
        mark = time.perf_counter()
        told = read_stories(
            articles, groups, borrowed=borrowed, duplicates=duplicates, words=words, settings=settings
        )
        seconds["read stories"] = time.perf_counter() - mark

    if out is not None:
        mark = time.perf_counter()
        _write(spark, Path(out), articles, duplicates, borrowed, stories, told, problems)
        seconds["write"] = time.perf_counter() - mark
    articles.unpersist()
    seconds["end to end"] = time.perf_counter() - started
    return SparkRun(count, duplicates, borrowed, stories, told, problems, seconds)


def read_clean_articles(folder: str | Path) -> Iterator[Article]:
    """The articles of a run's ``articles.jsonl`` folder (or one such file), in input order."""
    path = Path(folder)
    parts = sorted(path.glob("part-*")) if path.is_dir() else [path]
    for part in parts:
        with part.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield from_json(Article, line)


def load_digest(out: str | Path) -> Digest:
    """The :class:`~marsad.model.Digest` a run wrote to ``out`` (stories only if they were read out)."""
    folder = Path(out)
    spark = SparkSession.getActiveSession()
    if spark is None:
        raise RuntimeError("load_digest needs an active Spark session to read Parquet")
    duplicates = [
        DuplicateGroup(tuple(row.articles), row.kind, row.similarity)
        for row in spark.read.parquet(str(folder / "duplicates.parquet")).orderBy("group").collect()
    ]
    borrowed = [
        from_json(BorrowedPassage, row.passage)
        for row in spark.read.parquet(str(folder / "borrowed.parquet")).orderBy("number").collect()
    ]
    stories = [
        from_json(Story, row.story_json)
        for row in spark.read.parquet(str(folder / "stories.parquet")).orderBy("number").collect()
        if row.story_json
    ]
    with (folder / "problems.jsonl").open(encoding="utf-8") as lines:
        problems = [from_json(Problem, line) for line in lines if line.strip()]
    return Digest(
        articles=tuple(read_clean_articles(folder / "articles.jsonl")),
        stories=tuple(stories),
        duplicates=tuple(duplicates),
        borrowed=tuple(borrowed),
        problems=tuple(problems),
    )


_ARTICLES = StructType(
    [
        StructField(name, StringType())
        for name in ("id", "outlet", "published", "url", "title", "text", "article")
    ]
)
_DUPLICATES = StructType(
    [
        StructField("group", IntegerType()),
        StructField("kind", StringType()),
        StructField("similarity", DoubleType()),
        StructField("articles", ArrayType(StringType())),
    ]
)
_BORROWED = StructType(
    [
        StructField("number", IntegerType()),
        *(
            StructField(f"{side}_{part}", IntegerType() if part != "article" else StringType())
            for side in ("source", "target")
            for part in ("article", "start", "end")
        ),
        StructField("text", StringType()),
        StructField("similarity", DoubleType()),
        StructField("passage", StringType()),
    ]
)
_STORIES = StructType(
    [
        StructField("number", IntegerType()),
        StructField("story", StringType()),
        StructField("articles", ArrayType(StringType())),
        StructField("story_json", StringType()),
    ]
)


def _write(
    spark: SparkSession,
    folder: Path,
    articles: RDD,
    duplicates: Sequence[DuplicateGroup],
    borrowed: Sequence[BorrowedPassage],
    stories: Sequence[Sequence[str]],
    told: Sequence[Story],
    problems: Sequence[Problem],
) -> None:
    """Write the run's outputs to ``folder`` (replacing a previous run's); ``articles`` is the RDD of
    ``(position, Article)``."""
    folder.mkdir(parents=True, exist_ok=True)
    ordered = articles.sortByKey().map(lambda item: item[1])
    ordered.map(to_json).saveAsTextFile(_fresh(folder / "articles.jsonl"))
    rows = ordered.map(lambda a: (a.id, a.outlet, a.published, a.url, a.title, a.text, to_json(a)))
    spark.createDataFrame(rows, _ARTICLES).write.mode("overwrite").parquet(str(folder / "articles.parquet"))
    spark.createDataFrame(
        [(n, g.kind, g.similarity, list(g.articles)) for n, g in enumerate(duplicates, 1)], _DUPLICATES
    ).write.mode("overwrite").parquet(str(folder / "duplicates.parquet"))
    spark.createDataFrame(
        [
            (
                n,
                p.source.article,
                p.source.start,
                p.source.end,
                p.target.article,
                p.target.start,
                p.target.end,
                p.text,
                p.similarity,
                to_json(p),
            )
            for n, p in enumerate(borrowed, 1)
        ],
        _BORROWED,
    ).write.mode("overwrite").parquet(str(folder / "borrowed.parquet"))
    spark.createDataFrame(
        [(n, f"s{n}", list(ids), to_json(told[n - 1]) if told else None) for n, ids in enumerate(stories, 1)],
        _STORIES,
    ).write.mode("overwrite").parquet(str(folder / "stories.parquet"))
    (folder / "problems.jsonl").write_text("".join(to_json(p) + "\n" for p in problems), encoding="utf-8")


def _fresh(path: Path) -> str:
    """``path`` as a string, after removing what a previous run left there (``saveAsTextFile`` will not
    overwrite)."""
    if path.exists():
        for part in path.iterdir():
            part.unlink()
        path.rmdir()
    return str(path)
