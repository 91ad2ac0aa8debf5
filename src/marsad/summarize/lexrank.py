"""Continuous LexRank: sentence centrality as the stationary distribution of a similarity random walk.

Erkan & Radev, "LexRank: Graph-based Lexical Centrality as Salience in Text Summarization", JAIR 22
(2004), section 3.3: each sentence passes its score to the others in proportion to their similarity, and
a small teleport (the damping) keeps the walk ergodic. Written here in numpy (sumy's implementation works
on thresholded graphs and plain strings, and would tokenize Arabic badly).
"""

from __future__ import annotations

import numpy as np

__all__ = ["lexrank"]

DAMPING = 0.15  # the teleport probability Erkan & Radev use (their d), as in PageRank


def lexrank(
    similarity: np.ndarray, *, damping: float = DAMPING, tolerance: float = 1e-8, max_iterations: int = 200
) -> np.ndarray:
    """Centrality of each sentence, from a square non-negative ``similarity`` matrix.

    Output: an array of the same length that sums to 1. A sentence similar to nothing passes its score on
    uniformly (a dangling node), so the result is defined for any input, including all zeros. Power
    iteration stops when the L1 change falls below ``tolerance``.
    """
    n = len(similarity)
    if n == 0:
        return np.zeros(0)
    weights = np.array(similarity, dtype=float)
    row_sums = weights.sum(axis=1)
    dangling = row_sums <= 0
    weights[dangling] = 1.0
    row_sums[dangling] = n
    weights /= row_sums[:, None]  # in place: the matrix is n × n, a copy more was a story's peak of memory
    transition_t = weights.T
    scores = np.full(n, 1.0 / n)
    for _ in range(max_iterations):
        updated = damping / n + (1.0 - damping) * (transition_t @ scores)
        change = np.abs(updated - scores).sum()
        scores = updated
        if change < tolerance:
            break
    return scores / scores.sum()
