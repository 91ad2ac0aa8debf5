"""Borrowed passages: stretches of one article that repeat another — a reprinted statement, a wire
paragraph, a quoted release — when the articles as a whole are not duplicates.

Whole-document similarity cannot see these: in the demo corpus, 001 reprints two sentences of the
government statement that 000 publishes, yet the word 5-gram Jaccard of the two articles is about 0.08.
So the unit here is the sentence:

1. every sentence becomes the set of its word 3-grams (normalized words, :mod:`marsad.dedup.shingle`);
2. an inverted index from 3-gram to sentences proposes the sentence pairs, in different articles, that
   share at least ``min_shared`` distinct 3-grams — never all pairs of articles. A 3-gram found in more
   than ``max_articles`` articles is a stock phrase (``خادم الحرمين الشريفين الملك``, a wire dateline) and
   proposes nothing, which keeps the candidate count near linear in the corpus size;
3. a candidate is kept when the shared 3-grams are at least ``min_containment`` of the shorter
   sentence's (all 3-grams counted here, stock ones too), and is trimmed to the words from its first to
   its last shared 3-gram;
4. kept sentence pairs of the same two articles that follow each other on both sides, at most one
   sentence apart (sentence ``i`` to ``i + 2`` here, ``j`` to ``j + 2`` there), merge into one passage,
   so a borrowed list whose items an outlet headed with its own subheadings is one passage; sentences
   that two outlets give in opposite orders stay separate passages.

Each passage is reported once, from its *source* to its *target*: the earlier-published article is the
source when both dates are known and differ; otherwise the article of which the shared passages cover the
larger share of the text (an outlet reprinting a statement surrounds it with its own reporting, while the
original is mostly the statement); on a tie, the article whose id sorts first.

Calibration. Demo corpus (``examples/iraq-2021``): the two passages 001 borrows from 000 share 44 and 27
distinct 3-grams with their sources (containment 0.86 and 0.79); the best-matching sentence pair of any
other kind shares 5 (a title and name, ``قائد القيادة المركزية الجنرال كينيث ماكنزي``, containment 0.23)
and the next 4 (``القوات القتالية الأمريكية نهاية العام``) — so ``min_shared`` is 10, twice the largest
chance match, and ``min_containment`` 0.5 sits between 0.23 and 0.79. SaudiNewsNet (31,030 articles,
``bench/dedup_bench.py``): one wire text reaches at most 12 articles (the largest near-duplicate group), so
``max_articles`` is 20. At 50 the corpus gave 47,655 passages, and daily formulas many of them (the
weather report's ``وأورد التقرير أن حركة الرياح السطحية``: 582, the Interior Ministry's ``وبفضل من الله
تمكنت سلطات الأمن``: 340); at 20, 68 and 41 are left (where the wording varies, a formula's 3-grams stay
under the cap). With these values the corpus gives 40,152 passages between 31,610 article pairs; of 15
drawn at random and read, 13 were one text reprinted (a wire paragraph, a release, a column rerun days
later) and 2 a shared formula (a condolence notice, one clause).

``max_sentences`` (100) bounds, in the same way, the sentences one 3-gram may propose pairs from: five
for each of ``max_articles`` articles. Four hostile articles made of the same 27 words over and over
proposed every pair of their 12,000 sentences (91 s, 3.5 GB); with the bound, 4 s and 270 MB. On
SaudiNewsNet it changes the passages found from 40,168 to 40,186 (+0.04 %: 3-grams found in more than
100 sentences of at most 20 articles no longer propose pairs, and some passages split differently); a
bound of 1,000 still took 54 s and 1.2 GB on the hostile articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from marsad.model import Article, BorrowedPassage, DuplicateGroup, Span
from marsad.text import split_sentences

from .near import UnionFind
from .shingle import hash_text_words, ngram_hashes, word_spans

__all__ = ["borrowed_passages"]

_FORWARD = [(d_first, d_second) for d_first in range(3) for d_second in range(3) if d_first or d_second]
# Sentence pairs generated at once by the inverted index: with their keys and the sort that counts them
# about 100 bytes a pair.
_PAIR_CHUNK = 2**20


@dataclass(frozen=True, slots=True)
class _Side:
    """One article's side of a matched sentence pair: the sentence's position in its article, the matched
    character range, and where the n-grams inside that range are in the array of all n-grams."""

    position: int
    chars: tuple[int, int]
    grams: slice


@dataclass(frozen=True, slots=True)
class _Shared:
    """A passage two articles share, before it is oriented from source to target."""

    first: tuple[int, int]
    second: tuple[int, int]
    similarity: float


def borrowed_passages(
    articles: Sequence[Article],
    *,
    skip: Iterable[DuplicateGroup] = (),
    ngram: int = 3,
    min_shared: int = 10,
    min_containment: float = 0.5,
    max_articles: int = 20,
    max_sentences: int = 100,
) -> list[BorrowedPassage]:
    """Passages that one article repeats from another.

    ``articles`` are clean articles (their ``sentences`` index into ``text``; an article without
    sentences is split with :func:`marsad.text.split_sentences`). Pairs of articles in one of the
    ``skip`` groups (the duplicate groups already reported) are not compared. The parameters are
    described in the module documentation.

    Returns one :class:`BorrowedPassage` per passage: ``source`` and ``target`` spans in the two
    articles' clean texts, ``text`` the target's text as published, ``similarity`` the Jaccard
    similarity of the two spans' word ``ngram`` sets (n-grams across a sentence break not counted).
    Passages come by article pair (in input order), then by position in the target.
    """
    units = _Units.of(articles)
    # hashed from the sentences' text: a list of every word of the corpus as strings (hash_words of
    # text_words, the same hashes) held a GB at 31k articles, the peak of the whole pipeline; the sentences
    # cut from their texts a batch at a time (all of them at once were 147 MB more)
    hashes, owner = hash_text_words(
        articles[a].text[start:end] for a, (start, end) in zip(units.article, units.spans, strict=True)
    )
    ngrams, starts = ngram_hashes(hashes, owner, ngram)
    unit_of_ngram = owner[starts]
    del hashes, owner, starts
    # ngram_hashes keeps text order: each unit's n-grams are one slice, the k-th starting at word k
    bounds = np.searchsorted(unit_of_ngram, np.arange(len(units.spans) + 1)).tolist()
    left, right = _candidate_pairs(
        ngrams,
        unit_of_ngram,
        np.array(units.article, dtype=np.int64),
        _families(articles, skip),
        min_shared,
        max_articles,
        max_sentences,
    )

    by_pair: dict[tuple[int, int], list[tuple[_Side, _Side]]] = {}
    for a, b in zip(left.tolist(), right.tolist(), strict=True):
        grams_a, grams_b = (
            ngrams[bounds[a] : bounds[a + 1]].tolist(),
            ngrams[bounds[b] : bounds[b + 1]].tolist(),
        )
        shared = set(grams_a).intersection(grams_b)
        if len(shared) < min_containment * min(len(set(grams_a)), len(set(grams_b))):
            continue
        sides = tuple(
            units.side(articles, unit, bounds[unit], grams, shared, ngram)
            for unit, grams in ((a, grams_a), (b, grams_b))
        )
        by_pair.setdefault((units.article[a], units.article[b]), []).append(sides)

    passages = []
    for (a, b), matches in sorted(by_pair.items()):
        passages.extend(_oriented(articles[a], articles[b], _merge_neighbours(matches, ngrams)))
    return passages


@dataclass
class _Units:
    """The compared spans (sentences) of all articles, numbered in article order: for each, its
    article's index, its position in the article and its ``(start, end)``; word offsets are worked out
    for the few units that match (:meth:`side`) and kept in ``word_chars``."""

    article: list[int]
    position: list[int]
    spans: list[tuple[int, int]]
    word_chars: dict[int, np.ndarray] = field(default_factory=dict)

    @classmethod
    def of(cls, articles: Sequence[Article]) -> _Units:
        units = cls([], [], [])
        for index, article in enumerate(articles):
            spans = _spans(article)
            units.article.extend([index] * len(spans))
            units.position.extend(range(len(spans)))
            units.spans.extend(spans)
        return units

    def side(
        self,
        articles: Sequence[Article],
        unit: int,
        offset: int,
        grams: list[int],
        shared: set[int],
        ngram: int,
    ) -> _Side:
        """``unit``'s side of a match: trimmed to the words from its first to its last ``shared`` n-gram
        (``grams`` are the unit's n-grams in text order, the k-th starting at word k; the first is at
        ``offset`` in the array of all n-grams)."""
        where = [k for k, gram in enumerate(grams) if gram in shared]
        first, last = where[0], where[-1]
        if unit not in self.word_chars:
            start, end = self.spans[unit]
            text = articles[self.article[unit]].text[start:end]
            # (words, 2) start and end offsets: an array, as thousands of units may match
            self.word_chars[unit] = np.array(word_spans(text), dtype=np.int64).reshape(-1, 2) + start
        words = self.word_chars[unit]
        chars = (int(words[first, 0]), int(words[last + ngram - 1, 1]))
        return _Side(self.position[unit], chars, slice(offset + first, offset + last + 1))


def _oriented(a: Article, b: Article, shared: list[_Shared]) -> list[BorrowedPassage]:
    """The passages ``a`` and ``b`` share, from source to target, in target order."""
    a_is_source = _is_source(a, b, _covered([p.first for p in shared]), _covered([p.second for p in shared]))
    source, target = (a, b) if a_is_source else (b, a)
    passages = []
    for p in shared:
        in_source, in_target = (p.first, p.second) if a_is_source else (p.second, p.first)
        target_span = Span(target.id, *in_target)
        passages.append(
            BorrowedPassage(
                Span(source.id, *in_source), target_span, target.span_text(target_span), p.similarity
            )
        )
    return sorted(passages, key=lambda p: (p.target.start, p.target.end))


def _spans(article: Article) -> list[tuple[int, int]]:
    """The spans compared: the article's sentences, or :func:`marsad.text.split_sentences` of its text
    when it comes without them."""
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    return split_sentences(article.text)


def _families(articles: Sequence[Article], skip: Iterable[DuplicateGroup]) -> np.ndarray:
    """For each article, a family number shared by the articles that ``skip`` groups join (an article may
    be in an exact and a near group at once, so the groups are merged)."""
    index = {article.id: i for i, article in enumerate(articles)}
    sets = UnionFind(len(articles))
    for group in skip:
        members = [index[i] for i in group.articles if i in index]
        for other in members[1:]:
            sets.union(members[0], other)
    return np.array([sets.find(i) for i in range(len(articles))], dtype=np.int64)


# Below this many n-grams and units the candidates' indexes fit in 32 bits.
_INT32_LIMIT = 1 << 31


def _candidate_pairs(
    ngrams: np.ndarray,
    unit: np.ndarray,
    unit_article: np.ndarray,
    family: np.ndarray,
    min_shared: int,
    max_articles: int,
    max_sentences: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of units ``(left < right)`` of articles in different families that share at least
    ``min_shared`` distinct n-grams, leaving out n-grams found in more than ``max_articles`` articles or
    more than ``max_sentences`` units.

    ``unit`` (the unit of each n-gram) must be non-decreasing, and units numbered in article order.
    """
    if not len(ngrams):  # no article has enough words to make one n-gram
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    # Units, articles and runs are numbered in 32 bits (a corpus of 31k articles has 700k units, 8.6 M
    # n-grams) and each array let go as soon as it is used: this function was the peak of finding borrowed
    # passages, 540 MB above its input at 31k articles with every index in 64 bits (docs/performance.md, stop 62).
    n_units = int(unit[-1]) + 1
    index = np.int32 if max(len(ngrams), n_units) < _INT32_LIMIT else np.int64
    # stable: within a run of equal n-grams, units (and so articles) stay in increasing order
    order = np.argsort(ngrams, kind="stable")
    grams = ngrams[order]
    units = unit.astype(index)[order]
    del order
    distinct = np.r_[True, (grams[1:] != grams[:-1]) | (units[1:] != units[:-1])]
    grams = grams[distinct]
    units = units[distinct]
    del distinct
    new_gram = np.r_[True, grams[1:] != grams[:-1]]
    del grams
    articles = unit_article.astype(index)[units]
    new_article = new_gram | np.r_[False, articles[1:] != articles[:-1]]
    del articles
    run = np.cumsum(new_gram, dtype=index) - 1
    del new_gram
    articles_per_run = np.bincount(run, weights=new_article)
    del new_article
    # An n-gram's pairs grow with the square of the units holding it: few articles repeating one n-gram
    # in thousands of sentences (a hostile text of a few words over and over: four such articles made
    # 3.5 GB of pairs) propose nothing, as a stock phrase across many articles does not.
    units_per_run = np.bincount(run)
    useful = (articles_per_run >= 2) & (articles_per_run <= max_articles) & (units_per_run <= max_sentences)
    del articles_per_run, units_per_run
    # keep only the entries of useful runs (most n-grams are in one article only)
    keep = useful[run]
    units, run = units[keep].astype(np.int64), run[keep]
    del keep
    fams = family[unit_article[units]]
    run_end = np.r_[np.flatnonzero(run[1:] != run[:-1]) + 1, len(run)]
    # each entry pairs with the entries after it in its run
    partners = np.repeat(run_end, np.diff(np.r_[0, run_end])) - np.arange(len(run)) - 1
    cumulative = np.cumsum(partners)
    keys, counts = [], []
    first = 0
    while first < len(units):  # a chunk of entries with about _PAIR_CHUNK pairs at a time
        done = cumulative[first - 1] if first else 0
        end = max(int(np.searchsorted(cumulative, done + _PAIR_CHUNK, side="right")), first + 1)
        repeat = partners[first:end]
        left = np.repeat(np.arange(first, end), repeat)
        right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(repeat) - repeat, repeat)
        other = fams[left] != fams[right]
        key, count = np.unique(units[left[other]] * n_units + units[right[other]], return_counts=True)
        keys.append(key)
        counts.append(count.astype(np.int32))
        first = end
    del units, run, fams, partners, cumulative
    key = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    del keys
    if not len(key):  # no pair of sentences of two families shares an n-gram
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    # each pair's count summed over the chunks: sorted, then added up by run of equal keys (np.unique's
    # inverse index and a bincount held twice as much)
    order = np.argsort(key, kind="stable")
    key = key[order]
    count = np.concatenate(counts)[order]
    del counts, order
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    kept = key[starts[np.add.reduceat(count, starts) >= min_shared]]
    return kept // n_units, kept % n_units


