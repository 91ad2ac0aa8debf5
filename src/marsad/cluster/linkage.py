"""Average linkage over a sparse similarity graph, with a threshold that depends on the groups merged.

Starting from single articles, the two groups with the highest mean pairwise similarity are merged while
that mean reaches what the pair of groups requires (:class:`Requirement`): a pair missing from the graph
(below its floor) counts 0. Only groups joined by a graph edge are ever compared, so the work follows the
number of edges, not the square of the number of articles. Ties are broken by row index, so the result
depends only on the graph, the requirement and the row order.

Why average linkage: single linkage (connected components of the pairs above a threshold) chains loosely
related reports together — at volume it collapses (29,559 of SaudiNewsNet's 31,030 articles in one
component at 0.1). Average linkage asks a whole group to hang together.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

__all__ = ["Requirement", "average_linkage", "day_gap", "densities", "undated_density"]


@dataclass(frozen=True)
class Requirement:
    """The mean similarity two groups need to merge: ``(threshold + density_slope * crowding) *
    (1 + gap / gap_days)``.

    ``crowding[i]`` is ``ln(density_i / 2)`` (:func:`crowding`) for article ``i``, ``density_i`` the number of
    articles published within a few days of it (:func:`densities`); a group's crowding is its articles'
    mean. ``gap`` is the fewest days between a dated article of one group and one of the other (0 when
    either has none); an article's days are its publication day and, when ``referred`` is given, the days
    its headline and lead name (``referred[i]``, :mod:`marsad.cluster.referred`).
    """

    threshold: float
    density_slope: float
    gap_days: float
    crowding: Sequence[float]
    days: Sequence[int | None]
    referred: Sequence[Sequence[int]] | None = None


def densities(days: Sequence[int | None], within: int) -> list[int]:
    """For each article, how many articles (itself included) were published within ``within`` days of it;
    an undated article gets :func:`undated_density` of the dated ones' counts."""
    known = sorted(d for d in days if d is not None)
    counts = [
        None if d is None else bisect.bisect_right(known, d + within) - bisect.bisect_left(known, d - within)
        for d in days
    ]
    dated = [c for c in counts if c is not None]
    undated = undated_density(dated, len(days) - len(dated))
    return [undated if c is None else c for c in counts]


