"""Pipeline runs for tests/test_pipeline_workers.py, made in a fresh interpreter.

The pipeline forks worker processes only for a caller that runs no other thread; a long test session
has threads left by earlier tests (Spark's gateway, servers), so these runs go to a spawned process
whose only thread is its main one. Each returns plain values, and how many worker processes it saw.
"""

from __future__ import annotations

import multiprocessing
import resource
from pathlib import Path
from typing import Any

from marsad.dedup import borrowed_passages, find_duplicates
from marsad.model import Problem, to_dict
from marsad.pipeline import build_stories, find_and_cluster, load_articles


class _Children:
    """A progress callback that records the most worker processes alive at any call."""

    def __init__(self) -> None:
        self.most = 0

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        self.most = max(self.most, len(multiprocessing.active_children()))


def read_stories(path: Path, workers: int) -> tuple[list[Any], int]:
    """The stories of the articles in ``path`` (as plain values), read by ``workers`` processes."""
    articles = load_articles([path], [], workers=1)
    duplicates = find_duplicates(articles)
    borrowed = borrowed_passages(articles, skip=duplicates)
    seen = _Children()
    stories = build_stories(articles, borrowed=borrowed, duplicates=duplicates, workers=workers, progress=seen)
    return to_dict(stories), seen.most


def clean_and_find(paths: list[Path], workers: int, keep_input: bool = True) -> dict[str, Any]:
    """Articles and problems of ``paths`` cleaned with ``workers`` (their raw and extracted texts let go
    unless ``keep_input``), then duplicates, borrowed passages and clusters found with ``workers``; with
    the most cleaning processes seen and the CPU seconds of the processes that ended during the dedup
    step."""
    problems: list[Problem] = []
    seen = _Children()
    articles = load_articles(paths, problems, seen, workers=workers, keep_input=keep_input)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    duplicates, borrowed, groups = find_and_cluster(articles, workers=workers)
    return {
        "articles": to_dict(articles),
        "problems": to_dict(problems),
        "cleaners": seen.most,
        "found": (to_dict(duplicates), to_dict(borrowed), groups),
        "dedup_child_cpu": resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before,
    }
