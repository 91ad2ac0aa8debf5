"""Reading sources: paths and folders in, articles and problems out, one file at a time.

This is the one place that knows about files and folders: it walks folders (sorted, recursively,
skipping hidden entries), applies each folder's ``manifest.jsonl``, checks each file (exists, regular,
not empty, not too large, readable, not binary), decodes it (:mod:`marsad.ingest.encoding`), picks the
reader by suffix or by sniffing the content, and keeps article ids unique within the call. The format
readers only ever see decoded text.

Every bad input gives one :class:`~marsad.model.Problem` naming it, and the batch goes on.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from marsad.model import Article, Problem

from .dates import iso_date
from .delimited import read_csv, read_csv_lines
from .encoding import NotText, decode
from .feed import read_feed
from .html import read_html
from .jsonl import read_json, read_json_items, read_jsonl, read_jsonl_lines
from .limits import DEFAULT_MAX_ARTICLE_CHARS, cut_article
from .sourcefile import Reader, SourceFile
from .txt import read_txt

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MANIFEST",
    "READERS",
    "SUFFIXES",
    "ManifestEntry",
    "human_size",
    "read_manifest",
    "read_sources",
    "sniff",
]

DEFAULT_MAX_BYTES = 50 * 2**20
MANIFEST = "manifest.jsonl"

# Format of each input, by name: the reader that turns one decoded file into articles.
READERS: dict[str, Reader] = {
    "txt": read_txt, "html": read_html, "jsonl": read_jsonl, "json": read_json, "feed": read_feed, "csv": read_csv,
}

# File suffixes (lower case) and their format. A file whose suffix is not here is sniffed (:func:`sniff`).
SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

# What a folder of saved pages holds beside them (a browser's "Save page as" writes ``<page>_files/``):
# scripts, styles, images, fonts, sound and video. Met while walking a folder they are counted in one
# notice per folder given, not one each; named on the command line, such a file is an error as any other.
ASSET_SUFFIXES = frozenset({
    ".js", ".mjs", ".css", ".map", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".bmp",
    ".tif", ".tiff", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav",
    ".mov", ".avi",
})

# Formats whose file is one article: there a manifest value overrides what the file says (the manifest
# is the user's own record; an HTML page's date is a guess). In files of many articles (JSON lines,
# feeds) each entry states its own fields, and the manifest only fills the gaps.
_ONE_ARTICLE_FORMATS = frozenset({"txt", "html"})
_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What a folder's ``manifest.jsonl`` says about one of its files; ``None`` means unknown."""

    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def sniff(text: str, suffix: str = "") -> str | None:
    """The format the start of ``text`` shows, for files without a known suffix: ``html`` (a doctype or
    ``<html>``), ``feed`` (``<rss``, ``<feed``, RDF), ``jsonl`` (a ``{`` whose line, if it ends within
    the text, ends with ``}``), ``json`` (a ``[``, or an indented JSON document), ``txt`` (Arabic prose:
    at least 20 letters, most of them Arabic, as corpora ship articles under suffixes of their own, such as
    MultiLing's ``M0000.arabic``; not for a ``suffix`` of :data:`NOT_PROSE`, notes and code), else ``None``.

    >>> sniff('<?xml version="1.0"?>\\n<rss version="2.0">')
    'feed'
    >>> sniff('{\\n  "title": "..."\\n}'), sniff('[{"title": "..."}]'), sniff('{"title": "..."}')
    ('json', 'json', 'jsonl')
    >>> sniff("السبت 8 يناير 2005\\n\\nالتبرعات من المواطنين في الولايات المتحدة"), sniff("# ملاحظات عن الأخبار كلها", ".md")
    ('txt', None)
    """
    head = text[:_SNIFF_BYTES].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first, newline, _ = head.partition("\n")
        return "jsonl" if not newline or first.rstrip().endswith("}") else "json"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("<?xml", "<!--", "<rss", "<feed", "<rdf:rdf")):
        if any(f"<{root}" in head for root in ("rss", "feed", "rdf:rdf")):
            return "feed"
        if "<html" in head:
            return "html"
    if suffix.lower() not in NOT_PROSE and _arabic_prose(head):
        return "txt"
    return None


