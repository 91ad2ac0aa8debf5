"""Compose the stages: sources → ingest → clean → dedup → cluster → summarize → a :class:`Digest`.

The CLI, the web app and the Spark job all call these functions; the stages know nothing of them.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool

from .analyze import build_timeline, find_claims, name_choices
from .clean import clean_article
from .cluster import StoryGroup, group_stories, publication_day
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
from .ingest import DEFAULT_MAX_ARTICLE_CHARS, cut_article, read_sources
from .model import Article, BorrowedPassage, Digest, DuplicateGroup, Facet, Mention, Problem, Story
from .settings import DEFAULT, Settings
from .summarize import story_title, summarize_story
from .summarize.index import StoryIndex
from .text import clear_caches

__all__ = [
    "Progress",
    "available_cores",
    "build_stories",
    "digest",
    "find_and_cluster",
    "load_articles",
    "order_stories",
    "read_story",
]


# progress(stage, done, total): called as work advances; total is None while it is unknown (streams).
Progress = Callable[[str, int, int | None], None]

Source = str | os.PathLike[str] | Article


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


def _as_stream(sources: Iterable[Source], max_chars: int) -> Iterable[Article | Problem]:
    """Articles given directly pass through, within the size limit (:func:`~marsad.ingest.cut_article`);
    every run of paths is read by the ingest stage, which applies the same limit."""
    paths: list[str | os.PathLike[str]] = []
    for item in sources:
        if isinstance(item, Article):
            if paths:
                yield from read_sources(paths, max_chars=max_chars)
                paths = []
            whole = item if item.extracted else dataclasses.replace(item, extracted=item.text)
            article, cuts = cut_article(whole, max_chars)
            yield from cuts
            yield article
        else:
            paths.append(item)
    if paths:
        yield from read_sources(paths, max_chars=max_chars)


def load_articles(
    sources: Iterable[Source],
    problems: list[Problem],
    progress: Progress = _no_progress,
    *,
    workers: int | None = None,
    keep_input: bool = True,
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
) -> list[Article]:
    """Read and clean every source; what cannot be used is appended to ``problems``, one line each.

    An article whose text is empty once residue is removed is reported, not kept. Sources are read here,
    in order; with ``workers`` of 3 or more (default: the available cores) cleaning runs in ``workers - 1``
    processes once the input proves long, a window of articles at a time, so memory follows the output;
    the result is the same whatever the number.

    With ``keep_input=False`` each article's ``raw`` and ``extracted`` texts are let go once it is clean
    (empty strings): a briefing shows neither, and they are two of the three copies of every text a run
    holds (270 MB of 31,000 articles). The inputs themselves stay where they were read from.

    An article longer than ``max_article_chars`` characters is cut there, with a ``warning`` in
    ``problems`` (see :mod:`marsad.ingest.limits`), whether it is read from a path or given directly.
    """
    articles: list[Article] = []
    done = 0
    stream = iter(_as_stream(sources, max_article_chars))
    # a short input is cleaned here: starting processes would cost more than it saves
    first = list(itertools.islice(stream, _CLEAN_WINDOW))
    windows = itertools.chain([first], iter(lambda: list(itertools.islice(stream, _CLEAN_WINDOW)), []))
    workers = available_cores() if workers is None else workers
    # This process reads, and takes the cleaned articles back (unpickling costs about a third of the
    # cleaning): with two cores, two cleaning workers and this one share them, and the wall time measured
    # on SaudiNewsNet was the same as cleaning here (22 s), for 37 s of CPU against 21. So a core is left
    # for this process, and cleaning goes to processes from three cores on.
    cleaners = workers - 1 if workers >= 3 else 0
    with _forked_pool(cleaners, len(first) == _CLEAN_WINDOW) as pool:
        for cleaned in _cleaned_windows(windows, pool):
            for item in cleaned:
                done += 1
                progress("read", done, None)
                if isinstance(item, Problem):
                    problems.append(item)
                else:
                    articles.append(item if keep_input else dataclasses.replace(item, raw="", extracted=""))
    return articles


# Articles read before cleaning them starts in processes, and read ahead while a window is cleaned.
_CLEAN_WINDOW = 1024


def _cleaned_windows(windows: Iterator[list[Article | Problem]], pool: Pool | None) -> Iterator[list[Article | Problem]]:
    """Each window of read items, cleaned; with a pool, the next window is sent before this one is
    collected, so the workers do not wait for the reading."""
    if pool is None:
        for window in windows:
            yield [_clean_one(item) for item in window]
        return
    pending = None
    for window in windows:
        submitted = pool.map_async(_clean_one, window, chunksize=32)
        if pending is not None:
            yield pending.get()
        pending = submitted
    if pending is not None:
        yield pending.get()


def _clean_one(item: Article | Problem) -> Article | Problem:
    """A read article cleaned and dated, or the problem that keeps it out (problems pass through)."""
    if isinstance(item, Problem):
        return item
    article = clean_article(item)
    if not article.text.strip():
        return Problem(item.source or item.id, "no article text left once site residue was removed")
    return _dated(article)


def _dated(article: Article) -> Article:
    """Fill a missing publication date from the article's own evidence (header residue, dateline),
    recording the evidence in ``meta["published_evidence"]``; relative dates are anchored on it."""
    if article.published:
        return article
    date, evidence = infer_published(article)
    if not date:
        return article
    return dataclasses.replace(article, published=date, meta={**article.meta, "published_evidence": evidence})


def find_and_cluster(
    articles: Sequence[Article], *, workers: int | None = None, settings: Settings = DEFAULT
) -> tuple[list[DuplicateGroup], list[BorrowedPassage], list[StoryGroup]]:
    """Duplicate groups, borrowed passages and stories (most important first, :func:`order_stories`) of
    ``articles``.

    The two searches are independent: with two cores or more (``workers``, default: those available) and
    enough articles, duplicates and borrowed passages are found in a forked process while this one
    clusters, which takes the time of the longer instead of the sum.
    """
    if not articles:
        return [], [], []
    workers = available_cores() if workers is None else workers
    # set before the fork: the worker finds the articles in its copy of this module, none are pickled
    _SHARED["articles"] = articles
    try:
        with _forked_pool(1 if workers >= 2 else 0, len(articles) >= _PARALLEL_MIN_ARTICLES) as pool:
            if pool is None:
                duplicates, borrowed = _duplicates_and_borrowed(articles, settings)
                return duplicates, borrowed, order_stories(group_stories(articles, settings.cluster), articles, settings)
            pending = pool.apply_async(_duplicates_and_borrowed_shared, (settings,))
            groups = order_stories(group_stories(articles, settings.cluster), articles, settings)
            duplicates, borrowed = pending.get()
    finally:
        _SHARED.clear()
    return duplicates, borrowed, groups


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


# Below this many articles the dedup stages take less time than starting a process.
_PARALLEL_MIN_ARTICLES = 2000
# What a forked worker reads instead of receiving it pickled (set before the pool forks).
_SHARED: dict[str, Sequence[Article]] = {}


def _duplicates_and_borrowed(
    articles: Sequence[Article], settings: Settings = DEFAULT
) -> tuple[list[DuplicateGroup], list[BorrowedPassage]]:
    duplicates = find_duplicates(articles, threshold=settings.dedup.near_threshold)
    return duplicates, borrowed_passages(articles, skip=duplicates)


def _duplicates_and_borrowed_shared(settings: Settings) -> tuple[list[DuplicateGroup], list[BorrowedPassage]]:
    return _duplicates_and_borrowed(_SHARED["articles"], settings)


def build_stories(
    articles: Sequence[Article],
    *,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    words: int | None = None,
    progress: Progress = _no_progress,
    workers: int | None = None,
    groups: Sequence[StoryGroup] | None = None,
    settings: Settings = DEFAULT,
) -> list[Story]:
    """Cluster ``articles`` into stories and read each one out (see :func:`read_story`), most important
    first; ``groups`` (as :func:`find_and_cluster` gives them, in the order wanted) skips the clustering.

    Stories are read by ``workers`` processes (default: one per available core; 1 reads them here); the
    result is the same whatever the number. Each story is given only its own borrowed passages and
    duplicate groups, found once through an index by article, so the work per story follows the story,
    not the corpus.
    """
    by_id = {a.id: a for a in articles}
    if groups is None:
        groups = order_stories(group_stories(articles, settings.cluster), articles, settings)
    story_of = {article_id: number for number, group in enumerate(groups) for article_id in group.articles}
    borrowed_in: list[list[BorrowedPassage]] = [[] for _ in groups]
    for passage in borrowed:
        number = story_of.get(passage.source.article)
        if number is not None and number == story_of.get(passage.target.article):
            borrowed_in[number].append(passage)
    duplicates_in: list[list[DuplicateGroup]] = [[] for _ in groups]
    for group in duplicates:
        for number in sorted({story_of[i] for i in group.articles if i in story_of}):
            duplicates_in[number].append(group)
    # Each job carries its articles (pickled): a worker that looked them up in its forked copy of this
    # process's heap copied it page after page (every object touched has its reference count written),
    # 250 MB per worker at 31k articles. Pickling and unpickling them costs about 5 s of CPU there.
    def job(number: int) -> _ReadJob:
        group = groups[number - 1]
        return (
            f"s{number}",
            [by_id[i] for i in group.articles],
            borrowed_in[number - 1],
            duplicates_in[number - 1],
            words,
            group.facets,
            settings,
        )

    workers = available_cores() if workers is None else workers
    count = len(groups)
    parallel = workers >= 2 and count >= _PARALLEL_MIN_STORIES
    # The smallest story is read here first when workers read the rest: every model and table reading
    # loads is then loaded once, in this process, and shared by the workers it forks.
    smallest = min(range(1, count + 1), key=lambda n: (len(groups[n - 1].articles), -n)) if parallel else None
    first: Story | None = None
    if smallest is not None:
        # The workers fill their own memo tables: the ones clustering filled here would be copied into
        # each worker page by page as its lookups reorder them.
        clear_caches()
        first = _read_job(job(smallest))
    stories: list[Story] = []
    with _forked_pool(workers if parallel else 0, True) as pool:
        jobs = map(job, (n for n in range(1, count + 1) if n != smallest))
        # small chunks keep both workers busy to the end: a story of 200 articles costs a hundred of one
        readings = pool.imap(_read_job, jobs, chunksize=_STORY_CHUNK) if pool is not None else map(_read_job, jobs)
        for story in readings:
            if first is not None and len(stories) == smallest - 1:
                stories.append(first)
            stories.append(story)
            progress("stories", len(stories), count)
    if first is not None and len(stories) == smallest - 1:
        stories.append(first)
        progress("stories", len(stories), count)
    return stories


@contextmanager
def _forked_pool(processes: int, worth_it: bool) -> Iterator[Pool | None]:
    """A pool of ``processes`` forked processes, or None to do the work here.

    Forked workers start at once, sharing what the caller has loaded (models, tables). Forking a process
    that runs other threads (a web server, Spark's gateway) can copy a lock half-held, and the other
    start methods re-import the caller's main module, which a script without a main guard cannot
    survive: so the work goes to processes only for a single-threaded caller, and only when it is
    ``worth_it`` (enough of it to pay for the processes).
    """
    if (
        processes < 1
        or not worth_it
        or threading.active_count() > 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield None
        return
    # Objects the workers inherit stay shared only while nothing writes to their pages: the cyclic
    # collector walking them in each worker would copy the whole heap into every one of them. (Garbage
    # is collected first, so that it is not frozen with the rest.)
    gc.collect()
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            yield pool
    finally:
        gc.unfreeze()


# Below this many stories a second process costs more (starting it, loading the models) than it saves.
_PARALLEL_MIN_STORIES = 64
_STORY_CHUNK = 8


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_ReadJob = tuple[
    str, list[Article], list[BorrowedPassage], list[DuplicateGroup], int | None, tuple[tuple[str, ...], ...], Settings
]


def _read_job(job: _ReadJob) -> Story:
    story_id, members, borrowed, duplicates, words, facets, settings = job
    return read_story(
        story_id, members, borrowed=borrowed, duplicates=duplicates, words=words, facets=facets, settings=settings
    )


def read_story(
    story_id: str,
    members: Sequence[Article],
    *,
    borrowed: Sequence[BorrowedPassage] = (),
    duplicates: Sequence[DuplicateGroup] = (),
    words: int | None = None,
    facets: Sequence[Sequence[str]] = (),
    settings: Settings = DEFAULT,
) -> Story:
    """Everything marsad reads out of one story's articles: title, cited summary, entities, times,
    quantities, timeline, quotes with their speakers, claims across articles, each outlet's names, the
    days it was reported on and, when clustering found several angles (``facets``: article ids each,
    largest first), each angle with its best headline (also used to recompute a story that grew). The summary
    has at most ``words`` words (default ``settings.summary.words``)."""
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
    index = StoryIndex(members, story_borrowed)  # the title and the summary read the same sentences
    return Story(
        id=story_id,
        title=story_title(members, index),
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
        facets=_facets(members, facets),
        days=tuple(sorted({a.published[:10] for a in members if publication_day(a.published) is not None})),
    )


def _facets(members: Sequence[Article], facets: Sequence[Sequence[str]]) -> tuple[Facet, ...]:
    """The facets as :class:`Facet` (``f1``, ``f2``... in the order given), each titled by its best
    headline and its articles in the story's order; nothing when there are fewer than two."""
    if len(facets) < 2:
        return ()
    position = {a.id: k for k, a in enumerate(members)}
    by_id = {a.id: a for a in members}
    result = []
    for number, ids in enumerate(facets, 1):
        inside = sorted((i for i in ids if i in position), key=position.__getitem__)
        if inside:
            result.append(Facet(f"f{number}", story_title([by_id[i] for i in inside]), tuple(inside)))
    return tuple(result) if len(result) > 1 else ()


def digest(
    sources: Iterable[Source],
    *,
    words: int | None = None,
    progress: Progress = _no_progress,
    workers: int | None = None,
    keep_input: bool = True,
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
    settings: Settings = DEFAULT,
) -> Digest:
    """Turn paths (files, folders) and/or :class:`Article` objects into a :class:`Digest`.

    Never raises for bad input: unusable inputs are listed in ``Digest.problems``. ``workers`` is the
    number of processes reading stories out (see :func:`build_stories`); ``keep_input=False`` lets each
    article's raw and extracted texts go once it is clean (see :func:`load_articles`);
    ``max_article_chars`` is the per-article size limit (longer articles are cut, with a warning).
    """
    problems: list[Problem] = []
    articles = load_articles(
        sources, problems, progress, workers=workers, keep_input=keep_input, max_article_chars=max_article_chars
    )
    duplicates, borrowed, groups = find_and_cluster(articles, workers=workers, settings=settings)
    stories = (
        build_stories(
            articles,
            borrowed=borrowed,
            duplicates=duplicates,
            words=words,
            progress=progress,
            workers=workers,
            groups=groups,
            settings=settings,
        )
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
