"""marsad's memo tables, all of them: the bounded ``functools`` caches of its modules.

Each table is bounded (mostly 65,536 entries), but there are about twenty of them, holding word keys,
stems, tokens, entity word tests and search keys, and together they can hold 1.5 million entries (some
400 MB). A batch run ends before that matters. A process that runs for months (``marsad watch``) would
grow for weeks while they fill, so it calls :func:`keep_within` after each batch: past a budget of
entries, every table is emptied, and memory stays level at the height the budget allows (the freed
entries' memory is reused by the next ones). What a table holds is always recomputed on a miss, so
emptying one changes no result.

The tables are found by walking the loaded ``marsad`` modules rather than listed by hand: a list would be
a second home for each cache, and a table added later would escape it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

__all__ = [
    "DEFAULT_BUDGET",
    "clear_memos",
    "count",
    "fewer_collections",
    "fewer_heaps",
    "give_back",
    "keep_within",
    "memo_entries",
    "memo_tables",
    "register",
]

# Entries kept before a long-running process empties its tables: about 100 MB of them, enough that
# the words of a day's news stay keyed (the watch bench refills 250,000 entries in its first 150 articles).
DEFAULT_BUDGET = 300_000


# Tables that are not a module's own name: a cache made per object (a tagger's table of token
# features) or a plain dict kept as a memo. Registered by their owner when made.
_REGISTERED: list[Any] = []


def register(table: Any) -> Any:
    """Count and empty ``table`` with the others: a ``functools`` cache held by an object, or a dict used
    as a memo. Returns it."""
    _REGISTERED.append(table)
    return table


# Tables counted against the budget but never emptied with the others: each keeps itself within its own
# size, and emptying it would only make its entries again (the entity tagger's table of token scores).
_COUNTED: weakref.WeakSet[Any] = weakref.WeakSet()  # a table no longer used is no longer counted


def count(table: Any) -> Any:
    """Count ``table``'s entries (its ``cache_info().currsize``) against the budget without emptying it
    with the others: what it holds then leaves that much less room to the tables that are emptied, and
    the budget still bounds the memory of all of them. Returns it."""
    _COUNTED.add(table)
    return table


# A cache of fewer entries than this holds a few things built once (a loaded model, a table of
# permutations), not a vocabulary that grows; and an unbounded ``functools.cache`` is a loader. Neither is
# a memo table: emptying one would only load the model again (and keep both copies where a registered
# table still points into the old one).
_MEMO_MIN_SIZE = 1024


def _is_memo(table: Any) -> bool:
    try:
        size = table.cache_info().maxsize
    except (AttributeError, TypeError):
        return False
    return size is not None and size >= _MEMO_MIN_SIZE and callable(getattr(table, "cache_clear", None))


def memo_tables() -> Iterator[Any]:
    """Every bounded ``functools`` memo table of a loaded ``marsad`` module, and every registered table,
    each once."""
    seen: set[int] = set()
    for table in _REGISTERED:
        if id(table) not in seen:
            seen.add(id(table))
            yield table
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "marsad" or name.startswith("marsad.")):
            continue
        for value in list(vars(module).values()):
            if id(value) not in seen and _is_memo(value):
                seen.add(id(value))
                yield value


def memo_entries() -> int:
    """Entries held in all of marsad's memo tables, and in the tables only counted (:func:`count`)."""
    total = sum(table.cache_info().currsize for table in _COUNTED)
    for table in memo_tables():
        total += len(table) if isinstance(table, dict) else table.cache_info().currsize
    return total


def clear_memos() -> None:
    """Empty every memo table."""
    for table in memo_tables():
        if isinstance(table, dict):
            table.clear()
        else:
            table.cache_clear()


def keep_within(budget: int = DEFAULT_BUDGET) -> bool:
    """Empty every memo table when together they hold more than ``budget`` entries; whether they were."""
    if memo_entries() <= budget:
        return False
    clear_memos()
    return True


# --- the C heap ------------------------------------------------------------------------------------------
# Python objects are a small part of a watch's memory (44 MB traced by tracemalloc after 450 articles,
# against 350 MB resident): the rest is the C heap of glibc's malloc, which gives each thread that
# allocates its own arena (a watch runs a thread per host it fetches from) and keeps freed memory in them.
# Two calls of glibc, where it is the C library, keep that level.

_M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h


@cache
def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not sys.platform.startswith("linux") or name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.malloc_trim, libc.mallopt  # noqa: B018 - only glibc has both
    except (OSError, AttributeError):
        return None
    return libc


def fewer_heaps(arenas: int = 2) -> bool:
    """Ask glibc's malloc for at most ``arenas`` heaps from now on (threads then share them); whether it
    could be asked (not on other C libraries)."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(_M_ARENA_MAX, arenas))


def give_back() -> bool:
    """Return the C heap's free memory to the system (glibc's ``malloc_trim``); whether any was."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))


# --- the cyclic garbage collector --------------------------------------------------------------------------
# Reading a story makes millions of short-lived tuples (tokens, spans, scores). CPython's collector looks
# at its youngest objects every 700 net allocations, and every tenth of those looks at the older ones
# too, which in a reader hold the memo tables' tuples: reading the stories of 2,000 SaudiNewsNet articles
# in one process spent 6.5-8.0 s in 3,563 collections, and 1.1-1.3 s in 81 at 20,000 / 10 / 10
# (docs/performance.md, stop 26). The little garbage with cycles that reading leaves waits a little longer.
_FEWER = (20_000, 10, 10)
_fewer_lock = threading.Lock()
_fewer_depth = 0
_fewer_saved = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic collector less often inside the block (also a decorator); thresholds already set
    higher are kept. Re-entrant and safe across threads: the last block to end restores them."""
    global _fewer_depth, _fewer_saved
    with _fewer_lock:
        if _fewer_depth == 0:
            _fewer_saved = gc.get_threshold()
            gc.set_threshold(*(max(now, fewer) for now, fewer in zip(_fewer_saved, _FEWER, strict=True)))
        _fewer_depth += 1
    try:
        yield
    finally:
        with _fewer_lock:
            _fewer_depth -= 1
            if _fewer_depth == 0:
                gc.set_threshold(*_fewer_saved)
