"""Time: two articles further apart than ``window_days`` are never linked by their own resemblance, and
the further apart two groups are, the more alike they must be (``gap_days``); articles with no date are
not constrained; a story may outlast the window through the reports in between. Crowded days ask more of
a pair than quiet ones."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
import scipy.sparse as sp

from marsad.cluster import Requirement, average_linkage, cluster_stories
from marsad.cluster.linkage import crowding, densities
from marsad.model import Article
from marsad.settings import ClusterSettings

# Two editions of a yearly event, written for this test in the style of Saudi wire copy. The Hijri year
# is 354 days, so this year's Hajj falls eleven days earlier than last year's.
HAJJ_2023 = Article(
    id="hajj-2023",
    published="2023-06-26",
    title="ضيوف الرحمن يتوافدون إلى مشعر منى لقضاء يوم التروية",
    text=(
        "بدأ ضيوف الرحمن التوافد إلى مشعر منى لقضاء يوم التروية، أول أيام مناسك الحج، وسط منظومة متكاملة "
        "من الخدمات الأمنية والصحية والتنظيمية.\n\n"
        "وأعلنت الهيئة العامة للإحصاء أن عدد حجاج هذا العام بلغ 1.84 مليون حاج، فيما تنقل قطارات المشاعر "
        "الحجاج بين منى وعرفات ومزدلفة. ويصعد الحجاج غدا إلى صعيد عرفات لأداء الركن الأعظم."
    ),
)
HAJJ_2024 = Article(
    id="hajj-2024",
    published="2024-06-14",
    title="حجاج بيت الله الحرام يتوافدون إلى منى في يوم التروية",
    text=(
        "توافد حجاج بيت الله الحرام إلى مشعر منى لقضاء يوم التروية، أول أيام مناسك الحج، في ظل خدمات "
        "أمنية وصحية وتنظيمية متكاملة.\n\n"
        "وأوضحت الهيئة العامة للإحصاء أن عدد حجاج هذا العام بلغ 1.83 مليون حاج، وتنقل قطارات المشاعر "
        "الحجاج بين منى وعرفات ومزدلفة، على أن يصعدوا غدا إلى صعيد عرفات لأداء الركن الأعظم."
    ),
)
DAYS_APART = 354
# no penalty for the time between them: only the window decides
TIMELESS = ClusterSettings(window_days=DAYS_APART, gap_days=1e9)


def test_the_editions_are_similar_enough_to_join_without_the_window() -> None:
    assert cluster_stories([HAJJ_2023, HAJJ_2024], TIMELESS) == [["hajj-2023", "hajj-2024"]]


@pytest.mark.parametrize("window_days", [DAYS_APART - 1, 30])
def test_editions_further_apart_than_the_window_stay_apart(window_days: int) -> None:
    stories = cluster_stories([HAJJ_2023, HAJJ_2024], dataclasses.replace(TIMELESS, window_days=window_days))
    assert sorted(stories) == [["hajj-2023"], ["hajj-2024"]]


def test_a_year_between_two_reports_asks_for_more_than_a_day() -> None:
    # within the window, a year's gap multiplies what the pair must share by 1 + 354 / gap_days: with
    # gap_days at 30 (twelve times the requirement) these two editions are two stories, a day apart one
    steep = dataclasses.replace(TIMELESS, gap_days=30.0)
    assert sorted(cluster_stories([HAJJ_2023, HAJJ_2024], steep)) == [["hajj-2023"], ["hajj-2024"]]
    close = dataclasses.replace(HAJJ_2024, published="2023-06-27")
    assert cluster_stories([HAJJ_2023, close], steep) == [["hajj-2023", "hajj-2024"]]


@pytest.mark.parametrize("undated", ["hajj-2023", "hajj-2024"])
def test_an_undated_article_is_not_constrained(undated: str) -> None:
    articles = [dataclasses.replace(a, published=None) if a.id == undated else a for a in (HAJJ_2023, HAJJ_2024)]
    assert [sorted(s) for s in cluster_stories(articles)] == [["hajj-2023", "hajj-2024"]]


@pytest.mark.parametrize("published", ["2024-06-14T09:30:00+03:00", "2024-06-14", "not a date"])
def test_dates_are_read_from_iso_dates_and_datetimes(published: str) -> None:
    # a datetime counts by its day; an unreadable date counts as unknown (so it is not constrained)
    late = dataclasses.replace(HAJJ_2024, published=published)
    joined = cluster_stories([HAJJ_2023, late], TIMELESS)
    assert joined == [["hajj-2023", "hajj-2024"]]


def _graph(pairs: dict[tuple[int, int], float], n: int) -> sp.csr_matrix:
    rows, cols = zip(*pairs, strict=True)
    values = np.array(list(pairs.values()), dtype=np.float32)
    graph = sp.csr_matrix((values, (rows, cols)), shape=(n, n))
    return graph.maximum(graph.T).tocsr()


def _requirement(n: int, *, crowding: list[float] | None = None, days: list[int | None] | None = None) -> Requirement:
    return Requirement(
        threshold=0.1,
        density_slope=0.02,
        gap_days=100.0,
        crowding=crowding or [0.0] * n,
        days=days or [None] * n,
    )


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # a long story: 0-1 and 1-2 within the window, 0-2 too far apart (absent, counts 0):
        # mean over the three pairs (0.5 + 0.5 + 0) / 3 stays above the threshold
        ({(0, 1): 0.5, (1, 2): 0.5}, [[0, 1, 2]]),
        # weaker links: 0-1 merge, then (0.12 + 0) / 2 = 0.06 is under 0.1, so 2 stays out
        ({(0, 1): 0.5, (1, 2): 0.12}, [[0, 1], [2]]),
        # the closest pair merges first: 1-2, then 0 joins at (0.3 + 0.2) / 2 = 0.25
        ({(0, 1): 0.3, (1, 2): 0.9, (0, 2): 0.2}, [[0, 1, 2]]),
        # nothing reaches the threshold
        ({(0, 1): 0.09, (1, 2): 0.05}, [[0], [1], [2]]),
    ],
    ids=["long-story-carried", "long-story-too-weak", "closest-first", "all-apart"],
)
def test_average_linkage_counts_missing_pairs_as_zero(
    pairs: dict[tuple[int, int], float], expected: list[list[int]]
) -> None:
    groups = average_linkage(_graph(pairs, 3), _requirement(3))
    assert sorted(sorted(g) for g in groups) == expected


def test_crowded_days_ask_more_of_a_pair() -> None:
    # 0.15 is enough among a few articles (0.1), not among 400 of the same days (0.1 + 0.02 ln 200 = 0.21)
    pairs = {(0, 1): 0.15}
    assert sorted(map(sorted, average_linkage(_graph(pairs, 2), _requirement(2)))) == [[0, 1]]
    crowded = _requirement(2, crowding=[math.log(400 / 2)] * 2)
    assert sorted(map(sorted, average_linkage(_graph(pairs, 2), crowded))) == [[0], [1]]


def test_the_time_between_two_groups_raises_what_they_must_share() -> None:
    # 0.15 joins reports of the same day; 60 days apart it needs 0.1 * (1 + 60/100) = 0.16
    pairs = {(0, 1): 0.15}
    same_day = _requirement(2, days=[738000, 738000])
    apart = _requirement(2, days=[738000, 738060])
    assert sorted(map(sorted, average_linkage(_graph(pairs, 2), same_day))) == [[0, 1]]
    assert sorted(map(sorted, average_linkage(_graph(pairs, 2), apart))) == [[0], [1]]


def test_a_report_alone_on_its_days_asks_least() -> None:
    # a follow-up published where no other article was needs 0.1 + 0.02 ln(1/2) = 0.086: two such reports
    # 0.09 alike are one story; the same two each among one other article (0.1 needed) are not
    pairs = {(0, 1): 0.09}
    alone = _requirement(2, crowding=[crowding(d) for d in densities([738000, 738020], 1)])
    paired = _requirement(2, crowding=[crowding(2)] * 2)
    assert sorted(map(sorted, average_linkage(_graph(pairs, 2), alone))) == [[0, 1]]
    assert sorted(map(sorted, average_linkage(_graph(pairs, 2), paired))) == [[0], [1]]
