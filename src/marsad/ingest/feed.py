"""RSS and Atom feeds, through feedparser: each entry is an article.

The feed text was already decoded (by :mod:`marsad.ingest.encoding`, honouring the XML declaration),
so the declaration's ``encoding`` is rewritten to UTF-8 before feedparser sees the UTF-8 bytes;
otherwise it would decode them a second time as the declared code page. Feedparser gets the bytes in a
stream, never a string: a string that looks like a URL or a path makes it fetch or open it. Its HTML
sanitizing is off so that ``raw`` is the content as the feed carried it; text extraction ignores
scripts and styles anyway.
"""

from __future__ import annotations

import html as html_entities
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from marsad.model import Article, Problem

from .dates import iso_date
from .html import fragment_text
from .sourcefile import SourceFile, safe_id

__all__ = ["parse_feed", "read_feed"]

_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def read_feed(item: SourceFile) -> Iterator[Article | Problem]:
    """Yield one article per feed entry: id from the entry id or link (made safe, else
    ``<stem>-<n>``), source ``path#n``, title, url = link, published (ISO), outlet = the feed's title,
    ``raw`` = the entry's content (or summary) as the feed carried it, ``extracted`` = its text.

    A file with no entries gives one ``error``; an entry without any text, one ``error`` naming
    ``path#n``. A malformed feed (typically cut short) that still gave entries gives one ``warning``
    saying how many entries had text, and only those are yielded: its empty entries are what the
    malformation left, not separate faults.
    """
    parsed = parse_feed(item.text)
    if not parsed.entries:
        if parsed.bozo:
            yield Problem(item.source, f"not a readable feed ({_short(parsed.bozo_exception)})")
        else:
            yield Problem(item.source, "a feed with no entries")
        return
    outlet = _plain(parsed.feed.get("title_detail")) or None
    entries = (_read_entry(item, n, entry, outlet) for n, entry in enumerate(parsed.entries, start=1))
    if not parsed.bozo:
        for results in entries:
            yield from results
        return
    read = [results for results in map(list, entries) if any(isinstance(r, Article) for r in results)]
    problem = _short(parsed.bozo_exception)
    reason = f"feed is not well-formed ({problem}); read {len(read)} of {len(parsed.entries)} entries"
    yield Problem(item.source, reason, "warning")
    for results in read:
        yield from results


def parse_feed(text: str) -> Any:
    """``text`` (a feed, already decoded) parsed by feedparser as the module docstring says: the XML
    declaration's encoding made UTF-8, the bytes given in a stream, HTML left as the feed carried it.
    Never raises for bad XML: the result's ``bozo`` says the feed was not well-formed."""
    xml = _XML_ENCODING.sub(r"\1\2utf-8\2", text, count=1)
    return feedparser.parse(io.BytesIO(xml.encode("utf-8")), sanitize_html=False, resolve_relative_uris=False)


def _read_entry(item: SourceFile, number: int, entry: Any, outlet: str | None) -> Iterator[Article | Problem]:
    source = f"{item.source}#{number}"
    content = (entry.get("content") or [None])[0] or entry.get("summary_detail")
    if content is None or not content.get("value", "").strip():
        yield Problem(source, "feed entry without any text")
        return
    raw = content["value"]
    if "html" in content.get("type", ""):
        text, method = fragment_text(raw)
    else:
        text, method = raw.strip(), "plain"
    if not text:
        yield Problem(source, "no text found in the feed entry's content")
        return
    stated = entry.get("published") or entry.get("updated")
    published = iso_date(stated) if stated else None
    if published is None and (parsed := entry.get("published_parsed") or entry.get("updated_parsed")):
        # feedparser reads more date formats than iso_date; it gives them as UTC.
        published = datetime(*parsed[:6], tzinfo=UTC).isoformat()
    meta: dict[str, Any] = {"format": "feed", "extraction": method, "content_type": content.get("type")}
    if stated and published is None:
        yield Problem(source, f"published date {stated!r} not understood; left unknown", "warning")
        meta["published_raw"] = stated
    link = entry.get("link") or None
    yield Article(
        id=safe_id(entry.get("id") or link or "") or f"{item.stem}-{number}",
        text="",
        title=_plain(entry.get("title_detail")),
        outlet=outlet,
        published=published,
        url=link,
        source=source,
        raw=raw,
        encoding=item.encoding,
        extracted=text,
        meta=meta,
    )


def _plain(detail: Any) -> str:
    """A feed title as plain text: tags dropped and entities decoded when the feed marks it as HTML."""
    if not detail:
        return ""
    value = detail.get("value", "")
    if "html" in detail.get("type", ""):
        value = html_entities.unescape(_TAG.sub("", value))
    return value.strip()


def _short(exc: BaseException) -> str:
    """An exception as one short line for a Problem."""
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]
