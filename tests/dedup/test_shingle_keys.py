"""The dedup keys are marsad.text's keys, computed faster; word spans point back at the written words."""

from __future__ import annotations

from hashlib import blake2b

import numpy as np
import pytest

from marsad.dedup.shingle import (
    hash_text_words,
    hash_words,
    key_digests,
    key_words,
    text_key,
    text_words,
    word_spans,
)
from marsad.model import Article
from marsad.text import normalize_key, word_keys

TRICKY = [
    "الأمـــريكيّة «داعش» ٢٥٠٠ جندي، أي ٢٫٥ ألف",
    "فضلاً عن\u00a0\u00a0العلاقة\u200f الأمنية",
    "ﻻبد من ﷺ",  # presentation forms: a ligature and a whole phrase in one character
    "قال\ufe70 إن",  # an isolated-form tanween folds to a space and a mark
    "  \n\n وأكد ماكينزي  ",
    "",
]


@pytest.mark.parametrize("text", TRICKY)
def test_text_key_equals_normalize_key(text: str) -> None:
    assert text_key(text) == normalize_key(text)
    assert text_words(text) == key_words(text_key(text)) == word_keys(text)


def test_text_key_equals_normalize_key_on_the_demo_corpus(demo_articles: list[Article]) -> None:
    for article in demo_articles:
        assert text_key(article.text) == normalize_key(article.text)
        assert text_words(article.text) == word_keys(article.text)


@pytest.mark.parametrize("text", TRICKY[:2] + TRICKY[4:])
def test_word_spans_cover_the_written_words(text: str) -> None:
    spans = word_spans(text)
    assert [normalize_key(text[start:end]) for start, end in spans] == text_words(text)


def test_word_spans_keep_a_final_diacritic() -> None:
    text = "فضلاً عن وفاةٌ"
    assert [text[s:e] for s, e in word_spans(text)] == ["فضلاً", "عن", "وفاةٌ"]


def test_word_spans_match_the_words_of_every_demo_sentence(demo_articles: list[Article]) -> None:
    for article in demo_articles:
        for sentence in article.sentences:
            text = article.span_text(sentence)
            spans = word_spans(text)
            assert len(spans) == len(text_words(text))
            assert all(
                text_key(text[s:e]) == word for (s, e), word in zip(spans, text_words(text), strict=True)
            )


def test_words_hashed_from_the_text_are_the_words_of_its_key(demo_articles: list[Article]) -> None:
    texts = [*TRICKY, "ﻻ﷼ ﻷن", "\ud800 قال", *(a.text for a in demo_articles)]
    direct, owner = hash_text_words(texts)
    via_words, words_owner = hash_words(text_words(text) for text in texts)
    assert np.array_equal(direct, via_words) and np.array_equal(owner, words_owner)
    # equal words, equal hashes; different words, different hashes (on the demo's whole vocabulary)
    vocabulary = sorted({w for text in texts for w in text_words(text)})
    hashes, _ = hash_words([vocabulary])
    assert len(set(hashes.tolist())) == len(vocabulary)
    assert hash_words([["ماكنزي", "ماكنزي"]])[0][0] == hash_words([["ماكنزي"]])[0][0]


def test_key_digests_are_digests_of_the_keys(demo_articles: list[Article]) -> None:
    texts = [*TRICKY, "الأمريكية  \n", " الامريكيه", "الأمـريكيّة", *(a.text for a in demo_articles)]
    digests = key_digests(texts)
    for text, digest in zip(texts, digests, strict=True):
        key = text_key(text)
        assert (digest is None) == (not key)
        if key:  # the digest of the key's code points
            assert digest == blake2b(key.encode("utf-32-le"), digest_size=16).digest()
    assert digests[-len(demo_articles) - 3] == digests[-len(demo_articles) - 2] == digests[-len(demo_articles) - 1]