# Suffixes of notes, documentation, code and configuration: never read as an article, whatever they hold.
NOT_PROSE = frozenset({
    ".md", ".rst", ".tex", ".py", ".sh", ".r", ".ipynb", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".conf",
    ".log", ".sql", ".lock", ".bak", ".tmp", ".swp",
})
_MIN_PROSE_LETTERS = 20


def _arabic_prose(text: str) -> bool:
    """Whether ``text`` reads as Arabic prose: no control characters but line ends and tabs, at least 20
    letters, and more Arabic letters than others."""
    if any(c < " " and c not in "\t\r\n\f" for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    return len(letters) >= _MIN_PROSE_LETTERS and arabic * 2 > len(letters)


def read_sources(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
) -> Iterator[Article | Problem]:
    """Read every file and folder in ``paths`` (one path alone is accepted too), in the order given.

    Yields :class:`Article` objects (``text`` still empty: the clean stage fills it) and
    :class:`Problem` lines, as it goes: one file is read at a time, and nothing is read before the
    caller asks for it. Guarantees:

    * folders are walked recursively in sorted order; hidden files and folders are skipped; a
      folder's ``manifest.jsonl`` is not an article but gives outlet/published/url for its files;
    * article ids are unique within the call: a repeated id gets ``~2``, ``~3``... and a ``notice``;
    * every bad input (missing, not a regular file, empty, larger than ``max_bytes`` — not read —,
      unreadable, binary, undecodable, unknown format, broken line, truncated page) gives one Problem
      naming it; the other inputs are still read;
    * a file decoded from a legacy encoding gives a ``notice`` naming the encoding;
    * an article whose text is longer than ``max_chars`` characters is cut there, with a ``warning``
      (:func:`marsad.ingest.limits.cut_article`: the cut is recorded in ``meta["cut"]``, ``raw`` stays
      whole). Memory is bounded by ``max_bytes`` (one file, or one line of a JSON lines file, at a time)
      and by ``max_chars`` (what every later stage is given of one article).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    manifests = _Manifests()
    ids = _Ids()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: Iterable[Path | Problem] = _walk(path, set())
            explicit = False
        elif path.name == MANIFEST and path.is_file():
            reason = "a manifest describes the files of its folder; give the folder to use it"
            yield Problem(str(path), reason, "notice")
            continue
        else:
            found, explicit = (path,), True
        assets: Counter[str] = Counter()
        for file in found:
            if isinstance(file, Problem):
                yield file
                continue
            if not explicit and file.suffix.lower() in ASSET_SUFFIXES:
                assets[file.suffix.lower()] += 1
                continue
            yield from manifests.load(file.parent)
            for item in _read_file(file, max_bytes=max_bytes, explicit=explicit):
                if isinstance(item, Article):
                    item, cuts = cut_article(item, max_chars)
                    yield from cuts
                    item = manifests.apply(item, file)
                    unique = ids.claim(item.id)
                    if unique != item.id:
                        reason = f"id {item.id!r} already used; this article is {unique!r}"
                        yield Problem(item.source or str(file), reason, "notice")
                        item = replace(item, id=unique)
                yield item
        if assets:
            kinds = ", ".join(f"{suffix} {n}" for suffix, n in assets.most_common())
            yield Problem(str(path), f"skipped {sum(assets.values())} files of a page's assets and media ({kinds})", "notice")


def read_manifest(path: Path) -> tuple[dict[str, ManifestEntry], list[Problem]]:
    """The entries of a ``manifest.jsonl`` by file name (keys ``file``, ``outlet``, ``published``,
    ``url``; null or missing means unknown; ``published`` made ISO), and the problems found in it: a
    broken line or a line without ``file`` (``error``, naming ``path:line``), a date not understood,
    a file listed that is not in the folder (``warning``)."""
    try:
        text = decode(path.read_bytes()).text
    except (OSError, NotText) as exc:
        return {}, [Problem(str(path), f"manifest not read: {getattr(exc, 'strerror', None) or exc}")]
    entries: dict[str, ManifestEntry] = {}
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(where, f"broken JSON: {exc.msg} (column {exc.colno})"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("file"), str):
            problems.append(Problem(where, "manifest line without a 'file' name"))
            continue
        stated = _text(record.get("published"))
        published = iso_date(stated) if stated else None
        if stated and published is None:
            reason = f"published date {stated!r} not understood; left unknown"
            problems.append(Problem(where, reason, "warning"))
        name = record["file"]
        if not (path.parent / name).exists():
            problems.append(Problem(where, f"lists {name!r}, which is not in the folder", "warning"))
        entries[name] = ManifestEntry(_text(record.get("outlet")), published, _text(record.get("url")))
    return entries, problems


def _text(value: object) -> str | None:
    """A manifest value as a stripped string; ``None`` for null or blank."""
    if value is None:
        return None
    return str(value).strip() or None


class _Manifests:
    """The manifest of every folder met during one call, read the first time a file of it is."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, dict[str, ManifestEntry]] = {}

    def load(self, folder: Path) -> list[Problem]:
        """Read ``folder``'s manifest if not yet done; its problems, the first time only."""
        if folder in self._by_folder:
            return []
        manifest = folder / MANIFEST
        entries, problems = read_manifest(manifest) if manifest.is_file() else ({}, [])
        self._by_folder[folder] = entries
        return problems

    def apply(self, article: Article, file: Path) -> Article:
        entry = self._by_folder.get(file.parent, {}).get(file.name)
        if entry is None:
            return article
        overrides = article.meta.get("format") in _ONE_ARTICLE_FORMATS
        changes = {
            name: value
            for name in ("outlet", "published", "url")
            if (value := getattr(entry, name)) is not None and (overrides or getattr(article, name) is None)
        }
        return replace(article, **changes) if changes else article


class _Ids:
    """Article ids handed out in one call."""

    def __init__(self) -> None:
        self._used: set[str] = set()
        # the last suffix tried for each id: every lower one is taken, so the search resumes there (from 1
        # each time, a million files of one name, index.txt in a million folders, took a million² steps)
        self._last: dict[str, int] = {}

    def claim(self, wanted: str) -> str:
        """``wanted`` if free, else the first free ``wanted~2``, ``wanted~3``..."""
        unique, n = wanted, self._last.get(wanted, 1)
        if n > 1:
            unique = f"{wanted}~{n}"
        while unique in self._used:
            n += 1
            unique = f"{wanted}~{n}"
        self._used.add(unique)
        self._last[wanted] = n
        return unique


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | Problem]:
    """The files under ``folder``, depth first in name order, hidden entries and manifests left out.
    ``seen`` holds the real paths of folders already walked, so a symbolic link loop ends."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield Problem(str(folder), f"cannot list the folder: {exc.strerror or exc}")
        return
    for entry in entries:
        path = folder / entry.name
        if entry.is_dir():
            yield from _walk(path, seen)
        elif entry.name != MANIFEST:
            yield path


def _read_file(path: Path, *, max_bytes: int, explicit: bool) -> Iterator[Article | Problem]:
    """Check, read, decode and hand one file to its reader. ``explicit`` (the user named this file)
    makes an unknown format an ``error``; a file met while walking a folder is only skipped, with a
    ``notice``."""
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        yield Problem(source, "is a broken link" if path.is_symlink() else "does not exist")
        return
    except OSError as exc:
        yield Problem(source, f"cannot read: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(info.st_mode):
        yield Problem(source, "not a regular file")
        return
    if info.st_size == 0:
        yield Problem(source, "empty file (0 bytes)")
        return
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt == "jsonl" and _is_utf8_file(path):
        # an export of a whole archive: read line by line, the size limit applying to each line
        yield from _stream_jsonl(path, max_bytes)
        return
    if fmt == "csv" and _is_utf8_file(path):
        # a spreadsheet or dataset export: read a row at a time, the size limit applying to each field
        yield from _stream_csv(path, max_bytes)
        return
    if fmt == "json" and info.st_size > max_bytes and _is_utf8_file(path):
        # an archive exported as one JSON array: read item by item, the size limit applying to each item
        yield from _stream_json_array(path, max_bytes)
        return
    if info.st_size > max_bytes:
        limit = human_size(max_bytes)
        yield Problem(source, f"too large: {human_size(info.st_size)}, the limit is {limit}; not read")
        return
    try:
        with path.open("rb") as handle:
            if fmt is None:
                fmt = sniff(_head_text(handle.read(_SNIFF_BYTES)), path.suffix)
                if fmt is None:
                    suffix = path.suffix or "no suffix"
                    what = f"unknown format ({suffix}): not Arabic text, HTML, JSON, JSON lines, CSV or a feed"
                    if explicit:
                        yield Problem(source, what)
                    else:
                        yield Problem(source, f"skipped: {what}", "notice")
                    return
                handle.seek(0)
            # as much as stat said, and one byte more to see the file grew: read(max_bytes + 1) allocated
            # the whole 50 MB for each file, whatever its size (70 µs of a 40-byte file's reading)
            data = handle.read(min(info.st_size, max_bytes) + 1)
            if len(data) > info.st_size:
                data += handle.read(max_bytes + 1 - len(data))
    except PermissionError:
        yield Problem(source, "cannot read: permission denied")
        return
    except OSError as exc:
        yield Problem(source, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:  # grew since stat
        yield Problem(source, f"too large: over {human_size(max_bytes)}; not read")
        return
    try:
        decoded = decode(data)
    except NotText as exc:
        yield Problem(source, str(exc))
        return
    if not decoded.text.strip():
        yield Problem(source, "empty file (only white space)")
        return
    if decoded.method in ("declared", "detected"):
        how = "as the file declares" if decoded.method == "declared" else "detected"
        yield Problem(source, f"decoded as {decoded.encoding} ({how}), not UTF-8", "notice")
    if decoded.replaced:
        yield Problem(source, f"{decoded.replaced} byte(s) not valid UTF-8, shown as U+FFFD", "warning")
    item = SourceFile(path, decoded.text, decoded.encoding, cut_off=decoded.cut_off)
    try:
        yield from READERS[fmt](item)
    except Exception as exc:  # a reader bug or a library failure must not stop the batch
        yield Problem(source, f"failed to read as {fmt}: {type(exc).__name__}: {str(exc)[:120]}")


def _is_utf8_file(path: Path) -> bool:
    """Whether the file's first bytes are UTF-8 (with or without a byte-order mark): such JSON lines
    can be split on the newline byte and decoded a line at a time."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False  # the whole-file path reports why
    try:
        return decode(head).encoding in ("utf-8", "utf-8-sig")
    except NotText:
        return False


