"""The vectorized MinHash gives datasketch's signatures exactly, on real shingles."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.dedup.minhash import as_minhash, datasketch_signatures, numpy_signatures
from marsad.dedup.shingle import hash_words, ngram_hashes, text_words, token_hashes
from marsad.model import Article


def _tokens(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    hashes, owner = hash_words(text_words(text) for text in texts)
    ngrams, starts = ngram_hashes(hashes, owner, 5, short_texts=True)
    offsets = np.searchsorted(owner[starts], np.arange(len(texts) + 1))
    return token_hashes(ngrams), offsets


@pytest.mark.parametrize(("num_perm", "seed"), [(128, 1), (64, 7), (256, 2021)])
def test_numpy_signatures_equal_datasketch(demo_articles: list[Article], num_perm: int, seed: int) -> None:
    # the demo articles, their sentences one by one, a short text and an empty one
    texts = [a.text for a in demo_articles] + [a.span_text(s) for a in demo_articles for s in a.sentences]
    texts += ["عاجل", ""]
    tokens, offsets = _tokens(texts)
    ours = numpy_signatures(tokens, offsets, num_perm, seed)
    assert ours.shape == (len(texts), num_perm)
    assert np.array_equal(ours, datasketch_signatures(tokens, offsets, num_perm, seed))
    assert (ours[-1] == 2**32 - 1).all()  # an empty text keeps datasketch's empty signature


def _five_grams(text: str) -> set[tuple[str, ...]]:
    words = text_words(text)
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


@pytest.mark.parametrize(("old", "new"), [("العراق", "سوريا"), ("الكاظمي", "السوداني"), ("أن", "بأن")])
def test_minhash_estimates_the_jaccard_of_an_edited_copy(
    demo_articles: list[Article], old: str, new: str
) -> None:
    original = demo_articles[0].text
    copy = original.replace(old, new)
    tokens, offsets = _tokens([original, copy])
    signatures = numpy_signatures(tokens, offsets)
    estimate = as_minhash(signatures[0]).jaccard(as_minhash(signatures[1]))
    a, b = _five_grams(original), _five_grams(copy)
    assert estimate == pytest.approx((signatures[0] == signatures[1]).mean())
    assert abs(estimate - len(a & b) / len(a | b)) < 0.1
