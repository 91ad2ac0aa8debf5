"""What is new in the stored stories since a reader last looked: ``marsad digest --db URL --since ...`` and
the web story page's "new since".

A story grew since a time when the store received one of its articles at or after it (the article's
first ingest time: a corrected version of an article stored before is the same report). Its update is
:func:`marsad.summarize.summarize_update` of the story's articles, the ones stored before the time taken
as read: only what the new articles add, none of what the reader saw, cited like the story's summary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from .model import Story, StoryUpdate
from .settings import DEFAULT, Settings
from .store import Store
from .summarize import summarize_update

__all__ = ["parse_since", "stories_since", "story_update"]


def parse_since(text: str) -> str:
    """The time ``text`` names, as the store writes ingest times (ISO, UTC, seconds).

    ``text`` is a day (``2021-07-25``: its first second), or a time (``2021-07-25T08:30``,
    ``2021-07-25 08:30:15``, with or without an offset such as ``+03:00`` or ``Z``). A day or time
    without an offset is read in this machine's time zone. Raises ValueError naming the input otherwise.
    """
    value = text.strip()
    try:
        if len(value) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
        else:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a day (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM[:SS][+HH:MM])"
        ) from None
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def story_update(
    store: Store, story: Story, since: str, new: list[str], *, words: int | None = None, settings: Settings = DEFAULT
) -> Story:
    """``story`` with its ``update``: what its articles ``new`` (stored at or after ``since``) add to the
    others, in at most ``words`` words (default ``settings.summary.update_words``)."""
    members = [store.article(a) for a in story.articles]
    duplicates, borrowed = store.story_links(story.id)
    fresh = set(new)
    summary = summarize_update(
        members,
        [a for a in story.articles if a not in fresh],
        words=words,
        borrowed=borrowed,
        duplicates=duplicates,
        quotes=story.quotes,
        settings=settings.summary,
    )
    ordered = tuple(a for a in story.articles if a in fresh)
    return dataclasses.replace(story, update=StoryUpdate(since, ordered, summary))


def stories_since(
    store: Store, since: str, *, words: int | None = None, settings: Settings = DEFAULT
) -> list[Story]:
    """Every story that grew since ``since`` (as :func:`parse_since` gives it), with its update; the
    stories with most new articles first (ties: newer story first)."""
    grown = store.stored_since(since)
    order = sorted(grown, key=lambda story_id: (-len(grown[story_id]), -int(story_id[1:])))
    return [story_update(store, store.story(story_id), since, grown[story_id], words=words, settings=settings) for story_id in order]
