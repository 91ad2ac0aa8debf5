"""The stages, in the order they run, and nothing of how they are run.

    read (marsad.ingest) → prepare_article (clean, date) → find_links (duplicates, borrowed passages)
    and cluster (stories, most important first) → read_story (entities, times, quantities, quotes,
    title, summary, timeline, claims, naming, facets, days)

Every way marsad runs calls these functions and no other composition of the stage modules: the local
digest (:mod:`marsad.pipeline`, with :mod:`marsad.runners` for its processes), the store's story builder
(:mod:`marsad.store.stories`), the watcher, and the Spark job (:mod:`marsad.scale`). A new stage is added
here, in its place in the order; a new part of a story's reading is a line of :func:`read_story` (and a
field of :class:`~marsad.model.Story`, which the store derives its columns from).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from .analyze import build_timeline, find_claims, name_choices
from .clean import clean_article
from .cluster import NamesOf, StoryGroup, group_stories, publication_day
from .cluster.importance import rank_key
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
from .extract.ner.tagger import tagger_name
from .ingest.sourcefile import url_host
from .memo import fewer_collections
from .model import (
    Article,
    ArticleReading,
    BorrowedPassage,
    DuplicateGroup,
    Facet,
    Mention,
    Problem,
    Story,
)
from .settings import DEFAULT, Settings
from .summarize import story_title, summarize_story
from .summarize.index import StoryIndex

__all__ = [
    "cluster", "find_borrowed", "find_duplicate_groups", "find_links", "order_stories", "prepare_article",
    "read_article", "read_story", "reading_stamp", "story_facets",
]


def prepare_article(item: Article | Problem) -> Article | Problem:
    """A read article cleaned and dated, or the problem that keeps it out (problems pass through)."""
    if isinstance(item, Problem):
        return item
    article = clean_article(item)
    if not article.text.strip():
        return Problem(item.source or item.id, "no article text left once site residue was removed")
    return _dated(_with_outlet(article))


def _with_outlet(article: Article) -> Article:
    """An article that names no outlet gets its URL's host as the outlet (``aljazeera.net``), noted in
    ``meta["outlet_from"]``: two reports of one site are one outlet to every stage that counts outlets
    (the stories' anchors, the claims, the naming, the order of stories), as the briefing shows them."""
    if article.outlet or not (host := url_host(article.url)):
        return article
    return dataclasses.replace(article, outlet=host, meta={**article.meta, "outlet_from": "url"})


def _dated(article: Article) -> Article:
    """Fill a missing publication date from the article's own evidence (header residue, dateline),
    recording the evidence in ``meta["published_evidence"]``; relative dates are anchored on it."""
    if article.published:
        return article
    date, evidence = infer_published(article)
    if not date:
        return article
    return dataclasses.replace(article, published=date, meta={**article.meta, "published_evidence": evidence})


def find_links(
    articles: Sequence[Article], settings: Settings = DEFAULT
) -> tuple[list[DuplicateGroup], list[BorrowedPassage]]:
    """Duplicate groups of ``articles`` and the passages one borrowed from another (duplicates left out)."""
    duplicates = find_duplicate_groups(articles, settings)
    return duplicates, find_borrowed(articles, duplicates)


def find_duplicate_groups(articles: Sequence[Article], settings: Settings = DEFAULT) -> list[DuplicateGroup]:
    """The first half of :func:`find_links`: the duplicate groups of ``articles``."""
    return find_duplicates(articles, threshold=settings.dedup.near_threshold)


def find_borrowed(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup]) -> list[BorrowedPassage]:
    """The second half of :func:`find_links`: the passages one of ``articles`` borrowed from another, the
    ``duplicates`` (:func:`find_duplicate_groups`) left out."""
    # a lone article borrows from nobody
    return borrowed_passages(articles, skip=duplicates) if len(articles) > 1 else []


def cluster(
    articles: Sequence[Article], settings: Settings = DEFAULT, names: NamesOf | None = None
) -> list[StoryGroup]:
    """The stories of ``articles`` (:func:`marsad.cluster.group_stories`, ``names`` the names of their
    headlines and leads when found beforehand), most important first."""
    return order_stories(group_stories(articles, settings.cluster, names=names), articles, settings)


def order_stories(
    groups: Sequence[StoryGroup], articles: Sequence[Article], settings: Settings = DEFAULT
) -> list[StoryGroup]:
    """``groups`` most important first (:func:`marsad.cluster.importance.rank_key`: outlets, articles,
    recency); a story with no dated article counts as of the newest day among ``articles``. Ties keep the
    given order."""
    by_id = {a.id: a for a in articles}
    day_of = {a.id: publication_day(a.published) for a in articles}
    newest = max((d for d in day_of.values() if d is not None), default=None)

    def key(group: StoryGroup) -> float:
        days = [d for i in group.articles if (d := day_of.get(i)) is not None]
        outlets = {by_id[i].outlet or f"?{i}" for i in group.articles if i in by_id}
        last = max(days) if days else newest
        return rank_key(len(outlets), len(group.articles), last, settings.cluster.recency_days)

    keys = [key(g) for g in groups]
    return [groups[i] for i in sorted(range(len(groups)), key=lambda i: -keys[i])]


