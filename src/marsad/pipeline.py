"""The local digest: sources → a :class:`Digest`, running the stages of :mod:`marsad.stages` in their
order on this machine's cores (:mod:`marsad.runners`): cleaning in processes once the input is long,
duplicates and borrowed passages beside clustering, stories read by workers.

The CLI, the web app and the watcher call these functions; the stages know nothing of them.
``read_story``, ``order_stories`` and ``available_cores`` are re-exported from their homes.
"""

from __future__ import annotations

import collections
import dataclasses
import gc
import itertools
import os
import pickle
import typing
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from multiprocessing.pool import AsyncResult, Pool

from .cluster import NamesOf, StoryGroup, headline_names
from .ingest import DEFAULT_MAX_ARTICLE_CHARS, cut_article, read_sources
from .memo import clear_memos, fewer_collections, give_back, keep_within
from .model import Article, BorrowedPassage, Digest, DuplicateGroup, Problem, Story
from .runners import available_cores, forked_pool
from .settings import DEFAULT, Settings
from .stages import (
    cluster,
    find_borrowed,
    find_duplicate_groups,
    find_links,
    order_stories,
    prepare_article,
    read_story,
)

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
    in order; with ``workers`` of 2 or more (default: the available cores) cleaning runs in ``workers``
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
    prepare = prepare_article if keep_input else _prepare_lean
    with forked_pool(workers if workers > 1 else 0, len(first) == _CLEAN_WINDOW) as pool:
        for cleaned in _cleaned_windows(windows, pool, prepare, workers):
            for item in cleaned:
                done += 1
                progress("read", done, None)
                if isinstance(item, Problem):
                    problems.append(item)
                else:
                    articles.append(item)
    return articles


# Articles read before cleaning them starts in processes, and read ahead while a window is cleaned.
_CLEAN_WINDOW = 1024
# Windows queued for each cleaning process at most: read ahead so that none waits for its next window
_QUEUED_PER_WORKER = 2


def _prepare_lean(item: Article | Problem) -> Article | Problem:
    """:func:`prepare_article` without the raw and extracted texts: what a worker sends back when the
    caller lets them go anyway (a third of the bytes to pickle and take back)."""
    item = prepare_article(item)
    return item if isinstance(item, Problem) else dataclasses.replace(item, raw="", extracted="")


def _cleaned_windows(
    windows: Iterator[list[Article | Problem]],
    pool: Pool | None,
    prepare: Callable[[Article | Problem], Article | Problem],
    workers: int,
) -> Iterator[list[Article | Problem]]:
    """Each window of read items, cleaned, in order: here without a pool, else by the pool's ``workers``
    processes, with up to ``_QUEUED_PER_WORKER`` windows queued for each while this one reads the next
    and takes back what is done.

    With two cores, two cleaning processes beside this one (which reads, and unpickles what they send
    back) cleaned SaudiNewsNet's 31k articles in 17 s, where one process and this one sharing the windows
    took 20-24 s: each of the two waited for the other in turn, about 5 s each (docs/performance.md,
    stop 62)."""
    if pool is None:
        yield from ([prepare(item) for item in window] for window in windows)
        return
    most_queued = _QUEUED_PER_WORKER * workers
    pending: collections.deque[AsyncResult[list[Article | Problem]]] = collections.deque()
    for window in windows:
        pending.append(pool.map_async(prepare, window, chunksize=32))
        while pending and (pending[0].ready() or len(pending) > most_queued):
            yield pending.popleft().get()
    for head in pending:
        yield head.get()


def find_and_cluster(
    articles: Sequence[Article], *, workers: int | None = None, settings: Settings = DEFAULT
) -> tuple[list[DuplicateGroup], list[BorrowedPassage], list[StoryGroup]]:
    """Duplicate groups, borrowed passages and stories (most important first, :func:`order_stories`) of
    ``articles``.

    The two searches are independent: with two cores or more (``workers``, default: those available) and
    enough articles, duplicates and borrowed passages are found in a forked process while this one
    clusters, which takes the time of the longer instead of the sum. Between the duplicates and the
    borrowed passages that process finds the names in every article's headline and lead
    (:func:`marsad.cluster.headline_names`), which clustering asks of its big stories near its end: every
    article's, on the core that would wait, rather than half of them on the one clustering (5 s of 31,030
    articles' clustering; docs/performance.md, stop 52).
    """
    if not articles:
        return [], [], []
    workers = available_cores() if workers is None else workers
    # set before the fork: the worker finds the articles in its copy of this module, none are pickled
    _SHARED["articles"] = articles
    try:
        with forked_pool(1 if workers >= 2 else 0, len(articles) >= _PARALLEL_MIN_ARTICLES) as pool:
            if pool is None:
                duplicates, borrowed = find_links(articles, settings)
                return duplicates, borrowed, cluster(articles, settings)
            # the one worker takes its tasks in this order; duplicates first: their arrays' peak (570 MB at
            # 31,030 articles) then passes while clustering's vectors are still small, not beside its graph
            found = pool.apply_async(_duplicates_shared, (settings,))
            named = pool.apply_async(_names_shared, (settings,))
            passages = pool.apply_async(_borrowed_shared)
            groups = cluster(articles, settings, names=_names_found(named, articles))
            duplicates, borrowed = found.get(), passages.get()
    finally:
        _SHARED.clear()
    return duplicates, borrowed, groups


