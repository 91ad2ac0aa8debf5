"""Shared pieces of the neural entity taggers: the tag set, piece alignment and constrained decoding.

Both the fine-tuned e5-small (the ``accurate`` mode and the teacher) and the fast student score each word
with a log-probability per BIO tag; :func:`decode_tags` turns those scores into the best tag sequence
that is valid BIO (no ``I-X`` after ``O`` or after another type), by Viterbi over the word scores with
forbidden transitions — the ``conlleval`` reading of a sequence then never has to repair anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

__all__ = ["TAGS", "decode_tags", "first_pieces", "piece_windows"]

TAGS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")


def _allowed() -> np.ndarray:
    """``allowed[i, j]``: tag j may follow tag i."""
    allowed = np.ones((len(TAGS), len(TAGS)), dtype=bool)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            for i, before in enumerate(TAGS):
                allowed[i, j] = before[2:] == tag[2:]
    return allowed


_FORBIDDEN = np.where(_allowed(), 0.0, -1e4).astype(np.float32)
_START = np.array([-1e4 if t.startswith("I-") else 0.0 for t in TAGS], dtype=np.float32)


def decode_tags(logp: np.ndarray) -> list[str]:
    """The best valid BIO sequence for ``logp`` (``[words, len(TAGS)]`` log-probabilities)."""
    n = logp.shape[0]
    if n == 0:
        return []
    score = logp[0] + _START
    back = np.zeros((n, len(TAGS)), dtype=np.int64)
    for i in range(1, n):
        total = score[:, None] + _FORBIDDEN
        back[i] = total.argmax(0)
        score = total.max(0) + logp[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return [TAGS[t] for t in reversed(best)]


def first_pieces(pieces: Sequence[Sequence[int]], bos: int, eos: int) -> tuple[list[int], list[int]]:
    """``(ids, firsts)``: the pieces of consecutive words framed by ``bos``/``eos``, and the position of
    each word's first piece (where its tag is read)."""
    ids, firsts = [bos], []
    for word in pieces:
        firsts.append(len(ids))
        ids.extend(word)
    ids.append(eos)
    return ids, firsts


def piece_windows(pieces: Sequence[Sequence[int]], max_pieces: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` word ranges of consecutive words whose pieces fit in ``max_pieces`` (a word longer
    than that is a window of its own), covering every word in order."""
    start = 0
    while start < len(pieces):
        end, count = start, 0
        while end < len(pieces) and (count + len(pieces[end]) <= max_pieces or end == start):
            count += len(pieces[end])
            end += 1
        yield start, end
        start = end