def undated_density(dated: Sequence[int], undated: int) -> int:
    """The density an undated article is given beside articles whose densities are ``dated``, ``undated``
    being the number of undated ones: the median (the lower of the middle two) of ``dated``, as crowded as
    the articles it came with, published most likely in the same stretch of days; with none dated, the
    undated ones compete with each other, as one day's news would (at least 1).

    Until stop 62 an undated article counted the undated ones whatever else was given: three dated
    reports in twenty undated made it a day of three, and its bar the lowest of the batch. With 15 % of
    every article's date taken away, the median scored higher on 13 of the 15 sets (labelled small days
    0.936 -> 0.944, held-out 08-03 0.891 -> 0.899, 08-10 0.887 -> 0.895) and lower on one (07-31, -0.001);
    with 40 %, higher on 9, lower on one (08-09, -0.002) (docs/quality.md, stop 62)."""
    if dated:
        return sorted(dated)[(len(dated) - 1) // 2]
    return max(undated, 1)


def crowding(density: int) -> float:
    """``ln(density / 2)``: 0 for two articles, below 0 for one alone on its days.

    An article no other was published near competes with nothing: the requirement is lowest for it. Until
    stop 46 two articles or fewer counted 0, so that a report alone on its day needed what a pair did. Held
    apart so were a topic's follow-ups weeks apart, each alone on its days: MultiLing's dev topics drawn
    three, five and seven reports each (30 draws, mixed) scored B-cubed 0.909 / 0.939 / 0.955, now 0.925 /
    0.958 / 0.965; no set with a day's news in it changes (docs/quality.md)."""
    return math.log(max(density, 1) / 2)


def day_gap(first: Sequence[int], second: Sequence[int]) -> int:
    """The smallest distance between a value of ``first`` and one of ``second`` (both sorted), 0 when
    either is empty."""
    if not first or not second:
        return 0
    i = j = 0
    best = abs(first[0] - second[0])
    while i < len(first) and j < len(second) and best:
        best = min(best, abs(first[i] - second[j]))
        if first[i] < second[j]:
            i += 1
        else:
            j += 1
    return best


def average_linkage(graph: sp.csr_matrix, requirement: Requirement) -> list[list[int]]:
    """Greedy average-linkage merging on a sparse similarity graph; groups of row indexes.

    The score of two groups is the mean similarity over all pairs of their articles, a pair missing from
    the graph counting 0. The best-scoring pair of groups is merged while its score reaches the
    ``requirement`` for those two groups.

    The heap is lazy: a merged group's score with a neighbour is a size-weighted mean of the two parts'
    scores with it (one of them 0 when only one part was linked), so it never exceeds the larger of the
    scores already queued for that neighbour. A popped score is therefore compared with the current one
    and merged only when still current, otherwise queued again.
    """
    n = graph.shape[0]
    crowd = [float(c) for c in requirement.crowding]
    dates: list[list[int]] = [[d] if d is not None else [] for d in requirement.days]
    if requirement.referred is not None:
        dates = [sorted({*own, *named}) if own else own for own, named in zip(dates, requirement.referred, strict=True)]
    members: list[list[int]] = [[i] for i in range(n)]
    alive = [True] * n

    def needed(a: int, b: int) -> float:
        mean_crowding = (crowd[a] + crowd[b]) / (len(members[a]) + len(members[b]))
        base = requirement.threshold + requirement.density_slope * mean_crowding
        return base * (1 + day_gap(dates[a], dates[b]) / requirement.gap_days)

    # No pair needs less than the least crowded article's requirement (a gap only raises the bar): most
    # scores are below it, and are not worth the exact requirement (called 3 M times at 31k articles, it
    # was half the time of this function).
    least = (
        requirement.threshold + requirement.density_slope * min(crowd, default=0.0)
        if requirement.density_slope >= 0 and requirement.gap_days > 0
        else -math.inf
    )

    upper = sp.triu(graph, k=1).tocoo()
    # each group's neighbours and the summed similarity to each: a dict per row, made from the rows of the
    # symmetric graph at once (filled pair by pair, 1.4 M pairs at 31k articles took 2 s)
    both = (upper + upper.T).tocsr()
    bounds, columns, values = both.indptr.tolist(), both.indices.tolist(), both.data.tolist()
    links: list[dict[int, float]] = [
        dict(zip(columns[start:stop], values[start:stop], strict=True))
        for start, stop in itertools.pairwise(bounds)
    ]
    # the single articles' requirements for all pairs at once, in the order of operations of needed()
    # (1.4 M calls at 31k articles), so that the two agree to the last bit
    crowd_of = np.asarray(crowd, dtype=np.float64)
    dated = np.array([d is not None for d in requirement.days], dtype=bool)
    day_of = np.array([d if d is not None else 0 for d in requirement.days], dtype=np.int64)
    first, second = upper.row, upper.col
    gap = np.where(dated[first] & dated[second], np.abs(day_of[first] - day_of[second]), 0)
    if requirement.referred is not None:
        # a pair either of whose articles names other days is as far apart as the nearest of those days (needed()'s
        # gap): the publication days alone kept a report of the London bombings' fourth anniversary, which names
        # ``7 يوليو 2005``, from ever meeting the survivors' campaign of that December (MultiLing M001)
        naming = np.array([bool(named) for named in requirement.referred], dtype=bool)
        for k in np.flatnonzero(naming[first] | naming[second]).tolist():
            gap[k] = day_gap(dates[first[k]], dates[second[k]])
    base = requirement.threshold + requirement.density_slope * ((crowd_of[first] + crowd_of[second]) / 2)
    required = base * (1 + gap / requirement.gap_days)
    keep = (upper.data >= least) & (upper.data >= required)
    heap: list[tuple[float, int, int]] = [
        (-s, i, j) for i, j, s in zip(first[keep].tolist(), second[keep].tolist(), upper.data[keep].tolist(), strict=True)
    ]
    heapq.heapify(heap)

    while heap:
        negative, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        current = links[a][b] / (len(members[a]) * len(members[b]))
        if current < -negative - 1e-9:  # stale: the queued score was an upper bound
            if current >= least and current >= needed(a, b):
                heapq.heappush(heap, (-current, a, b))
            continue
        if current < needed(a, b):  # the groups grew apart in time or into a more crowded stretch
            continue
        # merge the group with fewer neighbours (`small`) into the other (`big`), which keeps its row
        big, small = (a, b) if len(links[a]) >= len(links[b]) else (b, a)
        alive[small] = False
        members[big] += members[small]
        members[small] = []
        crowd[big] += crowd[small]
        dates[big] = sorted(set(dates[big]) | set(dates[small]))
        dates[small] = []
        big_links, small_links = links[big], links[small]
        links[small] = {}
        del big_links[small]
        del small_links[big]
        for other, s in small_links.items():
            other_links = links[other]
            del other_links[small]
            big_links[other] = other_links[big] = big_links.get(other, 0.0) + s
        # the merged group's requirement changed with its crowding and days: score every neighbour again
        size = len(members[big])
        for other, total in big_links.items():
            merged = total / (size * len(members[other]))
            if merged >= least and merged >= needed(big, other):
                heapq.heappush(heap, (-merged, min(big, other), max(big, other)))
    return [group for group, keep in zip(members, alive, strict=True) if keep]
