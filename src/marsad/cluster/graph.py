"""The similarity graph that story clustering works on: each article linked to its most similar ones.

Computing and keeping every pair is quadratic, so the graph keeps, for each article, only its
``neighbours`` most similar articles among those it may be linked to, and only pairs at least ``floor``
similar (the union over both ends, so the graph is symmetric). Pairs are computed by sparse matrix
products over blocks of rows in time order; a block is multiplied only with the column chunks its time
window reaches, by sparse_dot_topn's product that keeps each row's best as it goes (scipy's plain product
where the window cuts a chunk).

In a large corpus nearly every pair shares some frequent feature (a country's name in a national press),
which would make the products quadratic in practice. So candidates are found without the features held
by more than :data:`COMMON_DF` articles and :data:`COMMON_SHARE` of the corpus, and the similarity of each
candidate pair is then completed with those features: the weights in the graph are the exact cosines,
the same a small batch gives for the same two articles. A corpus of up to ``COMMON_DF / COMMON_SHARE``
articles has no such features.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sparse_dot_topn import sp_matmul_topn

__all__ = ["COMMON_DF", "COMMON_SHARE", "similarity_graph", "with_referred_pairs"]

COMMON_DF = 100
COMMON_SHARE = 0.01

# One product is at most 1024 × 8192 pairs (a few tens of MB even when a third of them share a feature).
_ROWS_PER_BLOCK = 1024
_COLUMNS_PER_CHUNK = 8192
# Candidates kept per article before completing their similarity, as a multiple of `neighbours`.
_CANDIDATE_FACTOR = 1.5
# Rows whose candidate pairs are completed at a time (their common features held dense: 64 × 10k
# features is 2.8 MB at 31k articles, near the processor's caches for the random reads into it; 256 rows
# took 6.1-6.9 CPU s at 31k, 64 rows with int32 offsets 5.1 s).
_ROWS_PER_STEP = 64


def similarity_graph(
    vectors: sp.csr_matrix,
    days: Sequence[int | None],
    *,
    window_days: int,
    floor: float = 0.0,
    neighbours: int = 50,
    apart: Sequence[bool] | None = None,
) -> sp.csr_matrix:
    """Symmetric sparse matrix of cosine similarities between candidate pairs of articles.

    ``vectors`` has one L2-normalized row per article (:func:`marsad.cluster.vectors.story_vectors`);
    ``days[i]`` is article ``i``'s publication day as an ordinal, or ``None`` when unknown. Entry
    ``(i, j)`` is present when the pair's similarity is above zero and at least ``floor``, ``j`` is among
    the ``neighbours`` most similar articles to ``i`` or the other way round, the two are at most
    ``window_days`` apart (an article with no date may pair with any), and ``apart[i] == apart[j]`` when
    ``apart`` is given (articles in another script are never linked to Arabic ones). The diagonal is
    empty.
    """
    n = vectors.shape[0]
    vectors = vectors.tocsr()
    if n == 0:
        return sp.csr_matrix((0, 0), dtype=np.float32)
    df = np.bincount(vectors.indices, minlength=vectors.shape[1])
    common = df > max(COMMON_DF, COMMON_SHARE * n)
    pruned = vectors
    if common.any():
        pruned = (vectors @ sp.diags((~common).astype(np.float32))).tocsr()
        pruned.eliminate_zeros()
    # Candidates must reach the floor on the rarer features alone: a pair whose similarity lies mostly in
    # features that a hundredth of the corpus holds is not worth completing (and there are millions).
    keep = int(neighbours * _CANDIDATE_FACTOR) if common.any() else neighbours
    rows, cols, sims = _candidates(pruned, days, window_days, floor, keep)
    if common.any() and len(rows):
        sims = sims + _common_part(vectors[:, np.flatnonzero(common)].tocsr(), rows, cols)
        ok = sims >= max(floor, np.finfo(np.float32).tiny)
        rows, cols, sims = rows[ok], cols[ok], sims[ok]
        best = _top_per_row(rows, sims, neighbours)
        rows, cols, sims = rows[best], cols[best], sims[best]
    if apart is not None and len(rows):
        kind = np.asarray(apart, dtype=bool)
        same = kind[rows] == kind[cols]
        rows, cols, sims = rows[same], cols[same], sims[same]
    graph = sp.csr_matrix((sims, (rows, cols)), shape=(n, n), dtype=np.float32)
    return graph.maximum(graph.T).tocsr()


def with_referred_pairs(
    graph: sp.csr_matrix,
    vectors: sp.csr_matrix,
    days: Sequence[int | None],
    referred: Sequence[Sequence[int]],
    *,
    window_days: int,
    floor: float = 0.0,
    apart: Sequence[bool] | None = None,
) -> sp.csr_matrix:
    """``graph`` (from :func:`similarity_graph`) with the pairs the window left out that an article's
    ``referred`` days bring within it: article ``i`` with every dated article published at most
    ``window_days`` from one of ``referred[i]`` but further than that from ``days[i]``, when their
    similarity is above zero and at least ``floor`` (and both are in one script, as ``apart`` tells).
    Such pairs are few (a follow-up years on naming its event's date), so they are all kept, not only the
    most similar (:mod:`marsad.cluster.referred`)."""
    known = np.array([d is not None for d in days], dtype=bool)
    if not known.any() or not any(referred):
        return graph
    day = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
    order = np.flatnonzero(known)[np.argsort(day[known], kind="stable")]  # dated articles by day
    by_day = day[order]
    kind = np.asarray(apart, dtype=bool) if apart is not None else np.zeros(len(days), dtype=bool)
    least = max(floor, np.finfo(np.float32).tiny)
    rows: list[int] = []
    cols: list[int] = []
    sims: list[float] = []
    for i, named in enumerate(referred):
        if not named or not known[i]:
            continue
        # the days within the window of a named day but not of the article's own: at most two stretches of the
        # dated articles per named day, found by binary search (a corpus of a few weeks has none, and gathering
        # every article near a named day to drop them all after cost 4-6 s of clustering 31k articles)
        near = np.asarray(named, dtype=np.int64)
        own_low, own_high = day[i] - window_days, day[i] + window_days
        stretches = []
        for low_days, high_days in (
            (near - window_days, np.minimum(near + window_days, own_low - 1)),
            (np.maximum(near - window_days, own_high + 1), near + window_days),
        ):
            low = np.searchsorted(by_day, low_days, side="left")
            high = np.searchsorted(by_day, high_days, side="right")
            stretches += [order[a:b] for a, b in zip(low.tolist(), high.tolist(), strict=True) if a < b]
        if not stretches:
            continue
        reach = np.unique(np.concatenate(stretches))
        others = reach[kind[reach] == kind[i]]
        if not len(others):
            continue
        similar = np.asarray((vectors[others] @ vectors[i].T).todense()).ravel()
        keep = similar >= least
        rows += [i] * int(keep.sum())
        cols += others[keep].tolist()
        sims += similar[keep].tolist()
    if not rows:
        return graph
    extra = sp.csr_matrix((np.array(sims, dtype=np.float32), (rows, cols)), shape=graph.shape, dtype=np.float32)
    return graph.maximum(extra.maximum(extra.T)).tocsr()


def _common_part(common: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The dot products over the common features (``common``, one row per article) of each pair
    ``(rows[k], cols[k])``.

    Each unordered pair is computed once (a pair is usually a candidate from both ends). The pairs are
    taken by their first article, a stretch of rows at a time: those rows are made dense, and each
    pair's second row is read against them entry by entry. Multiplying the two sparse rows of every pair
    instead (gathered, then merged on their indexes) cost 19 s and 2.5 GB at 31k articles, whose rows
    hold about 435 common features each.
    """
    n, width = common.shape
    low, high = np.minimum(rows, cols), np.maximum(rows, cols)
    pairs, back = np.unique(low * n + high, return_inverse=True)  # sorted: by first article, then second
    first, second = pairs // n, pairs % n
    values = np.zeros(len(pairs), dtype=np.float32)
    bounds = np.searchsorted(first, np.arange(0, n + _ROWS_PER_STEP, _ROWS_PER_STEP))
    for step, (begin, end) in enumerate(itertools.pairwise(bounds.tolist())):
        if begin == end:
            continue
        start = step * _ROWS_PER_STEP
        dense = common[start : start + _ROWS_PER_STEP].toarray().ravel()
        other = common[second[begin:end]]
        lengths = np.diff(other.indptr)
        # int32 offsets (a step's dense rows are far under 2**31 entries): half the bytes to move
        flat = np.repeat(((first[begin:end] - start) * width).astype(np.int32), lengths)
        flat += other.indices
        products = dense[flat]
        products *= other.data
        held = lengths > 0
        if held.any():
            values[begin:end][held] = np.add.reduceat(products, other.indptr[:-1][held])
    return values[back]


def _candidates(
    vectors: sp.csr_matrix, days: Sequence[int | None], window_days: int, floor: float, keep: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each row, its ``keep`` most similar rows (by ``vectors``' dot products, at least ``floor``)
    within the time window: (rows, columns, similarities) in the rows' own numbering."""
    n = vectors.shape[0]
    known = np.array([d is not None for d in days], dtype=bool)
    day = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
    # time order: dated articles by day (stable), then the undated ones
    dated_order = np.flatnonzero(known)[np.argsort(day[known], kind="stable")]
    order = np.concatenate([dated_order, np.flatnonzero(~known)])
    # Rows are taken in time order a block at a time rather than as one reordered copy: with the
    # transposed chunks below, a whole copy made the matrix's third in memory at once.
    ordered_day = day[order]
    n_dated = len(dated_order)
    chunks = [
        (start, vectors[order[start : start + _COLUMNS_PER_CHUNK]].T.tocsr())
        for start in range(0, n, _COLUMNS_PER_CHUNK)
    ]
    # blocks of rows never mix dated and undated articles
    blocks = [(s, min(s + _ROWS_PER_BLOCK, n_dated)) for s in range(0, n_dated, _ROWS_PER_BLOCK)]
    blocks += [(s, min(s + _ROWS_PER_BLOCK, n)) for s in range(n_dated, n, _ROWS_PER_BLOCK)]

    least = max(floor, np.finfo(np.float32).tiny)
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
                part = chunk[:, lo - chunk_start : hi - chunk_start]
                if first is None or last is None or (first[-1] <= lo and last[0] >= hi):
                    # every row of the block may pair with every column of the part: only each row's
                    # best few can be candidates, and the fused product keeps no more than those
                    product = _best_products(block, part, 2 * keep + 1, least)
                else:
                    product = block @ part
                    # most products are faint: drop them before anything else touches the entries
                    product.data[product.data < least] = 0
                    product.eliminate_zeros()
                product = product.tocoo()
                row, col, sim = product.row, product.col + lo, product.data
                keep_pair = col != row + start
                if first is not None and last is not None:
                    # a dated pair further apart than the window is never a candidate
                    keep_pair &= (col >= n_dated) | ((col >= first[row]) & (col < last[row]))
                found.append((row[keep_pair], col[keep_pair], sim[keep_pair]))
        if found:
            row, col, sim = (np.concatenate(parts) for parts in zip(*found, strict=True))
            best = _top_per_row(row, sim, keep)
            rows.append(order[row[best] + start])
            cols.append(order[col[best]])
            sims.append(sim[best].astype(np.float32))
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)


def _best_products(left: sp.csr_matrix, right: sp.csr_matrix, top: int, least: float) -> sp.csr_matrix:
    """``left @ right`` with, in each row, only its ``top`` largest entries of at least ``least``.

    sparse_dot_topn multiplies and selects in one pass in C++, never holding a row's faint products: 4.4-4.8
    CPU s for the candidates of 31k articles, against 7.9-9.3 s for scipy's product and a selection after
    it. Its choice among equal values may differ from :func:`_top_per_row`'s, so it is asked for about twice
    as many as are kept: the final choice is :func:`_top_per_row`'s."""
    # it keeps values strictly above its threshold: the float32 just under `least` keeps `least` itself
    threshold = float(np.nextafter(np.float32(least), np.float32(0)))
    return sp_matmul_topn(
        left.astype(np.float32, copy=False), right.astype(np.float32, copy=False), top_n=top, threshold=threshold
    )


def _top_per_row(row: np.ndarray, sim: np.ndarray, k: int) -> np.ndarray:
    """Indexes of the ``k`` highest similarities of each row (ties kept in the order found)."""
    by_row = np.lexsort((-sim, row))  # stable: equal similarities keep their column order
    ranked_rows = row[by_row]
    row_start = np.searchsorted(ranked_rows, ranked_rows, side="left")
    return by_row[np.arange(len(by_row)) - row_start < k]
