"""Stories that grow: new articles join a stored story or open a new one, and the story is read again.

The cluster stage has a batch entry point only (:func:`marsad.cluster.cluster_stories`), so the
incremental step is built here from its public pieces, with its own criterion:

1. the new articles of a batch are clustered among themselves with ``cluster_stories`` — a batch ingested
   into an empty store gives exactly the stories of ``marsad digest``;
2. each resulting group joins, among the candidate stories found for its articles, the one with the
   highest **average linkage** score — the mean cosine (:func:`marsad.cluster.story_vectors`) over the
   pairs of a group article and a story article that lie within ``window_days`` (or involve an undated
   one) — when that score reaches the cluster stage's ``THRESHOLD``; this is the merge the batch
   algorithm would make between the two groups. Otherwise the group opens a new story.

Candidate stories are found by the store (shared title and lead words within the time window; see
:meth:`marsad.store.base.Store._candidate_stories`) and come with a sample of their latest articles, so
the work per batch follows the batch, not the store.

Reading a story again is the pipeline's own :func:`marsad.pipeline.read_story` (title, cited summary,
entities, times, figures, timeline, quotes, claims, naming), given the duplicates
(:func:`~marsad.dedup.find_duplicates`) and borrowed passages (:func:`~marsad.dedup.borrowed_passages`)
found among the story's articles — so a story grown in the store reads as ``marsad digest`` reads it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..cluster import THRESHOLD, WINDOW_DAYS, cluster_stories, story_vectors
from ..cluster.vectors import STOP_STEMS
from ..dedup import borrowed_passages, find_duplicates
from ..model import Article, BorrowedPassage, DuplicateGroup
from ..pipeline import DEFAULT_SUMMARY_WORDS, read_story
from ..text.tokenize import light_stem, word_keys
from .base import Candidate, StoryReading, _day

__all__ = ["LEAD_WORDS", "StoryBuilder"]

# Words of the clean text, after the title, that profile an article for finding candidate stories: the
# lead names the event; the rest of the body wanders.
LEAD_WORDS = 40


def _ordinal(published: str | None) -> int | None:
    day = _day(published)
    return None if day is None else dt.date.fromisoformat(day).toordinal()


@dataclass
class StoryBuilder:
    """Files new articles into stories and reads stories out (the store's :class:`StoryUpdater`).

    ``words`` is the summary budget; ``threshold`` and ``window_days`` default to the cluster stage's.
    """

    words: int = DEFAULT_SUMMARY_WORDS
    threshold: float = THRESHOLD
    window_days: int = WINDOW_DAYS

    def profile(self, article: Article) -> frozenset[str]:
        """The stems a story is looked up by: title and lead words, stop words left out."""
        lead = " ".join(article.text.split()[:LEAD_WORDS])
        stems = (light_stem(w) for w in word_keys(f"{article.title} {lead}"))
        return frozenset(s for s in stems if len(s) > 1 and s not in STOP_STEMS and not s.isdigit())

    def assign(
        self, articles: Sequence[Article], candidates: Sequence[Candidate]
    ) -> list[tuple[str | None, list[str]]]:
        """Groups of ``articles`` (ids), each with the candidate story id it joins, or None for a new one."""
        groups = cluster_stories(articles, threshold=self.threshold, window_days=self.window_days)
        if not candidates:
            return [(None, group) for group in groups]
        pool = list(articles)
        position = {a.id: i for i, a in enumerate(pool)}
        story_rows: list[list[int]] = []
        for candidate in candidates:
            for member in candidate.members:
                if member.id not in position:
                    position[member.id] = len(pool)
                    pool.append(member)
            story_rows.append([position[m.id] for m in candidate.members])
        vectors = story_vectors(pool)
        days = [_ordinal(a.published) for a in pool]
        # every new article against every article of the pool, in one sparse product
        similarity = (vectors[: len(articles)] @ vectors.T).toarray()
        found_for: dict[str, list[int]] = {}
        for number, candidate in enumerate(candidates):
            for article_id in candidate.for_articles:
                found_for.setdefault(article_id, []).append(number)
        result: list[tuple[str | None, list[str]]] = []
        for group in groups:
            rows = [position[i] for i in group]
            best, best_score = None, self.threshold
            # only the stories found for one of the group's articles: the rest share too little
            for number in sorted({n for i in group for n in found_for.get(i, ())}):
                candidate, members = candidates[number], story_rows[number]
                score = self._average_linkage(
                    similarity[np.ix_(rows, members)], [days[r] for r in rows], [days[m] for m in members]
                )
                if score >= best_score:
                    best, best_score = candidate.story_id, score
            result.append((best, group))
        return result

    def _average_linkage(self, similarity: np.ndarray, days_a: list[int | None], days_b: list[int | None]) -> float:
        """Mean similarity over the linkable pairs (within the window, or with an undated article)."""
        a = np.array([d if d is not None else 0 for d in days_a])[:, None]
        b = np.array([d if d is not None else 0 for d in days_b])[None, :]
        undated = np.array([d is None for d in days_a])[:, None] | np.array([d is None for d in days_b])[None, :]
        linkable = undated | (np.abs(a - b) <= self.window_days)
        pairs = int(linkable.sum())
        return float(similarity[linkable].sum() / pairs) if pairs else 0.0

    def read(self, story_id: str, members: Sequence[Article]) -> StoryReading:
        """The story made of ``members`` read out, with the duplicates and borrowed passages among them."""
        duplicates: list[DuplicateGroup] = find_duplicates(members)
        # a lone article borrows from nobody
        borrowed: list[BorrowedPassage] = borrowed_passages(members, skip=duplicates) if len(members) > 1 else []
        story = read_story(story_id, members, borrowed=borrowed, duplicates=duplicates, words=self.words)
        return StoryReading(story, tuple(duplicates), tuple(borrowed))
