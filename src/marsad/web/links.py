"""Addresses the web app writes: its own pages, span anchors, and outlets' article URLs.

Ids are percent-encoded whole (an id given in a JSON line may hold ``/``, ``?`` or ``#``); a span anchor is
made of two integers only; an outlet's URL becomes a link only when it is ``http`` or ``https``.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

__all__ = ["article_href", "entity_href", "external_url", "span_anchor", "story_href"]


def span_anchor(start: int, end: int) -> str:
    """The element id of a span of an article's clean text: ``c-120-245``."""
    return f"c-{int(start)}-{int(end)}"


def article_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    """The article page, or the article page with the span ``[start, end)`` marked and scrolled to.

    >>> article_href("000", 0, 125)
    '/articles/000?hl=0-125#c-0-125'
    >>> article_href("a/b?c")
    '/articles/a%2Fb%3Fc'
    """
    href = f"/articles/{quote(article_id, safe='')}"
    if start is None or end is None:
        return href
    return f"{href}?hl={int(start)}-{int(end)}#{span_anchor(start, end)}"


def story_href(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def entity_href(entity_id: str) -> str:
    """The page of an entity across stories: ``/entities/ent-12``."""
    return f"/entities/{quote(entity_id, safe='')}"


def external_url(url: str | None) -> str | None:
    """``url`` when it is an absolute ``http``/``https`` URL with a host, else None (``javascript:``,
    ``data:`` and relative addresses are shown as text, never as links).

    >>> external_url("https://www.aljazeera.net/news/1"), external_url("javascript:alert(1)")
    ('https://www.aljazeera.net/news/1', None)
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()
