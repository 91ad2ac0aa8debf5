"""The similarity graph that story clustering works on: each article linked to its nearest neighbours.

Computing and keeping every pair is quadratic, so the graph keeps, for each article, only its
:data:`NEIGHBOURS` most similar articles among those it may be linked to, and only pairs at least
``floor`` similar (the union over both ends, so the graph is symmetric). Pairs are computed by sparse
matrix products over blocks of rows in time order; a block is multiplied only with the column chunks its
time window reaches. The products stay sparse because :func:`marsad.cluster.vectors.story_vectors` leaves
out the features that nearly every article shares.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

__all__ = ["NEIGHBOURS", "similarity_graph"]

# Neighbours kept per article. A story larger than this keeps most but not all of its inner pairs. With
# MultiLing hidden among all of SaudiNewsNet, 15, 20, 30 and 50 neighbours gave the 50 reports the same
# B-cubed F1 within 0.03; each edge costs linkage time, so 20.
NEIGHBOURS = 20

# One product is at most 1024 × 8192 pairs (a few tens of MB even when a third of them share a feature).
_ROWS_PER_BLOCK = 1024
_COLUMNS_PER_CHUNK = 8192


def similarity_graph(
    vectors: sp.csr_matrix,
    days: Sequence[int | None],
    *,
    window_days: int,
    floor: float = 0.0,
    neighbours: int = NEIGHBOURS,
) -> sp.csr_matrix:
    """Symmetric sparse matrix of cosine similarities between candidate pairs of articles.

    ``vectors`` has one L2-normalized row per article (:func:`marsad.cluster.vectors.story_vectors`);
    ``days[i]`` is article ``i``'s publication day as an ordinal, or ``None`` when unknown. Entry
    ``(i, j)`` is present when the pair's similarity is above zero and at least ``floor``, ``j`` is among
    the ``neighbours`` most similar articles to ``i`` or the other way round, and the two are at most
    ``window_days`` apart (an article with no date may pair with any). The diagonal is empty.
    """
    n = vectors.shape[0]
    known = np.array([d is not None for d in days], dtype=bool)
    day = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
    # time order: dated articles by day (stable), then the undated ones
    dated_order = np.flatnonzero(known)[np.argsort(day[known], kind="stable")]
    order = np.concatenate([dated_order, np.flatnonzero(~known)])
    # Rows are taken in time order a block at a time rather than as one reordered copy: with the
    # transposed chunks below, a whole copy made the matrix's third in memory at once (at 31k articles
    # the peak of the whole pipeline).
    vectors = vectors.tocsr()
    ordered_day = day[order]
    n_dated = len(dated_order)
    chunks = [
        (start, vectors[order[start : start + _COLUMNS_PER_CHUNK]].T.tocsr())
        for start in range(0, n, _COLUMNS_PER_CHUNK)
    ]
    # blocks of rows never mix dated and undated articles
    blocks = [(s, min(s + _ROWS_PER_BLOCK, n_dated)) for s in range(0, n_dated, _ROWS_PER_BLOCK)]
    blocks += [(s, min(s + _ROWS_PER_BLOCK, n)) for s in range(n_dated, n, _ROWS_PER_BLOCK)]

    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    sims: list[np.ndarray] = []
    for start, stop in blocks:
        if stop <= n_dated:
            # dated rows reach the dated articles of their window, and every undated one
            first = np.searchsorted(ordered_day[:n_dated], ordered_day[start:stop] - window_days, side="left")
            last = np.searchsorted(ordered_day[:n_dated], ordered_day[start:stop] + window_days, side="right")
            reach = [(int(first[0]), int(last[-1])), (n_dated, n)]
        else:
            first = last = None
            reach = [(0, n)]
        block = vectors[order[start:stop]]
        found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for begin, end in reach:
            for chunk_start, chunk in chunks:
                lo, hi = max(begin, chunk_start), min(end, chunk_start + chunk.shape[1])
                if lo >= hi:
                    continue
                product = block @ chunk[:, lo - chunk_start : hi - chunk_start]
                # most products are faint: drop them before anything else touches the entries
                product.data[product.data < max(floor, np.finfo(np.float32).tiny)] = 0
                product.eliminate_zeros()
                product = product.tocoo()
                row, col, sim = product.row, product.col + lo, product.data
                keep = col != row + start
                if first is not None and last is not None:
                    # a dated pair further apart than the window is never a candidate
                    keep &= (col >= n_dated) | ((col >= first[row]) & (col < last[row]))
                found.append((row[keep], col[keep], sim[keep]))
        if found:
            row, col, sim = (np.concatenate(parts) for parts in zip(*found, strict=True))
            best = _top_per_row(row, sim, neighbours)
            rows.append(row[best] + start)
            cols.append(col[best])
            sims.append(sim[best])

    if not rows:
        return sp.csr_matrix((n, n), dtype=np.float32)
    graph = sp.csr_matrix(
        (np.concatenate(sims), (order[np.concatenate(rows)], order[np.concatenate(cols)])), shape=(n, n)
    )
    return graph.maximum(graph.T).tocsr()


def _top_per_row(row: np.ndarray, sim: np.ndarray, k: int) -> np.ndarray:
    """Indexes of the ``k`` highest similarities of each row (ties kept in the order found)."""
    by_row = np.lexsort((-sim, row))  # stable: equal similarities keep their column order
    ranked_rows = row[by_row]
    row_start = np.searchsorted(ranked_rows, ranked_rows, side="left")
    return by_row[np.arange(len(by_row)) - row_start < k]
