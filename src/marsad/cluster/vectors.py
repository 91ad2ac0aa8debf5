"""Article vectors for story clustering: weighted stems and their character n-grams, background idf.

An article becomes one sparse row, L2-normalized, so that the dot product of two rows is their cosine
similarity. The row joins two TF-IDF vectors (sublinear tf, each L2-normalized):

* **stems** — normalized words cut to a light stem that keeps three letters
  (:func:`marsad.text.name_safe_stem`), stop words dropped. The headline, the lead (the first words of
  the text) and the rest of the body count with the weights of
  :class:`~marsad.settings.ClusterSettings`: headline and lead name the event, while the body wanders;
* **character n-grams** (3 to 5, padded at word edges like scikit-learn's ``char_wb``) of the same stems,
  which match spelling variants the stemmer leaves apart (``ماكنزي``/``ماكينزي``،
  ``البنتاجون``/``البنتاغون``) and inflections it does not strip (``تفجير``/``تفجيرات``).

The two are weighted so that ``cosine = word_share * cos_words + (1 - word_share) * cos_chars``.

Weights are inverse document frequencies from a **fixed background** (:mod:`marsad.cluster.background`),
not fitted on the input: an article's vector is the same whatever else is clustered with it, so a
batch, an hourly store and one article at a time compare articles alike, and five articles are weighed as
sensibly as thirty thousand.

An article with too few content stems (``min_content_stems``) gets a zero row: a caption or leftover
boilerplate must not build a story. An article written mostly in another script than Arabic is marked
(:attr:`ArticleFeatures.latin`), and the similarity graph never links it to an Arabic one.

Speed: text is split on white space and each distinct written form is folded and stemmed once (a cache
per call); counts go through sparse products (forms -> stems -> n-grams) built in C arrays.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import scipy.sparse as sp

from marsad.lang.ar import function_words, reporting
from marsad.lang.ar import time as time_words
from marsad.model import Article
from marsad.settings import DEFAULT, ClusterSettings
from marsad.text import folded_stem, name_safe_stem, normalize_key, word_keys
from marsad.text.script import mostly_not_arabic

from .background import background

__all__ = [
    "CHAR_NGRAMS",
    "STOP_STEMS",
    "ArticleFeatures",
    "article_features",
    "content_stems",
    "stem_grams",
    "story_vectors",
]

# Left out of the vectors: spaCy's Arabic stop words, and ours (the reporting verbs, weekdays and news
# connectives that made unrelated reports look alike), all in marsad.lang.ar. Matched on their stem, so
# that every proclitic and suffix form of a listed word (وأضاف، وأكدت، عليها) goes too.
STOP_STEMS: frozenset[str] = frozenset(
    name_safe_stem(normalize_key(w))
    for w in (
        *function_words.SPACY_STOP_WORDS.split(),
        *function_words.NEWS_STOP_WORDS.split(),
        *reporting.CLUSTER_STOP_LEMMAS,
        *time_words.WEEKDAY_NAMES,
    )
)

# Character 4-grams only (sizes low..high): measured against 3-5 (bench/cluster_eval.py, 2026-12-02) they
# kept the labelled SaudiNewsNet days (B-cubed F1 0.841 vs 0.842), raised MultiLing (0.963 vs 0.945),
# kept the demo's spellings together, and cut the features per article by about two thirds — the graph's
# cost at 31k articles follows them. 3-4 gave 0.841 / 0.945, 4-5 0.838 / 0.904.
CHAR_NGRAMS = (4, 4)


def content_stems(text: str) -> list[str]:
    """The stems of ``text``'s content words, in order: normalized, cut by
    :func:`~marsad.text.name_safe_stem`, numbers, one-letter stems and stop words left out."""
    return [s for s in map(name_safe_stem, word_keys(text)) if _is_content(s)]


def _is_content(stem: str) -> bool:
    return len(stem) > 1 and stem not in STOP_STEMS and not stem.isdigit()


def stem_grams(stem: str) -> list[str]:
    """The character n-grams of ``stem`` padded with a space at each end (:data:`CHAR_NGRAMS` sizes)."""
    padded = f" {stem} "
    low, high = CHAR_NGRAMS
    return [padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)]


# A store files each new article by clustering it again with the stories it may join (a few hundred
# articles): most of their written forms and stems were cut and split the time before. Kept per form and
# per stem, they were 40 % of clustering one new article on a store of 10,000 (a batch meets each form
# once, and pays only the lookup).
@lru_cache(maxsize=65536)
def _form_stems(form: str) -> tuple[str, ...]:
    return tuple(content_stems(form))


@lru_cache(maxsize=65536)
def _stem_grams(stem: str) -> tuple[str, ...]:
    return tuple(stem_grams(stem))


class _Index(dict[str, int]):
    """A vocabulary that gives each new key the next free column."""

    def __missing__(self, key: str) -> int:
        column = self[key] = len(self)
        return column


def _section_counts(articles: Sequence[Article], lead_words: int, forms: _Index) -> list[sp.csr_matrix]:
    """Counts of white-space-separated written forms per article in its title, its lead (the first
    ``lead_words`` words of its text) and the rest of its text: three matrices with the columns of
    ``forms``, grown here. Each text is split once."""
    # C arrays, not lists: a list of the column of every word of 31k articles held 15 million int objects
    indptrs = [array("q", [0]) for _ in range(3)]
    indices = [array("q") for _ in range(3)]
    column = forms.__getitem__
    for article in articles:
        words = list(map(column, article.text.split()))
        for part, columns in enumerate((map(column, article.title.split()), words[:lead_words], words[lead_words:])):
            indices[part].extend(columns)
            indptrs[part].append(len(indices[part]))
    width = max(len(forms), 1)
    matrices = []
    for indptr, index in zip(indptrs, indices, strict=True):
        counts = sp.csr_matrix(
            (
                np.ones(len(index), dtype=np.float32),
                np.frombuffer(index, dtype=np.int64),
                np.frombuffer(indptr, dtype=np.int64),
            ),
            shape=(len(indptr) - 1, width),
        )
        counts.sum_duplicates()
        matrices.append(counts)
    return matrices


def _projection(rows: Sequence[Any], targets: Callable[[Any], Iterable[int]], columns: _Index) -> sp.csr_matrix:
    """Count matrix sending item ``rows[i]`` to the columns ``targets(rows[i])`` of ``columns``, which
    ``targets`` grows as it meets new keys (repeats add up)."""
    row_ids = array("q")
    col_ids = array("q")
    for i, item in enumerate(rows):
        for j in targets(item):
            row_ids.append(i)
            col_ids.append(j)
    return sp.csr_matrix(
        (
            np.ones(len(row_ids), dtype=np.float32),
            (np.frombuffer(row_ids, dtype=np.int64), np.frombuffer(col_ids, dtype=np.int64)),
        ),
        shape=(len(rows), max(len(columns), 1)),
    )


def _unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """``matrix`` with each row scaled to unit L2 norm, in place (zero rows stay zero).

    Written out rather than scikit-learn's ``normalize``: importing scikit-learn for it was 1.2 s of
    every ``marsad`` command that clusters (``marsad ingest`` of one article took 6 s, half of it
    imports). The norms are summed in float64, a stretch of rows at a time: the squares and the repeated
    norms of all 17 million entries at 31k articles, in float64, were 415 MB at the clustering's peak."""
    bounds = matrix.indptr
    for begin in range(0, matrix.shape[0], _ROWS_PER_NORM):
        end = min(begin + _ROWS_PER_NORM, matrix.shape[0])
        first, last = int(bounds[begin]), int(bounds[end])
        if first == last:
            continue
        data = matrix.data[first:last]
        lengths = np.diff(bounds[begin : end + 1])
        filled = lengths > 0
        sums = np.zeros(end - begin)
        sums[filled] = np.add.reduceat(data.astype(np.float64) ** 2, bounds[begin:end][filled] - first)
        norms = np.sqrt(sums)
        norms[norms == 0] = 1.0
        data[:] = data / np.repeat(norms, lengths)
    return matrix


