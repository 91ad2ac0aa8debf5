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

import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["DEFAULT_BUDGET", "clear_memos", "keep_within", "memo_entries", "memo_tables"]

# Entries kept before a long-running process empties its tables: about 100 MB of them, enough that
# the words of a day's news stay keyed (the watch bench refills 250,000 entries in its first 150 articles).
DEFAULT_BUDGET = 300_000


def memo_tables() -> Iterator[Any]:
    """Every bounded or unbounded ``functools`` cache of a loaded ``marsad`` module, each once."""
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "marsad" or name.startswith("marsad.")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and callable(getattr(value, "cache_clear", None)) and id(value) not in seen:
                seen.add(id(value))
                yield value


def memo_entries() -> int:
    """Entries held in all of marsad's memo tables."""
    total = 0
    for table in memo_tables():
        try:
            total += table.cache_info().currsize
        except TypeError:  # a cache_info that is not functools' (a method of some other object)
            continue
    return total


def clear_memos() -> None:
    """Empty every memo table."""
    for table in memo_tables():
        table.cache_clear()


def keep_within(budget: int = DEFAULT_BUDGET) -> bool:
    """Empty every memo table when together they hold more than ``budget`` entries; whether they were."""
    if memo_entries() <= budget:
        return False
    clear_memos()
    return True
