"""A bounded table of what a tagger computes once per distinct token: the CRF's sums of feature weights
(:mod:`marsad.extract.ner.crf`) and the fast network's input rows (:mod:`marsad.extract.ner.fast`).

Both taggers spend most of their time on the first meeting of a word (its features are strings made in
Python) and little on gathering what was made, so each keeps every distinct token's result in one array
indexed by a number per token, and an article's tokens are gathered from it in one step.

The table's size is fixed (allocated once). When it is full it starts again from the half of its tokens
that the most texts used (counted per text, halved at each start): the common words of the day's news
keep their rows. It is not one of :mod:`marsad.memo`'s tables: those are emptied together when their
entries pass a budget, to keep a long-running process's memory level, but emptying this one frees little
and threw away the common words' rows every few hundred articles. Its entries are still counted against
that budget (:func:`marsad.memo.count`). Reading 8,000 SaudiNewsNet articles, the CRF made 500,347 rows
when its table was emptied with the memo tables, 337,676 when it started again empty only when full, and
237,240 keeping the most used half (272,760 keeping a quarter). A lock keeps threads reading stories side
by side (the web app) from numbering into each other's rows, or starting it again mid-article.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np

from marsad.memo import count

__all__ = ["TokenTable"]


class _Held(NamedTuple):
    currsize: int


class TokenTable:
    """Each distinct token's row (of shape ``shape``) and, when ``extras``, one more thing made with it (the
    CRF's keys of the token), for at most ``capacity`` tokens (by default :attr:`CAPACITY`)."""

    # 24 MB for the CRF's rows (5 × 9 float64 each) in each reading process. Over all 31,030 SaudiNewsNet
    # articles read by two processes, each makes about 378,000 rows with 65,536 kept and 261,000 with
    # 131,072 (a simulation of this table over the tokens the readers met): some 3 s of CPU a process,
    # for 24 MB more in each; the network's table gains more from the room (``fast.KEPT_WORDS``).
    CAPACITY = 1 << 16

    def __init__(
        self, shape: tuple[int, ...], dtype: Any = np.float64, *, extras: bool = False, capacity: int | None = None
    ) -> None:
        self.capacity = self.CAPACITY if capacity is None else capacity
        self._keeps_extras = extras
        self._numbers: dict[str, int] = {}
        self._rows = np.zeros((self.capacity, *shape), dtype=dtype)
        self._extras: list[Any] = []
        self._uses = np.zeros(self.capacity, dtype=np.int64)  # texts that used each token
        self._lock = threading.Lock()
        count(self)

    def cache_info(self) -> _Held:
        """How many tokens the table holds, as a ``functools`` cache reports it (for :mod:`marsad.memo`)."""
        return _Held(len(self._numbers))

    def rows(
        self, tokens: Sequence[str], make: Callable[[list[str]], tuple[np.ndarray, Sequence[Any]]]
    ) -> tuple[np.ndarray, list[Any]]:
        """The rows of ``tokens`` and what was made with each (an empty list unless the table keeps extras);
        ``make(new)`` gives both (rows, and a sequence of one thing per token, or nothing when the table
        keeps none) for the tokens not in the table, in the order met."""
        half = self.capacity // 2
        if len(tokens) > half:  # a text longer than the table holds: in parts
            parts = [self.rows(tokens[i : i + half], make) for i in range(0, len(tokens), half)]
            return np.concatenate([rows for rows, _ in parts]), [extra for _, extras in parts for extra in extras]
        with self._lock:
            if len(self._numbers) + len(tokens) > self.capacity:
                self._start_again()
            numbers = self._numbers
            found = []
            fresh: list[str] = []
            for token in tokens:
                number = numbers.get(token)
                if number is None:
                    number = numbers[token] = len(numbers)
                    fresh.append(token)
                found.append(number)
            if fresh:
                first = len(numbers) - len(fresh)
                made, made_extras = make(fresh)
                self._rows[first : len(numbers)] = made
                if self._keeps_extras:
                    self._extras.extend(made_extras)
            self._uses[found] += 1  # once per text, however often it holds the token
            if not self._keeps_extras:
                return self._rows[found], []
            extras = self._extras
            return self._rows[found], [extras[number] for number in found]

    def _start_again(self) -> None:
        """Keep the half of the tokens that the most texts used (ties: the first numbered), renumbered
        from 0 in their old order, their counts halved so that what was common long ago can leave."""
        held = len(self._numbers)
        kept = np.sort(np.argsort(-self._uses[:held], kind="stable")[: self.capacity // 2])
        k = len(kept)
        self._rows[:k] = self._rows[kept]
        self._uses[:k] = self._uses[kept] // 2
        self._uses[k:] = 0
        order = kept.tolist()
        tokens = list(self._numbers)  # in the order numbered
        if self._keeps_extras:
            self._extras = [self._extras[n] for n in order]
        self._numbers = {tokens[n]: new for new, n in enumerate(order)}
