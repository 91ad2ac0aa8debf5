"""Story clustering: group articles that report the same story.

Method (each choice measured in ``bench/cluster_eval.py``):

1. Each article becomes a TF-IDF vector over light-stemmed words and their character n-grams, the title
   counted twice (:mod:`marsad.cluster.vectors`); cosine similarity compares two articles.
2. Each article keeps its nearest neighbours among the articles published within ``window_days`` of it
   (:mod:`marsad.cluster.graph`); an article without a date may pair with any.
3. **Average linkage** over that graph (:func:`average_linkage`): starting from single articles, the two
   groups with the highest mean pairwise similarity are merged while that mean is at least
   ``threshold``; a pair that is not in the graph (too far apart in time, or not among either's nearest
   neighbours) counts as 0.

Why average linkage: single linkage (connected components of the pairs above the threshold) chains
loosely related reports together. On MultiLing it matches average linkage only in a narrow band of
thresholds (B-cubed F1 0.90 at 0.12, 0.81 at 0.1, where it merges topics); at volume it collapses — at
0.1 it puts 1,674 articles of a 2,000-article SaudiNewsNet sample, and 29,559 of all 31,030, into one
component, where average linkage's largest clusters hold 27 and 70. Average linkage asks a whole group
to hang together.

Why the window bounds *pairs* rather than whole stories: a story that keeps being reported is one story
(the gold reading of the demo corpus spans April to December 2021; MultiLing topics span months to
years). A story may therefore run for longer than the window as long as its articles, period by period,
are similar enough to carry the mean over the pairs the window leaves out (which count 0). Two similar
reports with nothing in between and further apart than the window — a yearly event and last year's
edition — are never put together.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from datetime import date

import scipy.sparse as sp

from marsad.model import Article

from .graph import similarity_graph
from .vectors import story_vectors

__all__ = ["THRESHOLD", "WINDOW_DAYS", "average_linkage", "cluster_stories", "publication_day"]

# Chosen on MultiLing 2011 with SaudiNewsNet as a check (bench/cluster_eval.py). MultiLing's B-cubed F1
# peaks at 0.06-0.08 (0.90), but its topics are broader than news stories (a year of tsunami aid reports
# is one topic). At 0.1 MultiLing keeps F1 0.87 with precision 1 (no topic merged into another), and the
# largest clusters of a SaudiNewsNet sample are single events (an infant burnt in an arson attack in the
# West Bank, soldiers killed on the Yemeni border) or a recurring feature (weather bulletins).
THRESHOLD = 0.1
# Half a year: longer than the longest silence inside a story we have seen (109 days in the demo corpus,
# between its April and July reports), shorter than the Hijri year (354 days), so that this year's Hajj
# or Ramadan coverage is not linked to last year's by resemblance alone. On MultiLing, 180 days scored as
# well as any window up to a year.
WINDOW_DAYS = 180


def cluster_stories(
    articles: Sequence[Article], *, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS
) -> list[list[str]]:
    """Group ``articles`` into stories; return the groups as lists of article ids.

    Every article is in exactly one group. Groups come largest first, then by their earliest publication
    date (groups with no dated article last), then by input order; inside a group, articles come by date
    (undated last), then by input order. The result depends only on the articles and their order.

    ``threshold`` is the average cosine similarity a group must keep to be one story; ``window_days`` the
    most days two articles may lie apart and still be linked by their own similarity (see the module
    docstring). Raises ``ValueError`` on repeated article ids.
    """
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique to cluster them")
    if not articles:
        return []
    days = [publication_day(a.published) for a in articles]
    # pairs under half the threshold barely move an average: leaving them out keeps the graph small
    graph = similarity_graph(story_vectors(articles), days, window_days=window_days, floor=threshold / 2)
    groups = average_linkage(graph, threshold=threshold)

    def by_date(i: int) -> tuple[bool, int, int]:
        day = days[i]
        return (day is None, day or 0, i)

    ordered = [sorted(group, key=by_date) for group in groups]
    ordered.sort(key=lambda group: (-len(group), by_date(group[0])))
    return [[ids[i] for i in group] for group in ordered]


def publication_day(published: str | None) -> int | None:
    """The day of an ISO date or datetime string as a proleptic ordinal (``date.toordinal``), or ``None``
    when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def average_linkage(graph: sp.csr_matrix, *, threshold: float) -> list[list[int]]:
    """Greedy average-linkage merging on a sparse similarity graph; groups of row indexes.

    The score of two groups is the mean similarity over all pairs of their articles, a pair missing from
    the graph counting 0. The best-scoring pair of groups is merged while its score is at least
    ``threshold``. Only groups joined by a graph edge are ever compared, so the work follows the number
    of edges, not the square of the number of articles. Ties are broken by row index, so the result
    depends only on the graph.

    The heap is lazy: a merged group's score with a neighbour is a size-weighted mean of the two parts'
    scores with it (one of them 0 when only one part was linked), so it never exceeds the larger of the
    scores already queued for that neighbour. A popped score is therefore compared with the current one
    and merged only when still current, otherwise queued again. This spares rescoring every neighbour
    of a large group each time it absorbs an article.
    """
    n = graph.shape[0]
    links: list[dict[int, float]] = [{} for _ in range(n)]
    upper = sp.triu(graph, k=1).tocoo()
    heap: list[tuple[float, int, int]] = []
    for i, j, s in zip(upper.row.tolist(), upper.col.tolist(), upper.data.tolist(), strict=True):
        links[i][j] = links[j][i] = s
        if s >= threshold:
            heap.append((-s, i, j))
    heapq.heapify(heap)
    # a group is known by the row of one of its articles; `alive` marks those rows
    members: list[list[int]] = [[i] for i in range(n)]
    alive = [True] * n

    while heap:
        negative, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        current = links[a][b] / (len(members[a]) * len(members[b]))
        if current < -negative - 1e-9:  # stale: the queued score was an upper bound
            if current >= threshold:
                heapq.heappush(heap, (-current, a, b))
            continue
        # merge the group with fewer neighbours (`small`) into the other (`big`), which keeps its row
        big, small = (a, b) if len(links[a]) >= len(links[b]) else (b, a)
        alive[small] = False
        members[big] += members[small]
        members[small] = []
        big_links, small_links = links[big], links[small]
        links[small] = {}
        del big_links[small]
        del small_links[big]
        size = len(members[big])
        for other, s in small_links.items():
            other_links = links[other]
            del other_links[small]
            total = big_links.get(other, 0.0) + s
            big_links[other] = other_links[big] = total
            # only these sums grew; every other score of `big` can only have fallen (see above)
            merged = total / (size * len(members[other]))
            if merged >= threshold:
                heapq.heappush(heap, (-merged, min(big, other), max(big, other)))
    return [group for group, keep in zip(members, alive, strict=True) if keep]