# Below this many articles the dedup stages take less time than starting a process.
_PARALLEL_MIN_ARTICLES = 2000
# What a forked worker reads instead of receiving it pickled (set before the pool forks).
_SHARED: dict[str, Sequence[Article]] = {}


# The duplicate groups the worker found, kept there for its next task (:func:`_borrowed_shared`).
_FOUND: dict[str, list[DuplicateGroup]] = {}


def _duplicates_shared(settings: Settings) -> list[DuplicateGroup]:
    duplicates = _FOUND["duplicates"] = find_duplicate_groups(_SHARED["articles"], settings)
    give_back()  # the pages of its arrays, freed but kept by malloc, before the names are found
    return duplicates


def _borrowed_shared() -> list[BorrowedPassage]:
    return find_borrowed(_SHARED["articles"], _FOUND.pop("duplicates"))  # one worker, its tasks in order


def _names_shared(settings: Settings) -> list[frozenset[str]]:
    with fewer_collections():
        names = headline_names(_SHARED["articles"], settings.cluster.named_lead_words)
    # the words' memo tables the tagger filled are not the ones finding duplicates fills next (210 MB more
    # at 31,030 articles, 143 MB once emptied)
    clear_memos()
    give_back()
    return names


def _names_found(pending: AsyncResult[list[frozenset[str]]], articles: Sequence[Article]) -> NamesOf:
    """The names of the articles clustering asks about (some of ``articles``), from ``pending``: every one of
    ``articles``'s, found by the forked process, waited for at the first question."""

    @cache
    def by_id() -> dict[str, frozenset[str]]:
        return dict(zip((a.id for a in articles), pending.get(), strict=True))

    return lambda asked: [by_id()[a.id] for a in asked]


@fewer_collections()  # the workers forked here inherit it (memo.py measures it)
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
        groups = cluster(articles, settings)
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
        # each worker page by page as its lookups reorder them. And what clustering freed goes back to
        # the system before the workers are forked from this process.
        clear_memos()
        give_back()
        first = _read_job(job(smallest))
    stories: list[Story | bytes] = []
    with forked_pool(workers if parallel else 0, True) as pool:
        pickled = pool is not None
        jobs = map(job, (n for n in range(1, count + 1) if n != smallest))
        # small chunks keep both workers busy to the end: a story of 200 articles costs a hundred of one
        readings: Iterable[Story | bytes] = (
            pool.imap(_read_job_pickled, jobs, chunksize=_STORY_CHUNK) if pool is not None else map(_read_job, jobs)
        )
        for story in readings:
            if first is not None and len(stories) == smallest - 1:
                stories.append(first)
            stories.append(story)
            progress("stories", len(stories), count)
    if first is not None and len(stories) == smallest - 1:
        stories.append(first)
        progress("stories", len(stories), count)
    if pickled:
        _unpickle(stories)
    return typing.cast("list[Story]", stories)


def _unpickle(stories: list[Story | bytes]) -> None:
    """The workers' stories, kept as they arrived (pickled and compressed) until the workers are gone, made
    objects in place. Kept as objects during the read, they stood beside the workers' own memory: the
    digest's peak (2,038-2,052 MB at 31k articles, 1,808 MB so; docs/performance.md, stop 40). Compressed,
    3,000 articles' stories take 5.6 MB against 15.1 pickled and some 50 as objects.

    The cyclic collector is off meanwhile: the stories hold no cycles, and its passes over the growing heap
    took four times as long as the unpickling (1.5 s against 0.4 s for 3,000 articles' stories)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        for number, story in enumerate(stories):
            if isinstance(story, bytes):
                stories[number] = pickle.loads(zlib.decompress(story))
            if number % _GIVE_BACK_EVERY == _GIVE_BACK_EVERY - 1:
                give_back()  # the pickles' pages: the objects are made elsewhere (Python's own arenas)
    finally:
        if collecting:
            gc.enable()


# Stories unpickled between two returns of their pickles' memory to the system.
_GIVE_BACK_EVERY = 1024
# Below this many stories a second process costs more (starting it, loading the models) than it saves.
_PARALLEL_MIN_STORIES = 64
_STORY_CHUNK = 8


_ReadJob = tuple[
    str, list[Article], list[BorrowedPassage], list[DuplicateGroup], int | None, tuple[tuple[str, ...], ...], Settings
]


def _read_job(job: _ReadJob) -> Story:
    story_id, members, borrowed, duplicates, words, facets, settings = job
    story = read_story(
        story_id, members, borrowed=borrowed, duplicates=duplicates, words=words, facets=facets, settings=settings
    )
    # A reader's memo tables could grow to a few hundred MB over 30,000 articles, in each process: they
    # are kept within the budget a long watch keeps (counting them costs a few ms, so every so often).
    if next(_READS) % _MEMO_CHECK_EVERY == 0:
        keep_within()
    return story


def _read_job_pickled(job: _ReadJob) -> bytes:
    # compressed (zlib's fastest level): 2.7 times smaller, for 0.25 s of CPU per 15 MB pickled, both ways
    return zlib.compress(pickle.dumps(_read_job(job), protocol=pickle.HIGHEST_PROTOCOL), 1)


# Stories read by this process, and how often its memo tables are counted.
_READS = itertools.count(1)
_MEMO_CHECK_EVERY = 64


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
