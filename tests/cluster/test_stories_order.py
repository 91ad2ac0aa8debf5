"""Every article in exactly one story; stories largest first, then earliest; the same input gives the
same output."""

from __future__ import annotations

import dataclasses
import itertools
import random
from types import ModuleType

import pytest

from marsad.cluster import cluster_stories
from marsad.model import Article


@pytest.fixture(scope="module")
def mixed(cluster_eval: ModuleType) -> list[Article]:
    """Two MultiLing topics (London bombings, Bali climate conference) and the demo corpus, interleaved."""
    folder = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    reports = [a for a in cluster_eval.load_multiling(folder)[0] if a.id[:4] in ("M001", "M004")]
    demo = cluster_eval.load_demo()
    return [a for pair in itertools.zip_longest(reports, demo) for a in pair if a is not None]


def test_every_article_is_in_exactly_one_story(mixed: list[Article]) -> None:
    stories = cluster_stories(mixed)
    placed = [article_id for story in stories for article_id in story]
    assert sorted(placed) == sorted(a.id for a in mixed)


def test_stories_come_largest_first_then_earliest(mixed: list[Article]) -> None:
    first_day = {a.id: a.published or "9999" for a in mixed}
    stories = cluster_stories(mixed)
    keys = [(-len(s), min(first_day[i] for i in s)) for s in stories]
    assert keys == sorted(keys)
    for story in stories:  # inside a story: by date, undated last
        days = [first_day[i] for i in story]
        assert days == sorted(days)


def test_the_demo_story_is_not_mixed_with_other_topics(mixed: list[Article]) -> None:
    demo_ids = {"000", "001", "002", "003", "004"}
    story = next(s for s in cluster_stories(mixed) if "000" in s)
    assert set(story) == demo_ids


@pytest.mark.parametrize("seed", [1, 2])
def test_input_order_does_not_change_the_stories(mixed: list[Article], seed: int) -> None:
    shuffled = random.Random(seed).sample(mixed, len(mixed))
    assert sorted(map(sorted, cluster_stories(shuffled))) == sorted(map(sorted, cluster_stories(mixed)))


def test_the_same_input_gives_the_same_output(mixed: list[Article]) -> None:
    assert cluster_stories(mixed) == cluster_stories(list(mixed))


def test_no_articles_no_stories() -> None:
    assert cluster_stories([]) == []


def test_an_article_alone_is_its_own_story(mixed: list[Article]) -> None:
    assert cluster_stories(mixed[:1]) == [[mixed[0].id]]


def test_repeated_ids_are_refused(mixed: list[Article]) -> None:
    with pytest.raises(ValueError, match="unique"):
        cluster_stories([mixed[0], dataclasses.replace(mixed[1], id=mixed[0].id)])
