"""An article page fetched by the watch, read as ``marsad ingest`` reads an HTML file.

The bytes are decoded by :func:`marsad.ingest.decode` — with the charset of the HTTP header tried before
the page's own ``<meta charset>``, and windows-1256 / ISO-8859-6 detected when neither says — and the main
text is extracted by :func:`marsad.ingest.html.extract_html` (trafilatura). The page as decoded is the
article's ``raw``, so the store keeps it; cleaning comes after, in the poller, as in ``marsad ingest``.
"""

from __future__ import annotations

from ..ingest import NotText, decode
from ..ingest.html import extract_html
from ..ingest.sourcefile import safe_id
from ..model import Article
from .config import Source
from .feeds import FeedItem
from .http import Fetched

__all__ = ["PageError", "page_article"]

# Content types that hold a page to read; anything else (a PDF, an image, a video) is not an article here.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


class PageError(Exception):
    """The page was fetched but holds no article text; the message says why."""


def page_article(source: Source, item: FeedItem, fetched: Fetched, feed_title: str | None) -> Article:
    """The article of a fetched page: id made from the item's URL (as ``marsad ingest`` makes feed
    entry ids), title from the listing (else the page), outlet from the sources file (else the feed's
    title, else the page's site name), published from the listing (else the page), ``raw`` the page as
    decoded, ``extracted`` its main text, ``text`` still empty. Raises :class:`PageError`."""
    kind = (fetched.content_type or "text/html").split(";")[0].strip().lower()
    if kind and not kind.startswith(_PAGE_TYPES):
        raise PageError(f"not a web page ({kind})")
    if not fetched.body.strip():
        raise PageError("empty page")
    try:
        decoded = decode(fetched.body, transport_charset=fetched.charset)
    except NotText as exc:
        raise PageError(f"not text: {exc}") from None
    found = extract_html(decoded.text, url=fetched.final_url, cut_off=decoded.cut_off)
    if not found.text:
        raise PageError("looks truncated, and no text could be extracted" if found.truncated
                        else "no text found in the page")
    meta = {"format": "html", **found.meta(), "watch": source.name, "decoded": decoded.method}
    if fetched.final_url != item.url:
        meta["fetched_from"] = fetched.final_url
    if decoded.replaced:
        meta["replaced_bytes"] = decoded.replaced
    return Article(
        id=safe_id(item.url),  # never empty: the URL has a host
        text="",
        title=item.title or found.title,
        outlet=source.outlet or feed_title or found.site or found.hostname,
        published=item.published or found.date,
        url=item.url,
        source=item.url,
        raw=decoded.text,
        encoding=decoded.encoding,
        extracted=found.text,
        meta=meta,
    )
