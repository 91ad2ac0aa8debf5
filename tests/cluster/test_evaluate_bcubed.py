"""B-cubed precision, recall and F1 on groupings whose scores can be worked out by hand."""

from __future__ import annotations

import pytest

from marsad.cluster import bcubed

GOLD = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "c1": "C"}


@pytest.mark.parametrize(
    ("predicted", "precision", "recall"),
    [
        ([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]], 1.0, 1.0),
        # everything apart: each item alone is pure, but holds 1/3, 1/2 or all of its class
        ([["a1"], ["a2"], ["a3"], ["b1"], ["b2"], ["c1"]], 1.0, (3 * (1 / 3) + 2 * (1 / 2) + 1) / 6),
        # everything together: complete, but each item's cluster is 3/6, 2/6 or 1/6 its own class
        ([["a1", "a2", "a3", "b1", "b2", "c1"]], (3 * 3 / 6 + 2 * 2 / 6 + 1 / 6) / 6, 1.0),
        # one B item put with the A items: the four A-cluster items score 3/4, 3/4, 3/4 and 1/4
        ([["a1", "a2", "a3", "b1"], ["b2"], ["c1"]], (3 * 3 / 4 + 1 / 4 + 1 + 1) / 6, (3 + 1 / 2 + 1 / 2 + 1) / 6),
    ],
    ids=["perfect", "all-apart", "all-together", "one-misplaced"],
)
def test_bcubed_matches_hand_computed_scores(predicted: list[list[str]], precision: float, recall: float) -> None:
    score = bcubed(predicted, GOLD)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.f1 == pytest.approx(2 * precision * recall / (precision + recall))


@pytest.mark.parametrize(
    "predicted",
    [
        [["a1", "a2", "a3"], ["b1", "b2"]],  # c1 missing
        [["a1", "a2", "a3"], ["b1", "b2"], ["c1", "a1"]],  # a1 twice
        [["a1", "a2", "a3"], ["b1", "b2"], ["c1", "x"]],  # x not in gold
    ],
    ids=["missing", "repeated", "unknown"],
)
def test_bcubed_refuses_groupings_of_other_items(predicted: list[list[str]]) -> None:
    with pytest.raises(ValueError):
        bcubed(predicted, GOLD)
