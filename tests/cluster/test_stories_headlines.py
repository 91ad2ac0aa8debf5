"""A report that is little more than its headline joins the story its headline names, by the words the
story's own headlines use; general words its story's reports happen to hold in their bodies do not."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import ModuleType

import pytest

from marsad.cluster import cluster_stories
from marsad.settings import DEFAULT

# SaudiNewsNet 2015-08-09 (held-out labels, three outlets): the Abha mosque bombing's third day. An
# outlet's feed carried a few reactions with no body at all, only the headline.
HEADLINE_ONLY = (
    "2015-08-09-0388",  # أهالي بريدة ينددون بتفجير مسجد الطوارئ ويقفون صفًا واحدًا في مواجهة ...
    "2015-08-09-0509",  # ابن مشيط: تفجير مسجد الطوارئ أراد استهداف وطننا وأمننا
    "2015-08-09-0523",  # تفجير مسجد قوات الطوارئ يؤكد على دناءة فاعليه وتجردهم من جميع التعاليم ...
)
BOMBER_NAMED = "2015-08-09-0219"  # قاتل المصلين سعودي «21 عاما» يشتبه في انتمائه لـ «القاعدة»
# the same day: the rains forecast, a headline and a line (the bombing's words are not in it)
UNRELATED_SHORT = "2015-08-09-0205"  # الأرصاد: أمطار رعدية على جنوب وغرب المملكة


def _day(cluster_eval: ModuleType, name: str) -> list:
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    (day,) = [articles for label, articles, _ in cluster_eval.load_held_out() if name in label]
    return day


def test_headline_only_reports_join_the_event_their_headline_names(cluster_eval: ModuleType) -> None:
    day = _day(cluster_eval, "08-09")
    by_id = {a.id: a for a in day}
    assert all(len(by_id[i].text.split()) < 10 for i in HEADLINE_ONLY)  # no body: a caption's names at most
    (bombing,) = [story for story in cluster_stories(day) if BOMBER_NAMED in story]
    assert set(HEADLINE_ONLY) <= set(bombing), [by_id[i].title for i in HEADLINE_ONLY if i not in bombing]
    assert UNRELATED_SHORT not in bombing
    # without the rule (every report counted long) they stay alone
    blind = dataclasses.replace(DEFAULT.cluster, headline_only_stems=0)
    (bombing,) = [story for story in cluster_stories(day, blind) if BOMBER_NAMED in story]
    assert not set(HEADLINE_ONLY) & set(bombing)


def test_a_headline_must_use_the_storys_own_headline_words(cluster_eval: ModuleType) -> None:
    """A short wire item on Germany's heat record (``رقم قياسي جديد لدرجات الحرارة``, two outlets) holds
    ``رقم`` and ``درجة``, which eight of the nine reports of Saudia's new Boeing 777 hold in their bodies
    (seat classes, flight numbers) and no other story of those days holds together; but no headline of
    that story uses them, so the heat record stays apart."""
    if not any(Path(cluster_eval.SAUDINEWSNET).glob("*.zip")):
        pytest.skip(f"SaudiNewsNet not found at {cluster_eval.SAUDINEWSNET}")
    articles, _, _ = cluster_eval.load_labelled(days=("2015-08-07",))
    heat = ("2015-08-07-0316", "2015-08-07-1317")
    by_id = {a.id: a for a in articles}
    assert all("ألمانيا" in by_id[i].title for i in heat)
    (found,) = [story for story in cluster_stories(articles) if heat[0] in story]
    assert set(found) == set(heat), [by_id[i].title for i in found]
