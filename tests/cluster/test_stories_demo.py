"""The demo corpus is one story — the gold analyst reading (shared/gold/iraq-2021.json) — although its
reports span April to December 2021."""

from __future__ import annotations

import dataclasses
from types import ModuleType

import pytest

from marsad.cluster import cluster_stories
from marsad.model import Article

ALL_FIVE = {"000", "001", "002", "003", "004"}


@pytest.fixture(scope="module")
def demo(cluster_eval: ModuleType) -> list[Article]:
    """The demo reports cleaned, each dated as its manifest dates it (001 not: the pipeline reads its date
    from its text, which the test below does by hand)."""
    return [dataclasses.replace(a, published=None) if a.id == "001" else a for a in cluster_eval.load_demo()]


def test_demo_is_one_story_with_manifest_dates(demo: list[Article]) -> None:
    stories = cluster_stories(demo)
    assert len(stories) == 1
    assert set(stories[0]) == ALL_FIVE


def test_demo_stays_one_story_when_the_undated_article_gets_its_date(demo: list[Article]) -> None:
    # 001 has no date in the manifest but its header says 9/10/2021; once a cleaner reads it, 001 can no
    # longer bridge 003 (2021-04-07) to the rest, 109 days away from its nearest neighbour 004
    dated = [dataclasses.replace(a, published="2021-09-10") if a.id == "001" else a for a in demo]
    assert [set(s) for s in cluster_stories(dated)] == [ALL_FIVE]


def test_demo_comes_in_date_order_undated_last(demo: list[Article]) -> None:
    assert cluster_stories(demo) == [["003", "004", "000", "002", "001"]]
