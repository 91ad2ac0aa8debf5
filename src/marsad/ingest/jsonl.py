"""JSON lines (one article per line, as scrapers and exports write them) and JSON documents (an array of
articles, as SaudiNewsNet's daily files hold them: :func:`read_json`).

Fields read: ``id``, ``url``, ``outlet``, ``published``, ``title``, and ``text`` or ``html`` (``html``
goes through the same extraction as HTML pages, and its metadata fills what the line leaves out).
Exports name these fields in their own ways (SaudiNewsNet's ``content`` and ``source``, NewsAPI's
``publishedAt`` and ``source: {"name": ...}``, scrapers' ``body``, ``headline``, ``date``, ``link``), so
each field is also looked for under the names in :data:`FIELD_NAMES`, marsad's own name first; the name a
line used is recorded in ``meta["field_names"]``. Other fields are kept in ``meta["fields"]``. Lines are
split on ``\\n`` only: JSON strings may hold U+2028 and other characters ``str.splitlines`` would split on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.lang.ar.columns import COLUMN_NAMES
from marsad.model import Article, Problem

from .dates import DateOrder, iso_date
from .html import extract_html, fragment_text
from .sourcefile import SourceFile

__all__ = [
    "CRAWL_DATE_NAMES", "FIELD_NAMES", "read_json", "read_json_items", "read_jsonl", "read_jsonl_lines",
    "read_record",
]

# Each field marsad reads, and the names exports give it, marsad's own first, then Arabic exports' column
# names (:mod:`marsad.lang.ar.columns`). Only names whose meaning is the field's: a scraper's
# ``date_extracted`` or ``crawled_at`` is when the page was read, not published (CRAWL_DATE_NAMES below).
# A record's keys are matched as written first, then with case folded (``Title``, ``PublishedAt``).
_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "_id"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "outlet": ("outlet", "source", "site", "site_name", "publisher", "newspaper", "source_name", "domain"),
    "published": ("published", "date", "published_at", "publishedAt", "date_published", "publish_date",
                  "pub_date", "pubDate", "datetime", "date_publish", "publication_date", "published_date",
                  "published_time", "publish_time", "pub_time"),
    "title": ("title", "headline"),
    "text": ("text", "content", "body", "article", "article_text", "maintext", "full_text", "contents"),
    "html": ("html", "raw_html"),
}
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    field: (*names, *COLUMN_NAMES.get(field, ())) for field, names in _FIELD_NAMES.items()
}
# When a page was read, not published: used only for its day, and only when a record states no date.
CRAWL_DATE_NAMES = ("date_extracted", "extracted_at", "crawled_at", "crawl_date", "scraped_at")


# Markup that says a text field holds an article's HTML, looked for in its first characters: the block tags
# a body's paragraphs are made of (a lone ``<`` in prose is none of them). Other tags alone (a ``<script>``
# or an ``<img>`` in a line of text) do not make the field HTML: they stay as text, shown escaped.
_MARKUP = re.compile(r"</?(?:p|div|br|h[1-6]|ul|ol|li|figure|blockquote|table|section)\b[^>]*>", re.IGNORECASE)
_MARKUP_LOOK = 4000


def read_jsonl(item: SourceFile) -> Iterator[Article | Problem]:
    """Yield one article per non-blank line (source ``path:line``, ``raw`` = the line, id = the
    ``id`` field or ``<stem>-<line>``). A line that is not a JSON object, or has neither ``text`` nor
    ``html`` with some text in it, gives one ``error`` naming ``path:line``; the other lines go on."""
    yield from read_jsonl_lines(item, enumerate(item.text.split("\n"), start=1))


def read_jsonl_lines(item: SourceFile, lines: Iterable[tuple[int, str]]) -> Iterator[Article | Problem]:
    """:func:`read_jsonl` over ``(line number, line)`` pairs, for exports too large to hold as one text
    (the ingest stage streams them line by line)."""
    dates = DateOrder()
    for number, line in lines:
        line = line.removesuffix("\r")
        if line.strip():
            yield from _read_line(item, number, line, dates)


def _read_line(item: SourceFile, number: int, line: str, dates: DateOrder) -> Iterator[Article | Problem]:
    source = f"{item.source}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(source, f"broken JSON: {exc.msg} (column {exc.colno})")
        return
    except RecursionError:  # the C decoder recurses once per level: [[[[... 100,000 deep
        yield Problem(source, "JSON nested too deeply to read")
        return
    yield from read_record(item, source, f"{item.stem}-{number}", record, line, "jsonl", dates)


def read_record(
    item: SourceFile, source: str, fallback_id: str, record: object, raw: str, fmt: str,
    dates: DateOrder | None = None,
) -> Iterator[Article | Problem]:
    """One record (a JSON lines line, an item of a JSON array, a CSV row) as an article, or the problems that kept
    it from being one, named ``source``. ``dates`` is the order of the file's numeric dates, learnt as its
    records are read (one per file)."""
    if not isinstance(record, dict):
        yield Problem(source, f"not a JSON object but {type(record).__name__}")
        return
    meta: dict[str, Any] = {"format": fmt}
    used: dict[str, str] = {}  # field -> the name this line gave it
    title, outlet, url = (_named(record, field, used) for field in ("title", "outlet", "url"))
    published = None
    if (stated := _named(record, "published", used)) is not None:
        dates = dates or DateOrder()
        published = dates.read(stated)
        if dates.how:
            meta["published_order"] = dates.how
        if published is None:
            if readings := dates.undecided:
                reason = (f"published date {stated!r} reads {readings[0]} (day/month) or {readings[1]} "
                          "(month/day); left to the article's text to decide")
            else:
                reason = f"published date {stated!r} not understood; left unknown"
            yield Problem(source, reason, "warning")
            meta["published_raw"] = stated
    if published is None and stated is None:
        published = _crawl_day(record, meta)
    if (text := _named(record, "text", used, strip=False)) is not None:
        extracted = text.replace("\r\n", "\n").replace("\r", "\n")
        if len(_MARKUP.findall(extracted, 0, _MARKUP_LOOK)) >= 2:
            # a text field holding the article's HTML (WordPress exports, API dumps): its text, as a feed
            # entry's content is read; the field as given stays in ``raw``
            extracted, method = fragment_text(extracted)
            meta["extraction"] = method
            if not extracted:
                yield Problem(source, f"no text found in the HTML of its {used['text']!r} field")
                return
    elif (page := _named(record, "html", used)) is not None:
        found = extract_html(page, url=url)
        yield from found.problems(source)
        if not found.text:
            return
        extracted = found.text
        title = title or found.title
        outlet = outlet or found.site or found.hostname
        published = published or found.date
        url = url or found.url
        meta.update(found.meta())
    else:
        looked = (*FIELD_NAMES["text"], *FIELD_NAMES["html"])
        if (blank := next((n for n in looked if n in record), None)) is not None:
            yield Problem(source, f"no text: its {blank!r} field is empty")
        else:
            names = ", ".join(repr(n) for n in looked)
            yield Problem(source, f"no text: no field with the article's text ({names})")
        return
    identifier = _named(record, "id", used)
    if any(name != field for field, name in used.items()):
        meta["field_names"] = dict(used)
    taken = set(used.values())
    extra = {k: v for k, v in record.items() if k not in taken and k not in FIELD_NAMES}
    if extra:
        meta["fields"] = extra
    yield Article(
        id=identifier or fallback_id,
        text="",
        title=title or "",
        outlet=outlet,
        published=published,
        url=url,
        source=source,
        raw=raw,
        encoding=item.encoding,
        extracted=extracted,
        meta=meta,
    )


def read_json(item: SourceFile) -> Iterator[Article | Problem]:
    """Yield the articles of a JSON document: an array of article objects (SaudiNewsNet's daily files),
    an object holding such an array (under ``articles``, ``data``, ``items`` ...: the first array of
    objects among its values), or one article object. Each is read as a JSON lines line is (source
    ``path#k``, id = its ``id`` or ``<stem>-<k>``, ``k`` counted from 1; ``raw`` = the object as one
    line of JSON). A document that is not JSON gives one ``error``."""
    try:
        document = json.loads(item.text)
    except json.JSONDecodeError as exc:
        yield Problem(item.source, f"broken JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield Problem(item.source, "JSON nested too deeply to read")
        return
    records = _records(document)
    if records is None:
        what = type(document).__name__
        yield Problem(item.source, f"no articles: a JSON {what} that is no article and holds no list of them")
        return
    items = ((k, record, json.dumps(record, ensure_ascii=False)) for k, record in enumerate(records, 1))
    yield from read_json_items(item, items)


def read_json_items(
    item: SourceFile, items: Iterable[tuple[int, object, str]]
) -> Iterator[Article | Problem]:
    """The articles of a JSON array's items, given as ``(k, item, raw)`` (``k`` counted from 1, ``raw`` the
    item's JSON), each read as :func:`read_json` reads it: for arrays too large to hold as one text (the
    ingest stage streams them item by item)."""
    dates = DateOrder()
    for k, record, raw in items:
        yield from read_record(item, f"{item.source}#{k}", f"{item.stem}-{k}", record, raw, "json", dates)


def _records(document: object) -> list | None:
    """The article objects a JSON document holds (see :func:`read_json`), ``None`` when it holds none."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    if any(name in document for name in (*FIELD_NAMES["text"], *FIELD_NAMES["html"])):
        return [document]
    for value in document.values():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
    return None


