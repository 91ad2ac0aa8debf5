"""LexRank centrality: a probability over sentences that favours what the others repeat."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.summarize import StoryIndex
from marsad.summarize.lexrank import lexrank


@pytest.mark.parametrize("n", [1, 2, 7])
def test_lexrank_unconnected_sentences_share_evenly(n):
    assert np.allclose(lexrank(np.zeros((n, n))), np.full(n, 1.0 / n))


def test_lexrank_empty_is_empty():
    assert lexrank(np.zeros((0, 0))).shape == (0,)


@pytest.mark.parametrize("leaves", [2, 5, 20])
def test_lexrank_hub_ranks_first(leaves):
    similarity = np.zeros((leaves + 1, leaves + 1))
    similarity[0, 1:] = similarity[1:, 0] = 0.5
    scores = lexrank(similarity)
    assert scores.sum() == pytest.approx(1.0)
    assert int(np.argmax(scores)) == 0


@pytest.mark.parametrize(
    ("central", "peripheral"),
    [
        pytest.param("وأكد ماكينزي أن", "وفي السياق ذاته، أعرب", id="reprinted-quote-vs-iran-aside"),
        pytest.param("وعقد الجانبان الجولة الرابعة", "وحول محاولة اغتيال", id="deal-vs-assassination-aside"),
    ],
)
def test_lexrank_story_core_outranks_asides(demo_articles, central, peripheral):
    index = StoryIndex(demo_articles)
    scores = lexrank(index.similarity)
    (c,) = [k for k, u in enumerate(index.units) if u.text.startswith(central)]
    (p,) = [k for k, u in enumerate(index.units) if u.text.startswith(peripheral)]
    assert scores[c] > 1.5 * scores[p]
