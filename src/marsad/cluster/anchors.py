"""The angles of one event brought together by the words every report of it repeats: its anchors.

A big event is covered from many angles on the same days — the attack, the victims' names, the
investigation, each government's condemnation, the sermons — and average linkage
(:mod:`marsad.cluster.linkage`) keeps each angle apart: a condolence cable and the list of the wounded
share few words, and the mean over all their pairs stays low. What they do share is the event's own
words, which nearly every report of it repeats somewhere in its text (on the labelled SaudiNewsNet days,
88 % of the 205 reports of the Abha mosque bombing hold two of ``طوارئ، عسير، تفجير، مسجد، شهداء``,
against 1.2 % of the other articles).

So each group that several outlets report (``anchor_min_articles`` articles from ``anchor_min_outlets``
outlets) is described by its **anchors**: the stems at least ``anchor_share`` of its articles hold, rarer
than ``anchor_min_idf`` in the background, weighed by their idf. Then:

1. two such groups whose days together span at most ``anchor_days`` are one story when the anchors they share weigh
   at least ``anchor_overlap`` of the geometric mean of the two sets' weights (merged agglomeratively, best pair first,
   the anchors of a merged story recomputed over all its articles), and one of those anchors is theirs on those days:
   their articles are a share ``anchor_specific`` or more of the reports near them that hold it, counted as step 2
   counts. The anchors two stories of a war day share can all be the war's words (``داعش، تنظيم، ضرب، قتل، جوي``):
   Turkey's first strikes on ISIS and the US defence secretary in Baghdad, the same day, shared 0.32 of their weight;
   the most specific of those anchors was held by their reports in 0.26 of the day's reports holding it;
2. what is left alone then — a single report, a pair, a group of one outlet, an angle that shared too
   little with any other — joins the larger story whose anchors its articles hold the most of, on
   average over its articles, when they hold ``anchor_attach`` of that weight or more, each anchor
   counted by how specific it is to the story among the reports of its days (:func:`_attach_shares`).
   A condolence cable or a sermon holds few of the bombing's words but the most specific ones (the
   place, the force attacked); a market report holds the words of every market report.

The groups a story was made of stay visible as its facets.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from marsad.settings import ClusterSettings

from .background import background_share
from .linkage import day_gap, densities

__all__ = ["MIN_ANCHORS", "join_angles"]

# A description of fewer stems than this says too little to join anything by (a market report's
# "price" and "week"): such a group joins by its own similarity only.
MIN_ANCHORS = 3


def join_angles(
    groups: Sequence[Sequence[int]],
    stems: sp.csr_matrix,
    stem_idf: np.ndarray,
    outlets: Sequence[str | None],
    days: Sequence[int | None],
    settings: ClusterSettings,
    apart: Sequence[bool] | None = None,
    density: Sequence[int] | None = None,
    markets: Sequence[int | None] | None = None,
) -> list[list[list[int]]]:
    """Stories as lists of the given ``groups`` (rows of ``stems``, an articles × stems 0/1 matrix with
    background idf ``stem_idf``), each story's groups largest first; every group in exactly one story.
    Articles whose ``apart`` flag differs (written in another script) are never joined: a group's articles
    share theirs (the similarity graph never links across it). ``density[i]`` is how many articles were
    published within ``density_days`` of article ``i``, among those given or more (a store clustering a
    region of its stories again); by default, among those given. ``markets[i]`` is the market article
    ``i``'s headline is about (:func:`marsad.cluster.places.market_named`), if any: two groups whose
    headlines are mostly about different markets are never one story (a day's oil reports and its gold
    reports share every word of a market report, their anchors too).

    Deterministic for the given group order (ties go to the earlier group).
    """
    weight = np.where(stem_idf >= settings.anchor_min_idf, stem_idf, 0).astype(np.float64)
    if density is None:
        density = densities(days, settings.density_days)
    script_of = [bool(apart[g[0]]) if apart is not None and len(g) else False for g in groups]
    market_of = [_market(g, markets) for g in groups]
    stems = stems.tocsr()
    # group × article membership, then group × stem counts of articles holding the stem
    rows = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    cols = np.fromiter((i for g in groups for i in g), dtype=np.int64, count=len(rows))
    membership = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(groups), stems.shape[0]))
    counts = (membership @ stems).tocsr()
    sizes = np.array([len(g) for g in groups], dtype=np.float64)

    def outlet_count(group: Sequence[int]) -> int:
        # an article of no known outlet counts as one of its own: nothing says two unknown sources are one
        # (MultiLing's reports, files read without a manifest)
        return len({outlets[i] if outlets[i] else ~i for i in group})

    big = [
        k
        for k, g in enumerate(groups)
        if len(g) >= settings.anchor_min_articles and outlet_count(g) >= settings.anchor_min_outlets
    ]
    story_of = {k: k for k in big}  # story id: the first group's index
    parts: dict[int, list[int]] = {k: [k] for k in big}
    story_counts = {k: counts[k] for k in big}
    story_size = {k: sizes[k] for k in big}
    story_days = {k: sorted({days[i] for i in groups[k] if days[i] is not None}) for k in big}

    def anchors(story: int) -> np.ndarray:
        """Anchors of a story: sorted stem columns held by enough of its articles and rare enough."""
        row = story_counts[story]
        found = row.indices[(row.data >= settings.anchor_share * story_size[story]) & (weight[row.indices] > 0)]
        return np.sort(found)

    anchor_of = {k: anchors(k) for k in big}

    # Shared weight over the geometric mean of the two sets' weights. Over the lighter set, a story grown
    # large kept only a few general anchors (a league's club names), which every small group of its
    # section held in full: on the 31,030 SaudiNewsNet articles a month of sports news became one story
    # of 2,817. Over the heavier set, the many angles of one event stayed apart: the Abha bombing's main
    # story (188 articles) keeps 12 anchors, all of them held by its 26-article angle of condolence
    # calls, whose own 51 anchors weigh four times more (0.16 over the heavier set, 0.82 over the
    # lighter, 0.36 over their mean). Measured in docs/quality.md.
    def overlap(a: int, b: int) -> float:
        first, second = anchor_of[a], anchor_of[b]
        if len(first) < MIN_ANCHORS or len(second) < MIN_ANCHORS:
            return 0.0
        shared = weight[np.intersect1d(first, second, assume_unique=True)].sum()
        return float(_share(shared, weight[first].sum(), weight[second].sum()))

    near_holders = _NearHolders(stems, days, settings.anchor_days)
    expected_rate = settings.anchor_news_rate * background_share(stem_idf)
    story_near = {k: max(density[i] for i in groups[k]) for k in big}

    def specific(a: int, b: int) -> bool:
        """Whether two stories share an anchor that is theirs among the reports of their days."""
        if settings.anchor_specific <= 0:
            return True
        shared = np.intersect1d(anchor_of[a], anchor_of[b], assume_unique=True)
        if not len(shared):
            return False
        own = (story_counts[a][:, shared] + story_counts[b][:, shared]).toarray().ravel()
        around = near_holders.count(shared, sorted(set(story_days[a]) | set(story_days[b])))
        published = max(story_near[a], story_near[b])
        expected = own + max(published - story_size[a] - story_size[b], 0) * expected_rate[shared]
        return bool((own / np.maximum(np.maximum(around, expected), 1) >= settings.anchor_specific).any())

    def anchor_matrix(stories: Sequence[int], values: np.ndarray) -> sp.csr_matrix:
        """stories × stems, each story's anchors holding ``values`` (per stem)."""
        return _story_rows([anchor_of[s] for s in stories], [values[anchor_of[s]] for s in stories], stems.shape[1])

    def within_span(first: list[int], second: list[int]) -> bool:
        """Whether two stories' days together span at most ``anchor_days``: the angles of one event are
        reported on the same days, and a longer span let the words of a newspaper section (a league's
        matches, a market's week) chain a month of its reports into one "story" (31k SaudiNewsNet)."""
        both = first + second
        return not both or max(both) - min(both) <= settings.anchor_days

    # candidate pairs: big groups sharing an anchor, with their shared anchor weight, by one sparse product
    # (a loop over the pairs cost 15 s at 31k articles)
    neighbours: dict[int, set[int]] = {k: set() for k in big}
    heap: list[tuple[float, int, int]] = []
    if big:
        indicator = anchor_matrix(big, np.ones(stems.shape[1], dtype=np.float64))
        shared = sp.triu(anchor_matrix(big, weight) @ indicator.T, k=1).tocoo()
        rows_, cols_ = shared.row, shared.col
        totals = np.array([weight[anchor_of[k]].sum() for k in big])
        sizes_ok = np.array([len(anchor_of[k]) >= MIN_ANCHORS for k in big])
        first_day = np.array([story_days[k][0] if story_days[k] else 0 for k in big])
        last_day = np.array([story_days[k][-1] if story_days[k] else 0 for k in big])
        dated = np.array([bool(story_days[k]) for k in big])
        # the days of both together span at most anchor_days (within_span, for all pairs at once)
        big_day, small_day = np.iinfo(np.int64).max, np.iinfo(np.int64).min
        low = np.minimum(np.where(dated[rows_], first_day[rows_], big_day), np.where(dated[cols_], first_day[cols_], big_day))
        high = np.maximum(np.where(dated[rows_], last_day[rows_], small_day), np.where(dated[cols_], last_day[cols_], small_day))
        near = ~(dated[rows_] | dated[cols_]) | (high - low <= settings.anchor_days)
        # only pairs near in time are neighbours: a merge only widens a story's days, so a pair whose days
        # span too long never joins (and at 31k articles there were 2.4 M pairs sharing an anchor)
        for x, y in zip(rows_[near].tolist(), cols_[near].tolist(), strict=True):
            neighbours[big[x]].add(big[y])
            neighbours[big[y]].add(big[x])
        scores = _share(shared.data, totals[rows_], totals[cols_])
        script = np.array([script_of[k] for k in big], dtype=bool)
        joinable = near & sizes_ok[rows_] & sizes_ok[cols_] & (scores >= settings.anchor_overlap)
        joinable &= script[rows_] == script[cols_]
        for x, y in zip(rows_[joinable].tolist(), cols_[joinable].tolist(), strict=True):
            a, b = big[x], big[y]
            if not _same_market(market_of[a], market_of[b]):
                continue
            score = overlap(a, b)  # the exact score the merge loop checks against
            if score >= settings.anchor_overlap and specific(a, b):
                heap.append((-score, min(a, b), max(a, b)))
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if story_of.get(a) != a or story_of.get(b) != b or -negative != overlap(a, b):
            continue  # merged away, or its anchors changed since (the new score was queued then)
        keep, gone = min(a, b), max(a, b)
        market_of[keep] = market_of[keep] if market_of[keep] is not None else market_of[gone]
        for k in parts[gone]:
            story_of[k] = keep
        parts[keep] += parts.pop(gone)
        story_counts[keep] = story_counts[keep] + story_counts.pop(gone)
        story_size[keep] += story_size.pop(gone)
        story_days[keep] = sorted(set(story_days[keep]) | set(story_days.pop(gone)))
        story_near[keep] = max(story_near[keep], story_near.pop(gone))
        anchor_of[keep] = anchors(keep)
        del anchor_of[gone]
        neighbours[keep] = (neighbours[keep] | neighbours.pop(gone)) - {keep, gone}
        for other in neighbours[keep]:
            neighbours[other].discard(gone)
            neighbours[other].add(keep)
            if within_span(story_days[keep], story_days[other]) and script_of[keep] == script_of[other] \
                    and _same_market(market_of[keep], market_of[other]):
                score = overlap(keep, other)
                if score >= settings.anchor_overlap and specific(keep, other):
                    heapq.heappush(heap, (-score, min(keep, other), max(keep, other)))

    stories = sorted(parts)
    joined: dict[int, list[int]] = {s: list(parts[s]) for s in stories}
    usable = [s for s in stories if len(anchor_of[s]) >= MIN_ANCHORS]
    # what is left to attach: the big groups no other one joined (largest first), then the small groups,
    # but not an article with too few content stems to say what it is about (a bare headline, a caption
    # left over): it is a story of its own, as in the linkage (``min_content_stems``)
    lone = sorted((s for s in stories if parts[s] == [s]), key=lambda s: (-sizes[s], s))
    too_little = np.diff(stems.indptr) < settings.min_content_stems
    candidates = lone + [
        k for k in range(len(groups)) if k not in story_of and not all(too_little[i] for i in groups[k])
    ]
    if usable and candidates:
        shares_of = _attach_shares(
            [groups[k] for k in candidates], stems, weight, [anchor_of[s] for s in usable],
            [story_counts[s] for s in usable], near_holders, [story_days[s] for s in usable],
            settings.anchor_attach,
            [story_near[s] for s in usable],
            [story_size[s] for s in usable],
            expected_rate,
        )
        size_of = {s: story_size[s] for s in stories}
        for row, k in enumerate(candidates):
            start, stop = shares_of.indptr[row], shares_of.indptr[row + 1]
            shares, columns = shares_of.data[start:stop], shares_of.indices[start:stop]
            group_days = sorted({days[i] for i in groups[k] if days[i] is not None})
            for position in np.lexsort((columns, -shares)):
                if shares[position] < settings.anchor_attach:
                    break
                story = usable[columns[position]]
                if story == k or story not in joined or size_of[story] <= sizes[k]:
                    continue  # itself, a story that joined another, or a smaller one: the smaller joins the larger
                if script_of[k] != script_of[story]:
                    continue  # an English wire report quoting the Arabic names of an Arabic story
                if not _same_market(market_of[k], market_of[story]):
                    continue  # the day's gold report holds the oil story's market words too
                # a follow-up weeks later must hold more of the story, as in the linkage (1 + gap / gap_days),
                # and never further than the window that bounds every link
                gap = day_gap(group_days, story_days[story])
                if gap > settings.window_days or shares[position] < settings.anchor_attach * (1 + gap / settings.gap_days):
                    continue
                if k in joined:  # a big group alone, with the reports another may have joined to it
                    joined[story] += joined.pop(k)
                else:
                    joined[story].append(k)
                story_days[story] = sorted(set(story_days[story]) | set(group_days))
                story_of[k] = story
                size_of[story] += sizes[k]
                break
        stories = [s for s in stories if s in joined]
    result = [joined[s] for s in stories]
    result += [[k] for k in range(len(groups)) if k not in story_of]
    return [sorted(parts_of, key=lambda k: (-len(groups[k]), k)) for parts_of in result]


