"""JSON lines: one article per line, as scrapers and exports write them.

Fields read: ``id``, ``url``, ``outlet``, ``published``, ``title``, and ``text`` or ``html`` (``html``
goes through the same extraction as HTML pages, and its metadata fills what the line leaves out).
Other fields are kept in ``meta["fields"]``. Lines are split on ``\\n`` only: JSON strings may hold
U+2028 and other characters ``str.splitlines`` would split on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.model import Article, Problem

from .dates import iso_date
from .html import extract_html
from .sourcefile import SourceFile

__all__ = ["read_jsonl", "read_jsonl_lines"]

_KNOWN_FIELDS = frozenset({"id", "url", "outlet", "published", "title", "text", "html"})


def read_jsonl(item: SourceFile) -> Iterator[Article | Problem]:
    """Yield one article per non-blank line (source ``path:line``, ``raw`` = the line, id = the
    ``id`` field or ``<stem>-<line>``). A line that is not a JSON object, or has neither ``text`` nor
    ``html`` with some text in it, gives one ``error`` naming ``path:line``; the other lines go on."""
    yield from read_jsonl_lines(item, enumerate(item.text.split("\n"), start=1))


def read_jsonl_lines(item: SourceFile, lines: Iterable[tuple[int, str]]) -> Iterator[Article | Problem]:
    """:func:`read_jsonl` over ``(line number, line)`` pairs, for exports too large to hold as one text
    (the ingest stage streams them line by line)."""
    for number, line in lines:
        line = line.removesuffix("\r")
        if line.strip():
            yield from _read_line(item, number, line)


def _read_line(item: SourceFile, number: int, line: str) -> Iterator[Article | Problem]:
    source = f"{item.source}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(source, f"broken JSON: {exc.msg} (column {exc.colno})")
        return
    except RecursionError:  # the C decoder recurses once per level: [[[[... 100,000 deep
        yield Problem(source, "JSON nested too deeply to read")
        return
    if not isinstance(record, dict):
        yield Problem(source, f"not a JSON object but {type(record).__name__}")
        return
    meta: dict[str, Any] = {"format": "jsonl"}
    title, outlet, url = _field(record, "title"), _field(record, "outlet"), _field(record, "url")
    published = None
    if (stated := _field(record, "published")) is not None:
        published = iso_date(stated)
        if published is None:
            yield Problem(source, f"published date {stated!r} not understood; left unknown", "warning")
            meta["published_raw"] = stated
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        extracted = text.replace("\r\n", "\n").replace("\r", "\n")
    elif (page := _field(record, "html")) is not None:
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
        yield Problem(source, "no text: the line has neither a 'text' nor an 'html' field with content")
        return
    extra = {k: v for k, v in record.items() if k not in _KNOWN_FIELDS}
    if extra:
        meta["fields"] = extra
    yield Article(
        id=_field(record, "id") or f"{item.stem}-{number}",
        text="",
        title=title or "",
        outlet=outlet,
        published=published,
        url=url,
        source=source,
        raw=line,
        encoding=item.encoding,
        extracted=extracted,
        meta=meta,
    )


def _field(record: dict[str, Any], key: str) -> str | None:
    """``record[key]`` as a stripped string (numbers written out), ``None`` when absent, null, blank
    or not a scalar."""
    value = record.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None
