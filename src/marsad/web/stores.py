"""Store access for the web app: a fixed set of worker threads, each with a store of its own.

A :class:`~marsad.store.Store` belongs to one thread (a SQLite connection refuses to be used from
another; a psycopg connection carries one transaction at a time), so requests cannot share one. The web
app runs every store call on a :class:`StorePool`: ``workers`` threads, each opening its own store on
first use, so the number of database connections is bounded (it matters for PostgreSQL) and a store is
always used by the thread that opened it. The event loop never waits on the database.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from ..store import Store, open_store

__all__ = ["DEFAULT_WORKERS", "StorePool"]

T = TypeVar("T")

# Four threads keep two cores busy while some wait on the database; more only add connections.
DEFAULT_WORKERS = 4
_CLOSE_TIMEOUT_S = 30


class StorePool:
    """Runs functions of a store on worker threads that each hold their own open store of ``url``."""

    def __init__(self, url: str, workers: int = DEFAULT_WORKERS) -> None:
        if workers < 1:
            raise ValueError("a store pool needs at least one worker")
        self.url = url
        self.workers = workers
        self._local = threading.local()
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="marsad-store")

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            # create=False: a SQLite path that does not exist is an error, not a new empty store
            store = self._local.store = open_store(self.url, create=False)
        return store

    async def run(self, work: Callable[[Store], T]) -> T:
        """``work(store)`` on a worker thread, with that thread's store."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: work(self._store()))

    def close(self) -> None:
        """Close every worker's store in its own thread, then stop the workers.

        One close task per worker, held at a barrier until all are running, so each lands on a
        different thread (the executor starts threads up to ``workers`` while the others wait).
        """
        barrier = threading.Barrier(self.workers)

        def close_mine() -> None:
            barrier.wait(timeout=_CLOSE_TIMEOUT_S)
            store = getattr(self._local, "store", None)
            if store is not None:
                self._local.store = None
                store.close()

        futures = [self._executor.submit(close_mine) for _ in range(self.workers)]
        for future in futures:
            future.result()
        self._executor.shutdown(wait=True)
