"""Stories grow: a batch into an empty store gives the pipeline's stories; later articles join the story
they belong to (within the time window) or open their own, and the story is read again; a late article
that shows two stored stories to be one merges them, the old id redirecting; however the articles
arrive, the stories are those of one batch."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable

import pytest

from marsad.cluster import StoryGroup, cluster_stories, group_stories
from marsad.model import Article
from marsad.render import digest_to_markdown
from marsad.settings import ClusterSettings, Settings
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
        # the same report again four years later is outside the time window: a story of its own
        later = dataclasses.replace(
            demo[0], id="later", url="https://example.org/later", published="2025-09-09", title=demo[0].title + "!"
        )
        assert store.ingest([later], stories=builder).stories_opened == 1
        assert sorted(len(s.articles) for s in store.stories()) == [1, 1, 5]
        assert store.check() == []


def test_a_late_article_bridging_two_stories_merges_them_and_the_old_id_redirects(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    # 003 (April) and 002 (December) are 247 days apart, beyond a 150-day window: two stories; 004 (July)
    # lies within the window of both and is close to each, so with it the three are one story
    builder = StoryBuilder(settings=Settings(cluster=ClusterSettings(window_days=150)))
    by_id = {a.id[:3]: a for a in demo}
    with open_store(store_url) as store:
        store.ingest([by_id["003"]], stories=builder)
        store.ingest([by_id["002"]], stories=builder)
        april, december = (store.story_of(by_id[k].id) for k in ("003", "002"))
        assert april != december
        grown = store.ingest([by_id["004"]], stories=builder)
        assert grown.stories_opened == 0
        (story,) = store.stories()
        assert set(story.articles) == {by_id[k].id for k in ("003", "002", "004")}
        # the older story keeps its id; the other one's id now leads to it
        assert story.id == april
        assert store.resolve_story(december) == april
        assert store.story(december).id == april
        with pytest.raises(KeyError):
            store.resolve_story("s999")
        # a story opened later never takes the merged story's id (SQLite would reuse the highest id
        # once its row is gone): the old id still leads to the story that took it
        store.ingest([reports("sport")], stories=builder)
        assert store.story_of("sport") not in (april, december)
        assert store.resolve_story(december) == april
        assert store.check() == []


@pytest.mark.parametrize("seed", [0, 1])
def test_articles_arriving_in_any_order_give_the_stories_of_one_batch(
    store_url: str, demo: list[Article], reports: Callable[..., Article], seed: int
) -> None:
    articles = [*demo, reports("sport"), reports("weather"), reports("baghdad")]
    batch = {frozenset(g.articles): g.facets for g in group_stories(articles)}
    arrivals = random.Random(seed).sample(articles, len(articles))
    builder = StoryBuilder(read_stories=False)
    with open_store(store_url) as store:
        for article in arrivals:
            store.ingest([article], stories=builder)
        stored = {frozenset(s.articles): tuple(f.articles for f in s.facets) for s in store.stories()}
    assert set(stored) == set(batch)


def test_stories_come_most_important_first(store_url: str, demo: list[Article], reports: Callable[..., Article]) -> None:
    with open_store(store_url) as store:
        # single reports of the Iraq story's last days, and one a week later
        singles = [reports("baghdad", published="2021-12-10"), reports("sport", published="2021-12-09"),
                   reports("weather", published="2021-12-17")]
        store.ingest([*singles, *demo], stories=StoryBuilder(read_stories=False))
        infos, _ = store.story_list()
        # the Iraq story (five articles, four outlets) before single articles of the same days; a single
        # article a week newer comes first (each three days count as e times the outlets)
        assert [i.size for i in infos] == [1, 5, 1, 1] and infos[0].last_day == "2021-12-17"
        recent, _ = store.story_list(order="recent")
        assert [i.last_day for i in recent] == sorted((i.last_day for i in recent), reverse=True)
        assert [s.id for s in store.stories()] == [i.id for i in infos]


def test_a_stale_story_clustered_again_unchanged_is_not_clustered_again_with_every_new_article(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    """A story whose days grew crowded is clustered again with the new articles; when it comes out the
    same, it is stamped with today's crowding, so that the next article, which hardly changes that
    crowding, does not bring it (and every story like it) into the clustering again."""
    regions: list[set[str]] = []

    class Recording(StoryBuilder):
        def cluster(self, articles, density, several_outlets):
            regions.append({a.id for a in articles})
            return super().cluster(articles, density, several_outlets)

    builder = Recording(read_stories=False)
    day = max(a.published[:10] for a in demo if a.published)
    iraq = {a.id for a in demo}
    with open_store(store_url) as store:
        store.ingest(demo, stories=builder)
        # a crowded day: twelve other reports on the story's last day, in one batch
        store.ingest([reports("sport", id=f"sport-{k}", url=f"https://example.org/sport-{k}", published=day) for k in range(12)], stories=builder)
        assert iraq <= regions[-1]  # the Iraq story was stale, and clustered again
        assert any(set(s.articles) == iraq for s in store.stories())  # ... and came out the same
        store.ingest([reports("weather", published=day)], stories=builder)
        assert not iraq & regions[-1]  # one more report on that day: not clustered again
        assert any(set(s.articles) == iraq for s in store.stories())


def test_a_story_clustered_again_into_other_facets_gets_them_without_being_read_again(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    """A stored story clustered again with the same articles may fold them into other facets (the region's
    graph is not the last one's): the facets are written, titled, and the story is not read again (on a
    store of 30,000, reading a 214-report story again for each new article near it was most of filing one)."""
    read: list[str] = []
    folds: dict[frozenset[str], tuple[tuple[str, ...], ...]] = {}

    class Folding(StoryBuilder):
        def cluster(self, articles, density, several_outlets):
            return [
                dataclasses.replace(group, facets=folds.get(frozenset(group.articles), group.facets))
                for group in super().cluster(articles, density, several_outlets)
            ]

        def read(self, story_id, members, facets=(), readings=None):
            read.append(story_id)
            return super().read(story_id, members, facets, readings)

    builder = Folding()
    day = max(a.published[:10] for a in demo if a.published)
    with open_store(store_url) as store:
        store.ingest(demo, stories=builder)
        (iraq,) = store.stories()
        assert iraq.facets == ()
        first, rest = iraq.articles[:2], iraq.articles[2:]
        folds[frozenset(iraq.articles)] = (rest, first)
        read.clear()
        # a crowded day makes the story stale: it is clustered again, with the same articles
        sport = [reports("sport", id=f"sport-{k}", url=f"https://example.org/sport-{k}", published=day) for k in range(12)]
        store.ingest(sport, stories=builder)
        again = store.story(iraq.id)
        assert [f.articles for f in again.facets] == [rest, first]
        assert all(f.title in {a.title for a in demo} for f in again.facets)
        assert iraq.id not in read and again.summary == iraq.summary
        assert store.check() == []


def test_a_story_that_lost_an_article_is_read_without_it(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    """A story clustered again may give an article to a story filed after it: every article is filed before any
    story is read again, so the story that lost it shows none of its dates, names or sentences (a karate
    championship's dates were in the timeline of the Abha bombing's follow-ups, filing a day of SaudiNewsNet
    2015-08-11 in four batches)."""
    split = False

    class Splitting(StoryBuilder):
        def cluster(self, articles, density, several_outlets):
            groups = super().cluster(articles, density, several_outlets)
            if not split:
                return groups
            out = []
            for group in groups:
                if len(group.articles) == len(demo):  # the Iraq story: its oldest report goes to a story of its own
                    out += [StoryGroup(group.articles[1:]), StoryGroup(group.articles[:1])]
                else:
                    out.append(group)
            return out

    builder = Splitting()
    day = max(a.published[:10] for a in demo if a.published)
    with open_store(store_url) as store:
        store.ingest(demo, stories=builder)
        split = True
        # a crowded day makes the story stale: it is clustered again, and comes out as two
        sport = [reports("sport", id=f"sport-{k}", url=f"https://example.org/sport-{k}", published=day) for k in range(12)]
        store.ingest(sport, stories=builder)
        stories = store.stories()
        assert sorted(len(s.articles) for s in stories if set(s.articles) <= {a.id for a in demo}) == [1, 4]
        for story in stories:
            cited = {c.article for x in story.summary for c in x.cites}
            cited |= {c.article for e in story.timeline for c in e.cites}
            cited |= {m.article for e in story.entities for m in e.mentions}
            cited |= {t.article for t in story.times} | {q.article for q in story.quantities}
            assert cited <= set(story.articles), (story.title, cited - set(story.articles))
        assert store.check() == []


def test_a_storys_crowding_is_the_busiest_window_around_any_of_its_days() -> None:
    """The crowding a stored story is stamped with (and found stale by): the most stored articles within
    ``within`` days of any day it spans, counted across month ends and over days that hold none."""
    from marsad.store.base import _Crowding

    counts = {"2015-07-30": 4, "2015-07-31": 9, "2015-08-01": 5, "2015-08-03": 7, "2015-08-10": 2}
    crowding = _Crowding(counts, 1)
    assert crowding.most("2015-08-01", "2015-08-03") == 9 + 5  # around 1 August: 31 July and 1 August
    assert crowding.most("2015-08-03", "2015-08-03") == 7
    assert crowding.most("2015-08-05", "2015-08-08") == 0
    assert crowding.most("2015-07-29", "2015-08-10") == 4 + 9 + 5
    wide = _Crowding(counts, 3)
    assert wide.most("2015-08-07", "2015-08-07") == 2  # 4 to 10 August
    assert wide.most("2015-08-06", "2015-08-07") == 7  # 3 to 9 August
