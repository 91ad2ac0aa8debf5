"""CSV and TSV exports: one article per row under a header row naming the columns, as spreadsheets,
pandas (``to_csv``) and dataset sites write them.

The header's names are the fields of a JSON lines record, looked for under the same names
(:data:`marsad.ingest.jsonl.FIELD_NAMES`: ``title``, ``text``/``content``/``body``, ``date``, ``source``,
``url`` ..., Arabic column names such as ``العنوان`` and ``النص`` too), with case folded (``Title``), and
each row is read as such a record (:func:`marsad.ingest.jsonl.read_record`): a ``html`` column goes
through HTML extraction, a date is read in any form :func:`marsad.ingest.dates.iso_date` knows.

Each row is parsed by the standard library's :mod:`csv` (quoted fields may hold line breaks, the
delimiter and doubled quotes), which is what every CSV writer above produces. What it adds:

* where a row ends, found before parsing by the parity of its quote characters (:func:`_row_texts`): the
  csv module, resumed after an error inside an open field, reads the rest of that field as rows of its own
  (one error per line of it); found first, a bad row is one error and the next row is read;

* the delimiter: a tab for ``.tsv``; for ``.csv`` the one of ``, ; TAB |`` that splits the header row
  into the most columns (a European spreadsheet writes ``;``), a comma when the header has one column;
* each row is named by its first line, ``path:line`` (a quoted field holding line breaks spans several
  lines), its fallback id is ``<stem>-<line>``, and ``raw`` is the row's lines exactly as read;
* a row with more fields than the header, a row larger than the size limit (not held in memory), or a
  quote left open gives one ``error`` naming its line, and the next rows are still read; a file whose header names no
  text column (``text``, ``content``, ``body``, ``html`` ...) gives one ``error`` naming the columns it has.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from marsad.model import Article, Problem

from .dates import DateOrder
from .jsonl import FIELD_NAMES, read_record
from .sourcefile import SourceFile

__all__ = ["DELIMITERS", "delimiter_of", "read_csv", "read_csv_lines"]

# The delimiters a CSV export is written with, in the order preferred on a tie.
DELIMITERS = (",", ";", "\t", "|")
# A CSV field may be as large as a file marsad reads: the module's default (131,072 characters) is
# shorter than a long article.
_FIELD_LIMIT = 1 << 30


def delimiter_of(header: str, suffix: str) -> str:
    """The delimiter of a file whose first row is ``header``: a tab for ``.tsv``, else the one of
    :data:`DELIMITERS` that splits the header into the most fields (a comma when none splits it).

    >>> delimiter_of("title;text;date", ".csv"), delimiter_of('"a, b";text', ".csv"), delimiter_of("x", ".csv")
    (';', ';', ',')
    """
    if suffix.lower() == ".tsv":
        return "\t"
    counts = {d: len(next(csv.reader([header], delimiter=d), [])) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return best if counts[best] > 1 else ","


def read_csv(item: SourceFile) -> Iterator[Article | Problem]:
    """The articles of a CSV or TSV file decoded whole (a legacy encoding): see the module's text."""
    yield from read_csv_lines(item, io.StringIO(item.text, newline=""))


def read_csv_lines(item: SourceFile, lines: Iterable[str], limit: int = _FIELD_LIMIT) -> Iterator[Article | Problem]:
    """The articles of a CSV or TSV file given as its lines, line endings kept (a file opened with
    ``newline=""``), so that an export of any size is read a row at a time. A row over ``limit``
    characters is an error naming it, and is not held in memory."""
    if csv.field_size_limit() < min(limit, _FIELD_LIMIT):  # raised once for the process, never lowered
        csv.field_size_limit(min(limit, _FIELD_LIMIT))
    header: list[str] | None = None
    delimiter = ","
    dates = DateOrder()
    for start, text, count in _row_texts(lines, limit):
        where = f"{item.source}:{start}"
        if text is None:
            yield Problem(where, f"row too large: over {limit:,} characters ({count} lines); not read")
            continue
        if header is None:
            text = text.removeprefix("\ufeff")
            delimiter = delimiter_of(text.rstrip("\r\n"), item.path.suffix)
        try:
            row = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True), [])
        except csv.Error as exc:
            lines_read = f" ({count} lines read as one row: a quote left open?)" if count > 1 else ""
            yield Problem(where, f"broken CSV row: {exc}{lines_read}")
            continue
        if not any(field.strip() for field in row):
            continue
        if header is None:
            header = [name.strip() for name in row]
            if not _has_text_column(header):
                names = ", ".join(repr(n) for n in header[:12])
                yield Problem(item.source, f"no text: no column with the article's text (the header has {names})")
                return
            continue
        if len(row) > len(header):
            reason = f"{len(row)} fields, the header names {len(header)}: a quote or delimiter out of place?"
            yield Problem(where, reason)
            continue
        record: dict[str, str] = {}
        for name, value in zip(header, row, strict=False):  # fewer fields than the header: the rest unknown
            record.setdefault(name, value)
        yield from read_record(item, where, f"{item.stem}-{start}", record, text, "csv", dates)
    if header is None:
        yield Problem(item.source, "empty file (no header row)")


def _row_texts(lines: Iterable[str], limit: int) -> Iterator[tuple[int, str | None, int]]:
    """Each row's first line number, its text (``None`` when over ``limit`` characters: not kept) and its
    number of lines. A row ends at the first line end where the row holds an even number of quote
    characters: in CSV as every writer quotes it, a field is quoted whole and a quote inside it doubled,
    so an odd count means a quoted field is still open. Splitting rows here, before parsing, is what lets
    a bad row (a field over the limit, a quote left open) be reported once and the next row be found;
    the csv module, resumed after an error, reads the rest of an open field as rows of its own."""
    start = 1
    parts: list[str] = []
    size = 0
    quotes = 0
    number = 0
    for number, line in enumerate(lines, start=1):
        quotes += line.count('"')
        size += len(line)
        if size <= limit:
            parts.append(line)
        elif parts:
            parts = []
        if quotes % 2 == 0:
            yield start, ("".join(parts) if size <= limit else None), number - start + 1
            start, parts, size, quotes = number + 1, [], 0, 0
    if number >= start:
        yield start, ("".join(parts) if size <= limit else None), number - start + 1


def _has_text_column(header: list[str]) -> bool:
    names = {name.casefold() for name in (*FIELD_NAMES["text"], *FIELD_NAMES["html"])}
    return any(column.casefold() in names for column in header)
