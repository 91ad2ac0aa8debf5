"""Short citation labels for articles (what a reader sees in brackets instead of a file name), and the
label shown instead of a speaker whose reading is uncertain."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Article

__all__ = ["UNCLEAR_ATTRIBUTION", "article_labels", "speaker_label"]

UNCLEAR_ATTRIBUTION = "إسناد غير واضح"
"""Shown instead of a name for a quote whose speaker is uncertain (:func:`marsad.extract.quotes.attributed`)."""


def article_labels(articles: Iterable[Article]) -> dict[str, str]:
    """A unique label per article id: the outlet's name when it is the outlet's only article here,
    ``outlet 2`` (numbered in digest order) when the outlet has several, the article id when the outlet
    is unknown.

    >>> from marsad.model import Article
    >>> article_labels([Article("a", "", outlet="الجزيرة نت"), Article("b", "", outlet=None)])
    {'a': 'الجزيرة نت', 'b': 'b'}
    """
    articles = list(articles)
    per_outlet = Counter(a.outlet for a in articles if a.outlet)
    seen: Counter[str] = Counter()
    labels = {}
    for a in articles:
        if not a.outlet:
            labels[a.id] = a.id
        elif per_outlet[a.outlet] == 1:
            labels[a.id] = a.outlet
        else:
            seen[a.outlet] += 1
            labels[a.id] = f"{a.outlet} {seen[a.outlet]}"
    return labels


def speaker_label(name: str | None) -> str:
    """A speaker group's heading: its name, or :data:`UNCLEAR_ATTRIBUTION` for the unclear group."""
    return name or UNCLEAR_ATTRIBUTION
