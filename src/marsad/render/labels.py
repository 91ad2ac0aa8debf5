"""Short citation labels for articles (what a reader sees in brackets instead of a file name), and the
label shown instead of a speaker whose reading is uncertain."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..model import Article

__all__ = ["UNCLEAR_ATTRIBUTION", "UNKNOWN_OUTLET", "article_labels", "outlet_name", "speaker_label"]

UNKNOWN_OUTLET = "مصدر غير معروف"
"""Shown for an article whose outlet is not known and whose URL (if any) names no host."""

UNCLEAR_ATTRIBUTION = "إسناد غير واضح"
"""Shown instead of a name for a quote whose speaker is uncertain (:func:`marsad.extract.quotes.attributed`)."""


def outlet_name(article: Article) -> str:
    """The outlet of ``article`` as a reader is shown it: its name; when unknown, the host of its URL
    (``www.`` left off); else :data:`UNKNOWN_OUTLET`. Never the article's id, which names a file, not a
    source.

    >>> from marsad.model import Article
    >>> [outlet_name(Article("a", "", outlet=o, url=u)) for o, u in
    ...  (("الجزيرة نت", None), (None, "https://www.okaz.com.sa/news/1"), (None, None))]
    ['الجزيرة نت', 'okaz.com.sa', 'مصدر غير معروف']
    """
    if article.outlet:
        return article.outlet
    try:
        host = urlsplit(article.url).hostname if article.url else None
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket) names no host
        host = None
    if host:
        return host.removeprefix("www.")
    return UNKNOWN_OUTLET


def article_labels(articles: Iterable[Article]) -> dict[str, str]:
    """A unique label per article id: the outlet's name (:func:`outlet_name`: the URL's host or
    :data:`UNKNOWN_OUTLET` when the outlet is unknown) when it is the only article of that name here,
    ``name 2`` (numbered in digest order) when there are several.

    >>> from marsad.model import Article
    >>> article_labels([Article("a", "", outlet="الجزيرة نت"), Article("b", "", outlet=None),
    ...                 Article("c", "", outlet=None)])
    {'a': 'الجزيرة نت', 'b': 'مصدر غير معروف 1', 'c': 'مصدر غير معروف 2'}
    """
    articles = list(articles)
    names = {a.id: outlet_name(a) for a in articles}
    per_name = Counter(names.values())
    seen: Counter[str] = Counter()
    labels = {}
    for a in articles:
        name = names[a.id]
        if per_name[name] == 1:
            labels[a.id] = name
        else:
            seen[name] += 1
            labels[a.id] = f"{name} {seen[name]}"
    return labels


def speaker_label(name: str | None) -> str:
    """A speaker group's heading: its name, or :data:`UNCLEAR_ATTRIBUTION` for the unclear group."""
    return name or UNCLEAR_ATTRIBUTION