def _market(group: Sequence[int], markets: Sequence[int | None] | None) -> int | None:
    """The market most of a group's headlines are about (more than half of its articles), or ``None``."""
    if markets is None or not group:
        return None
    named = [markets[i] for i in group if markets[i] is not None]
    if not named:
        return None
    top = max(set(named), key=lambda m: (named.count(m), -m))
    return top if 2 * named.count(top) > len(group) else None


def _same_market(first: int | None, second: int | None) -> bool:
    """Whether two groups may be one story as far as their markets go: not when both are about markets and
    not the same one."""
    return first is None or second is None or first == second


def _attach_shares(
    candidates: Sequence[Sequence[int]],
    stems: sp.csr_matrix,
    weight: np.ndarray,
    anchors: Sequence[np.ndarray],
    holders: Sequence[sp.csr_matrix],
    near_holders: _NearHolders,
    story_days: Sequence[list[int]],
    bar: float,
    published_near: Sequence[int],
    story_sizes: Sequence[float],
    expected_rate: np.ndarray,
) -> sp.csr_matrix:
    """candidates × stories: how much of each story's anchor weight the candidate's articles hold, on
    average over its articles, each anchor counted by how specific it is to the story; only the shares
    that reach ``bar`` are given (a pair left out is under it).

    An anchor's weight (its background idf) is scaled by the share of the articles holding it, among
    those published near the story's days (``near_holders``: within ``anchor_days``), that are the story's
    own (``holders[s]``: the story's articles holding each stem; undated articles count as near every story). The words of one
    event (طوارئ، عسير in the Abha bombing) are held by its reports and few others of those days, the words
    of a newspaper section (a market report's مؤشر، نقطة) by many reports of other stories too: holding an
    event's specific words is evidence of reporting it, holding a section's words is not. Measured on the
    labelled SaudiNewsNet days (docs/quality.md): without the scaling, a bar of 0.3 of the plain weight
    attached 181 more articles than 0.5 did, 126 of them wrongly, mostly to market and sports stories.
    Counted near the story's days, not over the whole corpus, so that a month of other news does not make
    an event's words look common.

    But a store clusters again only a region of its days (the new articles and the stories they share
    words with), among which every anchor looked more specific than among all the day's reports: one
    article at a time, the stories were 0.944 B-cubed against the batch's. So the other articles of the
    story's days (``published_near[s]`` articles within ``density_days``, the story's ``story_sizes[s]``
    among them, counted in the store) are expected to hold each anchor at least at ``expected_rate``
    (per stem: ``anchor_news_rate`` times its share of the background's passages), whether or not they
    were given. A batch, which counts them all, hardly moves (labelled days F1 0.882 -> 0.883).
    """
    values = []
    for story, (columns, row, near) in enumerate(zip(anchors, holders, story_days, strict=True)):
        inside = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
        own = np.array([inside.get(c, 0.0) for c in columns.tolist()], dtype=np.float64)
        around_them = near_holders.count(columns, near)
        expected = own + max(published_near[story] - story_sizes[story], 0) * expected_rate[columns]
        # the story's own undated articles are not in the dated count: never more specific than all its own
        specific = own / np.maximum(np.maximum(around_them, expected), 1)
        values.append(weight[columns] * specific / max(weight[columns].sum(), 1e-12))
    specific_weight = _story_rows(anchors, values, stems.shape[1])
    # Every candidate against every story was 25 M shares at 31k articles, 246 of them over the bar. So a
    # story's lightest anchors, together under half the bar, are left out of a first product: a candidate
    # holding none of the others cannot reach the bar. Only the pairs whose share can still reach it (the
    # first product plus all the lightest anchors) are scored exactly.
    heavy_values, heavy_columns, light = [], [], np.zeros(len(anchors))
    for story, (columns, value) in enumerate(zip(anchors, values, strict=True)):
        order = np.argsort(value, kind="stable")
        running_light = np.cumsum(value[order])
        lightest = int(np.searchsorted(running_light, bar / 2, side="left"))
        light[story] = running_light[lightest - 1] if lightest else 0.0
        heavy_values.append(value[order[lightest:]])
        heavy_columns.append(columns[order[lightest:]])
    heavy = _story_rows(heavy_columns, heavy_values, stems.shape[1])
    sizes = [len(g) for g in candidates]
    rows = np.repeat(np.arange(len(candidates)), sizes)
    articles = np.fromiter((i for g in candidates for i in g), dtype=np.int64, count=len(rows))
    mean = sp.csr_matrix(
        (1.0 / np.repeat(sizes, sizes), (rows, np.arange(len(rows)))), shape=(len(candidates), len(rows))
    )
    held = stems[articles].tocsr()
    bound = (mean @ (held @ heavy.T)).tocoo()
    reach = bound.data + light[bound.col] >= bar
    pairs_rows, pairs_cols = bound.row[reach], bound.col[reach]
    exact = np.zeros(len(pairs_rows))
    for n, (candidate, story) in enumerate(zip(pairs_rows.tolist(), pairs_cols.tolist(), strict=True)):
        start, stop = specific_weight.indptr[story], specific_weight.indptr[story + 1]
        row_columns, row_values = specific_weight.indices[start:stop], specific_weight.data[start:stop]
        total = 0.0
        for article in candidates[candidate]:
            have = stems.indices[stems.indptr[article] : stems.indptr[article + 1]]
            total += float(row_values[np.isin(row_columns, have, assume_unique=True)].sum())
        exact[n] = total / len(candidates[candidate])
    return sp.csr_matrix((exact, (pairs_rows, pairs_cols)), shape=(len(candidates), len(anchors)))


