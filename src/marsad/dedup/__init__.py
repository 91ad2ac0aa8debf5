"""Duplicate articles and borrowed passages.

* :func:`find_duplicates` — articles that are the same text (``exact``: equal after normalization) or
  nearly so (``near``: word 5-gram MinHash LSH candidates, exact 5-gram Jaccard ≥ 0.8).
* :func:`borrowed_passages` — passages one article repeats from another when the articles as a whole
  are not duplicates (a reprinted statement, a wire paragraph).

One module per concern: :mod:`.exact`, :mod:`.near`, :mod:`.borrowed`; :mod:`.shingle` turns texts into
word n-gram hashes and :mod:`.minhash` into signatures (vectorized, identical to datasketch's).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Article, DuplicateGroup
from marsad.settings import DEFAULT

from .borrowed import borrowed_passages
from .exact import exact_duplicates
from .minhash import Signer, numpy_signatures
from .near import near_duplicates
from .shingle import key_digests

__all__ = ["borrowed_passages", "exact_duplicates", "find_duplicates", "near_duplicates"]


def find_duplicates(
    articles: Sequence[Article], *, threshold: float = DEFAULT.dedup.near_threshold, signer: Signer = numpy_signatures
) -> list[DuplicateGroup]:
    """Exact and near-duplicate groups of ``articles`` (ids must be unique).

    Exact groups (``kind="exact"``, similarity 1.0) come first, then near groups (``kind="near"``,
    similarity the lowest exact 5-gram Jaccard between two members, which a chain of copies may take
    below ``threshold``). Near duplicates are searched among one article per exact group, and a near
    group lists every copy of the articles it joins, so an article can be in one exact group and one
    near group; a near group never just repeats an exact group. Within each kind, groups come in the
    order of their first article and list ids in input order. ``signer`` computes the MinHash
    signatures (see :mod:`.minhash`).
    """
    digests = key_digests([article.text for article in articles])
    exact = exact_duplicates(articles, digests=digests)
    copies = {group.articles[0]: group.articles for group in exact}
    later_copies = {i for group in exact for i in group.articles[1:]}
    kept = [i for i, article in enumerate(articles) if article.id not in later_copies]
    near = near_duplicates([articles[i] for i in kept], threshold=threshold, signer=signer)
    position = {article.id: i for i, article in enumerate(articles)}
    expanded = [
        DuplicateGroup(
            tuple(sorted((c for i in group.articles for c in copies.get(i, (i,))), key=position.__getitem__)),
            "near",
            group.similarity,
        )
        for group in near
    ]
    return exact + expanded
