"""How the local digest runs its stages on this machine's cores: forked worker processes that share
what this process has loaded. The stages themselves are in :mod:`marsad.stages`; Spark is the other
runner (:mod:`marsad.scale`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.pool import Pool

__all__ = ["available_cores", "forked_pool"]


@contextmanager
def forked_pool(processes: int, worth_it: bool) -> Iterator[Pool | None]:
    """A pool of ``processes`` forked processes, or None to do the work here.

    Forked workers start at once, sharing what the caller has loaded (models, tables). Forking a process
    that runs other threads (a web server, Spark's gateway) can copy a lock half-held, and the other
    start methods re-import the caller's main module, which a script without a main guard cannot
    survive: so the work goes to processes only for a single-threaded caller, and only when it is
    ``worth_it`` (enough of it to pay for the processes).
    """
    if (
        processes < 1
        or not worth_it
        or threading.active_count() > 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield None
        return
    # Objects the workers inherit stay shared only while nothing writes to their pages: the cyclic
    # collector walking them in each worker would copy the whole heap into every one of them. (Garbage
    # is collected first, so that it is not frozen with the rest.)
    gc.collect()
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            yield pool
    finally:
        gc.unfreeze()


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
