"""Plain-text articles: the first non-empty line is the title, the rest is the body.

The body is kept exactly as written — bullets, dates, share-bar residue and all — because cleaning
happens later and records every removal. Only line endings are made ``\\n``.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.model import Article, Problem

from .limits import MAX_HEADLINE_CHARS
from .sourcefile import SourceFile

__all__ = ["read_txt"]


def read_txt(item: SourceFile) -> Iterator[Article | Problem]:
    """Yield the one article of a ``.txt`` file: id = file stem, ``title`` = first non-empty line
    (stripped), ``extracted`` = every line after it, ``raw`` = the whole decoded file. A first line
    longer than :data:`~marsad.ingest.limits.MAX_HEADLINE_CHARS` is no headline: the article then has no
    title and the whole text is its body (with a ``notice``). A file with a title and no body gives an
    ``error`` instead; a file that ends mid-character also gives a ``warning`` that it looks cut off."""
    text = item.text.replace("\r\n", "\n").replace("\r", "\n")
    title, _, body = text.lstrip().partition("\n")
    if len(title.strip()) > MAX_HEADLINE_CHARS:
        reason = f"first line of {len(title):,} characters is too long for a title: read as text, without a title"
        yield Problem(item.source, reason, "notice")
        title, body = "", text
    if not body.strip():
        yield Problem(item.source, "only a title line, no article text")
        return
    if item.cut_off:
        yield Problem(item.source, "ends in the middle of a character: the file looks cut off", "warning")
    yield Article(
        id=item.stem,
        text="",
        title=title.strip(),
        source=item.source,
        raw=item.text,
        encoding=item.encoding,
        extracted=body,
        meta={"format": "txt"},
    )
