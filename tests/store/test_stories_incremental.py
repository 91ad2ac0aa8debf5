"""Stories grow: a batch into an empty store gives the pipeline's stories; later articles join the story
they belong to (within the time window) or open their own, and the story is read again."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from marsad.cluster import cluster_stories
from marsad.model import Article
from marsad.render import digest_to_markdown
from marsad.store import open_store
from marsad.store.stories import StoryBuilder


def test_one_batch_gives_the_stories_of_the_cluster_stage(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    articles = [*demo, reports("sport"), reports("weather")]
    with open_store(store_url) as store:
        result = store.ingest(articles, stories=StoryBuilder())
        stored = {frozenset(s.articles) for s in store.stories()}
        assert stored == {frozenset(group) for group in cluster_stories(articles)}
        assert result.stories_opened == len(stored) == 3
        (iraq,) = [s for s in store.stories() if len(s.articles) == 5]
        assert iraq.title in {a.title for a in demo}
        assert iraq.summary and store.check() == []
        # the store renders as the pipeline's digest does
        markdown = digest_to_markdown(store.digest())
        assert iraq.title in markdown and "الهلال" in markdown


def test_articles_arriving_one_by_one_join_their_story(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    builder = StoryBuilder()
    by_date = sorted(demo, key=lambda a: a.published or "9999")  # the undated one last
    with open_store(store_url) as store:
        first = store.ingest(by_date[:1], stories=builder)
        assert (first.stories_opened, first.stories_grown) == (1, 0)
        summaries = [store.stories()[0].summary]
        for article in by_date[1:]:
            step = store.ingest([article], stories=builder)
            assert (step.stories_opened, step.stories_grown) == (0, 1)
            summaries.append(store.stories()[0].summary)
        (story,) = store.stories()
        assert set(story.articles) == {a.id for a in demo}
        # the summary was made again as the story grew, and now cites more than the first article
        assert len({s for s in summaries}) > 1
        assert len({c.article for s in story.summary for c in s.cites}) > 1

        unrelated = store.ingest([reports("sport")], stories=builder)
        assert unrelated.stories_opened == 1
        # the same report again two years later is outside the time window: a story of its own
        later = dataclasses.replace(
            demo[0], id="later", url="https://example.org/later", published="2023-09-09", title=demo[0].title + "!"
        )
        assert store.ingest([later], stories=builder).stories_opened == 1
        assert sorted(len(s.articles) for s in store.stories()) == [1, 1, 5]
        assert store.check() == []
