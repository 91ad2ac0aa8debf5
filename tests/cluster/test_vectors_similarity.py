"""Article vectors: unit rows, stop words and reporting verbs say nothing, punctuation and clitics do not
split a word, and character n-grams bring spelling variants of a name together."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.cluster import story_vectors
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
