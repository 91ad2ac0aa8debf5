"""Article vectors: unit rows, stop words and reporting verbs say nothing, punctuation and clitics do not
split a word, and character n-grams bring spelling variants of a name together."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.cluster import story_vectors
from marsad.cluster import vectors as vectors_module
from marsad.model import Article


def _similarity(first: str, second: str) -> float:
    vectors = story_vectors([Article(id="1", text=first), Article(id="2", text=second)])
    return float((vectors[0] @ vectors[1].T).toarray()[0, 0])


def test_rows_have_unit_length_or_are_empty() -> None:
    vectors = story_vectors(
        [
            Article(id="a", title="الكاظمي يستقبل ماكنزي", text="بحث الجانبان انسحاب القوات القتالية."),
            Article(id="b", title="", text="قال إنه في يوم الخميس."),  # stop words only
            Article(id="c", title="", text=""),
        ]
    )
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel())
    assert norms == pytest.approx([1.0, 0.0, 0.0], abs=1e-6)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("قال إنه كان في يوم الخميس", "وأضاف أنه على ذلك أمس الأحد"),
        ("وأكد أن هذا لم يكن خلال", "وأوضح أنها كانت عبر هذه"),
    ],
)
def test_texts_sharing_only_function_words_are_not_similar(first: str, second: str) -> None:
    assert _similarity(first, second) == 0.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("العراق", "«العراق»،"),
        ("الولايات المتحدة", "والولايات المتحدة."),
        ("القوات الأمريكية", "القوّات الأمريكيّة"),  # shadda does not change the word
        ("قواتها", "والقوات"),  # light stemming: the same stem
    ],
)
def test_the_same_words_written_differently_match_fully(first: str, second: str) -> None:
    assert _similarity(first, second) == pytest.approx(1.0, abs=1e-6)


@pytest.mark.parametrize(
    ("name", "variant", "other"),
    [
        ("ماكنزي", "ماكينزي", "أوستن"),
        ("البنتاجون", "البنتاغون", "الكونغرس"),
        ("أفغانستان", "أفعانستان", "باكستان"),  # a typo seen in the demo corpus (004)
    ],
)
def test_character_ngrams_match_spelling_variants_of_a_name(name: str, variant: str, other: str) -> None:
    # as words, the variants are different words (word part 0); their character n-grams partly agree
    assert _similarity(name, variant) > _similarity(name, other) + 0.05


@pytest.mark.parametrize("block_rows", [3, 4096])
def test_blocked_tfidf_equals_scikit_learns_transformer(monkeypatch: pytest.MonkeyPatch, block_rows: int) -> None:
    """The weighting made a block of rows at a time gives scikit-learn's ``TfidfTransformer`` weights,
    bit for bit, with the common features dropped: here the demo corpus's paragraphs, where a word in
    more than 1 % of the paragraphs and more than 2 of them counts as common."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
    from sklearn.preprocessing import normalize

    from demo_corpus import demo_articles

    paragraphs = [a.span_text(p) for a in demo_articles().values() for p in a.paragraphs]
    counts = CountVectorizer(token_pattern=r"\S+").fit_transform(paragraphs).astype(np.float32).tocsr()
    monkeypatch.setattr(vectors_module, "_BLOCK_ROWS", block_rows)
    monkeypatch.setattr(vectors_module, "COMMON_DF", 2)
    ours = vectors_module._tfidf(lambda start, stop: counts[start:stop], *counts.shape)

    expected = TfidfTransformer(sublinear_tf=True, norm=None).fit_transform(counts).astype(np.float32)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    expected.data[(df > max(2, 0.01 * counts.shape[0]))[expected.indices]] = 0
    expected.eliminate_zeros()
    expected = normalize(expected)
    assert len(paragraphs) > 3 * 3 and (df > 2).sum() > 0  # several blocks, and common words to drop
    assert ours.shape == expected.shape and (ours != expected).nnz == 0
