"""Readers work while a writer is in the middle of a batch: they see the committed batches, whole, and
never wait or fail (SQLite in WAL mode; PostgreSQL by MVCC)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from marsad.model import Article
from marsad.store import open_store

WORKER = Path(__file__).with_name("ingest_worker.py")


def test_reader_sees_committed_batches_while_a_batch_is_open(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    articles = [*demo, reports("sport"), reports("weather"), reports("baghdad")]
    mid_batch, resume = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def progress(stage: str, done: int, total: int | None) -> None:
        if done == 6:  # the first article of the second batch is written, not committed
            mid_batch.set()
            resume.wait(timeout=60)

    def write() -> None:
        try:
            with open_store(store_url) as store:
                store.ingest(articles, batch_size=5, progress=progress)
        except BaseException as e:  # reported by the main thread
            errors.append(e)
            mid_batch.set()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert mid_batch.wait(timeout=60)
        with open_store(store_url) as reader:
            assert reader.count() == (5, 5, 0)
            assert {h.article.id for h in reader.search("العراق")} == {a.id for a in demo}
            assert not reader.search("الهلال")  # written in the open batch: not visible yet
            assert reader.check() == []
    finally:
        resume.set()
        writer.join(timeout=120)
    assert not errors
    with open_store(store_url) as reader:
        assert reader.count() == (8, 8, 0)
        assert [h.article.id for h in reader.search("الهلال")] == ["sport"]


def test_polling_reader_only_ever_sees_whole_batches(store_url: str) -> None:
    batch = 5
    with open_store(store_url):
        pass  # create the schema before the race starts
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), store_url, str(batch)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert worker.stdout is not None
    total = int(worker.stdout.readline().split()[1])
    drain = threading.Thread(target=worker.stdout.read)  # keep the pipe from filling up
    drain.start()
    seen = []
    with open_store(store_url) as reader:
        while worker.poll() is None:
            articles, versions, _ = reader.count()
            seen.append(articles)
            assert versions == articles
            assert articles % batch == 0 or articles == total
            reader.search("القوات الأمريكية", limit=3)
            time.sleep(0.05)  # leave the two cores to the writer
    drain.join()
    assert worker.returncode == 0
    assert seen == sorted(seen)
    assert len(set(seen)) > 2  # the reader did read between batches
    with open_store(store_url) as reader:
        assert reader.count()[0] == total
