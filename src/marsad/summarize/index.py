"""The sentences of one story as comparable units: text, span, fitness and a TF-IDF vector each.

:class:`StoryIndex` is built once per story and answers the questions the summarizer and the title
picker ask: which sentences may be quoted, how similar two sentences are, and which sentences of another
outlet say the same thing. Similarity is the cosine of TF-IDF vectors over light-stemmed matching keys
(:func:`marsad.text.word_keys`), with function words and reporting verbs left out, and IDF taken over
the story's own sentences (as LexRank does: a word every outlet repeats weighs less).

Borrowed passages found by the dedup stage count as the same sentence (similarity 1) whatever their
wording, since the dedup stage has already established that one outlet copied the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy.sparse import csr_matrix

from marsad.lang.ar import function_words, names, reporting
from marsad.model import Article, BorrowedPassage, Citation, Sentence
from marsad.text import dateline_end, light_stem, split_sentences, word_keys

from .fitness import STORY_SENTENCES, unfit_reason

__all__ = ["STOPWORDS", "StoryIndex", "Unit", "list_items", "matching_keys"]

STOPWORDS = frozenset(
    key
    for w in (*function_words.SUMMARY_STOPWORDS, *reporting.SUMMARY_REPORTING_FORMS, *names.PROTOCOL_WORDS)
    for key in word_keys(w, stem=True)
)


# Spelling variants of one word that normalization leaves apart, as (variant, canonical) key fragments.
# Source: the demo corpus, where outlets (and sometimes one article) write both أميركي and أمريكي.
_SPELLING_VARIANTS = (("اميرك", "امريك"),)


# A coordination run of at least this many words (``السياسية والاقتصادية والثقافية``) is a list.
_LIST_ITEMS = 3


# A story's title and its summary each index the same sentences; a sentence's keys are made once (a
# story's worth of sentences: 15 % of lookups hit on 2,000 SaudiNewsNet articles, within stories; see
# fitness.unfit_reason).
@lru_cache(maxsize=STORY_SENTENCES)
def matching_keys(text: str) -> tuple[str, ...]:
    """The words of ``text`` that similarity counts: normalized, spelling variants unified,
    light-stemmed, stop words and list items left out.

    List items (:func:`list_items`) are left out because two different statements about a partnership
    share its list of fields: on the demo corpus McKenzie's commitment and Kadhimi's description of the
    dialogue share "السياسية والاقتصادية والثقافية ... الأمنية" and scored 0.32, above :attr:`~marsad.settings.SummarySettings.same_thing`;
    without the lists they score 0.21, while no pair judged the same loses more than 0.02.
    """
    words = word_keys(text)
    listed = list_items(words)
    keys = []
    for k, word in enumerate(words):
        if k in listed:
            continue
        for variant, canonical in _SPELLING_VARIANTS:
            word = word.replace(variant, canonical)
        stem = light_stem(word)
        if stem not in STOPWORDS:
            keys.append(stem)
    return tuple(keys)


def list_items(words: Sequence[str]) -> set[int]:
    """Positions of the items of coordination lists among the normalized ``words``: a content word
    followed by at least two words joined with the conjunction و (``الأمن والصحة والطاقة``).

    A heuristic: a word that merely begins with و (وزير، واشنطن) can extend a run, and a run that begins
    with a clause's verb (``وسوريا وتعهدت``) counts too; both cost little, since a list only ever removes
    words from the comparison.
    """
    listed: set[int] = set()
    k = 0
    while k < len(words):
        end = k + 1
        while end < len(words) and words[end].startswith("و") and len(words[end]) > 3:
            end += 1
        if end - k >= _LIST_ITEMS and light_stem(words[k]) not in STOPWORDS:
            listed.update(range(k, end))
            k = end
        else:
            k += 1
    return listed


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence of one article of the story.

    ``article`` indexes :attr:`StoryIndex.articles`; ``text`` is ``article.text[start:end]`` as published;
    ``words`` counts its whitespace tokens; ``unfit`` is :func:`~marsad.summarize.fitness.unfit_reason`.
    """

    article: int
    start: int
    end: int
    text: str
    words: int
    unfit: str | None


