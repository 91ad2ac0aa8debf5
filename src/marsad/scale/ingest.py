"""Ingest and clean on Spark: JSON lines or Parquet in, clean articles out, keyed by input position.

Each input line (a Parquet row is turned into the JSON line it would be) goes through the JSON lines
reader of :mod:`marsad.ingest.jsonl` (:func:`~marsad.ingest.jsonl.read_jsonl_lines`, as
:func:`marsad.ingest.read_sources` streams a JSON lines file), and each partition's articles through
:func:`marsad.pipeline.load_articles` — the clean stage and the publication-date inference, as
``marsad digest`` runs them. What differs from reading the files on one machine, and why:

* ids are made unique across the whole input with the rule of :func:`marsad.ingest.read_sources` (a
  repeated id gets ``~2``, ``~3``... in input order, and a ``notice``); only the articles whose id is
  repeated or holds a ``~`` are sent to the driver for that, as no other id can collide;
* Spark splits lines on ``\\n``, ``\\r\\n`` and a lone ``\\r`` too (JSON strings cannot hold a raw
  ``\\r``, so only a file using ``\\r`` as white space between fields would read differently), decodes
  them as UTF-8 without reporting replaced bytes, and has no limit on a line's size.

Every record carries its *position* ``(input number, line number)``, the order one machine would read
it in; results are ordered by it so that they can equal the single-machine ones.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from pyspark import RDD, StorageLevel
from pyspark.sql import SparkSession

from marsad.ingest.jsonl import read_jsonl_lines
from marsad.ingest.sourcefile import SourceFile
from marsad.model import Article, Problem
from marsad.pipeline import load_articles

__all__ = ["JSONL_SUFFIXES", "Position", "clean_articles", "input_lines", "unreadable_input"]

Position = tuple[int, int]
"""Where a record was read: the index of its input in the list given, and its line (or row) number from 1."""

_BOM = "\ufeff"
# What the Spark job reads: JSON lines files (and folders of them), Parquet datasets.
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


def unreadable_input(path: str) -> str | None:
    """Why the Spark job cannot read ``path``, in a few words, or ``None`` when it can.

    The job reads line-oriented archives, the inputs it can split across executors: JSON lines files
    (``.jsonl``, ``.ndjson``), folders holding only such files, and Parquet datasets (``.parquet``, or a
    folder of Parquet files). Folders of articles (``.txt``, ``.html``, feeds) with their manifests are
    one article a file, read with encoding detection and manifests by ``marsad digest``, and are refused
    here rather than read line by line as JSON (every line of such a file would be a "broken JSON" error
    and nothing would be read). A URI (``hdfs://``, ``s3a://``) cannot be looked into from here and is
    judged by its suffix only, when it has one.
    """
    if "://" in path and not path.startswith("file://"):
        suffix = Path(path.rstrip("/")).suffix.lower()
        if suffix and suffix not in JSONL_SUFFIXES | {".parquet"}:
            return f"a {suffix} file, not JSON lines or Parquet"
        return None
    local = Path(path.removeprefix("file://"))
    if not local.exists():
        return "does not exist"
    if local.is_file():
        if local.suffix.lower() in JSONL_SUFFIXES or local.suffix.lower() == ".parquet":
            return None
        return f"a {local.suffix or 'suffix-less'} file, not JSON lines (.jsonl) or Parquet"
    if _is_parquet(path):
        return None
    # Spark skips hidden files and those starting with "_" (its own _SUCCESS markers)
    files = [
        f for f in local.rglob("*")
        if f.is_file() and not any(part.startswith((".", "_")) for part in f.relative_to(local).parts)
    ]
    others = sorted({f.suffix.lower() or "suffix-less" for f in files if f.suffix.lower() not in JSONL_SUFFIXES})
    if not files:
        return "an empty folder"
    if others or any(f.name == "manifest.jsonl" for f in files):
        what = f"{', '.join(others)} files" if others else "with a manifest"
        return f"a folder of articles ({what}), not of JSON lines or Parquet"
    return None


def input_lines(spark: SparkSession, paths: Sequence[str], partitions: int | None = None) -> RDD:
    """``(position, line)`` for every line of the JSON lines files and every row of the Parquet
    datasets (``.parquet`` suffix or a folder of Parquet files) in ``paths``."""
    context = spark.sparkContext
    parts: list[RDD] = []
    for number, path in enumerate(paths):
        if _is_parquet(path):
            rows = spark.read.parquet(path).rdd.map(
                lambda row: json.dumps(_plain(row.asDict()), ensure_ascii=False)
            )
        else:
            rows = context.textFile(path, minPartitions=partitions or context.defaultParallelism)
        parts.append(rows.zipWithIndex().map(lambda pair, number=number: ((number, pair[1] + 1), pair[0])))
    return context.union(parts)


def clean_articles(
    spark: SparkSession, paths: Sequence[str], *, partitions: int | None = None
) -> tuple[RDD, list[Problem]]:
    """Read and clean ``paths`` (JSON lines files, Parquet datasets) on Spark.

    Returns ``(articles, problems)``: an RDD of ``(position, Article)`` — the articles
    :func:`marsad.pipeline.load_articles` keeps, persisted, as it is read by every later job — and the
    problems of the whole input in position order (collected: there is about one per bad line).
    """
    names = [str(Path(p)) for p in paths]
    read = input_lines(spark, names, partitions).mapPartitions(lambda lines: _ingest(lines, names))
    read.persist(StorageLevel.MEMORY_AND_DISK)
    renames, notices = _unique_ids(read)
    problems = read.filter(lambda item: isinstance(item[1], Problem)).collect()
    articles = read.filter(lambda item: isinstance(item[1], Article))
    if renames:
        table = spark.sparkContext.broadcast(renames)
        articles = articles.map(
            lambda item: (item[0], replace(item[1], id=table.value.get(item[0], item[1].id)))
        )
    cleaned = articles.mapPartitions(_clean)
    cleaned.persist(StorageLevel.MEMORY_AND_DISK)
    # stable sort below: a line's reading problems, then its rename notice, then its cleaning problems
    problems += notices
    problems += cleaned.filter(lambda item: isinstance(item[1], Problem)).collect()
    clean = cleaned.filter(lambda item: isinstance(item[1], Article))
    clean.count()  # materialize before `read` is released
    read.unpersist()
    return clean, [problem for _, problem in sorted(problems, key=lambda item: item[0])]


def _is_parquet(path: str) -> bool:
    folder = Path(path)
    return path.endswith(".parquet") or (folder.is_dir() and any(folder.glob("*.parquet")))


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as JSON values: dates and timestamps as ISO strings."""
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in record.items()}


