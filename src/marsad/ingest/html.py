"""HTML pages: the main text and what the page says about itself, through trafilatura.

The extraction cascade (trafilatura's own, driven from here), each step only when the one before found
no text — after a page longer than :data:`~marsad.ingest.limits.MAX_PAGE_CHARS` is cut there (at a
tag, with a ``warning``), since the parser's tree costs many times the page:

1. ``trafilatura.bare_extraction`` in its default (balanced) mode, comments left out, tables kept.
   Calibrated on the two real Arabic pages in the shared data: ``favor_recall`` adds nothing on the
   assabah page and brings the CNN page's navigation bar and copyright line into the text, so it is
   not used; paragraphs come out one per line, as cleaning expects.
2. ``trafilatura.baseline`` (JSON-LD article bodies, ``<article>``, ``<p>`` tags, then the whole body),
   reported with a ``warning``: the text may carry navigation that cleaning will have to remove.
3. A page nested deeper than lxml parses (libxml2 drops everything below about 255 levels: a page of
   50,000 nested ``<div>`` or unclosed ``<b>`` gives no text at all) is flattened — tags below
   :data:`FLAT_DEPTH` levels dropped, their text kept, by Python's own ``html.parser``, which keeps no
   tree — and steps 1-2 run again on it, reported with a ``warning``.
4. Nothing: an ``error``.

Dates: htmldate's extensive search is turned off. On the CNN page it turns the footer's "© 2013" into
2013-01-01, and on the assabah page it picks a date from a list of other issues; without it the CNN
page has no date (none is given in a form htmldate reads) and the assabah page gets 2019-02-09 (the
page's own ``dc:date`` says 2019-02-08 — a known limit, and why a manifest date wins over the page's).
"""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from typing import Any

from marsad.model import Article, Problem

from .dates import iso_date
from .limits import MAX_PAGE_CHARS
from .sourcefile import SourceFile

__all__ = ["HtmlText", "extract_html", "fragment_text", "looks_truncated", "read_html"]

_DATE_OPTIONS = {"extensive_search": False, "original_date": True}
_DOCUMENT_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL
)
_DOCUMENT_END = re.compile(r"</html\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[A-Za-z!/][^>]*>")
# Nesting kept when a page is flattened: far below libxml2's limit (~255), far above real pages (the two
# real pages of the shared data nest 14 and 21 levels deep).
FLAT_DEPTH = 100
# Elements that never hold content, so never open a level (the HTML standard's void elements).
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
)


@dataclass(frozen=True, slots=True)
class HtmlText:
    """What :func:`extract_html` found in a page.

    ``text`` is the main text, one paragraph per line (``""`` when nothing was found); ``method`` says
    which step of the cascade found it (``trafilatura``, ``baseline``, or ``""``). The other fields are
    trafilatura's metadata, ``None`` when the page does not give them; ``date`` is ISO.
    """

    text: str
    method: str
    truncated: bool
    title: str = ""
    date: str | None = None
    site: str | None = None
    hostname: str | None = None
    url: str | None = None
    description: str | None = None
    author: str | None = None
    page_chars: int = 0  # the page's length when it was cut to MAX_PAGE_CHARS before extraction, else 0

    def meta(self) -> dict[str, Any]:
        """The metadata to keep in ``Article.meta``: ``site``, ``hostname``, ``html_date``,
        ``description``, ``author`` when known, and ``extraction`` (the cascade step)."""
        found = {
            "site": self.site,
            "hostname": self.hostname,
            "html_date": self.date,
            "description": self.description,
            "author": self.author,
        }
        cut = {"page_cut": {"length": self.page_chars, "read": MAX_PAGE_CHARS}} if self.page_chars else {}
        return {**{k: v for k, v in found.items() if v}, "extraction": self.method, **cut}

    def problems(self, source: str) -> Iterator[Problem]:
        """At most one line about this extraction, for the input named ``source`` (two when the page was
        also cut to :data:`~marsad.ingest.limits.MAX_PAGE_CHARS`)."""
        if self.page_chars:
            reason = (
                f"HTML page of {self.page_chars:,} characters: only its first {MAX_PAGE_CHARS:,} were read "
                "(the input is kept whole as raw)"
            )
            yield Problem(source, reason, "warning")
        if not self.text and self.truncated:
            yield Problem(source, "looks truncated, and no text could be extracted")
        elif not self.text:
            yield Problem(source, "no text found in the HTML")
        elif self.truncated:
            yield Problem(source, "looks truncated (stops before </html>); kept the text found", "warning")
        elif self.method.startswith("flattened"):
            reason = (
                f"nested deeper than lxml parses: tags below level {FLAT_DEPTH} dropped (their text kept) "
                f"before extraction ({self.method.removeprefix('flattened ')})"
            )
            yield Problem(source, reason, "warning")
        elif self.method != "trafilatura":
            reason = "trafilatura found no main text; used its baseline extraction (may include navigation)"
            yield Problem(source, reason, "warning")