def _opened(article: Article, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The sentences' spans, the first one starting after a dateline run into it (``سبق- الرياض: أعلنت
    ...``, :func:`~marsad.text.dateline_end`): a summary quotes the sentence, not the byline and place."""
    spans = [(s.start, s.end) for s in sentences]
    if spans:
        start, end = spans[0]
        spans[0] = (start + dateline_end(article.text[start:end]), end)
    return spans


# Rows of the units × units similarity made at a time: the matrix is a story's largest (800 MB for 10,000
# sentences), and the sparse product of all rows at once held it again, and more, before it was made dense
# (bench/hostile.py mixed-scripts: 4 texts of 150,000 words in one story, 1.6 GB, over the 1.5 GB bound).
_SIMILARITY_ROWS = 1000


def _similarities(vectors: csr_matrix) -> np.ndarray:
    """``vectors @ vectors.T`` as a dense array, made :data:`_SIMILARITY_ROWS` rows at a time."""
    n = vectors.shape[0]
    out = np.empty((n, n))
    columns = vectors.T.tocsc()
    for start in range(0, n, _SIMILARITY_ROWS):
        out[start : start + _SIMILARITY_ROWS] = (vectors[start : start + _SIMILARITY_ROWS] @ columns).toarray()
    return out


class StoryIndex:
    """Sentence units of a story with their pairwise similarity.

    Input: the story's articles (clean: ``text`` with ``sentences``; an article without ``sentences`` is
    split here with :func:`marsad.text.split_sentences`) and the borrowed passages between them.
    Guarantees: ``units`` follow article order, then text order; ``similarity`` is a symmetric
    ``len(units)``-square array in ``[0, 1]`` with a zero diagonal; ``keys`` holds each unit's
    :func:`matching_keys`, in unit order.
    """

    def __init__(self, articles: Sequence[Article], borrowed: Sequence[BorrowedPassage] = ()) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.units: tuple[Unit, ...] = tuple(
            Unit(a, start, end, text, len(text.split()), unfit_reason(text))
            for a, article in enumerate(self.articles)
            for start, end in _opened(article, _sentences(article))
            if (text := article.text[start:end])
        )
        owner = np.array([u.article for u in self.units], dtype=int)
        self._by_article = {a: np.flatnonzero(owner == a) for a in range(len(self.articles))}
        keys = [matching_keys(u.text) for u in self.units]
        self.keys: tuple[tuple[str, ...], ...] = tuple(keys)
        self._weights: _Tfidf | None = None
        self._unit_vectors: csr_matrix | None = None
        n = len(self.units)
        if any(keys):
            self._weights = _Tfidf(keys)
            self._unit_vectors = self._weights.fitted_rows()
            similarity = _similarities(self._unit_vectors)
        else:
            similarity = np.zeros((n, n))
        np.fill_diagonal(similarity, 0.0)
        self.similarity: np.ndarray = np.clip(similarity, 0.0, 1.0, out=similarity)
        self._link_borrowed(borrowed)

    def units_of(self, article: int) -> np.ndarray:
        """Indexes of the units of article number ``article``, in text order."""
        return self._by_article[article]

    def citation(self, unit: int) -> Citation:
        """The citation of unit ``unit``: its article id and span."""
        u = self.units[unit]
        return Citation(self.articles[u.article].id, u.start, u.end)

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length TF-IDF rows for ``texts`` in this story's vector space (words the story never
        uses count nothing); a zero-width array if the story has no words at all."""
        if self._weights is None:
            return np.zeros((len(texts), 0))
        return self._weights.rows([matching_keys(t) for t in texts]).toarray()

    def similarity_to(self, texts: Sequence[str]) -> np.ndarray:
        """Cosine similarity of every unit to each of ``texts`` (headlines, say): an array of shape
        ``(len(units), len(texts))`` in ``[0, 1]``."""
        if self._unit_vectors is None:
            return np.zeros((len(self.units), len(texts)))
        return np.clip(np.asarray(self._unit_vectors @ self.vectors(texts).T, dtype=float), 0.0, 1.0)

    def _link_borrowed(self, borrowed: Sequence[BorrowedPassage]) -> None:
        """Set each sentence of a borrowed passage's target to similarity 1 with its closest sentence in
        the passage's source, so that a copy is never shown beside its original."""
        position = {article.id: a for a, article in enumerate(self.articles)}
        for passage in borrowed:
            source = position.get(passage.source.article)
            target = position.get(passage.target.article)
            if source is None or target is None:
                continue
            inside_source = self._inside(source, passage.source.start, passage.source.end)
            for t in self._inside(target, passage.target.start, passage.target.end):
                if len(inside_source):
                    s = inside_source[np.argmax(self.similarity[t, inside_source])]
                    self.similarity[t, s] = self.similarity[s, t] = 1.0

    def _inside(self, article: int, start: int, end: int) -> np.ndarray:
        """Units of ``article`` with at least half their characters inside ``[start, end)``."""
        units = self.units_of(article)
        return np.array(
            [i for i in units if 2 * (min(end, self.units[i].end) - max(start, self.units[i].start))
             >= self.units[i].end - self.units[i].start],
            dtype=int,
        )


