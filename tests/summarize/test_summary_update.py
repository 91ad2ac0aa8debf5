"""What a story's new articles add, given those a reader has seen: the demo story read as if the April,
July and September reports had been seen and the other two were new."""

from __future__ import annotations

import pytest

from marsad.settings import DEFAULT
from marsad.summarize import StoryIndex, summarize_story, summarize_update

SEEN = ("000", "003", "004")


@pytest.mark.parametrize("words", [40, 60, 120])
def test_summary_update_quotes_only_new_reports_and_nothing_seen(demo_articles, words):
    index = StoryIndex(demo_articles)
    update = summarize_update(demo_articles, SEEN, words=words)
    assert update
    assert sum(len(s.text.split()) for s in update) <= words
    seen_units = [i for i, u in enumerate(index.units) if index.articles[u.article].id in SEEN and u.unfit is None]
    for sentence in update:
        own = sentence.cites[0]
        assert own.article not in SEEN
        unit = next(i for i, u in enumerate(index.units) if index.articles[u.article].id == own.article
                    and u.start == own.start)
        assert index.similarity[unit, seen_units].max() < DEFAULT.summary.same_thing


def test_summary_update_leaves_out_the_deadline_the_reader_saw(demo_articles):
    """001 tells the end-of-year deadline that 000 (seen) already told: the whole-story summary shows it,
    the update does not."""
    deadline = "وعقد الجانبان الجولة الرابعة"
    assert any(s.text.startswith(deadline) for s in summarize_story(demo_articles, words=120))
    assert not any(s.text.startswith(deadline) for s in summarize_update(demo_articles, SEEN, words=120))


def test_summary_update_is_empty_when_every_report_was_seen(demo_articles):
    assert summarize_update(demo_articles, [a.id for a in demo_articles], words=120) == ()
