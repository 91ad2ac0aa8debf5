"""Work spread over processes gives what one process gives: the same stories in the same order with the
same readings and spans, the same clean articles and problems, the same duplicates and clusters; and
no process is forked from a caller running other threads."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import parallel_runs
from bench_scripts import bench_module
from marsad.pipeline import build_stories, load_articles


def _fresh(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` in a spawned interpreter: its only thread is its main one."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def _sample(tmp_path: Path, records: int) -> Path:
    corpora = bench_module("corpora")
    if not list(corpora.SAUDINEWSNET.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found under {corpora.SAUDINEWSNET} (set MARSAD_DATA)")
    path = tmp_path / "sample.jsonl"
    corpora.write_jsonl(corpora.saudinewsnet_records(records), path)
    return path


def test_two_workers_read_the_same_stories_as_one(tmp_path: Path) -> None:
    path = _sample(tmp_path, 300)
    alone, _ = _fresh(parallel_runs.read_stories, path, 1)
    shared, workers_seen = _fresh(parallel_runs.read_stories, path, 2)
    assert len(alone) >= 64  # enough stories for the pool to be used ...
    assert workers_seen == 2  # ... and it was
    assert [s["id"] for s in shared] == [s["id"] for s in alone]
    assert shared == alone
    # the sample has stories that quote someone, and several-article stories with a summary
    assert any(s["quotes"] for s in shared)
    assert any(len(s["articles"]) > 1 and s["summary"] for s in shared)


def test_parallel_cleaning_and_dedup_beside_clustering_change_nothing(tmp_path: Path) -> None:
    path = _sample(tmp_path, 2500)
    records = [line for line in path.read_text(encoding="utf-8").splitlines()]
    # a problem far into the input keeps its place among the problems; a broken file is named
    records[1500] = records[1500].replace('"text": "', '"text": "   ", "x": "', 1)
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": \n', encoding="utf-8")

    alone = _fresh(parallel_runs.clean_and_find, [path, broken], 1)
    shared = _fresh(parallel_runs.clean_and_find, [path, broken], 3)  # three cleaning processes, this one reads
    # two cleaning processes, as on two cores, the input texts let go as ``digest`` does
    lean = _fresh(parallel_runs.clean_and_find, [path, broken], 2, False)
    assert (alone["cleaners"], shared["cleaners"], lean["cleaners"]) == (0, 3, 2)
    assert len(shared["articles"]) == len(alone["articles"]) > 2400
    assert shared["articles"] == alone["articles"]
    assert shared["problems"] == alone["problems"] == lean["problems"]
    assert any(a["raw"] for a in alone["articles"]) and not any(a["raw"] or a["extracted"] for a in lean["articles"])
    assert lean["articles"] == [{**a, "raw": "", "extracted": ""} for a in alone["articles"]]
    assert lean["found"] == alone["found"]
    assert any("broken.jsonl" in p["source"] for p in shared["problems"])
    # duplicates and borrowed passages were found in a forked process while this one clustered
    assert alone["dedup_child_cpu"] == 0 and shared["dedup_child_cpu"] > 0.3
    assert shared["found"] == alone["found"]
    duplicates, borrowed, groups = shared["found"]
    assert duplicates and borrowed and len(groups) > 100


def test_no_fork_while_other_threads_run(tmp_path: Path) -> None:
    """A caller with threads (a server, Spark's gateway) gets the work done here, not in forked copies."""
    path = _sample(tmp_path, 1500)  # long enough for cleaning processes, ...
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        seen: list[int] = []

        def progress(stage: str, done: int, total: int | None) -> None:
            seen.append(len(multiprocessing.active_children()))

        articles = load_articles([path], [], progress, workers=3)
        stories = build_stories(articles[:300], workers=2, progress=progress)
        assert len(articles) > 1024 and len(stories) >= 64  # ... and enough stories for reading processes
        assert seen and max(seen) == 0
    finally:
        stop.set()
        other.join()
