"""Duplicate articles on Spark: the groups :func:`marsad.dedup.find_duplicates` gives, computed by
partition.

* **Exact**: each executor computes the 128-bit BLAKE2b digest of its articles' matching keys
  (:func:`marsad.dedup.shingle.key_digests`), as :mod:`marsad.dedup.exact` does; a ``groupByKey`` on the
  digest gives the groups.
* **Near**: each executor shingles and signs its articles with the single-machine code
  (:mod:`marsad.dedup.shingle`, :func:`marsad.dedup.minhash.numpy_signatures`: word hashes are
  deterministic, so a signature does not depend on the partition). LSH banding is a ``groupByKey`` on
  ``(band, band values)`` with the bands :func:`marsad.dedup.near.lsh_bands` picks: two articles share
  such a key exactly when they share a ``datasketch.MinHashLSH`` bucket. The candidate pairs are joined
  with the articles' 5-gram sets and verified on the executors by exact Jaccard
  (:func:`marsad.dedup.near.shingle_jaccard`); the few verified pairs go to the driver, which joins them
  into groups with :class:`marsad.dedup.near.UnionFind`, as :func:`marsad.dedup.near_duplicates` does.

The groups, their order and their similarities equal the single-machine ones: articles are numbered by
input position, which is the order :func:`~marsad.dedup.find_duplicates` sees them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

import numpy as np
from pyspark import RDD

from marsad.dedup.minhash import numpy_signatures
from marsad.dedup.near import UnionFind, lsh_bands, shingle_jaccard, shingle_set
from marsad.dedup.shingle import hash_text_words, key_digests, ngram_hashes, token_hashes
from marsad.model import Article, DuplicateGroup
from marsad.settings import DEFAULT

from .ingest import Position

__all__ = ["duplicate_groups"]


def duplicate_groups(
    articles: RDD, *, threshold: float = DEFAULT.dedup.near_threshold, num_perm: int = DEFAULT.dedup.num_perm, ngram: int = 5, seed: int = 1
) -> list[DuplicateGroup]:
    """Exact groups, then near groups, of the ``(position, Article)`` RDD (ids unique), as
    :func:`marsad.dedup.find_duplicates` returns them for the articles in position order."""
    keyed = articles.mapPartitions(_digests)
    exact = sorted(
        sorted(members)
        for members in keyed.filter(lambda item: item[0] is not None)
        .groupByKey()
        .values()
        .map(list)
        .collect()
        if len(members) > 1
    )
    exact_groups = [DuplicateGroup(tuple(i for _, i in members), "exact", 1.0) for members in exact]
    later = {position for members in exact for position, _ in members[1:]}
    copies = {members[0]: members for members in exact}

    context = articles.context
    skipped = context.broadcast(later)
    signed = articles.filter(lambda item: item[0] not in skipped.value).mapPartitions(
        lambda items: _signatures(items, num_perm, ngram, seed)
    )
    signed.cache()
    bands, rows = lsh_bands(threshold, num_perm)
    candidates = (
        signed.flatMap(lambda item: _band_keys(item, bands, rows))
        .groupByKey()
        .flatMap(lambda bucket: combinations(sorted(bucket[1]), 2))
        .distinct()
    )
    by_position = signed.map(lambda item: (item[0], item[3]))
    verified = (
        candidates.join(by_position)
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
        .join(by_position)
        .map(lambda kv: (kv[1][0][0], kv[0], shingle_jaccard(kv[1][0][1], kv[1][1])))
        .filter(lambda pair: pair[2] >= threshold)
        .map(lambda pair: (pair[0], pair[1]))
        .collect()
    )
    near = _near_groups(verified, signed)
    signed.unpersist()
    skipped.destroy()
    # a near group lists every copy of the articles it joins, in input order
    return exact_groups + [
        DuplicateGroup(
            tuple(i for _, i in sorted(c for m in group for c in copies.get(m, [m]))), "near", similarity
        )
        for group, similarity in near
    ]


def _digests(
    items: Iterable[tuple[Position, Article]],
) -> Iterator[tuple[bytes | None, tuple[Position, str]]]:
    """``(digest of the matching key, (position, id))``; ``None`` for a text with no key (never grouped)."""
    batch = list(items)
    digests = key_digests([article.text for _, article in batch])
    for (position, article), digest in zip(batch, digests, strict=True):
        yield digest, (position, article.id)


def _signatures(
    items: Iterable[tuple[Position, Article]], num_perm: int, ngram: int, seed: int
) -> Iterator[tuple[Position, str, np.ndarray, np.ndarray]]:
    """``(position, id, signature, 5-gram set)`` of each article of a partition that has a shingle, signed
    together as :func:`marsad.dedup.near_duplicates` signs a corpus."""
    batch = list(items)
    word_hashes, owner = hash_text_words([article.text for _, article in batch])
    ngrams, starts = ngram_hashes(word_hashes, owner, ngram, short_texts=True)
    offsets = np.searchsorted(owner[starts], np.arange(len(batch) + 1))
    signatures = numpy_signatures(token_hashes(ngrams), offsets, num_perm, seed)
    for k, (position, article) in enumerate(batch):
        if offsets[k + 1] > offsets[k]:
            yield position, article.id, signatures[k], shingle_set(ngrams[offsets[k] : offsets[k + 1]])


def _band_keys(
    item: tuple[Position, str, np.ndarray, np.ndarray], bands: int, rows: int
) -> Iterator[tuple[tuple[int, bytes], Position]]:
    """The LSH bucket keys of one signature, as ``MinHashLSH`` forms them (the band's values as bytes)."""
    position, _, signature, _ = item
    for band in range(bands):
        yield (band, signature[band * rows : (band + 1) * rows].tobytes()), position


def _near_groups(
    pairs: list[tuple[Position, Position]], signed: RDD
) -> list[tuple[list[tuple[Position, str]], float]]:
    """Union-find over the verified pairs, in position order: each group's ``(position, id)`` and its lowest
    pairwise Jaccard (rounded as :func:`marsad.dedup.near_duplicates` rounds it)."""
    positions = sorted({p for pair in pairs for p in pair})
    if not positions:
        return []
    index = {p: i for i, p in enumerate(positions)}
    sets = UnionFind(len(positions))
    for a, b in pairs:
        sets.union(index[a], index[b])
    wanted = set(positions)
    members = dict(
        signed.filter(lambda item: item[0] in wanted).map(lambda item: (item[0], (item[1], item[3]))).collect()
    )
    groups = []
    for group in sets.groups():
        similarity = min(
            shingle_jaccard(members[positions[i]][1], members[positions[j]][1]) for i, j in combinations(group, 2)
        )
        groups.append(([(positions[i], members[positions[i]][0]) for i in group], round(similarity, 4)))
    return groups
