"""A story one outlet alone tells keeps only its copies together (``cluster/outlets.py``), when the articles
come from several outlets; a reader of one site keeps that site's stories."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import ModuleType

import pytest

from marsad.cluster import group_stories
from marsad.settings import DEFAULT


def _story_of(groups: list, article_id: str) -> tuple[str, ...]:
    return next(g.articles for g in groups if article_id in g.articles)


def test_one_papers_wedding_notices_are_each_their_own_story_on_a_small_day(cluster_eval: ModuleType) -> None:
    """Al-Madina's social page of 2015-08-07 prints three wedding notices (``آل الرشيدي يحتفون بزواج سليمان
    وإبراهيم``، ``وليد وعلي في القفص الذهبي``، ``آل طلاب يحتفلون بـ 3 من أبنائهم``): three families, three events,
    alike only in the page's words. On the first small day drawn from the labelled days (118 articles of five
    outlets) the linkage and the anchors made them one story; that one paper alone tells it keeps them apart.
    A story of several outlets is not touched: the day's main event keeps its reports."""
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    articles, gold, _ = cluster_eval.load_labelled()
    chosen, story = cluster_eval.small_days(articles, gold)[0]
    weddings = ["2015-08-07-0672", "2015-08-07-0674", "2015-08-07-0675"]
    assert {a.outlet for a in chosen if a.id in weddings} == {"almadina"}
    assert len({story[i] for i in weddings}) == 3
    groups = group_stories(chosen)
    assert len({_story_of(groups, i) for i in weddings}) == 3
    without = group_stories(chosen, dataclasses.replace(DEFAULT.cluster, one_outlet_copies=0.0))
    assert len({_story_of(without, i) for i in weddings}) == 1
    main = max(set(story.values()), key=list(story.values()).count)
    largest = max(groups, key=lambda g: len(g.articles))
    assert sum(story[i] == main for i in largest.articles) == sum(story[i] == main for i in max(
        without, key=lambda g: len(g.articles)).articles)


def test_one_outlets_copies_stay_one_story(cluster_eval: ModuleType) -> None:
    """Al-Madina files many of its texts twice on 2015-08-07 (``اتحاد الكرة يستبدل باللجان إدارات متخصصة``),
    and Asharq Al-Awsat runs its Nujaifi interview in two pieces on 2015-08-08: each pair is one story, told
    by one outlet only."""
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    articles, gold, _ = cluster_eval.load_labelled()
    groups = group_stories(articles)
    outlet = {a.id: a.outlet for a in articles}
    for first, second in (("2015-08-07-0596", "2015-08-07-0713"), ("2015-08-08-0060", "2015-08-08-0154")):
        assert gold[first] == gold[second] and outlet[first] == outlet[second]
        assert second in _story_of(groups, first)


def test_a_reader_of_one_outlet_keeps_its_stories(cluster_eval: ModuleType) -> None:
    """MultiLing's five topics of ten reports each, all given as one outlet's (a reader following one site):
    nothing to corroborate with, so no story is split (the same stories as with the rule turned off); given as
    two outlets' with each topic one outlet's, every topic falls apart into its reports, none a copy of another."""
    folder: Path = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    articles, gold = cluster_eval.load_multiling(folder)
    one_site = [dataclasses.replace(a, outlet="wikinews") for a in articles]
    off = dataclasses.replace(DEFAULT.cluster, one_outlet_copies=0.0)
    assert group_stories(one_site) == group_stories(one_site, off)
    assert max(len(g.articles) for g in group_stories(one_site)) >= 9
    topics = sorted(set(gold.values()))
    two_sites = [dataclasses.replace(a, outlet=f"site-{topics.index(gold[a.id]) % 2}") for a in articles]
    assert len(group_stories(two_sites)) == len(articles)


def _one_site_and_the_demo(cluster_eval: ModuleType) -> tuple[list, list, list]:
    """One MultiLing topic's ten reports as one site's (``site-a``), the demo's five reports of five other outlets,
    and the stories of one batch of all of them (sorted)."""
    folder: Path = cluster_eval.MULTILING
    if not folder.is_dir():
        pytest.skip(f"MultiLing 2011 Arabic dev set not found at {folder}")
    articles, gold = cluster_eval.load_multiling(folder)
    topic = sorted(set(gold.values()))[0]
    reports = [dataclasses.replace(a, outlet="site-a") for a in articles if gold[a.id] == topic]
    demo = cluster_eval.load_demo()
    batch = sorted(g.articles for g in group_stories([*demo, *reports]))
    assert len(batch) == 1 + len(reports)  # none of the site's reports is a copy of another
    return reports, demo, batch


def test_a_store_of_several_outlets_files_one_outlets_reports_as_the_batch_does(cluster_eval: ModuleType) -> None:
    """A store that holds the demo's five outlets, then gets one MultiLing topic's ten reports one at a time, all
    of a sixth outlet: each region it clusters again holds only that outlet's reports, but the store holds others,
    so the reports stay apart as one batch of all the articles keeps them (none is a copy of another)."""
    reports, demo, batch = _one_site_and_the_demo(cluster_eval)
    stored = cluster_eval.store_stories([demo, *([r] for r in reports)], DEFAULT.cluster)
    assert sorted(g.articles for g in stored) == batch


def test_a_store_of_one_outlet_splits_its_stories_when_a_second_outlet_arrives(cluster_eval: ModuleType) -> None:
    """A store that first holds one site's reports (one MultiLing topic's ten, as ``site-a``'s) keeps them as one
    story (nine of them; one report stands apart): there is no other newsroom to corroborate anything. When the
    demo's five reports of other outlets arrive, the store holds several outlets, and its stories are those of one
    batch of all the articles: the site's ten reports each their own story, though the new reports touch none."""
    reports, demo, batch = _one_site_and_the_demo(cluster_eval)
    alone = cluster_eval.store_stories([reports], DEFAULT.cluster)
    assert max(len(g.articles) for g in alone) >= 9
    stored = cluster_eval.store_stories([reports, demo], DEFAULT.cluster)
    assert sorted(g.articles for g in stored) == batch


def test_one_papers_run_on_one_persons_affairs_stays_one_story(cluster_eval: ModuleType) -> None:
    """Asharq Al-Awsat told Abadi's reforms in six reports of 2015-08-11 that no other outlet of the held-out
    set's three carried (the parliament's vote, the first package, Maliki and Allawi rejecting it in two
    versions, a lawyer on its legality): one event, every report naming Abadi in its headline or lead. The
    linkage found them as one; that one paper alone told them cut it into six stories. Naming one person
    throughout keeps it whole, where a page of wedding notices names its own families
    (``test_one_papers_wedding_notices_are_each_their_own_story_on_a_small_day``)."""
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    held = {name.split()[2]: (articles, story) for name, articles, story in cluster_eval.load_held_out()}
    articles, story = held["08-11"]
    abadi = [a.id for a in articles if story[a.id] == "abadi-reform-package"]
    assert len(abadi) == 6 and {a.outlet for a in articles if a.id in abadi} == {"aawsat"}
    groups = group_stories(articles)
    assert set(_story_of(groups, abadi[0])) == set(abadi)
    without = group_stories(articles, dataclasses.replace(DEFAULT.cluster, one_outlet_person_least=0))
    assert len({_story_of(without, i) for i in abadi}) == 6