class _Tfidf:
    """TF-IDF weights learnt from one story's sentences, exactly as scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)`` makes them over the same keys: term frequency ``1 + ln(count)``,
    smooth IDF ``ln((1 + n) / (1 + df)) + 1``, rows scaled to unit length.

    Written out because a story is small and there are many: scikit-learn's checks and conversions cost
    3-4 ms a story whatever its size, which was a third of indexing a story and, over the 11,000 stories
    of a 31,000-article digest, about 40 s of CPU; the arithmetic itself takes microseconds. The tests
    hold it to scikit-learn's vectors.
    """

    def __init__(self, documents: Sequence[Sequence[str]]) -> None:
        self.vocabulary: dict[str, int] = {}
        for keys in documents:
            for key in keys:
                self.vocabulary.setdefault(key, len(self.vocabulary))
        self._fitted = self._counts(documents)
        frequency = np.bincount(self._fitted.indices, minlength=len(self.vocabulary))
        self.idf = np.log((1 + len(documents)) / (1 + frequency)) + 1.0

    def _counts(self, documents: Sequence[Sequence[str]]) -> csr_matrix:
        """Each document's count of each known key (keys outside the vocabulary are left out)."""
        vocabulary = self.vocabulary
        indices: list[int] = []
        values: list[int] = []
        pointers = [0]
        for keys in documents:
            counted: dict[int, int] = {}
            for key in keys:
                number = vocabulary.get(key)
                if number is not None:
                    counted[number] = counted.get(number, 0) + 1
            indices.extend(counted)
            values.extend(counted.values())
            pointers.append(len(indices))
        return csr_matrix(
            (np.array(values, dtype=float), np.array(indices, dtype=np.int32), np.array(pointers, dtype=np.int32)),
            shape=(len(documents), len(vocabulary)),
        )

    def fitted_rows(self) -> csr_matrix:
        """The unit-length TF-IDF rows of the documents the weights were learnt from (counted once)."""
        return self._unit(self._fitted.copy())

    def rows(self, documents: Sequence[Sequence[str]]) -> csr_matrix:
        """Unit-length TF-IDF rows of ``documents`` (a row of zeros for one without a known key)."""
        return self._unit(self._counts(documents))

    def _unit(self, matrix: csr_matrix) -> csr_matrix:
        """Counts made TF-IDF weights, each row scaled to unit length (in place)."""
        weights = (1.0 + np.log(matrix.data)) * self.idf[matrix.indices]
        row = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
        norms = np.sqrt(np.bincount(row, weights=weights * weights, minlength=matrix.shape[0]))
        matrix.data = weights / norms[row]
        return matrix


def _sentences(article: Article) -> Sequence[Sentence]:
    if article.sentences or not article.text.strip():
        return article.sentences
    text = article.text
    return tuple(Sentence(s, e, text.count("\n\n", 0, s)) for s, e in split_sentences(text))
