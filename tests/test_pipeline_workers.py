"""Stories read by two processes are the stories read by one: same order, same readings, same spans."""

from __future__ import annotations

import multiprocessing
import resource
from pathlib import Path

import pytest

from bench_scripts import bench_module
from marsad.dedup import borrowed_passages, find_duplicates
from marsad.model import Problem, to_dict
from marsad.pipeline import build_stories, find_and_cluster, load_articles

SAMPLE = 300


def test_two_workers_read_the_same_stories_as_one(tmp_path: Path) -> None:
    corpora = bench_module("corpora")
    if not list(corpora.SAUDINEWSNET.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found under {corpora.SAUDINEWSNET} (set MARSAD_DATA)")
    path = tmp_path / "sample.jsonl"
    corpora.write_jsonl(corpora.saudinewsnet_records(SAMPLE), path)
    problems: list[Problem] = []
    articles = load_articles([path], problems)
    duplicates = find_duplicates(articles)
    borrowed = borrowed_passages(articles, skip=duplicates)

    alone = build_stories(articles, borrowed=borrowed, duplicates=duplicates, workers=1)
    workers_seen: set[int] = set()

    def progress(stage: str, done: int, total: int | None) -> None:
        workers_seen.add(len(multiprocessing.active_children()))

    shared = build_stories(articles, borrowed=borrowed, duplicates=duplicates, workers=2, progress=progress)
    assert len(alone) >= 64  # enough stories for the pool to be used ...
    assert max(workers_seen) == 2  # ... and it was
    assert [s.id for s in shared] == [s.id for s in alone]
    assert to_dict(shared) == to_dict(alone)
    # the sample has stories that quote someone, and borrowed passages were given to their story
    assert any(s.quotes for s in shared)
    assert any(len(s.articles) > 1 and s.summary for s in shared)


def test_parallel_cleaning_and_dedup_beside_clustering_change_nothing(tmp_path: Path) -> None:
    corpora = bench_module("corpora")
    if not list(corpora.SAUDINEWSNET.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found under {corpora.SAUDINEWSNET} (set MARSAD_DATA)")
    path = tmp_path / "sample.jsonl"
    records = list(corpora.saudinewsnet_records(2500))
    records[1500]["text"] = "   "  # a problem far into the input keeps its place among the problems
    corpora.write_jsonl(iter(records), path)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": \n', encoding="utf-8")

    alone_problems: list[Problem] = []
    alone = load_articles([path, broken], alone_problems, workers=1)
    workers_seen: set[int] = set()

    def progress(stage: str, done: int, total: int | None) -> None:
        workers_seen.add(len(multiprocessing.active_children()))

    shared_problems: list[Problem] = []
    shared = load_articles([path, broken], shared_problems, progress, workers=3)  # two cleaning processes
    assert max(workers_seen) == 2
    assert len(shared) == len(alone) > 2400
    assert to_dict(shared) == to_dict(alone)
    assert shared_problems == alone_problems
    assert any("broken.jsonl" in p.source for p in shared_problems)

    # duplicates and borrowed passages found in a forked process while this one clusters
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    beside = find_and_cluster(shared, workers=2)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert after.ru_utime - before.ru_utime > 0.3  # the dedup stages ran in a child
    assert beside == find_and_cluster(shared, workers=1)
    duplicates, borrowed, groups = beside
    assert duplicates and borrowed and len(groups) > 100
