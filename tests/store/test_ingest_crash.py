"""A process killed (SIGKILL) in the middle of a batch leaves the store consistent, and a re-run completes
the work: no article twice, none lost, every one in a story."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from marsad.store import open_store

WORKER = Path(__file__).with_name("ingest_worker.py")
BATCH = 7


def _worker(url: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, str(BATCH), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_kill_mid_batch_then_rerun(store_url: str) -> None:
    # kill while the third batch is half written: two batches are committed
    pause_at = 2 * BATCH + BATCH // 2
    worker = _worker(store_url, str(pause_at))
    assert worker.stdout is not None
    total = int(worker.stdout.readline().split()[1])
    assert total > 3 * BATCH
    for line in worker.stdout:
        if line.strip() == "PAUSED":
            break
    else:
        raise AssertionError(f"the worker ended before pausing (exit code {worker.wait()})")
    os.kill(worker.pid, signal.SIGKILL)
    assert worker.wait(timeout=30) == -signal.SIGKILL
    worker.stdout.close()

    with open_store(store_url) as store:
        assert store.check() == []
        articles, versions, _ = store.count()
        assert articles == versions == 2 * BATCH
        assert sum(len(s.articles) for s in store.stories()) == 2 * BATCH

    rerun = _worker(store_url)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, out

    with open_store(store_url) as store:
        assert store.check() == []
        articles, versions, _ = store.count()
        assert articles == versions == total
        placed = [a for s in store.stories() for a in s.articles]
        assert len(placed) == len(set(placed)) == total
        assert len({a.id for a in store.articles()}) == total
