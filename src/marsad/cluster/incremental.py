"""Stories that grow as articles arrive: which stored stories to cluster again, and which ids they keep.

A store cannot cluster everything again each time an article arrives, and must not file articles by a
different rule than a batch: a late article can join a story, bridge two, or show that two stored stories
are one. So each arrival re-clusters a **region** with the batch code
(:func:`marsad.cluster.group_stories`) — the new articles and every article of the stored stories they
may join (found by shared headline and lead words) — and the stories of the region are then written back
over the stored ones. Stories that the region does not touch keep their articles. A story judged while
its days were quieter than they are now is re-examined too (:func:`stale`): the requirement to merge
grows with the number of articles of the same days, which a day's first hours understate.

:func:`carry_ids` decides which stored id each new story keeps, so that links and bookmarks stay valid:
a story keeps the id of the stored story it shares most articles with (the oldest on a tie), each stored
id going to one story; a stored story whose articles all went elsewhere is **merged** into the story that
took most of them, and its id redirects there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .stories import StoryGroup

__all__ = ["DENSITY_SLACK", "Carried", "carry_ids", "stale"]

# A stored story is clustered again once the crowding of its days has grown by more than this share since
# it was last clustered (a day's articles reach 1.25 times their count a few times a day at first, then
# no more).
DENSITY_SLACK = 0.25


def stale(stamp: int, density: int) -> bool:
    """Whether a story clustered when its days held ``stamp`` articles should be clustered again now that
    they hold ``density``."""
    return density > stamp * (1 + DENSITY_SLACK)


@dataclass(frozen=True, slots=True)
class Carried:
    """How the stories of a region map onto the stored ones: ``ids[k]`` is the stored story id that new
    story ``k`` keeps (None: a new story); ``merged`` maps each stored id that no story keeps to the index
    of the new story that took most of its articles (its id redirects there)."""

    ids: tuple[int | None, ...]
    merged: dict[int, int]


def carry_ids(stored: Mapping[int, Sequence[str]], groups: Sequence[StoryGroup]) -> Carried:
    """Match the stories ``groups`` of a region with the ``stored`` stories (id -> article ids) it held.

    Every article of a stored story must be in one of ``groups``. Pairs are matched by the number of
    articles they share, largest first (ties: the older stored id, then the earlier group).
    """
    where = {article_id: k for k, group in enumerate(groups) for article_id in group.articles}
    shared: dict[tuple[int, int], int] = {}
    for number, members in stored.items():
        for article_id in members:
            if article_id not in where:
                raise ValueError(f"article {article_id} of story {number} is in no new story")
            key = (number, where[article_id])
            shared[key] = shared.get(key, 0) + 1
    ids: list[int | None] = [None] * len(groups)
    taken: set[int] = set()
    for (number, k), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0][0], item[0][1])):
        if number in taken or ids[k] is not None:
            continue
        ids[k] = number
        taken.add(number)
    merged: dict[int, int] = {}
    for number in sorted(stored):
        if number in taken:
            continue
        counts = [(count, -k) for (n, k), count in shared.items() if n == number]
        if counts:
            merged[number] = -max(counts)[1]
    return Carried(tuple(ids), merged)
