"""Ingest of a JSON lines body (``POST /api/ingest``): the ingest stage's reader, the clean stage, the store.

The body is read as the ingest stage reads a ``.jsonl`` file (:func:`marsad.ingest.jsonl.read_jsonl_lines`):
each bad line becomes a :class:`~marsad.model.Problem` naming its line number, the others are cleaned
(:func:`marsad.pipeline.load_articles`) and stored, and stories grow with them as with ``marsad ingest``.
Nothing in the body becomes a file path: the "file" the reader is given only labels the lines.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest.jsonl import read_jsonl_lines
from ..ingest.sourcefile import SourceFile
from ..model import Article, Problem
from ..pipeline import load_articles
from ..settings import DEFAULT, Settings
from ..store import IngestReport, Store
from ..store.stories import StoryBuilder

__all__ = ["IngestResult", "ingest_jsonl"]


@dataclass(frozen=True)
class IngestResult:
    """What an ingest request did: the store's report, and every line that could not be used; ``batch``
    is the label of the body (``post-3f9a0c1e.jsonl``), and each line's source is ``<batch>:<line>``."""

    batch: str
    report: IngestReport
    problems: list[Problem]

    def problem_records(self) -> list[dict[str, Any]]:
        """Problems as JSON records with the body's line number (None for the body as a whole)."""
        records = []
        for p in self.problems:
            head, _, tail = p.source.rpartition(":")
            line = int(tail) if head == self.batch and tail.isdigit() else None
            records.append({"line": line, "source": p.source, "reason": p.reason, "level": p.level})
        return records


def _lines(body: bytes, problems: list[Problem], batch: str) -> list[tuple[int, str]]:
    """The body's lines, numbered from 1; bytes that are not UTF-8 are replaced and reported."""
    text = body.decode("utf-8", errors="replace").removeprefix("\ufeff")
    replaced = text.count("\ufffd") - body.count("\ufffd".encode())
    if replaced:
        problems.append(Problem(batch, f"{replaced} byte(s) not valid UTF-8, shown as U+FFFD", "warning"))
    return list(enumerate(text.split("\n"), start=1))


def ingest_jsonl(
    store: Store, body: bytes, *, words: int | None = None, settings: Settings = DEFAULT
) -> IngestResult:
    """Read ``body`` as JSON lines (``id, url, outlet, published, title, text`` or ``html``), clean and
    store the articles. A line without an ``id`` gets ``<batch>-<line>``, where the batch name is new
    for each request (``post-3f9a0c1e``), so two requests never give one id to different articles."""
    # a label, never opened: its stem names the ids of lines without one, and it names each line's source
    item = SourceFile(Path(f"post-{secrets.token_hex(4)}.jsonl"), "", "utf-8")
    problems: list[Problem] = []
    read: list[Article] = []
    for found in read_jsonl_lines(item, _lines(body, problems, item.source)):
        if isinstance(found, Problem):
            problems.append(found)
        else:
            read.append(found)
    articles = load_articles(read, problems)
    builder = StoryBuilder(words=words, settings=settings)
    report = store.ingest(articles, stories=builder)
    problems += [Problem(article_id, reason) for article_id, reason in report.rejected]
    return IngestResult(batch=item.source, report=report, problems=problems)
