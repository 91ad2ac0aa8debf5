"""Compose the stages: sources → ingest → clean → dedup → cluster → summarize → a :class:`Digest`.

The CLI, the web app and the Spark job all call these functions; the stages know nothing of them.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Sequence

from .analyze import build_timeline, find_claims, name_choices
from .clean import clean_article
from .cluster import cluster_stories
from .dedup import borrowed_passages, find_duplicates
from .extract import (
    find_quantities,
    find_quotes,
    find_times,
    infer_published,
    link_speakers,
    recognize_entities,
    resolve_entities,
)
from .ingest import read_sources
from .model import Article, BorrowedPassage, Digest, DuplicateGroup, Mention, Problem, Story
from .summarize import story_title, summarize_story

__all__ = ["DEFAULT_SUMMARY_WORDS", "Progress", "build_stories", "digest", "load_articles", "read_story"]

DEFAULT_SUMMARY_WORDS = 120

# progress(stage, done, total): called as work advances; total is None while it is unknown (streams).
Progress = Callable[[str, int, int | None], None]

Source = str | os.PathLike[str] | Article


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


def _as_stream(sources: Iterable[Source]) -> Iterable[Article | Problem]:
    """Articles given directly pass through; every run of paths is read by the ingest stage."""
    paths: list[str | os.PathLike[str]] = []
    for item in sources:
        if isinstance(item, Article):
            if paths:
                yield from read_sources(paths)
                paths = []
            yield item if item.extracted else dataclasses.replace(item, extracted=item.text)
        else:
            paths.append(item)
    if paths:
        yield from read_sources(paths)


def load_articles(
    sources: Iterable[Source], problems: list[Problem], progress: Progress = _no_progress
) -> list[Article]:
    """Read and clean every source; what cannot be used is appended to ``problems``, one line each.

    An article whose text is empty once residue is removed is reported, not kept.
    """
    articles: list[Article] = []
    done = 0
    for item in _as_stream(sources):
        done += 1
        progress("read", done, None)
        if isinstance(item, Problem):
            problems.append(item)
            continue
        article = clean_article(item)
        if not article.text.strip():
            problems.append(Problem(item.source or item.id, "no article text left once site residue was removed"))
            continue
        articles.append(_dated(article))
    return articles


def _dated(article: Article) -> Article:
    """Fill a missing publication date from the article's own evidence (header residue, dateline),
    recording the evidence in ``meta["published_evidence"]``; relative dates are anchored on it."""
    if article.published:
        return article
    date, evidence = infer_published(article)
    if not date:
        return article
    return dataclasses.replace(article, published=date, meta={**article.meta, "published_evidence": evidence})


def build_stories(
    articles: Sequence[Article],
    *,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    words: int = DEFAULT_SUMMARY_WORDS,
    progress: Progress = _no_progress,
) -> list[Story]:
    """Cluster ``articles`` into stories and read each one out (see :func:`read_story`)."""
    by_id = {a.id: a for a in articles}
    groups = cluster_stories(articles)
    stories = []
    for number, ids in enumerate(groups, 1):
        members = [by_id[i] for i in ids]
        stories.append(read_story(f"s{number}", members, borrowed=borrowed, duplicates=duplicates, words=words))
        progress("stories", number, len(groups))
    return stories


def read_story(
    story_id: str,
    members: Sequence[Article],
    *,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    words: int = DEFAULT_SUMMARY_WORDS,
) -> Story:
    """Everything marsad reads out of one story's articles: title, cited summary, entities, times,
    quantities, timeline, quotes with their speakers, claims across articles and each outlet's names
    (also used to recompute a story that grew)."""
    inside = {a.id for a in members}
    story_borrowed = [b for b in borrowed if b.source.article in inside and b.target.article in inside]
    story_duplicates = [g for g in duplicates if inside.intersection(g.articles)]
    mentions_of = {a.id: recognize_entities(a) for a in members}
    mentions: list[Mention] = [m for a in members for m in mentions_of[a.id]]
    times_of = {a.id: find_times(a) for a in members}
    times = [t for a in members for t in times_of[a.id]]
    quantities = [q for a in members for q in find_quantities(a, times=times_of[a.id])]
    entities = resolve_entities(mentions, members)
    quotes = link_speakers([q for a in members for q in find_quotes(a, mentions_of[a.id])], entities)
    return Story(
        id=story_id,
        title=story_title(members),
        articles=tuple(a.id for a in members),
        summary=summarize_story(members, words=words, borrowed=story_borrowed, duplicates=story_duplicates),
        entities=tuple(entities),
        times=tuple(times),
        quantities=tuple(quantities),
        timeline=build_timeline(members, times),
        quotes=tuple(quotes),
        claims=find_claims(members, quantities, times),
        naming=name_choices(entities, members),
    )


def digest(
    sources: Iterable[Source], *, words: int = DEFAULT_SUMMARY_WORDS, progress: Progress = _no_progress
) -> Digest:
    """Turn paths (files, folders) and/or :class:`Article` objects into a :class:`Digest`.

    Never raises for bad input: unusable inputs are listed in ``Digest.problems``.
    """
    problems: list[Problem] = []
    articles = load_articles(sources, problems, progress)
    duplicates: list[DuplicateGroup] = find_duplicates(articles) if articles else []
    borrowed = borrowed_passages(articles, skip=duplicates) if articles else []
    stories = (
        build_stories(articles, borrowed=borrowed, duplicates=duplicates, words=words, progress=progress)
        if articles
        else []
    )
    return Digest(
        articles=tuple(articles),
        stories=tuple(stories),
        duplicates=tuple(duplicates),
        borrowed=tuple(borrowed),
        problems=tuple(problems),
    )