def _merge_neighbours(matches: list[tuple[_Side, _Side]], ngrams: np.ndarray) -> list[_Shared]:
    """Join matches whose sentences follow each other on both sides (see the module documentation).

    A passage's span on each side runs from its first matched character to its last; its similarity is
    the Jaccard similarity of the two sides' n-grams (those inside the trimmed ranges).
    """
    at = {(first.position, second.position): i for i, (first, second) in enumerate(matches)}
    sets = UnionFind(len(matches))
    for i, (first, second) in enumerate(matches):
        # forward neighbours only (text two outlets give in opposite orders is two passages), at most
        # one sentence apart: a subheading or a line of the outlet's own may interrupt a borrowed list
        for d_first, d_second in _FORWARD:
            j = at.get((first.position + d_first, second.position + d_second))
            if j is not None:
                sets.union(i, j)
    groups: dict[int, list[tuple[_Side, _Side]]] = {}
    for i, match in enumerate(matches):
        groups.setdefault(sets.find(i), []).append(match)
    shared = []
    for group in groups.values():
        spans, grams = [], []
        for sides in zip(*group, strict=True):
            spans.append((min(side.chars[0] for side in sides), max(side.chars[1] for side in sides)))
            grams.append({gram for side in sides for gram in ngrams[side.grams].tolist()})
        similarity = len(grams[0] & grams[1]) / len(grams[0] | grams[1])
        shared.append(_Shared(spans[0], spans[1], round(similarity, 4)))
    return shared


def _covered(spans: list[tuple[int, int]]) -> int:
    """Characters covered by the union of ``spans``."""
    total, reach = 0, 0
    for start, end in sorted(spans):
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return total


def _is_source(a: Article, b: Article, covered_a: int, covered_b: int) -> bool:
    """Whether ``a`` is the source of the passages it shares with ``b`` (rule in the module docstring).

    Dates are ISO strings, compared to the precision both give (``2021-09-09`` against
    ``2021-09-09T10:00`` compares the days only).
    """
    if a.published and b.published:
        when_a, when_b = a.published.replace(" ", "T"), b.published.replace(" ", "T")
        precision = min(len(when_a), len(when_b))
        if when_a[:precision] != when_b[:precision]:
            return when_a[:precision] < when_b[:precision]
    share_a, share_b = covered_a / max(len(a.text), 1), covered_b / max(len(b.text), 1)
    if share_a != share_b:
        return share_a > share_b
    return a.id <= b.id