# Rows normalized at a time by _unit_rows (about a million entries at 31k articles).
_ROWS_PER_NORM = 2048


def _weighted(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear tf (``1 + ln(count)``, counts below 1 kept as they are) times ``idf``, rows L2-normalized:
    ``counts`` (CSR) itself, changed in place."""
    data = counts.data
    high = data >= 1
    data[high] = 1 + np.log(data[high])
    data *= idf[counts.indices]
    counts.eliminate_zeros()
    return _unit_rows(counts)


@dataclass(frozen=True)
class ArticleFeatures:
    """What clustering knows of each article (one row per article, in the order given).

    ``vectors``: L2-normalized rows whose dot products are the cosine similarities (zero rows for
    articles with too few content stems); ``stems``: which content stems each article holds anywhere in
    its title or text (0/1), folded (:func:`~marsad.text.folded_stem`: ``مسجدا`` and ``مسجد`` are one
    column), with their background idf in ``stem_idf`` (:meth:`~marsad.cluster.background.Background.folded_idf`):
    what the anchors ask of an article; ``latin``: articles written mostly in another script than Arabic.
    """

    vectors: sp.csr_matrix
    stems: sp.csr_matrix
    stem_idf: np.ndarray
    latin: np.ndarray


# An article is "Arabic" when at least half of its letters (among the first _SCRIPT_SAMPLE characters of
# its title and text) are Arabic letters.
_SCRIPT_SAMPLE = 2000


def _mostly_latin(article: Article) -> bool:
    return mostly_not_arabic((article.title + " " + article.text)[:_SCRIPT_SAMPLE], empty=False)


def article_features(articles: Sequence[Article], settings: ClusterSettings = DEFAULT.cluster) -> ArticleFeatures:
    """The clustering features of ``articles`` (title and clean text), in the order given.

    Every row depends on its own article only (the weights are the background's), so an article compares
    with another alike in any batch.
    """
    n = len(articles)
    forms = _Index()
    title_counts, lead_counts, rest_counts = _section_counts(articles, settings.lead_words, forms)
    form_counts = (
        settings.title_weight * title_counts + settings.lead_weight * lead_counts + settings.body_weight * rest_counts
    )
    latin = np.array([_mostly_latin(a) for a in articles], dtype=bool)

    stems = _Index()

    def stem_columns(form: str) -> list[int]:
        return [stems[s] for s in _form_stems(form)]

    form_to_stem = _projection(list(forms), stem_columns, stems)
    # Each count matrix is let go as soon as what follows no longer needs it, and the weighting works in
    # place: at 31k articles, the matrices kept to the end were half of the clustering's peak memory.
    if not stems:  # no article has a content word
        empty = sp.csr_matrix((n, 0), dtype=np.float32)
        return ArticleFeatures(empty, empty, np.zeros(0, dtype=np.float32), latin)
    stem_counts = (form_counts @ form_to_stem).tocsr()
    del form_counts
    presence = ((title_counts + lead_counts + rest_counts) @ form_to_stem).tocsr()
    presence.data[:] = 1
    del title_counts, lead_counts, rest_counts, form_to_stem

    table = background()
    stem_list = list(stems)
    stem_idf = np.array([table.stem_idf(s) for s in stem_list], dtype=np.float32)
    # what the anchors ask of each article: the folded stems it holds (``مسجدا`` is ``مسجد`` there)
    folded = _Index()
    to_folded = _projection(stem_list, lambda stem: [folded[folded_stem(stem)]], folded)
    holds = (presence @ to_folded).tocsr()
    holds.data[:] = 1
    folded_idf = np.array([table.folded_idf(s) for s in folded], dtype=np.float32)
    # n-grams of the rarer stems only: names and specific terms are where spellings vary (ماكنزي /
    # ماكينزي); the n-grams of common words add nothing but a thousand features to every article
    grams = _Index()
    gram_idf_floor = settings.gram_min_idf

    def gram_columns(position: int) -> list[int]:
        if stem_idf[position] < gram_idf_floor:
            return []
        return [grams[g] for g in _stem_grams(stem_list[position])]

    stem_to_gram = _projection(range(len(stem_list)), gram_columns, grams)
    gram_counts = (stem_counts @ stem_to_gram).tocsr()

    gram_idf = np.array([table.gram_idf(g) for g in grams] or [0.0], dtype=np.float32)
    words = _weighted(stem_counts, stem_idf)
    chars = _weighted(gram_counts, gram_idf)
    del stem_counts, gram_counts  # the same matrices as words and chars (weighed in place): one name each
    words.data *= np.float32(np.sqrt(settings.word_share))
    chars.data *= np.float32(np.sqrt(1 - settings.word_share))
    joined = sp.hstack([words, chars], format="csr")
    del words, chars
    joined = _unit_rows(joined)
    too_little = np.diff(presence.indptr) < settings.min_content_stems
    if too_little.any():
        joined.data[np.repeat(too_little, np.diff(joined.indptr))] = 0
        joined.eliminate_zeros()
    return ArticleFeatures(joined, holds, folded_idf, latin)


def story_vectors(articles: Sequence[Article], settings: ClusterSettings = DEFAULT.cluster) -> sp.csr_matrix:
    """One L2-normalized row per article (title and clean text), in the order given.

    The dot product of two rows is their cosine similarity in ``[0, 1]``; it depends on the two articles
    only (the weights are the background's). An article with too few content stems gets a zero row
    (similar to nothing).
    """
    return article_features(articles, settings).vectors