def looks_truncated(page: str) -> bool:
    """Whether ``page`` starts as a whole HTML document (doctype or ``<html>``) but never closes it.
    Fragments (feed content, a JSON ``html`` field holding a ``<div>``) are never called truncated."""
    return bool(_DOCUMENT_START.match(page)) and _DOCUMENT_END.search(page) is None


def extract_html(page: str, *, url: str | None = None, cut_off: bool = False) -> HtmlText:
    """Extract the main text and metadata of ``page`` (a whole document or a fragment) with the
    cascade in the module docstring. ``url``, when known, helps trafilatura; ``cut_off`` says the bytes
    were already known to stop mid-character. Never raises for bad HTML: the result's ``text`` is then
    ``""``."""
    # trafilatura (with lxml, jusText, htmldate) is imported only when HTML is read: it takes a second to
    # import, and a broken HTML stack must not stop reading .txt files or JSON lines with plain text
    from trafilatura import bare_extraction, baseline

    truncated = cut_off or looks_truncated(page)
    page_chars = 0
    if len(page) > MAX_PAGE_CHARS:  # cut before a tag: the parser closes what is left open
        page_chars = len(page)
        at = page.rfind("<", MAX_PAGE_CHARS // 2, MAX_PAGE_CHARS)
        page = page[: at if at > 0 else MAX_PAGE_CHARS]
    document = bare_extraction(
        page,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=_DATE_OPTIONS,
    )
    if document is None or not (document.text and document.text.strip()):
        flat = _flattened(page)
        if flat is not None:
            found = extract_html(flat, url=url, cut_off=cut_off)
            if found.text:
                return replace(found, method=f"flattened {found.method}", truncated=truncated, page_chars=page_chars)
    if document is not None and document.text and document.text.strip():
        return HtmlText(
            text=document.text.strip(),
            method="trafilatura",
            truncated=truncated,
            title=(document.title or "").strip(),
            date=iso_date(document.date) if document.date else None,
            site=document.sitename or None,
            hostname=document.hostname or None,
            url=document.url or url,
            description=document.description or None,
            author=document.author or None,
            page_chars=page_chars,
        )
    _, text, _ = baseline(page)
    text = text.strip()
    return HtmlText(text=text, method="baseline" if text else "", truncated=truncated, url=url, page_chars=page_chars)


class _Flattener(HTMLParser):
    """Writes a page back with only the tags of its first :data:`FLAT_DEPTH` levels; text, comments
    and the tags of shallower levels as they were. Keeps a stack of open element names, no tree."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[str] = []
        self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if len(self.open) < FLAT_DEPTH:
                self.out.append(self.get_starttag_text() or "")
            return
        self.open.append(tag)
        self.deepest = max(self.deepest, len(self.open))
        if len(self.open) <= FLAT_DEPTH:
            self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len(self.open) < FLAT_DEPTH:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        # close up to the nearest open element of that name, as browsers do; a stray end tag is dropped
        if tag not in self.open:
            return
        while self.open:
            name = self.open.pop()
            if len(self.open) < FLAT_DEPTH:
                self.out.append(f"</{name}>")
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def _flattened(page: str) -> str | None:
    """``page`` with the tags below :data:`FLAT_DEPTH` levels of nesting dropped (their text kept), or
    ``None`` when it never nests that deep (flattening would change nothing)."""
    parser = _Flattener()
    parser.feed(page)
    parser.close()
    if parser.deepest <= FLAT_DEPTH:
        return None
    return "".join(parser.out) + "".join(f"</{name}>" for name in reversed(parser.open[:FLAT_DEPTH]))


def fragment_text(value: str) -> tuple[str, str]:
    """The text of a feed entry's content, and how it was found: ``(text, method)``.

    Content without any tag is plain text (HTML entities decoded, ``method`` ``plain``); content with
    tags goes through :func:`extract_html` (``method`` from its cascade, ``""`` if nothing).
    """
    if not _TAG.search(value):
        return html_entities.unescape(value).strip(), "plain"
    found = extract_html(value)
    return found.text, found.method


def read_html(item: SourceFile) -> Iterator[Article | Problem]:
    """Yield the article of an HTML page (id = file stem, ``raw`` = the whole page as decoded,
    ``extracted`` = the main text, title/outlet/published/url from the page's metadata; outlet is the
    site name, else the host name), preceded by at most one Problem about the extraction; only the
    Problem when no text was found."""
    found = extract_html(item.text, cut_off=item.cut_off)
    yield from found.problems(item.source)
    if not found.text:
        return
    yield Article(
        id=item.stem,
        text="",
        title=found.title,
        outlet=found.site or found.hostname,
        published=found.date,
        url=found.url,
        source=item.source,
        raw=item.text,
        encoding=item.encoding,
        extracted=found.text,
        meta={"format": "html", **found.meta()},
    )