@fewer_collections()  # reading makes millions of short-lived tuples (memo.py measures it)
def read_story(
    story_id: str,
    members: Sequence[Article],
    *,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    words: int | None = None,
    facets: Sequence[Sequence[str]] = (),
    settings: Settings = DEFAULT,
    read: Callable[[Article], ArticleReading] | None = None,
) -> Story:
    """Everything marsad reads out of one story's articles: title, cited summary, entities, times,
    quantities, timeline, quotes with their speakers, claims across articles, each outlet's names, the
    days it was reported on and, when clustering found several angles (``facets``: article ids each,
    largest first), each angle with its best headline (also used to recompute a story that grew). The summary
    has at most ``words`` words (default ``settings.summary.words``).

    Each article's own reading (:func:`read_article`) comes from ``read`` when given: a store gives the
    readings it kept of the story's older articles, made when the story was read before."""
    inside = {a.id for a in members}
    story_borrowed = [b for b in borrowed if b.source.article in inside and b.target.article in inside]
    story_duplicates = [g for g in duplicates if inside.intersection(g.articles)]
    readings = [read(a) if read is not None else read_article(a, settings) for a in members]
    mentions: list[Mention] = [m for reading in readings for m in reading.mentions]
    times = [t for reading in readings for t in reading.times]
    quantities = [q for reading in readings for q in reading.quantities]
    entities = resolve_entities(mentions, members)
    found = [q for reading in readings for q in reading.quotes]
    quotes = link_speakers(found, entities)
    index = StoryIndex(members, story_borrowed)  # the title and the summary read the same sentences
    return Story(
        id=story_id,
        title=story_title(members, index, settings.summary),
        articles=tuple(a.id for a in members),
        summary=summarize_story(
            members,
            words=words,
            borrowed=story_borrowed,
            duplicates=story_duplicates,
            index=index,
            quotes=quotes,
            settings=settings.summary,
        ),
        entities=tuple(entities),
        times=tuple(times),
        quantities=tuple(quantities),
        timeline=build_timeline(members, times),
        quotes=tuple(quotes),
        claims=find_claims(members, quantities, times),
        naming=name_choices(entities, members),
        facets=story_facets(members, facets, settings),
        days=tuple(sorted({a.published[:10] for a in members if publication_day(a.published) is not None})),
    )


def read_article(article: Article, settings: Settings = DEFAULT) -> ArticleReading:
    """One article's entity mentions, time expressions, figures and quotes (speakers not yet linked)."""
    mentions = recognize_entities(article)
    times = find_times(article, mentions=mentions)
    return ArticleReading(
        tuple(mentions),
        tuple(times),
        tuple(find_quantities(article, times=times)),
        tuple(find_quotes(article, mentions, settings.quotes)),
    )


def reading_stamp(settings: Settings = DEFAULT) -> str:
    """What :func:`read_article` gives depends on besides the article, as one string: the entity tagger
    in use, the quote settings, and the code and data of the packages it reads with (``extract``,
    ``text``, ``lang``, hashed). A reading kept under another stamp is read again."""
    return f"{tagger_name()} {_code_stamp()} {hashlib.sha256(repr(settings.quotes).encode()).hexdigest()[:16]}"


@cache
def _code_stamp() -> str:
    digest = hashlib.sha256()
    root = resources.files("marsad")
    for package in ("extract", "text", "lang"):
        for name, path in sorted(_files(root.joinpath(package), package)):
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _files(folder: Traversable, name: str) -> list[tuple[str, Traversable]]:
    """Every file under ``folder`` (caches left out), with its path from the package root."""
    found = []
    for item in folder.iterdir():
        if item.is_dir():
            if item.name != "__pycache__":
                found += _files(item, f"{name}/{item.name}")
        elif not item.name.endswith((".pyc", ".pyo")):
            found.append((f"{name}/{item.name}", item))
    return found


def story_facets(
    members: Sequence[Article], facets: Sequence[Sequence[str]], settings: Settings = DEFAULT
) -> tuple[Facet, ...]:
    """The facets as :class:`Facet` (``f1``, ``f2``... in the order given), each titled by its best
    headline and its articles in the story's order; nothing when there are fewer than two. What a story's
    reading shows of them, made alone when only the facets of a stored story changed."""
    if len(facets) < 2:
        return ()
    position = {a.id: k for k, a in enumerate(members)}
    by_id = {a.id: a for a in members}
    result = []
    for number, ids in enumerate(facets, 1):
        inside = sorted((i for i in ids if i in position), key=position.__getitem__)
        if inside:
            result.append(Facet(f"f{number}", story_title([by_id[i] for i in inside], settings=settings.summary), tuple(inside)))
    return tuple(result) if len(result) > 1 else ()
