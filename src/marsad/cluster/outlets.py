"""A story that one outlet alone tells: only its copies hold together.

A story is every outlet's coverage of one event. Among the articles of several outlets, what tells two
reports of one outlet apart from two reports of one event is missing inside a single newsroom: its articles
share the house's templates, bylines, datelines and section words. A wire's regional desk files the day's
rain in three governorates in one template; a paper's social page prints five wedding notices headed
``"X" يحتفل بزفاف``; an online outlet runs its crime briefs (``القبض على مواطن بحوزته ...``) and its market
closes one after another. Their words match as well as two outlets' reports of one event do, and the
linkage and the anchors put them in one story. A careful reader does not: each is its own event until
another newsroom reports the same thing.

So when the articles come from two outlets or more, a story all of whose articles are one outlet's is
kept together only where its reports are the same report told again — a copy filed twice, an update of
the same text — at a cosine of their vectors of ``one_outlet_copies`` or more; the rest of it
falls apart into those copies and single reports. A story two outlets tell is untouched, and so is any
article of no known outlet (counted as an outlet of its own, as the anchors count it: two reports whose
source is not known may be two newsrooms'). When all the articles are one outlet's (a reader following a
single site), nothing is split: there is no other newsroom to corroborate anything.

Measured on every labelled set (docs/quality.md, stop 50): one outlet's stories found on the held-out
SaudiNewsNet days were mostly of several events (08-06: 47 such stories, 10 of one event), while the hand
labels hold few stories of one outlet (16 of 111 on 08-06, 33 of its 781 articles).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

__all__ = ["copy_groups", "one_outlet_apart"]


def one_outlet_apart(
    stories: Sequence[Sequence[list[int]]],
    outlets: Sequence[str | None],
    vectors: sp.csr_matrix,
    copies: float,
    several_outlets: bool | None = None,
    kept: Callable[[list[int]], bool] | None = None,
) -> list[list[list[int]]]:
    """``stories`` (each a list of parts, each part a list of rows of ``vectors``) with every story of two
    articles or more whose articles are all of one known outlet split into the groups its copies make (rows
    linked by a cosine of ``copies`` or more, and what they link to in turn), each a story of one part;
    unchanged when fewer than two outlets are known: among ``outlets``, unless ``several_outlets`` says (a store
    clustering a region of its articles again: its other articles count, or a region of one outlet's stories
    would join what the whole store keeps apart). A story whose rows ``kept`` holds true of stays whole (one
    person named throughout: :func:`marsad.cluster.named.one_person_throughout`). Parts and stories keep their
    order; the groups of a split story follow in the order of their first row."""
    if several_outlets is None:
        several_outlets = len({outlet for outlet in outlets if outlet}) >= 2
    if not several_outlets:
        return [list(parts) for parts in stories]
    result: list[list[list[int]]] = []
    for parts in stories:
        rows = sorted(i for part in parts for i in part)
        named = {outlets[i] for i in rows}
        if len(rows) < 2 or len(named) != 1 or not next(iter(named)) or (kept is not None and kept(rows)):
            result.append(list(parts))
            continue
        result.extend([group] for group in copy_groups(rows, vectors, copies))
    return result


def copy_groups(rows: list[int], vectors: sp.csr_matrix, copies: float) -> list[list[int]]:
    """``rows`` grouped by single linkage over the pairs at a cosine of ``copies`` or more, each group sorted,
    the groups by their first row. Compared densely (one outlet's story is a handful of reports): a pair the
    sparse product leaves out is at cosine 0, which a ``copies`` of 0 still links (the rule turned off)."""
    similar = sp.csr_matrix((vectors[rows] @ vectors[rows].T).toarray() >= copies)
    _, component = connected_components(similar, directed=False)
    groups: dict[int, list[int]] = {}
    for row, label in zip(rows, component.tolist(), strict=True):
        groups.setdefault(label, []).append(row)
    return sorted(groups.values(), key=lambda group: group[0])
