"""What a source lists: the items of an RSS/Atom feed or a news sitemap, as pointers to article pages.

A feed entry is not the article: many feeds carry a line of text or none, so the page behind each entry
is fetched and read (:mod:`.pages`). Feeds are parsed as ``marsad ingest`` parses feed files
(:func:`marsad.ingest.feed.parse_feed`, after :func:`marsad.ingest.decode`); sitemaps by lxml with
entities and the network turned off (an XML bomb or an external entity in a hostile sitemap does nothing).

Each item has a *fingerprint* of what the source says about it (title, update time, summary): when it
changes, the article was edited, and its page is fetched again.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..ingest import NotText, decode
from ..ingest.dates import iso_date
from ..ingest.feed import parse_feed

__all__ = ["FeedError", "FeedItem", "SourceListing", "read_listing"]

_MAX_KEY = 300
# A sitemap index lists sitemaps by period; a news monitor needs the newest few.
SITEMAPS_PER_INDEX = 3
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class FeedError(Exception):
    """The listing could not be read at all; the message says why, for people."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One listed article: ``key`` (the entry's id, else its link) identifies it within its source,
    ``url`` is the absolute link to its page, ``published`` ISO (or None)."""

    key: str
    url: str
    title: str = ""
    published: str | None = None
    fingerprint: str = ""


@dataclass(frozen=True)
class SourceListing:
    """A source's listing as read: its items (each key once, in listed order), the feed's own title,
    a ``warning`` when it was malformed but partly read (``malformed``: its entries may be cut short, so
    their fingerprints say nothing), and child sitemaps (of a sitemap index)."""

    items: tuple[FeedItem, ...]
    title: str | None = None
    warning: str | None = None
    children: tuple[str, ...] = field(default_factory=tuple)
    malformed: bool = False


def read_listing(kind: str, body: bytes, base_url: str, *, charset: str | None = None) -> SourceListing:
    """The items of a ``feed`` or ``sitemap`` body fetched from ``base_url`` (links are resolved against
    it). Raises :class:`FeedError` when nothing can be read from it."""
    if kind == "sitemap":
        return _read_sitemap(body, base_url)
    return _read_feed(body, base_url, charset)


def _digest(*parts: str | None) -> str:
    return hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()


def _key(value: str) -> str:
    return value if len(value) <= _MAX_KEY else value[:200] + "#" + _digest(value)


def _web(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _read_feed(body: bytes, base_url: str, charset: str | None) -> SourceListing:
    if not body.strip():
        raise FeedError("empty answer: no feed")
    try:
        text = decode(body, transport_charset=charset).text
    except NotText as exc:
        raise FeedError(f"not a feed: {exc}") from None
    return _feed_items(parse_feed(text), base_url)


def _feed_items(parsed: Any, base_url: str) -> SourceListing:
    problem = _short(parsed.bozo_exception) if parsed.bozo else None
    if not parsed.entries:
        if problem:
            raise FeedError(f"not a readable feed: malformed XML ({problem})")
        if not parsed.version:
            raise FeedError("not an RSS or Atom feed")
        return SourceListing(items=(), title=_title(parsed.feed))
    items: dict[str, FeedItem] = {}
    skipped = 0
    for entry in parsed.entries:
        link = entry.get("link") or ""
        url = urljoin(base_url, link.strip()) if link.strip() else ""
        if not url or not _web(url):
            skipped += 1
            continue
        key = _key((entry.get("id") or "").strip() or url)
        if key in items:
            continue
        updated = _raw(entry, "updated") or ""
        content = "".join(c.get("value", "") for c in entry.get("content") or [])
        items[key] = FeedItem(
            key=key,
            url=url,
            title=(entry.get("title") or "").strip(),
            published=_entry_date(entry),
            fingerprint=_digest(entry.get("title"), updated, entry.get("summary"), content),
        )
    warning = None
    if problem and not items:
        raise FeedError(f"not a readable feed: malformed XML ({problem}); no entry with a link could be read")
    if problem:
        warning = f"feed is not well-formed ({problem}); read {len(items)} of {len(parsed.entries)} entries"
    elif skipped:
        warning = f"{skipped} of {len(parsed.entries)} entries have no web link; skipped"
    return SourceListing(items=tuple(items.values()), title=_title(parsed.feed), warning=warning,
                         malformed=bool(problem))


def _entry_date(entry: Any) -> str | None:
    stated = _raw(entry, "published") or _raw(entry, "updated")
    found = iso_date(stated) if stated else None
    if found is None and (parsed := _raw(entry, "published_parsed") or _raw(entry, "updated_parsed")):
        found = datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return found


def _raw(entry: Any, key: str) -> Any:
    """``entry[key]`` as feedparser read it, or None: its own ``get`` answers ``updated`` with
    ``published`` (and warns) when an entry has no update time, which would hide real updates."""
    return dict.get(entry, key)


def _title(feed: Any) -> str | None:
    title = (feed.get("title") or "").strip()
    return title or None


def _short(exc: BaseException | None) -> str:
    if exc is None:
        return "unknown error"
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]


# A sitemap may be gzipped; it is inflated no further than this (a zip bomb stops here).
MAX_SITEMAP_BYTES = 50 * 2**20


def _inflate(body: bytes) -> bytes:
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_SITEMAP_BYTES)
    except zlib.error as exc:
        raise FeedError(f"a gzipped sitemap that does not inflate: {exc}") from None
    if not inflater.eof and not inflater.unconsumed_tail:
        raise FeedError("a gzipped sitemap that does not inflate: cut short")
    if inflater.unconsumed_tail:
        raise FeedError(f"sitemap larger than {MAX_SITEMAP_BYTES // 2**20} MB once inflated")
    return data


def _read_sitemap(body: bytes, base_url: str) -> SourceListing:
    data = _inflate(body)
    if not data.strip():
        raise FeedError("empty answer: no sitemap")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not a readable sitemap: malformed XML ({str(exc)[:120]})") from None
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        listed = []
        for node in root.iter(f"{_SITEMAP_NS}sitemap", "sitemap"):
            loc = _text(node, "loc")
            if loc and _web(urljoin(base_url, loc)):
                listed.append((_text(node, "lastmod") or "", urljoin(base_url, loc)))
        newest = [url for _, url in sorted(listed, key=lambda x: x[0], reverse=True)[:SITEMAPS_PER_INDEX]]
        return SourceListing(items=(), children=tuple(newest))
    if tag != "urlset":
        raise FeedError(f"not a sitemap: the root element is <{tag}>, not <urlset> or <sitemapindex>")
    items: dict[str, FeedItem] = {}
    for node in root.iter(f"{_SITEMAP_NS}url", "url"):
        loc = _text(node, "loc")
        url = urljoin(base_url, loc) if loc else ""
        if not url or not _web(url) or url in items:
            continue
        news = node.find(f"{_NEWS_NS}news")
        title = (news.findtext(f"{_NEWS_NS}title") or "").strip() if news is not None else ""
        stated = (news.findtext(f"{_NEWS_NS}publication_date") or "").strip() if news is not None else ""
        lastmod = _text(node, "lastmod") or ""
        published = iso_date(stated or lastmod) if (stated or lastmod) else None
        items[url] = FeedItem(key=_key(url), url=url, title=title, published=published,
                              fingerprint=_digest(title, lastmod))
    return SourceListing(items=tuple(items.values()))


def _text(node: Any, name: str) -> str | None:
    found = node.findtext(f"{_SITEMAP_NS}{name}")
    if found is None:
        found = node.findtext(name)
    return found.strip() if found else None
