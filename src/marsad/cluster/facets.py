"""A story's facets as a reader opens them: a handful of angles, each taken by more than one report.

The angles average linkage finds inside a big story are fine-grained: on the labelled SaudiNewsNet days the
Abha bombing's story held 122 of them, 64 of a single report (the labeller gave it 8: the event, the victims,
the investigation, domestic and international reactions, the religious response, opinion, background). A
list of 122 angles is not something a reader opens. So the angles of a story are folded together:

1. an angle smaller than ``facet_least_share`` of the story (and always one of a single report) joins the
   angle its articles are most alike to, smallest first;
2. while the story has more than ``facets_most`` angles, the two most alike join.

"Alike" is average linkage's own measure, over the similarity graph the angles were found on: the mean
similarity over all pairs of the two angles' articles (a pair missing from the graph counts 0). An angle
alike to none joins the largest. Folding never moves an article to another story: only the facets change.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

__all__ = ["fold_facets"]


def fold_facets(
    facets: Sequence[Sequence[int]], graph: sp.csr_matrix, *, most: int, least_share: float
) -> list[list[int]]:
    """``facets`` (row indexes of ``graph`` each, one story's angles) folded into at most ``most`` facets,
    none smaller than ``least_share`` of the story's articles nor than two (unless the story is one facet);
    largest first, then by their first row, each facet's rows sorted."""
    members = [sorted(facet) for facet in facets if facet]
    if len(members) < 2:
        return members
    rows = np.fromiter((i for facet in members for i in facet), dtype=np.int64)
    owner = np.repeat(np.arange(len(members)), [len(facet) for facet in members])
    belongs = sp.csr_matrix((np.ones(len(rows)), (owner, np.arange(len(rows)))), shape=(len(members), len(rows)))
    # summed similarity between every two facets (sums[a, b] / (size[a] * size[b]) is their mean)
    sums = (belongs @ graph[rows][:, rows] @ belongs.T).toarray()
    sizes = np.array([len(facet) for facet in members], dtype=np.float64)
    alive = np.ones(len(members), dtype=bool)
    least = max(2.0, math.ceil(least_share * len(rows)))
    while alive.sum() > 1:
        living = np.flatnonzero(alive)
        # the smallest facet first (ties: the later one, which the larger-first order made the less central)
        small = living[np.lexsort((-living, sizes[living]))[0]]
        if sizes[small] < least:
            partners = living[living != small]
            means = sums[small, partners] / (sizes[small] * sizes[partners])
            # the most alike; among equals (an angle alike to none) the largest, then the first
            other = partners[np.lexsort((partners, -sizes[partners], -means))[0]]
        elif len(living) > most:
            means = sums[np.ix_(living, living)] / np.outer(sizes[living], sizes[living])
            np.fill_diagonal(means, -np.inf)
            first, second = np.unravel_index(int(np.argmax(means)), means.shape)
            small, other = living[first], living[second]
        else:
            break
        keep, gone = (other, small) if (sizes[other], -other) >= (sizes[small], -small) else (small, other)
        members[keep] = sorted(members[keep] + members[gone])
        sums[keep, :] += sums[gone, :]
        sums[:, keep] += sums[:, gone]
        sizes[keep] += sizes[gone]
        alive[gone] = False
    kept = [members[k] for k in np.flatnonzero(alive)]
    return sorted(kept, key=lambda facet: (-len(facet), facet[0]))
