"""B-cubed scores of a clustering against a gold grouping (Bagga & Baldwin 1998; Amigó et al. 2009).

For each item, precision is the share of its predicted group that belongs to its gold group, and recall
the share of its gold group that its predicted group holds; both are averaged over items. Unlike pair
counting, B-cubed does not let a few large groups dominate, and a clustering that puts everything in one
group (precision falls) or everything apart (recall falls) cannot score well.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["BCubed", "bcubed"]


@dataclass(frozen=True, slots=True)
class BCubed:
    """B-cubed precision, recall and their harmonic mean, each in ``[0, 1]``."""

    precision: float
    recall: float
    f1: float


def bcubed(predicted: Sequence[Sequence[str]], gold: Mapping[str, str]) -> BCubed:
    """Score ``predicted`` (groups of item ids) against ``gold`` (item id -> gold group label).

    Both must cover the same items, each item once; otherwise ``ValueError``.
    """
    items = [item for group in predicted for item in group]
    if len(items) != len(set(items)) or set(items) != set(gold):
        raise ValueError("predicted groups must hold every gold item exactly once")
    if not items:
        raise ValueError("nothing to score")
    class_sizes = Counter(gold.values())
    precision = recall = 0.0
    for group in predicted:
        overlap = Counter(gold[item] for item in group)
        for label, shared in overlap.items():
            # each of the `shared` items of this label in this group scores the same
            precision += shared * shared / len(group)
            recall += shared * shared / class_sizes[label]
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1)
