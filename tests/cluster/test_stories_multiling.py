"""B-cubed on MultiLing 2011 (5 topics × 10 reports) stays at or above the floor pinned in
bench/baselines/cluster.json."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from marsad.cluster import bcubed, cluster_stories

BASELINE = Path(__file__).resolve().parents[2] / "bench" / "baselines" / "cluster.json"


def test_multiling_bcubed_f1_holds_the_floor(cluster_eval: ModuleType) -> None:
    folder: Path = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["multiling2011_ar_dev"]["bcubed_f1_floor"]
    articles, gold = cluster_eval.load_multiling(folder)
    assert len(articles) == 50 and len(set(gold.values())) == 5
    score = bcubed(cluster_stories(articles), gold)
    assert score.f1 >= floor, f"B-cubed {score} under the floor {floor}"


def test_multiling_reports_are_read_with_their_dates(cluster_eval: ModuleType) -> None:
    folder: Path = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    articles = {a.id: a for a in cluster_eval.load_multiling(folder)[0]}
    # a date line, a Levantine month name, a date inside the first paragraph, a date on the third line
    assert articles["M0000"].published == "2005-01-08"
    assert articles["M0005"].published == "2005-12-27"
    assert articles["M0015"].published == "2006-07-07"
    assert articles["M0004"].published == "2005-01-18"
    assert all(a.published for a in articles.values())
    assert not articles["M0000"].text.startswith("السبت")


def test_follow_ups_months_and_years_later_join_their_topic(cluster_eval: ModuleType) -> None:
    """The tsunami topic's last report (a scientific finding, 54 days after the one before) and the London
    bombings topic's (compensation paid to the victims, 432 days after) share few words with any one
    report, but hold the topic's own words: they join it, and no topic takes in another's reports."""
    folder: Path = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    articles, gold = cluster_eval.load_multiling(folder)
    stories = cluster_stories(articles)
    story_of = {article_id: k for k, story in enumerate(stories) for article_id in story}
    assert story_of["M0003"] == story_of["M0000"]
    assert story_of["M0018"] == story_of["M0010"]
    assert all(len({gold[i] for i in story}) == 1 for story in stories)


def test_multiling_thinned_topics_hold_the_floor(cluster_eval: ModuleType) -> None:
    """The topics drawn three, five and seven reports each (90 draws, mixed): a follow-up years on has fewer
    reports in between to carry it to its topic, and the dates it names must (cluster/referred.py)."""
    folder: Path = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["multiling2011_ar_dev_thinned"]["bcubed_f1_floor"]
    articles, gold = cluster_eval.load_multiling(folder)
    draws = cluster_eval.sparse_topics(articles, gold)
    f1 = sum(bcubed(cluster_stories(chosen), truth).f1 for chosen, truth in draws) / len(draws)
    assert f1 >= floor, f"mean B-cubed F1 {f1:.3f} under the floor {floor}"
