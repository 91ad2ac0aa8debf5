"""A story's facets are a handful of angles a reader can open, each taken by more than one report."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
import scipy.sparse as sp

from marsad.cluster import group_stories
from marsad.cluster.facets import fold_facets
from marsad.settings import DEFAULT


def _graph(n: int, pairs: dict[tuple[int, int], float]) -> sp.csr_matrix:
    rows, cols, values = [], [], []
    for (a, b), s in pairs.items():
        rows += [a, b]
        cols += [b, a]
        values += [s, s]
    return sp.csr_matrix((np.array(values), (rows, cols)), shape=(n, n))


def test_a_single_report_joins_the_angle_it_is_most_alike_to() -> None:
    # two angles of three reports each, and one report alike to the second only
    graph = _graph(7, {(0, 1): 0.5, (1, 2): 0.5, (3, 4): 0.5, (4, 5): 0.5, (6, 4): 0.3, (6, 0): 0.05})
    assert fold_facets([[0, 1, 2], [3, 4, 5], [6]], graph, most=12, least_share=0.0) == [[3, 4, 5, 6], [0, 1, 2]]


def test_no_more_angles_than_the_most_and_the_most_alike_join_first() -> None:
    # four angles of two reports: 0-1 and 2-3 alike, 4-5 and 6-7 alike, the two pairs of angles apart
    graph = _graph(8, {(0, 2): 0.4, (1, 3): 0.4, (4, 6): 0.2, (0, 4): 0.01})
    facets = fold_facets([[0, 1], [2, 3], [4, 5], [6, 7]], graph, most=2, least_share=0.0)
    assert facets == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert fold_facets([[0, 1], [2, 3], [4, 5], [6, 7]], graph, most=4, least_share=0.0) == [[0, 1], [2, 3], [4, 5], [6, 7]]


def test_the_bombings_story_opens_on_a_few_angles_each_mostly_one_of_the_labellers(cluster_eval: ModuleType) -> None:
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    articles, gold, facet = cluster_eval.load_labelled()
    story = max(group_stories(articles), key=lambda g: sum(gold[i] == "abha-mosque-bombing" for i in g.articles))
    assert len(story.articles) > 300
    # before the folding: 122 facets, 64 of them a single report
    assert 2 <= len(story.facets) <= DEFAULT.cluster.facets_most
    assert all(len(f) >= 2 for f in story.facets)
    assert sorted(i for f in story.facets for i in f) == sorted(story.articles)
    # the five largest are each mostly one angle of the labeller's (the reactions from abroad, the religious
    # response, the victims ...), not a mix: on average over half their reports (0.62 at stop 43)
    shares = [Counter(facet.get(i, "") for i in part).most_common(1)[0][1] / len(part) for part in story.facets[:5]]
    assert sum(shares) / len(shares) >= 0.5, shares
