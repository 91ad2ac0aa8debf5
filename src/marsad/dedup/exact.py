"""Exact duplicates: articles whose clean text has the same matching key.

The key is :func:`marsad.text.normalize_key` of the whole clean text, so two copies that differ only in
diacritics, tatweel, hamza or alef forms, digit script (``٢٠٢١``/``2021``), quote and dash styles or white
space are the same text. A 128-bit BLAKE2b digest of the key is what gets compared
(:func:`marsad.dedup.shingle.key_digests`), so memory does not grow with article length.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Article, DuplicateGroup

from .shingle import key_digests

__all__ = ["exact_duplicates"]


def exact_duplicates(
    articles: Sequence[Article], *, digests: Sequence[bytes | None] | None = None
) -> list[DuplicateGroup]:
    """Groups of two or more articles with the same normalized clean text.

    ``digests`` may give the articles' key digests (:func:`marsad.dedup.shingle.key_digests` of their
    texts) when the caller already has them. Articles with an empty text are never grouped. Each group is
    ``DuplicateGroup(ids, "exact", 1.0)`` with ids in input order; groups come in the order of their
    first article.
    """
    if digests is None:
        digests = key_digests([article.text for article in articles])
    by_digest: dict[bytes, list[str]] = {}
    for article, digest in zip(articles, digests, strict=True):
        if digest is not None:
            by_digest.setdefault(digest, []).append(article.id)
    return [DuplicateGroup(tuple(ids), "exact", 1.0) for ids in by_digest.values() if len(ids) > 1]
