"""The angles average linkage finds, before their anchors join them (``story_angles``): every article in
one of them, and every story a union of them — what ``bench/cluster_eval.py --ceiling`` measures by step."""

from __future__ import annotations

from marsad.cluster import group_stories, story_angles
from marsad.model import Article


def test_every_story_is_a_union_of_the_linkages_angles(multiling_and_demo: list[Article]) -> None:
    reports = multiling_and_demo
    angles = story_angles(reports)
    ids = [i for angle in angles for i in angle]
    assert sorted(ids) == sorted(a.id for a in reports)  # each article in exactly one angle
    angle_of = {i: k for k, angle in enumerate(angles) for i in angle}
    stories = group_stories(reports)
    for story in stories:
        parts = {angle_of[i] for i in story.articles}
        assert sorted(story.articles) == sorted(i for k in parts for i in angles[k])
    # the five topics' follow-ups months later are angles of their own that the anchors bring back: some story
    # holds more than one angle, and there are fewer stories than angles
    assert len(stories) < len(angles)
    assert story_angles([]) == []
