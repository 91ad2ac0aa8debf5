"""The briefing's timeline: the events told by the most articles, in date order, the rest counted."""

from __future__ import annotations

from marsad.model import Digest
from marsad.render import markdown
from marsad.render.markdown import digest_to_markdown


def _timeline(text: str) -> list[str]:
    start = text.index("### التسلسل الزمني")
    return [line for line in text[start : text.index("\n### ", start + 1)].splitlines() if line.startswith("- ")]


def test_a_long_timeline_shows_its_most_told_events_in_date_order(demo_digest: Digest, monkeypatch) -> None:
    (story,) = demo_digest.stories
    everything = _timeline(digest_to_markdown(demo_digest))
    assert len(everything) == len(story.timeline)  # the demo's whole timeline fits
    monkeypatch.setattr(markdown, "_TIMELINE_ENTRIES", 10)
    lines = _timeline(digest_to_markdown(demo_digest))
    assert len(lines) == 11 and lines[-1] == f"- … و{len(story.timeline) - 10} غيرها"
    shown = [everything.index(line) for line in lines[:-1]]
    assert shown == sorted(shown)  # date order kept
    told = [len({c.article for c in e.cites}) for e in story.timeline]
    left_out = [told[i] for i in range(len(told)) if i not in shown]
    assert min(told[i] for i in shown) >= max(left_out)  # none left out is told by more articles


def test_among_events_told_alike_the_briefing_keeps_those_nearest_the_story(demo_digest: Digest, monkeypatch) -> None:
    # the demo's timeline runs from 2014 to the end of 2021, its reports from September to December 2021: cut to
    # ten, the events each told by one article are the story's own months, not its background of 2020
    from marsad.analyze.timeline import interval

    (story,) = demo_digest.stories
    everything = _timeline(digest_to_markdown(demo_digest))
    monkeypatch.setattr(markdown, "_TIMELINE_ENTRIES", 10)
    lines = _timeline(digest_to_markdown(demo_digest))[:-1]
    shown = {everything.index(line) for line in lines}
    first_day = min(story.days)

    def before_the_story(i: int) -> bool:
        return str(interval(story.timeline[i].date)[1]) < first_day

    told_once = [i for i, e in enumerate(story.timeline) if len({c.article for c in e.cites}) == 1]
    assert any(before_the_story(i) for i in told_once)  # the demo has such background
    kept_once = [i for i in told_once if i in shown]
    assert kept_once and not any(before_the_story(i) for i in kept_once)