def _crawl_day(record: dict[str, Any], meta: dict[str, Any]) -> str | None:
    """The day a record was crawled, for a record that states no publication date: a page read by a daily
    crawl was published that day or shortly before (SaudiNewsNet's ``date_extracted``), near enough for
    clustering by time. The day only, never the crawl's hour; the field used is noted in
    ``meta["published_from"]``."""
    for name in CRAWL_DATE_NAMES:
        found = iso_date(value) if (value := _scalar(record.get(name))) else None
        if found:
            meta["published_from"] = name
            return found[:10]
    return None


def _named(record: dict[str, Any], field: str, used: dict[str, str], *, strip: bool = True) -> str | None:
    """The first of ``field``'s names (:data:`FIELD_NAMES`) whose value in ``record`` has text, noted in
    ``used``; an outlet given as an object (NewsAPI's ``{"id": ..., "name": ...}``) by its ``name``.
    Keys are matched as written, then (when none is) with case folded and spaces trimmed: a spreadsheet's
    ``Title`` or `` Content``. ``strip=False`` gives a text as written (an article's body keeps its white
    space)."""
    for key in _keys(record, FIELD_NAMES[field]):
        value = record.get(key)
        if field == "outlet" and isinstance(value, dict):
            value = value.get("name")
        if strip:
            value = _scalar(value)
        elif not (isinstance(value, str) and value.strip()):
            value = None
        if value is not None:
            used[field] = key
            return value
    return None


def _keys(record: dict[str, Any], names: tuple[str, ...]) -> Iterator[str]:
    """The keys of ``record`` to look in for a field known by ``names``: each name as written, then the
    record's keys that equal a name once case is folded and spaces trimmed."""
    yield from names
    wanted = {name.casefold(): rank for rank, name in enumerate(names)}
    loose = sorted(
        (wanted[folded], key) for key in record
        if isinstance(key, str) and (folded := key.strip().casefold()) in wanted and key not in names
    )
    yield from (key for _, key in loose)


def _scalar(value: Any) -> str | None:
    """``value`` as a stripped string (numbers written out), ``None`` when null, blank or not a scalar."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None
