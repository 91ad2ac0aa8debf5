"""Stories and borrowed passages on Spark, blocked by time; stories read out on the executors.

Clustering compares an article with the articles of its time window and weighs features by their
document frequency in the corpus, so it cannot be cut into independent pieces without changing its
result. The job therefore works on **time blocks**: the articles of each block go to one task, which
runs :func:`marsad.cluster.group_stories` and :func:`marsad.dedup.borrowed_passages` on them — the
single-machine code, unchanged.

* ``block_days=None`` (the default): one block, so the stories and passages *equal* the single-machine
  ones. This is the check the tests make, and right for a corpus one executor's memory holds
  (SaudiNewsNet's 31,030 articles take about a gigabyte).
* ``block_days=N``: a block per ``N`` days of publication (``day // N``), undated articles in a block
  of their own. Blocks run in parallel; a story cannot cross a block boundary, and document frequencies
  are those of the block. For an archive, choose ``N`` at least the story window
  (:data:`marsad.cluster.WINDOW_DAYS`) when stories may run that long.

:func:`read_stories` then reads each story out (entities, times, quantities, quotes, claims, summary:
:func:`marsad.stages.read_story`) on the executors, one task per group of stories.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pyspark import RDD

from marsad.cluster import StoryGroup, group_stories, publication_day
from marsad.dedup import borrowed_passages
from marsad.model import Article, BorrowedPassage, DuplicateGroup, Story
from marsad.settings import DEFAULT, Settings
from marsad.stages import order_stories, read_story

from .ingest import Position

__all__ = ["read_stories", "story_groups"]

_Block = tuple[list[tuple[tuple[bool, int, Position], StoryGroup]], list[tuple[Position, BorrowedPassage]]]


def story_groups(
    articles: RDD,
    duplicates: Sequence[DuplicateGroup],
    *,
    block_days: int | None = None,
    settings: Settings = DEFAULT,
) -> tuple[list[StoryGroup], list[BorrowedPassage]]:
    """Stories (article ids and facets) and borrowed passages of the ``(position, Article)`` RDD.

    Stories come most important first (:func:`marsad.stages.order_stories`), ties in the cluster
    stage's order; passages in :func:`marsad.dedup.borrowed_passages` order within a block, blocks in
    time order. With ``block_days=None`` both equal the single-machine results.
    """
    skip = articles.context.broadcast(list(duplicates))
    blocks = (
        articles.keyBy(lambda item: _block(item[1], block_days))
        .groupByKey()
        .map(lambda block: (block[0], _cluster_block(block[1], skip.value, settings)))
        .collect()
    )
    skip.destroy()
    stories = sorted(
        (group for _, (groups, _) in blocks for group in groups), key=lambda g: (-len(g[1].articles), g[0])
    )
    passages = [p for _, (_, found) in sorted(blocks, key=lambda b: b[0]) for _, p in found]
    # what ordering reads of each article: its outlet and date
    light = articles.map(lambda item: Article(id=item[1].id, title="", text="", outlet=item[1].outlet,
                                              published=item[1].published)).collect()
    return order_stories([group for _, group in stories], light, settings), passages


def read_stories(
    articles: RDD,
    stories: Sequence[StoryGroup],
    *,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    words: int | None = None,
    settings: Settings = DEFAULT,
) -> list[Story]:
    """:func:`marsad.stages.read_story` for every story (numbered ``s1``, ``s2``... in order), run on
    the executors; each story is given the passages and duplicate groups of its own articles, as
    :func:`marsad.pipeline.build_stories` gives them."""
    story_of = {article_id: number for number, group in enumerate(stories) for article_id in group.articles}
    extras: list[tuple[list[BorrowedPassage], list[DuplicateGroup]]] = [([], []) for _ in stories]
    for passage in borrowed:
        number = story_of.get(passage.source.article)
        if number is not None and story_of.get(passage.target.article) == number:
            extras[number][0].append(passage)
    for group in duplicates:
        for number in sorted({story_of[i] for i in group.articles if i in story_of}):
            extras[number][1].append(group)
    context = articles.context
    table = context.broadcast(story_of)
    orders = [{article_id: k for k, article_id in enumerate(group.articles)} for group in stories]
    facets = [group.facets for group in stories]
    jobs = context.parallelize(list(enumerate(zip(orders, extras, facets, strict=True))))
    read = (
        articles.map(lambda item: (table.value[item[1].id], item[1]))
        .groupByKey()
        .join(jobs)
        .map(lambda kv: (kv[0], _read(kv[0], kv[1][0], *kv[1][1], words, settings)))
        .collect()
    )
    table.destroy()
    return [story for _, story in sorted(read, key=lambda item: item[0])]


def _block(article: Article, block_days: int | None) -> int:
    if block_days is None:
        return 0
    day = publication_day(article.published)
    return -1 if day is None else day // block_days


def _cluster_block(
    items: Iterable[tuple[Position, Article]], duplicates: Sequence[DuplicateGroup], settings: Settings
) -> _Block:
    """Cluster one block and find its borrowed passages; each story keyed for the global order."""
    ordered = sorted(items, key=lambda item: item[0])
    articles = [article for _, article in ordered]
    where = {article.id: (position, publication_day(article.published)) for position, article in ordered}
    groups = []
    for group in group_stories(articles, settings.cluster):
        position, day = where[group.articles[0]]
        groups.append(((day is None, day or 0, position), group))
    inside = set(where)
    skip = [group for group in duplicates if inside.intersection(group.articles)]
    # a passage needs two articles (and borrowed_passages needs some sentence of three words or more)
    passages = borrowed_passages(articles, skip=skip) if len(articles) > 1 else []
    return groups, [(where[p.target.article][0], p) for p in passages]


def _read(
    number: int,
    members: Iterable[Article],
    order: dict[str, int],
    extras: tuple[list[BorrowedPassage], list[DuplicateGroup]],
    facets: tuple[tuple[str, ...], ...],
    words: int | None,
    settings: Settings,
) -> Story:
    borrowed, duplicates = extras
    ordered = sorted(members, key=lambda article: order[article.id])
    return read_story(
        f"s{number + 1}",
        ordered,
        borrowed=borrowed,
        duplicates=duplicates,
        words=words,
        facets=facets,
        settings=settings,
    )
