"""Stories that grow: the store's story updater, which files arriving articles as a batch would.

The store looks up what :class:`StoryBuilder` asks it (the stored stories holding an article's headline and
lead terms, the days stories span, the crowding of days); the builder decides which stories new articles
may join (:meth:`StoryBuilder.candidates`, with the values of ``settings.store``) and the rest with the cluster stage's own code
(:mod:`marsad.cluster.incremental`): the region of new and candidate articles is clustered with
:func:`marsad.cluster.group_stories`, the resulting stories keep the stored ids they share most articles
with (:func:`~marsad.cluster.incremental.carry_ids`), and every story that changed is read again with the
pipeline's own :func:`marsad.stages.read_story`, given the duplicates and borrowed passages found among
its articles — so a story grown in the store reads as ``marsad digest`` reads it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..cluster import StoryGroup, group_stories, publication_day
from ..cluster.importance import rank_key
from ..cluster.incremental import Carried, carry_ids, stale
from ..cluster.referred import referred_days
from ..cluster.vectors import content_stems
from ..model import Article, ArticleReading, Facet, Story
from ..settings import DEFAULT, Settings
from ..stages import find_links, read_article, read_story, reading_stamp, story_facets
from ..text import first_words
from .base import StoryLookup, StoryReading

__all__ = ["LEAD_WORDS", "StoryBuilder"]

# Words of the clean text, after the title, that profile an article for finding candidate stories: the
# lead names the event; the rest of the body wanders.
LEAD_WORDS = 40


def _near_in_time(span: tuple[str | None, str | None], reach: Sequence[tuple[int, int]]) -> bool:
    """Whether a stored story's first and last days (ISO; None when it has no dated article) come within one
    of the (low, high) day ordinals of ``reach``; an undated article (no ``reach``) or story is near any."""
    first, last = span
    if not reach or first is None or last is None:
        return True
    start, end = dt.date.fromisoformat(first).toordinal(), dt.date.fromisoformat(last).toordinal()
    return any(end >= low and start <= high for low, high in reach)


@dataclass
class StoryBuilder:
    """Files new articles into stories and reads stories out (the store's
    :class:`~marsad.store.base.StoryUpdater`).

    ``words`` is the summary budget (default ``settings.summary.words``); ``settings`` the values of every
    stage (the same a batch digest uses).
    With ``read_stories=False`` stories get their articles, facets and first headline only — for
    measuring how articles are filed without the cost of reading every story (``bench/cluster_eval.py``).

    Candidate stories for a new article: stored stories within the clustering window that share
    ``settings.store.min_shared_terms`` of its title and lead terms, the ``candidates_per_article`` sharing
    most; terms in more than ``max_term_stories`` stories (a country's name in a national press) are too
    common to tell stories apart and are not looked up.
    """

    words: int | None = None
    settings: Settings = field(default_factory=lambda: DEFAULT)
    read_stories: bool = True

    @property
    def min_shared_terms(self) -> int:
        return self.settings.store.min_shared_terms

    @property
    def candidates_per_article(self) -> int:
        return self.settings.store.candidates_per_article

    @property
    def max_term_stories(self) -> int:
        return self.settings.store.max_term_stories

    @property
    def window_days(self) -> int:
        return self.settings.cluster.window_days

    @property
    def density_days(self) -> int:
        return self.settings.cluster.density_days

    def profile(self, article: Article) -> frozenset[str]:
        """The stems a story is looked up by: title and lead words, stop words left out."""
        lead = first_words(article.text, LEAD_WORDS)
        return frozenset(content_stems(f"{article.title} {lead}"))

    def candidates(self, articles: Sequence[Article], lookup: StoryLookup) -> set[int]:
        """Stored stories the new ``articles`` may join: within ``window_days`` of an article and sharing
        ``min_shared_terms`` of its profile terms, the ``candidates_per_article`` sharing most per article
        (terms in more than ``max_term_stories`` stories are not looked up)."""
        profiles = {a.id: self.profile(a) for a in articles}
        terms = sorted(set().union(*profiles.values()))
        common = {term for term, count in lookup.story_counts(terms).items() if count > self.max_term_stories}
        stories_of = lookup.stories_of([t for t in terms if t not in common])
        spans = lookup.spans(sorted({n for found in stories_of.values() for n in found}))
        days = [publication_day(a.published) for a in articles]
        # the days an article's headline and lead name with their year are its days too, as when clustering
        named = referred_days(articles, days, self.settings.cluster.lead_words)
        chosen: set[int] = set()
        for article, day, also in zip(articles, days, named, strict=True):
            shared = Counter(n for t in profiles[article.id] for n in stories_of.get(t, ()))
            reach = [(d - self.window_days, d + self.window_days) for d in (day, *also)] if day is not None else []
            near = [
                (count, number)
                for number, count in shared.items()
                if count >= self.min_shared_terms and number in spans and _near_in_time(spans[number], reach)
            ]
            chosen.update(number for _, number in sorted(near, reverse=True)[: self.candidates_per_article])
        return chosen

    def cluster(self, articles: Sequence[Article], density: Sequence[int], several_outlets: bool) -> list[StoryGroup]:
        return group_stories(articles, self.settings.cluster, density=density, several_outlets=several_outlets)

    def carry(self, stored: Mapping[int, Sequence[str]], groups: Sequence[StoryGroup]) -> Carried:
        return carry_ids(stored, groups)

    def stale(self, stamp: int, density: int) -> bool:
        return stale(stamp, density)

    def rank(self, outlets: int, articles: int, day: int | None) -> float:
        return rank_key(outlets, articles, day, self.settings.cluster.recency_days)

    @cached_property
    def reading_stamp(self) -> str:
        return reading_stamp(self.settings)

    def facets(self, members: Sequence[Article], facets: Sequence[Sequence[str]]) -> tuple[Facet, ...]:
        """The ``facets`` (article ids) of the story of ``members`` as its reading shows them (untitled when
        stories are not read)."""
        if not self.read_stories:
            return tuple(Facet(f"f{k}", "", tuple(ids)) for k, ids in enumerate(facets, 1)) if len(facets) > 1 else ()
        return story_facets(members, facets)

    def read(
        self,
        story_id: str,
        members: Sequence[Article],
        facets: Sequence[Sequence[str]] = (),
        readings: MutableMapping[str, ArticleReading] | None = None,
    ) -> StoryReading:
        """The story made of ``members`` read out, with the duplicates and borrowed passages among them.
        Its articles' own readings are taken from ``readings`` (by id) when there; those made here are
        added to it."""
        if not self.read_stories:
            title = next((a.title for a in members if a.title.strip()), "")
            return StoryReading(Story(story_id, title, tuple(a.id for a in members), facets=self.facets(members, facets)))
        kept = {} if readings is None else readings

        def read(article: Article) -> ArticleReading:
            found = kept.get(article.id)
            if found is None:
                found = kept[article.id] = read_article(article, self.settings)
            return found

        duplicates, borrowed = find_links(members, self.settings)
        story = read_story(
            story_id,
            members,
            borrowed=borrowed,
            duplicates=duplicates,
            words=self.words,
            facets=facets,
            settings=self.settings,
            read=read,
        )
        return StoryReading(story, tuple(duplicates), tuple(borrowed))
