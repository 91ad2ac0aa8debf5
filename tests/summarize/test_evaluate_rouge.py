"""ROUGE on Arabic text: counts by hand on short real sentences."""

from __future__ import annotations

import pytest

from marsad.summarize.evaluate import rouge_n, rouge_su, rouge_tokens

REFERENCE = "انسحاب القوات القتالية الأمريكية من العراق نهاية العام الجاري"


@pytest.mark.parametrize("n", [1, 2, 3])
def test_evaluate_identical_arabic_scores_one(n):
    """The failure that makes rouge_score useless for Arabic: identical text must score 1."""
    tokens = rouge_tokens(REFERENCE)
    score = rouge_n(tokens, [tokens], n)
    assert (score.recall, score.precision, score.f1) == (1.0, 1.0, 1.0)


def test_evaluate_tokens_are_normalized_words():
    assert rouge_tokens("الأمريكيّة ٢٥٠٠ جنديٍ") == rouge_tokens("الامريكيه 2500 جندي")
    assert rouge_tokens(REFERENCE, 3) == ["انسحاب", "القوات", "القتاليه"]


@pytest.mark.parametrize(
    ("peer", "n", "recall", "precision"),
    [
        # 4 of the reference's 9 words; all 4 of the peer's words match
        pytest.param("انسحاب القوات من العراق", 1, 4 / 9, 4 / 4, id="unigrams"),
        # bigrams: peer has 3, of which "انسحاب القوات" and "من العراق" are in the reference's 8
        pytest.param("انسحاب القوات من العراق", 2, 2 / 8, 2 / 3, id="bigrams"),
        pytest.param("القوات انسحاب", 2, 0.0, 0.0, id="order-matters"),
    ],
)
def test_evaluate_rouge_n_counts(peer, n, recall, precision):
    score = rouge_n(rouge_tokens(peer), [rouge_tokens(REFERENCE)], n)
    assert score.recall == pytest.approx(recall)
    assert score.precision == pytest.approx(precision)


def test_evaluate_references_are_pooled():
    """Matches and totals add up over references (ROUGE-1.5.5 -f A), rather than averaging scores."""
    peer = rouge_tokens("انسحاب القوات")
    references = [rouge_tokens("انسحاب القوات"), rouge_tokens("بقاء المستشارين في العراق")]
    score = rouge_n(peer, references, 1)
    assert score.recall == pytest.approx(2 / 6)
    assert score.precision == pytest.approx(2 / 4)


@pytest.mark.parametrize(
    ("peer", "skip", "pairs_matched"),
    [
        pytest.param("انسحاب العام", 4, 0, id="too-far-apart"),  # 8 words apart in the reference
        pytest.param("انسحاب العام", 8, 1, id="within-skip"),
        pytest.param("القوات العراق", 4, 1, id="gap-of-three"),
    ],
)
def test_evaluate_rouge_su_skip_distance(peer, skip, pairs_matched):
    reference = rouge_tokens(REFERENCE)
    score = rouge_su(rouge_tokens(peer), [reference], skip)
    unigrams_matched = 2
    assert score.precision == pytest.approx((pairs_matched + unigrams_matched) / 3)
