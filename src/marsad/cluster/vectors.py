"""Article vectors for story clustering: TF-IDF over light stems and over their character n-grams.

An article becomes one sparse row, L2-normalized, so that the dot product of two rows is their cosine
similarity. The row joins two TF-IDF vectors (sublinear tf, smoothed idf, each L2-normalized):

* **words** — normalized, light-stemmed words (:func:`marsad.text.word_keys` + :func:`light_stem`), stop
  words dropped, the title counted :data:`TITLE_WEIGHT` times (headlines name the event; bodies wander);
* **character n-grams** (3 to 5, padded at word edges like scikit-learn's ``char_wb``) of the same stems,
  which match spelling variants that the stemmer leaves apart (``ماكنزي``/``ماكينزي``،
  ``البنتاجون``/``البنتاغون``). Taking them from stems rather than whole words leaves out the n-grams of
  the article ``ال`` and of suffixes, which are in nearly every article and say nothing about the story.

The two are weighted so that ``cosine = WORD_SHARE * cos_words + (1 - WORD_SHARE) * cos_chars``.

Features found in more articles than any one story could hold — more than :data:`COMMON_DF` articles and
more than :data:`MAX_DF_SHARE` of the corpus (scikit-learn's ``max_df``) — are left out before
normalizing. They say little about which story an article tells, yet on SaudiNewsNet (31k articles) they
are about three quarters of an article's features, give a typical pair of unrelated articles a
similarity of 0.03 (a tenth of all pairs above 0.07), and make computing the pairs quadratic in practice
(nearly every pair shares one). A corpus of up to ``COMMON_DF / MAX_DF_SHARE`` articles keeps all its
features; a larger one is compared on the rarer ones, so similarities at that size are not exactly
those a small corpus would give.

Speed: text is split on white space and each distinct written form is folded and stemmed once (a cache
per call), which gives the same words as :func:`marsad.text.word_keys` on the whole text (folding is per
character, and every character folded to a space is white space already) at a fraction of the cost:
folding character by character is what dominates at tens of thousands of articles.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from marsad.model import Article
from marsad.text import light_stem, normalize_key, word_keys

__all__ = ["CHAR_NGRAMS", "COMMON_DF", "MAX_DF_SHARE", "STOP_STEMS", "TITLE_WEIGHT", "WORD_SHARE", "story_vectors"]

# spaCy's Arabic stop words (spacy/lang/ar/stop_words.py, MIT licence), as published: particles,
# prepositions, pronouns, "kana and her sisters", with some of their proclitic forms.
_SPACY_STOP_WORDS = """
من نحو لعل بما بين وبين ايضا وبينما تحت مثلا لدي عنه مع هي وهذا واذا هذان انه بينما أمسى وسوف ولم لذلك
إلى منه منها كما ظل هنا به كذلك اما هما بعد بينهم التي أبو اذا بدلا لها أمام يلي حين ضد الذي قد صار إذا
مابرح قبل كل وليست الذين لهذا وثي انهم باللتي مافتئ ولا بهذه بحيث كيف وله علي بات لاسيما حتى وقد و أما
فيها بهذا لذا حيث لقد إن فإن اول ليت فاللتي ولقد لسوف هذه ولماذا معه الحالي بإن حول في عليه مايزال ولعل
أنه أضحى اي ستكون لن أن ضمن وعلى امسى الي ذات ولايزال ذلك فقد هم أي عند ابن أو فهو فانه سوف ما آل كلا
عنها وكذلك ليست لم وأن ماذا لو وهل اللتي ولذا يمكن فيه الا عليها وبينهم يوم وبما لما فكان اضحى اصبح لهم
بها او الذى الى إلي قال والتي لازال أصبح ولهذا مثل وكانت لكنه بذلك هذا لماذا قالت فقط لكن مما وكل وان
وأبو ومن كان مازال هل بينهن هو وما على وهو لأن واللتي والذي دون عن وايضا هناك بلا جدا ثم منذ اللذين
لايزال بعض مساء تكون فلا بيننا لا ولكن إذ وأثناء ليس ومع فيهم ولسوف بل تلك أحد وهي وكان ومنها وفي
ماانفك اليوم وماذا هؤلاء وليس له أثناء بد اليه كأن اليها بتلك يكون ولما هن والى كانت وقبل ان لدى
"""

# Ours: words that topped the document-frequency lists of SaudiNewsNet and MultiLing across unrelated
# stories once spaCy's list was removed — reporting verbs, weekday names, connectives of news prose.
# On a handful of articles (where idf cannot tell) they made unrelated reports look alike.
_NEWS_STOP_WORDS = """
أضاف أكد أوضح أشار ذكر تابع لفت أعلن أفاد صرح وفق وفقا بحسب حسب خلال عبر فيما غير جميع تم يتم عندما
بشكل كانوا أمس غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
"""

# Stop words are matched on their light stem, so that every proclitic and suffix form of a listed word
# (وأضاف، وأكدت، عليها) goes too.
STOP_STEMS: frozenset[str] = frozenset(
    light_stem(normalize_key(w)) for w in (_SPACY_STOP_WORDS + _NEWS_STOP_WORDS).split()
)

# Calibrated on MultiLing 2011 at the default threshold and window (B-cubed F1): the title counted once
# 0.834, twice 0.874, three times 0.874. Share of the word part in the cosine: words alone 0.765, 0.7 of
# words 0.821, half 0.874, 0.3 0.860 — and the more weight on n-grams, the higher the similarity of
# unrelated articles, so half it is.
TITLE_WEIGHT = 2
WORD_SHARE = 0.5
CHAR_NGRAMS = (3, 5)
# A feature is common when it is in more than COMMON_DF articles and more than MAX_DF_SHARE of them: no
# story of SaudiNewsNet holds a hundred articles. With MultiLing hidden among all 31k SaudiNewsNet
# articles (dates dropped), its B-cubed F1 was 0.68 with 1%, 0.66 with 0.5% and 0.50 with 0.25%: the
# lower the cut, the more of a topic's own vocabulary (تفجيرات، المناخ) goes, as the host corpus uses it too.
COMMON_DF = 100
MAX_DF_SHARE = 0.01


class _Index(dict[str, int]):
    """A vocabulary that gives each new key the next free column."""

    def __missing__(self, key: str) -> int:
        column = self[key] = len(self)
        return column


def _form_counts(texts: Iterable[str]) -> tuple[sp.csr_matrix, list[str]]:
    """Counts of white-space-separated written forms per text, and the forms in column order."""
    forms = _Index()
    # C arrays, not lists: a list of the column of every word of 31k articles held 15 million int objects
    # (half a GB, the peak of clustering)
    indptr = array("q", [0])
    indices = array("q")
    for text in texts:
        indices.extend(map(forms.__getitem__, text.split()))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    counts = sp.csr_matrix(
        (data, np.frombuffer(indices, dtype=np.int64), np.frombuffer(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, len(forms)),
    )
    counts.sum_duplicates()
    return counts, list(forms)


def _projection(rows: Sequence[str], targets: Callable[[str], Iterable[int]], columns: _Index) -> sp.csr_matrix:
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
        shape=(len(rows), len(columns)),
    )


# Rows of the count matrices made and weighted at a time (see _tfidf).
_BLOCK_ROWS = 4096


def _tfidf(counts_of: Callable[[int, int], sp.csr_matrix], rows: int, columns: int) -> sp.csr_matrix:
    """Sublinear TF-IDF of a count matrix without its common features, rows L2-normalized.

    ``counts_of(start, stop)`` gives rows ``start:stop`` of the counts (float32); it is called twice per
    block of :data:`_BLOCK_ROWS` rows, once for the document frequencies and once for the weights, so the
    whole count matrix is never held: at 31k articles the character n-gram counts are 36 million entries
    (285 MB), four in five of them for common n-grams that are then dropped, and holding them with their
    weighting's temporaries made clustering the peak of the pipeline's memory.

    The weights are scikit-learn's ``TfidfTransformer(sublinear_tf=True)``, computed as it computes them
    (float32): tf ``1 + ln(count)``, smoothed idf ``ln((1 + n) / (1 + df)) + 1``. The transformer itself
    needs the whole matrix to fit (tests/cluster compare the two).
    """
    if columns == 0:  # no article has a content word
        return sp.csr_matrix((rows, 0), dtype=np.float32)
    blocks = [(start, min(start + _BLOCK_ROWS, rows)) for start in range(0, rows, _BLOCK_ROWS)]
    df = np.zeros(columns, dtype=np.int64)
    for start, stop in blocks:
        df += np.bincount(counts_of(start, stop).indices, minlength=columns)
    common = df > max(COMMON_DF, MAX_DF_SHARE * rows)
    idf = df.astype(np.float32)
    idf += 1
    idf = np.full_like(idf, rows + 1) / idf
    np.log(idf, out=idf)
    idf += 1
    idf[common] = 0
    parts = []
    for start, stop in blocks:
        part = counts_of(start, stop)
        np.log(part.data, out=part.data)
        part.data += 1
        part.data *= idf[part.indices]
        part.eliminate_zeros()
        parts.append(part)
    weights = sp.vstack(parts, format="csr") if parts else sp.csr_matrix((rows, columns), dtype=np.float32)
    return normalize(weights, copy=False)


def story_vectors(articles: Sequence[Article]) -> sp.csr_matrix:
    """One L2-normalized TF-IDF row per article (title and clean text), in the order given.

    The dot product of two rows is their cosine similarity in ``[0, 1]``. An article with no content word
    gets a zero row (similar to nothing). Idf is fitted on ``articles`` themselves.
    """
    body_counts, body_forms = _form_counts(a.text for a in articles)
    title_counts, title_forms = _form_counts(a.title for a in articles)

    stems = _Index()

    def stem_columns(form: str) -> list[int]:
        return [stems[s] for s in map(light_stem, word_keys(form)) if len(s) > 1 and s not in STOP_STEMS]

    body_map = _projection(body_forms, stem_columns, stems)
    title_map = _projection(title_forms, stem_columns, stems)
    body_map.resize(len(body_forms), len(stems))  # titles may have added stems after the body map was made
    word_counts = (body_counts @ body_map + TITLE_WEIGHT * (title_counts @ title_map)).tocsr()

    grams = _Index()
    low, high = CHAR_NGRAMS

    def gram_columns(stem: str) -> list[int]:
        padded = f" {stem} "
        return [grams[padded[i : i + n]] for n in range(low, high + 1) for i in range(len(padded) - n + 1)]

    stem_to_grams = _projection(list(stems), gram_columns, grams)

    def char_counts(start: int, stop: int) -> sp.csr_matrix:
        return (word_counts[start:stop] @ stem_to_grams).tocsr()

    def stem_counts(start: int, stop: int) -> sp.csr_matrix:
        return word_counts[start:stop]  # a copy: the weighting writes into it

    n = len(articles)
    chars = _tfidf(char_counts, n, stem_to_grams.shape[1])
    chars.data *= np.float32(np.sqrt(1 - WORD_SHARE))
    words = _tfidf(stem_counts, n, word_counts.shape[1])
    words.data *= np.float32(np.sqrt(WORD_SHARE))
    # each part has norm 1, or 0 when all of an article's features are common: normalize the joined row
    joined = sp.hstack([words, chars], format="csr")
    return normalize(joined, copy=False) if joined.shape[1] else joined