def _stream_jsonl(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """Read a UTF-8 JSON lines file of any size, one line in memory at a time; a line over
    ``max_bytes`` is reported and skipped, an undecodable byte is replaced and reported."""
    source = str(path)
    item = SourceFile(path, "", "utf-8")
    replaced = 0
    content = False  # a line with more than white space was met

    def lines() -> Iterator[tuple[int, str]]:
        nonlocal replaced, content
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                content = content or bool(raw.strip())
                if len(raw) > max_bytes:
                    too_large = f"line too large: {human_size(len(raw))}; not read"
                    problems.append(Problem(f"{source}:{number}", too_large))
                    continue
                text = raw.removesuffix(b"\n").decode("utf-8", errors="replace")
                replaced += text.count("\ufffd") - raw.count("\ufffd".encode())
                yield number, text.removeprefix("\ufeff") if number == 1 else text

    problems: list[Problem] = []
    try:
        for found in read_jsonl_lines(item, lines()):
            yield from problems
            problems.clear()
            yield found
    except OSError as exc:
        problems.append(Problem(source, f"cannot read: {exc.strerror or exc}"))
    yield from problems
    if not content and not problems:
        yield Problem(source, "empty file (only white space)")
    if replaced:
        yield Problem(source, f"{replaced} byte(s) not valid UTF-8, shown as U+FFFD", "warning")


def _stream_csv(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """Read a UTF-8 CSV or TSV file of any size, one row in memory at a time (:func:`read_csv_lines`); a
    field over ``max_bytes`` is reported and its row skipped, an undecodable byte replaced and reported."""
    source = str(path)
    replaced = 0

    def lines() -> Iterator[str]:
        nonlocal replaced
        with path.open("rb") as handle:
            for raw in handle:
                text = raw.decode("utf-8", errors="replace")
                replaced += text.count("\ufffd") - raw.count("\ufffd".encode())
                yield text

    try:
        yield from read_csv_lines(SourceFile(path, "", "utf-8"), lines(), limit=max_bytes)
    except OSError as exc:
        yield Problem(source, f"cannot read: {exc.strerror or exc}")
    if replaced:
        yield Problem(source, f"{replaced} byte(s) not valid UTF-8, shown as U+FFFD", "warning")


_JSON_CHUNK = 1 << 20  # characters of a large JSON array read at a time
_JSON_GAP = re.compile(r"[\s,]*")


def _stream_json_array(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """Read a UTF-8 JSON array of any size, a megabyte of text at a time, each item decoded as soon as it
    is whole (:meth:`json.JSONDecoder.raw_decode`); an item over ``max_bytes`` ends the reading with a
    problem naming it, as does broken JSON. A large JSON document that is not an array is not read."""
    source = str(path)
    item = SourceFile(path, "", "utf-8")
    decoder = json.JSONDecoder()
    text = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    buffer, at, count, opened, end = "", 0, 0, False, False
    try:
        with path.open("rb") as handle:
            while not end:
                chunk = handle.read(_JSON_CHUNK)
                buffer = buffer[at:] + text.decode(chunk, final=not chunk)
                at = 0
                while True:
                    at = _JSON_GAP.match(buffer, at).end() if opened else len(buffer) - len(buffer.lstrip())
                    if at >= len(buffer):
                        break
                    if not opened:
                        if buffer[at] != "[":
                            too_large = f"too large: over {human_size(max_bytes)} and not a JSON array of articles"
                            yield Problem(source, f"{too_large}; not read (JSON lines are read line by line)")
                            return
                        opened, at = True, at + 1
                        continue
                    if buffer[at] == "]":
                        end = True
                        break
                    try:
                        record, stop = decoder.raw_decode(buffer, at)
                    except json.JSONDecodeError as exc:
                        if not chunk:
                            yield Problem(f"{source}#{count + 1}", f"broken JSON: {exc.msg}")
                            return
                        if len(buffer) - at > max_bytes:
                            too_large = f"item too large: over {human_size(max_bytes)}"
                            yield Problem(f"{source}#{count + 1}", f"{too_large}; the rest of the array not read")
                            return
                        break  # the item goes on in the next chunk
                    count += 1
                    yield from read_json_items(item, [(count, record, buffer[at:stop])])
                    at = stop
                if not chunk:
                    break
    except OSError as exc:
        yield Problem(source, f"cannot read: {exc.strerror or exc}")
        return
    if not end:
        yield Problem(source, "broken JSON: the array is not closed (the file looks cut off)", "warning")


def _head_text(head: bytes) -> str:
    """The first bytes of a file as text, for sniffing only; ``""`` when they are not text."""
    try:
        return decode(head).text
    except NotText:
        return ""


def human_size(n: int) -> str:
    """A byte count for people: ``52.4 MB``, ``900 bytes``."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"
