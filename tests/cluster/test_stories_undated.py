"""An article whose date is missing, among dated ones, is clustered as one of the day it came with: as
crowded as the median dated article (``cluster.linkage.undated_density``), in a batch and in a store alike.

Until stop 62 it counted only the undated articles as its competitors: alone undated among a day's 118
dated reports, it was held to the bar of a day of one, the lowest of all, and a Yemeni front report joined
a story of ten reports of other events."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest

from marsad.cluster import StoryGroup, group_stories
from marsad.cluster.linkage import densities
from marsad.model import Article

# SaudiNewsNet 2015-07-22, al-Weeam: «مصدر يمني: مقتل «17» حوثياً خلال مواجهات مسلحة في مأرب ...», a single report
# in the held-out labels of that day
YEMEN_REPORT = "2015-07-22-1496"


def _undated(articles: list[Article], article_id: str) -> list[Article]:
    return [dataclasses.replace(a, published=None) if a.id == article_id else a for a in articles]


def _story_of(groups: Sequence[StoryGroup], article_id: str) -> list[str]:
    return sorted(next(g.articles for g in groups if article_id in g.articles))


@pytest.fixture(scope="module")
def small_day(cluster_eval: ModuleType) -> tuple[list[Article], dict[str, str]]:
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    held_out = cluster_eval.load_held_out()
    articles, gold = next(
        cluster_eval.held_out_small_days(articles, story)[0] for name, articles, story in held_out if "07-22" in name
    )
    return articles, gold


def test_an_undated_report_is_clustered_as_one_of_its_day(small_day: tuple[list[Article], dict[str, str]]) -> None:
    articles, gold = small_day
    assert len(articles) == 118 and {a.published for a in articles} == {"2015-07-22"}
    assert YEMEN_REPORT in gold
    dated = _story_of(group_stories(articles), YEMEN_REPORT)
    undated = _story_of(group_stories(_undated(articles, YEMEN_REPORT)), YEMEN_REPORT)
    assert undated == dated
    assert all(gold[i] == gold[YEMEN_REPORT] for i in undated), [gold[i] for i in undated]


def test_a_store_gives_an_undated_report_the_batch_s_story(
    cluster_eval: ModuleType, small_day: tuple[list[Article], dict[str, str]]
) -> None:
    articles, _ = small_day
    mixed = _undated(articles, YEMEN_REPORT)
    batch = _story_of(group_stories(mixed), YEMEN_REPORT)
    stored = _story_of(cluster_eval.store_stories([mixed], cluster_eval.DEFAULT.cluster), YEMEN_REPORT)
    assert stored == batch


def test_undated_articles_alone_compete_with_each_other() -> None:
    # with no dated article the undated ones are taken as one day's news; beside dated ones, as crowded as
    # the median dated one
    day = 738_000
    assert densities([None, None, None], 1) == [3, 3, 3]
    assert densities([day, day, day + 5, None], 1) == [2, 2, 1, 2]
    assert densities([day, day + 5, day + 9, None], 1) == [1, 1, 1, 1]
