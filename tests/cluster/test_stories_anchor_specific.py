"""Two angles are one story only when an anchor they share is theirs on those days (``cluster.anchor_specific``,
``cluster/anchors.py``): a war day's stories share the war's words, and those alone join no two events."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import ModuleType

import pytest

from marsad.cluster import group_stories
from marsad.settings import DEFAULT

# SaudiNewsNet 2015-07-24: Turkey's first air strikes on ISIS in Syria and the opening of Incirlik (six outlets)
TURKEY_STRIKES = ["2015-07-24-0061", "2015-07-24-1163", "2015-07-24-1332", "2015-07-24-1579", "2015-07-24-1739",
                  "2015-07-24-1869"]
# the same day: the US defence secretary Ashton Carter in Baghdad, on the fight for Anbar (five outlets)
CARTER_IN_BAGHDAD = ["2015-07-24-0737", "2015-07-24-0994", "2015-07-24-1458", "2015-07-24-1661", "2015-07-24-1909"]


def _story_of(groups: list, article_id: str) -> tuple[str, ...]:
    return next(g.articles for g in groups if article_id in g.articles)


def test_a_war_days_words_alone_join_no_two_events(cluster_eval: ModuleType) -> None:
    """Both share داعش، تنظيم، ضرب، قتل، جوي and more: 0.32 of their anchors' weight, over the bar, and they were
    one story of 23 reports. None of those words is theirs among the day's reports; each event stays whole."""
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    articles = [cluster_eval.saudinewsnet_article(r) for r in cluster_eval.saudinewsnet_day("2015-07-24")]
    before = group_stories(articles, dataclasses.replace(DEFAULT.cluster, anchor_specific=0.0))
    assert _story_of(before, TURKEY_STRIKES[0]) == _story_of(before, CARTER_IN_BAGHDAD[0])
    groups = group_stories(articles)
    strikes, carter = _story_of(groups, TURKEY_STRIKES[0]), _story_of(groups, CARTER_IN_BAGHDAD[0])
    assert strikes != carter
    assert set(TURKEY_STRIKES) <= set(strikes)
    assert set(CARTER_IN_BAGHDAD) <= set(carter)
