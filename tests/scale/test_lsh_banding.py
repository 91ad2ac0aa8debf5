"""The numpy banding of :mod:`marsad.dedup.near` proposes exactly the pairs ``datasketch.MinHashLSH``
proposes with the same bands (the speed-up made for the scale work must not change a candidate)."""

from __future__ import annotations

import numpy as np
from datasketch import MinHashLSH

from marsad.dedup.minhash import as_minhash, numpy_signatures
from marsad.dedup.near import _candidate_pairs, lsh_bands
from marsad.dedup.shingle import hash_words, ngram_hashes, text_words, token_hashes
from marsad.text import split_sentences

STATEMENT = (
    "أعلنت وزارة الخارجية العراقية أن الحوار الاستراتيجي مع الولايات المتحدة انتهى إلى اتفاق على سحب "
    "القوات القتالية الأمريكية من العراق بحلول نهاية العام، على أن يستمر التعاون في التدريب والاستشارة "
    "وتبادل المعلومات الاستخبارية لمواجهة خلايا تنظيم داعش في المناطق الصحراوية."
)


def _documents() -> list[str]:
    """Real Arabic sentences, each also in near copies (a word changed, a word dropped, a byline added),
    so that some pairs share every band, some a few and most none."""
    sentences = [STATEMENT[start:end] for start, end in split_sentences(STATEMENT)] + [STATEMENT]
    documents = []
    for text in sentences:
        words = text.split()
        documents += [
            text,
            " ".join([*words[:3], "وقالت", *words[4:]]),
            " ".join(words[1:]),
            f"بغداد - واس: {text}",
        ]
    return [*documents, "الطقس حار", "", "أمطار رعدية على مكة المكرمة"]


def test_candidate_pairs_equal_minhashlsh() -> None:
    documents = _documents()
    word_hashes, owner = hash_words(text_words(text) for text in documents)
    ngrams, starts = ngram_hashes(word_hashes, owner, 5, short_texts=True)
    offsets = np.searchsorted(owner[starts], np.arange(len(documents) + 1))
    signatures = numpy_signatures(token_hashes(ngrams), offsets)
    indexed = np.flatnonzero(offsets[1:] > offsets[:-1])
    for threshold in (0.5, 0.8):
        lsh = MinHashLSH(num_perm=128, params=lsh_bands(threshold, 128))
        for i in indexed.tolist():
            lsh.insert(i, as_minhash(signatures[i]))
        expected = {(i, j) for i in indexed.tolist() for j in lsh.query(as_minhash(signatures[i])) if j > i}
        left, right = _candidate_pairs(signatures, indexed, threshold)
        assert set(zip(left.tolist(), right.tolist(), strict=True)) == expected
        assert len(expected) > len(documents) // 4  # the copies are found