def _ingest(
    lines: Iterable[tuple[Position, str]], names: Sequence[str]
) -> Iterator[tuple[Position, Article | Problem]]:
    """The JSON lines reader over one partition (blank lines skipped, as in a file; a byte-order mark
    at the start of a file dropped)."""
    for position, line in lines:
        item = SourceFile(Path(names[position[0]]), "", "utf-8")
        text = line.removeprefix(_BOM) if position[1] == 1 else line
        for found in read_jsonl_lines(item, [(position[1], text)]):
            yield position, found


def _unique_ids(read: RDD) -> tuple[dict[Position, str], list[tuple[Position, Problem]]]:
    """New ids for repeated ones, by position, and the notices that say so (see the module docs)."""
    articles = read.filter(lambda item: isinstance(item[1], Article))
    repeated = set(
        articles.map(lambda item: (item[1].id, 1))
        .reduceByKey(lambda a, b: a + b)
        .filter(lambda kv: kv[1] > 1)
        .keys()
        .collect()
    )
    suspects = sorted(
        articles.filter(lambda item: item[1].id in repeated or "~" in item[1].id)
        .map(lambda item: (item[0], item[1].id, item[1].source))
        .collect()
    )
    used: set[str] = set()
    last: dict[str, int] = {}  # as in marsad.ingest.sources._Ids: the search resumes at the last suffix
    renames: dict[Position, str] = {}
    notices: list[tuple[Position, Problem]] = []
    for position, wanted, source in suspects:
        n = last.get(wanted, 1)
        unique = f"{wanted}~{n}" if n > 1 else wanted
        while unique in used:
            n += 1
            unique = f"{wanted}~{n}"
        used.add(unique)
        last[wanted] = n
        if unique != wanted:
            renames[position] = unique
            reason = f"id {wanted!r} already used; this article is {unique!r}"
            notices.append((position, Problem(source or wanted, reason, "notice")))
    return renames, notices


def _clean(items: Iterable[tuple[Position, Article]]) -> Iterator[tuple[Position, Article | Problem]]:
    """:func:`marsad.pipeline.load_articles` over one partition; ids are unique by now, so each kept
    article finds its position by id, and a problem by its source."""
    batch = list(items)
    position_of = {article.id: position for position, article in batch}
    by_source = {article.source: position for position, article in batch}
    problems: list[Problem] = []
    for article in load_articles([article for _, article in batch], problems):
        yield position_of[article.id], article
    for problem in problems:
        yield by_source[problem.source], problem