class _NearHolders:
    """How many of the articles hold each stem among those published within ``around`` days of some days
    (undated articles count as near every day)."""

    def __init__(self, stems: sp.csr_matrix, days: Sequence[int | None], around: int) -> None:
        # per stem, the dated articles holding it as sorted (stem, day) keys with a running count, so that the
        # holders within a span of days are two binary searches away
        dated = np.array([d is not None for d in days], dtype=bool)
        day_of = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
        by_day = stems[dated].tocoo()
        self.stems, self.around = stems, around
        self.stride = int(day_of.max(initial=0)) + 2 * around + 2
        keys = by_day.col.astype(np.int64) * self.stride + day_of[dated][by_day.row]
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.running = np.concatenate([[0], np.cumsum(by_day.data[order], dtype=np.int64)])
        self.undated = np.asarray(stems[~dated].sum(axis=0)).ravel() if (~dated).any() else None

    def count(self, columns: np.ndarray, near: Sequence[int]) -> np.ndarray:
        """Per stem of ``columns``, its holders published within ``around`` days of the sorted days ``near``
        (every article holding it when ``near`` is empty: a story of undated articles is near them all)."""
        if not near:
            return np.asarray(self.stems[:, columns].sum(axis=0)).ravel()
        wide = columns.astype(np.int64)  # column × stride overflows the 32-bit indexes of scipy
        low = np.searchsorted(self.keys, wide * self.stride + max(near[0] - self.around, 0), side="left")
        high = np.searchsorted(self.keys, wide * self.stride + near[-1] + self.around, side="right")
        found = self.running[high] - self.running[low]
        return found + self.undated[columns] if self.undated is not None else found


def _story_rows(columns: Sequence[np.ndarray], values: Sequence[np.ndarray], width: int) -> sp.csr_matrix:
    """A sparse matrix of ``width`` columns whose row ``r`` holds ``values[r]`` at ``columns[r]``."""
    if not columns:
        return sp.csr_matrix((0, width))
    indptr = np.concatenate([[0], np.cumsum([len(c) for c in columns])])
    return sp.csr_matrix((np.concatenate(values), np.concatenate(columns), indptr), shape=(len(columns), width))


def _share(shared: np.ndarray | float, first: np.ndarray | float, second: np.ndarray | float) -> np.ndarray:
    """Shared anchor weight over the geometric mean of the two sets' weights (for pairs at once or one
    pair): the one measure the candidate pairs and the merge loop compare with ``anchor_overlap``."""
    return np.asarray(shared) / np.maximum(np.sqrt(np.asarray(first) * np.asarray(second)), 1e-12)
